"""What is done with incidents chosen in the Incidents section, by keyboard:
several chosen in the list and shared in one bundle for two verified
colleagues, who receive them in their own Incidents section; deleted after a
calm question, and then gone from every table of the vault; an incident's
earlier versions side by side."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QListWidget, QPushButton, QTextBrowser

from fieldsafe.ui.incidents.incident_form_dialog import open_incident_form
from fieldsafe.ui.incidents.section import IncidentsSection
from fieldsafe.ui.logs.history import HistoryDialog
from fieldsafe.vault import Vault
from tests.security.test_deletion import canary, schema_tables, tables_holding, tail
from tests.ui.conftest import (
    START,
    activate,
    assert_nowhere,
    find,
    flush_deletes,
    unnamed_focusable,
)
from tests.ui.keys import answer_next_box
from tests.ui.team import bundle_files, colleague

DAY = timedelta(days=1)
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _save(vault: Vault, when: datetime, **fields: Any) -> str:
    return vault.incidents.save({"occurred_at": when.isoformat(), **fields}).id


def _section(qtbot, vault: Vault, clock) -> IncidentsSection:  # noqa: ANN001
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    widget = IncidentsSection(clock=clock)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.attach(vault)
    return widget


@pytest.fixture
def section(qtbot, vault: Vault, clock) -> IncidentsSection:  # noqa: ANN001
    return _section(qtbot, vault, clock)


def _press(qtbot, section: IncidentsSection, name: str) -> None:  # noqa: ANN001
    button = find(name, QPushButton, within=section)
    assert button.isEnabled(), name
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def _reload(qtbot, section: IncidentsSection) -> None:  # noqa: ANN001
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        section.reload()


def test_several_incidents_chosen_by_keyboard_go_to_two_colleagues_in_one_bundle(
    qtbot,  # noqa: ANN001
    vault: Vault,
    clock,  # noqa: ANN001
    section: IncidentsSection,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    oldest = _save(vault, START - 30 * DAY, type="verbal", title="Shouted at by the door")
    middle = _save(
        vault, START - 20 * DAY, type="surveillance_or_following", title="A car waited twice"
    )
    newest = _save(vault, START - 2 * DAY, type="digital", title="Messages to the work phone")
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    cem = colleague(vault, tmp_path, "Cem", passphrase)
    try:
        _reload(qtbot, section)
        assert section.list.ids() == [newest, middle, oldest]
        assert unnamed_focusable(section) == []
        share = find("Share the incidents chosen", QPushButton, within=section)
        assert not share.isEnabled()  # nothing chosen yet

        activate(qtbot, section)
        section.list.setFocus()
        qtbot.keyClick(section.list, Qt.Key.Key_Home)  # the newest
        qtbot.keyClick(section.list, Qt.Key.Key_Down, SHIFT)  # and the one before it
        assert section.list.selected_ids() == [newest, middle]
        assert not find("Earlier versions of the incident", QPushButton, within=section).isEnabled()

        bundle = tmp_path / "incidents.age"
        offered = bundle_files(monkeypatch, bundle, recipients=(0, 1))
        _press(qtbot, section, "Share the incidents chosen")
        assert offered == [["Bea", "Cem"]]  # the verified colleagues, by their stored names
        assert bundle.exists()
        assert b"A car waited twice" not in bundle.read_bytes()  # encrypted
        assert section.message.text() == (
            "Bundle saved with 2 incident(s): encrypted for the colleagues you chose and for you."
        )

        # Each colleague receives it in their own Incidents section, by keyboard.
        for other in (bea, cem):
            theirs = _section(qtbot, other, clock)
            assert theirs.list.ids() == []
            with qtbot.waitSignal(theirs.changed), qtbot.waitSignal(theirs.loaded, timeout=10_000):
                _press(qtbot, theirs, "Receive a bundle")
            assert theirs.list.ids() == [newest, middle]  # shown at once, not the third
            assert theirs.message.text() == "2 added, 0 updated."
            assert other.incidents.get(middle).title == "A car waited twice"
    finally:
        bea.lock()
        cem.lock()


def test_deleting_from_the_list_asks_calmly_and_leaves_nothing_in_any_table(
    qtbot,  # noqa: ANN001
    vault: Vault,
    clock,  # noqa: ANN001
    section: IncidentsSection,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone, kept = canary("gonex"), canary("keptx")
    fields = {"title": gone, "area": gone, "what_happened": f"{gone} first"}
    doomed = _save(vault, START - 3 * DAY, type="verbal", **fields)
    vault.incidents.save(
        {"occurred_at": (START - 3 * DAY).isoformat(), **fields, "what_happened": f"{gone} later"},
        incident_id=doomed,  # an earlier version
    )
    stays = _save(vault, START - DAY, type="verbal", title=kept, area=kept)
    bea = colleague(vault, tmp_path, "Bea", passphrase)
    try:
        _reload(qtbot, section)
        section.list.setFocus()
        qtbot.keyClick(section.list, Qt.Key.Key_End)  # the older: the doomed one
        bundle_files(monkeypatch, tmp_path / "one.age", recipients=(0,))
        _press(qtbot, section, "Share the incidents chosen")  # an exchange base too
        # its "Something happened" window is open, with a draft and more typed since
        form = open_incident_form(section, vault, incident_id=doomed, clock=clock)
        qtbot.waitExposed(form)
        form.form.what_happened.setPlainText(f"{gone} typed on")
        assert form.save_draft()
        form.form.what_happened.appendPlainText("and more")
        assert form.dirty
        reached = tables_holding(vault, tail(gone))
        assert {"records", "record_versions", "record_facets", "exchange_bases", "drafts"} <= (
            reached
        )

        # Escape keeps it
        said: list[str] = []
        section.list.setFocus()
        answer_next_box(None, said)
        qtbot.keyClick(section.list, Qt.Key.Key_Delete)
        assert said == [
            "Delete this incident?\nIt will be removed from the vault for good, with its "
            "earlier versions. A copy you already shared stays with your colleague. "
            "This cannot be undone."
        ]
        assert vault.incidents.get(doomed).title == gone

        # Delete, by keyboard
        answer_next_box("Delete", said)
        with qtbot.waitSignal(section.changed), qtbot.waitSignal(section.loaded, timeout=10_000):
            qtbot.keyClick(section.list, Qt.Key.Key_Delete)
        assert section.list.ids() == [stays]
        assert not shiboken6.isValid(form) or not form.isVisible()  # closed, nothing kept
        flush_deletes()
        assert section.message.text() == "1 incident(s) deleted."
        assert section.focusWidget() is section.list
        assert "records" in schema_tables(vault)
        assert not tables_holding(vault, tail(gone))  # in no table at all
        assert tables_holding(vault, tail(kept))  # the scan sees content
        assert vault.search(gone) == []
        assert_nowhere(gone)
    finally:
        bea.lock()


def test_several_deleted_at_once(qtbot, vault: Vault, section: IncidentsSection) -> None:  # noqa: ANN001
    ids = [_save(vault, START - n * DAY, type="legal_or_administrative") for n in (1, 2, 3)]
    _reload(qtbot, section)
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_Home)
    qtbot.keyClick(section.list, Qt.Key.Key_Down, SHIFT)
    said: list[str] = []
    answer_next_box("Delete", said)
    with qtbot.waitSignal(section.loaded, timeout=10_000):
        _press(qtbot, section, "Delete the incidents chosen")
    assert said[0].startswith("Delete these 2 incidents?\nThey will be removed")
    assert section.list.ids() == [ids[2]]
    assert vault.incidents.count() == 1


def test_earlier_versions_of_an_incident(qtbot, vault: Vault, section: IncidentsSection) -> None:  # noqa: ANN001
    when = (START - DAY).isoformat()
    first = {"occurred_at": when, "type": "verbal", "what_happened": "Words at the door."}
    incident_id = vault.incidents.save(first).id
    vault.incidents.save(
        {
            **first,
            "what_happened": "Words at the door, then he followed us.",
            "status": "measures_reviewed",
        },
        incident_id=incident_id,
    )
    _reload(qtbot, section)
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_Home)
    _press(qtbot, section, "Earlier versions of the incident")
    dialog = section.findChild(HistoryDialog)
    assert dialog is not None and dialog.isVisible()
    assert "Each time this incident was saved" in dialog.intro.text()
    assert find("Earlier versions", QListWidget, within=dialog).count() == 1
    assert dialog.changed_labels() == ["What happened", "Status"]
    earlier = find("Earlier version", QTextBrowser, within=dialog).toPlainText()
    assert "Words at the door." in earlier and "Open" in earlier
    current = find("Current version", QTextBrowser, within=dialog).toPlainText()
    assert "then he followed us" in current and "Measures reviewed" in current
    # the vault deletes an incident's versions only with the incident
    assert not dialog.delete_button.isVisible()
    assert unnamed_focusable(dialog) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
