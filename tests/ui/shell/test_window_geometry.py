"""Interface 1.5: the main window remembers its size and place in the
allow-listed settings file, and the first start fits the screen.

The offscreen platform has one 800×800 screen, smaller than 1366×768, so the
first start there is maximised; other screens are tested through
``window_geometry.choose``, which is plain geometry. The main window's
layout makes it wider than that screen (over 800 pixels), so the window tests
give it its minimum width at the screen's left edge and compare what varies:
the top and the height (the platform nudges the left edge by its frame).
Heights are 600 pixels, above the layout's minimum height."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from fieldsafe import paths
from fieldsafe.ui.shell import settings, window_geometry
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.ui.shell.settings import Settings, WindowPlacement
from fieldsafe.ui.shell.window_geometry import DEFAULT_SIZE, FRAME_ALLOWANCE, choose, place
from fieldsafe.vault import Vault
from tests.ui.conftest import activate, find, wait_ops

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less a task bar
DESKTOP = QRect(0, 0, 1920, 1040)
SECOND = QRect(1920, 0, 1280, 1024)


def _unlock_by_keyboard(qtbot, session, passphrase: str):  # noqa: ANN001, ANN202
    screen = session.lock_screen
    assert isinstance(screen, LockScreen)
    activate(qtbot, screen)
    field = find("Passphrase", QLineEdit, within=screen)
    field.insert(passphrase)  # QTest cannot type "✓"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)
    window = session.main_window
    qtbot.waitExposed(window)
    return window


def _saved_window() -> dict[str, object]:
    saved = json.loads(paths.settings_file().read_text(encoding="utf-8"))["window"]
    assert isinstance(saved.pop("x"), int)
    return saved


def _top_and_size(window) -> tuple[int, int, int]:  # noqa: ANN001
    rect = window.geometry()
    return rect.top(), rect.width(), rect.height()


def _narrowest(window) -> int:  # noqa: ANN001
    return max(window.minimumSizeHint().width(), window.minimumWidth())


def _frame(client: QRect) -> QRect:
    """The client area with the room kept for its frame and title bar."""
    return client.marginsAdded(FRAME_ALLOWANCE)


#: the least a title bar needs above the client area (twm's is 23 px)
TITLE_BAR = 23


def _title_bar_on(screen: QRect, client: QRect) -> bool:
    return client.top() >= screen.top() + TITLE_BAR and screen.contains(_frame(client))


# -- the first start -----------------------------------------------------------------------


def test_first_start_below_1366x768_is_maximised() -> None:
    for screen in (LAPTOP, QRect(0, 0, 1280, 800), QRect(0, 0, 1024, 600)):
        assert choose(None, [screen], screen).maximized, screen


def test_first_start_on_a_larger_screen_is_a_comfortable_size_in_the_centre() -> None:
    placement = choose(None, [DESKTOP, SECOND], DESKTOP)
    assert not placement.maximized
    assert placement.geometry.size() == DEFAULT_SIZE
    assert _frame(placement.geometry).center() == DESKTOP.center()
    tall_enough = QRect(0, 0, 1400, 780)  # at least 1366×768, but not 1200×800
    clamped = choose(None, [tall_enough], tall_enough)
    assert not clamped.maximized
    assert _title_bar_on(tall_enough, clamped.geometry)
    assert _frame(clamped.geometry).height() == 780


@pytest.mark.parametrize("screen", [QRect(0, 0, 1366, 768), QRect(0, 27, 1366, 741)])
def test_the_first_start_leaves_room_for_the_title_bar(screen: QRect) -> None:
    """Under Xvfb and twm on a 1366×768 screen the first start gave the
    client area 1200×768 at y=0 and twm put the title bar at y=−23, off the
    screen: nothing to move the window by. The frame now fits the screen
    (also below a top panel)."""
    for saved in (None, WindowPlacement(100, -5, 1200, 768)):
        placement = choose(saved, [screen], screen)  # the normal geometry
        assert _title_bar_on(screen, placement.geometry), placement.geometry


def test_the_first_start_grows_with_the_font_scale() -> None:
    """Text 1.6 times as large on a 1366×768 screen: a 1200 px window
    squeezed the log form's fields (narrower than their placeholders), so
    the window opens maximised; on a large screen it grows, centred."""
    full_hd = QRect(0, 0, 1366, 768)  # no task bar: not a small screen
    assert not choose(None, [full_hd], full_hd).maximized
    assert choose(None, [full_hd], full_hd, scale=1.6).maximized
    # 1920 px wide and its frame do not fit a 1920 px desktop: maximised
    assert choose(None, [DESKTOP], DESKTOP, scale=1.6).maximized
    grown = choose(None, [DESKTOP], DESKTOP, scale=1.25)
    assert not grown.maximized
    assert grown.geometry.size() == QSize(1500, DESKTOP.height() - 46)  # the frame fits the screen
    assert _frame(grown.geometry).center() == DESKTOP.center()
    wide = QRect(0, 0, 2560, 1400)
    tall_clamped = choose(None, [wide], wide, scale=1.6)
    assert not tall_clamped.maximized
    assert tall_clamped.geometry.size() == QSize(1920, 1280)
    # a smaller text size keeps the comfortable size
    assert choose(None, [DESKTOP], DESKTOP, scale=0.75).geometry.size() == DEFAULT_SIZE


def test_place_reads_the_font_scale_from_the_settings(qapp, monkeypatch) -> None:  # noqa: ANN001
    laptop = QRect(0, 0, 1600, 900)
    monkeypatch.setattr(window_geometry, "_available_screens", lambda: ([laptop], laptop))
    window = QWidget()
    try:
        assert not place(window).maximized
        settings.save(Settings(font_scale=1.6))
        assert place(window).maximized
    finally:
        window.deleteLater()


def test_first_start_in_the_window_fits_the_small_offscreen_screen(
    qtbot,
    session,
    vault: Vault,  # noqa: ANN001
) -> None:
    assert settings.load().window is None
    window = session.open_main_window(vault)
    qtbot.waitExposed(window)
    assert window.isMaximized()


# -- remembering ---------------------------------------------------------------------------


def test_size_and_place_are_kept_across_lock_and_unlock(
    qtbot, session, vault: Vault, passphrase: str
) -> None:  # noqa: ANN001
    window = session.open_main_window(vault)
    qtbot.waitExposed(window)
    window.showNormal()
    width = _narrowest(window)
    window.setGeometry(0, 70, width, 600)
    qtbot.waitUntil(lambda: _top_and_size(window) == (70, width, 600))
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert session.is_locked

    assert _saved_window() == {"y": 70, "width": width, "height": 600, "maximized": False}
    window = _unlock_by_keyboard(qtbot, session, passphrase)
    assert not window.isMaximized()
    assert _top_and_size(window) == (70, width, 600)


def test_a_maximised_window_opens_maximised_and_keeps_its_normal_size(
    qtbot, session, vault: Vault, passphrase: str
) -> None:  # noqa: ANN001
    settings.save(Settings(window=WindowPlacement(0, 40, 600, 600, maximized=False)))
    window = session.open_main_window(vault)
    qtbot.waitExposed(window)
    assert not window.isMaximized()
    width = max(600, _narrowest(window))  # the saved width, or the layout's narrowest
    assert _top_and_size(window) == (40, width, 600)
    window.showMaximized()
    qtbot.waitUntil(window.isMaximized)
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert _saved_window() == {"y": 40, "width": width, "height": 600, "maximized": True}

    window = _unlock_by_keyboard(qtbot, session, passphrase)
    assert window.isMaximized()
    window.showNormal()
    qtbot.waitUntil(lambda: _top_and_size(window)[::2] == (40, 600))


def test_closing_the_window_saves_its_place(qtbot, session, vault: Vault) -> None:  # noqa: ANN001
    window = session.open_main_window(vault)
    qtbot.waitExposed(window)
    window.showNormal()
    window.setGeometry(0, 30, _narrowest(window), 600)
    qtbot.waitUntil(lambda: _top_and_size(window)[::2] == (30, 600))
    session.shutdown()  # what quitting (closing the last window) does
    assert _saved_window()["height"] == 600 and _saved_window()["y"] == 30


def test_a_place_on_no_current_screen_is_ignored(qtbot, session, vault: Vault) -> None:  # noqa: ANN001
    settings.save(Settings(window=WindowPlacement(3000, 2000, 600, 600)))
    window = session.open_main_window(vault)
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    centred = _frame(QRect(0, 0, 600, 600))
    centred.moveCenter(screen.center())
    assert window.geometry().height() == 600
    assert window.geometry().top() == centred.top() + FRAME_ALLOWANCE.top()
    assert window.geometry().left() >= 0


def test_choose_keeps_a_place_on_a_second_screen_and_drops_one_on_an_unplugged_one() -> None:
    on_second = WindowPlacement(2000, 100, 900, 700)
    assert choose(on_second, [DESKTOP, SECOND], DESKTOP).geometry == QRect(2000, 100, 900, 700)
    unplugged = choose(on_second, [DESKTOP], DESKTOP)
    assert unplugged.geometry.size().width() == 900
    assert _frame(unplugged.geometry).center() == DESKTOP.center()
    # only the top edge is grabbed: a window whose title bar is above the screen is off it
    above = WindowPlacement(100, -600, 800, 620)
    assert _title_bar_on(DESKTOP, choose(above, [DESKTOP], DESKTOP).geometry)
    # larger than the screen now (a smaller monitor): clamped, still on it
    huge = WindowPlacement(100, 50, 3000, 2000)
    assert _title_bar_on(DESKTOP, choose(huge, [DESKTOP], DESKTOP).geometry)


# -- only checked numbers reach the file ---------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "10,10,800,600",
        [10, 10, 800, 600],
        {"x": 10, "y": 10, "width": 800},
        {"x": 10, "y": 10, "width": 800, "height": 600, "title": "Meeting with P-7"},
        {"x": 10, "y": 10, "width": 800.5, "height": 600},
        {"x": True, "y": 10, "width": 800, "height": 600},
        {"x": 10, "y": 10, "width": 80, "height": 600},
        {"x": 10, "y": 10, "width": 800, "height": 10**9},
        {"x": -(10**6), "y": 10, "width": 800, "height": 600},
        {"x": 10, "y": 10, "width": 800, "height": 600, "maximized": "yes"},
    ],
)
def test_a_bad_window_value_is_dropped(value: object) -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"idle_lock_minutes": 7, "window": value}), encoding="utf-8")
    assert settings.load() == Settings(idle_lock_minutes=7)


def test_a_good_window_value_round_trips(fieldsafe_home: Path) -> None:
    placement = WindowPlacement(-40, 25, 1200, 800, maximized=True)
    settings.save(Settings(window=placement))
    assert settings.load().window == placement
    text = paths.settings_file().read_text(encoding="utf-8")
    assert json.loads(text)["window"] == {
        "x": -40,
        "y": 25,
        "width": 1200,
        "height": 800,
        "maximized": True,
    }
    settings.save(Settings())
    assert "window" not in json.loads(paths.settings_file().read_text(encoding="utf-8"))
