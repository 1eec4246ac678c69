"""Earlier versions side by side with the current one; changed fields marked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QTextBrowser

from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import NotFound
from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.logs.history import HistoryDialog
from fieldsafe.vault import Vault
from tests.ui.conftest import START, activate, assert_nowhere, find, unnamed_focusable

CANARY = "history-canary-8d2a"


def _edited_twice(vault: Vault):  # noqa: ANN202
    log = vault.logs.save(
        occurred_at=START, title="Met A12", body="First words.", area="North", person_codes=["A12"]
    )
    vault.logs.save(
        occurred_at=START,
        log_id=log.id,
        title="Met A12",
        body="Second words.",
        area="North",
        person_codes=["A12"],
    )
    vault.logs.save(
        occurred_at=START,
        log_id=log.id,
        title="Met A12",
        body=f"Third words {CANARY}.",
        area="North",
        person_codes=["A12", "B7"],
    )
    return log.id


def _open(qtbot, vault: Vault, log_id: str) -> HistoryDialog:  # noqa: ANN001
    dialog = HistoryDialog(vault, log_id, None)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_versions_listed_and_changes_marked(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log_id = _edited_twice(vault)
    versions = vault.logs.versions(log_id)
    assert len(versions) == 2
    dialog = _open(qtbot, vault, log_id)
    assert dialog.windowTitle() == "Earlier versions"
    listing = find("Earlier versions", QListWidget, within=dialog)
    assert [listing.item(i).text() for i in range(listing.count())] == [
        f"Saved {isolate(format_moment(v.saved_at))}"
        for v in versions  # the time isolated
    ]
    earlier = find("Earlier version", QTextBrowser, within=dialog)
    current = find("Current version", QTextBrowser, within=dialog)
    assert earlier.isReadOnly() and current.isReadOnly()

    # the newest earlier version differs in the body and the person codes
    assert listing.currentRow() == 0
    assert dialog.changed_labels() == ["Person codes", "What happened"]
    assert "Second words." in earlier.toPlainText()
    assert f"Third words {CANARY}." in current.toPlainText()
    for pane in (earlier, current):
        text = pane.toPlainText()
        assert "What happened (changed)" in text
        assert "Person codes (changed)" in text
        assert "Area (changed)" not in text and "Area" in text
    assert "2 field(s) differ" in dialog.summary.text()

    # the oldest version, also compared with the current one
    listing.setCurrentRow(1)
    assert "First words." in earlier.toPlainText()
    assert dialog.changed_labels() == ["Person codes", "What happened"]


def test_only_changed_field_is_marked(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log = vault.logs.save(occurred_at=START, title="same", body="same body", setting="street")
    vault.logs.save(
        occurred_at=START,
        log_id=log.id,
        title="same",
        body="same body",
        setting="red_light_district",
    )
    dialog = _open(qtbot, vault, log.id)
    assert dialog.changed_labels() == ["Setting"]
    current = find("Current version", QTextBrowser, within=dialog).toPlainText()
    assert "Setting (changed)" in current and "Red-light district" in current
    assert "What happened (changed)" not in current
    assert "1 field(s) differ" in dialog.summary.text()


def test_no_earlier_versions(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log = vault.logs.save(occurred_at=START, title="never edited", body="only once")
    dialog = _open(qtbot, vault, log.id)
    assert dialog.summary.text() == (
        "No earlier versions: this log has not been edited since it was first saved."
    )
    assert not find("Earlier versions", QListWidget, within=dialog, visible=False).isVisible()
    assert "only once" in find("Current version", QTextBrowser, within=dialog).toPlainText()
    assert "(changed)" not in find("Current version", QTextBrowser, within=dialog).toPlainText()


def test_html_like_text_is_shown_literally(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log = vault.logs.save(occurred_at=START, title="<b>x</b>", body="plain")
    vault.logs.save(
        occurred_at=START,
        log_id=log.id,
        title="<b>x</b>",
        body='<b>x</b> & <img src="/etc/hostname"> <a href="file:///etc">l</a>',
    )
    dialog = _open(qtbot, vault, log.id)
    current = find("Current version", QTextBrowser, within=dialog)
    text = current.toPlainText()
    assert "<b>x</b>" in text
    assert '<b>x</b> & <img src="/etc/hostname"> <a href="file:///etc">l</a>' in text
    assert "<img" not in current.toHtml().replace("&lt;img", "")
    assert not current.openLinks() and not current.openExternalLinks()


def test_keyboard_and_names(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log_id = _edited_twice(vault)
    dialog = _open(qtbot, vault, log_id)
    assert not unnamed_focusable(dialog)
    activate(qtbot, dialog)
    listing = find("Earlier versions", QListWidget, within=dialog)
    listing.setFocus()
    qtbot.keyClick(listing, Qt.Key.Key_Down)
    assert listing.currentRow() == 1
    assert "First words." in find("Earlier version", QTextBrowser, within=dialog).toPlainText()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_wipe_forgets_everything(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log_id = _edited_twice(vault)
    dialog = _open(qtbot, vault, log_id)
    assert CANARY in find("Current version", QTextBrowser, within=dialog).toPlainText()
    dialog.wipe()
    assert find("Earlier versions", QListWidget, within=dialog).count() == 0
    assert_nowhere(CANARY)
    assert_nowhere("Second words")


def test_closing_forgets_the_text(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log_id = _edited_twice(vault)
    dialog = _open(qtbot, vault, log_id)
    dialog.reject()
    assert_nowhere(CANARY)


def test_errors_are_worded_by_describe(
    qtbot, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    log_id = _edited_twice(vault)

    def gone(_log_id: str) -> list:
        raise NotFound()

    monkeypatch.setattr(vault.logs, "versions", gone)
    dialog = _open(qtbot, vault, log_id)
    assert dialog.summary.text() == describe(NotFound())
    assert CANARY not in dialog.summary.text()


def test_saved_times_are_the_versions(qtbot, vault_dir, clock: FakeClock) -> None:  # noqa: ANN001
    from tests.conftest import PASSPHRASE

    vault, _code = Vault.create(vault_dir, PASSPHRASE, clock=clock)
    try:
        log = vault.logs.save(occurred_at=START, title="t", body="one")
        clock.advance(3600)
        vault.logs.save(occurred_at=START, log_id=log.id, title="t", body="two")
        clock.advance(3600)
        vault.logs.save(occurred_at=START, log_id=log.id, title="t", body="three")
        dialog = _open(qtbot, vault, log.id)
        listing = find("Earlier versions", QListWidget, within=dialog)
        texts = [listing.item(i).text() for i in range(listing.count())]
        assert len(set(texts)) == 2  # an hour apart: two different times
        listing.setCurrentRow(0)
        assert "two" in find("Earlier version", QTextBrowser, within=dialog).toPlainText()
    finally:
        vault.lock()


def test_deleting_earlier_versions_from_the_dialog(qtbot, window, vault, monkeypatch) -> None:  # noqa: ANN001
    from fieldsafe.ui.common import dialogs

    log = vault.logs.save(occurred_at=START, title="first")
    vault.logs.save(occurred_at=START, title="second", log_id=log.id)
    window.log_model.reload()
    window.open_log(log.id)
    dialog = window.show_history()
    monkeypatch.setattr(dialogs.Confirm, "ask", classmethod(lambda cls, parent, **kw: True))
    button = find("Delete earlier versions", within=dialog)
    assert button.isEnabled()
    button.click()
    assert vault.logs.versions(log.id) == [] and vault.logs.get(log.id).title == "second"
    assert not button.isEnabled()
    assert "deleted" in dialog.summary.text()
