"""Texts of the Teams tab fit in any language (issue 17's fit check): the
cards dialog is as tall as its wrapped words need at its width, and the
team's name field shows the name whole."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from fieldsafe.exchange.identity import Identity
from fieldsafe.ui.common.text_fit import width_for
from fieldsafe.ui.teams.editor import TeamEditor
from fieldsafe.ui.teams.folder_cards import FolderCard, FolderCardsDialog
from fieldsafe.vault import Vault
from tests.ui.conftest import wait_ops


def test_the_cards_dialog_is_as_tall_as_its_words_need(qtbot) -> None:  # noqa: ANN001
    # a long team name wraps the first sentence into more lines, as a
    # longer language wraps the warning
    name = "North outreach, the evening team of the eastern districts and the station"
    found = [FolderCard(Identity.generate("Fatima").card(), None)]
    dialog = FolderCardsDialog(object(), name, found, None)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if w.wordWrap() and w.isVisible()]
    assert len(labels) == 3
    for label in labels:
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_name_field_shows_the_team_name_whole(qtbot, vault: Vault) -> None:  # noqa: ANN001
    vault.teams.create("North outreach")
    editor = TeamEditor(vault)
    qtbot.addWidget(editor)
    editor.reload()
    wait_ops(qtbot)
    editor.teams.setCurrentRow(0)
    assert editor.name_field.text() == "North outreach"
    assert editor.name_field.minimumWidth() >= width_for(editor.name_field, ["North outreach"])
