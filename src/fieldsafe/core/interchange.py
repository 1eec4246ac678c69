"""The FieldSafe interchange format: records as plain JSON (no storage, no Qt).

One format carries every record kind, for import, export, migration and
support (specified in ``docs/interchange.md``)::

    {
      "format": "fieldsafe-interchange",
      "version": 1,
      "exported_at": "2026-03-04T17:30:00Z",
      "records": [
        {
          "kind": "outreach_log",
          "id": "6f1c2a4e-…",
          "created_at": "2026-03-04T18:02:11Z",
          "updated_at": "2026-03-04T18:02:11Z",
          "fields": {"occurred_at": "2026-03-04T17:30:00Z", "title": "…", "body": "…"}
        }
      ]
    }

:func:`iter_interchange` reads a file as a stream, one record at a time, so
memory does not grow with the file; its problems come at the latest when the
file ends, and an import writes into one transaction that they roll back.
:func:`parse_interchange` and :func:`read_interchange` check the *whole* file
before returning anything. Problems are typed errors that never carry record
text: :class:`BadInputFile` for the file as a whole (with a line number for
broken JSON), :class:`InvalidRecord` naming the record's position and the
schema field. Names the file itself supplies (an unknown field, say) are only
echoed when they look like identifiers, so no free text from the file can
reach an error message.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, NoReturn, Protocol

from fieldsafe.core.clock import MAX_YEAR, MIN_YEAR, from_iso, to_iso
from fieldsafe.core.records import KindSpec, RecordId, check_record_id, kind_spec
from fieldsafe.errors import BadInputFile, InvalidRecord

FORMAT = "fieldsafe-interchange"
#: 2 added attachments (version 1 files are still read)
VERSION = 2

#: Files above this size are refused before they are read.
MAX_FILE_BYTES = 512 * 1024 * 1024

_TOP_KEYS = frozenset({"format", "version", "exported_at", "records"})
_RECORD_KEYS = ("kind", "id", "created_at", "updated_at", "fields", "attachments", "version")
_ATTACHMENT_KEYS_ORDER = ("id", "name", "media_type", "added_at", "data")
_ATTACHMENT_KEYS = frozenset(_ATTACHMENT_KEYS_ORDER)
#: what an attachment may be (checked again, by content, when imported)
MEDIA_TYPES = ("image/jpeg", "image/png", "application/pdf")
#: the largest attachment, as in ``fieldsafe.media``
MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
MAX_ATTACHMENT_NAME = 200
#: a record's version (share bundles): at most this many vaults, each count at most this
MAX_VERSION_ENTRIES = 64
MAX_VERSION_COUNT = 2**53 - 1
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}\Z")
_SAFE_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")
_UNNAMED = "…"


@dataclass(frozen=True)
class InterchangeAttachment:
    """A photo, scan or PDF carried with a record (base64 in the file)."""

    id: str
    name: str
    media_type: str
    added_at: str
    data: bytes

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "media_type": self.media_type,
            "added_at": self.added_at,
            "data": base64.b64encode(self.data).decode("ascii"),
        }


@dataclass(frozen=True)
class InterchangeRecord:
    """One record as the interchange format carries it. Times are UTC
    ISO-8601 strings with a ``Z``; ``created_at``/``updated_at`` may be
    ``None`` in a file written by hand (the vault then uses the import time).
    ``version`` is the record's version vector (vault fingerprint → count),
    written in share bundles only (see :mod:`fieldsafe.core.merge`)."""

    kind: str
    id: RecordId
    fields: dict[str, Any]
    created_at: str | None = None
    updated_at: str | None = None
    attachments: tuple[InterchangeAttachment, ...] = ()
    version: dict[str, int] | None = None

    def as_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"kind": self.kind, "id": self.id}
        if self.created_at is not None:
            doc["created_at"] = self.created_at
        if self.updated_at is not None:
            doc["updated_at"] = self.updated_at
        doc["fields"] = self.fields
        if self.attachments:
            doc["attachments"] = [a.as_json() for a in self.attachments]
        if self.version is not None:
            doc["version"] = dict(self.version)
        return doc


# -- reading ------------------------------------------------------------------
#
# A file is read as a stream: a chunk of bytes at a time, decoded as it comes,
# each record decoded on its own by json's own decoder (``raw_decode``, with
# the same hooks as ever), checked, handed on and forgotten. Memory is that
# of the largest record plus a chunk, however long the file. Only the
# outline (the top-level object, its names and the ``records`` array) is
# walked here; every value inside it goes through ``json``.

#: Bytes read from a file at a time.
CHUNK_BYTES = 1024 * 1024
_WHITESPACE = re.compile(r"[ \t\n\r]*")  # json's own notion of whitespace
_UTF8_BOM = b"\xef\xbb\xbf"
#: a decode error this close to the end of what was read may only mean "read on"
_NEAR_END = 16


class SeenIds(Protocol):
    """Where a reader remembers the record ids it has seen (a ``set`` will
    do; an import keeps them in a temporary table of the vault)."""

    def __contains__(self, record_id: object, /) -> bool: ...

    def add(self, record_id: str, /) -> None: ...


def open_interchange(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> BinaryIO:
    """Open an interchange file for :func:`iter_interchange`. What can be
    said without reading it is said here: :class:`BadInputFile` ``missing``,
    ``unreadable`` or ``too_large``."""
    try:
        source = open(path, "rb")  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        raise BadInputFile("missing") from None
    except OSError:
        raise BadInputFile("unreadable") from None
    try:
        too_large = os.fstat(source.fileno()).st_size > max_bytes
    except OSError:
        source.close()
        raise BadInputFile("unreadable") from None
    if too_large:
        source.close()
        raise BadInputFile("too_large")
    return source


def read_interchange(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[InterchangeRecord]:
    """Read and fully validate an interchange file. Raises
    :class:`BadInputFile` (``missing``, ``unreadable``, ``too_large``, ...)
    or :class:`InvalidRecord`; returns only when every record is valid.
    The records are all held at once: an import streams them instead
    (:func:`iter_interchange`)."""
    with open_interchange(path, max_bytes=max_bytes) as source:
        return list(iter_interchange(source, max_bytes=max_bytes))


def parse_interchange(data: bytes | str) -> list[InterchangeRecord]:
    """Parse interchange JSON (UTF-8 bytes, an optional BOM, or text) and
    validate every record; see :func:`read_interchange` for the errors."""
    return list(iter_interchange(data))


def iter_interchange(
    source: BinaryIO | bytes | str,
    *,
    max_bytes: int | None = None,
    seen: SeenIds | None = None,
) -> Iterator[InterchangeRecord]:
    """Every record of an interchange file, validated, in file order, while
    the file is read (a binary stream, read :data:`CHUNK_BYTES` at a time,
    or bytes or text already in memory).

    The same checks as ever, with the same errors: whether the file is
    broken, then whether it is an interchange file at all, then the first bad
    record. So a problem may only be raised after records before it were
    yielded, and at the latest when the file ends: whoever writes records as
    they come must be able to take them all back (an import does it all in
    one transaction). Once a record is bad, no more are yielded, but the rest
    of the file is still read, so that a broken file is said to be broken.
    ``seen`` keeps the ids for the duplicate check (default: a ``set``).
    ``max_bytes`` bounds what is read from a stream (``too_large``)."""
    if isinstance(source, str):
        text = _Text(None, source.removeprefix("\ufeff"))
    elif isinstance(source, bytes | bytearray | memoryview):
        text = _Text(io.BytesIO(source))
    else:
        text = _Text(source, max_bytes=max_bytes)
    yield from _Document(text, set() if seen is None else seen).records()


class _Text:
    """The text of a file, decoded a chunk at a time. ``buf[pos:]`` is what
    is not yet consumed; ``lines`` counts the line ends of the text dropped
    before ``buf``, so errors name the line in the whole file."""

    def __init__(
        self, source: BinaryIO | None, text: str = "", *, max_bytes: int | None = None
    ) -> None:
        self._source = source
        self._decoder = codecs.getincrementaldecoder("utf-8")()
        self._read = 0
        self._byte_lines = 0
        self._max_bytes = max_bytes
        self.eof = source is None
        self.buf = text
        self.pos = 0
        self.lines = 0

    def more(self, at_least: int = 0) -> bool:
        """Read on (at least ``at_least`` bytes, to grow a long value
        geometrically); drop what was consumed. False once the file ended."""
        if self.eof or self._source is None:
            return False
        want = max(CHUNK_BYTES, at_least, len(_UTF8_BOM))
        try:
            data = self._source.read(want)
            self.eof = not data
            while not self.eof and len(data) < want:  # the end, or a pipe
                part = self._source.read(want - len(data))
                self.eof = not part
                data += part
        except OSError:
            raise BadInputFile("unreadable") from None
        self._read += len(data)
        if self._max_bytes is not None and self._read > self._max_bytes:
            raise BadInputFile("too_large")  # it grew while being read
        if self._read == len(data) and data.startswith(_UTF8_BOM):
            data = data[len(_UTF8_BOM) :]  # the first chunk
        pending = len(self._decoder.getstate()[0])
        try:
            text = self._decoder.decode(data, final=self.eof)
        except UnicodeDecodeError as exc:
            line = self._byte_lines + data.count(b"\n", 0, max(0, exc.start - pending)) + 1
            raise BadInputFile("not_utf8", line=line) from None
        self._byte_lines += data.count(b"\n")
        self.lines += self.buf.count("\n", 0, self.pos)
        self.buf = self.buf[self.pos :] + text
        self.pos = 0
        return True

    def line(self, pos: int | None = None) -> int:
        """The line (from 1) of ``buf[pos]`` in the whole file."""
        return self.lines + self.buf.count("\n", 0, self.pos if pos is None else pos) + 1

    def peek(self) -> str:
        """Skip whitespace; the next character, or "" at the end of the file."""
        while True:
            self.pos = _WHITESPACE.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self.more():
                return ""

    def expect(self, allowed: str) -> str:
        """Skip whitespace and take one of the ``allowed`` characters."""
        char = self.peek()
        if not char or char not in allowed:
            raise BadInputFile("not_json", line=self.line())
        self.pos += 1
        return char

    def value(self) -> Any:
        """Skip whitespace and decode one whole JSON value, with json's own
        decoder and the same checks as :func:`json.loads` here."""
        self.peek()
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self._may_go_on(exc) and self.more(len(self.buf) - self.pos):
                    continue
                raise BadInputFile("not_json", line=self.lines + exc.lineno) from None
            except RecursionError:
                # Nesting far deeper than any interchange file: hostile or not ours.
                raise BadInputFile("not_interchange") from None
            except ValueError:
                # NaN/Infinity, or an integer with thousands of digits.
                raise BadInputFile("not_json") from None
            if len(self.buf) - end < _NEAR_END and self.more():
                continue  # a number cut at "1." or "1e+" decodes as 1: it may go on
            self.pos = end
            return value

    def _may_go_on(self, exc: json.JSONDecodeError) -> bool:
        # Cut off by the end of the chunk rather than wrong? Only an error at
        # the very end (or a string still open there) can be.
        return exc.pos >= len(self.buf) - _NEAR_END or exc.msg.startswith("Unterminated string")

    def end(self) -> None:
        """Only whitespace may follow the document."""
        if self.peek():
            raise BadInputFile("not_json", line=self.line())


class _Document:
    """Walks the outline of an interchange file (see :func:`iter_interchange`)."""

    def __init__(self, text: _Text, seen: SeenIds) -> None:
        self.text = text
        self.seen = seen
        self.names: set[str] = set()
        self.repeated = False
        self.header: dict[str, Any] = {}
        self.records_are_a_list = False
        self.problem: InvalidRecord | None = None

    def records(self) -> Iterator[InterchangeRecord]:
        text = self.text
        if text.peek() != "{":
            # Not ours, but a broken file is said to be broken first.
            if text.peek() == "[":
                self._skip_array()
            else:
                text.value()
            text.end()
            raise BadInputFile("not_interchange")
        text.pos += 1
        if text.peek() == "}":
            text.pos += 1
        else:
            yield from self._members()
        text.end()
        if self.repeated:
            raise BadInputFile("repeated_name")
        _check_header(self.header, names=self.names, records_are_a_list=self.records_are_a_list)
        if self.problem is not None:
            raise self.problem

    def _members(self) -> Iterator[InterchangeRecord]:
        text = self.text
        while True:
            if text.peek() != '"':
                raise BadInputFile("not_json", line=text.line())
            name = text.value()
            self.repeated = self.repeated or name in self.names
            self.names.add(name)
            text.expect(":")
            if name == "records" and text.peek() == "[":
                self.records_are_a_list = True
                if self.repeated:
                    self._skip_array()
                else:
                    yield from self._records()
            elif text.peek() == "[":
                self._skip_array()
            else:
                value = text.value()
                if name in _TOP_KEYS and name != "records":
                    self.header[name] = value
            if text.expect(",}") == "}":
                return

    def _records(self) -> Iterator[InterchangeRecord]:
        text = self.text
        text.pos += 1  # "["
        if text.peek() == "]":
            text.pos += 1
            return
        # The names and values before the array already say "not an
        # interchange file"? Then its records are not worth checking.
        refused = self._header_refused()
        index = 0
        while True:
            raw = text.value()
            if self.problem is None and not refused:
                try:
                    record = parse_record(raw, index=index)
                    if record.id in self.seen:
                        raise InvalidRecord("id", "duplicate_id", index)
                    self.seen.add(record.id)
                except InvalidRecord as exc:
                    self.problem = exc
                else:
                    del raw
                    yield record
            index += 1
            if text.expect(",]") == "]":
                return

    def _skip_array(self) -> None:
        """An array whose elements are checked as JSON and dropped one by one."""
        text = self.text
        text.pos += 1  # "["
        if text.peek() == "]":
            text.pos += 1
            return
        while True:
            text.value()
            if text.expect(",]") == "]":
                return

    def _header_refused(self) -> bool:
        try:
            _check_header(self.header, names=self.names, records_are_a_list=True, partial=True)
        except BadInputFile:
            return True
        return False


def _check_header(
    header: Mapping[str, Any],
    *,
    names: set[str],
    records_are_a_list: bool,
    partial: bool = False,
) -> None:
    """The top level of an interchange file: ``format``, ``version``, no
    other names, ``records`` a list, ``exported_at`` a time. ``partial``:
    only what has been read so far (missing names are not yet an error)."""
    if header.get("format", None if not partial else FORMAT) != FORMAT:
        raise BadInputFile("not_interchange")
    version = header.get("version", None if not partial else 1)
    if type(version) is not int or version < 1:
        raise BadInputFile("not_interchange")
    if version > VERSION:
        raise BadInputFile("unsupported_version")
    if not names <= _TOP_KEYS or not records_are_a_list:
        raise BadInputFile("not_interchange")
    exported_at = header.get("exported_at")
    if exported_at is not None:
        try:
            check_time(exported_at, "exported_at")
        except InvalidRecord:
            raise BadInputFile("not_interchange") from None


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of repeated names and silently drops the others;
    # in an import that would lose data without a word.
    result = dict(pairs)
    if len(result) != len(pairs):
        raise BadInputFile("repeated_name")
    return result


def _no_constants(name: str) -> NoReturn:
    raise ValueError("not JSON")


_DECODER = json.JSONDecoder(object_pairs_hook=_object_without_repeats, parse_constant=_no_constants)


def parse_record(raw: object, *, index: int) -> InterchangeRecord:
    """Validate one decoded record (a JSON object) at position ``index``."""
    if not isinstance(raw, Mapping):
        raise InvalidRecord("record", "not_an_object", index)
    for name in raw:
        if name not in _RECORD_KEYS:
            raise InvalidRecord(safe_name(name), "unknown_field", index)
    for name in ("kind", "id", "fields"):
        if raw.get(name) is None:
            raise InvalidRecord(name, "required", index)
    spec = kind_spec(raw["kind"], index=index)
    record_id = check_record_id(raw["id"], index=index)
    times = {
        name: None if raw.get(name) is None else check_time(raw[name], name, index=index)
        for name in ("created_at", "updated_at")
    }
    fields = check_fields(spec, raw["fields"], index=index)
    attachments = raw.get("attachments")
    version = raw.get("version")
    return InterchangeRecord(
        kind=spec.name,
        id=record_id,
        fields=fields,
        created_at=times["created_at"],
        updated_at=times["updated_at"],
        attachments=() if attachments is None else check_attachments(attachments, index=index),
        version=None if version is None else check_version(version, index=index),
    )


def check_version(raw: object, *, index: int | None = None) -> dict[str, int]:
    """A record's version vector: an object of 1 to :data:`MAX_VERSION_ENTRIES`
    card fingerprints (64 lower-case hex digits), each with a count from 1 to
    :data:`MAX_VERSION_COUNT`."""
    if not isinstance(raw, Mapping):
        raise InvalidRecord("version", "not_an_object", index)
    if not raw:
        raise InvalidRecord("version", "required", index)
    if len(raw) > MAX_VERSION_ENTRIES:
        raise InvalidRecord("version", "too_many", index)
    out: dict[str, int] = {}
    for name, count in raw.items():
        if not isinstance(name, str) or not _FINGERPRINT.match(name):
            raise InvalidRecord("version", "not_a_choice", index)
        if type(count) is not int:
            raise InvalidRecord("version", "not_a_number", index)
        if not 1 <= count <= MAX_VERSION_COUNT:
            raise InvalidRecord("version", "out_of_range", index)
        out[name] = count
    return dict(sorted(out.items()))


def check_attachment_entry(
    item: object, keys: Iterable[str], seen: set[str], *, index: int | None = None
) -> tuple[str, str, str, str]:
    """The metadata of one attachment entry, from an interchange file or a
    share bundle's manifest: exactly ``keys``, none missing, an id not in
    ``seen`` (added to it), a name that is text within the limit, a known
    media type and a storable time. Returns id, name, media type and time."""
    if not isinstance(item, Mapping):
        raise InvalidRecord("attachments", "not_an_object", index)
    allowed = frozenset(keys)
    for name in item:
        if name not in allowed:
            raise InvalidRecord(safe_name(name), "unknown_field", index)
    for name in keys:
        if item.get(name) is None:
            raise InvalidRecord(name, "required", index)
    attachment_id = check_record_id(item["id"], index=index)
    if attachment_id in seen:
        raise InvalidRecord("attachments", "duplicate_id", index)
    seen.add(attachment_id)
    name = item["name"]
    if not isinstance(name, str) or not _is_unicode(name):
        raise InvalidRecord("name", "not_text", index)
    if len(name) > MAX_ATTACHMENT_NAME:
        raise InvalidRecord("name", "too_long", index)
    if item["media_type"] not in MEDIA_TYPES:
        raise InvalidRecord("media_type", "not_a_choice", index)
    added_at = check_time(item["added_at"], "added_at", index=index)
    return attachment_id, name, item["media_type"], added_at


def check_attachments(
    raw: object, *, index: int | None = None
) -> tuple[InterchangeAttachment, ...]:
    """The ``attachments`` list of a record: ids, names, types, times and
    strict base64 within the size limit. The bytes themselves are checked
    (and must match ``media_type``) when the import stores them."""
    if not isinstance(raw, list):
        raise InvalidRecord("attachments", "not_a_list", index)
    found: list[InterchangeAttachment] = []
    seen: set[str] = set()
    for item in raw:
        attachment_id, name, media_type, added_at = check_attachment_entry(
            item, _ATTACHMENT_KEYS_ORDER, seen, index=index
        )
        encoded = item["data"]
        if not isinstance(encoded, str):
            raise InvalidRecord("data", "not_text", index)
        if len(encoded) > (MAX_ATTACHMENT_BYTES // 3 + 1) * 4:
            raise InvalidRecord("data", "too_long", index)
        try:
            data = base64.b64decode(encoded, validate=True)
        except (ValueError, binascii.Error):
            raise InvalidRecord("data", "not_base64", index) from None
        if not data:
            raise InvalidRecord("data", "required", index)
        found.append(InterchangeAttachment(attachment_id, name, media_type, added_at, data))
    return tuple(found)


def check_fields(spec: KindSpec, fields: object, *, index: int | None = None) -> dict[str, Any]:
    """``spec.validate`` plus what an untrusted file needs on top: field
    names echoed only when safe, text that is real Unicode (JSON can carry
    lone surrogates, which no database can store), times in a storable range."""
    if not isinstance(fields, Mapping):
        raise InvalidRecord("fields", "not_an_object", index)
    for name, value in fields.items():
        if name not in spec.by_name:
            raise InvalidRecord(safe_name(name), "unknown_field", index)
        if not isinstance(value, str) or value == "":
            continue
        if spec.by_name[name].type == "datetime":
            check_time(value, name, index=index)
        elif not _is_unicode(value):
            raise InvalidRecord(name, "not_unicode", index)
    return spec.validate(fields, index=index)


def check_time(value: object, name: str, *, index: int | None = None) -> str:
    """A time as stored: UTC ISO-8601 with ``Z``, to the second. Offsets are
    converted; times without an offset are refused (they are ambiguous)."""
    if not isinstance(value, str):
        raise InvalidRecord(name, "not_a_time", index)
    try:
        moment = from_iso(value)
    except (ValueError, OverflowError):
        raise InvalidRecord(name, "not_a_time", index) from None
    if not MIN_YEAR <= moment.year <= MAX_YEAR:
        raise InvalidRecord(name, "out_of_range", index)
    try:
        return to_iso(moment)
    except ValueError:
        raise InvalidRecord(name, "out_of_range", index) from None


def safe_name(name: object) -> str:
    """``name`` if it looks like a field name, else a placeholder: a name
    taken from a file must not smuggle free text into an error message."""
    return name if isinstance(name, str) and _SAFE_NAME.match(name) else _UNNAMED


def _is_unicode(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


# -- writing ------------------------------------------------------------------


def write_interchange(
    out: BinaryIO, records: Iterable[InterchangeRecord], *, exported_at: datetime
) -> int:
    """Write ``records`` to the binary stream ``out`` as UTF-8 interchange
    JSON (two-space indentation, one record after another, so a line number
    in an error points somewhere useful). Returns the number of records."""
    head = {"format": FORMAT, "version": VERSION, "exported_at": to_iso(exported_at)}
    opening = json.dumps(head, ensure_ascii=False, indent=2)[:-2]  # drop "\n}"
    out.write((opening + ',\n  "records": [').encode("utf-8"))
    count = 0
    for record in records:
        text = json.dumps(record.as_json(), ensure_ascii=False, indent=2)
        out.write(
            (("," if count else "") + "\n    " + text.replace("\n", "\n    ")).encode("utf-8")
        )
        count += 1
    out.write(("\n  ]\n}\n" if count else "]\n}\n").encode("utf-8"))
    return count
