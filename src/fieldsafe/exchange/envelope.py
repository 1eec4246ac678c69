"""The byte layout of a format 3 share bundle: what age encrypts.

Format 3 is a binary envelope (docs/interchange.md, "The bundle envelope")::

    b"fieldsafe-bundle 3\\n"                 the magic line (19 bytes)
    manifest length M                        4 bytes, unsigned, big-endian
    manifest                                 M bytes: canonical JSON, UTF-8
    signature                                64 bytes: Ed25519 over the M manifest bytes
    then, for each attachment the manifest lists, in the manifest's order:
        length L                             8 bytes, unsigned, big-endian (= its "length")
        the attachment's bytes               L bytes, as stored (no base64)
    nothing after the last attachment

The manifest is signed; the bytes are bound to it by their SHA-256 and
length, which the manifest carries. This module packs and unpacks the
layout and checks the attachments against those claims; what the manifest
says is :mod:`fieldsafe.exchange.bundle`'s business. Every refusal is a
:class:`~fieldsafe.exchange.refusal.BadBundle`: ``damaged`` for a layout
that does not hold together (a length beyond the end, a length that is not
the manifest's, bytes after the last attachment), ``bad_signature`` for
bytes whose SHA-256 is not the one signed, ``unsupported_version`` for a
newer envelope. Nothing is allocated from a length read in the file: every
length is checked against the bytes actually there first.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from fieldsafe.exchange.refusal import BadBundle

VERSION = 3
MAGIC = b"fieldsafe-bundle 3\n"
#: any envelope's first line (format 2 and 1 were JSON, starting with "{")
_MAGIC_LINE = re.compile(rb"fieldsafe-bundle ([1-9][0-9]{0,5})\n")
_PREFIX = b"fieldsafe-bundle "
SIGNATURE_BYTES = 64
_MANIFEST_LENGTH = struct.Struct(">I")
_SECTION_LENGTH = struct.Struct(">Q")

#: a part of an envelope: bytes, or a view of an attachment's bytes
Part = bytes | bytearray | memoryview


@dataclass(frozen=True)
class Claim:
    """What the signed manifest says of one attachment's bytes."""

    sha256: str  # 64 lower-case hex digits
    length: int


def is_envelope(plain: bytes) -> bool:
    """Whether ``plain`` (an age file's content) is a binary envelope (format 3
    or later), not the JSON of format 2."""
    return plain.startswith(_PREFIX)


def pack(manifest: bytes, signature: bytes, sections: Sequence[Part]) -> list[Part]:
    """The envelope as a list of parts to concatenate (or stream), in order:
    ``sections`` are the attachments' bytes, in the manifest's order."""
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError("an Ed25519 signature is 64 bytes")
    parts: list[Part] = [
        MAGIC,
        _MANIFEST_LENGTH.pack(len(manifest)),
        manifest,
        signature,
    ]
    for section in sections:
        parts.append(_SECTION_LENGTH.pack(memoryview(section).nbytes))
        parts.append(section)
    return parts


class Reader:
    """The parts of an envelope as one file to read (what
    ``pyrage.encrypt_io`` reads from), without putting them together: each
    read is a slice of one part."""

    def __init__(self, parts: Sequence[Part]) -> None:
        self._parts = deque(memoryview(p).cast("B") for p in parts)

    def read(self, size: int = -1) -> bytes:
        parts = self._parts
        while parts:
            first = parts[0]
            if size < 0 or size >= len(first):
                parts.popleft()
                if first:
                    return first.tobytes()
                continue
            parts[0] = first[size:]
            return first[:size].tobytes()
        return b""


def unpack(plain: bytes, *, max_manifest: int) -> tuple[bytes, bytes, memoryview]:
    """The manifest, its signature and what follows them (the attachments,
    checked by :func:`sections` once the manifest is trusted)."""
    line = _MAGIC_LINE.match(plain, 0, 32)
    if line is None:
        raise BadBundle("not_a_bundle")
    version = int(line[1])
    if version != VERSION:
        raise BadBundle("unsupported_version" if version > VERSION else "not_a_bundle")
    view = memoryview(plain)
    at = line.end()
    if len(view) - at < _MANIFEST_LENGTH.size:
        raise BadBundle("damaged")
    (length,) = _MANIFEST_LENGTH.unpack_from(view, at)
    at += _MANIFEST_LENGTH.size
    if length == 0 or length > max_manifest:
        raise BadBundle("too_large" if length else "damaged")
    if len(view) - at < length + SIGNATURE_BYTES:
        raise BadBundle("damaged")
    manifest = bytes(view[at : at + length])
    at += length
    signature = bytes(view[at : at + SIGNATURE_BYTES])
    return manifest, signature, view[at + SIGNATURE_BYTES :]


def sections(rest: memoryview, claims: Sequence[Claim]) -> tuple[bytes, ...]:
    """The attachments' bytes, each checked against its claim (length first,
    then SHA-256) before the next is read; nothing may follow the last."""
    found: list[bytes] = []
    at = 0
    for claim in claims:
        if len(rest) - at < _SECTION_LENGTH.size:
            raise BadBundle("damaged")
        (length,) = _SECTION_LENGTH.unpack_from(rest, at)
        at += _SECTION_LENGTH.size
        if length != claim.length or len(rest) - at < length:
            raise BadBundle("damaged")
        data = rest[at : at + length]
        at += length
        if hashlib.sha256(data).hexdigest() != claim.sha256:
            raise BadBundle("bad_signature")  # not the bytes that were signed
        found.append(bytes(data))
    if at != len(rest):
        raise BadBundle("damaged")  # trailing bytes
    return tuple(found)
