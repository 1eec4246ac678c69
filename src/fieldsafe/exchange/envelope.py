"""The byte layout of a format 3 share bundle: what age encrypts.

Format 3 is a binary envelope (docs/interchange.md, "The bundle envelope"),
integers unsigned and big-endian::

    b"fieldsafe-bundle 3\\n"       the magic line (19 bytes)
    N                              4 bytes: how many attachments follow
    N times:
        L                          8 bytes: the attachment's length (= its "length")
        the attachment's bytes     L bytes, as stored (no base64)
    M                              4 bytes: the manifest's length
    manifest                       M bytes: canonical JSON, UTF-8
    signature                      64 bytes: Ed25519 over the M manifest bytes
    (nothing after)

The manifest is signed; the attachments' bytes are bound to it by their
SHA-256 and length, which it lists in the same order. It comes after the
bytes so that a sender can hash them while age encrypts them (the hashes
are known only once the bytes have gone by). This module packs and unpacks
the layout and checks the attachments against those claims; what the
manifest says is :mod:`fieldsafe.exchange.bundle`'s business. Every refusal
is a :class:`~fieldsafe.exchange.refusal.BadBundle`: ``damaged`` for a
layout that does not hold together (a length beyond the end, a length or a
count that is not the manifest's, bytes after the signature),
``bad_signature`` for bytes whose SHA-256 is not the one signed,
``too_large`` for a manifest length above the limit, ``unsupported_version``
for a newer envelope. Nothing is allocated from a length read in the file:
every length is checked against the bytes actually there first, and the
attachments stay views of the decrypted bytes until they are checked.
"""

from __future__ import annotations

import hashlib
import re
import struct
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fieldsafe.exchange.refusal import BadBundle

VERSION = 3
MAGIC = b"fieldsafe-bundle 3\n"
#: any envelope's first line (format 2 and 1 were JSON, starting with "{")
_MAGIC_LINE = re.compile(rb"fieldsafe-bundle ([1-9][0-9]{0,5})\n")
_PREFIX = b"fieldsafe-bundle "
SIGNATURE_BYTES = 64
_COUNT = struct.Struct(">I")
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


def head(sections: Sequence[Part]) -> list[Part]:
    """The envelope up to the manifest, as parts to stream: the magic line,
    the count, and each attachment's length and bytes (never copied)."""
    parts: list[Part] = [MAGIC, _COUNT.pack(len(sections))]
    for section in sections:
        parts.append(_SECTION_LENGTH.pack(memoryview(section).nbytes))
        parts.append(section)
    return parts


def head_length(sections: Sequence[Part]) -> int:
    """How many bytes :func:`head` of ``sections`` holds."""
    return (
        len(MAGIC)
        + _COUNT.size
        + sum(_SECTION_LENGTH.size + memoryview(s).nbytes for s in sections)
    )


#: what :func:`tail` adds to the manifest: its length, and the signature
TAIL_OVERHEAD = _MANIFEST_LENGTH.size + SIGNATURE_BYTES


def tail(manifest: bytes, signature: bytes) -> bytes:
    """The envelope's end: the manifest's length, the manifest, its signature."""
    if len(signature) != SIGNATURE_BYTES:
        raise ValueError("an Ed25519 signature is 64 bytes")
    return _MANIFEST_LENGTH.pack(len(manifest)) + manifest + signature


class Reader:
    """An envelope's parts as one file to read (what ``pyrage.encrypt_io``
    reads from), without putting them together: each read is a slice of one
    part. ``then``, once the parts have been read, gives the rest (the tail,
    made only then)."""

    def __init__(self, parts: Sequence[Part], then: Callable[[], bytes] | None = None) -> None:
        self._parts = deque(memoryview(p).cast("B") for p in parts)
        self._then = then

    def read(self, size: int = -1) -> bytes:
        parts = self._parts
        while True:
            while parts:
                first = parts[0]
                if size < 0 or size >= len(first):
                    parts.popleft()
                    if first:
                        return first.tobytes()
                    continue
                parts[0] = first[size:]
                return first[:size].tobytes()
            if self._then is None:
                return b""
            then, self._then = self._then, None
            parts.append(memoryview(then()))


def unpack(plain: bytes, *, max_manifest: int) -> tuple[list[memoryview], bytes, bytes]:
    """The attachments (views, not yet checked), the manifest and its
    signature, each length checked against the bytes there."""
    line = _MAGIC_LINE.match(plain, 0, 32)
    if line is None:
        raise BadBundle("not_a_bundle")
    version = int(line[1])
    if version != VERSION:
        raise BadBundle("unsupported_version" if version > VERSION else "not_a_bundle")
    view = memoryview(plain)
    at = line.end()
    (count,) = _unpack(_COUNT, view, at)
    at += _COUNT.size
    if count * _SECTION_LENGTH.size > len(view) - at:
        raise BadBundle("damaged")  # more attachments than could be there
    sections = []
    for _ in range(count):
        (length,) = _unpack(_SECTION_LENGTH, view, at)
        at += _SECTION_LENGTH.size
        if length > len(view) - at:
            raise BadBundle("damaged")
        sections.append(view[at : at + length])
        at += length
    (length,) = _unpack(_MANIFEST_LENGTH, view, at)
    at += _MANIFEST_LENGTH.size
    if length == 0 or len(view) - at != length + SIGNATURE_BYTES:
        raise BadBundle("damaged")  # cut short, or bytes after the signature
    if length > max_manifest:
        raise BadBundle("too_large")
    manifest = bytes(view[at : at + length])
    return sections, manifest, bytes(view[at + length :])


def _unpack(layout: struct.Struct, view: memoryview, at: int) -> tuple[int]:
    if len(view) - at < layout.size:
        raise BadBundle("damaged")
    found: tuple[int] = layout.unpack_from(view, at)
    return found


def checked(sections: Sequence[memoryview], claims: Sequence[Claim]) -> tuple[bytes, ...]:
    """The attachments' bytes, once each has the length and SHA-256 the
    signed manifest claims for it (and there are as many as it lists)."""
    if len(sections) != len(claims):
        raise BadBundle("damaged")
    if any(len(s) != c.length for s, c in zip(sections, claims, strict=True)):
        raise BadBundle("damaged")
    for section, claim in zip(sections, claims, strict=True):
        if hashlib.sha256(section).hexdigest() != claim.sha256:
            raise BadBundle("bad_signature")  # not the bytes that were signed
    return tuple(bytes(s) for s in sections)
