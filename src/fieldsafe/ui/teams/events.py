"""One place the window hears that the teams changed (a folder chosen or
cleared, a member added), so the inbox watch reads the team folders again
at once instead of at its next fallback look."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class TeamEvents(QObject):
    #: the teams or their folders changed in this process
    teams_changed = Signal()


_EVENTS: list[TeamEvents] = []


def team_events() -> TeamEvents:
    """The process's one :class:`TeamEvents` (made on first use, in the GUI thread)."""
    if not _EVENTS:
        _EVENTS.append(TeamEvents())
    return _EVENTS[0]
