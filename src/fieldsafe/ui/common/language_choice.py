"""The language choice: every language FieldSafe speaks, each by its own name
("English", "العربية"), so a person finds theirs whatever the interface
speaks now, and with whether a native speaker has reviewed it. Used on the
first-run welcome page and in Preferences.

The closed box shows the language's name only (its value); the open list
shows each name with its review status on a second, smaller line ("Awaiting
review by native speakers", in the interface's language), and a screen
reader hears both (each row's accessible text, and the box's accessible
description). :meth:`LanguageChoice.status_hint` is a hint label that says
the chosen translation's status under the box (nothing for English, the
original, or for the computer's own language)."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from fieldsafe.ui.common import i18n
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.theme import TYPE_SCALE

#: the item role that holds a language's review status (its second line)
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("LanguageChoice", text)


def _status_font(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * TYPE_SCALE["small"])
    return small


class _NameAndStatus(QStyledItemDelegate):
    """A row of the open list: the language's own name, and under it,
    smaller and muted, its review status. Rows without a status (Same as
    this computer) are drawn as usual."""

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        status = index.data(STATUS_ROLE)
        if not status:
            return size
        name = QFontMetrics(option.font)
        small = QFontMetrics(_status_font(option.font))
        across = size.width() - name.horizontalAdvance(str(index.data()))  # margins
        down = max(0, size.height() - name.height())
        width = max(size.width(), small.horizontalAdvance(status) + across)
        return QSize(width, name.lineSpacing() + small.lineSpacing() + down)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        status = index.data(STATUS_ROLE)
        if not status:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)  # the row
        opt.text = name
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        small = _status_font(opt.font)
        name_height = QFontMetrics(opt.font).lineSpacing()
        status_height = QFontMetrics(small).lineSpacing()
        top = area.top() + (area.height() - name_height - status_height) // 2
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # leading: mirrored
        lines = (
            (opt.font, QRect(area.left(), top, area.width(), name_height), name, False),
            (
                small,
                QRect(area.left(), top + name_height, area.width(), status_height),
                status,
                True,
            ),
        )
        painter.save()
        for font, rect, text, muted in lines:
            painter.setFont(font)
            if selected:
                role = QPalette.ColorRole.HighlightedText
            else:
                role = QPalette.ColorRole.PlaceholderText if muted else QPalette.ColorRole.Text
            elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            style.drawItemText(
                painter,
                rect,
                int(QStyle.visualAlignment(opt.direction, align)),
                opt.palette,
                bool(opt.state & QStyle.StateFlag.State_Enabled),
                elided,
                role,
            )
        painter.restore()


class LanguageChoice(QComboBox):
    """Emits :attr:`chosen` with the language's code when the person picks
    one ("" for "Same as this computer", offered with ``with_system``)."""

    chosen = Signal(str)

    def __init__(
        self, *, current: str | None, with_system: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(_t("Language"))
        self.setItemDelegate(_NameAndStatus(self))
        if with_system:
            self.addItem(_t("Same as this computer"), "")
        for code in i18n.available_languages():
            name, status = i18n.native_name(code), i18n.review_status(code)
            self.addItem(name, code)
            row = self.count() - 1
            self.setItemData(row, status, STATUS_ROLE)
            self.setItemData(
                row,
                isolated(_t("{language}: {status}"), language=name, status=status),
                Qt.ItemDataRole.AccessibleTextRole,
            )
        self._hint: QLabel | None = None
        self.currentIndexChanged.connect(self._say_status)
        self.set_value(current)
        self._say_status()
        self.activated.connect(lambda index: self.chosen.emit(self.itemData(index) or ""))

    def value(self) -> str | None:
        """The chosen language's code; ``None`` for the computer's own."""
        return self.currentData() or None

    def set_value(self, language: str | None) -> None:
        index = self.findData(language or "")
        if index < 0 and language:
            index = self.findData(language.split("_")[0])
        self.setCurrentIndex(max(index, 0))

    def status(self) -> str:
        """The chosen language's review status, with its name ("العربية:
        Awaiting review by native speakers"); "" for the computer's own."""
        return str(self.currentData(Qt.ItemDataRole.AccessibleTextRole) or "")

    def status_hint(self, parent: QWidget) -> QLabel:
        """A hint label (a child of ``parent``, for a layout there) that says
        the chosen translation's review status and follows the choice (one
        per box)."""
        if self._hint is None:
            self._hint = QLabel(parent)
            self._hint.setObjectName("language-status")
            self._hint.setProperty("role", "hint")
            self._hint.setTextFormat(Qt.TextFormat.PlainText)
            self._hint.setWordWrap(True)
            self._say_status()
        return self._hint

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        # The open list is as wide as its widest row, status line included
        # (QComboBox measures only the names).
        view = self.view()
        scroll = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(view.sizeHintForColumn(0) + scroll + 2 * view.frameWidth())
        super().showPopup()

    def _say_status(self) -> None:
        status = self.status()
        self.setAccessibleDescription(status)
        if self._hint is not None:
            # Said for a translation; English, the original, needs no note.
            code = self.value()
            shown = bool(code) and i18n.language_info(code or "").review.status != "source"
            self._hint.setText(status if shown else "")
            self._hint.setVisible(shown)
