"""Sending through the team folder from the GUI (issue 16): the share
chooser's "Put it in the team folder" and "The whole team", a new incident's
"Send to the safety lead", "I'm back safely" told through the folder, and
"Send to the team…" for a risk assessment. The folder is a plain directory
(tests/team/world.py); each colleague's own vault reads it with
``vault.teams.sync()``."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton, QWidget

from fieldsafe.core.clock import FakeClock, from_iso
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.errors import BadInputFile, TeamFolderMissing
from fieldsafe.exchange import team_folder
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog
from fieldsafe.ui.plans import sharing
from fieldsafe.ui.plans.recipients import RecipientsDialog, ShareChoice
from fieldsafe.ui.risk.risk_view import RiskAssessmentsView
from fieldsafe.ui.teams import sending
from fieldsafe.vault import Vault
from tests.exchange.pair import PEER_PASS, introduce
from tests.team.world import World, team_world
from tests.ui.checkins.test_back_safely import PASSED, Screen
from tests.ui.checkins.test_checkins import _plan
from tests.ui.conftest import activate, find, unnamed_focusable, wait_ops


@pytest.fixture
def world(vault: Vault, tmp_path: Path) -> Iterator[World]:
    """Amal (``vault``), Bea and Cai in "North outreach", Bea its safety lead."""
    with team_world(vault, tmp_path, ("Amal", "Bea", "Cai"), lead="Bea") as made:
        yield made


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """What the person is told after a send through the folder (the report's
    words, isolates stripped); no file is offered."""
    said: list[tuple[str, str]] = []

    def show(cls, parent, delivery) -> bool:  # noqa: ANN001
        text, detail = sending.report(delivery)
        said.append((strip_isolates(text), strip_isolates(detail)))
        return False

    monkeypatch.setattr(sending.TellDelivery, "show", classmethod(show))
    return said


class Chooser:
    """Runs ``steps`` on the share chooser once it is open (by keyboard);
    :attr:`rows` are the rows it listed. A failed step closes the chooser
    and is raised again by :meth:`check`."""

    def __init__(self, qtbot, steps: Callable[[RecipientsDialog], None]) -> None:  # noqa: ANN001
        self.rows: list[str] = []
        self.errors: list[BaseException] = []
        self._qtbot = qtbot
        self._steps = steps
        QTimer.singleShot(0, self._drive)

    def _drive(self) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecipientsDialog)
        try:
            self.rows.extend(
                strip_isolates(dialog.colleagues.item(i).text())
                for i in range(dialog.colleagues.count())
            )
            assert unnamed_focusable(dialog) == []
            activate(self._qtbot, dialog)  # its Alt keys need it active
            self._steps(dialog)
        except BaseException as exc:
            self.errors.append(exc)
            dialog.reject()

    def check(self) -> None:
        if self.errors:
            raise self.errors[0]


def a_plan(vault: Vault) -> str:
    return _plan(vault)  # "Café by the station", with Bea


def test_the_share_chooser_puts_a_plan_into_beas_inbox(
    qtbot,  # noqa: ANN001
    world: World,
    told: list[tuple[str, str]],
) -> None:
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    plan_id = a_plan(amal.vault)
    parent = QWidget()
    qtbot.addWidget(parent)
    ways: list[tuple[bool, bool]] = []

    def tick_bea(dialog: RecipientsDialog) -> None:
        assert dialog.folder_way.isVisible() and not dialog.folder_way.isEnabled()
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Down)  # past the whole team
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)  # Bea
        # the folder reaches everyone ticked: it is the way, unless changed
        ways.append((dialog.folder_way.isChecked(), dialog.way_note.isVisible()))
        assert dialog.colleagues.item(0).checkState() == Qt.CheckState.PartiallyChecked
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Return)

    chooser = Chooser(qtbot, tick_bea)
    done = sharing.share_plan(parent, amal.vault, plan_id)
    chooser.check()
    assert done
    assert chooser.rows == ["The whole team: North outreach", "Bea", "Cai"]
    assert ways == [(True, False)]
    assert told == [
        (
            "Left in the team folder for Bea.",
            "Their FieldSafe takes it in when it next reads the folder; until then the sync "
            "engine carries it, encrypted.",
        )
    ]
    (waiting,) = team_folder.waiting(world.folder, bea.fingerprint)
    assert b"station" not in waiting.path.read_bytes()
    got = bea.vault.teams.sync()
    assert [(a.sender, a.kind) for a in got.arrivals] == [("Amal", "meeting_plan")]
    assert bea.vault.plans.get(plan_id)["title"] == "Café by the station"  # type: ignore[arg-type]
    assert cai.vault.teams.sync().arrivals == []


def test_a_colleague_outside_the_team_is_told_about_and_offered_a_file(
    qtbot,  # noqa: ANN001
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    amal, bea = world["Amal"], world["Bea"]
    dan, _ = Vault.create(tmp_path / "dan", PEER_PASS)
    try:
        dan.sharing.set_name("Dan")
        introduce(amal.vault, dan)  # verified, but in no team
        plan_id = a_plan(amal.vault)
        parent = QWidget()
        qtbot.addWidget(parent)
        notes: list[str] = []

        def team_and_dan(dialog: RecipientsDialog) -> None:
            qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)  # the whole team
            assert dialog.ticked() == (0, 1) and dialog.folder_way.isChecked()
            for _ in range(3):
                qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)  # Dan
            assert dialog.ticked() == (0, 1, 2)
            assert dialog.file_way.isChecked()  # the folder does not reach Dan
            qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
            qtbot.waitUntil(dialog.folder_way.isChecked)
            notes.append(strip_isolates(dialog.way_note.text()))
            qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Return)

        reports: list[tuple[str, str]] = []

        def offer_a_file(cls, parent, delivery) -> bool:  # noqa: ANN001
            text, detail = sending.report(delivery)
            reports.append((strip_isolates(text), strip_isolates(detail)))
            return True

        monkeypatch.setattr(sending.TellDelivery, "show", classmethod(offer_a_file))
        bundle = tmp_path / "for-dan.age"
        monkeypatch.setattr(sharing.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
        chooser = Chooser(qtbot, team_and_dan)
        done = sharing.share_plan(parent, amal.vault, plan_id)
        chooser.check()
        assert done
        assert notes and notes[0].startswith("The team folder does not reach Dan:")
        said, detail = reports[0]
        assert said == "Left in the team folder for Bea and Cai."
        assert detail.startswith("Not sent to Dan: not in a team with a folder.")
        assert "save a file for the others" in detail
        # the file is for Dan (and Amal) only: Bea's inbox holds hers
        received = dan.sharing.open_received(bundle.read_bytes(), lambda: None)
        assert received is not None and received.addressed_to_me
        with pytest.raises(BadInputFile):  # not for Bea: she has hers in the folder
            bea.vault.sharing.open_received(bundle.read_bytes(), lambda: None)
        assert len(team_folder.waiting(world.folder, bea.fingerprint)) == 1
    finally:
        dan.lock()


def test_the_chooser_with_teams_by_keyboard_and_escape(qtbot) -> None:  # noqa: ANN001
    team = sending.TeamChoice("North outreach", (0, 1))
    dialog = RecipientsDialog(["Bea", "Cai", "Dan"], reachable=[True, True, False], teams=[team])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    assert unnamed_focusable(dialog) == []
    qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)
    assert dialog.ticked() == (0, 1) and dialog.teams_ticked() == (0,)
    assert dialog.folder_way.isChecked()
    order = [QApplication.focusWidget().accessibleName()]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget().accessibleName())
    assert order == [
        "Verified colleagues",
        "Put it in the team folder",  # the way chosen; the arrows choose the other
        "Share with the colleagues ticked",
        "Protect with a passphrase instead",
        "Cancel: share nothing",
    ]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.result() == RecipientsDialog.DialogCode.Rejected


def test_the_chooser_unticks_a_team_and_the_way_follows_the_person(qtbot) -> None:  # noqa: ANN001
    team = sending.TeamChoice("North outreach", (0, 1))
    dialog = RecipientsDialog(["Bea", "Cai"], reachable=[True, True], teams=[team])
    qtbot.addWidget(dialog)
    dialog.colleagues.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.choice() == ShareChoice(recipients=(0, 1), folder=True, teams=(0,))
    dialog.file_way.click()  # the person's choice stays
    dialog.colleagues.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bea
    assert dialog.choice() == ShareChoice(recipients=(1,), folder=False)
    dialog.colleagues.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ticked() == () and not dialog.folder_way.isEnabled()


# -- a new incident and its safety lead -------------------------------------------------
def incident_window(qtbot, vault: Vault) -> tuple[QMainWindow, IncidentDialog]:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = IncidentDialog(vault, parent=window)
    dialog.offer_review = False
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return window, dialog


def type_and_save(qtbot, dialog: IncidentDialog) -> None:  # noqa: ANN001
    dialog.form.type.first().setFocus()
    qtbot.keyClick(dialog.form.type.first(), Qt.Key.Key_Space)  # the first type
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_a_new_incident_goes_to_the_safety_lead_by_default(
    qtbot,  # noqa: ANN001
    world: World,
) -> None:
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    window, dialog = incident_window(qtbot, amal.vault)
    box = find("Send to the safety lead(s) (Bea)", within=dialog)
    assert box is dialog.leads_box.box and box.isChecked()
    assert strip_isolates(dialog.leads_box.label.text()) == "Send to the safety lead(s) (Bea)"
    assert unnamed_focusable(dialog) == []
    created: list[str] = []
    dialog.created.connect(created.append)
    type_and_save(qtbot, dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (incident_id,) = created
    said = strip_isolates(window.statusBar().currentMessage())
    assert said == "The incident is saved and was left in the team folder for Bea."
    got = bea.vault.teams.sync()
    assert [(a.sender, a.kind, a.record_id) for a in got.arrivals] == [
        ("Amal", "incident", incident_id)
    ]
    assert cai.vault.teams.sync().arrivals == []  # only the lead


def test_unticked_the_incident_stays_here(qtbot, world: World) -> None:  # noqa: ANN001
    amal, bea = world["Amal"], world["Bea"]
    _window, dialog = incident_window(qtbot, amal.vault)
    box = dialog.leads_box.box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert not box.isChecked()
    type_and_save(qtbot, dialog)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert team_folder.waiting(world.folder, bea.fingerprint) == []


def test_no_box_without_a_safety_lead_nor_for_a_stored_incident(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
) -> None:
    with team_world(vault, tmp_path, ("Amal", "Bea")) as made:  # a team, no lead
        _window, dialog = incident_window(qtbot, made["Amal"].vault)
        assert dialog.leads_box.isHidden() and not dialog.leads_box.wanted
        dialog.close()
    lead = vault.teams.find("North outreach")
    bea_id = next(m.colleague.id for m in lead.members)
    vault.teams.add_member(lead.id, bea_id, role="lead")
    stored = vault.incidents.save({"occurred_at": "2026-03-01T21:30:00Z"}).id
    _window, dialog = incident_window(qtbot, vault)
    assert not dialog.leads_box.isHidden()  # a new incident: offered
    assert dialog.open_incident(stored)
    assert dialog.leads_box.isHidden()  # adding to a stored one: not offered


def test_a_missing_folder_is_said_and_the_incident_stays_saved(
    qtbot,  # noqa: ANN001
    world: World,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    amal = world["Amal"]
    window, dialog = incident_window(qtbot, amal.vault)
    shutil.rmtree(world.folder)  # the drive was unplugged
    created: list[str] = []
    dialog.created.connect(created.append)
    type_and_save(qtbot, dialog)
    wait_ops(qtbot)
    (incident_id,) = created
    assert amal.vault.incidents.get(incident_id).fields["type"]  # saved
    assert dialog.isVisible()  # stays open to say so
    note = strip_isolates(dialog.leads_sending.note.text())
    assert note.startswith("The incident is saved. It was not sent to the safety lead.")
    assert "Not sent to Bea through the folder of North outreach. The folder is not there:" in note
    assert describe(TeamFolderMissing()) in note
    again = find("Send the incident again", QPushButton, within=dialog)
    assert again.hasFocus() and dialog.leads_box.isHidden()
    assert window.statusBar().currentMessage() == ""

    # Send again: the usual chooser, here a file for Bea.
    bundle = tmp_path / "incident.age"
    monkeypatch.setattr(
        sharing.ChooseRecipients, "ask", classmethod(lambda cls, p, names, **k: ShareChoice((0,)))
    )
    monkeypatch.setattr(sharing.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
    qtbot.keyClick(again, Qt.Key.Key_Space)
    assert bundle.exists()
    assert dialog.leads_sending.note.text() == "The incident is saved and shared."
    dialog.close()
    assert not dialog.isVisible()


# -- I'm back safely -----------------------------------------------------------------
def test_back_safely_goes_into_the_colleagues_inbox_in_one_click(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
) -> None:
    with team_world(vault, tmp_path, ("Amal", "Bea")) as made:
        bea = made["Bea"]
        plan_id = _plan(vault, colleague="bea")  # as typed in the plan
        mine = Screen(qtbot, vault, FakeClock(PASSED))
        mine.back_safely()
        offer = mine.notice.offer
        tell = find("Tell Bea you are back safely", QPushButton, within=mine.notice)
        assert strip_isolates(tell.text()) == "Tell Bea"  # one click: no "…"
        assert "in the team folder for Bea" in strip_isolates(offer.text.text())
        qtbot.keyClick(tell, Qt.Key.Key_Space)
        wait_ops(qtbot)
        assert strip_isolates(offer.text.text()).startswith("Left in the team folder for Bea.")
        assert not tell.isVisible()
        assert find("Close the notice", QPushButton, within=mine.notice).hasFocus()
        got = bea.vault.teams.sync()
        assert [(a.sender, a.kind) for a in got.arrivals] == [("Amal", "meeting_plan")]
        stored = bea.vault.plans.get(plan_id)  # type: ignore[arg-type]
        assert from_iso(stored["checked_in_at"]) == PASSED


def test_back_safely_says_why_and_offers_a_file_when_the_folder_is_gone(
    qtbot,  # noqa: ANN001
    vault: Vault,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with team_world(vault, tmp_path, ("Amal", "Bea")) as made:
        _plan(vault)
        mine = Screen(qtbot, vault, FakeClock(PASSED))
        mine.back_safely()
        shutil.rmtree(made.folder)
        tell = find("Tell Bea you are back safely", QPushButton, within=mine.notice)
        qtbot.keyClick(tell, Qt.Key.Key_Space)
        wait_ops(qtbot)
        said = strip_isolates(mine.notice.offer.text.text())
        assert said.startswith(
            "Not sent to Bea through the folder of North outreach. The folder is not there:"
        )
        assert said.endswith("You can save a small bundle for Bea instead.")
        assert strip_isolates(tell.text()) == "Tell Bea…" and tell.hasFocus()
        bundle = tmp_path / "back-safely.age"
        monkeypatch.setattr(sharing.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
        notes: list[str] = []

        def tick_bea(dialog: RecipientsDialog) -> None:
            qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Down)
            qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Space)
            assert dialog.file_way.isChecked() and not dialog.folder_way.isEnabled()
            notes.append(strip_isolates(dialog.way_note.text()))
            qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Return)

        chooser = Chooser(qtbot, tick_bea)
        qtbot.keyClick(tell, Qt.Key.Key_Space)
        chooser.check()
        assert notes == [
            "The folder of North outreach is not there now: is the drive plugged in, or was "
            "the folder moved?"
        ]
        assert bundle.exists()


# -- a risk assessment to the whole team ---------------------------------------------
def test_an_assessment_goes_to_the_whole_team(
    qtbot,  # noqa: ANN001
    world: World,
    told: list[tuple[str, str]],
) -> None:
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    assessment = amal.vault.risks.save(new_assessment("street_outreach")).id
    view = RiskAssessmentsView()
    qtbot.addWidget(view)
    view.attach(amal.vault)
    view.show()
    view.enter()
    assert view.editor.assessment_id == assessment
    button = find("Send the assessment to the team", QPushButton, within=view)
    chosen: list[ShareChoice] = []

    def as_offered(dialog: RecipientsDialog) -> None:
        assert dialog.teams_ticked() == (0,) and dialog.ticked() == (0, 1)
        assert dialog.folder_way.isChecked()
        chosen.append(dialog.choice())
        qtbot.keyClick(dialog.colleagues, Qt.Key.Key_Return)

    chooser = Chooser(qtbot, as_offered)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    chooser.check()
    assert chosen == [ShareChoice(recipients=(0, 1), folder=True, teams=(0,))]
    assert told[0][0] == "Left in the team folder for Bea and Cai."
    for person in (bea, cai):
        got = person.vault.teams.sync()
        assert [(a.kind, a.record_id) for a in got.arrivals] == [("risk_assessment", assessment)]


def test_no_team_button_without_a_team_folder(qtbot, vault: Vault) -> None:  # noqa: ANN001
    vault.risks.save(new_assessment("street_outreach"))
    view = RiskAssessmentsView()
    qtbot.addWidget(view)
    view.attach(vault)
    view.show()
    view.enter()
    assert not view.team_button.isVisible() and view.share_button.isVisible()


def test_why_each_one_was_not_reached(world: World) -> None:
    amal = world["Amal"]
    incident = amal.vault.incidents.save({"occurred_at": "2026-03-01T21:30:00Z"}).id
    bea = amal.vault.sharing.get(amal.entry("Bea"))
    team = amal.team
    assert team is not None
    amal.vault.teams.remove_member(team.id, amal.entry("Cai"))
    cai = amal.vault.sharing.get(amal.entry("Cai"))
    delivery = sending.deliver(amal.vault, [incident], [bea, cai])
    assert delivery.sent == ("Bea",)
    assert [(e.name, why) for e, why in delivery.not_reached] == [("Cai", sending.NO_FOLDER)]
    assert not delivery.complete
    said, detail = sending.report(delivery)
    assert strip_isolates(said) == "Left in the team folder for Bea."
    assert strip_isolates(detail).startswith("Not sent to Cai: not in a team with a folder.")


def test_one_not_verified_is_said_so(world: World, tmp_path: Path) -> None:
    amal = world["Amal"]
    eve, _ = Vault.create(tmp_path / "eve", PEER_PASS)
    try:
        eve.sharing.set_name("Eve")
        unverified = amal.vault.sharing.add_card(eve.sharing.identity().card())
        incident = amal.vault.incidents.save({"occurred_at": "2026-03-01T21:30:00Z"}).id
        delivery = sending.deliver(amal.vault, [incident], [unverified])
        assert delivery.sent == () and not delivery.complete
        assert [why for _e, why in delivery.not_reached] == [sending.NOT_VERIFIED]
        said, detail = sending.report(delivery)
        assert said == "Nothing was put in the team folder."
        assert strip_isolates(detail) == (
            "Not sent to Eve: not verified now. Compare safety numbers again in Colleagues."
            "\n\nYou can save a file instead and pass it on as usual."
        )
    finally:
        eve.lock()


def test_what_the_person_is_told_by_keyboard(qtbot, world: World) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    cai = world["Amal"].vault.sharing.get(world["Amal"].entry("Cai"))
    partly = sending.Delivery(("Bea",), ((cai, sending.FOLDER_MISSING),), ("North outreach",))
    answers: list[bool] = []
    for key in (Qt.Key.Key_Escape, Qt.Key.Key_Return):

        def press(key: Qt.Key = key) -> None:
            box = QApplication.activeModalWidget()
            assert box is not None and unnamed_focusable(box) == []
            assert "Not sent to Cai" in strip_isolates(box.informativeText())
            qtbot.keyClick(box, key)

        QTimer.singleShot(0, press)
        answers.append(sending.TellDelivery.show(parent, partly))
    assert answers == [False, True]  # Enter: a file for Cai; Escape: nothing more

    everyone = sending.Delivery(("Bea", "Cai"))
    assert sending.TellDelivery.show(parent, everyone) is False  # a notice, not blocking
    notice = QApplication.activeModalWidget() or next(
        w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not parent
    )
    assert strip_isolates(notice.text()) == "Left in the team folder for Bea and Cai."
