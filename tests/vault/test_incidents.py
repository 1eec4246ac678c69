"""``vault.incidents``: the incident register stored like every record, its
queries (filters, patterns, Today, links) and the de-identified summary file."""

from __future__ import annotations

import csv
import io
import os
import stat
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.core.incidents import IncidentFilter
from fieldsafe.errors import InvalidRecord, NotFound, TargetExists
from fieldsafe.vault import Vault

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


def save(vault: Vault, **fields: Any):  # noqa: ANN201 - an Incident
    return vault.incidents.save({"occurred_at": "2026-03-04T21:30:00Z", **fields})


def snapshot(vault: Vault) -> list[tuple[Any, ...]]:
    """Every row of the tables a save writes: nothing may change on a refusal."""
    with vault.reading() as db:
        return [
            *db.execute("SELECT * FROM records ORDER BY seq").fetchall(),
            *db.execute("SELECT * FROM record_versions ORDER BY version_seq").fetchall(),
            *db.execute("SELECT * FROM record_facets ORDER BY seq, facet, value").fetchall(),
            *db.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall(),
        ]


def test_save_get_edit_and_earlier_versions(vault: Vault) -> None:
    first = save(vault, title="Followed after the round", type="surveillance_or_following")
    assert first.status == "open" and first.is_open
    assert first.occurred_at == datetime(2026, 3, 4, 21, 30, tzinfo=UTC)
    assert vault.incidents.get(first.id) == first
    edited = vault.incidents.save(
        {**first.fields, "measures": "took another route home"}, incident_id=first.id
    )
    assert edited.fields["measures"] == "took another route home"
    assert edited.created_at == first.created_at
    versions = vault.incidents.versions(first.id)
    assert [v.fields["measures"] for _when, v in versions] == [""]
    assert vault.incidents.count() == 1
    assert [s.id for s in vault.incidents.page()] == [first.id]
    reviewed = vault.incidents.mark_measures_reviewed(first.id)
    assert reviewed.status == "measures_reviewed"
    assert vault.incidents.mark_measures_reviewed(first.id, False).status == "open"


@pytest.mark.parametrize(
    "bad",
    [
        {"type": "burglary"},
        {"occurred_at": "tomorrow"},
        {"occurred_at": None},
        {"actors": ["Mr X"]},
        {"area": "a\nb"},
        {"logs": ["not an id"]},
        {"unknown": "x"},
    ],
)
def test_a_refused_save_changes_nothing(vault: Vault, bad: dict[str, Any]) -> None:
    kept = save(vault, title="kept", area="North")
    before = snapshot(vault)
    with pytest.raises(InvalidRecord):
        save(vault, **bad)
    with pytest.raises(InvalidRecord):
        vault.incidents.save({**kept.fields, **bad}, incident_id=kept.id)
    assert snapshot(vault) == before


def test_links_may_point_outside_the_vault_but_never_to_another_kind(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="a meeting")
    plan_id, _ = vault.plans.save({"starts_at": "2026-03-05T10:00:00Z", "title": "a plan"})
    elsewhere = str(uuid.uuid4())  # e.g. a colleague's log, never shared with us
    incident = save(vault, logs=[log.id, elsewhere], plans=[plan_id])
    assert incident.links() == (log.id, elsewhere, plan_id)
    before = snapshot(vault)
    for field, target in (("logs", plan_id), ("plans", log.id), ("assessments", log.id)):
        with pytest.raises(InvalidRecord) as refused:
            save(vault, **{field: [target]})
        assert (refused.value.field, refused.value.reason) == (field, "kind_mismatch")
    assert snapshot(vault) == before
    assert [i.id for i in vault.incidents.linked_to(log.id)] == [incident.id]
    assert [i.id for i in vault.incidents.linked_to(elsewhere)] == [incident.id]
    assert vault.incidents.linked_to(str(uuid.uuid4())) == []


def test_an_unknown_or_deleted_incident_is_not_found(vault: Vault) -> None:
    incident = save(vault)
    vault.incidents.delete(incident.id)
    for call in (
        lambda: vault.incidents.get(incident.id),
        lambda: vault.incidents.delete(incident.id),
        lambda: vault.incidents.versions(incident.id),
        lambda: vault.incidents.save(
            {"occurred_at": "2026-01-01T00:00:00Z"}, incident_id=incident.id
        ),
    ):
        with pytest.raises(NotFound):
            call()
    log = vault.logs.save(occurred_at=WHEN, title="a log")
    with pytest.raises(NotFound):
        vault.incidents.delete(log.id)  # the incidents' door deletes only incidents
    with pytest.raises(NotFound):
        vault.incidents.get(log.id)


def test_search_finds_incident_text_in_every_script(vault: Vault) -> None:
    incident = save(
        vault,
        title="Seguimiento en la estación",
        what_happened="تبعنا رجل من المحطة حتى الحافلة",
        impact_people="Мы были напуганы",
        measures="हमने रास्ता बदला",
    )
    save(vault, title="unrelated")
    for query in ("المحطة", "محطة", "estacion", "напуганы", "रास्ता"):
        hits = vault.search(query)
        assert [h.id for h in hits] == [incident.id], query
        assert hits[0].kind == "incident"
    assert [h.id for h in vault.search("المحطة", kinds=["incident"])] == [incident.id]
    assert vault.search("المحطة", kinds=["risk_assessment"]) == []
    # an edit replaces the indexed words
    vault.incidents.save({**incident.fields, "what_happened": "nothing"}, incident_id=incident.id)
    assert vault.search("المحطة") == []


def test_find_filters_by_type_setting_area_actor_status_and_dates(vault: Vault) -> None:
    a = save(
        vault,
        occurred_at="2026-01-10T10:00:00Z",
        type="verbal",
        setting="street",
        area="North District",
        actors=["client"],
    )
    b = save(
        vault,
        occurred_at="2026-02-10T10:00:00Z",
        type="digital",
        setting="online",
        actors=["online_account", "unknown"],
        status="measures_reviewed",
    )
    c = save(vault, occurred_at="2026-03-10T10:00:00Z", type="verbal", area="north  district")

    def ids(**where: Any) -> list[str]:
        return [i.id for i in vault.incidents.find(IncidentFilter(**where))]

    assert ids() == [a.id, b.id, c.id]  # oldest first: the timeline's order
    assert ids(types=("verbal",)) == [a.id, c.id]
    assert ids(types=("verbal", "digital")) == [a.id, b.id, c.id]
    assert ids(settings=("online",)) == [b.id]
    assert ids(areas=("NORTH DISTRICT",)) == [a.id, c.id]
    assert ids(actors=("unknown", "client")) == [a.id, b.id]
    assert ids(statuses=("open",)) == [a.id, c.id]
    assert ids(
        since=datetime(2026, 2, 1, tzinfo=UTC), until=datetime(2026, 3, 10, 10, tzinfo=UTC)
    ) == [b.id]
    assert ids(types=("verbal",), settings=("street",)) == [a.id]
    assert ids(types=("physical",)) == []
    assert vault.incidents.areas() == ["North District"]
    found = vault.incidents.patterns(IncidentFilter(types=("verbal",)), zone=UTC)
    assert found.total == 2 and found.by_month_and_type == {
        ("2026-01", "verbal"): 1,
        ("2026-03", "verbal"): 1,
    }


def test_today_lists_open_incidents_whose_measures_are_not_reviewed(vault: Vault) -> None:
    old = save(vault, occurred_at="2026-01-01T10:00:00Z", title="older")
    new = save(vault, occurred_at="2026-02-01T10:00:00Z", title="newer")
    save(vault, status="measures_reviewed")
    shown, total = vault.incidents.open_unreviewed()
    assert [s.id for s in shown] == [new.id, old.id] and total == 2
    shown, total = vault.incidents.open_unreviewed(limit=1)
    assert [s.id for s in shown] == [new.id] and total == 2
    vault.incidents.mark_measures_reviewed(new.id)
    assert [s.id for s in vault.incidents.open_unreviewed()[0]] == [old.id]


def test_the_summary_file_is_written_atomically_and_never_overwritten(
    vault: Vault, tmp_path: Path
) -> None:
    for _ in range(4):
        save(vault, type="verbal", area="Riverside", title="P-4821 followed", what_happened="x")
    for _ in range(3):
        save(vault, type="digital", area="North")
    save(vault, type="physical", area="Flat 3, Rose Street")
    target = tmp_path / "summary.csv"
    summary = vault.incidents.write_summary_csv(target, zone=UTC)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets read UTF-8 by the mark
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["section", "value", "incidents"]
    assert ["total", "all", "8"] in rows and ["area", "Riverside", "4"] in rows
    text = data.decode("utf-8-sig")
    assert "Rose Street" not in text and "P-4821" not in text and "followed" not in text
    # 1 is hidden, and so is the next smallest (3), or 8 - 4 - 3 would tell it
    assert ["type", "physical", "<3"] in rows and ["type", "digital", "<3"] in rows
    assert ["area", "North", "<3"] in rows and ["area", "other_areas", "<3"] in rows
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert summary.section("total")[0].count == 8
    with pytest.raises(TargetExists):
        vault.incidents.write_summary_csv(target, zone=UTC)
    assert target.read_bytes() == data
    later = vault.incidents.write_summary_csv(
        target, zone=UTC, since=date(2027, 1, 1), overwrite=True
    )
    assert later.rows == ()
    assert target.read_text(encoding="utf-8-sig").splitlines() == ["section,value,incidents"]
    assert [p.name for p in tmp_path.iterdir()] == ["summary.csv"]  # no temp file left


def test_demo_safety_records_are_the_same_for_the_same_seed(
    tmp_path: Path, passphrase: str
) -> None:
    made = []
    for name in ("one", "two"):
        vault, _ = Vault.create(tmp_path / name, passphrase)
        with vault:
            vault.add_demo_records(20, seed=5)
            assert vault.add_demo_safety_records(
                incidents=25, seed=5, until=datetime(2026, 5, 1, tzinfo=UTC)
            ) == (5, 25)
            made.append(
                sorted(
                    (r.id, r.kind, r.fields["title"])
                    for r in vault.iter_records(kinds=["incident", "risk_assessment"])
                )
            )
            assert any(i.fields["logs"] for i in vault.incidents.find())
            assert vault.risks.due_for_review(date(2026, 5, 1))[1] >= 2
            assert vault.incidents.open_unreviewed()[1] >= 1
    assert made[0] == made[1]
