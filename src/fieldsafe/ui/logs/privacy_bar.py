"""The privacy hints bar under the log editor's form.

While the person writes, :func:`fieldsafe.core.privacy.find_hints` looks
for text that looks like a phone number, an e-mail address or a name from
the code book; this quiet bar points out the first one and offers to put a
person code in its place, or to keep the text (not pointed out again while
the log is open). It is shown only when something looks identifying.

Its words keep the translation context ``LogEditor`` they had when the bar
was part of the editor.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.privacy import Hint, find_hints
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.plain_text import escape_mnemonic

_CTX = "LogEditor"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class PrivacyBar(QFrame):
    """Emits :attr:`code_chosen` with the code to put in place of the
    flagged text, :attr:`kept` when the person keeps it, and
    :attr:`code_book_requested` when there is no code to offer yet.
    ``codes`` gives the person codes to offer (read when they are offered)."""

    code_chosen = Signal(str)
    kept = Signal()
    code_book_requested = Signal()

    def __init__(self, codes: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._codes = codes
        self._hint: tuple[QWidget, Hint, str] | None = None
        self._ignored: set[tuple[str, str]] = set()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.replace_button = QPushButton(_t("Replace with a code…"), self)
        self.replace_button.setAccessibleName(_t("Replace with a person code"))
        self.replace_button.clicked.connect(self._offer_codes)
        self.keep_button = QPushButton(_t("Keep it"), self)
        self.keep_button.setAccessibleName(_t("Keep this text"))
        self.keep_button.clicked.connect(self._keep)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.replace_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def check(
        self, texts: Sequence[tuple[QWidget, str]], watch_words: Mapping[str, Sequence[str]]
    ) -> Hint | None:
        """Look for identifying text in ``texts`` (each with the widget it
        is in); show the first finding not kept, or hide the bar."""
        for widget, text in texts:
            if not text:
                continue
            for hint in find_hints(text, watch_words):
                matched = text[hint.start : hint.end]
                if (hint.kind, matched.casefold()) in self._ignored:
                    continue
                self._show(widget, hint, matched)
                return hint
        self.clear()
        return None

    def _show(self, widget: QWidget, hint: Hint, matched: str) -> None:
        self._hint = (widget, hint, matched)
        shown = matched if len(matched) <= 40 else matched[:39] + "…"
        # Isolated, so a number or a Latin name keeps its own order inside
        # a right-to-left sentence (and the reverse).
        if hint.kind == "phone":
            text = _t("“{text}” looks like a phone number.")
        elif hint.kind == "email":
            text = _t("“{text}” looks like an e-mail address.")
        else:
            text = _t("“{text}” is a name you listed for {code} in the code book.")
        self.text.setText(
            isolated(text, text=shown, code=hint.code or "")
            + " "
            + _t("If this laptop is lost, a person code keeps the person safer.")
        )
        if hint.kind == "name" and hint.code:
            self.replace_button.setText(
                isolated(_t("Replace with {code}"), code=escape_mnemonic(hint.code))
            )
        else:
            self.replace_button.setText(_t("Replace with a code…"))
        self.show()

    def clear(self) -> None:
        """Hide the bar and forget what it pointed out."""
        self._hint = None
        self.text.setText("")
        self.replace_button.setText(_t("Replace with a code…"))
        self.hide()

    def forget_kept(self) -> None:
        """Point out again what the person chose to keep (another log)."""
        self._ignored.clear()

    def _keep(self) -> None:
        """Keep the flagged text: not pointed out again until :meth:`forget_kept`."""
        if self._hint is not None:
            self._ignored.add((self._hint[1].kind, self._hint[2].casefold()))
        self.kept.emit()

    def _offer_codes(self) -> None:
        if self._hint is None:
            return
        hint = self._hint[1]
        if hint.kind == "name" and hint.code:
            self.code_chosen.emit(hint.code)
            return
        menu = QMenu(self)
        menu.setAccessibleName(_t("Person codes"))
        codes = self._codes()
        for code in codes:
            menu.addAction(code, self._chooser(code))
        if not codes:
            action = menu.addAction(_t("No codes yet: add one in the code book"))
            action.triggered.connect(self.code_book_requested)
        menu.exec(self.replace_button.mapToGlobal(self.replace_button.rect().bottomLeft()))
        menu.deleteLater()  # it listed codes: not kept after use

    def _chooser(self, code: str) -> Callable[[], None]:
        return lambda: self.code_chosen.emit(code)

    def replace(self, code: str) -> bool:
        """Put ``code`` in place of the flagged text, as an ordinary edit of
        its widget; False if that text is no longer there."""
        if self._hint is None:
            return False
        widget, hint, matched = self._hint
        if isinstance(widget, QLineEdit):
            text = widget.text()
            if text[hint.start : hint.end] != matched:
                return False
            widget.setText(text[: hint.start] + code + text[hint.end :])
            widget.textEdited.emit(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            if widget.toPlainText()[hint.start : hint.end] != matched:
                return False
            # Qt counts UTF-16 units, Python code points: an emoji before
            # the match would otherwise shift the replacement.
            text = widget.toPlainText()
            start = len(text[: hint.start].encode("utf-16-le")) // 2
            end = start + len(matched.encode("utf-16-le")) // 2
            cursor = QTextCursor(widget.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.insertText(code)
        else:
            return False
        return True
