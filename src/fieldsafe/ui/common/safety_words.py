"""The words for every key of the safety loop's records: incident types,
who was involved, statuses, the likelihood and impact scales, risk levels,
phases of measures, gender and intersectional factors, the answers to "is
this objective worth this risk?", review reasons and parts of the day.

``core.records``, ``core.incidents`` and ``core.risk`` store keys; people
read these words, in their language. Each table holds the English source as
a literal ``QT_TRANSLATE_NOOP`` (so the translation tools find it), and
:func:`word` translates it when it is shown. A test holds every table to its
core key list: a key added in ``core`` without a word here fails it.

Levels are words first, never an alarm colour (``ui.risk.level`` draws the
shape that goes with them). The starter templates' sentences are in
``ui.risk.phrases_*``.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldsafe.core import risk

_CTX = "safety"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _table(entries: dict[str, object]) -> dict[str, str]:
    return cast(dict[str, str], entries)  # QT_TRANSLATE_NOOP is typed as returning object


#: core.records.INCIDENT_TYPES
INCIDENT_TYPES = _table(
    {
        "physical": QT_TRANSLATE_NOOP("safety", "Physical"),
        "verbal": QT_TRANSLATE_NOOP("safety", "Verbal"),
        "surveillance_or_following": QT_TRANSLATE_NOOP("safety", "Watched or followed"),
        "digital": QT_TRANSLATE_NOOP("safety", "Digital"),
        "legal_or_administrative": QT_TRANSLATE_NOOP("safety", "Legal or administrative"),
        "other": QT_TRANSLATE_NOOP("safety", "Something else"),
    }
)
#: a few words under each type, so the choice is quick
INCIDENT_TYPE_HINTS = _table(
    {
        "physical": QT_TRANSLATE_NOOP("safety", "Someone pushed, held, hit or hurt someone."),
        "verbal": QT_TRANSLATE_NOOP("safety", "Threats, insults or shouting."),
        "surveillance_or_following": QT_TRANSLATE_NOOP(
            "safety", "Someone watched, photographed or followed us."
        ),
        "digital": QT_TRANSLATE_NOOP("safety", "Messages, accounts, photos or data online."),
        "legal_or_administrative": QT_TRANSLATE_NOOP(
            "safety", "Police checks, fines, papers taken, complaints."
        ),
        "other": QT_TRANSLATE_NOOP("safety", "Anything that does not fit above."),
    }
)
#: core.records.INCIDENT_ACTORS: categories only, never names
INCIDENT_ACTORS = _table(
    {
        "exploiter": QT_TRANSLATE_NOOP("safety", "An exploiter or someone working for them"),
        "client": QT_TRANSLATE_NOOP("safety", "A buyer or client"),
        "police": QT_TRANSLATE_NOOP("safety", "Police"),
        "other_authority": QT_TRANSLATE_NOOP("safety", "Another authority"),
        "community_member": QT_TRANSLATE_NOOP("safety", "Someone from the community"),
        "online_account": QT_TRANSLATE_NOOP("safety", "An online account"),
        "unknown": QT_TRANSLATE_NOOP("safety", "Someone we do not know"),
        "other": QT_TRANSLATE_NOOP("safety", "Someone else"),
    }
)
#: core.records.INCIDENT_STATUSES
INCIDENT_STATUSES = _table(
    {
        "open": QT_TRANSLATE_NOOP("safety", "Open"),
        "measures_reviewed": QT_TRANSLATE_NOOP("safety", "Measures reviewed"),
    }
)
#: core.risk.LIKELIHOOD, step 1 to 5
LIKELIHOOD = _table(
    {
        "very_unlikely": QT_TRANSLATE_NOOP("safety", "Very unlikely"),
        "unlikely": QT_TRANSLATE_NOOP("safety", "Unlikely"),
        "possible": QT_TRANSLATE_NOOP("safety", "Possible"),
        "likely": QT_TRANSLATE_NOOP("safety", "Likely"),
        "very_likely": QT_TRANSLATE_NOOP("safety", "Very likely"),
    }
)
#: core.risk.IMPACT, step 1 to 5
IMPACT = _table(
    {
        "very_small": QT_TRANSLATE_NOOP("safety", "Very small"),
        "small": QT_TRANSLATE_NOOP("safety", "Small"),
        "moderate": QT_TRANSLATE_NOOP("safety", "Moderate"),
        "serious": QT_TRANSLATE_NOOP("safety", "Serious"),
        "very_serious": QT_TRANSLATE_NOOP("safety", "Very serious"),
    }
)
#: core.risk.LEVELS (the level of a threat, or of an assessment)
LEVELS = _table(
    {
        "low": QT_TRANSLATE_NOOP("safety", "Low"),
        "moderate": QT_TRANSLATE_NOOP("safety", "Moderate"),
        "high": QT_TRANSLATE_NOOP("safety", "High"),
        "very_high": QT_TRANSLATE_NOOP("safety", "Very high"),
    }
)
#: core.records.PHASES
PHASES = _table(
    {
        "before": QT_TRANSLATE_NOOP("safety", "Before"),
        "during": QT_TRANSLATE_NOOP("safety", "During"),
        "after": QT_TRANSLATE_NOOP("safety", "After"),
    }
)
#: core.records.FACTORS
FACTORS = _table(
    {
        "age": QT_TRANSLATE_NOOP("safety", "Age"),
        "gender": QT_TRANSLATE_NOOP("safety", "Gender"),
        "ethnicity": QT_TRANSLATE_NOOP("safety", "Ethnicity"),
        "religion": QT_TRANSLATE_NOOP("safety", "Religion"),
        "disability": QT_TRANSLATE_NOOP("safety", "Disability"),
        "sexual_orientation": QT_TRANSLATE_NOOP("safety", "Sexual orientation"),
        "migration_status": QT_TRANSLATE_NOOP("safety", "Migration status"),
        "other": QT_TRANSLATE_NOOP("safety", "Something else"),
    }
)
#: core.records.WORTH_ANSWERS: "is this objective worth this risk?"
WORTH_ANSWERS = _table(
    {
        "yes": QT_TRANSLATE_NOOP("safety", "Yes"),
        "with_measures": QT_TRANSLATE_NOOP("safety", "Yes, with the measures below"),
        "not_sure": QT_TRANSLATE_NOOP("safety", "Not sure yet"),
        "no": QT_TRANSLATE_NOOP("safety", "No: we look for a safer way"),
    }
)
#: core.records.REVIEW_REASONS
REVIEW_REASONS = _table(
    {
        "scheduled": QT_TRANSLATE_NOOP("safety", "Planned review"),
        "after_incident": QT_TRANSLATE_NOOP("safety", "After an incident"),
        "before_activity": QT_TRANSLATE_NOOP("safety", "Before an activity"),
        "other": QT_TRANSLATE_NOOP("safety", "Another reason"),
    }
)
#: core.incidents.TIMES_OF_DAY (local hours 0-5, 6-11, 12-17, 18-23)
TIMES_OF_DAY = _table(
    {
        "night": QT_TRANSLATE_NOOP("safety", "Night"),
        "morning": QT_TRANSLATE_NOOP("safety", "Morning"),
        "afternoon": QT_TRANSLATE_NOOP("safety", "Afternoon"),
        "evening": QT_TRANSLATE_NOOP("safety", "Evening"),
    }
)


def word(table: dict[str, str], key: str | None) -> str:
    """The translated word for ``key`` in ``table`` ("" for no key; an
    unknown key, such as one from a newer version, as it is)."""
    if not key:
        return ""
    source = table.get(key)
    return _t(source) if source is not None else key


def incident_type(key: str | None) -> str:
    return word(INCIDENT_TYPES, key)


def actor(key: str | None) -> str:
    return word(INCIDENT_ACTORS, key)


def incident_status(key: str | None) -> str:
    return word(INCIDENT_STATUSES, key or "open")


def likelihood(step: int | None) -> str:
    """The word for likelihood step 1 to 5 ("" when not judged)."""
    return word(LIKELIHOOD, _step_key(risk.LIKELIHOOD, step))


def impact(step: int | None) -> str:
    """The word for impact step 1 to 5 ("" when not judged)."""
    return word(IMPACT, _step_key(risk.IMPACT, step))


def _step_key(keys: tuple[str, ...], step: int | None) -> str:
    return keys[step - 1] if step and 1 <= step <= len(keys) else ""


def level(key: str | None) -> str:
    """The word for a level; "Not judged yet" when there is none."""
    if not key:
        return _t("Not judged yet")
    return word(LEVELS, key)


def phase(key: str | None) -> str:
    return word(PHASES, key)


def factor(key: str | None) -> str:
    return word(FACTORS, key)


def worth_answer(key: str | None) -> str:
    return word(WORTH_ANSWERS, key)


def review_reason(key: str | None) -> str:
    return word(REVIEW_REASONS, key)


def time_of_day(key: str | None) -> str:
    return word(TIMES_OF_DAY, key)
