"""The main window: the sections, the logs list (:mod:`.log_list`) beside
the log editor, the journal and the meeting plans.

It receives an unlocked :class:`Vault` and never holds a connection itself.
Its title is always just "FieldSafe": record titles, names or paths never
reach a window title (docs/security.md, bar 11). On lock, :meth:`wipe` empties every
model and field before the window is closed and deleted, so no record text
stays in a widget (docs/security.md, bar 8). Its actions and menus are built in
:mod:`.menus`; what they open is in :mod:`.log_actions` and :mod:`.vault_actions`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QGuiApplication, QPixmapCache
from PySide6.QtWidgets import (
    QDialog,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.records import DEBRIEF
from fieldsafe.errors import VaultBusy
from fieldsafe.messages import describe
from fieldsafe.ui.journal.view import JournalView
from fieldsafe.ui.logs.editor import LogEditor
from fieldsafe.ui.plans.view import PlansView
from fieldsafe.ui.shell import empty_states, log_actions, vault_actions, window_layout
from fieldsafe.ui.shell.change_passphrase import ChangePassphraseDialog
from fieldsafe.ui.shell.debrief_bar import DebriefBar
from fieldsafe.ui.shell.log_list import TODAY_PAGE, LogListPanel
from fieldsafe.ui.shell.menus import build_actions, build_menus
from fieldsafe.ui.shell.safety_sections import SafetySections
from fieldsafe.ui.shell.sidebar import SectionsSidebar
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.shell.main_window")

_TODAY_PAGE = TODAY_PAGE  # still importable from here; the pages are log_list's
# seconds the GUI thread waits for a vault held by another program, per save or draft at lock
LOCK_PATIENCE = 0.4

_SECTION_LOGS, _SECTION_TODAY, _SECTION_JOURNAL, _SECTION_PLANS = 0, 1, 2, 3


class MainWindow(QMainWindow):
    """Emits :attr:`lock_requested` when the person asks to lock (Ctrl+L)."""

    lock_requested = Signal()
    panic_requested = Signal()
    erase_requested = Signal()

    # built by menus.build_actions
    new_log_action: QAction
    save_action: QAction
    history_action: QAction
    print_action: QAction
    pdf_action: QAction
    code_book_action: QAction
    today_action: QAction
    backup_action: QAction
    change_passphrase_action: QAction
    lock_action: QAction
    panic_action: QAction
    quit_action: QAction
    limits_action: QAction
    erase_action: QAction
    toolbar: QToolBar
    sections: SectionsSidebar

    def __init__(
        self, vault: Vault | None, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._clock = clock or SystemClock()
        self._plan_for_new_log: str | None = None
        self._close_warned = False
        self._closing_for_lock = False
        self._unkept: list[QWidget] = []
        self.setWindowTitle(self.tr("FieldSafe"))

        build_actions(self)
        self.toolbar = build_menus(self)
        window_layout.show_icons(self)
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

    @property
    def vault(self) -> Vault | None:
        """The open vault; None before :meth:`attach` and after :meth:`wipe`."""
        return self._vault

    # -- construction -------------------------------------------------------------
    def _build_central(self) -> None:
        self.sections = window_layout.build_sections(self)
        self.panel = LogListPanel(
            self._vault,
            clock=self._clock,
            new_log_action=self.new_log_action,
            may_search_journal=lambda: self.journal.may_search(),
            count_text=lambda count: self.tr("%n result(s)", "", count),
            parent=self,
        )
        self._expose_panel()
        self.panel.log_chosen.connect(self._log_chosen)
        self.panel.result_chosen.connect(self._result_chosen)
        self.panel.list_shown.connect(lambda: self._select_section(_SECTION_LOGS))
        self.panel.notice.connect(self.statusBar().showMessage)
        self.today_view.open_requested.connect(self.open_log)
        self.today_view.debrief_requested.connect(self.debrief)
        self._build_editor()
        self._build_work()
        self.debrief_bar = DebriefBar(self)
        self.debrief_bar.now_requested.connect(self.debrief)
        self.debrief_bar.later_requested.connect(self._remind_to_debrief)
        self.empty_logs = empty_states.first_log(self)
        self.empty_plans = empty_states.first_plan(self)
        self.plans.list.model().modelReset.connect(self._refresh_counts)
        window_layout.lay_out(self)

    def _expose_panel(self) -> None:
        """The panel's widgets and models, by the names the window always had."""
        panel = self.panel
        self.search, self.search_journal, self.info = panel.search, panel.search_journal, panel.info
        self.filters, self.filter_button = panel.filters, panel.filter_button
        self.log_model, self.log_view = panel.log_model, panel.log_view
        self.results_model, self.results_view = panel.results_model, panel.results_view
        self.today_view, self.lists = panel.today_view, panel.lists

    def _build_editor(self) -> None:
        self.editor = LogEditor(self._vault, clock=self._clock, parent=self)  # type: ignore[arg-type]
        self.editor.saved.connect(self._log_saved)
        self.editor.deleted.connect(self._log_deleted)
        self.editor.code_book_requested.connect(self.show_code_book)
        self.editor.notice.connect(self.statusBar().showMessage)
        self.editor.history_requested.connect(lambda _id: self.show_history())
        self.editor.created.connect(self._link_plan)
        self.editor.created.connect(self.offer_debrief)

    def _build_work(self) -> None:
        """The logs (list and editor side by side), the journal and the plans."""
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        work_split = QSplitter(Qt.Orientation.Horizontal, self)
        work_split.setChildrenCollapsible(False)
        work_split.addWidget(self.panel)
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
        self.safety = SafetySections(self, self.work, clock=self._clock)  # incidents, risks
        window_layout.size_by_the_shown_section(self.work)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.sections)
        splitter.addWidget(self.work)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.sections.minimumWidth(), em * 80])
        self.splitter = splitter

    def request_lock(self) -> None:
        self.lock_requested.emit()

    # -- logs ------------------------------------------------------------------------
    def new_log(self) -> None:
        """Ctrl+N: save any edit in progress, then start a new log."""
        if self._vault is None or not self._leave_journal():
            return
        if self.panel.showing_today or self.sections.currentRow() != _SECTION_LOGS:
            self.panel.show_list()
        if not self.editor.new_log():
            return
        self.panel.select_log_row(None)
        self.editor.start_writing()

    def open_log(self, log_id: str) -> bool:
        if not self._leave_journal():
            return False
        if not self.editor.open_log(log_id):
            return False
        self.panel.select_log_row(log_id)
        return True

    def save_current(self) -> None:
        """Ctrl+S saves what is on screen: the journal entry in the journal."""
        if self.safety.save_current():  # the risk assessment in its section
            return
        if self.work.currentWidget() is self.journal:
            if self.journal.is_open:
                self.journal.editor.save()
            return
        self.editor.save()

    def _log_chosen(self, log_id: str) -> None:
        if not self.editor.open_log(log_id):
            self.panel.select_log_row(self.editor.log_id)  # stay with the unsaved edit

    def _result_chosen(self, record_id: str, kind: str) -> None:
        if kind == DEBRIEF.name:
            if self.show_journal() is not None:
                if self.journal.is_open:
                    self.journal.open_entry(record_id)
                else:
                    self.journal.pending_entry = record_id  # once the passphrase is given
            return
        self.open_log(record_id)

    def _log_saved(self, log_id: str) -> None:
        self._close_warned = False  # a later failed save warns again
        self.panel.reload(keep=log_id)
        self.panel.search_again()
        self.panel.refresh_today()
        self._refresh_counts()

    def _log_deleted(self, log_id: str) -> None:
        if self.debrief_bar.log_id == log_id:
            self.debrief_bar.withdraw()
        self.panel.reload()
        self.panel.search_again()
        self.panel.refresh_today()
        self._refresh_counts()

    # -- sections ----------------------------------------------------------------------
    def _section_chosen(self) -> None:
        """A section chosen in the sidebar is shown; the keyboard stays in the
        sidebar if it was there (arrowing past the locked journal never lands
        in its passphrase field). Enter moves it into the section."""
        browsing = self.sections.hasFocus()
        self._show_chosen_section()
        if browsing and not self.sections.hasFocus():
            self.sections.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_chosen_section(self) -> None:
        row = self.sections.currentRow()
        if row == _SECTION_JOURNAL:
            self.show_journal()
            return
        if not self._leave_journal() or self.safety.show_row(row):
            return
        if row == _SECTION_PLANS:
            self.show_plans()
            return
        self.search.setText("")
        if row == _SECTION_TODAY:
            self.show_today()
        else:
            self.panel.show_list()

    def _section_clicked(self, item: QListWidgetItem) -> None:
        if self.sections.row(item) == _SECTION_LOGS:
            self._section_chosen()

    def _refresh_counts(self) -> None:
        """The sidebar's counts (follow-ups due, plans today), counted again."""
        self.sections.refresh_counts(self._vault, lambda: self._clock.now().astimezone().date())

    def _select_section(self, row: int) -> None:
        self.sections.blockSignals(True)
        self.sections.setCurrentRow(row)
        self.sections.blockSignals(False)

    def _leave_journal(self) -> bool:
        """Back to the logs: the journal saves its edit and locks again
        (if its lock is on). False when the edit could not be saved."""
        if not self.safety.leave():  # from Incidents or Risk assessments
            return False
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

    def show_today(self) -> None:
        """Ctrl+T: follow-ups due, paper to destroy, logs to review."""
        if not self._leave_journal():
            return
        self._select_section(_SECTION_TODAY)
        self.work.setCurrentIndex(0)
        self.panel.show_today()
        self._refresh_counts()

    def show_plans(self) -> PlansView | None:
        """Meeting plans for pairs."""
        if self._vault is None or not self._leave_journal() or not self.editor.save_if_dirty():
            return None
        self._select_section(_SECTION_PLANS)
        self.work.setCurrentWidget(self.plans)
        self.plans.reload()
        return self.plans

    def _meeting_done(self, plan_id: str, fields: dict[str, Any]) -> None:
        """A planned meeting took place: a new log, prefilled from the plan."""
        self.panel.show_list()
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

    def show_journal(self) -> JournalView | None:
        """The person's own debrief journal (its lock asks first, if on)."""
        if not self.safety.leave():
            return None
        if self._vault is None or not self.editor.save_if_dirty():
            self._select_section(_SECTION_LOGS)
            return None
        self._select_section(_SECTION_JOURNAL)
        self.work.setCurrentWidget(self.journal)
        self.journal.enter()
        return self.journal

    # -- debrief -------------------------------------------------------------------------
    def offer_debrief(self, log_id: str) -> None:
        self.debrief_bar.offer(log_id)

    def debrief(self, log_id: str | None) -> bool:
        """Open the journal on a new entry that follows ``log_id``."""
        self.debrief_bar.withdraw()
        if self.show_journal() is None:
            return False
        if not self.journal.is_open:
            self.journal.pending_follows = log_id  # once the journal is unlocked
            return False
        return self.journal.new_entry(follows=log_id)

    def _remind_to_debrief(self, log_id: str | None) -> None:
        if self._vault is None or log_id is None:
            return
        try:
            self._vault.journal.remind(log_id)  # type: ignore[arg-type]
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.statusBar().showMessage(describe(exc))
            return
        self.statusBar().showMessage(self.tr("A reminder to debrief is on the Today view."))
        self.panel.refresh_today()

    # -- log actions (see log_actions) ---------------------------------------------------
    def show_history(self) -> QWidget | None:
        return log_actions.show_history(self)

    def selected_log_ids(self) -> list[str]:
        return log_actions.selected_log_ids(self)

    def print_logs(self, *, to_pdf: bool) -> bool:
        return log_actions.print_logs(self, to_pdf=to_pdf)

    def show_code_book(self) -> QWidget | None:
        return log_actions.show_code_book(self)

    # -- vault actions (see vault_actions) --------------------------------------------------
    def back_up(self) -> None:
        vault_actions.back_up(self)

    def change_passphrase(self) -> ChangePassphraseDialog | None:
        return vault_actions.change_passphrase(self)

    def request_erase(self) -> None:
        if vault_actions.ask_to_erase(self):
            self.erase_requested.emit()

    def show_limits(self) -> None:
        vault_actions.show_limits(self)

    def attach(self, vault: Vault) -> None:
        """Show ``vault`` in a window built before it was unlocked. The
        session builds the window while the key is being derived, so only
        this (the first page) remains once the passphrase is accepted."""
        self._vault = vault
        self.panel.attach(vault)  # first: what follows reads on workers, holding the vault
        self.editor.attach(vault)
        self.journal.attach(vault)
        self.plans.attach(vault)
        self.safety.attach(vault)
        self.empty_plans.update_shown()
        QTimer.singleShot(1, self._attached)  # once the window is on screen (0 would come first)

    def _attached(self) -> None:
        log_actions.offer_draft(self)  # before the counts, whose read can hold the vault a while
        self._refresh_counts()

    # -- lock and close ------------------------------------------------------------------------
    def prepare_to_lock(self) -> bool:
        """Save an edit in progress if possible, else keep it as a draft.
        False when an edit could be neither (:meth:`unkept_text` holds it).
        Each attempt waits at most :data:`LOCK_PATIENCE` seconds for a vault
        another program holds, so the GUI thread answers at once."""
        self._unkept = []
        vault = self._vault
        if vault is None or vault.is_locked:
            return True

        def attempt(call: Callable[[], bool]) -> bool:
            try:
                with vault.patience(LOCK_PATIENCE):
                    return call()
            except VaultBusy:  # another thread holds the connection longer
                return False

        # If the log itself cannot be saved, its draft still can be
        # (e.g. a field the record refuses): offered at the next unlock.
        for editor in (self.journal.editor, self.editor):
            if not (attempt(editor.save_if_dirty) or attempt(editor.save_draft)):
                self._unkept.append(editor)
        return self.safety.prepare_to_lock(attempt) and not self._unkept

    def unkept_text(self) -> str:
        """The plain text of the edits :meth:`prepare_to_lock` could not
        keep, for the person to copy before locking."""
        parts: list[str] = []
        journal = self.journal.editor
        if self.editor in self._unkept:
            parts += [text for _widget, text in self.editor._texts()]
        if journal in self._unkept:
            parts += [journal.checkin_note.text(), journal.body.toPlainText()]
            parts += [field.toPlainText() for _prompt, field in journal._answers]
        parts += self.safety.unkept_texts()
        return "\n\n".join(p.strip() for p in parts if p.strip())

    def wipe(self) -> None:
        """Forget the vault and empty every model and field."""
        self._closing_for_lock = True
        self.panel.stop()
        self._vault = None
        self._unkept = []
        for child in self.findChildren(QDialog):
            wipe = getattr(child, "wipe", None)
            if callable(wipe):
                wipe()
            child.close()
        self.editor.wipe()
        from fieldsafe.core.privacy import clear_cache

        clear_cache()  # the compiled pattern holds the code book's watch words
        QPixmapCache.clear()  # icons drawn from attachment thumbnails
        self.journal.wipe()
        self.plans.wipe()
        self.safety.wipe()
        self.debrief_bar.withdraw()
        self.panel.wipe()
        self.sections.clear_counts()
        self.empty_logs.update_shown()
        self.empty_plans.update_shown()
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
