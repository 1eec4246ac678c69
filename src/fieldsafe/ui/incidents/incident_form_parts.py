"""Parts of the incident form: the type as big choices, who was involved as
categories, the records the incident links to, and the box that sends a new
incident to the safety lead through the team folder.

Each part is quick by keyboard: the types are radio buttons (Tab comes in
on the chosen one, the arrows choose), the categories check boxes, the
links a list (Delete removes one) with a box to link a risk assessment.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.records import INCIDENT_ACTORS, INCIDENT_TYPES, RecordId
from fieldsafe.ui.common import safety_words
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.plain_text import escape_mnemonic
from fieldsafe.ui.common.widgets import WrappingCheckBox
from fieldsafe.ui.teams.sending import name_list

_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("incidents", text)


class TypeChoice(QWidget):
    """What kind of incident it was: six big choices and "Not sure"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        choices = [(key, safety_words.incident_type(key)) for key in INCIDENT_TYPES]
        choices.append(("", _t("Not sure yet")))
        for index, (key, text) in enumerate(choices):
            cell = QWidget(self)
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            button = QRadioButton(text, cell)
            button.setAccessibleName(text)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
            column.addWidget(button)
            about = safety_words.word(safety_words.INCIDENT_TYPE_HINTS, key) if key else ""
            if about:
                button.setAccessibleDescription(about)
                note = QLabel(about, cell)
                note.setProperty("role", "hint")
                note.setWordWrap(True)
                note.setIndent(button.sizeHint().height())
                column.addWidget(note)
            column.addStretch(1)
            self.group.addButton(button)
            self.buttons[key] = button
            grid.addWidget(cell, index // 2, index % 2)
        self.group.buttonToggled.connect(lambda _b, on: self.changed.emit() if on else None)

    def value(self) -> str:
        for key, button in self.buttons.items():
            if button.isChecked():
                return key
        return ""

    def set_value(self, key: str) -> None:
        """Choose ``key`` ("" with nothing chosen: none is checked)."""
        button = self.buttons.get(key) if key else None
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last
        for other in self.buttons.values():
            other.setChecked(False)
        self.group.setExclusive(True)

    def first(self) -> QRadioButton:
        """The button Tab comes in on: the chosen one, else the first."""
        return next((b for b in self.buttons.values() if b.isChecked()), self.buttons["physical"])


class ActorChoice(QWidget):
    """Who was involved, as categories (never names)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, WrappingCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, key in enumerate(INCIDENT_ACTORS):
            box = WrappingCheckBox(safety_words.actor(key), self)
            box.toggled.connect(self.changed)
            self.boxes[key] = box
            grid.addWidget(box, index // 2, index % 2)

    def values(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_values(self, keys: list[str] | tuple[str, ...]) -> None:
        for key, box in self.boxes.items():
            box.setChecked(key in keys)


@dataclass(frozen=True)
class Link:
    """A record the incident links to: which field holds it, and how it reads."""

    field: str  # "logs", "plans" or "assessments"
    record_id: RecordId
    text: str


class LinkList(QWidget):
    """The records the incident links to, and a box to link an assessment."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setAccessibleName(_t("Linked records"))
        self.list.setWordWrap(True)
        self.remove_button = QPushButton(_t("Remove the link"), self)
        self.remove_button.setAutoDefault(False)  # Enter in a field never presses it
        self.remove_button.setAccessibleName(_t("Remove the link"))
        self.assessment = QComboBox(self)
        self.assessment.setAccessibleName(_t("Link a risk assessment"))
        self.assessment.addItem(_t("Link a risk assessment…"), None)
        # a screen reader names a combo box by its value; its label says what it chooses
        label = QLabel(_t("Assessment:"), self)
        label.setBuddy(self.assessment)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.assessment, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.remove_button.clicked.connect(self.remove_current)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.remove_current)
        self.assessment.activated.connect(self._link_chosen)
        self._show_state()

    def set_assessments(self, choices: list[tuple[RecordId, str]]) -> None:
        """The assessments that can be linked: (id, title)."""
        self.assessment.blockSignals(True)
        while self.assessment.count() > 1:
            self.assessment.removeItem(1)
        for record_id, title in choices:
            self.assessment.addItem(title or _t("Untitled assessment"), record_id)
        self.assessment.setCurrentIndex(0)
        self.assessment.blockSignals(False)

    def _link_chosen(self, index: int) -> None:
        record_id = self.assessment.itemData(index)
        if record_id:
            text = isolated(_t("Risk assessment: {title}"), title=self.assessment.itemText(index))
            if self.add(Link("assessments", RecordId(record_id), text)):
                self.changed.emit()
        self.assessment.setCurrentIndex(0)

    def add(self, link: Link) -> bool:
        if link in self.links():
            return False
        item = QListWidgetItem(link.text, self.list)
        item.setData(_ID_ROLE, link)
        self._show_state()
        return True

    def links(self) -> list[Link]:
        return [self.list.item(row).data(_ID_ROLE) for row in range(self.list.count())]

    def ids(self, field: str) -> list[RecordId]:
        return [link.record_id for link in self.links() if link.field == field]

    def set_links(self, links: list[Link]) -> None:
        self.list.clear()
        for link in links:
            self.add(link)
        self._show_state()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._show_state()
        self.changed.emit()

    def _show_state(self) -> None:
        count = self.list.count()
        self.remove_button.setEnabled(count > 0)
        self.list.setVisible(count > 0)
        if count:  # as tall as its links, up to four, then it scrolls
            rows = sum(self.list.sizeHintForRow(r) for r in range(min(count, 4)))
            self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)


class SendToLeads(WrappingCheckBox):
    """ "Send to the safety lead (<names>)": shown for a new incident when a
    team with a folder has a safety lead; on by default. The names are the
    ones this vault stores, as plain text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.box.setAccessibleDescription(
            _t(
                "Once the incident is saved, it is left in the team folder for them, "
                "encrypted for them and for you."
            )
        )
        self.names: list[str] = []
        self.hide()

    def set_leads(self, names: list[str]) -> None:
        """The safety leads' names; none: the box is not offered."""
        self.names = list(names)
        text = QCoreApplication.translate(
            "incidents", "Send to the safety lead(s) ({names})", "", len(names)
        )
        self.label.setText(escape_mnemonic(text.format(names=name_list(names))))
        self.box.setAccessibleName(text.format(names=name_list(names, isolated=False)))
        self.setChecked(bool(names))

    @property
    def wanted(self) -> bool:
        """Offered, and ticked."""
        return bool(self.names) and not self.isHidden() and self.isChecked()
