"""The CLI hardens its process as the GUI does (docs/security.md, bar 12):
no core dumps, and on Linux not dumpable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_cli_process_has_no_core_dumps_and_is_not_dumpable(tmp_path: Path) -> None:
    code = (
        "import ctypes, resource, sys\n"
        "from fieldsafe.cli import main\n"
        f"main(['verify', '--vault', {str(tmp_path / 'missing')!r}])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(ctypes.CDLL(None).prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[:2] == ["(0,", "0)"]
    if sys.platform.startswith("linux"):
        assert out[2] == "0"
