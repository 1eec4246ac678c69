"""UI preferences: a small allow-listed JSON file at ``paths.settings_file()``.

Only the keys in :class:`Settings` are ever read or written; anything else in
the file is dropped on load and therefore gone after the next save. Values are
checked, and a bad value falls back to its default. The file never holds record
content, vault paths, or anything a user typed.

Qt's own ``QSettings`` is never used: :func:`seal_qsettings` points it at a
place it cannot write, so Qt classes that save state on their own (the
non-native file dialog keeps its last folder and history there) leave no
``QtProject.conf`` trail.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import re
import stat
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from fieldsafe import paths
from fieldsafe.errors import StorageFailed

log = logging.getLogger("fieldsafe.ui.shell.settings")

IDLE_LOCK_MINUTES = (1, 60)
FONT_SCALE = (0.75, 3.0)
_LANGUAGE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
#: the look (ui/common/theme.py): "system" follows the system's light or dark
THEMES = ("system", "light", "dark", "high_contrast")
#: a window's width and height, and where it may be placed (device-independent pixels)
WINDOW_SIZE = (200, 16_384)
WINDOW_POSITION = (-32_768, 32_767)


@dataclass(frozen=True)
class WindowPlacement:
    """Where the main window was: its normal (not maximised) geometry, and
    whether it was maximised. Numbers only, checked on load."""

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False


@dataclass(frozen=True)
class Settings:
    """Every preference FieldSafe keeps. Adding a key means adding it here and
    to :data:`_CHECKS`; nothing else reaches the file."""

    idle_lock_minutes: int = 5
    language: str | None = None  # e.g. "ar"; None follows the system
    font_scale: float = 1.0
    theme: str = "system"  # one of THEMES
    window: WindowPlacement | None = None  # None: fit the screen (ui/shell/window_geometry.py)
    #: a system tray notice when a check-in time passes (ui/checkins/tray.py); never content
    check_in_tray: bool = False


def _idle_minutes(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        if IDLE_LOCK_MINUTES[0] <= value <= IDLE_LOCK_MINUTES[1]:
            return value
    return None


def _language(value: Any) -> str | None:
    return value if isinstance(value, str) and _LANGUAGE.match(value) else None


def _theme(value: Any) -> str | None:
    return value if isinstance(value, str) and value in THEMES else None


def _yes_no(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _font_scale(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        if FONT_SCALE[0] <= float(value) <= FONT_SCALE[1]:
            return float(value)
    return None


def _window(value: Any) -> WindowPlacement | None:
    """Exactly the keys of :class:`WindowPlacement`, whole numbers in range."""
    if not isinstance(value, dict) or not {"x", "y", "width", "height"} <= set(value):
        return None
    if not set(value) <= {"x", "y", "width", "height", "maximized"}:
        return None
    numbers = [value[key] for key in ("x", "y", "width", "height")]
    if any(not isinstance(n, int) or isinstance(n, bool) for n in numbers):
        return None
    x, y, width, height = numbers
    maximized = value.get("maximized", False)
    if not isinstance(maximized, bool):
        return None
    low, high = WINDOW_POSITION
    if not (low <= x <= high and low <= y <= high):
        return None
    if not all(WINDOW_SIZE[0] <= n <= WINDOW_SIZE[1] for n in (width, height)):
        return None
    return WindowPlacement(x, y, width, height, maximized)


_CHECKS: dict[str, Callable[[Any], object]] = {
    "idle_lock_minutes": _idle_minutes,
    "language": _language,
    "font_scale": _font_scale,
    "theme": _theme,
    "window": _window,
    "check_in_tray": _yes_no,
}


#: far more than FieldSafe ever writes; a larger file is not its settings
MAX_BYTES = 64 * 1024


def load(path: Path | None = None) -> Settings:
    """The saved preferences, or defaults for whatever is missing or invalid.
    Never raises and never blocks, whatever is at ``path``: missing,
    unreadable, a folder or a pipe, too large, not UTF-8, not JSON, nested
    too deeply for the parser, or not an object."""
    path = path or paths.settings_file()
    try:
        raw = json.loads(_read_small_file(path).decode("utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, RecursionError):
        log.info("settings_ignored")
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    clean: dict[str, Any] = {}
    for key, check in _CHECKS.items():
        if key in raw:
            value = check(raw[key])
            if value is not None:
                clean[key] = value
    return Settings(**clean)


def _read_small_file(path: Path) -> bytes:
    """The bytes of a regular file of at most :data:`MAX_BYTES`; ``OSError``
    for anything else (opened without blocking, so a pipe cannot hang us)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_BYTES:
            raise OSError(errno.EINVAL, "not a settings file")
        data = os.read(fd, MAX_BYTES + 1)
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise OSError(errno.EFBIG, "not a settings file")
    return data


def save(settings: Settings, path: Path | None = None) -> None:
    """Write the preferences atomically (0600). Raises ``StorageFailed``."""
    path = path or paths.settings_file()
    data = {
        key: value
        for key, value in asdict(settings).items()
        if key in _CHECKS and value is not None  # None: the default (language, window)
    }
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:  # e.g. a file where the folder should be
        raise StorageFailed(exc.errno) from None
    from fieldsafe.atomicfile import write_atomic  # only when saving: starts sooner

    write_atomic(path, json.dumps(data, sort_keys=True, indent=2).encode("utf-8"))
    log.info("settings_saved")


def seal_qsettings() -> None:
    """Make every ``QSettings`` file location unwritable, so nothing Qt saves
    by itself can leave a trail (on Unix, native format means INI files; on
    Windows the registry is not covered, see the module docs of ``ui.dialogs``).
    Call before the first window is created."""
    from PySide6.QtCore import QSettings

    nowhere = os.path.join(os.devnull, "fieldsafe-uses-no-qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            with contextlib.suppress(Exception):
                QSettings.setPath(fmt, scope, nowhere)
