"""Start-up never shows a traceback (docs/security.md, "What happens when…"):
a log folder that cannot be written, a hostile settings file and a vault path
too long for the system each give a calm word, or the defaults, and FieldSafe
starts. Each case runs FieldSafe's real start (``app.main``) in a child
process, offscreen."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from fieldsafe.paths import default_vault_dir
from fieldsafe.ui.shell import settings
from fieldsafe.vault import Vault
from tests.conftest import PASSPHRASE
from tests.reliability.test_full_disk import fill_to_the_last_byte
from tests.reliability.test_io_faults import tiny_filesystem

CHILD = Path(__file__).with_name("start_child.py")
ROOT = Path(__file__).resolve().parents[2]


def start(home: Path, *args: str) -> tuple[list[str], list[str]]:
    """Run FieldSafe's start in a child; (what it reported, stderr lines)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDSAFE_HOME=str(home))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    result = subprocess.run(
        [sys.executable, str(CHILD), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert "Error" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    errors = [line for line in result.stderr.splitlines() if not _OFFSCREEN.match(line)]
    return result.stdout.splitlines(), errors


#: what Qt's offscreen platform (the tests' stand-in for a screen) says on its own
_OFFSCREEN = re.compile(r"^This plugin does not support \w+\(\)$")


def _locked_vault(home: Path) -> None:
    Vault.create(default_vault_dir(), PASSPHRASE)[0].lock()
    assert str(default_vault_dir()).startswith(str(home))


# -- the log folder ----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("blocked", ["folder is a file", "log file is a folder"])
def test_a_log_folder_that_cannot_be_written_runs_without_the_file_log(
    fieldsafe_home: Path, blocked: str
) -> None:
    _locked_vault(fieldsafe_home)
    if blocked == "folder is a file":
        (fieldsafe_home / "logs").write_text("not a folder")
    else:
        (fieldsafe_home / "logs" / "fieldsafe.log").mkdir(parents=True)
    shown, errors = start(fieldsafe_home)
    assert "window LockScreen" in shown
    assert len(errors) == 1 and "log" in errors[0], errors
    message = next(line for line in shown if line.startswith("message "))
    assert "log" in message


@pytest.mark.slow
def test_a_full_disk_at_start_up_stops_the_log_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with tiny_filesystem(tmp_path / "small", 2048) as home:
        with monkeypatch.context() as here:
            here.setenv("FIELDSAFE_HOME", str(home))
            _locked_vault(home)
        (home / "logs").mkdir()
        (home / "logs" / "fieldsafe.log").write_text("")
        fill_to_the_last_byte(home)
        shown, errors = start(home)
        assert "window LockScreen" in shown
        assert len(errors) <= 1, errors


# -- the settings file --------------------------------------------------------------

_SETTINGS_WITH_SEVEN = json.dumps({"idle_lock_minutes": 7})


def _hostile(path: Path, case: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if case == "deep nesting":
        path.write_text("[" * 200_000 + "]" * 200_000)
    elif case == "huge":  # valid JSON, but far larger than any settings FieldSafe writes
        path.write_text('{"idle_lock_minutes": 7' + " " * (8 << 20) + "}")
    elif case == "not an object":
        path.write_text("[1, 2, 3]")
    elif case == "a folder":
        path.mkdir()
    elif case == "invalid UTF-8":
        path.write_bytes(b'{"language": "\xff\xfe"}')
    elif case == "a pipe nobody writes":
        os.mkfifo(path)


HOSTILE = [
    "deep nesting",
    "huge",
    "not an object",
    "a folder",
    "invalid UTF-8",
    "a pipe nobody writes",
]


@pytest.mark.parametrize("case", HOSTILE)
def test_a_hostile_settings_file_gives_the_defaults(tmp_path: Path, case: str) -> None:
    path = tmp_path / "config" / "settings.json"
    _hostile(path, case)
    loaded: list[object] = []
    # A thread, so a read that blocks (the pipe) fails the test instead of hanging it.
    reader = threading.Thread(target=lambda: loaded.append(settings.load(path)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert loaded == [settings.Settings()]


def test_a_normal_settings_file_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(_SETTINGS_WITH_SEVEN)
    assert settings.load(path).idle_lock_minutes == 7


@pytest.mark.slow
@pytest.mark.parametrize("case", ["deep nesting", "a pipe nobody writes"])
def test_start_up_with_a_hostile_settings_file(fieldsafe_home: Path, case: str) -> None:
    _hostile(fieldsafe_home / "config" / "settings.json", case)
    shown, errors = start(fieldsafe_home)
    assert "window FirstRunWizard" in shown
    assert errors == []


# -- a vault path too long for the system ---------------------------------------------


@pytest.mark.slow
def test_a_vault_path_too_long_for_the_system_is_said_plainly(fieldsafe_home: Path) -> None:
    too_long = fieldsafe_home / ("a" * 300)
    shown, errors = start(fieldsafe_home, "--vault", str(too_long))
    assert errors == []
    message = next(line for line in shown if line.startswith("message "))
    assert "too long" in message


def test_cli_with_a_vault_path_too_long_says_so_in_one_line(
    fieldsafe_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from fieldsafe import cli

    too_long = fieldsafe_home / ("a" * 300)
    code = cli.main(["verify", "--vault", str(too_long), "--passphrase-stdin"])
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.splitlines()) == 1, err
    assert "too long" in err and "OSError" not in err


def test_opening_a_vault_path_too_long_is_a_clear_error(fieldsafe_home: Path) -> None:
    from fieldsafe import messages
    from fieldsafe.errors import StorageFailed

    with pytest.raises(StorageFailed) as info:
        Vault.open(fieldsafe_home / ("a" * 300), PASSPHRASE)
    assert "too long" in messages.describe(info.value)
    with pytest.raises(StorageFailed) as info:
        Vault.create(fieldsafe_home / ("b" * 300), PASSPHRASE)
    assert "too long" in messages.describe(info.value)
