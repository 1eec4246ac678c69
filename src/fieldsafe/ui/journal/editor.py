"""The journal's entry editor: one entry, with a check-in (0-10 and feeling
words, both optional), gentle prompts the person can switch off or rewrite,
free text and "I talked with someone about it". The entry in progress is
kept as a draft a moment after typing stops, and offered back after a crash.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, to_iso
from fieldsafe.core.journal import Debrief, draft_entry, merge_answers
from fieldsafe.core.journal import has_content as entry_has_content
from fieldsafe.core.records import FEELINGS, RecordId
from fieldsafe.errors import NotFound
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.date_time import OptionalDateTime
from fieldsafe.ui.common.dialogs import Confirm, message_box
from fieldsafe.ui.common.drafting import Drafting
from fieldsafe.ui.common.localtime import format_moment, from_qdatetime, to_qdatetime
from fieldsafe.ui.common.markdown import document_to_markdown
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.safe_document import MARKDOWN, SafeTextEdit
from fieldsafe.ui.common.widgets import set_tab_chain
from fieldsafe.ui.journal.shared import feeling_label, feeling_word, prompt_text
from fieldsafe.vault import JournalPrefs, Vault

log = logging.getLogger("fieldsafe.ui.journal.editor")

_CTX = "journal"

#: the journal editor's draft slot (kept by ui.common.drafting)
DRAFT_SLOT = "debrief"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _meeting_row(when: datetime, title: str) -> str:
    """A meeting to choose: its time and title, each in its own isolate."""
    return f"{isolate(format_moment(when))}  {isolate(title)}"


class RestoreJournalDraft:
    """After a crash: offer back the journal entry that was being written.
    Restoring is the default. (A seam: tests replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None, *, saved_at: str) -> bool:
        box = message_box(
            parent,
            _t("A journal entry you were writing was not saved."),
            detail=isolated(
                _t("FieldSafe kept it from {time}. Restore it to go on writing, or discard it."),
                time=saved_at,
            ),
            title=_t("FieldSafe"),
        )
        restore = box.addButton(_t("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)
        box.exec()
        return box.clickedButton() is not discard


class DebriefEditor(QWidget):
    """One journal entry. Emits :attr:`saved` with the entry's id."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._vault: Vault | None = None
        self._entry_id: RecordId | None = None
        self._prefs = JournalPrefs()
        self._answers: list[tuple[str, QPlainTextEdit]] = []
        self._loading = False
        # The entry in progress is kept in the vault a moment after typing
        # stops, so a crash loses at most a few seconds of it.
        self.drafting = Drafting(
            self,
            slot=DRAFT_SLOT,
            kind="debrief",
            vault=lambda: self._vault,
            fields=self._fields,
            record_id=lambda: self._entry_id,
            worth_keeping=self.has_content,
            events=("journal_draft_failed", "journal_draft_discard_failed"),
        )

        words = self._build_checkin()
        self._build_notes()
        self._build_buttons()
        self._lay_out(words)

        self.when.dateTimeChanged.connect(self._edited)
        self.follows.currentIndexChanged.connect(self._edited)
        self.feeling.currentIndexChanged.connect(self._edited)
        self.checkin_note.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.talked.toggled.connect(self._edited)

    def _build_checkin(self) -> QWidget:
        """When, the meeting it follows, and the check-in; returns the box
        of feeling words."""
        self.when = OptionalDateTime(self.tr("When"), self, required=True)
        self.when.setAccessibleName(self.tr("When"))
        self.follows = QComboBox(self)
        self.follows.setAccessibleName(self.tr("The meeting it follows"))
        self.feeling = QComboBox(self)
        self.feeling.setAccessibleName(self.tr("How I feel, from 0 (very hard) to 10 (very good)"))
        self.feeling.addItem(self.tr("No check-in this time"), None)
        for value in range(11):
            self.feeling.addItem(feeling_label(value), value)
        self.words: dict[str, QCheckBox] = {}
        words = QWidget(self)
        grid = QGridLayout(words)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(FEELINGS):
            box = QCheckBox(feeling_word(key), words)
            box.setAccessibleName(feeling_word(key))
            box.toggled.connect(self._edited)
            self.words[key] = box
            grid.addWidget(box, index // 2, index % 2)
        self.checkin_note = QLineEdit(self)
        self.checkin_note.setAccessibleName(self.tr("In a few words"))
        self.checkin_note.setPlaceholderText(self.tr("In a few words, if you like"))
        return words

    def _build_notes(self) -> None:
        """The prompts' box, the free text and "I talked with someone"."""
        self.prompts_box = QWidget(self)
        # Each prompt over its field, the prompt as wide as the field (a form
        # layout kept a wrapped prompt to its narrow size hint, in two lines).
        self.prompts_layout = QVBoxLayout(self.prompts_box)
        self.prompts_layout.setContentsMargins(0, 0, 0, 0)
        self.body = SafeTextEdit(self)  # record text: loads no image (bar 18)
        self.body.setAccessibleName(self.tr("My notes"))
        self.body.setAcceptRichText(False)
        self.body.setTabChangesFocus(True)
        self.body.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoBulletList)
        self.body.setPlaceholderText(self.tr("Anything else, as long or as short as you want."))
        self.body.setMinimumHeight(QFontMetrics(self.font()).lineSpacing() * 6)
        self.talked = QCheckBox(self.tr("I talked with someone about it"), self)
        self.talked.setAccessibleName(self.tr("I talked with someone about it"))

    def _build_buttons(self) -> None:
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Save entry"), self)
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.delete_button = QPushButton(self.tr("Delete entry"), self)
        self.delete_button.setAccessibleName(self.tr("Delete entry"))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    def _lay_out(self, words: QWidget) -> None:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, widget in (
            (self.tr("When:"), self.when),
            (self.tr("After:"), self.follows),
            (self.tr("How I feel:"), self.feeling),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.addLayout(form)
        page_layout.addWidget(words)
        page_layout.addWidget(self.checkin_note)
        page_layout.addWidget(self.prompts_box)
        notes_label = QLabel(self.tr("My notes:"), self)
        notes_label.setBuddy(self.body)
        page_layout.addWidget(notes_label)
        page_layout.addWidget(self.body, 1)
        page_layout.addWidget(self.talked)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setAccessibleName(self.tr("Journal entry"))
        scroll.setWidget(page)
        # Never narrower than the form (the splitter would squeeze it out of
        # sight at large font sizes).
        scroll.setMinimumWidth(
            page.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)

    @property
    def entry_id(self) -> RecordId | None:
        return self._entry_id

    @property
    def dirty(self) -> bool:
        return self.drafting.dirty

    def _edited(self) -> None:
        if not self._loading:
            self.drafting.edited()
            self.status.setText("")

    def _fields(self) -> dict[str, Any]:
        """The entry as the vault stores it (for the draft)."""
        return {
            "occurred_at": to_iso(from_qdatetime(self.when.dateTime())),
            "follows": self.follows.currentData(),
            "feeling": self.feeling.currentData(),
            "feeling_words": [k for k, b in self.words.items() if b.isChecked()],
            "checkin_note": self.checkin_note.text(),
            "reflections": [{"prompt": p, "answer": f.toPlainText()} for p, f in self._answers],
            "body": document_to_markdown(self.body.document())
            if self.body.toPlainText().strip()
            else "",
            "talked_with_someone": self.talked.isChecked(),
        }

    def save_draft(self) -> bool:
        """Keep the entry in progress as the journal's draft (never
        disturbs the editor if it fails)."""
        return self.drafting.keep()

    def restore_draft(self, fields: dict[str, Any], entry_id: RecordId | None) -> None:
        try:
            entry = draft_entry(fields, entry_id)
        except Exception as exc:  # noqa: BLE001 - a damaged draft is dropped, not shown
            log.info("journal_draft_unreadable", exc_info=(type(exc), exc, None))
            return
        self._fill(entry, keep_id=entry_id)
        self.drafting.restored()
        self.status.setText(self.tr("Restored from the draft. Save to keep it."))

    def attach(self, vault: Vault, prefs: JournalPrefs) -> None:
        self._vault = vault
        self._prefs = prefs

    def _load_meetings(self, selected: str | None) -> None:
        self.follows.clear()
        self.follows.addItem(self.tr("No particular meeting"), None)
        untitled = self.tr("Untitled")
        if self._vault is None:
            return
        try:
            recent = self._vault.logs.page(limit=50)
            if selected and all(s.id != selected for s in recent):  # an older meeting
                try:
                    stored = self._vault.logs.get(RecordId(selected))
                except NotFound:
                    stored = None  # the meeting's log was deleted: "no particular meeting"
                if stored is not None:
                    title = stored.title or untitled
                    self.follows.addItem(_meeting_row(stored.occurred_at, title), stored.id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        for summary in recent:
            title = summary.title or untitled
            self.follows.addItem(_meeting_row(summary.occurred_at, title), summary.id)
        index = self.follows.findData(selected) if selected else 0
        self.follows.setCurrentIndex(max(index, 0))

    def _build_prompts(self, answers: list[tuple[str, str]]) -> None:
        while (item := self.prompts_layout.takeAt(0)) is not None:
            old = item.widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        self._answers = []
        # Answers to prompts switched off, rewritten or repeated stay, each in its own field.
        rows = merge_answers(self._prefs.prompts, answers, prompts_on=self._prefs.prompts_on)
        for prompt, answer in rows:
            field = QPlainTextEdit(self.prompts_box)
            field.setAccessibleName(prompt_text(prompt))
            field.setTabChangesFocus(True)
            field.setFixedHeight(QFontMetrics(field.font()).lineSpacing() * 3 + 12)
            field.setPlainText(answer)
            field.textChanged.connect(self._edited)
            # The person's own prompt is data: shown as typed, never as markup.
            label = plain_label(prompt_text(prompt), self.prompts_box, wrap=True, buddy=field)
            self.prompts_layout.addWidget(label)
            self.prompts_layout.addWidget(field)
            label.show()  # at once, not on the next event-loop turn
            field.show()
            self._answers.append((prompt, field))
        # Tab goes through the prompts where they are shown, before "My notes"
        # (new fields would otherwise come last in the window, after Save entry).
        set_tab_chain([self.checkin_note, *(field for _p, field in self._answers), self.body])

    def _fill(
        self,
        entry: Debrief | None,
        *,
        follows: str | None = None,
        keep_id: RecordId | None | bool = False,
    ) -> None:
        self._loading = True
        try:
            self._entry_id = (entry.id if entry else None) if keep_id is False else keep_id  # type: ignore[assignment]
            self.when.setDateTime(to_qdatetime(entry.occurred_at if entry else self._clock.now()))
            self._load_meetings(entry.follows if entry else follows)
            feeling = entry.feeling if entry else None
            self.feeling.setCurrentIndex(
                self.feeling.findData(feeling) if feeling is not None else 0
            )
            chosen = set(entry.feeling_words) if entry else set()
            for key, box in self.words.items():
                box.setChecked(key in chosen)
            self.checkin_note.setText(entry.checkin_note if entry else "")
            self._build_prompts(list(entry.reflections) if entry else [])
            self.body.document().setMarkdown(entry.body if entry else "", MARKDOWN)
            self.body.document().clearUndoRedoStacks()
            self.talked.setChecked(entry.talked_with_someone if entry else False)
        finally:
            self._loading = False
        self.drafting.clean()
        self.delete_button.setEnabled(entry is not None)

    def new_entry(self, follows: str | None = None) -> bool:
        if not self.save_if_dirty():
            return False
        self._fill(None, follows=follows)  # the link alone is not yet an entry
        self.status.setText("")
        self.feeling.setFocus()
        return True

    def open_entry(self, entry_id: str) -> bool:
        if self._vault is None or not self.save_if_dirty():
            return False
        try:
            entry = self._vault.journal.get(RecordId(entry_id))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self._fill(entry)
        return True

    def has_content(self) -> bool:
        return entry_has_content(
            feeling=self.feeling.currentData(),
            feeling_words=[k for k, b in self.words.items() if b.isChecked()],
            checkin_note=self.checkin_note.text(),
            body=self.body.toPlainText(),
            answers=[f.toPlainText() for _p, f in self._answers],
            talked_with_someone=self.talked.isChecked(),
            follows=self.follows.currentData(),
            saved=self._entry_id is not None,
        )

    def save_if_dirty(self) -> bool:
        if not self.drafting.dirty or (self._entry_id is None and not self.has_content()):
            return True
        return self.save() is not None

    def save(self) -> Debrief | None:
        if self._vault is None:
            return None
        body = document_to_markdown(self.body.document()) if self.body.toPlainText().strip() else ""
        try:
            entry = self._vault.journal.save(
                occurred_at=from_qdatetime(self.when.dateTime()),
                entry_id=self._entry_id,
                follows=self.follows.currentData(),
                feeling=self.feeling.currentData(),
                feeling_words=[k for k, b in self.words.items() if b.isChecked()],
                checkin_note=self.checkin_note.text(),
                reflections=[(p, f.toPlainText()) for p, f in self._answers],
                body=body,
                talked_with_someone=self.talked.isChecked(),
            )
        except Exception as exc:  # noqa: BLE001 - worded by describe(); the text stays
            log.info("journal_save_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return None
        self._entry_id = entry.id
        self.drafting.saved()
        self.delete_button.setEnabled(True)
        self.status.setText(self.tr("Saved in your journal."))
        self.saved.emit(entry.id)
        return entry

    def delete(self) -> bool:
        if self._vault is None or self._entry_id is None:
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Delete this journal entry?"),
            detail=self.tr("It will be removed from the vault for good."),
            confirm=self.tr("Delete"),
        ):
            return False
        entry_id = self._entry_id
        try:
            self._vault.journal.delete(entry_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return False
        self.drafting.clean()
        self._fill(None)
        self.deleted.emit(entry_id)
        return True

    def wipe(self) -> None:
        self.drafting.clean()
        self.drafting.release()
        self._vault = None
        self._loading = True
        try:
            self._entry_id = None
            self.follows.clear()
            self.feeling.setCurrentIndex(0)
            for box in self.words.values():
                box.setChecked(False)
            self.checkin_note.setText("")
            self._build_prompts([])
            for _p, field in self._answers:
                field.clear()
            self.body.clear()
            self.body.document().clearUndoRedoStacks()
            self.talked.setChecked(False)
            self.status.setText("")
        finally:
            self._loading = False
