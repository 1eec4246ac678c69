"""Values inside sentences keep their own order in Arabic, on the screens
(issue "Interface", 2, mixed direction), continued from
test_bidi_sentences.py: the restore-draft question, Today's rows, the plans
list and a plan's summary, the conflict choices, the log form's paper notes,
the recovery sheet and the first log's empty state.

Each value (a time, a date, a title, a phone number) is wrapped in its own
isolate (balanced: no hand-written FSI without its PDI) and its digit
groups are drawn left to right inside the right-to-left sentence. Where a
module composes a sentence from a translated template, an Arabic template
(this test's own translator, not FieldSafe's catalogue) is used; list rows
built from values alone ("{time}  {title}  (note)") are laid out right to
left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QRadioButton, QTreeWidgetItem

from fieldsafe.core.clock import FakeClock, to_iso
from fieldsafe.ui.common.bidi import FSI, PDI
from fieldsafe.ui.common.dialogs import RestoreDraft
from fieldsafe.ui.common.localtime import format_day, format_moment
from fieldsafe.ui.logs.editor import LogEditor
from fieldsafe.ui.plans.sharing import ChooseConflicts
from fieldsafe.ui.plans.view import PlansView
from fieldsafe.ui.shell import empty_states
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.recovery_sheet import sheet_html
from fieldsafe.ui.shell.today import TodayView
from fieldsafe.vault import Vault
from tests.ui.common.test_bidi_sentences import reads_in_order
from tests.ui.conftest import START

NUMBER = "0712 345 678"
OTHER = "0799 111 222"

#: (context, source) -> an Arabic template with the same placeholders
ARABIC = {
    ("dialogs", "FieldSafe kept it from {time}. Restore it to go on writing, or discard it."): (
        "احتفظ FieldSafe به منذ {time}. استعده لتكمل الكتابة، أو تخلّص منه."
    ),
    ("TodayView", "due {date}"): "موعده {date}",
    ("TodayView", "review by {date}"): "يُراجع قبل {date}",
    ("TodayView", "check in by {time}"): "التواصل قبل {time}",
    ("PlansView", "{when}, at {place}, with {colleague}."): "{when}، في {place}، مع {colleague}.",
    ("colleagues", "Mine: {value}"): "ما عندي: {value}",
    ("colleagues", "{name}'s: {value}"): "ما عند {name}: {value}",
    ("LogEditor", "Destroyed, confirmed {time}."): "أُتلفت، تأكد ذلك في {time}.",
    ("recovery_sheet", "Made on {date}"): "أُعدّت في {date}",
    (
        "EmptyStates",
        "After a meeting, write down what happened, what was agreed and what to follow "
        "up. Use person codes, not names. Press {shortcut} to start a log at any time.",
    ): "بعد اللقاء اكتب ما حدث. اضغط {shortcut} لتبدأ سجلًا في أي وقت.",
}


class ArabicTemplates(QTranslator):
    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return ARABIC.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture(autouse=True)
def arabic(qapp: QApplication) -> Iterator[None]:
    """Arabic templates; dates in the C locale, whose "17 05 2031" reverses
    like a phone number when it is not isolated. (The conftest removes the
    translator and restores the locale and direction afterwards.)"""
    QLocale.setDefault(QLocale.c())
    qapp.installTranslator(ArabicTemplates(qapp))
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield


def in_order(sentence: str, value: str) -> None:
    """``value`` sits in its own isolate and reads left to right."""
    assert f"{FSI}{value}{PDI}" in sentence, f"{value!r} not isolated in {sentence!r}"
    assert sentence.count(FSI) == sentence.count(PDI), f"unbalanced isolates: {sentence!r}"
    assert reads_in_order(sentence, value), sentence


def arabic_with(sentence: str, value: str) -> None:
    assert re.search("[\u0600-\u06ff]", sentence), f"not the Arabic template: {sentence!r}"
    in_order(sentence, value)


def while_modal(look: Callable[[QApplication], None]) -> None:
    """Call ``look`` once a modal dialog is up (then it must close it)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)

    def check() -> None:
        if app.activeModalWidget() is None:
            QTimer.singleShot(10, check)
            return
        look(app)

    QTimer.singleShot(0, check)


def test_restore_draft_question() -> None:
    saved_at = format_moment(START)
    details = []

    def look(app: QApplication) -> None:
        box = app.activeModalWidget()
        details.append(box.informativeText())  # type: ignore[union-attr]
        box.reject()  # type: ignore[union-attr]

    while_modal(look)
    RestoreDraft.ask(None, saved_at=saved_at)
    arabic_with(details[0], saved_at)


def _rows(view: TodayView) -> list[str]:
    rows = []
    for g in range(view.tree.topLevelItemCount()):
        group = view.tree.topLevelItem(g)
        assert isinstance(group, QTreeWidgetItem)
        rows += [group.child(i).text(0) for i in range(group.childCount())]  # type: ignore[union-attr]
    return rows


def test_today_rows(qtbot, vault: Vault) -> None:  # noqa: ANN001
    met = START - timedelta(days=3)
    due, review = START.date() - timedelta(days=1), START.date() - timedelta(days=2)
    vault.logs.save(
        occurred_at=met, title=NUMBER, follow_ups=[{"action": "call", "due": due.isoformat()}]
    )
    vault.logs.save(occurred_at=met, title=OTHER, review_by=review)
    meeting = START + timedelta(days=2)
    vault.plans.save(
        {
            "title": NUMBER,
            "starts_at": to_iso(meeting),
            "check_in_at": to_iso(meeting + timedelta(hours=1)),
        }
    )
    view = TodayView()
    qtbot.addWidget(view)
    view.set_clock(FakeClock(START))
    view.refresh(vault, START.date())
    rows = _rows(view)
    meeting_row = next(r for r in rows if r.startswith(f"{FSI}{format_moment(meeting)}"))
    in_order(meeting_row, format_moment(meeting))
    in_order(meeting_row, NUMBER)
    due_row = next(r for r in rows if "موعده" in r)
    in_order(due_row, format_moment(met))
    in_order(due_row, NUMBER)  # the title: once isolated by hand
    arabic_with(due_row, format_day(due))
    review_row = next(r for r in rows if "يُراجع" in r)
    in_order(review_row, OTHER)
    arabic_with(review_row, format_day(review))


def test_plans_list_and_summary(qtbot, vault: Vault) -> None:  # noqa: ANN001
    when = START + timedelta(days=2)
    plan_id, _ = vault.plans.save(
        {"title": NUMBER, "starts_at": to_iso(when), "location": OTHER, "colleague": "Sam"}
    )
    view = PlansView(clock=FakeClock(START))
    qtbot.addWidget(view)
    view.attach(vault)
    view.reload(select=plan_id)
    row = view.list.item(0).text()
    in_order(row, format_moment(when))
    in_order(row, NUMBER)
    summary = view.summary.text()
    arabic_with(summary, format_moment(when))
    arabic_with(summary, OTHER)


def test_conflict_choices_isolate_both_values() -> None:
    shown: list[tuple[str, str, str]] = []

    def look(app: QApplication) -> None:
        dialog = app.activeModalWidget()
        assert dialog is not None
        for button in dialog.findChildren(QRadioButton):
            shown.append((button.text(), button.accessibleName(), button.accessibleDescription()))
        dialog.reject()  # type: ignore[attr-defined]

    while_modal(look)
    ChooseConflicts.ask(None, [("backup_location", NUMBER, OTHER)], sender="Bea")
    (mine, mine_name, mine_said), (theirs, theirs_name, theirs_said) = shown
    arabic_with(mine, NUMBER)
    arabic_with(theirs, OTHER)
    assert f"{FSI}Bea{PDI}" in theirs
    # A screen reader hears the field by its label, and the value too
    assert "backup_location" not in mine_name + theirs_name
    arabic_with(mine_said, NUMBER)
    arabic_with(theirs_said, OTHER)


def test_log_form_paper_notes(qtbot, vault: Vault) -> None:  # noqa: ANN001
    form = LogEditor(vault, clock=FakeClock(START))
    qtbot.addWidget(form)
    form.toggle_paper_destroyed()
    arabic_with(form.paper_state.text(), format_moment(START))


def test_recovery_sheet_date() -> None:
    made_on = date(2031, 5, 17)
    document = QTextDocument()
    document.setHtml(sheet_html("ABCD-EFGH", made_on))
    text = document.toPlainText()
    day = next(line for line in text.splitlines() if "أُعدّت" in line)
    arabic_with(day, "Saturday, 17 May 2031")


def test_first_log_empty_state(window: MainWindow) -> None:
    state = empty_states.first_log(window)
    shortcut = window.new_log_action.shortcut().toString()
    body = state.body.text()
    assert re.search("[\u0600-\u06ff]", body)
    assert f"{FSI}{shortcut}{PDI}" in body
