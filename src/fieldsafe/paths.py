"""Where FieldSafe keeps things on disk (Qt-free).

``FIELDSAFE_HOME`` moves everything under one folder (tests, portable use);
otherwise platformdirs gives the per-user locations::

    <data>/vaults/<name>/vault.key, vault.db
    <config>/settings.json      UI preferences only (allow-listed keys)
    <log>/fieldsafe.log         events and counts, never content

Portable mode (for shared or borrowed laptops): ``--portable``, or a file
named ``portable`` in FieldSafe's own folder (:func:`app_folder`), puts
everything FieldSafe, Qt and the libraries below them write under
``<app folder>/data/`` (:func:`enter_portable_mode`)::

    data/data/vaults/default/   the vault          data/tmp/        temp files
    data/config/settings.json   preferences        data/xdg-cache/  font and Qt caches
    data/logs/fieldsafe.log     the event log      data/xdg-config, xdg-data, xdg-state
    data/run/                   FieldSafe's window socket (and the session's
                                runtime folder if the system gave none)

Both front ends call :func:`use_portable_if_asked` first thing, before Qt is
imported: the folders are chosen from environment variables that Qt,
fontconfig, SQLite and Python read once.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import platformdirs

APP = "FieldSafe"
DEFAULT_VAULT_NAME = "default"

PORTABLE_FLAG = "--portable"
#: a file (any content) with this name in the app folder turns portable mode on
PORTABLE_MARKER = "portable"
#: the folder beside the app that holds everything in portable mode
PORTABLE_DATA = "data"

_portable: Path | None = None  # the data folder, once portable mode is on


def _home() -> Path | None:
    value = os.environ.get("FIELDSAFE_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP, appauthor=False))


def default_vault_dir() -> Path:
    return data_dir() / "vaults" / DEFAULT_VAULT_NAME


def settings_file() -> Path:
    return config_dir() / "settings.json"


def log_file() -> Path:
    return log_dir() / "fieldsafe.log"


def runtime_dir() -> Path | None:
    """Where FieldSafe's window socket goes: ``data/run`` in portable mode,
    else the session's private runtime folder (``XDG_RUNTIME_DIR``), if any."""
    if _portable is not None:
        return _portable / "run"
    value = os.environ.get("XDG_RUNTIME_DIR", "")
    return Path(value) if value else None


# -- portable mode ---------------------------------------------------------------


class PortableFolderUnwritable(OSError):
    """Portable mode was asked for but ``data/`` cannot be made or written
    beside the app (a read-only stick, a system folder). FieldSafe then
    refuses to start rather than write on the computer."""

    def __init__(self, folder: Path) -> None:
        super().__init__(f"cannot write in {folder}")
        self.folder = folder


def app_folder() -> Path | None:
    """FieldSafe's own folder, where the ``portable`` marker and ``data/`` go.

    - A bundle (PyInstaller, ``sys.frozen``): the folder of the executable;
      on macOS the folder holding ``FieldSafe.app`` (never inside the signed
      bundle); in an AppImage the folder holding the ``.AppImage`` file (its
      own files are a read-only mount that disappears on exit).
    - A source checkout: its top folder, the one with ``pyproject.toml`` and
      the ``./fieldsafe`` launcher.
    - ``None`` for an installed wheel: there is no folder of FieldSafe's own.
    """
    if getattr(sys, "frozen", False):
        executable = Path(sys.executable).resolve()
        appimage, appdir = os.environ.get("APPIMAGE"), os.environ.get("APPDIR")
        if appimage and appdir and executable.is_relative_to(Path(appdir).resolve()):
            return Path(appimage).resolve().parent
        folder = executable.parent
        bundle = folder.parent.parent
        if folder.name == "MacOS" and folder.parent.name == "Contents" and bundle.suffix == ".app":
            return bundle.parent
        return folder
    root = Path(__file__).resolve().parents[2]
    if (root / "pyproject.toml").is_file() and (root / "src" / "fieldsafe").is_dir():
        return root
    return None


def portable_asked(argv: Sequence[str]) -> bool:
    """``--portable`` among the options (before a ``--``), or the marker file."""
    options = list(argv)
    if "--" in options:
        options = options[: options.index("--")]
    if PORTABLE_FLAG in options:
        return True
    folder = app_folder()
    return folder is not None and (folder / PORTABLE_MARKER).is_file()


def portable_data() -> Path | None:
    """The data folder when portable mode is on in this process, else ``None``."""
    return _portable


def use_portable_if_asked(argv: Sequence[str]) -> Path | None:
    """Portable mode if ``argv`` or the marker asks for it: returns the data
    folder (``None`` if not asked). Call before Qt, SQLite or ``tempfile``
    are first used. Raises :class:`PortableFolderUnwritable` (after pointing
    every place at the unwritable folder, so nothing lands elsewhere either)
    or ``FileNotFoundError`` if there is no app folder (an installed wheel)."""
    if not portable_asked(argv):
        return None
    folder = app_folder()
    if folder is None:
        raise FileNotFoundError("portable mode needs FieldSafe's own folder")
    return enter_portable_mode(folder / PORTABLE_DATA)


def enter_portable_mode(data: Path) -> Path:
    """Point every place this process and its libraries write to under
    ``data``: FieldSafe's vaults, settings and logs (``FIELDSAFE_HOME``); the
    XDG base folders that Qt (``QStandardPaths``), fontconfig's cache, Mesa
    and GTK use; temp files for Python, Qt and SQLite (``TMPDIR``, ``TEMP``,
    ``TMP``, ``SQLITE_TMPDIR``); the NVIDIA driver's shader cache; and the
    session runtime folder if the system set none. The session's own
    ``XDG_RUNTIME_DIR`` (memory, not disk, emptied at log-out) is kept: the
    display server's socket is there. ``HOME`` is kept too, so file dialogs
    still open in the person's home folder.

    Windows and macOS keep their own records outside any folder a program can
    choose (see README, "Portable mode"); on Windows FieldSafe's own files and
    temp files follow this, Qt's ``QStandardPaths`` do not (FieldSafe does not
    use them)."""
    global _portable
    data = data.absolute()
    tmp = data / "tmp"
    places = {
        "FIELDSAFE_HOME": data,
        "XDG_CONFIG_HOME": data / "xdg-config",
        "XDG_DATA_HOME": data / "xdg-data",
        "XDG_CACHE_HOME": data / "xdg-cache",
        "XDG_STATE_HOME": data / "xdg-state",
        "TMPDIR": tmp,
        "TEMP": tmp,
        "TMP": tmp,
        "SQLITE_TMPDIR": tmp,
        "__GL_SHADER_DISK_CACHE_PATH": data / "xdg-cache" / "nvidia",
    }
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if not runtime or not Path(runtime).is_dir():
        places["XDG_RUNTIME_DIR"] = data / "run"
    _keep_input_method(Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"))
    for name, place in places.items():
        os.environ[name] = str(place)
    tempfile.tempdir = str(tmp)
    _portable = data
    try:
        for folder in (data, tmp, data / "run", data / "xdg-cache"):
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        probe = tmp / ".fieldsafe-write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise PortableFolderUnwritable(data) from exc
    return data


def _keep_input_method(config_home: Path) -> None:
    """IBus tells Qt where it listens through a file under the *old* config
    folder; point Qt at it before that folder moves, so typing Arabic or any
    other input method still works in portable mode (reads it, writes nothing)."""
    if os.environ.get("IBUS_ADDRESS") or os.environ.get("IBUS_ADDRESS_FILE"):
        return
    try:
        found = [p for p in (config_home / "ibus" / "bus").iterdir() if p.is_file()]
    except OSError:
        return
    if found:
        os.environ["IBUS_ADDRESS_FILE"] = str(max(found, key=lambda p: p.stat().st_mtime))
