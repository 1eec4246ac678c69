"""Benchmarks that need a fresh process (start-up, unlock, memory, import,
idle wake-ups): each runs ``python -m benchmarks.probe MODE`` (or
:mod:`benchmarks.idle_probe`) with offscreen Qt and its own
``FIELDSAFE_HOME``, the raw key passed on stdin. See :mod:`benchmarks.run`.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import PASSPHRASE, ROOT, alternate, figure, missing, single
from benchmarks.data import import_file_of, raw_key_of
from fieldsafe.vault.store import Vault

#: FIELDSAFE_HOME of the probes (settings, log, the one-window claim)
_home: Path | None = None


def set_home(path: Path) -> None:
    global _home
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    _home = path
    compile_bytecode()


def compile_bytecode() -> None:
    """Byte-compile FieldSafe and the probes, as an installed copy (the
    bundle, a pip install) has them: a shell with PYTHONDONTWRITEBYTECODE
    would otherwise have every probe compile FieldSafe's sources at start
    (about 30 ms of start-up that no user's copy pays, and the floor's
    bare window has none to compile)."""
    import compileall

    import fieldsafe

    for package in (Path(fieldsafe.__file__).parent, ROOT):
        compileall.compile_dir(package, quiet=1)


def _probe(args: list[str], stdin: str = "") -> tuple[float, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # compile_bytecode: as an installed copy
    if _home is not None:
        env["FIELDSAFE_HOME"] = str(_home)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT.parent,
        check=False,
        timeout=3600,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed: {done.stderr[-2000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return elapsed, json.loads(lines[-1])["result"] if lines else None


def bench_startup(directory: Path, reps: int) -> dict[str, Any]:
    """A process running FieldSafe's ``main()`` up to the lock screen and
    out, against a process showing a bare PySide6 window; alternating."""
    _probe(["bare-window"])  # warm the page cache for both
    _probe(["app-lock-screen", str(directory)])
    pairs = [
        alternate(
            i,
            lambda: _probe(["app-lock-screen", str(directory)])[0],
            lambda: _probe(["bare-window"])[0],
        )
        for i in range(reps)
    ]
    return figure("startup_to_lock_screen", pairs, "s")


def bench_unlock(directory: Path, raw_key: bytes, reps: int) -> dict[str, Any]:
    """Derived key to the main window showing its first page, against raw
    sqlcipher3 open + key + count + first page; pairs in one process."""
    _, pairs = _probe(["unlock-pair", str(directory), str(reps)], raw_key.hex() + "\n")
    return figure("unlock_to_main_window", [tuple(p) for p in pairs], "s")


def bench_open_new_log(directory: Path, raw_key: bytes, reps: int) -> dict[str, Any]:
    """Ctrl+N in the main window to an empty focused form, against a bare
    PySide6 form built, shown and focused; each pair a repetition."""
    _, (app, bare) = _probe(["open-new-log", str(directory), str(reps)], raw_key.hex() + "\n")
    return figure("open_new_log", list(zip(app, bare, strict=True)), "s")


def bench_rss(directory: Path, raw_key: bytes, rows: int) -> dict[str, Any]:
    """RSS after unlocking, browsing ``rows`` rows and a few searches, against
    a bare PySide6 window process."""
    _, app = _probe(["app-rss", str(directory), str(rows)], raw_key.hex() + "\n")
    _, bare = _probe(["bare-rss"])
    return single("rss_mb", app, bare, "MB", rows=rows)


def bench_import(work: Path, cache: Path, records: int, saves: int) -> list[dict[str, Any]]:
    """A child process opens a new empty vault and imports an interchange
    file of ``records`` demo logs (``Vault.import_file``), then saves.

    ``import_rss``: the import's peak RSS against the file's size (bytes of
    memory per byte of file). ``first_save_after_import``: the first save
    right after the import plus the background upkeep it waits for
    (``wait_for_upkeep``: index merging, checkpoint), against the same for
    a save once that upkeep is done (median of ``saves``)."""
    source = import_file_of(records, cache)
    directory = work / "import-vault"
    shutil.rmtree(directory, ignore_errors=True)
    try:
        vault, _ = Vault.create(directory, PASSPHRASE)
        vault.lock()
        _, result = _probe(
            ["import", str(directory), str(source), str(saves)],
            raw_key_of(directory).hex() + "\n",
        )
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    size = source.stat().st_size
    imported = single(
        "import_rss",
        result["peak_mb"],
        size / 2**20,
        "MB",
        records=result["records"],
        bytes=size,
        seconds=round(result["seconds"], 1),
    )
    first_save, first_upkeep = result["first"]
    merged = [s + u for s, u in result["merged"]]
    first = single(
        "first_save_after_import",
        first_save + first_upkeep,
        statistics.median(merged),
        "s",
        records=result["records"],
        first_save_s=round(first_save, 4),
        first_upkeep_s=round(first_upkeep, 4),
        merged_save_s=round(statistics.median(s for s, _ in result["merged"]), 4),
        merged_upkeep_s=round(statistics.median(u for _, u in result["merged"]), 4),
    )
    return [imported, first]


def bench_idle(
    directory: Path, raw_key: bytes, seconds: float, settle: float, *, wait_for_workers: bool
) -> dict[str, Any]:
    """Wake-ups per minute of FieldSafe unlocked and left alone
    (:func:`benchmarks.idle_probe.idle_wakeups`: voluntary context switches
    of every thread, counted for ``seconds`` after ``settle`` and, unless
    ``wait_for_workers`` is False (the smoke test), after the unlock's worker
    threads ended). Floor 0; the target applies to the value."""
    try:
        from benchmarks.idle_probe import idle_wakeups
    except ImportError as exc:
        return missing("idle_wakeups_per_minute", f"benchmarks/idle_probe.py not usable: {exc}")
    got = idle_wakeups(
        directory, raw_key, seconds=seconds, settle=settle, wait_for_workers=wait_for_workers
    )
    extra = {k: v for k, v in got.items() if k != "wakeups_per_minute"}
    return figure(
        "idle_wakeups_per_minute", [(float(got["wakeups_per_minute"]), 0.0)], "/min", **extra
    )
