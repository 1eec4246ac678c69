"""Taking bundles apart and putting them together by hand, for tests.

The layout of format 3 is read and written here with ``struct`` as
docs/interchange.md describes it, independently of
``fieldsafe.exchange.envelope``, so a change to the layout shows up as a
failing test. ``format2_seal`` writes a bundle as the version before did
(JSON envelope, base64 payload), for the tests that it still opens.
"""

from __future__ import annotations

import base64
import json
import struct
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import pyrage

from fieldsafe.core.clock import to_iso
from fieldsafe.exchange.identity import Card, Identity

MAGIC = b"fieldsafe-bundle 3\n"


def canonical(doc: Any) -> bytes:  # noqa: ANN401
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def plaintext(data: bytes, me: Identity) -> bytes:
    return pyrage.decrypt(data, [me.age_identity()])


def split(plain: bytes) -> tuple[bytes, bytes, list[bytes]]:
    """The manifest's bytes, the signature and the attachments' bytes."""
    assert plain.startswith(MAGIC)
    at = len(MAGIC)
    (count,) = struct.unpack_from(">I", plain, at)
    at += 4
    sections = []
    for _ in range(count):
        (size,) = struct.unpack_from(">Q", plain, at)
        at += 8
        sections.append(plain[at : at + size])
        at += size
    (length,) = struct.unpack_from(">I", plain, at)
    at += 4
    manifest = plain[at : at + length]
    signature = plain[at + length :]
    assert len(signature) == 64
    return manifest, signature, sections


def join(
    manifest: bytes,
    signature: bytes,
    sections: Sequence[bytes],
    *,
    lengths: Sequence[int] | None = None,
    magic: bytes = MAGIC,
    manifest_length: int | None = None,
    count: int | None = None,
) -> bytes:
    """An envelope, with the lengths and count given (or the true ones)."""
    out = [magic, struct.pack(">I", len(sections) if count is None else count)]
    for index, section in enumerate(sections):
        size = len(section) if lengths is None else lengths[index]
        out += [struct.pack(">Q", size), section]
    out.append(struct.pack(">I", len(manifest) if manifest_length is None else manifest_length))
    out += [manifest, signature]
    return b"".join(out)


def manifest_of(data: bytes, me: Identity) -> dict[str, Any]:
    """The signed manifest of a format 3 bundle ``me`` can open."""
    manifest, _, _ = split(plaintext(data, me))
    return json.loads(manifest)


def encrypt_to(plain: bytes, *cards: Card) -> bytes:
    return pyrage.encrypt(plain, [pyrage.x25519.Recipient.from_str(c.age_recipient) for c in cards])


def signed(
    manifest: dict[str, Any],
    signer: Identity,
    sections: Sequence[bytes],
    **kw: Any,  # noqa: ANN401
) -> bytes:
    """An envelope holding ``manifest`` (made canonical) signed by ``signer``."""
    body = canonical(manifest)
    return join(body, signer.sign(body), sections, **kw)


def format2_seal(
    content: dict[str, Any],
    *,
    sender: Identity,
    recipients: Sequence[Card],
    created_at: datetime,
    bundle_id: str | None = None,
    version: int = 1,
    passphrase: str | None = None,
    envelope_version: int = 2,
) -> bytes:
    """A bundle as the version before wrote it (format 2, base64 inside; or
    format 1, which had the same envelope with ``"version": 1``)."""
    card = sender.card()
    payload = canonical(
        {
            "bundle_id": bundle_id or str(uuid.uuid4()),
            "bundle_version": version,
            "sender": card.fingerprint,
            "recipients": sorted({c.fingerprint for c in recipients} | {card.fingerprint}),
            "created_at": to_iso(created_at),
            "content": content,
        }
    )
    envelope = canonical(
        {
            "format": "fieldsafe-bundle",
            "version": envelope_version,
            "signer": json.loads(card.to_text()),
            "payload": base64.b64encode(payload).decode("ascii"),
            "signature": base64.b64encode(sender.sign(payload)).decode("ascii"),
        }
    )
    if passphrase is not None:
        return pyrage.passphrase.encrypt(envelope, passphrase)
    return encrypt_to(envelope, *recipients, card)
