"""Bundles for the safety lead (issue 13, "Sharing with the safety lead"):
several records in one signed bundle, all or nothing; one bundle for several
verified colleagues; received assessments and incidents merged three ways,
two review histories kept whole; and a bundle made before any of this (one
record, format 2) still opens."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.core.interchange import InterchangeRecord
from fieldsafe.core.risk import Review
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.errors import InvalidRecord, NotFound
from fieldsafe.exchange.bundle import BadBundle, open_bundle, seal
from fieldsafe.exchange.identity import Card, Identity
from fieldsafe.vault import Vault
from tests.exchange.envelope_tools import manifest_of
from tests.exchange.pair import PEER_PASS, Pair, introduce, pair_with

DATA = Path(__file__).parent.parent / "exchange" / "data"
WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


@pytest.fixture
def pair(vault: Vault, tmp_path: Path) -> Iterator[Pair]:
    with pair_with(vault, tmp_path / "bea") as made:
        yield made


def incidents(vault: Vault, count: int) -> list[str]:
    return [
        vault.incidents.save(
            {
                "occurred_at": f"2026-03-0{day}T21:30:00Z",
                "title": f"followed near the harbour ({day})",
                "type": "surveillance_or_following",
                "area": "North district",
            }
        ).id
        for day in range(1, count + 1)
    ]


def receive(vault: Vault, data: bytes, choose: Any = lambda clashes: []) -> Any:  # noqa: ANN401
    received = vault.sharing.open_received(data, lambda: None)
    assert received is not None
    return vault.sharing.import_bundle(received, choose)


def payload_of(data: bytes, me: Identity) -> dict[str, Any]:
    return manifest_of(data, me)


# -- several records -------------------------------------------------------------------


def test_five_incidents_and_an_assessment_travel_in_one_bundle(pair: Pair) -> None:
    amal, bea = pair.amal, pair.bea
    ids = incidents(amal, 5)
    assessment = amal.risks.save(new_assessment("street_outreach")).id
    sealed = amal.sharing.seal_records(
        [*ids, assessment], recipients=[amal.sharing.get(pair.bea_at_amal)]
    )
    assert sealed.record_ids == (*ids, assessment)
    received = bea.sharing.open_received(sealed.data, lambda: None)
    assert received is not None
    assert [r.id for r in received.records] == [*ids, assessment]
    assert (received.new, received.updates) == (6, 0)
    result = bea.sharing.import_bundle(received, lambda clashes: [])
    assert (result.added, result.updated) == (6, 0)
    assert {i.id for i in bea.incidents.find()} == set(ids)
    assert bea.risks.get(assessment).fields == amal.risks.get(assessment).fields
    # Each record keeps its own version, as if it had travelled alone.
    for record_id in (*ids, assessment):
        assert bea.sharing.version(record_id) == amal.sharing.version(record_id) != {}
    # Sent again unchanged: the same versions, refused as one already received.
    again = amal.sharing.seal_records(ids[:2], recipients=[amal.sharing.get(pair.bea_at_amal)])
    with pytest.raises(BadBundle) as refused:
        bea.sharing.open_received(again.data, lambda: None)
    assert refused.value.reason == "replayed"


def test_a_record_named_twice_is_sealed_once(pair: Pair) -> None:
    (one,) = incidents(pair.amal, 1)
    bea = pair.amal.sharing.get(pair.bea_at_amal)
    assert pair.amal.sharing.seal_records([one, one], recipients=[bea]).record_ids == (one,)
    with pytest.raises(ValueError, match="record"):
        pair.amal.sharing.seal_records([], recipients=[bea])


def test_a_private_record_among_them_seals_nothing(pair: Pair) -> None:
    (one,) = incidents(pair.amal, 1)
    entry = pair.amal.journal.save(occurred_at=WHEN, checkin_note="mine alone")
    with pytest.raises(NotFound):
        pair.amal.sharing.seal_records(
            [one, entry.id], recipients=[pair.amal.sharing.get(pair.bea_at_amal)]
        )
    assert pair.amal.sharing.version(one) == {}  # nothing was remembered as shared


def bundle_from(sender: Vault, receiver: Vault, *records: dict[str, Any]) -> bytes:
    """A bundle ``sender`` signed by hand, holding ``records`` as they are."""
    me = sender.sharing.identity()
    mine = me.card().fingerprint
    content = {"records": [{**r, "version": {mine: 1}} for r in records]}
    return seal(
        content, sender=me, recipients=[receiver.sharing.identity().card()], created_at=WHEN
    )


GOOD = {
    "kind": "incident",
    "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
    "fields": {"occurred_at": "2026-03-04T21:30:00Z", "title": "shouted at"},
}


def test_one_bad_record_in_a_bundle_imports_nothing(pair: Pair) -> None:
    bad = {
        "kind": "incident",
        "id": "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12",
        "fields": {"occurred_at": "2026-03-04T21:30:00Z", "address": "Rose Street 12"},
    }
    data = bundle_from(pair.amal, pair.bea, GOOD, bad)
    with pytest.raises(InvalidRecord) as refused:
        pair.bea.sharing.open_received(data, lambda: None)
    assert (refused.value.index, refused.value.field) == (1, "address")
    assert pair.bea.count() == 0 and pair.bea.sharing.last_versions() == {}


def test_a_record_the_vault_holds_as_another_kind_imports_nothing(pair: Pair) -> None:
    plan_id, _ = pair.bea.plans.save({"starts_at": "2026-03-05T10:00:00Z"})
    clash = {**GOOD, "id": "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12"}
    clash = {"kind": "incident", "id": plan_id, "fields": GOOD["fields"]}
    data = bundle_from(pair.amal, pair.bea, GOOD, clash)
    with pytest.raises(InvalidRecord) as refused:
        receive(pair.bea, data)
    assert (refused.value.index, refused.value.reason) == (1, "kind_mismatch")
    assert pair.bea.count() == 1  # the plan alone: the good incident was not written either
    assert pair.bea.sharing.version(GOOD["id"]) == {}
    assert pair.bea.sharing.last_versions() == {}


def test_records_the_vault_already_has_are_left_alone_among_new_ones(pair: Pair) -> None:
    """In a bundle of several records, one this vault holds in the same or a
    later version is left as it is and counted; the others are imported.
    (A bundle holding nothing new is still refused, as before.)"""
    amal, bea = pair.amal, pair.bea
    old, same = incidents(amal, 2)
    receive(
        bea,
        amal.sharing.seal_records(
            [old, same], recipients=[amal.sharing.get(pair.bea_at_amal)]
        ).data,
    )
    amal.incidents.save({**amal.incidents.get(old).fields, "measures": "newer"}, incident_id=old)
    pair.send(amal, old)  # never reaches Bea
    (new,) = incidents(bea, 1)
    sealed = bea.sharing.seal_records(
        [old, same, new], recipients=[bea.sharing.get(pair.amal_at_bea)]
    )
    received = amal.sharing.open_received(sealed.data, lambda: None)
    assert received is not None
    assert (received.new, received.updates, received.left_alone) == (1, 0, 2)
    assert amal.sharing.preview(received) == []
    result = amal.sharing.import_bundle(received, lambda clashes: [])
    assert (result.added, result.updated, result.unchanged, result.kept_newer) == (1, 0, 1, 1)
    assert amal.incidents.get(old).fields["measures"] == "newer"  # an earlier state never wins
    with pytest.raises(BadBundle) as refused:
        amal.sharing.open_received(
            bea.sharing.seal_records([old], recipients=[bea.sharing.get(pair.amal_at_bea)]).data,
            lambda: None,
        )
    assert refused.value.reason == "older_version"


# -- several recipients ------------------------------------------------------------------


def test_one_bundle_for_two_colleagues_and_no_one_else(pair: Pair, tmp_path: Path) -> None:
    amal, bea = pair.amal, pair.bea
    cem, _ = Vault.create(tmp_path / "cem", PEER_PASS)
    dan, _ = Vault.create(tmp_path / "dan", PEER_PASS)
    try:
        cem.sharing.set_name("Cem")
        dan.sharing.set_name("Dan")
        cem_at_amal, _ = introduce(amal, cem)
        introduce(amal, dan)  # verified too, but not a recipient
        ids = incidents(amal, 2)
        to = [amal.sharing.get(pair.bea_at_amal), amal.sharing.get(cem_at_amal)]
        sealed = amal.sharing.seal_records(ids, recipients=to)
        signed = payload_of(sealed.data, cem.sharing.identity())
        everyone = [v.sharing.identity().card().fingerprint for v in (amal, bea, cem)]
        assert signed["recipients"] == sorted(everyone)
        for colleague in (bea, cem):
            assert receive(colleague, sealed.data).added == 2
            assert {i.id for i in colleague.incidents.find()} == set(ids)
        with pytest.raises(BadBundle) as refused:
            dan.sharing.open_received(sealed.data, lambda: None)
        assert refused.value.reason == "not_for_us" and dan.count() == 0
        # The sender can still read its own bundle.
        own = open_bundle(sealed.data, me=amal.sharing.identity(), colleagues={})
        assert [r["id"] for r in own.content["records"]] == ids
    finally:
        cem.lock()
        dan.lock()


def test_a_colleague_not_verified_is_never_a_recipient(pair: Pair) -> None:
    (one,) = incidents(pair.amal, 1)
    stranger = pair.amal.sharing.add_card(Identity.generate("Eda").card())
    verified = pair.amal.sharing.get(pair.bea_at_amal)
    with pytest.raises(ValueError, match="verified"):
        pair.amal.sharing.seal_records([one], recipients=[verified, stranger])
    assert pair.amal.sharing.version(one) == {}


def test_a_bundle_is_written_and_remembered_in_one_call(pair: Pair, tmp_path: Path) -> None:
    ids = incidents(pair.amal, 2)
    out = tmp_path / "incidents.age"
    sealed = pair.amal.sharing.write_bundle(
        out, ids, recipients=[pair.amal.sharing.get(pair.bea_at_amal)]
    )
    assert out.read_bytes() == sealed.data and out.stat().st_mode & 0o077 == 0
    assert receive(pair.bea, out.read_bytes()).added == 2
    with pytest.raises(Exception):  # noqa: B017, PT011 - TargetExists, worded by messages
        pair.amal.sharing.write_bundle(
            out, ids, recipients=[pair.amal.sharing.get(pair.bea_at_amal)]
        )


# -- merging what was received ------------------------------------------------------------


def test_two_reviews_recorded_apart_are_both_kept(pair: Pair) -> None:
    amal, bea = pair.amal, pair.bea
    assessment = amal.risks.save(new_assessment("public_meeting")).id
    receive(bea, pair.send(amal, assessment))
    amal.risks.record_review(assessment, Review(date(2026, 3, 9), "scheduled", changes="mine"))
    bea.risks.record_review(
        assessment, Review(date(2026, 3, 5), "before_activity", activity="Friday")
    )
    asked: list[Any] = []
    receive(amal, pair.send(bea, assessment), lambda clashes: asked.append(clashes) or [])
    assert asked == []  # a history both added to is no conflict
    history = amal.risks.get(assessment).reviews
    assert [(r.reviewed_on.day, r.changes or r.activity) for r in history] == [
        (5, "Friday"),
        (9, "mine"),
    ]
    receive(bea, pair.send(amal, assessment))
    assert bea.risks.get(assessment).fields == amal.risks.get(assessment).fields


def test_the_conflict_choice_is_told_which_record_it_is_about(pair: Pair) -> None:
    amal, bea = pair.amal, pair.bea
    first, second = incidents(amal, 2)
    receive(
        bea,
        amal.sharing.seal_records(
            [first, second], recipients=[amal.sharing.get(pair.bea_at_amal)]
        ).data,
    )
    for vault, words in ((amal, "mine"), (bea, "theirs")):
        fields = vault.incidents.get(second).fields
        vault.incidents.save({**fields, "measures": words}, incident_id=second)
    asked: list[Any] = []
    sealed = bea.sharing.seal_records(
        [first, second], recipients=[bea.sharing.get(pair.amal_at_bea)]
    )
    receive(amal, sealed.data, lambda clashes: asked.append(clashes) or [])
    (clashes,) = asked
    assert clashes == [("measures", "mine", "theirs")]
    assert (clashes.record_id, clashes.kind) == (second, "incident")
    assert clashes.title == "followed near the harbour (2)"


# -- a bundle made before several records and recipients -----------------------------------


def test_a_single_record_bundle_of_format_2_still_opens(vault: Vault) -> None:
    doc = json.loads((DATA / "format2-one-plan.json").read_text(encoding="utf-8"))
    receiver = doc["receiver"]
    vault.sharing.identity()
    with vault.transaction() as db:  # this vault becomes the one the bundle was made for
        db.execute(
            "UPDATE exchange_identity SET name = ?, age_secret = ?, sign_secret = ? WHERE id = 1",
            (receiver["name"], receiver["age_secret"], base64.b64decode(receiver["sign_secret"])),
        )
    sender = vault.sharing.add_card(Card.from_text(doc["sender_card"]))
    vault.sharing.verify(sender.id)
    received = vault.sharing.open_received(base64.b64decode(doc["bundle"]), lambda: None)
    assert received is not None and received.sender_name == "Amal"
    assert [r.kind for r in received.records] == ["meeting_plan"]
    assert isinstance(received.records[0], InterchangeRecord)
    assert vault.sharing.import_bundle(received, lambda clashes: []).added == 1
    assert vault.plans.get(doc["record_id"])["backup_location"] == "the library"
