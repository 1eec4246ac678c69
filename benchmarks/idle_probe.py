"""Idle wake-ups of an unlocked FieldSafe: how often the process wakes while
nobody touches it.

:func:`idle_wakeups` starts FieldSafe's real ``main()`` in a child process
(offscreen, its own ``FIELDSAFE_HOME``), unlocks ``vault_dir`` with the raw
key (no Argon2id), leaves it alone for ``settle`` seconds and until the
worker threads the unlock used have ended (each wakes once to end, 30 s after
its last task: that belongs to the unlock, not to being idle; at most
:data:`WORKERS_END_WITHIN`, ``wait_for_workers=False`` not to wait), then
counts for ``seconds``:

* ``wakeups``: the voluntary context switches of every thread of the process
  (``/proc/PID/task/*/status``), i.e. each time a thread went to sleep in
  the kernel and was woken again (a timer, a socket, a worker);
* ``python_calls``: how many times Qt's event loop called into Python on the
  GUI thread (a timer slot, an event filter, a signal handler...), counted
  with ``sys.setprofile`` in the child;
* ``threads``: the wake-ups per thread name, to see where they come from.

Each is also given per minute. Then the child is sent SIGTERM, which must
quit it cleanly (exit status 0). Used by the benchmark suite::

    from benchmarks.idle_probe import idle_wakeups
    figures = idle_wakeups(directory, raw_key, seconds=30)
    figures["wakeups_per_minute"]

and runnable alone: ``python -m benchmarks.idle_probe VAULT [SECONDS]`` with
the key as hex on stdin prints the figures as one JSON line.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
READY = "idle-probe-ready"
#: Qt names the global thread pool's workers so
WORKER = "Thread (pooled)"
#: the longest to wait for the workers of the unlock to end: an idle worker
#: ends after 30 s without work (QThreadPool's expiry), waking once to do so
WORKERS_END_WITHIN = 45.0


def _switches(pid: int) -> dict[str, int]:
    """Voluntary context switches per thread (``comm:tid``) of ``pid``."""
    out: dict[str, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            comm = (task / "comm").read_text().strip()
            status = (task / "status").read_text()
        except OSError:  # the thread ended meanwhile
            continue
        for line in status.splitlines():
            if line.startswith("voluntary_ctxt_switches:"):
                out[f"{comm}:{task.name}"] = int(line.split()[1])
    return out


def idle_wakeups(
    vault_dir: Path | str,
    key: bytes,
    *,
    seconds: float = 30.0,
    settle: float = 5.0,
    wait_for_workers: bool = True,
    platform: str = "offscreen",
) -> dict[str, Any]:
    """Count the wake-ups of an unlocked, idle FieldSafe over ``seconds``
    (see the module docstring), once it has been left alone for ``settle``
    seconds and (``wait_for_workers``) the worker threads that unlocking
    used have ended: each wakes once to end, 30 s after its last task, which
    belongs to the unlock, not to being idle (``settled`` says how long
    that took). ``platform`` is Qt's (``xcb`` under Xvfb shows what a real
    desktop adds, such as a blinking text cursor in the active window)."""
    with tempfile.TemporaryDirectory(prefix="fieldsafe-idle-") as home:
        env = dict(os.environ, QT_QPA_PLATFORM=platform, FIELDSAFE_HOME=home)
        child = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.idle_probe", "--child", str(vault_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=ROOT,
        )
        try:
            assert child.stdin is not None and child.stdout is not None
            child.stdin.write(key.hex() + "\n")
            child.stdin.close()
            child.stdin = None  # communicate() must not flush it
            line = child.stdout.readline()
            if READY not in line:
                raise RuntimeError(f"idle probe did not start: {line!r}")
            ready = time.monotonic()
            time.sleep(settle)
            while wait_for_workers and time.monotonic() - ready < WORKERS_END_WITHIN:
                if not any(name.startswith(WORKER) for name in _switches(child.pid)):
                    time.sleep(1.0)  # the GUI thread hears of their end
                    break
                time.sleep(0.5)
            settled = time.monotonic() - ready
            before, start = _switches(child.pid), time.monotonic()
            time.sleep(seconds)
            after, end = _switches(child.pid), time.monotonic()
            child.send_signal(signal.SIGTERM)
            out, err = child.communicate(timeout=60)
        except BaseException:
            child.kill()
            child.wait()
            raise
    if child.returncode != 0:
        raise RuntimeError(f"idle probe quit with {child.returncode}: {err[-2000:]}")
    calls = json.loads(out.strip().splitlines()[-1])["calls"]
    python_calls = sum(1 for t in calls if start <= t <= end)
    # A thread that ended meanwhile (a pooled worker expiring) woke at least
    # once to end: counted as one.
    threads = {name: after[name] - before.get(name, 0) for name in after}
    threads.update({f"{name} (ended)": 1 for name in before if name not in after})
    threads = {name: count for name, count in threads.items() if count > 0}
    wakeups = sum(threads.values())
    minutes = (end - start) / 60
    return {
        "seconds": round(end - start, 2),
        "settled": round(settled, 1),
        "wakeups": wakeups,
        "wakeups_per_minute": round(wakeups / minutes, 1),
        "python_calls": python_calls,
        "python_calls_per_minute": round(python_calls / minutes, 1),
        "threads": threads,
    }


def _child(vault_dir: str) -> None:
    """FieldSafe's ``main()``, unlocked on ``vault_dir`` with the key on stdin;
    prints :data:`READY` once the main window shows, and at exit the
    monotonic times at which Qt called into Python on the GUI thread."""
    key = bytes.fromhex(sys.stdin.readline().strip())
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from fieldsafe import app
    from fieldsafe.vault.keys import SecretBytes
    from fieldsafe.vault.store import Vault

    calls: list[float] = []
    original_start, original_exec = app.start, QApplication.exec

    def start(argv: object = None) -> object:
        session = original_start(argv)  # type: ignore[arg-type]
        assert session is not None
        session.open_main_window(Vault.open_with_key(Path(vault_dir), SecretBytes(key)))
        QTimer.singleShot(500, lambda: print(READY, flush=True))
        return session

    def counting_exec(*args: object) -> int:
        here = sys._getframe()
        clock = time.monotonic

        def profile(frame: Any, event: str, _arg: object) -> None:
            if event == "call" and frame.f_back is here:  # called by the event loop
                calls.append(clock())

        sys.setprofile(profile)
        try:
            return int(original_exec(*args))
        finally:
            sys.setprofile(None)

    app.start = start  # type: ignore[assignment]
    QApplication.exec = staticmethod(counting_exec)  # type: ignore[method-assign]
    code = app.main(["--vault", vault_dir])
    sys.stdout.write(json.dumps({"calls": calls, "code": code}) + "\n")
    sys.stdout.flush()
    os._exit(code)


def main(argv: list[str]) -> None:
    if argv[:1] == ["--child"]:
        _child(argv[1])
        return
    key = bytes.fromhex(sys.stdin.readline().strip())
    seconds = float(argv[1]) if len(argv) > 1 else 30.0
    print(json.dumps(idle_wakeups(argv[0], key, seconds=seconds)))


if __name__ == "__main__":
    main(sys.argv[1:])
