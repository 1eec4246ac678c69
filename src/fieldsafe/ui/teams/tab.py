"""The Colleagues dialog's two tabs: "Colleagues" (cards and safety
numbers, built by :mod:`fieldsafe.ui.plans.colleagues`) and "Teams"
(:class:`.editor.TeamEditor`). The teams are read each time their tab is
shown, so a colleague verified a moment ago can join at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from fieldsafe.ui.common.widgets import tab_widget
from fieldsafe.ui.teams.editor import TeamEditor

if TYPE_CHECKING:
    from fieldsafe.vault import Vault


def _t(text: str) -> str:
    return QCoreApplication.translate("teams", text)


def colleague_tabs(
    parent: QWidget,
    vault: Vault | None,
    intro: QWidget,
    body: QWidget,
    *,
    say: Callable[[str], None],
    colleague_added: Callable[[str], None],
) -> tuple[QTabWidget, TeamEditor]:
    """A tab widget: ``intro`` above ``body`` in "Colleagues", the team
    editor in "Teams". ``say`` shows the editor's messages (and is emptied
    when the tab changes); ``colleague_added`` gets the id of a colleague
    added from a card in a team folder."""
    tabs = tab_widget(parent)
    tabs.tabBar().setAccessibleName(_t("Colleagues or teams"))
    tabs.setAccessibleName(_t("Colleagues or teams"))
    page = QWidget(tabs)
    column = QVBoxLayout(page)
    column.addWidget(intro)
    column.addWidget(body, 1)
    editor = TeamEditor(vault, tabs)
    tabs.addTab(page, _t("Colleagues"))
    tabs.addTab(editor, _t("&Teams"))
    editor.message.connect(say)
    editor.colleague_added.connect(colleague_added)
    editor.colleague_added.connect(lambda _entry_id: editor.reload())

    def changed(index: int) -> None:
        say("")
        if tabs.widget(index) is editor:
            editor.reload()

    tabs.currentChanged.connect(changed)
    return tabs, editor
