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

import re
import unicodedata

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


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH string for a user's query: every word must occur; the
    last word also matches as a prefix (search as you type). ``None`` when the
    query holds nothing searchable."""
    words = index_text(query).split()
    phrases: list[str] = []
    for word in words:
        tokens = [
            t.translate(_ARABIC_FOLD) if _ARABIC_LETTER.match(t) else t for t in _tokens(word)
        ]
        if tokens:
            phrases.append('"' + " ".join(tokens).replace('"', '""') + '"')
    if not phrases:
        return None
    if not _UNSPACED_RE.search(words[-1]):
        phrases[-1] += "*"
    return " AND ".join(phrases)


_UNSPACED_CLASS = _UNSPACED_RE.pattern  # "[...]"
_SPACE_BETWEEN_UNSPACED = re.compile(
    f"({_UNSPACED_CLASS})([{HIGHLIGHT_START}{HIGHLIGHT_END}]*)\\s+(?=[{HIGHLIGHT_START}{HIGHLIGHT_END}]*{_UNSPACED_CLASS})"
)


def tidy_snippet(snippet: str) -> str:
    """Undo the spacing :func:`index_text` added between characters of
    unspaced scripts, so snippets read naturally."""
    if _UNSPACED_RE.search(snippet):
        snippet = _SPACE_BETWEEN_UNSPACED.sub(r"\1\2", snippet)
    return snippet.strip()


# -- snippets -------------------------------------------------------------------
# FTS5's snippet() re-tokenizes every hit's whole text and cost 4-10x the
# ranked MATCH itself (measured at 1,000 and 20,000 records). Instead we look
# for the query's words in the stored text of just the page of hits: first
# literally (case-insensitive, cheap to compile), and only if that finds
# nothing, in a copy with Latin diacritics and Arabic letter variants folded
# by a one-to-one translation table (so positions still match the original).


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha():
            table[cp] = base.lower()
    table.update({k: v for k, v in _ARABIC_FOLD.items()})
    return table


_FOLD = _fold_table()


class Highlighter:
    """Finds a query's words in stored (index-form) text."""

    def __init__(self, query: str) -> None:
        self.words: list[list[str]] = []
        for word in index_text(query).split():
            tokens = _tokens(word)
            if tokens:
                self.words.append(tokens)
        self.plain = self._compile(self.words)
        self._folded: re.Pattern[str] | None = None

    @staticmethod
    def _compile(words: list[list[str]]) -> re.Pattern[str] | None:
        alternatives = []
        for tokens in words:
            body = r"[\W_]*".join(re.escape(t) for t in tokens)
            if not (_ARABIC_LETTER.match(tokens[0]) or _UNSPACED_RE.match(tokens[0])):
                body = r"(?<!\w)" + body + r"\w*"  # whole words, and the rest of a prefix
            alternatives.append(body)
        if not alternatives:
            return None
        alternatives.sort(key=len, reverse=True)
        return re.compile("|".join(alternatives), re.IGNORECASE)

    @property
    def folded(self) -> re.Pattern[str] | None:
        if self._folded is None:
            self._folded = self._compile([[t.translate(_FOLD) for t in w] for w in self.words])
        return self._folded

    def find(self, text: str) -> tuple[re.Pattern[str], str, re.Match[str]] | None:
        """The pattern and the text (original or folded) in which it matched."""
        if self.plain is None:
            return None
        first = self.plain.search(text)
        if first is not None:
            return self.plain, text, first
        folded_pattern = self.folded
        if folded_pattern is None:
            return None
        folded_text = text.translate(_FOLD)
        first = folded_pattern.search(folded_text)
        return (folded_pattern, folded_text, first) if first is not None else None


def highlight_pattern(query: str) -> Highlighter:
    return Highlighter(query)


def make_snippet(
    text: str, highlighter: Highlighter | None, *, before: int = 60, after: int = 160
) -> str:
    """A short excerpt of ``text`` around the first match, matches marked
    with :data:`HIGHLIGHT_START`/:data:`HIGHLIGHT_END`."""
    # The markers are private-use characters: any in the record itself are
    # dropped first, so the text can never fake or break a highlight.
    text = text.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")
    found = highlighter.find(text) if highlighter else None
    if found is None:
        start, end = 0, min(len(text), before + after)
        first_start, first_end = end, start
    else:
        pattern, searched, first = found
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
        for m in pattern.finditer(searched, start, end):
            if m.end() > end:
                break
            pieces += [
                text[cursor : m.start()],
                HIGHLIGHT_START,
                text[m.start() : m.end()],
                HIGHLIGHT_END,
            ]
            cursor = m.end()
        pieces.append(text[cursor:end])
        excerpt = "".join(pieces)
    excerpt = " ".join(excerpt.split()).replace(HIGHLIGHT_END + HIGHLIGHT_START, "")
    return ("…" if start > 0 else "") + tidy_snippet(excerpt) + ("…" if end < len(text) else "")
