"""Every plural is one translatable message with %n (issue "Interface", 1.9).

Read from the source with ``ast``:

- no message is chosen by ``count == 1`` (languages have up to six plural
  forms; Arabic uses all six);
- a count shown in a sentence goes through %n, not ``{count}``.

Read from what translators get (``scripts/update-translations`` run into a
temporary folder, as tests/ui/common/test_translations.py does): every message
with %n, however the code passes it (``self.tr(text, "", n)``,
``translate(ctx, text, "", n)``, a module's ``_t(text, n)``), is in the
catalogue as a plural (``numerus="yes"``, six forms in Arabic).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import fieldsafe

SRC = Path(fieldsafe.__file__).resolve().parent
ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "scripts" / "update-translations"
SOURCES = sorted((SRC / "ui").rglob("*.py")) + [SRC / "messages.py"]
TRANSLATING = {"tr", "translate", "_t"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _texts(call: ast.Call) -> list[str]:
    return [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]


def _translated(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _name(node) in TRANSLATING


def _compares_with_one(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Compare)
        and any(isinstance(c, ast.Constant) and c.value == 1 for c in node.comparators)
        and all(isinstance(op, ast.Eq | ast.NotEq) for op in node.ops)
    )


def _problems() -> list[str]:
    found = []
    for path in SOURCES:
        where = str(path.relative_to(SRC))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            spot = f"{where}:{getattr(node, 'lineno', '?')}"
            if (
                isinstance(node, ast.IfExp)
                and _compares_with_one(node.test)
                and (_translated(node.body) or _translated(node.orelse))
            ):
                found.append(f"{spot}: a message chosen by count == 1")
            if not isinstance(node, ast.Call) or _name(node) not in TRANSLATING:
                continue
            texts = _texts(node)
            if any("{count}" in t or "{total}" in t for t in texts):
                # "{count}" is fine after a plural word ("Today, {count}"), never as the
                # number of a noun the sentence names.
                if any(" {count} " in t for t in texts):
                    found.append(f"{spot}: a count in a sentence without %n: {texts[0]!r}")
    return found


def _counted_texts() -> dict[str, str]:
    """Every message with %n the code translates, and where it is."""
    found = {}
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and (
                _name(node) in TRANSLATING or _name(node).startswith("_t")
            ):
                for text in _texts(node):
                    if "%n" in text or "%Ln" in text:
                        found[text] = f"{path.relative_to(SRC)}:{node.lineno}"
    return found


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> ET.Element:
    """A fresh Arabic catalogue made from the code by scripts/update-translations."""
    where = tmp_path_factory.mktemp("i18n")
    env = dict(os.environ)
    env["FIELDSAFE_I18N_DIR"] = str(where)
    env["FIELDSAFE_NO_RELEASE"] = "1"
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    subprocess.run(
        ["bash", str(SCRIPT), "ar"], check=True, env=env, capture_output=True, timeout=120
    )
    return ET.parse(where / "fieldsafe_ar.ts").getroot()


def test_no_plural_is_chosen_in_code_and_no_count_bypasses_percent_n() -> None:
    problems = _problems()
    assert not problems, "\n".join(problems)


def test_every_message_with_percent_n_is_a_plural_in_the_catalogue(catalogue: ET.Element) -> None:
    numerus: dict[str, bool] = {}
    for message in catalogue.iter("message"):
        source = message.findtext("source") or ""
        numerus[source] = numerus.get(source, False) or message.get("numerus") == "yes"
        if message.get("numerus") == "yes":
            forms = message.find("translation")
            assert forms is not None and len(forms.findall("numerusform")) == 6, source
    counted = {
        source: plural for source, plural in numerus.items() if "%n" in source or "%Ln" in source
    }
    assert counted, "no plural found: the check would pass on nothing"
    not_plural = sorted(source for source, plural in counted.items() if not plural)
    assert not not_plural, "stored as one fixed form:\n" + "\n".join(not_plural)
    in_code = _counted_texts()
    missing = sorted(f"{where}: {text!r}" for text, where in in_code.items() if text not in counted)
    assert not missing, "missing from the catalogue:\n" + "\n".join(missing)
