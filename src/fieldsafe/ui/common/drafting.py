"""The draft/dirty/save lifecycle every editor shares.

An edit makes the editor *dirty* and (re)starts a short timer; when typing
pauses, the edit in progress is kept in the vault's draft slot for that
editor session (``<slot>:<session id>``, :class:`fieldsafe.vault.DraftSlot`),
so a crash or a dying battery loses at most a few seconds of it. A save
discards this session's draft only, never another window's; a failed save
leaves the text and the draft alone. Drafts whose writer is gone are offered
back (:meth:`Drafting.orphans`) and removed only when the person chooses.
A draft is a safety net, never the save: if keeping it fails, the editor is
not disturbed (the failure is logged by event name only).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer

from fieldsafe.core.records import RecordId

if TYPE_CHECKING:
    from fieldsafe.vault import Draft, DraftSlot, Vault

log = logging.getLogger("fieldsafe.ui.common.drafting")

#: how long after typing stops the edit in progress is kept
DRAFT_DELAY_MS = 2000


class Drafting(QObject):
    """One editor's draft slot. The editor tells it when the person edited
    (:meth:`edited`), when the text was saved (:meth:`saved`) or replaced
    (:meth:`clean`); it keeps the draft on its own when typing pauses.

    ``vault`` returns the vault worked on (None once locked), ``fields`` the
    edit as the vault stores it, ``record_id`` the record being edited (None
    for a new one), and ``worth_keeping`` whether a new record holds anything
    yet (an untouched form is no draft)."""

    def __init__(
        self,
        parent: QObject,
        *,
        slot: str,
        kind: str,
        vault: Callable[[], Vault | None],
        fields: Callable[[], dict[str, Any]],
        record_id: Callable[[], RecordId | None],
        worth_keeping: Callable[[], bool],
        events: tuple[str, str] = ("draft_save_failed", "draft_discard_failed"),
    ) -> None:
        super().__init__(parent)
        self.base = slot
        self._slot: DraftSlot | None = None
        self._vault = vault
        self._kind = kind
        self._fields = fields
        self._record_id = record_id
        self._worth_keeping = worth_keeping
        self._events = events
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.keep)

    @property
    def slot(self) -> str:
        """This session's slot in the vault's drafts."""
        vault = self._vault()
        return self._own_slot(vault).name if vault is not None else self.base

    def _own_slot(self, vault: Vault) -> DraftSlot:
        if self._slot is None:
            from fieldsafe.vault import DraftSlot

            self._slot = DraftSlot(vault.directory, self.base)
        return self._slot

    def release(self) -> None:
        """The session ends (lock, close): its draft, if any, is left for
        the next unlock to offer back."""
        self._timer.stop()
        slot, self._slot = self._slot, None
        if slot is not None:
            slot.release()

    def orphans(self) -> list[Draft]:
        """Drafts of this kind whose writer is gone, oldest first."""
        vault = self._vault()
        if vault is None:
            return []
        own = self._slot.name if self._slot is not None else None
        return [d for d in vault.drafts.orphans(self.base) if d.slot != own]

    def take_over(self, orphan: Draft) -> None:
        """``orphan`` was restored into this editor: keep it as this
        session's draft, then remove the orphan (only once it is kept)."""
        if self.keep():
            vault = self._vault()
            if vault is not None:
                try:
                    vault.drafts.discard(orphan.slot)
                except Exception as exc:  # noqa: BLE001 - offered again next time
                    log.info(self._events[1], exc_info=(type(exc), exc, None))

    @property
    def dirty(self) -> bool:
        """True while the editor holds an edit that is not saved."""
        return self._dirty

    def set_delay(self, milliseconds: int) -> None:
        self._timer.setInterval(milliseconds)

    def edited(self) -> None:
        """The person changed something: dirty, and keep it once typing pauses."""
        self._dirty = True
        self._timer.start()  # restarts: keeps once typing pauses

    def restored(self) -> None:
        """A draft was put back into the editor: an unsaved edit again."""
        self._dirty = True

    def clean(self) -> None:
        """The editor shows what the vault holds (opened, cleared, deleted)."""
        self._dirty = False
        self._timer.stop()

    def stop(self) -> None:
        """No more keeping for now (the vault is locking); the edit stays dirty."""
        self._timer.stop()

    def keep(self) -> bool:
        """Keep the edit in progress as the draft; True if kept, or if there
        was nothing to keep. Never raises."""
        self._timer.stop()
        vault = self._vault()
        if vault is None or not self._dirty:
            return True
        if self._record_id() is None and not self._worth_keeping():
            return True
        try:
            vault.drafts.save(
                self._own_slot(vault).name,
                kind=self._kind,
                fields=self._fields(),
                record_id=self._record_id(),
            )
        except Exception as exc:  # noqa: BLE001 - a draft is a safety net, not the save
            log.info(self._events[0], exc_info=(type(exc), exc, None))
            return False
        return True

    def saved(self) -> None:
        """The edit is in the vault: clean, and the draft is no longer needed."""
        self.clean()
        vault = self._vault()
        if vault is None or self._slot is None:
            return
        try:
            vault.drafts.discard(self._slot.name)
        except Exception as exc:  # noqa: BLE001 - saved; a stale draft is only offered again
            log.info(self._events[1], exc_info=(type(exc), exc, None))
