"""Bundle format 3: a signed manifest and the raw bytes of the attachments
inside age (docs/interchange.md, "The bundle envelope"). Round trips with and
without attachments, for several people and by passphrase; every hostile
envelope refused with the reasons bundles always had; format 2 still opens."""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import threading
import tracemalloc
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldsafe.errors import InvalidRecord
from fieldsafe.exchange import bundle as bundles
from fieldsafe.exchange.bundle import BadBundle, Colleague, open_bundle, seal, seal_with_passphrase
from fieldsafe.exchange.identity import Identity
from fieldsafe.exchange.manifest import received_records
from tests.exchange.envelope_tools import (
    MAGIC,
    canonical,
    encrypt_to,
    format2_seal,
    join,
    plaintext,
    signed,
    split,
)

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
A, B, C, D = (Identity.generate(n) for n in ("Amal", "Bea", "Cem", "Dan"))
AMAL = {A.card().fingerprint: Colleague(A.card(), verified=True)}
SCAN = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40 + b"\xff\xd9"  # bytes, not a real JPEG
MAP = b"\x89PNG\r\n\x1a\n" + b"\x00\x01" * 300
PLAN_ID = "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01"
INCIDENT_ID = "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12"


def attachment(attachment_id: str, name: str, media_type: str, data: Any) -> dict[str, Any]:  # noqa: ANN401
    return {
        "id": attachment_id,
        "name": name,
        "media_type": media_type,
        "added_at": "2026-03-04T17:00:00Z",
        "data": data,
    }


def content(*, scan: Any = SCAN) -> dict[str, Any]:  # noqa: ANN401
    """A plan carrying two attachments and an incident carrying none."""
    version = {A.card().fingerprint: 1}
    return {
        "records": [
            {
                "kind": "meeting_plan",
                "id": PLAN_ID,
                "fields": {"starts_at": "2026-03-05T10:00:00Z", "location": "the library"},
                "attachments": [
                    attachment(
                        "2d9e3b20-7d90-4c75-9c50-2b8b4c3dbe23", "scan.jpg", "image/jpeg", scan
                    ),
                    attachment("3eaf4c31-8ea1-4d86-8d61-3c9c5d4ecf34", "map.png", "image/png", MAP),
                ],
                "version": version,
            },
            {
                "kind": "incident",
                "id": INCIDENT_ID,
                "fields": {"occurred_at": "2026-03-04T21:30:00Z", "title": "followed"},
                "version": version,
            },
        ]
    }


def reason(data: bytes, me: Identity = B, **kw: Any) -> str:  # noqa: ANN401
    kw.setdefault("colleagues", AMAL)
    with pytest.raises(BadBundle) as caught:
        open_bundle(data, me=me, **kw)
    return caught.value.reason


def sealed_plain() -> tuple[bytes, bytes, list[bytes]]:
    """A good bundle from Amal to Bea, taken apart."""
    return split(plaintext(seal(content(), sender=A, recipients=[B.card()], created_at=WHEN), B))


# -- round trips ------------------------------------------------------------------------


def test_attachments_travel_raw_beside_a_signed_manifest() -> None:
    data = seal(content(), sender=A, recipients=[B.card()], created_at=WHEN)
    assert len(data) < len(SCAN) + len(MAP) + 3000  # no base64: the bundle is about the bytes
    opened = open_bundle(data, me=B, colleagues=AMAL)
    assert opened.format == 3 and opened.attachments == (SCAN, MAP)
    listed = opened.content["records"][0]["attachments"]
    assert [(a["sha256"], a["length"]) for a in listed] == [
        (hashlib.sha256(SCAN).hexdigest(), len(SCAN)),
        (hashlib.sha256(MAP).hexdigest(), len(MAP)),
    ]
    assert all("data" not in a for a in listed)  # never the bytes in the manifest
    plan, incident = received_records(
        opened.content["records"], opened.attachments, version=opened.format
    )
    assert [(a.name, a.media_type, a.data) for a in plan.attachments] == [
        ("scan.jpg", "image/jpeg", SCAN),
        ("map.png", "image/png", MAP),
    ]
    assert plan.version == {A.card().fingerprint: 1} and incident.attachments == ()
    assert plan.fields["location"] == "the library"


def test_the_layout_is_the_documented_one() -> None:
    manifest, signature, sections = sealed_plain()
    assert A.card().verify(signature, manifest)
    doc = json.loads(manifest)
    assert canonical(doc) == manifest  # canonical JSON, made once
    assert (doc["format"], doc["version"]) == ("fieldsafe-bundle", 3)
    assert doc["signer"] == json.loads(A.card().to_text()) and doc["sender"] == A.card().fingerprint
    assert doc["recipients"] == sorted([A.card().fingerprint, B.card().fingerprint])
    assert set(doc) == {
        "format",
        "version",
        "signer",
        "bundle_id",
        "bundle_version",
        "sender",
        "recipients",
        "created_at",
        "content",
    }
    assert sections == [SCAN, MAP]


def test_without_attachments_nothing_follows_the_signature() -> None:
    plan = {"records": [{"kind": "incident", "id": INCIDENT_ID, "fields": {}}]}
    data = seal(plan, sender=A, recipients=[B.card()], created_at=WHEN)
    manifest, signature, sections = split(plaintext(data, B))
    assert sections == [] and A.card().verify(signature, manifest)
    opened = open_bundle(data, me=B, colleagues=AMAL)
    assert opened.content == plan and opened.attachments == ()


def test_base64_from_an_interchange_record_is_carried_raw() -> None:
    as_text = content(scan=base64.b64encode(SCAN).decode("ascii"))
    opened = open_bundle(
        seal(as_text, sender=A, recipients=[B.card()], created_at=WHEN), me=B, colleagues=AMAL
    )
    assert opened.attachments == (SCAN, MAP)


def test_several_recipients_each_open_it_and_no_one_else() -> None:
    data = seal(content(), sender=A, recipients=[B.card(), C.card()], created_at=WHEN)
    for me in (B, C):
        assert open_bundle(data, me=me, colleagues=AMAL).attachments == (SCAN, MAP)
    assert open_bundle(data, me=A, colleagues={}).attachments == (SCAN, MAP)
    assert reason(data, me=D) == "not_for_us"
    assert data.count(b"-> X25519 ") == 3


def test_a_passphrase_bundle_has_the_same_envelope() -> None:
    data = seal_with_passphrase(
        content(), sender=A, passphrase="orange kite river", created_at=WHEN
    )
    opened = open_bundle(data, me=B, colleagues={}, passphrase="orange kite river")
    assert opened.attachments == (SCAN, MAP) and opened.by_passphrase
    import pyrage

    split(pyrage.passphrase.decrypt(data, "orange kite river"))  # the documented layout


def test_large_attachments_are_hashed_beside_age_or_by_the_sealer() -> None:
    """Half a megabyte or more is hashed on the hashing thread while age
    encrypts it; if that thread is busy, the sealing thread hashes it."""
    big = bytes(range(256)) * 2048  # 512 KiB
    for busy in (False, True):
        gate = threading.Event()
        blocker = bundles._hasher().submit(gate.wait) if busy else None
        try:
            data = seal(content(scan=big), sender=A, recipients=[B.card()], created_at=WHEN)
        finally:
            gate.set()
            if blocker is not None:
                blocker.result()
        opened = open_bundle(data, me=B, colleagues=AMAL)
        assert opened.attachments == (big, MAP)
        listed = opened.content["records"][0]["attachments"][0]
        assert listed["sha256"] == hashlib.sha256(big).hexdigest()


def test_a_bundle_no_one_could_open_is_not_made(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundles, "MAX_BUNDLE_BYTES", len(SCAN))
    with pytest.raises(BadBundle) as refused:
        seal(content(), sender=A, recipients=[B.card()], created_at=WHEN)
    assert refused.value.reason == "too_large"


# -- hostile envelopes ------------------------------------------------------------------


def test_a_changed_manifest_breaks_the_signature() -> None:
    manifest, signature, sections = sealed_plain()
    changed = manifest.replace(b"the library", b"the harbour")
    assert reason(encrypt_to(join(changed, signature, sections), B.card())) == "bad_signature"
    doc = json.loads(manifest)
    doc["content"]["records"][0]["version"] = {A.card().fingerprint: 99}
    forged = join(canonical(doc), signature, sections)
    assert reason(encrypt_to(forged, B.card())) == "bad_signature"


def test_changed_attachment_bytes_are_refused() -> None:
    manifest, signature, (scan, png) = sealed_plain()
    flipped = bytearray(scan)
    flipped[100] ^= 0x01
    plain = join(manifest, signature, [bytes(flipped), png])
    assert reason(encrypt_to(plain, B.card())) == "bad_signature"
    swapped = join(manifest, signature, [png, scan])  # each the other's length
    assert reason(encrypt_to(swapped, B.card())) == "damaged"


@pytest.mark.parametrize("cut", [1, 8, 64, 500])
def test_a_truncated_envelope_is_refused(cut: int) -> None:
    plain = join(*sealed_plain())
    assert reason(encrypt_to(plain[:-cut], B.card())) == "damaged"


@pytest.mark.parametrize("where", ["manifest", "signature", "magic"])
def test_envelopes_cut_inside_their_head_are_refused(where: str) -> None:
    manifest, signature, _ = sealed_plain()
    plain = join(manifest, signature, [])
    end = {"magic": 10, "manifest": len(MAGIC) + 4 + 20, "signature": len(plain) - 30}[where]
    assert reason(encrypt_to(plain[:end], B.card())) in ("damaged", "not_a_bundle")


def test_trailing_bytes_are_refused() -> None:
    plain = join(*sealed_plain())
    assert reason(encrypt_to(plain + b"\x00", B.card())) == "damaged"
    assert reason(encrypt_to(plain + b"x" * 5000, B.card())) == "damaged"
    manifest, signature, _ = sealed_plain()
    bare = seal({"records": []}, sender=A, recipients=[B.card()], created_at=WHEN)
    plain = plaintext(bare, B) + struct.pack(">Q", 3) + b"abc"
    assert reason(encrypt_to(plain, B.card())) == "damaged"


def test_wrong_lengths_are_refused() -> None:
    manifest, signature, (scan, png) = sealed_plain()
    sections = [scan, png]
    for lengths in ([len(scan) - 1, len(png)], [len(scan), len(png) + 1], [0, len(png)]):
        plain = join(manifest, signature, sections, lengths=lengths)
        assert reason(encrypt_to(plain, B.card())) == "damaged"
    for length in (len(manifest) - 1, len(manifest) + 1, 0):
        plain = join(manifest, signature, sections, manifest_length=length)
        assert reason(encrypt_to(plain, B.card())) == "damaged"


def test_a_wrong_count_of_attachments_is_refused() -> None:
    manifest, signature, (scan, png) = sealed_plain()
    for count in (0, 1, 3):
        plain = join(manifest, signature, [scan, png], count=count)
        assert reason(encrypt_to(plain, B.card())) == "damaged"
    # Signed by Amal, but listing one attachment where two are there, or two where one is.
    doc = json.loads(manifest)
    doc["content"]["records"][0]["attachments"].pop()
    assert reason(encrypt_to(signed(doc, A, [scan, png]), B.card())) == "damaged"
    assert reason(encrypt_to(join(manifest, signature, [scan]), B.card())) == "damaged"


def test_oversized_claims_are_refused_without_reading_or_allocating_them() -> None:
    doc = json.loads(sealed_plain()[0])
    entry = doc["content"]["records"][0]["attachments"][0]
    manifest, signature, (scan, png) = sealed_plain()
    # Signed claims above the largest attachment.
    for claim in (2**40, 25 * 1024 * 1024 + 1):
        entry["length"] = claim
        assert reason(encrypt_to(signed(doc, A, [scan, png]), B.card())) == "too_large"
    # Lengths, counts and a manifest length beyond the bytes there, signed or not:
    # refused, and nothing that size is set aside.
    entry["length"] = 25 * 1024 * 1024
    beyond = [
        signed(doc, A, [scan, png], lengths=[25 * 1024 * 1024, len(png)]),
        signed(doc, A, [scan, png]),
        join(manifest, signature, [scan, png], lengths=[2**64 - 1, len(png)]),
        join(manifest, signature, [scan, png], count=2**32 - 1),
        join(manifest, signature, [scan, png], manifest_length=2**32 - 1),
    ]
    for plain in beyond:
        data = encrypt_to(plain, B.card())
        tracemalloc.start()
        try:
            assert reason(data) in ("damaged", "too_large")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert peak < 2 * 1024 * 1024


@pytest.mark.parametrize(
    "claim",
    [
        {"sha256": "ab" * 31, "length": 10},
        {"sha256": "AB" * 32, "length": 10},
        {"sha256": "ab" * 32, "length": "10"},
        {"sha256": "ab" * 32, "length": -1},
        {"sha256": "ab" * 32, "length": True},
        {"length": 10},
    ],
)
def test_malformed_claims_in_a_signed_manifest_are_refused(claim: dict[str, Any]) -> None:
    doc = json.loads(sealed_plain()[0])
    entry = doc["content"]["records"][0]["attachments"][0]
    entry.pop("sha256")
    entry.update(claim)
    plain = signed(doc, A, [b"x" * 10, MAP])
    assert reason(encrypt_to(plain, B.card())) == "not_a_bundle"


def test_a_signed_manifest_must_be_a_whole_bundle() -> None:
    doc = json.loads(sealed_plain()[0])
    _, _, sections = sealed_plain()
    for change in ({"version": 2}, {"format": "other"}, {"extra": 1}):
        plain = signed({**doc, **change}, A, sections)
        assert reason(encrypt_to(plain, B.card())) == "not_a_bundle"
    impostor = signed({**doc, "sender": C.card().fingerprint}, A, sections)
    assert reason(encrypt_to(impostor, B.card())) == "bad_signature"
    someone_else = signed({**doc, "signer": json.loads(C.card().to_text())}, A, sections)
    assert reason(encrypt_to(someone_else, B.card())) == "bad_signature"


def test_envelopes_of_other_versions_and_unsigned_ones() -> None:
    manifest, signature, sections = sealed_plain()
    newer = join(manifest, signature, sections, magic=b"fieldsafe-bundle 4\n")
    assert reason(encrypt_to(newer, B.card())) == "unsupported_version"
    older = join(manifest, signature, sections, magic=b"fieldsafe-bundle 2\n")
    assert reason(encrypt_to(older, B.card())) == "not_a_bundle"
    assert reason(encrypt_to(b"fieldsafe-bundle three\n", B.card())) == "not_a_bundle"
    repeated = manifest[:-1] + b',"format":"fieldsafe-bundle"}'
    assert reason(encrypt_to(join(repeated, signature, sections), B.card())) == "not_signed"
    not_json = join(b"\xff\xfe not json", signature, sections)
    assert reason(encrypt_to(not_json, B.card())) == "not_signed"
    no_card = signed({"content": {}}, A, [])
    assert reason(encrypt_to(no_card, B.card())) == "not_signed"


def test_every_trust_check_still_holds() -> None:
    data = seal(content(), sender=A, recipients=[B.card()], created_at=WHEN, version=2)
    assert reason(data, colleagues={A.card().fingerprint: Colleague(A.card(), False)}) == (
        "unverified_sender"
    )
    assert reason(data, colleagues={}) == "unknown_sender"
    bundle_id = open_bundle(data, me=B, colleagues=AMAL).bundle_id
    assert reason(data, last_versions={bundle_id: 2}) == "replayed"
    # Decrypted by Bea and wrapped again for Cem, whom it does not name.
    rewrapped = encrypt_to(plaintext(data, B), C.card())
    assert reason(rewrapped, me=C) == "not_addressed_to_us"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=10**6), st.binary(min_size=1, max_size=40))
def test_fuzzed_envelopes_only_ever_give_bad_bundle(position: int, noise: bytes) -> None:
    plain = join(*GOOD)
    at = position % len(plain)
    for changed in (
        plain[:at] + noise + plain[at + len(noise) :],
        plain[:at] + noise + plain[at:],
        plain[:at],
    ):
        try:
            open_bundle(encrypt_to(changed, B.card()), me=B, colleagues=AMAL)
        except BadBundle:
            pass


GOOD = sealed_plain()


# -- the format before ------------------------------------------------------------------


def test_format_2_bundles_still_open_with_their_attachments() -> None:
    as_text = content(scan=base64.b64encode(SCAN).decode("ascii"))
    as_text["records"][0]["attachments"][1]["data"] = base64.b64encode(MAP).decode("ascii")
    data = format2_seal(as_text, sender=A, recipients=[B.card(), C.card()], created_at=WHEN)
    for me in (B, C):
        opened = open_bundle(data, me=me, colleagues=AMAL)
        assert opened.format == 2 and opened.attachments == ()
        plan, _ = received_records(opened.content["records"], (), version=2)
        assert [a.data for a in plan.attachments] == [SCAN, MAP]
    by_passphrase = format2_seal(
        as_text, sender=A, recipients=[], created_at=WHEN, passphrase="orange kite river"
    )
    opened = open_bundle(by_passphrase, me=B, colleagues={}, passphrase="orange kite river")
    assert opened.format == 2 and not opened.addressed_to_me


def test_format_3_attachment_entries_are_checked_as_an_import_checks_them() -> None:
    doc = json.loads(sealed_plain()[0])
    records = doc["content"]["records"]
    entry = records[0]["attachments"][0]
    for change, field in (
        ({"media_type": "text/html"}, "media_type"),
        ({"id": "not-an-id"}, "id"),
        ({"name": "x" * 201}, "name"),
        ({"added_at": "yesterday"}, "added_at"),
        ({"data": "AAAA"}, "data"),  # never the bytes in the manifest
    ):
        bad = [{**records[0], "attachments": [{**entry, **change}]}]
        with pytest.raises(InvalidRecord) as refused:
            received_records(bad, (SCAN,), version=3)
        assert (refused.value.index, refused.value.field) == (0, field)
