"""The incident timeline's windows of time and the ticks of its axis.

The timeline zooms through :data:`ZOOMS`, from a week to five years. Ticks
fall on local days, weeks, months or years (depending on the zoom), worked
out with :func:`fieldsafe.core.clock.local_day_start` so a change of the
clocks never shifts them, and are labelled in the person's locale.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from fieldsafe.core.clock import local_day_start

#: (key, length of the window): the zoom levels, closest first
ZOOMS: tuple[tuple[str, timedelta], ...] = (
    ("week", timedelta(days=7)),
    ("month", timedelta(days=31)),
    ("quarter", timedelta(days=92)),
    ("year", timedelta(days=366)),
    ("years", timedelta(days=5 * 365 + 1)),
)
ZOOM_KEYS = tuple(key for key, _span in ZOOMS)
DEFAULT_ZOOM = "year"


def _t(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


def zoom_label(key: str) -> str:
    """How much time a zoom level shows, in words."""
    return {
        "week": _t("A week"),
        "month": _t("A month"),
        "quarter": _t("Three months"),
        "year": _t("A year"),
        "years": _t("Five years"),
    }.get(key, key)


def span_of(key: str) -> timedelta:
    return dict(ZOOMS).get(key, dict(ZOOMS)[DEFAULT_ZOOM])


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _label(day: date, pattern: str) -> str:
    return QLocale().toString(_qdate(day), pattern)


def _seconds(day: date) -> float:
    return local_day_start(day).timestamp()


def ticks(zoom: str, start: float, end: float) -> list[tuple[float, str, bool]]:
    """(seconds, label, major) of the ticks between ``start`` and ``end``
    (seconds since the epoch) for ``zoom``; an empty label is a tick without
    words. Major ticks (a new year, a new month at a week) keep their label
    first when labels must be thinned."""
    first = datetime.fromtimestamp(start).date() - timedelta(days=1)
    last = datetime.fromtimestamp(end).date() + timedelta(days=1)
    days: list[tuple[date, str, bool]] = []
    if zoom == "week":
        days = [(d, _label(d, "ddd d"), d.day == 1) for d in _every_day(first, last)]
    elif zoom == "month":
        days = [
            (d, _label(d, "d MMM") if d.weekday() == 0 else "", d.day == 1)
            for d in _every_day(first, last)
        ]
    elif zoom == "quarter":
        days = [(d, _label(d, "MMM yyyy"), d.month == 1) for d in _month_starts(first, last)]
    elif zoom == "year":
        days = [
            (d, _label(d, "MMM yyyy" if d.month == 1 else "MMM"), d.month == 1)
            for d in _month_starts(first, last)
        ]
    else:
        days = [
            (d, _label(d, "yyyy") if d.month == 1 else "", d.month == 1)
            for d in _month_starts(first, last)
            if d.month in (1, 4, 7, 10)
        ]
    return [(s, label, major) for d, label, major in days if start <= (s := _seconds(d)) <= end]


def _every_day(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _month_starts(first: date, last: date) -> list[date]:
    day = date(first.year, first.month, 1)
    out = []
    while day <= last:
        out.append(day)
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return out
