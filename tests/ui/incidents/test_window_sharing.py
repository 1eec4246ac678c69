"""Shared and deleted incidents and assessments in the main window, by
keyboard: what the Incidents and Risk assessments sections delete or
receive is counted again in the sidebar at once, and a bundle received in
the meeting plans section (its *Receive a bundle…*) shows its incidents and
assessments in their sections."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from fieldsafe.core.clock import to_iso
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.sidebar import COUNT_ROLE
from fieldsafe.vault import Vault
from tests.ui.conftest import START, find, wait_ops
from tests.ui.keys import answer_next_box
from tests.ui.team import bundle_files, colleague

CTRL = Qt.KeyboardModifier.ControlModifier
WHEN = to_iso(START - timedelta(days=2))


def _key(qtbot, window: MainWindow, key: Qt.Key) -> None:  # noqa: ANN001
    qtbot.keyClick(QApplication.focusWidget() or window, key, CTRL)


def _count(window: MainWindow, key: str) -> int:
    sidebar = window.sections
    return sidebar.item(sidebar.row_of(key)).data(COUNT_ROLE) or 0


def _press(qtbot, within, name: str) -> None:  # noqa: ANN001
    button = find(name, QPushButton, within=within)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_deleting_an_incident_in_its_section_is_counted_at_once(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    vault.incidents.save({"occurred_at": WHEN, "title": "followed"})
    vault.incidents.save({"occurred_at": WHEN, "title": "shouted at"})
    window._refresh_counts()
    wait_ops(qtbot)
    assert _count(window, "incidents") == 2
    _key(qtbot, window, Qt.Key.Key_5)
    section = window.safety.incidents
    qtbot.waitUntil(lambda: len(section.list.ids()) == 2)
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_Home)
    said: list[str] = []
    answer_next_box("Delete", said)
    qtbot.keyClick(section.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(section.list.ids()) == 1)
    qtbot.waitUntil(lambda: _count(window, "incidents") == 1)


def test_a_bundle_received_in_any_section_shows_in_its_sections_and_counts(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    vault: Vault,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        assessment = bea.risks.save({"title": "Street outreach", "next_review": "2026-03-01"}).id
        first = bea.incidents.save(
            {"occurred_at": WHEN, "title": "A car waited", "assessments": [assessment]}
        ).id
        bundle = tmp_path / "from-bea.age"
        bundle_files(monkeypatch, bundle, recipients=(0,))
        me = bea.sharing.all()[0]
        bundle.write_bytes(bea.sharing.seal_records([assessment, first], recipients=[me]).data)

        # received in the meeting plans section
        plans = window.show_plans()
        assert plans is not None
        _press(qtbot, plans, "Receive a bundle")
        wait_ops(qtbot)
        assert _count(window, "incidents") == 1
        assert _count(window, "risk_assessments") == 1
        _key(qtbot, window, Qt.Key.Key_5)
        qtbot.waitUntil(lambda: window.safety.incidents.list.ids() == [first])
        _key(qtbot, window, Qt.Key.Key_6)
        assert window.safety.risks.ids() == [assessment]

        # a second bundle, received in the Incidents section
        second = bea.incidents.save({"occurred_at": WHEN, "title": "Followed again"}).id
        bundle.write_bytes(bea.sharing.seal_records([second], recipients=[me]).data)
        _key(qtbot, window, Qt.Key.Key_5)
        section = window.safety.incidents
        _press(qtbot, section, "Receive a bundle")
        qtbot.waitUntil(lambda: sorted(section.list.ids()) == sorted([first, second]))
        qtbot.waitUntil(lambda: _count(window, "incidents") == 2)
    finally:
        bea.lock()
