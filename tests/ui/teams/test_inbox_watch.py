"""Receiving through the team folder in the main window (issue 16): the inbox
is read at unlock and whenever the folder changes (QFileSystemWatcher, and a
fallback timer), a calm notice says what arrived and from whom, what was set
aside and why, and what waits for the person's choice (Review… imports it
after the choice); a missing folder is said once; locking stops it all."""

from __future__ import annotations

import errno
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldsafe.errors import StorageFailed, VaultBusy
from fieldsafe.exchange import team_folder
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import strip_isolates
from fieldsafe.ui.plans.sharing import ChooseConflicts
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.sidebar import COUNT_ROLE
from fieldsafe.ui.teams import inbox_watch
from fieldsafe.ui.teams.arrivals import ArrivalsNotice
from fieldsafe.ui.teams.arrivals_details import RefusalDetails
from fieldsafe.ui.teams.inbox_watch import TeamInboxWatch
from fieldsafe.vault import SyncResult, Vault
from tests.team.world import Person, World, team_world
from tests.ui.conftest import activate, find, unnamed_focusable, wait_ops

WAIT = 10_000
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first sync at once after unlock and a short pause after a change
    (the 2-minute fallback stays as it is: tests drive it)."""
    monkeypatch.setattr(inbox_watch, "FIRST_MS", 0)
    monkeypatch.setattr(inbox_watch, "DEBOUNCE_MS", 50)


@pytest.fixture
def world(vault: Vault, tmp_path: Path) -> Iterator[World]:
    """Amal (the ``vault`` the window opens), Bea (the safety lead) and Cai."""
    with team_world(vault, tmp_path, ("Amal", "Bea", "Cai"), lead="Bea") as made:
        yield made


def to(person: Person, other: str) -> list:
    return [person.vault.sharing.get(person.entry(other))]


def an_incident(vault: Vault, title: str = "followed near the harbour") -> str:
    return vault.incidents.save(
        {
            "occurred_at": "2026-03-01T21:30:00Z",
            "title": title,
            "type": "surveillance_or_following",
            "area": "North district",
        }
    ).id


def open_window(qtbot, session, vault: Vault) -> MainWindow:  # noqa: ANN001
    window = session.open_main_window(vault)
    qtbot.waitExposed(window)
    activate(qtbot, window)
    return window


def synced(qtbot, inbox: TeamInboxWatch):  # noqa: ANN001, ANN201
    return qtbot.waitSignal(inbox.synced, timeout=WAIT)


def notice_of(window: MainWindow) -> ArrivalsNotice:
    return window.safety.arrivals


def lines(window: MainWindow) -> list[str]:
    return [strip_isolates(line) for line in notice_of(window).lines()]


def press(qtbot, button) -> None:  # noqa: ANN001
    """By keyboard: the button takes the focus, Space presses it."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Space)


# -- at unlock -----------------------------------------------------------------------------
def test_unlock_reads_what_waits_and_says_who_sent_what(
    qtbot, session, vault: Vault, world: World
) -> None:  # noqa: ANN001
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    plan, _fields = amal.vault.plans.save(
        {"title": "Café by the station", "starts_at": "2026-03-10T10:00:00Z"}
    )
    amal.vault.teams.send([plan], to(amal, "Cai"))
    assert [a.kind for a in cai.vault.teams.sync().arrivals] == ["meeting_plan"]
    fields = dict(cai.vault.plans.get(plan))
    fields["title"] = "Café by the station, back room"
    cai.vault.plans.save(fields, plan_id=plan)
    cai.vault.teams.send([plan], to(cai, "Amal"))
    first, second = an_incident(bea.vault), an_incident(bea.vault, "a car again")
    bea.vault.teams.send([first, second], to(bea, "Amal"))

    window = open_window(qtbot, session, vault)
    notice = notice_of(window)
    qtbot.waitUntil(notice.isVisible, timeout=WAIT)
    (arrived,) = lines(window)
    assert arrived.startswith("Arrived from the team folder: ")
    assert "2 incident(s) from Bea" in arrived and "1 plan update(s) from Cai" in arrived
    assert vault.plans.get(plan)["title"] == "Café by the station, back room"
    assert team_folder.waiting(world.folder, amal.fingerprint) == []
    # the sidebar counts what arrived (as after a save)
    wait_ops(qtbot)
    sidebar = window.sections
    qtbot.waitUntil(lambda: sidebar.item(sidebar.row_of("incidents")).data(COUNT_ROLE) == 2)
    # names are data: plain text; every button has a name and takes Tab
    assert notice.arrived.textFormat() == Qt.TextFormat.PlainText
    assert unnamed_focusable(notice) == []
    assert "Bea" in notice.accessibleDescription()
    dismiss = find("Dismiss the team folder notice")
    window.sections.setFocus(Qt.FocusReason.OtherFocusReason)
    for _ in range(3):  # the notice comes just before the sidebar in the Tab order
        if dismiss.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, SHIFT)
    assert dismiss.hasFocus()
    qtbot.keyClick(dismiss, Qt.Key.Key_Space)
    assert not notice.isVisible() and notice.lines() == []


def test_nothing_waiting_shows_nothing_and_no_team_looks_rarely(
    qtbot, session, vault: Vault
) -> None:  # noqa: ANN001
    window = open_window(qtbot, session, vault)
    inbox = window.safety.inbox
    qtbot.waitUntil(lambda: inbox.fallback.isActive(), timeout=WAIT)
    assert not notice_of(window).isVisible()
    assert inbox.watched() == []
    assert inbox.fallback.interval() == inbox_watch.NO_FOLDER_INTERVAL_MS


# -- while unlocked --------------------------------------------------------------------------
def test_a_bundle_arriving_while_unlocked_is_read_when_the_folder_changes(
    qtbot, session, vault: Vault, world: World
) -> None:  # noqa: ANN001
    amal, bea = world["Amal"], world["Bea"]
    window = open_window(qtbot, session, vault)
    inbox = window.safety.inbox
    qtbot.waitUntil(lambda: inbox.fallback.isActive(), timeout=WAIT)
    assert inbox.watched() == [str(world.folder)]  # no inbox yet: its parent is watched
    assert inbox.fallback.interval() == inbox_watch.INTERVAL_MS

    incident = an_incident(bea.vault)
    with synced(qtbot, inbox):
        bea.vault.teams.send([incident], to(bea, "Amal"))
    qtbot.waitUntil(lambda: vault.get_record(incident) is not None, timeout=WAIT)
    qtbot.waitUntil(notice_of(window).isVisible, timeout=WAIT)
    assert lines(window) == ["Arrived from the team folder: 1 incident(s) from Bea"]
    mine = team_folder.inbox(world.folder, amal.fingerprint)
    qtbot.waitUntil(lambda: str(mine) in inbox.watched(), timeout=WAIT)  # armed again

    # a second one is counted with the first until Dismiss
    with synced(qtbot, inbox):
        bea.vault.teams.send([an_incident(bea.vault, "again")], to(bea, "Amal"))
    qtbot.waitUntil(
        lambda: lines(window) == ["Arrived from the team folder: 2 incident(s) from Bea"],
        timeout=WAIT,
    )


def test_the_fallback_timer_reads_what_the_watcher_missed(
    qtbot, session, vault: Vault, world: World
) -> None:  # noqa: ANN001
    bea = world["Bea"]
    window = open_window(qtbot, session, vault)
    inbox = window.safety.inbox
    qtbot.waitUntil(lambda: inbox.fallback.isActive(), timeout=WAIT)
    inbox.watcher.removePaths(inbox.watcher.directories())  # e.g. a network drive: no events
    incident = an_incident(bea.vault)
    bea.vault.teams.send([incident], to(bea, "Amal"))
    assert inbox.fallback.isActive() and vault.get_record(incident) is None
    with synced(qtbot, inbox):
        inbox.fallback.start(0)  # its 2 minutes, injected
    assert vault.get_record(incident) is not None
    assert lines(window) == ["Arrived from the team folder: 1 incident(s) from Bea"]
    assert inbox.fallback.isActive()  # set again for the next 2 minutes


def test_a_refused_bundle_is_set_aside_with_its_reason(
    qtbot, session, vault: Vault, world: World
) -> None:  # noqa: ANN001
    amal = world["Amal"]
    box = team_folder.inbox(world.folder, amal.fingerprint)
    box.mkdir(parents=True)
    (box / ("ab" * 16 + ".age")).write_bytes(b"not a bundle at all")

    window = open_window(qtbot, session, vault)
    notice = notice_of(window)
    qtbot.waitUntil(notice.isVisible, timeout=WAIT)
    assert lines(window) == ["1 bundle(s) set aside and not imported."]
    assert len(team_folder.rejected(world.folder, amal.fingerprint)) == 1
    press(qtbot, find("Details of the bundles set aside"))
    qtbot.waitUntil(lambda: notice.details is not None and notice.details.isVisible())
    details = notice.details
    assert isinstance(details, RefusalDetails)
    (text,) = [strip_isolates(t) for t in details.texts()]
    assert text.startswith("North outreach, ")
    assert text.endswith(": The file is not a FieldSafe share bundle.")
    assert unnamed_focusable(details) == []
    details.reject()


# -- a clash waits for the person's choice ----------------------------------------------------
def test_a_clash_waits_and_review_imports_it_after_the_choice(
    qtbot, session, vault: Vault, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(bea.vault)
    bea.vault.teams.send([incident], to(bea, "Amal"))
    assert len(amal.vault.teams.sync().arrivals) == 1
    for person, title in ((bea, "seen twice"), (amal, "seen once")):
        fields = dict(person.vault.incidents.get(incident).fields)
        fields["title"] = title
        person.vault.incidents.save(fields, incident_id=incident)
    bea.vault.teams.send([incident], to(bea, "Amal"))

    answers: list[list[str] | None] = [None, ["title"]]  # Cancel first, then take Bea's
    asked: list[tuple[list, str | None]] = []

    def ask(parent, clashes, *, sender=None):  # noqa: ANN001, ANN202
        asked.append((list(clashes), sender))
        return answers.pop(0)

    monkeypatch.setattr(ChooseConflicts, "ask", ask)
    window = open_window(qtbot, session, vault)
    notice = notice_of(window)
    qtbot.waitUntil(notice.isVisible, timeout=WAIT)
    assert lines(window) == ["1 update(s) wait for your choice."]
    review = find("Review the updates that wait for your choice")

    press(qtbot, review)  # cancelled: it stays waiting
    assert [sender for _c, sender in asked] == ["Bea"]
    assert asked[0][0] == [("title", "seen once", "seen twice")]
    assert vault.incidents.get(incident).fields["title"] == "seen once"
    assert len(team_folder.waiting(world.folder, amal.fingerprint)) == 1
    assert notice.isVisible() and review.isVisible()

    press(qtbot, review)  # Bea's title taken
    assert vault.incidents.get(incident).fields["title"] == "seen twice"
    assert team_folder.waiting(world.folder, amal.fingerprint) == []
    assert not review.isVisible()
    assert lines(window) == ["Imported after your choice: 1 record(s)."]
    assert QApplication.focusWidget() is notice.dismiss_button  # the keyboard stays in the notice


# -- a folder that is not there ---------------------------------------------------------------
def test_a_missing_folder_is_said_once(
    qtbot, session, vault: Vault, world: World, tmp_path: Path
) -> None:  # noqa: ANN001
    moved = tmp_path / "moved"
    world.folder.rename(moved)
    window = open_window(qtbot, session, vault)
    notice, inbox = notice_of(window), window.safety.inbox
    said = ["The team folder of North outreach is not there right now."]
    qtbot.waitUntil(notice.isVisible, timeout=WAIT)
    assert lines(window) == said
    assert notice.missing.property("role") == "hint"
    with synced(qtbot, inbox):
        inbox.sync_now()
    assert lines(window) == said  # still there until Dismiss
    press(qtbot, find("Dismiss the team folder notice"))
    with synced(qtbot, inbox):
        inbox.sync_now()
    assert not notice.isVisible()  # still away: not said again
    moved.rename(world.folder)
    with synced(qtbot, inbox):
        inbox.sync_now()
    assert not notice.isVisible()
    world.folder.rename(moved)  # away once more: said once more
    with synced(qtbot, inbox):
        inbox.sync_now()
    assert notice.isVisible() and lines(window) == said


# -- a sync that fails ------------------------------------------------------------------------
def test_a_failed_sync_is_worded_and_a_busy_vault_is_only_tried_again(
    qtbot, session, vault: Vault, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    errors: list[Exception] = [VaultBusy(), StorageFailed(errno.ENOSPC)]
    real_sync = vault.teams.sync

    def sync(*, should_stop=None) -> SyncResult:  # noqa: ANN001
        if errors:
            raise errors.pop(0)
        return real_sync(should_stop=should_stop)

    monkeypatch.setattr(vault.teams, "sync", sync)
    window = open_window(qtbot, session, vault)
    notice, inbox = notice_of(window), window.safety.inbox
    qtbot.waitUntil(lambda: inbox.fallback.isActive(), timeout=WAIT)
    assert not notice.isVisible()  # busy: the fallback tries again
    with qtbot.waitSignal(inbox.failed, timeout=WAIT):
        inbox.fallback.start(0)
    assert notice.isVisible()
    assert lines(window) == [describe(StorageFailed(errno.ENOSPC))]
    # the disk has room again: the next sync clears it
    with synced(qtbot, inbox):
        inbox.sync_now()
    assert not notice.isVisible()


# -- lock --------------------------------------------------------------------------------------
def test_locking_stops_the_sync_under_way_and_the_watch(
    qtbot, session, vault: Vault, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    bea = world["Bea"]
    mine = world["Amal"].fingerprint
    bea.vault.teams.send([an_incident(bea.vault)], to(bea, "Amal"))
    gate = threading.Event()
    asked: list = []
    real_sync = vault.teams.sync

    def sync(*, should_stop=None) -> SyncResult:  # noqa: ANN001
        asked.append(should_stop)
        gate.wait(WAIT / 1000)
        return real_sync(should_stop=should_stop)

    monkeypatch.setattr(vault.teams, "sync", sync)
    window = open_window(qtbot, session, vault)
    inbox = window.safety.inbox
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    assert inbox.busy and not asked[0]()
    window.prepare_to_lock()
    assert asked[0]()  # the sync stops before the next bundle
    gate.set()
    notice = notice_of(window)
    session.lock()  # (the window is deleted once the event loop turns)
    assert not inbox.attached and inbox.watched() == []
    assert not inbox.fallback.isActive() and not inbox.debounce.isActive()
    assert not notice.isVisible() and notice.lines() == []
    inbox.sync_now()  # nothing to read with
    assert not inbox.busy
    wait_ops(qtbot)
    assert len(team_folder.waiting(world.folder, mine)) == 1  # left for next time


def test_a_folder_chosen_in_the_teams_tab_is_read_at_once(qtbot, vault: Vault) -> None:  # noqa: ANN001
    """The teams editor says the teams changed; an attached watch looks again
    within its debounce, not at its fallback; a detached one does not."""
    from fieldsafe.ui.teams.events import team_events
    from fieldsafe.ui.teams.inbox_watch import TeamInboxWatch

    watch = TeamInboxWatch()
    watch.attach(vault)
    watch.debounce.stop()
    team_events().teams_changed.emit()
    assert watch.debounce.isActive()
    watch.detach()
    team_events().teams_changed.emit()
    assert not watch.debounce.isActive()
