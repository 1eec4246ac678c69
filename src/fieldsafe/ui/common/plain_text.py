"""Record text in widgets that could read it as markup: shown as typed.

Text from a record, a card or a bundle is data. Qt reads it as markup in
three places unless told otherwise:

* a ``QLabel`` (and so a message box) guesses rich text from ``<`` tags
  (``Qt::AutoText``): ``<b>x</b><!--`` turns bold and hides what follows, and
  ``<img src="file:…">`` reads a file. :func:`plain_label` makes labels that
  never guess; :func:`~fieldsafe.ui.common.dialogs.message_box` does the same
  for message boxes.
* a tooltip guesses the same way and has no switch: :func:`plain_tooltip`
  gives it the text escaped inside a paragraph, so it shows as typed.
* a button's text, and a label's that has a buddy, read "&" as a keyboard
  mnemonic ("R&D" shows "RD" with an underlined D, and Alt+D goes there):
  :func:`escape_mnemonic` doubles it.

Item views (lists, trees, tables), line and plain-text edits, combo boxes,
window titles and the status bar already show plain text. docs/security.md,
bar 18.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def escape_mnemonic(text: str) -> str:
    """``text`` for a button or a label with a buddy: each "&" shown as is."""
    return text.replace("&", "&&")


def plain_label(
    text: str = "",
    parent: QWidget | None = None,
    *,
    wrap: bool = False,
    buddy: QWidget | None = None,
) -> QLabel:
    """A label that shows ``text`` (and whatever is set later) as plain
    text; with a ``buddy``, an "&" in the text is shown, not a shortcut."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if buddy is not None:
        label.setBuddy(buddy)
        text = escape_mnemonic(text)
    label.setText(text)
    return label


def heading_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A section's heading: plain text, bold, wrapped."""
    label = plain_label(text, parent, wrap=True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed, on the lines it has."""
    if not text:
        return ""
    return f'<p style="white-space:pre">{html.escape(text)}</p>'
