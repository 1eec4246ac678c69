"""The safety number as both people compare it: two halves, one per card,
each under the name of the side it belongs to (this vault's own name for
its own half, the name stored for the colleague for theirs), in the same
order on both screens.

Each half is drawn on two fixed lines of three groups, never wrapped, so its
size comes from the font alone: at any font size the layout gives it the
room its text needs and nothing below it is overlapped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldsafe.exchange.identity import Card, safety_halves
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.plain_text import plain_label

#: how much larger than the text around it the digits are drawn
DIGIT_SCALE = 1.3


def _t(text: str) -> str:
    return QCoreApplication.translate("colleagues", text)


def half_lines(half: str) -> str:
    """Six groups as two lines of three."""
    groups = half.split()
    return " ".join(groups[:3]) + "\n" + " ".join(groups[3:])


class SafetyNumberView(QWidget):
    """Two (name, half) pairs; empty until :meth:`show_pair` is called."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = plain_label(_t("Safety number"), self, wrap=True)
        bold = self.heading.font()
        bold.setBold(True)
        self.heading.setFont(bold)
        self.names: list[QLabel] = []
        self.halves: list[QLabel] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        for _ in range(2):
            name = plain_label("", self, wrap=True)
            name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            half = QLabel(self)
            half.setTextFormat(Qt.TextFormat.PlainText)
            half.setWordWrap(False)  # two fixed lines: the height follows the font
            half.setFont(self._digit_font())
            half.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # the same order everywhere
            half.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
            half.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # read digit by digit with the keys
            layout.addWidget(name)
            layout.addWidget(half)
            self.names.append(name)
            self.halves.append(half)
        self.clear()

    def _digit_font(self) -> QFont:
        font = QFont(self.font())
        font.setFamilies(["DejaVu Sans Mono", "Noto Sans Mono", "monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFixedPitch(True)
        font.setPointSizeF(self.font().pointSizeF() * DIGIT_SCALE)
        return font

    def show_pair(self, mine: Card, my_name: str, theirs: Card, their_name: str) -> None:
        """My half under "You (my name)", theirs under the name stored for them."""
        # The digits read left to right everywhere; each half and its name
        # stand on the side the layout starts from (the right, in a
        # right-to-left layout), whatever script the name is in.
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        for label in (self.heading, *self.names, *self.halves):
            label.setAlignment(Qt.AlignmentFlag.AlignAbsolute | side | Qt.AlignmentFlag.AlignTop)
        for (card, half), name, digits in zip(
            safety_halves(mine, theirs), self.names, self.halves, strict=True
        ):
            if card.fingerprint == mine.fingerprint:
                shown = _t("You ({name})").format(name=isolate(my_name))
                digits.setAccessibleName(_t("Your half of the safety number"))
            else:
                shown = isolate(their_name)
                digits.setAccessibleName(
                    _t("{name}'s half of the safety number").format(name=isolate(their_name))
                )
            name.setText(shown)
            digits.setText(half_lines(half))
            name.show()
            digits.show()
        self.heading.show()

    def clear(self) -> None:
        for name, digits in zip(self.names, self.halves, strict=True):
            name.setText("")
            digits.setText("")
            digits.setAccessibleName(_t("Half of the safety number"))
            name.hide()
            digits.hide()
        self.heading.hide()

    def text(self) -> str:
        """Both halves as one line of 12 groups (as the CLI prints it)."""
        return " ".join(" ".join(h.text().split()) for h in self.halves if h.text())
