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
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x2FA1F),  # CJK extensions B+
)

_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_ARABIC_FOLD = str.maketrans({"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",
                              "\u0671": "\u0627", "\u0649": "\u064a", "\u0629": "\u0647"})
_CONJUNCTIONS = ("\u0648", "\u0641")  # wa-, fa-
_PREPOSITIONS = ("\u0628", "\u0643", "\u0644")  # bi-, ka-, li-
_ARTICLE = "\u0627\u0644"  # al-

HIGHLIGHT_START = "\ue000"
HIGHLIGHT_END = "\ue001"


def _unspaced(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _UNSPACED)


def index_text(text: str) -> str:
    """The form of ``text`` that goes into (and is matched against) the index."""
    text = unicodedata.normalize("NFC", text)
    text = _ARABIC_MARKS.sub("", text)
    if not any(_unspaced(ch) for ch in text):
        return text
    out: list[str] = []
    for ch in text:
        if _unspaced(ch):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    return "".join(out)


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
        tokens = [t.translate(_ARABIC_FOLD) if _ARABIC_LETTER.match(t) else t for t in _tokens(word)]
        if tokens:
            phrases.append('"' + " ".join(tokens).replace('"', '""') + '"')
    if not phrases:
        return None
    last_raw = words[-1]
    if not any(_unspaced(ch) for ch in last_raw):
        phrases[-1] += "*"
    return " AND ".join(phrases)


def tidy_snippet(snippet: str) -> str:
    """Undo the spacing :func:`index_text` added around unspaced-script
    characters, so snippets read naturally."""
    markers = (HIGHLIGHT_START, HIGHLIGHT_END)
    out: list[str] = []
    i, n = 0, len(snippet)
    while i < n:
        ch = snippet[i]
        if ch != " ":
            out.append(ch)
            i += 1
            continue
        j = i
        while j < n and snippet[j] == " ":
            j += 1
        before = next((c for c in reversed(out) if c not in markers), "")
        after = next((c for c in snippet[j:] if c not in markers), "")
        before_unspaced = bool(before) and _unspaced(before)
        after_unspaced = bool(after) and _unspaced(after)
        if not (before_unspaced and after_unspaced):
            out.append(" ")
        i = j
    return "".join(out).strip()
