"""Record kinds and their fields, validated without storage or Qt.

Every kind (outreach log today; meeting plans, debriefs, incidents, risk
assessments next) is described by a :class:`KindSpec`: its fields, which are
required, their types and limits, which field is the title, which fields feed
full-text search, and whether the kind is *private* (never in search results,
exports or shares unless the user includes it explicitly). The vault stores
every kind the same way, so a new kind is a new spec plus a small typed
repository.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NewType

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.vault.errors import InvalidRecord

RecordId = NewType("RecordId", str)

# Control characters have no place in a record, and some (terminal escapes)
# would act on whoever prints it. Tabs and line breaks only where a field is
# multi-line. Bidirectional marks stay allowed: Arabic text needs them.
_CONTROLS_MULTILINE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_CONTROLS_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")

MAX_TITLE = 500
MAX_TEXT = 1_000_000  # characters; a log body is text, attachments are separate


def new_record_id() -> RecordId:
    return RecordId(str(uuid.uuid4()))


def check_record_id(value: object, *, index: int | None = None) -> RecordId:
    try:
        return RecordId(str(uuid.UUID(str(value))))
    except ValueError:
        raise InvalidRecord("id", "not_a_uuid", index) from None


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # "text" | "datetime"
    required: bool = False
    max_length: int = MAX_TEXT
    searchable: bool = False
    multiline: bool = False


@dataclass(frozen=True)
class KindSpec:
    name: str
    fields: tuple[FieldSpec, ...]
    title_field: str
    time_field: str
    private: bool = False
    by_name: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def validate(self, fields: Mapping[str, Any], *, index: int | None = None) -> dict[str, Any]:
        """Return a clean copy of ``fields``; raise :class:`InvalidRecord`
        naming the first bad field. Unknown fields are refused, not dropped:
        silently losing data from an import is worse than a clear error."""
        if not isinstance(fields, Mapping):
            raise InvalidRecord("fields", "not_an_object", index)
        clean: dict[str, Any] = {}
        for name in fields:
            if name not in self.by_name:
                raise InvalidRecord(str(name)[:64], "unknown_field", index)
        for spec in self.fields:
            value = fields.get(spec.name)
            if value is None or value == "":
                if spec.required:
                    raise InvalidRecord(spec.name, "required", index)
                clean[spec.name] = "" if spec.type == "text" else None
                continue
            if spec.type == "datetime":
                if not isinstance(value, str):
                    raise InvalidRecord(spec.name, "not_a_time", index)
                try:
                    clean[spec.name] = to_iso(from_iso(value))
                except ValueError:
                    raise InvalidRecord(spec.name, "not_a_time", index) from None
            else:
                if not isinstance(value, str):
                    raise InvalidRecord(spec.name, "not_text", index)
                if len(value) > spec.max_length:
                    raise InvalidRecord(spec.name, "too_long", index)
                controls = _CONTROLS_MULTILINE if spec.multiline else _CONTROLS_ONE_LINE
                if controls.search(value):
                    raise InvalidRecord(spec.name, "control_character", index)
                clean[spec.name] = value
        return clean

    def search_text(self, fields: Mapping[str, Any]) -> str:
        return "\n".join(
            str(fields.get(f.name) or "") for f in self.fields if f.searchable and f.name != self.title_field
        )


OUTREACH_LOG = KindSpec(
    name="outreach_log",
    fields=(
        FieldSpec("occurred_at", "datetime", required=True),
        FieldSpec("title", "text", max_length=MAX_TITLE, searchable=True),
        FieldSpec("body", "text", searchable=True, multiline=True),
    ),
    title_field="title",
    time_field="occurred_at",
)

KINDS: dict[str, KindSpec] = {OUTREACH_LOG.name: OUTREACH_LOG}


def kind_spec(name: object, *, index: int | None = None) -> KindSpec:
    spec = KINDS.get(name) if isinstance(name, str) else None
    if spec is None:
        raise InvalidRecord("kind", "unknown_kind", index)
    return spec


@dataclass(frozen=True)
class OutreachLog:
    """One meeting or contact, written after it."""

    id: RecordId
    occurred_at: datetime
    title: str
    body: str
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RecordSummary:
    """What a list shows: no body, so long lists stay light."""

    id: RecordId
    kind: str
    occurred_at: datetime
    title: str
    position: int = 0  # the store's sequence number: where the next page starts
