"""The log form's hints stay whole at any width: in the field, or below it.

A field's hint ("A district or part of town, never an exact address") is
its placeholder while the field is wide enough for it. The form's labels
stand above their fields when beside them a hint would be cut off
(:func:`fieldsafe.ui.common.form_fit.stack_when_narrow`). In a long
language at a large text size a hint can be wider than the whole form:
keeping each field at least as wide as its hint made the editor (and the
window) wider than the screen. Then, instead, the hint is a line of text
under its field, wrapped to the form's width (and the field's accessible
description), and the field shows no placeholder.

The choice depends only on the form's width and the hints, never on the
layout it leads to, so it does not flip back and forth.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLayout, QLineEdit, QWidget

from fieldsafe.ui.common.form_fit import StackWhenNarrow, text_room_overhead

#: room for the text cursor after the text, and rounding (as form_fit)
_CURSOR = 2


def _holds(layout: QLayout, widget: QWidget) -> bool:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and _holds(inner, widget):
            return True
    return False


def _row_of(form: QFormLayout, edit: QLineEdit) -> int:
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if item is None:
            continue
        inner = item.layout()
        if item.widget() is edit or (inner is not None and _holds(inner, edit)):
            return row
    raise LookupError("the form holds no such field")


class HintsWhole(StackWhenNarrow):
    """Watches the form (see the module); :attr:`captions` are the hints
    shown under their fields, by field."""

    def __init__(self, form: QFormLayout, host: QWidget, edits: Sequence[QLineEdit]) -> None:
        self._hints = {edit: edit.placeholderText() for edit in edits}
        self.captions: dict[QLineEdit, QLabel] = {}
        for edit, hint in self._hints.items():
            caption = QLabel(hint, host)
            caption.setTextFormat(Qt.TextFormat.PlainText)
            caption.setWordWrap(True)
            form.insertRow(_row_of(form, edit) + 1, caption)
            form.setRowVisible(caption, False)
            self.captions[edit] = caption
        super().__init__(form, host, list(edits), values=False)

    def below(self, edit: QLineEdit) -> bool:
        """Whether ``edit``'s hint is shown under it."""
        return not self.captions[edit].isHidden()

    def _hint_width(self, edit: QLineEdit) -> int:
        hint = self._hints[edit]
        return edit.fontMetrics().horizontalAdvance(hint) + text_room_overhead(edit) + _CURSOR

    def _put_below(self, edit: QLineEdit, below: bool) -> None:
        if below == self.below(edit):
            return
        hint = self._hints[edit]
        edit.setPlaceholderText("" if below else hint)
        edit.setAccessibleDescription(hint if below else "")
        self._form.setRowVisible(self.captions[edit], below)

    def stacked(self, width: int) -> bool:
        """Labels above their fields also while a hint is under its field."""
        return super().stacked(width) or any(self.below(edit) for edit in self._hints)

    def update(self) -> None:
        width = self._form.geometry().width()
        if width <= 0:
            return
        for edit in self._hints:
            room = width - self._others_in_row(edit)
            self._put_below(edit, not edit.isHidden() and self._hint_width(edit) > room)
        super().update()


def hints_whole(form: QFormLayout, edits: Sequence[QLineEdit]) -> HintsWhole:
    """From now on each of ``edits`` (fields of ``form``, laid out in a
    widget) shows its placeholder whole: in the field, its label above it
    when there is no room beside, or under it when the form is narrower
    than the hint."""
    host = form.parentWidget()
    if host is None:
        raise ValueError("the form must be in a widget's layout")
    watcher = HintsWhole(form, host, edits)
    watcher.update()
    return watcher
