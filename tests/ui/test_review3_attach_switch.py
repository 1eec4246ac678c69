"""Review 3: files dropped on a log, then the person moves to another log
before the import finishes. The files go to the right log (good), but the
outcome is thrown away: no word that a file was refused, no offer to delete
the originals, and the log's "paper notes" are not marked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.ui.common import dialogs
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.images import jpeg_with_gps
from tests.ui.conftest import wait_ops


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    monkeypatch.setattr(
        dialogs.DeleteOriginals,
        "ask",
        classmethod(lambda cls, parent, count: calls.append(count) or False),
    )
    return calls


def test_the_outcome_of_an_import_is_reported_after_switching_logs(
    qtbot,
    window: MainWindow,
    vault: Vault,
    tmp_path: Path,
    asked: list[int],  # noqa: ANN001
) -> None:
    first = vault.logs.save(occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC), title="first")
    second = vault.logs.save(occurred_at=datetime(2026, 3, 2, 10, tzinfo=UTC), title="second")
    good, bad = tmp_path / "page1.jpg", tmp_path / "page2.jpg"
    good.write_bytes(jpeg_with_gps())
    bad.write_bytes(jpeg_with_gps()[:300])  # truncated: refused
    assert window.open_log(first.id)
    window.editor.attach_files([good, bad])
    assert window.open_log(second.id)  # before the import has finished
    wait_ops(qtbot)
    wait_ops(qtbot)
    assert vault.attachments.count(first.id) == 1  # stored with the right log
    shown = window.editor.status.text() + " " + window.statusBar().currentMessage()
    assert "not added" in shown, (
        "the refused file is never reported: the person may delete the only copy"
    )
