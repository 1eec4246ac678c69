"""The outreach log's fields, earlier versions, filters, the Today lists and
the code book, at the vault level."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fieldsafe.core.records import FollowUp, RecordFilter
from fieldsafe.errors import InvalidRecord, NotFound
from fieldsafe.vault import Vault

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)

FULL = {
    "duration_minutes": 45,
    "setting": "bar_or_club",
    "area": "north of the river",
    "who_went": ["me", "colleague K"],
    "person_codes": ["A12", "B 7"],
    "needs": "a doctor who speaks Romanian",
    "referrals": "clinic leaflet; hotline number",
    "follow_ups": [
        {"action": "bring the leaflet", "due": "2026-03-10", "done": False},
        {"action": "ask about the shelter", "due": None, "done": False},
    ],
    "safety": "a man by the door watched us the whole time",
    "tags": ["health", "first contact"],
    "paper_notes": True,
    "review_by": date(2026, 9, 1),
}


def test_every_field_round_trips(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="Bar visit", body="- talked\n- agreed", **FULL)
    got = vault.logs.get(log.id)
    assert got.duration_minutes == 45 and got.setting == "bar_or_club"
    assert got.person_codes == ("A12", "B 7") and got.who_went == ("me", "colleague K")
    assert got.follow_ups == (
        FollowUp("bring the leaflet", date(2026, 3, 10)),
        FollowUp("ask about the shelter"),
    )
    assert (
        got.tags == ("health", "first contact")
        and got.paper_notes
        and got.paper_destroyed_at is None
    )
    assert got.review_by == date(2026, 9, 1) and got.safety.startswith("a man")
    assert vault.logs.save_log(got) == got  # the typed form saves back unchanged


def test_an_old_record_reads_with_empty_new_fields(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="old style")
    got = vault.logs.get(log.id)
    assert got.person_codes == () and got.follow_ups == () and got.duration_minutes is None


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("duration_minutes", 0, "out_of_range"),
        ("duration_minutes", 24 * 60 + 1, "out_of_range"),
        ("duration_minutes", "45", "not_a_number"),
        ("duration_minutes", True, "not_a_number"),
        ("setting", "castle", "not_a_choice"),
        ("person_codes", "A12", "not_a_list"),
        ("person_codes", ["x" * 41], "too_long"),
        ("person_codes", ["A\n12"], "control_character"),
        ("tags", ["t"] * 31, "too_many"),
        ("tags", ["health, housing"], "list_separator"),
        ("who_went", ["me; K"], "list_separator"),
        ("person_codes", ["A12، B7"], "list_separator"),
        ("follow_ups", [{"action": "x", "due": "2026-02-30"}], "not_a_date"),
        ("follow_ups", [{"action": "x", "done": "yes"}], "not_yes_or_no"),
        ("follow_ups", [{"action": "x", "owner": "me"}], "unknown_field"),
        ("follow_ups", ["x"], "not_an_object"),
        ("review_by", "1 March", "not_a_date"),
        ("paper_notes", 1, "not_yes_or_no"),
        ("paper_destroyed_at", "yesterday", "not_a_time"),
    ],
)
def test_bad_field_values_are_refused_and_nothing_is_written(
    vault: Vault, field: str, value: object, reason: str
) -> None:
    with pytest.raises(InvalidRecord) as caught:
        vault.logs.save(occurred_at=WHEN, title="x", **{field: value})
    assert (caught.value.field, caught.value.reason) == (field, reason)
    assert vault.logs.count() == 0


def test_lists_are_trimmed_and_deduplicated(vault: Vault) -> None:
    log = vault.logs.save(
        occurred_at=WHEN, person_codes=[" A12 ", "A12", "", "B  7"], tags=["x", "x"]
    )
    assert log.person_codes == ("A12", "B 7") and log.tags == ("x",)


def test_editing_keeps_earlier_versions_newest_first(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="first", body="one")
    vault.clock = _Later(vault.clock.now() + timedelta(hours=1))
    vault.logs.save(occurred_at=WHEN, title="second", body="two", log_id=log.id)
    vault.logs.save(
        occurred_at=WHEN, title="second", body="two", log_id=log.id
    )  # unchanged: no version
    vault.logs.save(occurred_at=WHEN, title="third", body="three", log_id=log.id)
    versions = vault.logs.versions(log.id)
    assert [v.log.title for v in versions] == ["second", "first"]
    assert versions[1].saved_at == log.updated_at
    assert vault.logs.get(log.id).title == "third"


def test_deleting_a_log_deletes_versions_facets_and_attachments_rows(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="a", **FULL)
    vault.logs.save(occurred_at=WHEN, title="b", log_id=log.id, **FULL)
    vault.logs.delete(log.id)
    with vault.reading() as db:
        for table in ("record_versions", "record_facets", "attachments", "records"):
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table  # noqa: S608
    with pytest.raises(NotFound):
        vault.logs.versions(log.id)


def _make(vault: Vault, n: int) -> list[str]:
    ids = []
    for i in range(n):
        ids.append(
            vault.logs.save(
                occurred_at=WHEN - timedelta(days=i),
                title=f"log {i}",
                setting="street" if i % 2 else "online",
                person_codes=[f"P-{i % 5}"],
                tags=["Health"] if i % 3 == 0 else [],
                follow_ups=[
                    {"action": "call", "due": (date(2026, 3, 1) + timedelta(days=i)).isoformat()}
                ]
                if i % 4 == 0
                else [],
            ).id
        )
    return ids


def test_filters_narrow_the_list_and_page_by_keyset(vault: Vault) -> None:
    ids = _make(vault, 40)

    def all_pages(where: RecordFilter) -> list[str]:
        found, after = [], None
        while True:
            page = vault.logs.page(after=after, limit=3, where=where)
            found += [s.id for s in page]
            if len(page) < 3:
                return found
            after = page[-1]

    assert all_pages(RecordFilter(setting="street")) == [ids[i] for i in range(40) if i % 2]
    assert all_pages(RecordFilter(person_code=" p-3 ")) == [ids[i] for i in range(40) if i % 5 == 3]
    assert all_pages(RecordFilter(tag="health")) == [ids[i] for i in range(40) if i % 3 == 0]
    assert all_pages(RecordFilter(due_by=date(2026, 3, 9))) == [ids[0], ids[4], ids[8]]
    week = RecordFilter(since=WHEN - timedelta(days=6, hours=1), until=WHEN + timedelta(minutes=1))
    assert all_pages(week) == ids[:7]
    both = RecordFilter(setting="online", person_code="P-0")
    assert all_pages(both) == [ids[i] for i in range(40) if i % 10 == 0]
    assert not RecordFilter().active and both.active
    assert vault.logs.tags() == ["health"]


def test_filter_values_are_bound_not_spliced(vault: Vault) -> None:
    _make(vault, 3)
    hostile = "x' OR 1=1 --"
    assert (
        vault.logs.page(where=RecordFilter(person_code=hostile, tag=hostile, setting=hostile)) == []
    )


def test_today_lists_due_follow_ups_pending_paper_and_reviews(vault: Vault) -> None:
    due = vault.logs.save(
        occurred_at=WHEN,
        title="due",
        follow_ups=[
            {"action": "late", "due": "2026-03-05"},
            {"action": "later", "due": "2026-04-01"},
            {"action": "done", "due": "2026-03-01", "done": True},
        ],
    )
    vault.logs.save(
        occurred_at=WHEN, title="future", follow_ups=[{"action": "x", "due": "2026-05-01"}]
    )
    paper = vault.logs.save(occurred_at=WHEN, title="paper", paper_notes=True)
    review = vault.logs.save(occurred_at=WHEN, title="review", review_by="2026-03-06")
    vault.logs.save(occurred_at=WHEN, title="not yet", review_by="2026-12-01")
    today = vault.logs.today(date(2026, 3, 6))
    assert [(d, s.id) for d, s in today.due] == [(date(2026, 3, 5), due.id)]
    assert [s.id for s in today.paper] == [paper.id]
    assert [(d, s.id) for d, s in today.review] == [(date(2026, 3, 6), review.id)]
    vault.logs.mark_paper_destroyed(paper.id, WHEN + timedelta(hours=1))
    assert vault.logs.get(paper.id).paper_destroyed_at == WHEN + timedelta(hours=1)
    assert vault.logs.today(date(2026, 3, 6)).paper == []


def test_code_book_entries_are_unique_private_and_unsearchable(vault: Vault) -> None:
    entry = vault.codes.save(
        "A12", watch_words=["Maria", "Mari"], note="met at the station; real name Maria Z"
    )
    with pytest.raises(InvalidRecord) as caught:
        vault.codes.save(" a12 ")
    assert caught.value.reason == "duplicate_code"
    vault.codes.save("A12", watch_words=["Maria"], entry_id=entry.id)  # editing itself is fine
    vault.codes.save("B7")
    assert [p.code for p in vault.codes.entries()] == ["A12", "B7"]
    assert vault.codes.watch_words() == {"A12": ["Maria"]}
    assert vault.search("station") == [] and vault.search("Maria", include_private=True) == []
    vault.codes.delete(entry.id)
    assert [p.code for p in vault.codes.entries()] == ["B7"]


def test_search_finds_a_log_by_person_code_and_detail_fields(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="visit", **FULL)
    for word in ("A12", "Romanian", "leaflet", "watched", "colleague"):
        assert [h.id for h in vault.search(word)] == [log.id], word


class _Later:
    def __init__(self, moment: datetime) -> None:
        self._moment = moment

    def now(self) -> datetime:
        return self._moment
