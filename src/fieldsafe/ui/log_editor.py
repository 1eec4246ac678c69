"""The outreach-log editor: when, title, and what happened (Markdown).

Saving goes through ``vault.logs.save``. If it fails (disk full, read-only),
the message comes from ``ui.errors.describe`` and the text stays exactly where
it is, so nothing typed is lost. Moving to another log, starting a new one,
locking or quitting first saves an edit in progress (a new log only once it
has a title or text): it is safer encrypted in the vault than kept in memory
or dropped.
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import MAX_YEAR, MIN_YEAR, Clock, SystemClock, from_iso, to_iso
from fieldsafe.core.records import MAX_TITLE, OUTREACH_LOG, RecordId
from fieldsafe.ui.dialogs import Confirm
from fieldsafe.ui.errors import describe
from fieldsafe.ui.localtime import from_qdatetime, to_qdatetime
from fieldsafe.vault import Vault
from fieldsafe.vault.drafts import Draft

log = logging.getLogger("fieldsafe.ui.log_editor")


#: the editor's draft slot in the vault, and how long after typing it is saved
DRAFT_SLOT = "outreach_log"
DRAFT_DELAY_MS = 2000

_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


class LogEditor(QWidget):
    """Emits :attr:`saved` / :attr:`deleted` with the log's id."""

    saved = Signal(str)
    deleted = Signal(str)

    def __init__(
        self, vault: Vault, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._clock = clock or SystemClock()
        self._log_id: RecordId | None = None
        self._dirty = False
        self._loading = False
        # Autosave of the edit in progress, a moment after typing stops.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)

        self.when = QDateTimeEdit(self)
        self.when.setAccessibleName(self.tr("When"))
        self.when.setCalendarPopup(True)
        # Only times the vault accepts, so a mistyped year cannot make saves fail.
        self.when.setMinimumDateTime(QDateTime(QDate(MIN_YEAR, 1, 2), QTime(0, 0)))
        self.when.setMaximumDateTime(QDateTime(QDate(MAX_YEAR, 12, 30), QTime(23, 59)))
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # In a right-to-left application QDateTimeEdit reverses the order
            # of its format's sections and then draws the text right to left
            # too, which scrambles date and time (seen: "43:20 23-11-2026").
            # We give it the sections reversed, so its reversal yields
            # year-month-day hours:minutes, drawn left to right with Western
            # digits: unambiguous in every script.
            self.when.setLocale(QLocale.c())
            self.when.setDisplayFormat("mm:HH  dd-MM-yyyy")
            self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setMaxLength(MAX_TITLE)
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

        when_label = QLabel(self.tr("&When:"), self)
        when_label.setBuddy(self.when)
        title_label = QLabel(self.tr("&Title:"), self)
        title_label.setBuddy(self.title)
        body_label = QLabel(self.tr("Wh&at happened:"), self)  # Alt+H is the Help menu
        body_label.setBuddy(self.body)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(when_label, self.when)
        form.addRow(title_label, self.title)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window's layout gives the margins
        layout.addLayout(form)
        layout.addWidget(body_label)
        layout.addWidget(self.body, 1)
        layout.addLayout(buttons)

        self.when.dateTimeChanged.connect(self._edited)
        self.title.textChanged.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.new_log()

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
        fields = draft.fields
        when = from_iso(fields["occurred_at"]) if fields.get("occurred_at") else self._clock.now()
        self._fill(
            log_id=draft.record_id, when=when, title=fields.get("title") or "", body=fields.get("body") or ""
        )
        self._dirty = True
        self.status.setText(self.tr("Restored from the draft. Save to keep it."))

    def _fields(self) -> dict[str, str]:
        body = self.body.toMarkdown().rstrip("\n") if self.body.toPlainText().strip() else ""
        return {
            "occurred_at": to_iso(from_qdatetime(self.when.dateTime())),
            "title": self.title.text(),
            "body": body,
        }

    def _has_content(self) -> bool:
        return bool(self.title.text().strip() or self.body.toPlainText().strip())

    def _fill(self, *, log_id: RecordId | None, when: datetime, title: str, body: str) -> None:
        self._loading = True
        try:
            self._log_id = log_id
            self.when.setDateTime(to_qdatetime(when))
            self.title.setText(title)  # setText also empties the undo history
            # Without HTML: "<A12>" or "<!-- x -->" typed by a person is text,
            # and must come back as typed after a save and reopen.
            self.body.document().setMarkdown(body, _MARKDOWN)
            self.body.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self._dirty = False
        self.delete_button.setEnabled(log_id is not None)

    # -- actions -------------------------------------------------------------------
    def new_log(self) -> bool:
        """Start a new, empty log dated now. Returns False (and keeps the
        current text) if saving the edit in progress failed."""
        if not self.save_if_dirty():
            return False
        self._fill(log_id=None, when=self._clock.now(), title="", body="")
        self.status.setText("")
        return True

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
        self._fill(log_id=stored.id, when=stored.occurred_at, title=stored.title, body=stored.body)
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
        try:
            stored = self._vault.logs.save(
                occurred_at=from_qdatetime(self.when.dateTime()),
                title=fields["title"],
                body=fields["body"],
                log_id=self._log_id,
            )
        except Exception as exc:  # noqa: BLE001 - worded by describe(); the edit stays
            log.info("log_save_failed", exc_info=(type(exc), exc, None))
            self.status.setText(describe(exc))
            return False
        self._log_id = stored.id
        self._dirty = False
        self._draft_timer.stop()
        try:
            self._vault.drafts.discard(DRAFT_SLOT)
        except Exception as exc:  # noqa: BLE001 - the log is saved; a stale draft is only offered again
            log.info("draft_discard_failed", exc_info=(type(exc), exc, None))
        self.delete_button.setEnabled(True)
        self.status.setText(self.tr("Saved."))
        self.saved.emit(stored.id)
        return True

    def delete(self) -> bool:
        """Delete the open log after asking; True if it was deleted."""
        if self._vault is None or self._log_id is None:
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Delete this outreach log?"),
            detail=self.tr("It will be removed from the vault for good. This cannot be undone."),
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
        self._fill(log_id=None, when=self._clock.now(), title="", body="")
        self.status.setText(self.tr("The log was deleted."))
        self.deleted.emit(log_id)
        return True

    def attach(self, vault: Vault) -> None:
        """Work on ``vault`` (a window prepared before unlock)."""
        self._vault = vault

    def wipe(self) -> None:
        """Forget the vault and every piece of text, undo history included."""
        self._draft_timer.stop()
        self._vault = None
        self._loading = True
        try:
            self._log_id = None
            self.title.setText("")
            self.body.clear()
            self.body.document().clearUndoRedoStacks()
            self.when.setDateTime(QDateTime.currentDateTime())
            self.status.setText("")
        finally:
            self._loading = False
        self._dirty = False
