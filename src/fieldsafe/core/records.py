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
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, NewType

from fieldsafe.core.clock import MAX_YEAR, MIN_YEAR, from_iso, to_iso
from fieldsafe.errors import InvalidRecord

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


#: where a meeting took place (the keys are stored; the UI translates them)
SETTINGS = (
    "street",
    "red_light_district",
    "brothel",
    "apartment",
    "bar_or_club",
    "office",
    "online",
    "other",
)

MAX_LIST_ITEMS = 100
MAX_ITEM = 200
MAX_FOLLOW_UPS = 100
MAX_CODE = 40
MAX_MINUTES = 24 * 60

_LIST_TYPES = ("list", "follow_ups", "choices", "reflections", "items", "record_ids")
_LIST_SEPARATORS = re.compile("[,;\u060c\u061b\uff0c\u3001]")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def check_date(value: object, field_name: str, index: int | None = None) -> str:
    """A calendar date as ``YYYY-MM-DD`` (due dates, review dates)."""
    if not isinstance(value, str) or not _DATE.match(value):
        raise InvalidRecord(field_name, "not_a_date", index)
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise InvalidRecord(field_name, "not_a_date", index) from None
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise InvalidRecord(field_name, "out_of_range", index)
    return parsed.isoformat()


def _is_empty(value: object) -> bool:
    return value is None or value == "" or value == []


def _is_unicode(text: str) -> bool:
    """False for text JSON can carry but no database can store (lone surrogates)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def normalise_code(code: str) -> str:
    """The form a person code is compared in: trimmed, inner spaces
    collapsed, case folded ("a 12" and "A 12" are the same person)."""
    return " ".join(code.split()).casefold()


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind. ``type`` is one of ``text``, ``datetime``,
    ``date``, ``int``, ``bool``, ``choice`` (one of ``choices``), ``list``
    (one-line strings, ``max_length`` each) or ``follow_ups`` (a list of
    ``{"action", "due", "done"}``).

    ``identifying``: the field names or points to a person or a place
    (person codes, who went, the area and setting, where a meeting takes
    place): left out of the minimal printout, the one meant for paper that
    may be lost.

    Two structured types: ``record_ids`` (a list of record ids, links to
    other records) and ``items`` (a list of objects whose names and values
    are ``item_fields``, each checked as a field of its own; an object with
    nothing in it is dropped, an unknown name is refused)."""

    name: str
    type: str
    required: bool = False
    max_length: int = MAX_TEXT
    searchable: bool = False
    multiline: bool = False
    choices: tuple[str, ...] = ()
    minimum: int = 0
    maximum: int = 0
    max_items: int = MAX_LIST_ITEMS
    identifying: bool = False
    #: the names and values of each object of an ``items`` field
    item_fields: tuple[FieldSpec, ...] = ()

    def empty(self) -> Any:
        return {
            "text": "",
            "list": [],
            "follow_ups": [],
            "bool": False,
            "choice": "",
            "choices": [],
            "reflections": [],
            "items": [],
            "record_ids": [],
        }.get(self.type)

    def check_text(
        self,
        value: object,
        index: int | None,
        *,
        name: str | None = None,
        max_length: int | None = None,
        multiline: bool | None = None,
    ) -> str:
        label = name or self.name
        if not isinstance(value, str):
            raise InvalidRecord(label, "not_text", index)
        if len(value) > (max_length or self.max_length):
            raise InvalidRecord(label, "too_long", index)
        controls = (
            _CONTROLS_MULTILINE
            if (self.multiline if multiline is None else multiline)
            else _CONTROLS_ONE_LINE
        )
        if controls.search(value):
            raise InvalidRecord(label, "control_character", index)
        return value

    def check(self, value: Any, index: int | None) -> Any:  # noqa: C901 - ratchet: split this function
        """A clean copy of a non-empty ``value``, or :class:`InvalidRecord`."""
        kind = self.type
        if kind in ("items", "record_ids"):
            return (
                self._check_items(value, index)
                if kind == "items"
                else self._check_ids(value, index)
            )
        if kind == "datetime":
            if not isinstance(value, str):
                raise InvalidRecord(self.name, "not_a_time", index)
            try:
                return to_iso(from_iso(value))
            except ValueError:
                raise InvalidRecord(self.name, "not_a_time", index) from None
        if kind == "date":
            return check_date(value, self.name, index)
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise InvalidRecord(self.name, "not_a_number", index)
            if not self.minimum <= value <= self.maximum:
                raise InvalidRecord(self.name, "out_of_range", index)
            return value
        if kind == "bool":
            if not isinstance(value, bool):
                raise InvalidRecord(self.name, "not_yes_or_no", index)
            return value
        if kind == "choice":
            if value not in self.choices:
                raise InvalidRecord(self.name, "not_a_choice", index)
            return value
        if kind == "list":
            if not isinstance(value, list):
                raise InvalidRecord(self.name, "not_a_list", index)
            if len(value) > self.max_items:
                raise InvalidRecord(self.name, "too_many", index)
            items: list[str] = []
            for item in value:
                text = " ".join(self.check_text(item, index).split())
                if _LIST_SEPARATORS.search(text):
                    # The editor shows a list as "a, b": an item holding a
                    # separator would come back as two items after a save.
                    raise InvalidRecord(self.name, "list_separator", index)
                if text and text not in items:
                    items.append(text)
            return items
        if kind == "follow_ups":
            return self._check_follow_ups(value, index)
        if kind == "record_id":
            try:
                return str(uuid.UUID(str(value)))
            except ValueError:
                raise InvalidRecord(self.name, "not_a_uuid", index) from None
        if kind == "choices":
            if not isinstance(value, list):
                raise InvalidRecord(self.name, "not_a_list", index)
            if any(v not in self.choices for v in value):
                raise InvalidRecord(self.name, "not_a_choice", index)
            return [c for c in self.choices if c in value]  # canonical order, no repeats
        if kind == "reflections":
            return self._check_reflections(value, index)
        text = self.check_text(value, index)
        return text

    def _check_ids(self, value: Any, index: int | None) -> list[str]:
        """Links to other records: UUIDs, normalised, repeats dropped."""
        if not isinstance(value, list):
            raise InvalidRecord(self.name, "not_a_list", index)
        if len(value) > self.max_items:
            raise InvalidRecord(self.name, "too_many", index)
        ids: list[str] = []
        for item in value:
            try:
                record_id = str(uuid.UUID(str(item)))
            except ValueError:
                raise InvalidRecord(self.name, "not_a_uuid", index) from None
            if record_id not in ids:
                ids.append(record_id)
        return ids

    def _check_items(self, value: Any, index: int | None) -> list[dict[str, Any]]:
        """A list of objects, each value checked by its ``item_fields`` spec
        (errors name ``field.name``); objects with nothing in them are dropped."""
        if not isinstance(value, list):
            raise InvalidRecord(self.name, "not_a_list", index)
        if len(value) > self.max_items:
            raise InvalidRecord(self.name, "too_many", index)
        names = {f.name: f for f in self.item_fields}
        clean: list[dict[str, Any]] = []
        for item in value:
            if not isinstance(item, Mapping):
                raise InvalidRecord(self.name, "not_an_object", index)
            if set(item) - names.keys():
                raise InvalidRecord(self.name, "unknown_field", index)
            if all(_is_empty(item.get(name)) for name in names):
                continue
            checked: dict[str, Any] = {}
            for spec in self.item_fields:
                inner = replace(spec, name=f"{self.name}.{spec.name}")
                raw = item.get(spec.name)
                if isinstance(raw, str) and not _is_unicode(raw):
                    raise InvalidRecord(inner.name, "not_unicode", index)
                if _is_empty(raw):
                    if spec.required:
                        raise InvalidRecord(inner.name, "required", index)
                    checked[spec.name] = spec.empty()
                else:
                    checked[spec.name] = inner.check(raw, index)
            clean.append(checked)
        return clean

    def item_text(self, item: Mapping[str, Any]) -> list[str]:
        """The searchable text of one object of an ``items`` field."""
        return [
            str(item[f.name])
            for f in self.item_fields
            if f.searchable and f.type == "text" and item.get(f.name)
        ]

    def _check_reflections(self, value: Any, index: int | None) -> list[dict[str, str]]:
        """Answers to the journal's prompts: ``[{"prompt": key or own text,
        "answer": text}]``; unanswered prompts are not kept."""
        if not isinstance(value, list):
            raise InvalidRecord(self.name, "not_a_list", index)
        if len(value) > self.max_items:
            raise InvalidRecord(self.name, "too_many", index)
        clean = []
        for item in value:
            if not isinstance(item, Mapping):
                raise InvalidRecord(self.name, "not_an_object", index)
            if set(item) - {"prompt", "answer"}:
                raise InvalidRecord(self.name, "unknown_field", index)
            prompt = self.check_text(
                item.get("prompt") or "", index, max_length=MAX_PROMPT, multiline=False
            )
            answer = self.check_text(
                item.get("answer") or "", index, max_length=100_000, multiline=True
            )
            if answer.strip():
                clean.append({"prompt": prompt.strip(), "answer": answer.strip()})
        return clean

    def _check_follow_ups(self, value: Any, index: int | None) -> list[dict[str, Any]]:
        if not isinstance(value, list):
            raise InvalidRecord(self.name, "not_a_list", index)
        if len(value) > self.max_items:
            raise InvalidRecord(self.name, "too_many", index)
        clean = []
        for item in value:
            if not isinstance(item, Mapping):
                raise InvalidRecord(self.name, "not_an_object", index)
            unknown = set(item) - {"action", "due", "done"}
            if unknown:
                raise InvalidRecord(self.name, "unknown_field", index)
            action = self.check_text(
                item.get("action") or "", index, max_length=MAX_TITLE * 2, multiline=False
            )
            due = item.get("due")
            due = check_date(due, self.name, index) if due not in (None, "") else None
            done = item.get("done", False)
            if not isinstance(done, bool):
                raise InvalidRecord(self.name, "not_yes_or_no", index)
            if action.strip() or due:
                clean.append({"action": action.strip(), "due": due, "done": done})
        return clean


@dataclass(frozen=True)
class KindSpec:
    name: str
    fields: tuple[FieldSpec, ...]
    title_field: str
    time_field: str
    private: bool = False
    #: in the full-text index (the code book is not: nothing to search for)
    indexed: bool = True
    #: (facet, value) pairs a record is filtered and listed by (see ``facets``)
    facet_rule: Callable[[Mapping[str, Any]], list[tuple[str, str]]] | None = None
    by_name: dict[str, FieldSpec] = field(init=False, repr=False, compare=False)
    #: (name, empty value) of every field, in field order (compact, expand)
    empties: tuple[tuple[str, Any], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})
        object.__setattr__(self, "empties", tuple((f.name, f.empty()) for f in self.fields))

    # -- the stored form ----------------------------------------------------------
    # The vault stores a record's fields without the ones that hold their
    # field's empty value ("", [], None, False): a log with no needs, tags or
    # follow-ups stores no keys for them (schema 10). ``expand`` gives back
    # the dict ``validate`` gave, key for key and in the same order, from
    # that compact form or from the full form earlier schemas stored.

    def compact(self, fields: Mapping[str, Any]) -> dict[str, Any]:
        """The stored form of validated ``fields``: every field whose value
        is not its field's empty value (of the same type: 0 is kept where
        the empty value is False or None), in field order; a name the kind
        does not know (never from :meth:`validate`) is kept as it is."""
        out: dict[str, Any] = {}
        found = 0
        for name, empty in self.empties:
            if name in fields:
                found += 1
                value = fields[name]
                if not (value == empty and type(value) is type(empty)):
                    out[name] = value
        if found < len(fields):
            for name, value in fields.items():
                if name not in self.by_name:
                    out[name] = value
        return out

    def expand(self, stored: Mapping[str, Any]) -> dict[str, Any]:
        """The fields as :meth:`validate` gave them, from their stored form
        (compact, or full as before schema 10): a missing field reads as its
        empty value (a new list each time). Not validated again: the vault
        validated them when it wrote them."""
        out: dict[str, Any] = {}
        found = 0
        for name, empty in self.empties:
            if name in stored:
                out[name] = stored[name]
                found += 1
            else:
                out[name] = [] if isinstance(empty, list) else empty
        if found < len(stored):  # a name the kind does not know: kept, as it was read
            for name, value in stored.items():
                if name not in out:
                    out[name] = value
        return out

    @property
    def identifying_fields(self) -> tuple[str, ...]:
        """The names of the fields that identify a person or a place, in
        field order (see :attr:`FieldSpec.identifying`)."""
        return tuple(f.name for f in self.fields if f.identifying)

    def validate(self, fields: Mapping[str, Any], *, index: int | None = None) -> dict[str, Any]:
        """Return a clean copy of ``fields``; raise :class:`InvalidRecord`
        naming the first bad field. Unknown fields are refused, not dropped:
        silently losing data from an import is worse than a clear error.
        Missing optional fields get their empty value, so records written
        before a field existed read the same as new ones."""
        if not isinstance(fields, Mapping):
            raise InvalidRecord("fields", "not_an_object", index)
        clean: dict[str, Any] = {}
        for name in fields:
            if name not in self.by_name:
                raise InvalidRecord(str(name)[:64], "unknown_field", index)
        for spec in self.fields:
            clean[spec.name] = self.validate_one(spec, fields.get(spec.name), index=index)
        return clean

    def validate_one(self, spec: FieldSpec, value: Any, *, index: int | None = None) -> Any:
        if value is None or value == "" or (value == [] and spec.type in _LIST_TYPES):
            if spec.required:
                raise InvalidRecord(spec.name, "required", index)
            return spec.empty()
        return spec.check(value, index)

    def search_text(self, fields: Mapping[str, Any]) -> str:
        parts: list[str] = []
        for f in self.fields:
            if not f.searchable or f.name == self.title_field:
                continue
            value = fields.get(f.name)
            if not value:
                continue
            if f.type == "list":
                parts.append(" ".join(value))
            elif f.type == "follow_ups":
                parts.extend(item.get("action") or "" for item in value)
            elif f.type == "reflections":
                parts.extend(item.get("answer") or "" for item in value)
            elif f.type == "items":
                parts.extend(text for item in value for text in f.item_text(item))
            elif f.type == "record_ids":
                continue
            else:
                parts.append(str(value))
        return "\n".join(parts)

    def facets(self, fields: Mapping[str, Any]) -> list[tuple[str, str]]:
        return sorted(set(self.facet_rule(fields))) if self.facet_rule else []


def _outreach_facets(fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    found = [("code", normalise_code(c)) for c in fields.get("person_codes") or ()]
    found += [("tag", t.casefold()) for t in fields.get("tags") or ()]
    if fields.get("setting"):
        found.append(("setting", fields["setting"]))
    for item in fields.get("follow_ups") or ():
        if item.get("due") and not item.get("done"):
            found.append(("due", item["due"]))
    if fields.get("paper_notes") and not fields.get("paper_destroyed_at"):
        found.append(("paper_pending", "1"))
    if fields.get("review_by"):
        found.append(("review_by", fields["review_by"]))
    return found


OUTREACH_LOG = KindSpec(
    name="outreach_log",
    fields=(
        FieldSpec("occurred_at", "datetime", required=True),
        FieldSpec("duration_minutes", "int", minimum=1, maximum=MAX_MINUTES),
        FieldSpec("setting", "choice", choices=SETTINGS, identifying=True),
        FieldSpec("area", "text", max_length=MAX_ITEM, searchable=True, identifying=True),
        FieldSpec(
            "who_went", "list", max_length=MAX_ITEM, max_items=20, searchable=True, identifying=True
        ),
        FieldSpec(
            "person_codes",
            "list",
            max_length=MAX_CODE,
            max_items=50,
            searchable=True,
            identifying=True,
        ),
        FieldSpec("title", "text", max_length=MAX_TITLE, searchable=True),
        FieldSpec("body", "text", searchable=True, multiline=True),
        FieldSpec("needs", "text", searchable=True, multiline=True, max_length=100_000),
        FieldSpec("referrals", "text", searchable=True, multiline=True, max_length=100_000),
        FieldSpec("follow_ups", "follow_ups", searchable=True, max_items=MAX_FOLLOW_UPS),
        FieldSpec("safety", "text", searchable=True, multiline=True, max_length=100_000),
        FieldSpec("tags", "list", max_length=60, max_items=30, searchable=True),
        FieldSpec("paper_notes", "bool"),
        FieldSpec("paper_destroyed_at", "datetime"),
        FieldSpec("review_by", "date"),
    ),
    title_field="title",
    time_field="occurred_at",
    facet_rule=_outreach_facets,
)


def _code_facets(fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [("code_entry", normalise_code(fields.get("code") or ""))]


#: The code book: one entry per person met, so the same person can be
#: recognised across logs by a pseudonym. Private: it may hold the words that
#: identify someone (a name to watch for), so it is never searched, exported
#: or shared unless the person includes it explicitly.
PERSON_CODE = KindSpec(
    name="person_code",
    fields=(
        FieldSpec("code", "text", required=True, max_length=MAX_CODE),
        FieldSpec("since", "datetime"),
        FieldSpec("watch_words", "list", max_length=MAX_ITEM, max_items=20),
        FieldSpec("note", "text", multiline=True, max_length=100_000),
    ),
    title_field="code",
    time_field="since",
    private=True,
    indexed=False,
    facet_rule=_code_facets,
)

#: feeling words a check-in may carry (keys; the UI translates them)
FEELINGS = (
    "calm",
    "tired",
    "sad",
    "anxious",
    "angry",
    "numb",
    "shaken",
    "overwhelmed",
    "relieved",
    "hopeful",
    "proud",
    "grateful",
)

#: the journal's gentle prompts, by key; the person may switch them off or
#: write their own (kept in the journal's preferences)
DEFAULT_PROMPTS = ("went_well", "hard", "memories", "need_now", "talk_to")
MAX_PROMPT = 300


def _debrief_facets(fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [("follows", fields["follows"])] if fields.get("follows") else []


#: The debrief journal: the most private part of FieldSafe. It belongs to the
#: person, not the organisation: never in search results, exports or shares
#: unless they include it explicitly, each time.
DEBRIEF = KindSpec(
    name="debrief",
    fields=(
        FieldSpec("occurred_at", "datetime", required=True),
        FieldSpec("follows", "record_id"),
        FieldSpec("feeling", "int", minimum=0, maximum=10),
        FieldSpec("feeling_words", "choices", choices=FEELINGS, max_items=len(FEELINGS)),
        FieldSpec("checkin_note", "text", searchable=True, multiline=True, max_length=10_000),
        FieldSpec("reflections", "reflections", searchable=True, max_items=20),
        FieldSpec("body", "text", searchable=True, multiline=True),
        FieldSpec("talked_with_someone", "bool"),
    ),
    title_field="checkin_note",
    time_field="occurred_at",
    private=True,
    facet_rule=_debrief_facets,
)

#: The person's own support: who to reach, and what helps. Private, unindexed.
SUPPORT_CONTACT = KindSpec(
    name="support_contact",
    fields=(
        FieldSpec("name", "text", required=True, max_length=MAX_ITEM),
        FieldSpec("reach", "text", max_length=MAX_ITEM * 2),
        FieldSpec("notes", "text", multiline=True, max_length=10_000),
    ),
    title_field="name",
    time_field="",
    private=True,
    indexed=False,
)

SELF_CARE = KindSpec(
    name="self_care",
    fields=(FieldSpec("text", "text", required=True, max_length=MAX_TITLE),),
    title_field="text",
    time_field="",
    private=True,
    indexed=False,
)

PLAN_STATUSES = ("draft", "ready", "done", "cancelled")

#: the scenarios a pair plans a response to (keys; the UI words them)
SCENARIOS = (
    "we_are_late",
    "they_are_late",
    "someone_unexpected",
    "third_party_interrupts",
    "documents",
    "unwell_or_flashback",
    "threatened",
    "no_check_in",  # core.checkins.NO_CHECK_IN: the pair's answer is shown when a check-in passes
)


#: A meeting plan for a pair (the wizard's steps are in ``core.plans``).
def _plan_facets(fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [("plan_status", fields.get("status") or "draft")]


MEETING_PLAN = KindSpec(
    name="meeting_plan",
    fields=(
        FieldSpec("title", "text", max_length=MAX_TITLE, searchable=True),
        FieldSpec("status", "choice", choices=PLAN_STATUSES),
        FieldSpec("colleague", "text", max_length=200, searchable=True, identifying=True),
        # how the pair reaches each other (a number, a messenger): shown when a check-in passes
        FieldSpec("colleague_contact", "text", max_length=500, identifying=True),
        FieldSpec(
            "person_codes", "list", max_length=40, max_items=20, searchable=True, identifying=True
        ),
        FieldSpec("purpose", "text", multiline=True, max_length=20_000, searchable=True),
        FieldSpec("setting", "choice", choices=SETTINGS),
        FieldSpec("who_around", "text", max_length=500, searchable=True),
        FieldSpec("threats", "text", multiline=True, max_length=20_000, searchable=True),
        FieldSpec("overhear", "text", max_length=500),
        FieldSpec("earlier", "text", multiline=True, max_length=20_000, searchable=True),
        FieldSpec("impact", "text", multiline=True, max_length=20_000),
        FieldSpec("location", "text", max_length=500, searchable=True, identifying=True),
        FieldSpec("location_notes", "text", multiline=True, max_length=20_000),
        FieldSpec("backup_location", "text", max_length=500, searchable=True, identifying=True),
        FieldSpec("scenarios", "reflections", max_items=len(SCENARIOS) + 10, searchable=True),
        FieldSpec("position", "text", max_length=500),
        FieldSpec("alert_signal", "text", max_length=500),
        FieldSpec("contact_details", "text", multiline=True, max_length=20_000),
        FieldSpec("roles", "text", multiline=True, max_length=20_000),
        FieldSpec("after_watch", "text", max_length=500),
        FieldSpec("after_notes", "text", max_length=500),
        FieldSpec("debrief_with", "text", max_length=500),
        FieldSpec("starts_at", "datetime", required=True),
        FieldSpec("ends_at", "datetime"),
        FieldSpec("check_in_at", "datetime"),
        # minutes after check_in_at before FieldSafe says it has passed (empty: 15; core.checkins)
        FieldSpec("check_in_grace_minutes", "int", minimum=0, maximum=MAX_MINUTES),
        FieldSpec("checked_in_at", "datetime"),  # "I'm back safely": the check-in is done
        FieldSpec("log", "record_id"),  # the outreach log written after it ("Meeting done")
        FieldSpec("assessment", "record_id"),  # the risk assessment the wizard shows beside it
    ),
    title_field="title",
    time_field="starts_at",
    facet_rule=_plan_facets,
)


# -- the safety loop: incidents and risk assessments ------------------------------
# The kinds' rules (risk levels, patterns, the de-identified summary, starter
# templates) are in ``core.incidents`` and ``core.risk``; the words for every
# key below are the UI's (it translates them).

#: what kind of incident or threat it was
INCIDENT_TYPES = (
    "physical",
    "verbal",
    "surveillance_or_following",
    "digital",
    "legal_or_administrative",
    "other",
)
#: who was involved, as categories only: never a name
INCIDENT_ACTORS = (
    "exploiter",
    "client",
    "police",
    "other_authority",
    "community_member",
    "online_account",
    "unknown",
    "other",
)
#: open, or its immediate measures have been reviewed
INCIDENT_STATUSES = ("open", "measures_reviewed")


def _incident_facets(fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    status = fields.get("status") or "open"
    found = [("incident_status", status)]
    if status == "open":
        found.append(("incident_open", "1"))
    if fields.get("type"):
        found.append(("incident_type", fields["type"]))
    if fields.get("setting"):
        found.append(("setting", fields["setting"]))
    if fields.get("area"):
        found.append(("area", normalise_code(fields["area"])))
    found += [("actor", a) for a in fields.get("actors") or ()]
    for name in ("logs", "plans", "assessments"):
        found += [("linked", i) for i in fields.get(name) or ()]
    return found


INCIDENT = KindSpec(
    name="incident",
    fields=(
        FieldSpec("occurred_at", "datetime", required=True),
        FieldSpec("noticed_at", "datetime"),
        FieldSpec("title", "text", max_length=MAX_TITLE, searchable=True),
        FieldSpec("type", "choice", choices=INCIDENT_TYPES),
        FieldSpec("setting", "choice", choices=SETTINGS, identifying=True),
        FieldSpec("area", "text", max_length=MAX_ITEM, searchable=True, identifying=True),
        FieldSpec("actors", "choices", choices=INCIDENT_ACTORS, max_items=len(INCIDENT_ACTORS)),
        # a description of who was involved points to a person: never on paper
        FieldSpec("actors_note", "text", max_length=2_000, searchable=True, identifying=True),
        FieldSpec("what_happened", "text", multiline=True, max_length=100_000, searchable=True),
        FieldSpec("impact_people", "text", multiline=True, max_length=20_000, searchable=True),
        FieldSpec("impact_work", "text", multiline=True, max_length=20_000, searchable=True),
        FieldSpec("measures", "text", multiline=True, max_length=20_000, searchable=True),
        FieldSpec("reported_to", "text", max_length=500, searchable=True),
        FieldSpec("logs", "record_ids", max_items=20),
        FieldSpec("plans", "record_ids", max_items=20),
        FieldSpec("assessments", "record_ids", max_items=20),
        FieldSpec("status", "choice", choices=INCIDENT_STATUSES),
    ),
    title_field="title",
    time_field="occurred_at",
    facet_rule=_incident_facets,
)

#: the steps of the likelihood and impact scales (1 to 5; the UI words them)
SCALE_STEPS = 5
#: the three phases of safety measures, as in the safe-meetings practice
PHASES = ("before", "during", "after")
#: the gentle prompts on gender and intersectionality
FACTORS = (
    "age",
    "gender",
    "ethnicity",
    "religion",
    "disability",
    "sexual_orientation",
    "migration_status",
    "other",
)
#: the answer to "is this objective worth this risk?"
WORTH_ANSWERS = ("yes", "with_measures", "not_sure", "no")
#: why an assessment was reviewed
REVIEW_REASONS = ("scheduled", "after_incident", "before_activity", "other")
_ONE_LINE = 2_000
_NOTE = 20_000


def _risk_facets(fields: Mapping[str, Any]) -> list[tuple[str, str]]:
    found = []
    if fields.get("next_review"):
        found.append(("review_due", fields["next_review"]))
    if fields.get("setting"):
        found.append(("setting", fields["setting"]))
    if fields.get("area"):
        found.append(("area", normalise_code(fields["area"])))
    found += [("linked", r["incident"]) for r in fields.get("reviews") or () if r.get("incident")]
    return found


RISK_ASSESSMENT = KindSpec(
    name="risk_assessment",
    fields=(
        FieldSpec("title", "text", required=True, max_length=MAX_TITLE, searchable=True),
        FieldSpec("template", "text", max_length=60),
        FieldSpec("activity", "text", multiline=True, max_length=_NOTE, searchable=True),
        FieldSpec("objective", "text", multiline=True, max_length=_NOTE, searchable=True),
        FieldSpec("setting", "choice", choices=SETTINGS, identifying=True),
        FieldSpec("area", "text", max_length=MAX_ITEM, searchable=True, identifying=True),
        FieldSpec(
            "threats",
            "items",
            max_items=50,
            searchable=True,
            item_fields=(
                FieldSpec("threat", "text", max_length=_ONE_LINE, searchable=True),
                FieldSpec("risks", "text", multiline=True, max_length=_NOTE, searchable=True),
                FieldSpec("likelihood", "int", minimum=1, maximum=SCALE_STEPS),
                FieldSpec("impact", "int", minimum=1, maximum=SCALE_STEPS),
            ),
        ),
        FieldSpec(
            "vulnerabilities",
            "items",
            max_items=50,
            searchable=True,
            item_fields=(
                FieldSpec("vulnerability", "text", max_length=_ONE_LINE, searchable=True),
                FieldSpec(
                    "into_capacity", "text", multiline=True, max_length=_NOTE, searchable=True
                ),
            ),
        ),
        FieldSpec(
            "capacities",
            "items",
            max_items=50,
            searchable=True,
            item_fields=(
                FieldSpec("capacity", "text", max_length=_ONE_LINE, searchable=True),
                FieldSpec("strengthen", "text", multiline=True, max_length=_NOTE, searchable=True),
            ),
        ),
        FieldSpec(
            "factors",
            "items",
            max_items=len(FACTORS) * 3,
            searchable=True,
            item_fields=(
                FieldSpec("factor", "choice", choices=FACTORS),
                FieldSpec("note", "text", multiline=True, max_length=_NOTE, searchable=True),
            ),
        ),
        FieldSpec("worth_it", "choice", choices=WORTH_ANSWERS),
        FieldSpec("worth_it_note", "text", multiline=True, max_length=_NOTE, searchable=True),
        FieldSpec("alternatives", "text", multiline=True, max_length=_NOTE, searchable=True),
        FieldSpec(
            "measures",
            "items",
            max_items=100,
            searchable=True,
            item_fields=(
                FieldSpec("phase", "choice", choices=PHASES),
                FieldSpec("measure", "text", max_length=_ONE_LINE, searchable=True),
                FieldSpec("who", "text", max_length=MAX_ITEM, searchable=True),
            ),
        ),
        FieldSpec("supporting_actors", "text", multiline=True, max_length=_NOTE, searchable=True),
        FieldSpec("next_review", "date"),
        FieldSpec(
            "reviews",
            "items",
            max_items=500,
            searchable=True,
            item_fields=(
                FieldSpec("reviewed_on", "date", required=True),
                FieldSpec("reason", "choice", choices=REVIEW_REASONS),
                FieldSpec("incident", "record_id"),
                FieldSpec("activity", "text", max_length=_ONE_LINE, searchable=True),
                FieldSpec("changes", "text", multiline=True, max_length=_NOTE, searchable=True),
            ),
        ),
    ),
    title_field="title",
    time_field="",
    facet_rule=_risk_facets,
)


KINDS: dict[str, KindSpec] = {
    spec.name: spec
    for spec in (
        OUTREACH_LOG,
        PERSON_CODE,
        DEBRIEF,
        SUPPORT_CONTACT,
        SELF_CARE,
        MEETING_PLAN,
        INCIDENT,
        RISK_ASSESSMENT,
    )
}


def kind_spec(name: object, *, index: int | None = None) -> KindSpec:
    spec = KINDS.get(name) if isinstance(name, str) else None
    if spec is None:
        raise InvalidRecord("kind", "unknown_kind", index)
    return spec


@dataclass(frozen=True)
class FollowUp:
    action: str
    due: date | None = None
    done: bool = False


@dataclass(frozen=True)
class OutreachLog:
    """One meeting or contact, written after it."""

    id: RecordId
    occurred_at: datetime
    title: str
    body: str
    created_at: datetime
    updated_at: datetime
    duration_minutes: int | None = None
    setting: str = ""
    area: str = ""
    who_went: tuple[str, ...] = ()
    person_codes: tuple[str, ...] = ()
    needs: str = ""
    referrals: str = ""
    follow_ups: tuple[FollowUp, ...] = ()
    safety: str = ""
    tags: tuple[str, ...] = ()
    paper_notes: bool = False
    paper_destroyed_at: datetime | None = None
    review_by: date | None = None

    @classmethod
    def from_fields(
        cls, record_id: RecordId, f: Mapping[str, Any], created_at: str, updated_at: str
    ) -> OutreachLog:
        return cls(
            id=record_id,
            occurred_at=from_iso(f["occurred_at"]),
            title=f.get("title") or "",
            body=f.get("body") or "",
            created_at=from_iso(created_at),
            updated_at=from_iso(updated_at),
            duration_minutes=f.get("duration_minutes"),
            setting=f.get("setting") or "",
            area=f.get("area") or "",
            who_went=tuple(f.get("who_went") or ()),
            person_codes=tuple(f.get("person_codes") or ()),
            needs=f.get("needs") or "",
            referrals=f.get("referrals") or "",
            follow_ups=tuple(
                FollowUp(
                    i.get("action") or "",
                    date.fromisoformat(i["due"]) if i.get("due") else None,
                    bool(i.get("done")),
                )
                for i in f.get("follow_ups") or ()
            ),
            safety=f.get("safety") or "",
            tags=tuple(f.get("tags") or ()),
            paper_notes=bool(f.get("paper_notes")),
            paper_destroyed_at=from_iso(f["paper_destroyed_at"])
            if f.get("paper_destroyed_at")
            else None,
            review_by=date.fromisoformat(f["review_by"]) if f.get("review_by") else None,
        )

    def to_fields(self) -> dict[str, Any]:
        """The stored form (what ``OUTREACH_LOG.validate`` accepts)."""
        return {
            "occurred_at": to_iso(self.occurred_at),
            "duration_minutes": self.duration_minutes,
            "setting": self.setting,
            "area": self.area,
            "who_went": list(self.who_went),
            "person_codes": list(self.person_codes),
            "title": self.title,
            "body": self.body,
            "needs": self.needs,
            "referrals": self.referrals,
            "follow_ups": [
                {"action": i.action, "due": i.due.isoformat() if i.due else None, "done": i.done}
                for i in self.follow_ups
            ],
            "safety": self.safety,
            "tags": list(self.tags),
            "paper_notes": self.paper_notes,
            "paper_destroyed_at": to_iso(self.paper_destroyed_at)
            if self.paper_destroyed_at
            else None,
            "review_by": self.review_by.isoformat() if self.review_by else None,
        }


@dataclass(frozen=True)
class PersonCode:
    """An entry of the code book."""

    id: RecordId
    code: str
    watch_words: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class RecordFilter:
    """What a list may be narrowed to; every part optional, all must hold.
    ``due_by``: records with an open follow-up due on or before that date."""

    since: datetime | None = None
    until: datetime | None = None
    setting: str | None = None
    person_code: str | None = None
    tag: str | None = None
    due_by: date | None = None

    @property
    def active(self) -> bool:
        return any(
            v not in (None, "")
            for v in (self.since, self.until, self.setting, self.person_code, self.tag, self.due_by)
        )


@dataclass(frozen=True)
class RecordSummary:
    """What a list shows: no body, so long lists stay light."""

    id: RecordId
    kind: str
    occurred_at: datetime
    title: str
    position: int = 0  # the store's sequence number: where the next page starts
