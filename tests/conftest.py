"""Shared fixtures: offscreen Qt, an isolated FIELDSAFE_HOME, a fast KDF.

Every test runs with FIELDSAFE_HOME in its own temporary directory, so no
test can read or write the developer's real vault, settings or logs.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_ACCESSIBILITY", "1")

import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from fieldsafe.vault import keys  # noqa: E402

FAST_KDF = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)
PASSPHRASE = "correct horse battery staple ✓"


@pytest.fixture(autouse=True)
def fieldsafe_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """An isolated home for vaults, settings and logs."""
    home = tmp_path_factory.mktemp("fieldsafe-home")
    monkeypatch.setenv("FIELDSAFE_HOME", str(home))
    # Everything else a desktop program might write (Qt's config, the recent
    # files list, caches, temp files) goes under the same isolated folder, so
    # the leak tests can search all of it.
    for var, sub in (
        ("XDG_CONFIG_HOME", "xdg-config"),
        ("XDG_DATA_HOME", "xdg-data"),
        ("XDG_CACHE_HOME", "xdg-cache"),
        ("TMPDIR", "tmp"),
        ("XDG_RUNTIME_DIR", "run"),  # where a window's local server listens
    ):
        (home / sub).mkdir(mode=0o700)
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.setattr(tempfile, "tempdir", str(home / "tmp"))
    return home


@pytest.fixture(autouse=True)
def fast_kdf(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id at toy cost so tests run fast. Tests marked
    ``production_kdf`` keep the real policy."""
    if request.node.get_closest_marker("production_kdf") is None:
        monkeypatch.setattr(keys, "active_policy", FAST_KDF)


@pytest.fixture
def passphrase() -> str:
    return PASSPHRASE


@pytest.fixture
def vault_dir(fieldsafe_home: Path) -> Path:
    from fieldsafe.paths import default_vault_dir

    return default_vault_dir()


@pytest.fixture
def vault(vault_dir: Path) -> Iterator[object]:
    from fieldsafe.vault import Vault

    v, _code = Vault.create(vault_dir, PASSPHRASE)
    yield v
    v.lock()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "production_kdf: run with the production KDF policy")
