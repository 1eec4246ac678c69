"""The language choice: every language FieldSafe speaks, each by its own name
("English", "العربية"), so a person finds theirs whatever the interface
speaks now. Used on the first-run welcome page and in Preferences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from fieldsafe.ui.common import i18n


def _t(text: str) -> str:
    return QCoreApplication.translate("LanguageChoice", text)


class LanguageChoice(QComboBox):
    """Emits :attr:`chosen` with the language's code when the person picks
    one ("" for "Same as this computer", offered with ``with_system``)."""

    chosen = Signal(str)

    def __init__(
        self, *, current: str | None, with_system: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(_t("Language"))
        if with_system:
            self.addItem(_t("Same as this computer"), "")
        for code in i18n.available_languages():
            self.addItem(i18n.native_name(code), code)
        self.set_value(current)
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index) or ""))

    def value(self) -> str | None:
        """The chosen language's code; ``None`` for the computer's own."""
        return self.currentData() or None

    def set_value(self, language: str | None) -> None:
        index = self.findData(language or "")
        if index < 0 and language:
            index = self.findData(language.split("_")[0])
        self.setCurrentIndex(max(index, 0))
