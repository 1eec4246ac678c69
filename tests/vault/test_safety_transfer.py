"""Incidents and risk assessments move as every kind does: export and
import (streamed, all or nothing), and shared with the three-way merge
against what was last exchanged (version vectors), as meeting plans are."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.core.interchange import FORMAT, read_interchange
from fieldsafe.core.risk import Review
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.errors import InvalidRecord
from fieldsafe.vault import Vault

PASS = "another passphrase for the second vault"
UNTIL = datetime(2026, 5, 1, tzinfo=UTC)


def fill(vault: Vault) -> tuple[str, str]:
    """An assessment reviewed after an incident, with an earlier version each."""
    assessment = vault.risks.save(new_assessment("street_outreach"))
    incident = vault.incidents.save(
        {
            "occurred_at": "2026-03-04T21:30:00Z",
            "title": "غريب قرب المرفأ",
            "type": "surveillance_or_following",
            "actors": ["unknown"],
            "area": "North district",
        }
    )
    vault.incidents.save({**incident.fields, "measures": "another route"}, incident_id=incident.id)
    vault.risks.record_review(
        assessment.id, Review(date(2026, 3, 5), "after_incident", incident.id, changes="pairs")
    )
    return assessment.id, incident.id


def test_export_and_import_carry_both_kinds_whole(
    vault: Vault, tmp_path: Path, passphrase: str
) -> None:
    assessment_id, incident_id = fill(vault)
    vault.add_demo_safety_records(incidents=12, seed=2, until=UNTIL)
    out = tmp_path / "safety.json"
    count = vault.export_file(out, kinds=["incident", "risk_assessment"])
    assert count == vault.count("incident") + vault.count("risk_assessment") == 19
    assert {r.kind for r in read_interchange(out)} == {"incident", "risk_assessment"}
    assert [r.id for r in read_interchange(out) if r.kind == "incident"][0] == incident_id

    other, _ = Vault.create(tmp_path / "other", PASS)
    with other:
        result = other.import_file(out)
        assert (result.added, result.updated, result.unchanged) == (19, 0, 0)
        mine = {r.id: r for r in vault.iter_records(kinds=["incident", "risk_assessment"])}
        theirs = {r.id: r for r in other.iter_records(kinds=["incident", "risk_assessment"])}
        assert mine.keys() == theirs.keys()
        for record_id, record in mine.items():
            got = theirs[record_id]
            assert (got.fields, got.created_at, got.updated_at) == (
                record.fields,
                record.created_at,
                record.updated_at,
            )
        assert other.incidents.get(incident_id).fields["assessments"] == [assessment_id]
        assert other.risks.get(assessment_id).last_review is not None
        assert [h.id for h in other.search("المرفأ")] == [incident_id]
        assert other.incidents.open_unreviewed()[1] == vault.incidents.open_unreviewed()[1]
        again = other.import_file(out)
        assert (again.added, again.updated, again.unchanged) == (0, 0, 19)
    only = tmp_path / "incidents.json"
    assert vault.export_file(only, kinds=["incident"]) == vault.count("incident")
    assert {r.kind for r in read_interchange(only)} == {"incident"}


def interchange(*records: dict[str, Any]) -> bytes:
    doc = {"format": FORMAT, "version": 2, "records": list(records)}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


GOOD = {
    "kind": "incident",
    "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
    "fields": {"occurred_at": "2026-03-04T21:30:00Z", "type": "verbal", "title": "shouted at"},
}


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"occurred_at": "2026-03-04T21:30:00", "title": "no offset"}, "occurred_at"),
        ({"occurred_at": "2026-03-04T21:30:00Z", "actors": ["a named man"]}, "actors"),
        ({"occurred_at": "2026-03-04T21:30:00Z", "address": "Rose Street 12"}, "address"),
    ],
)
def test_an_import_with_one_bad_incident_imports_nothing(
    vault: Vault, tmp_path: Path, bad: dict[str, Any], field: str
) -> None:
    before = vault.count()
    path = tmp_path / "in.json"
    second = {"kind": "incident", "id": "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12", "fields": bad}
    path.write_bytes(interchange(GOOD, second))
    with pytest.raises(InvalidRecord) as refused:
        vault.import_file(path)
    assert (refused.value.index, refused.value.field) == (1, field)
    assert vault.count() == before
    assert vault.search("shouted") == []


def test_a_bad_threat_in_an_imported_assessment_is_named(vault: Vault, tmp_path: Path) -> None:
    fields = new_assessment("online_outreach")
    fields["threats"][1]["likelihood"] = 9
    path = tmp_path / "in.json"
    path.write_bytes(
        interchange(
            GOOD,
            {
                "kind": "risk_assessment",
                "id": "2d9e3b2a-7d9a-4c75-9c5a-2b8b4c3dbe23",
                "fields": fields,
            },
        )
    )
    with pytest.raises(InvalidRecord) as refused:
        vault.import_file(path)
    assert (refused.value.index, refused.value.field, refused.value.reason) == (
        1,
        "threats.likelihood",
        "out_of_range",
    )
    assert vault.count() == 0


# -- sharing: the three-way merge -----------------------------------------------------


@dataclass
class Pair:
    amal: Vault
    bea: Vault
    bea_at_amal: str
    amal_at_bea: str

    def send(self, sender: Vault, record_id: str) -> bytes:
        entry = self.bea_at_amal if sender is self.amal else self.amal_at_bea
        sealed = sender.sharing.seal_record(record_id, recipient=sender.sharing.get(entry))
        sender.sharing.remember_shared(sealed)
        return sealed.data


@pytest.fixture
def pair(vault: Vault, tmp_path: Path) -> Iterator[Pair]:
    vault.sharing.set_name("Amal")
    bea, _ = Vault.create(tmp_path / "bea", PASS)
    bea.sharing.set_name("Bea")
    first = vault.sharing.add_card(bea.sharing.identity().card())
    vault.sharing.verify(first.id)
    second = bea.sharing.add_card(vault.sharing.identity().card())
    bea.sharing.verify(second.id)
    yield Pair(vault, bea, first.id, second.id)
    bea.lock()


Choose = Callable[[list[tuple[str, Any, Any]]], list[str] | None]


def receive(vault: Vault, data: bytes, choose: Choose = lambda clashes: []) -> Any:  # noqa: ANN401
    received = vault.sharing.open_received(data, lambda: None)
    assert received is not None
    return vault.sharing.import_bundle(received, choose)


def test_an_assessment_edited_on_both_sides_merges_field_by_field(pair: Pair) -> None:
    amal, bea = pair.amal, pair.bea
    assessment = amal.risks.save(new_assessment("public_meeting"))
    receive(bea, pair.send(amal, assessment.id))
    assert bea.risks.get(assessment.id).fields == assessment.fields

    # Amal judges the threats; Bea, meanwhile, adds a review and an alternative.
    judged = [{**t, "likelihood": 3, "impact": 4} for t in assessment.fields["threats"]]
    amal.risks.save({**assessment.fields, "threats": judged}, assessment_id=assessment.id)
    bea.risks.record_review(
        assessment.id,
        Review(date(2026, 3, 5), "before_activity", activity="Meeting on Friday"),
        fields={**bea.risks.get(assessment.id).fields, "alternatives": "Phone first."},
    )
    asked: list[Any] = []

    def choose(clashes: list[tuple[str, Any, Any]]) -> list[str]:
        asked.append(clashes)
        return []

    assert receive(amal, pair.send(bea, assessment.id), choose) is not None
    merged = amal.risks.get(assessment.id)
    assert merged.fields["threats"] == judged  # mine: only I changed it
    assert merged.fields["alternatives"] == "Phone first."  # theirs: only they did
    assert [r.activity for r in merged.reviews] == ["Meeting on Friday"]
    assert merged.level == "high"
    assert asked in ([], [[]])  # nothing was changed on both sides: nothing to ask
    # and back: Bea gets the merge, judged threats included
    receive(bea, pair.send(amal, assessment.id))
    assert bea.risks.get(assessment.id).fields == merged.fields


def test_the_same_field_changed_on_both_sides_is_asked(pair: Pair) -> None:
    amal, bea = pair.amal, pair.bea
    incident = amal.incidents.save({"occurred_at": "2026-03-04T21:30:00Z", "title": "followed"})
    receive(bea, pair.send(amal, incident.id))
    amal.incidents.save({**incident.fields, "measures": "mine"}, incident_id=incident.id)
    theirs = {**bea.incidents.get(incident.id).fields, "measures": "theirs"}
    bea.incidents.save({**theirs, "status": "measures_reviewed"}, incident_id=incident.id)
    asked: list[list[tuple[str, Any, Any]]] = []

    def choose(clashes: list[tuple[str, Any, Any]]) -> list[str]:
        asked.append(clashes)
        return ["measures"]

    assert receive(amal, pair.send(bea, incident.id), choose) is not None
    assert asked == [[("measures", "mine", "theirs")]]  # the status only Bea changed
    got = amal.incidents.get(incident.id)
    assert got.fields["measures"] == "theirs" and got.status == "measures_reviewed"
    assert [v.fields["measures"] for _w, v in amal.incidents.versions(incident.id)][0] == "mine"


def test_a_bundle_that_crossed_a_lost_one_asks_about_every_difference(pair: Pair) -> None:
    """As for plans: when Amal's newer state never reached Bea, there is no
    state both had, so every field that differs is asked."""
    amal, bea = pair.amal, pair.bea
    incident = amal.incidents.save({"occurred_at": "2026-03-04T21:30:00Z", "title": "followed"})
    receive(bea, pair.send(amal, incident.id))
    amal.incidents.save({**incident.fields, "measures": "mine"}, incident_id=incident.id)
    pair.send(amal, incident.id)  # lost on the way
    bea.incidents.save(
        {**bea.incidents.get(incident.id).fields, "status": "measures_reviewed"},
        incident_id=incident.id,
    )
    asked: list[list[tuple[str, Any, Any]]] = []

    def choose(clashes: list[tuple[str, Any, Any]]) -> list[str]:
        asked.append(clashes)
        return ["status"]

    assert receive(amal, pair.send(bea, incident.id), choose) is not None
    assert asked and {name for name, _m, _t in asked[0]} == {"measures", "status"}
    got = amal.incidents.get(incident.id)
    assert (got.fields["measures"], got.status) == ("mine", "measures_reviewed")
