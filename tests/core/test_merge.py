"""Three-way merge of a shared plan (no Qt)."""

from __future__ import annotations

from fieldsafe.core.merge import conflicts, merge

BASE = {"location": "café", "backup_location": "library", "alert_signal": "scarf"}


def test_one_side_changes_are_taken_and_real_conflicts_are_named() -> None:
    mine = {**BASE, "alert_signal": "hat", "location": "park"}
    theirs = {**BASE, "backup_location": "station", "location": "museum"}
    assert conflicts(BASE, mine, theirs) == ["location"]
    assert merge(BASE, mine, theirs) == {
        "location": "park",
        "backup_location": "station",
        "alert_signal": "hat",
    }
    assert merge(BASE, mine, theirs, take_theirs=["location"])["location"] == "museum"
    same = {**BASE, "location": "park"}
    assert conflicts(BASE, same, same) == []  # the same change on both sides is no conflict
    assert merge(None, mine, theirs) == theirs and conflicts(None, mine, theirs) == []
