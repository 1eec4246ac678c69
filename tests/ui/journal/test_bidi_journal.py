"""Values inside the journal's sentences keep their own order in Arabic
(issue "Interface", 2, mixed direction), as in
tests/ui/common/test_bidi_sentences_screens.py: the restore question's time,
the meetings an entry can follow (time and title), the list of entries (time,
check-in, first words), and the chart's summary and week tooltip (dates,
averages, counts). Each value is in its own balanced isolate and its digit
groups read left to right inside a right-to-left paragraph.

The Arabic templates are this test's own (a translator object), not
FieldSafe's catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from fieldsafe.core.journal_stats import WeekSummary
from fieldsafe.ui.common.bidi import FSI, PDI
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.journal.chart import CheckInChart
from fieldsafe.ui.journal.chart_paint import day, number
from fieldsafe.ui.journal.editor import RestoreJournalDraft
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.common.test_bidi_sentences_screens import arabic_with, in_order, while_modal

NUMBER = "0712 345 678"
WHEN = datetime(2031, 5, 17, 16, 30, tzinfo=UTC)

#: (context, source) -> an Arabic template with the same placeholders
ARABIC = {
    ("journal", "FieldSafe kept it from {time}. Restore it to go on writing, or discard it."): (
        "احتفظ FieldSafe به منذ {time}. استعده لتكمل الكتابة، أو تخلّص منه."
    ),
    ("JournalView", "Check-in: {feeling}"): "الحالة: {feeling}",
    ("CheckInChart", "%Ln week(s) from {first} to {last}"): "%Ln أسابيع من {first} إلى {last}",
    ("CheckInChart", "the most recent week's average is {average}"): "متوسط آخر أسبوع {average}",
    ("CheckInChart", "{debriefed} of %Ln meeting(s) debriefed"): "{debriefed} من %Ln لقاءات",
    ("CheckInChart", "Week of {date}"): "أسبوع {date}",
    ("CheckInChart", "%Ln check-in(s), average {average}"): "%Ln تسجيلات، المتوسط {average}",
}


class ArabicTemplates(QTranslator):
    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return ARABIC.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture(autouse=True)
def arabic(qapp: QApplication) -> Iterator[None]:
    """Arabic templates; the C locale, whose dates and times ("17 05 2031
    16:30") reverse like a phone number when not isolated. (The conftest
    removes the translator and restores the locale and direction.)"""
    QLocale.setDefault(QLocale.c())
    qapp.installTranslator(ArabicTemplates(qapp))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield


def test_restore_question() -> None:
    saved_at = format_moment(WHEN)
    details = []

    def look(app: QApplication) -> None:
        box = app.activeModalWidget()
        details.append(box.informativeText())  # type: ignore[union-attr]
        box.reject()  # type: ignore[union-attr]

    while_modal(look)
    RestoreJournalDraft.ask(None, saved_at=saved_at)
    arabic_with(details[0], saved_at)


def test_meetings_to_follow_and_the_list_of_entries(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    met = vault.logs.save(occurred_at=WHEN, title=NUMBER, body="Met P-7.")
    vault.journal.save(occurred_at=WHEN, feeling=4, body=f"Called {NUMBER} after.")
    journal = window.show_journal()
    assert journal is not None
    follows = journal.editor.follows
    row = follows.itemText(follows.findData(met.id))
    assert row == f"{FSI}{format_moment(WHEN)}{PDI}  {FSI}{NUMBER}{PDI}"
    in_order(row, format_moment(WHEN))
    in_order(row, NUMBER)
    entry = journal.entries.item(0).text()
    in_order(entry, format_moment(WHEN))
    assert "الحالة" in entry
    in_order(entry, f"Called {NUMBER} after.")


def _weeks() -> list[WeekSummary]:
    first = date(2031, 5, 5)
    return [
        WeekSummary(first, checkins=2, average=6.5, low=0, meetings=3, debriefed=2),
        WeekSummary(
            first + timedelta(weeks=1), checkins=1, average=3, low=1, meetings=1, debriefed=1
        ),
    ]


def test_chart_summary_and_tooltip(qtbot) -> None:  # noqa: ANN001
    chart = CheckInChart()
    qtbot.addWidget(chart)
    weeks = _weeks()
    chart.set_weeks(weeks)
    summary = chart.accessibleDescription()
    for value in (day(weeks[0].week_start), day(weeks[-1].week_start + timedelta(days=6))):
        arabic_with(summary, value)
    assert f"{FSI}{number(3.0, 1)}{PDI}" in summary
    assert f"{FSI}{number(3)}{PDI}" in summary  # debriefed, of 4 meetings
    tooltip = chart._week_tooltip(weeks[0])
    arabic_with(tooltip, day(weeks[0].week_start))
    assert f"{FSI}{number(6.5, 1)}{PDI}" in tooltip
    assert f"{FSI}{number(2)}{PDI}" in tooltip
