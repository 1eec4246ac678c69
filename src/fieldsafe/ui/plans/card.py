"""A plan's checklist and pocket card: the same escaped HTML shown beside
the plan and printed to a PDF. The printed card is minimal by default: a card
found in a pocket must not endanger anyone.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from fieldsafe.core.clock import from_iso
from fieldsafe.core.plans import SCENARIOS, readiness
from fieldsafe.core.records import MEETING_PLAN
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.plans.strings import done_text, open_item_text, scenario_label

_CTX = "plans"
_CHECKLIST = ("colleague", "backup_location", "alert_signal", "check_in_at")


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def _row(label: str, value: str) -> str:
    return f"<p><b>{escape(label)}</b><br/>{escape(value)}</p>" if value else ""


def plan_card_html(fields: dict[str, Any], *, minimal: bool) -> str:
    """The pocket card / checklist of a plan as escaped HTML. ``minimal``
    leaves out the fields marked identifying (person codes, places, the
    colleague's name): a card found in a pocket must not endanger anyone."""

    def when(name: str) -> str:
        return format_moment(from_iso(fields[name])) if fields.get(name) else ""

    parts = [f"<h2>{escape(_t('Meeting plan'))}</h2>"]
    parts.append(_row(_t("Date and time"), when("starts_at")))
    parts.append(_row(_t("When we expect to be done"), when("ends_at")))
    parts.append(_row(_t("When we check in with each other"), when("check_in_at")))
    # A minimal card leaves out every field the plan's kind marks identifying.
    hidden = set(MEETING_PLAN.identifying_fields) if minimal else set()

    def shown(name: str) -> str:
        value = fields.get(name) or ""
        if name in hidden:
            return ""
        return ", ".join(value) if isinstance(value, list) else value

    parts.append(_row(_t("Who goes with you?"), shown("colleague")))
    parts.append(_row(_t("Person code"), shown("person_codes")))
    parts.append(_row(_t("Where do we meet?"), shown("location")))
    parts.append(
        _row(_t("Where do we go if the first place does not work?"), shown("backup_location"))
    )
    parts.append(
        _row(_t("Our subtle alert signal, and what it means"), fields.get("alert_signal") or "")
    )
    parts.append(_row(_t("Where to sit or stand"), fields.get("position") or ""))
    parts.append(_row(_t("Who does what"), fields.get("roles") or ""))
    parts += _scenarios_html(fields)
    parts += _checklist_html(fields)
    return "".join(parts)


def _scenarios_html(fields: dict[str, Any]) -> list[str]:
    answers = {item["prompt"]: item["answer"] for item in fields.get("scenarios") or []}
    if not answers:
        return []
    return [f"<h3>{escape(_t('What will we do if…'))}</h3>"] + [
        _row(scenario_label(key), answers[key]) for key in SCENARIOS if key in answers
    ]


def _checklist_html(fields: dict[str, Any]) -> list[str]:
    parts = [f'<h3>{escape(_t("Before we go"))}</h3><ul style="list-style-type: none">']
    missing = set(readiness(fields))
    for field in _CHECKLIST:
        mark = "\u2610" if field in missing else "\u2611"
        text = open_item_text(field) if field in missing else done_text(field)
        parts.append(f"<li>{mark} {escape(text)}</li>")
    parts.append("</ul>")
    return parts


def save_plan_card(parent: QWidget, fields: dict[str, Any]) -> bool:
    """A printable card (PDF) of the plan, after the not-encrypted warning;
    minimal by default."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QGuiApplication, QPdfWriter

    from fieldsafe.atomicfile import write_atomic
    from fieldsafe.ui.common.record_text import auto_direction
    from fieldsafe.ui.common.safe_document import SafeDocument
    from fieldsafe.ui.logs.printing import ChoosePdfFile, PrintWarning, _set_up_page

    minimal = PrintWarning.ask(parent, count=1, minimal=True)
    if minimal is None:
        return False
    destination = ChoosePdfFile.ask(parent)
    if destination is None:
        return False
    document = SafeDocument()
    document.setDefaultFont(QGuiApplication.font())
    document.setHtml(plan_card_html(fields, minimal=minimal))
    auto_direction(document)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    _set_up_page(writer)
    writer.setCreator("")
    writer.setTitle("")
    document.print_(writer)
    del writer
    write_atomic(destination, bytes(buffer.data().data()))
    return True
