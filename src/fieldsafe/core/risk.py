"""Risk assessments: the analysis of one risk situation (no storage, no Qt).

The structure follows the practice of survivor-led organisations: the
activity and its objective; threats, each with the risks it brings and a
judgement of likelihood and impact; the practices that make us vulnerable
(and how to turn them into capacities) and those that give us capacity;
gender and intersectional factors; whether the objective is worth the risk
and what safer alternatives there are; measures before, during and after;
supporting actors; and a history of reviews (scheduled, after an incident,
before an activity). The fields are :data:`RISK_ASSESSMENT` in
``core.records``.

Likelihood and impact are judged on five steps, stored as 1 to 5 and shown
in words (:data:`LIKELIHOOD`, :data:`IMPACT`); a threat's level is derived,
never stored (:func:`level`), so it cannot disagree with its judgements. An
assessment's level is that of its highest threat. Levels are words and a
rank for a shape, never an alarm colour.

The starter templates live in :mod:`fieldsafe.core.risk_templates`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from fieldsafe.core.clock import from_iso
from fieldsafe.core.records import (
    FACTORS,
    PHASES,
    REVIEW_REASONS,
    RISK_ASSESSMENT,
    SCALE_STEPS,
    WORTH_ANSWERS,
    RecordId,
)

__all__ = [
    "FACTORS",
    "IMPACT",
    "LEVELS",
    "LIKELIHOOD",
    "PHASES",
    "REVIEW_REASONS",
    "RISK_ASSESSMENT",
    "WORTH_ANSWERS",
    "RiskAssessment",
    "Threat",
    "assessment_level",
    "level",
    "with_review",
]

#: the likelihood scale, step 1 to 5 (keys; the UI words them)
LIKELIHOOD = ("very_unlikely", "unlikely", "possible", "likely", "very_likely")
#: the impact scale, step 1 to 5 (keys; the UI words them)
IMPACT = ("very_small", "small", "moderate", "serious", "very_serious")
#: the resulting levels, lowest first (keys; the UI words them, with a shape)
LEVELS = ("low", "moderate", "high", "very_high")
#: the highest product of likelihood and impact for each level but the last
_LEVEL_BOUNDS = (4, 9, 16)


def level(likelihood: int | None, impact: int | None) -> str | None:
    """The level of a threat judged ``likelihood`` × ``impact`` (each 1 to
    5), or None while either is not judged yet. The product of the two steps
    decides it: up to 4 low, up to 9 moderate, up to 16 high, above very high
    (so "very likely" with a "very small" impact is moderate, as is "very
    unlikely" with a "very serious" one)."""
    if not likelihood or not impact:
        return None
    if not (1 <= likelihood <= SCALE_STEPS and 1 <= impact <= SCALE_STEPS):
        raise ValueError("likelihood and impact are steps 1 to 5")
    product = likelihood * impact
    for name, bound in zip(LEVELS, _LEVEL_BOUNDS, strict=False):
        if product <= bound:
            return name
    return LEVELS[-1]


def level_rank(name: str | None) -> int:
    """0 for no level yet, then 1 (low) to 4 (very high): for a shape or a sort."""
    return LEVELS.index(name) + 1 if name in LEVELS else 0


@dataclass(frozen=True)
class Threat:
    threat: str
    risks: str
    likelihood: int | None
    impact: int | None

    @property
    def level(self) -> str | None:
        return level(self.likelihood, self.impact)


def threats(fields: Mapping[str, Any]) -> list[Threat]:
    return [
        Threat(t.get("threat") or "", t.get("risks") or "", t.get("likelihood"), t.get("impact"))
        for t in fields.get("threats") or ()
    ]


def assessment_level(fields: Mapping[str, Any]) -> str | None:
    """The level of the highest threat judged, or None if none is judged."""
    found = [t.level for t in threats(fields) if t.level]
    return max(found, key=level_rank) if found else None


@dataclass(frozen=True)
class Review:
    """One entry of an assessment's review history."""

    reviewed_on: date
    reason: str  # one of REVIEW_REASONS, or "" when not given
    incident: RecordId | None = None  # the incident that prompted it
    activity: str = ""  # the activity it was done before
    changes: str = ""  # what changed


def reviews(fields: Mapping[str, Any]) -> list[Review]:
    """The review history, oldest first (as stored)."""
    return [
        Review(
            date.fromisoformat(r["reviewed_on"]),
            r.get("reason") or "",
            RecordId(r["incident"]) if r.get("incident") else None,
            r.get("activity") or "",
            r.get("changes") or "",
        )
        for r in fields.get("reviews") or ()
        if r.get("reviewed_on")
    ]


def with_review(
    fields: Mapping[str, Any],
    review: Review,
    *,
    next_review: date | None = None,
) -> dict[str, Any]:
    """``fields`` with ``review`` added to the history (kept in date order)
    and, if given, the next review date set; validated. Nothing else changes:
    what the review changed in the analysis is saved with it by the caller."""
    entry = {
        "reviewed_on": review.reviewed_on.isoformat(),
        "reason": review.reason,
        "incident": review.incident,
        "activity": review.activity,
        "changes": review.changes,
    }
    history = [*(fields.get("reviews") or ()), entry]
    history.sort(key=lambda r: r["reviewed_on"])  # stable: same day keeps its order
    out = {**fields, "reviews": history}
    if next_review is not None:
        out["next_review"] = next_review.isoformat()
    return RISK_ASSESSMENT.validate(out)


def measures_by_phase(fields: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The measures grouped by phase (before, during, after; a measure with
    no phase is listed under ``""`` at the end)."""
    grouped: dict[str, list[dict[str, Any]]] = {p: [] for p in (*PHASES, "")}
    for m in fields.get("measures") or ():
        grouped[m.get("phase") or ""].append(dict(m))
    return grouped


def review_is_due(fields: Mapping[str, Any], day: date) -> bool:
    """Whether the next review date is on or before ``day``."""
    due = fields.get("next_review")
    return isinstance(due, str) and bool(due) and date.fromisoformat(due) <= day


@dataclass(frozen=True)
class RiskAssessment:
    """A stored assessment: its id, its validated fields and times, with
    what lists and the Today view read from it."""

    id: RecordId
    fields: Mapping[str, Any]
    created_at: datetime
    updated_at: datetime

    @classmethod
    def from_stored(
        cls, record_id: RecordId, fields: Mapping[str, Any], created_at: str, updated_at: str
    ) -> RiskAssessment:
        return cls(record_id, fields, from_iso(created_at), from_iso(updated_at))

    @property
    def title(self) -> str:
        return str(self.fields.get("title") or "")

    @property
    def level(self) -> str | None:
        return assessment_level(self.fields)

    @property
    def next_review(self) -> date | None:
        due = self.fields.get("next_review")
        return date.fromisoformat(due) if due else None

    @property
    def threats(self) -> list[Threat]:
        return threats(self.fields)

    @property
    def reviews(self) -> list[Review]:
        return reviews(self.fields)

    @property
    def last_review(self) -> Review | None:
        history = self.reviews
        return history[-1] if history else None


def by_review_date(assessments: Sequence[RiskAssessment]) -> list[RiskAssessment]:
    """Assessments with a next review date first (earliest first), then the
    rest by title."""
    return sorted(
        assessments,
        key=lambda a: (a.next_review is None, a.next_review or date.max, a.title.casefold()),
    )
