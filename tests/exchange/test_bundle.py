"""Share bundles between two vault identities: the round trip, and every
hostile input of the issue refused quickly with a reason and nothing else."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import struct
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldsafe.errors import BadInputFile
from fieldsafe.exchange import bundle as bundles
from fieldsafe.exchange.bundle import BadBundle, Colleague, open_bundle, seal, seal_with_passphrase
from fieldsafe.exchange.identity import Card, Identity, safety_number
from tests.exchange.envelope_tools import canonical, encrypt_to, format2_seal, join, split

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
A, B, C = Identity.generate("Amal"), Identity.generate("Bea"), Identity.generate("Cem")
PLAN = {"kind": "meeting_plan", "fields": {"backup_location": "the library café"}}


def friends(*people: Identity, verified: bool = True) -> dict[str, Colleague]:
    return {p.card().fingerprint: Colleague(p.card(), verified) for p in people}


def reason(data: bytes, me: Identity = B, **kw) -> str:  # noqa: ANN003
    kw.setdefault("colleagues", friends(A))
    with pytest.raises(BadBundle) as caught:
        open_bundle(data, me=me, **kw)
    assert str(caught.value).startswith(caught.value.reason)
    return caught.value.reason


def test_a_shares_with_b_and_can_read_it_back() -> None:
    data = seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN, bundle_id=None, version=1)
    opened = open_bundle(data, me=B, colleagues=friends(A))
    assert opened.content == PLAN and opened.sender == A.card() and opened.sender_verified
    assert opened.bundle_version == 1 and opened.created_at == WHEN and not opened.by_passphrase
    assert open_bundle(data, me=A, colleagues={}).content == PLAN  # the sender's own copy
    update = seal(
        PLAN,
        sender=B,
        recipients=[A.card()],
        created_at=WHEN,
        bundle_id=opened.bundle_id,
        version=2,
    )
    again = open_bundle(update, me=A, colleagues=friends(B), last_versions={opened.bundle_id: 1})
    assert again.bundle_version == 2


def test_cards_round_trip_and_safety_numbers_match_on_both_screens() -> None:
    card = Card.from_text(A.card().to_text())
    assert card == A.card() and repr(A) == "<Identity>"
    number = safety_number(A.card(), B.card())
    assert number == safety_number(B.card(), A.card())
    assert len(number.split()) == 12 and all(len(g) == 5 and g.isdigit() for g in number.split())
    assert number != safety_number(A.card(), C.card())  # a swapped card shows another number


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{}",
        "not json",
        json.dumps(
            {
                "format": "fieldsafe-card",
                "version": 1,
                "name": "x",
                "age": "age1nope",
                "sign": "AAAA",
            }
        ),
        "x" * 5000,
    ],
)
def test_bad_cards_are_refused(text: str) -> None:
    with pytest.raises(BadInputFile):
        Card.from_text(text)


def test_encrypted_to_someone_else() -> None:
    assert reason(seal(PLAN, sender=A, recipients=[C.card()], created_at=WHEN)) == "not_for_us"


def test_flipped_bits_truncation_and_trailing_data() -> None:
    data = seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN)
    for position in (len(data) // 2, len(data) - 5, 60):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        assert reason(bytes(flipped)) in ("damaged", "not_for_us")
    assert reason(data[: len(data) - 20]) == "damaged"
    assert reason(data + b"trailing") == "damaged"
    assert reason(b"PK\x03\x04 a zip file") == "not_a_bundle"


def test_a_valid_age_file_without_our_signature() -> None:
    plain = json.dumps({"format": "fieldsafe-bundle", "version": 1, "content": PLAN}).encode()
    data = pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(B.card().age_recipient)])
    assert reason(data) == "not_signed"


def test_a_signature_that_does_not_match() -> None:
    data = seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN)
    manifest, signature, sections = split(pyrage.decrypt(data, [B.age_identity()]))
    doc = json.loads(manifest)
    doc["content"] = {"kind": "meeting_plan", "fields": {"backup_location": "somewhere else"}}
    forged = encrypt_to(join(canonical(doc), signature, sections), B.card())
    assert reason(forged) == "bad_signature"


def test_a_format_2_signature_that_does_not_match() -> None:
    data = format2_seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN)
    assert open_bundle(data, me=B, colleagues=friends(A)).content == PLAN
    envelope = json.loads(pyrage.decrypt(data, [B.age_identity()]))
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["content"] = {"kind": "meeting_plan", "fields": {"backup_location": "somewhere else"}}
    envelope["payload"] = base64.b64encode(json.dumps(payload).encode()).decode()
    forged = pyrage.encrypt(
        json.dumps(envelope).encode(), [pyrage.x25519.Recipient.from_str(B.card().age_recipient)]
    )
    assert reason(forged) == "bad_signature"


def test_unverified_unknown_and_changed_keys() -> None:
    data = seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN)
    assert reason(data, colleagues=friends(A, verified=False)) == "unverified_sender"
    assert reason(data, colleagues={}) == "unknown_sender"
    impostor = Identity.generate("Amal")  # same name, new keys
    fake = seal(PLAN, sender=impostor, recipients=[B.card()], created_at=WHEN)
    assert reason(fake, colleagues=friends(A)) == "changed_key"


def test_a_replayed_older_version() -> None:
    data = seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN, version=2)
    bundle_id = open_bundle(data, me=B, colleagues=friends(A)).bundle_id
    assert reason(data, last_versions={bundle_id: 2}) == "replayed"
    assert reason(data, last_versions={bundle_id: 5}) == "replayed"


def test_passphrase_bundles_and_an_absurd_work_factor() -> None:
    data = seal_with_passphrase(PLAN, sender=A, passphrase="orange kite river", created_at=WHEN)
    opened = open_bundle(data, me=B, colleagues={}, passphrase="orange kite river")
    assert opened.content == PLAN and opened.by_passphrase and not opened.sender_verified
    assert reason(data, colleagues={}, passphrase="wrong words") == "wrong_passphrase"
    assert reason(data, colleagues={}) == "needs_passphrase"
    header_end = data.find(b"\n---")
    absurd = data[:header_end].replace(b" 18\n", b" 40\n") + data[header_end:]
    if absurd == data:  # the stanza's last line
        lines = data[:header_end].split(b"\n")
        lines = [
            line.rsplit(b" ", 1)[0] + b" 40" if line.startswith(b"-> scrypt") else line
            for line in lines
        ]
        absurd = b"\n".join(lines) + data[header_end:]
    assert reason(absurd, colleagues={}, passphrase="orange kite river") == "work_factor"


def test_a_huge_file_is_refused_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundles, "MAX_BUNDLE_BYTES", 1000)
    assert reason(b"age-encryption.org/v1\n" + b"x" * 2000) == "too_large"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600), st.integers(min_value=0, max_value=10_000))
def test_fuzzed_bundles_only_ever_give_bad_bundle(noise: bytes, position: int) -> None:
    good = seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN)
    for data in (noise, b"age-encryption.org/v1\n" + noise, good[: position % len(good)] + noise):
        try:
            open_bundle(data, me=B, colleagues=friends(A))
        except BadBundle:
            pass


@pytest.mark.skipif(
    shutil.which("age") is None, reason="the age command-line tool is not installed"
)
def test_the_age_tool_decrypts_a_bundle_and_the_signature_verifies(tmp_path: Path) -> None:
    data = seal(PLAN, sender=A, recipients=[B.card()], created_at=WHEN)
    (tmp_path / "bundle.age").write_bytes(data)
    key = tmp_path / "b.key"
    key.write_text(B.age_secret + "\n")
    key.chmod(0o600)
    done = subprocess.run(
        ["age", "-d", "-i", str(key), str(tmp_path / "bundle.age")], capture_output=True, check=True
    )
    # The plaintext is the binary envelope (docs/interchange.md): the magic
    # line, no attachments, the manifest's length and bytes, then the
    # signature over them.
    plain = done.stdout
    assert plain.startswith(b"fieldsafe-bundle 3\n")
    assert struct.unpack_from(">II", plain, 19)[0] == 0
    (length,) = struct.unpack_from(">I", plain, 23)
    manifest = plain[27 : 27 + length]
    assert A.card().verify(plain[27 + length : 27 + length + 64], manifest)
    assert len(plain) == 27 + length + 64  # nothing after
    assert json.loads(manifest)["content"] == PLAN


@pytest.mark.skipif(
    shutil.which("age") is None, reason="the age command-line tool is not installed"
)
def test_the_age_tool_decrypts_a_bundle_with_an_attachment(tmp_path: Path) -> None:
    scan = b"\xff\xd8" + bytes(range(256)) * 64 + b"\xff\xd9"
    entry = {
        "id": "2d9e3b20-7d90-4c75-9c50-2b8b4c3dbe23",
        "name": "scan.jpg",
        "media_type": "image/jpeg",
        "added_at": "2026-03-04T17:00:00Z",
        "data": scan,
    }
    content = {"records": [{**PLAN, "attachments": [entry]}]}
    (tmp_path / "bundle.age").write_bytes(
        seal(content, sender=A, recipients=[B.card()], created_at=WHEN)
    )
    key = tmp_path / "b.key"
    key.write_text(B.age_secret + "\n")
    key.chmod(0o600)
    done = subprocess.run(
        ["age", "-d", "-i", str(key), str(tmp_path / "bundle.age")], capture_output=True, check=True
    )
    manifest, signature, sections = split(done.stdout)
    assert A.card().verify(signature, manifest) and sections == [scan]
    (listed,) = json.loads(manifest)["content"]["records"][0]["attachments"]
    assert listed["sha256"] == hashlib.sha256(scan).hexdigest() and listed["length"] == len(scan)
