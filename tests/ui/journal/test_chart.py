"""The journal's check-in chart: painted bars, mirrored in right-to-left,
readable at large fonts, described in words for screen readers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication

from fieldsafe.core.journal_stats import WeekSummary
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.journal.chart import MIN_WEEKS, CheckInChart

FIRST = date(2026, 1, 5)  # a Monday


def week(index: int, feelings: list[int], meetings: int = 0, debriefed: int = 0) -> WeekSummary:
    return WeekSummary(
        week_start=FIRST + timedelta(weeks=index),
        checkins=len(feelings),
        average=sum(feelings) / len(feelings) if feelings else None,
        low=sum(1 for f in feelings if f <= 3),
        meetings=meetings,
        debriefed=debriefed,
    )


#: Four weeks: two with check-ins, an empty one, and the newest with check-ins.
WEEKS = [
    week(0, [8, 9], meetings=2, debriefed=1),
    week(1, [], meetings=1, debriefed=0),
    week(2, [6], meetings=0),
    week(3, [7, 8], meetings=3, debriefed=3),
]


@pytest.fixture
def chart(qtbot) -> CheckInChart:  # noqa: ANN001
    widget = CheckInChart()
    qtbot.addWidget(widget)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def render(widget: CheckInChart) -> QImage:
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    if ratio != 1:
        image = image.scaled(round(image.width() / ratio), round(image.height() / ratio))
    return image


def background(widget: CheckInChart) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Base)


def inked(image: QImage, area: QRect, widget: CheckInChart) -> list[QPoint]:
    """Points in the lower half of the bar area (values 1 to 4, away from the
    grid lines at 0, 5 and 10) that are not background."""
    bg = background(widget).rgb()
    out = []
    for tenth in (1, 2, 3, 4):
        y = round(area.bottom() - area.height() * tenth / 10)
        for x in range(area.left() + 2, area.right() - 1, 2):
            if image.pixelColor(x, y).rgb() != bg:
                out.append(QPoint(x, y))
    return out


def test_bars_are_painted_only_for_weeks_with_checkins(chart: CheckInChart) -> None:
    chart.set_weeks(WEEKS)
    image = render(chart)
    for index, summary in enumerate(WEEKS):
        area = chart.bar_area(index)
        assert chart.rect().contains(area)
        ink = inked(image, area, chart)
        if summary.average is None:
            assert ink == [], f"week {index} has no check-ins but something is painted"
        else:
            assert len(ink) > 4, f"week {index} has no bar"


def test_a_zero_average_is_not_drawn_like_an_empty_week(chart: CheckInChart) -> None:
    chart.set_weeks([week(0, [0]), week(1, [])])
    image = render(chart)
    zero, empty = chart.bar_area(0), chart.bar_area(1)

    def bottom_row(area: QRect) -> set[int]:
        y = area.bottom() - 2
        return {image.pixelColor(x, y).rgb() for x in range(area.left() + 2, area.right() - 1)}

    assert bottom_row(zero) != bottom_row(empty)


def test_columns_follow_time_left_to_right_and_mirror_in_rtl(chart: CheckInChart) -> None:
    chart.set_weeks(WEEKS)
    ltr = [chart.bar_area(i).center().x() for i in range(len(WEEKS))]
    assert ltr == sorted(ltr), "oldest on the left in LTR"
    assert ltr[-1] > chart.width() / 2

    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    rtl = [chart.bar_area(i).center().x() for i in range(len(WEEKS))]
    assert rtl == sorted(rtl, reverse=True), "newest on the left in RTL"
    assert rtl[-1] < chart.width() / 2
    # The newest week's bar really is painted on the left.
    image = render(chart)
    assert inked(image, chart.bar_area(len(WEEKS) - 1), chart)
    assert not inked(image, chart.bar_area(1), chart)  # the empty week, mirrored too


def test_application_rtl_mirrors_a_new_chart(qtbot) -> None:  # noqa: ANN001
    QApplication.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    widget = CheckInChart()
    qtbot.addWidget(widget)
    widget.set_weeks(WEEKS)
    widget.resize(widget.sizeHint())
    assert widget.isRightToLeft()
    assert widget.bar_area(3).center().x() < widget.bar_area(0).center().x()
    render(widget)


def test_accessible_name_and_description(chart: CheckInChart) -> None:
    assert chart.accessibleName() == "Check-ins by week"
    assert chart.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert chart.accessibleDescription() == "No check-ins yet."
    chart.set_weeks(WEEKS)
    description = strip_isolates(chart.accessibleDescription())  # values are isolated
    assert "4 week" in description
    assert "5 check-in" in description  # 2 + 0 + 1 + 2
    assert "7.5" in description  # the most recent week's average
    assert "4 of 6 meeting" in description  # 1 + 0 + 0 + 3 of 2 + 1 + 0 + 3
    assert "05/01/2026" in description  # the first week, in the locale's short format

    chart.set_weeks([*WEEKS[:3], week(3, [], meetings=1)])
    assert "no check-ins in the most recent week" in chart.accessibleDescription()


def test_clear_empties_the_chart(chart: CheckInChart) -> None:
    chart.set_weeks(WEEKS)
    chart.clear()
    assert chart.weeks() == []
    assert chart.is_empty()
    assert chart.accessibleDescription() == "No check-ins yet."
    image = render(chart)
    # Only the centred message is drawn: the sides are bare.
    bg = background(chart).rgb()
    side = chart.width() // 6
    for x in list(range(0, side)) + list(range(chart.width() - side, chart.width())):
        for y in range(0, chart.height(), 3):
            assert image.pixelColor(x, y).rgb() == bg
    middle = {
        image.pixelColor(x, chart.height() // 2 + dy).rgb()
        for x in range(side, chart.width() - side)
        for dy in range(-4, 5)
    }
    assert middle != {bg}, "the empty message is drawn"


def test_weeks_without_checkins_or_meetings_show_the_empty_state(chart: CheckInChart) -> None:
    chart.set_weeks([week(0, []), week(1, [])])
    assert chart.is_empty()
    assert chart.accessibleDescription() == "No check-ins yet."
    chart.set_weeks([week(0, []), week(1, [], meetings=2, debriefed=1)])
    assert not chart.is_empty()  # the debriefs row still has something to say
    assert "1 of 2 meeting" in strip_isolates(chart.accessibleDescription())


def test_large_font_grows_the_size_hint_and_paints(chart: CheckInChart) -> None:
    chart.set_weeks(WEEKS)
    small_hint, small_min = chart.sizeHint(), chart.minimumSizeHint()
    font = QFont(chart.font())
    font.setPointSizeF(font.pointSizeF() * 2.5)
    chart.setFont(font)
    big_hint, big_min = chart.sizeHint(), chart.minimumSizeHint()
    assert big_hint.width() > small_hint.width() and big_hint.height() > small_hint.height()
    assert big_min.width() > small_min.width() and big_min.height() > small_min.height()
    for size in (big_hint, big_min):
        chart.resize(size)
        image = render(chart)
        assert inked(image, chart.bar_area(0), chart)
        assert chart.rect().contains(chart.bar_area(0))
    # Even far too small, nothing breaks.
    chart.resize(40, 30)
    render(chart)


def test_many_weeks_and_extremes(chart: CheckInChart) -> None:
    weeks = [week(i, [i % 11] if i % 3 else [], meetings=i % 4, debriefed=i % 2) for i in range(52)]
    weeks[-1] = week(51, [10, 10], meetings=99, debriefed=99)
    chart.set_weeks(weeks)
    chart.resize(chart.sizeHint())
    image = render(chart)
    assert inked(image, chart.bar_area(51), chart)
    assert not inked(image, chart.bar_area(0), chart)
    assert "52 week" in chart.accessibleDescription()


def test_tooltip_text_names_the_week(chart: CheckInChart) -> None:
    chart.set_weeks(WEEKS)
    text = strip_isolates(chart._week_tooltip(WEEKS[0]))
    assert "05/01/2026" in text
    assert "8.5" in text
    assert "1 of 2 meeting" in text
    assert "No check-ins" in chart._week_tooltip(WEEKS[1])
    assert chart._index_at(chart.bar_area(2).center().x()) == 2


def test_a_week_without_checkins_is_a_gap_not_a_point_at_zero(chart: CheckInChart) -> None:
    from datetime import UTC, datetime

    from fieldsafe.core.journal_stats import weekly

    monday = date(2026, 1, 19)
    summaries = weekly(
        [
            (datetime(2026, 1, 6, 9, tzinfo=UTC), 7, None),
            (datetime(2026, 1, 20, 9, tzinfo=UTC), 0, None),
        ],
        [(datetime(2026, 1, 13, 9, tzinfo=UTC), "log-1")],
        weeks=3,
        today=monday,
        tz=UTC,
    )
    assert [s.checkins for s in summaries] == [1, 0, 1]
    assert summaries[1].average is None  # not 0: the painter gets no value for it
    chart.set_weeks(summaries)
    assert chart.bar_rect(1) is None  # nothing is drawn for the empty week
    zero = chart.bar_rect(2)  # a real 0 check-in is still drawn
    assert zero is not None and zero.height() > 0
    assert chart.bar_rect(0) is not None
    image = render(chart)
    assert inked(image, chart.bar_area(1), chart) == []
    assert summaries[1].meetings == 1  # the meetings row is kept as it was


def test_a_narrow_chart_draws_the_newest_weeks_that_fit(chart: CheckInChart) -> None:
    """At font scale 1.6 twelve weeks needed 680 px and left the journal's
    editor a sliver; a narrow chart now draws the newest weeks that fit."""
    weeks = [week(i, [(i % 9) + 1], meetings=1, debriefed=i % 2) for i in range(12)]
    chart.set_weeks(weeks)
    chart.resize(chart.sizeHint())
    assert chart.shown_weeks() == range(12)
    wide_minimum = chart.minimumSizeHint().width()
    chart.resize(chart.minimumSizeHint())
    assert wide_minimum < chart.sizeHint().width() / 2
    shown = chart.shown_weeks()
    assert shown.stop == 12 and len(shown) >= MIN_WEEKS
    image = render(chart)
    assert chart.bar_area(0).isEmpty() and chart.bar_rect(0) is None  # the oldest: not drawn
    for index in shown:
        assert chart.rect().contains(chart.bar_area(index))
        assert inked(image, chart.bar_area(index), chart), index
    assert chart._index_at(chart.bar_area(11).center().x()) == 11
    assert "12 week" in chart.accessibleDescription()  # the words still cover them all


@pytest.mark.parametrize("accent", ["#2b6a86", "#7ab8d3", "#ffe14d"])
def test_bars_take_the_themes_accent(chart: CheckInChart, accent: str) -> None:
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.Accent, QColor(accent))
    chart.setPalette(palette)
    chart.set_weeks(WEEKS)
    image = render(chart)
    bar = chart.bar_rect(0)
    assert bar is not None
    assert image.pixelColor(bar.center().toPoint()).name() == accent
