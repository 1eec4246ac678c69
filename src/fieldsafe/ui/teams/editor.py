"""Teams, in the Colleagues dialog's Teams tab: create, rename and delete a
team, choose or clear its team folder (and see plainly when it is not
there), add verified colleagues as members, make one a safety lead, remove
members, leave my card in the folder and look at the cards left there.

Everything goes through ``vault.teams`` on a worker thread
(:mod:`fieldsafe.ui.common.ops`): a team folder may sit on a drive that is
not plugged in or on a share that is slow to answer. Each change is followed
by a fresh read of the teams (:func:`.model.load`), so what is shown is
what the vault holds. One change runs at a time.

Names are the names this vault stores for each colleague, shown as plain
text (item views, and labels made by ``plain_label``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from fieldsafe.ui.common import dialogs, ops
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.text_fit import width_for
from fieldsafe.ui.teams import words
from fieldsafe.ui.teams.events import team_events
from fieldsafe.ui.teams.folder_cards import FolderCardsDialog, read_folder_cards
from fieldsafe.ui.teams.layout import EditorWidgets
from fieldsafe.ui.teams.model import EMPTY, LEAD, MEMBER, Snapshot, load

if TYPE_CHECKING:
    from fieldsafe.vault import Team, Vault

_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: a team's name field is never narrower than its name, up to this many "M"s
_NAME_EMS = 16


def _entry_id(item: QListWidgetItem | None) -> str | None:
    return None if item is None else item.data(_ID_ROLE)


def _say(label: QLabel, text: str) -> None:
    """A state line, there only while it has something to say."""
    label.setText(text)
    label.setVisible(bool(text))


class TeamEditor(EditorWidgets):
    """The Teams tab. ``message`` carries a calm sentence for the dialog's
    status line; ``colleague_added`` the id of a colleague added from a card
    in the team folder (not verified)."""

    message = Signal(str)
    colleague_added = Signal(str)

    def __init__(self, vault: Vault | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._snapshot: Snapshot = EMPTY
        self._team_id: str | None = None
        self._op: ops.Op | None = None
        self.cards_dialog: FolderCardsDialog | None = None
        self._connect()
        self._show()

    def _connect(self) -> None:
        self.teams.currentItemChanged.connect(lambda item, _p: self._chosen(item))
        self.new_name.returnPressed.connect(self.create_team)
        self.create_button.clicked.connect(self.create_team)
        self.name_field.returnPressed.connect(self.rename)
        self.rename_button.clicked.connect(self.rename)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        self.clear_folder_button.clicked.connect(self.clear_folder)
        self.members.currentItemChanged.connect(lambda _i, _p: self._show_member())
        self.lead_box.clicked.connect(self.set_lead)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.candidates.currentItemChanged.connect(lambda _i, _p: self._show_candidate())
        self.candidates.itemActivated.connect(lambda _item: self.add_member())
        self.add_button.clicked.connect(self.add_member)
        self.publish_button.clicked.connect(self.publish_card)
        self.cards_button.clicked.connect(self.folder_cards)
        self.delete_button.clicked.connect(self.delete)
        for widget, key, slot in (
            (self.teams, Qt.Key.Key_F2, self._edit_name),
            (self.teams, Qt.Key.Key_Delete, self.delete),
            (self.members, Qt.Key.Key_Delete, self.remove_member),
        ):
            shortcut = QShortcut(QKeySequence(key), widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

    # -- reading and showing ---------------------------------------------------
    def team(self) -> Team | None:
        """The chosen team, as last read from the vault."""
        return self._snapshot.team(self._team_id)

    def reload(self, select: str | None = None) -> bool:
        """Read the teams again (worker thread) and show them."""
        return self._act(lambda _vault: select)

    def _act(
        self,
        work: Callable[[Vault], str | None],
        said: Callable[[Team | None], str] | None = None,
        *,
        then: QWidget | None = None,
        on_error: QWidget | None = None,
        keep_typed: bool = False,
    ) -> bool:
        """Run ``work`` (it returns the id of the team to choose, or None to
        keep the chosen one), read the teams again and show them; then say
        ``said(team)`` and move the focus to ``then``. A refusal is said
        and the focus goes to ``on_error``. ``keep_typed``: a team name
        being typed stays as typed."""
        vault = self._vault
        if vault is None or self._op is not None:
            return False

        def job() -> tuple[str | None, Snapshot]:
            chosen = work(vault)
            return chosen, load(vault)

        def done(result: tuple[str | None, Snapshot]) -> None:
            self._op = None
            if self._vault is None:
                return
            chosen, snapshot = result
            self._apply(snapshot, chosen, keep_typed=keep_typed)
            team_events().teams_changed.emit()  # the inbox watch looks again
            if said is not None:
                self.message.emit(said(self.team()))
            if then is not None and then.isEnabled():
                then.setFocus(Qt.FocusReason.OtherFocusReason)

        self._op = (
            ops.run(job, parent=self)
            .on_success(done)
            .on_failure(lambda exc: self._failed(exc, on_error))
        )
        return True

    def _failed(self, exc: BaseException, focus: QWidget | None) -> None:
        self._op = None
        if self._vault is None:
            return
        self.message.emit(words.worded(exc))
        if focus is not None:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        # what the vault holds now (a folder may have gone); the name typed stays
        self._act(lambda _vault: None, keep_typed=True)

    def _apply(self, snapshot: Snapshot, chosen: str | None, *, keep_typed: bool) -> None:
        self._snapshot = snapshot
        if chosen is not None:
            self._team_id = chosen
        if snapshot.team(self._team_id) is None:
            self._team_id = None
        self.teams.blockSignals(True)
        self.teams.clear()
        for team in snapshot.teams:
            item = QListWidgetItem(team.name, self.teams)
            item.setData(_ID_ROLE, team.id)
            if team.id == self._team_id:
                self.teams.setCurrentItem(item)
        self.teams.blockSignals(False)
        self._show(keep_typed=keep_typed)

    def _fit_name(self) -> None:
        """The name field shows the team's name whole (one of about
        :data:`_NAME_EMS` letters; a longer one scrolls), however wide its
        label and button are in this language: the columns then stand one
        above the other if they must."""
        em = self.name_field.fontMetrics().horizontalAdvance("M")
        width = width_for(self.name_field, [self.name_field.text()])
        self.name_field.setMinimumWidth(min(width, em * _NAME_EMS))

    def _chosen(self, item: QListWidgetItem | None) -> None:
        self._team_id = _entry_id(item)
        self._show()

    def _show(self, *, keep_typed: bool = False) -> None:
        team = self.team()
        for widget in self.team_widgets():
            widget.setEnabled(team is not None)
        if team is None:
            self.name_field.clear()
            self.folder_state.setText(
                self.tr("Choose a team, or create one.")
                if self._snapshot.teams
                else self.tr("No teams yet. Type a name for your first team.")
            )
            self.members.clear()
            self.candidates.clear()
            self._show_member()
            self._show_candidate()
            return
        if not (keep_typed and self.name_field.isModified()):
            self.name_field.setText(team.name)
        self._fit_name()
        self.folder_state.setText(
            words.folder_text(team, self._snapshot.present.get(team.id, False))
        )
        self.clear_folder_button.setEnabled(team.folder is not None)
        self.publish_button.setEnabled(team.folder is not None)
        self.cards_button.setEnabled(team.folder is not None)
        self._fill(self.members, [(m.colleague, words.member_text(m)) for m in team.members])
        self._fill(
            self.candidates,
            [(c, words.candidate_text(c)) for c in self._snapshot.candidates(team)],
        )
        self._show_member()
        self._show_candidate()

    def _fill(self, view: QListWidget, rows: list[tuple[Any, str]]) -> None:
        """Rows of (colleague, text); the chosen colleague stays chosen, or
        the row where the chosen one was (the next one, after adding)."""
        was, row = _entry_id(view.currentItem()), max(view.currentRow(), 0)
        view.blockSignals(True)
        view.clear()
        for colleague, text in rows:
            item = QListWidgetItem(text, view)
            item.setData(_ID_ROLE, colleague.id)
        ids = [c.id for c, _text in rows]
        if rows:
            view.setCurrentRow(ids.index(was) if was in ids else min(row, len(rows) - 1))
        view.blockSignals(False)

    def _member(self) -> Any | None:
        team, chosen = self.team(), _entry_id(self.members.currentItem())
        member = None if team is None or chosen is None else team.member(chosen)
        return member

    def _candidate(self) -> Any | None:
        chosen = _entry_id(self.candidates.currentItem())
        return next((c for c in self._snapshot.colleagues if c.id == chosen), None)

    def _show_member(self) -> None:
        member = self._member()
        usable = member is not None and member.colleague.usable
        self.lead_box.setChecked(member is not None and member.lead)
        self.lead_box.setEnabled(usable)
        self.remove_member_button.setEnabled(member is not None)
        if member is not None:
            _say(self.member_state, words.member_state(member))
        elif self.team() is not None:
            _say(self.member_state, self.tr("No members yet."))
        else:
            _say(self.member_state, "")

    def _show_candidate(self) -> None:
        candidate = self._candidate()
        self.add_button.setEnabled(candidate is not None and candidate.usable)
        text = words.refusal(candidate) or ""
        if candidate is None and self.team() is not None:
            text = (
                self.tr("All your colleagues are in this team.")
                if self._snapshot.colleagues
                else self.tr("No colleagues yet: add their cards in the Colleagues tab.")
            )
        _say(self.candidate_state, text)

    def _edit_name(self) -> None:
        if self.team() is not None:
            self.name_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.name_field.selectAll()

    # -- changes ---------------------------------------------------------------
    def create_team(self) -> bool:
        name = self.new_name.text()

        def created(team: Team | None) -> str:
            self.new_name.clear()
            return self.tr(
                "Team “{name}” created. Choose its team folder and add verified colleagues."
            ).format(name=isolate(team.name if team else name))

        return self._act(
            lambda vault: vault.teams.create(name).id,
            created,
            then=self.teams,
            on_error=self.new_name,
        )

    def rename(self) -> bool:
        team, name = self.team(), self.name_field.text()
        if team is None:
            return False
        return self._act(
            lambda vault: vault.teams.rename(team.id, name).id,
            lambda now: self.tr("The team is now called “{name}”.").format(
                name=isolate(now.name if now else name)
            ),
            then=self.teams,
            on_error=self.name_field,
        )

    def choose_folder(self) -> bool:
        team = self.team()
        if team is None or self._vault is None or self._op is not None:
            return False
        chosen = dialogs.ChooseFolder.ask(self, self.tr("Choose the team folder"))
        if chosen is None:
            return False
        return self._set_folder(team, chosen)

    def clear_folder(self) -> bool:
        team = self.team()
        if team is None or team.folder is None:
            return False
        return self._set_folder(team, None)

    def _set_folder(self, team: Team, folder: Path | None) -> bool:
        def said(now: Team | None) -> str:
            if now is None or now.folder is None:
                return self.tr(
                    "The team has no folder now. The folder and the files in it stay where "
                    "they are."
                )
            return self.tr("The team folder is set. Leave your card there so the team can find it.")

        then = self.choose_folder_button if folder is None else self.publish_button
        return self._act(
            lambda vault: vault.teams.set_folder(team.id, folder).id,
            said,
            then=then,
            on_error=self.choose_folder_button,
        )

    def add_member(self) -> bool:
        team, candidate = self.team(), self._candidate()
        if team is None or candidate is None:
            return False
        refusal = words.refusal(candidate)
        if refusal is not None:
            self.message.emit(refusal)
            return False
        name = candidate.name
        return self._act(
            lambda vault: vault.teams.add_member(team.id, candidate.id, role=MEMBER).id,
            lambda _now: self.tr("{name} is now a member of this team.").format(name=isolate(name)),
            then=self.candidates if self.candidates.count() > 1 else self.members,
            on_error=self.candidates,
        )

    def set_lead(self, lead: bool) -> bool:
        team, member = self.team(), self._member()
        if team is None or member is None:
            return False
        name, role = member.colleague.name, LEAD if lead else MEMBER
        if lead:
            said = self.tr("{name} is now a safety lead of this team.")
        else:
            said = self.tr("{name} is now a member of this team, not a safety lead.")
        started = self._act(
            lambda vault: vault.teams.add_member(team.id, member.colleague.id, role=role).id,
            lambda _now: said.format(name=isolate(name)),
            then=self.lead_box,
            on_error=self.members,
        )
        if not started:
            self._show_member()  # the box shows the role the vault holds
        return started

    def remove_member(self) -> bool:
        team, member = self.team(), self._member()
        if team is None or member is None:
            return False
        name = member.colleague.name
        return self._act(
            lambda vault: vault.teams.remove_member(team.id, member.colleague.id).id,
            lambda _now: self.tr(
                "{name} is no longer in this team. They stay among your colleagues."
            ).format(name=isolate(name)),
            then=self.members if self.members.count() > 1 else self.candidates,
            on_error=self.members,
        )

    def delete(self) -> bool:
        """Delete the chosen team, after asking. Colleagues, folder and files stay."""
        team = self.team()
        if team is None or self._vault is None or self._op is not None:
            return False
        if not dialogs.Confirm.ask(
            self,
            question=self.tr("Delete the team “{name}”?").format(name=isolate(team.name)),
            detail=self.tr(
                "The team is removed from this vault, with who was in it and their roles. "
                "Your colleagues stay. The team folder and every file in it stay where they "
                "are: FieldSafe does not delete them."
            ),
            confirm=self.tr("Delete the team"),
        ):
            return False

        def removed(vault: Vault) -> None:
            vault.teams.remove(team.id)

        return self._act(
            removed,
            lambda _none: self.tr("Team deleted. Its folder and the files in it stay."),
            then=self.teams if self.teams.count() > 1 else self.new_name,
        )

    def publish_card(self) -> bool:
        team = self.team()
        if team is None:
            return False

        def published(vault: Vault) -> None:
            vault.teams.publish_card(team.id)

        return self._act(
            published,
            lambda _team: self.tr(
                "Your card is in the team folder. It holds only public keys; colleagues still "
                "compare the safety number with you in person."
            ),
        )

    def folder_cards(self) -> bool:
        """Read the cards in the team folder (worker thread), then list them."""
        vault, team = self._vault, self.team()
        if vault is None or team is None or self._op is not None:
            return False

        def found(cards: list[Any]) -> None:
            self._op = None
            if self._vault is None:
                return
            if not cards:
                self.message.emit(self.tr("No new cards in the team folder."))
                return
            dialog = FolderCardsDialog(vault, team.name, cards, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.imported.connect(self.colleague_added)
            dialog.destroyed.connect(lambda: setattr(self, "cards_dialog", None))
            self.cards_dialog = dialog
            dialog.open()

        self._op = (
            ops.run(lambda: read_folder_cards(vault, team.id), parent=self)
            .on_success(found)
            .on_failure(lambda exc: self._failed(exc, self.cards_button))
        )
        return True

    def wipe(self) -> None:
        """The vault locks: nothing of it stays shown."""
        self._vault = None
        self._snapshot = EMPTY
        self._team_id = None
        if self.cards_dialog is not None:
            self.cards_dialog.wipe()
            self.cards_dialog.close()
        for edit in (self.new_name, self.name_field):
            edit.clear()
        self.teams.clear()
        self._show()


__all__ = ["TeamEditor"]
