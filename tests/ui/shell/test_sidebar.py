"""The sections sidebar (Interface 3): navigation with icons, the shown
section marked by a shape (not only colour), counts where they help (with
their words in the accessible name), keyboard choice."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QColor, QIcon, QImage
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.sidebar import COUNT_ROLE, SectionsSidebar
from fieldsafe.vault import Vault
from tests.ui.conftest import find, wait_ops

NAMES = ["Outreach logs", "Today", "My journal", "Meeting plans", "Incidents", "Risk assessments"]


def _row_names(sidebar: SectionsSidebar) -> list[str]:
    """What a screen reader says for each row."""
    view = QAccessible.queryAccessibleInterface(sidebar)
    names = []
    for row in range(sidebar.count()):
        cell = next(
            view.child(i)
            for i in range(view.childCount())
            if view.child(i).text(QAccessible.Text.Name).startswith(NAMES[row])
        )
        names.append(cell.text(QAccessible.Text.Name))
    return names


def _today(window: MainWindow):  # noqa: ANN202
    return window._clock.now().astimezone().date()


def test_every_section_has_an_icon_and_its_name(window: MainWindow) -> None:
    sidebar = find("Sections", SectionsSidebar, within=window)
    assert [sidebar.item(i).text() for i in range(sidebar.count())] == NAMES
    for row in range(sidebar.count()):
        icon = sidebar.item(row).icon()
        assert isinstance(icon, QIcon) and not icon.isNull()
    assert _row_names(sidebar) == NAMES  # no count yet: just the names


def _bar_columns(image: QImage, rect: QRect, accent: QColor) -> set[int]:
    """The x positions in ``rect`` where the accent colour is drawn."""
    found = set()
    for y in range(rect.top(), rect.bottom()):
        for x in range(rect.left(), rect.right()):
            colour = image.pixelColor(x, y)
            if (
                abs(colour.red() - accent.red()) < 10
                and abs(colour.green() - accent.green()) < 10
                and abs(colour.blue() - accent.blue()) < 10
            ):
                found.add(x)
    return found


def _assert_marked_by_a_bar(sidebar: SectionsSidebar, shown: int, *, rtl: bool) -> None:
    image = sidebar.viewport().grab().toImage()
    accent = QApplication.palette().accent().color()
    for row in range(sidebar.count()):
        rect = sidebar.visualItemRect(sidebar.item(row))
        columns = _bar_columns(image, rect, accent)
        if row != shown:
            assert not columns, f"row {row} is marked but not shown"
            continue
        assert columns, "the shown section has no bar"
        middle = rect.center().x()
        assert all((x > middle) if rtl else (x < middle) for x in columns), (
            "the bar sits at the leading edge"
        )


def test_the_shown_section_is_marked_by_a_bar_at_its_leading_edge(
    qtbot,
    window: MainWindow,  # noqa: ANN001
) -> None:
    sidebar = window.sections
    _assert_marked_by_a_bar(sidebar, 0, rtl=False)
    window.show_today()
    _assert_marked_by_a_bar(sidebar, 1, rtl=False)
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        qtbot.waitUntil(lambda: sidebar.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        _assert_marked_by_a_bar(sidebar, 1, rtl=True)
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_arrow_keys_choose_a_section(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    sidebar = window.sections
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert sidebar.currentRow() == 1 and window.panel.showing_today
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert sidebar.currentRow() == 2 and window.work.currentWidget() is window.journal
    window.sections.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Down)
    assert sidebar.currentRow() == 3 and window.work.currentWidget() is window.plans
    sidebar.setFocus()
    qtbot.keyClick(sidebar, Qt.Key.Key_Home)
    assert sidebar.currentRow() == 0 and window.work.currentIndex() == 0
    assert not window.panel.showing_today


def test_counts_show_follow_ups_due_and_plans_today_in_words(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    day = _today(window)

    def follow_up(days: int, done: bool = False) -> dict[str, object]:
        return {"action": "Call", "due": (day + timedelta(days=days)).isoformat(), "done": done}

    when = window._clock.now() - timedelta(days=2)
    vault.logs.save(occurred_at=when, title="A", follow_ups=[follow_up(-1), follow_up(0)])
    vault.logs.save(occurred_at=when, title="B", follow_ups=[follow_up(0), follow_up(5)])
    vault.logs.save(occurred_at=when, title="C", follow_ups=[follow_up(5), follow_up(-1, True)])
    noon = datetime.combine(day, time(12)).astimezone()
    vault.plans.save({"starts_at": noon.isoformat(), "location": "the café"})
    vault.plans.save({"starts_at": (noon + timedelta(days=1)).isoformat(), "location": "park"})
    window._refresh_counts()
    wait_ops(qtbot)
    sidebar = window.sections
    assert sidebar.item(1).data(COUNT_ROLE) == 2
    assert sidebar.item(3).data(COUNT_ROLE) == 1
    assert not sidebar.item(0).data(COUNT_ROLE) and not sidebar.item(2).data(COUNT_ROLE)
    logs, today, journal, plans, *_safety = _row_names(sidebar)
    assert (logs, journal) == ("Outreach logs", "My journal")
    # English plurals read "log(s)" until an English catalogue exists
    assert today.startswith("Today, 2 log") and today.endswith("with a follow-up due")
    assert plans.startswith("Meeting plans, 1 plan") and plans.endswith("today")


def test_counts_are_counted_again_after_a_save_and_gone_after_lock(
    qtbot,
    window: MainWindow,
    vault: Vault,
    session,  # noqa: ANN001
) -> None:
    wait_ops(qtbot)
    assert not window.sections.item(1).data(COUNT_ROLE)
    saved = vault.logs.save(
        occurred_at=window._clock.now(),
        title="Visit",
        follow_ups=[{"action": "Call", "due": _today(window).isoformat(), "done": False}],
    )
    window.editor.saved.emit(saved.id)  # what the editor says after its save
    wait_ops(qtbot)
    assert window.sections.item(1).data(COUNT_ROLE) == 1
    window.wipe()
    assert not window.sections.item(1).data(COUNT_ROLE)
    assert _row_names(window.sections) == NAMES


def test_the_sidebar_never_clips_a_name(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    sidebar = window.sections
    vault.plans.save(
        {"starts_at": datetime.combine(_today(window), time(12)).astimezone().isoformat()}
    )
    window._refresh_counts()
    wait_ops(qtbot)
    assert sidebar.item(3).data(COUNT_ROLE) == 1
    needed = sidebar.sizeHintForColumn(0)  # the widest row, its badge included
    assert needed > 0 and sidebar.minimumWidth() >= needed + 2 * sidebar.frameWidth()
    qtbot.waitUntil(lambda: sidebar.viewport().width() >= needed)
