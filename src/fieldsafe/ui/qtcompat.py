"""Work-arounds for bugs in the pinned PySide6. Remove each when fixed.

PySide6 6.12.0 (seen with CPython 3.11): ``SignalInstance.emit()`` returns
``True`` without a new reference. Every Python-side ``emit`` therefore
lowers ``True``'s reference count by one, and once it reaches zero CPython
aborts ("bool_dealloc: deallocating True or False") — after a few thousand
emits, i.e. in the middle of a working session, losing the edit in progress.
(CPython 3.12+ makes ``True`` immortal, which would hide it.)

FieldSafe code emits through :func:`emit`, which gives back the missing
reference when a probe at import shows the bug. Never connect a signal's
bound ``emit`` as a slot (PySide drops the result the same way); connect a
method that calls :func:`emit`.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QObject):
    ping = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    rounds = 16
    before = sys.getrefcount(True)
    for _ in range(rounds):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > rounds // 2:
        for _ in range(lost):
            _incref(True)  # undo the probe's own damage
        return True
    return False


EMIT_STEALS_REFERENCE = _emit_steals_a_reference()


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, without PySide 6.12's reference-count bug."""
    result = signal.emit(*args)
    if EMIT_STEALS_REFERENCE and result is not None:
        _incref(result)
