"""The Python steps of scripts/update-translations (run by it, not imported by FieldSafe).

    translation_sources.py shadow ROOT SHADOW_DIR SOURCE...
    translation_sources.py locations TS SHADOW_DIR ROOT
    translation_sources.py english TS

``shadow``: pyside6-lupdate only sees literal strings passed straight to
``self.tr()``, ``translate()`` or ``QT_TRANSLATE_NOOP()``, and it records a
message as a plural (``numerus="yes"``, one form per plural form of the
language) only for ``self.tr(text, disambiguation, n)`` inside a class, whose
name is the context. Several modules wrap translate() in a one-line helper::

    def _t(text, n=-1):
        return QCoreApplication.translate("checkins", text, None, n)

and call ``_t("%n minute(s)", minutes)``; others call
``translate("colleagues", "Share with %n colleague(s)", "", count)`` directly.
lupdate cannot follow the first, and stores the second as one fixed form, so
a language with several plural forms (Arabic has six) could not translate
them. This step finds those calls (Python's ast) and writes what lupdate does
understand into "shadow" copies of their files (same relative path, same line
numbers) in SHADOW_DIR, printing each shadow file's path:

- a call with a count: ``class checkins: self.tr("%n minute(s)", "", n)``;
- a call with a disambiguation: ``class ctx: self.tr("min", "minutes")``;
- any other: ``QT_TRANSLATE_NOOP("ctx", "text")``.

(One line can hold several, ``; ``-separated: lupdate reads them as tokens and
takes the context of a ``self.tr`` from the ``class`` just before it.) The
shadow copies are given to lupdate before the real files: where the same
message is also read from a real ``translate(ctx, text, "", n)`` call, the
first reading (the plural) wins.

``locations``: points the ``<location>``s lupdate wrote for shadow copies back
at the real files, and drops a location given twice (the shadow's and the real
file's for the same call).

``english``: English is the source language, but "%n log(s)" must read "1 log"
and "2 logs". The English catalogue keeps only the plural messages; a plural
with no English forms yet gets them from its "(s)" ("%n log" / "%n logs"), or
keeps those lupdate copied from the same text in another context, and is
marked finished. Forms written by hand (say "%n check-in has passed" for
"%n check-in(s) have passed") are kept by lupdate on later runs (the script
turns off lupdate's guesses from similar texts for English).
"""

from __future__ import annotations

import ast
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# -- shadow --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Wrapper:
    """``def name(text, ...): return translate(context, text, ...)``."""

    params: tuple[str, ...]
    context: str
    disambiguation: int | str  # the wrapper's parameter that passes it, or a fixed text
    count: int | None  # the wrapper's parameter that passes n


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    disambiguation: str
    counted: bool
    line: int  # where the text starts (lupdate's line for it)

    def shadow(self) -> str:
        if not (self.counted or self.disambiguation):
            return f"QT_TRANSLATE_NOOP({quoted(self.context)}, {quoted(self.text)})"
        if not self.context.isidentifier():
            print(
                f"update-translations: context {self.context!r} is not a class name; "
                f"{self.text!r} is recorded without its plural forms or disambiguation",
                file=sys.stderr,
            )
            return f"QT_TRANSLATE_NOOP({quoted(self.context)}, {quoted(self.text)})"
        extra = f", {quoted(self.disambiguation)}"
        if self.counted:
            extra += ", n"
        return f"class {self.context}: self.tr({quoted(self.text)}{extra})"


def quoted(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate") or (
        isinstance(func, ast.Name) and func.id == "translate"
    )


def literal(node: ast.expr | None, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def texts(node: ast.expr) -> list[tuple[str, int]]:
    """String literals a call can receive, each with its line: the literal
    itself, both sides of ``a if c else b`` / ``a or b``, and the default of
    ``d.get(k, "x")``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [(node.value, node.lineno)]
    if isinstance(node, ast.IfExp):
        return texts(node.body) + texts(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [t for value in node.values for t in texts(value)]
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "get"
        and len(node.args) == 2
    ):
        return texts(node.args[1])
    return []


def argument(call: ast.Call, index: int, name: str) -> ast.expr | None:
    """The argument a call passes for a parameter, by position or keyword."""
    if index < len(call.args):
        return call.args[index]
    return next((k.value for k in call.keywords if k.arg == name), None)


def wrapper_of(node: ast.FunctionDef, constants: dict[str, str]) -> Wrapper | None:
    params = tuple(a.arg for a in node.args.args)
    body = [n for n in node.body if not isinstance(n, ast.Expr)]  # skip a docstring
    if not params or len(body) != 1 or not isinstance(body[0], ast.Return):
        return None
    call = body[0].value
    if not isinstance(call, ast.Call) or not is_translate(call.func) or len(call.args) < 2:
        return None
    context = literal(call.args[0], constants)
    text = call.args[1]
    if context is None or not (isinstance(text, ast.Name) and text.id == params[0]):
        return None
    disambiguation: int | str = ""
    count = None
    extra = call.args[2:4]
    if extra and isinstance(extra[0], ast.Name) and extra[0].id in params:
        disambiguation = params.index(extra[0].id)
    elif extra:
        disambiguation = literal(extra[0], constants) or ""
    if len(extra) > 1 and isinstance(extra[1], ast.Name) and extra[1].id in params:
        count = params.index(extra[1].id)
    return Wrapper(params, context, disambiguation, count)


def wrapper_call(call: ast.Call, wrapper: Wrapper, constants: dict[str, str]) -> list[Message]:
    if not call.args:
        return []
    disambiguation = wrapper.disambiguation
    if isinstance(disambiguation, int):
        given = argument(call, disambiguation, wrapper.params[disambiguation])
        disambiguation = literal(given, constants) or ""
    counted = (
        wrapper.count is not None
        and argument(call, wrapper.count, wrapper.params[wrapper.count]) is not None
    )
    return [
        Message(wrapper.context, text, disambiguation, counted, line)
        for text, line in texts(call.args[0])
    ]


def translate_call(call: ast.Call, constants: dict[str, str]) -> list[Message]:
    """A direct ``translate(ctx, "text", disambiguation, n)`` lupdate would
    store as one fixed form, or whose context is a module constant (which
    lupdate cannot read)."""
    if len(call.args) < 2:
        return []
    context = literal(call.args[0], constants)
    counted = argument(call, 3, "n") is not None
    if context is None or not (counted or isinstance(call.args[0], ast.Name)):
        return []
    disambiguation = literal(argument(call, 2, "disambiguation"), constants) or ""
    return [
        Message(context, text, disambiguation, counted, line) for text, line in texts(call.args[1])
    ]


def module_constants(tree: ast.Module) -> dict[str, str]:
    return {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def shadow_lines(source: str) -> dict[int, list[str]]:
    """What the shadow copy of ``source`` (Python text) holds, by line."""
    tree = ast.parse(source)
    constants = module_constants(tree)
    wrappers = {
        node.name: wrapper
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and (wrapper := wrapper_of(node, constants)) is not None
    }
    lines: dict[int, list[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Name) and node.func.id in wrappers:
            messages = wrapper_call(node, wrappers[node.func.id], constants)
        elif is_translate(node.func):
            messages = translate_call(node, constants)
        else:
            continue
        for message in messages:
            lines.setdefault(message.line, []).append(message.shadow())
    return lines


def write_shadows(root: str, shadow: str, sources: list[str]) -> None:
    for source in sources:
        path = Path(source)
        lines = shadow_lines(path.read_text(encoding="utf-8"))
        if not lines:
            continue
        out = Path(shadow) / path.resolve().relative_to(Path(root).resolve())
        out.parent.mkdir(parents=True, exist_ok=True)
        # lupdate counts the lines of a file that starts with an empty line one short
        lines.setdefault(1, ["# a shadow copy for lupdate (scripts/update-translations)"])
        out.write_text(
            "".join("; ".join(lines.get(n, [])) + "\n" for n in range(1, max(lines) + 1)),
            encoding="utf-8",
        )
        print(out)


# -- locations -------------------------------------------------------------------------------

_MESSAGE = re.compile(r"    <message[ >].*?</message>\n", re.DOTALL)


def fix_locations(ts: str, shadow: str, root: str) -> None:
    """Point the shadow copies' locations in ``ts`` at the real files. A call
    lupdate read in the real file as well (a direct ``translate(ctx, text, "",
    n)``) keeps only the real file's location: lupdate counts its lines a
    little differently."""
    ts_dir = os.path.dirname(os.path.abspath(ts))
    shadow = os.path.realpath(shadow)

    def real(name: str) -> str | None:
        """The real file's name for a shadow copy's (None: not a shadow copy)."""
        target = os.path.realpath(os.path.join(ts_dir, name))
        if not target.startswith(shadow + os.sep):
            return None
        return os.path.relpath(os.path.join(root, os.path.relpath(target, shadow)), ts_dir)

    with open(ts, encoding="utf-8") as f:
        text = f.read()
    fixed = _MESSAGE.sub(lambda m: _message_locations(m.group(0), real), text)
    if fixed != text:
        with open(ts, "w", encoding="utf-8") as f:
            f.write(fixed)


_LOCATION = re.compile(r' *<location filename="([^"]*)"[^>]*/>\n')


def _message_locations(message: str, real: Callable[[str], str | None]) -> str:
    names = [m.group(1) for m in _LOCATION.finditer(message)]
    read_directly = {name for name in names if real(name) is None}

    def location(match: re.Match[str]) -> str:
        name = real(match.group(1))
        if name is None:
            return match.group(0)
        if name in read_directly:
            return ""
        return match.group(0).replace(f'filename="{match.group(1)}"', f'filename="{name}"')

    return _LOCATION.sub(location, message)


# -- english -----------------------------------------------------------------------------------

_CONTEXT = re.compile(r"<context>\n.*?</context>\n", re.DOTALL)
_UNFINISHED_PLURAL = re.compile(
    r'(?P<indent> *)<translation type="unfinished">\n'
    r"(?P<forms>(?: *<numerusform>.*?</numerusform>\n)+) *</translation>\n",
    re.DOTALL,
)


def english_forms(source: str) -> tuple[str, str]:
    """ "%n log(s)" -> ("%n log", "%n logs")."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def _english_message(message: str) -> str:
    """A plural lupdate left unfinished: new (its forms made from "(s)"), or
    with the forms of the same text in another context (kept)."""
    source = re.search(r"<source>(.*?)</source>", message, re.DOTALL)
    assert source is not None, message

    def finished(match: re.Match[str]) -> str:
        indent, forms = match.group("indent"), match.group("forms")
        if "<numerusform></numerusform>" in forms:
            forms = "".join(
                f"{indent}    <numerusform>{form}</numerusform>\n"
                for form in english_forms(source.group(1))
            )
        return f"{indent}<translation>\n{forms}{indent}</translation>\n"

    return _UNFINISHED_PLURAL.sub(finished, message)


def english_catalogue(ts: str) -> None:
    """Keep only the plural messages of the (English) ``ts``, each with its forms."""
    with open(ts, encoding="utf-8") as f:
        text = f.read()

    def context(match: re.Match[str]) -> str:
        block = match.group(0)
        plurals = [
            _english_message(m.group(0))
            for m in _MESSAGE.finditer(block)
            if m.group(0).startswith('    <message numerus="yes"')
        ]
        if not plurals:
            return ""
        head = block[: block.index("    <message")]
        return head + "".join(plurals) + "</context>\n"

    with open(ts, "w", encoding="utf-8") as f:
        f.write(_CONTEXT.sub(context, text))


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "shadow":
        root, shadow, *sources = args
        write_shadows(root, shadow, sources)
    elif command == "locations":
        fix_locations(*args)
    elif command == "english":
        english_catalogue(*args)
    else:
        raise SystemExit(f"unknown command {command!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
