"""The outreach-log editor: everything written right after a meeting.

The form itself (its fields and sections) is :class:`~fieldsafe.ui.logs.form.LogForm`,
the attachments strip is :mod:`fieldsafe.ui.logs.attachments_panel` and the
privacy hints bar :mod:`fieldsafe.ui.logs.privacy_bar`; this module adds the
log's life: opening, saving, deleting, and the draft kept in between.

Saving goes through ``vault.logs.save``. If it fails (disk full, read-only),
the message comes from ``fieldsafe.messages.describe`` and the text stays exactly where
it is, so nothing typed is lost. Moving to another log, starting a new one,
locking or quitting first saves an edit in progress (a new log only once it
has some content): it is safer encrypted in the vault than kept in memory or
dropped. Between saves, a draft is kept in the vault a moment after typing
stops.

While the person writes, :mod:`fieldsafe.core.privacy` looks for text that
looks like a phone number, an e-mail address or a name from the code book,
and a quiet bar offers to replace it with a person code.

A saved log opened from the list, Today or a search is shown read only
until *Edit* (Alt+E, Ctrl+E), so a stray key or Undo cannot rewrite it; a
line under the form says so. Deliberate changes that come from elsewhere
(files dropped on it, "Replace with a code") start editing first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldsafe.core.clock import Clock, SystemClock, from_iso, to_iso
from fieldsafe.core.logs import paper_notes_after_attaching
from fieldsafe.core.privacy import Hint
from fieldsafe.core.records import OUTREACH_LOG, OutreachLog, PersonCode, RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.button_flow import ButtonFlow
from fieldsafe.ui.common.dialogs import Confirm
from fieldsafe.ui.common.drafting import Drafting
from fieldsafe.ui.common.form_fit import form_holding
from fieldsafe.ui.logs.attachments_panel import AttachmentsPanel
from fieldsafe.ui.logs.form import LogForm
from fieldsafe.ui.logs.hint_fit import hints_whole
from fieldsafe.ui.logs.privacy_bar import PrivacyBar
from fieldsafe.vault import Draft, Vault

if TYPE_CHECKING:
    from fieldsafe.media import RemovalResult

log = logging.getLogger("fieldsafe.ui.logs.editor")


#: the editor's draft slot in the vault (kept by ui.common.drafting)
DRAFT_SLOT = "outreach_log"
#: how long after typing the privacy hints are looked for
HINT_DELAY_MS = 700


class LogEditor(LogForm):
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
        super().__init__(clock or SystemClock(), parent)
        self._vault: Vault | None = vault
        self._log_id: RecordId | None = None
        self._loading = False
        self._watch_words: dict[str, list[str]] = {}
        # Autosave of the edit in progress, a moment after typing stops.
        self.drafting = Drafting(
            self,
            slot=DRAFT_SLOT,
            kind=OUTREACH_LOG.name,
            vault=lambda: self._vault,
            fields=self._fields,
            record_id=lambda: self._log_id,
            worth_keeping=self._has_content,
        )
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(HINT_DELAY_MS)
        self._hint_timer.timeout.connect(self.check_privacy)
        self.setAcceptDrops(True)
        self._build()
        self.new_log()

    # -- construction ------------------------------------------------------------
    def _build(self) -> None:
        # In the order Tab visits them: the fields, the attachments strip, the
        # privacy hint, the buttons.
        self._build_fields()
        self.attachments = AttachmentsPanel(self, self)
        self.attachment_list = self.attachments.attachment_list
        # The privacy hint: shown only when something looks identifying.
        self.hint_bar = PrivacyBar(self._codes_to_offer, self)
        self.hint_text = self.hint_bar.text
        self.hint_replace = self.hint_bar.replace_button
        self.hint_keep = self.hint_bar.keep_button
        self._build_page(self.attachments)
        # Labels above fields, or hints under them, when there is no room
        hinted = [self.title, self.area, self.who_went, self.person_codes]
        self.hints = hints_whole(form_holding(self, self.title), hinted)
        self._build_buttons()
        self._connect_fields()
        self.code_book_button.clicked.connect(self.code_book_requested)
        self.hint_bar.code_chosen.connect(self.replace_hint)
        self.hint_bar.kept.connect(self.check_privacy)
        self.hint_bar.code_book_requested.connect(self.code_book_requested)

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _build_buttons(self) -> None:
        # Made in the order they are shown: the order Tab visits them.
        self.history_button = self._button(
            self.tr("Earlier versions…"), self.tr("Earlier versions"), self._request_history
        )
        self.delete_button = self._button(self.tr("&Delete"), self.tr("Delete"), self.delete)
        self.edit_button = self._button(self.tr("&Edit"), self.tr("Edit"), self.begin_edit)
        self.edit_button.setToolTip(self.tr("Change this saved log (Ctrl+E)"))
        self.edit_button.hide()
        self.save_button = self._button(self.tr("&Save"), self.tr("Save"), self.save)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        flow = ButtonFlow()  # two lines when one is too narrow
        buttons.addLayout(flow)
        for button in (self.history_button, self.delete_button, self.edit_button):
            flow.add(button)
        flow.add(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the window's layout gives the margins
        layout.addWidget(self.scroll, 1)
        # Outside the scrolling form, so a hint is seen wherever the person
        # is writing.
        layout.addWidget(self.hint_bar)
        layout.addLayout(buttons)

    # -- state -------------------------------------------------------------------
    @property
    def log_id(self) -> RecordId | None:
        """The open log's id; ``None`` for a log not saved yet."""
        return self._log_id

    @property
    def dirty(self) -> bool:
        return self.drafting.dirty

    def _edited(self) -> None:
        if not self._loading:
            self.drafting.edited()
            self.status.setText("")
            self._hint_timer.start()

    def save_draft(self) -> bool:
        """Keep the edit in progress as the vault's draft; True if kept (or
        nothing needed keeping). Never disturbs the editor on failure."""
        return self.drafting.keep()

    def restore_draft(self, draft: Draft) -> None:
        """Put a draft back into the editor, as an unsaved edit."""
        fields = dict(draft.fields)
        if not fields.get("occurred_at"):
            fields["occurred_at"] = to_iso(self._clock.now())
        self._fill(draft.record_id, fields)
        self.drafting.restored()
        self.status.setText(self.tr("Restored from the draft. Save to keep it."))

    def set_read_only(self, read_only: bool) -> None:
        """Read only (a saved log until *Edit*) or editable, said on screen."""
        super().set_read_only(read_only)
        self.attachments.set_read_only(read_only)
        self.edit_button.setVisible(read_only)
        self.save_button.setVisible(not read_only)
        self.status.setText(self.tr("Saved. Press Edit to change it.") if read_only else "")

    def _fill(
        self, log_id: RecordId | None, fields: dict[str, Any], *, read_only: bool = False
    ) -> None:
        """Show ``fields`` (the stored form) for ``log_id``."""
        self._loading = True
        try:
            self._log_id = log_id
            self._show_fields(fields)
        finally:
            self._loading = False
        self.drafting.clean()
        self.hint_bar.forget_kept()
        self.hint_bar.clear()
        self.delete_button.setEnabled(log_id is not None)
        self.history_button.setEnabled(log_id is not None)
        self.attachments.load()
        self.set_read_only(read_only)
        self.scroll.verticalScrollBar().setValue(0)
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
        self._show_plan(plan)
        self.drafting.restored()
        self.status.setText(self.tr("Filled in from the meeting plan."))

    def open_log(self, log_id: str) -> bool:
        """Show a stored log. Returns False if the edit in progress could not
        be saved, or the log could not be read (the message says which)."""
        if log_id == self._log_id and not self.drafting.dirty:
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
        self._fill(stored.id, stored.to_fields(), read_only=True)
        return True

    def save_if_dirty(self) -> bool:
        """Save an edit in progress; True when nothing is left unsaved."""
        if not self.drafting.dirty:
            return True
        if self._log_id is None and not self._has_content():
            return True
        return self.save()

    def save(self) -> bool:
        """Save through the vault. On failure the text stays in the editor.
        A log shown read only and unchanged has nothing to save."""
        if self._vault is None:
            return False
        if self.read_only and not self.drafting.dirty:
            return True
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
        self.drafting.saved()
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
        self.drafting.clean()
        self._fill(None, self._empty_fields())
        self.status.setText(self.tr("The log was deleted."))
        self.deleted.emit(log_id)
        return True

    def _request_history(self) -> None:
        if self._log_id is not None:
            self.history_requested.emit(self._log_id)

    # -- attachments (the strip's host) ---------------------------------------------------
    @property
    def vault(self) -> Vault | None:
        """The vault worked on; ``None`` once locked."""
        return self._vault

    def save_for_attaching(self) -> bool:
        """Files belong to a stored log: save a new or edited one first.
        Attaching is a change: a log shown read only is edited from now on."""
        self.begin_edit(focus=False)
        if self._log_id is None or self.drafting.dirty:
            return self.save()
        return True

    def report(self, text: str, in_editor: bool) -> None:
        """Say what an import did: in the editor when it is about the open
        log, else in the window's status bar (the person moved on)."""
        if in_editor:
            self.status.setText(text)
        else:
            self.notice.emit(text)

    def attachments_added(self, count: int) -> None:
        """Attachments mean paper notes: the Today view follows up until
        they are destroyed."""
        has_paper = paper_notes_after_attaching(self.paper_notes.isChecked(), count)
        if has_paper != self.paper_notes.isChecked():
            self.paper_notes.setChecked(has_paper)

    def import_text(self, added: int, refused: Sequence[BaseException], problem: str) -> str:
        """What an import did (worded here, in this class's translation context)."""
        messages = []
        if added:
            messages.append(self.tr("%n file(s) added to the vault.", "", added))
        if problem:
            messages.append(problem)
        if refused:
            messages.append(
                self.tr("%n file(s) not added:", "", len(refused)) + " " + describe(refused[0])
            )
        return " ".join(messages)

    def removal_text(self, results: Sequence[RemovalResult]) -> str:
        """What became of the originals (worded here, in this class's context)."""
        from fieldsafe.media import RemovalResult

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
        return " ".join(parts)

    def attach_files(self, paths: list[Path]) -> ops.Op | None:
        """Import files into the vault with this log (saving a new log
        first), then offer to delete the originals."""
        return self.attachments.attach_files(paths)

    def view_attachment(self) -> QWidget | None:
        return self.attachments.view_attachment()

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
    def check_privacy(self) -> Hint | None:
        """Look for identifying text; show the first finding (or hide the bar)."""
        self._hint_timer.stop()
        if self._vault is None:
            return None
        return self.hint_bar.check(self._texts(), self._watch_words)

    def _codes_to_offer(self) -> list[str]:
        return list(dict.fromkeys(self.person_codes.values() + self.person_codes_in_book()))

    def person_codes_in_book(self) -> list[str]:
        if self._vault is None:
            return []
        try:
            return [p.code for p in self._vault.codes.entries()]
        except Exception:  # noqa: BLE001 - a convenience list
            return []

    def replace_hint(self, code: str) -> bool:
        """Replace the flagged text with ``code``, as an ordinary edit."""
        self.begin_edit(focus=False)  # a deliberate change, as typing after Edit
        if not self.hint_bar.replace(code):
            return False
        if code not in self.person_codes.values():
            self.person_codes.set_values([*self.person_codes.values(), code])
        self._edited()
        self.check_privacy()
        return True

    # -- vault ---------------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        """Work on ``vault`` (a window prepared before unlock)."""
        self._vault = vault
        self._load_suggestions()

    def wipe(self) -> None:
        """Forget the vault and every piece of text, undo history included."""
        self.drafting.clean()
        self.drafting.release()
        self._hint_timer.stop()
        self._vault = None
        self._loading = True
        try:
            self._log_id = None
            self._clear_fields()
            self.attachments.clear()
            self.set_read_only(False)
            self.status.setText("")
        finally:
            self._loading = False
        self._watch_words = {}
        self.hint_bar.forget_kept()
        self.hint_bar.clear()
