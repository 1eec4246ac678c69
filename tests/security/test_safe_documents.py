"""docs/security.md, bar 18: record text never loads anything.

A log body or a journal entry is Markdown from the person, an import or a
colleague's bundle, and Markdown can name an image: ``![x](file:///etc/passwd)``.
Every document that shows record text (the log and journal editors, the
history panes, the print and pocket-card documents, the search snippets) is a
:class:`~fieldsafe.ui.common.safe_document.SafeDocument`: it loads no file, no
URL, no Qt resource and no inline data; an image shows as its alt text.

Each test here failed before the fix: the editors read the named file
(``file:///dev/zero`` filled the memory until the process died) and the other
documents were plain ``QTextDocument`` objects.
"""

from __future__ import annotations

import base64
import ctypes
import os
import resource
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QColor, QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QStyleOptionViewItem, QTextEdit

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import (  # noqa: F401 - fixtures for this module
    _clean_windows,
    _sealed_qsettings,
    clock,
    session,
    wait_ops,
    wait_search,
    window,
)

CHILD = Path(__file__).with_name("documents_child.py")
START = "2026-03-04T17:30:00Z"


def _body(url: str) -> str:
    return f"before ![the map]({url}) after\n\n**bold** stays bold"


def _loaded(document: QTextDocument, url: str) -> bool:
    """Whether ``document`` holds something for ``url`` beyond a blank pixel."""
    found = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(url))
    if found is None:
        return False
    if isinstance(found, QImage | QPixmap):
        return found.width() > 1 or found.height() > 1
    return True


class _Opens:
    """Counts every open(2) of one file, by inotify (Linux)."""

    IN_OPEN = 0x20

    def __init__(self, path: Path) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self.fd = libc.inotify_init1(os.O_NONBLOCK)
        assert self.fd >= 0 and libc.inotify_add_watch(self.fd, bytes(path), self.IN_OPEN) >= 0

    def count(self) -> int:
        total = 0
        while True:
            try:
                total += len(os.read(self.fd, 4096)) // 16  # events without a name: 16 bytes
            except BlockingIOError:
                return total

    def close(self) -> None:
        os.close(self.fd)


def _png(path: Path, width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = bytes(buffer.data().data())
    path.write_bytes(data)
    return data


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A local port that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(4)
    server.setblocking(False)
    yield server
    server.close()


def _connected(server: socket.socket) -> bool:
    try:
        server.accept()[0].close()
    except BlockingIOError:
        return False
    return True


# -- the first finding: a log naming /dev/zero hung the editor -----------------------------


def _memory_limit() -> None:  # in the child, before exec
    limit = 4 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


@pytest.mark.skipif(sys.platform != "linux", reason="memory limit and /dev/zero")
def test_a_body_naming_dev_zero_neither_hangs_nor_fills_memory(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    log = vault.logs.save(
        occurred_at=vault.clock.now(), title="visit", body=_body("file:///dev/zero")
    )
    vault.logs.save(occurred_at=log.occurred_at, log_id=log.id, title="visit 2", body=log.body)
    entry = vault.journal.save(occurred_at=vault.clock.now(), body=_body("file:///dev/zero"))
    vault.lock()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path), QT_QPA_PLATFORM="offscreen")
    try:
        done = subprocess.run(
            [sys.executable, str(CHILD), str(vault_dir), passphrase, log.id, entry.id],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,  # the steps take a few seconds; a read of /dev/zero never ends
            preexec_fn=_memory_limit,  # noqa: PLW1509 - a limit, no threads started yet
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the GUI hung on an image naming /dev/zero after: {exc.stdout!r}")
    steps = done.stdout.split()
    assert done.returncode == 0 and steps[-1:] == ["done"], (
        f"the GUI died (exit {done.returncode}) after {steps!r}: {done.stderr[-500:]}"
    )


# -- every document that shows record text ------------------------------------------------


@pytest.fixture
def secret_png(tmp_path: Path) -> Path:
    path = tmp_path / "secret.png"
    _png(path, 37, 23)
    return path


def _urls(secret_png: Path, listener: socket.socket) -> dict[str, str]:
    port = listener.getsockname()[1]
    data = base64.b64encode(_png(secret_png.with_name("inline.png"), 400, 300)).decode()
    return {
        "local file": secret_png.as_uri(),
        "absolute path": str(secret_png),
        "passwd": "file:///etc/passwd",
        "http": f"http://127.0.0.1:{port}/x.png",
        "discard port": "http://127.0.0.1:9/x.png",
        "qrc": "qrc:/qt-project.org/styles/commonstyle/images/networkdrive-32.png",
        "data": f"data:image/png;base64,{data}",
    }


def _documents(main: MainWindow) -> dict[str, QTextDocument]:
    found: dict[str, QTextDocument] = {"log editor": main.editor.body.document()}
    history = main.show_history()
    assert history is not None
    found["history, earlier"] = history.earlier.document()  # type: ignore[attr-defined]
    found["history, current"] = history.current.document()  # type: ignore[attr-defined]
    journal = main.show_journal()
    assert journal is not None
    found["journal editor"] = journal.editor.body.document()
    return found


def test_no_document_showing_record_text_loads_anything(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811 - the fixture
    vault: Vault,
    secret_png: Path,
    listener: socket.socket,
) -> None:
    from fieldsafe.ui.common.safe_document import SafeDocument

    urls = _urls(secret_png, listener)
    body = "\n\n".join(
        f"{name}: ![the map {i}]({url})" for i, (name, url) in enumerate(urls.items())
    )
    body += "\n\n**bold** stays bold"
    log = vault.logs.save(occurred_at=vault.clock.now(), title="visit", body="first")
    vault.logs.save(occurred_at=log.occurred_at, log_id=log.id, title="visit", body=body)
    entry = vault.journal.save(occurred_at=vault.clock.now(), body=body)
    opens = _Opens(secret_png)
    try:
        window.log_model.reload()
        assert window.open_log(log.id)
        documents = _documents(window)
        journal = window.show_journal()
        assert journal is not None and journal.open_entry(entry.id)
        for widget in (window.editor.body, journal.editor.body):
            widget.document().size()
            widget.repaint()
        from fieldsafe.ui.logs.printing import build_document

        documents["print document"] = build_document([vault.logs.get(log.id)], minimal=False)
        documents["print document"].size()
        # What showing did: no file opened, no connection made ...
        assert opens.count() == 0, "showing a log or an entry opened the local image file"
        assert not _connected(listener), "showing a log or an entry connected to the server"
        # ... and what the documents hold, or would load if asked.
        for name, document in documents.items():
            assert isinstance(document, SafeDocument), f"the {name} is a {type(document).__name__}"
            for kind, url in urls.items():
                assert not _loaded(document, url), f"the {name} loaded the {kind} image"
        assert opens.count() == 0, "a document opened the local image file"
    finally:
        opens.close()
    # The alt text stays in the editors; formatting still renders.
    for editor in (window.editor.body, journal.editor.body):
        text = editor.toPlainText()
        assert "[the map 0]" in text and "[the map 6]" in text and "bold stays bold" in text
        assert "\ufffc" not in text  # no image object is left to load
        assert editor.document().toMarkdown().count("**bold**") == 1


def test_the_editors_keep_a_safe_document(qtbot, window: MainWindow) -> None:  # noqa: ANN001, F811
    """Clearing and refilling an editor keeps its safe document (Qt's
    ``setHtml``/``clear`` reuse the document they have)."""
    from fieldsafe.ui.common.safe_document import SafeDocument

    journal = window.show_journal()
    assert journal is not None
    for editor in (window.editor.body, journal.editor.body):
        assert isinstance(editor, QTextEdit)
        for change in (editor.clear, lambda e=editor: e.setHtml("<p>x</p>"), editor.undo):
            change()
            assert isinstance(editor.document(), SafeDocument)


def test_search_snippets_and_the_pocket_card_use_safe_documents(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811 - the fixture
    vault: Vault,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fieldsafe.ui.common.safe_document import SafeDocument
    from fieldsafe.ui.shell.search_results import HighlightDelegate

    vault.logs.save(
        occurred_at=vault.clock.now(), title="visit", body="![x](file:///etc/passwd) kiosk"
    )
    window.search.setText("kiosk")
    wait_search(qtbot, window)
    view = window.results_view
    delegate = view.itemDelegate()
    assert isinstance(delegate, HighlightDelegate) and view.model().rowCount() == 1
    document = delegate._document(QStyleOptionViewItem(), view.model().index(0, 0), 300)
    assert isinstance(document, SafeDocument)
    assert not _loaded(document, "file:///etc/passwd")

    from fieldsafe.ui.logs import printing
    from fieldsafe.ui.plans import card

    made: list[QTextDocument] = []
    real = SafeDocument.setHtml

    def spy(self: QTextDocument, html: str) -> None:
        made.append(self)
        real(self, html)

    monkeypatch.setattr(SafeDocument, "setHtml", spy)
    monkeypatch.setattr(printing.PrintWarning, "ask", classmethod(lambda c, p, **k: False))
    monkeypatch.setattr(
        printing.ChoosePdfFile,
        "ask",
        classmethod(lambda c, p: Path(os.environ["TMPDIR"]) / "c.pdf"),
    )
    assert card.save_plan_card(window, {"starts_at": START, "location": "![x](file:///etc/passwd)"})
    assert made and all(isinstance(d, SafeDocument) for d in made)
    wait_ops(qtbot)
