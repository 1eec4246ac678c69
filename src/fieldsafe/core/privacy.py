"""Privacy hints: spot identifying details in a log while it is being written.

:func:`find_hints` flags text that looks like a phone number, an e-mail
address, or one of the "words to watch for" (names, nicknames) listed in the
vault's code book, so the editor can offer to put the person code in their
place (:func:`replace_spans`). Hints are gentle suggestions, never a guarantee:
the rules below are heuristics, tuned to flag a little too much rather than
too little, and documented with their trade-offs.

Phone numbers
    Groups of digits separated by a single space, dot or dash (a space on
    either side of a dot or dash is allowed), optionally starting
    with ``+`` and with groups in parentheses: ``+40 712 345 678``,
    ``0712-345-678``, ``(020) 7946 0958``, ``+44 (0) 20 7946 0958``.
    ASCII, Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits count,
    and 7 to 15 digits are needed in total. Not flagged: numbers glued to
    letters (``A12``, ``ID1234567``), dates (``2026-11-23``, ``23.11.2026``,
    ``23/11/2026``, ``20261123``), times and ISO timestamps (a ``:`` or
    ``/`` joins no group), year ranges (``2019-2023``), decimals
    (``3.1415926``), IPv4 addresses, amounts with thousands separators
    (``1,500``, ``1.500.000``, ``1 500 000``, and anything next to a
    currency sign), and lists of one- and two-digit numbers unless they
    start with ``0`` or ``+``. Trade-offs: other long plain numbers (case
    numbers, Unix times) *are* flagged; a 3-3-3 grouping written with
    spaces (``612 345 678``, a common mobile format) is taken for a phone
    number, not an amount, unless a currency sign is next to it; numbers of
    16 or more digits are not phone numbers (card numbers are not flagged),
    but a run of several numbers separated only by spaces is split where a
    group starts with ``0`` or ``(``; a one- or two-digit number right
    before a phone number is left out of its span when the phone number
    starts with ``0`` (``room 12 0712 345 678``), and included otherwise.

E-mail addresses
    A practical ``local@domain.tld`` pattern: letters (any script), digits,
    ``_``, ``+`` and ``-`` in dot-separated parts before the ``@``; domain
    labels of letters, digits and inner dashes; a top-level domain of two or
    more letters (any script) or an ``xn--`` label. Quoted local parts and
    IP-literal domains are not recognised.

Names (watch words)
    Matched case-insensitively (Unicode case folding) as whole words or
    whole phrases; the words of a phrase may be separated by any run of
    white space. Watch words shorter than two characters are ignored, and
    watch words are always literal text, never patterns. To survive the
    different ways a name gets typed, text and watch words are both
    normalised before comparing, character by character, so offsets still
    point into the original text: compatibility decomposition (NFKD: accents
    composed or not, full-width letters, ligatures, Arabic presentation
    forms), Turkish ``İ`` as ``i``, and for Arabic script the usual search
    normalisation: harakat and other Quranic marks and the tatweel are
    ignored, the hamza and madda on alef/waw/yeh are ignored
    (أ إ آ ٱ → ا, ؤ → و, ئ → ي), alef maqsura and Persian yeh are yeh
    (ى ی → ي), Persian kaf is kaf (ک → ك) and teh marbuta is heh (ة → ه).
    Accents outside Arabic still count: ``José`` does not match ``Jose``.
    A word "boundary" means no letter, digit, ``_``, combining mark or
    ZWJ/ZWNJ right next to the match (only checked on the side where the
    watch word itself starts/ends with such a character), so ``مريم``
    matches in ``رأيت مريم اليوم`` but not in ``مريمات``. Trade-offs:
    Arabic proclitics written onto the name (``ومريم``, ``لمريم``) and
    suffixes in languages that attach them (Turkish ``Ayşe'nin`` is fine,
    Korean ``민수가`` is not) make a longer word and are not matched; in
    scripts written without spaces (Chinese, Japanese, Thai, Lao, Khmer,
    Burmese) there are no word boundaries to check, so those watch words
    match anywhere. When one watch word is listed for two person codes, the
    first code in the mapping's order is reported.

Overlaps are resolved in favour of the longer hint, then the earlier one,
then name over e-mail over phone (a number the code book lists for a
person is reported with the person's code).

The compiled watch-word pattern contains the watch words, which are
sensitive; :func:`clear_cache` drops it (call it when the vault locks).
"""

from __future__ import annotations

import heapq
import itertools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

PHONE = "phone"
EMAIL = "email"
NAME = "name"

#: Watch words shorter than this (in characters) are ignored.
MIN_WATCH_WORD_LENGTH = 2
MIN_PHONE_DIGITS = 7
MAX_PHONE_DIGITS = 15
DEFAULT_LIMIT = 50


@dataclass(frozen=True, slots=True)
class Hint:
    """One span of ``text`` that may identify someone: ``text[start:end]``."""

    kind: str  # PHONE | EMAIL | NAME
    start: int
    end: int
    code: str | None = None  # for NAME: the person code whose watch word matched


_NO_WATCH_WORDS: Mapping[str, Sequence[str]] = MappingProxyType({})
_KIND_RANK = {NAME: 0, EMAIL: 1, PHONE: 2}


def find_hints(
    text: str,
    watch_words: Mapping[str, Sequence[str]] = _NO_WATCH_WORDS,
    *,
    limit: int = DEFAULT_LIMIT,
) -> list[Hint]:
    """Hints for ``text``, sorted by start, non-overlapping, at most ``limit``.

    ``watch_words`` maps a person code to the names and nicknames to watch
    for (a single string is taken as one watch word). The first ``limit``
    hints in text order are returned; ``limit <= 0`` returns none.
    """
    if limit <= 0 or not text:
        return []
    streams: list[Iterator[Hint]] = [_phone_hints(text)]
    if "@" in text:
        streams.append(_email_hints(text))
    if watch_words:
        matcher = _name_matcher(_watch_key(watch_words))
        if matcher.pattern is not None:
            streams.append(_name_hints(text, matcher))

    result: list[Hint] = []
    cluster: list[Hint] = []
    cluster_end = 0
    for hint in heapq.merge(*streams, key=lambda h: h.start):
        if cluster and hint.start >= cluster_end:
            result.extend(_resolve(cluster))
            if len(result) >= limit:
                return result[:limit]
            cluster = []
        if not cluster:
            cluster_end = hint.end
        cluster.append(hint)
        cluster_end = max(cluster_end, hint.end)
    if cluster:
        result.extend(_resolve(cluster))
    return result[:limit]


def replace_spans(
    text: str,
    hints: Sequence[Hint],
    replacement_for: Callable[[Hint], str | None],
) -> str:
    """``text`` with each hint's span replaced by ``replacement_for(hint)``.

    Hints for which ``replacement_for`` returns ``None`` are left alone. The
    offsets of every hint refer to the original ``text`` (the result is
    built in one pass, which is equivalent to replacing from the end);
    ``replacement_for`` is called in text order. Raises ``ValueError`` for
    a span outside ``text`` or two replaced spans that overlap.
    """
    pieces: list[str] = []
    position = 0
    for hint in sorted(hints, key=lambda h: (h.start, h.end)):
        if not 0 <= hint.start <= hint.end <= len(text):
            raise ValueError(f"hint span {hint.start}:{hint.end} outside the text")
        replacement = replacement_for(hint)
        if replacement is None:
            continue
        if hint.start < position:
            raise ValueError(f"hint span {hint.start}:{hint.end} overlaps another")
        pieces.append(text[position : hint.start])
        pieces.append(replacement)
        position = hint.end
    pieces.append(text[position:])
    return "".join(pieces)


def clear_cache() -> None:
    """Forget compiled watch-word patterns (they contain the watch words)."""
    _name_matcher.cache_clear()
    re.purge()  # the re module keeps its own cache of compiled patterns


def _resolve(cluster: list[Hint]) -> list[Hint]:
    """Non-overlapping hints from a run of overlapping ones: longest first,
    then earliest, then by kind."""
    if len(cluster) == 1:
        return cluster
    starts: list[int] = []
    ends: list[int] = []
    for hint in sorted(cluster, key=lambda h: (h.start - h.end, h.start, _KIND_RANK[h.kind])):
        i = bisect_right(starts, hint.start)
        if i > 0 and ends[i - 1] > hint.start:
            continue
        if i < len(starts) and starts[i] < hint.end:
            continue
        starts.insert(i, hint.start)
        ends.insert(i, hint.end)
    accepted = set(zip(starts, ends, strict=True))
    chosen: list[Hint] = []
    for hint in sorted(cluster, key=lambda h: (h.start, _KIND_RANK[h.kind])):
        if (hint.start, hint.end) in accepted:
            accepted.discard((hint.start, hint.end))
            chosen.append(hint)
    return chosen


# --- Phone numbers -----------------------------------------------------------

_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_D = f"[{_DIGIT}]"
_SPACE = " \u00a0\u2007\u2009\u202f"
_DASH = "\\-\u2010\u2011\u2012\u2013\u2212"
_SEP = f"(?:[{_SPACE}]?[.{_DASH}][{_SPACE}]?|[{_SPACE}])"
_PAREN = rf"\(\+?{_D}{{1,6}}\)"

_PHONE_RE = re.compile(
    # Not glued to a word, a "+", or the digits of a date, time or decimal.
    rf"(?<![\w+])(?<!{_D}[.,:/{_DASH}])"
    rf"(?:\+[{_SPACE}]?)?"
    rf"(?:{_PAREN}(?:{_SEP})?|{_D}+{_SEP}){{0,{MAX_PHONE_DIGITS}}}"
    rf"{_D}+"
    rf"(?![\w@]|[.,:/{_DASH}]{_D})"
)
_GROUP_RE = re.compile(rf"\(\+?{_D}+\)|{_D}+")
_NON_DIGIT_RE = re.compile(f"[^{_DIGIT}]")
_SPLITTABLE_RE = re.compile(f"[{_SPACE}][(0\u0660\u06f0]|[.{_DASH}]")


@dataclass(frozen=True, slots=True)
class _Group:
    start: int  # includes a leading "+" and "("
    end: int  # includes a closing ")"
    digits: str
    sep: str  # before this group: "" (none), " ", "." or "-"
    paren: bool
    plus: bool

    @property
    def value(self) -> int:
        return int(self.digits)


def _phone_hints(text: str) -> Iterator[Hint]:
    for match in _PHONE_RE.finditer(text):
        candidate = match.group()
        digits = len(_NON_DIGIT_RE.sub("", candidate))
        if digits < MIN_PHONE_DIGITS:
            continue
        if digits > MAX_PHONE_DIGITS and not _SPLITTABLE_RE.search(candidate):
            continue  # no date to cut out, no second number to split off
        for start, end in _phone_spans(text, match.start(), match.end()):
            yield Hint(PHONE, start, end)


def _phone_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    groups: list[_Group] = []
    previous = start
    for found in _GROUP_RE.finditer(text, start, end):
        between = text[previous : found.start()]
        previous = found.end()
        first = not groups
        plus = first and text[start] == "+"
        if first:
            sep = ""
        elif "." in between:
            sep = "."
        elif between.strip(_SPACE):
            sep = "-"
        elif between:
            sep = " "
        else:
            sep = ""
        token = found.group()
        groups.append(
            _Group(
                start=start if plus else found.start(),
                end=found.end(),
                digits=_NON_DIGIT_RE.sub("", token),
                sep=sep,
                paren=token.startswith("("),
                plus=plus,
            )
        )
    spans = []
    for piece in _cut_dates(groups):
        for sub in _split_long(piece):
            sub = _trim_leading(sub)
            if _looks_like_phone(text, sub):
                spans.append((sub[0].start, sub[-1].end))
    return spans


def _is_year(group: _Group) -> bool:
    return len(group.digits) == 4 and 1900 <= group.value <= 2099


def _is_date(groups: Sequence[_Group], seps: str) -> bool:
    """Three groups joined by the same separator (one of ``seps``) that read
    as a date with a four-digit year, year first or last."""
    a, b, c = groups
    if a.paren or b.paren or c.paren or b.sep != c.sep or b.sep not in seps:
        return False
    if _is_year(a):
        return (
            len(b.digits) <= 2 and len(c.digits) <= 2 and 1 <= b.value <= 12 and 1 <= c.value <= 31
        )
    if _is_year(c) and len(a.digits) <= 2 and len(b.digits) <= 2:
        x, y = a.value, b.value
        return (1 <= x <= 31 and 1 <= y <= 12) or (1 <= x <= 12 and 1 <= y <= 31)
    return False


def _cut_dates(groups: list[_Group]) -> list[list[_Group]]:
    """Split out dates written with dots or dashes (a date and time, or a
    date right before a phone number, become one candidate otherwise)."""
    pieces: list[list[_Group]] = []
    current: list[_Group] = []
    i = 0
    while i < len(groups):
        if i + 2 < len(groups) and not groups[i].plus and _is_date(groups[i : i + 3], ".-"):
            if current:
                pieces.append(current)
            current = []
            i += 3
        else:
            current.append(groups[i])
            i += 1
    if current:
        pieces.append(current)
    return pieces


def _starts_with_zero(group: _Group) -> bool:
    return int(group.digits[0]) == 0


def _split_long(piece: list[_Group]) -> list[list[_Group]]:
    """Too many digits for one number: split at spaces before a group that
    starts with ``0`` or ``(`` (the start of a local number), then gather
    the parts greedily into numbers of at most fifteen digits."""
    if sum(len(g.digits) for g in piece) <= MAX_PHONE_DIGITS:
        return [piece]
    parts: list[list[_Group]] = []
    for group in piece:
        if parts and group.sep == " " and (group.paren or _starts_with_zero(group)):
            parts.append([group])
        elif parts:
            parts[-1].append(group)
        else:
            parts.append([group])
    result: list[list[_Group]] = []
    current: list[_Group] = []
    count = 0
    for part in parts:
        size = sum(len(g.digits) for g in part)
        if current and count + size > MAX_PHONE_DIGITS:
            result.append(current)
            current, count = [], 0
        current = current + part
        count += size
    if current:
        result.append(current)
    return result


def _trim_leading(piece: list[_Group]) -> list[_Group]:
    """Drop a short number just before a local phone number ("room 12 0712…")."""
    if (
        len(piece) > 1
        and not piece[0].plus
        and not piece[0].paren
        and len(piece[0].digits) <= 2
        and not _starts_with_zero(piece[0])
        and piece[1].sep == " "
        and not piece[1].paren
        and _starts_with_zero(piece[1])
    ):
        return piece[1:]
    return piece


def _next_to_currency(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start].rstrip(_SPACE)[-1:]
    after = text[end : end + 2].lstrip(_SPACE)[:1]
    return any(unicodedata.category(c) == "Sc" for c in before + after)


def _looks_like_phone(text: str, piece: list[_Group]) -> bool:  # noqa: C901 - ratchet: split this function
    if not piece:
        return False
    lengths = [len(g.digits) for g in piece]
    if not MIN_PHONE_DIGITS <= sum(lengths) <= MAX_PHONE_DIGITS:
        return False
    if piece[0].plus or any(g.paren for g in piece):
        return True
    if _next_to_currency(text, piece[0].start, piece[-1].end):
        return False
    seps = {g.sep for g in piece[1:]}
    if len(piece) == 1:
        # A compact date: 20261123.
        g = piece[0]
        return not (
            len(g.digits) == 8
            and 1900 <= int(g.digits[:4]) <= 2099
            and 1 <= int(g.digits[4:6]) <= 12
            and 1 <= int(g.digits[6:]) <= 31
        )
    if len(piece) == 2 and seps == {"."}:
        return False  # a decimal number
    if len(piece) == 2 and _is_year(piece[0]) and _is_year(piece[1]):
        return False  # a range of years
    if len(piece) == 3 and _is_date(piece, ".- "):
        return False
    if len(piece) == 4 and seps == {"."} and all(n <= 3 for n in lengths):
        if all(g.value <= 255 for g in piece):
            return False  # an IPv4 address
    if (
        len(seps) == 1
        and seps <= {".", " "}
        and lengths[0] <= 3
        and all(n == 3 for n in lengths[1:])
        and not _starts_with_zero(piece[0])
        and (seps == {"."} or lengths[0] <= 2)
    ):
        return False  # an amount with thousands separators: 1.500.000, 12 500 000
    if max(lengths) < 3 and not _starts_with_zero(piece[0]):
        return False  # a list of small numbers
    return True


# --- E-mail addresses -----------------------------------------------------------

_EMAIL_RE = re.compile(
    r"(?<![\w.+\-@])"
    r"[\w+\-]+(?:\.[\w+\-]+)*"
    r"@"
    r"(?:[^\W_](?:[\w\-]{0,61}[^\W_])?\.)+"
    r"(?:[^\W\d_]{2,63}|xn--[\w\-]{1,59})"
    r"(?![\w\-@])"
)


def _email_hints(text: str) -> Iterator[Hint]:
    for match in _EMAIL_RE.finditer(text):
        yield Hint(EMAIL, match.start(), match.end())


# --- Names -----------------------------------------------------------------------

# Arabic marks ignored when matching: Quranic annotation signs, harakat
# (including hamza and madda above/below), superscript alef, small high
# signs, extended-A marks, and the tatweel.
_ARABIC_IGNORED = frozenset(
    itertools.chain(
        map(chr, range(0x0610, 0x061B)),
        map(chr, range(0x064B, 0x0660)),
        "\u0640\u0670",
        map(chr, range(0x06D6, 0x06DD)),
        map(chr, range(0x06DF, 0x06E9)),
        map(chr, range(0x06EA, 0x06EE)),
        map(chr, range(0x08D3, 0x0900)),
    )
)
_ARABIC_LETTERS = {
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0649": "\u064a",  # alef maqsura -> yeh
    "\u06cc": "\u064a",  # Farsi yeh -> yeh
    "\u06a9": "\u0643",  # keheh -> kaf
    "\u0629": "\u0647",  # teh marbuta -> heh
}


def _fold_char(char: str) -> str:
    if char == "\u0130":  # Turkish capital dotted I
        return "i"
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", char).casefold())
    return "".join(_ARABIC_LETTERS.get(c, c) for c in folded if c not in _ARABIC_IGNORED)


class _FoldTable(dict[int, str]):
    """Code point -> folded text, filled on demand (for ``str.translate``)."""

    def __missing__(self, key: int) -> str:
        value = _fold_char(chr(key))
        if len(self) < 100_000:
            self[key] = value
        return value


_FOLD = _FoldTable()


def _fold(text: str) -> str:
    return text.lower() if text.isascii() else text.translate(_FOLD)


def _fold_text(text: str) -> tuple[str, bool]:
    """The folded text, and whether every character folded to exactly one
    (so offsets into the folded text are offsets into ``text``)."""
    if text.isascii():
        return text.lower(), True
    return text.translate(_FOLD), all(len(_FOLD[ord(c)]) == 1 for c in set(text))


class _FoldOffsets:
    """Where each character's folding starts in the folded text
    (``values[i]`` for ``text[i]``, then the folded length), computed a
    chunk at a time as far as the matches need: with a limit on the hints,
    a long text is seldom mapped to the end."""

    _CHUNK = 8192

    def __init__(self, text: str) -> None:
        self._text = text
        self._values = [0]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of original characters whose folding covers
        ``start:end`` of the folded text, with the marks folding dropped
        right after it (the harakat on the last letter of a name)."""
        values, text = self._values, self._text
        while values[-1] <= end and len(values) <= len(text):
            done = len(values) - 1
            chunk = text[done : done + self._CHUNK]
            lengths = map(len, map(_FOLD.__getitem__, map(ord, chunk)))  # all in C
            values.extend(
                itertools.islice(itertools.accumulate(lengths, initial=values[-1]), 1, None)
            )
        first = bisect_right(values, start) - 1
        last = bisect_right(values, end) - 1
        if values[last] < end:  # ends inside the folding of text[last]
            last += 1
        return first, last


# Scripts written without spaces between words: no word boundaries to check.
_UNSPACED_RE = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)


@lru_cache(maxsize=1)
def _word_class() -> str:
    """A regex class of what continues a word: letters, digits, ``_``,
    combining marks (Devanagari vowel signs, accents) and ZWNJ/ZWJ."""
    marks: list[tuple[int, int]] = []
    for cp in itertools.chain(range(0x20000), range(0xE0100, 0xE01F0)):
        if unicodedata.category(chr(cp))[0] == "M":
            if marks and marks[-1][1] == cp - 1:
                marks[-1] = (marks[-1][0], cp)
            else:
                marks.append((cp, cp))
    ranges = "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in marks)
    return rf"[\w{ranges}\u200c\u200d]"


@lru_cache(maxsize=1)
def _word_char_re() -> re.Pattern[str]:
    return re.compile(_word_class())


def _needs_boundary(char: str) -> bool:
    return _word_char_re().fullmatch(char) is not None and _UNSPACED_RE.match(char) is None


_Trie = dict[str, "_Trie"]
_END = ""  # trie key marking the end of a phrase (tokens are never empty)
_WS = " "  # trie token for a run of white space (phrases are split on it)
_MAX_NESTING = 40


@dataclass(frozen=True)
class _NameMatcher:
    pattern: re.Pattern[str] | None
    codes: dict[str, str]  # folded phrase, single-spaced -> person code


_WatchKey = tuple[tuple[str, tuple[str, ...]], ...]


def _watch_key(watch_words: Mapping[str, Sequence[str]]) -> _WatchKey:
    return tuple(
        (code, (words,) if isinstance(words, str) else tuple(words))
        for code, words in watch_words.items()
    )


@lru_cache(maxsize=8)
def _name_matcher(key: _WatchKey) -> _NameMatcher:
    codes: dict[str, str] = {}
    for code, words in key:
        for word in words:
            if len(word.strip()) < MIN_WATCH_WORD_LENGTH:
                continue
            phrase = " ".join(_fold(word).split())
            if len(phrase) >= MIN_WATCH_WORD_LENGTH:
                codes.setdefault(phrase, code)
    if not codes:
        return _NameMatcher(None, {})
    return _NameMatcher(re.compile(_phrases_pattern(codes)), codes)


def _phrases_pattern(phrases: Iterable[str]) -> str:
    """One regex for all phrases. Phrases are grouped by whether their
    first and last characters need a word boundary, and each group is
    written as a trie, so that each position is tried against a handful of
    branches rather than every phrase. Longer phrases win over their
    prefixes; every character is escaped."""
    tries: dict[tuple[bool, bool], _Trie] = {}
    for phrase in phrases:
        node = tries.setdefault((_needs_boundary(phrase[0]), _needs_boundary(phrase[-1])), {})
        for token in phrase:
            node = node.setdefault(token, {})
        node[_END] = {}
    word = _word_class()
    parts = []
    for (bounded_start, bounded_end), trie in sorted(tries.items()):
        lead = f"(?<!{word})" if bounded_start else ""
        trail = f"(?!{word})" if bounded_end else ""
        parts.append(f"{lead}(?:{_trie_pattern(trie, 0)}){trail}")
    return "|".join(parts)


def _token_pattern(token: str) -> str:
    return r"\s+" if token == _WS else re.escape(token)


def _trie_pattern(node: _Trie, depth: int) -> str:
    if depth >= _MAX_NESTING:
        return _flat_pattern(node)
    alternatives = []
    for token in sorted(t for t in node if t != _END):
        run = [token]
        child = node[token]
        while _END not in child and len(child) == 1:
            ((token, child),) = child.items()
            run.append(token)
        alternatives.append("".join(map(_token_pattern, run)) + _trie_pattern(child, depth + 1))
    if _END in node:
        alternatives.append("")  # last, so that longer phrases are tried first
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _flat_pattern(node: _Trie) -> str:
    """The rest of a very deep trie as a plain alternation, longest first
    (keeps the regex parser's recursion shallow)."""
    suffixes: list[list[str]] = []
    stack: list[tuple[_Trie, list[str]]] = [(node, [])]
    while stack:
        current, prefix = stack.pop()
        for token, child in current.items():
            if token == _END:
                suffixes.append(prefix)
            else:
                stack.append((child, [*prefix, token]))
    suffixes.sort(key=len, reverse=True)  # the empty suffix, if any, comes last
    return "(?:" + "|".join("".join(map(_token_pattern, s)) for s in suffixes) + ")"


def _name_hints(text: str, matcher: _NameMatcher) -> Iterator[Hint]:
    assert matcher.pattern is not None
    folded, same_offsets = _fold_text(text)
    offsets = None if same_offsets else _FoldOffsets(text)
    for match in matcher.pattern.finditer(folded):
        code = matcher.codes.get(" ".join(match.group().split()))
        if code is None:  # pragma: no cover - every match is a listed phrase
            continue
        start, end = match.span()
        if offsets is not None:
            start, end = offsets.span(start, end)
        yield Hint(NAME, start, end, code)
