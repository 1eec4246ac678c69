"""A bundle's records and their attachments, on both sides of the envelope.

In format 3 a record's attachment is listed in the signed manifest by its
metadata, SHA-256 and length (``{"id", "name", "media_type", "added_at",
"sha256", "length"}``); its bytes stand before the manifest, in the order the
records and their attachments are listed (:mod:`fieldsafe.exchange.envelope`).
Format 2 carried them inside the record as base64 (``"data"``), as an
interchange file does.

* :func:`without_bytes` (sealing) takes each attachment's bytes out of the
  records and puts its length in their place; :func:`hashed` adds each
  one's SHA-256 once it is known (each is hashed once).
* :func:`claims` (opening) reads those back from the signed manifest.
* :func:`received_records` turns an opened bundle's records, of either
  format, into :class:`~fieldsafe.core.interchange.InterchangeRecord`
  objects, checked as an import checks them (:class:`InvalidRecord`).
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from fieldsafe.core.interchange import (
    MAX_ATTACHMENT_BYTES,
    InterchangeAttachment,
    InterchangeRecord,
    check_attachment_entry,
    parse_record,
)
from fieldsafe.exchange.envelope import Claim, Part
from fieldsafe.exchange.refusal import BadBundle

#: an attachment as the manifest lists it (format 3)
ENTRY_KEYS = ("id", "name", "media_type", "added_at", "sha256", "length")
_SHA256 = re.compile(r"[0-9a-f]{64}\Z")


def without_bytes(
    content: Mapping[str, Any],
) -> tuple[dict[str, Any], list[Part], list[dict[str, Any]]]:
    """``content`` as the manifest holds it, the attachments' bytes in order,
    and the manifest's entry for each of them. Each attachment's ``"data"``
    (its raw bytes, or base64 text as an interchange record's
    :meth:`~InterchangeRecord.as_json` gives it) is taken out and its
    ``"length"`` put in; its ``"sha256"`` is the caller's to fill in (see
    :func:`hashed`). ``content`` is not changed."""
    records = content.get("records")
    if not isinstance(records, list):
        return dict(content), [], []
    blobs: list[Part] = []
    entries: list[dict[str, Any]] = []
    listed: list[Any] = []
    for record in records:
        attached = record.get("attachments") if isinstance(record, Mapping) else None
        if not attached:
            listed.append(record)
            continue
        mine = []
        for entry in attached:
            data = entry["data"]
            blob = base64.b64decode(data, validate=True) if isinstance(data, str) else data
            item = {name: value for name, value in entry.items() if name != "data"}
            item["length"] = memoryview(blob).nbytes
            mine.append(item)
            entries.append(item)
            blobs.append(blob)
        listed.append({**record, "attachments": mine})
    return {**content, "records": listed}, blobs, entries


def hashed(entries: Sequence[dict[str, Any]], digests: Sequence[str]) -> None:
    """Give each manifest entry its attachment's SHA-256 (hex), in order."""
    for entry, digest in zip(entries, digests, strict=True):
        entry["sha256"] = digest


def digest(blob: Part) -> str:
    return hashlib.sha256(blob).hexdigest()


def claims(content: object) -> list[Claim]:
    """What the signed content claims of each attachment's bytes, in order;
    :class:`BadBundle` (``not_a_bundle``, ``too_large`` above the largest
    attachment) for a claim that cannot be right. Records that are not
    objects are left to :func:`received_records`, which refuses them."""
    records = content.get("records") if isinstance(content, Mapping) else None
    if not isinstance(records, list):
        return []
    found: list[Claim] = []
    for record in records:
        if not isinstance(record, Mapping) or "attachments" not in record:
            continue
        entries = record["attachments"]
        if not isinstance(entries, list):
            raise BadBundle("not_a_bundle")
        for entry in entries:
            digest = entry.get("sha256") if isinstance(entry, Mapping) else None
            length = entry.get("length") if isinstance(entry, Mapping) else None
            if not isinstance(digest, str) or not _SHA256.match(digest):
                raise BadBundle("not_a_bundle")
            if type(length) is not int or length < 1:
                raise BadBundle("not_a_bundle")
            if length > MAX_ATTACHMENT_BYTES:
                raise BadBundle("too_large")
            found.append(Claim(digest, length))
    return found


def received_records(
    raw: list[Any], attachments: Sequence[bytes], *, version: int
) -> list[InterchangeRecord]:
    """Every record of an opened bundle (``version`` is its format), checked
    as an import checks it; in format 3 each attachment gets its bytes from
    ``attachments`` (already checked against the signed SHA-256 and length)."""
    if version < 3:
        return [parse_record(r, index=i) for i, r in enumerate(raw)]
    blobs = iter(attachments)
    records = []
    for index, item in enumerate(raw):
        if not isinstance(item, Mapping) or "attachments" not in item:
            records.append(parse_record(item, index=index))
            continue
        record = parse_record(
            {name: value for name, value in item.items() if name != "attachments"}, index=index
        )
        found = _attachments(item["attachments"], blobs, index=index)
        records.append(replace(record, attachments=found))
    return records


def _attachments(
    entries: list[Any], blobs: Iterator[bytes], *, index: int
) -> tuple[InterchangeAttachment, ...]:
    """A record's attachments as the manifest lists them, with their bytes:
    the same checks as an interchange file's (ids, names, types, times)."""
    found: list[InterchangeAttachment] = []
    seen: set[str] = set()
    for entry in entries:
        attachment_id, name, media_type, added_at = check_attachment_entry(
            entry, ENTRY_KEYS, seen, index=index
        )
        found.append(InterchangeAttachment(attachment_id, name, media_type, added_at, next(blobs)))
    return tuple(found)
