"""Incidents without storage: validation, filters, patterns and the
de-identified summary (``fieldsafe.core.incidents``)."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from fieldsafe.core.incidents import (
    HIDDEN,
    NOT_GIVEN,
    OTHER_AREAS,
    SMALL_COUNT,
    TIMES_OF_DAY,
    Incident,
    IncidentFilter,
    matches,
    patterns,
    summarise,
    summary_csv,
    time_of_day,
)
from fieldsafe.core.records import INCIDENT, INCIDENT_ACTORS, INCIDENT_TYPES, KINDS, RecordId
from fieldsafe.errors import InvalidRecord

WHEN = "2026-03-04T21:30:00Z"


def incident(**fields: Any) -> Incident:
    clean = INCIDENT.validate({"occurred_at": WHEN, **fields})
    return Incident(RecordId(str(uuid.uuid4())), clean, datetime.now(UTC), datetime.now(UTC))


# -- the kind -----------------------------------------------------------------------


def test_the_kind_is_registered_shareable_and_searchable() -> None:
    assert KINDS["incident"] is INCIDENT
    assert not INCIDENT.private and INCIDENT.indexed
    assert INCIDENT.time_field == "occurred_at" and INCIDENT.title_field == "title"
    assert set(INCIDENT.identifying_fields) == {"setting", "area", "actors_note"}


def test_only_when_it_happened_is_required() -> None:
    clean = INCIDENT.validate({"occurred_at": "2026-03-04T23:30:00+02:00"})
    assert clean["occurred_at"] == "2026-03-04T21:30:00Z"
    assert clean["actors"] == [] and clean["logs"] == [] and clean["type"] == ""
    with pytest.raises(InvalidRecord) as missing:
        INCIDENT.validate({"title": "something happened"})
    assert (missing.value.field, missing.value.reason) == ("occurred_at", "required")


def test_every_listed_type_actor_and_status_is_accepted() -> None:
    for kind in INCIDENT_TYPES:
        assert INCIDENT.validate({"occurred_at": WHEN, "type": kind})["type"] == kind
    every = INCIDENT.validate({"occurred_at": WHEN, "actors": list(reversed(INCIDENT_ACTORS))})
    assert every["actors"] == list(INCIDENT_ACTORS)  # canonical order
    for status in ("open", "measures_reviewed"):
        assert INCIDENT.validate({"occurred_at": WHEN, "status": status})["status"] == status


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"type": "burglary"}, "type", "not_a_choice"),
        ({"setting": "the flat on 5th street"}, "setting", "not_a_choice"),
        ({"actors": ["exploiter", "Mr Smith"]}, "actors", "not_a_choice"),
        ({"actors": "police"}, "actors", "not_a_list"),
        ({"status": "closed"}, "status", "not_a_choice"),
        ({"noticed_at": "2026-03-04 21:30"}, "noticed_at", "not_a_time"),
        ({"area": "line one\nline two"}, "area", "control_character"),
        ({"area": "x" * 201}, "area", "too_long"),
        ({"what_happened": "bell \x07"}, "what_happened", "control_character"),
        ({"logs": ["not-an-id"]}, "logs", "not_a_uuid"),
        ({"assessments": [str(uuid.uuid4()) for _ in range(21)]}, "assessments", "too_many"),
        ({"plans": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01"}, "plans", "not_a_list"),
        ({"name_of_exploiter": "X"}, "name_of_exploiter", "unknown_field"),
    ],
)
def test_bad_fields_are_refused_by_name(fields: dict[str, Any], field: str, reason: str) -> None:
    with pytest.raises(InvalidRecord) as refused:
        INCIDENT.validate({"occurred_at": WHEN, **fields})
    assert (refused.value.field, refused.value.reason) == (field, reason)


def test_links_are_normalised_and_repeats_dropped() -> None:
    raw = uuid.uuid4()
    clean = INCIDENT.validate(
        {"occurred_at": WHEN, "logs": [str(raw).upper(), f"{{{raw}}}", str(raw)]}
    )
    assert clean["logs"] == [str(raw)]


def test_search_text_holds_the_words_but_never_the_links() -> None:
    link = str(uuid.uuid4())
    fields = INCIDENT.validate(
        {
            "occurred_at": WHEN,
            "title": "Followed",
            "what_happened": "تبعنا رجل من المحطة",
            "measures": "different route",
            "actors_note": "grey jacket",
            "logs": [link],
        }
    )
    text = INCIDENT.search_text(fields)
    assert "تبعنا" in text and "different route" in text and "grey jacket" in text
    assert link not in text


def test_facets_make_the_filters_and_today_cheap() -> None:
    link = str(uuid.uuid4())
    facets = INCIDENT.facets(
        INCIDENT.validate(
            {
                "occurred_at": WHEN,
                "type": "verbal",
                "setting": "street",
                "area": "  North   District ",
                "actors": ["client", "police"],
                "assessments": [link],
            }
        )
    )
    assert facets == sorted(
        [
            ("incident_status", "open"),
            ("incident_open", "1"),
            ("incident_type", "verbal"),
            ("setting", "street"),
            ("area", "north district"),
            ("actor", "client"),
            ("actor", "police"),
            ("linked", link),
        ]
    )
    reviewed = INCIDENT.facets(
        INCIDENT.validate({"occurred_at": WHEN, "status": "measures_reviewed"})
    )
    assert reviewed == [("incident_status", "measures_reviewed")]


# -- filters ----------------------------------------------------------------------


def test_a_filter_narrows_by_every_part() -> None:
    a = incident(type="verbal", setting="street", area="North", actors=["client"])
    b = incident(type="digital", setting="online", status="measures_reviewed")
    assert matches(a, IncidentFilter()) and matches(b, IncidentFilter())
    assert matches(a, IncidentFilter(types=("verbal", "physical")))
    assert not matches(b, IncidentFilter(types=("verbal",)))
    assert matches(a, IncidentFilter(areas=(" north ",)))
    assert not matches(b, IncidentFilter(areas=("north",)))
    assert matches(a, IncidentFilter(actors=("police", "client")))
    assert matches(b, IncidentFilter(statuses=("measures_reviewed",)))
    moment = datetime(2026, 3, 4, 21, 30, tzinfo=UTC)
    assert matches(a, IncidentFilter(since=moment, until=moment + timedelta(seconds=1)))
    assert not matches(a, IncidentFilter(until=moment))  # until is exclusive
    with pytest.raises(ValueError):
        IncidentFilter(types=("burglary",))
    assert not IncidentFilter(areas=("  ",)).active


# -- patterns ---------------------------------------------------------------------


def test_patterns_count_by_month_and_type_setting_actor_and_time_of_day() -> None:
    found = patterns(
        [
            incident(occurred_at="2026-01-10T02:00:00Z", type="verbal", actors=["client"]),
            incident(occurred_at="2026-01-20T09:00:00Z", type="verbal", setting="street"),
            incident(
                occurred_at="2026-03-01T13:00:00Z",
                type="physical",
                setting="street",
                actors=["client", "exploiter"],
            ),
            incident(occurred_at="2026-03-02T19:00:00Z"),
        ],
        UTC,
    )
    assert found.total == 4
    assert found.by_month_and_type == {
        ("2026-01", "verbal"): 2,
        ("2026-03", NOT_GIVEN): 1,
        ("2026-03", "physical"): 1,
    }
    assert found.months == ["2026-01", "2026-02", "2026-03"]  # the gap is kept
    assert found.by_setting == {"street": 2, NOT_GIVEN: 2}
    assert found.by_actor == {"exploiter": 1, "client": 2, NOT_GIVEN: 2}
    assert found.by_time_of_day == {"night": 1, "morning": 1, "afternoon": 1, "evening": 1}


def test_time_of_day_and_month_are_read_in_the_persons_time_zone() -> None:
    moment = datetime(2026, 1, 31, 23, 30, tzinfo=UTC)
    assert time_of_day(moment, UTC) == "evening"
    plus_two = timezone(timedelta(hours=2))
    assert time_of_day(moment, plus_two) == "night"
    found = patterns([incident(occurred_at="2026-01-31T23:30:00Z", type="digital")], plus_two)
    assert found.by_month_and_type == {("2026-02", "digital"): 1}
    assert set(found.by_time_of_day) == set(TIMES_OF_DAY)


def test_patterns_of_nothing_are_empty() -> None:
    found = patterns([], UTC)
    assert found.total == 0 and found.months == [] and found.by_setting == {}


# -- the de-identified summary -------------------------------------------------------


def many(count: int, **fields: Any) -> list[Incident]:
    return [incident(**fields) for _ in range(count)]


def test_small_counts_are_hidden_and_cannot_be_worked_out_from_the_total() -> None:
    found = summarise(
        [*many(5, type="verbal"), *many(4, type="digital"), *many(1, type="physical")],
        zone=UTC,
    )
    types = {r.value: r.count for r in found.section("type")}
    # 1 is hidden; alone it would be the total (10) minus the rest, so the
    # next smallest (4) is hidden too.
    assert types == {"physical": None, "verbal": 5, "digital": None}
    assert {r.value: r.count for r in found.section("total")} == {"all": 10}


def test_hidden_counts_add_up_to_at_least_three() -> None:
    rows = summarise(
        [
            *many(6, setting="street"),
            *many(1, setting="online"),
            *many(1, setting="office"),
            *many(3, setting="apartment"),
        ],
        zone=UTC,
    ).section("setting")
    counts = {r.value: r.count for r in rows}
    hidden = [v for v, n in counts.items() if n is None]
    assert set(hidden) == {"online", "office", "apartment"}  # 1 + 1 is under 3: one more
    assert counts["street"] == 6


def test_areas_are_named_only_when_shared_by_three_and_spelt_as_most_do() -> None:
    found = summarise(
        [
            *many(2, area="North district"),
            *many(2, area="north  DISTRICT"),
            *many(1, area="North District"),
            *many(1, area="Flat 3, Rose Street 12"),  # what should never be an area
            *many(1, area="Behind P-4821's building"),
            *many(3),
        ],
        zone=UTC,
    )
    areas = {r.value: r.count for r in found.section("area")}
    assert "Flat 3, Rose Street 12" not in areas and "Behind P-4821's building" not in areas
    assert set(areas) == {"North district", OTHER_AREAS, NOT_GIVEN}
    assert areas["North district"] == 5
    assert areas[OTHER_AREAS] is None  # 2 rare areas together: still under 3...
    assert areas[NOT_GIVEN] is None  # ...so the next smallest is hidden with them


def test_the_summary_holds_no_free_text_codes_or_ids() -> None:
    records = many(
        4,
        title="P-4821 followed",
        what_happened="secret words",
        actors_note="a man called X",
        measures="moved",
        reported_to="Officer Y",
        logs=[str(uuid.uuid4())],
    )
    text = summary_csv(summarise(records, zone=UTC))
    for needle in ("P-4821", "secret", "called", "moved", "Officer", records[0].id):
        assert needle not in text
    for ids in records[0].fields["logs"]:
        assert ids not in text


def test_the_period_is_in_local_days_and_until_is_excluded() -> None:
    records = [
        incident(occurred_at="2026-01-31T23:30:00Z"),  # February 1st at +02:00
        *many(3, occurred_at="2026-02-15T12:00:00Z"),
        incident(occurred_at="2026-03-01T00:30:00Z"),
    ]
    plus_two = timezone(timedelta(hours=2))
    found = summarise(records, zone=plus_two, since=date(2026, 2, 1), until=date(2026, 3, 1))
    assert {r.value: r.count for r in found.section("total")} == {"all": 4}
    assert {r.value: r.count for r in found.section("month")} == {"2026-02": 4}
    assert summarise([], zone=UTC).rows == ()


def test_a_total_under_three_is_hidden_too() -> None:
    found = summarise(many(2, type="verbal"), zone=UTC)
    assert all(r.count is None for r in found.rows)
    assert HIDDEN == f"<{SMALL_COUNT}"


def test_the_csv_words_keys_keeps_areas_as_typed_and_defuses_formulas() -> None:
    found = summarise(
        [*many(3, type="verbal", area="=HYPERLINK(1)"), *many(3, type="digital", area="Riverside")],
        zone=UTC,
    )
    text = summary_csv(
        found, lambda section, value: f"<{section}:{value}>", headers=("a", "b", "c")
    )
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["a", "b", "c"]
    assert ["<:type>", "<type:verbal>", "3"] in rows
    assert ["<:area>", "'=HYPERLINK(1)", "3"] in rows  # as typed, never run as a formula
    assert ["<:area>", "Riverside", "3"] in rows
    plain = list(csv.reader(io.StringIO(summary_csv(found))))
    assert plain[0] == ["section", "value", "incidents"]
    assert ["total", "all", "6"] in plain
