"""Every plural is one translatable message with %n (issue "Interface", 1.9),
read from the source with ``ast``:

- no message is chosen by ``count == 1`` (languages have up to six plural
  forms; Arabic uses all six);
- a message with %n is passed to ``self.tr(text, "", n)``: the only call in
  which lupdate marks a message as a plural (``translate(ctx, text, None, n)``
  and module wrappers such as ``_t(text, n)`` end up as one fixed form);
- a count shown in a sentence goes through %n, not ``{count}``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import fieldsafe

SRC = Path(fieldsafe.__file__).resolve().parent
SOURCES = sorted((SRC / "ui").rglob("*.py")) + [SRC / "messages.py"]
TRANSLATING = {"tr", "translate", "_t"}
#: Plurals in modules other helpers are still writing, reported to the lead with this list
#: (each needs its message moved into a QObject's ``self.tr(text, "", n)``). Remove an entry
#: once it is fixed; the test then keeps it fixed.
KNOWN = {
    "ui/checkins/notice.py",
    "ui/checkins/plan_fields.py",
    "ui/incidents/timeline_words.py",
    "ui/plans/recipients.py",
    "ui/plans/sharing.py",
    "ui/shell/sidebar.py",
}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _texts(call: ast.Call) -> list[str]:
    return [a.value for a in call.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]


def _is_self_tr(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "tr"
        and isinstance(func.value, ast.Name)
        and func.value.id == "self"
        and len(call.args) == 3
    )


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
        if where in KNOWN:
            continue
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
            counted = [t for t in texts if "%n" in t or "%Ln" in t]
            if counted and not _is_self_tr(node):
                found.append(f"{spot}: %n outside self.tr(text, '', n): {counted[0]!r}")
            if any("{count}" in t or "{total}" in t for t in texts):
                # "{count}" is fine after a plural word ("Today, {count}"), never as the
                # number of a noun the sentence names.
                if any(" {count} " in t for t in texts):
                    found.append(f"{spot}: a count in a sentence without %n: {texts[0]!r}")
    return found


def test_every_plural_uses_percent_n_in_self_tr() -> None:
    problems = _problems()
    assert not problems, "\n".join(problems)


def test_the_known_exceptions_are_still_there() -> None:
    """An entry of KNOWN whose file no longer has the problem is dropped from the list."""
    for where in KNOWN:
        path = SRC / where
        if not path.exists():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _name(n) in TRANSLATING]
        assert any(any("%n" in t for t in _texts(c)) and not _is_self_tr(c) for c in calls), (
            f"{where} is fixed: remove it from KNOWN"
        )
