"""The outreach-log list: a table model that fetches pages lazily.

Rows are :class:`~fieldsafe.core.records.RecordSummary` (no bodies), newest
first, fetched :data:`PAGE_SIZE` at a time through ``vault.logs.page`` when
the view scrolls near the end (``canFetchMore``/``fetchMore``), so a vault
with many thousands of logs opens as fast as one with ten.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from fieldsafe.core.records import RecordFilter, RecordId, RecordSummary
from fieldsafe.errors import VaultError
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.logs.model")

PAGE_SIZE = 200
COLUMN_WHEN, COLUMN_TITLE = 0, 1
LOG_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1

_Index = QModelIndex | QPersistentModelIndex


class OutreachLogModel(QAbstractTableModel):
    """Emits :attr:`load_failed` with the error if a page cannot be read."""

    load_failed = Signal(object)

    def __init__(self, vault: Vault | None, parent: Any = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._rows: list[RecordSummary] = []
        self._complete = vault is None
        self._where: RecordFilter | None = None

    # -- Qt model API --------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 2

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == COLUMN_WHEN:
                return format_moment(row.occurred_at)
            return row.title or self.tr("Untitled")
        if role == LOG_ID_ROLE:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("When") if section == COLUMN_WHEN else self.tr("Title")
        return None

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and not self._complete

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._complete or self._vault is None:
            return
        try:
            page = self._vault.logs.page(
                after=self._rows[-1] if self._rows else None, limit=PAGE_SIZE, where=self._where
            )
        except (VaultError, ValueError) as exc:  # ValueError: a filter time beyond what is stored
            self._complete = True
            log.info("log_page_failed", exc_info=(type(exc), exc, None))
            self.load_failed.emit(exc)
            return
        if len(page) < PAGE_SIZE:
            self._complete = True
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    # -- FieldSafe API ---------------------------------------------------------
    def reload(self) -> None:
        """Forget the loaded rows; the view fetches the first page again."""
        self.beginResetModel()
        self._rows = []
        self._complete = self._vault is None
        self.endResetModel()
        self.fetchMore()

    def set_filter(self, where: RecordFilter | None) -> None:
        """Show only logs matching ``where`` (``None``: all)."""
        self._where = where if where is not None and where.active else None
        self.reload()

    @property
    def filtered(self) -> bool:
        return self._where is not None

    def log_id(self, row: int) -> RecordId | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, log_id: str) -> int | None:
        """The row of a loaded log (``None`` if not loaded yet)."""
        for row, summary in enumerate(self._rows):
            if summary.id == log_id:
                return row
        return None

    def attach(self, vault: Vault) -> None:
        """Start showing ``vault`` (a window prepared before unlock)."""
        self._vault = vault
        self.reload()

    def forget(self) -> None:
        """Drop every row and the vault (on lock)."""
        self.beginResetModel()
        self._rows = []
        self._vault = None
        self._where = None
        self._complete = True
        self.endResetModel()
