"""The starter templates in the person's language.

``core.risk_templates`` holds the five templates as phrases with stable
keys and English source text; here each phrase is translated with
``QCoreApplication.translate("risk_templates", text, key)`` (the key is the
disambiguation), and a new assessment is copied from a template in the
language in use (:func:`assessment_from_template`). The literals the
translation tools read are in :mod:`.phrases_meeting`,
:mod:`.phrases_outreach` and :mod:`.phrases_online_speaking`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldsafe.core import risk_templates
from fieldsafe.ui.risk import phrases_meeting, phrases_online_speaking, phrases_outreach

CONTEXT = "risk_templates"


def translate_phrase(key: str, text: str) -> str:
    """One template phrase in the person's language (``translate(key,
    english)``, as ``core.risk_templates.new_assessment`` calls it)."""
    return QCoreApplication.translate(CONTEXT, text, key)


def phrase(key: str) -> str:
    """The phrase with this key, translated."""
    return translate_phrase(key, risk_templates.PHRASES[key])


def factor_prompt(factor: str) -> str:
    """The gentle question shown beside a gender or intersectional factor."""
    prompt = risk_templates.FACTOR_PROMPTS.get(factor)
    return translate_phrase(prompt.key, prompt.text) if prompt is not None else ""


def listed_phrases() -> dict[str, str]:
    """Every phrase written out for the translation tools: key → text (in
    the language in use). Tests compare it with ``PHRASES``."""
    found: dict[str, str] = {}
    for part in (phrases_meeting, phrases_outreach, phrases_online_speaking):
        found.update(part.phrases())
    return found


@dataclass(frozen=True)
class TemplateChoice:
    """A template as the chooser shows it."""

    key: str
    title: str
    activity: str
    objective: str


def choices() -> list[TemplateChoice]:
    """The five templates, in their order, translated."""
    return [
        TemplateChoice(
            t.key,
            translate_phrase(t.title.key, t.title.text),
            translate_phrase(t.activity.key, t.activity.text),
            translate_phrase(t.objective.key, t.objective.text),
        )
        for t in risk_templates.TEMPLATES
    ]


def assessment_from_template(key: str) -> dict[str, Any]:
    """The fields of a new assessment copied from template ``key`` in the
    person's language, ready to edit (nothing is saved)."""
    return risk_templates.new_assessment(key, translate_phrase)
