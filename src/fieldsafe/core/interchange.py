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

:func:`parse_interchange` checks the *whole* file before returning anything,
so an import either has every record valid or writes nothing. Problems are
typed errors that never carry record text: :class:`BadInputFile` for the file
as a whole (with a line number for broken JSON), :class:`InvalidRecord` naming
the record's position and the schema field. Names the file itself supplies
(an unknown field, say) are only echoed when they look like identifiers, so
no free text from the file can reach an error message.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

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
_ATTACHMENT_KEYS = frozenset({"id", "name", "media_type", "added_at", "data"})
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


def read_interchange(path: Path, *, max_bytes: int = MAX_FILE_BYTES) -> list[InterchangeRecord]:
    """Read and fully validate an interchange file. Raises
    :class:`BadInputFile` (``missing``, ``unreadable``, ``too_large``, ...)
    or :class:`InvalidRecord`; returns only when every record is valid."""
    try:
        with open(path, "rb") as fh:
            if os.fstat(fh.fileno()).st_size > max_bytes:
                raise BadInputFile("too_large")
            data = fh.read(max_bytes + 1)  # the size can change under us
    except FileNotFoundError:
        raise BadInputFile("missing") from None
    except OSError:
        raise BadInputFile("unreadable") from None
    if len(data) > max_bytes:
        raise BadInputFile("too_large")
    return parse_interchange(data)


def parse_interchange(data: bytes | str) -> list[InterchangeRecord]:
    """Parse interchange JSON (UTF-8 bytes, an optional BOM, or text) and
    validate every record; see :func:`read_interchange` for the errors."""
    doc = _load_json(data)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInputFile("not_interchange")
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise BadInputFile("not_interchange")
    if version > VERSION:
        raise BadInputFile("unsupported_version")
    if not set(doc) <= _TOP_KEYS or not isinstance(doc.get("records"), list):
        raise BadInputFile("not_interchange")
    exported_at = doc.get("exported_at")
    if exported_at is not None:
        try:
            check_time(exported_at, "exported_at")
        except InvalidRecord:
            raise BadInputFile("not_interchange") from None
    records: list[InterchangeRecord] = []
    seen: set[str] = set()
    for index, raw in enumerate(doc["records"]):
        record = parse_record(raw, index=index)
        if record.id in seen:
            raise InvalidRecord("id", "duplicate_id", index)
        seen.add(record.id)
        records.append(record)
    return records


def _load_json(data: bytes | str) -> Any:
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BadInputFile("not_utf8", line=data.count(b"\n", 0, exc.start) + 1) from None
    else:
        text = data.removeprefix("\ufeff")
    try:
        return json.loads(
            text, object_pairs_hook=_object_without_repeats, parse_constant=_no_constants
        )
    except json.JSONDecodeError as exc:
        raise BadInputFile("not_json", line=exc.lineno) from None
    except RecursionError:
        # Nesting far deeper than any interchange file: hostile or not ours.
        raise BadInputFile("not_interchange") from None
    except ValueError:
        # NaN/Infinity, or an integer with thousands of digits.
        raise BadInputFile("not_json") from None


def _object_without_repeats(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json keeps the last of repeated names and silently drops the others;
    # in an import that would lose data without a word.
    result = dict(pairs)
    if len(result) != len(pairs):
        raise BadInputFile("repeated_name")
    return result


def _no_constants(name: str) -> NoReturn:
    raise ValueError("not JSON")


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


def check_attachments(  # noqa: C901 - ratchet: split this function
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
        if not isinstance(item, Mapping):
            raise InvalidRecord("attachments", "not_an_object", index)
        for name in item:
            if name not in _ATTACHMENT_KEYS:
                raise InvalidRecord(safe_name(name), "unknown_field", index)
        for name in _ATTACHMENT_KEYS:
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
        found.append(InterchangeAttachment(attachment_id, name, item["media_type"], added_at, data))
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
