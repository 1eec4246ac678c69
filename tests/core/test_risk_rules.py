"""Risk assessments without storage: the kind's structured fields, levels,
reviews, the starter templates and the demo data."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest

from fieldsafe.core.demo_safety import DemoLog, demo_safety_records
from fieldsafe.core.incidents import Incident
from fieldsafe.core.interchange import parse_interchange
from fieldsafe.core.records import (
    FACTORS,
    INCIDENT,
    INCIDENT_TYPES,
    KINDS,
    RISK_ASSESSMENT,
    SETTINGS,
    RecordId,
)
from fieldsafe.core.risk import (
    IMPACT,
    LEVELS,
    LIKELIHOOD,
    Review,
    RiskAssessment,
    assessment_level,
    by_review_date,
    level,
    level_rank,
    measures_by_phase,
    review_is_due,
    with_review,
)
from fieldsafe.core.risk_templates import (
    FACTOR_PROMPTS,
    PHRASES,
    TEMPLATES,
    new_assessment,
    template,
)
from fieldsafe.errors import InvalidRecord

UNTIL = datetime(2026, 5, 1, 12, tzinfo=UTC)


def assessment(**fields: Any) -> dict[str, Any]:
    return RISK_ASSESSMENT.validate({"title": "Street outreach, North district", **fields})


# -- the kind -----------------------------------------------------------------------


def test_the_kind_is_registered_shareable_and_searchable() -> None:
    assert KINDS["risk_assessment"] is RISK_ASSESSMENT
    assert not RISK_ASSESSMENT.private and RISK_ASSESSMENT.indexed


def test_structured_parts_are_checked_item_by_item() -> None:
    clean = assessment(
        threats=[
            {"threat": "Being followed", "risks": "our office becomes known", "likelihood": 3},
            {"threat": "", "risks": "", "likelihood": None, "impact": None},  # empty: dropped
        ],
        vulnerabilities=[{"vulnerability": "Going alone"}],
        capacities=[{"capacity": "We work in pairs", "strengthen": "agree roles"}],
        factors=[{"factor": "gender", "note": "buyers react differently"}],
        measures=[{"phase": "during", "measure": "keep an overview", "who": "the one watching"}],
        reviews=[{"reviewed_on": "2026-02-01", "reason": "scheduled"}],
    )
    assert clean["threats"] == [
        {
            "threat": "Being followed",
            "risks": "our office becomes known",
            "likelihood": 3,
            "impact": None,
        }
    ]
    assert clean["vulnerabilities"] == [{"vulnerability": "Going alone", "into_capacity": ""}]
    assert clean["reviews"][0] == {
        "reviewed_on": "2026-02-01",
        "reason": "scheduled",
        "incident": None,
        "activity": "",
        "changes": "",
    }


@pytest.mark.parametrize(
    ("fields", "field", "reason"),
    [
        ({"title": ""}, "title", "required"),
        ({"threats": [{"threat": "x", "likelihood": 6}]}, "threats.likelihood", "out_of_range"),
        ({"threats": [{"threat": "x", "impact": 0}]}, "threats.impact", "out_of_range"),
        ({"threats": [{"threat": "x", "impact": "serious"}]}, "threats.impact", "not_a_number"),
        ({"threats": [{"threat": "x", "likelihood": True}]}, "threats.likelihood", "not_a_number"),
        ({"threats": [{"threat": "x", "owner": "me"}]}, "threats", "unknown_field"),
        ({"threats": ["being followed"]}, "threats", "not_an_object"),
        ({"threats": {"threat": "x"}}, "threats", "not_a_list"),
        ({"threats": [{"threat": "x"}] * 51}, "threats", "too_many"),
        ({"threats": [{"threat": "line\nbreak"}]}, "threats.threat", "control_character"),
        ({"threats": [{"threat": "\ud800"}]}, "threats.threat", "not_unicode"),
        ({"factors": [{"factor": "height", "note": "x"}]}, "factors.factor", "not_a_choice"),
        ({"measures": [{"phase": "later", "measure": "x"}]}, "measures.phase", "not_a_choice"),
        ({"reviews": [{"reason": "scheduled", "changes": "x"}]}, "reviews.reviewed_on", "required"),
        ({"reviews": [{"reviewed_on": "1/2/2026"}]}, "reviews.reviewed_on", "not_a_date"),
        (
            {"reviews": [{"reviewed_on": "2026-01-01", "incident": "no"}]},
            "reviews.incident",
            "not_a_uuid",
        ),
        ({"worth_it": "maybe"}, "worth_it", "not_a_choice"),
        ({"next_review": "2026-13-01"}, "next_review", "not_a_date"),
        ({"setting": "café"}, "setting", "not_a_choice"),
    ],
)
def test_bad_fields_are_refused_by_name(fields: dict[str, Any], field: str, reason: str) -> None:
    with pytest.raises(InvalidRecord) as refused:
        assessment(**fields)
    assert (refused.value.field, refused.value.reason) == (field, reason)


def test_search_text_reaches_into_every_part() -> None:
    fields = assessment(
        objective="objective-word",
        threats=[{"threat": "threat-word", "risks": "risk-word", "likelihood": 2}],
        vulnerabilities=[{"vulnerability": "vuln-word", "into_capacity": "into-word"}],
        capacities=[{"capacity": "cap-word"}],
        factors=[{"factor": "age", "note": "factor-word"}],
        measures=[{"phase": "after", "measure": "measure-word", "who": "who-word"}],
        reviews=[{"reviewed_on": "2026-01-01", "changes": "التغييرات"}],
        alternatives="alternative-word",
    )
    text = RISK_ASSESSMENT.search_text(fields)
    for word in (
        "objective-word",
        "threat-word",
        "risk-word",
        "vuln-word",
        "into-word",
        "cap-word",
        "factor-word",
        "measure-word",
        "who-word",
        "التغييرات",
        "alternative-word",
    ):
        assert word in text
    assert "age" not in text.split() and "after" not in text.split()  # keys are not words


def test_facets_carry_the_review_date_place_and_incidents_reviewed() -> None:
    incident = str(uuid.uuid4())
    facets = RISK_ASSESSMENT.facets(
        assessment(
            setting="street",
            area="North District",
            next_review="2026-06-01",
            reviews=[
                {"reviewed_on": "2026-01-01", "reason": "after_incident", "incident": incident}
            ],
        )
    )
    assert facets == sorted(
        [
            ("review_due", "2026-06-01"),
            ("setting", "street"),
            ("area", "north district"),
            ("linked", incident),
        ]
    )


# -- levels -------------------------------------------------------------------------


def test_five_steps_in_words_and_four_calm_levels() -> None:
    assert len(LIKELIHOOD) == len(IMPACT) == 5
    assert LEVELS == ("low", "moderate", "high", "very_high")
    assert level(None, 3) is None and level(3, None) is None
    assert level(1, 1) == "low" and level(2, 2) == "low"
    assert level(5, 1) == "moderate" and level(1, 5) == "moderate" and level(3, 3) == "moderate"
    assert level(4, 4) == "high" and level(5, 3) == "high"
    assert level(5, 4) == "very_high" and level(5, 5) == "very_high"
    with pytest.raises(ValueError):
        level(6, 1)
    assert [level_rank(n) for n in (None, *LEVELS)] == [0, 1, 2, 3, 4]


def test_the_level_follows_the_judgements_never_stored() -> None:
    fields = assessment(
        threats=[
            {"threat": "a", "likelihood": 2, "impact": 2},
            {"threat": "b", "likelihood": 4, "impact": 4},
            {"threat": "c"},
        ]
    )
    assert assessment_level(fields) == "high"
    assert "level" not in json.dumps(fields)
    assert assessment_level(assessment(threats=[{"threat": "not judged"}])) is None


# -- reviews ------------------------------------------------------------------------


def test_a_review_is_added_in_date_order_with_the_next_review() -> None:
    incident = RecordId(str(uuid.uuid4()))
    fields = assessment(reviews=[{"reviewed_on": "2026-03-01", "reason": "scheduled"}])
    later = with_review(
        fields,
        Review(date(2026, 2, 1), "after_incident", incident, changes="pairs only"),
        next_review=date(2026, 6, 1),
    )
    assert [r["reviewed_on"] for r in later["reviews"]] == ["2026-02-01", "2026-03-01"]
    assert later["reviews"][0]["incident"] == incident
    assert later["next_review"] == "2026-06-01"
    assert fields["reviews"] != later["reviews"]  # the original is left alone
    stored = RiskAssessment(RecordId("x"), later, UNTIL, UNTIL)
    assert stored.last_review == Review(date(2026, 3, 1), "scheduled")
    assert stored.reviews[0].changes == "pairs only"


def test_review_due_and_the_order_of_the_list() -> None:
    due = assessment(title="b", next_review="2026-05-01")
    assert review_is_due(due, date(2026, 5, 1)) and not review_is_due(due, date(2026, 4, 30))
    assert not review_is_due(assessment(), date(2026, 5, 1))
    made = [
        RiskAssessment(RecordId(t), assessment(title=t, **extra), UNTIL, UNTIL)
        for t, extra in (
            ("no date, z", {}),
            ("later", {"next_review": "2026-09-01"}),
            ("no date, a", {}),
            ("sooner", {"next_review": "2026-05-01"}),
        )
    ]
    assert [a.title for a in by_review_date(made)] == [
        "sooner",
        "later",
        "no date, a",
        "no date, z",
    ]


def test_measures_are_grouped_by_phase() -> None:
    fields = assessment(
        measures=[
            {"phase": "after", "measure": "debrief"},
            {"phase": "before", "measure": "plan"},
            {"measure": "no phase"},
        ]
    )
    grouped = measures_by_phase(fields)
    assert [m["measure"] for m in grouped["before"]] == ["plan"]
    assert grouped["during"] == []
    assert [m["measure"] for m in grouped[""]] == ["no phase"]


# -- starter templates --------------------------------------------------------------


def test_the_five_starter_templates() -> None:
    assert [t.key for t in TEMPLATES] == [
        "public_meeting",
        "street_outreach",
        "indoor_outreach",
        "online_outreach",
        "public_speaking",
    ]
    for t in TEMPLATES:
        fields = new_assessment(t.key)
        assert fields == RISK_ASSESSMENT.validate(fields)
        assert fields["template"] == t.key and fields["title"]
        assert fields["threats"] and fields["vulnerabilities"] and fields["capacities"]
        assert {m["phase"] for m in fields["measures"]} == {"before", "during", "after"}
        assert all(m["who"] for m in fields["measures"])
        assert fields["supporting_actors"] and fields["alternatives"]
        # the team judges; a template never does
        assert all(th["likelihood"] is None and th["impact"] is None for th in fields["threats"])
        assert fields["worth_it"] == "" and fields["next_review"] is None
        assert fields["setting"] in ("", *SETTINGS)
    with pytest.raises(KeyError):
        template("no_such_template")


def test_a_copy_is_fully_editable_and_does_not_touch_the_template() -> None:
    fields = new_assessment("street_outreach")
    fields["threats"][0]["threat"] = "Our own words"
    fields["threats"].append({"threat": "A threat of our own", "likelihood": 2, "impact": 3})
    fields["measures"] = fields["measures"][:1]
    fields["title"] = "Outreach in the station quarter"
    edited = RISK_ASSESSMENT.validate(fields)
    assert edited["threats"][0]["threat"] == "Our own words"
    assert edited["threats"][-1]["likelihood"] == 2
    assert new_assessment("street_outreach")["threats"][0]["threat"] != "Our own words"
    assert new_assessment("street_outreach")["title"] == "Street outreach"


def test_every_shown_sentence_has_a_stable_key_and_is_translated_on_copy() -> None:
    keys = {p.key for t in TEMPLATES for p in t.phrases()} | {
        p.key for p in FACTOR_PROMPTS.values()
    }
    assert keys == set(PHRASES)
    assert all(k.replace(".", "").replace("_", "").isalnum() for k in PHRASES)
    assert set(FACTOR_PROMPTS) == set(FACTORS)
    seen: list[str] = []

    def translate(key: str, text: str) -> str:
        assert PHRASES[key] == text
        seen.append(key)
        return f"[{key}]"

    fields = new_assessment("public_speaking", translate)
    assert fields["title"] == "[public_speaking.title]"
    assert fields["measures"][0]["who"] == "[who.speaker_supporter]"
    assert set(seen) == {p.key for p in template("public_speaking").phrases()}
    # keys shared between templates are translated once for all of them
    assert "who.both" in PHRASES and "capacity.team" in PHRASES


# -- demo data ----------------------------------------------------------------------


def test_demo_safety_records_are_reproducible_and_varied() -> None:
    logs = [DemoLog(str(uuid.uuid4()), "2026-01-05T18:00:00Z", "street") for _ in range(5)]
    first = list(demo_safety_records(seed=3, until=UNTIL, incidents=40, logs=logs))
    assert first == list(demo_safety_records(seed=3, until=UNTIL, incidents=40, logs=logs))
    assert first != list(demo_safety_records(seed=4, until=UNTIL, incidents=40, logs=logs))
    kinds = [r.kind for r in first]
    assert kinds.count("risk_assessment") == len(TEMPLATES) and kinds.count("incident") == 40
    for record in first:  # as an import would take them
        assert KINDS[record.kind].validate(record.fields) == record.fields
    incidents = [
        Incident.from_stored(r.id, r.fields, r.created_at or "", r.updated_at or "")
        for r in first
        if r.kind == INCIDENT.name
    ]
    assert {i.type for i in incidents} == set(INCIDENT_TYPES)
    assert any(i.fields["logs"] for i in incidents)
    assert {i.status for i in incidents} == {"open", "measures_reviewed"}
    assert any(any("\u0600" <= ch <= "\u06ff" for ch in i.title) for i in incidents)
    assessments = [r for r in first if r.kind == RISK_ASSESSMENT.name]
    assert any(r["reason"] == "after_incident" for a in assessments for r in a.fields["reviews"])
    assert any(a.fields["next_review"] <= "2026-05-01" for a in assessments)  # some due
    assert all(assessment_level(a.fields) for a in assessments)
    none = list(demo_safety_records(seed=3, until=UNTIL, incidents=0))
    assert [r.kind for r in none] == [RISK_ASSESSMENT.name] * len(TEMPLATES)
    with pytest.raises(ValueError):
        list(demo_safety_records(seed=3, until=UNTIL, incidents=-1))


def test_demo_records_round_trip_through_the_interchange_format() -> None:
    from io import BytesIO

    from fieldsafe.core.interchange import write_interchange

    records = list(demo_safety_records(seed=1, until=UNTIL, incidents=12))
    out = BytesIO()
    write_interchange(out, records, exported_at=UNTIL)
    assert parse_interchange(out.getvalue()) == records


def test_text_no_database_can_store_is_refused_deep_inside_a_file() -> None:
    """JSON can carry a lone surrogate; inside a threat it is named, never a crash."""
    raw = (
        '{"format": "fieldsafe-interchange", "version": 2, "records": [{"kind": '
        '"risk_assessment", "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01", "fields": '
        '{"title": "t", "threats": [{"threat": "a \\ud800 b"}]}}]}'
    )
    with pytest.raises(InvalidRecord) as refused:
        parse_interchange(raw)
    assert (refused.value.index, refused.value.field, refused.value.reason) == (
        0,
        "threats.threat",
        "not_unicode",
    )
