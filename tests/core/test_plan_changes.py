"""What a received update changes in a plan (Interface 1.3), without Qt:
field by field, old → new, places, times and the alert signal first."""

from __future__ import annotations

from fieldsafe.core.plans import FIRST_CHANGES, FieldChange, changed_fields, plan_changes

OLD = {
    "title": "the café",
    "status": "ready",
    "colleague": "Bea",
    "purpose": "first meeting",
    "location": "the café",
    "backup_location": "the library",
    "alert_signal": "scarf off",
    "starts_at": "2026-03-05T10:00:00Z",
    "check_in_at": "2026-03-05T12:00:00Z",
    "scenarios": [
        {"prompt": "we_are_late", "answer": "wait ten minutes"},
        {"prompt": "documents", "answer": "no"},
    ],
}


def test_places_times_and_the_alert_signal_come_first() -> None:
    new = {
        **OLD,
        "purpose": "second meeting",  # a wizard field early in the wizard, still after
        "alert_signal": "glasses on the table",
        "check_in_at": "2026-03-05T13:00:00Z",
        "backup_location": "the park entrance",
        "status": "draft",
    }
    changes = plan_changes(OLD, new)
    assert [c.field for c in changes] == [
        "backup_location",
        "check_in_at",
        "alert_signal",
        "purpose",
        "status",
    ]
    assert changes[0] == FieldChange("backup_location", "the library", "the park entrance")
    assert FIRST_CHANGES[:2] == ("location", "backup_location")
    assert FIRST_CHANGES[-1] == "alert_signal"
    # Whether someone is back safely is a time: it comes with the times.
    late = plan_changes(OLD, {**OLD, "purpose": "x", "checked_in_at": "2026-03-05T12:10:00Z"})
    assert [c.field for c in late] == ["checked_in_at", "purpose"]


def test_added_and_removed_values_and_blanks() -> None:
    new = {**OLD, "ends_at": "2026-03-05T11:00:00Z", "colleague": "", "threats": None}
    new.pop("purpose")
    changes = plan_changes(OLD, new)
    assert changes == [
        FieldChange("ends_at", None, "2026-03-05T11:00:00Z"),
        FieldChange("colleague", "Bea", ""),
        FieldChange("purpose", "first meeting", None),
    ]  # "threats": missing before, None after: no change
    assert plan_changes(OLD, dict(OLD)) == []
    assert plan_changes({"person_codes": []}, {}) == []
    assert plan_changes({"status": "draft"}, {}) == []  # no status is a draft
    assert plan_changes({}, {"status": "ready"}) == [FieldChange("status", None, "ready")]


def test_each_scenario_is_its_own_change() -> None:
    new = {
        **OLD,
        "scenarios": [
            {"prompt": "documents", "answer": "no"},
            {"prompt": "we_are_late", "answer": "wait fifteen minutes"},
            {"prompt": "threatened", "answer": "leave together at once"},
            {"prompt": "our own question", "answer": "yes"},
        ],
    }
    changes = plan_changes(OLD, new)
    assert changes == [
        FieldChange("scenarios", "wait ten minutes", "wait fifteen minutes", part="we_are_late"),
        FieldChange("scenarios", None, "leave together at once", part="threatened"),
        FieldChange("scenarios", None, "yes", part="our own question"),
    ]
    assert changed_fields(changes) == ["scenarios"]


def test_fields_outside_the_wizard_come_last_by_name() -> None:
    changes = plan_changes({"starts_at": "a"}, {"starts_at": "b", "zeta": 1, "log": "x"})
    assert [c.field for c in changes] == ["starts_at", "log", "zeta"]
    assert changed_fields(changes) == ["starts_at", "log", "zeta"]
