"""The role a screen reader is told for FieldSafe's own widgets.

Qt gives a widget class it does not know the role "client", which AT-SPI
(Orca on Linux) calls a "filler": a chart painted by hand was a filler, and
so was a scroll area that takes focus. A widget class that says what it is,
with a class attribute ``accessible_role`` (a ``QAccessible.Role``), gets
that role here and nothing else changes: the interface is Qt's own
``QAccessibleWidget`` for the widget (its name, description, states and
children as before). Classes without the attribute are left to Qt.

:func:`install` once the ``QApplication`` exists (``fieldsafe.app.start``):
the factory installed last is asked first, so it has to come after the one
QtWidgets installs for its own classes. PySide keeps each interface it
returned until the process ends (a small object per such widget; one whose
widget is gone is invalidated by Qt, never freed twice).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

#: the class attribute a widget class declares its role with
ATTRIBUTE = "accessible_role"

_installed = False


def role_of(obj: QObject) -> QAccessible.Role | None:
    """The role the object's class declares, if any."""
    role = getattr(type(obj), ATTRIBUTE, None)
    return role if isinstance(role, QAccessible.Role) else None


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    role = role_of(obj)
    if role is None or not isinstance(obj, QWidget):
        return None
    return QAccessibleWidget(obj, role)


def install() -> None:
    """Once per process, after the ``QApplication`` is made."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
