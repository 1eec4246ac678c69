"""The Incidents section: the timeline, the list and the patterns, with
their filters and the de-identified summary for the organisation.

A standalone widget the main window places in its sidebar::

    section = IncidentsSection(clock=clock, parent=window)
    section.incident_chosen.connect(open_incident)          # an id
    section.new_incident_requested.connect(something_happened)
    section.attach(vault)    # loads, off the GUI thread
    section.reload()         # after an incident was saved or deleted elsewhere
    section.changed.connect(refresh_counts)   # deleted or received here
    section.wipe()           # when the vault locks: nothing of it stays shown

Below the list, what can be done with the incidents chosen in it (one or
several, see :class:`~fieldsafe.ui.incidents.timeline_list.IncidentList`):
*Share…* in one bundle for verified colleagues, *Earlier versions…* of one,
*Delete…* after a calm question (or the Delete key in the list), and
*Receive a bundle…* from a colleague (:mod:`fieldsafe.ui.incidents.actions`).

Everything is read off the GUI thread (``ui.common.ops``): the incidents
the filters leave (``vault.incidents.find``), the areas for the area filter
and the pattern counts (``core.incidents.patterns``, local time). A reload
that is overtaken by a newer one is dropped.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.incidents import IncidentFilter, patterns
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.icons import icon
from fieldsafe.ui.common.theme import spacing
from fieldsafe.ui.common.widgets import tab_widget
from fieldsafe.ui.incidents import actions
from fieldsafe.ui.incidents.filters import IncidentFilters
from fieldsafe.ui.incidents.patterns import IncidentPatterns
from fieldsafe.ui.incidents.summary import save_summary
from fieldsafe.ui.incidents.timeline import IncidentTimeline
from fieldsafe.ui.incidents.timeline_axis import zoom_label
from fieldsafe.ui.incidents.timeline_list import IncidentList
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.incidents.section")


class IncidentsSection(QWidget):
    """The safety lead's view of what happened: timeline, list, patterns."""

    #: open an incident (from the timeline or the list): its id
    incident_chosen = Signal(str)
    #: "Something happened…" was pressed: register a new incident
    new_incident_requested = Signal()
    #: a load finished and the views show its result (tests wait for it)
    loaded = Signal()
    #: incidents were deleted or received here (counts and Today follow)
    changed = Signal()

    def __init__(self, *, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._vault: Vault | None = None
        self._generation = 0
        self._shown_generation = 0  # the read whose result is shown
        self._total = 0
        self._build()
        self._connect()
        self._retranslate()

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.about = QLabel(self)
        self.about.setProperty("role", "hint")
        self.about.setWordWrap(True)
        self.new_button = QPushButton(icon("new"), "", self)
        self.summary_button = QPushButton(icon("pdf"), "", self)
        self.filters = IncidentFilters(self)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()
        self.timeline = IncidentTimeline(self)
        self.list = IncidentList(self)
        self.zoom_out_button = QPushButton("\u2212", self)  # minus sign
        self.zoom_in_button = QPushButton("+", self)
        self.zoom_text = QLabel(self)
        self.keys_hint = QLabel(self)
        self.keys_hint.setProperty("role", "hint")
        self.keys_hint.setWordWrap(True)
        self.patterns = IncidentPatterns(self)
        self.tabs = tab_widget(self)

        timeline_page = QWidget(self.tabs)
        zoom_row = QHBoxLayout()
        zoom_row.addWidget(self.zoom_out_button)
        zoom_row.addWidget(self.zoom_text)
        zoom_row.addWidget(self.zoom_in_button)
        zoom_row.addSpacing(spacing(2))
        zoom_row.addWidget(self.keys_hint, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, timeline_page)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.list)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        page_layout = QVBoxLayout(timeline_page)
        page_layout.addLayout(zoom_row)
        page_layout.addWidget(splitter, 1)
        page_layout.addLayout(self._build_actions())
        self.tabs.addTab(timeline_page, "")
        self.tabs.addTab(self.patterns, "")

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.new_button)
        header.addWidget(self.summary_button)
        body = _Body(self.tabs, self)
        layout = QVBoxLayout(body)
        layout.addLayout(header)
        layout.addWidget(self.about)
        layout.addWidget(self.filters)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        # A safety net for small screens at large text sizes: the section
        # scrolls as a whole rather than squeezing the timeline or the list
        # below their smallest (only then: see _Body).
        self.body_scroll = QScrollArea(self)
        self.body_scroll.setWidget(body)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body_scroll)

    def _build_actions(self) -> QVBoxLayout:
        """The buttons below the list, for the incidents chosen in it, and
        the line that says how it went."""
        self.share_button = QPushButton(icon("share"), "", self)
        self.history_button = QPushButton(icon("history"), "", self)
        self.delete_button = QPushButton(icon("delete"), "", self)
        self.receive_button = QPushButton(icon("receive"), "", self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout()
        for button in (self.share_button, self.history_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.receive_button)
        column = QVBoxLayout()
        column.addLayout(row)
        column.addWidget(self.message)
        return column

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_incident_requested)
        self.summary_button.clicked.connect(self.save_summary)
        self.filters.changed.connect(self.reload)
        self.zoom_in_button.clicked.connect(self.timeline.zoom_in)
        self.zoom_out_button.clicked.connect(self.timeline.zoom_out)
        self.timeline.zoom_changed.connect(self._show_zoom)
        self.timeline.incident_chosen.connect(self.incident_chosen)
        self.timeline.current_changed.connect(self.list.select)
        self.timeline.current_changed.connect(lambda _id: self._update_buttons())
        self.list.current_changed.connect(self.timeline.set_current)
        self.list.incident_chosen.connect(self.incident_chosen)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.delete_requested.connect(self.delete_chosen)
        self.share_button.clicked.connect(self.share_chosen)
        self.history_button.clicked.connect(self.show_history)
        self.delete_button.clicked.connect(self.delete_chosen)
        self.receive_button.clicked.connect(self.receive)
        self._update_buttons()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Incidents"))
        self.about.setText(
            self.tr(
                "Threats and incidents over time, and the patterns in them: where, what "
                "kind, who was involved, what time of day."
            )
        )
        self.new_button.setText(self.tr("Something happened…"))
        self.new_button.setAccessibleName(self.tr("Register an incident"))
        self.summary_button.setText(self.tr("Save summary for the organisation…"))
        self.summary_button.setAccessibleName(self.tr("Save summary for the organisation"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Zoom out (-)"))
        self.keys_hint.setText(
            self.tr(
                "On the timeline: the arrow keys move between incidents, + and - zoom, "
                "Page Up and Page Down move in time, Enter opens."
            )
        )
        self.tabs.setTabText(0, self.tr("Timeline"))
        self.tabs.setTabText(1, self.tr("Patterns"))
        self.tabs.setAccessibleName(self.tr("Timeline and patterns"))
        self.share_button.setText(self.tr("Share…"))
        self.share_button.setAccessibleName(self.tr("Share the incidents chosen"))
        self.share_button.setToolTip(
            self.tr("One bundle for the colleagues you choose. Shift or Ctrl chooses several.")
        )
        self.history_button.setText(self.tr("Earlier versions…"))
        self.history_button.setAccessibleName(self.tr("Earlier versions of the incident"))
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the incidents chosen"))
        self.receive_button.setText(self.tr("Receive a bundle…"))
        self.receive_button.setAccessibleName(self.tr("Receive a bundle"))
        self._show_zoom(self.timeline.zoom())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _show_zoom(self, key: str) -> None:
        self.zoom_text.setText(self.tr("Showing: {span}").format(span=zoom_label(key)))
        self.zoom_text.setAccessibleName(self.zoom_text.text())

    # -- the vault ---------------------------------------------------------------------

    def attach(self, vault: Vault) -> None:
        """Show ``vault``'s incidents (loaded off the GUI thread)."""
        self._vault = vault
        self.reload()

    def wipe(self) -> None:
        """Forget the vault and every incident shown (at lock)."""
        self._vault = None
        self._generation += 1
        self.timeline.set_incidents([], now=self._clock.now())
        self.list.set_incidents([])
        self._update_buttons()
        self.patterns.set_patterns(patterns([]))
        self.filters.set_areas([])
        self._set_status("")
        self._say("")

    def reload(self) -> None:
        """Read the incidents the filters leave, the areas and the patterns
        again, off the GUI thread."""
        vault = self._vault
        if vault is None or vault.is_locked:
            return
        self._generation += 1
        generation = self._generation
        where = self.filters.value()

        def load() -> dict[str, Any]:
            found = vault.incidents.find(where)
            return {
                "incidents": found,
                "areas": vault.incidents.areas(),
                "patterns": patterns(found),
                "total": vault.incidents.count() if where.active else len(found),
            }

        ops.run(load, parent=self).on_success(
            lambda result: self._loaded(generation, where, result)
        ).on_failure(lambda error: self._failed(generation, error))

    def _loaded(self, generation: int, where: IncidentFilter, result: dict[str, Any]) -> None:
        if generation != self._generation or self._vault is None:
            return  # overtaken by a newer load, or locked meanwhile
        incidents = result["incidents"]
        self._total = result["total"]
        self.filters.set_areas(result["areas"])
        self.timeline.set_incidents(incidents, now=self._clock.now())
        self.list.set_incidents(incidents)
        self._update_buttons()  # the list's signals were quiet while it was filled
        self.patterns.set_patterns(result["patterns"])
        self._set_status(self._status_text(len(incidents), where))
        self._shown_generation = generation
        self.loaded.emit()

    @property
    def loading(self) -> bool:
        """True while the incidents are being read again (what is shown is older)."""
        return self._vault is not None and self._shown_generation != self._generation

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._shown_generation = generation
        log.info("incidents_load_failed", exc_info=(type(error), error, None))
        self._set_status(describe(error))
        self.loaded.emit()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _status_text(self, shown: int, where: IncidentFilter) -> str:
        if not self._total:
            return self.tr(
                "No incidents registered yet. When something happens, register it here or "
                "with Ctrl+I from anywhere: every question can be skipped."
            )
        if where.active:
            return (
                self.tr("%n of the incidents match the filters.", "", shown)
                if shown
                else (self.tr("No incidents match these filters."))
            )
        return ""

    def current_filter(self) -> IncidentFilter:
        return self.filters.value()

    # -- what is done with the incidents chosen ------------------------------------------------

    def _usable_vault(self) -> Vault | None:
        vault = self._vault
        return vault if vault is not None and not vault.is_locked else None

    def _update_buttons(self) -> None:
        chosen = len(self.list.selected_ids())
        self.share_button.setEnabled(chosen > 0)
        self.delete_button.setEnabled(chosen > 0)
        self.history_button.setEnabled(chosen == 1)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def share_chosen(self) -> bool:
        """Share the incidents chosen in the list in one bundle."""
        vault, chosen = self._usable_vault(), self.list.selected_ids()
        if vault is None or not chosen:
            return False
        done = actions.share_incidents(self, vault, chosen)
        if done:
            self._say(
                self.tr(
                    "Bundle saved with %n incident(s): encrypted for the colleagues you chose "
                    "and for you.",
                    "",
                    len(chosen),
                )
            )
        return done

    def show_history(self) -> QWidget | None:
        """The earlier versions of the one incident chosen."""
        vault, chosen = self._usable_vault(), self.list.selected_ids()
        if vault is None or len(chosen) != 1:
            return None
        return actions.show_history(self, vault, chosen[0])

    def delete_chosen(self) -> bool:
        """Delete the incidents chosen, after asking."""
        vault, chosen = self._usable_vault(), self.list.selected_ids()
        if vault is None or not chosen:
            return False
        deleted = actions.delete_incidents(self, vault, chosen)
        if deleted is None:
            return False
        if deleted:
            self._say(self.tr("%n incident(s) deleted.", "", deleted))
        self.reload()
        self.changed.emit()
        self.list.setFocus()
        return bool(deleted)

    def receive(self) -> bool:
        """Receive a bundle from a colleague (incidents, assessments or
        plans); the incidents in it are shown once it is imported."""
        from fieldsafe.ui.plans.sharing import receive_bundle

        vault = self._usable_vault()
        if vault is None:
            return False
        report = receive_bundle(self, vault)
        if report is None:
            return False
        self._say(report)
        self.reload()
        self.changed.emit()
        return True

    # -- the summary ------------------------------------------------------------------------

    def save_summary(self) -> None:
        """Ask for a period and a file, then save the de-identified summary
        (CSV or PDF, not encrypted: the dialog says so first)."""
        if self._vault is not None and not self._vault.is_locked:
            save_summary(self, self._vault)


class _Body(QWidget):
    """The section's content in its scroll area. A scroll area that resizes
    its widget gives it its preferred height for the width whenever that
    height depends on the width (wrapped hints do), so the section scrolled
    (in Arabic at 1.0, a scroll bar for 69 pixels) while its tabs could
    have been shorter: here the tabs count at their smallest, and the whole
    scrolls only when that does not fit."""

    def __init__(self, tabs: QTabWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._tabs = tabs

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        height = super().heightForWidth(width)
        if height < 0:
            return height
        spare = self._tabs.sizeHint().height() - self._tabs.minimumSizeHint().height()
        return max(height - max(spare, 0), self.minimumSizeHint().height())
