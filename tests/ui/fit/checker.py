"""Does every text on a screen fit where it is drawn? A checker for laid-out
widgets, used by test_screens_fit.py on every screen the screenshot script
builds (and proved on deliberately narrow widgets in test_checker.py).

For each visible widget under a root (one window, or a part of one):

* a label that does not wrap: its text, measured with the label's own
  ``QFontMetrics`` (``QTextDocument`` for rich text), fits the label's
  contents rectangle less its margin and indent, in width and height;
* a label that wraps: ``heightForWidth(width)`` fits its height, and its
  longest unbreakable word fits its width (``minimumSizeHint``);
* a push button: its text and icon fit the style's contents rectangle
  (``SE_PushButtonContents``, what the stylesheet leaves inside border and
  padding); a check box or radio button: its text fits
  ``SE_CheckBoxContents`` / ``SE_RadioButtonContents``; a tool button:
  ``sizeHint`` fits its size;
* a group box's title (``SC_GroupBoxLabel``) lies inside the box; each tab
  of a tab bar gets its ``tabSizeHint`` and lies inside the bar (no tab
  squeezed, elided or scrolled away);
* a combo box's current text fits its edit field; a line edit's value (or
  its placeholder) fits its text area; a list view's rows (their text and
  ``sizeHintForIndex``) fit its viewport, unless the list elides by design
  (then each row's rectangle must lie within the viewport, so it really
  elides rather than scrolling sideways); a list that wraps its rows: each
  row lies within the viewport and is as tall as its wrapped text;
* nothing that shows text is cut by an ancestor: its rectangle, clipped by
  every ancestor up to the root, is whole, except where a scroll area can
  scroll to the rest; no two text-showing widgets overlap;
* the window's minimum size (and a dialog's size) fits the screen's
  available area; the widget that makes it too large is named.

Widgets that elide on purpose are listed in :data:`ELIDED_BY_DESIGN`, by
class name or object name (a list that elides must then not scroll sideways).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStyleOptionGroupBox,
    QTabBar,
    QToolButton,
    QWidget,
)

#: pixels of slack for rounding (text advances are fractional)
SLACK = 1

#: widget classes (by name) that shorten their text on purpose, with "…"
ELIDED_BY_DESIGN = frozenset(
    {
        "_ElidedLabel",  # ui/logs/attachment_viewer.py: a file name, elided in the middle
        "journal_entries",  # ui/journal/view.py: one line per entry, its first words elided
    }
)


@dataclass(frozen=True)
class Problem:
    owner: str  # the module of the nearest FieldSafe class, e.g. "ui/logs/form.py"
    widget: str  # the widget's class and text or accessible name
    what: str  # what does not fit, in pixels
    screen: str = ""

    def line(self) -> str:
        where = f"{self.screen}: " if self.screen else ""
        return f"{where}{self.owner}: {self.widget}: {self.what}"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def owner(widget: QWidget) -> str:
    """The FieldSafe module that laid ``widget`` out: the module of the
    nearest class (its own or an ancestor's) defined in ``fieldsafe.ui``,
    passing over the shared building blocks of ``ui/common`` (a date field,
    an empty state) to the screen that placed them."""
    first = ""
    current: QWidget | None = widget
    while current is not None:
        module = type(current).__module__
        if module.startswith("fieldsafe.ui."):
            path = module.removeprefix("fieldsafe.").replace(".", "/") + ".py"
            if not path.startswith("ui/common/"):
                return path
            first = first or path
        current = current.parentWidget()
    return first or "?"


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    if not text.strip():
        text = widget.accessibleName() or widget.objectName()
    text = " ".join(text.split())
    if len(text) > 48:
        text = text[:47] + "…"
    return f'{type(widget).__name__} "{text}"'


def _elided_by_design(widget: QWidget) -> bool:
    names = {type(widget).__name__, widget.objectName()}
    return bool(names & ELIDED_BY_DESIGN)


def _mnemonic_free(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# -- the checks, one kind of widget each ------------------------------------------------
def _label(label: QLabel) -> list[str]:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull() or _elided_by_design(label):
        return []
    if label.wordWrap():
        out = []
        need = label.heightForWidth(label.width())
        if need > label.height() + SLACK:
            out.append(f"wraps to {need} px high in {label.height()} px")
        longest = label.minimumSizeHint().width()
        if longest > label.width() + SLACK:
            out.append(f"its longest word needs {longest} px, has {label.width()} px")
        return out
    rect = label.contentsRect()
    margin = label.margin()
    indent = max(label.indent(), 0)
    if label.indent() < 0 and label.frameWidth() > 0:
        indent = label.fontMetrics().horizontalAdvance("x") // 2
    width = rect.width() - 2 * margin - indent
    height = rect.height() - 2 * margin
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)
    )
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setDocumentMargin(0)
        document.setHtml(text)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.NoWrap)
        document.setDefaultTextOption(option)
        need_w, need_h = round(document.idealWidth()), round(document.size().height())
    else:
        metrics = QFontMetrics(label.font())
        shown = _mnemonic_free(text) if label.buddy() is not None else text
        lines = shown.split("\n")
        need_w = max(metrics.horizontalAdvance(line) for line in lines)
        need_h = metrics.height() + (len(lines) - 1) * metrics.lineSpacing()
    out = []
    if need_w > width + SLACK:
        out.append(f"text {need_w} px wide in {width} px")
    if need_h > height + SLACK:
        out.append(f"text {need_h} px high in {height} px")
    return out


def _push_button(button: QPushButton) -> list[str]:
    text = _mnemonic_free(button.text())
    if not text.strip() and button.icon().isNull():
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    metrics = QFontMetrics(button.font())
    need_w = metrics.horizontalAdvance(text) if text else 0
    need_h = metrics.height() if text else 0
    if not button.icon().isNull():
        need_w += button.iconSize().width() + (4 if text else 0)
        need_h = max(need_h, button.iconSize().height())
    out = []
    if need_w > room.width() + SLACK:
        out.append(f"text and icon {need_w} px wide in {room.width()} px")
    if need_h > room.height() + SLACK:
        out.append(f"text {need_h} px high in {room.height()} px")
    return out


def _check_or_radio(button: QCheckBox | QRadioButton) -> list[str]:
    text = _mnemonic_free(button.text())
    if not text.strip():
        return []
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents
    )
    room = button.style().subElementRect(element, option, button)
    metrics = QFontMetrics(button.font())
    need_w = metrics.horizontalAdvance(text)
    if not button.icon().isNull():
        need_w += button.iconSize().width() + 4
    out = []
    if need_w > room.width() + SLACK:
        out.append(f"text {need_w} px wide in {room.width()} px")
    if metrics.height() > room.height() + SLACK:
        out.append(f"text {metrics.height()} px high in {room.height()} px")
    return out


def _tool_button(button: QToolButton) -> list[str]:
    if (
        not button.text().strip()
        or button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return []
    hint, size = button.sizeHint(), button.size()
    if hint.width() > size.width() + SLACK or hint.height() > size.height() + SLACK:
        return [f"needs {hint.width()}x{hint.height()} px, has {size.width()}x{size.height()} px"]
    return []


def _group_box(box: QGroupBox) -> list[str]:
    if not box.title().strip():
        return []
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    if not box.rect().contains(label):
        return [f"title {label.width()} px wide runs out of the box ({box.width()} px)"]
    return []


def _tab_bar(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        rect, hint = bar.tabRect(i), bar.tabSizeHint(i)
        name = f'tab "{bar.tabText(i)}"'
        if not bar.rect().contains(rect):
            out.append(f"{name} lies outside the tab bar")
        elif rect.width() + SLACK < hint.width() or rect.height() + SLACK < hint.height():
            out.append(f"{name} needs {hint.width()} px, has {rect.width()} px")
    return out


def _combo_box(combo: QComboBox) -> list[str]:
    text = combo.currentText()
    if not text.strip() or combo.isEditable():
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    room = field.width() - 2  # CE_ComboBoxLabel draws 1 px in from each side
    if need > room:
        return [f'shows "{text}" ({need} px) in {room} px']
    return []


def _line_edit(edit: QLineEdit) -> list[str]:
    """The value (a date, a number, sample text) or, while empty, the
    placeholder must fit: the screens hold short, realistic values, so one
    that does not is a field too narrow for what it is for."""
    text = edit.displayText() or edit.placeholderText()
    if not text.strip() or _elided_by_design(edit):
        return []
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    room = room.marginsRemoved(edit.textMargins())
    width = room.width() - 2 * 2  # QLineEdit's own horizontal margin
    need = QFontMetrics(edit.font()).horizontalAdvance(text)
    what = "value" if edit.displayText() else "placeholder"
    if need > width + SLACK:
        return [f'{what} "{text}" needs {need} px, has {width} px']
    return []


def _row_need(view: QListView, index: QModelIndex) -> int:
    """The width a row needs: its delegate's size hint, and at least its
    text (a delegate may claim less to have the row elided)."""
    text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    lines = text.split("\n")
    need = max(QFontMetrics(view.font()).horizontalAdvance(line) for line in lines) + 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        need += view.iconSize().width() + 2 * margin
    return max(need, view.sizeHintForIndex(index).width())


def _wrapped_rows(view: QListView, model: QAbstractItemModel, room: int) -> list[str]:
    """Rows that wrap: each within the list, and as tall as its wrapped text."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics = QFontMetrics(view.font())
    for row in range(min(model.rowCount(view.rootIndex()), 50)):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        rect = view.visualRect(index)
        if rect.width() > room + SLACK:
            return [f"row {row + 1} runs past the list ({rect.width()} px in {room} px)"]
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = rect.width() - 2 * margin
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width -= view.iconSize().width() + 2 * margin
        flags = int(Qt.TextFlag.TextWordWrap)
        need = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), flags, text).height()
        if need > rect.height() + SLACK:
            return [f"row {row + 1} wraps to {need} px high in {rect.height()} px"]
    return []


def _list_view(view: QListView) -> list[str]:
    """Rows fit the list; a list on the allow-list elides them instead, and
    then each row lies within the list (the delegate elides at its edge)."""
    model = view.model()
    if model is None:
        return []
    room = view.viewport().width()
    if view.wordWrap():
        return _wrapped_rows(view, model, room)
    elides = _elided_by_design(view)
    for row in range(min(model.rowCount(view.rootIndex()), 50)):
        index = model.index(row, view.modelColumn(), view.rootIndex())
        if elides:
            shown = view.visualRect(index).width()
            if shown > room + SLACK:
                return [f"meant to elide its rows, but row {row + 1} runs past the list"]
            continue
        need = _row_need(view, index)
        if need > room + SLACK:
            return [f"row {row + 1} needs {need} px, the list has {room} px"]
    return []


def _kind_checks(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        return _label(widget)
    if isinstance(widget, QPushButton):
        return _push_button(widget)
    if isinstance(widget, QCheckBox | QRadioButton):
        return _check_or_radio(widget)
    if isinstance(widget, QToolButton):
        return _tool_button(widget)
    if isinstance(widget, QGroupBox):
        return _group_box(widget)
    if isinstance(widget, QTabBar):
        return _tab_bar(widget)
    if isinstance(widget, QComboBox):
        return _combo_box(widget)
    if isinstance(widget, QListView):
        return _list_view(widget)
    if isinstance(widget, QLineEdit):
        return _line_edit(widget)
    return []


# -- where widgets lie ------------------------------------------------------------------
def _shows_text(widget: QWidget) -> bool:
    if isinstance(widget, QLabel):
        return bool(widget.text().strip()) or not widget.pixmap().isNull()
    if isinstance(widget, QGroupBox):
        return bool(widget.title().strip())
    return isinstance(widget, QAbstractButton | QLineEdit | QComboBox | QAbstractSpinBox)


def _scroll_area_of(viewport: QWidget) -> QAbstractScrollArea | None:
    area = viewport.parentWidget()
    if isinstance(area, QAbstractScrollArea) and area.viewport() is viewport:
        return area
    return None


def _can_scroll(area: QAbstractScrollArea, orientation: Qt.Orientation) -> bool:
    """The rest can be scrolled to, and a scroll bar says there is more."""
    if orientation == Qt.Orientation.Horizontal:
        bar, policy = area.horizontalScrollBar(), area.horizontalScrollBarPolicy()
    else:
        bar, policy = area.verticalScrollBar(), area.verticalScrollBarPolicy()
    return bar.maximum() > 0 and policy != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def _clipped(widget: QWidget, root: QWidget) -> tuple[QRect, list[str]]:
    """``widget``'s rectangle in ``root``'s coordinates, clipped by its
    ancestors; and where an ancestor cuts it off without a way to scroll."""
    rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
    cut: list[str] = []
    current = widget
    while current is not root and current.parentWidget() is not None:
        parent = current.parentWidget()
        inside = QRect(parent.mapTo(root, QPoint(0, 0)), parent.size())
        clipped = rect.intersected(inside)
        sideways = rect.left() < inside.left() - SLACK or rect.right() > inside.right() + SLACK
        upright = rect.top() < inside.top() - SLACK or rect.bottom() > inside.bottom() + SLACK
        if (sideways or upright) and not cut:
            area = _scroll_area_of(parent)
            scrolls = area is not None and (
                (not sideways or _can_scroll(area, Qt.Orientation.Horizontal))
                and (not upright or _can_scroll(area, Qt.Orientation.Vertical))
            )
            if not scrolls:
                lost_w, lost_h = rect.width() - clipped.width(), rect.height() - clipped.height()
                cut.append(
                    f"cut off by {type(parent).__name__} "
                    f"({lost_w} px of its width, {lost_h} px of its height hidden)"
                )
        rect = clipped
        if rect.isEmpty():
            break  # scrolled out of view
        current = parent
    return rect, cut


def _overlay(widget: QWidget, root: QWidget) -> bool:
    """Inside an overlay drawn over a list on purpose (an empty state)."""
    current: QWidget | None = widget
    while current is not None and current is not root:
        if current.property("role") == "empty-state":
            return True
        current = current.parentWidget()
    return False


def _overlaps(shown: list[tuple[QWidget, QRect]]) -> list[tuple[QWidget, str]]:
    out = []
    for i, (first, a) in enumerate(shown):
        for second, b in shown[i + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            both = a.intersected(b)
            if both.width() > SLACK and both.height() > SLACK:
                out.append(
                    (first, f"overlaps {describe(second)} by {both.width()}x{both.height()} px")
                )
    return out


def _visible(root: QWidget) -> list[QWidget]:
    window = root.window()
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if w.window() is window and (w is root or w.isVisibleTo(root)) and w.isVisible()
    ]


def check(root: QWidget, *, screen: str = "", available: QSize | None = None) -> list[Problem]:
    """Everything under ``root`` whose text does not fit (see the module's
    docs); a window is measured against ``available`` (default: its
    screen's available area)."""
    problems: list[Problem] = []

    def report(widget: QWidget, what: str) -> None:
        problems.append(Problem(owner(widget), describe(widget), what, screen))

    shown: list[tuple[QWidget, QRect]] = []
    for widget in _visible(root):
        for what in _kind_checks(widget):
            report(widget, what)
        if not _shows_text(widget):
            continue
        rect, cut = _clipped(widget, root)
        for what in cut:
            report(widget, what)
        if not rect.isEmpty() and not _overlay(widget, root):
            shown.append((widget, rect))
    for widget, what in _overlaps(shown):
        report(widget, what)
    if root.isWindow():
        problems += _fits_screen(root, screen, available)
    return problems


def _minimum(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def _fits_screen(window: QWidget, screen_name: str, room: QSize | None) -> list[Problem]:
    """The window's minimum size fits the screen's available area (without
    the window manager's frame); a dialog also opens no larger than it. (The
    main window is not judged by its size: one screen that grows it leaves
    it grown for the next ones.)"""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if room is None and screen is None:
        return []
    available = room if room is not None else screen.availableGeometry().size()
    for size, what in ((_minimum(window), "minimum size"), (window.size(), "size")):
        if what == "size" and not isinstance(window, QDialog):
            continue
        wide, tall = size.width() > available.width(), size.height() > available.height()
        if not (wide or tall):
            continue
        enough = (available.width() if wide else available.height()) * 0.4
        culprit = _largest_minimum(window, wide, enough) if what == "minimum size" else window
        return [
            Problem(
                owner(culprit),
                describe(culprit),
                f"makes the window's {what} {size.width()}x{size.height()}, larger than "
                f"the screen's {available.width()}x{available.height()}",
                screen_name,
            )
        ]
    return []


def _largest_minimum(widget: QWidget, wide: bool, enough: float) -> QWidget:
    """The widget that makes ``widget`` too large: down the visible child
    with the largest minimum size (width if ``wide``, else height), while
    that minimum is at least ``enough`` pixels."""

    def minimum(w: QWidget) -> int:
        size = _minimum(w)
        return size.width() if wide else size.height()

    current = widget
    while True:
        children = [
            c
            for c in current.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
            if c.isVisible() and not c.isWindow()
        ]
        if not children:
            return current
        child = max(children, key=minimum)
        if minimum(child) < enough:
            return current
        current = child
