"""Logging that cannot leak content.

Log records are events (``logger.info("vault_unlocked")``) with optional
integer counts passed as ``extra={"counts": {...}}``. The formatter writes the
event name only if it is a plain identifier, and only integer counts: any
message with arguments or free text is replaced by ``<redacted>``. Tracebacks
are reduced to exception class names; their messages and frames' values
could hold record text or SQL parameters.
"""

from __future__ import annotations

import logging
import os
import re
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


def configure(log_path: Path, *, level: int = logging.INFO) -> None:
    """Send FieldSafe's logs to ``log_path`` (0600) through the allow-list."""
    log_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.close(fd)
    handler = logging.FileHandler(log_path, encoding="utf-8")
    handler.setFormatter(AllowListFormatter())
    root = logging.getLogger("fieldsafe")
    root.handlers[:] = [handler]
    root.setLevel(level)
    root.propagate = False
