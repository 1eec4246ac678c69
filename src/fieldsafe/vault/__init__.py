"""The encrypted store (Qt-free): the one door the front ends use.

The GUI and the CLI import only from this package, never from its modules:
:class:`Vault` and its repositories (``vault.logs``, ``vault.journal``,
``vault.plans``, ``vault.sharing``, ``vault.attachments``, ``vault.codes``,
``vault.drafts``), and the few names below. ``tests/test_layers.py`` holds
them to it.

The names are imported lazily (PEP 562), which keeps SQLCipher out of
processes (and CLI commands) that never open a vault.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldsafe.vault.attachments import AttachmentInfo
    from fieldsafe.vault.drafts import Draft, DraftSlot
    from fieldsafe.vault.journal import Debrief, JournalPrefs
    from fieldsafe.vault.keys import normalize_recovery_code
    from fieldsafe.vault.layout import vault_exists
    from fieldsafe.vault.lockfile import WindowLock
    from fieldsafe.vault.logs import LogVersion
    from fieldsafe.vault.search import HIGHLIGHT_END, HIGHLIGHT_START
    from fieldsafe.vault.sharing import Clashes, ColleagueEntry, ReceivedBundle, RecordUpdate
    from fieldsafe.vault.store import (
        SCHEMA_VERSION,
        SEARCH_LIMIT,
        SEARCH_WINDOW,
        SearchHit,
        SearchResults,
        Vault,
    )
    from fieldsafe.vault.teams import HeldBack, Refusal, SendResult, SyncResult, Team

_EXPORTS = {
    "AttachmentInfo": "fieldsafe.vault.attachments",
    "Clashes": "fieldsafe.vault.sharing",
    "ColleagueEntry": "fieldsafe.vault.sharing",
    "Debrief": "fieldsafe.vault.journal",
    "Draft": "fieldsafe.vault.drafts",
    "DraftSlot": "fieldsafe.vault.drafts",
    "JournalPrefs": "fieldsafe.vault.journal",
    "HIGHLIGHT_END": "fieldsafe.vault.search",
    "HIGHLIGHT_START": "fieldsafe.vault.search",
    "HeldBack": "fieldsafe.vault.teams",
    "LogVersion": "fieldsafe.vault.logs",
    "ReceivedBundle": "fieldsafe.vault.sharing",
    "Refusal": "fieldsafe.vault.teams",
    "RecordUpdate": "fieldsafe.vault.sharing",
    "SCHEMA_VERSION": "fieldsafe.vault.store",
    "SEARCH_LIMIT": "fieldsafe.vault.store",
    "SEARCH_WINDOW": "fieldsafe.vault.store",
    "SearchHit": "fieldsafe.vault.store",
    "SearchResults": "fieldsafe.vault.store",
    "SendResult": "fieldsafe.vault.teams",
    "SyncResult": "fieldsafe.vault.teams",
    "Team": "fieldsafe.vault.teams",
    "Vault": "fieldsafe.vault.store",
    "WindowLock": "fieldsafe.vault.lockfile",
    "normalize_recovery_code": "fieldsafe.vault.keys",
    "vault_exists": "fieldsafe.vault.layout",
}

__all__ = [
    "AttachmentInfo",
    "Clashes",
    "ColleagueEntry",
    "Debrief",
    "Draft",
    "DraftSlot",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "HeldBack",
    "JournalPrefs",
    "LogVersion",
    "ReceivedBundle",
    "Refusal",
    "RecordUpdate",
    "SCHEMA_VERSION",
    "SEARCH_LIMIT",
    "SEARCH_WINDOW",
    "SearchHit",
    "SearchResults",
    "SendResult",
    "SyncResult",
    "Team",
    "Vault",
    "WindowLock",
    "normalize_recovery_code",
    "vault_exists",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'fieldsafe.vault' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
