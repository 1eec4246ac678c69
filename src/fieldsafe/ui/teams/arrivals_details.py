"""*Details…* of the team folder notice: each bundle that was set aside, its
team, when, and why, in the words :mod:`fieldsafe.messages` gives its
refusal. Nothing of a bundle's content is shown: a refused bundle was never
imported, and only its reason key was kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from fieldsafe.core.clock import from_iso
from fieldsafe.exchange.bundle import BadBundle
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.widgets import resize_for_text

if TYPE_CHECKING:
    from fieldsafe.vault import Refusal


def _t(text: str) -> str:
    return QCoreApplication.translate("teams", text)


def refusal_text(refusal: Refusal) -> str:
    """One refusal in a line: its team, its time and its reason."""
    try:
        when = format_moment(from_iso(refusal.refused_at))
    except ValueError:
        when = refusal.refused_at
    return isolated(
        _t("{team}, {time}: {reason}"),
        team=refusal.team_name,
        time=when,
        reason=describe(BadBundle(refusal.reason)),
    )


class RefusalDetails(QDialog):
    """The bundles set aside, one a paragraph, in the order they came."""

    def __init__(self, refusals: list[Refusal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Bundles set aside"))
        intro = plain_label(
            _t(
                "Nothing from these bundles was imported. They were moved to the "
                "rejected folder inside the team folder, still encrypted."
            ),
            self,
            wrap=True,
        )
        self._texts = [refusal_text(r) for r in refusals]
        # plain text, one refusal a paragraph, wrapped at any width and language
        self.list = QPlainTextEdit(self)
        self.list.setReadOnly(True)
        self.list.setTabChangesFocus(True)  # never a keyboard trap
        self.list.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.list.setAccessibleName(_t("Bundles set aside"))
        self.list.setPlainText("\n\n".join(self._texts))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(_t("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        resize_for_text(self, em * 44)

    def texts(self) -> list[str]:
        """One line for each refusal, as shown."""
        return list(self._texts)

    def wipe(self) -> None:
        """At lock (the main window asks every dialog): nothing stays."""
        self._texts = []
        self.list.clear()
        self.list.document().clearUndoRedoStacks()


__all__ = ["RefusalDetails", "refusal_text"]
