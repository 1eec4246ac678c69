"""Incidents: security incidents and threats, their patterns, and the
de-identified summary (no storage, no Qt).

An incident is registered promptly, as briefly as the person wants: every
question but when it happened may be skipped. Where it happened is coarse (a
setting and an area, never an address) and who was involved is a category
plus a few words, never a name. The fields are :data:`INCIDENT` in
``core.records``; here are the rules that read them:

* :class:`IncidentFilter` and :func:`matches`: what the timeline and the
  lists narrow incidents to (the vault runs the same filter in SQL);
* :func:`patterns`: counts by month and type, by setting, by actor category
  and by time of day, in the person's time zone;
* :func:`summarise` and :func:`summary_csv`: the organisation's de-identified
  summary. It holds counts only (by month, type, setting and area), never a
  code, a name or free text; small counts are hidden (see :func:`_suppress`).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from fieldsafe.core.clock import from_iso
from fieldsafe.core.records import (
    INCIDENT,
    INCIDENT_ACTORS,
    INCIDENT_STATUSES,
    INCIDENT_TYPES,
    SETTINGS,
    RecordId,
    normalise_code,
)

__all__ = [
    "INCIDENT",
    "INCIDENT_ACTORS",
    "INCIDENT_STATUSES",
    "INCIDENT_TYPES",
    "SMALL_COUNT",
    "TIMES_OF_DAY",
    "Incident",
    "IncidentFilter",
    "Patterns",
    "Summary",
    "matches",
    "patterns",
    "summarise",
    "summary_csv",
]

#: counts below this are never shown in the de-identified summary
SMALL_COUNT = 3
#: parts of the day by local hour: night 0-5, morning 6-11, afternoon 12-17, evening 18-23
TIMES_OF_DAY = ("night", "morning", "afternoon", "evening")
#: the key for "not given" (no type, setting or area) in patterns and the summary
NOT_GIVEN = "not_given"
#: the summary's row that gathers the areas each too rare to name
OTHER_AREAS = "other_areas"


@dataclass(frozen=True)
class Incident:
    """A stored incident: its id, validated fields and times, with what
    the timeline, the lists and the patterns read from it."""

    id: RecordId
    fields: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_stored(
        cls, record_id: RecordId, fields: Mapping[str, Any], created_at: str, updated_at: str
    ) -> Incident:
        return cls(record_id, fields, from_iso(created_at), from_iso(updated_at))

    @property
    def occurred_at(self) -> datetime:
        return from_iso(self.fields["occurred_at"])

    @property
    def noticed_at(self) -> datetime | None:
        value = self.fields.get("noticed_at")
        return from_iso(value) if value else None

    @property
    def type(self) -> str:
        return str(self.fields.get("type") or "")

    @property
    def setting(self) -> str:
        return str(self.fields.get("setting") or "")

    @property
    def area(self) -> str:
        return str(self.fields.get("area") or "")

    @property
    def actors(self) -> tuple[str, ...]:
        return tuple(self.fields.get("actors") or ())

    @property
    def status(self) -> str:
        return str(self.fields.get("status") or "open")

    @property
    def title(self) -> str:
        return str(self.fields.get("title") or "")

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def links(self) -> tuple[RecordId, ...]:
        """Every record it links to: logs, plans, then risk assessments."""
        return tuple(
            RecordId(i)
            for name in ("logs", "plans", "assessments")
            for i in self.fields.get(name) or ()
        )


@dataclass(frozen=True)
class IncidentFilter:
    """What a timeline or a list may be narrowed to; every part optional,
    all must hold. Each tuple allows any of its values (empty: any at all);
    ``area`` is compared ignoring case and spacing; ``since`` is inclusive,
    ``until`` exclusive."""

    types: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    areas: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None

    def __post_init__(self) -> None:
        for values, allowed in (
            (self.types, INCIDENT_TYPES),
            (self.settings, SETTINGS),
            (self.actors, INCIDENT_ACTORS),
            (self.statuses, INCIDENT_STATUSES),
        ):
            if any(v not in allowed for v in values):
                raise ValueError("not one of the allowed values")

    @property
    def area_keys(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(normalise_code(a) for a in self.areas if a.strip()))

    @property
    def active(self) -> bool:
        return bool(
            self.types
            or self.settings
            or self.area_keys
            or self.actors
            or self.statuses
            or self.since
            or self.until
        )


def matches(incident: Incident, where: IncidentFilter) -> bool:
    """Whether ``incident`` passes ``where`` (as the vault's query does)."""
    when = incident.occurred_at
    return (
        (not where.types or incident.type in where.types)
        and (not where.settings or incident.setting in where.settings)
        and (not where.area_keys or normalise_code(incident.area) in where.area_keys)
        and (not where.actors or bool(set(incident.actors) & set(where.actors)))
        and (not where.statuses or incident.status in where.statuses)
        and (where.since is None or when >= where.since)
        and (where.until is None or when < where.until)
    )


# -- patterns ---------------------------------------------------------------------


def time_of_day(moment: datetime, zone: tzinfo | None = None) -> str:
    """Night, morning, afternoon or evening, by the hour in ``zone``
    (default: the system's local time)."""
    return TIMES_OF_DAY[moment.astimezone(zone).hour // 6]


def month_of(moment: datetime, zone: tzinfo | None = None) -> str:
    """``YYYY-MM`` of ``moment`` in ``zone`` (default: local time)."""
    return moment.astimezone(zone).strftime("%Y-%m")


@dataclass(frozen=True)
class Patterns:
    """Counts for the patterns view. Keys are stable (types, settings,
    actor categories, times of day, ``YYYY-MM`` months; :data:`NOT_GIVEN`
    where a question was skipped); the UI words them. An incident with
    several actor categories counts once under each."""

    total: int = 0
    by_month_and_type: dict[tuple[str, str], int] = field(default_factory=dict)
    by_setting: dict[str, int] = field(default_factory=dict)
    by_actor: dict[str, int] = field(default_factory=dict)
    by_time_of_day: dict[str, int] = field(default_factory=dict)

    @property
    def months(self) -> list[str]:
        """Every month from the first incident's to the last's, gaps included."""
        seen = sorted({m for m, _t in self.by_month_and_type})
        if not seen:
            return []
        return _month_range(seen[0], seen[-1])


def patterns(incidents: Iterable[Incident], zone: tzinfo | None = None) -> Patterns:
    """Pattern counts of ``incidents`` (times read in ``zone``, default local)."""
    month_type: Counter[tuple[str, str]] = Counter()
    setting: Counter[str] = Counter()
    actor: Counter[str] = Counter()
    hours: Counter[str] = Counter()
    total = 0
    for incident in incidents:
        total += 1
        when = incident.occurred_at
        month_type[(month_of(when, zone), incident.type or NOT_GIVEN)] += 1
        setting[incident.setting or NOT_GIVEN] += 1
        for a in incident.actors or (NOT_GIVEN,):
            actor[a] += 1
        hours[time_of_day(when, zone)] += 1
    return Patterns(
        total=total,
        by_month_and_type=dict(sorted(month_type.items())),
        by_setting=_in_order(setting, SETTINGS),
        by_actor=_in_order(actor, INCIDENT_ACTORS),
        by_time_of_day={t: hours[t] for t in TIMES_OF_DAY},
    )


def _in_order(counts: Counter[str], order: tuple[str, ...]) -> dict[str, int]:
    return {k: counts[k] for k in (*order, NOT_GIVEN) if counts[k]}


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# -- the de-identified summary ------------------------------------------------------

#: the summary's sections, in the order they are written
SECTIONS = ("total", "month", "type", "setting", "area")


@dataclass(frozen=True)
class SummaryRow:
    section: str  # one of SECTIONS
    value: str  # a month, a type, a setting, an area as typed, or a fixed key
    count: int | None  # None: hidden (small, or hidden so a small one cannot be worked out)


@dataclass(frozen=True)
class Summary:
    """The de-identified summary: counts only, small ones hidden."""

    since: date | None
    until: date | None  # exclusive
    rows: tuple[SummaryRow, ...]

    def section(self, name: str) -> list[SummaryRow]:
        return [r for r in self.rows if r.section == name]


def summarise(
    incidents: Iterable[Incident],
    *,
    zone: tzinfo | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Summary:
    """Counts of ``incidents`` that happened from ``since`` up to (not
    including) ``until`` (local days in ``zone``): in all, by month, type,
    setting and area. It never holds a code, a name or free text: areas are
    the only words from records, and an area is named only when at least
    :data:`SMALL_COUNT` incidents share it (spelt as most of them spell it);
    rarer areas are counted together. Then, in each section, counts below
    :data:`SMALL_COUNT` are hidden, and so are the next smallest until what
    is hidden adds up to at least :data:`SMALL_COUNT` over at least two
    rows: every section adds up to the same total, so a single hidden count
    could otherwise be worked out by subtraction."""
    months: Counter[str] = Counter()
    types: Counter[str] = Counter()
    settings: Counter[str] = Counter()
    areas: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    total = 0
    for incident in incidents:
        local = incident.occurred_at.astimezone(zone)
        if (since and local.date() < since) or (until and local.date() >= until):
            continue
        total += 1
        months[local.strftime("%Y-%m")] += 1
        types[incident.type or NOT_GIVEN] += 1
        settings[incident.setting or NOT_GIVEN] += 1
        area = " ".join(incident.area.split())
        key = normalise_code(area) if area else ""
        areas[key] += 1
        if key:
            spellings.setdefault(key, Counter())[area] += 1
    area_rows: dict[str, int] = {}
    rare = 0
    for key, count in sorted(areas.items()):
        if not key:
            area_rows[NOT_GIVEN] = count
        elif count >= SMALL_COUNT:
            # the most common spelling; ties go to the first in sorted order
            name = min(spellings[key].items(), key=lambda kv: (-kv[1], kv[0]))[0]
            area_rows[name] = count
        else:
            rare += count
    if rare:
        area_rows[OTHER_AREAS] = rare
    rows: list[SummaryRow] = []
    rows += _suppress("total", {"all": total} if total else {})
    rows += _suppress("month", dict(sorted(months.items())))
    rows += _suppress("type", _in_order(types, INCIDENT_TYPES))
    rows += _suppress("setting", _in_order(settings, SETTINGS))
    rows += _suppress("area", area_rows)
    return Summary(since, until, tuple(rows))


def _suppress(section: str, counts: Mapping[str, int]) -> list[SummaryRow]:
    hidden = {k for k, n in counts.items() if n < SMALL_COUNT}
    if hidden and section != "total":
        shown = sorted((n, k) for k, n in counts.items() if k not in hidden)
        while shown and (len(hidden) < 2 or sum(counts[k] for k in hidden) < SMALL_COUNT):
            hidden.add(shown.pop(0)[1])
    return [SummaryRow(section, k, None if k in hidden else n) for k, n in counts.items()]


#: what a hidden count is written as
HIDDEN = f"<{SMALL_COUNT}"
#: a cell starting with one of these could be read as a formula by a spreadsheet
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def summary_csv(
    summary: Summary,
    label: Callable[[str, str], str] | None = None,
    *,
    headers: tuple[str, str, str] = ("section", "value", "incidents"),
) -> str:
    """The summary as CSV text: a header, then one row per count
    (``section,value,incidents``; a hidden count is written ``<3``).
    ``label(section, value)`` words sections and values (default: the
    stable keys; ``section`` is "" when the section's name is asked); an
    area is written as typed. A cell that a spreadsheet would take for a
    formula is prefixed with an apostrophe."""

    def word(section: str, value: str) -> str:
        if label is None or (section == "area" and value not in (NOT_GIVEN, OTHER_AREAS)):
            return value
        return label(section, value)

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_cell(h) for h in headers])
    for row in summary.rows:
        writer.writerow(
            [
                _cell(word("", row.section)),
                _cell(word(row.section, row.value)),
                HIDDEN if row.count is None else str(row.count),
            ]
        )
    return out.getvalue()


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text
