"""A private desktop for the screen-reader tree test: a D-Bus session bus,
the AT-SPI bus (``at-spi-bus-launcher``, which starts the accessibility
bus and its registry), an X server (Xvfb on a display number it picks
itself), FieldSafe (:mod:`tests.access.app_driver`) and the reader
(:mod:`tests.access.atspi_tree`, with Debian's Python and pyatspi).

Every program is started in its own process group and stopped with it
(SIGTERM, then SIGKILL after :data:`STOP_SECONDS`), in reverse order, by the
``ExitStack`` of :func:`private_desktop`, whether the test passed or not;
every wait has a deadline. The test's process is the subreaper of what they
start (the registry daemon is orphaned at birth) and collects their exits,
so no zombie is left behind either. Nothing listens on TCP: the buses and X use
sockets under the test's own folder (X: the abstract socket of its display).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
STOP_SECONDS = 3.0
PR_SET_CHILD_SUBREAPER = 36
START_SECONDS = 15.0
#: a command to the app: what it does plus Qt settling (the vault's creation
#: with the fast KDF, 30 incidents' demo data)
COMMAND_SECONDS = 30.0
READ_SECONDS = 20.0


def missing() -> str | None:
    """What this machine lacks for the test, or None."""
    for tool in ("Xvfb", "dbus-daemon", "dbus-send"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (xvfb, dbus-daemon, dbus-bin)"
    if not Path(BUS_LAUNCHER).exists():
        return f"{BUS_LAUNCHER} is not installed (at-spi2-core)"
    probe = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=20, check=False
    )
    if probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi (python3-pyatspi is not installed)"
    return None


class Failed(AssertionError):
    pass


class Lines:
    """Lines from a pipe, each waited for with a deadline."""

    def __init__(self, stream: Any) -> None:
        self.fd = stream.fileno() if hasattr(stream, "fileno") else stream
        self.buffer = b""

    def line(self, seconds: float, what: str) -> str:
        deadline = time.monotonic() + seconds
        with selectors.DefaultSelector() as selector:
            selector.register(self.fd, selectors.EVENT_READ)
            while b"\n" not in self.buffer:
                left = deadline - time.monotonic()
                if left <= 0 or not selector.select(left):
                    raise Failed(f"no answer within {seconds:.0f} s: {what}")
                chunk = os.read(self.fd, 65536)
                if not chunk:
                    raise Failed(f"closed before answering: {what}")
                self.buffer += chunk
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line.decode()


def _group(pgid: int) -> list[int]:
    """The processes of a process group, but its leader (from /proc)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rpartition(")")[2].split()
            if int(fields[2]) == pgid and int(stat.parent.name) != pgid:
                members.append(int(stat.parent.name))
    return members


def _reap(pids: list[int]) -> None:
    """Collect the exit of orphans handed to this process (it is their
    subreaper, :func:`_subreaper`), so none is left as a zombie."""
    deadline = time.monotonic() + STOP_SECONDS
    for pid in pids:
        while True:
            try:
                done, _ = os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:  # not ours (or already collected)
                break
            if done or time.monotonic() > deadline:
                break
            time.sleep(0.02)


def _subreaper(on: bool) -> None:
    """Orphans of the programs started here come to this process, not to
    PID 1 (which in a container may never collect them)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, int(on), 0, 0, 0)


def stop(process: subprocess.Popen[bytes]) -> None:
    """The process and its group (children it started: the accessibility
    bus's own dbus-daemon, the registry), politely then not."""
    others = _group(process.pid)
    for sig, seconds in ((signal.SIGTERM, STOP_SECONDS), (signal.SIGKILL, STOP_SECONDS)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, sig)
        try:
            process.wait(seconds)
        except subprocess.TimeoutExpired:
            continue
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)  # what the group leader left
        break
    _reap(others)


@dataclass
class Desktop:
    folder: Path
    env: dict[str, str]
    stack: contextlib.ExitStack
    logs: list[Path] = field(default_factory=list)

    def spawn(self, name: str, command: list[str], **options: Any) -> subprocess.Popen[bytes]:
        log = self.folder / f"{name}.log"
        self.logs.append(log)
        options.setdefault("stdout", subprocess.DEVNULL)
        with log.open("wb") as errors:
            process = subprocess.Popen(  # noqa: S603 - our own tools, fixed arguments
                command,
                env=options.pop("env", self.env),
                stderr=errors,
                start_new_session=True,  # its own process group, stopped as one
                **options,
            )
        self.stack.callback(stop, process)
        return process

    def output_of(self, name: str) -> str:
        return "\n".join(
            f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}"
            for log in self.logs
            if log.stem == name and log.exists()
        )

    def read_tree(self, pid: int) -> dict[str, Any]:
        """The application's tree, as the reader prints it (``nodes``,
        ``truncated``)."""
        command = [SYSTEM_PYTHON, str(HERE / "atspi_tree.py"), str(pid)]
        env = {k: v for k, v in self.env.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
        done = subprocess.run(  # noqa: S603
            command, env=env, capture_output=True, timeout=READ_SECONDS, check=False
        )
        if done.returncode != 0:
            raise Failed(f"the AT-SPI reader failed:\n{done.stderr.decode()[-3000:]}")
        tree: dict[str, Any] = json.loads(done.stdout)
        if not tree["found"]:
            raise Failed(f"FieldSafe (pid {pid}) is not on the AT-SPI bus")
        return tree


def _read_fd_line(fd: int, seconds: float, what: str) -> str:
    try:
        return Lines(fd).line(seconds, what).strip()
    finally:
        os.close(fd)


def _session_bus(desktop: Desktop) -> str:
    reader, writer = os.pipe()
    desktop.spawn(
        "dbus",
        [
            "dbus-daemon",
            "--session",
            "--nofork",
            "--nopidfile",
            f"--address=unix:dir={desktop.folder}",
            f"--print-address={writer}",
        ],
        pass_fds=(writer,),
    )
    os.close(writer)
    return _read_fd_line(reader, START_SECONDS, "the session bus's address")


def _x_server(desktop: Desktop) -> str:
    reader, writer = os.pipe()
    desktop.spawn(
        "xvfb",
        [
            "Xvfb",
            "-displayfd",
            str(writer),  # a free display: Xvfb picks it and says which
            "-screen",
            "0",
            "1366x768x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(writer,),
    )
    os.close(writer)
    return ":" + _read_fd_line(reader, START_SECONDS, "Xvfb's display number")


def _accessibility_bus(desktop: Desktop) -> None:
    desktop.spawn("at-spi", [BUS_LAUNCHER, "--launch-immediately"])
    ask = [
        "dbus-send",
        "--session",
        "--print-reply",
        "--dest=org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.NameHasOwner",
        "string:org.a11y.Bus",
    ]
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        reply = subprocess.run(  # noqa: S603
            ask, env=desktop.env, capture_output=True, timeout=5, check=False
        )
        if b"boolean true" in reply.stdout:
            return
        time.sleep(0.05)
    raise Failed("the AT-SPI bus launcher did not come up\n" + desktop.output_of("at-spi"))


@contextlib.contextmanager
def private_desktop(folder: Path) -> Iterator[Desktop]:
    """Buses and X for one test; all of it stopped on the way out."""
    folder.mkdir(parents=True, exist_ok=True)
    runtime = folder / "run"
    runtime.mkdir(mode=0o700, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {
            "DISPLAY",
            "WAYLAND_DISPLAY",
            "NO_AT_BRIDGE",
            "AT_SPI_BUS_ADDRESS",
            "QT_QPA_PLATFORM",
        }
    }
    env["XDG_RUNTIME_DIR"] = str(runtime)  # the accessibility bus's socket goes here
    env["HOME"] = str(folder)
    with contextlib.ExitStack() as stack:
        _subreaper(True)
        stack.callback(_subreaper, False)  # after every program is stopped
        desktop = Desktop(folder, env, stack)
        env["DBUS_SESSION_BUS_ADDRESS"] = _session_bus(desktop)
        env["DISPLAY"] = _x_server(desktop)
        _accessibility_bus(desktop)
        yield desktop


class App:
    """FieldSafe under the driver: a command, then its JSON answer."""

    def __init__(self, desktop: Desktop, passphrase: str) -> None:
        self.desktop = desktop
        env = dict(desktop.env)
        env.update(
            QT_QPA_PLATFORM="xcb",
            QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
            QT_ACCESSIBILITY="1",
        )
        self.process = desktop.spawn(
            "app",
            [sys.executable, str(HERE / "app_driver.py"), passphrase],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        self.lines = Lines(self.process.stdout)
        started = self._answer(START_SECONDS * 2, "FieldSafe's start")
        self.pid = int(started["started"])

    def _answer(self, seconds: float, what: str) -> dict[str, Any]:
        try:
            line = self.lines.line(seconds, what)
        except Failed as error:
            raise Failed(f"{error}\n{self.desktop.output_of('app')}") from None
        message: dict[str, Any] = json.loads(line)
        if "error" in message:
            raise Failed(f"{what}: {message['error']}")
        return message

    def show(self, screen: str) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(screen.encode() + b"\n")
        self.process.stdin.flush()
        return self._answer(COMMAND_SECONDS, screen)

    def quit(self) -> int | None:
        with contextlib.suppress(Failed, OSError):
            self.show("quit")
        try:
            return self.process.wait(STOP_SECONDS * 2)
        except subprocess.TimeoutExpired:
            return None
