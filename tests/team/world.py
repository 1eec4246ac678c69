"""Vaults that exchanged verified cards and share one team folder (a plain
directory here; tests/team/test_syncthing.py carries one with Syncthing)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fieldsafe.vault import Vault
from fieldsafe.vault.teams import LEAD, MEMBER, Team
from tests.exchange.pair import PEER_PASS, introduce

TEAM_NAME = "North outreach"


@dataclass
class Person:
    name: str
    vault: Vault
    #: colleague entry id of each other person, in this person's vault
    entries: dict[str, str] = field(default_factory=dict)
    #: this person's team (as their own vault holds it)
    team: Team | None = None

    def entry(self, other: str) -> str:
        return self.entries[other]

    @property
    def fingerprint(self) -> str:
        return self.vault.sharing.identity().card().fingerprint


@dataclass
class World:
    folder: Path
    people: dict[str, Person]

    def __getitem__(self, name: str) -> Person:
        return self.people[name]


def make_team(person: Person, folder: Path | None, roles: dict[str, str]) -> Team:
    """``person``'s team: everyone else in ``roles``, with their role."""
    team = person.vault.teams.create(TEAM_NAME, folder=folder)
    for other, role in roles.items():
        if other != person.name:
            team = person.vault.teams.add_member(team.id, person.entry(other), role=role)
    person.team = team
    return team


@contextmanager
def team_world(
    first: Vault,
    base: Path,
    names: tuple[str, ...] = ("Amal", "Bea"),
    *,
    lead: str | None = None,
    folder: Path | None = None,
) -> Iterator[World]:
    """``first`` (named ``names[0]``) and a new vault for each other name,
    every pair introduced and verified, each with the same team pointing at
    one shared folder (each vault's own copy of the team: a team lives in a
    vault). ``lead`` is the safety lead in everyone else's team."""
    shared = folder or base / "team-folder"
    shared.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        people: dict[str, Person] = {}
        for index, name in enumerate(names):
            if index == 0:
                vault = first
            else:
                vault, _code = Vault.create(base / f"vault-{name.lower()}", PEER_PASS)
                stack.callback(vault.lock)
            vault.sharing.set_name(name)
            people[name] = Person(name, vault)
        for i, one in enumerate(names):
            for other in names[i + 1 :]:
                a, b = introduce(people[one].vault, people[other].vault)
                people[one].entries[other], people[other].entries[one] = a, b
        roles = {n: (LEAD if n == lead else MEMBER) for n in names}
        for person in people.values():
            make_team(person, shared, roles)
        yield World(shared, people)
