"""Full-text search: text normalisation and safe FTS5 queries.

Why not the trigram tokenizer: it costs ~25x insert time and ~3x size, and
saves must stay fast on old laptops. Instead, words are indexed with
``unicode61`` (case and Latin diacritics folded; Arabic, Cyrillic and
Devanagari words kept whole because marks count as word characters), and
characters of scripts written without spaces (Chinese, Japanese kana, Thai,
Lao, Khmer, Myanmar) are indexed one by one; a query in those scripts becomes
a phrase of single characters, which finds any substring.

The user's query is never spliced into SQL: it is turned into an FTS5 query
string of quoted phrases and bound as a parameter.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections.abc import Iterator

from fieldsafe.core.records import KINDS

# Arabic harakat, superscript alef, Quranic marks, and tatweel: written or not
# at the writer's whim, so neither index nor query keeps them.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")

_UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3000, 0x303F),  # CJK punctuation
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF00, 0xFF65),  # full-width forms and punctuation
    (0x20000, 0x2FA1F),  # CJK extensions B+
)

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_ARABIC_FOLD = str.maketrans(
    {
        "\u0623": "\u0627",
        "\u0625": "\u0627",
        "\u0622": "\u0627",
        "\u0671": "\u0627",
        "\u0649": "\u064a",
        "\u0629": "\u0647",
    }
)
_CONJUNCTIONS = ("\u0648", "\u0641")  # wa-, fa-
_PREPOSITIONS = ("\u0628", "\u0643", "\u0644")  # bi-, ka-, li-
_ARTICLE = "\u0627\u0644"  # al-

HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"


_UNSPACED_RE = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _UNSPACED) + "]")


def _unspaced(ch: str) -> bool:
    return _UNSPACED_RE.match(ch) is not None


def index_text(text: str) -> str:
    """The form of ``text`` that goes into (and is matched against) the index."""
    text = unicodedata.normalize("NFC", text)
    text = _ARABIC_MARKS.sub("", text)
    return _UNSPACED_RE.sub(lambda m: f" {m.group()} ", text)


def _is_token_char(ch: str) -> bool:
    # Must agree with the index's tokenizer: categories 'L* N* Co M*'.
    category = unicodedata.category(ch)
    return category[0] in "LNM" or category == "Co"


def _tokens(word: str) -> list[str]:
    tokens: list[str] = []
    current: list[str] = []
    for ch in word:
        if _is_token_char(ch):
            current.append(ch)
        elif current:
            tokens.append("".join(current))
            current = []
    if current:
        tokens.append("".join(current))
    return tokens


def _arabic_forms(word: str) -> set[str]:
    """Folded letter variants of an Arabic word and the forms left when the
    clitics that attach to it (wa-/fa-, bi-/ka-/li-, al-) are taken off."""
    folded = word.translate(_ARABIC_FOLD)
    forms = {folded}
    stems = {folded}
    for prefixes in (_CONJUNCTIONS, _PREPOSITIONS):
        stems |= {s[1:] for s in stems if s[:1] in prefixes and len(s) > 3}
    stems |= {s[2:] for s in stems if s.startswith(_ARTICLE) and len(s) > 4}
    stems |= {s[2:] for s in stems if s.startswith("\u0644\u0644") and len(s) > 4}  # lil-
    forms |= stems
    return forms


def alias_text(text: str) -> str:
    """Search-only forms for the index's ``aliases`` column (never displayed)."""
    if not _ARABIC_LETTER.search(text):
        return ""
    forms: set[str] = set()
    for word in _tokens(index_text(text)):
        if _ARABIC_LETTER.match(word):
            forms |= _arabic_forms(word)
    return " ".join(sorted(forms))


def query_phrases(query: str) -> tuple[list[list[str]], bool]:
    """The phrases of a user's query, each a list of tokens (Arabic letter
    variants folded as in ``aliases``), and whether the last one is meant as
    a prefix (search as you type: not for scripts written without spaces,
    whose single characters already find any substring)."""
    words = index_text(query).split()
    phrases: list[list[str]] = []
    for word in words:
        tokens = [
            t.translate(_ARABIC_FOLD) if _ARABIC_LETTER.match(t) else t for t in _tokens(word)
        ]
        if tokens:
            phrases.append(tokens)
    return phrases, bool(phrases) and not _UNSPACED_RE.search(words[-1])


def quote_phrase(tokens: list[str]) -> str:
    """An FTS5 phrase of ``tokens``: quoted, so no query syntax survives."""
    return '"' + " ".join(tokens).replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH string for a user's query: every word must occur; the
    last word also matches as a prefix (search as you type). ``None`` when the
    query holds nothing searchable."""
    phrases, prefix = query_phrases(query)
    if not phrases:
        return None
    quoted = [quote_phrase(p) for p in phrases]
    if prefix:
        quoted[-1] += "*"
    return " AND ".join(quoted)


# -- the index's own form of a word ---------------------------------------------
# The index's tokenizer (unicode61, remove_diacritics 2) folds case and Latin
# diacritics. To list the index's words that begin with a typed prefix
# (fieldsafe.vault.search_sql) the prefix must be in that same form. Python's
# lower() and decomposition agree with SQLite's tables for every letter of the
# ranges below except the few listed, which take SQLite's value
# (tests/vault/test_search_terms.py checks each against FTS5 itself); a word
# with any other character is not folded here (None), and the search then
# leaves the prefix to FTS5.
_FOLD_RANGES = (
    (0x0030, 0x024F),  # digits, Latin
    (0x0370, 0x058F),  # Greek, Cyrillic, Armenian
    (0x05D0, 0x05EF),  # Hebrew
    (0x0620, 0x06D3),  # Arabic
    (0x0900, 0x097F),  # Devanagari
    (0x10A0, 0x10FF),  # Georgian
    (0x1E00, 0x1FFF),  # Latin extended additional, Greek extended
)
_FOLD_EXCEPTIONS = {
    "\u00b5": "\u03bc",
    "\u0130": "i",
    "\u017f": "s",
    "\u01e0": "\u01e1",
    "\u01e1": "\u01e1",
    "\u037f": "\u037f",
    "\u03c2": "\u03c3",
    "\u03d0": "\u03b2",
    "\u03d1": "\u03b8",
    "\u03d5": "\u03c6",
    "\u03d6": "\u03c0",
    "\u03f0": "\u03ba",
    "\u03f1": "\u03c1",
    "\u03f5": "\u03b5",
    "\u0528": "\u0528",
    "\u052a": "\u052a",
    "\u052c": "\u052c",
    "\u052e": "\u052e",
    "\u1e9b": "s",
    "\u1fbe": "\u03b9",
}


def _fold_char(ch: str) -> str | None:
    if ch in _FOLD_EXCEPTIONS:
        return _FOLD_EXCEPTIONS[ch]
    cp = ord(ch)
    if not any(lo <= cp <= hi for lo, hi in _FOLD_RANGES):
        return None
    lower = ch.lower()
    if len(lower) != 1:
        return None
    parts = unicodedata.normalize("NFD", lower)
    if parts[0].isascii() and all(unicodedata.combining(p) for p in parts[1:]):
        return parts[0]
    return lower


def index_form(token: str) -> str | None:
    """``token`` as the index's tokenizer stores it, or None when that is not
    known here for certain (see above)."""
    folded = []
    for ch in token:
        f = _fold_char(ch)
        if f is None:
            return None
        folded.append(f)
    return "".join(folded)


# -- snippets -------------------------------------------------------------------
# FTS5's snippet() re-tokenizes every hit's whole text and cost 4-10x the
# ranked MATCH itself (measured at 1,000 and 20,000 records); a contentless
# index has no text to cut from at all. Instead we look for the query's words
# in the stored text of just the page of hits, as written (a copy in the
# index's form cost more than the search itself, 24 us a hit): first
# literally (case-insensitive, Arabic marks allowed between letters), and only
# if that finds nothing and the text has letters to fold, in a copy with Latin
# diacritics and Arabic letter variants folded by a one-to-one translation
# table (so positions still match the original). Only the excerpt around the
# first match is worked on further. (One pattern with every folded form of
# each letter would need no copy, but compiling it took 1 ms a query.)


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table.update({k: v for k, v in _ARABIC_FOLD.items()})
    return table


_FOLD = _fold_table()
#: a letter the folded copy would change
_FOLDABLE = re.compile("[" + re.escape("".join(chr(cp) for cp in _FOLD)) + "]")
#: between two letters of an Arabic word in stored text: its marks, if written
_MARKS_BETWEEN = "[" + _ARABIC_MARKS.pattern[1:-1] + "]*"


def _token_pattern(token: str) -> str:
    if _ARABIC_LETTER.match(token):
        return _MARKS_BETWEEN.join(re.escape(ch) for ch in token)
    return re.escape(token)


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what \w matches


class _Words:
    """One form of a query's words as a pattern, each word's alternative in
    a group of its own. Words that must start a word (not Arabic, whose
    clitics attach in front, nor single characters of unspaced scripts) are
    checked for the letter before by hand: a pattern that begins by looking
    behind is tried at every position, several times slower."""

    def __init__(self, words: list[list[str]]) -> None:
        alternatives = []
        for tokens in words:
            body = r"[\W_]*".join(_token_pattern(t) for t in tokens)
            whole = not (_ARABIC_LETTER.match(tokens[0]) or _UNSPACED_RE.match(tokens[0]))
            alternatives.append((body + r"\w*" if whole else body, whole))  # and a prefix's rest
        alternatives.sort(key=lambda a: len(a[0]), reverse=True)
        self.pattern = re.compile("|".join(f"({a})" for a, _ in alternatives), re.IGNORECASE)
        self.whole = [False, *(whole for _, whole in alternatives)]  # by group number

    def finditer(
        self, text: str, start: int = 0, end: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        for m in self.pattern.finditer(text, start, end):
            at = m.start()
            if at and self.whole[m.lastindex or 0] and _is_word_char(text[at - 1]):
                continue  # inside a word
            yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


class Highlighter:
    """Finds a query's words in stored text."""

    def __init__(self, query: str) -> None:
        self.words: list[list[str]] = []
        for word in index_text(query).split():
            tokens = _tokens(word)
            if tokens:
                self.words.append(tokens)
        self.plain = _Words(self.words) if self.words else None
        self._folded: _Words | None = None

    @property
    def folded(self) -> _Words:
        if self._folded is None:
            self._folded = _Words([[t.translate(_FOLD) for t in w] for w in self.words])
        return self._folded

    def find(self, text: str, title: str = "") -> tuple[_Words, str, str, re.Match[str]] | None:
        """Where the words first occur in ``text``: the words' form that
        matched, the text to show (``text``, or it composed if it was not),
        the text it matched in (that, or a folded copy) and the match. No
        folded copy is made when the words match the ``title`` as written:
        that explains the hit, and folding a text costs three searches."""
        if self.plain is None:
            return None
        first = self.plain.search(text)
        if first is None and not text.isascii() and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
            first = self.plain.search(text)
        if first is not None:
            return self.plain, text, text, first
        if _FOLDABLE.search(text) is None or (title and self.plain.search(title) is not None):
            return None
        folded_text = text.translate(_FOLD)
        first = self.folded.search(folded_text)
        return (self.folded, text, folded_text, first) if first is not None else None


def highlight_pattern(query: str) -> Highlighter:
    return Highlighter(query)


def snippet_text(kind: str, fields_json: str) -> str:
    """The text a hit's snippet is cut from: the record's searchable text
    (title aside), from its stored fields (an empty field the stored form
    leaves out adds nothing, as its empty value did)."""
    return KINDS[kind].search_text(json.loads(fields_json))


def make_snippet(
    text: str,
    highlighter: Highlighter | None,
    *,
    title: str = "",
    before: int = 60,
    after: int = 160,
) -> str:
    """A short excerpt of ``text`` around the first match, matches marked
    with :data:`HIGHLIGHT_START`/:data:`HIGHLIGHT_END` (``title``: see
    :meth:`Highlighter.find`)."""
    # The markers are private-use characters: any in the record itself are
    # dropped first, so the text can never fake or break a highlight.
    if HIGHLIGHT_START in text or HIGHLIGHT_END in text:
        text = text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    found = highlighter.find(text, title) if highlighter else None
    if found is None:
        start, end = 0, min(len(text), before + after)
        first_start, first_end = end, start
    else:
        words, text, searched, first = found
        first_start, first_end = first.start(), first.end()
        start, end = max(0, first_start - before), min(len(text), first_end + after)
    if start > 0:
        space = text.find(" ", start, first_start)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", first_end, end)
        end = space if space > 0 else end
    if found is None:
        excerpt = text[start:end]
    else:
        pieces, cursor = [], start
        for m in words.finditer(searched, first_start, end):  # none before the first
            pieces += [
                text[cursor : m.start()],
                HIGHLIGHT_START,
                text[m.start() : m.end()],
                HIGHLIGHT_END,
            ]
            cursor = m.end()
        pieces.append(text[cursor:end])
        excerpt = "".join(pieces).replace(HIGHLIGHT_END + HIGHLIGHT_START, "")
    excerpt = " ".join(excerpt.split())
    return ("…" if start > 0 else "") + excerpt + ("…" if end < len(text) else "")
