"""Names (Interface 1.2): this vault's own name on its card, and the name it
shows each colleague under, changed here only and kept apart from the
others by the same rules as when a card is added."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldsafe.errors import InvalidRecord
from fieldsafe.exchange.identity import Card, Identity
from fieldsafe.vault import Vault
from tests.exchange.pair import pair_with


def test_my_name_is_on_my_card_cleaned(vault: Vault) -> None:
    assert vault.sharing.identity().card().name == "FieldSafe"  # the default, until named
    vault.sharing.set_name("  Amal \u202e K. ")
    card = vault.sharing.identity().card()
    assert card.name == "Amal K."
    assert Card.from_text(card.to_text()).name == "Amal K."  # a colleague can import it
    vault.sharing.set_name("   ")
    assert vault.sharing.identity().name == "FieldSafe"


def test_a_colleague_is_renamed_here_and_shown_so_everywhere(vault: Vault, tmp_path: Path) -> None:
    with pair_with(vault, tmp_path / "bea") as pair:
        renamed = vault.sharing.rename(pair.bea_at_amal, "  Bea   (north team) ")
        assert renamed.name == "Bea (north team)"
        assert renamed.card.name == "Bea" and renamed.usable  # her card and trust unchanged
        assert [e.name for e in vault.sharing.all()] == ["Bea (north team)"]
        assert vault.sharing.find("bea (NORTH team)").id == pair.bea_at_amal
        fingerprint = pair.bea.sharing.identity().card().fingerprint
        assert vault.sharing.shown_name(fingerprint) == "Bea (north team)"
        assert vault.sharing.shown_name(vault.sharing.identity().card().fingerprint) == "Amal"
        # The import question names the sender by the stored name.
        plan_id, _ = pair.bea.plans.save({"starts_at": "2026-03-05T10:00:00Z"})
        received = vault.sharing.open_received(pair.send(pair.bea, plan_id), lambda: None)
        assert received is not None and received.sender_name == "Bea (north team)"


@pytest.mark.parametrize(
    "name",
    ["Cem", "cem", "Ｃｅｍ", "C\u200bem", "\u0421em", "Amal", "AMAL", "", "\u200f "],
)
def test_a_rename_never_gives_two_people_one_look(vault: Vault, name: str) -> None:
    """Refused: another colleague's name (in any case, width, with invisible
    characters or a lookalike letter), this vault's own name, or nothing."""
    vault.sharing.set_name("Amal")
    bea = vault.sharing.add_card(Identity.generate("Bea").card())
    vault.sharing.add_card(Identity.generate("Cem").card())
    with pytest.raises(InvalidRecord) as refused:
        vault.sharing.rename(bea.id, name)
    assert refused.value.field == "name"
    assert refused.value.reason == ("required" if not name.strip("\u200f ") else "taken")
    assert vault.sharing.get(bea.id).name == "Bea"
    if name.strip("\u200f "):
        assert vault.sharing.name_clash(name, entry_id=bea.id) in ("Cem", "Amal")


def test_renaming_to_a_different_spelling_of_the_same_name_is_allowed(vault: Vault) -> None:
    bea = vault.sharing.add_card(Identity.generate("bea").card())
    assert vault.sharing.name_clash("Bea", entry_id=bea.id) is None
    assert vault.sharing.rename(bea.id, "Bea").name == "Bea"


def test_cards_with_the_default_name_are_two_colleagues_not_a_key_change(
    vault: Vault,
) -> None:
    """Two colleagues who never chose a name both carry "FieldSafe": the
    second is a new colleague under a distinct name, and the first stays
    verified (a key change would block them)."""
    vault.sharing.set_name("Amal")
    first = vault.sharing.add_card(Identity.generate("FieldSafe").card())
    vault.sharing.verify(first.id)
    second = vault.sharing.add_card(Identity.generate("FieldSafe").card())
    assert second.id != first.id and second.name == "FieldSafe (2)"
    assert vault.sharing.get(first.id).usable
    vault.sharing.rename(second.id, "Dana")
    assert sorted(e.name for e in vault.sharing.all()) == ["Dana", "FieldSafe"]


def test_a_card_with_a_known_colleagues_name_is_still_a_key_change(vault: Vault) -> None:
    bea = vault.sharing.add_card(Identity.generate("Bea").card())
    vault.sharing.verify(bea.id)
    again = vault.sharing.add_card(Identity.generate("Bea").card())
    assert again.id == bea.id and again.changed and not again.usable


def test_each_half_of_the_safety_number_comes_with_its_sides_shown_name(
    vault: Vault, tmp_path: Path
) -> None:
    from fieldsafe.exchange.identity import safety_halves

    with pair_with(vault, tmp_path / "bea") as pair:
        vault.sharing.rename(pair.bea_at_amal, "Bea (north team)")
        halves = vault.sharing.safety_halves(pair.bea_at_amal)
        theirs = pair.bea.sharing.safety_halves(pair.amal_at_bea)
        # The same digits in the same order on both screens, each under its side's name.
        assert [h.digits for h in halves] == [h.digits for h in theirs]
        mine, bea = vault.sharing.identity().card(), pair.bea.sharing.identity().card()
        assert [h.digits for h in halves] == [half for _card, half in safety_halves(mine, bea)]
        named = {h.name: (h.mine, h.digits) for h in halves}
        assert named["Amal"] == (True, dict(safety_halves(mine, bea))[mine])
        assert named["Bea (north team)"] == (False, dict(safety_halves(mine, bea))[bea])
        assert {h.name for h in theirs} == {"Bea", "Amal"}


# -- key changes follow the name in the card, never the name stored here --------------


def test_a_new_person_with_a_renamed_colleagues_shown_name_is_not_a_key_change(
    vault: Vault,
) -> None:
    """(A) "Bea K" renamed "Bea" here; a different person's card named "Bea"
    is a new colleague, kept apart by a number, and the verified Bea K keeps
    her keys and her trust."""
    bea_k = Identity.generate("Bea K")
    entry = vault.sharing.add_card(bea_k.card())
    vault.sharing.verify(entry.id)
    vault.sharing.rename(entry.id, "Bea")

    other = vault.sharing.add_card(Identity.generate("Bea").card())

    assert other.id != entry.id and not other.changed
    assert other.name == "Bea (2)"
    kept = vault.sharing.get(entry.id)
    assert kept.card == bea_k.card() and kept.usable and kept.name == "Bea"


def test_an_impostor_with_a_renamed_colleagues_own_name_is_a_key_change(vault: Vault) -> None:
    """(B) "Cem" renamed "Cem north" here; a card named "Cem" with other
    keys is a key change for him (blocked until verified again), never a
    new colleague "Cem"."""
    cem = vault.sharing.add_card(Identity.generate("Cem").card())
    vault.sharing.verify(cem.id)
    vault.sharing.rename(cem.id, "Cem north")

    impostor = vault.sharing.add_card(Identity.generate("cem").card())

    assert impostor.id == cem.id and impostor.changed and not impostor.usable
    assert impostor.name == "Cem north"
    assert [e.name for e in vault.sharing.all()] == ["Cem north"]


def test_a_card_that_looks_like_a_renamed_colleagues_own_name_gets_a_number(
    vault: Vault,
) -> None:
    cem = vault.sharing.add_card(Identity.generate("Cem").card())
    vault.sharing.rename(cem.id, "Cem north")
    lookalike = vault.sharing.add_card(Identity.generate("\u0421em").card())  # Cyrillic С
    assert lookalike.id != cem.id and lookalike.name == "\u0421em (2)"


@pytest.mark.parametrize(
    ("mine", "name"), [("Amal", "Amal"), ("Amal", "AMAL"), ("Amal", "\u0410mal"), ("", "FieldSafe")]
)
def test_a_card_with_my_own_name_is_never_shown_under_it(
    vault: Vault, mine: str, name: str
) -> None:
    """(C) A colleague's card carrying this vault's own name (or one that
    looks like it; or the default name, while this vault has not chosen
    one) is stored under a number: the two safety halves and a bundle's
    sender are never labelled as me."""
    vault.sharing.set_name(mine)
    entry = vault.sharing.add_card(Identity.generate(name).card())
    assert entry.name == f"{name} (2)"
    me, theirs = sorted(vault.sharing.safety_halves(entry.id), key=lambda h: not h.mine)
    assert (me.name, theirs.name) == (vault.sharing.identity().name, f"{name} (2)")
    assert vault.sharing.shown_name(entry.card.fingerprint) == f"{name} (2)"


def test_naming_myself_like_a_colleague_gives_the_colleague_a_number(vault: Vault) -> None:
    """Taking a colleague's shown name for this vault afterwards: the
    colleague is shown with a number, so the halves still differ."""
    bea = vault.sharing.add_card(Identity.generate("Bea").card())
    vault.sharing.set_name("Bea")
    assert vault.sharing.get(bea.id).name == "Bea (2)"
    assert {h.name for h in vault.sharing.safety_halves(bea.id)} == {"Bea", "Bea (2)"}
