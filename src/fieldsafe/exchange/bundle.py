"""Share bundles: standard age files holding a signed manifest and the raw
bytes of the attachments.

A bundle is encrypted with age (pyrage) to one or more colleagues *and to
the sender* (so the sender can read their own bundle again): one age stanza
each, so each of them, and no one else, can open it. Or it is protected by an
age passphrase (scrypt) when keys were never exchanged. Inside is the binary
envelope of format 3 (:mod:`fieldsafe.exchange.envelope`): a magic line, each
attachment's bytes, then the manifest and an Ed25519 signature over the
manifest's bytes. The manifest is canonical JSON::

    {"format": "fieldsafe-bundle", "version": 3, "signer": {card fields},
     "bundle_id": uuid, "bundle_version": n, "sender": fingerprint,
     "recipients": [fingerprints], "created_at": time, "content": {...}}

A bundle left in a team folder is *padded*: the manifest also holds
``"padding": "000…"``, signed with the rest, so that the envelope fills a
size bucket (:func:`padded_length`); the opener accepts zeros there and
nothing else.

``recipients`` names everyone the bundle is for, the sender included; a
passphrase bundle names the sender alone unless it was addressed to someone.
``content`` is ``{"records": [record, …]}``: one record or several, each
carrying its version vector (checked by the vault,
:mod:`fieldsafe.vault.sharing`); an attachment is listed by its metadata,
SHA-256 and length, never its bytes (:mod:`fieldsafe.exchange.manifest`).
The JSON is made once; the attachments are read once, hashed once (while
age encrypts them) and never base64.

Format 2 bundles (a colleague on the version before) still open: a JSON
envelope ``{"format", "version": 2, "signer", "payload": base64, "signature"}``
whose payload holds the same names as the manifest from ``bundle_id`` on,
attachments in base64. Format 1 bundles, which carry no versions, are
refused as ``old_format``; a newer format as ``unsupported_version``.

:func:`open_bundle` refuses, quickly and before writing anything: files too
large, not age, encrypted to someone else, damaged, truncated or with
trailing data (age's authenticated stream, and the envelope's own lengths),
passphrase bundles with an absurd scrypt work factor, envelopes without a
valid signature, attachments whose bytes are not the ones signed, signers
who are unknown, unverified or whose key changed, bundles whose signed
recipients do not include us (``not_addressed_to_us``: a bundle for someone
else, decrypted by one of its recipients and wrapped again for us, with our
key or a passphrase), passphrase bundles so addressed, and replays of a
version already received. Every refusal is a :class:`BadBundle` with a
reason, never content.
"""

from __future__ import annotations

import base64
import functools
import io
import json
import re
import threading
import uuid
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NoReturn

import pyrage

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.errors import BadInputFile
from fieldsafe.exchange import envelope
from fieldsafe.exchange.identity import Card, Identity
from fieldsafe.exchange.manifest import claims, digest, hashed, without_bytes
from fieldsafe.exchange.refusal import BadBundle

__all__ = [
    "FORMAT",
    "MAX_BUNDLE_BYTES",
    "MAX_SCRYPT_LOG_N",
    "VERSION",
    "BadBundle",
    "Colleague",
    "Opened",
    "open_bundle",
    "seal",
    "seal_with_passphrase",
]

FORMAT = "fieldsafe-bundle"
#: the format written: 3 is the binary envelope (2, JSON with base64, is still opened)
VERSION = envelope.VERSION
#: format 2 added a version to every record (format 1 bundles are refused: ``old_format``)
OLDEST_OPENED = 2
#: bundles above this size are refused before they are read
MAX_BUNDLE_BYTES = 64 * 1024 * 1024
#: age's own default is 18; anything above this is refused unread
MAX_SCRYPT_LOG_N = 20
_AGE_MAGIC = b"age-encryption.org/v1\n"
_SCRYPT_STANZA = re.compile(rb"^-> scrypt [A-Za-z0-9+/]+ (\d+)$", re.M)
#: the names a manifest holds, and a format 2 payload (the manifest less the first three)
_MANIFEST_KEYS = frozenset(
    {
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
)
_PAYLOAD_KEYS = _MANIFEST_KEYS - {"format", "version", "signer"}


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
    #: the bundle's format (2: JSON with base64 attachments; 3: the binary envelope)
    format: int = VERSION
    #: format 3: each attachment's bytes, in the order ``content`` lists them,
    #: checked against the signed SHA-256 and length
    #: (:func:`fieldsafe.exchange.manifest.received_records` pairs them)
    attachments: tuple[bytes, ...] = field(default=(), repr=False)


def _canonical(doc: Mapping[str, Any]) -> bytes:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def _manifest(
    listed: dict[str, Any],
    *,
    card: Card,
    recipients: Sequence[Card],
    bundle_id: str | None,
    version: int,
    created_at: datetime,
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "signer": json.loads(card.to_text()),
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "bundle_version": version,
        "sender": card.fingerprint,
        "recipients": sorted({c.fingerprint for c in recipients} | {card.fingerprint}),
        "created_at": to_iso(created_at),
        "content": listed,
    }


def _no_larger_than_allowed(blobs: Sequence[envelope.Part]) -> None:
    if sum(memoryview(b).nbytes for b in blobs) > MAX_BUNDLE_BYTES:
        raise BadBundle("too_large")  # no receiver would open it


class _Digests:
    """Each attachment's SHA-256, worked out beside the caller: hashlib lets
    go of the interpreter while it hashes, so age encrypts the same bytes
    meanwhile on another core. Small attachments are hashed at once, and so
    are all of them if the hashing thread has not begun by the time their
    hashes are needed (no core was free for it)."""

    def __init__(self, blobs: Sequence[envelope.Part]) -> None:
        self._blobs = blobs
        self._started = threading.Event()
        self._found: Future[list[str]] | None = None
        if sum(memoryview(b).nbytes for b in blobs) >= _HASH_BESIDE_BYTES:
            self._found = _hasher().submit(self._run)
            # Hashing should begin before age holds the interpreter; but no
            # longer than this is waited for a core.
            self._started.wait(_HASH_START_WAIT)

    def _run(self) -> list[str]:
        self._started.set()
        return [digest(b) for b in self._blobs]

    def result(self) -> list[str]:
        if self._found is None or self._found.cancel():  # never began: hashed here
            return [digest(b) for b in self._blobs]
        return self._found.result()


#: attachments of at least this many bytes in all are hashed beside age
_HASH_BESIDE_BYTES = 256 * 1024
#: seconds to wait for the hashing thread to begin
_HASH_START_WAIT = 0.0005
_HASHER: list[ThreadPoolExecutor] = []
_HASHER_MADE = threading.Lock()


def _hasher() -> ThreadPoolExecutor:
    """One thread for hashing, made when first needed (it waits without
    waking while there is nothing to hash)."""
    with _HASHER_MADE:
        if not _HASHER:
            _HASHER.append(ThreadPoolExecutor(1, thread_name_prefix="fieldsafe-bundle-hash"))
        return _HASHER[0]


def seal(
    content: dict[str, Any],
    *,
    sender: Identity,
    recipients: list[Card],
    created_at: datetime,
    bundle_id: str | None = None,
    version: int = 1,
    padded: bool = False,
) -> bytes:
    """An age file for ``recipients`` and the sender, holding ``content``
    signed (format 3). A record's attachments carry their bytes as
    ``"data"``: raw bytes, or base64 text as in an interchange file; the
    bundle holds them raw, listed in the manifest by SHA-256 and length.
    The envelope is streamed through age, never put together in memory:
    the attachments first, each hashed once while age encrypts it, then the
    manifest, made and signed once. :class:`BadBundle` (``too_large``) for a
    bundle no one could open.

    ``padded`` (bundles left in a team folder) pads the envelope to a size
    bucket (:func:`padded_length`) with a signed ``"padding"`` of zeros in
    the manifest, so that a bundle's size says little about what it holds."""
    card = sender.card()
    listed, blobs, entries = without_bytes(content)
    _no_larger_than_allowed(blobs)
    doc = _manifest(
        listed,
        card=card,
        recipients=recipients,
        bundle_id=bundle_id,
        version=version,
        created_at=created_at,
    )
    digests = _Digests(blobs)
    failed: list[Exception] = []

    def then() -> bytes:
        try:
            hashed(entries, digests.result())
            manifest = _canonical(doc)
            if padded:
                manifest = _with_padding(doc, manifest, before=envelope.head_length(blobs))
            return envelope.tail(manifest, sender.sign(manifest))
        except Exception as exc:  # raised below, as it was, not as age's error
            failed.append(exc)
            return b""

    # One age stanza for each person, however often a card is given.
    cards = {c.fingerprint: c for c in [*recipients, card]}
    keys = [pyrage.x25519.Recipient.from_str(c.age_recipient) for c in cards.values()]
    out = io.BytesIO()
    pyrage.encrypt_io(envelope.Reader(envelope.head(blobs), then), out, keys)
    if failed:
        raise failed[0]
    data = out.getvalue()
    if len(data) > MAX_BUNDLE_BYTES:
        raise BadBundle("too_large")
    return data


#: the smallest padded envelope: every plan, incident or check-in without
#: attachments is this size
MIN_PADDED_BYTES = 16 * 1024
#: what ``"padding":""`` and its comma add to a canonical manifest
_PADDING_KEY_BYTES = len(b',"padding":""')


def padded_length(length: int) -> int:
    """The size bucket a padded envelope of ``length`` bytes is filled up to:
    at least :data:`MIN_PADDED_BYTES`, then Padmé (Nikitin et al., "Reducing
    metadata leakage from encrypted files and communication with PURBs",
    2019): the length rounded up so that it keeps only its top
    ``⌊log₂ ⌊log₂ L⌋⌋ + 1`` bits, at most 12 % more, leaking O(log log L)
    bits of the size."""
    length = max(length, MIN_PADDED_BYTES)
    exponent = length.bit_length() - 1
    low_bits = exponent - exponent.bit_length()
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask


def _with_padding(doc: dict[str, Any], manifest: bytes, *, before: int) -> bytes:
    """The manifest with a ``"padding"`` of zeros that fills the envelope
    (``before`` bytes ahead of the manifest's length) to its size bucket."""
    fixed = before + envelope.TAIL_OVERHEAD
    unpadded = fixed + len(manifest) + _PADDING_KEY_BYTES
    doc["padding"] = "0" * (padded_length(unpadded) - unpadded)
    padded = _canonical(doc)
    assert fixed + len(padded) == padded_length(unpadded)  # noqa: S101 - canonical JSON's size
    return padded


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
    exchanged; addressed to ``recipients`` in the signed manifest when given
    (their cards are known, though perhaps not verified). The same envelope
    as :func:`seal`, put together first (pyrage encrypts with a passphrase
    only from bytes)."""
    listed, blobs, entries = without_bytes(content)
    _no_larger_than_allowed(blobs)
    hashed(entries, [digest(b) for b in blobs])
    manifest = _canonical(
        _manifest(
            listed,
            card=sender.card(),
            recipients=recipients,
            bundle_id=bundle_id,
            version=version,
            created_at=created_at,
        )
    )
    plain = b"".join([*envelope.head(blobs), envelope.tail(manifest, sender.sign(manifest))])
    if len(plain) > MAX_BUNDLE_BYTES:
        raise BadBundle("too_large")
    return pyrage.passphrase.encrypt(plain, passphrase)


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


def _decrypt(data: bytes, me: Identity, passphrase: str | None) -> tuple[bytes, bool]:
    """The age file's content, and whether it was a passphrase bundle."""
    by_passphrase = _check_header(data)
    try:
        if by_passphrase:
            if passphrase is None:
                raise BadBundle("needs_passphrase")
            return pyrage.passphrase.decrypt(data, passphrase), True
        return pyrage.decrypt(data, [me.age_identity()]), False
    except pyrage.DecryptError as exc:
        if by_passphrase:
            # age cannot tell a wrong passphrase from a damaged file.
            raise BadBundle("wrong_passphrase") from None
        no_key = "no matching keys" in str(exc).lower()
        raise BadBundle("not_for_us" if no_key else "damaged") from None


def _signer(doc: object) -> Card:
    try:
        return _card(json.dumps(doc))
    except (BadInputFile, ValueError, TypeError):
        raise BadBundle("not_signed") from None


@functools.lru_cache(maxsize=256)
def _card(text: str) -> Card:
    """A signer's card parsed once: a team inbox holds many bundles from the
    same few colleagues (a public card, immutable; a refused text is not
    kept, its error is raised each time)."""
    return Card.from_text(text)


def _format3(plain: bytes) -> tuple[Card, dict[str, Any], tuple[bytes, ...]]:
    """The signer, the signed manifest and the attachments' bytes, each
    checked against the manifest's claims."""
    sections, manifest, signature = envelope.unpack(plain, max_manifest=MAX_BUNDLE_BYTES)
    doc = _strict_json(manifest, refusal="not_signed")
    if not isinstance(doc, dict) or "signer" not in doc:
        raise BadBundle("not_signed")
    signer = _signer(doc["signer"])
    if not signer.verify(signature, manifest):
        raise BadBundle("bad_signature")
    padding = doc.pop("padding", "")
    if not isinstance(padding, str) or padding.count("0") != len(padding):
        raise BadBundle("not_a_bundle")  # zeros, and nothing else, may pad a bundle
    if set(doc) != _MANIFEST_KEYS or doc["format"] != FORMAT or doc["version"] != VERSION:
        raise BadBundle("not_a_bundle")
    return signer, doc, envelope.checked(sections, claims(doc["content"]))


def _format2(plain: bytes) -> tuple[Card, dict[str, Any]]:
    """The signer and signed payload of a format 2 bundle (JSON, base64)."""
    doc = _json(plain)
    if (
        not isinstance(doc, dict)
        or set(doc) != {"format", "version", "signer", "payload", "signature"}
        or doc["format"] != FORMAT
    ):
        raise BadBundle("not_signed")
    if doc["version"] != OLDEST_OPENED:
        old = type(doc["version"]) is int and doc["version"] < OLDEST_OPENED
        raise BadBundle("old_format" if old else "unsupported_version")
    signer = _signer(doc["signer"])
    try:
        body = base64.b64decode(doc["payload"], validate=True)
        signature = base64.b64decode(doc["signature"], validate=True)
    except (ValueError, TypeError):
        raise BadBundle("not_signed") from None
    if not signer.verify(signature, body):
        raise BadBundle("bad_signature")
    payload = _json(body)
    if not isinstance(payload, dict) or set(payload) != _PAYLOAD_KEYS:
        raise BadBundle("not_a_bundle")
    return signer, payload


def open_bundle(
    data: bytes,
    *,
    me: Identity,
    colleagues: Mapping[str, Colleague],
    last_versions: Mapping[str, int] | None = None,
    passphrase: str | None = None,
) -> Opened:
    """Decrypt, verify and check a bundle of format 3 or 2; see the module
    docstring. ``colleagues`` maps card fingerprints to colleagues;
    ``last_versions`` maps bundle ids to the newest version already received."""
    plain, by_passphrase = _decrypt(data, me, passphrase)
    attachments: tuple[bytes, ...] = ()
    if envelope.is_envelope(plain):
        signer, signed, attachments = _format3(plain)
        version = VERSION
    else:
        (signer, signed), version = _format2(plain), OLDEST_OPENED
    del plain
    if signed["sender"] != signer.fingerprint:
        raise BadBundle("bad_signature")
    mine = me.card().fingerprint
    verified = _trusted(signer, colleagues, mine=mine, by_passphrase=by_passphrase)
    addressed_to_me = _addressed_to_me(signed["recipients"], mine, signer.fingerprint)
    if not addressed_to_me and not by_passphrase:
        raise BadBundle("not_addressed_to_us")
    bundle_id, number, created_at = _which(signed)
    if last_versions is not None and number <= last_versions.get(bundle_id, 0):
        raise BadBundle("replayed")
    return Opened(
        bundle_id,
        number,
        created_at,
        signed["content"],
        signer,
        verified,
        by_passphrase,
        addressed_to_me,
        version,
        attachments,
    )


def _trusted(
    signer: Card, colleagues: Mapping[str, Colleague], *, mine: str, by_passphrase: bool
) -> bool:
    """Whether the signer is verified; refuses a signer this vault may not
    take a bundle from (a passphrase bundle may come from anyone)."""
    if signer.fingerprint == mine:
        return True  # our own bundle, read back
    if signer.fingerprint in colleagues:
        verified = colleagues[signer.fingerprint].verified
        if not verified and not by_passphrase:
            raise BadBundle("unverified_sender")
        return verified
    if not by_passphrase:
        known_names = {c.card.name.casefold() for c in colleagues.values()}
        raise BadBundle(
            "changed_key" if signer.name.casefold() in known_names else "unknown_sender"
        )
    return False


def _which(signed: Mapping[str, Any]) -> tuple[str, int, datetime]:
    """The bundle's id, version and creation time, checked."""
    bundle_id, version = signed["bundle_id"], signed["bundle_version"]
    try:
        bundle_id = str(uuid.UUID(str(bundle_id)))
        created_at = from_iso(signed["created_at"])
    except (ValueError, TypeError):
        raise BadBundle("not_a_bundle") from None
    if type(version) is not int or version < 1 or not isinstance(signed["content"], dict):
        raise BadBundle("not_a_bundle")
    return bundle_id, version, created_at


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


def _no_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a name repeated in one object")
    return found


def _no_constants(name: str) -> NoReturn:
    raise ValueError("NaN and Infinity are not JSON")


_STRICT = json.JSONDecoder(object_pairs_hook=_no_repeats, parse_constant=_no_constants)


def _strict_json(data: bytes, *, refusal: str) -> Any:
    """A manifest: UTF-8 JSON in which no object repeats a name (it would
    mean one thing to one reader and another to the next)."""
    try:
        return _STRICT.decode(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadBundle(refusal) from None
