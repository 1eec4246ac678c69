"""The share chooser (issue 13, "Sharing with the safety lead"): one bundle
for several verified colleagues, chosen by keyboard from a checkable list
under the names this vault stores; ``share_records`` shares several records
of any shareable kind in that one bundle."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from fieldsafe.ui.plans import sharing as ui
from fieldsafe.ui.plans.recipients import RecipientsDialog, ShareChoice
from fieldsafe.vault import Vault
from tests.exchange.pair import PEER_PASS, introduce
from tests.ui.conftest import unnamed_focusable


@pytest.fixture
def chooser(qtbot) -> Callable[[list[str]], RecipientsDialog]:  # noqa: ANN001
    def make(names: list[str]) -> RecipientsDialog:
        dialog = RecipientsDialog(names)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    return make


def test_several_colleagues_are_ticked_by_keyboard(qtbot, chooser) -> None:  # noqa: ANN001
    dialog = chooser(["Bea", "Cem", "Dan"])
    assert dialog.colleagues.hasFocus() and unnamed_focusable(dialog) == []
    assert not dialog.share_button.isEnabled()  # nobody ticked yet
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)
    assert dialog.ticked() == (0, 2) and dialog.share_button.isEnabled()
    assert "2" in dialog.share_button.text()
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)  # ticked, then unticked again
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Return)
    assert dialog.result() == RecipientsDialog.DialogCode.Accepted
    assert dialog.choice() == ShareChoice(recipients=(0, 2))


def test_enter_with_nobody_ticked_shares_with_the_one_highlighted(qtbot, chooser) -> None:  # noqa: ANN001
    dialog = chooser(["Bea", "Cem"])
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Return)
    assert dialog.result() == RecipientsDialog.DialogCode.Accepted
    assert dialog.choice() == ShareChoice(recipients=(1,))


def test_tab_goes_round_without_a_trap_and_escape_shares_nothing(qtbot, chooser) -> None:  # noqa: ANN001
    dialog = chooser(["Bea", "Cem"])
    order = [QApplication.focusWidget().accessibleName()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().accessibleName())
    assert order == [
        "Verified colleagues",
        "Protect with a passphrase instead",  # Share is skipped while nobody is ticked
        "Cancel: share nothing",
        "Verified colleagues",
    ]
    assert dialog.colleagues.hasFocus()
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.share_button
    qtbot.keyClick(dialog.share_button, Qt.Key.Key_Escape)
    assert dialog.result() == RecipientsDialog.DialogCode.Rejected


def test_a_passphrase_instead_by_its_alt_key(qtbot, chooser) -> None:  # noqa: ANN001
    dialog = chooser(["Bea"])
    qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    # A button's Alt key presses it as a click would be seen: after a moment.
    qtbot.waitUntil(lambda: dialog.result() == RecipientsDialog.DialogCode.Accepted)
    assert dialog.choice() == ShareChoice(passphrase=True)


def test_with_no_verified_colleague_the_passphrase_is_offered(qtbot, chooser) -> None:  # noqa: ANN001
    dialog = chooser([])
    assert not dialog.colleagues.isVisible()
    assert QApplication.focusWidget() is dialog.passphrase_button
    assert unnamed_focusable(dialog) == []


def test_names_are_shown_as_stored_and_as_plain_text(qtbot, chooser) -> None:  # noqa: ANN001
    dialog = chooser(["<b>Bea</b> & co", "Cem"])
    assert dialog.colleagues.item(0).text() == "<b>Bea</b> & co"
    assert dialog.colleagues.item(0).checkState() == Qt.CheckState.Unchecked


@pytest.fixture
def team(vault: Vault, tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    """Bea and Cem, both verified by Amal (``vault``) and she by them; Dan
    is verified by Amal but never ticked."""
    vault.sharing.set_name("Amal")
    others = []
    for name in ("Bea", "Cem", "Dan"):
        other, _ = Vault.create(tmp_path / name.lower(), PEER_PASS)
        other.sharing.set_name(name)
        introduce(vault, other)
        others.append(other)
    try:
        yield others[0], others[1]
    finally:
        for other in others:
            other.lock()


def test_two_incidents_for_two_colleagues_through_the_gui(
    qtbot,  # noqa: ANN001
    vault: Vault,
    team: tuple[Vault, Vault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bea, cem = team
    ids = [
        vault.incidents.save(
            {"occurred_at": f"2026-03-0{day}T21:30:00Z", "title": f"followed ({day})"}
        ).id
        for day in (1, 2)
    ]
    parent = QWidget()
    qtbot.addWidget(parent)
    bundle = tmp_path / "incidents.age"
    offered: list[str] = []
    monkeypatch.setattr(
        ui.ChooseFile,
        "save",
        classmethod(lambda cls, p, title, pattern, name: offered.append(name) or bundle),
    )
    seen: list[list[str]] = []

    def tick_bea_and_cem() -> None:  # by keyboard, in the real chooser
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecipientsDialog)
        names = [dialog.colleagues.item(i).text() for i in range(dialog.colleagues.count())]
        seen.append(names)
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)  # Bea
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)  # Cem
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Return)

    QTimer.singleShot(0, tick_bea_and_cem)
    assert ui.share_records(parent, vault, ids, file_name="incidents.age")
    assert seen == [["Bea", "Cem", "Dan"]] and offered == ["incidents.age"]
    assert b"followed" not in bundle.read_bytes()
    monkeypatch.setattr(ui.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle))
    asked: list[str] = []
    monkeypatch.setattr(
        ui.ConfirmImport, "ask", classmethod(lambda cls, p, q: asked.append(q) or True)
    )
    for colleague in (bea, cem):
        report = ui.receive_bundle(parent, colleague)
        assert report is not None and report.startswith("2 added")
        assert {i.title for i in colleague.incidents.find()} == {"followed (1)", "followed (2)"}
    assert "\u2068Amal\u2069 (verified): 2 new" in asked[0]


def test_a_journal_entry_is_never_shared(
    qtbot,  # noqa: ANN001
    vault: Vault,
    team: tuple[Vault, Vault],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime

    incident = vault.incidents.save({"occurred_at": "2026-03-01T21:30:00Z"}).id
    entry = vault.journal.save(occurred_at=datetime(2026, 3, 4, tzinfo=UTC), checkin_note="x").id
    parent = QWidget()
    qtbot.addWidget(parent)
    bundle = tmp_path / "x.age"
    alerts: list[str] = []
    monkeypatch.setattr(
        ui.ChooseRecipients, "ask", classmethod(lambda cls, p, names: ShareChoice((0,)))
    )
    monkeypatch.setattr(ui.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
    monkeypatch.setattr(ui.Alert, "show", classmethod(lambda cls, p, text: alerts.append(text)))
    assert not ui.share_records(parent, vault, [incident, entry])
    assert alerts and not bundle.exists()
