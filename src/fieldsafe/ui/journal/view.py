"""The debrief journal: the person's own space after difficult meetings.

What is here belongs to the person, not the organisation. The view has:

* an optional **lock**: the passphrase is asked again before the journal
  opens, even while the vault is open (someone may be looking over a
  shoulder at work); leaving the journal locks it again;
* the **entries**, each with a check-in (0–10 and feeling words, both
  optional), gentle prompts the person can switch off or rewrite, free text,
  and "I talked with someone about it" (:mod:`.editor`);
* **My support**: the person's own contacts and what helps them, shown on
  demand and offered once after a low check-in (:mod:`.support`);
* a **chart** of check-ins by week and of debriefs per meeting, with an
  optional, gentle observation when several recent check-ins were hard
  (:mod:`.chart`);
* its **settings** (:mod:`.settings`).

The journal's rules (drafts, prompts and their answers, when to offer
support) are Qt-free, in :mod:`fieldsafe.core.journal`.

Wording is calm and never judges: no scores about the person, no diagnosis.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.clock import Clock, SystemClock
from fieldsafe.core.journal import offers_support
from fieldsafe.core.journal_stats import gentle_observation, weekly
from fieldsafe.core.records import RecordId, RecordSummary
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.empty_state import EmptyState
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.journal.chart import CheckInChart
from fieldsafe.ui.journal.editor import DebriefEditor, RestoreJournalDraft
from fieldsafe.ui.journal.gate import JournalGate
from fieldsafe.ui.journal.rows import elide_rows
from fieldsafe.ui.journal.settings import JournalSettingsDialog
from fieldsafe.ui.journal.shared import ID_ROLE, feeling_label
from fieldsafe.ui.journal.support import OfferSupport, SupportDialog
from fieldsafe.vault import JournalPrefs, Vault

log = logging.getLogger("fieldsafe.ui.journal.view")

CHART_WEEKS = 12


class JournalView(QWidget):
    """The journal section. :meth:`enter` when it is shown, :meth:`leave`
    when the person goes elsewhere (the journal locks again if its lock is on)."""

    def __init__(self, *, clock: Clock | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock or SystemClock()
        self._vault: Vault | None = None
        self._prefs = JournalPrefs()
        self._open = False
        self._offered: set[str] = set()
        self._observation_dismissed = False
        #: a meeting to debrief, or an entry to show, once the journal is
        #: open ("Debrief now", a search result, while the journal was locked)
        self.pending_follows: str | None = None
        self.pending_entry: str | None = None

        self._build_gate()
        self.content = QWidget(self)
        self._build_toolbar()
        self.entries = QListWidget(self.content)
        self.entries.setAccessibleName(self.tr("Journal entries"))
        self.entries.setObjectName("journal_entries")
        elide_rows(self.entries)  # one line per entry, as wide as the list, its end elided
        self.chart = CheckInChart(self.content)
        self._build_observation()
        self.editor = DebriefEditor(self._clock, self.content)
        self._lay_out()
        self.empty = EmptyState(  # while the open journal has no entry yet
            self.entries,
            icon="journal",
            title=self.tr("Your journal is empty"),
            body=self.tr(
                "This space is yours: a few words after a hard day, or only a check-in. "
                "Nothing here is shared, searched or exported unless you choose it, each time."
            ),
            action=self.tr("Write the first entry"),
            action_name=self.tr("Write the first entry"),
            on_action=lambda: self.new_entry(),
            is_empty=lambda: self._open and self.entries.count() == 0,
        )

        self.new_button.clicked.connect(lambda: self.new_entry())
        self.support_button.clicked.connect(self.show_support)
        self.observation_support.clicked.connect(self.show_support)
        self.observation_hide.clicked.connect(self._hide_observation)
        self.settings_button.clicked.connect(self.show_settings)
        self.entries.currentItemChanged.connect(self._entry_chosen)
        self.editor.saved.connect(self._saved)
        self.editor.deleted.connect(lambda _id: self._reload())

    def _build_gate(self) -> None:
        """The lock gate (:mod:`.gate`)."""
        self.gate = JournalGate(self)
        self.gate_field, self.gate_button = self.gate.field, self.gate.button
        self.gate_status = self.gate.status
        self.gate_field.returnPressed.connect(self.unlock)
        self.gate_button.clicked.connect(self.unlock)

    def _build_toolbar(self) -> None:
        self.new_button = QPushButton(self.tr("New entry"), self.content)
        self.new_button.setAccessibleName(self.tr("New journal entry"))
        self.support_button = QPushButton(self.tr("My support"), self.content)
        self.support_button.setAccessibleName(self.tr("My support"))
        self.settings_button = QPushButton(self.tr("Journal settings…"), self.content)
        self.settings_button.setAccessibleName(self.tr("Journal settings"))

    def _build_observation(self) -> None:
        """The gentle observation, hidden until several recent check-ins were hard."""
        self.observation = QFrame(self.content)
        self.observation.setFrameShape(QFrame.Shape.StyledPanel)
        self.observation_text = QLabel(
            self.tr(
                "Things have felt hard in several of your recent check-ins. That happens in this work. "
                "Your support list, or some rest, may help."
            ),
            self.observation,
        )
        self.observation_text.setWordWrap(True)
        self.observation_support = QPushButton(self.tr("My support"), self.observation)
        self.observation_support.setAccessibleName(self.tr("Open my support list"))
        self.observation_hide = QPushButton(self.tr("Hide this"), self.observation)
        self.observation_hide.setAccessibleName(self.tr("Hide this note"))
        obs_buttons = QHBoxLayout()
        obs_buttons.addStretch(1)
        obs_buttons.addWidget(self.observation_support)
        obs_buttons.addWidget(self.observation_hide)
        obs_layout = QVBoxLayout(self.observation)
        obs_layout.addWidget(self.observation_text)
        obs_layout.addLayout(obs_buttons)
        self.observation.hide()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.support_button)
        top.addStretch(1)
        top.addWidget(self.settings_button)
        # The entries and the chart share the height (3 : 2 of what is left
        # over); both shrink to their minimums before anything is cut off,
        # and the chart draws fewer weeks when narrow (chart.MIN_WEEKS).
        left = QWidget(self.content)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.entries, 3)
        left_layout.addWidget(self.chart, 2)
        left_layout.addWidget(self.observation)
        self.entries.setMinimumHeight(self.entries.fontMetrics().lineSpacing() * 3)
        split = QSplitter(Qt.Orientation.Horizontal, self.content)
        split.setChildrenCollapsible(False)
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        content_layout = QVBoxLayout(self.content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top)
        content_layout.addWidget(split, 1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.gate)
        self.pages.addWidget(self.content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    # -- opening and closing -----------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._open

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the person enters the journal: the
        passphrase while it is locked, else the entries (or, while there is
        none, the button that writes the first)."""
        if self.pages.currentWidget() is self.gate:
            return self.gate_field
        return self.empty.button if self.empty.isVisible() else self.entries

    def may_search(self) -> bool:
        """The journal may be searched: it is open, or it has no lock."""
        if self._open:
            return True
        if self._vault is None:
            return False
        try:
            return not self._vault.journal.prefs().lock_journal
        except Exception:  # noqa: BLE001 - when in doubt, not
            return False

    def attach(self, vault: Vault) -> None:
        self._vault = vault

    def enter(self) -> None:
        """Shown: open at once, or show the lock gate."""
        vault = self._vault
        if vault is None:
            return
        try:
            self._prefs = vault.journal.prefs()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.gate_status.setText(describe(exc))
            self.pages.setCurrentWidget(self.gate)
            return
        if self._open or not self._prefs.lock_journal:
            self._show_journal()
        else:
            self.pages.setCurrentWidget(self.gate)
            self.gate_status.setText("")
            self.gate_field.setFocus()

    def unlock(self) -> ops.Op | None:
        vault = self._vault
        phrase = self.gate_field.text()
        self.gate_field.clear()  # never kept in a widget
        if vault is None or not phrase or not self.gate_button.isEnabled():
            return None
        self.gate_button.setEnabled(False)

        def failed(exc: BaseException) -> None:
            self.gate_button.setEnabled(True)
            self.gate_status.setText(
                self.tr("That passphrase did not open your journal. Your vault stays open.")
            )
            self.gate_field.setFocus()
            log.info("journal_unlock_failed", exc_info=(type(exc), exc, None))

        def opened(_result: object) -> None:
            self.gate_button.setEnabled(True)
            # Only if the person is still at the gate: a journal opened
            # after they left would sit unlocked behind another section.
            if (
                self._vault is vault
                and self.isVisible()
                and self.pages.currentWidget() is self.gate
            ):
                self._show_journal()

        return (
            ops.run(
                lambda: vault.check_passphrase(phrase), parent=self, progress=self.tr("Checking…")
            )
            .on_success(opened)
            .on_failure(failed)
        )

    def _show_journal(self) -> None:
        self._open = True
        self.editor.attach(self._vault, self._prefs)  # type: ignore[arg-type]
        self.pages.setCurrentWidget(self.content)
        self._reload()
        if self._offer_draft():
            return
        if self.pending_entry:
            entry, self.pending_entry = self.pending_entry, None
            self.open_entry(entry)
            self._select(self.editor.entry_id)
        elif self.pending_follows:
            follows, self.pending_follows = self.pending_follows, None
            self.new_entry(follows=follows)
        elif self.editor.entry_id is None and not self.editor.dirty:
            self.editor.new_entry()

    def _offer_draft(self) -> bool:
        """After a crash: offer back every entry left being written by a
        window that is gone (never another live window's)."""
        vault = self._vault
        if vault is None or self.editor.dirty:
            return False
        try:
            drafts = self.editor.drafting.orphans()
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.editor.status.setText(describe(exc))
            return False
        restored = False
        for draft in drafts:
            if self._vault is not vault or not self._open:
                break
            if RestoreJournalDraft.ask(self, saved_at=format_moment(draft.saved_at)):
                if self._vault is not vault or not self._open or not self.editor.save_if_dirty():
                    break  # the rest wait for the next time
                self.editor.restore_draft(draft.fields, draft.record_id)
                self.editor.drafting.take_over(draft)
                restored = True
            elif self._vault is vault:
                vault.drafts.discard(draft.slot)
        return restored

    def leave(self) -> bool:
        """The person went elsewhere: save an edit in progress, and lock the
        journal again if its lock is on (its text leaves every widget)."""
        if not self._open:
            self.pending_follows = self.pending_entry = None  # asked for, then left at the gate
            return True
        if not self.editor.save_if_dirty():
            return False
        if self._vault is not None:
            try:
                self._prefs = self._vault.journal.prefs()
            except Exception as exc:  # noqa: BLE001 - when in doubt, lock
                log.info("journal_prefs_failed", exc_info=(type(exc), exc, None))
                self._close()
                return True
        if self._prefs.lock_journal:
            self._close()
        return True

    def _close(self) -> None:
        self._open = False
        self.editor.wipe()
        self.entries.clear()
        self.chart.clear()
        self.observation.hide()
        self.pages.setCurrentWidget(self.gate)

    # -- entries ---------------------------------------------------------------------
    def _reload(self) -> None:
        vault = self._vault
        self.entries.blockSignals(True)
        self.entries.clear()
        self.entries.blockSignals(False)
        if vault is None:
            return
        try:
            summaries = vault.journal.page(limit=500)
            since = self._clock.now() - timedelta(weeks=CHART_WEEKS + 1)
            checkins = vault.journal.checkins(since)
            meetings = vault.journal.meetings(since)
            previews = vault.journal.previews()
            recent = [c.feeling for c in vault.journal.checkins() if c.feeling is not None][-5:]
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.editor.status.setText(describe(exc))
            return
        self.entries.blockSignals(True)
        for summary in summaries:
            item = QListWidgetItem(self._entry_text(summary, previews), self.entries)
            item.setData(ID_ROLE, summary.id)
            if summary.id == self.editor.entry_id:
                self.entries.setCurrentItem(item)
        self.entries.blockSignals(False)
        self.chart.setVisible(bool(summaries))  # an empty journal: its empty state alone
        now = self._clock.now()
        self.chart.set_weeks(  # tz=None: local time with its own summer/winter rules
            weekly(
                ((c.occurred_at, c.feeling, c.follows) for c in checkins),
                meetings,
                weeks=CHART_WEEKS,
                today=now.astimezone().date(),
                tz=None,
            )
        )
        show = (
            self._prefs.observations_on
            and not self._observation_dismissed
            and gentle_observation(recent)
        )
        self.observation.setVisible(bool(show))

    def _entry_text(
        self, summary: RecordSummary, previews: dict[RecordId, tuple[int | None, str]]
    ) -> str:
        """One list line: when, the check-in and the entry's first words
        (plain text, each part isolated for bidi; the list elides the end)."""
        feeling, words = previews.get(summary.id, (None, summary.title))
        parts = [format_moment(summary.occurred_at)]
        if feeling is not None:
            parts.append(self.tr("Check-in: {feeling}").format(feeling=feeling_label(feeling)))
        if words:
            parts.append(words)
        return "  ".join(isolate(part) for part in parts)

    def _entry_chosen(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        chosen = item.data(ID_ROLE)
        self.editor.open_entry(chosen)
        self._select(self.editor.entry_id)  # saving an edit on the way may have rebuilt the list

    def _select(self, entry_id: str | None) -> None:
        """Highlight the entry the editor shows (none for a new one)."""
        self.entries.blockSignals(True)
        self.entries.setCurrentItem(None)  # type: ignore[call-overload]
        self.entries.clearSelection()
        for row in range(self.entries.count()):
            if entry_id is not None and self.entries.item(row).data(ID_ROLE) == entry_id:
                self.entries.setCurrentRow(row)
                break
        self.entries.blockSignals(False)

    def new_entry(self, follows: str | None = None) -> bool:
        if not self._open:
            return False
        done = self.editor.new_entry(follows)
        self._select(self.editor.entry_id)
        return done

    def _saved(self, entry_id: str) -> None:
        self._reload()
        feeling = self.editor.feeling.currentData()
        if offers_support(feeling) and entry_id not in self._offered:
            self._offered.add(entry_id)  # once for this entry, gently
            QTimer.singleShot(0, self._offer_support)

    def _offer_support(self) -> None:
        if self._open and self.isVisible() and OfferSupport.ask(self):
            self.show_support()

    def _hide_observation(self) -> None:
        self._observation_dismissed = True
        self.observation.hide()

    def show_support(self) -> SupportDialog | None:
        if self._vault is None:
            return None
        dialog = SupportDialog(self._vault, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self) -> JournalSettingsDialog | None:
        if self._vault is None:
            return None
        dialog = JournalSettingsDialog(self._prefs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._apply_settings(dialog.result_prefs()))
        dialog.open()
        return dialog

    def _apply_settings(self, prefs: JournalPrefs) -> None:
        if self._vault is None:
            return
        try:
            self._vault.journal.set_prefs(prefs)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.editor.status.setText(describe(exc))
            return
        prefs = JournalPrefs.from_json(prefs.as_json())  # the same limits as when read back
        self._prefs = prefs
        self.editor.attach(self._vault, prefs)

    def open_entry(self, entry_id: str) -> bool:
        if not self._open:
            return False
        return self.editor.open_entry(entry_id)

    def wipe(self) -> None:
        self._vault = None
        self.pending_follows = self.pending_entry = None
        self._offered.clear()
        self._close()
        self.gate_field.clear()
        self.gate_status.setText("")
