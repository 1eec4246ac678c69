"""The safety loop in the main window: the Incidents and Risk assessments
sections, "Something happened" from wherever the person is, and check-ins
that act.

:class:`SafetySections` is built by the main window with its work area and
holds what the loop adds to it, so ``main_window.py`` only calls in:

* the two sections (:class:`~fieldsafe.ui.incidents.section.IncidentsSection`,
  :class:`~fieldsafe.ui.risk.risk_view.RiskAssessmentsView`) as pages of the
  window's work area, shown from the sidebar (Ctrl+5, Ctrl+6);
* "Something happened" (:func:`~fieldsafe.ui.incidents.incident_form_dialog.open_incident_form`):
  Ctrl+I from anywhere (prefilled from the log on screen when it is saved),
  the log editor's *Register as an incident* (the log saved first, its
  safety observations passed on), a plan's *Something happened at this
  meeting*, the Incidents section's button; once a new incident is saved,
  the offer to review a risk assessment (:mod:`fieldsafe.ui.incidents.review_offer`);
* the check-in watch (started at unlock, stopped at lock), its notice at the
  top of the window and the tray message when the ``check_in_tray``
  preference is on;
* the team folders' inbox watch (:mod:`fieldsafe.ui.teams.inbox_watch`,
  started at unlock, stopped at lock) and its notice of what arrived
  (:mod:`fieldsafe.ui.teams.arrivals`), placed under the check-in notice;
* what Today's safety rows open (a plan, an incident, an assessment).

At lock, :meth:`prepare_to_lock` keeps the assessment being written as a
draft (saved if no draft can be kept) and every open "Something happened"
and review window's text as drafts; :meth:`wipe` empties the sections and
stops the watch, so no record text stays on screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

from fieldsafe.core.clock import Clock
from fieldsafe.ui.checkins.notice import CheckInNotice
from fieldsafe.ui.checkins.tray import CheckInTray
from fieldsafe.ui.checkins.watch import CheckInWatch
from fieldsafe.ui.incidents.incident_form_dialog import (
    IncidentDialog,
    keep_open_edits,
    open_incident_form,
)
from fieldsafe.ui.incidents.review_offer import offer_review
from fieldsafe.ui.incidents.section import IncidentsSection
from fieldsafe.ui.risk.review_dialog import RiskReviewDialog
from fieldsafe.ui.risk.risk_view import RiskAssessmentsView
from fieldsafe.ui.shell import preferences
from fieldsafe.ui.shell.settings import Settings
from fieldsafe.ui.shell.sidebar import KEY_ROLE
from fieldsafe.ui.teams.arrivals import ArrivalsNotice
from fieldsafe.ui.teams.inbox_watch import TeamInboxWatch
from fieldsafe.vault import Vault

if TYPE_CHECKING:
    from fieldsafe.ui.shell.main_window import MainWindow

log = logging.getLogger("fieldsafe.ui.shell.safety_sections")

#: the sidebar keys of the sections this module adds
INCIDENTS, RISKS = "incidents", "risk_assessments"


class SafetySections(QObject):
    """What the safety loop adds to the main window (see the module's docs)."""

    def __init__(self, window: MainWindow, work: QStackedWidget, *, clock: Clock) -> None:
        super().__init__(window)
        self.window = window
        self._clock = clock
        self._waiting_for_incidents = False  # see _timeline_when_loaded
        self.incidents = IncidentsSection(clock=clock, parent=window)
        self.risks = RiskAssessmentsView(clock=clock, parent=window)
        work.addWidget(self.incidents)
        work.addWidget(self.risks)
        self.watch = CheckInWatch(clock=clock, parent=self)
        self.notice = CheckInNotice(self.watch, window, vault=lambda: self._vault)
        self.notice_area = self._notice_area(self.notice)
        self.tray = CheckInTray(self.watch, parent=self)
        self.inbox = TeamInboxWatch(parent=self)  # the team folders (issue 16)
        self.arrivals = ArrivalsNotice(self.inbox, window, vault=lambda: self._vault)
        #: the texts of "Something happened" and review windows that could not be kept at lock
        self.unkept: list[str] = []
        self._connect()

    def _notice_area(self, notice: CheckInNotice) -> QScrollArea:
        """The notice above the work, in a scroll area at most half the
        screen tall: at large text sizes it must not push the window off a
        small screen; its words scroll inside it, its buttons stay in view
        (ui/checkins/notice.py). Shown with it."""
        area = QScrollArea(self.window)
        area.setWidget(notice)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            area.setMaximumHeight(screen.availableGeometry().height() // 2)
        area.hide()
        notice.shown_changed.connect(area.setVisible)  # a check-in passed, or "Tell …" after it
        return area

    def _connect(self) -> None:
        window = self.window
        self.incidents.incident_chosen.connect(self.open_incident)
        self.incidents.new_incident_requested.connect(lambda: self.open_form())
        self.risks.changed.connect(self.changed)
        self.incidents.changed.connect(self.changed)  # deleted or received there
        self.notice.open_plan_requested.connect(self.open_plan)
        self.watch.marked.connect(lambda _plan_id: self.changed())
        self.inbox.records_arrived.connect(self._records_arrived)
        self.tray.activated.connect(self._bring_forward)
        preferences.changes().saved.connect(self._preferences_saved)
        window.editor.incident_button.clicked.connect(self.register_from_log)
        window.plans.incident_requested.connect(self.register_from_plan)
        today = window.today_view
        today.set_clock(self._clock)
        today.plan_requested.connect(self.open_plan)
        today.incident_requested.connect(self.open_incident)
        today.assessment_requested.connect(self.open_assessment)

    @property
    def _vault(self) -> Vault | None:
        vault = self.window.vault
        return vault if vault is not None and not vault.is_locked else None

    # -- the vault --------------------------------------------------------------------
    def attach(self, vault: Vault) -> None:
        self.incidents.attach(vault)
        self.risks.attach(vault)
        self.watch.attach(vault)
        self.inbox.attach(vault)

    def prepare_to_lock(self, attempt: Callable[[Callable[[], bool]], bool]) -> bool:
        """Keep what is being written: the assessment as a draft (else saved),
        every "Something happened" and review window as drafts. False when
        some text could be neither (:meth:`unkept_texts` holds it)."""
        self.inbox.stop_sync()
        editor = self.risks.editor
        self.unkept = keep_open_edits(self.window)
        if not (attempt(editor.save_draft) or attempt(editor.save_if_dirty)):
            self.unkept += editor.form.texts()
        return not self.unkept

    def unkept_texts(self) -> list[str]:
        """The text of what :meth:`prepare_to_lock` could not keep."""
        return list(self.unkept)

    def wipe(self) -> None:
        """Stop watching check-ins and forget every record shown (at lock)."""
        self.watch.detach()
        self.inbox.detach()
        self.arrivals.wipe()
        self.notice.wipe()
        self.notice_area.hide()
        self.incidents.wipe()
        self.risks.wipe()
        self.unkept = []

    # -- the sections -----------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        return {INCIDENTS: self.incidents, RISKS: self.risks}.get(key)

    def show_row(self, row: int) -> bool:
        """The sidebar chose ``row``: show it if it is one of these sections."""
        item = self.window.sections.item(row)
        key = item.data(KEY_ROLE) if item is not None else None
        if key is None or self.page(key) is None:
            return False
        self.show(key)
        return True

    def show(self, key: str) -> QWidget | None:
        """Show section ``key`` (an edit in progress elsewhere is saved first)."""
        window = self.window
        page = self.page(key)
        if page is None or self._vault is None or not window._leave_journal():
            return None
        if not window.editor.save_if_dirty():
            window._select_section(window.sections.row_of("logs"))
            return None
        window._select_section(window.sections.row_of(key))
        window.work.setCurrentWidget(page)
        if page is self.risks:
            self.risks.enter()
        else:
            self.incidents.reload()
        return page

    def focus_target(self, key: str) -> QWidget:
        """Where the keyboard goes in section ``key`` (Enter in the sidebar,
        Ctrl+5, Ctrl+6): the timeline or the list, or the button that
        starts the first record while there is none."""
        if key == INCIDENTS:
            incidents = self.incidents
            if incidents.list.topLevelItemCount():
                return incidents.timeline
            if incidents.loading:  # a new incident may be on its way: look again then
                self._timeline_when_loaded()
            return incidents.new_button
        return self.risks.list if self.risks.list.count() else self.risks.template_button

    def _timeline_when_loaded(self) -> None:
        """Once the incidents being read are shown, the keyboard moves from
        "Register an incident" to the timeline, if it is still there and
        there are incidents now."""
        incidents = self.incidents
        if self._waiting_for_incidents:
            return
        self._waiting_for_incidents = True

        def then() -> None:
            incidents.loaded.disconnect(then)
            self._waiting_for_incidents = False
            if incidents.new_button.hasFocus() and incidents.list.topLevelItemCount():
                incidents.timeline.setFocus(Qt.FocusReason.OtherFocusReason)

        incidents.loaded.connect(then)

    def leave(self) -> bool:
        """Before another section is shown: the assessment being written is
        saved (False, and it stays on screen, if it cannot be)."""
        window = self.window
        current = window.work.currentWidget()
        if current is self.risks and not self.risks.leave():
            window._select_section(window.sections.row_of(RISKS))
            return False
        if current in (self.risks, self.incidents):
            window.work.setCurrentIndex(0)
        return True

    def save_current(self) -> bool:
        """Ctrl+S in these sections: the assessment on screen is saved.
        False when another section is shown (the window saves its own)."""
        current = self.window.work.currentWidget()
        if current is self.risks:
            self.risks.editor.save()
        return current in (self.risks, self.incidents)

    def open_assessment(self, assessment_id: str) -> bool:
        return self.show(RISKS) is not None and self.risks.open_assessment(assessment_id)

    def open_plan(self, plan_id: str) -> None:
        plans = self.window.show_plans()
        if plans is not None:
            plans.reload(select=plan_id)

    # -- "Something happened" ------------------------------------------------------------
    def open_form(
        self,
        *,
        log_id: str | None = None,
        plan_id: str | None = None,
        observation: str | None = None,
    ) -> IncidentDialog | None:
        vault = self._vault
        if vault is None:
            return None
        dialog = open_incident_form(
            self.window,
            vault,
            log_id=log_id,
            plan_id=plan_id,
            observation=observation,
            clock=self._clock,
        )
        self._follow(dialog)
        return dialog

    def something_happened(self) -> IncidentDialog | None:
        """Ctrl+I: a new incident, prefilled from the log on screen if it is
        saved (an edit in progress is saved first)."""
        editor = self.window.editor
        if self._vault is None:
            return None
        log_id = None
        if editor.isVisible() and editor.log_id is not None:
            if editor.dirty:
                editor.save()  # if it cannot be saved, the stored log still tells
            log_id = editor.log_id
        return self.open_form(log_id=log_id)

    def register_from_log(self) -> IncidentDialog | None:
        """*Register as an incident* beside the log's safety observations:
        the log is saved first (its message says why when it cannot be)."""
        editor = self.window.editor
        if self._vault is None:
            return None
        if editor.log_id is None and not editor._has_content():
            return self.open_form()
        if (editor.log_id is None or editor.dirty) and not editor.save():
            return None
        observation = editor.safety.toPlainText().strip() or None
        return self.open_form(log_id=editor.log_id, observation=observation)

    def register_from_plan(self, plan_id: str) -> IncidentDialog | None:
        return self.open_form(plan_id=plan_id)

    def open_incident(self, incident_id: str) -> IncidentDialog | None:
        vault = self._vault
        if vault is None:
            return None
        dialog = open_incident_form(self.window, vault, incident_id=incident_id, clock=self._clock)
        self._follow(dialog)
        return dialog

    def _follow(self, dialog: IncidentDialog) -> None:
        """Counts and lists follow each save; a new incident closes its
        window and then the review is offered here, to follow it too."""
        dialog.offer_review = False
        dialog.saved.connect(lambda _id: self.changed())
        dialog.accepted.connect(lambda: self._offer_review_soon(dialog.incident_id))

    def _offer_review_soon(self, incident_id: str | None) -> None:
        if incident_id is not None:
            QTimer.singleShot(0, lambda: self.offer_review(incident_id))

    def offer_review(self, incident_id: str) -> QWidget | None:
        vault = self._vault
        if vault is None:
            return None
        review = offer_review(self.window, vault, incident_id, clock=self._clock)
        if isinstance(review, RiskReviewDialog):
            review.reviewed.connect(lambda _id: self.changed())
        return review

    # -- keeping the window in step ---------------------------------------------------------
    def changed(self) -> None:
        """An incident, an assessment or a check-in changed: the sidebar's
        counts, Today and the sections on screen follow."""
        if self._vault is None:
            return
        window = self.window
        window._refresh_counts()
        window.panel.refresh_today()
        if window.work.currentWidget() is self.incidents:
            self.incidents.reload()
        elif window.work.currentWidget() is self.risks and not self.risks.editor.dirty:
            self.risks.reload()
        elif window.work.currentWidget() is window.plans:
            window.plans.reload()

    def _records_arrived(self, _kinds: list[str]) -> None:
        """Records came from a team folder: as after a save, and a plan's
        check-in may have changed."""
        self.changed()
        self.watch.check_now()

    def _preferences_saved(self, chosen: Settings) -> None:
        self.tray.set_enabled(chosen.check_in_tray)

    def _bring_forward(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
