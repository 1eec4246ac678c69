"""Every key the safety loop's records store has words in the interface,
and every sentence of the starter templates is written out for the
translation tools under its own key."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from fieldsafe.core import incidents, records, risk, risk_templates
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.risk import templates


@pytest.mark.parametrize(
    ("table", "keys"),
    [
        (safety_words.INCIDENT_TYPES, records.INCIDENT_TYPES),
        (safety_words.INCIDENT_TYPE_HINTS, records.INCIDENT_TYPES),
        (safety_words.INCIDENT_ACTORS, records.INCIDENT_ACTORS),
        (safety_words.INCIDENT_STATUSES, records.INCIDENT_STATUSES),
        (safety_words.LIKELIHOOD, risk.LIKELIHOOD),
        (safety_words.IMPACT, risk.IMPACT),
        (safety_words.LEVELS, risk.LEVELS),
        (safety_words.PHASES, records.PHASES),
        (safety_words.FACTORS, records.FACTORS),
        (safety_words.WORTH_ANSWERS, records.WORTH_ANSWERS),
        (safety_words.REVIEW_REASONS, records.REVIEW_REASONS),
        (safety_words.TIMES_OF_DAY, incidents.TIMES_OF_DAY),
    ],
)
def test_every_core_key_has_words(table: dict[str, str], keys: tuple[str, ...]) -> None:
    assert set(table) == set(keys)
    assert all(text.strip() for text in table.values())


def test_scales_are_worded_by_step(qapp) -> None:  # noqa: ANN001
    assert [safety_words.likelihood(s) for s in range(1, 6)] == [
        "Very unlikely",
        "Unlikely",
        "Possible",
        "Likely",
        "Very likely",
    ]
    assert safety_words.impact(5) == "Very serious"
    assert safety_words.likelihood(None) == safety_words.impact(0) == ""
    assert safety_words.level(None) == "Not judged yet"
    assert safety_words.level("very_high") == "Very high"
    assert safety_words.incident_type("from_a_newer_version") == "from_a_newer_version"


def test_every_template_phrase_is_listed_for_translation(qapp) -> None:  # noqa: ANN001
    """Without a translator the listed literals give back the English source:
    the same keys, the same words as ``core.risk_templates``."""
    assert templates.listed_phrases() == risk_templates.PHRASES


def test_each_listed_phrase_carries_its_own_key() -> None:
    """The disambiguation a translation hangs on is the key it is listed under."""
    root = Path(templates.__file__).parent
    checked = 0
    for path in sorted(root.glob("phrases_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values, strict=True):
                    assert isinstance(key, ast.Constant) and isinstance(value, ast.Call)
                    context, text, comment = (ast.literal_eval(a) for a in value.args)
                    assert context == templates.CONTEXT
                    assert comment == key.value
                    assert risk_templates.PHRASES[comment] == text
                    checked += 1
    assert checked == len(risk_templates.PHRASES)


def test_a_template_is_copied_in_the_language_in_use(qapp) -> None:  # noqa: ANN001
    """The translate function reaches every phrase the copy uses, by key."""
    seen: list[str] = []

    def spy(key: str, text: str) -> str:
        seen.append(key)
        return templates.translate_phrase(key, text)

    fields = risk_templates.new_assessment("street_outreach", spy)
    assert fields == templates.assessment_from_template("street_outreach")
    assert set(seen) <= set(templates.listed_phrases())
    assert [c.key for c in templates.choices()] == [t.key for t in risk_templates.TEMPLATES]
    assert templates.factor_prompt("age").startswith("Does age")
