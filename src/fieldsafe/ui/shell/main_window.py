"""The main window: sections, search, the outreach-log list and the editor.

It receives an unlocked :class:`Vault` and never holds a connection itself.
Its title is always just "FieldSafe": record titles, names or paths never
reach a window title (SECURITY.md 11). On lock, :meth:`wipe` empties every
model and field before the window is closed and deleted, so no record text
stays in a widget (SECURITY.md 8).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from PySide6.QtCore import QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPixmapCache,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.records import DEBRIEF, RecordFilter
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.dialogs import ChooseBackupFile, EraseVault, Notice, RestoreDraft
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.journal.view import JournalView
from fieldsafe.ui.logs.editor import DRAFT_SLOT, LogEditor
from fieldsafe.ui.logs.model import OutreachLogModel
from fieldsafe.ui.plans.view import PlansView
from fieldsafe.ui.shell import limits
from fieldsafe.ui.shell.change_passphrase import ChangePassphraseDialog
from fieldsafe.ui.shell.search_results import HighlightDelegate, SearchResultsModel
from fieldsafe.ui.shell.today import FilterBar, TodayView
from fieldsafe.vault import SEARCH_LIMIT, SEARCH_WINDOW, Vault

log = logging.getLogger("fieldsafe.ui.shell.main_window")

SEARCH_DELAY_MS = 250
_LIST_PAGE, _RESULTS_PAGE, _TODAY_PAGE = 0, 1, 2
_SECTION_LOGS, _SECTION_TODAY, _SECTION_JOURNAL, _SECTION_PLANS = 0, 1, 2, 3


#: one key, easy to hit in a hurry: hides every window, locks, clears the clipboard
PANIC_KEY = "Ctrl+Shift+H"


class MainWindow(QMainWindow):
    """Emits :attr:`lock_requested` when the person asks to lock (Ctrl+L)."""

    lock_requested = Signal()
    panic_requested = Signal()
    erase_requested = Signal()

    def __init__(
        self, vault: Vault | None, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._clock = clock or SystemClock()
        self._syncing = False
        self._search_generation = 0
        self._searched = False
        self._plan_for_new_log: str | None = None
        self._close_warned = False
        self._closing_for_lock = False
        self.setWindowTitle(self.tr("FieldSafe"))

        self._build_actions()
        self._build_menus()
        self._build_central()

        em = QFontMetrics(self.font()).horizontalAdvance("M")
        width, height = em * 90, em * 55
        screen = QGuiApplication.primaryScreen()
        if screen is not None:  # large fonts must not push the window off screen
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.9))
        self.resize(width, height)
        self.statusBar()
        self.log_model.reload()  # the first page, so the empty-state hint is right at once

    # -- construction -------------------------------------------------------------
    def _action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        self.new_log_action = self._action(
            self.tr("&New log"), self.new_log, QKeySequence("Ctrl+N")
        )
        self.save_action = self._action(
            self.tr("&Save"), self._save, QKeySequence(QKeySequence.StandardKey.Save)
        )
        self.history_action = self._action(self.tr("&Earlier versions…"), self.show_history)
        self.print_action = self._action(
            self.tr("&Print…"),
            lambda: self.print_logs(to_pdf=False),
            QKeySequence(QKeySequence.StandardKey.Print),
        )
        self.pdf_action = self._action(
            self.tr("Save as P&DF…"), lambda: self.print_logs(to_pdf=True)
        )
        self.code_book_action = self._action(self.tr("&Code book…"), self.show_code_book)
        self.today_action = self._action(self.tr("&Today"), self.show_today, QKeySequence("Ctrl+T"))
        self.backup_action = self._action(self.tr("&Back up…"), self.back_up)
        self.change_passphrase_action = self._action(
            self.tr("&Change passphrase…"), self.change_passphrase
        )
        self.lock_action = self._action(
            self.tr("&Lock"), self._request_lock, QKeySequence("Ctrl+L")
        )
        # Lock must work from any FieldSafe window, e.g. with a dialog open.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.panic_action = self._action(
            self.tr("&Hide everything now"), self.panic_requested.emit, QKeySequence(PANIC_KEY)
        )
        self.panic_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action = self._action(
            self.tr("&Quit"), self.close, QKeySequence(QKeySequence.StandardKey.Quit)
        )
        self.limits_action = self._action(self.tr("What FieldSafe &protects"), self.show_limits)
        self.erase_action = self._action(self.tr("&Erase this vault…"), self._request_erase)

    def _build_menus(self) -> None:
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.backup_action)
        vault_menu.addAction(self.change_passphrase_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.panic_action)
        vault_menu.addAction(self.erase_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        log_menu = self.menuBar().addMenu(self.tr("L&og"))
        log_menu.addAction(self.new_log_action)
        log_menu.addAction(self.save_action)
        log_menu.addAction(self.today_action)
        log_menu.addSeparator()
        log_menu.addAction(self.history_action)
        log_menu.addAction(self.code_book_action)
        log_menu.addSeparator()
        log_menu.addAction(self.print_action)
        log_menu.addAction(self.pdf_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.limits_action)

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.new_log_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.lock_action)
        self.addToolBar(toolbar)
        toolbar.widgetForAction(self.new_log_action).setAccessibleName(self.tr("New log"))
        toolbar.widgetForAction(self.today_action).setAccessibleName(self.tr("Show today"))
        toolbar.widgetForAction(self.lock_action).setAccessibleName(self.tr("Lock"))
        self.toolbar = toolbar

    def _build_central(self) -> None:  # noqa: PLR0915 - ratchet: split this function
        self.sections = QListWidget(self)
        self.sections.setAccessibleName(self.tr("Sections"))
        self.sections.addItem(self.tr("Outreach logs"))
        self.sections.addItem(self.tr("Today"))
        self.sections.addItem(self.tr("My journal"))
        self.sections.addItem(self.tr("Meeting plans"))
        self.sections.setCurrentRow(_SECTION_LOGS)
        metrics = QFontMetrics(self.sections.font())
        widest = max(
            metrics.horizontalAdvance(self.sections.item(i).text())
            for i in range(self.sections.count())
        )
        self.sections.setMinimumWidth(
            widest + 2 * metrics.height()
        )  # grows with the font, never clips
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.itemClicked.connect(self._section_chosen)

        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Search all records"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)

        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)

        self.log_model = OutreachLogModel(self._vault, self)
        self.log_model.load_failed.connect(lambda exc: self.info.setText(describe(exc)))
        self.log_view = QTableView(self)
        self.log_view.setAccessibleName(self.tr("Outreach logs"))
        self.log_view.setModel(self.log_model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Several rows can be selected for printing; the current row is the open log.
        self.log_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.log_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_view.setWordWrap(False)
        self.log_view.setTabKeyNavigation(False)
        rows = self.log_view.verticalHeader()
        rows.hide()
        # Fixed sizes: "resize to contents" would ask the model for every
        # loaded row (thousands) before the first paint.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(
            QFontMetrics(self.font()).height() + QFontMetrics(self.font()).descent() * 2 + 4
        )
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        sample = format_moment(datetime(2026, 12, 28, 23, 58, tzinfo=UTC))
        header.resizeSection(0, QFontMetrics(self.font()).horizontalAdvance(sample + "MMMM"))
        header.setStretchLastSection(True)
        self.log_view.selectionModel().currentRowChanged.connect(self._log_row_changed)
        self.log_model.modelReset.connect(self._update_empty_state)
        self.log_model.rowsInserted.connect(self._update_empty_state)

        self.results_model = SearchResultsModel(self)
        self.results_view = QListView(self)
        self.results_view.setAccessibleName(self.tr("Search results"))
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(HighlightDelegate(self.results_view))
        self.results_view.setWordWrap(True)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results_view.selectionModel().currentRowChanged.connect(self._result_row_changed)

        self.today_view = TodayView(self)
        self.today_view.open_requested.connect(self.open_log)
        self.today_view.debrief_requested.connect(self.debrief)
        self.filters = FilterBar(self)
        self.filters._today = lambda: self._clock.now().astimezone().date()
        self.filters.changed.connect(self._filter_changed)
        self.filters.hide()
        self.filter_button = QPushButton(self.tr("&Filters"), self)
        self.filter_button.setAccessibleName(self.tr("Filters"))
        self.filter_button.setCheckable(True)
        self.filter_button.toggled.connect(self._toggle_filters)

        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.log_view)
        self.lists.addWidget(self.results_view)
        self.lists.addWidget(self.today_view)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.filter_button)
        # The journal is searched only when the person asks, each time.
        self.search_journal = QCheckBox(self.tr("Include my journal"), self)
        self.search_journal.setAccessibleName(self.tr("Include my journal in this search"))
        self.search_journal.toggled.connect(
            lambda: self._search_timer.start() if self.search.text().strip() else None
        )
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(search_row)
        middle_layout.addWidget(self.search_journal)
        middle_layout.addWidget(self.filters)
        middle_layout.addWidget(self.info)
        middle_layout.addWidget(self.lists, 1)

        self.editor = LogEditor(self._vault, clock=self._clock, parent=self)  # type: ignore[arg-type]
        self.editor.saved.connect(self._log_saved)
        self.editor.deleted.connect(self._log_deleted)
        self.editor.code_book_requested.connect(self.show_code_book)
        self.editor.notice.connect(self.statusBar().showMessage)
        self.editor.history_requested.connect(lambda _id: self.show_history())
        self.editor.created.connect(self._link_plan)
        self.editor.created.connect(self.offer_debrief)

        em = QFontMetrics(self.font()).horizontalAdvance("M")
        work_split = QSplitter(Qt.Orientation.Horizontal, self)
        work_split.setChildrenCollapsible(False)
        work_split.addWidget(middle)
        work_split.addWidget(self.editor)
        work_split.setStretchFactor(0, 2)
        work_split.setStretchFactor(1, 3)
        work_split.setSizes([em * 32, em * 48])
        self.journal = JournalView(clock=self._clock, parent=self)
        self.plans = PlansView(clock=self._clock, parent=self)
        self.plans.meeting_done.connect(self._meeting_done)
        self.work = QStackedWidget(self)
        self.work.addWidget(work_split)
        self.work.addWidget(self.journal)
        self.work.addWidget(self.plans)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sections)
        splitter.addWidget(self.work)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.sections.minimumWidth(), em * 80])

        # "Debrief now?" after a new log is saved: offered, never forced.
        self.debrief_bar = QFrame(self)
        self.debrief_bar.setFrameShape(QFrame.Shape.StyledPanel)
        debrief_text = QLabel(
            self.tr(
                "The log is saved. Would you like to write a few lines for yourself about how it went?"
            ),
            self.debrief_bar,
        )
        debrief_text.setWordWrap(True)
        self.debrief_now = QPushButton(self.tr("Debrief now"), self.debrief_bar)
        self.debrief_now.setAccessibleName(self.tr("Debrief now"))
        self.debrief_later = QPushButton(self.tr("Remind me later"), self.debrief_bar)
        self.debrief_later.setAccessibleName(self.tr("Remind me later"))
        self.debrief_skip = QPushButton(self.tr("Not this time"), self.debrief_bar)
        self.debrief_skip.setAccessibleName(self.tr("Not this time"))
        debrief_layout = QHBoxLayout(self.debrief_bar)
        debrief_layout.addWidget(debrief_text, 1)
        debrief_layout.addWidget(self.debrief_now)
        debrief_layout.addWidget(self.debrief_later)
        debrief_layout.addWidget(self.debrief_skip)
        self.debrief_bar.hide()
        self._debrief_log: str | None = None
        self.debrief_now.clicked.connect(lambda: self.debrief(self._debrief_log))
        self.debrief_later.clicked.connect(self._debrief_later)
        self.debrief_skip.clicked.connect(self._hide_debrief_offer)
        # The margins come from a layout (a splitter's own margins are not
        # mirrored correctly in right-to-left layouts).
        central = QWidget(self)
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(
            *(
                self.style().pixelMetric(m)
                for m in (
                    QStyle.PixelMetric.PM_LayoutLeftMargin,
                    QStyle.PixelMetric.PM_LayoutTopMargin,
                    QStyle.PixelMetric.PM_LayoutRightMargin,
                    QStyle.PixelMetric.PM_LayoutBottomMargin,
                )
            )
        )
        central_layout.addWidget(splitter, 1)
        central_layout.addWidget(self.debrief_bar)
        self.setCentralWidget(central)
        self.splitter = splitter
        self.setTabOrder(self.sections, self.search)
        self.setTabOrder(self.search, self.filter_button)
        self.setTabOrder(self.filter_button, self.log_view)
        self.setTabOrder(self.log_view, self.results_view)
        self.setTabOrder(self.results_view, self.editor.when)

    def _request_lock(self) -> None:
        self.lock_requested.emit()

    # -- logs ------------------------------------------------------------------------
    def new_log(self) -> None:
        """Ctrl+N: save any edit in progress, then start a new log."""
        if self._vault is None or not self._leave_journal():
            return
        if (
            self.lists.currentIndex() == _TODAY_PAGE
            or self.sections.currentRow() == _SECTION_JOURNAL
        ):
            self._show_list()
        if not self.editor.new_log():
            return
        self._select_log_row(None)
        self.editor.title.setFocus()

    def open_log(self, log_id: str) -> bool:
        if not self._leave_journal():
            return False
        if not self.editor.open_log(log_id):
            return False
        self._select_log_row(log_id)
        return True

    def _save(self) -> None:
        """Ctrl+S saves what is on screen: the journal entry in the journal."""
        if self.work.currentWidget() is self.journal:
            if self.journal.is_open:
                self.journal.editor.save()
            return
        self.editor.save()

    def _log_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        log_id = self.log_model.log_id(current.row())
        if log_id is None:
            return
        if not self.editor.open_log(log_id):
            self._select_log_row(self.editor.log_id)  # stay with the unsaved edit

    def _select_log_row(self, log_id: str | None) -> None:
        self._syncing = True
        try:
            row = self.log_model.row_of(log_id) if log_id else None
            selection = self.log_view.selectionModel()
            if row is None:
                selection.clear()
            else:
                index = self.log_model.index(row, 0)
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.log_view.scrollTo(index)
        finally:
            self._syncing = False

    def _log_saved(self, log_id: str) -> None:
        self._close_warned = False  # a later failed save warns again
        loaded = self.log_model.rowCount()
        self.log_model.reload()
        # Load as far as the list was before, so an older log stays in view
        # and selected (keyboard users keep their place).
        while (
            self.log_model.rowCount() < loaded
            and self.log_model.row_of(log_id) is None
            and self.log_model.canFetchMore()
        ):
            self.log_model.fetchMore()
        self._select_log_row(log_id)
        if self.search.text().strip():
            self._search_timer.start()
        self._refresh_today()

    def _refresh_today(self) -> None:
        if self.lists.currentIndex() == _TODAY_PAGE:
            self.today_view.refresh(self._vault, self._clock.now().astimezone().date())

    def _log_deleted(self, log_id: str) -> None:
        if self._debrief_log == log_id:
            self._hide_debrief_offer()
        self.log_model.reload()
        self._select_log_row(None)
        if self.search.text().strip():
            self._search_timer.start()
        self._refresh_today()

    def _update_empty_state(self) -> None:
        searching = self.lists.currentIndex() == _RESULTS_PAGE if hasattr(self, "lists") else False
        if searching or (hasattr(self, "lists") and self.lists.currentIndex() == _TODAY_PAGE):
            return
        if self.log_model.rowCount() == 0 and self._vault is not None and self.log_model.filtered:
            self.info.setText(self.tr("No logs match these filters."))
            self.info.show()
        elif self.log_model.rowCount() == 0 and self._vault is not None:
            shortcut = self.new_log_action.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self.info.setText(
                self.tr("No outreach logs yet. Press {shortcut} to write the first one.").format(
                    shortcut=shortcut
                )
            )
            self.info.show()
        else:
            self.info.setText("")
            self.info.hide()

    def _section_chosen(self) -> None:
        row = self.sections.currentRow()
        if row == _SECTION_JOURNAL:
            self.show_journal()
            return
        if not self._leave_journal():
            return
        if row == _SECTION_PLANS:
            self.show_plans()
            return
        self.search.setText("")
        if row == _SECTION_TODAY:
            self.show_today()
        else:
            self._show_list()

    def show_plans(self) -> PlansView | None:
        """Meeting plans for pairs."""
        if self._vault is None or not self._leave_journal() or not self.editor.save_if_dirty():
            return None
        self._select_section(_SECTION_PLANS)
        self.work.setCurrentWidget(self.plans)
        self.plans.reload()
        return self.plans

    def _meeting_done(self, plan_id: str, fields: dict) -> None:
        """A planned meeting took place: a new log, prefilled from the plan."""
        self._show_list()
        self.work.setCurrentIndex(0)
        if not self.editor.new_log():
            return
        self.editor.prefill_from_plan(fields)
        self._plan_for_new_log = plan_id  # linked once the log is saved
        self.editor.title.setFocus()

    def _link_plan(self, log_id: str) -> None:
        plan_id, self._plan_for_new_log = self._plan_for_new_log, None
        if plan_id is None or self._vault is None:
            return
        try:
            fields = self._vault.plans.get(plan_id)  # type: ignore[arg-type]
            self._vault.plans.save({**fields, "log": log_id}, plan_id=plan_id)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.statusBar().showMessage(describe(exc))

    def _leave_journal(self) -> bool:
        """Back to the logs: the journal saves its edit and locks again
        (if its lock is on). False when the edit could not be saved."""
        if self.work.currentWidget() is self.plans:
            self.work.setCurrentIndex(0)
            return True
        if self.work.currentWidget() is not self.journal:
            return True
        if not self.journal.leave():
            self._select_section(_SECTION_JOURNAL)
            return False
        self.work.setCurrentIndex(0)
        return True

    def _select_section(self, row: int) -> None:
        self.sections.blockSignals(True)
        self.sections.setCurrentRow(row)
        self.sections.blockSignals(False)

    def show_journal(self) -> JournalView | None:
        """The person's own debrief journal (its lock asks first, if on)."""
        if self._vault is None or not self.editor.save_if_dirty():
            self._select_section(_SECTION_LOGS)
            return None
        self._select_section(_SECTION_JOURNAL)
        self.work.setCurrentWidget(self.journal)
        self.journal.enter()
        return self.journal

    def debrief(self, log_id: str | None) -> bool:
        """Open the journal on a new entry that follows ``log_id``."""
        self._hide_debrief_offer()
        if self.show_journal() is None:
            return False
        if not self.journal.is_open:
            self.journal.pending_follows = log_id  # once the journal is unlocked
            return False
        return self.journal.new_entry(follows=log_id)

    def _debrief_later(self) -> None:
        log_id = self._debrief_log
        self._hide_debrief_offer()
        if self._vault is not None and log_id is not None:
            try:
                self._vault.journal.remind(log_id)  # type: ignore[arg-type]
            except Exception as exc:  # noqa: BLE001 - worded by describe()
                self.statusBar().showMessage(describe(exc))
                return
            self.statusBar().showMessage(self.tr("A reminder to debrief is on the Today view."))
            self._refresh_today()

    def _hide_debrief_offer(self) -> None:
        self._debrief_log = None
        self.debrief_bar.hide()

    def offer_debrief(self, log_id: str) -> None:
        self._debrief_log = log_id
        self.debrief_bar.show()

    def show_today(self) -> None:
        """Ctrl+T: follow-ups due, paper to destroy, logs to review."""
        if not self._leave_journal():
            return
        self._select_section(_SECTION_TODAY)
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)
        self.results_model.clear()
        self.work.setCurrentIndex(0)
        self.today_view.refresh(self._vault, self._clock.now().astimezone().date())
        self.lists.setCurrentIndex(_TODAY_PAGE)
        self.info.hide()
        self.today_view.tree.setFocus()

    def _toggle_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        if shown:
            if self._vault is not None:
                try:
                    self.filters.set_tags(self._vault.logs.tags())
                except Exception as exc:  # noqa: BLE001 - worded by describe()
                    self.info.setText(describe(exc))
            self.filters.setting.setFocus()
        else:
            self.filters.clear()

    def _filter_changed(self, where: RecordFilter) -> None:
        self.log_model.set_filter(where)
        if self.lists.currentIndex() != _LIST_PAGE:
            self.search.setText("")
            self._show_list()
        self._update_empty_state()

    # -- search ------------------------------------------------------------------------
    def _run_search(self) -> None:
        self._search_generation += 1
        generation = self._search_generation
        query = self.search.text().strip()
        vault = self._vault
        if not query or vault is None:
            if self._searched:
                # The search was cleared: the journal is included each time,
                # never kept for the next search.
                self._searched = False
                self.search_journal.blockSignals(True)
                self.search_journal.setChecked(False)
                self.search_journal.blockSignals(False)
            if self.lists.currentIndex() == _RESULTS_PAGE:
                self._show_list()
            return
        self._searched = True
        private = self.search_journal.isChecked()
        if private and not self.journal.may_search():
            # A locked journal is searched only once it is opened.
            private = False
            self.statusBar().showMessage(
                self.tr("Your journal is locked: open it first to include it in a search.")
            )
        ops.run(lambda: vault.search(query, include_private=private), parent=self).on_success(
            lambda hits: self._show_hits(generation, query, hits, private)
        ).on_failure(lambda error: self._search_failed(generation, error))

    def _show_hits(self, generation: int, query: str, hits: list, private: bool = False) -> None:
        if generation != self._search_generation or self._vault is None:
            return  # a newer search is on its way, or the vault was locked
        vault = self._vault
        more = (
            (lambda offset: vault.search(query, offset=offset, include_private=private))
            if len(hits) >= SEARCH_LIMIT
            else None
        )
        self.results_model.set_hits(hits, more)
        self.lists.setCurrentIndex(_RESULTS_PAGE)
        if hits and getattr(hits, "window_full", False):
            self.info.setText(
                self.tr(
                    "Best matches among the {count} most recent records that match. "
                    "Add a word to find older ones."
                ).format(count=QLocale().toString(SEARCH_WINDOW))
            )
        elif len(hits) >= SEARCH_LIMIT:
            self.info.setText(self.tr("The best matches first; more appear as you scroll."))
        elif hits:
            self.info.setText(self.tr("%n result(s)", "", len(hits)))
        else:
            self.info.setText(self.tr("Nothing found. Try fewer or shorter words."))
        self.info.show()

    def _search_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._search_generation:
            self.info.setText(describe(error))
            self.info.show()

    def _show_list(self) -> None:
        self.results_model.clear()
        self.lists.setCurrentIndex(_LIST_PAGE)
        self._select_section(_SECTION_LOGS)
        self._update_empty_state()

    def _result_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        log_id = self.results_model.hit_id(current.row())
        if log_id is None:
            return
        if self.results_model.hit_kind(current.row()) == DEBRIEF.name:
            if self.show_journal() is not None:
                if self.journal.is_open:
                    self.journal.open_entry(log_id)
                else:
                    self.journal.pending_entry = log_id  # once the passphrase is given
            return
        self.open_log(log_id)

    # -- log actions ---------------------------------------------------------------------
    def show_history(self) -> QWidget | None:
        """Earlier versions of the open log, side by side with the current one."""
        from fieldsafe.ui.logs.history import HistoryDialog

        log_id = self.editor.log_id
        if self._vault is None or log_id is None:
            return None
        if not self.editor.save_if_dirty():
            return None
        dialog = HistoryDialog(self._vault, log_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def selected_log_ids(self) -> list[str]:
        """The rows selected in the list, else the open log."""
        rows = sorted({index.row() for index in self.log_view.selectionModel().selectedRows()})
        found = [i for i in (self.log_model.log_id(r) for r in rows) if i is not None]
        if not found and self.editor.log_id is not None:
            found = [self.editor.log_id]
        return found

    def print_logs(self, *, to_pdf: bool) -> bool:
        from fieldsafe.ui.logs.printing import print_logs

        if self._vault is None or not self.editor.save_if_dirty():
            return False
        log_ids = self.selected_log_ids()
        if not log_ids:
            self.statusBar().showMessage(self.tr("Choose one or more logs to print first."))
            return False
        return print_logs(self, self._vault, log_ids, to_pdf=to_pdf)

    def show_code_book(self) -> QWidget | None:
        from fieldsafe.ui.logs.code_book import CodeBookDialog

        if self._vault is None:
            return None
        dialog = CodeBookDialog(self._vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.editor.refresh_code_book)
        dialog.open()
        return dialog

    # -- vault actions ---------------------------------------------------------------------
    def back_up(self) -> None:
        """Write an encrypted backup to a file the person chooses."""
        vault = self._vault
        if vault is None:
            return
        destination = ChooseBackupFile.ask(self)
        if destination is None:
            return
        ops.run(
            lambda: vault.backup(destination, overwrite=True),
            parent=self,
            progress=self.tr("Writing the backup…"),
        ).on_success(self._backup_written).on_failure(
            lambda error: Notice.show(self, describe(error))
        )

    def _backup_written(self, _result: object) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Backup written. Keep it apart from this laptop; it opens with your passphrase or recovery code."
            )
        )

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        if self._vault is None:
            return None
        dialog = ChangePassphraseDialog(self._vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(
            lambda: self.statusBar().showMessage(self.tr("The passphrase was changed."))
        )
        dialog.open()
        return dialog

    def _request_erase(self) -> None:
        if self._vault is not None and EraseVault.ask(self):
            self.erase_requested.emit()

    def show_limits(self) -> None:
        Notice.show(
            self,
            limits.what_it_protects(),
            detail="\n\n".join(limits.what_it_cannot_do()),
        )

    def attach(self, vault: Vault) -> None:
        """Show ``vault`` in a window built before it was unlocked. The
        session builds the window while the key is being derived, so only
        this (the first page) remains once the passphrase is accepted."""
        self._vault = vault
        self.editor.attach(vault)
        self.journal.attach(vault)
        self.plans.attach(vault)
        self.log_model.attach(vault)
        self._update_empty_state()
        QTimer.singleShot(0, self._offer_draft)  # once the window is on screen

    def _offer_draft(self) -> None:
        """After a crash or a lost save, offer back the log being written."""
        vault = self._vault
        if vault is None or vault.is_locked:
            return
        try:
            draft = vault.drafts.get(DRAFT_SLOT)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.info.setText(describe(exc))
            return
        if draft is None:
            return
        when = format_moment(draft.saved_at)
        if RestoreDraft.ask(self, saved_at=when):
            if self._vault is vault:  # not locked while the question was open
                self.editor.restore_draft(draft)
                self.activateWindow()
                self.editor.body.setFocus()  # go on writing, or Ctrl+S
        elif self._vault is vault:
            vault.drafts.discard(DRAFT_SLOT)

    # -- lock and close ------------------------------------------------------------------------
    def prepare_to_lock(self) -> bool:
        """Save an edit in progress if possible (best effort: locking wins).
        False when an edit could not be saved and will be lost."""
        if self._vault is not None and not self._vault.is_locked:
            # If the log itself cannot be saved, its draft still can be
            # (e.g. a field the record refuses): offered at the next unlock.
            journal_saved = self.journal.editor.save_if_dirty() or self.journal.editor.save_draft()
            return (self.editor.save_if_dirty() or self.editor.save_draft()) and journal_saved
        return True

    def wipe(self) -> None:
        """Forget the vault and empty every model and field."""
        self._closing_for_lock = True
        self._search_timer.stop()
        self._search_generation += 1
        self._vault = None
        for child in self.findChildren(QDialog):
            wipe = getattr(child, "wipe", None)
            if callable(wipe):
                wipe()
            child.close()
        self.editor.wipe()
        from fieldsafe.core.privacy import clear_cache

        clear_cache()  # the compiled pattern holds the code book's watch words
        QPixmapCache.clear()  # icons drawn from attachment thumbnails
        self.today_view.wipe()
        self.journal.wipe()
        self.plans.wipe()
        self._hide_debrief_offer()
        self.filters.wipe()
        self.log_model.forget()
        self.results_model.clear()
        self.search.setText("")
        self.search_journal.setChecked(False)
        self.info.setText("")
        self.statusBar().clearMessage()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._closing_for_lock and self._vault is not None and not self._close_warned:
            if not self.editor.save_if_dirty():
                self._close_warned = True
                self.statusBar().showMessage(
                    self.tr(
                        "Your edit could not be saved (see the message below it). Close again to discard it."
                    )
                )
                event.ignore()
                return
        super().closeEvent(event)
