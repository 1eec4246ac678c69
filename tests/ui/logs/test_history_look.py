"""Earlier versions, as seen on every screen (issue 12): Enter never
deletes, the changed-field mark follows the theme, and a list of names
reads in the interface's direction in Arabic."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QPushButton

from fieldsafe.core.records import OutreachLog, RecordId
from fieldsafe.ui.common import dialogs, theme
from fieldsafe.ui.common.record_text import auto_direction, field_rows, rows_to_html
from fieldsafe.ui.common.safe_document import SafeDocument
from fieldsafe.ui.logs.history import HistoryDialog
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, find


def _with_versions(vault: Vault) -> str:
    log = vault.logs.save(occurred_at=START, title="first", who_went=["me", "colleague K"])
    vault.logs.save(occurred_at=START, title="second", log_id=log.id, who_went=["me"])
    return log.id


def test_a_stray_enter_never_deletes_earlier_versions(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    asked: list[object] = []
    monkeypatch.setattr(
        dialogs.Confirm, "ask", classmethod(lambda cls, parent, **kw: asked.append(kw) or True)
    )
    log_id = _with_versions(vault)
    dialog = _open(qtbot, vault, log_id)
    delete = find("Delete earlier versions", QPushButton, within=dialog)
    assert not delete.isDefault()
    listing = find("Earlier versions", QListWidget, within=dialog)
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert not asked and len(vault.logs.versions(log_id)) == 1
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        dialog = _open(qtbot, vault, log_id)
        delete = find("Delete earlier versions", QPushButton, within=dialog)
        delete.setFocus()
        qtbot.keyClick(delete, key)
        assert not asked and len(vault.logs.versions(log_id)) == 1
    # Space (or a click) on the button still asks
    dialog = _open(qtbot, vault, log_id)
    delete = find("Delete earlier versions", QPushButton, within=dialog)
    delete.setFocus()
    qtbot.keyClick(delete, Qt.Key.Key_Space)
    assert asked


def _open(qtbot, vault: Vault, log_id: str) -> HistoryDialog:  # noqa: ANN001
    dialog = HistoryDialog(vault, log_id, None)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    return dialog


@pytest.mark.parametrize("choice", ["light", "dark", "high_contrast"])
def test_the_changed_mark_follows_the_theme(choice: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette = theme.apply(app, choice)
    html = rows_to_html([("Title", "a"), ("Area", "b")], {0})
    assert "#ffe680" not in html
    assert palette.attention_surface in html and palette.text in html


def test_a_list_of_names_reads_right_to_left_in_arabic() -> None:
    """'me, colleague K' came out as 'me وcolleague K' laid out left to
    right: the value's paragraph took its direction from the first name."""
    QLocale.setDefault(QLocale(QLocale.Language.Arabic))
    log = OutreachLog(
        id=RecordId("x"),
        occurred_at=START,
        title="",
        body="",
        created_at=START,
        updated_at=START,
        who_went=("me", "colleague K"),
    )
    doc = SafeDocument()
    doc.setHtml(rows_to_html(field_rows(log)))
    auto_direction(doc)
    block = doc.begin()
    while block.isValid() and "colleague K" not in block.text():
        block = block.next()
    assert block.isValid()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
