"""``fieldsafe-cli team ...`` and ``fieldsafe-cli sync`` (issue 16): teams
made and changed from the command line, an incident left for the safety lead
and imported by ``sync`` in her vault, refused files moved to rejected/, a
folder that is not there, and JSON for scripts."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldsafe import cli
from fieldsafe.exchange import team_folder
from fieldsafe.vault import Vault
from tests.exchange.pair import PEER_PASS, introduce
from tests.team.world import TEAM_NAME, team_world

Run = Callable[..., tuple[int, str, str]]
TITLE = "followed near the harbour"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(vault: Path, *args: str | Path) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PEER_PASS + "\n"))
        code = cli.main([*(str(a) for a in args), "--vault", str(vault), "--passphrase-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@dataclass
class Folks:
    """Vault folders by name, the team folder, and each vault's card fingerprint."""

    vaults: dict[str, Path]
    folder: Path
    fingerprints: dict[str, str]

    def __getitem__(self, name: str) -> Path:
        return self.vaults[name]


def _fingerprints(vaults: dict[str, Path]) -> dict[str, str]:
    found = {}
    for name, directory in vaults.items():
        with Vault.open(directory, PEER_PASS) as vault:
            found[name] = vault.sharing.identity().card().fingerprint
    return found


@pytest.fixture
def colleagues(tmp_path: Path) -> Folks:
    """Amal, who has verified Bea and Cai, and holds Dan's card unverified;
    no teams yet. An empty folder for the team."""
    vaults = {n: tmp_path / n.lower() for n in ("Amal", "Bea", "Cai", "Dan")}
    opened = {}
    for name, directory in vaults.items():
        opened[name], _code = Vault.create(directory, PEER_PASS)
        opened[name].sharing.set_name(name)
    for name in ("Bea", "Cai"):
        introduce(opened["Amal"], opened[name])
    opened["Amal"].sharing.add_card(opened["Dan"].sharing.identity().card())
    for vault in opened.values():
        vault.lock()
    folder = tmp_path / "team-folder"
    folder.mkdir()
    return Folks(vaults, folder, _fingerprints(vaults))


@pytest.fixture
def world(tmp_path: Path) -> Iterator[Folks]:
    """Amal, Bea and Cai, all verified, each with the team "North outreach"
    on one shared folder; Bea is the safety lead. Every vault locked."""
    first, _code = Vault.create(tmp_path / "vault-amal", PEER_PASS)
    try:
        with team_world(first, tmp_path, ("Amal", "Bea", "Cai"), lead="Bea") as made:
            folder = made.folder
            fingerprints = {n: p.fingerprint for n, p in made.people.items()}
    finally:
        first.lock()
    vaults = {n: tmp_path / f"vault-{n.lower()}" for n in ("Amal", "Bea", "Cai")}
    yield Folks(vaults, folder, fingerprints)


def an_incident(directory: Path, title: str = TITLE) -> str:
    with Vault.open(directory, PEER_PASS) as vault:
        return vault.incidents.save(
            {
                "occurred_at": "2026-03-01T21:30:00Z",
                "title": title,
                "type": "surveillance_or_following",
                "area": "North district",
            }
        ).id


def inbox_of(folks: Folks, name: str) -> list[team_folder.Waiting]:
    return team_folder.waiting(folks.folder, folks.fingerprints[name])


# -- teams and members ----------------------------------------------------------


def test_a_team_is_made_changed_and_deleted(
    run: Run, colleagues: Folks, monkeypatch: pytest.MonkeyPatch
) -> None:
    amal = colleagues["Amal"]
    code, out, _ = run(amal, "team", "create", "North outreach", "--folder", colleagues.folder)
    assert code == 0 and "“North outreach” created" in out
    code, _, err = run(amal, "team", "create", "north  OUTREACH")
    assert code == 1 and "Another team already has that name" in err

    code, _, err = run(amal, "team", "add", "North outreach", "Dan")  # not verified
    assert code == 1 and "Dan is not verified" in err
    assert run(amal, "team", "add", "North outreach", "Bea", "--lead")[0] == 0
    code, out, _ = run(amal, "team", "add", "north outreach", "Cai")
    assert code == 0 and "Cai is now a member of “North outreach”" in out

    code, out, _ = run(amal, "team", "list")
    assert code == 0
    assert out.splitlines() == [
        "North outreach",
        f"    folder: {colleagues.folder}",
        "    Bea\tsafety lead\tverified",
        "    Cai\tmember\tverified",
    ]

    code, out, _ = run(amal, "team", "role", "North outreach", "Cai", "lead")
    assert code == 0 and "Cai is now a safety lead" in out
    assert run(amal, "team", "remove", "North outreach", "Bea")[0] == 0
    code, _, err = run(amal, "team", "remove", "North outreach", "Bea")
    assert code == 1 and "Bea is not in the team “North outreach”" in err
    code, _, err = run(amal, "team", "role", "North outreach", "Bea", "member")
    assert code == 1 and "not in the team" in err

    assert run(amal, "team", "rename", "North outreach", "Harbour team")[0] == 0
    assert run(amal, "team", "folder", "Harbour team", "--none")[0] == 0
    code, out, _ = run(amal, "team", "list", "--json")
    assert code == 0
    (team,) = json.loads(out)
    assert (team["name"], team["folder"], team["folder_present"]) == ("Harbour team", None, None)
    assert [(m["name"], m["role"], m["verified"]) for m in team["members"]] == [
        ("Cai", "lead", True)
    ]

    monkeypatch.setattr("fieldsafe.cli.team._confirm", lambda question: False)
    code, _, err = run(amal, "team", "delete", "Harbour team")
    assert code == 1 and "Nothing was deleted" in err
    assert run(amal, "team", "delete", "Harbour team", "--yes")[0] == 0
    code, out, err = run(amal, "team", "list")
    assert code == 0 and out == "" and "No teams yet" in err
    with Vault.open(amal, PEER_PASS) as vault:  # the colleagues stay
        assert [e.name for e in vault.sharing.all()] == ["Bea", "Cai", "Dan"]


def test_an_unknown_team_or_colleague_is_said_plainly(run: Run, colleagues: Folks) -> None:
    amal = colleagues["Amal"]
    assert run(amal, "team", "create", "North outreach")[0] == 0
    for args in (
        ("team", "add", "South", "Bea"),
        ("team", "send", "South", "0" * 32),
        ("team", "delete", "South", "--yes"),
    ):
        code, _, err = run(amal, *args)
        assert code == 1, args
        assert "No team is named “South” in this vault" in err
    code, _, err = run(amal, "team", "add", "North outreach", "Zoe")
    assert code == 1 and "No colleague is shown as “Zoe”" in err


def test_usage_errors(run: Run, colleagues: Folks) -> None:
    amal = colleagues["Amal"]
    assert run(amal, "team")[0] == 64
    assert run(amal, "team", "folder", "North outreach")[0] == 64  # neither DIR nor --none
    assert run(amal, "team", "role", "North outreach", "Bea", "boss")[0] == 64
    code, _, err = run(amal, "team", "create", "X", "--folder", colleagues.folder / "absent")
    assert code == 1 and "That folder is not there" in err


# -- sending and syncing ----------------------------------------------------------


def test_an_incident_for_the_leads_reaches_bea_and_sync_imports_it(run: Run, world: Folks) -> None:
    incident = an_incident(world["Amal"])
    code, out, err = run(world["Amal"], "team", "send", TEAM_NAME, incident, "--leads")
    assert code == 0, err
    assert "Left 1 record for Bea in the folder of “North outreach”" in out
    assert len(inbox_of(world, "Bea")) == 1 and inbox_of(world, "Cai") == []

    code, out, err = run(world["Bea"], "sync")
    assert code == 0 and err == ""
    assert out.splitlines() == ["Arrived: 1 incident from Amal."]
    assert inbox_of(world, "Bea") == []
    with Vault.open(world["Bea"], PEER_PASS) as vault:
        assert vault.incidents.get(incident).fields["title"] == TITLE

    code, out, _ = run(world["Cai"], "sync")
    assert code == 0 and out.splitlines() == ["Nothing new in the team folders."]


def test_the_whole_team_by_default_and_the_summary_counts_by_sender_and_kind(
    run: Run, world: Folks
) -> None:
    first, second = an_incident(world["Amal"]), an_incident(world["Amal"], "a second one")
    code, out, err = run(world["Amal"], "team", "send", TEAM_NAME, first, second)
    assert code == 0 and "Left 2 records for Bea and Cai" in out
    assert TITLE not in out + err
    assert run(world["Cai"], "team", "send", TEAM_NAME, first, "--to", "Bea")[0] == 1  # not hers

    code, out, err = run(world["Bea"], "sync", "--json")
    assert code == 0 and err == ""
    summary = json.loads(out)
    assert summary["arrived"] == [
        {"sender": "Amal", "kind": "incident", "updated": False, "count": 2}
    ]
    assert (summary["refused"], summary["waiting"], summary["missing"]) == ([], [], [])
    code, out, _ = run(world["Cai"], "sync")
    assert out.splitlines() == ["Arrived: 2 incidents from Amal."]


def test_send_to_one_member_and_a_member_of_another_team(run: Run, world: Folks) -> None:
    incident = an_incident(world["Amal"])
    code, out, _ = run(world["Amal"], "team", "send", TEAM_NAME, incident, "--to", "Cai")
    assert code == 0 and "for Cai in" in out
    assert inbox_of(world, "Bea") == [] and len(inbox_of(world, "Cai")) == 1
    code, _, err = run(world["Amal"], "team", "send", TEAM_NAME, incident, "--to", "Zoe")
    assert code == 1 and "No colleague is shown as “Zoe”" in err


def test_team_send_goes_through_that_teams_folder(run: Run, world: Folks, tmp_path: Path) -> None:
    """Bea is in two of Amal's teams: the bundle goes through the folder of
    the team named, not the first team by name."""
    other = tmp_path / "second-folder"
    other.mkdir()
    amal = world["Amal"]
    assert run(amal, "team", "create", "A first team", "--folder", other)[0] == 0
    assert run(amal, "team", "add", "A first team", "Bea")[0] == 0
    incident = an_incident(amal)
    assert run(amal, "team", "send", TEAM_NAME, incident, "--to", "Bea")[0] == 0
    assert len(inbox_of(world, "Bea")) == 1
    assert team_folder.waiting(other, world.fingerprints["Bea"]) == []
    assert run(amal, "team", "send", "A first team", incident, "--to", "Bea")[0] == 0
    assert len(team_folder.waiting(other, world.fingerprints["Bea"])) == 1


def test_a_refused_file_is_reported_and_moved_to_rejected(run: Run, world: Folks) -> None:
    box = team_folder.inbox(world.folder, world.fingerprints["Bea"])
    box.mkdir(parents=True, exist_ok=True)
    (box / ("ab" * 16 + ".age")).write_bytes(b"not a bundle at all")
    assert run(world["Amal"], "team", "send", TEAM_NAME, an_incident(world["Amal"]))[0] == 0

    code, out, err = run(world["Bea"], "sync")
    assert code == 0 and err == ""  # it ran: refusals are reported, not failures
    assert out.splitlines() == [
        "Arrived: 1 incident from Amal.",
        "Refused 1 bundle in “North outreach” (moved to rejected/ in its folder, never "
        "imported): The file is not a FieldSafe share bundle.",
    ]
    assert inbox_of(world, "Bea") == []
    assert len(team_folder.rejected(world.folder, world.fingerprints["Bea"])) == 1

    (box / ("cd" * 16 + ".age")).write_bytes(b"another one")
    code, out, _ = run(world["Bea"], "sync", "--json")
    (refused,) = json.loads(out)["refused"]
    assert refused["team"] == TEAM_NAME and refused["reason"] == "not_a_bundle"
    assert refused["message"] == "The file is not a FieldSafe share bundle."
    assert len(team_folder.rejected(world.folder, world.fingerprints["Bea"])) == 2


def test_a_clash_waits_for_the_persons_choice(run: Run, world: Folks) -> None:
    incident = an_incident(world["Amal"])
    assert run(world["Amal"], "team", "send", TEAM_NAME, incident, "--leads")[0] == 0
    assert run(world["Bea"], "sync")[0] == 0
    for name, title in (("Amal", "seen twice"), ("Bea", "seen once")):
        with Vault.open(world[name], PEER_PASS) as vault:
            fields = dict(vault.incidents.get(incident).fields)
            fields["title"] = title
            vault.incidents.save(fields, incident_id=incident)
    assert run(world["Amal"], "team", "send", TEAM_NAME, incident, "--leads")[0] == 0

    code, out, err = run(world["Bea"], "sync")
    assert code == 0 and "seen" not in out + err
    assert out.splitlines() == [
        "1 bundle from Amal waits for your choice: its records clash with changes made "
        "here. Open FieldSafe to choose; nothing is lost meanwhile."
    ]
    assert len(inbox_of(world, "Bea")) == 1  # the CLI never chooses
    with Vault.open(world["Bea"], PEER_PASS) as vault:
        assert vault.incidents.get(incident).fields["title"] == "seen once"
    code, out, _ = run(world["Bea"], "sync", "--json")
    assert json.loads(out)["waiting"] == [{"team": TEAM_NAME, "sender": "Amal"}]


def test_a_missing_folder_is_said_and_nothing_is_written(
    run: Run, world: Folks, tmp_path: Path
) -> None:
    incident = an_incident(world["Amal"])
    world.folder.rename(tmp_path / "moved")
    code, out, err = run(world["Amal"], "team", "send", TEAM_NAME, incident, "--leads")
    assert code == 1 and out == ""
    assert "The folder of “North outreach” is not there now" in err
    assert "Nothing was written for Bea" in err

    code, out, err = run(world["Bea"], "sync")
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "The folder of “North outreach” is not there now (is the drive plugged in, or was "
        "the folder moved?): nothing was read from it."
    ]
    code, out, _ = run(world["Bea"], "sync", "--json")
    assert json.loads(out)["missing"] == [TEAM_NAME]
    code, out, _ = run(world["Bea"], "team", "list")
    assert f"    folder: {world.folder} (not there now)" in out.splitlines()


def test_sync_without_any_team_folder(run: Run, colleagues: Folks) -> None:
    code, out, _ = run(colleagues["Amal"], "sync")
    assert code == 0 and "No team has a folder" in out
    code, out, _ = run(colleagues["Amal"], "sync", "--json")
    assert code == 0 and json.loads(out)["team_folders"] == 0


# -- cards --------------------------------------------------------------------------


def test_cards_are_left_in_the_folder_and_imported_unverified(run: Run, colleagues: Folks) -> None:
    amal, dan = colleagues["Amal"], colleagues["Dan"]
    for person in (amal, dan):
        assert (
            run(person, "team", "create", "North outreach", "--folder", colleagues.folder)[0] == 0
        )
    code, out, _ = run(dan, "team", "card", "North outreach")
    assert code == 0 and "public keys" in out
    assert (colleagues.folder / "cards" / f"{colleagues.fingerprints['Dan']}.txt").is_file()
    eve, _code = Vault.create(colleagues.vaults["Amal"].parent / "eve", PEER_PASS)
    eve.sharing.set_name("Eve")
    team_folder.write_card(colleagues.folder, eve.sharing.identity().card())
    eve.lock()

    code, out, _ = run(amal, "team", "cards", "North outreach")  # Dan's card Amal holds already
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Eve\t") and len(lines) == 2
    assert "compare safety numbers with its owner in person" in lines[1]

    code, out, _ = run(amal, "team", "cards", "North outreach", "--import", "eve")
    assert code == 0 and "Added Eve (not verified yet)." in out
    assert "Safety number" in out
    code, _, err = run(amal, "team", "add", "North outreach", "Eve")
    assert code == 1 and "Eve is not verified" in err
    code, out, _ = run(amal, "team", "cards", "North outreach")
    assert out.splitlines() == ["No new cards in the folder of “North outreach”."]
    code, _, err = run(amal, "team", "cards", "North outreach", "--import", "Eve")
    assert code == 1 and "No new card named “Eve”" in err
