"""A line edit never narrower than the text it is for.

A layout short of room squeezes a line edit to a few letters (its own
smallest size ignores its text), so a placeholder like "From any date" is
cut off in a narrow list at a large text size. :func:`keep_wide_enough`
gives the edit a minimum width that fits its placeholder and each sample
value (with the clear button beside a value, and the cursor after it),
measured in the edit's own font and style, and measures again when either
changes (so at any font scale).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

#: QLineEdit's own margin on each side of its text
_EDIT_MARGIN = 2
#: Qt's side button (the clear button) is its icon and this much wide
_SIDE_BUTTON_EXTRA = 6
#: font and style changes that change how wide the edit must be
_RESIZING = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


def width_for(edit: QLineEdit, values: Iterable[str] = ()) -> int:
    """The smallest width at which ``edit`` shows its placeholder and each
    of ``values`` whole."""
    # Whole pixels of the text's real (fractional) width: Qt elides a
    # placeholder that is a fraction of a pixel wider than its room.
    metrics = QFontMetricsF(edit.font())

    def advance(text: str) -> int:
        return math.ceil(metrics.horizontalAdvance(text))

    style = edit.style()
    beside = style.pixelMetric(QStyle.PixelMetric.PM_TextCursorWidth, None, edit)
    if edit.isClearButtonEnabled():  # shown beside a value, not beside the placeholder
        beside += style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconSize, None, edit)
        beside += _SIDE_BUTTON_EXTRA
        beside += style.pixelMetric(QStyle.PixelMetric.PM_LineEditIconMargin, None, edit)
    text = max([advance(edit.placeholderText())] + [advance(value) + beside for value in values])
    margins, contents = edit.textMargins(), edit.contentsMargins()
    width = text + 2 * _EDIT_MARGIN + margins.left() + margins.right()
    width += contents.left() + contents.right()
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    size = style.sizeFromContents(
        QStyle.ContentsType.CT_LineEdit, option, QSize(width, math.ceil(metrics.height())), edit
    )
    return size.width()


class _Refit(QObject):
    def __init__(self, edit: QLineEdit, values: Callable[[], Iterable[str]]) -> None:
        super().__init__(edit)
        self._values = values
        edit.installEventFilter(self)
        self.fit(edit)

    def fit(self, edit: QLineEdit) -> None:
        edit.setMinimumWidth(width_for(edit, self._values()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(watched, QLineEdit) and event.type() in _RESIZING:
            self.fit(watched)
        return False


def keep_wide_enough(edit: QLineEdit, values: Callable[[], Iterable[str]] = tuple) -> None:
    """From now on ``edit`` is at least as wide as its placeholder and each
    of ``values()`` (sample values, as wide as real ones get) need."""
    _Refit(edit, values)
