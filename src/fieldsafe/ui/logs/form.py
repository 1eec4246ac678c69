"""The outreach log's form: its fields, laid out in sections, read and
filled in the stored form (the dict ``OUTREACH_LOG.validate`` accepts).

Sections: the title, when and who (when, how long, setting, a coarse area,
who went, person codes), what happened (Markdown: lists, headings, bold),
and the details (needs expressed, information and referrals given,
follow-ups, safety observations, tags, the paper notes and whether they are
destroyed, the attachments strip, a review-by date).

:class:`LogForm` knows nothing of the vault: :class:`~fieldsafe.ui.logs.editor.LogEditor`
adds loading, saving and drafts. Its words keep the translation context
``LogEditor`` they had when the form was part of the editor.

A saved log is shown read only until *Edit* (:meth:`LogForm.set_read_only`):
text fields keep the focus, selection and copying but take no typing (nor
Undo), check boxes and choices are held by a :class:`ReadOnlyGuard`, and
the buttons that change the log are off.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, from_iso, to_iso
from fieldsafe.core.records import MAX_ITEM, MAX_TITLE, SETTINGS
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.date_time import OptionalDateTime
from fieldsafe.ui.common.form_fit import LabelsAbove
from fieldsafe.ui.common.localtime import format_moment, from_qdatetime, to_qdatetime
from fieldsafe.ui.common.markdown import document_to_markdown
from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.safe_document import MARKDOWN, SafeTextEdit
from fieldsafe.ui.common.widgets import ListField, ReadOnlyGuard, WrappingCheckBox, set_tab_chain
from fieldsafe.ui.logs.cursor_view import follow_cursor
from fieldsafe.ui.logs.fields import FollowUps, FormatBar

if TYPE_CHECKING:
    from fieldsafe.ui.logs.attachments_panel import AttachmentsPanel

_CTX = "LogEditor"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _body_height(body: QWidget, room: int) -> int:
    """The height of "What happened": at least twelve lines, and most of
    the visible page in a taller window, so writing never happens in a slot."""
    return max(QFontMetrics(body.font()).lineSpacing() * 12, room * 3 // 5)


def _short_text(widget: QPlainTextEdit, lines: int) -> None:
    widget.setTabChangesFocus(True)
    metrics = QFontMetrics(widget.font())
    widget.setFixedHeight(metrics.lineSpacing() * lines + 2 * widget.frameWidth() + 8)


class LogForm(QWidget):
    """The fields of one outreach log, as widgets of this widget. Build
    them with :meth:`_build_fields`, then give :meth:`_build_page` the
    attachments strip; every edit calls :meth:`_edited`."""

    #: the page of fields in a scroll area (an attribute named like QWidget.scroll())
    scroll: QScrollArea  # type: ignore[assignment]
    #: the attachments strip (given to :meth:`_build_page`)
    attachments: AttachmentsPanel

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._paper_destroyed_at: datetime | None = None
        self._read_only = False
        self._guard = ReadOnlyGuard(self)

    def _edited(self) -> None:
        """A field was changed (by the person, or by code filling it in)."""

    # -- construction ------------------------------------------------------------
    def _build_fields(self) -> None:
        """Create the field widgets, in the order Tab visits them."""
        self._build_when_and_who()
        self._build_texts()
        self._build_paper_and_review()

    def _build_when_and_who(self) -> None:
        # The title is the first field: Ctrl+N puts the cursor in it.
        self.title = QLineEdit(self)
        self.title.setAccessibleName(_t("Title"))
        # Qt counts UTF-16 units: room for the limit in any script (the vault
        # checks the real limit on save and says so, rather than Qt cutting).
        self.title.setMaxLength(MAX_TITLE * 2)
        self.title.setPlaceholderText(_t("A few words; use person codes, not names"))
        self.when = OptionalDateTime(_t("When"), self, required=True)
        self.when.setAccessibleName(_t("When"))
        self.duration = QSpinBox(self)
        self.duration.setAccessibleName(_t("How long (minutes)"))
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSpecialValueText(_t("Not recorded"))
        self.duration.setSuffix(_t(" min"))
        self.setting = QComboBox(self)
        self.setting.setAccessibleName(_t("Setting"))
        self.setting.addItem(_t("Not recorded"), "")
        for key in SETTINGS:
            self.setting.addItem(setting_label(key), key)
        self.area = QLineEdit(self)
        self.area.setAccessibleName(_t("Area"))
        self.area.setMaxLength(MAX_ITEM * 2)
        self.area.setPlaceholderText(_t("A district or part of town, never an exact address"))
        self.who_went = ListField(self)
        self.who_went.setAccessibleName(_t("Who went"))
        self.who_went.setPlaceholderText(_t("Me and colleagues, separated by commas"))
        self.person_codes = ListField(self)
        self.person_codes.setAccessibleName(_t("Person codes"))
        self.person_codes.setPlaceholderText(_t("Codes, not names, e.g. A12, B7"))
        self.code_book_button = QPushButton(_t("Code book…"), self)
        self.code_book_button.setAccessibleName(_t("Code book"))

    def _build_texts(self) -> None:
        self.body = SafeTextEdit(self)  # record text: loads no image (bar 18)
        self.body.setAccessibleName(_t("What happened"))
        self.body.setAcceptRichText(
            False
        )  # pasted text arrives clean; Markdown keeps the structure
        self.body.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoBulletList)
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            _t("What happened, what was agreed, what to follow up. Codes instead of names.")
        )
        self.body.setMinimumHeight(_body_height(self.body, 0))
        self.format_bar = FormatBar(self.body, self)
        self.needs = QPlainTextEdit(self)
        self.needs.setAccessibleName(_t("Needs expressed"))
        _short_text(self.needs, 3)
        self.referrals = QPlainTextEdit(self)
        self.referrals.setAccessibleName(_t("Information and referrals given"))
        _short_text(self.referrals, 3)
        self.follow_ups = FollowUps(self)
        self.safety = QPlainTextEdit(self)
        self.safety.setAccessibleName(_t("Safety observations"))
        self.safety.setPlaceholderText(_t("Was anyone watching or following? Any threat?"))
        _short_text(self.safety, 3)
        # "Something happened": an observation becomes an incident (the window opens the form)
        self.incident_button = QPushButton(_t("Register as an incident…"), self)
        self.incident_button.setAccessibleName(_t("Register as an incident"))
        self.incident_button.setToolTip(
            _t("Open the incident form with this log and its safety observations (Ctrl+I)")
        )
        self.tags = ListField(self)
        self.tags.setAccessibleName(_t("Tags"))
        self.tags.setPlaceholderText(_t("e.g. health, housing"))

    def _build_paper_and_review(self) -> None:
        self.paper_notes = WrappingCheckBox(_t("There are paper notes of this meeting"), self)
        self.paper_state = QLabel(self)
        self.paper_state.setTextFormat(Qt.TextFormat.PlainText)
        self.paper_state.setWordWrap(True)
        self.paper_button = QPushButton(_t("I have destroyed them"), self)
        self.paper_button.setAccessibleName(_t("Paper notes destroyed"))
        self.paper_button.clicked.connect(self.toggle_paper_destroyed)
        self.review_by = OptionalDate(_t("No review date"), self)
        self.review_by.setAccessibleName(_t("Review by"))
        self.review_by.setToolTip(
            _t("On this date the Today view asks whether to keep or delete this log.")
        )

    def _label(self, text: str, buddy: QWidget, *, wrap: bool = True) -> QLabel:
        widget = QLabel(text, self)
        widget.setBuddy(buddy)
        widget.setWordWrap(wrap)
        return widget

    def _build_page(self, attachments: AttachmentsPanel) -> None:
        """Lay the fields out on a page in :attr:`scroll`: when and who, what
        happened, then the details with ``attachments`` among them."""
        self.attachments = attachments
        label = partial(self._label, wrap=False)  # wrapped, they were cut once a field went under
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # Every Alt+letter is used once in the main window (menu bar, list, form,
        # buttons: tests/ui/access/test_mnemonics.py); Area, Who went and Tags
        # have no letter left and are reached with Tab.
        form.addRow(label(_t("T&itle:"), self.title), self.title)
        form.addRow(label(_t("&When:"), self.when), self.when)
        form.addRow(label(_t("How &long:"), self.duration), self.duration)
        form.addRow(label(_t("Se&tting:"), self.setting), self.setting)
        form.addRow(label(_t("Area:"), self.area), self.area)
        form.addRow(label(_t("Who went:"), self.who_went), self.who_went)
        codes_row = QHBoxLayout()
        codes_row.addWidget(self.person_codes, 1)
        codes_row.addWidget(self.code_book_button)
        form.addRow(label(_t("&Person codes:"), self.person_codes), codes_row)
        details = self._details(attachments)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addWidget(label(_t("Wh&at happened:"), self.body))  # Alt+H is the Help menu
        page_layout.addWidget(self.format_bar)
        page_layout.addWidget(self.body, 1)
        page_layout.addLayout(details)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(page)
        self.scroll.setAccessibleName(_t("Outreach log"))
        # Never narrower than the form: a splitter would otherwise squeeze
        # the fields out of sight (worst at large font sizes).
        self.scroll.setMinimumWidth(
            page.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width() + 4
        )
        # Tab moves between the fields (the scroll area follows the focus);
        # the area itself needs no stop of its own.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # "What happened" grows with the window (see eventFilter).
        self._body_fit = QTimer(self, singleShot=True, interval=0)
        self._body_fit.timeout.connect(self._fit_body)
        self.scroll.viewport().installEventFilter(self)
        follow_cursor(self.scroll, [self.body, self.needs, self.referrals, self.safety])
        self._guard.watch(self.setting, self.paper_notes.box, self.paper_notes.label)
        set_tab_chain(self.tab_chain())

    def tab_chain(self) -> list[QWidget]:
        """The form's fields in the order they are shown, as Tab visits them."""
        return [
            self.title,
            *self.when.tab_chain(),
            self.duration,
            self.setting,
            self.area,
            self.who_went,
            self.person_codes,
            self.code_book_button,
            *self.format_bar.tab_chain(),
            self.body,
            self.needs,
            self.referrals,
            *self.follow_ups.tab_chain(),
            self.safety,
            self.incident_button,
            self.tags,
            self.paper_notes.box,
            self.paper_button,
            *self.attachments.tab_chain(),
            *self.review_by.tab_chain(),
        ]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._body_fit.start()
        return super().eventFilter(watched, event)

    def _fit_body(self) -> None:
        """The body for the visible page's height, once the resize is done
        (set during it, the page was not laid out again: fields fell off)."""
        height = _body_height(self.body, self.scroll.viewport().height())
        if self.body.minimumHeight() != height:
            self.body.setMinimumHeight(height)

    def _details(self, attachments: AttachmentsPanel) -> LabelsAbove:
        label = self._label
        details = LabelsAbove()
        details.addRow(label(_t("&Needs the person expressed:"), self.needs), self.needs)
        details.addRow(
            label(_t("Information and &referrals given:"), self.referrals), self.referrals
        )
        details.addRow(label(_t("Follow-&ups:"), self.follow_ups, wrap=False), self.follow_ups)
        safety_box = QVBoxLayout()
        safety_box.addWidget(self.safety)
        safety_box.addWidget(self.incident_button, 0, Qt.AlignmentFlag.AlignTrailing)
        details.addRow(label(_t("Safet&y observations:"), self.safety, wrap=False), safety_box)
        details.addRow(label(_t("Tags:"), self.tags, wrap=False), self.tags)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_state, 1)
        paper_row.addWidget(self.paper_button)
        paper_box = QVBoxLayout()
        paper_box.addWidget(self.paper_notes)
        paper_box.addLayout(paper_row)
        details.addRow(label(_t("Paper notes:"), self.paper_notes, wrap=False), paper_box)
        details.addRow(
            label(_t("Attach&ments:"), attachments.attachment_list, wrap=False), attachments
        )
        details.addRow(label(_t("Review &by:"), self.review_by, wrap=False), self.review_by)
        return details

    def _connect_fields(self) -> None:
        """Every change to a field calls :meth:`_edited`."""
        for line in (self.title, self.area, self.who_went, self.person_codes, self.tags):
            line.textChanged.connect(self._edited)
        for text in (self.body, self.needs, self.referrals, self.safety):
            text.textChanged.connect(self._edited)
        self.when.dateTimeChanged.connect(self._edited)
        self.duration.valueChanged.connect(self._edited)
        self.setting.currentIndexChanged.connect(self._edited)
        self.review_by.dateChanged.connect(self._edited)
        self.paper_notes.toggled.connect(self._paper_toggled)
        self.follow_ups.changed.connect(self._edited)

    # -- read only -------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """Whether the log is shown read only (a saved log until *Edit*)."""
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Show the fields read only, or editable again. Read only, the text
        can still be selected and copied, and Tab visits every field."""
        self._read_only = read_only
        self._guard.on = read_only
        for line in (self.title, self.area, self.who_went, self.person_codes, self.tags):
            line.setReadOnly(read_only)
        selectable = (
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        for text in (self.body, self.needs, self.referrals, self.safety):
            text.setReadOnly(read_only)
            if read_only:
                text.setTextInteractionFlags(selectable)
        self.duration.setReadOnly(read_only)
        self.when.set_read_only(read_only)
        self.review_by.set_read_only(read_only)
        self.follow_ups.set_read_only(read_only)
        self.format_bar.setEnabled(not read_only)
        self.paper_button.setEnabled(not read_only)

    def begin_edit(self, *, focus: bool = True) -> None:
        """*Edit*: the saved log becomes editable, the cursor in its first field."""
        if not self._read_only:
            return
        self.set_read_only(False)
        if focus:
            self.start_writing()

    def start_writing(self) -> None:
        """The form from its top, the cursor in its first field (Ctrl+N, Edit)."""
        self.scroll.verticalScrollBar().setValue(0)
        self.title.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- paper notes -------------------------------------------------------------
    def _paper_toggled(self) -> None:
        self._update_paper_state()
        self._edited()

    def _update_paper_state(self) -> None:
        has_paper = self.paper_notes.isChecked()
        self.paper_button.setVisible(has_paper)
        if not has_paper:
            self.paper_state.setText("")
        elif self._paper_destroyed_at is None:
            self.paper_state.setText(_t("Not yet confirmed destroyed."))
            self.paper_button.setText(_t("I have destroyed them"))
        else:
            self.paper_state.setText(
                isolated(
                    _t("Destroyed, confirmed {time}."),
                    time=format_moment(self._paper_destroyed_at),
                )
            )
            self.paper_button.setText(_t("Not destroyed after all"))

    def toggle_paper_destroyed(self) -> None:
        """Confirm (or take back) that the paper originals are destroyed."""
        self._paper_destroyed_at = None if self._paper_destroyed_at else self._clock.now()
        if self._paper_destroyed_at is not None:
            self.paper_notes.setChecked(True)
        self._update_paper_state()
        self._edited()

    # -- values ------------------------------------------------------------------
    def _fields(self) -> dict[str, Any]:
        """The fields as shown, in the stored form."""
        body = document_to_markdown(self.body.document()) if self.body.toPlainText().strip() else ""
        review = self.review_by.value()
        return {
            "occurred_at": to_iso(from_qdatetime(self.when.dateTime())),
            "duration_minutes": self.duration.value() or None,
            "setting": self.setting.currentData() or "",
            "area": self.area.text().strip(),
            "who_went": self.who_went.values(),
            "person_codes": self.person_codes.values(),
            "title": self.title.text(),
            "body": body,
            "needs": self.needs.toPlainText().strip(),
            "referrals": self.referrals.toPlainText().strip(),
            "follow_ups": self.follow_ups.values(),
            "safety": self.safety.toPlainText().strip(),
            "tags": self.tags.values(),
            "paper_notes": self.paper_notes.isChecked(),
            "paper_destroyed_at": to_iso(self._paper_destroyed_at)
            if self._paper_destroyed_at and self.paper_notes.isChecked()
            else None,
            "review_by": review.isoformat() if review else None,
        }

    def _show_fields(self, fields: dict[str, Any]) -> None:
        """Show ``fields`` (the stored form); every widget signals a change."""
        self.when.setDateTime(to_qdatetime(from_iso(fields["occurred_at"])))
        self.duration.setValue(int(fields.get("duration_minutes") or 0))
        index = self.setting.findData(fields.get("setting") or "")
        self.setting.setCurrentIndex(max(index, 0))
        self.area.setText(fields.get("area") or "")
        self.who_went.set_values(fields.get("who_went") or [])
        self.person_codes.set_values(fields.get("person_codes") or [])
        self.title.setText(fields.get("title") or "")  # setText also empties the undo history
        # Without HTML: "<A12>" or "<!-- x -->" typed by a person is text,
        # and must come back as typed after a save and reopen.
        self.body.document().setMarkdown(fields.get("body") or "", MARKDOWN)
        self.body.document().clearUndoRedoStacks()
        self.needs.setPlainText(fields.get("needs") or "")
        self.referrals.setPlainText(fields.get("referrals") or "")
        self.safety.setPlainText(fields.get("safety") or "")
        self.follow_ups.set_values(fields.get("follow_ups") or [])
        self.tags.set_values(fields.get("tags") or [])
        destroyed = fields.get("paper_destroyed_at")
        self._paper_destroyed_at = from_iso(destroyed) if destroyed else None
        self.paper_notes.setChecked(bool(fields.get("paper_notes")))
        self.review_by.set_value(fields.get("review_by"))
        self._update_paper_state()

    def _show_plan(self, plan: dict[str, Any]) -> None:
        """Fill in what a meeting plan tells: when, the setting, who went
        and the person codes (never its exact place)."""
        if plan.get("starts_at"):
            self.when.setDateTime(to_qdatetime(from_iso(plan["starts_at"])))
        index = self.setting.findData(plan.get("setting") or "")
        if index > 0:
            self.setting.setCurrentIndex(index)
        if plan.get("colleague"):
            self.who_went.set_values([_t("me"), plan["colleague"]])
        if plan.get("person_codes"):
            self.person_codes.set_values(plan["person_codes"])

    def _clear_fields(self) -> None:
        """Empty every field, undo history and completions included."""
        for line in (self.title, self.area, self.who_went, self.person_codes, self.tags):
            line.setText("")
        self.person_codes.set_suggestions([])
        self.tags.set_suggestions([])
        for text in (self.body, self.needs, self.referrals, self.safety):
            text.clear()
            text.document().clearUndoRedoStacks()
        self.follow_ups.set_values([])
        self.when.set_value(self._clock.now())
        self.duration.setValue(0)
        self.setting.setCurrentIndex(0)
        self.paper_notes.setChecked(False)
        self._paper_destroyed_at = None
        self.review_by.set_value(None)

    def _has_content(self) -> bool:
        """Whether anything was written or chosen (the time and the paper
        notes box alone are not content)."""
        fields = self._fields()
        return any(
            (v.strip() if isinstance(v, str) else v)
            for k, v in fields.items()
            if k not in ("occurred_at", "paper_notes")
        )

    def _texts(self) -> list[tuple[QWidget, str]]:
        """The free texts a person may write a name or a number into, each
        with its widget, in the order the privacy hints look at them."""
        found: list[tuple[QWidget, str]] = [
            (self.title, self.title.text()),
            (self.area, self.area.text()),
            (self.body, self.body.toPlainText()),
            (self.needs, self.needs.toPlainText()),
            (self.referrals, self.referrals.toPlainText()),
            (self.safety, self.safety.toPlainText()),
        ]
        found += [(line, line.text()) for line in self.follow_ups.texts()]
        return found
