"""What the team editor shows, read on a worker thread: the teams, the
colleagues, and whether each team folder is there now (a folder on a
drive that is not plugged in, or on a network share that does not answer,
may take a while to say so)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldsafe.vault import Team, Vault

#: the role words vault.teams stores
LEAD = "lead"
MEMBER = "member"


@dataclass(frozen=True)
class Snapshot:
    teams: list[Team]
    #: every colleague (``vault.sharing.all()``: entries with ``name``, ``usable``, ``changed``)
    colleagues: list[Any]
    #: team id -> its folder is a directory there now (teams with a folder only)
    present: dict[str, bool]

    def team(self, team_id: str | None) -> Team | None:
        for team in self.teams:
            if team.id == team_id:
                return team
        return None

    def candidates(self, team: Team) -> list[Any]:
        """The colleagues not in ``team`` yet, as ``vault.sharing`` sorts them."""
        inside = {m.colleague.id for m in team.members}
        return [c for c in self.colleagues if c.id not in inside]


def folder_there(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except OSError:
        return False


def load(vault: Vault) -> Snapshot:
    """The teams and colleagues as the vault holds them now (worker thread)."""
    teams = vault.teams.all()
    present = {t.id: folder_there(t.folder) for t in teams if t.folder is not None}
    return Snapshot(teams, vault.sharing.all(), present)


EMPTY = Snapshot([], [], {})
