"""The search's SQL (fieldsafe.vault.search_sql): what raw_search runs is what
Vault.search runs, prefixes are spelt out as the index's own words, common
words match without weighing, and the window counts only searched kinds."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta

import pytest
import sqlcipher3

from fieldsafe.vault import Vault, search_sql
from fieldsafe.vault.db import connect
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from fieldsafe.vault.search import _FOLD_EXCEPTIONS, _FOLD_RANGES, index_form
from fieldsafe.vault.search_sql import match_phrases, raw_search
from tests.conftest import PASSPHRASE

WHEN = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def _ids(rows: list[search_sql.SearchRow]) -> list[str]:
    return [r[0] for r in rows]


def _raw(vault: Vault) -> sqlcipher3.Connection:
    """A bare connection to the vault's file, as the benchmark's floor has."""
    key = KeyFile.load(vault.directory / KEY_FILE).unlock(PASSPHRASE)
    try:
        return connect(vault.directory / DB_FILE, key)
    finally:
        key.wipe()


@pytest.fixture
def logs(vault: Vault) -> list[str]:
    words = ["shelter", "shelters", "sheltered", "clinic", "P-1234", "P-12345", "P-1299"]
    ids = []
    for i in range(30):
        body = f"visit {i}: {words[i % len(words)]} and {words[(i * 3) % len(words)]}"
        ids.append(vault.logs.save(occurred_at=WHEN + timedelta(hours=i), title="t", body=body).id)
    return ids


@pytest.mark.parametrize(
    "query", ["shelter", "shel", "P-12", "P-1234", "clinic shel", "visit", "x"]
)
@pytest.mark.parametrize("window", [None, 500, 4])
def test_raw_search_runs_what_vault_search_runs(
    vault: Vault, logs: list[str], query: str, window: int | None
) -> None:
    hits = vault.search(query, window=window)
    raw = _raw(vault)
    try:
        rows, full = raw_search(raw, query, window=window)
    finally:
        raw.close()
    assert _ids(rows) == [h.id for h in hits]
    assert full == hits.window_full


def test_a_prefix_is_spelt_out_as_the_index_words(vault: Vault, logs: list[str]) -> None:
    with vault.reading() as db:
        assert match_phrases(db, "clinic Shel") == [
            '"clinic"',
            '("shelter" OR "sheltered" OR "shelters")',
        ]
        assert match_phrases(db, "P-123") == ['("P 1234" OR "P 12345")']
        assert match_phrases(db, "zebra") == ['"zebra"']  # no such word: nothing matches
        # the same rows as FTS5's own prefix query
        for query, prefix in [
            ("shel", '"shel"*'),
            ("P-12", '"P 12"*'),
            ("visit sh", '"visit" AND "sh"*'),
        ]:
            spelt = {r[0] for r in raw_search(db, query, window=None, limit=100)[0]}
            fts5 = db.execute(
                "SELECT r.id FROM search_index JOIN records r ON r.seq = search_index.rowid"
                " WHERE search_index MATCH ?",
                (prefix,),
            ).fetchall()
            assert spelt == {r[0] for r in fts5}


def test_a_prefix_of_many_words_is_left_to_fts5(
    vault: Vault, logs: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_sql, "MAX_PREFIX_WORDS", 2)
    with vault.reading() as db:
        assert match_phrases(db, "shel") == ['"shel"*']
    assert len(vault.search("shel", window=None, limit=100)) == len(
        [i for i in range(30) if {i % 7, (i * 3) % 7} & {0, 1, 2}]
    )


def test_a_connection_that_may_not_write_leaves_the_prefix_to_fts5(
    vault: Vault, logs: list[str]
) -> None:
    raw = _raw(vault)
    try:
        raw.execute("PRAGMA query_only = ON")  # as a vault open to read only
        assert match_phrases(raw, "shel") == ['"shel"*']
        # the same records (ranked a little differently: one phrase, not three)
        assert set(_ids(raw_search(raw, "shel", window=None, limit=100)[0])) == {
            h.id for h in vault.search("shel", window=None, limit=100)
        }
    finally:
        raw.close()


def test_the_window_counts_only_the_kinds_searched(vault: Vault) -> None:
    logs = [vault.logs.save(occurred_at=WHEN, title="t", body="papaya").id for _ in range(3)]
    for _ in range(4):  # newer, private: not searched unless asked
        vault.journal.save(occurred_at=WHEN, body="papaya")
    found = vault.search("papaya", window=3)
    assert {h.id for h in found} == set(logs)
    assert found.window_full
    assert not vault.search("papaya", window=4).window_full
    assert {h.kind for h in vault.search("papaya", window=3, include_private=True)} == {"debrief"}
    assert {h.kind for h in vault.search("papaya", kinds=["debrief"], include_private=True)} == {
        "debrief"
    }


def test_pages_follow_each_other_within_the_window(vault: Vault, logs: list[str]) -> None:
    pages = [vault.search("visit", window=25, limit=10, offset=o) for o in (0, 10, 20, 30)]
    seen = [h.id for page in pages for h in page]
    assert len(seen) == len(set(seen)) == 25
    assert set(seen) == set(logs[-25:])
    assert all(page.window_full for page in pages)


def test_common_words_match_but_do_not_weigh(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(search_sql, "PROBE", 2)
    monkeypatch.setattr(search_sql, "WEIGH_AT_MOST", 4)
    older_strong = vault.logs.save(
        occurred_at=WHEN, title="t", body="mango mango mango papaya papaya papaya"
    ).id
    for i in range(8):
        vault.logs.save(occurred_at=WHEN, title="t", body=f"papaya and more words here {i}")
    newer_weak = vault.logs.save(
        occurred_at=WHEN, title="t", body="mango papaya with many other words around it"
    ).id
    newest = vault.logs.save(occurred_at=WHEN, title="t", body="papaya").id
    # papaya is in every record: no word weighs, the newest come first
    assert [h.id for h in vault.search("papaya")][:2] == [newest, newer_weak]
    # mango is rare: it alone ranks, papaya must still match
    assert [h.id for h in vault.search("papaya mango")] == [older_strong, newer_weak]
    monkeypatch.setattr(search_sql, "WEIGH_AT_MOST", None)  # every word weighs again
    assert [h.id for h in vault.search("papaya")][0] == older_strong


def _tokenizer(vault: Vault) -> str:
    with vault.reading() as db:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
    found = re.search(r"tokenize\s*=\s*(\"[^\"]*\"|'(?:[^']|'')*')", sql)
    assert found is not None
    return found.group(1)


def test_index_form_is_the_index_tokenizer_s_own(vault: Vault) -> None:
    """Every letter index_form folds, folded as the index's tokenizer does
    (SQLite's Unicode tables, not Python's): else a spelt-out prefix would
    miss words."""
    conn = sqlcipher3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize = {_tokenizer(vault)})")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    chars = [chr(cp) for lo, hi in _FOLD_RANGES for cp in range(lo, hi + 1)]
    chars += list(_FOLD_EXCEPTIONS)
    checked = 0
    for n, ch in enumerate(chars, 1):
        if unicodedata.category(ch)[0] not in "LNM" and unicodedata.category(ch) != "Co":
            continue  # not a token character: never in a query's token
        mine = index_form("q" + ch + "z")
        if mine is None:
            continue
        conn.execute("INSERT INTO t (rowid, x) VALUES (?, ?)", (n, "q" + ch + "z"))
        terms = [r[0] for r in conn.execute("SELECT term FROM v WHERE doc = ?", (n,))]
        assert terms == [mine], (hex(ord(ch)), terms, mine)
        checked += 1
    assert checked > 1800
    assert index_form("日本") is None  # not known here: left to FTS5
