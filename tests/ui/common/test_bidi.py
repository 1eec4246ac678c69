"""A user value inside a sentence keeps its own order: "0712 345 678" is never
shown as "678 345 0712" inside an Arabic sentence (ui/common/bidi.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from fieldsafe.ui.common.bidi import FSI, PDI, isolate, isolated, strip_isolates

NUMBER = "0712 345 678"
GROUPS = ("0712", "345", "678")


def visual_x(text: str, marks: tuple[str, ...], direction: Qt.LayoutDirection) -> list[float]:
    """Where each mark is drawn (x inside its first two characters) when
    ``text`` is laid out as a paragraph in ``direction``."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    return [line.cursorToX(text.index(mark) + 1)[0] for mark in marks]


def reads_left_to_right(xs: list[float]) -> bool:
    return xs == sorted(xs) and len(set(xs)) == len(xs)


def test_a_phone_number_in_an_arabic_sentence_keeps_its_order(qapp) -> None:  # noqa: ANN001
    rtl = Qt.LayoutDirection.RightToLeft
    plain = f"اتصل على {NUMBER} قبل الموعد"
    wrapped = f"اتصل على {isolate(NUMBER)} قبل الموعد"
    # Without the isolate the groups come out reversed: the bug this fixes.
    assert not reads_left_to_right(visual_x(plain, GROUPS, rtl))
    assert reads_left_to_right(visual_x(wrapped, GROUPS, rtl))


def test_an_arabic_name_in_an_english_sentence_stays_one_block(qapp) -> None:  # noqa: ANN001
    ltr = Qt.LayoutDirection.LeftToRight
    # An Arabic value followed by a number: without the isolate the number
    # joins the Arabic run and is drawn to its left.
    plain = "سارة 12 shared a plan"
    wrapped = isolated("{name} 12 shared a plan", name="سارة")
    name_x, digit_x = visual_x(plain, ("ار", "12"), ltr)
    assert digit_x < name_x
    name_x, digit_x = visual_x(wrapped, ("ار", "12"), ltr)
    assert name_x < digit_x


def test_isolate_wraps_the_value_in_first_strong_isolate_marks() -> None:
    assert isolate(NUMBER) == f"\u2068{NUMBER}\u2069"
    assert isolate(42) == f"{FSI}42{PDI}"
    assert isolate("") == ""
    assert strip_isolates(isolated("Call {n} now", n=NUMBER)) == f"Call {NUMBER} now"


def test_a_value_cannot_break_out_of_its_isolate() -> None:
    # A stray closer would end the isolate early: it is dropped.
    assert isolate(f"evil{PDI} 123") == f"{FSI}evil 123{PDI}"
    # An opener the value leaves open would swallow our closer: it is closed.
    assert isolate("\u2067name") == f"{FSI}\u2067name{PDI}{PDI}"
    # Balanced isolates inside the value are kept.
    assert isolate(f"a{FSI}b{PDI}c") == f"{FSI}a{FSI}b{PDI}c{PDI}"
