"""docs/security.md, bar 17: sharing a plan is safe for the people who rely
on it (each test failed before its fix).

* Received and imported photos lose their location and camera metadata.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.media import prepare_attachment
from fieldsafe.vault import Vault
from tests.images import CANARY, has_canary, has_gps, jpeg_with_gps

PASS = "correct horse battery staple"
WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


@dataclass
class Pair:
    """Amal's vault and Bea's, each with the other's card verified."""

    amal: Vault
    bea: Vault
    bea_at_amal: str  # Bea's colleague entry in Amal's vault
    amal_at_bea: str  # Amal's colleague entry in Bea's vault

    def send(self, sender: Vault, record_id: str, **kw: Any) -> bytes:  # noqa: ANN401
        """Seal ``record_id`` for the other one, as both front ends do."""
        entry = self.bea_at_amal if sender is self.amal else self.amal_at_bea
        sealed = sender.sharing.seal_record(record_id, recipient=sender.sharing.get(entry), **kw)
        sender.sharing.remember_shared(sealed)
        return sealed.data


def introduce(one: Vault, other: Vault) -> tuple[str, str]:
    """Exchange cards and verify both ways; the entries' ids."""
    first = one.sharing.add_card(other.sharing.identity().card())
    one.sharing.verify(first.id)
    second = other.sharing.add_card(one.sharing.identity().card())
    other.sharing.verify(second.id)
    return first.id, second.id


@pytest.fixture
def pair(vault: Vault, tmp_path: Path) -> Iterator[Pair]:
    vault.sharing.set_name("Amal")
    bea, _ = Vault.create(tmp_path / "bea", PASS)
    bea.sharing.set_name("Bea")
    bea_at_amal, amal_at_bea = introduce(vault, bea)
    yield Pair(vault, bea, bea_at_amal, amal_at_bea)
    bea.lock()


def receive(
    vault: Vault,
    data: bytes,
    choose: Callable[[list[tuple[str, Any, Any]]], list[str] | None] = lambda clashes: [],
    passphrase: str | None = None,
) -> Any:  # noqa: ANN401
    received = vault.sharing.open_received(data, lambda: passphrase)
    assert received is not None
    return vault.sharing.import_bundle(received, choose)


# -- 3. received photos lose their location -------------------------------------


def test_received_attachments_lose_location_and_camera_metadata(pair: Pair) -> None:
    """Amal kept a photo's metadata when attaching it (her choice); the copy
    Bea receives has none."""
    amal, bea = pair.amal, pair.bea
    log = amal.logs.save(occurred_at=WHEN, title="paper notes")
    photo = amal.attachments.add(
        log.id, prepare_attachment(jpeg_with_gps(), name="p.jpg", strip_metadata=False)
    )
    assert has_gps(amal.attachments.data(photo.id))
    assert receive(bea, pair.send(amal, log.id)).added == 1
    (got,) = bea.attachments.of(log.id)
    data = bea.attachments.data(got.id)
    assert not has_gps(data) and not has_canary(data) and got.metadata_removed
    assert data.startswith(b"\xff\xd8")


def test_imported_attachments_lose_location_and_camera_metadata(
    vault: Vault, tmp_path: Path
) -> None:
    from fieldsafe.vault.transfer import import_file

    doc = {
        "format": "fieldsafe-interchange",
        "version": 2,
        "records": [
            {
                "kind": "outreach_log",
                "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
                "fields": {"occurred_at": "2026-03-04T17:30:00Z", "title": "x"},
                "attachments": [
                    {
                        "id": "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12",
                        "name": "p.jpg",
                        "media_type": "image/jpeg",
                        "added_at": "2026-03-04T18:00:00Z",
                        "data": base64.b64encode(jpeg_with_gps()).decode(),
                    }
                ],
            }
        ],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc))
    assert import_file(vault, path).added == 1
    data = vault.attachments.data("1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12")
    assert not has_gps(data) and CANARY.encode() not in data
    again = import_file(vault, path)  # the same file twice: still harmless
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
