"""Each side's own half of the safety number, and names a card can carry."""

from __future__ import annotations

import pytest

from fieldsafe.exchange.identity import (
    MAX_NAME,
    Card,
    Identity,
    card_half,
    clean_name,
    safety_halves,
    safety_number,
)

A, B, C = (Identity.generate(n) for n in ("Amal", "Bea", "Cem"))


def test_each_half_belongs_to_one_card_and_both_screens_show_the_same_order() -> None:
    mine = safety_halves(A.card(), B.card())
    theirs = safety_halves(B.card(), A.card())
    assert mine == theirs  # the same halves, in the same order, on both screens
    assert {card for card, _half in mine} == {A.card(), B.card()}
    for card, half in mine:
        assert half == card_half(card)
        groups = half.split()
        assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert safety_number(A.card(), B.card()) == f"{mine[0][1]} {mine[1][1]}"
    # A swapped card changes that card's half, never the other one.
    swapped = dict(safety_halves(A.card(), C.card()))
    assert swapped[A.card()] == card_half(A.card())
    assert swapped[C.card()] != card_half(B.card())


def test_the_name_is_not_part_of_a_half() -> None:
    renamed = Card("Someone else", A.card().age_recipient, A.card().sign_key)
    assert card_half(renamed) == card_half(A.card())


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  Amal   K. ", "Amal K."),
        ("Amal\u202e\u2066K", "Amal K"),  # direction characters would make the card unreadable
        ("Bea\nN", "Bea N"),
        ("\u200f\u202a", ""),
        ("x" * (MAX_NAME + 20), "x" * MAX_NAME),
        ("أمل", "أمل"),
    ],
)
def test_a_cleaned_name_is_one_a_card_can_carry(typed: str, kept: str) -> None:
    assert clean_name(typed) == kept
    if kept:
        card = Card(kept, A.card().age_recipient, A.card().sign_key)
        assert Card.from_text(card.to_text()).name == kept
