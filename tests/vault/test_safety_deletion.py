"""Deleted means gone, for incidents and risk assessments too: from every
table of the schema and from every page of the database and its WAL.

Each scenario puts a canary word through the public API into every place
an incident or an assessment reaches (the record, an earlier version, the
facets with its area, the search index, a draft, what was last exchanged
with a colleague), deletes it through the public API, and then every table
is read and every page decrypted with the raw key. The kept twin of each
canary must still be found: the method sees content. The table list comes
from the schema, so a table added later is read too (and
``tests/security/test_deletion.py`` holds every table to a deletion path).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from fieldsafe.core.risk import Review
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.vault import Vault
from fieldsafe.vault.layout import DB_FILE
from tests.leaks import decrypted_pages
from tests.security.test_deletion import (
    canary,
    in_pages,
    raw_key,
    schema_tables,
    tables_holding,
    tail,
)

PEER_PASS = "a colleague's own passphrase"
WHEN = "2026-07-07T07:07:00Z"


@dataclass
class World:
    vault: Vault
    peer: Vault
    bea: str  # Bea's entry in the vault under test
    me_at_bea: str


Scenario = Callable[[World, str], Callable[[], None]]


def an_incident(w: World, c: str) -> Callable[[], None]:
    """An incident with the canary in its words and its area (a facet),
    edited once, with a draft of the next edit, shared with Bea."""
    v = w.vault
    fields = {
        "occurred_at": WHEN,
        "title": c,
        "area": c,
        "actors_note": c,
        "what_happened": f"{c} first",
        "impact_people": c,
        "measures": c,
        "reported_to": c,
    }
    incident = v.incidents.save(fields)
    v.incidents.save({**fields, "what_happened": f"{c} edited"}, incident_id=incident.id)
    v.drafts.save(
        f"incident/{incident.id}",
        kind="incident",
        fields={**fields, "what_happened": f"{c} next"},
        record_id=incident.id,
    )
    v.sharing.remember_shared(v.sharing.seal_record(incident.id, recipient=v.sharing.get(w.bea)))
    return lambda: v.incidents.delete(incident.id)


def an_assessment(w: World, c: str) -> Callable[[], None]:
    """An assessment with the canary in every structured part and its area,
    reviewed (an earlier version), with a draft, shared with Bea."""
    v = w.vault
    fields = new_assessment("street_outreach")
    fields.update(
        title=c,
        area=c,
        alternatives=c,
        threats=[{"threat": c, "risks": c, "likelihood": 2, "impact": 3}],
        vulnerabilities=[{"vulnerability": c, "into_capacity": c}],
        capacities=[{"capacity": c, "strengthen": c}],
        factors=[{"factor": "age", "note": c}],
        measures=[{"phase": "before", "measure": c, "who": c}],
    )
    saved = v.risks.save(fields)
    v.risks.record_review(saved.id, Review(date(2026, 7, 7), "scheduled", changes=c))
    v.drafts.save(
        f"risk_assessment/{saved.id}",
        kind="risk_assessment",
        fields={**fields, "objective": c},
        record_id=saved.id,
    )
    v.sharing.remember_shared(v.sharing.seal_record(saved.id, recipient=v.sharing.get(w.bea)))
    return lambda: v.risks.delete(saved.id)


def a_received_incident(w: World, c: str) -> Callable[[], None]:
    """An incident Bea shared, received and imported; deleted with
    ``vault.delete``, as the CLI does."""
    incident = w.peer.incidents.save({"occurred_at": WHEN, "title": c, "area": c})
    sealed = w.peer.sharing.seal_record(incident.id, recipient=w.peer.sharing.get(w.me_at_bea))
    received = w.vault.sharing.open_received(sealed.data, lambda: None)
    assert received is not None
    assert w.vault.sharing.import_bundle(received, lambda clashes: []) is not None

    def delete() -> None:
        w.vault.delete(incident.id)

    return delete


#: every table each scenario's canary must reach (checked before deleting)
REACHES: dict[Scenario, set[str]] = {
    an_incident: {
        "records",
        "record_versions",
        "record_facets",
        "drafts",
        "exchange_bases",
        "search_index_data",
    },
    an_assessment: {
        "records",
        "record_versions",
        "record_facets",
        "drafts",
        "exchange_bases",
        "search_index_data",
    },
    a_received_incident: {"records", "record_facets", "exchange_bases", "search_index_data"},
}


@pytest.fixture
def world(vault: Vault, tmp_path: Path) -> Iterator[World]:
    peer, _ = Vault.create(tmp_path / "bea", PEER_PASS)
    peer.sharing.set_name("Bea")
    bea = vault.sharing.add_card(peer.sharing.identity().card())
    vault.sharing.verify(bea.id)
    me = peer.sharing.add_card(vault.sharing.identity().card())
    peer.sharing.verify(me.id)
    yield World(vault, peer, bea.id, me.id)
    peer.lock()


def test_deleted_incidents_and_assessments_are_gone_from_every_table_and_page(
    world: World, vault_dir: Path, passphrase: str
) -> None:
    vault = world.vault
    kept: dict[Scenario, str] = {}
    doomed: dict[Scenario, str] = {}
    deletions = []
    for number, scenario in enumerate(REACHES):
        kept[scenario] = canary(f"keep{number}x")
        scenario(world, kept[scenario])
        doomed[scenario] = canary(f"gone{number}x")
        deletions.append(scenario(world, doomed[scenario]))

    tables = schema_tables(vault)
    for scenario, expected in REACHES.items():
        assert expected <= tables
        reached = tables_holding(vault, tail(doomed[scenario]))
        assert expected <= reached, (scenario.__name__, sorted(expected - reached))

    for delete in deletions:
        delete()
    for scenario, word in doomed.items():
        assert not tables_holding(vault, tail(word)), scenario.__name__  # names the table left
        assert tables_holding(vault, tail(kept[scenario])), scenario.__name__
    for scenario in REACHES:
        assert vault.search(doomed[scenario]) == []
    vault.lock()

    wal = Path(f"{vault_dir / DB_FILE}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    pages = decrypted_pages(vault_dir / DB_FILE, raw_key(vault_dir, passphrase))
    for scenario in REACHES:
        assert in_pages(pages, tail(kept[scenario])), scenario.__name__
        assert not in_pages(pages, tail(doomed[scenario])), scenario.__name__
