"""A received update in the GUI (Interface 1.3), by keyboard: before import it
shows what it changes, field by field, old → new, places, times and the
alert signal first, as plain text; Escape cancels (nothing written), Enter
imports. Afterwards the changed fields are marked on the plan until it has
been looked at."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from fieldsafe.core.clock import from_iso
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.plans import sharing as ui
from fieldsafe.ui.plans.changes import ReviewDialog
from fieldsafe.ui.plans.view import PlansView
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.exchange.pair import Pair, pair_with
from tests.ui.conftest import activate, unnamed_focusable

STARTS = "2026-03-05T10:00:00Z"
PLAN = {
    "starts_at": STARTS,
    "title": "Harbour café",
    "location": "Harbour café",
    "backup_location": "the library",
    "alert_signal": "scarf off",
    "purpose": "first meeting",
    "status": "ready",
}


@pytest.fixture
def pair(vault: Vault, tmp_path: Path) -> Iterator[Pair]:
    with pair_with(vault, tmp_path / "bea") as made:
        yield made


def bea_changes_the_plan(pair: Pair, path: Path, **changes: object) -> str:
    """Amal shares a plan; Bea changes it and shares it back into ``path``."""
    plan_id, _ = pair.amal.plans.save(dict(PLAN))
    pair.receive(pair.bea, pair.send(pair.amal, plan_id))
    pair.bea.plans.save({**pair.bea.plans.get(plan_id), **changes}, plan_id=plan_id)
    path.write_bytes(pair.send(pair.bea, plan_id))
    return plan_id


class WhenShown:
    """Once the review dialog is on screen, keep its text and call ``act``
    (which answers it by keyboard)."""

    def __init__(self, act: Callable[[ReviewDialog], None]) -> None:
        self.act = act
        self.text = ""
        self.focus_on_changes = False
        self.unnamed: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ReviewDialog) and widget.isVisible():
                self.timer.stop()
                self.text = widget.changes.toPlainText()
                self.focus_on_changes = widget.focusWidget() is widget.changes
                self.unnamed = unnamed_focusable(widget)
                self.act(widget)
                return


def test_an_update_shows_old_and_new_first_and_escape_imports_nothing(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    pair: Pair,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bundle = tmp_path / "update.age"
    plan_id = bea_changes_the_plan(
        pair,
        bundle,
        purpose="second meeting",
        alert_signal="<b>glasses</b> on the table",
        starts_at="2026-03-05T11:30:00Z",
        backup_location="the park & the fountain",
    )
    monkeypatch.setattr(ui.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle))
    plans = window.show_plans()
    assert isinstance(plans, PlansView)
    activate(qtbot, plans)

    shown = WhenShown(lambda d: qtbot.keyClick(d.changes, Qt.Key.Key_Escape))
    assert not plans.receive()  # cancelled
    assert shown.focus_on_changes and shown.unnamed == []  # read first; every control named
    lines = shown.text.splitlines()
    assert lines[0] == "In the plan \u2068Harbour café\u2069:"
    when_before = format_moment(from_iso(STARTS))
    when_after = format_moment(from_iso("2026-03-05T11:30:00Z"))
    assert lines[1:] == [
        "  Where do we go if the first place does not work?: "
        "\u2068the library\u2069 → \u2068the park & the fountain\u2069",
        f"  Date and time: \u2068{when_before}\u2069 → \u2068{when_after}\u2069",
        "  Our subtle alert signal, and what it means: "
        "\u2068scarf off\u2069 → \u2068<b>glasses</b> on the table\u2069",  # data, never markup
        "  What do we want to achieve?: \u2068first meeting\u2069 → \u2068second meeting\u2069",
    ]
    fields = pair.amal.plans.get(plan_id)
    assert fields["backup_location"] == "the library"  # nothing was written
    assert pair.amal.plans.unseen(plan_id) is None

    # Again, and Enter imports: the plan opens with the changed fields marked.
    shown = WhenShown(lambda d: qtbot.keyClick(d.changes, Qt.Key.Key_Return))
    assert plans.receive()
    assert shown.text
    assert pair.amal.plans.get(plan_id)["backup_location"] == "the park & the fountain"
    assert plans.list.currentItem().text().endswith("\u2014 updated")
    note = plans.changes_note
    assert note.isVisible() and note.textFormat() == Qt.TextFormat.PlainText
    labels = [
        "Where do we go if the first place does not work?",
        "Date and time",
        "Our subtle alert signal, and what it means",
        "What do we want to achieve?",
    ]
    listed = QLocale().createSeparatedList([f"\u2068{label}\u2069" for label in labels])
    assert note.text() == f"\u2068Bea\u2069's update changed: {listed}. Each is marked below."
    html = plans.checklist.text()
    assert html.count("changed by the update") == 3  # the purpose is not on the checklist
    assert "&lt;b&gt;glasses&lt;/b&gt;" in html  # escaped


def test_the_marks_stay_until_the_plan_is_looked_at(
    qtbot,  # noqa: ANN001
    window: MainWindow,
    pair: Pair,
    tmp_path: Path,
) -> None:
    """Received while the section is not on screen (as the CLI would), the
    marks wait; shown, they stay while the plan is open, and are gone once
    the person moves to another plan and back."""
    plan_id = bea_changes_the_plan(pair, tmp_path / "u.age", backup_location="the park")
    pair.amal.plans.save({**PLAN, "title": "another", "starts_at": "2026-03-01T10:00:00Z"})
    pair.receive(pair.amal, (tmp_path / "u.age").read_bytes())
    window.show_today()
    assert pair.amal.plans.unseen(plan_id) is not None  # not looked at yet

    plans = window.show_plans()
    assert isinstance(plans, PlansView)
    plans.reload(select=plan_id)
    activate(qtbot, plans)
    assert plans.changes_note.isVisible() and "changed by the update" in plans.checklist.text()
    assert pair.amal.plans.unseen(plan_id) is None  # on screen: seen
    plans.status.setCurrentIndex(plans.status.findData("done"))
    plans.status.activated.emit(plans.status.currentIndex())  # a save reloads the plan
    assert plans.changes_note.isVisible()  # still marked while it stays open

    plans.list.setFocus()
    row = plans.list.currentRow()
    qtbot.keyClick(plans.list, Qt.Key.Key_Down if row == 0 else Qt.Key.Key_Up)
    qtbot.keyClick(plans.list, Qt.Key.Key_Up if row == 0 else Qt.Key.Key_Down)
    assert plans.list.currentRow() == row
    assert not plans.changes_note.isVisible()
    assert "changed by the update" not in plans.checklist.text()
    assert "updated" not in plans.list.currentItem().text()


def test_in_right_to_left_every_line_reads_from_old_to_new(qtbot, qapp: QApplication) -> None:  # noqa: ANN001
    """The arrow is not mirrored by itself: in a right-to-left layout it is ←,
    and every line is laid out right to left, whatever script it starts with."""
    from types import SimpleNamespace

    from fieldsafe.core.plans import FieldChange

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    update = SimpleNamespace(
        title="Harbour café",
        changes=[FieldChange("backup_location", "the library", "the park")],
        both_changed=(),
    )
    dialog = ReviewDialog("question", [update])
    qtbot.addWidget(dialog)
    assert "\u2068the library\u2069 \u2190 \u2068the park\u2069" in dialog.changes.toPlainText()
    option = dialog.changes.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
