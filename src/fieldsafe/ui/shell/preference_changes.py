"""Saved preferences announced to what applies them at once: the session's
idle lock (``app.start`` connects it) and the main window. Apart from the
Preferences dialog (:mod:`.preferences`, which re-exports :func:`changes`)
so that starting FieldSafe does not load the dialog to connect to it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Changes(QObject):
    """Announces saved preferences to what applies them at once."""

    idle_lock_minutes = Signal(int)
    saved = Signal(object)  # the Settings written


_changes: _Changes | None = None


def changes() -> _Changes:
    global _changes
    if _changes is None:
        _changes = _Changes(QCoreApplication.instance())
    return _changes
