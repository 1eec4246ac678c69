"""Child processes for the benchmarks that need a fresh process: start-up and
memory. Run as ``python -m benchmarks.probe MODE ...``; prints one JSON line.

Modes:
  bare-window            a bare PySide6 window: shown, one event-loop turn, exit
  app-lock-screen VAULT  FieldSafe's real ``main()`` up to the lock screen, exit
  bare-rss               RSS of a bare PySide6 window process
  app-rss VAULT N        unlock (key read from stdin as hex), open the main
                         window, browse N rows and a few searches; report RSS
  unlock-pair VAULT REPEAT  REPEAT pairs, alternating which goes first: the
                         time from derived key to a main window showing its
                         first page, and the floor: raw sqlcipher3 open + key
                         + count + first page (key read from stdin as hex)
  open-new-log VAULT REPEAT  Ctrl+N in the main window (a log open) until the
                         empty form is shown and focused; and the floor: a bare
                         PySide6 form (line edit + text edit) built, shown, focused
  import VAULT FILE SAVES  import an interchange file into the empty vault (key
                         read from stdin as hex); report the peak RSS of the
                         import (no Qt), then the first save after it and the
                         upkeep it waits for, then SAVES saves (and their
                         upkeep) on the index as upkeep left it
"""

from __future__ import annotations

import json
import os
import sys
import time


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _peak_rss_mb() -> float:
    """This process's peak RSS since it started (VmHWM). Not ``ru_maxrss``:
    Linux carries that over from the parent across fork and exec, so a child
    of a process that just ran Argon2id at 128 MiB would report that."""
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _quit_after_first_turn() -> None:
    """Make QApplication.exec() return after its first event-loop turn."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    original = QApplication.exec

    def exec_once(*args: object) -> int:
        QTimer.singleShot(0, QApplication.quit)
        return original(*args) if args else original()

    QApplication.exec = staticmethod(exec_once)  # type: ignore[method-assign]


def bare_window() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Passphrase"))
    layout.addWidget(QLineEdit())
    layout.addWidget(QPushButton("Unlock"))
    window.show()
    QTimer.singleShot(0, app.quit)
    app.exec()


def app_lock_screen(vault_dir: str) -> None:
    _quit_after_first_turn()
    from fieldsafe.app import main

    main(["--vault", vault_dir])


def _key(vault_dir: str) -> bytes:
    return bytes.fromhex(sys.stdin.readline().strip())


def _prepared_window():  # type: ignore[no-untyped-def]
    """The app builds the empty main window while Argon2id runs on a worker
    thread (``Session.prepare_main_window``); so does the probe, untimed."""
    from fieldsafe.ui.shell.main_window import MainWindow

    return MainWindow(None)


def _open_main_window(vault_dir: str, key: bytes, window=None):  # type: ignore[no-untyped-def]
    from fieldsafe.vault.keys import SecretBytes
    from fieldsafe.vault.store import Vault

    window = window if window is not None else _prepared_window()
    vault = Vault.open_with_key(vault_dir, SecretBytes(key))
    window.attach(vault)
    window.show()
    return vault, window


def _first_page_shown(window) -> bool:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    return window.log_model.rowCount() > 0


def _app_unlock(vault_dir: str, key: bytes) -> float:
    from PySide6.QtWidgets import QApplication

    prepared = _prepared_window()
    QApplication.processEvents()
    start = time.perf_counter()
    vault, window = _open_main_window(vault_dir, key, prepared)
    while not _first_page_shown(window):
        pass
    elapsed = time.perf_counter() - start
    window.close()
    window.deleteLater()
    vault.lock()
    QApplication.processEvents()
    return elapsed


def _raw_unlock(vault_dir: str, key: bytes) -> float:
    """Open + key (with the app's cipher settings) + count + the first page."""
    import sqlcipher3

    start = time.perf_counter()
    conn = sqlcipher3.connect(os.path.join(vault_dir, "vault.db"), isolation_level=None)
    conn.execute("PRAGMA key = \"x'" + key.hex() + "'\"")
    conn.execute("PRAGMA cipher_memory_security = OFF")
    conn.execute("SELECT count(*) FROM records").fetchone()
    conn.execute(
        "SELECT id, occurred_at, title FROM records WHERE kind = 'outreach_log'"
        " ORDER BY occurred_at DESC, seq DESC LIMIT 200"
    ).fetchall()
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def unlock_pair(vault_dir: str, repeat: int) -> list[tuple[float, float]]:
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv[:1])
    key = _key(vault_dir)
    _raw_unlock(vault_dir, key)  # warm both alike
    _app_unlock(vault_dir, key)
    pairs = []
    for i in range(repeat):
        if i % 2:
            raw = _raw_unlock(vault_dir, key)
            app = _app_unlock(vault_dir, key)
        else:
            app = _app_unlock(vault_dir, key)
            raw = _raw_unlock(vault_dir, key)
        pairs.append((app, raw))
    return pairs


def app_rss(vault_dir: str, rows: int) -> float:
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv[:1])
    key = _key(vault_dir)
    vault, window = _open_main_window(vault_dir, key)
    while not _first_page_shown(window):
        pass
    model = window.log_model
    while model.rowCount() < rows and model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    for query in ("shelter", "P-1", "حقوق", "помощь", "help"):
        vault.search(query)
    QApplication.processEvents()
    rss = _rss_mb()
    vault.lock()
    return rss


def open_new_log(vault_dir: str, repeat: int) -> tuple[list[float], list[float]]:
    from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QVBoxLayout, QWidget

    app = QApplication(sys.argv[:1])
    key = _key(vault_dir)
    vault, window = _open_main_window(vault_dir, key)
    while not _first_page_shown(window):
        pass
    window.activateWindow()
    ids = [window.log_model.log_id(row) for row in range(min(repeat, window.log_model.rowCount()))]
    app_times, bare_times = [], []
    for i in range(repeat):
        window.open_log(ids[i % len(ids)])  # a filled form, as after reading a log
        app.processEvents()
        start = time.perf_counter()
        window.new_log_action.trigger()
        app.processEvents()
        assert window.editor.log_id is None and not window.editor.title.text()
        app_times.append(time.perf_counter() - start)

        start = time.perf_counter()
        form = QWidget()
        layout = QVBoxLayout(form)
        title = QLineEdit(form)
        layout.addWidget(title)
        layout.addWidget(QTextEdit(form))
        form.show()
        title.setFocus()
        app.processEvents()
        bare_times.append(time.perf_counter() - start)
        form.close()
        form.deleteLater()
        app.processEvents()
    vault.lock()
    return app_times, bare_times


def import_and_save(vault_dir: str, path: str, saves: int) -> dict[str, object]:
    from datetime import UTC, datetime
    from pathlib import Path

    from fieldsafe.vault.keys import SecretBytes
    from fieldsafe.vault.store import Vault

    when = datetime(2026, 11, 1, tzinfo=UTC)
    body = "A short conversation by the bus station; we will meet again next week. " * 8
    vault = Vault.open_with_key(vault_dir, SecretBytes(_key(vault_dir)))

    def save_then_upkeep(title: str) -> tuple[float, float]:
        start = time.perf_counter()
        vault.logs.save(occurred_at=when, title=title, body=body)
        saved = time.perf_counter()
        vault.wait_for_upkeep(timeout=3600)
        return saved - start, time.perf_counter() - saved

    start = time.perf_counter()
    result = vault.import_file(Path(path))
    seconds = time.perf_counter() - start
    peak = _peak_rss_mb()
    first = save_then_upkeep("first save after the import")
    merged = [save_then_upkeep(f"save {i} on a merged index") for i in range(saves)]
    vault.lock()
    return {
        "peak_mb": peak,
        "seconds": seconds,
        "records": result.total,
        "first": first,
        "merged": merged,
    }


def bare_rss() -> float:
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    app = QApplication(sys.argv[:1])
    window = QWidget()
    QLabel("FieldSafe", window)
    window.show()
    app.processEvents()
    return _rss_mb()


def main(argv: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode = argv[0]
    if mode == "bare-window":
        bare_window()
        result: object = None
    elif mode == "app-lock-screen":
        app_lock_screen(argv[1])
        result = None
    elif mode == "unlock-pair":
        result = unlock_pair(argv[1], int(argv[2]))
    elif mode == "open-new-log":
        result = open_new_log(argv[1], int(argv[2]))
    elif mode == "app-rss":
        result = app_rss(argv[1], int(argv[2]))
    elif mode == "bare-rss":
        result = bare_rss()
    elif mode == "import":
        result = import_and_save(argv[1], argv[2], int(argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode}")
    sys.stdout.write(json.dumps({"result": result}) + "\n")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
