"""Teams and a team folder, as a plain directory (issue 16): two and three
vaults, a safety lead, incidents flowing in, an assessment flowing out, a
check-in's reply, and refused bundles moved to rejected/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.exchange import team_folder
from fieldsafe.vault import Vault
from tests.team.world import World, team_world


@pytest.fixture
def world(vault: Vault, tmp_path: Path) -> Iterator[World]:
    with team_world(vault, tmp_path, ("Amal", "Bea", "Cai"), lead="Bea") as made:
        yield made


def an_incident(vault: Vault, title: str = "followed near the harbour") -> str:
    return vault.incidents.save(
        {
            "occurred_at": "2026-03-01T21:30:00Z",
            "title": title,
            "type": "surveillance_or_following",
            "area": "North district",
        }
    ).id


def test_an_incident_reaches_the_safety_lead_and_only_her(world: World) -> None:
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    incident = an_incident(amal.vault)
    result = amal.vault.teams.send_to_leads([incident])
    assert [s.recipient.name for s in result.sent] == ["Bea"]
    (written,) = team_folder.waiting(world.folder, bea.fingerprint)
    assert written.path == result.sent[0].path
    assert written.name.endswith(".age") and len(written.name) == 36

    got = bea.vault.teams.sync()
    assert [(a.sender, a.kind, a.updated) for a in got.arrivals] == [("Amal", "incident", False)]
    assert bea.vault.incidents.get(incident).fields["title"] == "followed near the harbour"
    assert team_folder.waiting(world.folder, bea.fingerprint) == []  # taken from the inbox
    assert cai.vault.teams.sync().arrivals == []
    assert cai.vault.get_record(incident) is None


def test_an_assessment_goes_to_the_whole_team_and_an_update_comes_back(world: World) -> None:
    amal, bea, cai = world["Amal"], world["Bea"], world["Cai"]
    assessment = bea.vault.risks.save(new_assessment("street_outreach")).id
    assert bea.team is not None
    sent = bea.vault.teams.send_to_team(bea.team.id, [assessment])
    assert sorted(s.recipient.name for s in sent.sent) == ["Amal", "Cai"]
    for person in (amal, cai):
        assert [a.kind for a in person.vault.teams.sync().arrivals] == ["risk_assessment"]

    fields = dict(amal.vault.risks.get(assessment).fields)
    fields["title"] = "Street outreach, north (after March)"
    amal.vault.risks.save(fields, assessment_id=assessment)
    assert amal.team is not None
    amal.vault.teams.send([assessment], [amal.vault.sharing.get(amal.entry("Bea"))])
    back = bea.vault.teams.sync()
    assert [(a.sender, a.updated) for a in back.arrivals] == [("Amal", True)]
    assert bea.vault.risks.get(assessment).fields["title"] == "Street outreach, north (after March)"


def test_bundles_are_padded_to_a_bucket_and_named_at_random(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    short = an_incident(amal.vault, "x")
    long = an_incident(amal.vault, "y" * 490)
    sent = amal.vault.teams.send([short], [amal.vault.sharing.get(amal.entry("Bea"))])
    sent2 = amal.vault.teams.send([long], [amal.vault.sharing.get(amal.entry("Bea"))])
    sizes = [s.path.stat().st_size for s in (*sent.sent, *sent2.sent)]
    # the same bucket: only age's random header grease tells them apart
    assert abs(sizes[0] - sizes[1]) < 400
    assert sent.sent[0].path.name != sent2.sent[0].path.name
    assert len(bea.vault.teams.sync().arrivals) == 2


def test_a_refused_bundle_goes_to_rejected_with_its_reason(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    box = team_folder.inbox(world.folder, bea.fingerprint)
    box.mkdir(parents=True, exist_ok=True)
    (box / ("ab" * 16 + ".age")).write_bytes(b"not a bundle at all")
    incident = an_incident(amal.vault)
    amal.vault.teams.send_to_leads([incident])
    got = bea.vault.teams.sync()
    assert [a.kind for a in got.arrivals] == ["incident"]
    assert [r.reason for r in got.refused] == ["not_a_bundle"]
    assert team_folder.waiting(world.folder, bea.fingerprint) == []
    assert len(team_folder.rejected(world.folder, bea.fingerprint)) == 1
    assert [r.reason for r in bea.vault.teams.refusals()] == ["not_a_bundle"]


def test_a_verified_colleague_outside_the_team_is_refused(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    assert bea.team is not None
    bea.vault.teams.remove_member(bea.team.id, bea.entry("Amal"))
    amal.vault.teams.send_to_leads([an_incident(amal.vault)])
    got = bea.vault.teams.sync()
    assert got.arrivals == [] and [r.reason for r in got.refused] == ["not_in_team"]


def test_the_same_bundle_twice_is_refused_as_a_replay(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    sent = amal.vault.teams.send_to_leads([an_incident(amal.vault)])
    copy = sent.sent[0].path.read_bytes()
    assert len(bea.vault.teams.sync().arrivals) == 1
    team_folder.put(world.folder, bea.fingerprint, copy)
    got = bea.vault.teams.sync()
    assert got.arrivals == [] and [r.reason for r in got.refused] == ["replayed"]


def test_a_clash_waits_in_the_inbox_for_the_persons_choice(world: World) -> None:
    amal, bea = world["Amal"], world["Bea"]
    incident = an_incident(amal.vault)
    amal.vault.teams.send_to_leads([incident])
    bea.vault.teams.sync()
    for person, title in ((amal, "seen twice"), (bea, "seen once")):
        fields = dict(person.vault.incidents.get(incident).fields)
        fields["title"] = title
        person.vault.incidents.save(fields, incident_id=incident)
    amal.vault.teams.send_to_leads([incident])
    got = bea.vault.teams.sync()
    assert got.arrivals == [] and len(got.waiting) == 1
    assert len(team_folder.waiting(world.folder, bea.fingerprint)) == 1  # still there
    result = bea.vault.teams.import_waiting(got.waiting[0], lambda clashes: ["title"])
    assert result is not None and result.updated == 1
    assert bea.vault.incidents.get(incident).fields["title"] == "seen twice"
    assert team_folder.waiting(world.folder, bea.fingerprint) == []


def test_an_absent_folder_sends_nothing_and_says_so(world: World, tmp_path: Path) -> None:
    amal = world["Amal"]
    moved = tmp_path / "moved"
    world.folder.rename(moved)
    result = amal.vault.teams.send_to_leads([an_incident(amal.vault)])
    assert result.sent == () and [e.name for e in result.not_sent] == ["Bea"]
    assert len(result.missing) == 1
    assert [t.name for t in amal.vault.teams.sync().missing] == ["North outreach"]
