"""Review 3: dates the vault accepts (1900..9998) but the editor's optional
date widgets cannot show are silently dropped on the next save."""

from __future__ import annotations

from datetime import UTC, date, datetime

from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault


def test_editing_a_log_keeps_a_follow_up_due_before_2000(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    stored = vault.logs.save(
        occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
        title="visit",
        follow_ups=[{"action": "call back", "due": "1999-12-31", "done": False}],
    )
    assert window.editor.open_log(stored.id)
    window.editor.title.setText("visit, edited")
    assert window.editor.save()
    again = vault.logs.get(stored.id)
    assert again.follow_ups[0].due == date(1999, 12, 31), "the due date was dropped by the editor"


def test_editing_a_log_keeps_a_review_date_of_2000_01_01(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    stored = vault.logs.save(
        occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC),
        title="visit",
        review_by="2000-01-01",
    )
    assert window.editor.open_log(stored.id)
    window.editor.title.setText("visit, edited")
    assert window.editor.save()
    assert vault.logs.get(stored.id).review_by == date(2000, 1, 1), "the review date was dropped"
