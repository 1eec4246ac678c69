"""My support's "Something that helps" shows its example whole in a longer
language (issue 17): tests/ui/fit found Portuguese, Swahili and Filipino's
examples cut at their ends, at font scale 1 and 1.6."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from fieldsafe.ui.journal.support import SupportDialog
from fieldsafe.vault import Vault
from tests.ui.common.test_optional_date_width import shows_whole
from tests.ui.shell.test_long_translations_fit import Words, start_like_the_app

EXAMPLES = {
    "pt": "ex.: uma caminhada, música, ligar para minha irmã",
    "sw": "k.m. matembezi, muziki, kumpigia simu dada yangu",
    "fil": "hal. paglalakad, musika, pagtawag sa aking kapatid",
}


@pytest.mark.parametrize("scale", [1.0, 1.6])
@pytest.mark.parametrize("lang", sorted(EXAMPLES))
def test_the_example_of_what_helps_is_whole(
    qtbot,  # noqa: ANN001
    qapp: QApplication,
    vault: Vault,
    lang: str,
    scale: float,
) -> None:
    start_like_the_app(qapp, scale)
    english = "e.g. a walk, music, calling my sister"
    qapp.installTranslator(Words({english: EXAMPLES[lang]}, qapp))  # the conftest removes it
    dialog = SupportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.help_text.placeholderText() == EXAMPLES[lang]
    assert shows_whole(dialog.help_text), "the example is cut short"
    assert dialog.minimumSizeHint().width() <= 1366  # a small laptop's screen


def test_english_keeps_its_two_even_columns(qtbot, qapp: QApplication, vault: Vault) -> None:  # noqa: ANN001
    start_like_the_app(qapp, 1.0)
    dialog = SupportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert shows_whole(dialog.help_text)
    assert abs(dialog.help_text.width() - dialog.contact_name.width()) <= 2
