"""Teams in the Colleagues dialog (issue 16): a team is built by keyboard
in the Teams tab (create, folder, members, a safety lead, rename, delete)
and the vault holds each step; a colleague not verified is refused with the
reason; a team folder that is gone is said plainly; my card goes to the
folder and the cards there are added only as colleagues not verified;
names are plain text; every widget is named and the tab fits at font
scale 1.6, left to right and right to left."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel

from fieldsafe.exchange import team_folder
from fieldsafe.exchange.identity import Identity
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.plans.colleagues import ColleaguesDialog
from fieldsafe.ui.teams.editor import TeamEditor
from fieldsafe.vault import Vault
from tests.ui.conftest import activate, unnamed_focusable, wait_ops
from tests.ui.fit.checker import check

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def _no_choosers(monkeypatch: pytest.MonkeyPatch) -> None:
    """A chooser or question opened by mistake fails the test instead of waiting."""

    def unexpected(cls, *args: object, **kw: object) -> None:  # noqa: ANN001
        raise AssertionError("a dialog opened")

    monkeypatch.setattr(dialogs.ChooseFolder, "ask", classmethod(unexpected))
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(unexpected))


def _colleague(vault: Vault, name: str, *, verified: bool = True) -> str:
    entry = vault.sharing.add_card(Identity.generate(name).card())
    if verified:
        vault.sharing.verify(entry.id)
    return entry.id


def _changed_key(vault: Vault, name: str) -> str:
    """A verified colleague whose card came again with other keys."""
    entry_id = _colleague(vault, name)
    vault.sharing.add_card(Identity.generate(name).card())
    assert vault.sharing.get(entry_id).changed
    return entry_id


def _open_teams(qtbot, vault: Vault) -> tuple[ColleaguesDialog, TeamEditor]:  # noqa: ANN001
    """The Colleagues dialog, its Teams tab chosen by keyboard (Alt+T)."""
    dialog = ColleaguesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_T, ALT)
    assert dialog.tabs.currentWidget() is dialog.teams
    wait_ops(qtbot)
    return dialog, dialog.teams


def _rows(view) -> list[str]:  # noqa: ANN001
    return [view.item(row).text() for row in range(view.count())]


def _members(vault: Vault) -> dict[str, str]:
    (team,) = vault.teams.all()
    return {m.colleague.name: m.role for m in team.members}


def _press(qtbot, widget, key: Qt.Key) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, key)
    wait_ops(qtbot)


def test_a_team_is_built_by_keyboard_and_the_vault_holds_each_step(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bea, cem = _colleague(vault, "Bea"), _colleague(vault, "Cem")
    _colleague(vault, "Dan", verified=False)
    _changed_key(vault, "Eve")
    dialog, editor = _open_teams(qtbot, vault)
    assert "Syncthing" in editor.explain.text() and "encrypted" in editor.explain.text()
    assert not editor.add_button.isEnabled()  # no team chosen yet

    # Create: Alt+N goes to the new team's name; Enter creates it.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, ALT)
    assert editor.new_name.hasFocus()
    qtbot.keyClicks(editor.new_name, "North outreach")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    wait_ops(qtbot)
    (team,) = vault.teams.all()
    assert team.name == "North outreach" and team.folder is None and team.members == ()
    assert _rows(editor.teams) == ["North outreach"] and editor.teams.hasFocus()
    assert editor.new_name.text() == ""
    assert "No team folder yet" in editor.folder_state.text()

    # The same name again is refused, in words.
    qtbot.keyClicks(editor.new_name, "north OUTREACH")
    qtbot.keyClick(editor.new_name, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert "Another team already has that name" in dialog.status.text()
    assert len(vault.teams.all()) == 1 and editor.new_name.text() == "north OUTREACH"
    editor.new_name.clear()

    # The folder, chosen in the folder dialog (the seam answers).
    folder = tmp_path / "Sync" / "north"
    folder.mkdir(parents=True)
    asked: list[str] = []
    monkeypatch.setattr(
        dialogs.ChooseFolder,
        "ask",
        classmethod(lambda cls, parent, title: asked.append(title) or folder),
    )
    _press(qtbot, editor.choose_folder_button, Qt.Key.Key_Space)
    assert asked == ["Choose the team folder"]
    assert vault.teams.get(team.id).folder == folder
    assert str(folder) in editor.folder_state.text()
    assert "not there" not in editor.folder_state.text()

    # Members: Enter adds the chosen colleague; the next one is chosen.
    assert _rows(editor.candidates) == [
        "\u2068Bea\u2069",
        "\u2068Cem\u2069",
        "\u2068Dan\u2069 — not verified",
        "\u2068Eve\u2069 — key changed",
    ]
    editor.candidates.setCurrentRow(0)
    _press(qtbot, editor.candidates, Qt.Key.Key_Return)
    assert _members(vault) == {"Bea": "member"}
    assert editor.candidates.hasFocus() and editor.candidates.currentRow() == 0
    _press(qtbot, editor.candidates, Qt.Key.Key_Return)
    assert _members(vault) == {"Bea": "member", "Cem": "member"}

    # Dan is not verified: not addable, and the reason is said.
    assert editor.candidates.currentItem().text() == "\u2068Dan\u2069 — not verified"
    assert not editor.add_button.isEnabled()
    assert "compare safety numbers first" in editor.candidate_state.text()
    _press(qtbot, editor.candidates, Qt.Key.Key_Return)
    assert "compare safety numbers first" in dialog.status.text()
    qtbot.keyClick(editor.candidates, Qt.Key.Key_Down)
    assert "key changed" in editor.candidate_state.text()
    _press(qtbot, editor.candidates, Qt.Key.Key_Return)
    assert _members(vault) == {"Bea": "member", "Cem": "member"}
    with pytest.raises(ValueError, match="verified"):  # the vault refuses them too
        vault.teams.add_member(team.id, vault.sharing.find("Dan").id)

    # Bea becomes the safety lead (Space on the check box).
    assert _rows(editor.members) == ["\u2068Bea\u2069 — member", "\u2068Cem\u2069 — member"]
    editor.members.setCurrentRow(0)
    _press(qtbot, editor.lead_box, Qt.Key.Key_Space)
    assert _members(vault) == {"Bea": "lead", "Cem": "member"}
    assert vault.teams.get(team.id).leads[0].id == bea
    assert _rows(editor.members)[0] == "\u2068Bea\u2069 — safety lead"
    assert editor.lead_box.isChecked() and editor.lead_box.hasFocus()

    # Cem leaves the team (Delete in the members list); Cem stays a colleague.
    editor.members.setCurrentRow(1)
    _press(qtbot, editor.members, Qt.Key.Key_Delete)
    assert _members(vault) == {"Bea": "lead"}
    assert vault.sharing.get(cem).usable
    assert "\u2068Cem\u2069" in _rows(editor.candidates)

    # Rename: F2 in the teams list goes to the name, all selected; Enter saves.
    editor.teams.setFocus()
    qtbot.keyClick(editor.teams, Qt.Key.Key_F2)
    assert editor.name_field.hasFocus()
    assert editor.name_field.selectedText() == "North outreach"
    qtbot.keyClicks(editor.name_field, "North team")
    qtbot.keyClick(editor.name_field, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert vault.teams.get(team.id).name == "North team"
    assert _rows(editor.teams) == ["North team"]

    # Delete: asked first, saying the folder and its files stay.
    questions: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs.Confirm,
        "ask",
        classmethod(
            lambda cls, parent, *, question, detail, confirm: (
                questions.append((question, detail)) or True
            )
        ),
    )
    (folder / "keep.txt").write_text("theirs")
    _press(qtbot, editor.teams, Qt.Key.Key_Delete)
    ((question, detail),) = questions
    assert "\u2068North team\u2069" in question
    assert "folder and every file in it stay" in detail
    assert vault.teams.all() == []
    assert (folder / "keep.txt").read_text() == "theirs"
    assert _rows(editor.teams) == [] and not editor.add_button.isEnabled()
    assert {e.name for e in vault.sharing.all()} == {"Bea", "Cem", "Dan", "Eve"}
    assert "stay" in dialog.status.text()


def test_delete_asks_and_nothing_is_deleted_when_the_answer_is_no(
    qtbot,  # noqa: ANN001
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault.teams.create("North")
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, *a, **k: False))
    _dialog, editor = _open_teams(qtbot, vault)
    editor.teams.setCurrentRow(0)
    _press(qtbot, editor.teams, Qt.Key.Key_Delete)
    assert [t.name for t in vault.teams.all()] == ["North"]


def test_a_team_folder_that_is_gone_is_said_plainly_and_can_be_cleared(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "usb" / "team"
    folder.mkdir(parents=True)
    team = vault.teams.create("North", folder=folder)
    folder.rmdir()  # the drive is not plugged in
    dialog, editor = _open_teams(qtbot, vault)
    editor.teams.setCurrentRow(0)
    text = editor.folder_state.text()
    assert "not there now" in text and str(folder) in text and "plugged in" in text
    # Leaving my card there says what is wrong, and writes nothing.
    _press(qtbot, editor.publish_button, Qt.Key.Key_Space)
    assert "The folder is not there" in dialog.status.text()
    assert not folder.exists()
    # Cleared: no folder, and the files stay (there is nothing to delete).
    _press(qtbot, editor.clear_folder_button, Qt.Key.Key_Space)
    assert vault.teams.get(team.id).folder is None
    assert "No team folder yet" in editor.folder_state.text()
    assert "stay where they are" in dialog.status.text()
    assert not editor.clear_folder_button.isEnabled()


def test_my_card_goes_to_the_folder_and_its_cards_are_added_only_unverified(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
) -> None:
    vault.sharing.set_name("Amal")
    bea = _colleague(vault, "Bea")
    folder = tmp_path / "team"
    folder.mkdir()
    vault.teams.create("North", folder=folder)
    dana = Identity.generate("Dana")
    team_folder.write_card(folder, dana.card())
    team_folder.write_card(folder, Identity.generate("BEA").card())  # claims to be Bea
    dialog, editor = _open_teams(qtbot, vault)
    editor.teams.setCurrentRow(0)

    _press(qtbot, editor.publish_button, Qt.Key.Key_Space)
    mine = vault.sharing.identity().card().fingerprint
    assert any(mine in p.name for p in (folder / "cards").iterdir())
    assert "only public keys" in dialog.status.text()

    _press(qtbot, editor.cards_button, Qt.Key.Key_Space)
    cards = editor.cards_dialog
    assert cards is not None and cards.isVisible()
    qtbot.waitUntil(lambda: cards.cards.hasFocus())
    assert "never trusted" in cards.warning.text()
    assert "in person" in cards.warning.text()
    assert _rows(cards.cards) == ["BEA", "Dana"]  # not mine, not one already known
    assert "looks like \u2068Bea\u2069" in cards.state.text()
    assert unnamed_focusable(cards) == []
    qtbot.keyClick(cards.cards, Qt.Key.Key_Down)
    assert "compare the safety number" in cards.state.text()
    qtbot.keyClick(cards.cards, Qt.Key.Key_Return)
    wait_ops(qtbot)
    added = vault.sharing.find("Dana")
    assert added.card.fingerprint == dana.card().fingerprint
    assert not added.verified and not added.usable  # a copy is never trusted
    assert vault.sharing.get(bea).usable  # Bea's card untouched
    assert _rows(cards.cards) == ["BEA"]
    assert "not verified" in cards.state.text()
    # The Colleagues tab shows Dana, chosen, ready for the safety number.
    assert "\u2068Dana\u2069 — not verified yet" == dialog.colleagues.currentItem().text()
    wait_ops(qtbot)
    assert "\u2068Dana\u2069 — not verified" in _rows(editor.candidates)
    cards.close()


def test_a_colleague_verified_in_the_colleagues_tab_can_join_at_once(
    qtbot,  # noqa: ANN001
    vault: Vault,
) -> None:
    dan = _colleague(vault, "Dan", verified=False)
    team = vault.teams.create("North")
    dialog, editor = _open_teams(qtbot, vault)
    editor.teams.setCurrentRow(0)
    assert not editor.add_button.isEnabled()
    qtbot.keyClick(editor.teams, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert dialog.tabs.currentIndex() == 0  # Ctrl+Tab: back to the colleagues
    dialog.colleagues.setCurrentRow(0)
    assert dialog.verify()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, ALT)
    wait_ops(qtbot)
    assert editor.team() is not None and editor.team().id == team.id  # still chosen
    assert _rows(editor.candidates) == ["\u2068Dan\u2069"]
    _press(qtbot, editor.candidates, Qt.Key.Key_Return)
    assert [m.colleague.id for m in vault.teams.get(team.id).members] == [dan]


def test_locking_leaves_nothing_of_the_teams_shown(qtbot, vault: Vault) -> None:  # noqa: ANN001
    _colleague(vault, "Bea")
    vault.teams.create("North")
    dialog, editor = _open_teams(qtbot, vault)
    editor.teams.setCurrentRow(0)
    dialog.wipe()
    assert editor.teams.count() == editor.members.count() == editor.candidates.count() == 0
    assert editor.name_field.text() == "" and not editor.add_button.isEnabled()
    assert not editor.reload()  # no vault: nothing is read


def test_names_are_plain_text_and_every_widget_is_named(
    qtbot,  # noqa: ANN001
    vault: Vault,
) -> None:
    _colleague(vault, "<b>Bea</b>")
    _colleague(vault, "<i>Dan</i>", verified=False)
    vault.teams.create("<u>North</u>")
    dialog, editor = _open_teams(qtbot, vault)
    assert unnamed_focusable(dialog) == []
    editor.teams.setCurrentRow(0)
    assert editor.name_field.text() == "<u>North</u>"
    editor.candidates.setCurrentRow(1)
    assert "\u2068<i>Dan</i>\u2069 cannot be added" in editor.candidate_state.text()
    for label in editor.findChildren(QLabel):
        if label.buddy() is None:
            assert label.textFormat() == Qt.TextFormat.PlainText, label.text()
    assert unnamed_focusable(dialog) == []


def test_tab_goes_down_the_teams_tab(qtbot, vault: Vault) -> None:  # noqa: ANN001
    """Down the left column (the teams, a new one, the folder), then the right."""
    _colleague(vault, "Bea")
    vault.teams.create("North")
    dialog, editor = _open_teams(qtbot, vault)
    editor.teams.setCurrentRow(0)
    wait_ops(qtbot)
    editor.teams.setFocus()
    order = []
    for _ in range(12):
        order.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert order[:10] == [
        editor.teams,
        editor.new_name,
        editor.create_button,
        editor.choose_folder_button,  # the other folder buttons are off: there is none
        editor.name_field,
        editor.rename_button,
        editor.members,  # the members' buttons are off: there are none
        editor.candidates,
        editor.add_button,
        editor.delete_button,
    ]


@pytest.fixture
def large_font(qapp: QApplication) -> Iterator[None]:
    font = qapp.font()
    bigger = qapp.font()
    bigger.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


@pytest.mark.parametrize(
    "direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft]
)
def test_the_teams_tab_fits_at_font_scale_1_6(
    qtbot,  # noqa: ANN001
    qapp: QApplication,
    large_font: None,
    vault: Vault,
    tmp_path: Path,
    direction: Qt.LayoutDirection,
) -> None:
    qapp.setLayoutDirection(direction)
    lead = _colleague(vault, "Bea Nakamura-Okonkwo")
    _colleague(vault, "Dan", verified=False)
    folder = tmp_path / "Sync" / "north outreach"
    folder.mkdir(parents=True)
    team = vault.teams.create("North outreach", folder=folder)
    vault.teams.add_member(team.id, lead, role="lead")
    dialog, editor = _open_teams(qtbot, vault)
    editor.teams.setCurrentRow(0)
    editor.candidates.setCurrentRow(0)
    for _ in range(3):  # the layouts done, as tests/ui/fit/render.py settles them
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    problems = [
        p.line()
        for p in check(dialog, available=QSize(1366, 728))
        if p.owner.startswith("ui/teams/")
    ]
    assert problems == [], "\n".join(problems)
