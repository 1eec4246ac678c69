"""What the incident form reads from the records it comes from and links to.

A log or a plan prefills the form: when (the meeting's time), the setting,
the area (a log's; a plan holds an exact location, which is never copied),
a link back, and for a log its safety observations as what happened. Who
went is shown beside the questions, not copied: an incident records who was
involved as categories, and the link leads back to the log. A link to a
record that is not (or no longer) in this vault, such as one received from a
colleague, is kept and said so.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import RecordId
from fieldsafe.errors import NotFound
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.record_text import list_text
from fieldsafe.ui.incidents.incident_form_parts import Link
from fieldsafe.vault import Vault

#: (fields, links, where the prefill came from in words)
Prefill = tuple[dict[str, Any], list[Link], str]


def _t(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def link_for_log(vault: Vault, log_id: str) -> Link:
    record_id = RecordId(log_id)
    try:
        stored = vault.logs.get(record_id)
    except NotFound:
        return Link("logs", record_id, _t("An outreach log that is not in this vault"))
    return Link(
        "logs",
        record_id,
        isolated(
            _t("Outreach log of {time}: {title}"),
            time=format_moment(stored.occurred_at),
            title=stored.title or _t("untitled"),
        ),
    )


def link_for_plan(vault: Vault, plan_id: str) -> Link:
    record_id = RecordId(plan_id)
    try:
        fields = vault.plans.get(record_id)
    except NotFound:
        return Link("plans", record_id, _t("A meeting plan that is not in this vault"))
    return Link(
        "plans",
        record_id,
        isolated(
            _t("Meeting plan for {time}: {title}"),
            time=format_moment(from_iso(fields["starts_at"])),
            title=fields.get("title") or _t("untitled"),
        ),
    )


def link_for_assessment(vault: Vault, assessment_id: str) -> Link:
    record_id = RecordId(assessment_id)
    try:
        assessment = vault.risks.get(record_id)
    except NotFound:
        return Link("assessments", record_id, _t("A risk assessment that is no longer here"))
    return Link(
        "assessments",
        record_id,
        isolated(
            _t("Risk assessment: {title}"), title=assessment.title or _t("untitled assessment")
        ),
    )


def prefill_from_log(vault: Vault, log_id: str, observation: str | None = None) -> Prefill:
    """The form's start from outreach log ``log_id``; what happened is
    ``observation`` if given, else the log's safety observations."""
    stored = vault.logs.get(RecordId(log_id))
    fields = {
        "occurred_at": to_iso(stored.occurred_at),
        "setting": stored.setting,
        "area": stored.area,
        "what_happened": stored.safety if observation is None else observation,
        "logs": [stored.id],
    }
    origin = isolated(
        _t("From your outreach log of {time}: when, setting and area are filled in."),
        time=format_moment(stored.occurred_at),
    )
    if stored.who_went:
        origin += " " + _t("Who went: {people}.").format(people=list_text(stored.who_went))
    return fields, [link_for_log(vault, stored.id)], origin


def prefill_from_plan(vault: Vault, plan_id: str) -> Prefill:
    """The form's start from meeting plan ``plan_id``."""
    record_id = RecordId(plan_id)
    plan = vault.plans.get(record_id)
    fields = {
        "occurred_at": plan["starts_at"],
        "setting": plan.get("setting") or "",
        "plans": [record_id],
    }
    origin = isolated(
        _t("From your meeting plan for {time}: when and setting are filled in."),
        time=format_moment(from_iso(plan["starts_at"])),
    )
    if plan.get("colleague"):
        origin += " " + isolated(_t("With {colleague}."), colleague=plan["colleague"])
    return fields, [link_for_plan(vault, record_id)], origin
