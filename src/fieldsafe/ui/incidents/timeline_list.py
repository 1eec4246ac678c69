"""The list of incidents beside the timeline: one row each, newest first.

Columns: when, type, where (the setting and the area), status and the few
words of its title. Values from records are shown by the item view as plain
text. Choosing a row moves the timeline's chosen mark, and the timeline's
arrows move the row; Enter or a double click opens the incident
(:attr:`IncidentList.incident_chosen`).

Several rows can be chosen to share or delete them together: Shift with the
arrows (or a click) extends the choice, Ctrl with the arrows moves without
choosing and Ctrl+Space adds or removes the row (:meth:`IncidentList.selected_ids`).
The Delete key asks to delete the rows chosen (:attr:`IncidentList.delete_requested`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from fieldsafe.core.incidents import Incident
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.record_text import setting_label

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class IncidentList(QTreeWidget):
    """Incidents newest first; :attr:`incident_chosen` opens one."""

    #: an incident was opened (Enter, a double click): its id
    incident_chosen = Signal(str)
    #: the current row changed: the id of its incident
    current_changed = Signal(str)
    #: the Delete key was pressed with rows chosen
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setColumnCount(5)
        self.header().setStretchLastSection(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.itemDoubleClicked.connect(self._activated)
        # room for the header and a few rows, however the splitter is dragged
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.currentItemChanged.connect(self._current)
        self._retranslate()

    def set_incidents(self, incidents: Sequence[Incident]) -> None:
        """Show ``incidents`` newest first; the current row stays if it can."""
        chosen = self.current_id()
        self.blockSignals(True)
        self.clear()
        untitled = self.tr("(no title)")
        not_given = self.tr("Not given")
        items = []
        for incident in sorted(incidents, key=lambda i: (i.occurred_at, i.id), reverse=True):
            where = self._where(setting_label(incident.setting), incident.area)
            item = QTreeWidgetItem(
                [
                    isolate(format_moment(incident.occurred_at)),
                    safety_words.incident_type(incident.type) or not_given,
                    where or not_given,
                    safety_words.incident_status(incident.status),
                    incident.title or untitled,
                ]
            )
            item.setData(0, ID_ROLE, incident.id)
            items.append(item)
        self.addTopLevelItems(items)
        self.blockSignals(False)
        if chosen is not None:
            self.select(chosen)

    def _items(self) -> list[QTreeWidgetItem]:
        return [item for n in range(self.topLevelItemCount()) if (item := self.topLevelItem(n))]

    def _where(self, setting: str, area: str) -> str:
        """The setting and the area (as typed), each in its own isolate."""
        if setting and area:
            return self.tr("{setting}, {area}").format(setting=isolate(setting), area=isolate(area))
        return isolate(setting or area)

    def ids(self) -> list[str]:
        return [item.data(0, ID_ROLE) for item in self._items()]

    def selected_ids(self) -> list[str]:
        """The ids of the rows chosen, in the list's order (newest first)."""
        return [item.data(0, ID_ROLE) for item in self._items() if item.isSelected()]

    def current_id(self) -> str | None:
        item = self.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def select(self, incident_id: str | None) -> None:
        """Make ``incident_id``'s row the current one (quietly)."""
        self.blockSignals(True)
        try:
            for item in self._items():
                if item.data(0, ID_ROLE) == incident_id:
                    self.setCurrentItem(item)
                    self.scrollToItem(item)
                    return
            self.setCurrentItem(None)  # type: ignore[call-overload]
        finally:
            self.blockSignals(False)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.incident_chosen.emit(item.data(0, ID_ROLE))

    def _current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.current_changed.emit(item.data(0, ID_ROLE))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        # Arriving by keyboard makes a row current without choosing it: the
        # row shown as current is the one Share and Delete act on.
        super().focusInEvent(event)
        current = self.currentItem()
        if current is not None and not self.selectedItems():
            current.setSelected(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Enter opens the incident; a single click only chooses it, whatever
        # the platform's "activate on single click" says.
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._activated(current)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and self.selectedItems():
            self.delete_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Incidents"))
        self.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Type"),
                self.tr("Where"),
                self.tr("Status"),
                self.tr("Title"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
