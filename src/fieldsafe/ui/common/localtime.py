"""Stored times are UTC; people see them in local time, in their locale.

Every date, time and count shown goes through here, so each reads in the
locale's own short format and in one digit system: QLocale writes the digits
of the locale (Arabic-Indic in Egyptian Arabic, Latin in Moroccan Arabic),
never Python's ``str()`` or ``strftime``, which always write Latin ones.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def to_qdatetime(moment: datetime) -> QDateTime:
    """A UTC-aware ``datetime`` as a local ``QDateTime`` (to the second)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    """A ``QDateTime`` (any time spec) as an aware UTC ``datetime``."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def format_moment(moment: datetime) -> str:
    """Short local date and time in the user's locale, e.g. 04/03/2026 18:30."""
    return QLocale().toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def format_day(day: date) -> str:
    """A calendar day in the locale's own short format, e.g. 04/03/2026."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def format_time(value: time) -> str:
    """A time of day in the locale's short format, e.g. 18:30 or 6:30 PM."""
    return QLocale().toString(
        QTime(value.hour, value.minute, value.second), QLocale.FormatType.ShortFormat
    )


def typed_date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year: how a date is
    shown in a field a person types into (two digits would be ambiguous)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_typed_day(day: date) -> str:
    """``day`` as a date field shows it (:func:`typed_date_format`)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), typed_date_format())


def format_number(value: int) -> str:
    """A whole number in the locale's digits, e.g. ١٢ in Egyptian Arabic."""
    return QLocale().toString(value)
