"""Every value of the check-in scale has its own calm, translated label."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.common import i18n
from fieldsafe.ui.journal.shared import feeling_label


def test_the_eleven_labels_are_distinct_in_english() -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    labels = [feeling_label(value) for value in range(11)]
    assert len(set(labels)) == 11
    assert labels[0] == "0 (very hard)" and labels[1] == "1 (hard)"
    assert labels[9] == "9 (good)" and labels[10] == "10 (very good)"
    assert all(label.startswith(f"{value} (") for value, label in enumerate(labels))


def test_the_eleven_labels_are_distinct_in_arabic(qapp: QApplication) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    english = [feeling_label(value) for value in range(11)]
    translator = QTranslator(qapp)
    assert translator.load(QLocale("ar"), "fieldsafe", "_", str(i18n.I18N_DIR))
    qapp.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt))
    arabic = [feeling_label(value) for value in range(11)]
    assert len(set(arabic)) == 11
    for value, (words, ours) in enumerate(zip(arabic, english, strict=True)):
        assert words != ours, f"{value} is not translated"
        assert QLocale().toString(value) in words
