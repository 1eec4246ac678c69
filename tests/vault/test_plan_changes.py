"""A received update, before and after (Interface 1.3), in the vault: what it
would change is known before anything is written; once imported, the
fields it changed stay marked on the plan until the person has looked at
it; deleting the plan (or erasing the vault) removes the marks."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldsafe.core.plans import FieldChange
from fieldsafe.errors import NotAVault
from fieldsafe.exchange.bundle import seal_with_passphrase
from fieldsafe.exchange.identity import Identity
from fieldsafe.vault import Vault
from fieldsafe.vault.layout import DB_FILE
from tests.exchange.pair import Pair, pair_with
from tests.security.test_deletion import schema_tables, tables_holding

STARTS = "2026-03-05T10:00:00Z"
PLAN = {
    "starts_at": STARTS,
    "title": "the café",
    "location": "the café",
    "backup_location": "the library",
    "alert_signal": "scarf off",
    "purpose": "first meeting",
}


@pytest.fixture
def pair(vault: Vault, tmp_path: Path):  # noqa: ANN201
    with pair_with(vault, tmp_path / "bea") as made:
        yield made


def shared_then_changed(pair: Pair, **changes: object) -> tuple[str, bytes]:
    """Amal shares a plan with Bea; Bea changes it and shares it back."""
    plan_id, _ = pair.amal.plans.save(dict(PLAN))
    pair.receive(pair.bea, pair.send(pair.amal, plan_id))
    pair.bea.plans.save({**pair.bea.plans.get(plan_id), **changes}, plan_id=plan_id)
    return plan_id, pair.send(pair.bea, plan_id)


def test_the_update_is_shown_field_by_field_before_anything_is_written(pair: Pair) -> None:
    plan_id, data = shared_then_changed(
        pair, purpose="second meeting", backup_location="the park", starts_at="2026-03-05T11:00:00Z"
    )
    received = pair.amal.sharing.open_received(data, lambda: None)
    assert received is not None
    (update,) = pair.amal.sharing.preview(received)
    assert update.record_id == plan_id and update.title == "the café"
    assert update.changes == [
        FieldChange("backup_location", "the library", "the park"),
        FieldChange("starts_at", STARTS, "2026-03-05T11:00:00Z"),
        FieldChange("purpose", "first meeting", "second meeting"),
    ]
    assert update.both_changed == ()
    assert pair.amal.plans.get(plan_id)["backup_location"] == "the library"  # nothing written
    assert pair.amal.plans.unseen(plan_id) is None


def test_a_field_both_changed_is_shown_as_theirs_and_named(pair: Pair) -> None:
    plan_id, data = shared_then_changed(pair, alert_signal="glasses off")
    pair.amal.plans.save(
        {**pair.amal.plans.get(plan_id), "alert_signal": "hat on"}, plan_id=plan_id
    )
    received = pair.amal.sharing.open_received(data, lambda: None)
    assert received is not None
    (update,) = pair.amal.sharing.preview(received)
    assert update.changes == [FieldChange("alert_signal", "hat on", "glasses off")]
    assert update.both_changed == ("alert_signal",)


def test_new_plans_are_not_listed_as_updates(pair: Pair) -> None:
    plan_id, _ = pair.bea.plans.save(dict(PLAN))
    received = pair.amal.sharing.open_received(pair.send(pair.bea, plan_id), lambda: None)
    assert received is not None and pair.amal.sharing.preview(received) == []
    pair.amal.sharing.import_bundle(received, lambda clashes: [])
    assert pair.amal.plans.unseen(plan_id) is None  # a new plan has no "changed" marks


def test_the_changed_fields_stay_marked_until_the_plan_is_seen(pair: Pair) -> None:
    plan_id, data = shared_then_changed(pair, backup_location="the park", purpose="second")
    other, _ = pair.amal.plans.save({**PLAN, "title": "another"})
    pair.receive(pair.amal, data)
    unseen = pair.amal.plans.unseen(plan_id)
    assert unseen is not None
    assert unseen.fields == ("backup_location", "purpose")
    assert unseen.sender == pair.bea.sharing.identity().card().fingerprint
    assert pair.amal.sharing.shown_name(unseen.sender) == "Bea"
    assert pair.amal.plans.with_unseen_changes() == [plan_id]
    assert pair.amal.plans.unseen(other) is None

    # A second update before the plan was seen adds to the marks.
    pair.bea.plans.save(
        {**pair.bea.plans.get(plan_id), "check_in_at": "2026-03-05T12:00:00Z"}, plan_id=plan_id
    )
    pair.receive(pair.amal, pair.send(pair.bea, plan_id))
    unseen = pair.amal.plans.unseen(plan_id)
    assert unseen is not None
    assert unseen.fields == ("backup_location", "purpose", "check_in_at")

    pair.amal.plans.seen(plan_id)
    assert pair.amal.plans.unseen(plan_id) is None
    assert pair.amal.plans.with_unseen_changes() == []


def test_an_unverified_sender_is_never_kept(vault: Vault) -> None:
    """A passphrase bundle from a stranger: the change is marked, the
    sender is not (so it can never be named later)."""
    plan_id, _ = vault.plans.save(dict(PLAN))
    stranger = Identity.generate("Bea")
    record = {
        "kind": "meeting_plan",
        "id": plan_id,
        "fields": {**PLAN, "location": "somewhere else"},
        "version": {stranger.card().fingerprint: 1},
    }
    data = seal_with_passphrase(
        {"records": [record]},
        sender=stranger,
        passphrase="orange kite river",
        created_at=vault.clock.now(),
    )
    received = vault.sharing.open_received(data, lambda: "orange kite river")
    assert received is not None and received.sender_name is None
    vault.sharing.import_bundle(received, lambda clashes: [])
    unseen = vault.plans.unseen(plan_id)
    assert unseen is not None and unseen.fields == ("location",) and unseen.sender is None


def test_deleted_means_gone_from_every_table(pair: Pair) -> None:
    plan_id, data = shared_then_changed(pair, backup_location="the park")
    pair.receive(pair.amal, data)
    assert "plan_changes" in schema_tables(pair.amal)
    assert "plan_changes" in tables_holding(pair.amal, plan_id)
    pair.amal.plans.delete(plan_id)
    assert tables_holding(pair.amal, plan_id) == set()  # in no table of the schema
    assert pair.amal.plans.unseen(plan_id) is None and pair.amal.plans.with_unseen_changes() == []


def test_erasing_the_vault_erases_the_marks(pair: Pair) -> None:
    plan_id, data = shared_then_changed(pair, backup_location="the park")
    pair.receive(pair.amal, data)
    directory = pair.amal.directory
    pair.amal.erase()
    assert not (directory / DB_FILE).exists()
    with pytest.raises(NotAVault):
        Vault.open(directory, "correct horse battery staple")
