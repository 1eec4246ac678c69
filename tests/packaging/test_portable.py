"""Portable mode writes nothing outside FieldSafe's folder (issue 15).

Each test runs the real front ends in child processes, offscreen, from a
copy of the source tree (a source checkout's app folder is its top folder,
so the copy's ``data/`` is where everything must go), with ``HOME`` and every
``XDG_*`` folder pointed into an empty temporary "home". After creating a
vault with the CLI and starting the GUI to its lock screen, the home must
still be empty and ``data/`` beside the app must hold the vault, the log and
the rest. A bundle is simulated by setting ``sys.frozen`` and
``sys.executable`` (the built bundle itself is tested in this folder's
bundle tests).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from fieldsafe import paths

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple, portable"


@pytest.fixture
def app_dir(tmp_path: Path) -> Path:
    """A copy of the checkout's parts that make it a checkout: its own
    top folder is the app folder."""
    app = tmp_path / "FieldSafe"
    (app / "src").mkdir(parents=True)
    shutil.copy2(ROOT / "pyproject.toml", app / "pyproject.toml")
    shutil.copytree(
        ROOT / "src" / "fieldsafe",
        app / "src" / "fieldsafe",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    return app


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty home, with the folders a desktop session has (empty)."""
    home = tmp_path / "home"
    for sub in ("run", "tmp"):
        (home / sub).mkdir(mode=0o700, parents=True)
    return home


def environment(app: Path, home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "FIELDSAFE_", "IBUS_"))
        and key not in ("TMPDIR", "TEMP", "TMP", "SQLITE_TMPDIR", "PYTHONPATH")
    }
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_RUNTIME_DIR=str(home / "run"),
        TMPDIR=str(home / "tmp"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(app / "src"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    return env


def run(
    app: Path, home: Path, *args: str, stdin: str = "", extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = environment(app, home)
    env.update(extra or {})
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        env=env,
        cwd=app,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


def everything_under(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def assert_home_untouched(home: Path) -> None:
    assert everything_under(home) == ["run", "tmp"]


def test_portable_flag_keeps_everything_in_the_app_folder(app_dir: Path, home: Path) -> None:
    created = run(
        app_dir,
        home,
        *("-m", "fieldsafe.cli", "--portable", "init", "--passphrase-stdin"),
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert created.returncode == 0, created.stderr
    shown = run(
        app_dir,
        home,
        *("-m", "fieldsafe", "--portable"),
        extra={"FIELDSAFE_EXIT_AFTER_SHOWN": "1"},
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == ["shown: lock-screen"]
    assert_home_untouched(home)
    data = app_dir / "data"
    vault = data / "data" / "vaults" / "default"
    assert (vault / "vault.key").is_file() and (vault / "vault.db").is_file()
    assert "app_started" in (data / "logs" / "fieldsafe.log").read_text()
    # nothing else beside the app: only the copy's own files and data/
    assert sorted(p.name for p in app_dir.iterdir()) == ["data", "pyproject.toml", "src"]


def test_portable_first_run_reaches_the_wizard(app_dir: Path, home: Path) -> None:
    shown = run(
        app_dir,
        home,
        *("-m", "fieldsafe", "--portable", "--lang", "ar"),
        extra={"FIELDSAFE_EXIT_AFTER_SHOWN": "1"},
    )
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == ["shown: first-run"]
    assert_home_untouched(home)
    assert (app_dir / "data" / "logs" / "fieldsafe.log").is_file()


def test_the_marker_file_turns_portable_mode_on(app_dir: Path, home: Path) -> None:
    (app_dir / "portable").write_text("")
    shown = run(app_dir, home, "-m", "fieldsafe", extra={"FIELDSAFE_EXIT_AFTER_SHOWN": "1"})
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.splitlines() == ["shown: first-run"]
    assert_home_untouched(home)
    assert (app_dir / "data" / "logs" / "fieldsafe.log").is_file()


def test_without_flag_or_marker_the_usual_places_are_used(app_dir: Path, home: Path) -> None:
    result = run(app_dir, home, "-c", "from fieldsafe import paths; print(paths.log_file())")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(home)
    assert not (app_dir / "data").exists()


def test_a_bundle_marker_beside_the_executable(tmp_path: Path, app_dir: Path, home: Path) -> None:
    """Frozen: the app folder is the executable's, wherever the code is."""
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "portable").write_text("")
    code = (
        "import sys\n"
        "sys.frozen = True\n"
        f"sys.executable = {str(bundle / 'fieldsafe-cli')!r}\n"
        "from fieldsafe.cli import main\n"
        "raise SystemExit(main(['--passphrase-stdin', 'init']))\n"
    )
    created = run(app_dir, home, "-c", code, stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert created.returncode == 0, created.stderr
    assert_home_untouched(home)
    assert (bundle / "data" / "data" / "vaults" / "default" / "vault.key").is_file()
    assert not (app_dir / "data").exists()


def test_qt_writes_only_under_data(app_dir: Path, home: Path) -> None:
    """Every place Qt writes by itself (caches, config, app data, state,
    temp files) is under ``data/``. Left out: the person's own folders (Qt
    only writes there when told to) and the session's runtime folder (memory,
    the display server's socket; FieldSafe's own socket goes to data/run)."""
    code = (
        "from fieldsafe import paths\n"
        "paths.use_portable_if_asked(['--portable'])\n"
        "from PySide6.QtCore import QCoreApplication, QDir, QStandardPaths as S\n"
        "app = QCoreApplication(['fieldsafe'])\n"
        "QCoreApplication.setApplicationName('FieldSafe')\n"
        "for where in S.StandardLocation:\n"
        "    print(where.name, S.writableLocation(where), sep='=')\n"
        "print('QDir.tempPath', QDir.tempPath(), sep='=')\n"
        "print('runtime_dir', paths.runtime_dir(), sep='=')\n"
    )
    result = run(app_dir, home, "-c", code)
    assert result.returncode == 0, result.stderr
    places = dict(line.split("=", 1) for line in result.stdout.splitlines())
    personal = {
        "DesktopLocation",
        "DocumentsLocation",
        "MusicLocation",
        "MoviesLocation",
        "PicturesLocation",
        "HomeLocation",
        "DownloadLocation",
        "PublicShareLocation",
        "TemplatesLocation",
    }
    data = (app_dir / "data").resolve()
    outside = {
        name: where
        for name, where in places.items()
        if name not in personal | {"RuntimeLocation"} and not Path(where).is_relative_to(data)
    }
    assert outside == {}
    assert places["RuntimeLocation"] == str(home / "run")  # the session's, kept
    assert places["runtime_dir"] == str(data / "run")
    assert_home_untouched(home)


def test_an_unwritable_app_folder_refuses_and_writes_nothing(app_dir: Path, home: Path) -> None:
    (app_dir / "data").write_text("a file where the data folder would go")
    result = run(
        app_dir,
        home,
        *("-m", "fieldsafe.cli", "--portable", "verify"),
    )
    assert result.returncode == 1
    assert result.stderr.startswith("fieldsafe-cli: portable mode: cannot write in ")
    assert len(result.stderr.splitlines()) == 1
    assert_home_untouched(home)


# -- where the app folder is --------------------------------------------------------


def test_the_app_folder_of_a_checkout_is_its_top_folder() -> None:
    assert paths.app_folder() == ROOT


def test_the_app_folder_of_a_mac_app_is_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    executable = tmp_path / "FieldSafe.app" / "Contents" / "MacOS" / "FieldSafe"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    monkeypatch.delenv("APPIMAGE", raising=False)
    assert paths.app_folder() == tmp_path.resolve()


def test_the_app_folder_of_an_appimage_holds_the_appimage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mount = tmp_path / ".mount_FieldXYZ"
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(mount / "usr" / "bin" / "fieldsafe"))
    monkeypatch.setenv("APPDIR", str(mount))
    monkeypatch.setenv("APPIMAGE", str(tmp_path / "stick" / "FieldSafe-x86_64.AppImage"))
    assert paths.app_folder() == (tmp_path / "stick").resolve()


def test_portable_after_a_double_dash_is_not_an_option() -> None:
    assert paths.portable_asked(["search", "--", "--portable"]) is False
    assert paths.portable_asked(["search", "--portable", "x"]) is True
