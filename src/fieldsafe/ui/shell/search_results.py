"""Search results: a list model of :class:`~fieldsafe.vault.SearchHit` and a
delegate that draws the snippet with the matched words in bold.

The snippet's text is HTML-escaped first; only then are the vault's private
highlight markers turned into ``<b>``/``</b>``, so record text can never
inject markup. Screen readers get the plain text.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from fieldsafe.core.records import RecordId
from fieldsafe.errors import VaultError
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.safe_document import SafeDocument
from fieldsafe.vault import HIGHLIGHT_END, HIGHLIGHT_START, SearchHit

HTML_ROLE = int(Qt.ItemDataRole.UserRole) + 10
HIT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 11

_Index = QModelIndex | QPersistentModelIndex


def _without_emphasis(snippet: str) -> str:
    # Bodies are stored as Markdown; its emphasis markers are noise in a snippet.
    return snippet.replace("**", "").replace("__", "")


def snippet_html(snippet: str) -> str:
    """Escape, then mark highlights in bold."""
    escaped = html.escape(_without_emphasis(snippet))
    return escaped.replace(HIGHLIGHT_START, "<b>").replace(HIGHLIGHT_END, "</b>")


def snippet_text(snippet: str) -> str:
    return _without_emphasis(snippet).replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, "")


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._more: Callable[[int], list[SearchHit]] | None = None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        title = hit.title or self.tr("Untitled")
        when = format_moment(hit.occurred_at)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return isolated(
                self.tr("{title}, {when}: {snippet}"),
                title=title,
                when=when,
                snippet=snippet_text(hit.snippet),
            )
        if role == HTML_ROLE:
            # Each piece isolated (FSI…PDI) so direction controls in a title
            # cannot spill into the date or the snippet.
            return (
                f"<div>{isolate(html.escape(title))} · {isolate(html.escape(when))}</div>"
                f"<div>{isolate(snippet_html(hit.snippet))}</div>"
            )
        if role == HIT_ID_ROLE:
            return hit.id
        return None

    def set_hits(
        self, hits: list[SearchHit], more: Callable[[int], list[SearchHit]] | None = None
    ) -> None:
        """Show ``hits``; ``more(offset)`` fetches the next page when the
        list scrolls to its end (a page is a few milliseconds: done inline)."""
        self.beginResetModel()
        self._hits = list(hits)
        self._more = more if hits else None
        self.endResetModel()

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: N802, B008 - Qt API
        return not parent.isValid() and self._more is not None

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: N802, B008 - Qt API
        if parent.isValid() or self._more is None:
            return
        try:
            page = self._more(len(self._hits))
        except VaultError:
            page = []  # e.g. locked meanwhile: simply no more rows
        if not page:
            self._more = None
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._hits.extend(page)
        self.endInsertRows()

    def hit_id(self, row: int) -> RecordId | None:
        return self._hits[row].id if 0 <= row < len(self._hits) else None

    def hit_kind(self, row: int) -> str | None:
        return self._hits[row].kind if 0 <= row < len(self._hits) else None

    def clear(self) -> None:
        self.set_hits([])


class HighlightDelegate(QStyledItemDelegate):
    """Paints :data:`HTML_ROLE` rich text inside the normal item frame."""

    def _document(self, option: QStyleOptionViewItem, index: _Index, width: int) -> QTextDocument:
        doc = SafeDocument()  # the snippet is record text: it loads nothing (bar 18)
        doc.setDocumentMargin(option.fontMetrics.height() / 4)
        doc.setDefaultFont(option.font)
        text_option = QTextOption()
        text_option.setTextDirection(option.direction)
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(text_option)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(width, 1))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        width = opt.rect.width()
        if width <= 0 and opt.widget is not None:
            width = opt.widget.width()
        doc = self._document(opt, index, width)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
