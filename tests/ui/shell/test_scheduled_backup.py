"""Preferences ▸ Back up on a schedule, by keyboard, and the session's runner
with an injected clock: a folder chosen through the dialogs seam (or the
team folder) starts daily backups; *Back up now* writes one and says it
worked; how often and Off apply at once; the runner writes the backup when
due (shortly after unlock, then from a single-shot timer, or at the idle
lock's look after a sleep) and says a failure once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from fieldsafe.core.clock import FakeClock
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.shell.backup_runner import AFTER_UNLOCK_MS, LONGEST_WAIT_MS, BackupRunner
from fieldsafe.ui.shell.preferences import PreferencesDialog
from fieldsafe.vault import Vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import START, find, unnamed_focusable, wait_ops


@pytest.fixture
def clocked(vault_dir: Path, clock: FakeClock) -> Iterator[Vault]:
    """A vault on the test's clock (the runner reads ``vault.clock``)."""
    vault, _code = Vault.create(vault_dir, PASSPHRASE, clock=clock)
    yield vault
    vault.lock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "Sync" / "other device"
    shared.mkdir(parents=True)
    return shared


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[str]:
    """The folder dialog answers ``folder`` (and records its titles)."""
    asked: list[str] = []

    def ask(cls: object, parent: object, title: str) -> Path:
        asked.append(title)
        return folder

    monkeypatch.setattr(dialogs.ChooseFolder, "ask", classmethod(ask))
    return asked


def _backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("*.fieldsafe-backup"))


def _dialog(qtbot, vault: Vault) -> PreferencesDialog:  # noqa: ANN001
    dialog = PreferencesDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    return dialog


def _press(qtbot, widget) -> None:  # noqa: ANN001
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Space)
    wait_ops(qtbot)


def test_choose_a_folder_then_back_up_now_by_keyboard(  # noqa: ANN001
    qtbot, clocked: Vault, folder: Path, chosen: list[str], tmp_path: Path
) -> None:
    clocked.journal.save(occurred_at=START, body="a private evening note")
    dialog = _dialog(qtbot, clocked)
    section = dialog.scheduled_backup
    assert not unnamed_focusable(dialog)
    assert "Only your passphrase or recovery code opens it" in section.explained.text()
    assert "journal stays private inside it" in section.explained.text()
    often = find("How often to back up", QComboBox, within=dialog)
    assert often.currentText() == "Off" and "Off" in section.status.text()
    now = find("Back up now", QPushButton, within=dialog)
    assert not now.isEnabled()
    assert not section.team.isVisible()  # no team has a folder

    _press(qtbot, find("Choose the backup folder", QPushButton, within=dialog))
    assert chosen == ["Choose the backup folder"]
    schedule = clocked.backup_schedule.get()
    assert schedule is not None and (schedule.folder, schedule.every_hours) == (folder, 24)
    assert often.currentText() == "Every day" and section.folder.toolTip() == str(folder)
    assert "No backup has been written there yet." in section.status.text()
    assert now.isEnabled() and _backups(folder) == []

    _press(qtbot, now)
    (written,) = _backups(folder)
    assert "Last backup:" in section.status.text() and "It worked." in section.status.text()
    Vault.restore(written, tmp_path / "restored", PASSPHRASE)
    with Vault.open(tmp_path / "restored", PASSPHRASE) as restored:
        assert restored.journal.count() == 1

    # How often, by keyboard, applies at once; Off stops it (the backup stays).
    often.setFocus()
    qtbot.keyClick(often, Qt.Key.Key_Down)
    wait_ops(qtbot)
    schedule = clocked.backup_schedule.get()
    assert schedule is not None and schedule.every_hours == 168
    qtbot.keyClick(often, Qt.Key.Key_Down)
    wait_ops(qtbot)
    assert clocked.backup_schedule.get() is None
    assert often.currentText() == "Off" and not now.isEnabled()
    assert _backups(folder) == [written]


def test_the_team_folder_shortcut(qtbot, clocked: Vault, tmp_path: Path) -> None:  # noqa: ANN001
    team_folder = tmp_path / "team"
    team_folder.mkdir()
    clocked.teams.create("Harbour team", folder=team_folder)
    dialog = _dialog(qtbot, clocked)
    button = find("Use the team folder", QPushButton, within=dialog)
    _press(qtbot, button)
    schedule = clocked.backup_schedule.get()
    assert schedule is not None and schedule.folder == team_folder


def test_a_missing_folder_is_said_and_nothing_changes(  # noqa: ANN001
    qtbot, clocked: Vault, folder: Path, chosen: list[str]
) -> None:
    dialog = _dialog(qtbot, clocked)
    section = dialog.scheduled_backup
    _press(qtbot, section.choose)
    folder.rename(folder.with_name("moved"))
    _press(qtbot, section.now)
    assert "The backup folder is not there" in section.status.text()
    assert "did not work" in section.status.text()
    schedule = clocked.backup_schedule.get()
    assert schedule is not None and schedule.last_at is None


def test_choosing_how_often_first_asks_for_the_folder(  # noqa: ANN001
    qtbot, clocked: Vault, folder: Path, chosen: list[str]
) -> None:
    dialog = _dialog(qtbot, clocked)
    often = dialog.scheduled_backup.often
    often.setFocus()
    qtbot.keyClick(often, Qt.Key.Key_Up)  # Off -> Every week
    wait_ops(qtbot)
    assert chosen == ["Choose the backup folder"]
    schedule = clocked.backup_schedule.get()
    assert schedule is not None and (schedule.folder, schedule.every_hours) == (folder, 168)


def test_locked_the_section_is_disabled(qtbot) -> None:  # noqa: ANN001
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    section = dialog.scheduled_backup
    assert not section.choose.isEnabled() and not section.now.isEnabled()
    assert section.status.text() == "Unlock the vault to back up on a schedule."


# -- the runner ----------------------------------------------------------------------------


@pytest.fixture
def unlocked(qtbot, session, clocked: Vault, folder: Path):  # noqa: ANN001, ANN201
    clocked.backup_schedule.set(folder, 24)
    window = session.open_main_window(clocked)
    qtbot.waitExposed(window)
    session.idle.set_minutes(365 * 24 * 60)  # the clock jumps: no idle lock meanwhile
    runner = session.findChild(BackupRunner)
    assert runner is not None
    wait_ops(qtbot)  # the schedule read at unlock
    return session, window, runner


def _fire(qtbot, runner: BackupRunner) -> object:  # noqa: ANN001
    """Let the runner's timer go off; the try's result (None: it worked)."""
    with qtbot.waitSignal(runner.finished, timeout=10_000) as blocker:
        runner.timer.timeout.emit()
        wait_ops(qtbot)
    wait_ops(qtbot)
    return blocker.args[0]


def test_the_runner_backs_up_after_unlock_then_when_due(  # noqa: ANN001
    qtbot, unlocked, clocked: Vault, folder: Path, clock: FakeClock
) -> None:
    session, window, runner = unlocked
    timer = runner.timer
    assert timer.isActive() and timer.isSingleShot()
    assert AFTER_UNLOCK_MS - 1000 < timer.remainingTime() <= AFTER_UNLOCK_MS + 1000  # to the second
    assert _backups(folder) == []  # unlocking stays quick: the backup comes a little later
    assert _fire(qtbot, runner) is None
    assert len(_backups(folder)) == 1
    assert "Encrypted backup written" in window.statusBar().currentMessage()
    # Then it sleeps until the next one is due: a day from now (no polling).
    assert runner.due_at == START + timedelta(hours=24)
    assert timer.isActive() and timer.isSingleShot()
    assert LONGEST_WAIT_MS - 1000 < timer.remainingTime() <= LONGEST_WAIT_MS + 1000
    clock.advance(24 * 3600)
    assert _fire(qtbot, runner) is None
    assert len(_backups(folder)) == 2
    schedule = clocked.backup_schedule.get()
    assert schedule is not None and schedule.last_at == START + timedelta(hours=24)


def test_a_due_time_passed_in_sleep_is_caught_at_the_idle_look(  # noqa: ANN001
    qtbot, unlocked, folder: Path, clock: FakeClock
) -> None:
    session, _window, runner = unlocked
    _fire(qtbot, runner)
    assert len(_backups(folder)) == 1
    with qtbot.assertNotEmitted(runner.finished, wait=100):
        session.idle._timer.timeout.emit()  # not due: nothing runs
    clock.advance(25 * 3600)  # slept through it; the runner's timer counted nothing
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        session.idle._timer.timeout.emit()
    wait_ops(qtbot)
    assert len(_backups(folder)) == 2


def test_a_failure_is_said_once_and_tried_again_later(  # noqa: ANN001
    qtbot, unlocked, folder: Path, clock: FakeClock
) -> None:
    session, window, runner = unlocked
    moved = folder.with_name("unplugged")
    folder.rename(moved)
    error = _fire(qtbot, runner)
    assert type(error).__name__ == "TeamFolderMissing"
    message = window.statusBar().currentMessage()
    assert "The backup folder is not there" in message and "Nothing was lost" in message
    assert runner.due_at == START + timedelta(hours=1)  # tried again in an hour
    window.statusBar().clearMessage()
    clock.advance(3600)
    assert _fire(qtbot, runner) is not None
    assert window.statusBar().currentMessage() == ""  # said once, not every hour
    moved.rename(folder)
    clock.advance(3600)
    assert _fire(qtbot, runner) is None
    assert "worked this time" in window.statusBar().currentMessage()
    assert len(_backups(folder)) == 1


def test_locking_stops_the_runner_and_unlocking_looks_again(  # noqa: ANN001
    qtbot, unlocked, folder: Path, vault_dir: Path, clock: FakeClock
) -> None:
    session, _window, runner = unlocked
    session.lock()
    assert not runner.timer.isActive() and runner.due_at is None
    with qtbot.assertNotEmitted(runner.finished, wait=100):
        runner.timer.timeout.emit()
    assert _backups(folder) == []
    again = Vault.open(vault_dir, PASSPHRASE, clock=clock)
    session.open_main_window(again)
    wait_ops(qtbot)
    assert runner.timer.isActive() and runner.due_at == START
    assert _fire(qtbot, runner) is None
    assert len(_backups(folder)) == 1


def test_without_a_schedule_no_timer_waits(qtbot, session, clocked: Vault) -> None:  # noqa: ANN001
    window = session.open_main_window(clocked)
    qtbot.waitExposed(window)
    wait_ops(qtbot)
    runner = session.findChild(BackupRunner)
    assert runner is not None and not runner.timer.isActive() and runner.due_at is None


def test_setting_a_folder_in_preferences_wakes_the_runner(  # noqa: ANN001
    qtbot, session, clocked: Vault, folder: Path, chosen: list[str]
) -> None:
    window = session.open_main_window(clocked)
    qtbot.waitExposed(window)
    runner = session.findChild(BackupRunner)
    dialog = _dialog(qtbot, clocked)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        _press(qtbot, dialog.scheduled_backup.choose)  # never backed up there: due at once
    wait_ops(qtbot)
    assert len(_backups(folder)) == 1
    qtbot.waitUntil(lambda: "It worked." in dialog.scheduled_backup.status.text())


def test_hours_set_elsewhere_are_shown(qtbot, clocked: Vault, folder: Path) -> None:  # noqa: ANN001
    clocked.backup_schedule.set(folder, 12)  # as `fieldsafe-cli backup-schedule` may
    dialog = _dialog(qtbot, clocked)
    often = dialog.scheduled_backup.often
    assert often.currentText() == "Every 12 hours" and often.currentData() == 12
    assert [often.itemText(i) for i in range(often.count())][-1] == "Off"
