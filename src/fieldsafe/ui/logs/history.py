"""Earlier versions of a record, side by side with the current one.

Editing a log keeps what it said before (``vault.logs.versions``). This
dialog lists those versions, newest first, by when they were saved; the one
chosen is shown beside the current version, field by field, and every field
that differs is marked in both: its label in bold with the word "changed"
after it, so the difference does not rest on colour.

Any record kind with versions can be shown: ``HistoryDialog(vault, log_id)``
shows a log (:class:`LogHistory`); ``HistoryDialog(vault, source)`` shows
what a :class:`HistorySource` reads (an incident, a risk assessment: see
``ui/incidents/actions.py`` and ``ui/risk/actions.py``). Only a source that
can delete its earlier versions shows "Delete earlier versions…".

Read-only: the two panes never open links or load images, and the window
title is a fixed word. :meth:`HistoryDialog.wipe` empties everything (lock).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.records import RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.dialogs import Confirm
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.record_text import auto_direction, changed_rows, field_rows, rows_to_html
from fieldsafe.ui.common.safe_document import SafeTextBrowser

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.logs.history")
_INDEX_ROLE = int(Qt.ItemDataRole.UserRole) + 1

#: a version's fields as (translated label, plain value), the same labels in
#: the same order for every version (see ``record_text.field_rows``)
Rows = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class History:
    """What a :class:`HistorySource` read: the current version (when it
    was saved, its rows) and the earlier ones, newest first."""

    saved_at: datetime
    rows: Rows
    versions: list[tuple[datetime, Rows]]


class HistorySource(Protocol):
    """One record's versions, for :class:`HistoryDialog`. ``intro`` and
    ``none_yet`` are shown as they are (translated by the source);
    ``can_delete``: the vault can delete this kind's earlier versions alone."""

    intro: str
    none_yet: str
    can_delete: bool

    def read(self, vault: Vault) -> History: ...

    def delete_versions(self, vault: Vault) -> int: ...


def _log_t(text: str) -> str:
    return QCoreApplication.translate("HistoryDialog", text)


class LogHistory:
    """An outreach log's versions (``vault.logs``)."""

    def __init__(self, log_id: RecordId | str) -> None:
        self.log_id = RecordId(str(log_id))
        self.can_delete = True
        self.intro = _log_t(
            "Each time this log was saved, what it said before was kept. Choose an earlier "
            "version to see it beside the current one; fields that differ are marked “changed”."
        )
        self.none_yet = _log_t(
            "No earlier versions: this log has not been edited since it was first saved."
        )

    def read(self, vault: Vault) -> History:
        current = vault.logs.get(self.log_id)
        versions = vault.logs.versions(self.log_id)
        return History(
            current.updated_at,
            field_rows(current),
            [(v.saved_at, field_rows(v.log)) for v in versions],
        )

    def delete_versions(self, vault: Vault) -> int:
        return vault.logs.delete_versions(self.log_id)


class RecordBrowser(SafeTextBrowser):
    """A read-only pane that never follows a link or loads a resource."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)

    def show_html(self, html: str) -> None:
        """Show ``html`` (from :mod:`fieldsafe.ui.common.record_text`), each
        paragraph in the direction of its own text."""
        self.setHtml(html)
        auto_direction(self.document())


class HistoryDialog(QDialog):
    def __init__(
        self,
        vault: Vault,
        record: RecordId | str | HistorySource,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self._source: HistorySource = LogHistory(record) if isinstance(record, str) else record
        self._current: Rows | None = None
        self._versions: list[tuple[datetime, Rows]] = []

        self.setWindowTitle(self.tr("Earlier versions"))
        self.intro = QLabel(self._source.intro, self)
        self.intro.setWordWrap(True)
        self.versions = QListWidget(self)
        self.versions.setAccessibleName(self.tr("Earlier versions"))
        self.versions.currentItemChanged.connect(self._chosen)
        versions_label = QLabel(self.tr("&Saved versions, newest first:"), self)
        versions_label.setBuddy(self.versions)

        self.earlier = RecordBrowser(self)
        self.earlier.setAccessibleName(self.tr("Earlier version"))
        self.earlier_label = QLabel(self.tr("&Earlier version"), self)
        self.earlier_label.setBuddy(self.earlier)
        self.current = RecordBrowser(self)
        self.current.setAccessibleName(self.tr("Current version"))
        self.current_label = QLabel(self.tr("C&urrent version"), self)
        self.current_label.setBuddy(self.current)

        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.earlier_pane = _pane(self.earlier_label, self.earlier)
        self.current_pane = _pane(self.current_label, self.current)
        self.compare = QSplitter(Qt.Orientation.Horizontal, self)
        self.compare.setChildrenCollapsible(False)
        self.compare.addWidget(self.earlier_pane)
        self.compare.addWidget(self.current_pane)
        self.list_pane = _pane(versions_label, self.versions)
        fm = QFontMetrics(self.font())
        self.versions.setMinimumHeight(fm.lineSpacing() * 3)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.list_pane)
        split.addWidget(self.compare)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        # A name replaced by a code is still in the versions saved before:
        # the person can delete them (the current version stays).
        self.delete_button = buttons.addButton(
            self.tr("Delete earlier versions…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setAccessibleName(self.tr("Delete earlier versions"))
        # Never the default: a stray Enter (in the list, or on this button)
        # must not start deleting; Enter closes the dialog, Space presses it.
        self.delete_button.setAutoDefault(False)
        self.delete_button.setDefault(False)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        self.delete_button.clicked.connect(self.delete_versions)
        self.delete_button.setVisible(self._source.can_delete)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

        self.resize(fm.averageCharWidth() * 130, fm.lineSpacing() * 40)
        screen = self.screen()
        if screen is not None:
            self.resize(self.size().boundedTo(screen.availableGeometry().size() * 0.9))
        self.reload()

    # -- content ------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the current version and the earlier ones again."""
        vault = self._vault
        self.versions.clear()
        self.earlier.clear()
        self.current.clear()
        self._versions = []
        self._current = None
        if vault is None or vault.is_locked:
            return
        try:
            history = self._source.read(vault)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            log.info("history_failed", exc_info=(type(exc), exc, None))
            self.summary.setText(describe(exc))
            self.list_pane.setVisible(False)
            self.compare.setVisible(False)
            return
        self._current = history.rows
        self._versions = history.versions
        self.current_label.setText(
            isolated(
                self.tr("C&urrent version, saved {time}"), time=format_moment(history.saved_at)
            )
        )
        for index, (saved_at, _rows) in enumerate(history.versions):
            item = QListWidgetItem(
                isolated(self.tr("Saved {time}"), time=format_moment(saved_at)),
                self.versions,
            )
            item.setData(_INDEX_ROLE, index)
        has_versions = bool(history.versions)
        self.delete_button.setEnabled(has_versions)
        self.list_pane.setVisible(has_versions)
        self.earlier_pane.setVisible(has_versions)
        self.compare.setVisible(True)
        if has_versions:
            self.versions.setCurrentRow(0)
            self.versions.setFocus()
        else:
            self.current.show_html(rows_to_html(history.rows))
            self.summary.setText(self._source.none_yet)
            self.current.setFocus()

    def delete_versions(self) -> bool:
        """Delete every earlier version of this log, after asking."""
        vault = self._vault
        if vault is None or not self._versions or not self._source.can_delete:
            return False
        if not Confirm.ask(
            self,
            question=self.tr("Delete the earlier versions of this log?"),
            detail=self.tr(
                "Only the current version is kept. Do this when an earlier version holds something "
                "that should not be kept, such as a name you replaced with a person code. "
                "This cannot be undone."
            ),
            confirm=self.tr("Delete earlier versions"),
        ):
            return False
        try:
            self._source.delete_versions(vault)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.summary.setText(describe(exc))
            return False
        self.reload()
        self.summary.setText(self.tr("The earlier versions were deleted."))
        return True

    def _chosen(
        self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None
    ) -> None:
        if item is None or self._current is None:
            return
        old_rows = self._versions[int(item.data(_INDEX_ROLE))][1]
        new_rows = self._current
        changed = changed_rows(old_rows, new_rows)
        self._show(self.earlier, rows_to_html(old_rows, changed))
        self._show(self.current, rows_to_html(new_rows, changed))
        if changed:
            self.summary.setText(
                self.tr("%n field(s) differ from the current version.", "", len(changed))
            )
        else:
            self.summary.setText(self.tr("This version is the same as the current one."))

    @staticmethod
    def _show(browser: RecordBrowser, html: str) -> None:
        position = browser.verticalScrollBar().value()
        browser.show_html(html)
        browser.verticalScrollBar().setValue(position)  # stay at the same field when switching

    def changed_labels(self) -> list[str]:
        """The labels of the fields marked as changed (for tests and tools)."""
        item = self.versions.currentItem()
        if item is None or self._current is None:
            return []
        old_rows = self._versions[int(item.data(_INDEX_ROLE))][1]
        new_rows = self._current
        return [new_rows[i][0] for i in sorted(changed_rows(old_rows, new_rows))]

    def wipe(self) -> None:
        """Forget the vault and every piece of text (on lock)."""
        self._vault = None
        self._current = None
        self._versions = []
        self.versions.clear()
        self.earlier.clear()
        self.current.clear()
        self.summary.clear()
        self.current_label.setText(self.tr("C&urrent version"))

    def done(self, result: int) -> None:
        self.wipe()
        super().done(result)


def _pane(label: QLabel, widget: QWidget) -> QWidget:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return pane
