"""The Teams tab's widgets and where they stand (the behaviour is in
:mod:`.editor`): the teams on one side, the chosen team on the other, in a
scroll area so nothing is squeezed at a large font or on a small screen.
Every focusable widget has an accessible name; Tab goes down each column."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.ui.common.plain_text import heading_label, plain_label
from fieldsafe.ui.journal.rows import wrap_rows

#: the longest team name (vault.teams.MAX_TEAM_NAME)
MAX_TEAM_NAME = 80


def _state_line(parent: QWidget) -> QLabel:
    """A line that says how things stand; its text starts at the top."""
    label = plain_label("", parent, wrap=True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    return label


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    return button


def _list(name: str, rows: int, parent: QWidget) -> QListWidget:
    view = QListWidget(parent)
    view.setAccessibleName(name)
    wrap_rows(view)  # a long name wraps; the list never scrolls sideways
    if rows:  # room for about this many names; more scroll
        view.setFixedHeight(view.fontMetrics().lineSpacing() * rows + view.frameWidth() * 2)
    return view


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget, 1 if isinstance(widget, QLineEdit) else 0)
    return row


class EditorWidgets(QWidget):
    """The widgets of the Teams tab, laid out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explain = plain_label(
            self.tr(
                "A team folder is a folder that a sync engine such as Syncthing carries between "
                "your team's devices. FieldSafe writes only encrypted bundles and public cards "
                "there; the sync engine never sees names or what records say."
            ),
            self,
            wrap=True,
        )
        self._build_teams()
        self._build_team()
        self._lay_out()

    def _build_teams(self) -> None:
        self.teams = _list(self.tr("Teams"), 4, self)
        self.new_name = QLineEdit(self)
        self.new_name.setAccessibleName(self.tr("Name of a new team"))
        self.new_name.setMaxLength(MAX_TEAM_NAME)
        self.new_name_label = QLabel(self.tr("&New team:"), self)
        self.new_name_label.setBuddy(self.new_name)
        self.create_button = _button(self.tr("Create the team"), self.tr("Create the team"), self)

    def _build_team(self) -> None:
        self.name_field = QLineEdit(self)
        self.name_field.setAccessibleName(self.tr("Name of this team"))
        self.name_field.setMaxLength(MAX_TEAM_NAME)
        self.name_label = QLabel(self.tr("Na&me:"), self)
        self.name_label.setBuddy(self.name_field)
        self.rename_button = _button(self.tr("Save name"), self.tr("Save the team's name"), self)
        self.folder_state = _state_line(self)
        self.choose_folder_button = _button(
            self.tr("Choose the team folder…"), self.tr("Choose the team folder"), self
        )
        self.clear_folder_button = _button(
            self.tr("No team folder"), self.tr("Stop using a team folder"), self
        )
        self.members_hint = plain_label(
            self.tr(
                "Only verified colleagues can join. A safety lead receives what is sent to "
                "the safety lead, such as a new incident."
            ),
            self,
            wrap=True,
        )
        self.members = _list(self.tr("Members of this team"), 4, self)
        self.lead_box = QCheckBox(self.tr("Safety lead"), self)
        self.lead_box.setAccessibleName(self.tr("The chosen member is a safety lead"))
        self.remove_member_button = _button(
            self.tr("Remove from the team"), self.tr("Remove the chosen member from the team"), self
        )
        self.member_state = _state_line(self)
        self.candidates = _list(self.tr("Colleagues not in this team"), 4, self)
        self.candidate_state = _state_line(self)
        self.add_button = _button(
            self.tr("Add to the team"), self.tr("Add the chosen colleague to the team"), self
        )
        self.cards_hint = plain_label(
            self.tr(
                "Leave your card in the folder so the team can find it. Cards there are copies, "
                "never trusted until the safety number is compared in person."
            ),
            self,
            wrap=True,
        )
        self.publish_button = _button(
            self.tr("Leave my card in the team folder"),
            self.tr("Leave my card in the team folder"),
            self,
        )
        self.cards_button = _button(
            self.tr("Cards in the team folder…"), self.tr("Cards in the team folder"), self
        )
        self.delete_button = _button(
            self.tr("Delete this team…"), self.tr("Delete this team"), self
        )

    def _lay_out(self) -> None:
        # Left: the teams, a new one, and the chosen team's folder.
        left = QVBoxLayout()
        left.addWidget(heading_label(self.tr("Teams"), self))
        left.addWidget(self.teams)
        left.addWidget(self.new_name_label)
        left.addWidget(self.new_name)
        left.addWidget(self.create_button)
        self._stacked(left, self.tr("Team folder"), self.folder_state)
        left.addWidget(self.choose_folder_button)
        left.addWidget(self.clear_folder_button)
        left.addWidget(self.cards_hint)
        left.addWidget(self.publish_button)
        left.addWidget(self.cards_button)
        left.addStretch(1)
        # Right: the chosen team's name and members.
        right = QVBoxLayout()
        right.addLayout(_row(self.name_label, self.name_field, self.rename_button))
        self._stacked(right, self.tr("Members"), self.members_hint, self.members)
        lead_row = _row(self.lead_box, self.remove_member_button)
        lead_row.addStretch(1)
        right.addLayout(lead_row)
        right.addWidget(self.member_state)
        self._stacked(right, self.tr("Add a colleague"), self.candidates, self.candidate_state)
        right.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeading)
        right.addSpacing(self.fontMetrics().lineSpacing())
        right.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeading)
        right.addStretch(1)
        content = QWidget(self)
        self._columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self._columns.setContentsMargins(0, 0, 0, 0)
        self._columns.addLayout(left, 1)
        self._columns.addLayout(right, 1)
        self._halves = (left, right)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = scroll
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(scroll, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Side by side when both columns fit the width (a large font, a
        small screen: one above the other, never scrolled sideways)."""
        super().resizeEvent(event)
        left, right = self._halves
        need = left.minimumSize().width() + right.minimumSize().width()
        need += self._columns.spacing() + self.body.verticalScrollBar().sizeHint().width()
        room = self.body.width()
        wanted = (
            QBoxLayout.Direction.LeftToRight if room >= need else QBoxLayout.Direction.TopToBottom
        )
        if self._columns.direction() != wanted:
            self._columns.setDirection(wanted)

    def _stacked(self, column: QBoxLayout, heading: str, *widgets: QWidget) -> None:
        column.addSpacing(self.fontMetrics().lineSpacing() // 2)
        column.addWidget(heading_label(heading, self))
        for widget in widgets:
            column.addWidget(widget)

    def team_widgets(self) -> list[QWidget]:
        """What acts on the chosen team (disabled while none is chosen), in
        Tab order: its folder, then its name and members."""
        return [
            self.choose_folder_button,
            self.clear_folder_button,
            self.publish_button,
            self.cards_button,
            self.name_field,
            self.rename_button,
            self.members,
            self.lead_box,
            self.remove_member_button,
            self.candidates,
            self.add_button,
            self.delete_button,
        ]

    def focus_chain(self) -> list[QWidget]:
        """Tab order: down the left column (the teams, a new one, the chosen
        team's folder), then down the right one."""
        return [self.teams, self.new_name, self.create_button, *self.team_widgets()]
