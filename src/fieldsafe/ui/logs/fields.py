"""Field widgets of the log editor: the follow-up list and the formatting
buttons of the Markdown body (shared widgets are in ``ui.common.widgets``).

Each emits ``changed`` when the person edits it (not when it is filled in by
code), so the editor can mark itself dirty and autosave a draft.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.ui.common.button_flow import ButtonFlow
from fieldsafe.ui.common.localtime import format_number
from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.common.widgets import ReadOnlyGuard, focusable_before, set_tab_chain


class _Row(NamedTuple):
    """One follow-up's widgets (``row[2]`` is its text, as it always was)."""

    widget: QWidget
    done: QCheckBox
    text: QLineEdit
    due: OptionalDate
    remove: QToolButton


class FollowUps(QWidget):
    """Follow-up actions, each with an optional due date and a done box.
    Tab visits the rows in the order they are shown, then "Add a follow-up"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._read_only = False
        self._guard = ReadOnlyGuard(self)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add a follow-up"), self)
        self.add_button.setAccessibleName(self.tr("Add a follow-up"))
        self.add_button.clicked.connect(self._add_clicked)
        self._layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)

    def _add_clicked(self) -> None:
        self.add_row()[2].setFocus()
        self.changed.emit()

    def add_row(self, action: str = "", due: str | None = None, done: bool = False) -> _Row:
        row = QWidget(self)
        done_box = QCheckBox(self.tr("Done"), row)
        done_box.setChecked(done)
        text = QLineEdit(row)
        text.setPlaceholderText(self.tr("What, and who does it"))
        text.setText(action)
        due_edit = OptionalDate(self.tr("No due date"), row)
        due_edit.set_value(due)
        remove = QToolButton(row)
        remove.setText(self.tr("Remove"))
        # Two lines, so the row fits a narrow editor and large fonts.
        controls = QHBoxLayout()
        controls.addWidget(done_box)
        controls.addWidget(due_edit, 1)
        controls.addWidget(remove)
        line = QVBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(text)
        line.addLayout(controls)
        entry = _Row(row, done_box, text, due_edit, remove)
        self._rows.append(entry)
        self._name(len(self._rows), entry)
        self._layout.insertWidget(self._layout.count() - 1, row)
        self._chain(entry)
        self._guard.watch(done_box)
        self._set_row_read_only(entry)
        row.show()  # at once, not on the next event-loop turn
        done_box.toggled.connect(self.changed)
        text.textEdited.connect(self.changed)
        due_edit.dateChanged.connect(self._due_edited)
        remove.clicked.connect(lambda: self._remove(entry))
        return entry

    def _name(self, number: int, entry: _Row) -> None:
        n = format_number(number)
        entry.done.setAccessibleName(self.tr("Follow-up {n} done").format(n=n))
        entry.text.setAccessibleName(self.tr("Follow-up {n}").format(n=n))
        entry.due.setAccessibleName(self.tr("Follow-up {n} due date").format(n=n))
        entry.remove.setAccessibleName(self.tr("Remove follow-up {n}").format(n=n))

    def _chain(self, entry: _Row) -> None:
        """Put the new row in the Tab order where it is shown: after the
        rows before it, before "Add a follow-up" (a new widget would
        otherwise come last in the window)."""
        chain = [entry.text, entry.done, *entry.due.tab_chain(), entry.remove, self.add_button]
        previous = focusable_before(self.add_button)
        if previous is not None:
            chain.insert(0, previous)
        set_tab_chain(chain)

    def tab_chain(self) -> list[QWidget]:
        """The rows' widgets as they are shown, then "Add a follow-up"."""
        chain: list[QWidget] = []
        for entry in self._rows:
            chain += [entry.text, entry.done, *entry.due.tab_chain(), entry.remove]
        return [*chain, self.add_button]

    def set_read_only(self, read_only: bool) -> None:
        """Shown and in the Tab order, but not changed by a key or a click."""
        self._read_only = read_only
        self._guard.on = read_only
        self.add_button.setEnabled(not read_only)
        for entry in self._rows:
            self._set_row_read_only(entry)

    def _set_row_read_only(self, entry: _Row) -> None:
        entry.text.setReadOnly(self._read_only)
        entry.due.set_read_only(self._read_only)
        entry.remove.setEnabled(not self._read_only)

    def _due_edited(self) -> None:
        if not self.signalsBlocked():
            self.changed.emit()

    def _remove(self, entry: _Row) -> None:
        self._rows.remove(entry)
        entry.widget.hide()
        entry.widget.deleteLater()
        self._renumber()
        self.add_button.setFocus()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, entry in enumerate(self._rows, start=1):
            self._name(number, entry)

    def values(self) -> list[dict[str, Any]]:
        found = []
        for entry in self._rows:
            due, action = entry.due.value(), entry.text.text().strip()
            if action or due:
                found.append(
                    {
                        "action": action,
                        "due": due.isoformat() if due else None,
                        "done": entry.done.isChecked(),
                    }
                )
        return found

    def set_values(self, items: list[dict[str, Any]]) -> None:
        self.blockSignals(True)
        try:
            for entry in self._rows:
                entry.widget.hide()
                entry.widget.deleteLater()
            self._rows = []
            for item in items:
                self.add_row(item.get("action") or "", item.get("due"), bool(item.get("done")))
        finally:
            self.blockSignals(False)

    def texts(self) -> list[QLineEdit]:
        return [entry.text for entry in self._rows]


class FormatBar(QWidget):
    """Bold, heading and list buttons for a Markdown QTextEdit (also Ctrl+B,
    Ctrl+Shift+L, Ctrl+Shift+O)."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        # On two lines when one is too narrow for them (long words, large text)
        layout = ButtonFlow(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bold = self._button(self.tr("Bold"), self.tr("B"), self.toggle_bold, "Ctrl+B")
        font = self.bold.font()
        font.setBold(True)
        self.bold.setFont(font)
        self.heading = self._button(
            self.tr("Heading"), self.tr("Heading"), self.toggle_heading, "Ctrl+Shift+T"
        )
        self.bullets = self._button(
            self.tr("Bulleted list"), self.tr("• List"), self.bullet_list, "Ctrl+Shift+L"
        )
        self.numbers = self._button(
            self.tr("Numbered list"), self.tr("1. List"), self.numbered_list, "Ctrl+Shift+O"
        )
        for button in (self.bold, self.heading, self.bullets, self.numbers):
            layout.add(button)

    def tab_chain(self) -> list[QWidget]:
        return [self.bold, self.heading, self.bullets, self.numbers]

    def _button(self, name: str, text: str, slot, shortcut: str) -> QToolButton:  # noqa: ANN001
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(name)
        sequence = QKeySequence(shortcut)
        button.setToolTip(f"{name} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})")
        button.clicked.connect(slot)
        from PySide6.QtGui import QShortcut

        shortcut_object = QShortcut(sequence, self._editor)
        shortcut_object.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut_object.activated.connect(slot)
        return button

    def toggle_bold(self) -> None:
        if self._editor.isReadOnly():
            return  # a saved log shown read only: a shortcut changes nothing
        cursor = self._editor.textCursor()
        bold = cursor.charFormat().fontWeight() < QFont.Weight.Bold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        cursor.mergeCharFormat(fmt)
        self._editor.mergeCurrentCharFormat(fmt)
        self._editor.setFocus()

    def toggle_heading(self) -> None:
        if self._editor.isReadOnly():
            return
        cursor = self._editor.textCursor()
        block = cursor.blockFormat()
        level = 0 if block.headingLevel() else 3
        block.setHeadingLevel(level)
        cursor.beginEditBlock()
        cursor.setBlockFormat(block)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        fmt.setProperty(QTextCharFormat.Property.FontSizeAdjustment, 1 if level else 0)
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()
        self._editor.setFocus()

    def _list(self, style: QTextListFormat.Style) -> None:
        if self._editor.isReadOnly():
            return
        cursor = self._editor.textCursor()
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = cursor.blockFormat()
            current.remove(cursor.block())
            block.setIndent(0)
            cursor.setBlockFormat(block)
        else:
            cursor.createList(style)
        self._editor.setFocus()

    def bullet_list(self) -> None:
        self._list(QTextListFormat.Style.ListDisc)

    def numbered_list(self) -> None:
        self._list(QTextListFormat.Style.ListDecimal)
