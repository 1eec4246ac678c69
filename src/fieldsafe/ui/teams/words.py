"""The Teams tab's sentences about a team, a member or a colleague: the
team folder's state, a member's role, and why a colleague cannot join.
Names are the names this vault stores, isolated for right-to-left text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from fieldsafe.errors import InvalidRecord
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate

if TYPE_CHECKING:
    from fieldsafe.vault import Team


def _t(text: str) -> str:
    return QCoreApplication.translate("teams", text)


def folder_text(team: Team, present: bool) -> str:
    """Where the team folder is, or that it has none or is not there now."""
    if team.folder is None:
        return _t(
            "No team folder yet. Nothing is sent or received through this team until you "
            "choose one."
        )
    if present:
        return _t("Team folder: {folder}").format(folder=isolate(team.folder))
    return _t(
        "The team folder is not there now: {folder}. Is the drive plugged in, or was the "
        "folder moved? Nothing is lost; if it moved, choose it again."
    ).format(folder=isolate(team.folder))


def _state(colleague: Any) -> str | None:
    if colleague.usable:
        return None
    if colleague.changed:
        return _t("key changed")
    return _t("not verified")


def member_text(member: Any) -> str:
    """A row of the members list: the name, the role, and a key that changed."""
    role = _t("safety lead") if member.lead else _t("member")
    state = _state(member.colleague)
    name = isolate(member.colleague.name)
    return f"{name} — {role}" if state is None else f"{name} — {role}, {state}"


def candidate_text(colleague: Any) -> str:
    """A row of the colleagues who could join: the name, and why not yet."""
    state = _state(colleague)
    name = isolate(colleague.name)
    return name if state is None else f"{name} — {state}"


def member_state(member: Any) -> str:
    """What a member who is not verified now means for the team."""
    name = isolate(member.colleague.name)
    if member.colleague.changed:
        return _t(
            "The key of {name} changed. Nothing is sent to them or taken from them until "
            "you compare the safety number again, in the Colleagues tab."
        ).format(name=name)
    if not member.colleague.usable:
        return _t(
            "{name} is not verified now. Nothing is sent to them or taken from them "
            "until you compare the safety number, in the Colleagues tab."
        ).format(name=name)
    return ""


def refusal(candidate: Any | None) -> str | None:
    """Why ``candidate`` cannot join a team, or None if they can."""
    if candidate is None or candidate.usable:
        return None
    if candidate.changed:
        return _t(
            "{name} cannot be added: their key changed. Compare safety numbers first, "
            "again, together and in person, in the Colleagues tab."
        ).format(name=isolate(candidate.name))
    return _t(
        "{name} cannot be added yet: compare safety numbers first, together and in "
        "person, in the Colleagues tab."
    ).format(name=isolate(candidate.name))


def worded(exc: BaseException) -> str:
    """A refused change, in a calm sentence."""
    if isinstance(exc, InvalidRecord) and exc.reason == "team_name_taken":
        return _t("Another team already has that name. Choose another one.")
    if isinstance(exc, InvalidRecord) and exc.reason == "not_a_team_name":
        return _t("Type a name for the team (at most 80 characters).")
    if isinstance(exc, ValueError):
        return _t("Only a verified colleague can be in a team: compare safety numbers first.")
    return describe(exc)
