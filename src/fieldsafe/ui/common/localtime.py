"""Stored times are UTC; people see them in local time, in their locale."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, QLocale


def to_qdatetime(moment: datetime) -> QDateTime:
    """A UTC-aware ``datetime`` as a local ``QDateTime`` (to the second)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    """A ``QDateTime`` (any time spec) as an aware UTC ``datetime``."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def format_moment(moment: datetime) -> str:
    """Short local date and time in the user's locale, e.g. 04/03/2026 18:30."""
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)
