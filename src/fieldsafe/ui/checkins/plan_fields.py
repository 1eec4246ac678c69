"""What a plan needs for its check-in to act, ready for the plan wizard.

The check-in step of the wizard (``ui/plans``) asks, beside "When we check
in with each other":

* how long to wait before acting (:class:`GraceChoice`, stored as
  ``check_in_grace_minutes``; "15 minutes" when nothing is chosen);
* how to reach each other (``colleague_contact``, a line of text:
  :func:`contact_question`);
* among the scenarios, "one of us does not check in?" (the key
  :data:`fieldsafe.core.checkins.NO_CHECK_IN`: :func:`no_check_in_label`).

The words are here so the notice and the wizard say the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from fieldsafe.core.checkins import DEFAULT_GRACE, GRACE_CHOICES


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("checkins", text, None, n)


def no_check_in_label() -> str:
    """The scenario, as the wizard lists it after "What will we do if…"."""
    return _t("one of us does not check in?")


def contact_question() -> tuple[str, str]:
    """(the question, why it is asked) for ``colleague_contact``."""
    return (
        _t("How do we reach each other during and after the meeting?"),
        _t("If a check-in does not come, this is shown with what you agreed to do."),
    )


def grace_question() -> tuple[str, str]:
    """(the question, why it is asked) for ``check_in_grace_minutes``."""
    return (
        _t("How long do we wait after the check-in time before acting?"),
        _t("FieldSafe shows what you agreed once this time has passed."),
    )


def grace_text(minutes: int) -> str:
    if minutes == 0:
        return _t("Act at the check-in time")
    return _t("%n minute(s)", minutes)


class GraceChoice(QComboBox):
    """How long to wait after the check-in time: the usual choices, and the
    plan's own value if it is another one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(grace_question()[0])
        for minutes in GRACE_CHOICES:
            self.addItem(grace_text(minutes), minutes)
        self.set_value(None)

    def value(self) -> int:
        return int(self.currentData())

    def set_value(self, minutes: int | None) -> None:
        """Choose ``minutes`` (None: the default, 15)."""
        if minutes is None:
            minutes = int(DEFAULT_GRACE.total_seconds() // 60)
        index = self.findData(minutes)
        if index < 0:
            self.addItem(grace_text(minutes), minutes)
            index = self.count() - 1
        self.setCurrentIndex(index)
