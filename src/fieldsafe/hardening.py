"""Process hardening shared by both front ends (the GUI and fieldsafe-cli):
a process that holds decrypted records and keys must not leave them in a
core dump or let another process of the same user read its memory."""

from __future__ import annotations

import contextlib
import ctypes
import sys

_PR_SET_DUMPABLE = 4


def harden_process() -> None:
    """No core dumps (they would hold decrypted records and keys) and, on
    Linux, not dumpable (also keeps other processes of the same user from
    attaching a debugger). Best effort: failures are ignored."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
