"""GUI test helpers: find widgets by accessible name, wait for ops, and
leave no window (or record text) behind for the next test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QAccessible, QFont, QPalette
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QStyleFactory, QWidget

from fieldsafe.core.clock import FakeClock
from fieldsafe.ui.common import ops
from fieldsafe.ui.shell.settings import seal_qsettings

W = TypeVar("W", bound=QWidget)

START = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


def find(
    name: str, cls: type[W] = QWidget, *, within: QWidget | None = None, visible: bool = True
) -> W:  # type: ignore[assignment]
    """The one widget whose accessible name is exactly ``name``."""
    found = find_all(name, cls, within=within, visible=visible)
    assert len(found) == 1, f"expected one {cls.__name__} named {name!r}, found {len(found)}"
    return found[0]


def find_all(
    name: str, cls: type[W] = QWidget, *, within: QWidget | None = None, visible: bool = True
) -> list[W]:  # type: ignore[assignment]
    out = []
    for widget in QApplication.allWidgets():
        if not isinstance(widget, cls) or widget.accessibleName() != name:
            continue
        if visible and not widget.isVisible():
            continue
        if within is not None and widget is not within and not within.isAncestorOf(widget):
            continue
        out.append(widget)
    return out


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces for ``widget``."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed_focusable(root: QWidget) -> list[str]:
    """The focusable widgets under ``root`` that have no accessible name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox):
            continue  # the spin box's own line edit; the spin box carries the name
        if not accessible_name(widget).strip():
            missing.append(f"{type(widget).__name__}({widget.objectName()})")
    return missing


def activate(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    """Make ``widget``'s window the active one (window shortcuts need it)."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def wait_ops(qtbot) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)


def run_posted(qtbot) -> None:  # noqa: ANN001
    """Let everything already queued for the event loop run (posted events and
    0 ms timers, such as an offer deferred to the next turn): a 0 ms timer
    queued after them fires after them."""
    done: list[bool] = []
    QTimer.singleShot(0, lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done))


def wait_search(qtbot, window) -> None:  # noqa: ANN001
    """Until no search is waiting for the typing pause (the debounce timer of
    the logs list) and none is running."""
    timer = window.panel._search_timer
    qtbot.waitUntil(lambda: not timer.isActive() and not ops.busy(), timeout=10_000)


def flush_deletes() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(scope="session", autouse=True)
def _sealed_qsettings() -> None:
    seal_qsettings()


@pytest.fixture(autouse=True)
def _clean_windows(qapp: QApplication, qtbot) -> Iterator[None]:  # noqa: ANN001
    """Every test starts and ends without FieldSafe windows, in LTR, the
    default locale and the look the session started with."""
    locale = QLocale()
    look = _Look(qapp)
    yield
    qtbot.waitUntil(lambda: not ops.busy(), timeout=10_000)
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    flush_deletes()
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(locale)
    look.restore(qapp)


class _Look:
    """The application's style, stylesheet, palette and font, and what the
    theme module remembers applying: ``app.start()`` (and a theme test)
    apply FieldSafe's theme and font scale to the one shared QApplication,
    and later tests must not depend on which ran before them."""

    def __init__(self, app: QApplication) -> None:
        from fieldsafe.ui.common import theme

        self.style = app.style().name()
        self.sheet = app.styleSheet()
        self.palette = QPalette(app.palette())
        self.font = QFont(app.font())
        self.applied = {
            n: getattr(theme._Applied, n) for n in ("choice", "palette", "style", "active")
        }

    def restore(self, app: QApplication) -> None:
        from fieldsafe.ui.common import theme

        themed = theme._Applied.active != self.applied["active"] or (
            theme._Applied.style is not self.applied["style"]
        )
        for name, value in self.applied.items():
            setattr(theme._Applied, name, value)
        if app.styleSheet() != self.sheet:
            app.setStyleSheet(self.sheet)
        if themed or app.style().name() != self.style:
            app.setStyle(QStyleFactory.create(self.style))  # (the stylesheet's wrapper hides it)
        if app.palette() != self.palette:
            app.setPalette(self.palette)
        if app.font() != self.font:
            app.setFont(self.font)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def session(vault_dir: Path, clock: FakeClock, qtbot) -> Iterator[object]:  # noqa: ANN001
    from fieldsafe.ui.shell.session import Session

    s = Session(vault_dir, clock=clock)
    yield s
    s.shutdown()


@pytest.fixture
def window(session, vault, qtbot):  # noqa: ANN001, ANN201
    """The main window on the unlocked ``vault`` fixture."""
    w = session.open_main_window(vault)
    qtbot.waitExposed(w)
    activate(qtbot, w)
    return w


# -- leak scanning ----------------------------------------------------------------

_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.StatusTipRole,
    Qt.ItemDataRole.WhatsThisRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole,
    *range(int(Qt.ItemDataRole.UserRole), int(Qt.ItemDataRole.UserRole) + 16),
)


def model_texts(model) -> list[str]:  # noqa: ANN001
    from PySide6.QtCore import QAbstractListModel, QModelIndex

    out = []
    rows = model.rowCount(QModelIndex())
    cols = 1 if isinstance(model, QAbstractListModel) else max(1, model.columnCount(QModelIndex()))
    for row in range(rows):
        for col in range(cols):
            index = model.index(row, col)
            for role in _ROLES:
                out.append(str(model.data(index, role)))
    for col in range(cols):
        out.append(str(model.headerData(col, Qt.Orientation.Horizontal)))
    return out


def widget_texts(widget: QWidget) -> list[str]:
    """Everything a widget could still show or give back, undo history included."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QComboBox,
        QLabel,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )

    out = [
        widget.windowTitle(),
        widget.toolTip(),
        widget.statusTip(),
        widget.whatsThis(),
        widget.accessibleName(),
        widget.accessibleDescription(),
    ]
    if isinstance(widget, QLineEdit):
        out += [widget.text(), widget.placeholderText()]
        for _ in range(50):  # walk the undo history
            if not widget.isUndoAvailable():
                break
            widget.undo()
            out.append(widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        out += [widget.toPlainText(), widget.toHtml() if isinstance(widget, QTextEdit) else ""]
        document = widget.document()
        for _ in range(50):
            if not document.isUndoAvailable():
                break
            document.undo()
            out.append(document.toPlainText())
    elif isinstance(widget, QLabel):
        out.append(widget.text())
    elif isinstance(widget, QAbstractButton):
        out.append(widget.text())
    elif isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        out += model_texts(widget.model())
    return out


def all_models() -> list:
    import gc

    from PySide6.QtCore import QAbstractItemModel

    gc.collect()
    return [
        o for o in gc.get_objects() if isinstance(o, QAbstractItemModel) and shiboken6.isValid(o)
    ]


def assert_nowhere(canary: str) -> None:
    """No widget, model or window title holds ``canary``."""
    flush_deletes()
    for widget in QApplication.allWidgets():
        for text in widget_texts(widget):
            assert canary not in text, f"{type(widget).__name__} still holds record text"
    for model in all_models():
        for text in model_texts(model):
            assert canary not in text, f"{type(model).__name__} still holds record text"
