"""A form whose labels stand above their fields when there is no room beside.

A :class:`~PySide6.QtWidgets.QFormLayout` puts each label beside its field
and gives the field what is left of the width. With large text, or in a
narrow part of the window, that is less than a field needs to show its
placeholder ("A district or part of town, never an exact address") or a
short value ("the one who watches"): the field cuts it off.
``QFormLayout.WrapLongRows`` does not help, since it wraps a row only when
the field's *minimum* size does not fit, and a line edit's minimum ignores
its text.

:func:`keep_hints_whole` keeps a field at least as wide as its placeholder;
:func:`stack_when_narrow` watches the form's width: while every watched
line edit has room beside its label for its placeholder and its value, the
form keeps its own wrap policy; otherwise every label stands above its field
(``WrapAllRows``), so each field is as wide as the form. The choice depends
only on the form's width and the text, never on the layout it chooses, so it
does not flip back and forth. Values count only where asked for (short
values, like who does a measure; free text longer than any field scrolls
in it), and then not at each key typed: the form is looked at again when
it is shown, resized or laid out again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

#: QLineEdit's own margin on each side of its text
_EDIT_MARGIN = 2
#: room for the text cursor after the text, and rounding
_CURSOR = 2
_LOOK_AGAIN = (QEvent.Type.Resize, QEvent.Type.LayoutRequest, QEvent.Type.Show)

Policy = QFormLayout.RowWrapPolicy
#: the line edits a form watches, or a function giving them
Edits = Sequence[QLineEdit] | Callable[[], Sequence[QLineEdit]]


def text_room_overhead(edit: QLineEdit) -> int:
    """How much wider ``edit`` is than the text it can show (its frame,
    padding, text margins and its own margin)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    width = 1000
    option.rect = QRect(0, 0, width, max(edit.height(), edit.sizeHint().height()))
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    return width - room.width() + margins.left() + margins.right() + 2 * _EDIT_MARGIN


def width_needed(edit: QLineEdit, *, value: bool = True) -> int:
    """The width at which ``edit`` shows its placeholder (and its value) whole."""
    metrics = edit.fontMetrics()
    texts = [edit.placeholderText(), edit.displayText() if value else ""]
    text = max(metrics.horizontalAdvance(t) for t in texts)
    return text + text_room_overhead(edit) + _CURSOR


def keep_hints_whole(edits: Iterable[QLineEdit]) -> None:
    """Each of ``edits`` is never narrower than its placeholder (measured in
    its font now: call it before a layout measures its smallest size)."""
    for edit in edits:
        edit.setMinimumWidth(width_needed(edit, value=False))


def _items(layout: QLayout) -> list[QLayoutItem]:
    return [item for i in range(layout.count()) if (item := layout.itemAt(i)) is not None]


def _holds(layout: QLayout, widget: QWidget) -> bool:
    for item in _items(layout):
        if item.widget() is widget:
            return True
        inner = item.layout()
        if inner is not None and _holds(inner, widget):
            return True
    return False


def _spacing(layout: QLayout, style: QStyle) -> int:
    spacing = layout.spacing()
    if spacing < 0:
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
    return max(spacing, 0)


class StackWhenNarrow(QObject):
    """Watches one form (see :func:`stack_when_narrow`)."""

    def __init__(self, form: QFormLayout, host: QWidget, edits: Edits, *, values: bool) -> None:
        super().__init__(host)
        self._form = form
        self._host = host
        fixed = [] if callable(edits) else list(edits)
        self._edits = edits if callable(edits) else lambda: fixed
        self._values = values
        self._beside = form.rowWrapPolicy()
        host.installEventFilter(self)

    # -- what the fields need, what they would get beside their labels ---------------
    def _labels(self) -> Iterable[QWidget]:
        for row in range(self._form.rowCount()):
            item = self._form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if widget is not None and not widget.isHidden():
                yield widget

    def _label_column(self) -> int:
        return max((label.sizeHint().width() for label in self._labels()), default=0)

    def _horizontal_spacing(self) -> int:
        spacing = self._form.horizontalSpacing()
        if spacing < 0:
            spacing = self._host.style().pixelMetric(
                QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, self._host
            )
        return max(spacing, 0)

    def _others_in_row(self, edit: QLineEdit) -> int:
        """The width of what shares ``edit``'s field (a button beside it)."""
        for row in range(self._form.rowCount()):
            item = self._form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            inner = item.layout() if item is not None else None
            if isinstance(inner, QBoxLayout) and _holds(inner, edit):
                others = [i.sizeHint().width() for i in _items(inner) if i.widget() is not edit]
                return sum(others) + len(others) * _spacing(inner, self._host.style())
        return 0

    def stacked(self, width: int) -> bool:
        """Whether at ``width`` some field needs more than its room beside its label."""
        beside = width - self._label_column() - self._horizontal_spacing()
        return any(
            width_needed(edit, value=self._values) + self._others_in_row(edit) > beside
            for edit in self._edits()
            if not edit.isHidden()
        )

    # -- following the form's width ---------------------------------------------------
    def update(self) -> None:
        """Choose beside or above for the form's width now."""
        width = self._form.geometry().width()
        if width <= 0:
            return
        wanted = Policy.WrapAllRows if self.stacked(width) else self._beside
        if self._form.rowWrapPolicy() != wanted:
            self._form.setRowWrapPolicy(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The host's layout has already given the form its geometry (Qt hands
        # a resize to the layout before the event filters).
        if watched is self._host and event.type() in _LOOK_AGAIN:
            self.update()
        return False


def stack_when_narrow(form: QFormLayout, edits: Edits, *, values: bool = False) -> StackWhenNarrow:
    """From now on ``form`` (laid out in a widget) puts its labels above its
    fields whenever one of ``edits`` would be too narrow beside its label
    for its placeholder (and, with ``values``, its value: short values such
    as "the one who watches"; free text longer than any field just scrolls);
    beside them again when there is room. ``edits`` may be a function that
    gives them (forms alike, as the items of one list, can then share their
    fields, so they all choose alike); call ``update()`` on the returned
    watcher when they change."""
    host = form.parentWidget()
    if host is None:
        raise ValueError("the form must be in a widget's layout")
    watcher = StackWhenNarrow(form, host, edits, values=values)
    watcher.update()
    return watcher


def form_holding(root: QWidget, widget: QWidget) -> QFormLayout:
    """The form layout under ``root`` that holds ``widget`` in one of its rows."""
    for form in root.findChildren(QFormLayout):
        if _holds(form, widget):
            return form
    raise LookupError("no form holds the widget")


class LabelsAbove(QVBoxLayout):
    """Each label above its field, what ``QFormLayout.WrapAllRows`` draws, in
    a box layout. The form layout gave rows less than their height for their
    width (in French at font scale 1.6 the log's attachments 34 px, a
    follow-up's due date 2 px: cut off); a box layout sums its items' heights
    for the width it has."""

    def addRow(self, label: QWidget, field: QWidget | QLayout) -> None:  # noqa: N802 - as QFormLayout
        self.addWidget(label)
        if isinstance(field, QLayout):
            self.addLayout(field)
        else:
            self.addWidget(field)
