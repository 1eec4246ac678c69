"""Two vaults that exchanged verified cards, for tests of names and updates."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldsafe.vault import Vault

PEER_PASS = "a colleague's own passphrase"


@dataclass
class Pair:
    """Amal's vault and Bea's, each with the other's card verified."""

    amal: Vault
    bea: Vault
    bea_at_amal: str  # Bea's colleague entry in Amal's vault
    amal_at_bea: str  # Amal's colleague entry in Bea's vault

    def send(self, sender: Vault, record_id: str) -> bytes:
        """Seal ``record_id`` for the other one, as both front ends do."""
        entry = self.bea_at_amal if sender is self.amal else self.amal_at_bea
        sealed = sender.sharing.seal_record(record_id, recipient=sender.sharing.get(entry))
        sender.sharing.remember_shared(sealed)
        return sealed.data

    def receive(self, vault: Vault, data: bytes) -> Any:  # noqa: ANN401
        received = vault.sharing.open_received(data, lambda: None)
        assert received is not None
        return vault.sharing.import_bundle(received, lambda clashes: [])


def introduce(one: Vault, other: Vault) -> tuple[str, str]:
    """Exchange cards and verify both ways; the entries' ids."""
    first = one.sharing.add_card(other.sharing.identity().card())
    one.sharing.verify(first.id)
    second = other.sharing.add_card(one.sharing.identity().card())
    other.sharing.verify(second.id)
    return first.id, second.id


@contextmanager
def pair_with(amal: Vault, folder: Path) -> Iterator[Pair]:
    """``amal`` (named "Amal") and a new vault for Bea in ``folder``."""
    amal.sharing.set_name("Amal")
    bea, _ = Vault.create(folder, PEER_PASS)
    try:
        bea.sharing.set_name("Bea")
        bea_at_amal, amal_at_bea = introduce(amal, bea)
        yield Pair(amal, bea, bea_at_amal, amal_at_bea)
    finally:
        bea.lock()
