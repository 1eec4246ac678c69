"""The main window's empty states: the first log and the first meeting plan
(the journal has its own, in ``ui/journal/view.py``). Each says what the
list is for, in calm words, with one button that starts the first record;
see :class:`~fieldsafe.ui.common.empty_state.EmptyState`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.empty_state import EmptyState

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow


def _t(text: str) -> str:
    return QCoreApplication.translate("EmptyStates", text)


def first_log(window: MainWindow) -> EmptyState:
    """Over the logs list while the vault has no log (not while filters
    hide them: the list says so itself)."""
    model = window.log_model
    shortcut = window.new_log_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    return EmptyState(
        window.log_view,
        icon="logs",
        title=_t("No outreach logs yet"),
        body=_t(
            "After a meeting, write down what happened, what was agreed and what to follow "
            "up. Use person codes, not names. Press {shortcut} to start a log at any time."
        ).format(shortcut=isolate(shortcut)),
        action=_t("Write the first log"),
        action_name=_t("Write the first log"),
        on_action=window.new_log,
        is_empty=lambda: window.vault is not None and model.rowCount() == 0 and not model.filtered,
    )


def first_plan(window: MainWindow) -> EmptyState:
    """Over the meeting plans list while there is none."""
    plans = window.plans
    return EmptyState(
        plans.list,
        icon="plans",
        title=_t("No meeting plans yet"),
        body=_t(
            "Before you meet someone with a colleague, plan it together: where and when, "
            "the signal that means \u201cleave now\u201d, and who checks in with whom "
            "afterwards. A plan can go in your pocket as a card, or to your colleague."
        ),
        action=_t("Plan a meeting"),
        action_name=_t("Plan a meeting"),
        on_action=plans.new_plan,
        is_empty=lambda: window.vault is not None and plans.list.count() == 0,
    )
