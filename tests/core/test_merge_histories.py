"""An append-only history (a risk assessment's ``reviews``) merges as the
union of its entries: two people who each record a review never lose one
to the conflict choice (no Qt)."""

from __future__ import annotations

from typing import Any

from fieldsafe.core.merge import NO_COMMON_BASE, conflicts, histories, merge


def review(day: str, changes: str = "", reason: str = "scheduled") -> dict[str, Any]:
    return {
        "reviewed_on": day,
        "reason": reason,
        "incident": None,
        "activity": "",
        "changes": changes,
    }


FIRST = review("2026-03-01", "first look")
BASE = {"title": "Street outreach", "reviews": [FIRST]}
REVIEWS = histories("risk_assessment")


def test_only_the_assessments_review_history_is_append_only() -> None:
    assert REVIEWS == {"reviews": "reviewed_on"}
    assert histories("meeting_plan") == {} and histories("incident") == {}


def test_two_new_reviews_are_both_kept_in_date_order_and_never_asked() -> None:
    mine = {**BASE, "reviews": [FIRST, review("2026-03-09", "pairs only")]}
    theirs = {**BASE, "reviews": [FIRST, review("2026-03-05", "after the incident")]}
    assert conflicts(BASE, mine, theirs) == ["reviews"]  # a plain field: one would be lost
    assert conflicts(BASE, mine, theirs, histories=REVIEWS) == []
    merged = merge(BASE, mine, theirs, histories=REVIEWS)
    assert [r["reviewed_on"] for r in merged["reviews"]] == [
        "2026-03-01",
        "2026-03-05",
        "2026-03-09",
    ]
    # Both vaults come to the same history, whichever side merges.
    assert merge(BASE, theirs, mine, histories=REVIEWS) == merged


def test_the_same_review_on_both_sides_is_kept_once() -> None:
    both = review("2026-03-05", "same words")
    mine = {**BASE, "reviews": [FIRST, both, review("2026-03-05", "mine too")]}
    theirs = {**BASE, "reviews": [FIRST, dict(both)]}
    merged = merge(BASE, mine, theirs, histories=REVIEWS)["reviews"]
    assert merged.count(both) == 1 and len(merged) == 3
    assert merge(BASE, theirs, mine, histories=REVIEWS)["reviews"] == merged


def test_a_review_one_side_removed_or_corrected_stays_so() -> None:
    corrected = review("2026-03-01", "first look, corrected")
    mine = {**BASE, "reviews": [corrected]}
    theirs = {**BASE, "reviews": [FIRST, review("2026-03-04")]}
    merged = merge(BASE, mine, theirs, histories=REVIEWS)["reviews"]
    assert merged == [corrected, review("2026-03-04")]


def test_one_side_alone_changing_the_history_is_taken_as_it_is() -> None:
    same_day = [FIRST, review("2026-03-05", "b"), review("2026-03-05", "a")]
    theirs = {**BASE, "reviews": same_day}
    assert merge(BASE, BASE, theirs, histories=REVIEWS)["reviews"] == same_day
    assert merge(BASE, theirs, BASE, histories=REVIEWS)["reviews"] == same_day


def test_without_a_common_state_both_histories_are_kept() -> None:
    mine = {**BASE, "reviews": [FIRST, review("2026-03-09")]}
    theirs = {**BASE, "reviews": [review("2026-03-05")], "title": "Street work"}
    assert conflicts(NO_COMMON_BASE, mine, theirs, histories=REVIEWS) == ["title"]
    merged = merge(NO_COMMON_BASE, mine, theirs, take_theirs=["title"], histories=REVIEWS)
    assert [r["reviewed_on"] for r in merged["reviews"]] == [
        "2026-03-01",
        "2026-03-05",
        "2026-03-09",
    ]
    assert merged["title"] == "Street work"


def test_never_exchanged_what_arrived_wins_as_before() -> None:
    theirs = {**BASE, "reviews": [review("2026-03-05")]}
    assert merge(None, BASE, theirs, histories=REVIEWS) == theirs
