"""The debrief journal at the vault level: entries, privacy, reminders,
support and preferences."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from fieldsafe.core.interchange import parse_interchange
from fieldsafe.errors import InvalidRecord, NotFound
from fieldsafe.vault import Vault
from fieldsafe.vault.journal import JournalPrefs
from fieldsafe.vault.transfer import export_file, import_records
from tests.leaks import files_containing, new_canary

WHEN = datetime(2026, 3, 4, 19, 0, tzinfo=UTC)


def test_an_entry_round_trips(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="visit")
    entry = vault.journal.save(
        occurred_at=WHEN + timedelta(hours=1),
        follows=log.id,
        feeling=3,
        feeling_words=["tired", "calm", "tired"],
        checkin_note="heavy day",
        reflections=[("went_well", "she laughed"), ("hard", ""), ("my own prompt", "x")],
        body="- breathe",
        talked_with_someone=True,
    )
    got = vault.journal.get(entry.id)
    assert got.follows == log.id and got.feeling == 3
    assert got.feeling_words == ("calm", "tired")  # canonical order, no repeats
    assert got.reflections == (
        ("went_well", "she laughed"),
        ("my own prompt", "x"),
    )  # unanswered dropped
    assert got.talked_with_someone and got.body == "- breathe"


@pytest.mark.parametrize(
    ("changes", "field", "reason"),
    [
        ({"feeling": 11}, "feeling", "out_of_range"),
        ({"feeling": -1}, "feeling", "out_of_range"),
        ({"feeling_words": ["sleepy"]}, "feeling_words", "not_a_choice"),
        ({"follows": "not-an-id"}, "follows", "not_a_uuid"),
        ({"follows": "00000000-0000-4000-8000-000000000000"}, "follows", "not_found"),
    ],
)
def test_bad_entries_are_refused(vault: Vault, changes: dict, field: str, reason: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        vault.journal.save(occurred_at=WHEN, **changes)
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert vault.journal.count() == 0


def test_an_imported_check_in_out_of_range_is_refused_with_the_field_named(vault: Vault) -> None:
    doc = {
        "format": "fieldsafe-interchange",
        "version": 2,
        "records": [
            {
                "kind": "debrief",
                "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
                "fields": {"occurred_at": "2026-03-04T19:00:00Z", "feeling": 42},
            }
        ],
    }
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, parse_interchange(json.dumps(doc)))
    assert (caught.value.field, caught.value.reason, caught.value.index) == (
        "feeling",
        "out_of_range",
        0,
    )


def test_the_journal_is_private_in_search_and_export(vault: Vault, tmp_path: Path) -> None:
    canary = new_canary("journal").split("-")[1]
    vault.logs.save(occurred_at=WHEN, title="visit", body="ordinary words")
    vault.journal.save(occurred_at=WHEN, checkin_note=canary, body=canary)
    vault.journal.save_contact(f"friend {canary}", reach="+40 700 000 000")
    vault.journal.save_self_care(f"walk {canary}")
    assert vault.search(canary) == []
    assert [h.kind for h in vault.search(canary, include_private=True)] == ["debrief"]
    out = tmp_path / "export.json"
    export_file(vault, out)
    assert files_containing(canary, [tmp_path]) == []
    with_private = tmp_path / "private.json"
    export_file(vault, with_private, include_private=True)
    assert canary in with_private.read_text("utf-8")


def test_reminders_come_and_go(vault: Vault) -> None:
    first = vault.logs.save(occurred_at=WHEN, title="first")
    second = vault.logs.save(occurred_at=WHEN, title="second")
    vault.journal.remind(first.id)
    vault.journal.remind(second.id)
    vault.journal.remind(second.id)  # once is enough
    assert [s.id for s in vault.journal.reminders()] == [first.id, second.id]
    vault.journal.save(occurred_at=WHEN, follows=first.id, feeling=6)  # debriefed: reminder gone
    vault.journal.dismiss(second.id)
    assert vault.journal.reminders() == []
    vault.journal.remind(first.id)
    vault.logs.delete(first.id)  # the log goes, its reminder too
    assert vault.journal.reminders() == []
    with pytest.raises(NotFound):
        vault.journal.remind(first.id)


def test_support_self_care_and_prefs(vault: Vault) -> None:
    friend = vault.journal.save_contact(
        "Ana (peer group)", reach="Thursdays", notes="call before 9"
    )
    walk = vault.journal.save_self_care("a walk by the river")
    assert [c.name for c in vault.journal.contacts()] == ["Ana (peer group)"]
    assert [i.text for i in vault.journal.self_care()] == ["a walk by the river"]
    vault.journal.delete_item(friend.id)
    vault.journal.delete_item(walk.id)
    assert vault.journal.contacts() == [] and vault.journal.self_care() == []
    assert vault.journal.prefs() == JournalPrefs()
    prefs = JournalPrefs(
        prompts=("went_well", "What did I learn?"), prompts_on=True, lock_journal=True
    )
    vault.journal.set_prefs(prefs)
    assert vault.journal.prefs() == prefs


def test_checkins_and_meetings_for_the_chart(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="visit")
    vault.journal.save(occurred_at=WHEN + timedelta(hours=1), follows=log.id, feeling=2)
    vault.journal.save(occurred_at=WHEN + timedelta(days=1), feeling=None)
    found = vault.journal.checkins()
    assert [(c.feeling, c.follows) for c in found] == [(2, log.id), (None, None)]
    assert vault.journal.meetings(WHEN - timedelta(days=1)) == [(WHEN, log.id)]
