"""Log-out, shutdown, ``kill`` (SIGTERM), Ctrl+C in a terminal (SIGINT) and
a closed terminal (SIGHUP) quit FieldSafe cleanly, locking the vault, at any
moment: while it sits idle and unlocked, and while it is still starting.
Nothing polls for them: the event loop wakes when one arrives
(``signal.set_wakeup_fd``), and no timer faster than 5 s runs meanwhile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("signal_child.py")


def _child(when: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    return subprocess.Popen(
        [sys.executable, str(CHILD), when],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize(
    "number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["TERM", "INT", "HUP"]
)
def test_a_quit_signal_wakes_the_idle_app_and_locks(number: signal.Signals) -> None:
    child = _child("idle")
    try:
        assert child.stdout is not None
        ready = child.stdout.readline()
        assert ready.startswith("ready"), ready + child.stderr.read()[-2000:]  # type: ignore[union-attr]
        assert ready.strip() == "ready []"  # no timer polls (it was 250 ms)
        child.send_signal(number)
        # Nothing else would wake it for ten minutes: only the signal can.
        out, err = child.communicate(timeout=15)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err[-2000:]
    assert out.strip().splitlines()[-1] == "locked"


def test_a_signal_while_starting_quits_at_the_first_turn_and_locks() -> None:
    child = _child("start-up")
    try:
        out, err = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == 0, err[-2000:]
    assert out.strip().splitlines()[-1] == "locked"
