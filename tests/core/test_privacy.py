"""Privacy hints: phone numbers, e-mail addresses and code-book names in a log."""

from __future__ import annotations

import random
import time
from collections.abc import Mapping, Sequence

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldsafe.core.privacy import (
    DEFAULT_LIMIT,
    EMAIL,
    NAME,
    PHONE,
    Hint,
    clear_cache,
    find_hints,
    replace_spans,
)


def spans(
    text: str, watch_words: Mapping[str, Sequence[str]] | None = None, **kwargs: int
) -> list[tuple[str, str, str | None]]:
    """(kind, matched text, code) for each hint, checking the invariants."""
    hints = find_hints(text, watch_words or {}, **kwargs)
    assert_well_formed(text, hints)
    return [(h.kind, text[h.start : h.end], h.code) for h in hints]


def assert_well_formed(text: str, hints: Sequence[Hint]) -> None:
    position = 0
    for hint in hints:
        assert hint.kind in (PHONE, EMAIL, NAME)
        assert position <= hint.start < hint.end <= len(text)
        assert (hint.code is not None) == (hint.kind == NAME)
        position = hint.end


# --- Phone numbers -----------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "+40 712 345 678",
        "0712-345-678",
        "(020) 7946 0958",
        "+44 20 7946 0958",
        "07123456789",
        "+44 (0) 20 7946 0958",
        "(+40) 712 345 678",
        "+40712345678",
        "+1 555 123 4567",
        "0712.345.678",
        "0712 - 345 - 678",
        "06 12 34 56 78",
        "06.12.34.56.78",
        "612 345 678",
        "1234567",
        "123456789012345",
        "0712\u00a0345\u00a0678",
        "0712\u2013345\u2013678",
        "٠٧١٢ ٣٤٥ ٦٧٨",  # Arabic-Indic digits
        "+٤٠ ٧١٢ ٣٤٥ ٦٧٨",
        "۰۹۱۲ ۳۴۵ ۶۷۸۹",  # Eastern Arabic-Indic (Persian) digits
        "۰۹۱۲۳۴۵۶۷۸۹",
    ],
)
def test_phone_numbers_are_flagged(number: str) -> None:
    assert spans(number) == [(PHONE, number, None)]
    for text in (f"Call {number} tomorrow.", f"({number})", f"tel:{number}, or", f"رقمها {number}"):
        assert spans(text) == [(PHONE, number, None)], text


@pytest.mark.parametrize(
    "text",
    [
        "2026-11-23",
        "23/11/2026",
        "23.11.2026",
        "23-11-2026",
        "11/23/2026",
        "2026.11.23",
        "20261123",
        "٢٠٢٦-١١-٢٣",
        "met at 17:30",
        "17:30-18:45",
        "2026-11-23T17:30:00Z",
        "2026-11-23T17:30:00+02:00",
        "2026-11-23 17:30",
        "on 23.11.2026 17.30",
        "in 2026",
        "from 2019-2023",
        "between 1998 and 2026",
        "3 people",
        "room 12",
        "A12",
        "code A12 and B7",
        "ID12345678",
        "1,500",
        "1,500,000 lei",
        "1.500.000",
        "12 500 000",
        "€1500000",
        "1500000 €",
        "$ 2 500 000",
        "3.14159265",
        "192.168.100.200",
        "4111 1111 1111 1111",
        "12345678901234567890",
        "1 2 3 4 5 6 7 8",
        "10 12 15 18",
        "v1.2.3",
    ],
)
def test_not_phone_numbers(text: str) -> None:
    assert spans(text) == []


def test_several_numbers_separated_by_spaces_are_split() -> None:
    text = "numbers 0712345678 0723456789 and 2026-11-23 0734 567 890"
    assert [s for _, s, _ in spans(text)] == ["0712345678", "0723456789", "0734 567 890"]


def test_short_number_before_a_phone_number_is_left_out() -> None:
    assert spans("room 12 0712 345 678") == [(PHONE, "0712 345 678", None)]


# --- E-mail addresses --------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "ana.pop@example.org",
        "Ion_P+tag@mail.example.co.uk",
        "x-y@sub-domain.example.com",
        "0712345678@sms.example.com",
        "мария@пример.рф",
        "josé.núñez@correo.es",
        "مريم@مثال.مصر",
        "user@example.xn--p1ai",
    ],
)
def test_email_addresses_are_flagged(address: str) -> None:
    assert spans(address) == [(EMAIL, address, None)]
    for text in (f"Write to {address}.", f"<{address}>", f"mailto:{address}, then"):
        assert spans(text) == [(EMAIL, address, None)], text


@pytest.mark.parametrize(
    "text",
    [
        "@handle",
        "a@b",
        "name@localhost",
        "name@domain.c",
        "name@.example.com",
        "name@example..com",
        "name@-example.com",
        "@example.com",
        "2 @ 3",
        "ana at example dot org",
        "name@example.c0m",
    ],
)
def test_not_email_addresses(text: str) -> None:
    assert [kind for kind, _, _ in spans(text)] == []


# --- Names ---------------------------------------------------------------------

BOOK = {"A12": ["Maria P", "Mimi"], "B7": ["Ion", "Nelu"], "C3": ["مريم"], "D4": ["Νίκος"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met Mimi today", [("Mimi", "A12")]),
        ("MIMI and mimi", [("MIMI", "A12"), ("mimi", "A12")]),
        ("Maria P said", [("Maria P", "A12")]),
        ("maria   p said", [("maria   p", "A12")]),
        ("Maria\nP said", [("Maria\nP", "A12")]),
        ("Ion, Nelu.", [("Ion", "B7"), ("Nelu", "B7")]),
        ("(Ion)", [("Ion", "B7")]),
        ("Ion's bag", [("Ion", "B7")]),
        ("Ion-Nelu", [("Ion", "B7"), ("Nelu", "B7")]),
        ("رأيت مريم اليوم", [("مريم", "C3")]),
        ("«مريم»", [("مريم", "C3")]),
        ("ΝΊΚΟΣ ήρθε", [("ΝΊΚΟΣ", "D4")]),
    ],
)
def test_watch_words_are_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(text, BOOK) == [(NAME, matched, code) for matched, code in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Ionela and Simion",  # inside longer words
        "Mimis",
        "Maria Popescu",  # "Maria P" must end at a word boundary
        "Maria",
        "Ion2",
        "ion_x",
        "رأيت مريمات",  # مريم inside a longer Arabic word
        "المريمية",
        "ومريم",  # a proclitic makes a longer word (documented limitation)
        "Νίκο",
    ],
)
def test_watch_words_only_match_whole_words(text: str) -> None:
    assert spans(text, BOOK) == []


def test_arabic_harakat_in_the_text_or_the_watch_word() -> None:
    text = "رأيتُ مَرْيَمَ اليومَ"
    assert spans(text, {"C3": ["مريم"]}) == [(NAME, "مَرْيَمَ", "C3")]
    assert spans("رأيت مريم اليوم", {"C3": ["مَرْيَم"]}) == [(NAME, "مريم", "C3")]
    # The trailing mark belongs to the name, so replacing leaves no orphan.
    hints = find_hints(text, {"C3": ["مريم"]})
    assert replace_spans(text, hints, lambda h: h.code) == "رأيتُ C3 اليومَ"


@pytest.mark.parametrize(
    ("watch_word", "written"),
    [
        ("أحمد", "احمد"),  # hamza on alef
        ("احمد", "إحمد"),
        ("مريم", "مريـــم"),  # tatweel
        ("مريم", "مریم"),  # Persian yeh
        ("فاطمة", "فاطمه"),  # teh marbuta
        ("ليلى", "ليلي"),  # alef maqsura
        ("كريم", "کریم"),  # Persian kaf
        ("مريم", "\ufee3\ufeae\ufef3\ufee2"),  # presentation forms
    ],
)
def test_arabic_spelling_variants(watch_word: str, written: str) -> None:
    text = f"مع {written} في السوق"
    assert spans(text, {"X1": [watch_word]}) == [(NAME, written, "X1")]


def test_offsets_point_into_the_original_text() -> None:
    book = {"B2": ["strauß"], "C": ["ipek"], "D": ["José"], "E": ["ﬁona"]}
    text = "Herr STRAUSS, Strauß; İpek; Jose\u0301 and José, not Jose; FIONA"
    assert spans(text, book) == [
        (NAME, "STRAUSS", "B2"),
        (NAME, "Strauß", "B2"),
        (NAME, "İpek", "C"),
        (NAME, "Jose\u0301", "D"),
        (NAME, "José", "D"),
        (NAME, "FIONA", "E"),
    ]


def test_scripts_with_combining_vowel_signs() -> None:
    book = {"F": ["राम"]}
    assert spans("राम आया", book) == [(NAME, "राम", "F")]
    assert spans("रामा आया", book) == []  # the vowel sign continues the word


def test_scripts_without_spaces_match_anywhere() -> None:
    assert spans("我昨天见了王芳。", {"G": ["王芳"]}) == [(NAME, "王芳", "G")]


@pytest.mark.parametrize(
    ("watch_word", "matching", "not_matching"),
    [
        ("a.b", "see a.b now", "see axb now"),
        ("(x)", "see (x) now", "see x now"),
        ("\\d", "see \\d now", "see 5 now"),
        (".*", "see .* now", "see anything now"),
        ("[ab]", "see [ab] now", "see a now"),
        ("a+", "see a+ now", "see aaa now"),
        ("x|y", "see x|y now", "see x now"),
        ("$^", "see $^ now", "see now"),
        ("(?i)", "see (?i) now", "see i now"),
    ],
)
def test_watch_words_are_literal_text(watch_word: str, matching: str, not_matching: str) -> None:
    book = {"R1": [watch_word]}
    assert spans(matching, book) == [(NAME, watch_word, "R1")]
    assert spans(not_matching, book) == []


def test_short_and_blank_watch_words_are_ignored() -> None:
    book = {"S": ["A", " b ", "", "   ", "\u064e"], "T": ["Al"]}
    assert spans("A b Al", book) == [(NAME, "Al", "T")]


def test_watch_words_given_as_one_string() -> None:
    assert spans("Met Nelu", {"B7": "Nelu"}) == [(NAME, "Nelu", "B7")]


def test_longer_watch_word_wins_over_its_prefix() -> None:
    book = {"A": ["Maria"], "B": ["Maria Pop"], "C": ["Pop"]}
    assert spans("Maria Pop, Maria Popescu, Pop", book) == [
        (NAME, "Maria Pop", "B"),
        (NAME, "Maria", "A"),
        (NAME, "Pop", "C"),
    ]


def test_same_watch_word_for_two_codes_reports_the_first() -> None:
    assert spans("Nelu", {"B7": ["Nelu"], "Z9": ["NELU"]}) == [(NAME, "Nelu", "B7")]


def test_changed_watch_words_take_effect_and_cache_can_be_cleared() -> None:
    assert spans("Nelu", {"B7": ["Nelu"]}) == [(NAME, "Nelu", "B7")]
    assert spans("Nelu", {"B7": ["Ion"]}) == []
    clear_cache()
    assert spans("Nelu", {"B7": ["Nelu"]}) == [(NAME, "Nelu", "B7")]


# --- Overlaps, order, limit ---------------------------------------------------


def test_phone_number_listed_in_the_code_book_is_reported_with_its_code() -> None:
    assert spans("called 0712 345 678", {"A12": ["0712 345 678"]}) == [
        (NAME, "0712 345 678", "A12")
    ]


def test_longer_phone_number_wins_over_a_watch_word_inside_it() -> None:
    assert spans("+40 712 345 678", {"A12": ["712 345"]}) == [(PHONE, "+40 712 345 678", None)]


def test_longer_watch_word_wins_over_a_phone_number_inside_it() -> None:
    book = {"K": ["Nico 0712345678 Pop"]}
    assert spans("Nico 0712345678 Pop", book) == [(NAME, "Nico 0712345678 Pop", "K")]
    assert spans("Nico 0712345678 Popescu", book) == [(PHONE, "0712345678", None)]


def test_email_wins_over_a_name_inside_it() -> None:
    text = "Mimi wrote from mimi.p@example.org"
    assert spans(text, BOOK) == [(NAME, "Mimi", "A12"), (EMAIL, "mimi.p@example.org", None)]


def test_mixed_log_sorted_by_position() -> None:
    text = (
        "Met Mimi (A12) near the station with Nelu. She gave +40 712 345 678 and "
        "mimi@example.org; next visit 2026-11-23 at 17:30, 3 people, room 12."
    )
    assert spans(text, BOOK) == [
        (NAME, "Mimi", "A12"),
        (NAME, "Nelu", "B7"),
        (PHONE, "+40 712 345 678", None),
        (EMAIL, "mimi@example.org", None),
    ]


def test_limit() -> None:
    text = " ".join(f"Nelu {i}" for i in range(DEFAULT_LIMIT + 10))
    book = {"B7": ["Nelu"]}
    assert len(find_hints(text, book)) == DEFAULT_LIMIT
    first = find_hints(text, book, limit=3)
    assert first == find_hints(text, book, limit=1000)[:3]
    assert [h.start for h in first] == [0, 7, 14]
    assert find_hints(text, book, limit=0) == []
    assert find_hints(text, book, limit=-1) == []


def test_empty_text() -> None:
    assert find_hints("") == []
    assert find_hints("", BOOK) == []


# --- Replacing ---------------------------------------------------------------


def test_replace_spans() -> None:
    text = "Nelu gave 0712 345 678 to Mimi."
    hints = find_hints(text, BOOK)
    assert [h.kind for h in hints] == [NAME, PHONE, NAME]
    assert replace_spans(text, hints, lambda h: h.code) == "B7 gave 0712 345 678 to A12."
    assert replace_spans(text, hints, lambda h: f"[{h.kind}]") == "[name] gave [phone] to [name]."
    assert replace_spans(text, [], lambda h: "x") == text
    assert replace_spans(text, list(reversed(hints)), lambda h: h.code) == (
        "B7 gave 0712 345 678 to A12."
    )


def test_replace_spans_rejects_bad_spans() -> None:
    with pytest.raises(ValueError):
        replace_spans("abc", [Hint(NAME, 2, 5, "X")], lambda h: "x")
    overlapping = [Hint(NAME, 0, 3, "X"), Hint(PHONE, 2, 4, None)]
    with pytest.raises(ValueError):
        replace_spans("abcdef", overlapping, lambda h: "x")
    # Overlap does not matter when one of the two is left alone.
    assert replace_spans("abcdef", overlapping, lambda h: h.code) == "Xdef"


# --- Speed -----------------------------------------------------------------------


def _random_word(rng: random.Random, letters: str) -> str:
    return "".join(rng.choice(letters) for _ in range(rng.randint(3, 9)))


@pytest.mark.parametrize("letters", ["abcdefghijklmnopqrstuvwxyz", "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"])
def test_large_text_and_many_watch_words_are_fast(letters: str) -> None:
    rng = random.Random(1)
    book = {f"P{i}": [_random_word(rng, letters) for _ in range(5)] for i in range(100)}
    filler = ["0712 345 678", "2026-11-23", "a@example.org", "17:30", "مَرْيَمَ", "José"]
    words = [
        rng.choice(filler) if rng.random() < 0.02 else _random_word(rng, letters)
        for _ in range(20_000)
    ]
    text = " ".join(words)[:100_000]
    started = time.perf_counter()
    hints = find_hints(text, book)  # includes building the pattern
    again = find_hints(text, book)
    elapsed = time.perf_counter() - started
    assert hints == again
    assert_well_formed(text, hints)
    assert elapsed < 2.0  # two calls; generous, far above the usual few tens of ms


def test_pathological_inputs_stay_fast() -> None:
    started = time.perf_counter()
    for text in ("1 " * 50_000, "1." * 50_000 + "x", "a." * 50_000 + "@", "a" * 100_000):
        find_hints(text, {"X": ["a" * k for k in range(2, 200)]}, limit=10**6)
    assert time.perf_counter() - started < 5.0


# --- Properties -----------------------------------------------------------------

ALPHABET = st.sampled_from(
    list("aAbBiIsSmM019 .-+()@:/,\n")
    + list("مريمأحمدة٠٧١٢۰۹")
    + ["\u064e", "\u0651", "\u0640", "\u200c", "\u0301", "ß", "İ", "ﬁ", "ﷺ", "⑴", "€", "\u00a0"]
)
TEXT = st.one_of(st.text(ALPHABET, max_size=80), st.text(max_size=80))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, data=st.data())
def test_hints_are_always_well_formed(text: str, data: st.DataObject) -> None:
    def word() -> st.SearchStrategy[str]:
        cut = st.integers(0, len(text))
        from_text = st.tuples(cut, cut).map(lambda ab: text[min(ab) : max(ab)])
        return st.one_of(from_text, st.text(ALPHABET, max_size=8), st.text(max_size=8))

    codes = st.text(min_size=1, max_size=4)
    book = data.draw(st.dictionaries(codes, st.lists(word(), max_size=4), max_size=4))
    limit = data.draw(st.integers(-1, 60))
    hints = find_hints(text, book, limit=limit)
    assert len(hints) <= max(limit, 0)
    assert_well_formed(text, hints)
    assert all(h.code in book for h in hints if h.kind == NAME)
    replaced = replace_spans(text, hints, lambda h: "\u2022")
    assert len(replaced) == len(text) - sum(h.end - h.start for h in hints) + len(hints)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    words=st.lists(st.text("abcXYZ", min_size=2, max_size=5), min_size=1, max_size=5),
    gaps=st.lists(st.text(" ,.;\n", min_size=1, max_size=3), min_size=6, max_size=6),
    picks=st.lists(st.integers(0, 4), min_size=5, max_size=5),
)
def test_listed_words_between_separators_are_found(
    words: list[str], gaps: list[str], picks: list[int]
) -> None:
    chosen = [words[i % len(words)] for i in picks]
    text = gaps[0] + "".join(w + g for w, g in zip(chosen, gaps[1:], strict=True))
    hints = find_hints(text, {"W": words})
    assert [text[h.start : h.end] for h in hints] == chosen
