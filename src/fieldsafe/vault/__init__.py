"""The encrypted store (Qt-free). Start at :class:`fieldsafe.vault.store.Vault`.

The names below are imported lazily (PEP 562): ``fieldsafe.core.records``
needs ``fieldsafe.errors`` while ``fieldsafe.vault.store`` needs
``fieldsafe.core.records``, so importing the store eagerly here made
``import fieldsafe.core.records`` fail when it came first. It also keeps
SQLCipher out of processes (and CLI commands) that only need the errors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldsafe.vault.store import SCHEMA_VERSION, SearchHit, Vault, vault_exists

__all__ = ["SCHEMA_VERSION", "SearchHit", "Vault", "vault_exists"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from fieldsafe.vault import store

        return getattr(store, name)
    raise AttributeError(f"module 'fieldsafe.vault' has no attribute {name!r}")
