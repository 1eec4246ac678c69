"""Bidi isolates for values shown inside a sentence.

A value formatted into a sentence (a phone number, a name, a place, a date)
takes part in the sentence's right-to-left or left-to-right ordering unless it
is isolated: in an Arabic sentence ``0712 345 678`` would show as
``678 345 0712``, and a Latin name next to a number can swap places with it.
:func:`isolate` wraps the value in FIRST STRONG ISOLATE … POP DIRECTIONAL
ISOLATE (U+2068 … U+2069, Unicode's bidi algorithm since 6.3, which Qt
follows): the value is laid out in its own direction, as one block, and the
sentence around it keeps its order::

    _t("Call {number} before you go.").format(number=isolate(number))
    isolated(_t("{name} shared a plan."), name=colleague)

The value is balanced first, so text from someone else cannot break out of its
isolate: an isolate closer it never opened is dropped, and isolates it opened
are closed. Everything else in the value is kept as it is.
"""

from __future__ import annotations

FSI = "\u2068"  # FIRST STRONG ISOLATE: the value's own first strong letter sets its direction
PDI = "\u2069"  # POP DIRECTIONAL ISOLATE
_OPENERS = frozenset({"\u2066", "\u2067", FSI})  # LRI, RLI, FSI


def _balanced(text: str) -> str:
    """``text`` with every isolate it opens closed, and no closer of its own
    that would close the isolate around it."""
    depth = 0
    out = []
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char == PDI:
            if depth == 0:
                continue  # would end our isolate early
            depth -= 1
        out.append(char)
    return "".join(out) + PDI * depth


def isolate(value: object) -> str:
    """``value`` (as text) in a first-strong isolate; an empty value stays empty."""
    text = str(value)
    return f"{FSI}{_balanced(text)}{PDI}" if text else ""


def isolated(template: str, /, **values: object) -> str:
    """``template.format(**values)`` with every value isolated."""
    return template.format(**{name: isolate(value) for name, value in values.items()})


def strip_isolates(text: str) -> str:
    """``text`` without isolate marks (for comparing with plain text)."""
    return text.translate({ord(c): None for c in (*_OPENERS, PDI)})
