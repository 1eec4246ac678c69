"""How the main window is put together around its work area: the sections
sidebar, the icons of its actions, the margins and the Tab order. What the
window does is in :mod:`.main_window`; its actions are built in :mod:`.menus`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy, QStackedWidget, QStyle, QVBoxLayout, QWidget

from fieldsafe.ui.common import icons
from fieldsafe.ui.shell.sidebar import Section, SectionsSidebar

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow

#: the rows of the sidebar, in order (the window's _SECTION_* numbers)
SECTION_KEYS = ("logs", "today", "journal", "plans", "incidents", "risk_assessments")


def build_sections(window: MainWindow) -> SectionsSidebar:
    """The sidebar. Arrow keys or a click choose a section (the keyboard
    stays in the sidebar), Enter moves the keyboard into it; a click on
    Outreach logs also leaves the search results for the list.

    The names are looked up in the main window's context, each written as a
    literal translate() call: lupdate files a string by the context it can
    read at the call (``tr = window.tr; tr("Today")`` went under no context
    at all, while at run time it was looked up as "MainWindow")."""
    sections = SectionsSidebar(
        [
            Section("logs", QCoreApplication.translate("MainWindow", "Outreach logs"), "logs"),
            Section("today", QCoreApplication.translate("MainWindow", "Today"), "today"),
            Section("journal", QCoreApplication.translate("MainWindow", "My journal"), "journal"),
            Section("plans", QCoreApplication.translate("MainWindow", "Meeting plans"), "plans"),
            Section(
                "incidents", QCoreApplication.translate("MainWindow", "Incidents"), "incidents"
            ),
            Section(
                "risk_assessments",
                QCoreApplication.translate("MainWindow", "Risk assessments"),
                "risk_assessments",
            ),
        ],
        window,
    )
    sections.setAccessibleName(QCoreApplication.translate("MainWindow", "Sections"))
    sections.setCurrentRow(SECTION_KEYS.index("logs"))
    sections.currentRowChanged.connect(lambda _row: window._section_chosen())
    sections.itemClicked.connect(window._section_clicked)
    sections.entered.connect(lambda: focus_section(window))
    return sections


def size_by_the_shown_section(stack: QStackedWidget) -> None:
    """Only the section on screen sets the window's smallest size: a
    stacked widget is as large as its largest page, so a plan's long
    details made the logs unable to shrink. The pages not shown get the
    Ignored size policy (their own comes back when they are shown)."""
    pages = [page for i in range(stack.count()) if (page := stack.widget(i)) is not None]
    own = {page: page.sizePolicy() for page in pages}

    def shown(index: int) -> None:
        current = stack.widget(index)
        ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for page, policy in own.items():
            page.setSizePolicy(policy if page is current else ignored)

    stack.currentChanged.connect(shown)
    shown(stack.currentIndex())


def focus_section(window: MainWindow) -> None:
    """Enter on a section in the sidebar (and Ctrl+1, Ctrl+2…): the keyboard goes
    into the section shown: its list, or while the list is empty the empty
    state's button; the journal's passphrase while the journal is locked."""
    key = SECTION_KEYS[window.sections.currentRow()] if window.sections.currentRow() >= 0 else ""
    target: QWidget | None
    if key == "journal":
        target = window.journal.focus_target()
    elif key == "plans":
        target = window.empty_plans.button if window.empty_plans.isVisible() else window.plans.list
    elif key == "today":
        target = window.today_view.tree
    elif key in ("incidents", "risk_assessments"):
        target = window.safety.focus_target(key)
    else:
        target = window.empty_logs.button if window.empty_logs.isVisible() else window.log_view
        if not target.isVisible():  # search results are shown instead of the list
            target = window.results_view
    if target is not None and target.isVisible():
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)


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
    central_layout.addWidget(window.safety.notice_area)  # a check-in that passed, above the work
    central_layout.addWidget(window.safety.arrivals)  # what came from the team folder
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
