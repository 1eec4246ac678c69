"""The incident timeline's words: lane names, the legend, a mark's text,
and the written summary screen readers get as its description.

They keep the timeline's translation context (``IncidentTimeline``). Values
inside a sentence (dates, types, statuses) are bidi-isolated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from fieldsafe.core.incidents import Incident
from fieldsafe.core.records import INCIDENT_TYPES
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.localtime import format_day, format_moment, format_number
from fieldsafe.ui.incidents.timeline_axis import zoom_label
from fieldsafe.ui.incidents.timeline_paint import LANES


def _t(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("IncidentTimeline", text, disambiguation, n)


def accessible_name() -> str:
    return _t("Incidents on a timeline")


def type_name(key: str) -> str:
    """A lane's name: the type, or "Type not given" (also for a type from a
    newer version, which is drawn in that lane)."""
    return safety_words.incident_type(key) if key in INCIDENT_TYPES else _t("Type not given")


def legend() -> tuple[str, str]:
    return _t("Open"), _t("Measures reviewed")


def empty_text() -> str:
    return _t("No incidents to show.")


def window_text(start: datetime, end: datetime) -> str:
    return _t("{start} to {end}").format(
        start=isolate(format_day(start.astimezone().date())),
        end=isolate(format_day(end.astimezone().date())),
    )


def mark_text(incident: Incident) -> str:
    return _t("{type}, {when}, {status}").format(
        type=isolate(type_name(incident.type)),
        when=isolate(format_moment(incident.occurred_at)),
        status=isolate(safety_words.incident_status(incident.status)),
    )


def tooltip(incident: Incident) -> str:
    text = mark_text(incident)
    return text + "\n" + incident.title if incident.title else text


def describe(
    incidents: Sequence[Incident],
    *,
    visible: int,
    zoom: str,
    window: str,
    current: Incident | None,
) -> str:
    """The timeline in words: how many from when to when, how many open,
    what the window shows, the counts by type, and the chosen incident."""
    if not incidents:
        return empty_text()
    by_type = Counter(i.type if i.type in INCIDENT_TYPES else "" for i in incidents)
    types = [
        _t("{type}: {count}").format(type=type_name(k), count=format_number(by_type[k]))
        for k in LANES
        if by_type[k]
    ]
    parts = [
        _t("%n incident(s) from {first} to {last}", "", len(incidents)).format(
            first=isolate(format_day(incidents[0].occurred_at.astimezone().date())),
            last=isolate(format_day(incidents[-1].occurred_at.astimezone().date())),
        ),
        _t("%n open", "", sum(1 for i in incidents if i.is_open)),
        _t("showing {zoom}, {window}: %n incident(s)", "", visible).format(
            zoom=zoom_label(zoom).lower(), window=window
        ),
        _t("by type: {types}").format(types=", ".join(types)),
    ]
    if current is not None:
        parts.append(_t("chosen: {incident}").format(incident=mark_text(current)))
    return _t("; ", "separates the parts of the timeline's summary").join(parts)
