"""The incident patterns (by month and type, setting, who was involved and
time of day), each chart described in words and mirrored in right to left;
and the de-identified summary for the organisation, saved as CSV or PDF
behind the not-encrypted warning, with small counts hidden."""

from __future__ import annotations

import csv
import io
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QRadioButton, QTabWidget

from fieldsafe.core.incidents import Incident, patterns
from fieldsafe.core.records import INCIDENT, RecordId
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.incidents import summary
from fieldsafe.ui.incidents.patterns import IncidentPatterns
from fieldsafe.ui.incidents.section import IncidentsSection
from fieldsafe.ui.incidents.summary import ChooseSummaryFile, SummaryChoice, SummaryDialog
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, find, wait_ops

UTC_NOON = datetime(2026, 1, 15, 12, 0, tzinfo=UTC)


def incident(when: datetime, **fields: Any) -> Incident:
    clean = INCIDENT.validate({"occurred_at": when.isoformat(), **fields})
    return Incident(RecordId(str(uuid.uuid4())), clean, when, when)


def local(year: int, month: int, day: int, hour: int) -> datetime:
    """A local wall-clock time (patterns read the local time of day)."""
    return datetime(year, month, day, hour).astimezone()


INCIDENTS = [
    incident(local(2026, 1, 5, 22), type="verbal", setting="street", actors=["client", "police"]),
    incident(local(2026, 1, 20, 9), type="verbal", setting="street"),
    incident(local(2026, 3, 2, 14), type="digital", setting="online", actors=["online_account"]),
]


@pytest.fixture
def view(qtbot) -> IncidentPatterns:  # noqa: ANN001
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    widget = IncidentPatterns()
    qtbot.addWidget(widget)
    widget.set_patterns(patterns(INCIDENTS))
    widget.resize(900, 1200)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_counts_by_month_and_type_with_the_gap_months(view: IncidentPatterns) -> None:
    grid = view.by_month
    assert grid.accessibleName() == "Incidents by month and type"
    assert [grid.month_total(m) for m in ("2026-01", "2026-02", "2026-03")] == [2, 0, 1]
    text = grid.accessibleDescription()
    assert "3 month(s) from \u2068January 2026\u2069 to \u2068March 2026\u2069" in text
    assert "\u2068January 2026\u2069: 2 (Verbal 2)" in text
    assert "February" not in text  # an empty month is not read out
    assert view.summary.text().startswith("3 incident(s) counted.")


def test_counts_by_setting_actor_and_time_of_day(view: IncidentPatterns) -> None:
    assert view.by_setting.counts() == [("Street", 2), ("Online", 1)]
    actors = dict(view.by_actor.counts())
    assert actors["A buyer or client"] == 1 and actors["Police"] == 1
    assert actors["An online account"] == 1 and actors["Not given"] == 1
    times = view.by_time.counts()
    assert [n for _label, n in times] == [0, 1, 1, 1]  # night, morning, afternoon, evening
    assert times[0][0].startswith("Night (")
    assert view.by_setting.accessibleDescription() == "\u2068Street\u2069: 2; \u2068Online\u2069: 1"
    for chart, name in (
        (view.by_setting, "Incidents by setting"),
        (view.by_actor, "Incidents by who was involved"),
        (view.by_time, "Incidents by time of day"),
    ):
        assert chart.accessibleName() == name
        assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus


def test_bars_and_months_are_mirrored_in_right_to_left(view: IncidentPatterns) -> None:
    bars = view.by_setting
    ltr = bars.bar_rect(0)
    assert ltr.left() > 0 and ltr.width() > bars.bar_rect(1).width() * 1.9  # 2 against 1
    grid = view.by_month
    assert grid.cell_rect("2026-01", 0).x() < grid.cell_rect("2026-03", 0).x()
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = bars.bar_rect(0)
    assert abs(rtl.right() - (bars.width() - ltr.left())) < 1, "bars grow from the right"
    assert abs(rtl.width() - ltr.width()) < 1
    assert grid.cell_rect("2026-01", 0).x() > grid.cell_rect("2026-03", 0).x()
    view.grab()


def test_nothing_to_count_says_so(view: IncidentPatterns) -> None:
    view.set_patterns(patterns([]))
    for chart in (view.by_month, view.by_setting, view.by_actor, view.by_time):
        assert chart.accessibleDescription() == "No incidents to count."
    assert view.summary.text() == "No incidents to count."


def test_the_section_shows_patterns_of_what_the_filters_leave(
    qtbot,  # noqa: ANN001
    vault: Vault,
    clock,  # noqa: ANN001
) -> None:
    for item in INCIDENTS:
        vault.incidents.save(dict(item.fields))
    section = IncidentsSection(clock=clock)
    qtbot.addWidget(section)
    section.resize(1000, 760)
    section.show()
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        section.attach(vault)
    tabs = find("Timeline and patterns", QTabWidget, within=section)
    tabs.tabBar().setFocus()
    qtbot.keyClick(tabs.tabBar(), Qt.Key.Key_Right)  # the tab bar has the focus: Right: Patterns
    assert tabs.currentWidget() is section.patterns
    assert section.patterns.patterns().total == 3
    combo = section.filters.combos["setting"]
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData("online"))
    assert section.patterns.by_setting.counts() == [("Online", 1)]


# -- the de-identified summary ----------------------------------------------------------------


def _many(vault: Vault) -> None:
    """Five in the North district, four in the East, one in the South: the
    South is too rare to name, and its small count hides the East's too (else
    it could be worked out from the total)."""
    for n in range(9):
        vault.incidents.save(
            {
                "occurred_at": (START - timedelta(days=3 + n)).isoformat(),
                "type": "verbal",
                "setting": "street",
                "area": "North district" if n < 5 else "East district",
                "title": "canary-summary-title",
                "actors_note": "canary-summary-person",
            }
        )
    vault.incidents.save(
        {
            "occurred_at": (START - timedelta(days=2)).isoformat(),
            "type": "physical",
            "area": "South",
        }
    )


def test_the_warning_comes_first_and_says_what_the_file_holds(qtbot, monkeypatch) -> None:  # noqa: ANN001
    """By keyboard: the dialog says the file is not encrypted; PDF is chosen
    with the arrow keys; Escape saves nothing."""
    seen: dict[str, Any] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SummaryDialog)
        activate(qtbot, dialog)
        seen["text"] = " ".join(label.text() for label in dialog.findChildren(summary.QLabel))
        csv_button = find("A spreadsheet (CSV)", QRadioButton, within=dialog)
        csv_button.setFocus()
        qtbot.keyClick(csv_button, Qt.Key.Key_Down)
        seen["pdf"] = dialog.pdf.isChecked()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    choice = SummaryDialog.ask(None)
    assert "not encrypted" in seen["text"]
    assert "no person codes, names or written text" in seen["text"]
    assert seen["pdf"] and choice == SummaryChoice(None, None, "pdf")

    QTimer.singleShot(
        0, lambda: qtbot.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Escape)
    )
    assert SummaryDialog.ask(None) is None


def test_a_csv_summary_hides_small_counts_and_holds_no_text(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    _many(vault)
    target = tmp_path / "summary.csv"
    monkeypatch.setattr(
        SummaryDialog, "ask", classmethod(lambda cls, parent: SummaryChoice(None, None, "csv"))
    )
    monkeypatch.setattr(ChooseSummaryFile, "ask", classmethod(lambda cls, parent, kind: target))
    notices: list[str] = []
    monkeypatch.setattr(
        dialogs.Notice,
        "show",
        classmethod(lambda cls, parent, text, detail="": notices.append(text)),
    )
    section = IncidentsSection()
    qtbot.addWidget(section)
    section.attach(vault)
    wait_ops(qtbot)
    button = find("Save summary for the organisation", QPushButton, within=section, visible=False)
    button.click()
    wait_ops(qtbot)
    assert notices == ["The summary was saved. It is not encrypted."]
    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Section", "Value", "Incidents"]
    by_area = {r[1]: r[2] for r in rows if r[0] == "By area"}
    assert by_area["North district"] == "5"
    assert by_area["East district"] == "<3"  # hidden as well, so the small one stays hidden
    assert "South" not in by_area  # too rare to name: counted with other areas, and hidden
    assert by_area["Other areas (each with fewer than 3 incidents)"] == "<3"
    by_type = {r[1]: r[2] for r in rows if r[0] == "By type"}
    assert by_type["Physical"] == "<3"
    assert "canary-summary" not in text
    assert target.stat().st_mode & 0o077 == 0  # 0600


def test_a_pdf_summary_for_a_period(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    monkeypatch,  # noqa: ANN001
) -> None:
    _many(vault)
    target = tmp_path / "summary.pdf"
    last = START.astimezone().date()
    choice = SummaryChoice(last - timedelta(days=30), last, "pdf")
    monkeypatch.setattr(SummaryDialog, "ask", classmethod(lambda cls, parent: choice))
    monkeypatch.setattr(ChooseSummaryFile, "ask", classmethod(lambda cls, parent, kind: target))
    monkeypatch.setattr(
        dialogs.Notice, "show", classmethod(lambda cls, parent, text, detail="": None)
    )
    assert summary.save_summary(None, vault)
    wait_ops(qtbot)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and b"canary-summary" not in data
    html = summary.summary_html(vault.incidents.summary(since=choice.first, until=choice.until))
    assert "fewer than 3" in html and "North district" in html and "South" not in html
    assert "canary" not in html


def test_cancelling_writes_nothing(vault: Vault, tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(SummaryDialog, "ask", classmethod(lambda cls, parent: None))
    assert summary.save_summary(None, vault) is False
    monkeypatch.setattr(
        SummaryDialog,
        "ask",
        classmethod(lambda cls, parent: SummaryChoice(None, date(2026, 1, 1), "csv")),
    )
    monkeypatch.setattr(ChooseSummaryFile, "ask", classmethod(lambda cls, parent, kind: None))
    assert summary.save_summary(None, vault) is False
    assert list(tmp_path.iterdir()) == []


def test_the_latest_months_are_in_view_and_the_rows_keep_their_names(qtbot) -> None:  # noqa: ANN001
    many = [
        incident(local(2024, 1, 1, 12) + timedelta(days=40 * n), type="verbal") for n in range(20)
    ]
    view = IncidentPatterns()
    qtbot.addWidget(view)
    view.resize(600, 900)
    view.show()
    qtbot.waitExposed(view)
    view.set_patterns(patterns(many))
    months = view.patterns().months
    bar = view._month_scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    viewport = view._month_scroll.viewport()
    newest = view.by_month.cell_rect(months[-1], 0).center().toPoint()
    assert viewport.rect().contains(view.by_month.mapTo(viewport, newest))
    assert view.month_labels.isVisible()  # outside the scrolling part
    assert not view._month_scroll.isAncestorOf(view.month_labels)
