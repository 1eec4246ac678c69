"""The incident patterns: counts by month and type, by setting, by who was
involved and by time of day, for the incidents the filters leave.

Four painted charts (:mod:`.patterns_paint`) under their headings in one
scrolling page. Each chart has its own accessible name and a description
that says its counts in words; a sentence on top says how many incidents
are counted and that one incident with several categories of people counts
once under each. The counts are :class:`fieldsafe.core.incidents.Patterns`,
worked out off the GUI thread by the section.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from fieldsafe.core.incidents import NOT_GIVEN, TIMES_OF_DAY, Patterns
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.localtime import format_time
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.theme import spacing
from fieldsafe.ui.incidents.patterns_paint import CountBars, GridLabels, MonthTypeGrid
from fieldsafe.ui.incidents.timeline_paint import LANES


class IncidentPatterns(QWidget):
    """The four pattern charts, in one scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._patterns = Patterns()
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.by_month = MonthTypeGrid(self)
        self.month_labels = GridLabels(self)
        self.by_setting = CountBars(self)
        self.by_actor = CountBars(self)
        self.by_time = CountBars(self)
        self._headings: list[QLabel] = []
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.addWidget(self.summary)
        month_scroll = QScrollArea(page)
        month_scroll.setWidget(self.by_month)
        month_scroll.setWidgetResizable(False)
        month_scroll.setFrameShape(QFrame.Shape.NoFrame)
        month_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        month_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._month_scroll = month_scroll
        # the latest months in view (at the end in reading order, so mirrored in right to left)
        bar = month_scroll.horizontalScrollBar()
        bar.rangeChanged.connect(lambda _low, high: bar.setValue(high))
        month_row = QWidget(page)
        beside = QHBoxLayout(month_row)
        beside.setContentsMargins(0, 0, 0, 0)
        beside.setSpacing(0)
        beside.addWidget(self.month_labels, 0, Qt.AlignmentFlag.AlignTop)
        beside.addWidget(month_scroll, 1)
        for chart in (month_row, self.by_setting, self.by_actor, self.by_time):
            heading = QLabel(page)
            heading.setProperty("role", "heading")
            heading.setWordWrap(True)
            self._headings.append(heading)
            column.addSpacing(spacing(2))
            column.addWidget(heading)
            column.addWidget(chart)
        column.addStretch(1)
        self.page_scroll = _Page(self)
        self.page_scroll.setWidget(page)
        self.page_scroll.setWidgetResizable(True)
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page_scroll)
        self._retranslate()

    def set_patterns(self, patterns: Patterns) -> None:
        """Show ``patterns`` (the counts of the incidents the filters leave)."""
        self._patterns = patterns
        self._fill()

    def patterns(self) -> Patterns:
        return self._patterns

    def _retranslate(self) -> None:
        names = (
            self.tr("Incidents by month and type"),
            self.tr("Incidents by setting"),
            self.tr("Incidents by who was involved"),
            self.tr("Incidents by time of day"),
        )
        for heading, name in zip(self._headings, names, strict=True):
            heading.setText(name)
        self.by_month.setAccessibleName(names[0])
        self.by_setting.setAccessibleName(names[1])
        self.by_actor.setAccessibleName(names[2])
        self.by_time.setAccessibleName(names[3])
        self.page_scroll.setAccessibleName(self.tr("Patterns"))
        self._fill()

    def _not_given(self) -> str:
        return self.tr("Not given")

    def _fill(self) -> None:
        p = self._patterns
        empty = self.tr("No incidents to count.")
        if p.total:
            self.summary.setText(
                self.tr(
                    "%n incident(s) counted. An incident with several kinds of people "
                    "involved counts once under each.",
                    "",
                    p.total,
                )
            )
        else:
            self.summary.setText(empty)
        rows = [
            (key or NOT_GIVEN, safety_words.incident_type(key) if key else self._not_given())
            for key in LANES
        ]
        used = {kind for _month, kind in p.by_month_and_type}
        rows = [row for row in rows if row[0] in used or row[0] != NOT_GIVEN]
        self.by_month.set_counts(p.months, rows, p.by_month_and_type, empty=empty)
        self.month_labels.set_rows(rows if p.months else [], self.tr("All"))
        self.month_labels.setVisible(bool(p.months))
        self.by_setting.set_counts(
            [(self._setting(k), n) for k, n in p.by_setting.items()], empty=empty
        )
        self.by_actor.set_counts([(self._actor(k), n) for k, n in p.by_actor.items()], empty=empty)
        self.by_time.set_counts(
            [(self._time_of_day(k), p.by_time_of_day.get(k, 0)) for k in TIMES_OF_DAY]
            if p.total
            else [],
            empty=empty,
        )
        self._month_scroll.setFixedHeight(
            self.by_month.sizeHint().height()
            + self._month_scroll.horizontalScrollBar().sizeHint().height()
        )
        self.by_month.resize(self.by_month.sizeHint())

    def _setting(self, key: str) -> str:
        return self._not_given() if key == NOT_GIVEN else setting_label(key)

    def _actor(self, key: str) -> str:
        return self._not_given() if key == NOT_GIVEN else safety_words.actor(key)

    def _time_of_day(self, key: str) -> str:
        start = TIMES_OF_DAY.index(key) * 6
        return self.tr("{part} ({start} to {end})").format(
            part=safety_words.word(safety_words.TIMES_OF_DAY, key),
            start=isolate(format_time(time(start))),
            end=isolate(format_time(time((start + 6) % 24))),
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class _Page(QScrollArea):
    """The page's scroll area: it takes focus, so the keyboard scrolls it;
    to a screen reader a section named "Patterns", not a filler."""

    accessible_role = QAccessible.Role.Section  # fieldsafe.ui.common.accessible_role
