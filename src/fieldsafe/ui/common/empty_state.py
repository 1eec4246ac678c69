"""Empty states that teach: what a list is for, and one clear next step.

:class:`EmptyState` lies over a list view while the list has nothing to show
(its owner says when, through ``is_empty``): an icon, a calm title, a
sentence or two, and one button that starts the first record. The button
comes right after the list in the Tab order, and the list's accessible
description says the same words while it is empty, so a screen reader hears
them on arriving in the list. Its look is the stylesheet's (``role`` =
``empty-state``, ``empty-title``, ``empty-body``; see :mod:`.theme`).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.ui.common import icons, theme


class IconMark(QWidget):
    """An icon drawn in the palette's colours at paint time (it follows the
    theme), sized from the font."""

    def __init__(self, name: str, lines: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._icon = icons.icon(name)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        side = round(self.fontMetrics().height() * self._lines)
        return QSize(side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        self._icon.paint(painter, self.rect())
        painter.end()


class EmptyState(QFrame):
    """Shown over ``view`` while ``is_empty()`` (see the module's docs).
    Call :meth:`update_shown` when what the list holds may have changed; the
    view's model signals call it too."""

    def __init__(
        self,
        view: QAbstractItemView,
        *,
        icon: str,
        title: str,
        body: str,
        action: str,
        action_name: str,
        on_action: Callable[[], object],
        is_empty: Callable[[], bool],
    ) -> None:
        super().__init__(view)
        self.setProperty("role", "empty-state")
        self._view = view
        self._is_empty = is_empty
        self._body_text = body
        self.mark = IconMark(icon, 2.5, self)
        self.title = QLabel(title, self)
        self.title.setProperty("role", "empty-title")
        self.body = QLabel(body, self)
        self.body.setProperty("role", "empty-body")
        self.button = QPushButton(icons.icon("new"), action, self)
        self.button.setAccessibleName(action_name)
        self.button.clicked.connect(lambda: on_action())
        for label in (self.title, self.body):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._lay_out()
        view.installEventFilter(self)
        view.viewport().installEventFilter(
            self
        )  # the view's own Resize comes before its viewport's
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update_shown)
        QWidget.setTabOrder(view, self.button)
        self.hide()
        self.update_shown()

    def _lay_out(self) -> None:
        space = theme.spacing(2, metrics=self.fontMetrics())
        layout = QVBoxLayout(self)
        # exactly the list's size, however narrow: the words wrap, never run off
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.setContentsMargins(space, 2 * space, space, 2 * space)
        layout.setSpacing(space)
        layout.addStretch(1)
        layout.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addSpacing(space)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def update_shown(self) -> None:
        """Show or hide as the list is empty or not; keep the list's
        accessible description in step."""
        if not (shiboken6.isValid(self) and shiboken6.isValid(self._view)):
            return  # the list is being deleted (its model says so on the way)
        empty = bool(self._is_empty())
        self._view.setAccessibleDescription(self._body_text if empty else "")
        if empty:
            self._cover()
            self.show()
            self.raise_()
        else:
            self.hide()

    def _cover(self) -> None:
        viewport = self._view.viewport()
        self.setGeometry(QRect(viewport.pos(), viewport.size()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if not shiboken6.isValid(self._view):
            return False
        watching = watched is self._view or watched is self._view.viewport()
        if watching and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._cover()
        return False
