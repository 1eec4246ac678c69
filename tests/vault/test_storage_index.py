"""The words the search index is given for stored fields are pinned.

The index is contentless (schema 9): removing an entry hands FTS5 the very
words it was given, rebuilt from the record's stored fields by
``fieldsafe.vault.db.index_entry``. If that function came to give other
words for the same fields (index_text, alias_text, a kind's searchable
fields or title), deleting a record indexed before the change would leave
its words in the index. So a change must come with a new
``INDEX_TEXT_VERSION``, which makes the next unlock build the index again.
This test fails on any change, to say so."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fieldsafe.core.records import KINDS
from fieldsafe.vault.db import INDEX_TEXT_VERSION, index_entry

#: text in several scripts, as people write it
TEXT = "Café visit — 在东京站的南口见面. कानूनी सहायता\nوالمستشفى للأطفال ЮРИДИЧЕСКУЮ"


def sample(kind: str) -> dict[str, Any]:
    """Every searchable field of ``kind`` filled, validated as stored."""
    fields: dict[str, Any] = {}
    for f in KINDS[kind].fields:
        if f.type == "datetime" and f.required:
            fields[f.name] = "2026-05-06T07:08:00Z"
        elif not f.searchable:
            if f.required:
                fields[f.name] = f"{f.name} words"
            continue
        elif f.type == "text":
            fields[f.name] = f"{f.name}: {TEXT}" if f.multiline else f"{f.name} Déjà زيارة"
        elif f.type == "list":
            fields[f.name] = [f"{f.name} one", "two 两"]
        elif f.type == "follow_ups":
            fields[f.name] = [{"action": f"{f.name} call", "due": "2026-05-09", "done": False}]
        elif f.type == "reflections":
            fields[f.name] = [{"prompt": "What helped?", "answer": f"{f.name}: {TEXT}"}]
        elif f.type == "items":
            item = {i.name: f"{f.name}.{i.name} words" for i in f.item_fields if i.type == "text"}
            item |= {i.name: "2026-05-07" for i in f.item_fields if i.type == "date" and i.required}
            fields[f.name] = [item]
    return KINDS[kind].validate(fields)


def entries() -> dict[str, list[str] | None]:
    found: dict[str, list[str] | None] = {}
    for kind in KINDS:
        entry = index_entry(kind, sample(kind))
        found[kind] = None if entry is None else list(entry)
    return found


def test_the_index_words_for_stored_fields_are_pinned() -> None:
    digest = hashlib.sha256(json.dumps(entries(), ensure_ascii=False).encode()).hexdigest()
    assert (INDEX_TEXT_VERSION, digest) == (1, PINNED), (
        "fieldsafe.vault.db.index_entry now gives other words for the same stored fields: "
        "raise INDEX_TEXT_VERSION (the next unlock then builds the index again) and pin "
        f"the new digest here: {digest}"
    )


def test_the_samples_reach_every_searchable_field() -> None:
    for kind, entry in entries().items():
        if not KINDS[kind].indexed:
            assert entry is None
            continue
        assert entry is not None
        words = " ".join(entry)
        for f in KINDS[kind].fields:
            if f.searchable and f.type in ("text", "list", "follow_ups", "reflections", "items"):
                assert f.name in words, (kind, f.name)
        assert entry[2], kind  # Arabic alias forms


PINNED = "b7c5c03668a4f3970db52ba7839b9e8348f67cdf2500d3b170252b43f3880016"
