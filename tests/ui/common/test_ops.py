"""The off-GUI-thread helper."""

from __future__ import annotations

import subprocess
import sys
import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from fieldsafe.errors import WrongPassphrase
from fieldsafe.ui.common import ops
from tests.ui.conftest import wait_ops


def test_success_arrives_on_the_gui_thread(qtbot) -> None:  # noqa: ANN001
    seen: list[object] = []
    workers: list[QThread] = []

    def work() -> int:
        workers.append(QThread.currentThread())
        return 42

    op = ops.run(work).on_success(lambda value: seen.append((value, QThread.currentThread())))
    with qtbot.waitSignal(op.finished, timeout=5_000):
        pass
    assert seen == [(42, QApplication.instance().thread())]
    assert workers[0] is not QApplication.instance().thread()
    assert not ops.busy()


def test_failure_is_typed_and_has_no_traceback(qtbot) -> None:  # noqa: ANN001
    errors: list[BaseException] = []

    def work() -> None:
        passphrase = "never in a traceback"  # noqa: F841 - a local a traceback frame would keep
        raise WrongPassphrase()

    ops.run_op(None, work, lambda _: None, errors.append)
    wait_ops(qtbot)
    assert isinstance(errors[0], WrongPassphrase)
    assert errors[0].__traceback__ is None


def test_progress_dialog_after_half_a_second(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()
    done: list[bool] = []
    ops.run(lambda: release.wait(10), parent=parent, progress="Writing the backup…").on_success(
        lambda _: done.append(True)
    )
    assert not parent.findChildren(QProgressDialog)

    def dialog_shown() -> bool:
        dialogs = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
        return len(dialogs) == 1 and dialogs[0].accessibleName() == "Writing the backup…"

    qtbot.waitUntil(dialog_shown, timeout=3_000)
    release.set()
    wait_ops(qtbot)
    assert done == [True]
    qtbot.waitUntil(lambda: not [d for d in parent.findChildren(QProgressDialog) if d.isVisible()])


def test_no_result_reaches_a_destroyed_parent(qtbot) -> None:  # noqa: ANN001
    parent = QWidget()
    release = threading.Event()
    seen: list[object] = []
    ops.run(lambda: release.wait(10), parent=parent).on_success(seen.append).on_failure(seen.append)
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive(parent))
    release.set()
    wait_ops(qtbot)
    assert seen == []


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_signals_keep_reference_counts_right() -> None:
    """PySide6 6.12.0 lost a reference to True on every Python-side emit and
    CPython aborted after a few thousand (mid-session, losing the edit in
    progress); the lock file pins 6.11.3. Run in a child process, since the
    failure is an abort."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class E(QObject):\n"
        "    ping = Signal()\n"
        "    value = Signal(object)\n"
        "app = QCoreApplication([])\n"
        "e = E(); got = []\n"
        "e.value.connect(got.append)\n"
        "before = sys.getrefcount(True)\n"
        "for _ in range(5000):\n"
        "    e.ping.emit(); e.value.emit(1)\n"
        "    e.ping.connect(print); e.ping.disconnect(print)\n"
        "assert abs(sys.getrefcount(True) - before) < 50, sys.getrefcount(True) - before\n"
        "assert len(got) == 5000\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-500:]
