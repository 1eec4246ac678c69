"""The vault, core and exchange layers never import Qt (ARCHITECTURE.md)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import fieldsafe


def _modules(package: str) -> list[str]:
    module = __import__(package, fromlist=["_"])
    return [package] + [f"{package}.{m.name}" for m in pkgutil.iter_modules(module.__path__)]


def test_qt_free_layers() -> None:
    names = [n for pkg in ("fieldsafe.vault", "fieldsafe.core") for n in _modules(pkg)]
    names += ["fieldsafe.paths", "fieldsafe.eventlog"]
    try:
        names += _modules("fieldsafe.exchange")
    except ImportError:
        pass
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt imported by the Qt-free layers: {result.stdout}"
    assert fieldsafe.__version__
