"""The Today view and the log list's filters.

Today lists what needs attention: follow-ups due today or earlier, logs whose
paper notes are not yet confirmed destroyed, and logs past their review-by
date (to delete or keep). Each line opens the log.
"""

from __future__ import annotations

import logging
from datetime import date
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

from fieldsafe.core.clock import local_day_range
from fieldsafe.core.records import SETTINGS, RecordFilter, RecordSummary
from fieldsafe.messages import describe
from fieldsafe.ui.common.localtime import format_day, format_moment
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.common.widgets import OptionalDate
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.shell.today")
LOG_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
DEBRIEF_ROLE = int(Qt.ItemDataRole.UserRole) + 2


class TodayView(QWidget):
    """Emits :attr:`open_requested` with a log id."""

    open_requested = Signal(str)
    #: a postponed debrief was chosen (the log's id)
    debrief_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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

    def refresh(self, vault: Vault | None, today: date) -> None:
        self.tree.clear()
        if vault is None or vault.is_locked:
            self.summary.setText("")
            return
        try:
            found = vault.logs.today(today)
            postponed = vault.journal.reminders()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("today_failed", exc_info=(type(exc), exc, None))
            self.summary.setText(describe(exc))
            return
        if found.empty and not postponed:
            self.summary.setText(
                self.tr(
                    "Nothing needs attention today: no follow-ups due, no paper notes waiting to be destroyed, no logs to review."
                )
            )
            return
        self.summary.setText("")
        self._group(
            self.tr("Follow-ups due (%n)", "", found.due_count),
            [(self.tr("due {date}").format(date=format_day(d)), s) for d, s in found.due],
            found.due_count,
        )
        self._group(
            self.tr("Paper notes not yet confirmed destroyed (%n)", "", found.paper_count),
            [("", s) for s in found.paper],
            found.paper_count,
        )
        self._group(
            self.tr("Past the review date: delete or keep (%n)", "", found.review_count),
            [(self.tr("review by {date}").format(date=format_day(d)), s) for d, s in found.review],
            found.review_count,
        )
        if postponed:
            self._group(
                self.tr("Debriefs saved for later (%n)", "", len(postponed)),
                [("", s) for s in postponed],
                len(postponed),
                role=DEBRIEF_ROLE,
            )
        self.tree.expandAll()

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
            text = f"{format_moment(summary.occurred_at)}  \u2068{title}\u2069"
            if note:
                text += f"  ({note})"
            item = QTreeWidgetItem(group, [text])
            item.setData(0, role, summary.id)

    def _activated(self, item: QTreeWidgetItem) -> None:
        log_id = item.data(0, LOG_ID_ROLE)
        if log_id:
            self.open_requested.emit(log_id)
        elif item.data(0, DEBRIEF_ROLE):
            self.debrief_requested.emit(item.data(0, DEBRIEF_ROLE))

    def log_ids(self) -> list[str]:
        found: list[str] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            children = (
                [group.child(i) for i in range(group.childCount())] if group is not None else []
            )
            found += [
                child.data(0, LOG_ID_ROLE)
                for child in children
                if child is not None and child.data(0, LOG_ID_ROLE)
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
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.since)
        second.addWidget(self.until)
        second.addWidget(self.due)
        second.addStretch(1)
        second.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addLayout(second)
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
