"""Full-text search across scripts, and safety of the query path."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

import pytest

from fieldsafe.vault import Vault
from fieldsafe.vault.search import HIGHLIGHT_END, HIGHLIGHT_START, match_expression

WHEN = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)

TEXTS = {
    "es": "Reunión en la estación con la señora; información sobre albergue",
    "fr": "Rencontre près du marché, elle a reçu des conseils juridiques",
    "pt": "Conversa na praça; ela não tinha documentação",
    "ar": "لقاء في المقهى وتحدثنا عن حقوق العمال والمأوى",
    "ar_vowelled": "ذَهَبْنَا إِلَى الْمَكْتَبِ",
    "ru": "Встреча у вокзала, обсуждали юридическую помощь",
    "uk": "Зустріч біля ринку, говорили про притулок",
    "hi": "बाज़ार के पास मुलाकात, कानूनी सहायता के बारे में बात",
    "th": "พบกันที่ตลาดและพูดคุยเรื่องที่พักพิง",
    "zh": "在火车站见面，讨论了法律援助和庇护所",
}

QUERIES = [
    ("es", "reunion"),  # diacritics folded
    ("es", "Estación"),
    ("fr", "marche"),
    ("fr", "recu"),
    ("pt", "nao"),
    ("ar", "حقوق"),
    ("ar", "المأوى"),
    ("ar", "مأوى"),  # article and conjunction attached in the text
    ("ar", "عمال"),
    ("ar", "المقهى"),
    ("ar_vowelled", "المكتب"),  # harakat in the text, none in the query
    ("ru", "вокзала"),
    ("ru", "ЮРИДИЧЕСКУЮ"),  # case folding in Cyrillic
    ("uk", "притулок"),
    ("hi", "कानूनी"),
    ("hi", "सहायता"),
    ("th", "ตลาด"),  # no spaces between Thai words
    ("th", "ที่พักพิง"),
    ("zh", "法律援助"),  # no spaces in Chinese
    ("zh", "庇护"),
]


@pytest.fixture
def multilingual(vault: Vault) -> dict[str, str]:
    ids = {}
    for lang, text in TEXTS.items():
        ids[lang] = vault.logs.save(occurred_at=WHEN, title=f"log {lang}", body=text).id
    return ids


@pytest.mark.parametrize(("lang", "query"), QUERIES)
def test_finds_words_in_every_script(
    vault: Vault, multilingual: dict[str, str], lang: str, query: str
) -> None:
    hits = vault.search(query)
    assert multilingual[lang] in [h.id for h in hits]


def test_unrelated_words_do_not_match(vault: Vault, multilingual: dict[str, str]) -> None:
    assert vault.search("helicopter") == []
    assert multilingual["zh"] not in [h.id for h in vault.search("法院")]


def test_snippet_highlights_and_reads_naturally(vault: Vault, multilingual: dict[str, str]) -> None:
    [hit] = vault.search("援助")
    assert HIGHLIGHT_START in hit.snippet and HIGHLIGHT_END in hit.snippet
    plain = hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    assert "法律援助" in plain


def test_prefix_matches_last_word(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="Outreach", body="accompaniment to the clinic")
    assert [h.id for h in vault.search("accomp")] == [log.id]


def test_ranking_prefers_more_relevant(vault: Vault) -> None:
    weak = vault.logs.save(
        occurred_at=WHEN, title="a", body="shelter mentioned once among many other words here"
    )
    strong = vault.logs.save(occurred_at=WHEN, title="shelter", body="shelter shelter")
    assert [h.id for h in vault.search("shelter")] == [strong.id, weak.id]


@pytest.mark.parametrize(
    "hostile",
    [
        '"',
        "'",
        "NEAR(a b)",
        "a OR b",
        "*",
        "title:x",
        ") OR 1=1 --",
        "\x00",
        "^foo",
        "a AND",
        "-x",
        "{title}: x",
    ],
)
def test_query_syntax_cannot_break_or_inject(vault: Vault, hostile: str) -> None:
    vault.logs.save(occurred_at=WHEN, title="t", body="plain words")
    vault.search(hostile)  # must not raise


def test_match_expression_quotes_every_word() -> None:
    assert match_expression('say "hi" now') == '"say" AND "hi" AND "now"*'
    assert match_expression("  ") is None
    assert match_expression("P-12") == '"P 12"*'


def test_ranking_window_keeps_cost_bounded_and_says_so(vault: Vault) -> None:
    ids = [
        vault.logs.save(occurred_at=WHEN, title=f"visit {i}", body="shelter").id for i in range(12)
    ]
    everything = vault.search("shelter", window=None)
    assert len(everything) == 12 and not everything.window_full
    recent = vault.search("shelter", window=5)
    assert recent.window_full
    assert {h.id for h in recent} == set(ids[-5:])  # the five most recently written
    assert not vault.search("shelter", window=50).window_full


def _marked(snippet: str) -> str:
    return snippet.replace(HIGHLIGHT_START, "[").replace(HIGHLIGHT_END, "]")


@pytest.mark.parametrize(
    ("body", "query", "expected"),
    [
        # the stored text as written: marks stay, the highlight spans them
        ("ذَهَبْنَا إِلَى الْمَكْتَبِ", "المكتب", "[الْمَكْتَب]ِ"),
        ("Reunión en la estación", "reunion estacion", "[Reunión] en la [estación]"),
        ("Rencontre au marché", "MARCHE", "au [marché]"),
        ("Visit with P-1234 today", "p-12", "with [P-1234] today"),
        ("moreover we went over", "over", "moreover we went [over]"),
        # a decomposed text is composed first
        (unicodedata.normalize("NFD", "café crème"), "crème", "café [crème]"),
    ],
)
def test_snippets_mark_the_words_in_the_text_as_written(
    vault: Vault, body: str, query: str, expected: str
) -> None:
    vault.logs.save(occurred_at=WHEN, title="t", body=body)
    [hit] = vault.search(query)
    assert expected in _marked(hit.snippet)


def test_a_word_found_in_the_title_alone_leaves_the_text_unmarked(vault: Vault) -> None:
    vault.logs.save(occurred_at=WHEN, title="Visita (apartamento)", body="Hablamos de papeles.")
    [hit] = vault.search("apartamento")
    assert hit.snippet == "Hablamos de papeles."
