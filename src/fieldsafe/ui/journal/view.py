"""The debrief journal: the person's own space after difficult meetings.

What is here belongs to the person, not the organisation. The view has:

* an optional **lock**: the passphrase is asked again before the journal
  opens, even while the vault is open (someone may be looking over a
  shoulder at work); leaving the journal locks it again;
* the **entries**, each with a check-in (0–10 and feeling words, both
  optional), gentle prompts the person can switch off or rewrite, free text,
  and "I talked with someone about it";
* **My support**: the person's own contacts and what helps them, shown on
  demand and offered once after a low check-in;
* a **chart** of check-ins by week and of debriefs per meeting, with an
  optional, gentle observation when several recent check-ins were hard.

Wording is calm and never judges: no scores about the person, no diagnosis.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock, from_iso, to_iso
from fieldsafe.core.journal_stats import LOW_FEELING, gentle_observation, weekly
from fieldsafe.core.records import DEFAULT_PROMPTS, FEELINGS, MAX_PROMPT, RecordId
from fieldsafe.errors import NotFound
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.dialogs import Confirm
from fieldsafe.ui.common.localtime import format_moment, from_qdatetime, to_qdatetime
from fieldsafe.ui.common.markdown import document_to_markdown
from fieldsafe.ui.common.widgets import QDateTimeEditSafe
from fieldsafe.ui.journal.chart import CheckInChart
from fieldsafe.vault import Vault
from fieldsafe.vault.journal import Debrief, JournalPrefs

log = logging.getLogger("fieldsafe.ui.journal.view")

_CTX = "journal"
_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
CHART_WEEKS = 12
_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _draft_entry(fields: dict[str, Any], entry_id: RecordId | None) -> Debrief:
    """A draft's fields as an entry for the editor (drafts keep over-long
    text, so nothing here validates limits)."""
    when = fields.get("occurred_at")
    return Debrief(
        id=entry_id or RecordId(""),
        occurred_at=from_iso(when) if when else datetime.now(UTC),
        follows=fields.get("follows"),
        feeling=fields.get("feeling") if isinstance(fields.get("feeling"), int) else None,
        feeling_words=tuple(fields.get("feeling_words") or ()),
        checkin_note=fields.get("checkin_note") or "",
        reflections=tuple(
            (r.get("prompt") or "", r.get("answer") or "") for r in fields.get("reflections") or ()
        ),
        body=fields.get("body") or "",
        talked_with_someone=bool(fields.get("talked_with_someone")),
    )


def feeling_word(key: str) -> str:
    return {
        "calm": _t("calm"),
        "tired": _t("tired"),
        "sad": _t("sad"),
        "anxious": _t("anxious"),
        "angry": _t("angry"),
        "numb": _t("numb"),
        "shaken": _t("shaken"),
        "overwhelmed": _t("overwhelmed"),
        "relieved": _t("relieved"),
        "hopeful": _t("hopeful"),
        "proud": _t("proud"),
        "grateful": _t("grateful"),
    }.get(key, key)


def prompt_text(prompt: str) -> str:
    """A default prompt's words (by key), or the person's own prompt."""
    return {
        "went_well": _t("What went well?"),
        "hard": _t("What was hard?"),
        "memories": _t("Did anything bring back memories of my own?"),
        "need_now": _t("What do I need now?"),
        "talk_to": _t("Who can I talk to about it?"),
    }.get(prompt, prompt)


def feeling_label(value: int) -> str:
    number = QLocale().toString(value)  # the locale's digits, as in the chart
    if value <= 1:
        return _t("{n} (very hard)").format(n=number)
    if value >= 9:
        return _t("{n} (very good)").format(n=number)
    return number


class OfferSupport:
    """After a low check-in: offer the person's support list, once, gently.
    (A seam: tests replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        box = QMessageBox(parent)
        box.setWindowTitle(_t("FieldSafe"))
        box.setIcon(QMessageBox.Icon.NoIcon)
        box.setText(_t("That sounds like it was hard."))
        box.setInformativeText(_t("Would you like to see the people and things that help you?"))
        show = box.addButton(_t("Show my support"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(_t("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(show)
        box.exec()
        return box.clickedButton() is show


class RestoreJournalDraft:
    """After a crash: offer back the journal entry that was being written.
    Restoring is the default. (A seam: tests replace ``ask``.)"""

    @classmethod
    def ask(cls, parent: QWidget | None, *, saved_at: str) -> bool:
        box = QMessageBox(parent)
        box.setWindowTitle(_t("FieldSafe"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(_t("A journal entry you were writing was not saved."))
        box.setInformativeText(
            _t("FieldSafe kept it from {time}. Restore it to go on writing, or discard it.").format(
                time=saved_at
            )
        )
        restore = box.addButton(_t("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_t("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(restore)
        box.setEscapeButton(restore)
        box.exec()
        return box.clickedButton() is not discard


#: the journal editor's draft slot, and how long after typing it is kept
DRAFT_SLOT = "debrief"
DRAFT_DELAY_MS = 2000


# -- the entry editor ---------------------------------------------------------------


class DebriefEditor(QWidget):
    """One journal entry. Emits :attr:`saved` with the entry's id."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - ratchet: split this function
        super().__init__(parent)
        self._clock = clock
        self._vault: Vault | None = None
        self._entry_id: RecordId | None = None
        self._prefs = JournalPrefs()
        self._answers: list[tuple[str, QPlainTextEdit]] = []
        self._dirty = False
        self._loading = False
        # The entry in progress is kept in the vault a moment after typing
        # stops, so a crash loses at most a few seconds of it.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.when = QDateTimeEditSafe(self)
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
        self.prompts_box = QWidget(self)
        self.prompts_layout = QFormLayout(self.prompts_box)
        self.prompts_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.prompts_layout.setContentsMargins(0, 0, 0, 0)
        self.body = QTextEdit(self)
        self.body.setAccessibleName(self.tr("My notes"))
        self.body.setAcceptRichText(False)
        self.body.setTabChangesFocus(True)
        self.body.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoBulletList)
        self.body.setPlaceholderText(self.tr("Anything else, as long or as short as you want."))
        self.body.setMinimumHeight(QFontMetrics(self.font()).lineSpacing() * 6)
        self.talked = QCheckBox(self.tr("I talked with someone about it"), self)
        self.talked.setAccessibleName(self.tr("I talked with someone about it"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("Save entry"), self)
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.delete_button = QPushButton(self.tr("Delete entry"), self)
        self.delete_button.setAccessibleName(self.tr("Delete entry"))
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

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

        self.when.dateTimeChanged.connect(self._edited)
        self.follows.currentIndexChanged.connect(self._edited)
        self.feeling.currentIndexChanged.connect(self._edited)
        self.checkin_note.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.talked.toggled.connect(self._edited)

    @property
    def entry_id(self) -> RecordId | None:
        return self._entry_id

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _edited(self) -> None:
        if not self._loading:
            self._dirty = True
            self.status.setText("")
            self._draft_timer.start()

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
        self._draft_timer.stop()
        if (
            self._vault is None
            or not self._dirty
            or (self._entry_id is None and not self.has_content())
        ):
            return True
        try:
            self._vault.drafts.save(
                DRAFT_SLOT, kind="debrief", fields=self._fields(), record_id=self._entry_id
            )
        except Exception as exc:  # noqa: BLE001 - a draft is a safety net
            log.info("journal_draft_failed", exc_info=(type(exc), exc, None))
            return False
        return True

    def restore_draft(self, fields: dict[str, Any], entry_id: RecordId | None) -> None:
        try:
            entry = _draft_entry(fields, entry_id)
        except Exception as exc:  # noqa: BLE001 - a damaged draft is dropped, not shown
            log.info("journal_draft_unreadable", exc_info=(type(exc), exc, None))
            return
        self._fill(entry, keep_id=entry_id)
        self._dirty = True
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
                    self.follows.addItem(
                        f"{format_moment(stored.occurred_at)}  \u2068{title}\u2069", stored.id
                    )
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        for summary in recent:
            title = summary.title or untitled
            self.follows.addItem(
                f"{format_moment(summary.occurred_at)}  \u2068{title}\u2069", summary.id
            )
        index = self.follows.findData(selected) if selected else 0
        self.follows.setCurrentIndex(max(index, 0))

    def _build_prompts(self, answers: list[tuple[str, str]]) -> None:
        while self.prompts_layout.rowCount():
            self.prompts_layout.removeRow(0)
        self._answers = []
        pending = list(answers)
        rows: list[tuple[str, str]] = []
        for prompt in dict.fromkeys(self._prefs.prompts if self._prefs.prompts_on else ()):
            match = next((pair for pair in pending if pair[0] == prompt), None)
            if match is not None:
                pending.remove(match)
            rows.append((prompt, match[1] if match else ""))
        # Answers to prompts switched off, rewritten or repeated stay, each in its own field.
        rows += pending
        for prompt, answer in rows:
            field = QPlainTextEdit(self.prompts_box)
            field.setAccessibleName(prompt_text(prompt))
            field.setTabChangesFocus(True)
            field.setFixedHeight(QFontMetrics(field.font()).lineSpacing() * 3 + 12)
            field.setPlainText(answer)
            field.textChanged.connect(self._edited)
            label = QLabel(prompt_text(prompt), self.prompts_box)
            label.setWordWrap(True)
            label.setBuddy(field)
            self.prompts_layout.addRow(label, field)
            label.show()  # at once, not on the next event-loop turn
            field.show()
            self._answers.append((prompt, field))

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
            self.body.document().setMarkdown(entry.body if entry else "", _MARKDOWN)
            self.body.document().clearUndoRedoStacks()
            self.talked.setChecked(entry.talked_with_someone if entry else False)
        finally:
            self._loading = False
        self._dirty = False
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
        return bool(
            self.feeling.currentData() is not None
            or any(b.isChecked() for b in self.words.values())
            or self.checkin_note.text().strip()
            or self.body.toPlainText().strip()
            or any(f.toPlainText().strip() for _p, f in self._answers)
            or self.talked.isChecked()
            or (self._entry_id is not None and self.follows.currentData())
        )

    def save_if_dirty(self) -> bool:
        if not self._dirty or (self._entry_id is None and not self.has_content()):
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
        self._dirty = False
        self._draft_timer.stop()
        try:
            self._vault.drafts.discard(DRAFT_SLOT)
        except Exception as exc:  # noqa: BLE001 - the entry is saved; a stale draft is only offered again
            log.info("journal_draft_discard_failed", exc_info=(type(exc), exc, None))
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
        self._dirty = False
        self._fill(None)
        self.deleted.emit(entry_id)
        return True

    def wipe(self) -> None:
        self._draft_timer.stop()
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
        self._dirty = False


# -- support ----------------------------------------------------------------------------


class SupportDialog(QDialog):
    """My support: the person's own contacts and what helps them."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - ratchet: split this function
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.setWindowTitle(self.tr("My support"))
        intro = QLabel(
            self.tr(
                "People you can reach, and what helps you. Kept only in this vault; nothing is sent anywhere."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.contacts = QListWidget(self)
        self.contacts.setAccessibleName(self.tr("People I can reach"))
        self.contact_name = QLineEdit(self)
        self.contact_name.setAccessibleName(self.tr("Name or organisation"))
        self.contact_name.setPlaceholderText(self.tr("Name or organisation"))
        self.contact_reach = QLineEdit(self)
        self.contact_reach.setAccessibleName(self.tr("How to reach them"))
        self.contact_reach.setPlaceholderText(self.tr("How to reach them"))
        self.contact_notes = QLineEdit(self)
        self.contact_notes.setAccessibleName(self.tr("Notes"))
        self.contact_notes.setPlaceholderText(self.tr("Notes"))
        self.add_contact = QPushButton(self.tr("Add person"), self)
        self.add_contact.setAccessibleName(self.tr("Add person"))
        self.remove_contact = QPushButton(self.tr("Remove person"), self)
        self.remove_contact.setAccessibleName(self.tr("Remove person"))
        self.helps = QListWidget(self)
        self.helps.setAccessibleName(self.tr("What helps me"))
        self.help_text = QLineEdit(self)
        self.help_text.setAccessibleName(self.tr("Something that helps"))
        self.help_text.setPlaceholderText(self.tr("e.g. a walk, music, calling my sister"))
        self.add_help = QPushButton(self.tr("Add"), self)
        self.add_help.setAccessibleName(self.tr("Add what helps"))
        self.remove_help = QPushButton(self.tr("Remove"), self)
        self.remove_help.setAccessibleName(self.tr("Remove what helps"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        people = QVBoxLayout()
        people.addWidget(QLabel(self.tr("People I can reach"), self))
        people.addWidget(self.contacts, 1)
        people.addWidget(self.contact_name)
        people.addWidget(self.contact_reach)
        people.addWidget(self.contact_notes)
        row = QHBoxLayout()
        row.addWidget(self.add_contact)
        row.addWidget(self.remove_contact)
        people.addLayout(row)
        helps = QVBoxLayout()
        helps.addWidget(QLabel(self.tr("What helps me"), self))
        helps.addWidget(self.helps, 1)
        helps.addWidget(self.help_text)
        row = QHBoxLayout()
        row.addWidget(self.add_help)
        row.addWidget(self.remove_help)
        helps.addLayout(row)
        columns = QHBoxLayout()
        columns.addLayout(people, 1)
        columns.addLayout(helps, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.add_contact.clicked.connect(self._add_contact)
        self.remove_contact.clicked.connect(lambda: self._remove(self.contacts))
        self.add_help.clicked.connect(self._add_help)
        self.remove_help.clicked.connect(lambda: self._remove(self.helps))
        self.contact_name.returnPressed.connect(self._add_contact)
        self.help_text.returnPressed.connect(self._add_help)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 56, em * 30)
        self.reload()

    def reload(self) -> None:
        if self._vault is None:
            return
        try:
            contacts = self._vault.journal.contacts()
            helps = self._vault.journal.self_care()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        self.contacts.clear()
        for contact in contacts:
            text = " — ".join(part for part in (contact.name, contact.reach, contact.notes) if part)
            item = QListWidgetItem(text, self.contacts)
            item.setData(_ID_ROLE, contact.id)
        self.helps.clear()
        for entry in helps:
            item = QListWidgetItem(entry.text, self.helps)
            item.setData(_ID_ROLE, entry.id)

    def _add_contact(self) -> None:
        if self._vault is None or not self.contact_name.text().strip():
            self.status.setText(self.tr("Write a name or an organisation first."))
            return
        try:
            self._vault.journal.save_contact(
                self.contact_name.text(),
                reach=self.contact_reach.text(),
                notes=self.contact_notes.text(),
            )
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        for field in (self.contact_name, self.contact_reach, self.contact_notes):
            field.clear()
        self.status.setText("")
        self.reload()

    def _add_help(self) -> None:
        if self._vault is None or not self.help_text.text().strip():
            return
        try:
            self._vault.journal.save_self_care(self.help_text.text())
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        self.help_text.clear()
        self.reload()

    def _remove(self, view: QListWidget) -> None:
        item = view.currentItem()
        if self._vault is None or item is None:
            return
        try:
            self._vault.journal.delete_item(item.data(_ID_ROLE))
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.status.setText(describe(exc))
            return
        self.reload()

    def wipe(self) -> None:
        self._vault = None
        for view in (self.contacts, self.helps):
            view.clear()
        for field in (self.contact_name, self.contact_reach, self.contact_notes, self.help_text):
            field.clear()


class JournalSettingsDialog(QDialog):
    """Prompts on or off, the person's own prompts, the journal lock and the
    gentle observations."""

    def __init__(self, prefs: JournalPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal settings"))
        self.prompts_on = QCheckBox(self.tr("Show the prompts in new entries"), self)
        self.prompts_on.setAccessibleName(self.tr("Show the prompts in new entries"))
        self.prompts_on.setChecked(prefs.prompts_on)
        self.prompts = QPlainTextEdit(self)
        self.prompts.setAccessibleName(self.tr("Prompts, one per line"))
        self.prompts.setTabChangesFocus(True)
        self.prompts.setPlainText("\n".join(prompt_text(p) for p in prefs.prompts))
        self._defaults = {prompt_text(k): k for k in DEFAULT_PROMPTS}
        self.lock = QCheckBox(self.tr("Ask for my passphrase before the journal opens"), self)
        self.lock.setAccessibleName(self.tr("Ask for my passphrase before the journal opens"))
        self.lock.setChecked(prefs.lock_journal)
        self.observations = QCheckBox(
            self.tr("Gently mention it when several recent check-ins felt hard"), self
        )
        self.observations.setAccessibleName(
            self.tr("Gently mention it when several recent check-ins felt hard")
        )
        self.observations.setChecked(prefs.observations_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("Prompts (one per line; write your own if you like):"), self)
        label.setBuddy(self.prompts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompts_on)
        layout.addWidget(label)
        layout.addWidget(self.prompts, 1)
        layout.addWidget(self.lock)
        layout.addWidget(self.observations)
        layout.addWidget(buttons)

    def result_prefs(self) -> JournalPrefs:
        lines = [
            " ".join(line.split())[:MAX_PROMPT] for line in self.prompts.toPlainText().splitlines()
        ]
        prompts = list(dict.fromkeys(self._defaults.get(line, line) for line in lines if line))[:20]
        return JournalPrefs(
            prompts=tuple(prompts),
            prompts_on=self.prompts_on.isChecked(),
            lock_journal=self.lock.isChecked(),
            observations_on=self.observations.isChecked(),
        )


# -- the journal view ---------------------------------------------------------------------


class JournalView(QWidget):
    """The journal section. :meth:`enter` when it is shown, :meth:`leave`
    when the person goes elsewhere (the journal locks again if its lock is on)."""

    def __init__(self, *, clock: Clock | None = None, parent: QWidget | None = None) -> None:  # noqa: PLR0915 - ratchet: split this function
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._vault: Vault | None = None
        self._prefs = JournalPrefs()
        self._open = False
        self._offered: set[str] = set()
        self._observation_dismissed = False
        #: a meeting to debrief, or an entry to show, once the journal is
        #: open ("Debrief now", a search result, while the journal was locked)
        self.pending_follows: str | None = None
        self.pending_entry: str | None = None

        # The lock gate.
        self.gate = QWidget(self)
        gate_text = QLabel(
            self.tr("Your journal is locked. Enter your passphrase to open it."), self.gate
        )
        gate_text.setWordWrap(True)
        self.gate_field = QLineEdit(self.gate)
        self.gate_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.gate_field.setAccessibleName(self.tr("Passphrase"))
        self.gate_button = QPushButton(self.tr("Open my journal"), self.gate)
        self.gate_button.setAccessibleName(self.tr("Open my journal"))
        self.gate_status = QLabel(self.gate)
        self.gate_status.setWordWrap(True)
        gate_layout = QVBoxLayout(self.gate)
        gate_layout.addStretch(1)
        gate_layout.addWidget(gate_text)
        gate_layout.addWidget(self.gate_field)
        gate_layout.addWidget(self.gate_button)
        gate_layout.addWidget(self.gate_status)
        gate_layout.addStretch(2)
        self.gate_field.returnPressed.connect(self.unlock)
        self.gate_button.clicked.connect(self.unlock)

        # The journal itself.
        self.content = QWidget(self)
        self.new_button = QPushButton(self.tr("New entry"), self.content)
        self.new_button.setAccessibleName(self.tr("New journal entry"))
        self.support_button = QPushButton(self.tr("My support"), self.content)
        self.support_button.setAccessibleName(self.tr("My support"))
        self.settings_button = QPushButton(self.tr("Journal settings…"), self.content)
        self.settings_button.setAccessibleName(self.tr("Journal settings"))
        self.entries = QListWidget(self.content)
        self.entries.setAccessibleName(self.tr("Journal entries"))
        self.chart = CheckInChart(self.content)
        self.observation = QFrame(self.content)
        self.observation.setFrameShape(QFrame.Shape.StyledPanel)
        self.observation_text = QLabel(
            self.tr(
                "Things have felt hard in several of your recent check-ins. That happens in this work. "
                "Your support list, or some rest, may help."
            ),
            self.observation,
        )
        self.observation_text.setWordWrap(True)
        self.observation_support = QPushButton(self.tr("My support"), self.observation)
        self.observation_support.setAccessibleName(self.tr("Open my support list"))
        self.observation_hide = QPushButton(self.tr("Hide this"), self.observation)
        self.observation_hide.setAccessibleName(self.tr("Hide this note"))
        obs_buttons = QHBoxLayout()
        obs_buttons.addStretch(1)
        obs_buttons.addWidget(self.observation_support)
        obs_buttons.addWidget(self.observation_hide)
        obs_layout = QVBoxLayout(self.observation)
        obs_layout.addWidget(self.observation_text)
        obs_layout.addLayout(obs_buttons)
        self.observation.hide()
        self.editor = DebriefEditor(self._clock, self.content)

        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.support_button)
        top.addStretch(1)
        top.addWidget(self.settings_button)
        left = QWidget(self.content)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entries, 1)
        left_layout.addWidget(self.chart)
        left_layout.addWidget(self.observation)
        split = QSplitter(Qt.Orientation.Horizontal, self.content)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(split, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.gate)
        self.pages.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        self.new_button.clicked.connect(lambda: self.new_entry())
        self.support_button.clicked.connect(self.show_support)
        self.observation_support.clicked.connect(self.show_support)
        self.observation_hide.clicked.connect(self._hide_observation)
        self.settings_button.clicked.connect(self.show_settings)
        self.entries.currentItemChanged.connect(self._entry_chosen)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(lambda _id: self._reload())

    # -- opening and closing -----------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._open

    def may_search(self) -> bool:
        """The journal may be searched: it is open, or it has no lock."""
        if self._open:
            return True
        if self._vault is None:
            return False
        try:
            return not self._vault.journal.prefs().lock_journal
        except Exception:  # noqa: BLE001 - when in doubt, not
            return False

    def attach(self, vault: Vault) -> None:
        self._vault = vault

    def enter(self) -> None:
        """Shown: open at once, or show the lock gate."""
        vault = self._vault
        if vault is None:
            return
        try:
            self._prefs = vault.journal.prefs()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.gate_status.setText(describe(exc))
            self.pages.setCurrentWidget(self.gate)
            return
        if self._open or not self._prefs.lock_journal:
            self._show_journal()
        else:
            self.pages.setCurrentWidget(self.gate)
            self.gate_status.setText("")
            self.gate_field.setFocus()

    def unlock(self) -> ops.Op | None:
        vault = self._vault
        phrase = self.gate_field.text()
        self.gate_field.clear()  # never kept in a widget
        if vault is None or not phrase or not self.gate_button.isEnabled():
            return None
        self.gate_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.gate_button.setEnabled(True)
            self.gate_status.setText(
                self.tr("That passphrase did not open your journal. Your vault stays open.")
            )
            self.gate_field.setFocus()
            log.info("journal_unlock_failed", exc_info=(type(exc), exc, None))

        def opened(_result: object) -> None:
            self.gate_button.setEnabled(True)
            # Only if the person is still at the gate: a journal opened
            # after they left would sit unlocked behind another section.
            if (
                self._vault is vault
                and self.isVisible()
                and self.pages.currentWidget() is self.gate
            ):
                self._show_journal()

        return (
            ops.run(
                lambda: vault.check_passphrase(phrase), parent=self, progress=self.tr("Checking…")
            )
            .on_success(opened)
            .on_failure(failed)
        )

    def _show_journal(self) -> None:
        self._open = True
        self.editor.attach(self._vault, self._prefs)  # type: ignore[arg-type]
        self.pages.setCurrentWidget(self.content)
        self._reload()
        if self._offer_draft():
            return
        if self.pending_entry:
            entry, self.pending_entry = self.pending_entry, None
            self.open_entry(entry)
            self._select(self.editor.entry_id)
        elif self.pending_follows:
            follows, self.pending_follows = self.pending_follows, None
            self.new_entry(follows=follows)
        elif self.editor.entry_id is None and not self.editor.dirty:
            self.editor.new_entry()

    def _offer_draft(self) -> bool:
        """After a crash: offer back the entry that was being written."""
        vault = self._vault
        if vault is None or self.editor.dirty:
            return False
        try:
            draft = vault.drafts.get(DRAFT_SLOT)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.editor.status.setText(describe(exc))
            return False
        if draft is None:
            return False
        if RestoreJournalDraft.ask(self, saved_at=format_moment(draft.saved_at)):
            if self._vault is vault and self._open:
                self.editor.restore_draft(draft.fields, draft.record_id)
                return True
        elif self._vault is vault:
            vault.drafts.discard(DRAFT_SLOT)
        return False

    def leave(self) -> bool:
        """The person went elsewhere: save an edit in progress, and lock the
        journal again if its lock is on (its text leaves every widget)."""
        if not self._open:
            self.pending_follows = self.pending_entry = None  # asked for, then left at the gate
            return True
        if not self.editor.save_if_dirty():
            return False
        if self._vault is not None:
            try:
                self._prefs = self._vault.journal.prefs()
            except Exception as exc:  # noqa: BLE001 - when in doubt, lock
                log.info("journal_prefs_failed", exc_info=(type(exc), exc, None))
                self._close()
                return True
        if self._prefs.lock_journal:
            self._close()
        return True

    def _close(self) -> None:
        self._open = False
        self.editor.wipe()
        self.entries.clear()
        self.chart.clear()
        self.observation.hide()
        self.pages.setCurrentWidget(self.gate)

    # -- entries ---------------------------------------------------------------------
    def _reload(self) -> None:
        vault = self._vault
        self.entries.blockSignals(True)
        self.entries.clear()
        self.entries.blockSignals(False)
        if vault is None:
            return
        try:
            summaries = vault.journal.page(limit=500)
            since = self._clock.now() - timedelta(weeks=CHART_WEEKS + 1)
            checkins = vault.journal.checkins(since)
            meetings = vault.journal.meetings(since)
            recent = [c.feeling for c in vault.journal.checkins() if c.feeling is not None][-5:]
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.editor.status.setText(describe(exc))
            return
        self.entries.blockSignals(True)
        for summary in summaries:
            text = format_moment(summary.occurred_at)
            if summary.title:
                text += f"  \u2068{summary.title}\u2069"
            item = QListWidgetItem(text, self.entries)
            item.setData(_ID_ROLE, summary.id)
            if summary.id == self.editor.entry_id:
                self.entries.setCurrentItem(item)
        self.entries.blockSignals(False)
        now = self._clock.now()
        self.chart.set_weeks(  # tz=None: local time with its own summer/winter rules
            weekly(
                ((c.occurred_at, c.feeling, c.follows) for c in checkins),
                meetings,
                weeks=CHART_WEEKS,
                today=now.astimezone().date(),
                tz=None,
            )
        )
        show = (
            self._prefs.observations_on
            and not self._observation_dismissed
            and gentle_observation(recent)
        )
        self.observation.setVisible(bool(show))

    def _entry_chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        chosen = item.data(_ID_ROLE)
        self.editor.open_entry(chosen)
        self._select(self.editor.entry_id)  # saving an edit on the way may have rebuilt the list

    def _select(self, entry_id: str | None) -> None:
        """Highlight the entry the editor shows (none for a new one)."""
        self.entries.blockSignals(True)
        self.entries.setCurrentItem(None)
        self.entries.clearSelection()
        for row in range(self.entries.count()):
            if entry_id is not None and self.entries.item(row).data(_ID_ROLE) == entry_id:
                self.entries.setCurrentRow(row)
                break
        self.entries.blockSignals(False)

    def new_entry(self, follows: str | None = None) -> bool:
        if not self._open:
            return False
        done = self.editor.new_entry(follows)
        self._select(self.editor.entry_id)
        return done

    def _saved(self, entry_id: str) -> None:
        self._reload()
        feeling = self.editor.feeling.currentData()
        if feeling is not None and feeling <= LOW_FEELING and entry_id not in self._offered:
            self._offered.add(entry_id)  # once for this entry, gently
            QTimer.singleShot(0, self._offer_support)

    def _offer_support(self) -> None:
        if self._open and self.isVisible() and OfferSupport.ask(self):
            self.show_support()

    def _hide_observation(self) -> None:
        self._observation_dismissed = True
        self.observation.hide()

    def show_support(self) -> SupportDialog | None:
        if self._vault is None:
            return None
        dialog = SupportDialog(self._vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self) -> JournalSettingsDialog | None:
        if self._vault is None:
            return None
        dialog = JournalSettingsDialog(self._prefs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_settings(dialog.result_prefs()))
        dialog.open()
        return dialog

    def _apply_settings(self, prefs: JournalPrefs) -> None:
        if self._vault is None:
            return
        try:
            self._vault.journal.set_prefs(prefs)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.editor.status.setText(describe(exc))
            return
        prefs = JournalPrefs.from_json(prefs.as_json())  # the same limits as when read back
        self._prefs = prefs
        self.editor.attach(self._vault, prefs)

    def open_entry(self, entry_id: str) -> bool:
        if not self._open:
            return False
        return self.editor.open_entry(entry_id)

    def wipe(self) -> None:
        self._vault = None
        self.pending_follows = self.pending_entry = None
        self._offered.clear()
        self._close()
        self.gate_field.clear()
        self.gate_status.setText("")
