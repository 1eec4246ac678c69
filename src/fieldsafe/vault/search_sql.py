"""The SQL of a search, in one place: :func:`raw_search`.

:meth:`fieldsafe.vault.Vault.search` holds the vault's lock, calls
:func:`raw_search` and turns its rows into hits with snippets; the
benchmark's floor calls the same function on a bare SQLCipher connection, so
the floor runs exactly the statements the app runs.

Every step costs in proportion to the ranking window (``SEARCH_WINDOW``, the
most recent matches), not to the vault. Measured at 200,000 demo logs
(2026-11, SQLite 3.53, CPU time): before, a search's statements took 3-29 ms
at the 95th percentile against 0.4 ms at 1,000; what grew, and what replaced
it:

1. *The prefix.* The last word of a query also matches as a prefix (search
   as you type). FTS5 answers ``"word"*`` by merging the whole document
   lists of every indexed word with that beginning before it returns a row:
   12-15 ms for a word in every record, and a search asked three times.
   Instead the index's own words with that beginning are listed (a
   ``fts5vocab`` table in the connection's TEMP schema, one step per word)
   and named, ``("shelter" OR "shelters")``, which FTS5 reads lazily. With
   more than :data:`MAX_PREFIX_WORDS` such words, a word whose indexed form
   is not known for certain (:func:`~fieldsafe.vault.search.index_form`), or
   a connection that may not create the TEMP table (a vault open to read
   only), the prefix is left to FTS5.
2. *The window.* How many match (at most ``window``) is counted from the
   oldest match, where a rare phrase beside a common word is found by
   skipping (a person code: ``"p 1234"``; from the newest it walked all of
   ``p``'s list, 0.9 ms); no match ends the search. Only a full window looks
   for where it starts: the ``window``-th match from the newest.
3. *Weighing words.* bm25, FTS5's ``rank``, weighs each word by how rare it
   is, and counts for that every record holding it: 2-10 ms for a word in
   a quarter of 200,000 records or more, on every keystroke. A word is
   probed instead (where its :data:`PROBE`-th match lies tells how many
   records hold it, roughly), and the page is ranked by bm25 over the
   rarest words whose records add up to at most :data:`WEIGH_AT_MOST`;
   commoner words still have to match but do not weigh (as stop words: bm25
   gives a word in half the records a weight of nothing anyway). When no
   word is rare enough, the window's matches come newest first.
4. *The page,* joined to ``records`` for what a hit shows and the text its
   snippet is cut from. The index is read for words, row ids, rank and
   ``kind`` only, never for text: on a contentless index text reads as NULL.

Kinds: the journal is indexed but private. Leaving out kinds that are all
private is a set of row ids read once from ``records`` (few) and checked in
memory; any other choice of kinds reads each match's kind from the index.
The window counts only matches of the chosen kinds.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlcipher3

from fieldsafe.core.records import KINDS
from fieldsafe.vault.search import index_form, query_phrases, quote_phrase

#: hits per page (the GUI fetches the next page as the list scrolls)
SEARCH_LIMIT = 20
#: ranking considers at most this many of the most recent matches
SEARCH_WINDOW = 500
#: a prefix with more indexed words than this is left to FTS5 (at 200,000
#: demo logs, 24 left "t" to FTS5: 585 ms; 128 spells it out: 9 ms)
MAX_PREFIX_WORDS = 128
#: ranking weighs words found in at most this many records together (bm25
#: counts them all: about 0.5 ms for 10,000); None weighs every word
WEIGH_AT_MOST: int | None = 10_000
#: how far into a word's matches the probe looks
PROBE = 64

#: every kind the index holds
INDEXED_KINDS: tuple[str, ...] = tuple(k for k, spec in KINDS.items() if spec.indexed)
#: what a search covers unless asked otherwise: the private kinds left out
DEFAULT_KINDS: tuple[str, ...] = tuple(k for k in INDEXED_KINDS if not KINDS[k].private)

#: one row of :func:`raw_search`: id, kind, title, occurred_at, fields (JSON)
SearchRow = tuple[str, str, str, str, str]

#: the index's words, one row per occurrence (read one row at a time)
_WORDS_TABLE = "fieldsafe_search_words"
_CREATE_WORDS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.fieldsafe_search_words"
    " USING fts5vocab(main, search_index, instance)"
)
_HAS_WORDS = "SELECT 1 FROM temp.sqlite_master WHERE name = ?"
_NEXT_WORD = "SELECT term FROM temp.fieldsafe_search_words WHERE term >= ? AND term < ? LIMIT 1"
#: greater, as UTF-8 bytes, than any continuation of a word
_AFTER_ALL = "\U0010ffff"

_COUNT_SQL = (
    "SELECT count(*) FROM (SELECT rowid FROM search_index"
    " WHERE search_index MATCH ?{kinds} LIMIT ?)"
)
_CUTOFF_SQL = (
    "SELECT rowid FROM search_index WHERE search_index MATCH ?{kinds}"
    " ORDER BY rowid DESC LIMIT 1 OFFSET ?"
)
_PROBE_SQL = "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT 1 OFFSET ?"
_SPAN_SQL = "SELECT (SELECT min(seq) FROM records), (SELECT max(seq) FROM records)"
_HITS = (
    "SELECT r.id, r.kind, r.title, r.occurred_at, r.fields FROM ({hits}) AS hits"
    " JOIN records r ON r.seq = hits.rowid ORDER BY hits.score"
)
#: every word weighs: FTS5 ranks the window's matches itself
_RANKED = _HITS.format(
    hits="SELECT rowid, rank AS score FROM search_index"
    " WHERE search_index MATCH ? AND rowid >= ?{kinds} ORDER BY rank LIMIT ? OFFSET ?"
)
#: some words weigh: bm25 over those, for the window's matches of them all
#: (``+rowid``: the list is a filter, never a lookup per row id)
_WEIGHED = _HITS.format(
    hits="SELECT rowid, bm25(search_index) AS score FROM search_index"
    " WHERE search_index MATCH ? AND rowid >= ? AND +rowid IN"
    " (SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid >= ?{kinds})"
    " ORDER BY score, rowid DESC LIMIT ? OFFSET ?"
)
#: no word weighs: the newest first
_NEWEST = _HITS.format(
    hits="SELECT rowid, -rowid AS score FROM search_index"
    " WHERE search_index MATCH ? AND rowid >= ?{kinds} ORDER BY rowid DESC LIMIT ? OFFSET ?"
)
_NOT_PRIVATE = " AND rowid NOT IN (SELECT seq FROM records WHERE kind IN ({marks}))"
_ONLY_KINDS = " AND kind IN ({marks})"


def searched_kinds(kinds: Sequence[str] | None, *, include_private: bool) -> tuple[str, ...]:
    """The indexed kinds a search covers: ``kinds`` (all indexed kinds when
    None or empty), private ones only if ``include_private``."""
    return tuple(
        k
        for k in (kinds or INDEXED_KINDS)
        if k in KINDS and KINDS[k].indexed and (include_private or not KINDS[k].private)
    )


def raw_search(
    db: sqlcipher3.Connection,
    query: str,
    *,
    limit: int = SEARCH_LIMIT,
    offset: int = 0,
    window: int | None = SEARCH_WINDOW,
    kinds: Sequence[str] = DEFAULT_KINDS,
) -> tuple[list[SearchRow], bool]:
    """Run a search's statements on ``db`` (any connection to a vault): the
    page of rows ranked within the ``window`` most recent matches of
    ``kinds`` (every match when None), and whether the window was full
    (older matches exist). No locking, snippets or objects: see
    :meth:`~fieldsafe.vault.Vault.search`."""
    phrases = match_phrases(db, query)
    wanted = [k for k in INDEXED_KINDS if k in kinds]
    if not phrases or not wanted:
        return [], False
    expression = " AND ".join(phrases)
    kind_sql, kind_params = _kind_filter(wanted)
    cutoff, full, count = 0, False, None
    if window is not None:
        window = max(window, 1)
        count = db.execute(
            _COUNT_SQL.format(kinds=kind_sql), (expression, *kind_params, window)
        ).fetchone()[0]
        if count <= offset:  # nothing on this page (nothing at all when 0)
            return [], count >= window
        if count >= window:
            row = db.execute(
                _CUTOFF_SQL.format(kinds=kind_sql), (expression, *kind_params, window - 1)
            ).fetchone()
            if row is not None:  # None only if a write came between (not under the vault's lock)
                cutoff, full = int(row[0]), True
    if (
        len(phrases) == 1
        and count is not None
        and not full
        and (WEIGH_AT_MOST is None or count <= WEIGH_AT_MOST)
    ):
        weighed = phrases  # its records were just counted: no probe
    else:
        weighed = _weighed(db, phrases)
    # Only "?" placeholders are formatted in; every value is bound.
    if len(weighed) == len(phrases):
        sql, params = _RANKED, [expression, cutoff, *kind_params]
    elif weighed:
        sql = _WEIGHED
        params = [" AND ".join(weighed), cutoff, expression, cutoff, *kind_params]
    else:
        sql, params = _NEWEST, [expression, cutoff, *kind_params]
    rows = db.execute(sql.format(kinds=kind_sql), (*params, limit, offset)).fetchall()
    return rows, full


def match_phrases(db: sqlcipher3.Connection, query: str) -> list[str]:
    """The FTS5 phrases for ``query``, all of which must match: one per word,
    the last also as the beginning of a longer word, spelt out as the
    index's words when it can be (see the module's notes). Empty when
    nothing in the query is searchable."""
    tokens, prefix = query_phrases(query)
    phrases = [quote_phrase(p) for p in tokens]
    if prefix:
        *before, last = tokens[-1]
        words = _words_beginning(db, last)
        if words is None:
            phrases[-1] += "*"
        elif words:
            phrases[-1] = "(" + " OR ".join(quote_phrase([*before, w]) for w in words) + ")"
        # no indexed word begins so: the exact phrase alone (it matches nothing)
    return phrases


def _words_beginning(db: sqlcipher3.Connection, token: str) -> list[str] | None:
    """The index's words that begin with ``token``, or None when they are not
    to be spelt out (too many, unknown form, no TEMP table)."""
    start = index_form(token)
    if start is None or not _words_table(db):
        return None
    end = start + _AFTER_ALL
    words: list[str] = []
    after = start
    while len(words) <= MAX_PREFIX_WORDS:
        row = db.execute(_NEXT_WORD, (after, end)).fetchone()
        if row is None:
            return words
        words.append(row[0])
        after = row[0] + "\x01"  # no indexed word holds a control character
    return None


def _words_table(db: sqlcipher3.Connection) -> bool:
    if db.execute(_HAS_WORDS, (_WORDS_TABLE,)).fetchone() is not None:
        return True
    try:
        db.execute(_CREATE_WORDS)
    except sqlcipher3.OperationalError:  # a vault open to read only (PRAGMA query_only)
        return False
    return True


def _weighed(db: sqlcipher3.Connection, phrases: list[str]) -> list[str]:
    """The phrases ranking weighs: the rarest, while the records holding
    them add up to at most :data:`WEIGH_AT_MOST` (estimated), in query order."""
    if WEIGH_AT_MOST is None:
        return phrases
    estimates: dict[str, float] = {}
    span: tuple[int, int] | None = None
    for phrase in phrases:
        row = db.execute(_PROBE_SQL, (phrase, PROBE - 1)).fetchone()
        if row is None:
            estimates[phrase] = PROBE  # fewer than that
            continue
        if span is None:
            first, last = db.execute(_SPAN_SQL).fetchone()
            span = (int(first or 0), int(last or 0))
        # the probe's share of the records so far, applied to them all
        estimates[phrase] = PROBE * (span[1] - span[0] + 1) / max(int(row[0]) - span[0] + 1, 1)
    kept: set[str] = set()
    total = 0.0
    for phrase in sorted(phrases, key=estimates.__getitem__):
        total += estimates[phrase]
        if total > WEIGH_AT_MOST:
            break
        kept.add(phrase)
    return [p for p in phrases if p in kept]


def _kind_filter(wanted: list[str]) -> tuple[str, list[str]]:
    unwanted = [k for k in INDEXED_KINDS if k not in wanted]
    if not unwanted:
        return "", []
    if all(KINDS[k].private for k in unwanted):
        return _NOT_PRIVATE.format(marks=",".join("?" * len(unwanted))), unwanted
    return _ONLY_KINDS.format(marks=",".join("?" * len(wanted))), wanted
