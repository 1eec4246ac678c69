"""The encrypted store (Qt-free). Start at :class:`fieldsafe.vault.store.Vault`."""

from fieldsafe.vault.store import SCHEMA_VERSION, SearchHit, Vault, vault_exists

__all__ = ["SCHEMA_VERSION", "SearchHit", "Vault", "vault_exists"]
