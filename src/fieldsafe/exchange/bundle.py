"""Share bundles: standard age files holding signed JSON.

A bundle is encrypted with age (pyrage) to one or more colleagues *and to
the sender* (so the sender can read their own bundle again): one age stanza
each, so each of them, and no one else, can open it. Or it is protected by an
age passphrase (scrypt) when keys were never exchanged. Inside is an envelope::

    {"format": "fieldsafe-bundle", "version": 2,
     "signer": {card fields}, "payload": "<base64 JSON>", "signature": "<base64>"}

and the payload (what is signed, byte for byte)::

    {"bundle_id": uuid, "bundle_version": n, "sender": fingerprint,
     "recipients": [fingerprints], "created_at": time, "content": {...}}

``recipients`` names everyone the bundle is for, the sender included; a
passphrase bundle names the sender alone unless it was addressed to someone.
``content`` is ``{"records": [record, …]}``: one record or several (format 2
always held a list, so a bundle of several records is still format 2 and a
one-record bundle made before reads as it always did). In format 2 every
record carries its version vector (checked by the vault,
:mod:`fieldsafe.vault.sharing`); format 1 bundles, which carry none, are
refused as ``old_format``.

:func:`open_bundle` refuses, quickly and before writing anything: files too
large, not age, encrypted to someone else, damaged, truncated or with
trailing data (age's authenticated stream), passphrase bundles with an
absurd scrypt work factor, envelopes without a valid signature, signers who
are unknown, unverified or whose key changed, bundles whose signed
recipients do not include us (``not_addressed_to_us``: a bundle for someone
else, decrypted by one of its recipients and wrapped again for us, with our
key or a passphrase), passphrase bundles so addressed, and replays of a
version already received. Every refusal is a :class:`BadBundle` with a
reason, never content.
"""

from __future__ import annotations

import base64
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyrage

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.errors import BadInputFile
from fieldsafe.exchange.identity import Card, Identity

FORMAT = "fieldsafe-bundle"
#: 2 added a version to every record (format 1 bundles are refused: ``old_format``)
VERSION = 2
#: bundles above this size are refused before they are read
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
#: age's own default is 18; anything above this is refused unread
MAX_SCRYPT_LOG_N = 20
_AGE_MAGIC = b"age-encryption.org/v1\n"
_SCRYPT_STANZA = re.compile(rb"^-> scrypt [A-Za-z0-9+/]+ (\d+)$", re.M)


class BadBundle(BadInputFile):
    """A bundle was refused; ``reason`` says why (no content)."""


@dataclass(frozen=True)
class Colleague:
    """What :func:`open_bundle` needs to know about a colleague."""

    card: Card
    verified: bool


@dataclass(frozen=True)
class Opened:
    bundle_id: str
    bundle_version: int
    created_at: datetime
    content: dict[str, Any]
    sender: Card
    sender_verified: bool  # False only for passphrase bundles
    by_passphrase: bool
    #: whether the signed payload names this vault among its recipients
    #: (False only for a passphrase bundle that names no one but its sender)
    addressed_to_me: bool = True


def _canonical(doc: Mapping[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def _envelope(sender: Identity, payload: dict[str, Any]) -> bytes:
    body = _canonical(payload)
    card = sender.card()
    return _canonical(
        {
            "format": FORMAT,
            "version": VERSION,
            "signer": json.loads(card.to_text()),
            "payload": base64.b64encode(body).decode("ascii"),
            "signature": base64.b64encode(sender.sign(body)).decode("ascii"),
        }
    )


def _payload(
    content: dict[str, Any],
    *,
    sender: Identity,
    recipients: list[Card],
    bundle_id: str | None,
    version: int,
    created_at: datetime,
) -> dict[str, Any]:
    return {
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "bundle_version": version,
        "sender": sender.card().fingerprint,
        "recipients": sorted({c.fingerprint for c in recipients} | {sender.card().fingerprint}),
        "created_at": to_iso(created_at),
        "content": content,
    }


def seal(
    content: dict[str, Any],
    *,
    sender: Identity,
    recipients: list[Card],
    created_at: datetime,
    bundle_id: str | None = None,
    version: int = 1,
) -> bytes:
    """An age file for ``recipients`` and the sender, holding signed JSON."""
    payload = _payload(
        content,
        sender=sender,
        recipients=recipients,
        bundle_id=bundle_id,
        version=version,
        created_at=created_at,
    )
    # One age stanza for each person, however often a card is given.
    cards = {c.fingerprint: c for c in [*recipients, sender.card()]}
    keys = [pyrage.x25519.Recipient.from_str(c.age_recipient) for c in cards.values()]
    return pyrage.encrypt(_envelope(sender, payload), keys)


def seal_with_passphrase(
    content: dict[str, Any],
    *,
    sender: Identity,
    passphrase: str,
    created_at: datetime,
    bundle_id: str | None = None,
    version: int = 1,
    recipients: Sequence[Card] = (),
) -> bytes:
    """An age passphrase (scrypt) file, for colleagues whose keys were never
    exchanged; addressed to ``recipients`` in the signed payload when given
    (their cards are known, though perhaps not verified)."""
    payload = _payload(
        content,
        sender=sender,
        recipients=list(recipients),
        bundle_id=bundle_id,
        version=version,
        created_at=created_at,
    )
    return pyrage.passphrase.encrypt(_envelope(sender, payload), passphrase)


def _check_header(data: bytes) -> bool:
    """Raise for what must never be decrypted; True for a passphrase bundle."""
    if len(data) > MAX_BUNDLE_BYTES:
        raise BadBundle("too_large")
    if not data.startswith(_AGE_MAGIC):
        raise BadBundle("not_a_bundle")
    header_end = data.find(b"\n---")
    if header_end < 0:
        raise BadBundle("damaged")
    header = data[:header_end]
    scrypt = _SCRYPT_STANZA.findall(header)
    if scrypt:
        if len(scrypt) != 1 or int(scrypt[0]) > MAX_SCRYPT_LOG_N:
            raise BadBundle("work_factor")
        return True
    return False


def open_bundle(  # noqa: C901 - ratchet: split this function
    data: bytes,
    *,
    me: Identity,
    colleagues: Mapping[str, Colleague],
    last_versions: Mapping[str, int] | None = None,
    passphrase: str | None = None,
) -> Opened:
    """Decrypt, verify and check a bundle; see the module docstring.
    ``colleagues`` maps card fingerprints to colleagues; ``last_versions``
    maps bundle ids to the newest version already received."""
    by_passphrase = _check_header(data)
    try:
        if by_passphrase:
            if passphrase is None:
                raise BadBundle("needs_passphrase")
            plain = pyrage.passphrase.decrypt(data, passphrase)
        else:
            plain = pyrage.decrypt(data, [me.age_identity()])
    except pyrage.DecryptError as exc:
        text = str(exc).lower()
        if by_passphrase:
            # age cannot tell a wrong passphrase from a damaged file.
            raise BadBundle("wrong_passphrase") from None
        raise BadBundle("not_for_us" if "no matching keys" in text else "damaged") from None
    envelope = _json(plain)
    if (
        not isinstance(envelope, dict)
        or set(envelope) != {"format", "version", "signer", "payload", "signature"}
        or envelope["format"] != FORMAT
    ):
        raise BadBundle("not_signed")
    if envelope["version"] != VERSION:
        old = type(envelope["version"]) is int and envelope["version"] < VERSION
        raise BadBundle("old_format" if old else "unsupported_version")
    try:
        signer = Card.from_text(json.dumps(envelope["signer"]))
        body = base64.b64decode(envelope["payload"], validate=True)
        signature = base64.b64decode(envelope["signature"], validate=True)
    except (BadInputFile, ValueError, TypeError):
        raise BadBundle("not_signed") from None
    if not signer.verify(signature, body):
        raise BadBundle("bad_signature")
    payload = _json(body)
    if not isinstance(payload, dict) or set(payload) != {
        "bundle_id",
        "bundle_version",
        "sender",
        "recipients",
        "created_at",
        "content",
    }:
        raise BadBundle("not_a_bundle")
    if payload["sender"] != signer.fingerprint:
        raise BadBundle("bad_signature")
    mine = me.card().fingerprint
    verified = False
    if signer.fingerprint == mine:
        verified = True  # our own bundle, read back
    elif signer.fingerprint in colleagues:
        verified = colleagues[signer.fingerprint].verified
        if not verified and not by_passphrase:
            raise BadBundle("unverified_sender")
    elif not by_passphrase:
        known_names = {c.card.name.casefold() for c in colleagues.values()}
        raise BadBundle(
            "changed_key" if signer.name.casefold() in known_names else "unknown_sender"
        )
    addressed_to_me = _addressed_to_me(payload["recipients"], mine, signer.fingerprint)
    if not addressed_to_me and not by_passphrase:
        raise BadBundle("not_addressed_to_us")
    bundle_id, version = payload["bundle_id"], payload["bundle_version"]
    try:
        bundle_id = str(uuid.UUID(str(bundle_id)))
        created_at = from_iso(payload["created_at"])
    except (ValueError, TypeError):
        raise BadBundle("not_a_bundle") from None
    if type(version) is not int or version < 1 or not isinstance(payload["content"], dict):
        raise BadBundle("not_a_bundle")
    if last_versions is not None and version <= last_versions.get(bundle_id, 0):
        raise BadBundle("replayed")
    return Opened(
        bundle_id,
        version,
        created_at,
        payload["content"],
        signer,
        verified,
        by_passphrase,
        addressed_to_me,
    )


def _addressed_to_me(recipients: object, mine: str, sender: str) -> bool:
    """Whether the signed ``recipients`` name this vault. A list naming
    others but not us is refused: the bundle was for someone else (one of
    them may have wrapped it again for us). Only a passphrase bundle may name
    no one but its sender; it is then not addressed to anyone."""
    if not isinstance(recipients, list) or not all(isinstance(r, str) for r in recipients):
        raise BadBundle("not_a_bundle")
    if mine in recipients:
        return True
    if set(recipients) <= {sender}:
        return False
    raise BadBundle("not_addressed_to_us")


def _json(data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadBundle("not_a_bundle") from None
