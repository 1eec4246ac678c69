"""Two real Syncthing instances carrying one team folder between two
directories, for tests/team/test_syncthing.py (issue 16).

Everything stays on this machine: each instance listens on 127.0.0.1 only,
on fixed ports, and knows the other by its static loopback address. The
configuration is written here, not probed: no global or local discovery, no
relays, no NAT traversal (UPnP/NAT-PMP), no STUN, no usage reporting, no
crash reporting, no upgrades. :func:`syncthing_pair` starts both, waits
until they are connected and the folder is idle, and always stops them
(terminate, wait, kill) and removes their directories, even on failure.

Debian 12's ``syncthing`` (1.19) is the version tested; nothing here needs
a newer one.
"""

from __future__ import annotations

import contextlib
import ipaddress
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: the synced ports (BEP) and the GUI/REST ports of the two instances: fixed,
#: on loopback, in a range nothing common uses (Syncthing's own defaults are
#: 22000 and 8384)
SYNC_PORTS = (22011, 22012)
GUI_PORTS = (28411, 28412)
FOLDER_ID = "fieldsafe-team"
#: how long one instance may take to stop after SIGTERM, then after SIGKILL
STOP_SECONDS = 10.0
KILL_SECONDS = 5.0
#: how long a single REST call may take
HTTP_SECONDS = 5.0
#: environment variables that would send Syncthing's (or urllib's) loopback
#: connections through a proxy
_PROXY_VARS = ("all_proxy", "ALL_PROXY", "http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY")
#: Syncthing's own temporary files (its puller's partial files; FieldSafe's
#: team folder writes under such a name too): never scanned, never synced
TEMP_PREFIX = ".syncthing."
TEMP_SUFFIX = ".tmp"


class SyncthingUnavailable(Exception):
    """Syncthing cannot run here: the program is missing or a fixed port is taken."""


class SyncthingFailed(AssertionError):
    """An instance did not come up, connect or sync in time (its log is in the message)."""


def program() -> str | None:
    """The ``syncthing`` program on PATH, if any."""
    return shutil.which("syncthing")


def port_free(port: int) -> bool:
    """Whether 127.0.0.1:``port`` can be listened on now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        # as Syncthing's own listeners do: a closed connection's TIME_WAIT
        # does not hold the port, a listening socket does
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def is_temporary(name: str) -> bool:
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


@dataclass
class Instance:
    """One Syncthing instance: its home (keys, config, index database),
    the folder it carries, its ports and its REST API key."""

    name: str
    home: Path
    folder: Path
    sync_port: int
    gui_port: int
    api_key: str
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def log(self) -> Path:
        return self.home / "syncthing.log"

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.sync_port}"

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log.read_text("utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    # -- REST ---------------------------------------------------------------
    def rest(self, path: str, *, method: str = "GET", **params: str) -> Any:  # noqa: ANN401
        """A call to the instance's REST API on loopback (never a proxy)."""
        query = "&".join(f"{k}={v}" for k, v in params.items())
        url = f"http://127.0.0.1:{self.gui_port}{path}" + (f"?{query}" if query else "")
        request = urllib.request.Request(url, method=method, headers={"X-API-Key": self.api_key})
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        with opener.open(request, timeout=HTTP_SECONDS) as response:
            body = response.read()
        return json.loads(body) if body else None

    def try_rest(self, path: str, **params: str) -> Any:  # noqa: ANN401
        """:meth:`rest`, or None while the instance is not answering."""
        try:
            return self.rest(path, **params)
        except (OSError, ValueError):
            return None

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def scan(self) -> None:
        """Ask for a rescan of the folder now (the watcher does it anyway)."""
        self.rest("/rest/db/scan", method="POST", folder=FOLDER_ID)


def _environment(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _PROXY_VARS}
    env.update(
        HOME=str(home),
        STNOUPGRADE="1",  # never look for or install an upgrade
        STNODEFAULTFOLDER="1",  # no "Default Folder" in ~/Sync
        STNORESTART="1",  # one process, no monitor that restarts it
        no_proxy="*",
        NO_PROXY="*",
    )
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    return env


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    child = ET.SubElement(parent, tag, attrs)
    if text is not None:
        child.text = text
    return child


#: the <options> written for both instances
OPTIONS = {
    "globalAnnounceEnabled": "false",  # no global discovery servers
    "localAnnounceEnabled": "false",  # no LAN broadcast/multicast discovery
    "relaysEnabled": "false",  # no relay servers
    "natEnabled": "false",  # no UPnP / NAT-PMP port mapping
    "stunKeepaliveStartS": "0",  # no STUN (NAT traversal for QUIC)
    "urAccepted": "-1",  # usage reporting declined
    "urSeen": "3",  # (and the question about it already seen)
    "crashReportingEnabled": "false",  # no crash reports
    "autoUpgradeIntervalH": "0",  # no upgrade checks
    "startBrowser": "false",
    "restartOnWakeup": "false",
    "reconnectionIntervalS": "2",  # the test's instances redial quickly
    "announceLANAddresses": "false",
}


def config_xml(me: Instance, other: Instance) -> bytes:
    """``me``'s config.xml: one folder shared with ``other``, on loopback only."""
    root = ET.Element("configuration", version="36")
    folder = _sub(
        root,
        "folder",
        id=FOLDER_ID,
        label="FieldSafe team",
        path=str(me.folder),
        type="sendreceive",
        rescanIntervalS="5",
        fsWatcherEnabled="true",
        fsWatcherDelayS="1",
        ignorePerms="false",
        autoNormalize="true",
    )
    _sub(folder, "filesystemType", "basic")
    for device in (me, other):
        _sub(folder, "device", id=device.device_id, introducedBy="")
    _sub(folder, "markerName", ".stfolder")
    for device, address in ((me, "dynamic"), (other, other.address)):
        entry = _sub(
            root,
            "device",
            id=device.device_id,
            name=device.name,
            compression="metadata",
            introducer="false",
        )
        _sub(entry, "address", address)
        _sub(entry, "autoAcceptFolders", "false")
    gui = _sub(root, "gui", enabled="true", tls="false", debugging="false")
    _sub(gui, "address", f"127.0.0.1:{me.gui_port}")
    _sub(gui, "apikey", me.api_key)
    options = _sub(root, "options")
    _sub(options, "listenAddress", me.address)
    for key, value in OPTIONS.items():
        _sub(options, key, value)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8")


def _generate(instance: Instance, env: dict[str, str]) -> None:
    """Keys (and a first config, overwritten next) in ``instance.home``."""
    binary = program()
    if binary is None:
        raise SyncthingUnavailable("syncthing is not installed")
    subprocess.run(
        [binary, "generate", "--home", str(instance.home), "--no-default-folder"],
        env=env,
        check=True,
        capture_output=True,
        timeout=30,
    )
    found = subprocess.run(
        [binary, "serve", "--home", str(instance.home), "--device-id"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
        timeout=30,
    )
    instance.device_id = found.stdout.strip()
    if len(instance.device_id) != 63:
        raise SyncthingFailed(f"unexpected device id {instance.device_id!r}")


def _start(instance: Instance, env: dict[str, str]) -> None:
    binary = program()
    assert binary is not None  # noqa: S101 - _generate checked
    with open(instance.log, "wb") as log:
        instance.process = subprocess.Popen(  # noqa: S603 - our own arguments
            [
                binary,
                "serve",
                "--home",
                str(instance.home),
                "--no-browser",
                "--no-restart",
                "--no-upgrade",
                "--no-default-folder",
                "--logflags=2",  # time of day only
            ],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            cwd=instance.home,
            start_new_session=True,  # a process group of its own (see stop())
        )


def stop(instance: Instance) -> None:
    """Stop the instance, bounded: SIGTERM to the monitor process (it stops
    the Syncthing process it runs), then SIGKILL to their process group
    (theirs alone: started in a session of its own) if anything lingers."""
    process = instance.process
    if process is None:
        return
    group = process.pid  # start_new_session: the group's id is the monitor's pid
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=STOP_SECONDS)
        except subprocess.TimeoutExpired:
            _kill_group(group)
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=KILL_SECONDS)
    end = time.monotonic() + KILL_SECONDS
    while group_alive(group):
        if time.monotonic() >= end:
            _kill_group(group)
            break
        time.sleep(0.1)


def group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(group, signal.SIGKILL)


def family(pid: int) -> list[int]:
    """``pid`` and its descendants (Syncthing runs under a monitor process)."""
    found, todo = [], [pid]
    while todo:
        one = todo.pop()
        found.append(one)
        for task in Path(f"/proc/{one}/task").glob("*/children"):
            with contextlib.suppress(OSError):
                todo.extend(int(c) for c in task.read_text().split())
    return found


class Deadline:
    """A bound on the whole test: each wait takes what is left of it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        return self.end - time.monotonic()


@dataclass
class Pair:
    a: Instance
    b: Instance
    deadline: Deadline

    @property
    def both(self) -> tuple[Instance, Instance]:
        return (self.a, self.b)

    def logs(self) -> str:
        return "\n".join(f"--- {i.name} ({i.log}) ---\n{i.log_tail()}" for i in self.both)

    def wait(self, what: str, done: Callable[[], bool], *, seconds: float = 60.0) -> None:
        """Poll ``done`` until it holds, at most ``seconds`` (and never past
        the deadline); :class:`SyncthingFailed` with both logs otherwise."""
        end = time.monotonic() + min(seconds, self.deadline.left())
        while True:
            for instance in self.both:
                if not instance.running():
                    raise SyncthingFailed(f"{instance.name} stopped while {what}\n{self.logs()}")
            if done():
                return
            if time.monotonic() >= end:
                raise SyncthingFailed(f"timed out: {what}\n{self.logs()}")
            time.sleep(0.2)

    def connected(self) -> bool:
        for me, other in ((self.a, self.b), (self.b, self.a)):
            got = me.try_rest("/rest/system/connections")
            if not got or not got.get("connections", {}).get(other.device_id, {}).get("connected"):
                return False
        return True

    def in_sync(self) -> bool:
        """Both instances idle, nothing to pull, and each 100 % complete
        for the other (what the other has, this one has too)."""
        for me, other in ((self.a, self.b), (self.b, self.a)):
            status = me.try_rest("/rest/db/status", folder=FOLDER_ID)
            if not status or status.get("state") != "idle" or status.get("needTotalItems"):
                return False
            done = me.try_rest("/rest/db/completion", folder=FOLDER_ID, device=other.device_id)
            if not done or done.get("completion") != 100 or done.get("needItems"):
                return False
        return True

    def settle(self, *, seconds: float = 60.0) -> None:
        """Scan both folders now, then wait until both are in sync."""
        for instance in self.both:
            instance.scan()
        self.wait("both folders in sync", self.in_sync, seconds=seconds)


def why_unavailable() -> str | None:
    """Why Syncthing cannot run here now (no program, a fixed port taken), or None."""
    if program() is None:
        return "syncthing is not installed (Debian: apt-get install syncthing)"
    taken = [p for p in (*SYNC_PORTS, *GUI_PORTS) if not port_free(p)]
    if taken:
        return "the fixed loopback ports this test uses are taken: " + ", ".join(
            f"127.0.0.1:{p}" for p in taken
        )
    return None


@contextmanager
def syncthing_pair(base: Path, *, deadline: Deadline) -> Iterator[Pair]:
    """Two connected instances ``a`` and ``b`` under ``base``, each carrying
    its own directory (``a.folder``, ``b.folder``) as one shared folder.
    :class:`SyncthingUnavailable` when Syncthing cannot run here. Both are
    stopped and ``base`` removed afterwards, whatever happened."""
    reason = why_unavailable()
    if reason is not None:
        raise SyncthingUnavailable(reason)
    base.mkdir(parents=True, exist_ok=True)
    instances = tuple(
        Instance(
            name=name,
            home=base / f"syncthing-{name}",
            folder=base / f"folder-{name}",
            sync_port=sync,
            gui_port=gui,
            api_key=secrets.token_urlsafe(24),
        )
        for name, sync, gui in zip(("a", "b"), SYNC_PORTS, GUI_PORTS, strict=True)
    )
    a, b = instances
    home = base / "home"
    try:
        home.mkdir(mode=0o700)
        env = _environment(home)
        for instance in instances:
            instance.home.mkdir(mode=0o700)
            instance.folder.mkdir(mode=0o700)
            (instance.folder / ".stfolder").mkdir()
            _generate(instance, env)
        for me, other in ((a, b), (b, a)):
            (me.home / "config.xml").write_bytes(config_xml(me, other))
        for instance in instances:
            _start(instance, env)
        pair = Pair(a, b, deadline)
        pair.wait(
            "both REST APIs answering",
            lambda: all(i.try_rest("/rest/system/ping") for i in instances),
            seconds=30,
        )
        pair.wait("the two instances connected", pair.connected, seconds=45)
        pair.wait("both folders idle", pair.in_sync, seconds=30)
        yield pair
    finally:
        for instance in instances:
            stop(instance)
        shutil.rmtree(base, ignore_errors=True)


def sockets(pid: int) -> list[tuple[str, str, int]]:
    """Every TCP and UDP socket that process ``pid`` and its descendants
    hold, as (protocol, local address, local port), from /proc (Linux)."""
    found = []
    for one in family(pid):
        inodes = set()
        with contextlib.suppress(OSError):
            for fd in Path(f"/proc/{one}/fd").iterdir():
                with contextlib.suppress(OSError):
                    target = os.readlink(fd)
                    if target.startswith("socket:["):
                        inodes.add(target[len("socket:[") : -1])
        for proto in ("tcp", "tcp6", "udp", "udp6"):
            with contextlib.suppress(OSError):
                table = Path(f"/proc/{one}/net/{proto}").read_text()
                for line in table.splitlines()[1:]:
                    cells = line.split()
                    if cells[9] in inodes:
                        address, port = cells[1].split(":")
                        found.append((proto, _address(address), int(port, 16)))
    return found


def _address(hexed: str) -> str:
    """An address from /proc/net: 32-bit words in host (little-endian) order."""
    raw = bytes.fromhex(hexed)
    words = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
    return str(ipaddress.ip_address(words))


def on_loopback(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback
