"""A plan's checklist and pocket card: the same escaped HTML shown beside
the plan and printed to a PDF. The printed card is minimal by default: a card
found in a pocket must not endanger anyone.
"""

from __future__ import annotations

from collections.abc import Collection
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


def _row(label: str, value: str, *, changed: bool = False) -> str:
    """One field; a ``changed`` one (by a received update not looked at
    yet) says so in words, and is shown even when the update emptied it."""
    if not changed:
        return f"<p><b>{escape(label)}</b><br/>{escape(value)}</p>" if value else ""
    mark = escape(_t("changed by the update"))
    shown = escape(value) if value else escape(_t("(now empty)"))
    return f"<p><b>{escape(label)}</b> \u2014 <u>{mark}</u><br/>{shown}</p>"


def plan_card_html(fields: dict[str, Any], *, minimal: bool, changed: Collection[str] = ()) -> str:
    """The pocket card / checklist of a plan as escaped HTML. ``minimal``
    leaves out the fields marked identifying (person codes, places, the
    colleague's name): a card found in a pocket must not endanger anyone.
    ``changed`` names fields to mark as changed by a received update (on
    screen only; the printed card never has marks)."""

    def when(name: str) -> str:
        return format_moment(from_iso(fields[name])) if fields.get(name) else ""

    def row(label: str, name: str, value: str) -> str:
        return _row(label, value, changed=name in changed)

    parts = [f"<h2>{escape(_t('Meeting plan'))}</h2>"]
    parts.append(row(_t("Date and time"), "starts_at", when("starts_at")))
    parts.append(row(_t("When we expect to be done"), "ends_at", when("ends_at")))
    parts.append(row(_t("When we check in with each other"), "check_in_at", when("check_in_at")))
    # A minimal card leaves out every field the plan's kind marks identifying.
    hidden = set(MEETING_PLAN.identifying_fields) if minimal else set()

    def shown(name: str) -> str:
        value = fields.get(name) or ""
        if name in hidden:
            return ""
        return ", ".join(value) if isinstance(value, list) else value

    for label, name in (
        (_t("Who goes with you?"), "colleague"),
        (_t("Person code"), "person_codes"),
        (_t("Where do we meet?"), "location"),
        (_t("Where do we go if the first place does not work?"), "backup_location"),
    ):
        parts.append(row(label, name, shown(name)))
    parts.append(
        row(
            _t("Our subtle alert signal, and what it means"),
            "alert_signal",
            fields.get("alert_signal") or "",
        )
    )
    parts.append(row(_t("Where to sit or stand"), "position", fields.get("position") or ""))
    parts.append(row(_t("Who does what"), "roles", fields.get("roles") or ""))
    parts += _scenarios_html(fields, changed="scenarios" in changed)
    parts += _checklist_html(fields)
    return "".join(parts)


def _scenarios_html(fields: dict[str, Any], *, changed: bool = False) -> list[str]:
    answers = {item["prompt"]: item["answer"] for item in fields.get("scenarios") or []}
    if not answers and not changed:
        return []
    heading = escape(_t("What will we do if…"))
    if changed:
        heading += f" \u2014 <u>{escape(_t('changed by the update'))}</u>"
    return [f"<h3>{heading}</h3>"] + [
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
