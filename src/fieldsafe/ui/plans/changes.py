"""What a received update changes in a plan, in words: before import (the
review the person reads, then imports or cancels) and after it (the plan
view's marks until the plan is looked at).

What changed is computed without Qt (:func:`fieldsafe.core.plans.plan_changes`,
in the vault's :meth:`preview`); here it is only worded. Every value is data:
it is shown in plain-text widgets only, and isolated inside its sentence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import from_iso
from fieldsafe.core.plans import FieldChange, question
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.record_text import setting_label
from fieldsafe.ui.plans.strings import scenario_label, status_label

_CTX = "plans"
_TIMES = {"starts_at", "ends_at", "check_in_at", "checked_in_at"}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def field_label(field: str, part: str | None = None) -> str:
    """The field as the wizard asks it (a scenario with its question)."""
    if field == "scenarios" and part is not None:
        return _t("What will we do if… {scenario}").format(scenario=scenario_label(part))
    try:
        return QCoreApplication.translate(_CTX, question(field).label)
    except KeyError:
        pass
    special = {
        "status": _t("Status"),
        "title": _t("Title"),
        "log": _t("The log written after the meeting"),
        "colleague_contact": _t("How to reach the colleague"),
        "check_in_grace_minutes": _t("Minutes to wait after a missed check-in"),
        "checked_in_at": _t("Back safely at"),
    }
    return special.get(field, field)


def value_text(field: str, value: Any) -> str:  # noqa: ANN401 - any field value
    """A field's value as the plan shows it; "nothing" when empty."""
    if value is None or value == "" or value == []:
        return _t("nothing")
    if field in _TIMES and isinstance(value, str):
        try:
            return format_moment(from_iso(value))
        except ValueError:
            return value
    if field == "setting":
        return setting_label(str(value))
    if field == "status":
        return status_label(str(value))
    if field == "log":
        return _t("a log")
    if field == "assessment":
        return _t("a risk assessment")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def arrow() -> str:
    """From old to new in the reading direction: → in left-to-right
    layouts, ← in right-to-left ones (an arrow is not mirrored by itself)."""
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    return "\u2190" if rtl else "\u2192"


def change_line(change: FieldChange, *, both: bool = False) -> str:
    """ "label: old → new", the values isolated; ``both`` says the person
    changed it too and chooses when importing."""
    line = _t("{field}: {old} {arrow} {new}").format(
        field=field_label(change.field, change.part),
        old=isolate(value_text(change.field, change.old)),
        new=isolate(value_text(change.field, change.new)),
        arrow=arrow(),
    )
    if both:
        line += " " + _t("(you changed this too: you will choose which to keep)")
    return line


def changed_labels(fields: Iterable[str]) -> list[str]:
    """The changed fields' names, in the order given."""
    return [field_label(f) for f in fields]


class ReviewUpdate:
    """Before a bundle that updates plans is imported: who sent it, and what
    it changes in each plan, field by field, old → new (places, times and
    the alert signal first). Import or Cancel; Escape cancels. A seam: tests
    replace ``ask``. ``updates`` are :class:`fieldsafe.vault.sharing.RecordUpdate`."""

    @classmethod
    def ask(cls, parent: QWidget | None, question_text: str, updates: list[Any]) -> bool:
        dialog = ReviewDialog(question_text, updates, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted


class ReviewDialog(QDialog):
    def __init__(
        self, question_text: str, updates: list[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_t("What this update changes"))
        intro = plain_label(question_text, self, wrap=True)
        self.changes = QPlainTextEdit(self)
        self.changes.setReadOnly(True)
        self.changes.setTabChangesFocus(True)
        self.changes.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.changes.setAccessibleName(_t("What this update changes"))
        self.changes.setPlainText(self.text_of(updates))
        self._lay_lines_out()
        buttons = QDialogButtonBox(self)
        self.import_button = QPushButton(_t("Import"), self)
        self.import_button.setAccessibleName(_t("Import the update"))
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)  # Enter imports, Escape cancels
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(_t("Cancel: import nothing"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 44, em * 30)
        self.changes.setFocus()  # read first; Tab goes on to Import and Cancel

    def _lay_lines_out(self) -> None:
        """Every line in the layout's direction, whatever script it starts
        with, so the arrows and the values read one way throughout."""
        direction = self.layoutDirection()
        option = self.changes.document().defaultTextOption()
        option.setTextDirection(direction)
        rtl = direction == Qt.LayoutDirection.RightToLeft
        option.setAlignment(
            Qt.AlignmentFlag.AlignAbsolute
            | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        )
        self.changes.document().setDefaultTextOption(option)

    @staticmethod
    def text_of(updates: list[Any]) -> str:
        blocks = []
        for update in updates:
            title = update.title or _t("Meeting plan")
            lines = [_t("In the plan {title}:").format(title=isolate(title))]
            both = set(update.both_changed)
            lines += [
                "  " + change_line(change, both=change.field in both) for change in update.changes
            ]
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)
