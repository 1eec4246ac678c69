"""The incident timeline and the Incidents section, by keyboard: marks by
type (a shape each), time running with the reading direction (mirrored in
right to left), zoom from a week to five years, moving between incidents,
filters, the list beside it, and a written description for screen readers."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from fieldsafe.core.incidents import Incident
from fieldsafe.core.records import INCIDENT, INCIDENT_TYPES, RecordId
from fieldsafe.ui.incidents.section import IncidentsSection
from fieldsafe.ui.incidents.timeline import IncidentTimeline
from fieldsafe.ui.incidents.timeline_paint import LANES, mark_path
from fieldsafe.vault import Vault
from tests.ui.conftest import START, assert_nowhere, find, unnamed_focusable

DAY = timedelta(days=1)


def incident(when: datetime, **fields: Any) -> Incident:
    clean = INCIDENT.validate({"occurred_at": when.isoformat(), **fields})
    return Incident(RecordId(str(uuid.uuid4())), clean, when, when)


#: four incidents over two months before START, oldest first
INCIDENTS = [
    incident(START - 50 * DAY, type="physical", setting="street", area="North"),
    incident(START - 30 * DAY, type="verbal", status="measures_reviewed"),
    incident(START - 10 * DAY, type="digital", setting="online"),
    incident(START - 2 * DAY, title="Followed after the round"),  # no type given
]


@pytest.fixture
def timeline(qtbot) -> IncidentTimeline:  # noqa: ANN001
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    widget = IncidentTimeline()
    qtbot.addWidget(widget)
    widget.set_incidents(INCIDENTS, now=START)
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def x_of(widget: IncidentTimeline, item: Incident) -> float:
    centre = widget.mark_centre(item.id)
    assert centre is not None, "not in view"
    return centre.x()


def test_each_type_has_its_own_shape_and_lane(timeline: IncidentTimeline) -> None:
    shapes = {kind: mark_path(kind, 20).toFillPolygon().toPolygon() for kind in LANES}
    assert len({tuple((p.x(), p.y()) for p in poly) for poly in shapes.values()}) == len(LANES)
    assert LANES == (*INCIDENT_TYPES, "")
    lanes = [timeline.mark_centre(i.id).y() for i in INCIDENTS]  # type: ignore[union-attr]
    assert lanes[0] < lanes[1] < lanes[2] < lanes[3]  # physical, verbal, digital, not given


def test_time_runs_with_the_reading_direction(timeline: IncidentTimeline) -> None:
    ltr = [x_of(timeline, i) for i in INCIDENTS]
    assert ltr == sorted(ltr), "earlier on the left in left-to-right"
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = [x_of(timeline, i) for i in INCIDENTS]
    assert rtl == sorted(rtl, reverse=True), "earlier on the right in right-to-left"
    timeline.grab()  # paints in right to left without trouble


def test_keyboard_moves_between_incidents_and_opens_one(qtbot, timeline: IncidentTimeline) -> None:  # noqa: ANN001
    timeline.setFocus()
    moved: list[str] = []
    timeline.current_changed.connect(moved.append)
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.current_id() == INCIDENTS[0].id
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current_id() == INCIDENTS[2].id
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current_id() == INCIDENTS[1].id
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert moved == [INCIDENTS[n].id for n in (0, 1, 2, 1, 3)]
    with qtbot.waitSignal(timeline.incident_chosen) as opened:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert opened.args == [INCIDENTS[3].id]
    # in right to left the arrows follow the mirrored axis: Left is later
    timeline.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.current_id() == INCIDENTS[2].id
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.current_id() == INCIDENTS[3].id


def test_zoom_from_a_week_to_five_years_by_keyboard(qtbot, timeline: IncidentTimeline) -> None:  # noqa: ANN001
    def span() -> timedelta:
        start, end = timeline.time_window()
        return end - start

    timeline.setFocus()
    assert timeline.zoom() == "year"
    assert len(timeline.visible_ids()) == 4
    qtbot.keyClick(timeline, Qt.Key.Key_End)  # the newest: zooming keeps it in view
    for expected in ("quarter", "month", "week", "week"):
        qtbot.keyClick(timeline, Qt.Key.Key_Plus)
        assert timeline.zoom() == expected
        assert INCIDENTS[3].id in timeline.visible_ids()
    assert span() == 7 * DAY
    assert timeline.visible_ids() == [INCIDENTS[3].id]
    for expected in ("month", "quarter", "year", "years", "years"):
        qtbot.keyClick(timeline, Qt.Key.Key_Minus)
        assert timeline.zoom() == expected
    assert span() == (5 * 365 + 1) * DAY
    assert len(timeline.visible_ids()) == 4


def test_page_keys_move_the_window_and_arrows_bring_a_mark_back(
    qtbot,  # noqa: ANN001
    timeline: IncidentTimeline,
) -> None:
    timeline.setFocus()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)  # a month
    before = timeline.time_window()
    qtbot.keyClick(timeline, Qt.Key.Key_PageUp)
    after = timeline.time_window()
    assert after[1] < before[1] and after[1] - after[0] == before[1] - before[0]
    qtbot.keyClick(timeline, Qt.Key.Key_PageDown)
    assert timeline.time_window() == before
    qtbot.keyClick(timeline, Qt.Key.Key_Home)  # 50 days ago: out of a month's window
    assert INCIDENTS[0].id in timeline.visible_ids()
    assert timeline.mark_centre(INCIDENTS[0].id) is not None


def test_it_is_described_in_words(timeline: IncidentTimeline) -> None:
    assert timeline.accessibleName() == "Incidents on a timeline"
    assert timeline.focusPolicy() == Qt.FocusPolicy.StrongFocus
    text = timeline.accessibleDescription()
    assert "4 incident(s)" in text and "3 open" in text
    assert "Physical: 1" in text and "Verbal: 1" in text and "Type not given: 1" in text
    assert "showing a year" in text
    timeline.set_current(INCIDENTS[1].id)
    assert "chosen: \u2068Verbal\u2069" in timeline.accessibleDescription()
    assert "Measures reviewed" in timeline.accessibleDescription()
    timeline.set_incidents([], now=START)
    assert timeline.accessibleDescription() == "No incidents to show."


def test_marks_grow_with_the_font(qtbot) -> None:  # noqa: ANN001
    small = IncidentTimeline()
    big = IncidentTimeline()
    for widget in (small, big):
        qtbot.addWidget(widget)
    font = big.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    big.setFont(font)
    assert big.sizeHint().height() > small.sizeHint().height() * 1.4
    assert big.minimumSizeHint().width() > small.minimumSizeHint().width()


# -- the section, with a vault -------------------------------------------------------


def _save(vault: Vault, when: datetime, **fields: Any) -> str:
    return vault.incidents.save({"occurred_at": when.isoformat(), **fields}).id


@pytest.fixture
def section(qtbot, vault: Vault, clock) -> IncidentsSection:  # noqa: ANN001
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    widget = IncidentsSection(clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1000, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _attach(qtbot, section: IncidentsSection, vault: Vault) -> None:  # noqa: ANN001
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        section.attach(vault)


def test_the_section_loads_filters_by_keyboard_and_opens_from_the_list(
    qtbot,  # noqa: ANN001
    vault: Vault,
    section: IncidentsSection,
) -> None:
    street = _save(vault, START - 40 * DAY, type="verbal", setting="street", area="Riverside")
    online = _save(
        vault, START - 20 * DAY, type="digital", setting="online", actors=["online_account"]
    )
    third = _save(
        vault,
        START - 5 * DAY,
        type="verbal",
        setting="street",
        area="riverside ",
        status="measures_reviewed",
    )
    _attach(qtbot, section, vault)
    assert section.list.ids() == [third, online, street]  # newest first
    assert sorted(section.timeline.visible_ids()) == sorted([street, online, third])
    assert unnamed_focusable(section) == []
    assert not section.status.isVisible()

    # Type: Verbal, chosen by keyboard
    combo = find("Type", QComboBox, within=section)
    combo.setFocus()
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Any type -> Physical
    assert section.list.ids() == []
    assert section.status.text() == "No incidents match these filters."
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        qtbot.keyClick(combo, Qt.Key.Key_Down)  # Verbal
    assert section.list.ids() == [third, street]
    assert section.status.text() == "2 of the incidents match the filters."
    assert section.patterns.patterns().total == 2
    # the area filter offers each area once, spelt as first written
    area = find("Area", QComboBox, within=section)
    assert [area.itemText(n) for n in range(area.count())] == ["Any area", "Riverside"]
    # Show all clears every filter
    show_all = find("Show all incidents", QPushButton, within=section)
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        qtbot.mouseClick(show_all, Qt.MouseButton.LeftButton)
    assert len(section.list.ids()) == 3

    # the list and the timeline follow each other; Enter opens
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_Down)
    assert section.timeline.current_id() == section.list.current_id()
    chosen = section.list.current_id()
    with qtbot.waitSignal(section.incident_chosen) as opened:
        qtbot.keyClick(section.list, Qt.Key.Key_Return)
    assert opened.args == [chosen]
    section.timeline.setFocus()
    qtbot.keyClick(section.timeline, Qt.Key.Key_Home)
    assert section.list.current_id() == street
    with qtbot.waitSignal(section.incident_chosen) as opened:
        qtbot.keyClick(section.timeline, Qt.Key.Key_Enter)
    assert opened.args == [street]


def test_zoom_buttons_and_the_new_incident_button(
    qtbot,  # noqa: ANN001
    vault: Vault,
    section: IncidentsSection,
) -> None:
    _save(vault, START - DAY, type="physical")
    _attach(qtbot, section, vault)
    zoom_in = find("Zoom in", QPushButton, within=section)
    zoom_in.setFocus()
    qtbot.keyClick(zoom_in, Qt.Key.Key_Space)
    assert section.timeline.zoom() == "quarter"
    assert section.zoom_text.text() == "Showing: Three months"
    zoom_out = find("Zoom out", QPushButton, within=section)
    zoom_out.setFocus()
    qtbot.keyClick(zoom_out, Qt.Key.Key_Space)
    qtbot.keyClick(zoom_out, Qt.Key.Key_Space)
    assert section.zoom_text.text() == "Showing: Five years"
    new = find("Register an incident", QPushButton, within=section)
    new.setFocus()
    with qtbot.waitSignal(section.new_incident_requested):
        qtbot.keyClick(new, Qt.Key.Key_Space)


def test_an_empty_vault_invites_and_wipe_forgets_everything(
    qtbot,  # noqa: ANN001
    vault: Vault,
    section: IncidentsSection,
) -> None:
    _attach(qtbot, section, vault)
    assert "No incidents registered yet" in section.status.text()
    canary = "canary-7f3a timeline"
    _save(vault, START - DAY, type="verbal", title=canary, area="Canary quarter")
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        section.reload()
    assert len(section.list.ids()) == 1
    section.wipe()
    assert section.list.ids() == [] and section.timeline.incidents() == []
    assert section.patterns.patterns().total == 0
    area = find("Area", QComboBox, within=section)
    assert area.count() == 1
    assert_nowhere(canary)
    assert_nowhere("Canary quarter")
    section.reload()  # no vault: nothing happens
