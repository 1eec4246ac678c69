"""Meeting plans for pairs: the safe-meeting wizard as data.

The wizard's steps, their questions, and why each question is asked live
here, tested without Qt; ``ui`` only maps steps to pages. The structure
follows the safe-meetings hand-out: prevention (purpose and people, the
setting, the location and a backup, scenarios), during (where to be, the
alert signal, how the person gets our contact details, who does what),
after (watching for followers, notes into the vault, debrief), and timing.

Every question may be skipped; :func:`readiness` says calmly what is still
open without blocking anything. Statuses: draft → ready → done or cancelled.
Question and step texts are English source strings; the UI translates them.

:func:`plan_changes` says what a received update changes, field by field,
old → new: places, times and the alert signal first (what sends someone to
the wrong place or hour), then the wizard's order; the UI words it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldsafe.core.records import MEETING_PLAN, PLAN_STATUSES, SCENARIOS

__all__ = [
    "FIRST_CHANGES",
    "MEETING_PLAN",
    "PLAN_STATUSES",
    "SCENARIOS",
    "STEPS",
    "FieldChange",
    "changed_fields",
    "plan_changes",
    "readiness",
]


@dataclass(frozen=True)
class Question:
    field: str
    label: str
    why: str  # one line: why it is asked
    # text | multiline | choice | datetime | scenarios | list | grace | assessment
    kind: str = "text"


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    questions: tuple[Question, ...]


STEPS: tuple[Step, ...] = (
    Step(
        "purpose",
        "Purpose and people",
        (
            Question(
                "colleague",
                "Who goes with you?",
                "Never meet alone: a trained colleague comes along.",
            ),
            Question(
                "person_codes",
                "Person code",
                "A code, never a name, in case this plan is found.",
                "list",
            ),
            Question(
                "purpose",
                "What do we want to achieve?",
                "A clear aim keeps the meeting short and safe.",
                "multiline",
            ),
            Question(
                "assessment",
                "Which risk assessment does this meeting follow?",
                "Its threats, capacities and measures are shown beside the questions.",
                "assessment",
            ),
        ),
    ),
    Step(
        "setting",
        "The setting",
        (
            Question(
                "setting",
                "What kind of place?",
                "Each setting has its own dynamics and risks.",
                "choice",
            ),
            Question(
                "who_around",
                "Who is usually around?",
                "Knowing who is there helps you read the situation.",
            ),
            Question(
                "threats",
                "Who could be a threat?",
                "Think of traffickers, buyers, others in the area.",
                "multiline",
            ),
            Question("overhear", "Who could overhear?", "So you know what can be said, and where."),
            Question(
                "earlier",
                "Earlier experiences and threats there",
                "What happened before can happen again.",
                "multiline",
            ),
            Question(
                "impact",
                "Psychological impact on everyone taking part",
                "Especially for survivors: plan for it.",
                "multiline",
            ),
        ),
    ),
    Step(
        "location",
        "The location",
        (
            Question(
                "location",
                "Where do we meet?",
                "A place you know, where the person is comfortable.",
            ),
            Question(
                "location_notes",
                "Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?",
                "These decide whether the place is safe enough.",
                "multiline",
            ),
        ),
    ),
    Step(
        "backup",
        "The backup location",
        (
            Question(
                "backup_location",
                "Where do we go if the first place does not work?",
                "Plans change; agree the alternative now.",
            ),
        ),
    ),
    Step(
        "scenarios",
        "Scenarios",
        (
            Question(
                "scenarios",
                "What will we do if…",
                "Deciding in advance is easier than deciding under stress.",
                "scenarios",
            ),
        ),
    ),
    Step(
        "during",
        "During the meeting",
        (
            Question(
                "position",
                "Where to sit or stand",
                "See the area, back to a wall, close to an exit.",
            ),
            Question(
                "alert_signal",
                "Our subtle alert signal, and what it means",
                "So either of you can end it without a word.",
            ),
            Question(
                "contact_details",
                "How does the person get our contact details without writing them down?",
                "Written numbers can be found by an exploiter.",
                "multiline",
            ),
            Question("roles", "Who does what", "One talks, one watches, for example.", "multiline"),
        ),
    ),
    Step(
        "after",
        "After the meeting",
        (
            Question(
                "after_watch",
                "Stay a while and watch for followers",
                "Leaving at once can lead someone to you.",
            ),
            Question(
                "after_notes",
                "Notes into the vault, paper destroyed",
                "Paper in a pocket can endanger the person.",
            ),
            Question(
                "debrief_with",
                "Who do we debrief with, and when?",
                "Talking it through helps you carry what you heard.",
            ),
        ),
    ),
    Step(
        "timing",
        "Timing",
        (
            Question(
                "starts_at", "Date and time", "So both of you carry the same plan.", "datetime"
            ),
            Question(
                "ends_at",
                "When we expect to be done",
                "A known end makes a missed check-in noticeable.",
                "datetime",
            ),
            Question(
                "check_in_at",
                "When we check in with each other",
                "If one of you does not check in, the other acts.",
                "datetime",
            ),
            Question(
                "check_in_grace_minutes",
                "How long do we wait after the check-in time before acting?",
                "FieldSafe shows what you agreed once this time has passed.",
                "grace",
            ),
            Question(
                "colleague_contact",
                "How do we reach each other during and after the meeting?",
                "If a check-in does not come, this is shown with what you agreed to do.",
            ),
        ),
    ),
)


#: what readiness checks, in the order it is mentioned
READINESS = (
    ("colleague", "No colleague yet"),
    ("backup_location", "No backup location yet"),
    ("alert_signal", "No alert signal agreed yet"),
    ("check_in_at", "No check-in time yet"),
)


def readiness(fields: Mapping[str, Any]) -> list[str]:
    """What is still open, as field names (see :data:`READINESS` for the
    words); an empty list means the plan looks ready. Never blocks."""
    return [name for name, _text in READINESS if not fields.get(name)]


def question(field: str) -> Question:
    for step in STEPS:
        for q in step.questions:
            if q.field == field:
                return q
    raise KeyError(field)


@dataclass(frozen=True)
class FieldChange:
    """One field a received update changes: ``old`` → ``new`` (None or
    empty when there was or will be nothing). For ``scenarios`` there is
    one change per scenario, ``part`` its key (:data:`SCENARIOS`)."""

    field: str
    old: Any
    new: Any
    part: str | None = None


#: shown first, in this order: the places, the times, the alert signal
FIRST_CHANGES = (
    "location",
    "backup_location",
    "starts_at",
    "ends_at",
    "check_in_at",
    "check_in_grace_minutes",
    "checked_in_at",
    "alert_signal",
)
_ORDER = (
    *FIRST_CHANGES,
    *(q.field for step in STEPS for q in step.questions if q.field not in FIRST_CHANGES),
    "status",
    "title",
)


#: what an empty field means (a plan without a status is a draft)
_DEFAULTS = {"status": "draft"}


def _blank(value: Any) -> bool:  # noqa: ANN401 - any field value
    return value is None or value == "" or value == [] or value == {}


def _same(old: Any, new: Any, default: Any = None) -> bool:  # noqa: ANN401 - any field values
    if default is not None:
        old, new = (default if _blank(v) else v for v in (old, new))
    return (_blank(old) and _blank(new)) or old == new


def _answers(value: Any) -> dict[str, Any]:  # noqa: ANN401 - the scenarios field
    if not isinstance(value, list):
        return {}
    return {
        item["prompt"]: item.get("answer")
        for item in value
        if isinstance(item, dict) and isinstance(item.get("prompt"), str)
    }


def _scenario_changes(old: Any, new: Any) -> list[FieldChange]:  # noqa: ANN401
    before, after = _answers(old), _answers(new)
    known = [key for key in SCENARIOS if key in before or key in after]
    others = sorted((set(before) | set(after)) - set(SCENARIOS))
    return [
        FieldChange("scenarios", before.get(key), after.get(key), part=key)
        for key in (*known, *others)
        if not _same(before.get(key), after.get(key))
    ]


def plan_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """What turns the plan ``old`` into ``new``, field by field: the places,
    the times and the alert signal first (:data:`FIRST_CHANGES`), then the
    wizard's order, the status and the title, then any other field by name.
    A field empty on both sides (missing, None, "" or []) is no change, nor
    is a status that is empty on one side and "draft" on the other."""
    names = (*_ORDER, *sorted((set(old) | set(new)) - set(_ORDER)))
    changes: list[FieldChange] = []
    for name in names:
        if name == "scenarios":
            changes += _scenario_changes(old.get(name), new.get(name))
        elif not _same(old.get(name), new.get(name), _DEFAULTS.get(name)):
            changes.append(FieldChange(name, old.get(name), new.get(name)))
    return changes


def changed_fields(changes: list[FieldChange]) -> list[str]:
    """The fields ``changes`` touch, each once, in their order."""
    return list(dict.fromkeys(change.field for change in changes))
