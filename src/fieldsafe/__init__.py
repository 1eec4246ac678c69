"""FieldSafe: an offline-first, encrypted vault for outreach workers.

Layers (data flows one way; docs/architecture.md in the repository explains
them, the one-door rule, threads, and how a new record kind slots in)::

    fieldsafe.app                  process start (Qt lives only in app and ui)
    fieldsafe.ui  | fieldsafe.cli  the two front ends, through one Vault
    fieldsafe.vault                the encrypted store
    fieldsafe.exchange             identities, cards, share bundles
    fieldsafe.core                 domain rules: kinds, validation, plans, journal
    fieldsafe.media                attachment checks, metadata stripping, PDF pages
    fieldsafe.messages             the one place that words errors (Qt-free)
    fieldsafe.errors               typed errors with no content: the ground floor

This module also says what this copy is (``--version``, Help → About): the
version, whose one source is ``pyproject.toml`` (read from there in a source
checkout, else from the installed package's metadata, which a bundle must
carry), the licence, where the source is, and the SQLCipher and SQLite
versions. Nothing here imports Qt; importing it loads nothing else.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import NamedTuple

#: the SPDX name of the licence, as in pyproject.toml (a test compares them)
LICENCE = "AGPL-3.0-or-later"
LICENCE_NAME = "GNU Affero General Public License, version 3 or later"
#: in a bundle, the folder (inside the bundle's own files) that holds the source
BUNDLED_SOURCE = "source"

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parents[1]  # src/fieldsafe -> the checkout, if this is one


def __getattr__(name: str) -> str:  # PEP 562: the version is read when asked for
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@functools.cache
def version() -> str:
    """This copy's version: ``pyproject.toml`` in a source checkout, else
    the package metadata; ``"unknown"`` if neither is there."""
    pyproject = _CHECKOUT / "pyproject.toml"
    if not getattr(sys, "frozen", False) and (_CHECKOUT / "src" / "fieldsafe").is_dir():
        try:
            import tomllib

            with pyproject.open("rb") as file:
                return str(tomllib.load(file)["project"]["version"])
        except (OSError, KeyError, ValueError):
            pass
    from importlib import metadata

    try:
        return metadata.version("fieldsafe")
    except metadata.PackageNotFoundError:
        return "unknown"


def source_location() -> Path | None:
    """Where this copy's source code is, on this computer: the checkout, the
    installed package's own folder (a wheel holds the source), or the
    ``source`` folder a bundle carries. ``None`` if a bundle was built
    without it."""
    if getattr(sys, "frozen", False):
        inside = Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent))
        source = inside / BUNDLED_SOURCE
        return source if source.is_dir() else None
    if (_CHECKOUT / "pyproject.toml").is_file() and (_CHECKOUT / "src" / "fieldsafe").is_dir():
        return _CHECKOUT
    return _PACKAGE


def sqlcipher_versions() -> tuple[str, str]:
    """(SQLCipher, SQLite) as the linked library reports them, from an
    in-memory database that is never keyed and writes nothing."""
    import sqlcipher3

    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()
    finally:
        connection.close()
    return (str(row[0]) if row else "unknown", str(sqlite[0]) if sqlite else "unknown")


class BuildInfo(NamedTuple):
    version: str
    licence: str
    licence_name: str
    source: Path | None
    sqlcipher: str
    sqlite: str


def build_info() -> BuildInfo:
    sqlcipher, sqlite = sqlcipher_versions()
    return BuildInfo(version(), LICENCE, LICENCE_NAME, source_location(), sqlcipher, sqlite)


def version_text(program: str, *, qt: str | None = None) -> str:
    """What ``--version`` prints (English, like the rest of the command line).
    ``qt``: the Qt line, for the GUI only (the CLI never loads Qt)."""
    info = build_info()
    source = (
        f"shipped with this program, in {info.source}"
        if info.source is not None
        else "not included in this copy; ask whoever gave it to you"
    )
    lines = [
        f"{program} {info.version}",
        f"Licence: {info.licence} ({info.licence_name})",
        f"Source: {source}",
        f"SQLCipher {info.sqlcipher}, SQLite {info.sqlite}",
    ]
    if qt is not None:
        lines.append(qt)
    return "\n".join(lines) + "\n"
