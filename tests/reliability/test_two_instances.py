"""One window per vault (docs/security.md, bar 20): a second FieldSafe started
on a vault that a window already shows is refused calmly, and the first window
is brought forward; a window that died leaves nothing that keeps the vault;
two vaults open in two windows at once; the CLI is not held back.

The slow tests run real GUI processes (``window_child.py``: ``fieldsafe.app.main``
offscreen with a fast KDF, its events on stdout) and wait on their output
lines with deadlines, never fixed sleeps.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from fieldsafe.vault import Vault
from tests.conftest import PASSPHRASE

CHILD = Path(__file__).with_name("window_child.py")
ALREADY_OPEN = "FieldSafe is already open on this vault."
DEADLINE = 20.0


class Window:
    """A real FieldSafe process; its stdout lines arrive on a queue."""

    def __init__(self, vault_dir: Path, env: dict[str, str], **extra: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(CHILD), "--vault", str(vault_dir)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**env, **extra},
        )
        self.lines: list[str] = []
        self._queue: queue.Queue[str | None] = queue.Queue()
        self._stderr: list[str] = []
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()

    def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._queue.put(line.rstrip("\n"))
        self._queue.put(None)

    def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        self._stderr.extend(self.process.stderr)

    @property
    def stderr(self) -> str:
        return "".join(self._stderr)

    def wait_for(self, wanted: str, timeout: float = DEADLINE) -> str:
        """The first stdout line starting with ``wanted``, within ``timeout`` seconds."""
        for line in self.lines:
            if line.startswith(wanted):
                return line
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            assert left > 0, f"no {wanted!r} in {self.lines}; stderr: {self.stderr[-2000:]}"
            try:
                line = self._queue.get(timeout=left)
            except queue.Empty:
                continue
            assert line is not None, f"exited before {wanted!r}: {self.lines} {self.stderr[-2000:]}"
            self.lines.append(line)
            if line.startswith(wanted):
                return line

    def finish(self, timeout: float = DEADLINE) -> int:
        """Its exit code, once it has exited by itself and said everything."""
        code = self.process.wait(timeout=timeout)
        while (line := self._queue.get(timeout=timeout)) is not None:
            self.lines.append(line)
        return code

    def quit(self) -> int:
        """Quit as log-out would (SIGTERM); its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        return self.finish()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=DEADLINE)


@pytest.fixture
def env(fieldsafe_home: Path) -> dict[str, str]:
    """The children's environment: FIELDSAFE_HOME and the XDG folders isolated
    (conftest.py; the runtime folder, where the raise server listens, too), offscreen."""
    assert os.environ["XDG_RUNTIME_DIR"].startswith(str(fieldsafe_home))
    return dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), QT_QPA_PLATFORM="offscreen")


@pytest.fixture
def windows() -> list[Window]:
    """Every window a test starts is stopped at its end, whatever happened."""
    started: list[Window] = []
    yield started
    for window in started:
        window.kill()


def _start(windows: list[Window], vault_dir: Path, env: dict[str, str], **extra: str) -> Window:
    window = Window(vault_dir, env, **extra)
    windows.append(window)
    return window


def _assert_refused(second: Window) -> None:
    """Refused calmly: the message, a zero exit code, no traceback, at most one line on stderr."""
    assert second.finish() == 0, second.stderr
    assert any(line.startswith(f"message: {ALREADY_OPEN}") for line in second.lines), second.lines
    assert "second_window_refused" in second.lines
    assert "app_started" not in second.lines and "session_unlocked" not in second.lines
    assert "Traceback" not in second.stderr
    assert len(second.stderr.strip().splitlines()) <= 1, second.stderr


# -- real processes ------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("vault_exists", [True, False], ids=["unlock screen", "first run"])
def test_a_second_window_on_one_vault_is_refused_and_raises_the_first(
    vault_dir: Path, env: dict[str, str], windows: list[Window], vault_exists: bool
) -> None:
    if vault_exists:
        Vault.create(vault_dir, PASSPHRASE)[0].lock()
    first = _start(windows, vault_dir, env)
    first.wait_for("app_started")

    second = _start(windows, vault_dir, env)
    _assert_refused(second)
    assert any("front" in line for line in second.lines if line.startswith("message:"))

    first.wait_for("window_raised")
    assert first.process.poll() is None  # the first window goes on as it was
    assert first.quit() == 0
    assert not (vault_dir / ".fieldsafe.window").exists()  # let go when it quit
    assert vault_dir.exists() == vault_exists  # a first run left before creating leaves no folder


@pytest.mark.slow
def test_a_killed_window_leaves_nothing_that_keeps_the_vault(
    vault_dir: Path, env: dict[str, str], windows: list[Window]
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    crashed = _start(windows, vault_dir, env)
    crashed.wait_for("app_started")
    crashed.kill()  # SIGKILL: no clean-up at all
    assert (vault_dir / ".fieldsafe.window").exists()  # the crashed window's lock file is left

    after = _start(windows, vault_dir, env, FIELDSAFE_TEST_UNLOCK=PASSPHRASE)
    after.wait_for("session_unlocked")  # the left lock is taken over, and the vault opens
    assert "second_window_refused" not in after.lines

    # ...and the one now holding it is the one a third start raises.
    third = _start(windows, vault_dir, env)
    _assert_refused(third)
    after.wait_for("window_raised")
    assert after.quit() == 0


@pytest.mark.slow
def test_a_window_that_cannot_answer_still_refuses_the_second_calmly(
    vault_dir: Path, env: dict[str, str], windows: list[Window]
) -> None:
    Vault.create(vault_dir, PASSPHRASE)[0].lock()
    first = _start(windows, vault_dir, env)
    first.wait_for("app_started")
    first.process.send_signal(signal.SIGSTOP)  # hung: it holds the vault but answers nothing
    try:
        second = _start(windows, vault_dir, env)
        _assert_refused(second)
    finally:
        first.process.send_signal(signal.SIGCONT)
    first.wait_for("window_raised")  # it reads the request once it runs again
    assert first.quit() == 0


@pytest.mark.slow
def test_two_vaults_are_open_in_two_windows_at_once(
    tmp_path: Path, env: dict[str, str], windows: list[Window]
) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    for directory in (one, two):
        Vault.create(directory, PASSPHRASE)[0].lock()
    first = _start(windows, one, env, FIELDSAFE_TEST_UNLOCK=PASSPHRASE)
    second = _start(windows, two, env, FIELDSAFE_TEST_UNLOCK=PASSPHRASE)
    first.wait_for("session_unlocked")
    second.wait_for("session_unlocked")
    assert "second_window_refused" not in first.lines + second.lines
    assert first.quit() == 0 and second.quit() == 0


@pytest.mark.slow
def test_the_cli_reads_and_writes_while_a_window_has_the_vault_open(
    tmp_path: Path, vault_dir: Path, env: dict[str, str], windows: list[Window]
) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE)
    other.logs.save(occurred_at=other.clock.now(), title="brought in by the command line")
    other.export_file(tmp_path / "records.json")
    other.lock()
    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    vault.logs.save(occurred_at=vault.clock.now(), title="written in the window")
    vault.lock()
    window = _start(windows, vault_dir, env, FIELDSAFE_TEST_UNLOCK=PASSPHRASE)
    window.wait_for("session_unlocked")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        code = (
            "import sys\n"
            "from fieldsafe.vault import keys\n"
            "keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, "
            "lanes=1, calibrate=False)\n"
            "from fieldsafe.cli import main\n"
            "sys.exit(main(sys.argv[1:]))\n"
        )
        return subprocess.run(
            [sys.executable, "-c", code, "--vault", str(vault_dir), "--passphrase-stdin", *args],
            input=f"{PASSPHRASE}\n",
            capture_output=True,
            text=True,
            env=env,
            timeout=DEADLINE,
            check=False,
        )

    written = cli("import", str(tmp_path / "records.json"))
    assert written.returncode == 0, written.stderr
    assert "1 added" in written.stdout
    found = cli("search", "command line")
    assert found.returncode == 0 and "brought in by the command line" in found.stdout
    assert cli("verify").returncode == 0
    assert window.process.poll() is None  # the window was not disturbed
    assert window.quit() == 0
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert reopened.logs.count() == 2


# -- in one process ------------------------------------------------------------------------------


def test_the_window_lock_is_one_empty_file_held_by_one_window(vault_dir: Path) -> None:
    from fieldsafe.vault import WindowLock

    held = WindowLock.take(vault_dir)
    assert held is not None
    lock_file = vault_dir / ".fieldsafe.window"
    assert lock_file.stat().st_size == 0  # no PID, host or program name: nothing at all
    assert lock_file.name not in (".fieldsafe.lock", ".fieldsafe.open")
    assert WindowLock.take(vault_dir) is None  # a second window, even in this process
    held.release()
    assert not lock_file.exists()
    again = WindowLock.take(vault_dir)
    assert again is not None
    again.release()


def test_crypto_erase_removes_the_window_lock_file(vault_dir: Path) -> None:
    from fieldsafe.vault import WindowLock

    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    (vault_dir / ".fieldsafe.window").touch()  # left by a window that crashed
    vault.erase()
    assert not vault_dir.exists()

    # Erased from the window that holds it: the file goes when that window lets go.
    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    held = WindowLock.take(vault_dir)
    assert held is not None
    vault.erase()
    assert [p.name for p in vault_dir.iterdir()] == [".fieldsafe.window"]
    assert WindowLock.take(vault_dir) is None  # still one window on this folder
    held.release()
    assert not vault_dir.exists()


def test_the_raise_server_name_holds_no_path_or_name(tmp_path: Path) -> None:
    from fieldsafe.ui.shell.single_window import server_name

    one = tmp_path / "maria-outreach-vault"
    two = tmp_path / "other"
    name = server_name(one)
    leaf = Path(name).name
    assert "maria" not in name and "vault" not in leaf.lower() and "fieldsafe" not in leaf.lower()
    assert leaf.isalnum() and len(leaf) >= 32
    assert server_name(two) != name
    assert server_name(tmp_path / "elsewhere" / ".." / "maria-outreach-vault") == name


def test_a_raise_shows_the_unlock_screen_never_a_record(
    qtbot,  # noqa: ANN001
    vault_dir: Path,
) -> None:
    from fieldsafe.ui.shell.session import Session
    from fieldsafe.ui.shell.single_window import SingleWindow, ask_to_raise

    vault, _ = Vault.create(vault_dir, PASSPHRASE)
    claim = SingleWindow.claim(vault_dir)
    assert claim is not None
    session = Session(vault_dir)
    session.hold(claim)
    try:
        assert SingleWindow.claim(vault_dir) is None  # the vault's one window is this one
        window = session.open_main_window(vault)
        window.showMinimized()
        with qtbot.waitSignal(claim.raise_requested, timeout=5_000):
            assert ask_to_raise(vault_dir)
        qtbot.waitUntil(lambda: window.isVisible() and not window.isMinimized(), timeout=5_000)

        window.hide()  # hidden on purpose while unlocked (nobody may be at the screen)
        with qtbot.waitSignal(claim.raise_requested, timeout=5_000):
            assert ask_to_raise(vault_dir)
        assert not window.isVisible()  # a raise does not show it

        session.panic()  # locked: only the lock screen is left, minimised
        screen = session.lock_screen
        assert screen is not None and screen.isMinimized()
        with qtbot.waitSignal(claim.raise_requested, timeout=5_000):
            assert ask_to_raise(vault_dir)
        qtbot.waitUntil(lambda: screen.isVisible() and not screen.isMinimized(), timeout=5_000)
        assert session.main_window is None and session.vault is None
    finally:
        session.shutdown()
    assert not (vault_dir / ".fieldsafe.window").exists()  # shutdown let it go
    again = SingleWindow.claim(vault_dir)
    assert again is not None
    again.release()
