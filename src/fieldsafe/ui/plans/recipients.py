"""Who a bundle is for: the share chooser. A checkable list of the verified
colleagues, each under the name this vault stores for them; one bundle can
be for several of them (and is always readable by me too). When keys were
never exchanged, a passphrase instead.

When a team has a team folder (issue 16), the list starts with *The whole
team: <name>* for each such team (ticking it ticks everyone in it), and the
chooser asks how the bundle reaches them: *Put it in the team folder* (the
default when the folder reaches everyone ticked) or *Save a file to pass on
yourself*. It says who the folder cannot reach before anything is sent.

Keyboard: the list has focus first; Up and Down move, Space ticks or
unticks; Enter shares with those ticked (with none ticked, with the one
highlighted, as the one-colleague chooser did); Alt+T and Alt+F choose the
way; Alt+P chooses a passphrase instead; Escape cancels.
``ChooseRecipients.ask`` is a seam tests replace.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.teams.sending import TeamChoice, name_list

#: a row's place: a colleague's position in ``names`` (>= 0), or -1 - a team's
_ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("colleagues", text)


def _teams_t(text: str) -> str:
    return QCoreApplication.translate("teams", text)


@dataclass(frozen=True)
class ShareChoice:
    """What the person chose: the positions of the colleagues ticked in the
    list given to :meth:`ChooseRecipients.ask`, or a passphrase instead;
    ``folder`` to put the bundle in the team folder rather than save a file,
    ``teams`` the positions of the teams chosen whole."""

    recipients: tuple[int, ...] = ()
    passphrase: bool = False
    folder: bool = False
    teams: tuple[int, ...] = ()


class RecipientsDialog(QDialog):
    """The share chooser; :meth:`choice` once accepted. ``reachable`` (one
    flag per name) and ``teams`` come from the team folders; none: the
    chooser of a file only."""

    def __init__(
        self,
        names: list[str],
        parent: QWidget | None = None,
        *,
        reachable: Sequence[bool] = (),
        teams: Sequence[TeamChoice] = (),
        whole_team: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("Share with"))
        self._names = list(names)
        self._teams = list(teams) if names else []
        self._reachable = [bool(r) for r in reachable] + [False] * (len(names) - len(reachable))
        self._passphrase = False
        self._syncing = False
        self._way_touched = False
        if self._teams:
            said = _teams_t(
                "Tick each colleague who may open the bundle, or a whole team: each of them can "
                "open it, and so can you, no one else. Only colleagues whose safety number you "
                "compared are listed."
            )
        elif names:
            said = _t(
                "Tick each colleague who may open the bundle: each of them can open it, and so "
                "can you, no one else. Only colleagues whose safety number you compared are listed."
            )
        else:
            said = _t(
                "No colleague is verified yet. Compare safety numbers in Colleagues first, or "
                "protect the bundle with a passphrase you tell your colleague in person."
            )
        intro = plain_label(said, self, wrap=True)
        self.colleagues = QListWidget(self)
        self.colleagues.setAccessibleName(_t("Verified colleagues"))
        self.colleagues.setAccessibleDescription(_t("Space ticks or unticks a colleague."))
        self._fill_list()
        self.colleagues.setCurrentRow(0)
        self.colleagues.setVisible(bool(names))
        self.colleagues.itemChanged.connect(self._changed)
        self.colleagues.itemActivated.connect(self._toggle)  # Enter on a row with none ticked
        self._build_ways()

        buttons = QDialogButtonBox(self)
        self.share_button = QPushButton(_t("Share"), self)
        self.share_button.setAccessibleName(_t("Share with the colleagues ticked"))
        buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.passphrase_button = QPushButton(_t("Protect with a &passphrase instead…"), self)
        self.passphrase_button.setAccessibleName(_t("Protect with a passphrase instead"))
        buttons.addButton(self.passphrase_button, QDialogButtonBox.ButtonRole.ActionRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel: share nothing"))
        for button in (self.share_button, self.passphrase_button, cancel):
            button.setAutoDefault(False)
        self.share_button.setDefault(True)  # Enter shares once someone is ticked
        self.share_button.clicked.connect(self.accept)
        self.passphrase_button.clicked.connect(self._with_passphrase)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.colleagues, 1)
        for widget in (self.way_label, self.folder_way, self.file_way, self.way_note):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setTabOrder(self.colleagues, self.folder_way)
        self.setTabOrder(self.folder_way, self.file_way)
        self.setTabOrder(self.file_way, self.share_button)
        self.setTabOrder(self.share_button, self.passphrase_button)
        self.setTabOrder(self.passphrase_button, cancel)
        if whole_team and self._teams:
            self.colleagues.item(0).setCheckState(Qt.CheckState.Checked)
        self._update()
        (self.colleagues if names else self.passphrase_button).setFocus()
        em = self.fontMetrics().horizontalAdvance("M")
        high = 28 if self._teams else 22
        self.resize(em * 32, em * high if names else self.sizeHint().height())

    def _fill_list(self) -> None:
        rows: list[tuple[int, str]] = [
            (-1 - index, _teams_t("The whole team: {team}").format(team=isolate(team.name)))
            for index, team in enumerate(self._teams)
        ]
        rows += list(enumerate(self._names))
        for key, text in rows:  # plain text: a list item never reads markup
            item = QListWidgetItem(text, self.colleagues)
            item.setData(_ROW_ROLE, key)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            if key < 0:
                team = self._teams[-1 - key]
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                about = _teams_t("Ticks everyone in the team: {names}.").format(
                    names=name_list([self._names[i] for i in team.members])
                )
            elif not self._teams:
                continue
            elif self._reachable[key]:
                about = _teams_t("The team folder reaches this colleague.")
            else:
                about = _teams_t("The team folder does not reach this colleague: a file only.")
            item.setToolTip(about)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, about)
        shown = min(self.colleagues.count(), 6)  # then it scrolls
        if shown:
            self.colleagues.setMinimumHeight(
                shown * self.colleagues.sizeHintForRow(0) + 2 * self.colleagues.frameWidth() + 4
            )

    def _build_ways(self) -> None:
        """How the bundle reaches them (only when a team has a folder)."""
        self.way_label = plain_label(_teams_t("How it reaches them:"), self)
        self.folder_way = QRadioButton(_teams_t("Put it in the &team folder"), self)
        self.folder_way.setAccessibleName(_teams_t("Put it in the team folder"))
        self.folder_way.setAccessibleDescription(
            _teams_t(
                "The sync engine carries it to each of them, encrypted; their FieldSafe takes "
                "it in when it reads the folder."
            )
        )
        self.file_way = QRadioButton(_teams_t("Save a &file to pass on yourself"), self)
        self.file_way.setAccessibleName(_teams_t("Save a file to pass on yourself"))
        self.file_way.setChecked(True)
        self.way_note = plain_label("", self, wrap=True)
        self.way_note.setProperty("role", "hint")
        for button in (self.folder_way, self.file_way):
            button.clicked.connect(self._way_chosen)
        for widget in (self.way_label, self.folder_way, self.file_way, self.way_note):
            widget.setVisible(bool(self._teams))

    def _person(self, index: int) -> QListWidgetItem:
        return self.colleagues.item(len(self._teams) + index)

    def ticked(self) -> tuple[int, ...]:
        """The positions (in ``names``) of the colleagues ticked."""
        return tuple(
            index
            for index in range(len(self._names))
            if self._person(index).checkState() == Qt.CheckState.Checked
        )

    def teams_ticked(self) -> tuple[int, ...]:
        return tuple(
            index
            for index in range(len(self._teams))
            if self.colleagues.item(index).checkState() == Qt.CheckState.Checked
        )

    def choice(self) -> ShareChoice:
        if self._passphrase:
            return ShareChoice(passphrase=True)
        folder = bool(self._teams) and self.folder_way.isChecked()
        return ShareChoice(recipients=self.ticked(), folder=folder, teams=self.teams_ticked())

    def accept(self) -> None:
        if not self._passphrase and not self.ticked():
            return  # nobody to share with yet: Enter does nothing
        super().accept()

    def _changed(self, item: QListWidgetItem) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            key = item.data(_ROW_ROLE)
            if key is not None and key < 0:  # a whole team: everyone in it
                state = item.checkState()
                if state == Qt.CheckState.PartiallyChecked:
                    state = Qt.CheckState.Checked
                for index in self._teams[-1 - key].members:
                    self._person(index).setCheckState(state)
            for index, team in enumerate(self._teams):
                ticked = sum(
                    self._person(i).checkState() == Qt.CheckState.Checked for i in team.members
                )
                if ticked == len(team.members):
                    state = Qt.CheckState.Checked
                else:
                    state = Qt.CheckState.PartiallyChecked if ticked else Qt.CheckState.Unchecked
                self.colleagues.item(index).setCheckState(state)
        finally:
            self._syncing = False
        self._update()

    def _way_chosen(self) -> None:
        self._way_touched = True
        self._update()

    def _update(self) -> None:
        ticked = self.ticked()
        count = len(ticked)
        self.share_button.setEnabled(count > 0)
        self.share_button.setText(
            QCoreApplication.translate("colleagues", "Share with %n colleague(s)", "", count)
            if count
            else _t("Share")
        )
        if not self._teams:
            return
        reached = [i for i in ticked if self._reachable[i]]
        self.folder_way.setEnabled(bool(reached))
        if not reached:
            self._way_touched = False
        if not self._way_touched:
            everyone = bool(ticked) and len(reached) == count
            (self.folder_way if everyone else self.file_way).setChecked(True)
        self._say_who_is_not_reached(ticked)

    def _say_who_is_not_reached(self, ticked: tuple[int, ...]) -> None:
        lines = []
        gone = [team.name for team in self._teams if not team.there]
        if gone:
            lines.append(
                _teams_t(
                    "The folder of {teams} is not there now: is the drive plugged in, or was "
                    "the folder moved?"
                ).format(teams=name_list(gone))
            )
        away = [self._names[i] for i in ticked if not self._reachable[i]]
        if away and self.folder_way.isChecked():
            lines.append(
                _teams_t(
                    "The team folder does not reach {names}: they would get nothing this way. "
                    "FieldSafe offers a file for them afterwards."
                ).format(names=name_list(away))
            )
        self.way_note.setText("\n".join(lines))
        self.way_note.setVisible(bool(lines))
        layout = self.layout()
        if lines and layout is not None and self.isVisible():  # room for the note's lines
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def _toggle(self, item: QListWidgetItem) -> None:
        if not self.ticked():  # Enter with no one ticked ticks the current one
            item.setCheckState(Qt.CheckState.Checked)

    def _with_passphrase(self) -> None:
        self._passphrase = True
        super().accept()


class ChooseRecipients:
    """Ask who a bundle is for (a seam: tests replace ``ask``). ``names``
    are the verified colleagues' stored names; None when cancelled. The
    team folders' ``reachable`` and ``teams`` are passed only when some team
    has a folder (``whole_team``: its first team starts ticked)."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        names: list[str],
        *,
        reachable: Sequence[bool] = (),
        teams: Sequence[TeamChoice] = (),
        whole_team: bool = False,
    ) -> ShareChoice | None:
        dialog = RecipientsDialog(
            names, parent, reachable=reachable, teams=teams, whole_team=whole_team
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice()
