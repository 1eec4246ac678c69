"""Settings hold only allow-listed UI keys (docs/security.md, bar 11)."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from fieldsafe import paths
from fieldsafe.errors import StorageFailed
from fieldsafe.ui.shell import settings
from fieldsafe.ui.shell.settings import Settings

#: every key FieldSafe may write (the look and the window's place came with Interface 3 and 1.5,
#: the check-in tray notice with issue 13)
ALLOWED = {"idle_lock_minutes", "language", "font_scale", "theme", "window", "check_in_tray"}


def test_defaults_when_missing() -> None:
    assert settings.load() == Settings(idle_lock_minutes=5, language=None, font_scale=1.0)


def test_unknown_keys_and_bad_values_are_dropped() -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {
                "idle_lock_minutes": 10,
                "language": "ar",
                "font_scale": "huge",
                "last_vault": "/home/someone/vaults/secret",
                "recent_titles": ["Meeting with P-7"],
            }
        ),
        encoding="utf-8",
    )
    loaded = settings.load()
    assert loaded == Settings(idle_lock_minutes=10, language="ar", font_scale=1.0)
    settings.save(loaded)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert set(saved) <= ALLOWED
    assert "secret" not in path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_out_of_range_values_fall_back() -> None:
    path = paths.settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"idle_lock_minutes": 0, "language": "../../etc", "font_scale": 40}),
        encoding="utf-8",
    )
    assert settings.load() == Settings()
    path.write_text("not json", encoding="utf-8")
    assert settings.load() == Settings()
    path.write_text("[1, 2]", encoding="utf-8")
    assert settings.load() == Settings()


def test_a_whole_session_leaves_only_allowed_keys(qtbot, window, fieldsafe_home: Path) -> None:  # noqa: ANN001
    window.editor.title.setText("Private title")
    window.editor.save()
    settings.save(settings.load())
    files = [f for f in (fieldsafe_home / "config").rglob("*") if f.is_file()]
    assert files, "no settings file was written: nothing was checked"
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        assert set(data) <= ALLOWED
        assert "Private" not in file.read_text(encoding="utf-8")


def test_a_settings_folder_that_cannot_be_made_is_a_storage_failure() -> None:
    """save() raises only StorageFailed (callers catch that), also when the
    folder cannot be made: here a file stands where it should be."""
    folder = paths.settings_file().parent
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder", encoding="utf-8")
    with pytest.raises(StorageFailed):
        settings.save(Settings())
