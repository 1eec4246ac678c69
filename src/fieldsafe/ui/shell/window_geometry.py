"""Where the main window opens, and remembering it (Interface 1.5).

The first start fits the screen: maximised when the screen's available area
is smaller than 1366×768 (a small laptop), else a comfortable
:data:`DEFAULT_SIZE` grown with the font scale (text 1.6 times as large needs
a window 1.6 times as wide, or the log form's fields are squeezed beside
their labels) in the screen's centre, its height clamped to the screen; a
grown size wider than the screen is maximised instead. After
that the window opens where it was: its normal geometry and whether it was
maximised are saved in the allow-listed settings file (numbers only, checked
on load: ``ui/shell/settings.py``) when the window closes or locks. A saved
place that is on no current screen (a monitor unplugged since) is ignored:
the window keeps its size, clamped to the screen, and opens in the centre.

Geometries here are the client area's (what ``setGeometry`` takes); the
window manager adds its frame around it, the title bar above. Before a window
is shown its frame is not known, so the client area is kept inside the
available area less :data:`FRAME_ALLOWANCE`: the title bar is never above the
screen's top (under twm on a 1366×768 screen a 768 px high client area at
y=0 put the title bar at y=−23, with nothing left to grab the window by).

:func:`choose` is plain geometry, so it is tested against any set of screens;
:func:`place` and :func:`remember` apply it to a window.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from fieldsafe.errors import StorageFailed
from fieldsafe.ui.shell import settings
from fieldsafe.ui.shell.settings import WINDOW_SIZE, WindowPlacement

log = logging.getLogger("fieldsafe.ui.shell.window_geometry")

#: below this available area the first start is maximised
SMALL_SCREEN = QSize(1366, 768)
#: the first start's size on a screen at least :data:`SMALL_SCREEN`, at font scale 1
DEFAULT_SIZE = QSize(1200, 800)
#: how much of a saved window's top edge (where it is grabbed) must be on a
#: screen for its place to count: this wide (or the whole window), this high
_GRAB_WIDTH, _GRAB_HEIGHT = 120, 24
#: room kept around the client area for the window manager's frame before
#: it is known: a title bar (twm 23 px, KDE and Windows about 30, GNOME 37
#: on X11) above, a thin border on the other sides
FRAME_ALLOWANCE = QMargins(8, 38, 8, 8)


@dataclass(frozen=True)
class Placement:
    geometry: QRect  # the normal geometry
    maximized: bool


def first_size(scale: float) -> QSize:
    """The first start's size at font ``scale`` (before it meets a screen)."""
    return DEFAULT_SIZE * max(scale, 1.0)


def choose(
    saved: WindowPlacement | None,
    screens: Sequence[QRect],
    primary: QRect,
    *,
    scale: float = 1.0,
) -> Placement:
    """Where to open: ``screens`` and ``primary`` are available geometries
    (without task bars), ``primary`` the screen a new window goes to;
    ``scale`` is the font scale (Preferences' text size), which the first
    start's size grows with. The geometry is the client area's, inside the
    screen less :data:`FRAME_ALLOWANCE` (room for the frame and title bar)."""
    if saved is not None:
        size = QSize(saved.width, saved.height)
        rect = QRect(QPoint(saved.x, saved.y), size)
        screen = _screen_showing(rect, screens)
        if screen is not None:
            return Placement(_inside(rect, _client_area(screen)), saved.maximized)
        return Placement(_centred(size, primary), saved.maximized)
    small = primary.width() < SMALL_SCREEN.width() or primary.height() < SMALL_SCREEN.height()
    size = first_size(scale)
    too_wide = size.width() > _client_area(primary).width()
    return Placement(_centred(size, primary), maximized=small or too_wide)


def _screen_showing(rect: QRect, screens: Sequence[QRect]) -> QRect | None:
    """The screen that shows enough of the window's top edge to grab it."""
    grab = QRect(rect.topLeft(), QSize(rect.width(), _GRAB_HEIGHT))
    wanted = min(_GRAB_WIDTH, rect.width())
    for screen in screens:
        seen = grab.intersected(screen)
        if seen.width() >= wanted and seen.height() >= _GRAB_HEIGHT:
            return screen
    return None


def _inside(rect: QRect, screen: QRect) -> QRect:
    """``rect`` no larger than ``screen``, moved (not resized) to lie on it."""
    size = rect.size().boundedTo(screen.size())
    x = min(max(rect.x(), screen.left()), screen.left() + screen.width() - size.width())
    y = min(max(rect.y(), screen.top()), screen.top() + screen.height() - size.height())
    return QRect(QPoint(x, y), size)


def _client_area(screen: QRect) -> QRect:
    """Where a client area may go on ``screen`` leaving room for its frame."""
    return screen.marginsRemoved(FRAME_ALLOWANCE)


def _centred(size: QSize, screen: QRect) -> QRect:
    """The frame (the client area of ``size`` and its allowance) centred on
    ``screen``; the client area returned."""
    area = _client_area(screen)
    size = size.boundedTo(area.size())
    rect = QRect(QPoint(0, 0), size).marginsAdded(FRAME_ALLOWANCE)
    rect.moveCenter(screen.center())
    return _inside(rect.marginsRemoved(FRAME_ALLOWANCE), area)


def _available_screens() -> tuple[list[QRect], QRect]:
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    primary = QGuiApplication.primaryScreen()
    main = primary.availableGeometry() if primary is not None else QRect(0, 0, 1024, 768)
    return screens or [main], main


def place(window: QWidget) -> Placement:
    """Give ``window`` (not yet shown) its saved or first-start geometry."""
    screens, primary = _available_screens()
    prefs = settings.load()
    placement = choose(prefs.window, screens, primary, scale=prefs.font_scale)
    window.setGeometry(placement.geometry)
    state = window.windowState() & ~Qt.WindowState.WindowMaximized
    if placement.maximized:
        state |= Qt.WindowState.WindowMaximized
    window.setWindowState(state)
    return placement


def capture(window: QWidget) -> WindowPlacement | None:
    """``window``'s normal geometry and maximised state, or ``None`` when it
    has none worth keeping (never shown, or out of range)."""
    rect = window.normalGeometry()
    if not rect.isValid() or rect.isEmpty():
        rect = window.geometry()
    low, high = WINDOW_SIZE
    if not (low <= rect.width() <= high and low <= rect.height() <= high):
        return None
    return WindowPlacement(
        rect.x(), rect.y(), rect.width(), rect.height(), maximized=window.isMaximized()
    )


def remember(window: QWidget) -> None:
    """Save ``window``'s place in the settings file (on close or lock).
    Never fails: a settings file that cannot be written is only logged."""
    placement = capture(window)
    if placement is None:
        return
    current = settings.load()
    if current.window == placement:
        return
    try:
        settings.save(replace(current, window=placement))
    except StorageFailed:
        log.info("window_place_not_saved")
