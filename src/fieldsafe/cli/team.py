"""``fieldsafe-cli team ...`` and ``fieldsafe-cli sync``: teams and their
team folder (issue 16), on the same ``vault.teams`` the GUI uses.

A team is a named set of this vault's verified colleagues, each a member or a
safety lead, with perhaps a team folder that a sync engine (Syncthing, a
shared drive) carries between the team's devices. ``team send`` leaves
bundles in the recipients' inboxes there; ``sync`` reads this vault's inbox in
every team folder once, imports what verified team members sent, moves what
it refuses to ``rejected/`` and leaves bundles whose records clash with this
vault's for the person to settle in FieldSafe: the CLI never chooses for them.

Teams and colleagues are named as this vault stores them. Errors follow the
rest of the CLI (:mod:`fieldsafe.cli`): one line on stderr, no record content.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldsafe import errors
from fieldsafe.cli import (
    _KIND_WORDS,
    EXIT_FAILED,
    EXIT_OK,
    CommandFailed,
    UsageError,
    _confirm,
    _describe,
    _open,
    _Parser,
    _Passphrases,
    _print_safety_number,
    _printable,
    _record_ids,
    _records_word,
    _say_error,
)

if TYPE_CHECKING:
    from fieldsafe.exchange.identity import Card
    from fieldsafe.vault import ColleagueEntry, SendResult, SyncResult, Team, Vault

Handler = Callable[[argparse.Namespace, _Passphrases], int]

#: roles as ``vault.teams`` stores them, and as this CLI says them
ROLE_WORDS = {"member": "member", "lead": "safety lead"}


# -- arguments -----------------------------------------------------------------

_TEAM_HELP = "the team's name, as 'team list' shows it"
_COLLEAGUE_HELP = "a colleague, by the name 'colleague list' shows"


def add_team_commands(command: Callable[..., argparse.ArgumentParser], common: _Parser) -> None:
    """``team`` (with its actions) and ``sync``, added through the parser
    builder's ``command`` helper; ``common`` holds ``--vault`` and the other
    options every command accepts."""
    team = command(
        "team",
        _cmd_team_usage,
        "teams of verified colleagues and their team folder (a folder a sync engine such as "
        "Syncthing carries between the team's devices)",
    )
    actions = team.add_subparsers(
        dest="team_action", metavar="ACTION", required=True, parser_class=_Parser
    )

    def action(name: str, handler: Handler, text: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, parents=[common], help=text, description=text)
        sub.set_defaults(handler=handler)
        return sub

    sub = action("create", cmd_team_create, "create a team, perhaps with its team folder")
    sub.add_argument("name", metavar="NAME")
    sub.add_argument(
        "--folder",
        type=Path,
        metavar="DIR",
        help="the team folder: a directory that is there now (usually a Syncthing folder)",
    )

    sub = action(
        "list",
        cmd_team_list,
        "list the teams, their folder and their members (role, and whether verified now)",
    )
    sub.add_argument("--json", action="store_true", help="print the teams as JSON")

    sub = action("rename", cmd_team_rename, "give a team a new name")
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument("new_name", metavar="NEW_NAME")

    sub = action("folder", cmd_team_folder, "point a team at its team folder, or at none")
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument("folder", type=Path, nargs="?", metavar="DIR", help="a directory there now")
    sub.add_argument("--none", action="store_true", help="the team has no folder from now on")

    sub = action(
        "delete",
        cmd_team_delete,
        "delete a team (asks first unless --yes); the colleagues, the folder and the files in "
        "it stay",
    )
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument("--yes", action="store_true", help="delete without asking")

    sub = action(
        "add",
        cmd_team_add,
        "add a verified colleague to a team, by the name 'colleague list' shows",
    )
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument("colleague", metavar="COLLEAGUE", help=_COLLEAGUE_HELP)
    sub.add_argument("--lead", action="store_true", help="as a safety lead (default: member)")

    sub = action("role", cmd_team_role, "make a team member a member or a safety lead")
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument("colleague", metavar="COLLEAGUE", help=_COLLEAGUE_HELP)
    sub.add_argument("role", choices=sorted(ROLE_WORDS), metavar="member|lead")

    sub = action(
        "remove",
        cmd_team_remove,
        "take a colleague out of a team (they stay your colleague; bundles from them through "
        "this team's folder are refused from now on)",
    )
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument("colleague", metavar="COLLEAGUE", help=_COLLEAGUE_HELP)

    sub = action(
        "card",
        cmd_team_card,
        "leave your public card in the team folder's cards/ (public keys only)",
    )
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)

    sub = action(
        "cards",
        cmd_team_cards,
        "list cards left in the team folder that this vault does not know yet; they count only "
        "after you compare safety numbers in person",
    )
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument(
        "--import",
        dest="import_name",
        metavar="NAME",
        help="add the card with this name (or fingerprint) to your colleagues, not verified",
    )

    sub = action(
        "send",
        cmd_team_send,
        "leave records for team members in the team folder (one encrypted, signed bundle "
        "each); default: every verified member",
    )
    sub.add_argument("team", metavar="TEAM", help=_TEAM_HELP)
    sub.add_argument("records", nargs="+", metavar="RECORD_ID")
    sub.add_argument(
        "--to",
        action="append",
        default=[],
        metavar="COLLEAGUE",
        help="only this team member (repeatable)",
    )
    sub.add_argument("--leads", action="store_true", help="the team's safety leads")

    sub = command(
        "sync",
        cmd_sync,
        "read this vault's inbox in every team folder once: import what verified team members "
        "sent, move what is refused to rejected/, and leave clashing records for you to "
        "settle in FieldSafe",
    )
    sub.add_argument("--json", action="store_true", help="print the summary as JSON")


def _cmd_team_usage(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    raise UsageError("team needs an action (fieldsafe-cli team --help lists them)")


# -- looking things up ---------------------------------------------------------


def _quoted(name: str) -> str:
    return f"“{_printable(name)}”"


def _team(vault: Vault, name: str) -> Team:
    try:
        return vault.teams.find(name)
    except errors.NotFound:
        raise CommandFailed(
            f"No team is named {_quoted(name)} in this vault ('fieldsafe-cli team list' "
            "shows them). Nothing was changed."
        ) from None


def _colleague(vault: Vault, name: str) -> ColleagueEntry:
    try:
        return vault.sharing.find(name)
    except errors.NotFound:
        raise CommandFailed(
            f"No colleague is shown as {_quoted(name)} in this vault ('fieldsafe-cli colleague "
            "list' shows them). Nothing was changed."
        ) from None


def _require_verified(entry: ColleagueEntry) -> None:
    if not entry.usable:
        raise CommandFailed(
            f"{_printable(entry.name)} is not verified (or their key changed). Compare safety "
            "numbers in person first: fieldsafe-cli colleague verify NAME --yes. "
            "Nothing was changed."
        )


def _member(team: Team, entry: ColleagueEntry) -> None:
    if team.member(entry.id) is None:
        raise CommandFailed(
            f"{_printable(entry.name)} is not in the team {_quoted(team.name)}. Nothing was changed."
        )


def _folder_of(team: Team) -> Path:
    if team.folder is None:
        raise CommandFailed(
            f"The team {_quoted(team.name)} has no team folder. Choose one first: "
            "fieldsafe-cli team folder TEAM DIR"
        )
    return team.folder


def _existing_folder(folder: Path) -> None:
    """Before the passphrase is asked: the folder must be there now."""
    if not folder.expanduser().is_dir():
        raise CommandFailed(
            "That folder is not there. Create it (or let the sync engine create it), then try "
            "again. Nothing was changed."
        )


def _team_name_checked(change: Callable[[], Team]) -> Team:
    """``change`` (a create or a rename), its name refusals in words."""
    try:
        return change()
    except errors.InvalidRecord as exc:
        if exc.reason == "team_name_taken":
            raise CommandFailed(
                "Another team already has that name. Choose another; nothing was changed."
            ) from None
        if exc.reason == "not_a_team_name":
            raise CommandFailed(
                "A team name needs something visible in it, and at most 80 characters. "
                "Nothing was changed."
            ) from None
        raise


def _state(entry: ColleagueEntry) -> str:
    if entry.usable:
        return "verified"
    return "KEY CHANGED: verify again" if entry.changed else "not verified"


# -- the teams -----------------------------------------------------------------


def cmd_team_create(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    if args.folder is not None:
        _existing_folder(args.folder)
    with _open(args, passphrases) as vault:
        team = _team_name_checked(lambda: vault.teams.create(args.name, folder=args.folder))
    where = f"its folder is {team.folder}" if team.folder else "no folder yet"
    print(f"Team {_quoted(team.name)} created ({where}).")
    print(f"Add verified colleagues: fieldsafe-cli team add {_shell_word(team.name)} NAME [--lead]")
    return EXIT_OK


def _shell_word(text: str) -> str:
    import shlex

    return shlex.quote(_printable(text))


def cmd_team_list(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        teams = vault.teams.all()
    if args.json:
        print(json.dumps([_team_json(t) for t in teams], ensure_ascii=False, indent=2))
        return EXIT_OK
    for team in teams:
        print(_printable(team.name))
        if team.folder is None:
            print("    no team folder")
        else:
            there = "" if team.folder.is_dir() else " (not there now)"
            print(f"    folder: {_printable(str(team.folder))}{there}")
        for member in team.members:
            entry = member.colleague
            role = ROLE_WORDS.get(member.role, member.role)
            print(f"    {_printable(entry.name)}\t{role}\t{_state(entry)}")
        if not team.members:
            print("    no members yet")
    if not teams:
        print(
            "No teams yet. Create one: fieldsafe-cli team create NAME --folder DIR", file=sys.stderr
        )
    return EXIT_OK


def _team_json(team: Team) -> dict[str, Any]:
    return {
        "id": team.id,
        "name": team.name,
        "folder": str(team.folder) if team.folder is not None else None,
        "folder_present": team.folder.is_dir() if team.folder is not None else None,
        "members": [
            {
                "name": m.colleague.name,
                "role": m.role,
                "verified": m.colleague.usable,
                "key_changed": m.colleague.changed,
                "fingerprint": m.colleague.card.fingerprint,
            }
            for m in team.members
        ],
    }


def cmd_team_rename(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        renamed = _team_name_checked(lambda: vault.teams.rename(team.id, args.new_name))
    print(f"The team {_quoted(team.name)} is now {_quoted(renamed.name)}.")
    return EXIT_OK


def cmd_team_folder(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    if args.none == (args.folder is not None):
        raise UsageError("give the team folder DIR, or --none (not both)")
    if args.folder is not None:
        _existing_folder(args.folder)
    with _open(args, passphrases) as vault:
        team = vault.teams.set_folder(_team(vault, args.team).id, args.folder)
    if team.folder is None:
        print(
            f"The team {_quoted(team.name)} has no folder now: nothing is sent or read through "
            "it. The old folder and its files stay where they are."
        )
    else:
        print(f"The team folder of {_quoted(team.name)} is now {_printable(str(team.folder))}.")
    return EXIT_OK


def cmd_team_delete(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        if not args.yes and not _confirm(
            f"Delete the team {_quoted(team.name)}? Its colleagues stay your colleagues, and the "
            "folder and its files stay where they are."
        ):
            raise CommandFailed("Nothing was deleted.")
        vault.teams.remove(team.id)
    print(
        f"Deleted the team {_quoted(team.name)}. Your colleagues, the folder and its files stay; "
        "bundles in it are no longer read."
    )
    return EXIT_OK


# -- members -------------------------------------------------------------------


def cmd_team_add(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    role = "lead" if args.lead else "member"
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        entry = _colleague(vault, args.colleague)
        _require_verified(entry)
        already = team.member(entry.id)
        if already is not None:
            if already.role == role:
                print(
                    f"{_printable(entry.name)} is already a {ROLE_WORDS[role]} of "
                    f"{_quoted(team.name)}. Nothing was changed."
                )
                return EXIT_OK
            raise CommandFailed(
                f"{_printable(entry.name)} is already in {_quoted(team.name)} as a "
                f"{ROLE_WORDS.get(already.role, already.role)}. Change the role with: "
                "fieldsafe-cli team role TEAM COLLEAGUE member|lead"
            )
        _set_role(vault, team, entry, role)
    print(f"{_printable(entry.name)} is now a {ROLE_WORDS[role]} of {_quoted(team.name)}.")
    return EXIT_OK


def _set_role(vault: Vault, team: Team, entry: ColleagueEntry, role: str) -> None:
    try:
        vault.teams.add_member(team.id, entry.id, role=role)
    except ValueError:  # not verified now (checked before; changed meanwhile)
        _require_verified(vault.sharing.get(entry.id))
        raise


def cmd_team_role(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        entry = _colleague(vault, args.colleague)
        _member(team, entry)
        _require_verified(entry)
        _set_role(vault, team, entry, args.role)
    print(f"{_printable(entry.name)} is now a {ROLE_WORDS[args.role]} of {_quoted(team.name)}.")
    return EXIT_OK


def cmd_team_remove(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        entry = _colleague(vault, args.colleague)
        _member(team, entry)
        vault.teams.remove_member(team.id, entry.id)
    print(
        f"{_printable(entry.name)} is no longer in {_quoted(team.name)}. They stay your "
        "colleague; bundles from them through this team's folder are refused from now on."
    )
    return EXIT_OK


# -- cards ---------------------------------------------------------------------

_CARDS_REMINDER = (
    "Anyone who can reach the folder could have left a card there. A card counts only after "
    "you compare safety numbers with its owner in person: import it with --import NAME, "
    "compare, then run: fieldsafe-cli colleague verify NAME --yes"
)


def cmd_team_card(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        _folder_of(team)
        path = vault.teams.publish_card(team.id)
    print(f"Your card is in the team folder: {_printable(str(path))}")
    print(
        "It holds only public keys. Colleagues who import it still compare safety numbers "
        "with you in person before it counts."
    )
    return EXIT_OK


def cmd_team_cards(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        _folder_of(team)
        cards = vault.teams.folder_cards(team.id)
        if args.import_name is not None:
            card = _chosen_card(cards, args.import_name)
            entry = vault.sharing.add_card(card)
            print(f"Added {_printable(entry.name)} (not verified yet).")
            _print_safety_number(vault, entry.id)
            print(
                "Compare it with them in person; if it matches, run: "
                f"fieldsafe-cli colleague verify {_shell_word(entry.name)} --yes"
            )
            return EXIT_OK
    if not cards:
        print(f"No new cards in the folder of {_quoted(team.name)}.")
        return EXIT_OK
    for card in cards:
        print(f"{_printable(card.name)}\t{card.fingerprint[:16]}")
    print(_CARDS_REMINDER)
    return EXIT_OK


def _chosen_card(cards: list[Card], wanted: str) -> Card:
    """The one card named ``wanted`` (case and spacing aside), or whose
    fingerprint starts with it (at least 8 hex digits)."""
    from fieldsafe.exchange.identity import clean_name

    key = clean_name(wanted).casefold()
    found = [c for c in cards if key and clean_name(c.name).casefold() == key]
    if not found and len(wanted) >= 8:
        found = [c for c in cards if c.fingerprint.startswith(wanted.lower())]
    if not found:
        raise CommandFailed(
            f"No new card named {_quoted(wanted)} is in the team folder "
            "('fieldsafe-cli team cards TEAM' lists them). Nothing was added."
        )
    if len(found) > 1:
        raise CommandFailed(
            f"{len(found)} cards in the folder carry the name {_quoted(wanted)}: give the "
            "fingerprint of the one you mean instead. Nothing was added."
        )
    return found[0]


# -- sending -------------------------------------------------------------------


def _recipients(vault: Vault, team: Team, names: list[str], leads: bool) -> list[ColleagueEntry]:
    """Who ``team send`` writes for: ``--to`` and ``--leads``, else the whole team."""
    chosen: dict[str, ColleagueEntry] = {}
    for name in names:
        entry = _colleague(vault, name)
        _member(team, entry)
        _require_verified(entry)
        chosen[entry.id] = entry
    if leads:
        if not team.leads:
            raise CommandFailed(
                f"The team {_quoted(team.name)} has no verified safety lead. Nothing was sent."
            )
        chosen.update((e.id, e) for e in team.leads)
    if not names and not leads:
        chosen = {e.id: e for e in team.usable}
        if not chosen:
            raise CommandFailed(
                f"The team {_quoted(team.name)} has no verified members to send to. "
                "Nothing was sent."
            )
    return list(chosen.values())


def cmd_team_send(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    ids = _record_ids(args.records)
    with _open(args, passphrases) as vault:
        team = _team(vault, args.team)
        _folder_of(team)
        recipients = _recipients(vault, team, args.to, args.leads)
        for record_id in ids:  # a missing or private record: before anything is written
            vault.sharing.shareable(record_id)
        result = vault.teams.send(ids, recipients, team_id=team.id)
    return _report_sent(team, len(ids), result)


def _names(entries: list[ColleagueEntry] | tuple[ColleagueEntry, ...]) -> str:
    """ "Bea", "Bea and Cai", "Bea, Cai and Dan"."""
    names = [_printable(e.name) for e in entries]
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else "".join(names)


def _report_sent(team: Team, count: int, result: SendResult) -> int:
    if result.sent:
        print(
            f"Left {_records_word(count)} for {_names([s.recipient for s in result.sent])} in "
            f"the folder of {_quoted(team.name)}, one encrypted bundle each. The sync engine "
            "carries them from there."
        )
    if result.missing:
        _say_error(
            f"The folder of {_quoted(team.name)} is not there now (is the drive plugged in, or "
            "was the folder moved?). Nothing was written for "
            f"{_names(result.not_sent)}."
        )
        return EXIT_FAILED
    if result.not_sent:
        _say_error(
            f"Not sent to {_names(result.not_sent)}: not a verified member of "
            f"{_quoted(team.name)} now."
        )
        return EXIT_FAILED
    return EXIT_OK


# -- receiving -----------------------------------------------------------------


def cmd_sync(args: argparse.Namespace, passphrases: _Passphrases) -> int:
    with _open(args, passphrases) as vault:
        with_folder = [t for t in vault.teams.all() if t.folder is not None]
        result = vault.teams.sync()
    if args.json:
        names = {t.id: t.name for t in with_folder}
        print(json.dumps(_sync_json(result, names), ensure_ascii=False, indent=2))
        return EXIT_OK
    if not with_folder:
        print(
            "No team has a folder, so there is nothing to read. Choose one with: "
            "fieldsafe-cli team folder TEAM DIR"
        )
        return EXIT_OK
    for line in sync_summary(result):
        print(line)
    return EXIT_OK


def _kind_words(kind: str, count: int, updated: bool) -> str:
    """ "2 incidents", "1 risk assessment update"."""
    words = _KIND_WORDS.get(kind, kind.replace("_", " "))
    if updated:
        words += " update"
    if count != 1:
        words = words[:-1] + "ies" if words.endswith("y") else words + "s"
    return f"{count} {words}"


def _bundles(count: int) -> str:
    return "1 bundle" if count == 1 else f"{count} bundles"


def sync_summary(result: SyncResult) -> list[str]:
    """The calm summary of one sync, a line for each part: what arrived (by
    sender and kind), what was refused and why, what waits for a choice, and
    the folders that were not there."""
    lines = []
    if result.arrivals:
        arrived = ", ".join(
            f"{_kind_words(kind, n, updated)} from {_printable(sender)}"
            for sender, kind, updated, n in result.counts()
        )
        lines.append(f"Arrived: {arrived}.")
    refused = Counter((r.team_name, r.reason) for r in result.refused)
    for (team_name, reason), n in refused.items():
        lines.append(
            f"Refused {_bundles(n)} in {_quoted(team_name)} (moved to rejected/ in its folder, "
            f"never imported): {_describe(errors.BadInputFile(reason))}"
        )
    waiting = Counter(h.sender for h in result.waiting)
    for sender, n in waiting.items():
        lines.append(
            f"{_bundles(n)} from {_printable(sender)} "
            f"{'waits' if n == 1 else 'wait'} for your choice: "
            f"{'its' if n == 1 else 'their'} records clash with changes made here. "
            "Open FieldSafe to choose; nothing is lost meanwhile."
        )
    for team in result.missing:
        lines.append(
            f"The folder of {_quoted(team.name)} is not there now (is the drive plugged in, or "
            "was the folder moved?): nothing was read from it."
        )
    if not lines:
        lines.append("Nothing new in the team folders.")
    return lines


def _sync_json(result: SyncResult, teams: dict[str, str]) -> dict[str, Any]:
    """The summary for scripts; ``teams``: the name of each team with a folder, by id."""
    return {
        "team_folders": len(teams),
        "arrived": [
            {"sender": sender, "kind": kind, "updated": updated, "count": n}
            for sender, kind, updated, n in result.counts()
        ],
        "refused": [
            {
                "team": r.team_name,
                "reason": r.reason,
                "message": _describe(errors.BadInputFile(r.reason)),
                "file": r.file_name,
            }
            for r in result.refused
        ],
        "waiting": [{"team": teams.get(h.team_id), "sender": h.sender} for h in result.waiting],
        "missing": [t.name for t in result.missing],
    }
