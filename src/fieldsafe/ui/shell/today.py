"""The Today view and the log list's filters.

Today lists what needs attention: meetings coming up with their check-in
times, follow-ups due today or earlier, logs whose paper notes are not yet
confirmed destroyed, logs past their review-by date (to delete or keep),
open incidents whose measures are not yet reviewed, risk assessments whose
review is due, and debriefs saved for later (:mod:`.today_safety` reads the
safety rows). Each line opens its record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, local_day_range
from fieldsafe.core.records import SETTINGS, RecordFilter, RecordSummary
from fieldsafe.messages import describe
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.localtime import format_day, format_moment, format_time
from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.text_fit import keep_wide_enough
from fieldsafe.ui.shell.today_safety import Meeting, SafetyToday, read_safety_today
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.shell.today")
LOG_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DEBRIEF_ROLE = int(Qt.ItemDataRole.UserRole) + 2
PLAN_ROLE = int(Qt.ItemDataRole.UserRole) + 3
INCIDENT_ROLE = int(Qt.ItemDataRole.UserRole) + 4
ASSESSMENT_ROLE = int(Qt.ItemDataRole.UserRole) + 5
#: what each row role asks to open (the view's signals, by name)
_OPENS = {
    LOG_ID_ROLE: "open_requested",
    DEBRIEF_ROLE: "debrief_requested",
    PLAN_ROLE: "plan_requested",
    INCIDENT_ROLE: "incident_requested",
    ASSESSMENT_ROLE: "assessment_requested",
}


def check_in_time(meeting: Meeting) -> str:
    """The check-in time: its time alone on the day the meeting starts."""
    assert meeting.check_in is not None
    at = meeting.check_in.check_in_at.astimezone()
    if at.date() == meeting.starts_at.astimezone().date():
        return format_time(at.time())
    return format_moment(at)


class TodayView(QWidget):
    """Emits :attr:`open_requested` with a log id."""

    open_requested = Signal(str)
    #: a postponed debrief was chosen (the log's id)
    debrief_requested = Signal(str)
    #: a meeting coming up was chosen (the plan's id)
    plan_requested = Signal(str)
    #: an open incident was chosen (its id)
    incident_requested = Signal(str)
    #: a risk assessment whose review is due was chosen (its id)
    assessment_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Today"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)

    def set_clock(self, clock: Clock) -> None:
        """Where "now" comes from (meetings coming up, check-in times)."""
        self._now = clock.now

    def refresh(self, vault: Vault | None, today: date) -> None:
        self.tree.clear()
        if vault is None or vault.is_locked:
            self.summary.setText("")
            return
        try:
            found = vault.logs.today(today)
            postponed = vault.journal.reminders()
            safety = read_safety_today(vault, self._now(), today)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("today_failed", exc_info=(type(exc), exc, None))
            self.summary.setText(describe(exc))
            return
        if found.empty and not postponed and safety.empty:
            self.summary.setText(
                self.tr(
                    "Nothing needs attention today: no meetings coming up, no follow-ups due, "
                    "no paper notes waiting to be destroyed, no logs to review, no incidents or "
                    "risk assessments waiting for a review."
                )
            )
            return
        self.summary.setText("")
        self._meetings(safety.meetings)
        self._group(
            self.tr("Follow-ups due (%n)", "", found.due_count),
            [(isolated(self.tr("due {date}"), date=format_day(d)), s) for d, s in found.due],
            found.due_count,
        )
        self._group(
            self.tr("Paper notes not yet confirmed destroyed (%n)", "", found.paper_count),
            [("", s) for s in found.paper],
            found.paper_count,
        )
        self._group(
            self.tr("Past the review date: delete or keep (%n)", "", found.review_count),
            [
                (isolated(self.tr("review by {date}"), date=format_day(d)), s)
                for d, s in found.review
            ],
            found.review_count,
        )
        self._safety_records(safety)
        if postponed:
            self._group(
                self.tr("Debriefs saved for later (%n)", "", len(postponed)),
                [("", s) for s in postponed],
                len(postponed),
                role=DEBRIEF_ROLE,
            )
        self.tree.expandAll()

    # -- the safety rows ------------------------------------------------------------
    def _heading(self, heading: str, shown: int, total: int) -> QTreeWidgetItem:
        if total > shown:
            heading += " " + self.tr("(the first %n are listed)", "", shown)
        group = QTreeWidgetItem(self.tree, [heading])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        return group

    def _meetings(self, meetings: list[Meeting]) -> None:
        """Meetings coming up: when, the plan's title, the check-in time."""
        if not meetings:
            return
        group = self._heading(
            self.tr("Meetings and check-ins coming up (%n)", "", len(meetings)),
            len(meetings),
            len(meetings),
        )
        for meeting in meetings:
            title = meeting.title or self.tr("Meeting plan")
            if meeting.check_in is None:
                note = self.tr("no check-in time agreed")
            else:
                note = isolated(self.tr("check in by {time}"), time=check_in_time(meeting))
            text = f"{isolate(format_moment(meeting.starts_at))}  {isolate(title)}  ({note})"
            QTreeWidgetItem(group, [text]).setData(0, PLAN_ROLE, meeting.plan_id)

    def _safety_records(self, safety: SafetyToday) -> None:
        """Open incidents whose measures are not reviewed, and assessment
        reviews due."""
        if safety.incidents:
            group = self._heading(
                self.tr(
                    "Incidents whose measures are not yet reviewed (%n)", "", safety.incident_count
                ),
                len(safety.incidents),
                safety.incident_count,
            )
            for incident in safety.incidents:
                kind = (
                    safety_words.incident_type(incident.type)
                    if incident.type
                    else self.tr("Incident")
                )
                title = f"{kind}: {isolate(incident.title)}" if incident.title else kind
                text = f"{isolate(format_moment(incident.occurred_at))}  {title}"
                QTreeWidgetItem(group, [text]).setData(0, INCIDENT_ROLE, incident.id)
        if safety.reviews:
            group = self._heading(
                self.tr("Risk assessment reviews due (%n)", "", safety.review_count),
                len(safety.reviews),
                safety.review_count,
            )
            for due, summary in safety.reviews:
                title = summary.title or self.tr("Untitled assessment")
                note = isolated(self.tr("review due {date}"), date=format_day(due))
                item = QTreeWidgetItem(group, [f"{isolate(title)}  ({note})"])
                item.setData(0, ASSESSMENT_ROLE, summary.id)

    def _group(
        self,
        heading: str,
        rows: list[tuple[str, RecordSummary]],
        total: int,
        *,
        role: int = LOG_ID_ROLE,
    ) -> None:
        if not rows:
            return
        if total > len(rows):
            heading += " " + self.tr("(the first %n are listed)", "", len(rows))
        group = QTreeWidgetItem(self.tree, [heading])
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        for note, summary in rows:
            title = summary.title or self.tr("Untitled")
            text = f"{isolate(format_moment(summary.occurred_at))}  {isolate(title)}"
            if note:
                text += f"  ({note})"
            item = QTreeWidgetItem(group, [text])
            item.setData(0, role, summary.id)

    def _activated(self, item: QTreeWidgetItem) -> None:
        for role, signal in _OPENS.items():
            record_id = item.data(0, role)
            if record_id:
                getattr(self, signal).emit(record_id)
                return

    def log_ids(self) -> list[str]:
        return self.ids(LOG_ID_ROLE)

    def ids(self, role: int) -> list[str]:
        """The ids the rows of ``role`` open, in the order shown."""
        found: list[str] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            children = (
                [group.child(i) for i in range(group.childCount())] if group is not None else []
            )
            found += [
                child.data(0, role)
                for child in children
                if child is not None and child.data(0, role)
            ]
        return found

    def wipe(self) -> None:
        self.tree.clear()
        self.summary.setText("")


class FilterBar(QWidget):
    """Narrow the log list: setting, person code, tag, dates, follow-ups due.
    Emits :attr:`changed` with the new :class:`RecordFilter`."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.today
        self.setting = QComboBox(self)
        self.setting.setAccessibleName(self.tr("Filter by setting"))
        self.setting.addItem(self.tr("Any setting"), "")
        for key in SETTINGS:
            self.setting.addItem(setting_label(key), key)
        self.code = QLineEdit(self)
        self.code.setAccessibleName(self.tr("Filter by person code"))
        self.code.setPlaceholderText(self.tr("Person code"))
        self.code.setClearButtonEnabled(True)
        keep_wide_enough(self.code, lambda: ["A12 34"])  # a person code, as an example
        self.tag = QComboBox(self)
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.tag.setEditable(True)
        tag_edit = cast(QLineEdit, self.tag.lineEdit())  # editable: it has one
        tag_edit.setPlaceholderText(self.tr("Tag"))
        tag_edit.setAccessibleName(self.tr("Filter by tag"))
        self.since = OptionalDate(self.tr("From any date"), self)
        self.since.setAccessibleName(self.tr("From date"))
        self.until = OptionalDate(self.tr("To any date"), self)
        self.until.setAccessibleName(self.tr("To date"))
        self.due = QCheckBox(self.tr("Follow-up due"), self)
        self.due.setAccessibleName(self.tr("Only logs with a follow-up due"))
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.setting, 1)
        first.addWidget(self.code, 1)
        first.addWidget(self.tag, 1)
        # The dates on a row of their own: each is as wide as its placeholder
        # and a date, and beside the check box and the button they made the
        # list (and the window) wider than a small screen at a large text size.
        dates = QHBoxLayout()
        dates.setContentsMargins(0, 0, 0, 0)
        dates.addWidget(self.since, 1)
        dates.addWidget(self.until, 1)
        last = QHBoxLayout()
        last.setContentsMargins(0, 0, 0, 0)
        last.addWidget(self.due)
        last.addStretch(1)
        last.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(dates)
        layout.addLayout(last)
        self.setting.currentIndexChanged.connect(self._emit)
        self.code.editingFinished.connect(self._emit)
        self.code.textChanged.connect(lambda text: None if text else self._emit())
        self.tag.currentTextChanged.connect(self._emit)
        self.since.dateChanged.connect(self._emit)
        self.until.dateChanged.connect(self._emit)
        self.due.toggled.connect(self._emit)
        self._blocked = False

    def tab_chain(self) -> list[QWidget]:
        """The filters as they are shown, in the order Tab visits them."""
        return [
            self.setting,
            self.code,
            self.tag,
            *self.since.tab_chain(),
            *self.until.tab_chain(),
            self.due,
            self.clear_button,
        ]

    def current(self) -> RecordFilter:
        # From the first instant of the "from" day to the end of the "to"
        # day in local time, with each day's own offset (summer and winter
        # time differ; on the day the clocks jump from 00:00 to 01:00 there is
        # no midnight).
        since, until = local_day_range(self.since.value(), self.until.value())
        return RecordFilter(
            since=since,
            until=until,
            setting=self.setting.currentData() or None,
            person_code=self.code.text().strip() or None,
            tag=self.tag.currentText().strip() or None,
            due_by=self._today() if self.due.isChecked() else None,
        )

    def set_tags(self, tags: list[str]) -> None:
        self._blocked = True
        try:
            current = self.tag.currentText()
            self.tag.clear()
            self.tag.addItem("")
            self.tag.addItems(tags)
            self.tag.setCurrentText(current)
        finally:
            self._blocked = False

    def _emit(self) -> None:
        if not self._blocked:
            self.changed.emit(self.current())

    def clear(self) -> None:
        self._blocked = True
        try:
            self.setting.setCurrentIndex(0)
            self.code.clear()
            self.tag.setCurrentText("")
            self.since.set_value(None)
            self.until.set_value(None)
            self.due.setChecked(False)
        finally:
            self._blocked = False
        self._emit()

    def wipe(self) -> None:
        self.blockSignals(True)
        try:
            self.clear()
            self.tag.clear()
        finally:
            self.blockSignals(False)
