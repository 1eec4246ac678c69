"""Review 3: the Today view's counts are capped at the query limit (200)
without saying so: with 250 logs whose paper notes wait to be destroyed, it
says "(200)" and lists 200, and the other 50 never show up anywhere."""

from __future__ import annotations

import uuid

from fieldsafe.core.interchange import InterchangeRecord
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from fieldsafe.vault.transfer import import_records


def test_today_counts_every_log_with_paper_pending(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    import_records(
        vault,
        [
            InterchangeRecord(
                kind="outreach_log",
                id=str(uuid.uuid4()),
                fields={
                    "occurred_at": f"2026-01-01T10:{i // 60:02d}:{i % 60:02d}Z",
                    "title": f"visit {i}",
                    "paper_notes": True,
                },
            )
            for i in range(250)
        ],
    )
    window.show_today()
    heading = window.today_view.tree.topLevelItem(0).text(0)
    assert "250" in heading, f"Today says {heading!r} for 250 logs"
