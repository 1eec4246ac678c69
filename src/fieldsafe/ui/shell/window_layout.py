"""How the main window is put together around its work area: the sections
sidebar, the icons of its actions, the margins and the Tab order. What the
window does is in :mod:`.main_window`; its actions are built in :mod:`.menus`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle, QVBoxLayout, QWidget

from fieldsafe.ui.common import icons
from fieldsafe.ui.shell.sidebar import Section, SectionsSidebar

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow

#: the rows of the sidebar, in order (the window's _SECTION_* numbers)
SECTION_KEYS = ("logs", "today", "journal", "plans")


def build_sections(window: MainWindow) -> SectionsSidebar:
    """The sidebar. Arrow keys, Enter or a click choose a section; a click on
    Outreach logs also leaves the search results for the list."""
    tr = window.tr
    sections = SectionsSidebar(
        [
            Section("logs", tr("Outreach logs"), "logs"),
            Section("today", tr("Today"), "today"),
            Section("journal", tr("My journal"), "journal"),
            Section("plans", tr("Meeting plans"), "plans"),
        ],
        window,
    )
    sections.setAccessibleName(tr("Sections"))
    sections.setCurrentRow(SECTION_KEYS.index("logs"))
    sections.currentRowChanged.connect(lambda _row: window._section_chosen())
    sections.itemClicked.connect(window._section_clicked)
    return sections


def show_icons(window: MainWindow) -> None:
    """Icons beside the actions' words (menus and toolbar); never instead of them."""
    for action, name in (
        (window.new_log_action, "new"),
        (window.save_action, "save"),
        (window.today_action, "today"),
        (window.lock_action, "lock"),
        (window.print_action, "print"),
        (window.pdf_action, "pdf"),
        (window.history_action, "history"),
        (window.code_book_action, "code_book"),
    ):
        action.setIcon(icons.icon(name))
    window.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)


def lay_out(window: MainWindow) -> None:
    """The central widget and the Tab order: sections, search, filters, the
    list (and its empty state's button), the results, the editor."""
    # The margins come from a layout (a splitter's own margins are not
    # mirrored correctly in right-to-left layouts).
    central = QWidget(window)
    central_layout = QVBoxLayout(central)
    metric = QStyle.PixelMetric
    central_layout.setContentsMargins(
        *(
            window.style().pixelMetric(m)
            for m in (
                metric.PM_LayoutLeftMargin,
                metric.PM_LayoutTopMargin,
                metric.PM_LayoutRightMargin,
                metric.PM_LayoutBottomMargin,
            )
        )
    )
    central_layout.addWidget(window.splitter, 1)
    central_layout.addWidget(window.debrief_bar)
    window.setCentralWidget(central)
    order = [
        window.sections,
        *window.panel.search_tab_chain(),
        window.log_view,
        window.empty_logs.button,
        window.results_view,
        window.today_view.tree,
        *window.editor.tab_chain(),
    ]
    for first, second in zip(order, order[1:], strict=False):
        QWidget.setTabOrder(first, second)
