"""Where FieldSafe keeps things on disk (Qt-free).

``FIELDSAFE_HOME`` moves everything under one folder (tests, portable use);
otherwise platformdirs gives the per-user locations::

    <data>/vaults/<name>/vault.key, vault.db
    <config>/settings.json      UI preferences only (allow-listed keys)
    <log>/fieldsafe.log         events and counts, never content
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "FieldSafe"
DEFAULT_VAULT_NAME = "default"


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
