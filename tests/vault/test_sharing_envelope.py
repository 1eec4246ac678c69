"""Sharing records with their attachments in bundle format 3 (issue 14): the
bytes travel raw beside the signed manifest, every colleague it is for
imports them, a hostile bundle is refused with nothing written, and bundles
of format 2 (a colleague on the version before) still open."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from fieldsafe.core.interchange import InterchangeRecord
from fieldsafe.errors import InvalidRecord
from fieldsafe.exchange.bundle import BadBundle
from fieldsafe.exchange.identity import Card
from fieldsafe.media import prepare_attachment
from fieldsafe.vault import Vault
from tests.exchange.envelope_tools import encrypt_to, join, plaintext, signed, split
from tests.exchange.pair import PEER_PASS, Pair, introduce, pair_with

DATA = Path(__file__).parent.parent / "exchange" / "data"
STARTS = "2026-03-05T10:00:00Z"


@pytest.fixture
def pair(vault: Vault, tmp_path: Path) -> Iterator[Pair]:
    with pair_with(vault, tmp_path / "bea") as made:
        yield made


def photo(size: int = 96) -> bytes:
    """A PNG with nothing but pixels (kept byte for byte when received)."""
    image = Image.frombytes("RGB", (size, size), bytes(range(256)) * (size * size * 3 // 256))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def plan_with_photo(vault: Vault, data: bytes) -> str:
    plan_id, _ = vault.plans.save({"starts_at": STARTS, "location": "the library"})
    vault.attachments.add(plan_id, prepare_attachment(data, name="map.png"), kind="meeting_plan")
    return plan_id


def receive(vault: Vault, data: bytes, passphrase: str | None = None) -> Any:  # noqa: ANN401
    received = vault.sharing.open_received(data, lambda: passphrase)
    assert received is not None
    return vault.sharing.import_bundle(received, lambda clashes: [])


def nothing_written(vault: Vault) -> bool:
    return (
        vault.count() == 0
        and vault.attachments.count() == 0
        and vault.sharing.last_versions() == {}
    )


def test_a_plan_and_its_photo_arrive_as_they_were(pair: Pair) -> None:
    picture = photo()
    plan_id = plan_with_photo(pair.amal, picture)
    data = pair.send(pair.amal, plan_id)
    assert len(data) < len(picture) + 3000  # the bytes as they are, never base64
    assert receive(pair.bea, data).added == 1
    (info,) = pair.bea.attachments.of(plan_id)
    assert (info.name, info.media_type) == ("map.png", "image/png")
    assert pair.bea.attachments.data(info.id) == picture
    assert pair.bea.plans.get(plan_id)["location"] == "the library"


def test_one_bundle_with_a_photo_for_two_colleagues(pair: Pair, tmp_path: Path) -> None:
    cem, _ = Vault.create(tmp_path / "cem", PEER_PASS)
    try:
        cem_at_amal, _ = introduce(pair.amal, cem)
        picture = photo(64)
        plan_id = plan_with_photo(pair.amal, picture)
        incident = pair.amal.incidents.save({"occurred_at": STARTS, "title": "followed"}).id
        to = [pair.amal.sharing.get(pair.bea_at_amal), pair.amal.sharing.get(cem_at_amal)]
        sealed = pair.amal.sharing.seal_records([plan_id, incident], recipients=to)
        for colleague in (pair.bea, cem):
            assert receive(colleague, sealed.data).added == 2
            (info,) = colleague.attachments.of(plan_id)
            assert colleague.attachments.data(info.id) == picture
    finally:
        cem.lock()


def test_a_passphrase_bundle_carries_the_photo_too(pair: Pair) -> None:
    picture = photo(48)
    plan_id = plan_with_photo(pair.amal, picture)
    data = pair.amal.sharing.seal_record(plan_id, passphrase="orange kite river").data
    assert receive(pair.bea, data, "orange kite river").added == 1
    (info,) = pair.bea.attachments.of(plan_id)
    assert pair.bea.attachments.data(info.id) == picture


def hostile(pair: Pair) -> dict[str, bytes]:
    """Amal's bundle for Bea changed in every way the issue names, each
    encrypted to Bea again (so age itself finds nothing wrong)."""
    plan_id = plan_with_photo(pair.amal, photo())
    good = pair.send(pair.amal, plan_id)
    bea_card = pair.bea.sharing.identity().card()
    manifest, signature, (picture,) = split(plaintext(good, pair.bea.sharing.identity()))
    whole = join(manifest, signature, [picture])
    flipped = bytearray(picture)
    flipped[len(picture) // 2] ^= 0x01
    doc = json.loads(manifest)
    entry = doc["content"]["records"][0]["attachments"][0]
    amal = pair.amal.sharing.identity()
    entry["length"] = 2**40
    too_large = signed(doc, amal, [picture])
    changed = {
        "tampered manifest": join(
            manifest.replace(b"the library", b"the harbour"), signature, [picture]
        ),
        "tampered bytes": join(manifest, signature, [bytes(flipped)]),
        "truncated": whole[:-10],
        "trailing bytes": whole + b"\x00",
        "wrong length": join(manifest, signature, [picture], lengths=[len(picture) - 1]),
        "oversized claim": too_large,
    }
    return {name: encrypt_to(plain, bea_card) for name, plain in changed.items()}


EXPECTED = {
    "tampered manifest": "bad_signature",
    "tampered bytes": "bad_signature",
    "truncated": "damaged",
    "trailing bytes": "damaged",
    "wrong length": "damaged",
    "oversized claim": "too_large",
}


def test_hostile_bundles_are_refused_and_nothing_is_written(pair: Pair) -> None:
    for name, data in hostile(pair).items():
        with pytest.raises(BadBundle) as refused:
            pair.bea.sharing.open_received(data, lambda: None)
        assert refused.value.reason == EXPECTED[name], name
        assert nothing_written(pair.bea), name


def test_an_attachment_listed_wrongly_in_a_signed_manifest_imports_nothing(pair: Pair) -> None:
    plan_id = plan_with_photo(pair.amal, photo())
    good = pair.send(pair.amal, plan_id)
    manifest, _, (picture,) = split(plaintext(good, pair.bea.sharing.identity()))
    doc = json.loads(manifest)
    doc["content"]["records"][0]["attachments"][0]["media_type"] = "application/pdf"
    plain = signed(doc, pair.amal.sharing.identity(), [picture])
    data = encrypt_to(plain, pair.bea.sharing.identity().card())
    with pytest.raises(InvalidRecord) as refused:
        receive(pair.bea, data)
    assert (refused.value.index, refused.value.field) == (0, "media_type")
    assert nothing_written(pair.bea)


def test_a_format_2_bundle_with_a_photo_and_two_records_still_opens(vault: Vault) -> None:
    """Made by the version before (format 2: JSON, the photo in base64), for
    Bea and Cem; this vault becomes Bea."""
    doc = json.loads((DATA / "format2-plan-photo-incident.json").read_text(encoding="utf-8"))
    receiver = doc["receiver"]
    vault.sharing.identity()
    with vault.transaction() as db:
        db.execute(
            "UPDATE exchange_identity SET name = ?, age_secret = ?, sign_secret = ? WHERE id = 1",
            (receiver["name"], receiver["age_secret"], base64.b64decode(receiver["sign_secret"])),
        )
    sender = vault.sharing.add_card(Card.from_text(doc["sender_card"]))
    vault.sharing.verify(sender.id)
    received = vault.sharing.open_received(base64.b64decode(doc["bundle"]), lambda: None)
    assert received is not None and received.opened.format == 2
    assert received.sender_name == "Amal"
    assert [r.kind for r in received.records] == ["meeting_plan", "incident"]
    assert all(isinstance(r, InterchangeRecord) for r in received.records)
    assert vault.sharing.import_bundle(received, lambda clashes: []).added == 2
    plan_id, incident = doc["record_ids"]
    assert vault.plans.get(plan_id)["backup_location"] == "the station café"
    (info,) = vault.attachments.of(plan_id)
    assert info.name == "map.png"
    assert vault.attachments.data(info.id) == base64.b64decode(doc["png_base64"])
    assert vault.incidents.get(incident).fields["title"] == "followed near the harbour"
    # Received again: refused as a version already held, nothing changed.
    with pytest.raises(BadBundle) as refused:
        vault.sharing.open_received(base64.b64decode(doc["bundle"]), lambda: None)
    assert refused.value.reason == "replayed"
