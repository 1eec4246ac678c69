"""Sending through a team folder, for every section that shares.

``vault.teams.send`` leaves a bundle in each recipient's inbox in the folder
of a team they are a verified member of; the sync engine carries it. Here:

* :func:`team_offer` tells the share chooser which of the listed colleagues
  a team folder reaches and which teams (with a folder) can be chosen whole;
* :func:`deliver` sends and says, for each colleague who got nothing, why:
  not in a team with a folder, not verified now, or the team's folder is
  not there (a drive unplugged, a folder moved). It runs on a worker thread
  (:func:`send_and_wait` from a flow that waits for it, :func:`start_sending`
  from one that does not);
* :func:`report` words the outcome plainly ("Left in the team folder for Bea
  and Cai"), and :class:`TellDelivery` shows it, offering a file for those
  the folder could not reach. Nothing ever falls back to a file by itself.

Names are data: isolated inside sentences, plain text everywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox, QWidget

from fieldsafe.errors import TeamFolderMissing
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.dialogs import Notice, message_box

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

#: why a colleague got nothing through the team folder
NO_FOLDER = "no_folder"  # in no team that has a folder
NOT_VERIFIED = "not_verified"  # not verified now (never verified, or their key changed)
FOLDER_MISSING = "folder_missing"  # their team's folder is not there now
REASONS = (FOLDER_MISSING, NOT_VERIFIED, NO_FOLDER)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("teams", text, None, n)


def name_list(names: Sequence[str], *, isolated: bool = True) -> str:
    """``names`` as one phrase: "Bea", "Bea and Cai", "Bea, Cai and Dan";
    each name isolated (it is data inside a sentence), unless ``isolated``
    is False (an accessible name, read aloud)."""
    shown = [isolate(n) if isolated else n for n in names]
    if not shown:
        return ""
    if len(shown) == 1:
        return shown[0]
    return _t("{names} and {last}").format(names=_t(", ").join(shown[:-1]), last=shown[-1])


# -- what the share chooser offers ---------------------------------------------------
@dataclass(frozen=True)
class TeamChoice:
    """A team whose folder can carry a bundle to all of its verified members."""

    name: str
    #: the members' positions in the list of colleagues the chooser shows
    members: tuple[int, ...]
    #: whether its folder is there now (a drive may be unplugged)
    there: bool = True


@dataclass(frozen=True)
class TeamOffer:
    #: for each colleague listed, whether a team folder reaches them
    reachable: tuple[bool, ...] = ()
    teams: tuple[TeamChoice, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.teams)


def team_offer(vault: Vault, colleagues: Sequence[Any]) -> TeamOffer:
    """What the team folders offer for ``colleagues`` (verified entries, in
    the order the chooser lists them): empty when no team has a folder. A
    team whose folder is not there now reaches no one (a look at the folder,
    as quick as listing a directory)."""
    position = {c.id: i for i, c in enumerate(colleagues)}
    reached: set[str] = set()
    teams = []
    for team in vault.teams.all():
        members = tuple(position[e.id] for e in team.usable if e.id in position)
        if team.folder is None or not members:
            continue
        there = _is_there(team.folder)
        if there:
            reached.update(e.id for e in team.usable)
        teams.append(TeamChoice(team.name, members, there))
    if not teams:
        return TeamOffer()
    return TeamOffer(tuple(c.id in reached for c in colleagues), tuple(teams))


def _is_there(folder: Path) -> bool:
    try:
        return folder.is_dir()
    except OSError:
        return False


def has_team_folder(vault: Vault) -> bool:
    """Whether some team has a folder and a verified member to send to."""
    return any(team.folder is not None and team.usable for team in vault.teams.all())


# -- sending -------------------------------------------------------------------------
@dataclass(frozen=True)
class Delivery:
    """What one send did: who got the bundle, who did not and why."""

    #: the names (as this vault stores them) whose inbox now holds it
    sent: tuple[str, ...] = ()
    #: (colleague entry, reason) for each one who got nothing; reason in REASONS
    not_reached: tuple[tuple[Any, str], ...] = ()
    #: the teams whose folder was not there
    missing: tuple[str, ...] = ()

    @property
    def complete(self) -> bool:
        return bool(self.sent) and not self.not_reached

    def left_out(self) -> list[Any]:
        """The colleague entries who got nothing."""
        return [entry for entry, _reason in self.not_reached]


def deliver(vault: Vault, record_ids: Sequence[str], recipients: Sequence[Any]) -> Delivery:
    """Send ``record_ids`` to ``recipients`` through the team folders and
    say why each one left out was (worker thread: this seals and writes)."""
    result = vault.teams.send(list(record_ids), list(recipients))
    verified = {e.id for e in vault.sharing.all() if e.usable}
    cut_off = {e.id for team in result.missing for e in team.usable}
    not_reached = []
    for entry in result.not_sent:
        if entry.id in cut_off:
            reason = FOLDER_MISSING
        elif entry.id not in verified:
            reason = NOT_VERIFIED
        else:
            reason = NO_FOLDER
        not_reached.append((entry, reason))
    return Delivery(
        tuple(s.recipient.name for s in result.sent),
        tuple(not_reached),
        tuple(team.name for team in result.missing),
    )


def send_and_wait(
    parent: QWidget | None, vault: Vault, record_ids: Sequence[str], recipients: Sequence[Any]
) -> Delivery | None:
    """:func:`deliver` on a worker thread while this flow waits (the window
    keeps painting; the person's input waits too, so nothing is started
    twice). The delivery, None if the window went away meanwhile (the vault
    locked); the send's error is raised here."""
    return wait_for(
        parent,
        lambda: deliver(vault, record_ids, recipients),
        progress=_t("Putting it in the team folder…"),
    )


def wait_for(parent: QWidget | None, work: Callable[[], Any], *, progress: str) -> Any:
    """Run ``work`` with :mod:`~fieldsafe.ui.common.ops` and wait for it."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    op = ops.run(work, parent=parent, progress=progress)
    op.on_success(lambda result: outcome.setdefault("result", result))
    op.on_failure(lambda error: outcome.setdefault("error", error))
    op.finished.connect(loop.quit)
    if not op.done:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def start_sending(
    parent: QWidget,
    vault: Vault,
    record_ids: Sequence[str],
    recipients: Sequence[Any],
    *,
    done: Callable[[Delivery], None],
    failed: Callable[[BaseException], None],
) -> ops.Op:
    """:func:`deliver` on a worker thread without waiting: ``done`` or
    ``failed`` on the GUI thread (skipped if ``parent`` is gone by then)."""
    ids, chosen = list(record_ids), list(recipients)
    return (
        ops.run(lambda: deliver(vault, ids, chosen), parent=parent)
        .on_success(done)
        .on_failure(failed)
    )


# -- saying what happened ------------------------------------------------------------
def _names_by_reason(delivery: Delivery) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for entry, reason in delivery.not_reached:
        grouped.setdefault(reason, []).append(entry.name)
    return grouped


def not_reached_lines(delivery: Delivery) -> list[str]:
    """One plain sentence for each reason someone got nothing."""
    grouped = _names_by_reason(delivery)
    lines = []
    for reason in REASONS:
        names = grouped.get(reason)
        if not names:
            continue
        who = name_list(names)
        if reason == FOLDER_MISSING:
            lines.append(
                _t("Not sent to {names} through the folder of {teams}.").format(
                    names=who, teams=name_list(delivery.missing)
                )
                + " "
                + describe(TeamFolderMissing())
            )
        elif reason == NOT_VERIFIED:
            lines.append(
                _t(
                    "Not sent to {names}: not verified now. Compare safety numbers again "
                    "in Colleagues."
                ).format(names=who)
            )
        else:
            lines.append(_t("Not sent to {names}: not in a team with a folder.").format(names=who))
    return lines


def report(delivery: Delivery) -> tuple[str, str]:
    """The outcome in words: (what happened, the details)."""
    if delivery.sent:
        said = _t("Left in the team folder for {names}.").format(names=name_list(delivery.sent))
    else:
        said = _t("Nothing was put in the team folder.")
    details = not_reached_lines(delivery)
    if delivery.sent:
        details.append(
            _t(
                "Their FieldSafe takes it in when it next reads the folder; until then the "
                "sync engine carries it, encrypted."
            )
        )
    if delivery.not_reached:
        details.append(
            _t("You can save a file for the others instead and pass it on as usual.")
            if delivery.sent
            else _t("You can save a file instead and pass it on as usual.")
        )
    return said, "\n\n".join(details)


class TellDelivery:
    """Tell the person what a send through the team folder did (a seam:
    tests replace ``show``). When someone got nothing, offer a file for
    them: True when the person chooses it."""

    @classmethod
    def show(cls, parent: QWidget | None, delivery: Delivery) -> bool:
        if not delivery.not_reached:
            said, detail = report(delivery)
            Notice.show(parent, said, detail=detail)
            return False
        box = cls.box(parent, delivery)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    @staticmethod
    def box(parent: QWidget | None, delivery: Delivery) -> QMessageBox:
        """The question when someone got nothing: *Save a file for them…*
        (the default) or *Close*."""
        said, detail = report(delivery)
        box = message_box(parent, said, detail=detail, icon=QMessageBox.Icon.Warning)
        as_file = box.addButton(_t("Save a file for them…"), QMessageBox.ButtonRole.AcceptRole)
        as_file.setAccessibleName(_t("Save a file for those not reached"))
        close = box.addButton(_t("Close"), QMessageBox.ButtonRole.RejectRole)
        close.setAccessibleName(_t("Close"))
        box.setDefaultButton(as_file)
        box.setEscapeButton(close)
        return box


__all__ = [
    "FOLDER_MISSING",
    "NOT_VERIFIED",
    "NO_FOLDER",
    "Delivery",
    "TeamChoice",
    "TeamOffer",
    "TellDelivery",
    "deliver",
    "has_team_folder",
    "name_list",
    "report",
    "send_and_wait",
    "start_sending",
    "team_offer",
]
