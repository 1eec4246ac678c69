"""The outreach-log editor: everything written right after a meeting.

Fields: when and how long, setting, a coarse area, who went, person codes,
a title, what happened (Markdown: lists, headings, bold), needs expressed,
information and referrals given, follow-ups with due dates, safety
observations, tags, the paper notes and whether they are destroyed, a
review-by date, and attachments (photos, scans, PDFs).

Saving goes through ``vault.logs.save``. If it fails (disk full, read-only),
the message comes from ``ui.errors.describe`` and the text stays exactly where
it is, so nothing typed is lost. Moving to another log, starting a new one,
locking or quitting first saves an edit in progress (a new log only once it
has some content): it is safer encrypted in the vault than kept in memory or
dropped. Between saves, a draft is kept in the vault a moment after typing
stops.

While the person writes, :mod:`fieldsafe.core.privacy` looks for text that
looks like a phone number, an e-mail address or a name from the code book,
and a quiet bar offers to replace it with a person code.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QFontMetrics,
    QIcon,
    QImage,
    QPixmap,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock, from_iso, to_iso
from fieldsafe.core.privacy import Hint, find_hints
from fieldsafe.core.records import (
    MAX_ITEM,
    MAX_TITLE,
    OUTREACH_LOG,
    SETTINGS,
    OutreachLog,
    PersonCode,
    RecordId,
)
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.dialogs import ChooseAttachments, Confirm, DeleteOriginals
from fieldsafe.ui.common.localtime import format_moment, from_qdatetime, to_qdatetime
from fieldsafe.ui.common.markdown import document_to_markdown
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.widgets import ListField, OptionalDate, QDateTimeEditSafe, WrappingCheckBox
from fieldsafe.ui.logs.fields import FollowUps, FormatBar
from fieldsafe.vault import Vault
from fieldsafe.vault.drafts import Draft

log = logging.getLogger("fieldsafe.ui.logs.editor")


#: the editor's draft slot in the vault, and how long after typing it is saved
DRAFT_SLOT = "outreach_log"
DRAFT_DELAY_MS = 2000
#: how long after typing the privacy hints are looked for
HINT_DELAY_MS = 700
THUMBNAIL_SIZE = 96
ATTACHMENT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def _short_text(widget: QPlainTextEdit, lines: int) -> None:
    widget.setTabChangesFocus(True)
    metrics = QFontMetrics(widget.font())
    widget.setFixedHeight(metrics.lineSpacing() * lines + 2 * widget.frameWidth() + 8)


class LogEditor(QWidget):
    """Emits :attr:`saved` / :attr:`deleted` with the log's id, and
    :attr:`code_book_requested` when the person asks to edit the code book."""

    saved = Signal(str)
    deleted = Signal(str)
    code_book_requested = Signal()
    history_requested = Signal(str)
    #: a message about something no longer on screen (for the status bar)
    notice = Signal(str)
    #: a new log was saved for the first time (the window offers a debrief)
    created = Signal(str)

    def __init__(
        self, vault: Vault, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._clock = clock or SystemClock()
        self._log_id: RecordId | None = None
        self._dirty = False
        self._loading = False
        self._paper_destroyed_at: datetime | None = None
        self._watch_words: dict[str, list[str]] = {}
        self._ignored: set[tuple[str, str]] = set()
        self._hint: tuple[QWidget, Hint, str] | None = None
        # Autosave of the edit in progress, a moment after typing stops.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.check_privacy)
        self.setAcceptDrops(True)
        self._build()
        self.new_log()

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:  # noqa: PLR0915 - ratchet: split this function
        self.when = QDateTimeEditSafe(self)
        self.when.setAccessibleName(self.tr("When"))
        self.duration = QSpinBox(self)
        self.duration.setAccessibleName(self.tr("How long (minutes)"))
        self.duration.setRange(0, 24 * 60)
        self.duration.setSingleStep(5)
        self.duration.setSpecialValueText(self.tr("Not recorded"))
        self.duration.setSuffix(self.tr(" min"))
        self.setting = QComboBox(self)
        self.setting.setAccessibleName(self.tr("Setting"))
        self.setting.addItem(self.tr("Not recorded"), "")
        for key in SETTINGS:
            self.setting.addItem(setting_label(key), key)
        self.area = QLineEdit(self)
        self.area.setAccessibleName(self.tr("Area"))
        self.area.setMaxLength(MAX_ITEM * 2)
        self.area.setPlaceholderText(self.tr("A district or part of town, never an exact address"))
        self.who_went = ListField(self)
        self.who_went.setAccessibleName(self.tr("Who went"))
        self.who_went.setPlaceholderText(self.tr("Me and colleagues, separated by commas"))
        self.person_codes = ListField(self)
        self.person_codes.setAccessibleName(self.tr("Person codes"))
        self.person_codes.setPlaceholderText(self.tr("Codes, not names, e.g. A12, B7"))
        self.code_book_button = QPushButton(self.tr("Code book…"), self)
        self.code_book_button.setAccessibleName(self.tr("Code book"))
        self.code_book_button.clicked.connect(self.code_book_requested)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        # Qt counts UTF-16 units: room for the limit in any script (the vault
        # checks the real limit on save and says so, rather than Qt cutting).
        self.title.setMaxLength(MAX_TITLE * 2)
        self.title.setPlaceholderText(self.tr("A few words; use person codes, not names"))
        self.body = QTextEdit(self)
        self.body.setAccessibleName(self.tr("What happened"))
        self.body.setAcceptRichText(
            False
        )  # pasted text arrives clean; Markdown keeps the structure
        self.body.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoBulletList)
        self.body.setTabChangesFocus(True)
        self.body.setPlaceholderText(
            self.tr("What happened, what was agreed, what to follow up. Codes instead of names.")
        )
        self.body.setMinimumHeight(QFontMetrics(self.font()).lineSpacing() * 8)
        self.format_bar = FormatBar(self.body, self)
        self.needs = QPlainTextEdit(self)
        self.needs.setAccessibleName(self.tr("Needs expressed"))
        _short_text(self.needs, 3)
        self.referrals = QPlainTextEdit(self)
        self.referrals.setAccessibleName(self.tr("Information and referrals given"))
        _short_text(self.referrals, 3)
        self.follow_ups = FollowUps(self)
        self.safety = QPlainTextEdit(self)
        self.safety.setAccessibleName(self.tr("Safety observations"))
        self.safety.setPlaceholderText(self.tr("Was anyone watching or following? Any threat?"))
        _short_text(self.safety, 3)
        self.tags = ListField(self)
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("e.g. health, housing"))
        self.paper_notes = WrappingCheckBox(self.tr("There are paper notes of this meeting"), self)
        self.paper_state = QLabel(self)
        self.paper_state.setTextFormat(Qt.TextFormat.PlainText)
        self.paper_state.setWordWrap(True)
        self.paper_button = QPushButton(self.tr("I have destroyed them"), self)
        self.paper_button.setAccessibleName(self.tr("Paper notes destroyed"))
        self.paper_button.clicked.connect(self.toggle_paper_destroyed)
        self.review_by = OptionalDate(self.tr("No review date"), self)
        self.review_by.setAccessibleName(self.tr("Review by"))
        self.review_by.setToolTip(
            self.tr("On this date the Today view asks whether to keep or delete this log.")
        )

        self.attachment_list = QListWidget(self)
        self.attachment_list.setAccessibleName(self.tr("Attachments"))
        self.attachment_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.attachment_list.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.attachment_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.attachment_list.setMovement(QListWidget.Movement.Static)
        self.attachment_list.setWordWrap(True)
        self.attachment_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachment_list.setFixedHeight(
            THUMBNAIL_SIZE + QFontMetrics(self.font()).lineSpacing() * 3
        )
        self.attachment_list.itemActivated.connect(lambda _item: self.view_attachment())
        self.attach_button = QPushButton(self.tr("Attach photos or PDFs…"), self)
        self.attach_button.setAccessibleName(self.tr("Attach"))
        self.attach_button.clicked.connect(self.choose_attachments)
        self.view_button = QPushButton(self.tr("View"), self)
        self.view_button.setAccessibleName(self.tr("View attachment"))
        self.view_button.clicked.connect(self.view_attachment)
        self.remove_attachment_button = QPushButton(self.tr("Remove"), self)
        self.remove_attachment_button.setAccessibleName(self.tr("Remove attachment"))
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        self.strip_metadata = WrappingCheckBox(
            self.tr("Remove location and camera details from photos"), self
        )
        self.strip_metadata.setChecked(True)

        # The privacy hint: shown only when something looks identifying.
        self.hint_bar = QFrame(self)
        self.hint_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint_text = QLabel(self.hint_bar)
        self.hint_text.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_text.setWordWrap(True)
        self.hint_replace = QPushButton(self.tr("Replace with a code…"), self.hint_bar)
        self.hint_replace.setAccessibleName(self.tr("Replace with a person code"))
        self.hint_replace.clicked.connect(self._offer_codes)
        self.hint_keep = QPushButton(self.tr("Keep it"), self.hint_bar)
        self.hint_keep.setAccessibleName(self.tr("Keep this text"))
        self.hint_keep.clicked.connect(self.ignore_hint)
        hint_buttons = QHBoxLayout()
        hint_buttons.addStretch(1)
        hint_buttons.addWidget(self.hint_replace)
        hint_buttons.addWidget(self.hint_keep)
        hint_layout = QVBoxLayout(self.hint_bar)
        hint_layout.addWidget(self.hint_text)
        hint_layout.addLayout(hint_buttons)
        self.hint_bar.hide()

        def label(text: str, buddy: QWidget, *, wrap: bool = True) -> QLabel:
            widget = QLabel(text, self)
            widget.setBuddy(buddy)
            widget.setWordWrap(wrap)
            return widget

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(label(self.tr("&When:"), self.when), self.when)
        form.addRow(label(self.tr("&How long:"), self.duration), self.duration)
        form.addRow(label(self.tr("Se&tting:"), self.setting), self.setting)
        form.addRow(label(self.tr("&Area:"), self.area), self.area)
        form.addRow(label(self.tr("Who &went:"), self.who_went), self.who_went)
        codes_row = QHBoxLayout()
        codes_row.addWidget(self.person_codes, 1)
        codes_row.addWidget(self.code_book_button)
        form.addRow(label(self.tr("&Person codes:"), self.person_codes), codes_row)
        form.addRow(label(self.tr("T&itle:"), self.title), self.title)

        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        details.addRow(label(self.tr("&Needs the person expressed:"), self.needs), self.needs)
        details.addRow(
            label(self.tr("Information and &referrals given:"), self.referrals), self.referrals
        )
        details.addRow(label(self.tr("&Follow-ups:"), self.follow_ups, wrap=False), self.follow_ups)
        details.addRow(
            label(self.tr("Safet&y observations:"), self.safety, wrap=False), self.safety
        )
        details.addRow(label(self.tr("Ta&gs:"), self.tags, wrap=False), self.tags)
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper_state, 1)
        paper_row.addWidget(self.paper_button)
        paper_box = QVBoxLayout()
        paper_box.addWidget(self.paper_notes)
        paper_box.addLayout(paper_row)
        details.addRow(label(self.tr("Paper notes:"), self.paper_notes, wrap=False), paper_box)
        attach_buttons = QHBoxLayout()
        attach_buttons.addWidget(self.attach_button)
        attach_buttons.addWidget(self.view_button)
        attach_buttons.addWidget(self.remove_attachment_button)
        attach_buttons.addStretch(1)
        attach_box = QVBoxLayout()
        attach_box.addWidget(self.attachment_list)
        attach_box.addLayout(attach_buttons)
        attach_box.addWidget(self.strip_metadata)
        details.addRow(
            label(self.tr("Attach&ments:"), self.attachment_list, wrap=False), attach_box
        )
        details.addRow(label(self.tr("Re&view by:"), self.review_by, wrap=False), self.review_by)

        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addWidget(
            label(self.tr("Wh&at happened:"), self.body)
        )  # Alt+H is the Help menu
        page_layout.addWidget(self.format_bar)
        page_layout.addWidget(self.body, 1)
        page_layout.addLayout(details)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(page)
        self.scroll.setAccessibleName(self.tr("Outreach log"))
        # Never narrower than the form: a splitter would otherwise squeeze
        # the fields out of sight (worst at large font sizes).
        self.scroll.setMinimumWidth(
            page.minimumSizeHint().width() + self.scroll.verticalScrollBar().sizeHint().width() + 4
        )
        # Tab moves between the fields (the scroll area follows the focus);
        # the area itself needs no stop of its own.
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.history_button = QPushButton(self.tr("Earlier versions…"), self)
        self.history_button.setAccessibleName(self.tr("Earlier versions"))
        self.history_button.clicked.connect(self._request_history)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window's layout gives the margins
        layout.addWidget(self.scroll, 1)
        # Outside the scrolling form, so a hint is seen wherever the person
        # is writing.
        layout.addWidget(self.hint_bar)
        layout.addLayout(buttons)

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
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    # -- state -------------------------------------------------------------------
    @property
    def log_id(self) -> RecordId | None:
        """The open log's id; ``None`` for a log not saved yet."""
        return self._log_id

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self.status.setText("")
            self._draft_timer.start()  # restarts: saves once typing pauses
            self._hint_timer.start()

    def _paper_toggled(self) -> None:
        self._update_paper_state()
        self._edited()

    def _update_paper_state(self) -> None:
        has_paper = self.paper_notes.isChecked()
        self.paper_button.setVisible(has_paper)
        if not has_paper:
            self.paper_state.setText("")
        elif self._paper_destroyed_at is None:
            self.paper_state.setText(self.tr("Not yet confirmed destroyed."))
            self.paper_button.setText(self.tr("I have destroyed them"))
        else:
            self.paper_state.setText(
                self.tr("Destroyed, confirmed {time}.").format(
                    time=format_moment(self._paper_destroyed_at)
                )
            )
            self.paper_button.setText(self.tr("Not destroyed after all"))

    def toggle_paper_destroyed(self) -> None:
        """Confirm (or take back) that the paper originals are destroyed."""
        self._paper_destroyed_at = None if self._paper_destroyed_at else self._clock.now()
        if self._paper_destroyed_at is not None:
            self.paper_notes.setChecked(True)
        self._update_paper_state()
        self._edited()

    def save_draft(self) -> bool:
        """Keep the edit in progress as the vault's draft; True if kept (or
        nothing needed keeping). Never disturbs the editor on failure."""
        self._draft_timer.stop()
        if self._vault is None or not self._dirty:
            return True
        if self._log_id is None and not self._has_content():
            return True
        try:
            self._vault.drafts.save(
                DRAFT_SLOT,
                kind=OUTREACH_LOG.name,
                fields=self._fields(),
                record_id=self._log_id,
            )
        except Exception as exc:  # noqa: BLE001 - a draft is a safety net, not the save
            log.info("draft_save_failed", exc_info=(type(exc), exc, None))
            return False
        return True

    def restore_draft(self, draft: Draft) -> None:
        """Put a draft back into the editor, as an unsaved edit."""
        fields = dict(draft.fields)
        if not fields.get("occurred_at"):
            fields["occurred_at"] = to_iso(self._clock.now())
        self._fill(draft.record_id, fields)
        self._dirty = True
        self.status.setText(self.tr("Restored from the draft. Save to keep it."))

    def _fields(self) -> dict[str, Any]:
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

    def _has_content(self) -> bool:
        fields = self._fields()
        return any(
            (v.strip() if isinstance(v, str) else v)
            for k, v in fields.items()
            if k not in ("occurred_at", "paper_notes")
        )

    def _fill(self, log_id: RecordId | None, fields: dict[str, Any]) -> None:
        """Show ``fields`` (the stored form) for ``log_id``."""
        self._loading = True
        try:
            self._log_id = log_id
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
            self.body.document().setMarkdown(fields.get("body") or "", _MARKDOWN)
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
        finally:
            self._loading = False
        self._dirty = False
        self._ignored.clear()
        self._hide_hint()
        self.delete_button.setEnabled(log_id is not None)
        self.history_button.setEnabled(log_id is not None)
        self._load_attachments()
        self._hint_timer.start()

    def _empty_fields(self) -> dict[str, Any]:
        return OUTREACH_LOG.validate({"occurred_at": to_iso(self._clock.now())})

    def _load_suggestions(self) -> None:
        """Codes, watch words and tags in use, read off the GUI thread (at
        unlock, after a save and when the code book changes)."""
        vault = self._vault
        if vault is None or vault.is_locked:
            return

        def work() -> tuple[list[PersonCode], list[str]]:
            return vault.codes.entries(), vault.logs.tags()

        def show(found: tuple[list[PersonCode], list[str]]) -> None:
            if self._vault is not vault:
                return  # locked (or another vault) meanwhile
            entries, tags = found
            self._watch_words = {p.code: list(p.watch_words) for p in entries if p.watch_words}
            self.person_codes.set_suggestions([p.code for p in entries])
            self.tags.set_suggestions(tags)
            self._hint_timer.start()

        ops.run(work, parent=self).on_success(show).on_failure(
            lambda exc: log.info("suggestions_failed", exc_info=(type(exc), exc, None))
        )

    def refresh_code_book(self) -> None:
        """The code book changed: new completions and watch words."""
        self._load_suggestions()

    # -- actions -------------------------------------------------------------------
    def new_log(self) -> bool:
        """Start a new, empty log dated now. Returns False (and keeps the
        current text) if saving the edit in progress failed."""
        if not self.save_if_dirty():
            return False
        self._fill(None, self._empty_fields())
        self.status.setText("")
        return True

    def prefill_from_plan(self, plan: dict[str, Any]) -> None:
        """A new log after a planned meeting: when, setting, who went and
        person codes from the plan (never its exact place)."""
        if plan.get("starts_at"):
            self.when.setDateTime(to_qdatetime(from_iso(plan["starts_at"])))
        index = self.setting.findData(plan.get("setting") or "")
        if index > 0:
            self.setting.setCurrentIndex(index)
        if plan.get("colleague"):
            self.who_went.set_values([self.tr("me"), plan["colleague"]])
        if plan.get("person_codes"):
            self.person_codes.set_values(plan["person_codes"])
        self._dirty = True
        self.status.setText(self.tr("Filled in from the meeting plan."))

    def open_log(self, log_id: str) -> bool:
        """Show a stored log. Returns False if the edit in progress could not
        be saved, or the log could not be read (the message says which)."""
        if log_id == self._log_id and not self._dirty:
            return True
        if not self.save_if_dirty():
            return False
        if self._vault is None:
            return False
        try:
            stored = self._vault.logs.get(RecordId(log_id))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("log_open_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return False
        self._fill(stored.id, stored.to_fields())
        self.status.setText("")
        return True

    def save_if_dirty(self) -> bool:
        """Save an edit in progress; True when nothing is left unsaved."""
        if not self._dirty:
            return True
        if self._log_id is None and not self._has_content():
            return True
        return self.save()

    def save(self) -> bool:
        """Save through the vault. On failure the text stays in the editor."""
        if self._vault is None:
            return False
        fields = self._fields()
        when = from_iso(fields.pop("occurred_at"))
        try:
            stored = self._vault.logs.save(occurred_at=when, log_id=self._log_id, **fields)
        except Exception as exc:  # noqa: BLE001 - worded by describe(); the edit stays
            log.info("log_save_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return False
        self._saved(stored)
        return True

    def _saved(self, stored: OutreachLog) -> None:
        new = self._log_id is None
        self._log_id = stored.id
        self._dirty = False
        self._draft_timer.stop()
        try:
            self._vault.drafts.discard(DRAFT_SLOT)  # type: ignore[union-attr]
        except Exception as exc:  # noqa: BLE001 - the log is saved; a stale draft is only offered again
            log.info("draft_discard_failed", exc_info=(type(exc), exc, None))
        self.delete_button.setEnabled(True)
        self.history_button.setEnabled(True)
        self.status.setText(self.tr("Saved."))
        self._load_suggestions()  # new tags or codes complete from now on
        self.saved.emit(stored.id)
        if new:
            self.created.emit(stored.id)

    def delete(self) -> bool:
        """Delete the open log after asking; True if it was deleted."""
        if self._vault is None or self._log_id is None:
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Delete this outreach log?"),
            detail=self.tr(
                "It will be removed from the vault for good, with its earlier versions and "
                "attachments. This cannot be undone."
            ),
            confirm=self.tr("Delete"),
        ):
            return False
        log_id = self._log_id
        try:
            self._vault.logs.delete(log_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("log_delete_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return False
        self._dirty = False
        self._fill(None, self._empty_fields())
        self.status.setText(self.tr("The log was deleted."))
        self.deleted.emit(log_id)
        return True

    def _request_history(self) -> None:
        if self._log_id is not None:
            self.history_requested.emit(self._log_id)

    # -- attachments -------------------------------------------------------------------
    def _load_attachments(self) -> None:
        self.attachment_list.clear()
        vault, log_id = self._vault, self._log_id
        has = False
        if vault is not None and log_id is not None and not vault.is_locked:
            try:
                infos = vault.attachments.of(log_id)
            except Exception as exc:  # noqa: BLE001 - worded by describe()
                self.status.setText(describe(exc))
                infos = []
            has = bool(infos)
            for info in infos:
                item = QListWidgetItem(info.name, self.attachment_list)
                item.setData(ATTACHMENT_ID_ROLE, info.id)
                item.setToolTip(info.name)
            if infos:
                self._load_thumbnails(vault, [i.id for i in infos])
        self.view_button.setEnabled(has)
        self.remove_attachment_button.setEnabled(has)

    def _load_thumbnails(self, vault: Vault, ids: list[str]) -> None:
        from fieldsafe.ui.logs.attachments import thumbnail

        log_id = self._log_id

        def work() -> list[tuple[str, QImage | None]]:
            found = []
            for attachment_id in ids:
                info = vault.attachments.info(attachment_id)
                found.append(
                    (
                        attachment_id,
                        thumbnail(
                            vault.attachments.data(attachment_id), info.media_type, THUMBNAIL_SIZE
                        ),
                    )
                )
            return found

        def show(found: list[tuple[str, QImage | None]]) -> None:
            if self._log_id != log_id or self._vault is not vault:
                return
            images = dict(found)
            for row in range(self.attachment_list.count()):
                item = self.attachment_list.item(row)
                image = images.get(item.data(ATTACHMENT_ID_ROLE))
                if image is not None:
                    item.setIcon(QIcon(QPixmap.fromImage(image)))

        ops.run(work, parent=self).on_success(show)

    def choose_attachments(self) -> None:
        paths = ChooseAttachments.ask(self)
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> ops.Op | None:
        """Import files into the vault with this log (saving a new log
        first), then offer to delete the originals."""
        if self._vault is None:
            return None
        if self._log_id is None or self._dirty:
            if not self.save():
                return None
        vault, log_id = self._vault, self._log_id
        assert log_id is not None
        strip = self.strip_metadata.isChecked()

        def work() -> tuple[list[Path], list[BaseException]]:
            from fieldsafe.vault.intake import prepare_attachment, read_attachment_file

            done: list[Path] = []
            failed: list[BaseException] = []
            for path in paths:
                try:
                    prepared = prepare_attachment(
                        read_attachment_file(path), name=path.name, strip_metadata=strip
                    )
                    vault.attachments.add(log_id, prepared)
                except Exception as exc:  # noqa: BLE001 - each file on its own; worded by describe()
                    failed.append(exc.with_traceback(None))
                else:
                    done.append(path)
            return done, failed

        op = ops.run(work, parent=self, progress=self.tr("Encrypting the attachments…"))
        op.on_success(lambda result: self._attached(log_id, *result))
        op.on_failure(lambda exc: self.status.setText(describe(exc)))
        return op

    def _attached(self, log_id: RecordId, done: list[Path], failed: list[BaseException]) -> None:
        vault = self._vault
        if vault is None:
            return  # locked meanwhile: the imports that finished are in the vault
        still_open = self._log_id == log_id
        if still_open:
            self._load_attachments()
        messages = []
        if done:
            messages.append(self.tr("%n file(s) added to the vault.", "", len(done)))
            # Paper notes came in: the Today view follows up until they are destroyed.
            if still_open:
                if not self.paper_notes.isChecked():
                    self.paper_notes.setChecked(True)
            else:
                try:
                    stored = vault.logs.get(log_id)
                    if not stored.paper_notes:
                        vault.logs.save_log(replace(stored, paper_notes=True))
                except Exception as exc:  # noqa: BLE001 - worded by describe()
                    messages.append(describe(exc))
        if failed:
            messages.append(
                self.tr("%n file(s) not added:", "", len(failed)) + " " + describe(failed[0])
            )
        self._report(" ".join(messages), still_open)
        if done and DeleteOriginals.ask(self, count=len(done)):
            self.remove_originals(done, in_editor=still_open and self._log_id == log_id)

    def _report(self, text: str, in_editor: bool) -> None:
        """Say what an import did: in the editor when it is about the open
        log, else in the window's status bar (the person moved on)."""
        if in_editor:
            self.status.setText(text)
        else:
            self.notice.emit(text)

    def remove_originals(self, paths: list[Path], *, in_editor: bool = True) -> ops.Op:
        from fieldsafe.vault.intake import RemovalResult, remove_original

        def work() -> list[RemovalResult]:
            return [remove_original(path) for path in paths]

        def report(results: list[RemovalResult]) -> None:
            deleted = sum(r in (RemovalResult.OVERWRITTEN, RemovalResult.REMOVED) for r in results)
            plain = sum(r is RemovalResult.REMOVED for r in results)
            gone = sum(r is RemovalResult.GONE for r in results)
            kept = sum(r is RemovalResult.NOT_REMOVED for r in results)
            parts = []
            if deleted:
                parts.append(self.tr("%n original(s) deleted.", "", deleted))
            if plain:
                parts.append(
                    self.tr("%n of them could only be deleted, not overwritten first.", "", plain)
                )
            if gone:
                parts.append(self.tr("%n original(s) were already gone.", "", gone))
            if kept:
                parts.append(
                    self.tr(
                        "%n original(s) could not be deleted (the file or its folder is read-only, or "
                        "it is a link). Delete them another way.",
                        "",
                        kept,
                    )
                )
            self._report(" ".join(parts), in_editor)

        return ops.run(work, parent=self).on_success(report)

    def selected_attachment(self) -> str | None:
        item = self.attachment_list.currentItem() or self.attachment_list.item(0)
        return None if item is None else item.data(ATTACHMENT_ID_ROLE)

    def view_attachment(self) -> QWidget | None:
        from fieldsafe.ui.logs.attachments import AttachmentView

        attachment_id = self.selected_attachment()
        if self._vault is None or attachment_id is None:
            return None
        try:
            info = self._vault.attachments.info(attachment_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return None
        view = AttachmentView(self._vault, info, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open()
        return view

    def remove_attachment(self) -> bool:
        attachment_id = self.selected_attachment()
        if self._vault is None or attachment_id is None:
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Remove this attachment?"),
            detail=self.tr("It will be removed from the vault for good."),
            confirm=self.tr("Remove"),
        ):
            return False
        try:
            self._vault.attachments.delete(attachment_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self._load_attachments()
        self.status.setText(self.tr("The attachment was removed."))
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if (
            self._vault is not None
            and event.mimeData().hasUrls()
            and all(url.isLocalFile() for url in event.mimeData().urls())
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.attach_files(paths)

    # -- privacy hints -------------------------------------------------------------------
    def _texts(self) -> list[tuple[QWidget, str]]:
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

    def check_privacy(self) -> Hint | None:
        """Look for identifying text; show the first finding (or hide the bar)."""
        self._hint_timer.stop()
        if self._vault is None:
            return None
        for widget, text in self._texts():
            if not text:
                continue
            for hint in find_hints(text, self._watch_words):
                matched = text[hint.start : hint.end]
                if (hint.kind, matched.casefold()) in self._ignored:
                    continue
                self._show_hint(widget, hint, matched)
                return hint
        self._hide_hint()
        return None

    def _show_hint(self, widget: QWidget, hint: Hint, matched: str) -> None:
        self._hint = (widget, hint, matched)
        shown = matched if len(matched) <= 40 else matched[:39] + "…"
        # Isolated, so a number or a Latin name keeps its own order inside
        # a right-to-left sentence (and the reverse).
        shown = "\u2068" + shown + "\u2069"
        if hint.kind == "phone":
            text = self.tr("“{text}” looks like a phone number.")
        elif hint.kind == "email":
            text = self.tr("“{text}” looks like an e-mail address.")
        else:
            text = self.tr("“{text}” is a name you listed for {code} in the code book.")
        self.hint_text.setText(
            text.format(text=shown, code=hint.code or "")
            + " "
            + self.tr("If this laptop is lost, a person code keeps the person safer.")
        )
        if hint.kind == "name" and hint.code:
            self.hint_replace.setText(self.tr("Replace with {code}").format(code=hint.code))
        else:
            self.hint_replace.setText(self.tr("Replace with a code…"))
        self.hint_bar.show()

    def _hide_hint(self) -> None:
        self._hint = None
        self.hint_text.setText("")
        self.hint_replace.setText(self.tr("Replace with a code…"))
        self.hint_bar.hide()

    def _offer_codes(self) -> None:
        if self._hint is None:
            return
        hint = self._hint[1]
        if hint.kind == "name" and hint.code:
            self.replace_hint(hint.code)
            return
        menu = QMenu(self)
        menu.setAccessibleName(self.tr("Person codes"))
        codes = list(dict.fromkeys(self.person_codes.values() + self.person_codes_in_book()))
        for code in codes:
            menu.addAction(code, lambda c=code: self.replace_hint(c))
        if not codes:
            action = menu.addAction(self.tr("No codes yet: add one in the code book"))
            action.triggered.connect(self.code_book_requested)
        menu.exec(self.hint_replace.mapToGlobal(self.hint_replace.rect().bottomLeft()))
        menu.deleteLater()  # it listed codes: not kept after use

    def person_codes_in_book(self) -> list[str]:
        if self._vault is None:
            return []
        try:
            return [p.code for p in self._vault.codes.entries()]
        except Exception:  # noqa: BLE001 - a convenience list
            return []

    def replace_hint(self, code: str) -> bool:
        """Replace the flagged text with ``code``, as an ordinary edit."""
        if self._hint is None:
            return False
        widget, hint, matched = self._hint
        if isinstance(widget, QLineEdit):
            text = widget.text()
            if text[hint.start : hint.end] != matched:
                return False
            widget.setText(text[: hint.start] + code + text[hint.end :])
            widget.textEdited.emit(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            if widget.toPlainText()[hint.start : hint.end] != matched:
                return False
            # Qt counts UTF-16 units, Python code points: an emoji before
            # the match would otherwise shift the replacement.
            text = widget.toPlainText()
            start = len(text[: hint.start].encode("utf-16-le")) // 2
            end = start + len(matched.encode("utf-16-le")) // 2
            cursor = QTextCursor(widget.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(code)
        else:
            return False
        if code not in self.person_codes.values():
            self.person_codes.set_values([*self.person_codes.values(), code])
        self._edited()
        self.check_privacy()
        return True

    def ignore_hint(self) -> None:
        """Keep the flagged text; not flagged again while this log is open."""
        if self._hint is not None:
            self._ignored.add((self._hint[1].kind, self._hint[2].casefold()))
        self.check_privacy()

    # -- vault ---------------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        """Work on ``vault`` (a window prepared before unlock)."""
        self._vault = vault
        self._load_suggestions()

    def wipe(self) -> None:
        """Forget the vault and every piece of text, undo history included."""
        self._draft_timer.stop()
        self._hint_timer.stop()
        self._vault = None
        self._loading = True
        try:
            self._log_id = None
            for line in (self.title, self.area, self.who_went, self.person_codes, self.tags):
                line.setText("")
            self.person_codes.set_suggestions([])
            self.tags.set_suggestions([])
            for text in (self.body, self.needs, self.referrals, self.safety):
                text.clear()
                text.document().clearUndoRedoStacks()
            self.follow_ups.set_values([])
            self.attachment_list.clear()
            self.when.setDateTime(QDateTime.currentDateTime())
            self.duration.setValue(0)
            self.setting.setCurrentIndex(0)
            self.paper_notes.setChecked(False)
            self._paper_destroyed_at = None
            self.review_by.set_value(None)
            self.status.setText("")
        finally:
            self._loading = False
        self._watch_words = {}
        self._ignored.clear()
        self._hide_hint()
        self._dirty = False
