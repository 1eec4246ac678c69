"""What a screen reader is told a widget is, without a screen reader (fast,
offscreen): the roles :mod:`fieldsafe.ui.common.accessible_role` gives
FieldSafe's charts and the patterns page, the incidents' and colleagues'
tab widgets that do not claim the focus their tab bars take, and the labels
of the plan status box and of an incident's assessment box. The same, read through AT-SPI, in :mod:`.test_screen_reader_tree`."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from fieldsafe.ui.common import accessible_role
from fieldsafe.ui.incidents.incident_form_parts import LinkList
from fieldsafe.ui.incidents.patterns import IncidentPatterns
from fieldsafe.ui.incidents.patterns_paint import GridLabels
from fieldsafe.ui.incidents.section import IncidentsSection
from fieldsafe.ui.incidents.timeline import IncidentTimeline
from fieldsafe.ui.journal.chart import CheckInChart
from fieldsafe.ui.plans.view import PlansView
from fieldsafe.ui.teams.tab import colleague_tabs


def role(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.role()


def test_charts_are_charts_and_the_patterns_page_a_section(qtbot: QtBot) -> None:
    accessible_role.install()
    accessible_role.install()  # once is enough; twice changes nothing
    timeline = IncidentTimeline()
    journal = CheckInChart()
    patterns = IncidentPatterns()
    for widget in (timeline, journal, patterns):
        qtbot.addWidget(widget)
    charts = (
        timeline,
        journal,
        patterns.by_month,
        patterns.by_setting,
        patterns.by_actor,
        patterns.by_time,
    )
    assert [role(c) for c in charts] == [QAccessible.Role.Chart] * 6
    assert all(c.accessibleName() and c.accessibleDescription() for c in charts)
    assert role(patterns.page_scroll) == QAccessible.Role.Section
    assert patterns.page_scroll.focusPolicy() != Qt.FocusPolicy.NoFocus  # scrolls by keyboard
    # Left to Qt: a widget that declares nothing, the grid's row names.
    assert role(patterns.findChild(GridLabels)) == QAccessible.Role.Client
    assert role(QLabel("plain")) == QAccessible.Role.StaticText


def test_the_incident_tabs_leave_the_focus_to_their_tab_bar(qtbot: QtBot) -> None:
    section = IncidentsSection()
    qtbot.addWidget(section)
    assert section.tabs.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert section.tabs.tabBar().focusPolicy() != Qt.FocusPolicy.NoFocus
    assert section.tabs.focusProxy() is section.tabs.tabBar()


def test_the_plan_status_box_has_a_label(qtbot: QtBot) -> None:
    """Qt on Linux names a combo box by its value ("Draft"); its label
    (a QLabel whose buddy it is) says what it chooses."""
    view = PlansView()
    qtbot.addWidget(view)
    labels = [label for label in view.findChildren(QLabel) if label.buddy() is view.status]
    assert [label.text() for label in labels] == ["Status:"]


def test_the_colleague_tabs_leave_the_focus_to_their_tab_bar(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    tabs, _editor = colleague_tabs(
        parent, None, QLabel("intro"), QWidget(), say=lambda _t: None, colleague_added=print
    )
    assert tabs.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert tabs.tabBar().focusPolicy() != Qt.FocusPolicy.NoFocus
    assert tabs.focusProxy() is tabs.tabBar()


def test_the_assessment_box_of_an_incident_has_a_label(qtbot: QtBot) -> None:
    links = LinkList()
    qtbot.addWidget(links)
    labels = [label for label in links.findChildren(QLabel) if label.buddy() is links.assessment]
    assert [label.text() for label in labels] == ["Assessment:"]
