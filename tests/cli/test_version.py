"""``fieldsafe-cli --version`` and ``fieldsafe --version`` (issue 15): the
version (one source: pyproject.toml), the licence, where the source is, the
SQLCipher and SQLite versions, and for the GUI the Qt version, printed
without a window; the CLI still loads no Qt, and neither writes a log."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import fieldsafe
from fieldsafe import cli

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _run(module: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FIELDSAFE_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _sqlcipher_line() -> str:
    cipher, sqlite = fieldsafe.sqlcipher_versions()
    return f"SQLCipher {cipher}, SQLite {sqlite}"


def test_the_version_has_one_source_pyproject() -> None:
    assert fieldsafe.__version__ == fieldsafe.version() == PYPROJECT["version"]
    assert fieldsafe.LICENCE == PYPROJECT["license"]["text"]


def test_cli_version_says_what_this_copy_is(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [
        f"fieldsafe-cli {PYPROJECT['version']}",
        "Licence: AGPL-3.0-or-later (GNU Affero General Public License, version 3 or later)",
        f"Source: shipped with this program, in {ROOT}",
        _sqlcipher_line(),
    ]
    assert "4." in fieldsafe.sqlcipher_versions()[0]  # SQLCipher 4, as the vault needs


def test_cli_version_works_after_other_options(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--vault", "somewhere", "--version"]) == 0
    assert capsys.readouterr().out.startswith("fieldsafe-cli ")


def test_cli_version_loads_no_qt_and_writes_nothing(tmp_path: Path) -> None:
    home = tmp_path / "home"
    code = (
        "import sys\n"
        "from fieldsafe.cli import main\n"
        "rc = main(['--version'])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'fieldsafe.ui'))]\n"
        "print(rc, len(loaded))\n"
    )
    env = dict(os.environ, FIELDSAFE_HOME=str(home))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.splitlines()[-1] == "0 0"
    assert not home.exists()  # no log file for --version
    result = _run("fieldsafe.cli", "--version", home=home)
    assert result.returncode == 0 and result.stdout.startswith("fieldsafe-cli ")


def test_gui_version_adds_qt_and_opens_no_window(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = _run("fieldsafe", "--version", home=home)
    assert result.returncode == 0, result.stderr
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    assert result.stdout.splitlines() == [
        f"fieldsafe {PYPROJECT['version']}",
        "Licence: AGPL-3.0-or-later (GNU Affero General Public License, version 3 or later)",
        f"Source: shipped with this program, in {ROOT}",
        _sqlcipher_line(),
        f"Qt {qVersion()} (PySide6 {pyside})",
    ]
    assert not home.exists()  # no log, no settings: nothing started
    code = (
        "import sys\n"
        "from fieldsafe import app\n"
        "rc = app.main(['--version'])\n"
        "print(rc, [m for m in sys.modules if m.startswith(('PySide6.QtGui', 'PySide6.QtWidgets'))])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=dict(os.environ, FIELDSAFE_HOME=str(home)),
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.splitlines()[-1] == "0 []"


def test_a_bundle_without_its_source_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fieldsafe.source_location() is None
    assert "Source: not included in this copy" in fieldsafe.version_text("fieldsafe-cli")
    (tmp_path / "source").mkdir()
    assert fieldsafe.source_location() == tmp_path / "source"
