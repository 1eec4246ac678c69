"""The middle column of the logs section: the search row, the filters panel
and one list that shows the outreach logs, the search results or Today.

:class:`LogListPanel` owns these widgets and their models; the main window
answers its signals (open a log, open a journal entry, show the logs
section) and keeps the editor beside it in step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock
from fieldsafe.core.records import RecordFilter
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.text_fit import width_for
from fieldsafe.ui.logs.model import OutreachLogModel
from fieldsafe.ui.shell.search_results import HighlightDelegate, SearchResultsModel
from fieldsafe.ui.shell.today import FilterBar, TodayView
from fieldsafe.vault import SEARCH_LIMIT, SEARCH_WINDOW, SearchHit, Vault

SEARCH_DELAY_MS = 250
#: the pages of :attr:`LogListPanel.lists`
LIST_PAGE, RESULTS_PAGE, TODAY_PAGE = 0, 1, 2
#: how the search row is laid out (see :meth:`LogListPanel._place_search`)
ONE_ROW, FILTERS_BELOW, STACKED = "one row", "filters below", "stacked"


def _t(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class LogListPanel(QWidget):
    """Search, filters and the list of logs, search results or Today."""

    #: the person moved to another row of the logs list (a log id)
    log_chosen = Signal(str)
    #: a search result was chosen: its id and its kind
    result_chosen = Signal(str, str)
    #: the logs list is shown again (the window selects its section)
    list_shown = Signal()
    #: a short message for the status bar
    notice = Signal(str)

    def __init__(
        self,
        vault: Vault | None,
        *,
        clock: Clock,
        new_log_action: QAction,
        may_search_journal: Callable[[], bool],
        count_text: Callable[[int], str],
        parent: QWidget,
    ) -> None:
        """``count_text(n)`` words "n results" (a plural, translated in the
        window's own ``tr()``, where the translation tools find plurals)."""
        super().__init__(parent)
        self._vault = vault
        self._clock = clock
        self._new_log_action = new_log_action
        self._may_search_journal = may_search_journal
        self._count_text = count_text
        self._syncing = False
        self._search_generation = 0
        self._searched = False
        self._build_search()
        self._build_log_view()
        self._build_other_lists()
        self._lay_out()
        self._connect()

    # -- construction -------------------------------------------------------------
    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setAccessibleName(_t("Search"))
        self.search.setPlaceholderText(_t("Search all records"))
        self.search.setClearButtonEnabled(True)
        self.search_label = QLabel(_t("Sear&ch:"), self)
        self.search_label.setBuddy(self.search)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)

    def _build_log_view(self) -> None:
        self.log_model = OutreachLogModel(self._vault, self)
        self.log_view = QTableView(self)
        self.log_view.setAccessibleName(_t("Outreach logs"))
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
        metrics = QFontMetrics(self.font())
        rows.setDefaultSectionSize(metrics.height() + metrics.descent() * 2 + 4)
        header = self.log_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        sample = format_moment(datetime(2026, 12, 28, 23, 58, tzinfo=UTC))
        header.resizeSection(0, metrics.horizontalAdvance(sample + "MMMM"))
        header.setStretchLastSection(True)

    def _build_other_lists(self) -> None:
        self.results_model = SearchResultsModel(self)
        self.results_view = QListView(self)
        self.results_view.setAccessibleName(_t("Search results"))
        self.results_view.setModel(self.results_model)
        self.results_view.setItemDelegate(HighlightDelegate(self.results_view))
        self.results_view.setWordWrap(True)
        self.results_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.today_view = TodayView(self)
        self.filters = FilterBar(self)
        self.filters._today = self._today
        self.filters.hide()
        self.filter_button = QPushButton(_t("&Filters"), self)
        self.filter_button.setAccessibleName(_t("Filters"))
        self.filter_button.setCheckable(True)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.log_view)
        self.lists.addWidget(self.results_view)
        self.lists.addWidget(self.today_view)
        # The journal is searched only when the person asks, each time.
        self.search_journal = QCheckBox(_t("Include my journal"), self)
        self.search_journal.setAccessibleName(_t("Include my journal in this search"))

    def _lay_out(self) -> None:
        self.search_row = QGridLayout()
        self._search_rows = ""
        self._place_search(ONE_ROW)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.search_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.info)
        layout.addWidget(self.lists, 1)

    def _place_search(self, rows: str) -> None:
        """The search label, field and Filters on one row, *Include my
        journal* below (:data:`ONE_ROW`). Where the field would be too narrow
        there for its placeholder (a longer language, large text, a narrow
        column), Filters moves down beside *Include my journal*
        (:data:`FILTERS_BELOW`: no taller, so the list keeps its height);
        where even that is too narrow, the label and Filters stand above a
        field as wide as the column (:data:`STACKED`)."""
        if rows == self._search_rows:
            return
        self._search_rows = rows
        grid = self.search_row
        for widget in (self.search_label, self.search, self.filter_button, self.search_journal):
            grid.removeWidget(widget)
        grid.addWidget(self.search_label, 0, 0)
        if rows == ONE_ROW:
            grid.addWidget(self.search, 0, 1)
            grid.addWidget(self.filter_button, 0, 2)
            grid.addWidget(self.search_journal, 1, 0, 1, 3)
        elif rows == FILTERS_BELOW:  # in the Tab order's order: Filters, then the box
            grid.addWidget(self.search, 0, 1, 1, 2)
            grid.addWidget(self.filter_button, 1, 0)
            grid.addWidget(self.search_journal, 1, 1, 1, 2)
        else:
            grid.addWidget(self.filter_button, 0, 2)
            grid.addWidget(self.search, 1, 0, 1, 3)
            grid.addWidget(self.search_journal, 2, 0, 1, 3)
        grid.setColumnStretch(1, 1)

    def search_rows_for(self, width: int) -> str:
        """How the search row is laid out in a column ``width`` wide (it
        depends only on the width and the words, so it never flips back and
        forth)."""
        spacing = self.search_row.horizontalSpacing()
        if spacing < 0:
            spacing = self.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        label = self.search_label.sizeHint().width() + spacing
        filters = self.filter_button.sizeHint().width() + spacing
        field = width_for(self.search)
        if label + field + filters <= width:
            return ONE_ROW
        if label + field <= width and filters + self.search_journal.sizeHint().width() <= width:
            return FILTERS_BELOW
        return STACKED

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._place_search(self.search_rows_for(event.size().width()))
        super().resizeEvent(event)

    def _connect(self) -> None:
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.log_model.load_failed.connect(lambda exc: self.info.setText(describe(exc)))
        self.log_view.selectionModel().currentRowChanged.connect(self._log_row_changed)
        self.log_model.modelReset.connect(self.update_empty_state)
        self.log_model.rowsInserted.connect(self.update_empty_state)
        self.results_view.selectionModel().currentRowChanged.connect(self._result_row_changed)
        self.filters.changed.connect(self._filter_changed)
        self.filter_button.toggled.connect(self._toggle_filters)
        self.search_journal.toggled.connect(
            lambda: self._search_timer.start() if self.search.text().strip() else None
        )

    def _today(self) -> date:
        return self._clock.now().astimezone().date()

    # -- the vault ---------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self._vault = vault
        self.log_model.attach(vault)
        self.update_empty_state()

    def stop(self) -> None:
        """The vault is being locked: no search runs or shows any more."""
        self._search_timer.stop()
        self._search_generation += 1
        self._vault = None

    def wipe(self) -> None:
        """Empty every model and field."""
        self.today_view.wipe()
        self.filters.wipe()
        self.log_model.forget()
        self.results_model.clear()
        self.search.setText("")
        self.search_journal.setChecked(False)
        self.info.setText("")

    # -- pages -------------------------------------------------------------------------
    @property
    def showing_today(self) -> bool:
        return self.lists.currentIndex() == TODAY_PAGE

    def search_tab_chain(self) -> list[QWidget]:
        """The search row, its journal box and the filters, as Tab visits
        them (before the list; never inside the log form)."""
        return [self.search, self.filter_button, self.search_journal, *self.filters.tab_chain()]

    @property
    def showing_results(self) -> bool:
        return self.lists.currentIndex() == RESULTS_PAGE

    def show_list(self) -> None:
        self.results_model.clear()
        self.lists.setCurrentIndex(LIST_PAGE)
        self.list_shown.emit()
        self.update_empty_state()

    def show_today(self) -> None:
        """Follow-ups due, paper to destroy, logs to review."""
        self.search.blockSignals(True)
        self.search.setText("")
        self.search.blockSignals(False)
        self.results_model.clear()
        self.today_view.refresh(self._vault, self._today())
        self.lists.setCurrentIndex(TODAY_PAGE)
        self.info.hide()
        self.today_view.tree.setFocus()

    def refresh_today(self) -> None:
        if self.showing_today:
            self.today_view.refresh(self._vault, self._today())

    def update_empty_state(self) -> None:
        if self.lists.currentIndex() in (RESULTS_PAGE, TODAY_PAGE):
            return
        empty = self.log_model.rowCount() == 0 and self._vault is not None
        if empty and self.log_model.filtered:
            self.info.setText(_t("No logs match these filters."))
            self.info.show()
        else:  # no logs at all: the window's empty state teaches the first one
            self.info.setText("")
            self.info.hide()

    # -- the logs list -------------------------------------------------------------------
    def _log_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        log_id = self.log_model.log_id(current.row())
        if log_id is not None:
            self.log_chosen.emit(log_id)

    def select_log_row(self, log_id: str | None) -> None:
        """Make ``log_id`` the current row (none: no selection), quietly."""
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

    def reload(self, keep: str | None = None) -> None:
        """Reload the list. With ``keep``, load as far as the list was
        before, so an older log stays in view and selected (keyboard users
        keep their place); without, select nothing."""
        loaded = self.log_model.rowCount()
        self.log_model.reload()
        while (
            keep is not None
            and self.log_model.rowCount() < loaded
            and self.log_model.row_of(keep) is None
            and self.log_model.canFetchMore()
        ):
            self.log_model.fetchMore()
        self.select_log_row(keep)

    def selected_log_ids(self) -> list[str]:
        """The ids of the rows selected in the list."""
        rows = sorted({index.row() for index in self.log_view.selectionModel().selectedRows()})
        ids: list[str] = [i for i in (self.log_model.log_id(r) for r in rows) if i is not None]
        return ids

    # -- filters ---------------------------------------------------------------------------
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
        if self.lists.currentIndex() != LIST_PAGE:
            self.search.setText("")
            self.show_list()
        self.update_empty_state()

    # -- search ------------------------------------------------------------------------------
    def search_again(self) -> None:
        """After a change to the records: the search on screen runs again."""
        if self.search.text().strip():
            self._search_timer.start()

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
            if self.lists.currentIndex() == RESULTS_PAGE:
                self.show_list()
            return
        self._searched = True
        private = self.search_journal.isChecked()
        if private and not self._may_search_journal():
            # A locked journal is searched only once it is opened.
            private = False
            self.notice.emit(_t("Your journal is locked: open it first to include it in a search."))
        ops.run(lambda: vault.search(query, include_private=private), parent=self).on_success(
            lambda hits: self._show_hits(generation, query, hits, private)
        ).on_failure(lambda error: self._search_failed(generation, error))

    def _show_hits(
        self, generation: int, query: str, hits: list[SearchHit], private: bool = False
    ) -> None:
        if generation != self._search_generation or self._vault is None:
            return  # a newer search is on its way, or the vault was locked
        vault = self._vault
        more = (
            (lambda offset: vault.search(query, offset=offset, include_private=private))
            if len(hits) >= SEARCH_LIMIT
            else None
        )
        self.results_model.set_hits(hits, more)
        self.lists.setCurrentIndex(RESULTS_PAGE)
        if hits and getattr(hits, "window_full", False):
            self.info.setText(
                self.tr(
                    "Best matches among the %n most recent records that match. "
                    "Add a word to find older ones.",
                    "",
                    SEARCH_WINDOW,
                )
            )
        elif len(hits) >= SEARCH_LIMIT:
            self.info.setText(_t("The best matches first; more appear as you scroll."))
        elif hits:
            self.info.setText(self._count_text(len(hits)))
        else:
            self.info.setText(_t("Nothing found. Try fewer or shorter words."))
        self.info.show()

    def _search_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._search_generation:
            self.info.setText(describe(error))
            self.info.show()

    def _result_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        hit_id = self.results_model.hit_id(current.row())
        if hit_id is not None:
            self.result_chosen.emit(hit_id, self.results_model.hit_kind(current.row()) or "")
