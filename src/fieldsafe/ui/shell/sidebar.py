"""The sections sidebar: navigation with icons, the shown section marked by
a shape, and counts where they help.

The shown section is the current row. Its row is drawn as a raised tile
with a bar at its leading edge and its name in bold, so it is found without
colour; arrow keys or a click choose a section (the keyboard stays in the
list, so arrowing past a section never lands in it), Enter moves the
keyboard into it. A count (logs with
a follow-up due on Today, plans for today on Meeting plans, open incidents whose measures
are not reviewed, assessments whose review is due) is drawn as a small badge
and is part of the row's accessible name ("Today, 2 logs with a follow-up due"). The
counts come from the vault on a worker thread (:meth:`SectionsSidebar.refresh_counts`),
after unlocking and after every save; the journal never shows a count.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from fieldsafe.ui.common import icons, ops, theme
from fieldsafe.vault import Vault

#: the count shown on a row (an int, or None for none)
COUNT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: the section's key ("logs", "today", ...)
KEY_ROLE = int(Qt.ItemDataRole.UserRole) + 2
#: how many of a kind are read to count plans for today
PLANS_READ = 200


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Sidebar", text, "", n)


@dataclass(frozen=True)
class Section:
    """One row of the sidebar: its key, its (translated) name and icon."""

    key: str
    label: str
    icon: str


def spoken_count(key: str, count: int) -> str:
    """What a count means, in words: part of the row's accessible name."""
    if key == "today":
        return _t("%n log(s) with a follow-up due", count)
    if key == "plans":
        return _t("%n plan(s) today", count)
    if key == "incidents":
        return _t("%n open incident(s) with measures not yet reviewed", count)
    if key == "risk_assessments":
        return _t("%n review(s) due", count)
    return _t("%n item(s)", count)


def count_sections(vault: Vault, today: date) -> dict[str, int]:
    """The counts the sidebar shows (worker thread): logs with an open
    follow-up due today or earlier (as Today lists them), meeting plans
    that start today (local time), open incidents whose measures are not
    reviewed yet, and risk assessments whose review is due."""
    due = vault.logs.today(today).due_count
    plans = sum(
        1
        for summary in vault.plans.page(limit=PLANS_READ)
        if summary.occurred_at.astimezone().date() == today
    )
    incidents = vault.incidents.open_unreviewed(limit=1)[1]
    reviews = vault.risks.due_for_review(today, limit=1)[1]
    return {"today": due, "plans": plans, "incidents": incidents, "risk_assessments": reviews}


class SectionDelegate(QStyledItemDelegate):
    """Draws a row: icon, name, count badge; the shown row as a raised tile
    with a leading bar and its name in bold; the keyboard's row with a ring."""

    def _unit(self, option: QStyleOptionViewItem) -> int:
        return theme.spacing(1, metrics=QFontMetrics(option.font))

    @staticmethod
    def _count(index: QModelIndex | QPersistentModelIndex) -> int:
        count = index.data(COUNT_ROLE)
        return count if isinstance(count, int) and count > 0 else 0

    def _badge_width(self, option: QStyleOptionViewItem, count: int) -> int:
        metrics = QFontMetrics(option.font)
        text = QLocale().toString(count)
        return max(metrics.horizontalAdvance(text) + 2 * self._unit(option), metrics.height())

    @staticmethod
    def _room(unit: int) -> tuple[int, int, int]:
        """Leading room (the bar), the gap after the icon, trailing room."""
        return unit + unit // 2, unit + unit // 2, unit // 2

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        unit = self._unit(option)
        bold = QFont(option.font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lead, gap, trail = self._room(unit)
        width = lead + metrics.height() + gap + metrics.horizontalAdvance(text) + trail
        count = self._count(index)
        if count:
            width += unit + self._badge_width(option, count)
        return QSize(width, metrics.height() + 3 * unit)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        palette = QGuiApplication.palette()  # the sidebar's own has its stylesheet background
        unit = self._unit(option)
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        shown = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        tile = option.rect.adjusted(0, unit // 2, 0, -(unit // 2))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if shown or hovered:  # the shown tile has an edge too: high contrast has no tint
            edge = QPen(palette.color(QPalette.ColorRole.Mid), 1)
            painter.setPen(edge if shown else Qt.PenStyle.NoPen)
            role = QPalette.ColorRole.Base if shown else QPalette.ColorRole.Midlight
            painter.setBrush(palette.color(role))
            painter.drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), unit, unit)
            painter.setPen(Qt.PenStyle.NoPen)
        if shown:  # the shape that marks the shown section: a bar at the leading edge
            bar = QRect(0, tile.top() + unit, 3, tile.height() - 2 * unit)
            bar.moveLeft(tile.right() - bar.width() + 1 if rtl else tile.left())
            painter.setBrush(palette.color(QPalette.ColorRole.Accent))
            painter.drawRoundedRect(bar, bar.width() / 2, bar.width() / 2)
        if option.state & QStyle.StateFlag.State_HasFocus and self._view_has_focus(option):
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(tile.adjusted(1, 1, -1, -1), unit, unit)
        font = QFont(option.font)
        font.setBold(shown)
        metrics = QFontMetrics(font)
        side = metrics.height()
        lead, gap, trail = self._room(unit)
        inner = tile.adjusted(trail, 0, -lead, 0) if rtl else tile.adjusted(lead, 0, -trail, 0)
        icon_rect = QRect(0, 0, side, side)
        icon_rect.moveCenter(inner.center())
        icon_rect.moveLeft(inner.right() - side + 1 if rtl else inner.left())
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, icon_rect)
        count = self._count(index)
        text_rect = QRect(inner)
        if rtl:
            text_rect.setRight(icon_rect.left() - gap)
        else:
            text_rect.setLeft(icon_rect.right() + gap)
        if count:
            badge = self._paint_badge(painter, option, inner, count, rtl)
            if rtl:
                text_rect.setLeft(badge.right() + unit)
            else:
                text_rect.setRight(badge.left() - unit)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text = metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            text_rect.width(),
        )
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        painter.drawText(text_rect, int(align), text)
        painter.restore()

    @staticmethod
    def _view_has_focus(option: QStyleOptionViewItem) -> bool:
        widget = option.widget
        return widget is None or widget.hasFocus()

    def _paint_badge(
        self, painter: QPainter, option: QStyleOptionViewItem, inner: QRect, count: int, rtl: bool
    ) -> QRect:
        """A pill with the count at the row's trailing edge; returns its rect."""
        metrics = QFontMetrics(option.font)
        width = self._badge_width(option, count)
        rect = QRect(0, 0, width, metrics.height())
        rect.moveCenter(inner.center())
        rect.moveLeft(inner.left() if rtl else inner.right() - width + 1)
        palette = QGuiApplication.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Text), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(
            QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), rect.height() / 2, rect.height() / 2
        )
        painter.setFont(option.font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), QLocale().toString(count))
        return rect


class SectionsSidebar(QListWidget):
    """The sections as a navigation list (see the module's docs). The arrow
    keys move through the sections and show each, the keyboard staying in
    the list; Enter emits :attr:`entered` (the window then moves the
    keyboard into the section shown)."""

    entered = Signal()

    def __init__(self, sections: list[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sections")  # the stylesheet's QListView#sections
        self.setItemDelegate(SectionDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setMouseTracking(True)  # the hover tile
        self.setUniformItemSizes(True)
        self._sections = list(sections)
        self._generation = 0
        for section in sections:
            item = QListWidgetItem(icons.icon(section.icon), section.label, self)
            item.setData(KEY_ROLE, section.key)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, section.label)
        self.fit_width()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def fit_width(self) -> None:
        """Wide enough for the widest row at the current font: never clips."""
        widest = self.sizeHintForColumn(0)
        self.setMinimumWidth(widest + 2 * self.frameWidth())

    def row_of(self, key: str) -> int:
        return next(i for i, s in enumerate(self._sections) if s.key == key)

    def set_count(self, key: str, count: int | None) -> None:
        """Show ``count`` on the section ``key`` (None or 0: no badge) and
        say it in the row's accessible name."""
        item = self.item(self.row_of(key))
        label = self._sections[self.row_of(key)].label
        item.setData(COUNT_ROLE, count)
        spoken = (
            _t("{section}, {count}").format(section=label, count=spoken_count(key, count))
            if count
            else label
        )
        item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
        self.fit_width()  # a badge takes room: the name never clips

    def clear_counts(self) -> None:
        self._generation += 1  # a count still on its way is dropped
        for section in self._sections:
            self.set_count(section.key, None)

    def refresh_counts(self, vault: Vault | None, today: Callable[[], date]) -> ops.Op | None:
        """Count again on a worker thread; the newest answer wins."""
        if vault is None or vault.is_locked:
            self.clear_counts()
            return None
        self._generation += 1
        generation = self._generation
        day = today()

        def show(counts: dict[str, int]) -> None:
            if generation == self._generation:
                for key, count in counts.items():
                    self.set_count(key, count)

        def drop(_error: BaseException) -> None:  # a count is a help, never an error to show
            if generation == self._generation:
                self.clear_counts()

        return (
            ops.run(lambda: count_sections(vault, day), parent=self)
            .on_success(show)
            .on_failure(drop)
        )
