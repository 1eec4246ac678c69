"""Fictional sample data: reproducible, valid, varied, multilingual."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from fieldsafe.core.demo import LANGUAGES, MAX_WORDS, MIN_WORDS, SPAN_DAYS, demo_records
from fieldsafe.core.interchange import parse_interchange, write_interchange

UNTIL = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
CODE = re.compile(r"(?<![A-Za-z0-9])P-\d{4,5}(?!\d)")

SCRIPTS = {
    "arabic": re.compile("[\u0600-\u06ff]"),
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "ukrainian": re.compile("[їєґі]"),
    "devanagari": re.compile("[\u0900-\u097f]"),
    "thai": re.compile("[\u0e00-\u0e7f]"),
    "chinese": re.compile("[\u4e00-\u9fff]"),
    "latin_diacritics": re.compile("[áéíóúñçãõàèêâô]"),
}


def test_same_seed_same_records_and_prefix_stable() -> None:
    first = list(demo_records(300, seed=7, until=UNTIL))
    assert first == list(demo_records(300, seed=7, until=UNTIL))
    assert list(demo_records(40, seed=7, until=UNTIL)) == first[:40]
    other = list(demo_records(300, seed=8, until=UNTIL))
    assert [r.fields["title"] for r in other] != [r.fields["title"] for r in first]
    assert len({r.id for r in first}) == 300


def test_seed_may_be_text_or_number() -> None:
    assert list(demo_records(5, seed=3, until=UNTIL)) == list(
        demo_records(5, seed="3", until=UNTIL)
    )


def test_counts() -> None:
    assert list(demo_records(0, until=UNTIL)) == []
    with pytest.raises(ValueError):
        list(demo_records(-1, until=UNTIL))


def test_records_are_valid_interchange_records() -> None:
    records = list(demo_records(500, seed=1, until=UNTIL))
    out = io.BytesIO()
    write_interchange(out, records, exported_at=UNTIL)
    assert parse_interchange(out.getvalue()) == records


def test_every_script_is_present_even_in_a_small_sample() -> None:
    text = "\n".join(
        r.fields["title"] + r.fields["body"] for r in demo_records(len(LANGUAGES), until=UNTIL)
    )
    missing = [name for name, pattern in SCRIPTS.items() if not pattern.search(text)]
    assert missing == []


def test_times_are_plausible() -> None:
    for record in demo_records(1000, seed=2, until=UNTIL):
        occurred = datetime.fromisoformat(record.fields["occurred_at"])
        created = datetime.fromisoformat(record.created_at or "")
        updated = datetime.fromisoformat(record.updated_at or "")
        assert UNTIL - timedelta(days=SPAN_DAYS + 1) <= occurred <= created <= updated <= UNTIL
        assert record.fields["occurred_at"].endswith("Z")


def test_bodies_have_the_promised_size_and_sometimes_lists() -> None:
    records = list(demo_records(2000, seed=3, until=UNTIL))
    spaced = [
        r
        for r in records
        if not SCRIPTS["thai"].search(r.fields["body"])
        and not SCRIPTS["chinese"].search(r.fields["body"])
    ]
    sizes = [len(r.fields["body"].split()) for r in spaced]
    assert MIN_WORDS <= min(sizes) and max(sizes) <= MAX_WORDS + 5  # list markers count as words
    assert max(sizes) > 200 and min(sizes) < 60
    with_lists = sum("\n- " in r.fields["body"] for r in records)
    assert 0.15 * len(records) < with_lists < 0.5 * len(records)
    assert sum("\n\n" in r.fields["body"] for r in records) > 0.8 * len(records)  # paragraphs


def test_person_codes_each_appear_in_few_records() -> None:
    per_code: Counter[str] = Counter()
    records = list(demo_records(3000, seed=4, until=UNTIL))
    for record in records:
        codes = set(CODE.findall(record.fields["title"] + "\n" + record.fields["body"]))
        assert codes, "every log is about someone, by code"
        per_code.update(codes)
    assert len(per_code) > 900
    assert max(per_code.values()) <= 20
    assert sum(per_code.values()) / len(per_code) < 8


def test_languages_vary() -> None:
    records = list(demo_records(1000, seed=5, until=UNTIL))
    english = sum(bool(re.search(r"\b(with|the|and)\b", r.fields["body"])) for r in records)
    assert 0.15 * len(records) < english < 0.5 * len(records)
