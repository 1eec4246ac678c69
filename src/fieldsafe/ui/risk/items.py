"""A list of items the person can add to and remove from: threats with
their risks and judgements, vulnerabilities, capacities, measures.

Each item is a small block of fields, named for screen readers and tests
after the item and its number ("Threat 2", "Threat 2: likelihood"), with a
button to remove it; a button under the list adds one and puts the focus in
it. Likelihood and impact are chosen among words (``ui.common.safety_words``),
with "Not judged yet" first. Threats show their level in words and a shape
as soon as both are judged.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.records import SCALE_STEPS
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.form_fit import stack_when_narrow, width_needed
from fieldsafe.ui.common.plain_text import escape_mnemonic
from fieldsafe.ui.risk.level import LevelLabel
from fieldsafe.ui.risk.sentence_field import SentenceField


def _t(text: str) -> str:
    return QCoreApplication.translate("risk", text)


@dataclass(frozen=True)
class Column:
    """One field of an item: its key in the stored object, its label, and
    ``kind``: "line" (a few words), "sentence" (one line that wraps), "text"
    (a few lines), "likelihood" or "impact" (a five-step scale)."""

    key: str
    label: str
    kind: str = "line"
    placeholder: str = ""


def fit_lines(box: QPlainTextEdit, lines: int) -> None:
    """Make ``box`` just tall enough for ``lines`` lines at its font size
    (with the padding and focus ring the style gives fields)."""
    metrics = QFontMetrics(box.font())
    margin = box.document().documentMargin()
    box.setFixedHeight(int(metrics.lineSpacing() * lines + metrics.height() / 2 + 2 * margin + 8))


def scale_box(kind: str, parent: QWidget) -> QComboBox:
    """A five-step scale in words, "Not judged yet" first (data: the step)."""
    box = QComboBox(parent)
    box.addItem(_t("Not judged yet"), None)
    word = safety_words.likelihood if kind == "likelihood" else safety_words.impact
    for step in range(1, SCALE_STEPS + 1):
        box.addItem(word(step), step)
    return box


class ItemRow(QFrame):
    """One item: its fields, its level (threats) and its Remove button."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self,
        columns: tuple[Column, ...],
        *,
        level_of: Callable[[dict[str, Any]], str | None] | None,
        alike: Callable[[], list[QLineEdit]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``alike`` gives the line edits of every item in the list, so all
        items stand their labels above their fields alike."""
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._columns = columns
        self._level_of = level_of
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for column in columns:
            widget = self._field(column)
            label = QLabel(escape_mnemonic(column.label), self)
            label.setWordWrap(True)
            label.setBuddy(widget)
            self.fields[column.key] = widget
            self.labels[column.key] = label
            form.addRow(label, widget)
        self.level = LevelLabel(self, prefix=_t("Level: {level}")) if level_of else None
        self.remove_button = QPushButton(_t("Remove"), self)
        self.remove_button.setAutoDefault(False)  # Enter in a field never presses it
        if self.level is not None:  # the level under the judgements, Remove beside it
            bottom = QHBoxLayout()
            bottom.addWidget(self.level, 1)
            bottom.addWidget(self.remove_button)
            layout = QVBoxLayout(self)
            layout.addLayout(form)
            layout.addLayout(bottom)
        else:  # short items: Remove beside the fields (under them when narrow)
            self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
            self._row.addLayout(form, 1)
            self._row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        # Labels above the fields when beside them a short value ("the one
        # who watches") would be cut off: large text, a narrow column.
        self._alike = alike or self.line_edits
        self.fit = stack_when_narrow(form, self._alike, values=True)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.changed.connect(self._show_level)

    def refit(self) -> None:
        """Look again at the width: Remove beside or under the fields, labels
        beside or above them."""
        self._place_remove()
        self.fit.update()

    def _place_remove(self) -> None:
        """Remove under the fields when beside them a field, even under its
        label, would be too narrow for its value (a long language's "the
        person responsible for safety"). Chosen from the item's width alone,
        which the choice does not change, so it never flips back and forth."""
        if self.level is not None or self.width() <= 0:
            return
        margins = self._row.contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        spacing = max(0, self._row.spacing())
        beside = room - self.remove_button.sizeHint().width() - spacing
        under = any(width_needed(edit) > beside for edit in self._alike() if not edit.isHidden())
        direction = QBoxLayout.Direction.TopToBottom if under else QBoxLayout.Direction.LeftToRight
        if self._row.direction() != direction:
            self._row.setDirection(direction)
            self._row.setAlignment(
                self.remove_button,
                Qt.AlignmentFlag.AlignRight if under else Qt.AlignmentFlag.AlignTop,
            )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._place_remove()

    def _field(self, column: Column) -> QWidget:
        widget: QWidget
        if column.kind in ("likelihood", "impact"):
            box = scale_box(column.kind, self)
            box.currentIndexChanged.connect(self.changed)
            widget = box
        elif column.kind == "text":
            text = QPlainTextEdit(self)
            text.setTabChangesFocus(True)
            text.setPlaceholderText(column.placeholder)
            fit_lines(text, 3)
            text.textChanged.connect(self.changed)
            widget = text
        elif column.kind == "sentence":
            sentence = SentenceField(self)
            sentence.setPlaceholderText(column.placeholder)
            sentence.textChanged.connect(self.changed)
            widget = sentence
        else:
            line = QLineEdit(self)
            line.setPlaceholderText(column.placeholder)
            line.textChanged.connect(self.changed)
            widget = line
        return widget

    def line_edits(self) -> list[QLineEdit]:
        return [w for w in self.fields.values() if isinstance(w, QLineEdit)]

    def name(self, item_name: str) -> None:
        """Give every field its accessible name, e.g. "Threat 2: likelihood"."""
        for index, column in enumerate(self._columns):
            widget = self.fields[column.key]
            widget.setAccessibleName(
                item_name
                if index == 0
                else _t("{item}: {field}").format(item=item_name, field=column.label)
            )
        self.remove_button.setAccessibleName(_t("Remove {item}").format(item=item_name))
        if self.level is not None:
            self.level.words.setAccessibleName(_t("{item}: level").format(item=item_name))

    def value(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, widget in self.fields.items():
            if isinstance(widget, QComboBox):
                out[key] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[key] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                out[key] = widget.text()
        return out

    def set_value(self, value: dict[str, Any]) -> None:
        for key, widget in self.fields.items():
            item = value.get(key)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(item)) if item else 0)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(item or ""))
            elif isinstance(widget, QLineEdit):
                widget.setText(str(item or ""))
                widget.setCursorPosition(0)  # a long line shows its beginning
        self._show_level()

    def is_empty(self) -> bool:
        return not any(v for v in self.value().values())

    def _show_level(self) -> None:
        if self.level is not None and self._level_of is not None:
            self.level.set_level(self._level_of(self.value()))


class ItemList(QWidget):
    """A list of items of one kind; :attr:`changed` on every edit."""

    changed = Signal()

    def __init__(
        self,
        columns: tuple[Column, ...],
        *,
        item_name: str,
        add_text: str,
        level_of: Callable[[dict[str, Any]], str | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``item_name`` is a translated pattern with ``{number}`` ("Threat
        {number}"); ``add_text`` the add button's text."""
        super().__init__(parent)
        self._columns = columns
        self._item_name = item_name
        self._level_of = level_of
        self.rows: list[ItemRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setAutoDefault(False)  # Enter in a field never presses it
        self.add_button.setAccessibleName(add_text.replace("&", ""))
        self.add_button.clicked.connect(self.add_and_focus)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)

    def add(self, value: dict[str, Any] | None = None) -> ItemRow:
        row = ItemRow(self._columns, level_of=self._level_of, alike=self._lines, parent=self)
        if value:
            row.set_value(value)
        row.changed.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self._renumber()
        row.show()
        self._refit()
        return row

    def _lines(self) -> list[QLineEdit]:
        return [line for row in self.rows for line in row.line_edits()]

    def _refit(self) -> None:
        """The items' values changed: each item looks again at its width."""
        for row in self.rows:
            row.refit()

    def add_and_focus(self) -> ItemRow:
        row = self.add()
        self.changed.emit()
        row.fields[self._columns[0].key].setFocus(Qt.FocusReason.OtherFocusReason)
        return row

    def _remove(self, row: ItemRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        self._renumber()
        self._refit()
        self.changed.emit()
        # The focus stays in the list (the next item, else the add button),
        # never dropped to the window.
        target = self.rows[min(index, len(self.rows) - 1)] if self.rows else None
        if target is not None:
            target.fields[self._columns[0].key].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _renumber(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            row.name(self._item_name.format(number=number))

    def values(self) -> list[dict[str, Any]]:
        """The items as stored (an item with nothing in it is left out)."""
        return [row.value() for row in self.rows if not row.is_empty()]

    def set_values(self, values: list[dict[str, Any]]) -> None:
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        for value in values:
            self.add(value)

    def texts(self) -> list[str]:
        """Everything typed into the items (to copy out when nothing else works)."""
        return [str(v) for row in self.rows for v in row.value().values() if isinstance(v, str)]
