"""Field widgets shared by every editor: comma-separated lists with
completion, an optional date, and a check box whose text wraps. Dates and
times are :mod:`.optional_date` and :mod:`.date_time`."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

__all__ = [
    "ListField",
    "ReadOnlyGuard",
    "WrappingCheckBox",
    "focusable_before",
    "set_tab_chain",
    "split_items",
]

# Commas in Latin, Arabic and CJK scripts, and semicolons, separate items.
_SEPARATORS = re.compile("[,;\u060c\u061b\uff0c\u3001]")


def split_items(text: str) -> list[str]:
    items: list[str] = []
    for part in _SEPARATORS.split(text):
        item = " ".join(part.split())
        if item and item not in items:
            items.append(item)
    return items


def set_tab_chain(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (each one that takes the focus;
    Qt ignores an order given to one that does not)."""
    focusable = [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    for first, second in zip(focusable, focusable[1:], strict=False):
        QWidget.setTabOrder(first, second)


def focusable_before(widget: QWidget) -> QWidget | None:
    """The nearest widget before ``widget`` in its window's Tab order that
    takes the focus (None if there is none)."""
    current = widget.previousInFocusChain()
    while current is not None and current is not widget:
        if current.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return current
        current = current.previousInFocusChain()
    return None


class ListField(QLineEdit):
    """Items typed separated by commas ("me, colleague K"); completes from
    ``set_suggestions`` (e.g. the code book's codes, tags in use)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._suggestions = QStringListModel(self)
        completer = QCompleter(self._suggestions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setWidget(self)
        completer.activated.connect(self._complete)
        self._completer = completer
        self.textEdited.connect(self._suggest)

    def values(self) -> list[str]:
        return split_items(self.text())

    def set_values(self, values: list[str] | tuple[str, ...]) -> None:
        self.setText(", ".join(values))

    def set_suggestions(self, words: list[str]) -> None:
        self._suggestions.setStringList(words)

    def _current_prefix(self) -> str:
        before = self.text()[: self.cursorPosition()]
        return _SEPARATORS.split(before)[-1].lstrip()

    def _suggest(self) -> None:
        prefix = self._current_prefix()
        if not prefix or not self._suggestions.rowCount():
            self._hide_popup()
            return
        self._completer.setCompletionPrefix(prefix)
        if self._completer.completionCount():
            self._completer.complete()
        else:
            self._hide_popup()

    def _hide_popup(self) -> None:
        popup = self._completer.popup()  # Qt makes one when asked
        if popup is not None:
            popup.hide()

    def _complete(self, word: str) -> None:
        text, cursor = self.text(), self.cursorPosition()
        prefix = self._current_prefix()
        start = cursor - len(prefix)
        self.setText(text[:start] + word + text[cursor:])
        self.setCursorPosition(start + len(word))
        self.textEdited.emit(self.text())


class WrappingCheckBox(QWidget):
    """A check box whose text wraps (QCheckBox's own text never does, which
    makes long labels push a narrow form wider than the window at large
    font sizes). The box carries the accessible name and the focus; clicking
    the text toggles it, as with an ordinary check box."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text.replace("&", ""))
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.mousePressEvent = lambda _event: self.box.toggle()  # type: ignore[method-assign]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        # Not a focus proxy: Qt 6 hands Tab's focus to a proxy whenever Tab
        # reaches its parent, and this parent stays where it was made in the
        # Tab order when the box is moved (set_tab_chain): Tab then jumped
        # back to the box, a trap. Focus given to the parent (a label's
        # buddy) is passed on instead (focusInEvent).
        self.toggled = self.box.toggled
        self.isChecked = self.box.isChecked
        self.setChecked = self.box.setChecked

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.box.setFocus(event.reason())


class ReadOnlyGuard(QObject):
    """Read only for widgets that have no such mode (check boxes, combo
    boxes): while :attr:`on`, a key, a click or the wheel changes nothing,
    yet the widget still takes the focus, so Tab reaches it and a screen
    reader reads its value. Tab and Shift+Tab pass."""

    _BLOCKED = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
        }
    )
    _KEYS = frozenset({QEvent.Type.KeyPress, QEvent.Type.KeyRelease})
    _PASS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on = False

    def watch(self, *widgets: QWidget) -> None:
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if not self.on:
            return False
        if event.type() in self._BLOCKED:
            return True
        if event.type() in self._KEYS and isinstance(event, QKeyEvent):
            return event.key() not in self._PASS
        return False


def tab_widget(parent: QWidget) -> QTabWidget:
    """A tab widget whose tab bar takes the focus (Qt's focus proxy); the tab
    widget itself never holds it, so it does not say it could (to AT-SPI it
    was a focusable "filler"). Qt passes a focus policy on to the proxy: the
    tab bar gets its own back."""
    tabs = QTabWidget(parent)
    bar = tabs.tabBar().focusPolicy()
    tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    tabs.tabBar().setFocusPolicy(bar)
    return tabs


def resize_for_text(window: QWidget, width: int, *, at_least: int = 0) -> None:
    """Give ``window`` ``width`` and the height its wrapped text needs at that
    width (and ``at_least`` that: its height now, to only ever grow): its
    size hint is worked out at its own (often wider) width, where the text
    wraps into fewer lines, so a longer language's labels were squeezed.
    Call it again when a text changes. Never more than the screen it is on."""
    window.ensurePolished()  # its children's sizes as they are shown
    height = max(window.sizeHint().height(), at_least)
    layout = window.layout()
    if layout is not None and layout.hasHeightForWidth():
        layout.invalidate()  # heights for this width, not cached ones
        height = max(height, layout.totalHeightForWidth(width))
    screen = window.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height())
    window.resize(width, height)
