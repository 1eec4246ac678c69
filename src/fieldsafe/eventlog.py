"""Logging that cannot leak content.

Log records are events (``logger.info("vault_unlocked")``) with optional
integer counts passed as ``extra={"counts": {...}}``. The formatter writes the
event name only if it is a plain identifier, and only integer counts: any
message with arguments or free text is replaced by ``<redacted>``. Tracebacks
are reduced to exception class names; their messages and frames' values
could hold record text or SQL parameters.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
from collections.abc import Callable
from pathlib import Path

_EVENT = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


class AllowListFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        event = record.msg if isinstance(record.msg, str) and not record.args else ""
        if not _EVENT.match(event):
            event = "<redacted>"
        counts = getattr(record, "counts", None) or {}
        parts = [
            self.formatTime(record, "%Y-%m-%dT%H:%M:%S"),
            record.levelname,
            record.name if _EVENT.match(record.name.replace(".", "_")) else "<redacted>",
            event,
        ]
        for key, value in sorted(counts.items()):
            if _EVENT.match(str(key)) and isinstance(value, int) and not isinstance(value, bool):
                parts.append(f"{key}={value}")
        if record.exc_info and record.exc_info[0] is not None:
            parts.append(f"error={record.exc_info[0].__name__}")
        return " ".join(parts)


class _AppendHandler(logging.Handler):
    """Each record appended to the log file with one unbuffered write. When a
    write fails (a full disk, a folder taken away) the file log stops quietly
    and says so once through ``on_failure``: logging's own handler would print
    a traceback to stderr for every event, and its buffer would fail again at
    exit."""

    def __init__(self, fd: int, on_failure: Callable[[], None] | None) -> None:
        super().__init__()
        self._fd: int | None = fd
        self._on_failure = on_failure

    def emit(self, record: logging.LogRecord) -> None:
        if self._fd is None:
            return
        line = (self.format(record) + "\n").encode("utf-8", "replace")
        try:
            os.write(self._fd, line)
        except OSError:
            self._shut()
            if self._on_failure is not None:
                with contextlib.suppress(Exception):  # never fail the code that logged
                    self._on_failure()

    def _shut(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    def close(self) -> None:
        self._shut()
        super().close()


def configure(
    log_path: Path,
    *,
    level: int = logging.INFO,
    on_failure: Callable[[], None] | None = None,
) -> None:
    """Send FieldSafe's logs to ``log_path`` (0600) through the allow-list.
    Raises ``OSError`` if the file cannot be opened; if writing fails later,
    the file log stops and ``on_failure`` is called, once."""
    log_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    handler = _AppendHandler(fd, on_failure)
    handler.setFormatter(AllowListFormatter())
    _use(handler, level)


def configure_nowhere(*, level: int = logging.INFO) -> None:
    """No file log (its folder cannot be written): events go nowhere, and
    never to stderr."""
    _use(logging.NullHandler(), level)


def _use(handler: logging.Handler, level: int) -> None:
    root = logging.getLogger("fieldsafe")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
