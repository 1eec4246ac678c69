"""The house rules of the code's layers (docs/architecture.md), each a test.

Imports are read from the source with ``ast``, every one of them: at module
level, inside functions (lazy imports) and under ``TYPE_CHECKING``. A lazy
import upward is still an upward import.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import fieldsafe

SRC = Path(fieldsafe.__file__).resolve().parent

#: what each part of fieldsafe may import from fieldsafe (besides itself)
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "paths": set(),
    "eventlog": set(),
    "hardening": set(),
    "atomicfile": {"errors"},
    "messages": {"errors"},
    "core": {"errors"},
    "exchange": {"errors", "atomicfile", "core"},
    "media": {"errors", "atomicfile"},
    "vault": {"errors", "atomicfile", "core", "exchange", "media"},
    "cli": {
        "errors",
        "paths",
        "eventlog",
        "hardening",
        "atomicfile",
        "messages",
        "core",
        "exchange",
        "vault",
    },
    "ui": {
        "errors",
        "paths",
        "eventlog",
        "atomicfile",
        "messages",
        "core",
        "exchange",
        "media",
        "vault",
        "ui",
    },
    "app": {"paths", "eventlog", "hardening", "ui"},
    "__main__": {"app"},
}

QT_FREE = [
    "errors",
    "paths",
    "eventlog",
    "hardening",
    "atomicfile",
    "messages",
    "core",
    "exchange",
    "media",
]
QT_FREE += ["vault", "cli"]


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = path.relative_to(SRC).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(("fieldsafe", *parts))] = path
    return found


MODULES = _modules()


def _imports(path: Path) -> list[tuple[int, str]]:
    """Every ``fieldsafe...`` module that ``path`` imports, with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = path.relative_to(SRC.parent).with_suffix("").parts
    if package[-1] != "__init__":
        package = package[:-1]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(package[: len(package) - node.level + 1])
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            # "from fieldsafe import errors" imports the module fieldsafe.errors
            names = [f"{module}.{a.name}" for a in node.names]
            found += [(node.lineno, n if n in MODULES else module) for n in names]
    return [(line, name) for line, name in found if name.split(".")[0] == "fieldsafe"]


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_every_part_of_fieldsafe_has_a_rule() -> None:
    assert {_part(m) for m in MODULES if m != "fieldsafe"} <= set(ALLOWED)


def test_imports_only_go_down() -> None:
    wrong = []
    for module, path in MODULES.items():
        part = _part(module)
        if not part:
            continue
        for line, imported in _imports(path):
            target = _part(imported)
            if target and target != part and target not in ALLOWED[part]:
                wrong.append(f"{path.relative_to(SRC)}:{line} imports {imported}")
    assert wrong == [], "imports against the layers:\n" + "\n".join(wrong)


def test_core_and_exchange_never_import_the_vault() -> None:
    wrong = [
        f"{path.relative_to(SRC)}:{line}"
        for module, path in MODULES.items()
        if _part(module) in ("core", "exchange")
        for line, imported in _imports(path)
        if _part(imported) == "vault"
    ]
    assert wrong == []


def test_inside_the_vault_only_the_package_imports_the_store() -> None:
    """The repositories, transfer and backup hold a ``vault.db.Database``;
    only ``store`` builds the Vault from them, so nothing imports it back."""
    wrong = [
        f"{path.relative_to(SRC)}:{line} imports {imported}"
        for module, path in MODULES.items()
        if module.startswith("fieldsafe.vault.") and module != "fieldsafe.vault.store"
        for line, imported in _imports(path)
        if imported == "fieldsafe.vault.store"
    ]
    assert wrong == []
    db_imports = {imported for _line, imported in _imports(MODULES["fieldsafe.vault.db"])}
    assert {m for m in db_imports if m.startswith("fieldsafe.vault.")} <= {
        "fieldsafe.vault.keys",
        "fieldsafe.vault.layout",
        "fieldsafe.vault.lockfile",
        "fieldsafe.vault.maintenance",
        "fieldsafe.vault.search",
    }


def test_front_ends_use_only_the_vault_door() -> None:
    """ui/ and the CLI reach the vault through ``fieldsafe.vault`` (Vault, its
    repositories, the names it exports), never through its modules."""
    wrong = [
        f"{path.relative_to(SRC)}:{line} imports {imported}"
        for module, path in MODULES.items()
        if _part(module) in ("ui", "cli", "app")
        for line, imported in _imports(path)
        if imported.startswith("fieldsafe.vault.")
    ]
    assert wrong == []


def test_qt_free_layers_load_no_qt() -> None:
    names = [m for m in MODULES if _part(m) in QT_FREE]
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt imported by a Qt-free layer: {result.stdout}"
    assert fieldsafe.__version__


def test_cli_never_loads_qt_or_the_ui(tmp_path: Path) -> None:
    """``fieldsafe-cli verify`` on a missing vault: the error is worded (by
    the Qt-free messages module) and neither Qt nor fieldsafe.ui is loaded."""
    code = (
        "import sys\n"
        "from fieldsafe.cli import main\n"
        f"rc = main(['verify', '--vault', {str(tmp_path / 'missing')!r}])\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'fieldsafe.ui')))\n"
        "print(rc, ','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["3"], result.stdout
    assert "There is no FieldSafe vault in that place." in result.stderr


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _part(m) == "ui"))
def test_ui_modules_stay_small(module: str) -> None:
    lines = MODULES[module].read_text(encoding="utf-8").count("\n")
    assert lines <= 500, f"{module} has {lines} lines: split it by feature"
