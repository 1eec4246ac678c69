"""The "Include my journal" choice in the search (issue 5; each failed before
its review-5 fix)."""

from __future__ import annotations

import secrets

from PySide6.QtWidgets import QLineEdit

from fieldsafe.ui.shell.main_window import _TODAY_PAGE, MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import find, wait_search


def test_review5_include_my_journal_ticked_before_typing_stays_ticked(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """Ticking "Include my journal" and then typing the words is the natural
    order, but the tick starts a search of the empty query, which unticks
    the box 250 ms later: the journal is then silently left out."""
    canary = "journal" + secrets.token_hex(6)
    vault.journal.save(occurred_at=vault.clock.now(), checkin_note=canary)
    box = find("Include my journal in this search", within=window)
    box.setChecked(True)
    wait_search(qtbot, window)
    assert box.isChecked()  # fails: unticked by the empty search
    find("Search", QLineEdit, within=window).setText(canary)
    wait_search(qtbot, window)
    assert window.results_model.rowCount() == 1


def test_review5_ticking_include_my_journal_on_today_stays_on_today(
    qtbot,
    window: MainWindow,
    vault: Vault,  # noqa: ANN001
) -> None:
    """On Today the search row is still there; ticking the box ran the empty
    search, which switched the page to the list of logs."""
    window.show_today()
    assert window.lists.currentIndex() == _TODAY_PAGE
    find("Include my journal in this search", within=window).setChecked(True)
    wait_search(qtbot, window)
    assert window.lists.currentIndex() == _TODAY_PAGE  # fails: the logs list replaced Today
