"""The calm notice of what came through the team folders (issue 16).

A bar above the work, like the check-in notice (never a dialog: it never
blocks and never takes the focus), fed by the
:class:`~fieldsafe.ui.teams.inbox_watch.TeamInboxWatch`'s results:

* what arrived, by sender and kind: "Arrived from the team folder: 2
  incidents from Bea and 1 plan update from Amal" (the names this vault
  stores for the verified senders, as plain text and bidi-isolated);
  counted up across syncs until *Dismiss*;
* what was refused: "1 bundle was set aside and not imported", with
  *Details…* listing each one's team, time and reason
  (:mod:`.arrivals_details`);
* what waits because both sides changed the same fields: "1 update waits
  for your choice" with *Review…*, which asks about each clash with the
  dialog used for a received file
  (:class:`~fieldsafe.ui.plans.sharing.ChooseConflicts`) and imports it
  (``vault.teams.import_waiting``);
* a team folder that is not there: said once while it stays away, quietly.

The words of a sync that failed (other than a vault busy for a moment, which
the next sync retries) are shown too. :meth:`ArrivalsNotice.wipe` forgets
everything at lock.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldsafe.errors import BadInputFile, NotFound, VaultBusy
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.dialogs import Alert
from fieldsafe.ui.common.empty_state import IconMark
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.theme import spacing
from fieldsafe.ui.plans.sharing import ChooseConflicts
from fieldsafe.ui.teams.arrivals_details import RefusalDetails
from fieldsafe.ui.teams.inbox_watch import TeamInboxWatch

if TYPE_CHECKING:
    from fieldsafe.vault import HeldBack, Refusal, SyncResult, Vault

#: the most senders and kinds named in the line of arrivals; the rest are counted
MAX_NAMED = 6


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("teams", text, None, n)


def kind_count(kind: str, updated: bool, n: int) -> str:
    """ "2 incidents", "1 plan update" … for ``n`` records of ``kind``."""
    if kind == "incident":
        return _t("%n incident update(s)", n) if updated else _t("%n incident(s)", n)
    if kind == "meeting_plan":
        return _t("%n plan update(s)", n) if updated else _t("%n plan(s)", n)
    if kind == "risk_assessment":
        if updated:
            return _t("%n risk assessment update(s)", n)
        return _t("%n risk assessment(s)", n)
    if kind == "outreach_log":
        return _t("%n log update(s)", n) if updated else _t("%n log(s)", n)
    return _t("%n record update(s)", n) if updated else _t("%n record(s)", n)


def arrivals_text(counts: list[tuple[str, str, bool, int]]) -> str:
    """The line of arrivals from (sender, kind, updated, how many)."""
    parts = [
        isolated(_t("{what} from {name}"), what=kind_count(kind, updated, n), name=sender)
        for sender, kind, updated, n in counts[:MAX_NAMED]
    ]
    rest = sum(n for _s, _k, _u, n in counts[MAX_NAMED:])
    if rest:
        parts.append(_t("%n more record(s)", rest))
    return _t("Arrived from the team folder: {list}").format(
        list=QLocale().createSeparatedList(parts)
    )


class ArrivalsNotice(QFrame):
    """Shows what the inbox watch brought (see the module's docs); hidden
    when there is nothing to say. ``vault`` returns the open vault (None
    once locked)."""

    def __init__(
        self,
        watch: TeamInboxWatch,
        parent: QWidget | None = None,
        *,
        vault: Callable[[], Vault | None],
    ) -> None:
        super().__init__(parent)
        self._watch = watch
        self._vault = vault
        self._counts: dict[tuple[str, str, bool], int] = {}
        self._refused: list[Refusal] = []
        self._waiting: list[HeldBack] = []
        self._waiting_seen: set[str] = set()  # the waiting bundles dismissed
        self._missing_told: set[str] = set()  # teams whose absence was said
        self._missing_now: dict[str, str] = {}  # the teams it is said of now: their names
        self._problem = ""
        self._reviewed = 0  # records imported by Review… since Dismiss
        self._review_pending = False
        self.details: RefusalDetails | None = None
        self.setProperty("role", "notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build()
        watch.synced.connect(self.add_result)
        watch.failed.connect(self._failed)
        self._retranslate()
        self.hide()

    def _build(self) -> None:
        self.mark = IconMark("receive", 1.4, self)
        self.arrived = plain_label("", self, wrap=True)
        self.refused = plain_label("", self, wrap=True)
        self.waiting = plain_label("", self, wrap=True)
        self.missing = plain_label("", self, wrap=True)
        self.missing.setProperty("role", "hint")
        self.problem = plain_label("", self, wrap=True)
        self.reviewed = plain_label("", self, wrap=True)
        self.review_button = QPushButton(self)
        self.details_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        self.review_button.clicked.connect(self.review)
        self.details_button.clicked.connect(self.show_details)
        self.dismiss_button.clicked.connect(self.dismiss)
        for button in (self.review_button, self.details_button, self.dismiss_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        text = QVBoxLayout()
        text.setSpacing(spacing(1))
        for label in self._labels():
            text.addWidget(label)
        text.addStretch(1)
        # the buttons beside the words, not under them: two notices may be
        # shown at once, and at large text sizes the work needs the height
        buttons = QHBoxLayout()
        buttons.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout(self)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addLayout(buttons)

    def _labels(self) -> tuple[QLabel, ...]:
        return (
            self.arrived,
            self.reviewed,
            self.refused,
            self.waiting,
            self.missing,
            self.problem,
        )

    def _retranslate(self) -> None:
        self.setAccessibleName(_t("From the team folder"))
        self.review_button.setText(_t("Review…"))
        self.review_button.setAccessibleName(_t("Review the updates that wait for your choice"))
        self.details_button.setText(_t("Details…"))
        self.details_button.setAccessibleName(_t("Details of the bundles set aside"))
        self.dismiss_button.setText(_t("Dismiss"))
        self.dismiss_button.setAccessibleName(_t("Dismiss the team folder notice"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- what is shown ---------------------------------------------------------------------
    def add_result(self, result: SyncResult) -> None:
        """Count what a sync brought; the notice shows when there is news."""
        for sender, kind, updated, n in result.counts():
            key = (sender, kind, updated)
            self._counts[key] = self._counts.get(key, 0) + n
        known = {r.id for r in self._refused}
        self._refused += [r for r in result.refused if r.id not in known]
        self._waiting = list(result.waiting)
        missing = {t.id: t.name for t in result.missing}
        self._missing_told &= set(missing)  # back again: said again if it goes again
        self._missing_now = {
            i: name
            for i, name in missing.items()
            if i not in self._missing_told or i in self._missing_now  # said once, until Dismiss
        }
        self._missing_told |= set(missing)
        self._problem = ""  # this sync went through
        self._fill()
        if self._review_pending:
            self._review_pending = False
            self.review()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, VaultBusy):  # the next sync tries again
            self._problem = describe(error)
            self._fill()

    def _news(self) -> bool:
        waiting = any(str(h.path) not in self._waiting_seen for h in self._waiting)
        return bool(
            self._counts
            or self._reviewed
            or self._refused
            or waiting
            or self._missing_now
            or self._problem
        )

    def _missing_text(self) -> str:
        names = list(self._missing_now.values())
        if len(names) == 1:
            return isolated(_t("The team folder of {team} is not there right now."), team=names[0])
        return _t("The folders of these teams are not there right now: {teams}.").format(
            teams=QLocale().createSeparatedList([isolate(n) for n in names])
        )

    def _fill(self) -> None:
        counts = [(s, k, u, n) for (s, k, u), n in self._counts.items()]
        refused, waiting = len(self._refused), len(self._waiting)
        said = {
            self.arrived: arrivals_text(counts) if counts else "",
            self.reviewed: (
                _t("Imported after your choice: %n record(s).", self._reviewed)
                if self._reviewed
                else ""
            ),
            self.refused: _t("%n bundle(s) set aside and not imported.", refused)
            if refused
            else "",
            self.waiting: _t("%n update(s) wait for your choice.", waiting) if waiting else "",
            self.missing: self._missing_text() if self._missing_now else "",
            self.problem: self._problem,
        }
        for label, text in said.items():
            label.setText(text)
            label.setVisible(bool(text))
        self.details_button.setVisible(bool(refused))
        self.review_button.setVisible(bool(waiting))
        self.setAccessibleDescription("\n".join(t for t in said.values() if t))
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        self.setVisible(self._vault() is not None and self._news())

    def lines(self) -> list[str]:
        """The lines shown now (tests, screenshots)."""
        return [x.text() for x in self._labels() if not x.isHidden()]

    def dismiss(self) -> None:
        """Forget what arrived and what was set aside; the updates still
        waiting come back at the next unlock, or when another one waits."""
        self._counts = {}
        self._reviewed = 0
        self._refused = []
        self._waiting_seen = {str(h.path) for h in self._waiting}
        self._missing_now = {}
        self._problem = ""
        self._fill()  # hidden now: the focus moves on to the next widget

    def wipe(self) -> None:
        """Forget everything (at lock): names, counts, what waits."""
        if self.details is not None:
            self.details.close()
            self.details = None
        self._counts = {}
        self._reviewed = 0
        self._refused = []
        self._waiting = []
        self._waiting_seen = set()
        self._missing_told = set()
        self._missing_now = {}
        self._problem = ""
        self._review_pending = False
        self._fill()
        self.hide()

    # -- the buttons ------------------------------------------------------------------------
    def show_details(self) -> RefusalDetails:
        """*Details…*: each bundle set aside, its team, time and reason."""
        if self.details is not None:
            self.details.close()
        self.details = RefusalDetails(list(self._refused), self)
        self.details.open()
        return self.details

    def review(self) -> None:
        """*Review…*: for each update that waits, choose what to keep of
        each clash (Cancel leaves it waiting), then import it."""
        vault = self._vault()
        if vault is None or not self._waiting:
            return
        if self._watch.busy:  # the sync under way may take it: after it
            self._review_pending = True
            return
        imported = 0
        self._watch.hold()  # the vault's lock is held while the person chooses
        try:
            for held in list(self._waiting):
                outcome = self._import(vault, held)
                if outcome is None:
                    break  # cancelled: it waits, and so do the others
                self._waiting.remove(held)
                imported += outcome
        finally:
            self._watch.release()
        if self._vault() is None:
            return  # locked meanwhile: wiped
        self._reviewed += imported
        self._fill()
        if imported:
            self._watch.records_arrived.emit([])
        if self.isVisible() and not self.review_button.isVisible():
            self.dismiss_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _import(self, vault: Vault, held: HeldBack) -> int | None:
        """Import one waiting bundle: how many records it added or updated
        (0 if it is gone or was refused now), or None when the person
        cancelled."""
        try:
            imported = vault.teams.import_waiting(
                held, lambda clashes: ChooseConflicts.ask(self, clashes, sender=held.sender)
            )
        except NotFound:
            return 0  # taken meanwhile (another window, the CLI)
        except BadInputFile as exc:  # refused now: moved to rejected/, kept in the refusals
            Alert.show(self, describe(exc))
            return 0
        except Exception as exc:  # noqa: BLE001 - worded by describe(); it stays waiting
            if self._vault() is not None:
                Alert.show(self, describe(exc))
            return None
        return None if imported is None else imported.added + imported.updated


__all__ = ["ArrivalsNotice", "arrivals_text", "kind_count"]
