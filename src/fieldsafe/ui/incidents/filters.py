"""The incident filters: type, setting, area, who was involved and status.

Each is a drop-down whose first choice is "any"; together they make an
:class:`fieldsafe.core.incidents.IncidentFilter`, which the section hands to
the vault (off the GUI thread) for the timeline, the list and the patterns.
The areas offered are the ones incidents were registered in. "Show all"
clears every filter. The drop-downs sit in as many columns as fit, so the
bar wraps at large text sizes instead of running off the window; each is at
least as wide as its "any" choice, which it shows until one is chosen (in a
longer language "Any setting" is longer than ten letters).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.incidents import IncidentFilter
from fieldsafe.core.records import INCIDENT_ACTORS, INCIDENT_STATUSES, INCIDENT_TYPES, SETTINGS
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.record_text import setting_label

#: the filters, in the order they are shown
FILTERS = ("type", "setting", "area", "actor", "status")


def width_for_text(combo: QComboBox, text: str) -> int:
    """The width at which ``combo`` shows ``text`` whole (its frame, arrow
    and padding as the style draws them, in its font now)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    width = 1000
    option.rect = QRect(0, 0, width, combo.sizeHint().height())
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    # the label is drawn 1 px in from each side of the field
    return width - field.width() + 2 + combo.fontMetrics().horizontalAdvance(text)


class IncidentFilters(QWidget):
    """Five drop-downs and "Show all"; :attr:`changed` when one changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combos: dict[str, QComboBox] = {}
        self._labels: dict[str, QLabel] = {}
        self._cells: list[QWidget] = []
        for name in FILTERS:
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            combo = QComboBox(cell)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._changed)
            label = QLabel(cell)
            label.setBuddy(combo)
            column.addWidget(label)
            column.addWidget(combo)
            self.combos[name] = combo
            self._labels[name] = label
            self._cells.append(cell)
        self.show_all = QPushButton(self)
        self.show_all.clicked.connect(self.clear)
        self.show_all.setEnabled(False)
        self._cells.append(self.show_all)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._columns = 0
        self._areas: list[str] = []
        self._retranslate()
        self._lay_out(len(self._cells))

    # -- the filter ------------------------------------------------------------------------

    def value(self) -> IncidentFilter:
        """What the drop-downs are set to."""

        def chosen(name: str) -> tuple[str, ...]:
            data = self.combos[name].currentData()
            return (data,) if data else ()

        return IncidentFilter(
            types=chosen("type"),
            settings=chosen("setting"),
            areas=chosen("area"),
            actors=chosen("actor"),
            statuses=chosen("status"),
        )

    def set_areas(self, areas: Sequence[str]) -> None:
        """Offer ``areas`` (the chosen one stays chosen if it is still offered)."""
        self._areas = list(areas)
        combo = self.combos["area"]
        chosen = combo.currentData()
        combo.blockSignals(True)
        self._fill("area")
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if chosen and index < 0:
            self._changed()

    def clear(self) -> None:
        """Show every incident again."""
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self.show_all.setEnabled(self.value().active)
        self.changed.emit()

    # -- words -------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        names = {
            "type": self.tr("Type"),
            "setting": self.tr("Setting"),
            "area": self.tr("Area"),
            "actor": self.tr("Who was involved"),
            "status": self.tr("Status"),
        }
        for name, text in names.items():
            self._labels[name].setText(text)
            self.combos[name].setAccessibleName(text)
            self.combos[name].blockSignals(True)
            self._fill(name)
            self.combos[name].blockSignals(False)
        self.show_all.setText(self.tr("Show all"))
        self.show_all.setAccessibleName(self.tr("Show all incidents"))

    def _fill(self, name: str) -> None:
        combo = self.combos[name]
        chosen = combo.currentData()
        any_text = {
            "type": self.tr("Any type"),
            "setting": self.tr("Any setting"),
            "area": self.tr("Any area"),
            "actor": self.tr("Anyone"),
            "status": self.tr("Any status"),
        }[name]
        choices: list[tuple[str, str]] = {
            "type": [(safety_words.incident_type(k), k) for k in INCIDENT_TYPES],
            "setting": [(setting_label(k), k) for k in SETTINGS],
            "area": [(a, a) for a in self._areas],
            "actor": [(safety_words.actor(k), k) for k in INCIDENT_ACTORS],
            "status": [(safety_words.incident_status(k), k) for k in INCIDENT_STATUSES],
        }[name]
        combo.clear()
        combo.addItem(any_text, "")
        for text, key in choices:
            combo.addItem(text, key)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen else 0)
        self._fit(combo)

    @staticmethod
    def _fit(combo: QComboBox) -> None:
        """At least as wide as the "any" choice (the first) needs."""
        combo.setMinimumWidth(width_for_text(combo, combo.itemText(0)))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            for combo in self.combos.values():
                self._fit(combo)
        super().changeEvent(event)

    # -- layout -------------------------------------------------------------------------------

    def _cell_width(self) -> int:
        return max(cell.sizeHint().width() for cell in self._cells) + self._grid.horizontalSpacing()

    def _columns_fitting(self, width: int) -> int:
        """The most columns whose cells fit in ``width``, each column as wide
        as its widest cell (one at least)."""
        widths = [cell.sizeHint().width() for cell in self._cells]
        spacing = max(0, self._grid.horizontalSpacing())
        for columns in range(len(widths), 1, -1):
            needed = sum(max(widths[start::columns]) for start in range(columns))
            if needed + spacing * (columns - 1) <= width:
                return columns
        return 1

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._lay_out(self._columns_fitting(event.size().width()))
        super().resizeEvent(event)

    def _lay_out(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for cell in self._cells:
            self._grid.removeWidget(cell)
        for index, cell in enumerate(self._cells):
            align = Qt.AlignmentFlag.AlignBottom if cell is self.show_all else Qt.AlignmentFlag(0)
            self._grid.addWidget(cell, index // columns, index % columns, align)

    def minimumSizeHint(self):  # noqa: ANN201, N802 - Qt's name
        hint = super().minimumSizeHint()
        hint.setWidth(self._cell_width())
        return hint
