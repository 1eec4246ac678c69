"""The one application stylesheet, made from a :class:`~.theme.Palette` and
the application font (see :mod:`.theme` for the roles widgets opt in to).

Sizes are in pixels computed from the font's line height, so a larger font
(or font scale) gets larger padding and radii; font sizes are in points,
multiples of the application font's size. Nothing here is italic: Arabic and
many other scripts have no italic forms.

Every focusable kind of widget in :data:`FOCUSABLE` gets a ring of
:data:`RING` pixels in the palette's focus colour when it has the keyboard
focus; the resting border is thinner, and padding makes up the difference so
nothing moves when the focus arrives. Combo boxes and spin boxes (date
fields too) are left to the style, because a stylesheet rule for them would
lose their arrows: :class:`FieldSafeStyle`, a proxy of Fusion, draws their
edge and ring, and the check boxes and radio buttons, in the theme's colours.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionProgressBar,
    QWidget,
)

from fieldsafe.ui.common.theme import TYPE_SCALE, Palette

#: the width of the focus ring, in pixels
RING = 2

#: the widget classes that take the keyboard focus and get a ring
FOCUSABLE = (
    "QPushButton",
    "QToolButton",
    "QLineEdit",
    "QTextEdit",
    "QPlainTextEdit",
    "QCheckBox",
    "QRadioButton",
    "QListView",
    "QTreeView",
    "QTableView",
    "QTabBar::tab",
    "QSlider",
)


def stylesheet(palette: Palette, font: QFont) -> str:
    """The application stylesheet for ``palette`` at ``font``'s size."""
    p = palette
    metrics = QFontMetrics(font)
    unit = max(2, round(metrics.height() / 4))
    radius = max(3, unit)
    base = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    size = {role: f"{base * factor:.1f}pt" for role, factor in TYPE_SCALE.items()}
    edge = 1  # the resting border; the ring is RING wide, padding makes up the rest
    overhang = max(2, round(metrics.height() / 6))  # a final Arabic noon's tail: about 4 px at 1.6
    pad = RING - edge
    return f"""
QToolTip {{
    color: {p.text}; background: {p.surface}; border: 1px solid {p.border};
    padding: {unit}px;
}}

/* Buttons */
QPushButton {{
    color: {p.text}; background: {p.raised};
    border: {edge}px solid {p.border}; border-radius: {radius}px;
    padding: {unit - 1 + pad}px {unit * 2 + pad}px;
    min-height: {metrics.height()}px;
}}
QPushButton:hover {{ background: {p.hover}; }}
QPushButton:pressed, QPushButton:checked {{ background: {p.selection}; color: {p.on_selection}; }}
QPushButton:default {{
    background: {p.accent}; color: {p.on_accent}; border-color: {p.accent};
}}
QPushButton:disabled {{
    color: {p.disabled}; background: {p.window}; border-color: {p.border};
}}
QPushButton:focus {{
    border: {RING}px solid {p.focus}; padding: {unit - 1}px {unit * 2}px;
}}
QToolButton {{
    color: {p.text}; background: transparent;
    border: {RING}px solid transparent; border-radius: {radius}px; padding: {unit}px;
}}
QToolButton:hover {{ background: {p.hover}; }}
QToolButton:pressed, QToolButton:checked {{ background: {p.selection}; color: {p.on_selection}; }}
QToolButton:focus {{ border-color: {p.focus}; }}
QToolButton[popupMode="2"]::menu-indicator {{ image: none; width: 0px; }}
QToolBar {{ background: {p.window}; border: none; padding: {unit}px; spacing: {unit}px; }}

/* Fields */
QLineEdit {{
    color: {p.text}; background: {p.surface}; placeholder-text-color: {p.muted};
    border: {edge}px solid {p.border}; border-radius: {radius}px;
    padding: {1 + pad}px {unit + pad}px;
    selection-background-color: {p.selection}; selection-color: {p.on_selection};
}}
QLineEdit:focus {{
    border: {RING}px solid {p.focus}; padding: 1px {unit}px;
}}
QLineEdit:disabled {{
    color: {p.disabled}; background: {p.window};
}}
QLineEdit:read-only {{ background: {p.window}; }}
QComboBox QAbstractItemView {{
    color: {p.text}; background: {p.surface}; border: 1px solid {p.border};
    selection-background-color: {p.selection}; selection-color: {p.on_selection};
}}
QTextEdit, QPlainTextEdit {{
    color: {p.text}; background: {p.surface}; placeholder-text-color: {p.muted};
    border: {edge}px solid {p.border}; border-radius: {radius}px; padding: {pad}px;
    selection-background-color: {p.selection}; selection-color: {p.on_selection};
}}
QTextEdit:focus, QPlainTextEdit:focus {{ border: {RING}px solid {p.focus}; padding: 0px; }}
QTextEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] {{ background: {p.window}; }}

/* Choices */
QCheckBox, QRadioButton {{
    color: {p.text}; border: {RING}px solid transparent; border-radius: {radius}px;
    padding: {unit // 2}px {unit}px; spacing: {unit * 2}px;
}}
QCheckBox:focus, QRadioButton:focus {{ border-color: {p.focus}; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {p.disabled}; }}

/* Lists */
QListView, QTreeView, QTableView {{
    color: {p.text}; background: {p.surface}; alternate-background-color: {p.surface_alt};
    border: {edge}px solid {p.border}; border-radius: {radius}px; padding: {pad}px;
    selection-background-color: {p.selection}; selection-color: {p.on_selection};
}}
QListView:focus, QTreeView:focus, QTableView:focus {{
    border: {RING}px solid {p.focus}; padding: 0px;
}}
QHeaderView::section {{
    color: {p.muted}; background: {p.window}; border: none;
    border-bottom: 1px solid {p.border}; padding: {unit}px {unit * 2}px;
}}
QTabBar::tab {{
    color: {p.text}; background: {p.window};
    border: {RING}px solid transparent; padding: {unit}px {unit * 3}px;
}}
QTabBar::tab:selected {{ background: {p.surface}; border-bottom-color: {p.accent}; }}
QTabBar::tab:focus {{ border-color: {p.focus}; }}
QSlider:focus {{ border: {RING}px solid {p.focus}; border-radius: {radius}px; }}

/* The sections sidebar (its rows are drawn by ui.shell.sidebar) */
QListView#sections {{
    background: {p.surface_alt}; border: {RING}px solid transparent;
    border-radius: {radius}px; padding: {unit}px 0px;
}}
QListView#sections:focus {{ border-color: {p.focus}; }}

/* Labels keep a little room at both ends for glyphs that reach past their
   advance, such as the tail of a final Arabic letter at the end of a line */
QLabel {{ padding: 0px {overhang}px; }}

/* Text roles: set with setProperty("role", ...) */
QLabel[role="hint"] {{ color: {p.muted}; font-size: {size["small"]}; font-style: normal; }}
QLabel[role="heading"] {{ font-size: {size["heading"]}; font-weight: 600; }}
QLabel[role="title"] {{ font-size: {size["title"]}; font-weight: 600; }}
QFrame[role="notice"] {{
    background: {p.attention_surface}; border: 1px solid {p.attention};
    border-radius: {radius}px; padding: {unit}px;
}}
QFrame[role="notice"] QLabel {{ background: transparent; }}
QLabel[role="attention"] {{ color: {p.attention}; font-weight: 600; }}
QLabel[role="steady"] {{ color: {p.steady}; font-weight: 600; }}

/* Empty states (ui.common.empty_state) */
QFrame[role="empty-state"] {{ background: {p.surface}; border: none; }}
QFrame[role="empty-state"] QLabel {{ background: transparent; }}
QLabel[role="empty-title"] {{ font-size: {size["title"]}; font-weight: 600; }}
QLabel[role="empty-body"] {{ color: {p.muted}; }}
"""


#: drawn by :class:`FieldSafeStyle` rather than the stylesheet (their arrows)
STYLE_DRAWN = ("QComboBox", "QAbstractSpinBox")


class FieldSafeStyle(QProxyStyle):
    """Fusion, with the theme's edges and focus rings on combo boxes and spin
    boxes, check boxes and radio buttons that stand out in every theme, and
    progress bars filled with the accent colour."""

    def __init__(self, palette: Palette) -> None:
        super().__init__("Fusion")
        self.theme = palette

    def drawComplexControl(  # noqa: N802 - Qt API
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control not in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            return
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        width = RING if focused else 1
        colour = self.theme.focus if focused else self.theme.border
        self._edge(painter, QRectF(option.rect), QColor(colour), width)

    def drawControl(  # noqa: N802 - Qt API
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.ControlElement.CE_ProgressBarContents and isinstance(
            option, QStyleOptionProgressBar
        ):
            # Fusion fills a progress bar with Highlight, the pale tint of a
            # selected row: a full passphrase meter looked like an empty field.
            option = QStyleOptionProgressBar(option)
            palette = QPalette(option.palette)
            palette.setColor(QPalette.ColorRole.Highlight, QColor(self.theme.accent))
            option.palette = palette
        super().drawControl(element, option, painter, widget)

    def drawPrimitive(  # noqa: N802 - Qt API
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            self._check_box(option, painter)
            return
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            self._radio_button(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)

    @staticmethod
    def _edge(painter: QPainter, rect: QRectF, colour: QColor, width: int) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.restore()

    def _indicator_colours(self, option: QStyleOption) -> tuple[QColor, QColor, QColor]:
        """Edge, fill and mark colours for a check box or radio button."""
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        on = bool(option.state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_NoChange))
        t = self.theme
        if not enabled:
            return QColor(t.disabled), QColor(t.window), QColor(t.disabled)
        if on:
            return QColor(t.accent), QColor(t.accent), QColor(t.on_accent)
        return QColor(t.muted), QColor(t.surface), QColor(t.on_accent)

    def _check_box(self, option: QStyleOption, painter: QPainter) -> None:
        edge, fill, mark = self._indicator_colours(option)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        pen = QPen(mark, max(1.5, rect.width() / 7))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        if option.state & QStyle.StateFlag.State_NoChange:
            middle = rect.center().y()
            painter.drawLine(
                QPointF(rect.left() + rect.width() * 0.25, middle),
                QPointF(rect.right() - rect.width() * 0.25, middle),
            )
        elif option.state & QStyle.StateFlag.State_On:
            path = QPainterPath()
            path.moveTo(rect.left() + rect.width() * 0.22, rect.top() + rect.height() * 0.52)
            path.lineTo(rect.left() + rect.width() * 0.42, rect.top() + rect.height() * 0.72)
            path.lineTo(rect.left() + rect.width() * 0.78, rect.top() + rect.height() * 0.30)
            painter.drawPath(path)
        painter.restore()

    def _radio_button(self, option: QStyleOption, painter: QPainter) -> None:
        edge, fill, mark = self._indicator_colours(option)
        rect = QRectF(option.rect).adjusted(1, 1, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(fill)
        painter.drawEllipse(rect)
        if option.state & QStyle.StateFlag.State_On:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(mark)
            dot = rect.width() * 0.2
            painter.drawEllipse(rect.adjusted(dot, dot, -dot, -dot))
        painter.restore()
