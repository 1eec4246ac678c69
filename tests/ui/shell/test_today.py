"""The Today view, the list filters (day boundaries in local time), and
locking with them, the code book and more open (docs/security.md, bar 8: no record text
left in any widget)."""

from __future__ import annotations

import re
import secrets
import time as _time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from fieldsafe.core.interchange import InterchangeRecord
from fieldsafe.media import prepare_attachment
from fieldsafe.ui.common.localtime import format_day
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.today import FilterBar
from fieldsafe.vault import Vault
from fieldsafe.vault.transfer import import_records
from tests.images import jpeg_with_gps
from tests.ui.conftest import START, assert_nowhere, find, flush_deletes, wait_ops


def _logs(vault: Vault) -> dict[str, str]:
    ids = {}
    ids["due"] = vault.logs.save(
        occurred_at=START, title="due soon", follow_ups=[{"action": "call", "due": "2026-03-03"}]
    ).id
    ids["paper"] = vault.logs.save(
        occurred_at=START - timedelta(days=1),
        title="paper",
        paper_notes=True,
        setting="street",
        tags=["housing"],
    ).id
    ids["review"] = vault.logs.save(
        occurred_at=START - timedelta(days=2),
        title="old",
        review_by="2026-03-01",
        setting="online",
        person_codes=["B7"],
    ).id
    ids["calm"] = vault.logs.save(occurred_at=START - timedelta(days=3), title="nothing to do").id
    return ids


def test_today_lists_what_needs_attention_and_opens_it(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    ids = _logs(vault)
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    today = window.today_view
    assert today.isVisible()
    assert sorted(today.log_ids()) == sorted([ids["due"], ids["paper"], ids["review"]])
    tree = find("Today", within=window)
    group = tree.topLevelItem(0)
    assert group.text(0).startswith("Follow-ups due")
    tree.itemActivated.emit(group.child(0), 0)
    assert window.editor.log_id == ids["due"]


def test_today_says_when_nothing_needs_attention(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    vault.logs.save(occurred_at=START, title="calm")
    window.show_today()
    assert window.today_view.log_ids() == []
    assert "Nothing needs attention today" in window.today_view.summary.text()


def test_filters_narrow_the_list(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    ids = _logs(vault)
    window.log_model.reload()
    qtbot.mouseClick(find("Filters", QPushButton, within=window), Qt.MouseButton.LeftButton)
    setting = find("Filter by setting", QComboBox, within=window)
    setting.setCurrentIndex(setting.findData("online"))
    assert [window.log_model.log_id(r) for r in range(window.log_model.rowCount())] == [
        ids["review"]
    ]
    find("Clear filters", QPushButton, within=window).click()
    assert window.log_model.rowCount() == 4
    tag = find("Filter by tag", QComboBox, within=window)
    assert tag.findText("housing") >= 0  # tags in use are offered
    tag.setCurrentText("housing")
    assert [window.log_model.log_id(r) for r in range(window.log_model.rowCount())] == [
        ids["paper"]
    ]
    find("Clear filters", QPushButton, within=window).click()
    find("Only logs with a follow-up due", within=window).setChecked(True)
    assert [window.log_model.log_id(r) for r in range(window.log_model.rowCount())] == [ids["due"]]
    find("Filter by person code", QLineEdit, within=window).setText("nobody")
    find("Filter by person code", QLineEdit, within=window).editingFinished.emit()
    assert window.log_model.rowCount() == 0
    assert window.info.text() == "No logs match these filters."
    qtbot.mouseClick(
        find("Filters", QPushButton, within=window), Qt.MouseButton.LeftButton
    )  # hiding clears
    assert window.log_model.rowCount() == 4


def test_lock_with_everything_open_leaves_no_text(
    qtbot, session, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    canary = "canary" + secrets.token_hex(6)
    vault.codes.save("K1", watch_words=[canary + "w"], note=canary + "note")
    log = vault.logs.save(
        occurred_at=START,
        title=canary + "title",
        body=canary,
        needs=canary + "needs",
        follow_ups=[{"action": canary + "act", "due": "2026-03-01"}],
        tags=[canary + "tag"],
        person_codes=["K1"],
        paper_notes=True,
    )
    vault.logs.save(occurred_at=START, title=canary + "v2", log_id=log.id, body=canary)
    vault.attachments.add(log.id, prepare_attachment(jpeg_with_gps(), name=canary + ".jpg"))
    window.log_model.reload()
    window.open_log(log.id)
    window.editor.body.setPlainText(canary + " call 0712 345 678")
    window.editor.check_privacy()
    wait_ops(qtbot)
    window.filter_button.setChecked(True)
    window.filters.code.setText(canary)
    window.show_today()
    window.show_code_book()
    window.editor.view_attachment()
    window.show_history()
    wait_ops(qtbot)
    session.lock()
    wait_ops(qtbot)
    flush_deletes()
    assert_nowhere(canary)


# Review 3 (each failed before its fix): the Today view's counts were capped at the query limit
# (200) without saying so: with 250 logs whose paper notes wait to be destroyed, it said "(200)"
# and listed 200, and the other 50 never showed up anywhere.
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


# Review 3 (each failed before its fix): the log list's date filters and day boundaries in local
# time.
ZONE = "Europe/Berlin"


@pytest.fixture
def berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[ZoneInfo]:
    monkeypatch.setenv("TZ", ZONE)
    _time.tzset()
    yield ZoneInfo(ZONE)
    monkeypatch.undo()
    _time.tzset()


def _other_dst_day(zone: ZoneInfo) -> date:
    """A day whose UTC offset differs from today's (summer vs winter time)."""
    now = datetime.now(zone)
    for months in range(1, 13):
        day = (now + timedelta(days=30 * months)).date()
        if datetime.combine(day, time(12), zone).utcoffset() != now.utcoffset():
            return day
    raise AssertionError("no DST change in this zone")


def test_from_date_starts_at_local_midnight_of_that_day(qtbot, berlin: ZoneInfo) -> None:  # noqa: ANN001
    bar = FilterBar()
    qtbot.addWidget(bar)
    day = _other_dst_day(berlin)
    bar.since.set_value(day)
    bar.until.set_value(day)
    where = bar.current()
    midnight = datetime.combine(day, time(0), berlin)
    next_midnight = datetime.combine(day + timedelta(days=1), time(0), berlin)
    assert where.since == midnight, (
        f"since is {where.since.astimezone(UTC)}, local midnight is {midnight.astimezone(UTC)}"
    )
    assert where.until == next_midnight


def test_a_log_at_half_past_midnight_is_in_its_days_filter(
    qtbot, berlin: ZoneInfo, vault: Vault
) -> None:  # noqa: ANN001
    bar = FilterBar()
    qtbot.addWidget(bar)
    day = _other_dst_day(berlin)
    # 00:30 and 23:30 local time on that day: both belong to it.
    early = vault.logs.save(occurred_at=datetime.combine(day, time(0, 30), berlin), title="early")
    late = vault.logs.save(occurred_at=datetime.combine(day, time(23, 30), berlin), title="late")
    bar.since.set_value(day)
    bar.until.set_value(day)
    shown = {s.id for s in vault.logs.page(where=bar.current())}
    assert shown == {early.id, late.id}


def test_the_latest_to_date_the_filter_offers_does_not_raise(qtbot, window, vault: Vault) -> None:  # noqa: ANN001
    """The "To date" picker goes up to 9998-12-31; the filter then asks for
    logs before 9999-01-01, which to_iso refuses with a ValueError that the
    list model does not catch (an exception in a Qt slot)."""
    vault.logs.save(occurred_at=datetime(2026, 3, 1, 10, tzinfo=UTC), title="visit")
    window.filter_button.setChecked(True)
    window.filters.until.set_value(date(9998, 12, 31))  # the picker's maximum
    assert window.log_model.rowCount() == 1


# Interface 1.1: follow-ups typed by keyboard, due today or overdue, reach Today under
# "Follow-ups due"; one due later, or done, does not.
def test_follow_ups_due_today_or_overdue_are_listed_under_follow_ups_due(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    from fieldsafe.ui.common.localtime import format_typed_day

    today = START.astimezone().date()
    due = {
        "due today": today,
        "overdue": today - timedelta(days=3),
        "due later": today + timedelta(days=1),
    }
    for title, day in due.items():
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(find("Title", QLineEdit, within=window), title)
        add = find("Add a follow-up", QPushButton, within=window)
        add.setFocus()
        qtbot.keyClick(add, Qt.Key.Key_Space)
        action = find("Follow-up 1", QLineEdit, within=window)
        qtbot.waitUntil(action.hasFocus)
        qtbot.keyClicks(action, "call back")
        qtbot.keyClick(action, Qt.Key.Key_Tab)  # to "Done"
        qtbot.keyClick(find("Follow-up 1 done", within=window), Qt.Key.Key_Tab)
        date_field = find("Follow-up 1 due date", QLineEdit, within=window)
        assert date_field.hasFocus()
        qtbot.keyClicks(date_field, format_typed_day(day))
        qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    vault.logs.save(
        occurred_at=START,
        title="done already",
        follow_ups=[{"action": "x", "due": today.isoformat(), "done": True}],
    )
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    tree = find("Today", within=window)
    group = tree.topLevelItem(0)
    assert group.text(0) == "Follow-ups due (2)"
    listed = [group.child(i).text(0) for i in range(group.childCount())]
    # each row: its time, its title and the due date, each isolated
    assert sorted(re.findall("\u2068(.*?)\u2069", t)[1] for t in listed) == [
        "due today",
        "overdue",
    ]
    assert f"(due \u2068{format_day(today)}\u2069)" in " ".join(listed)


# Interface 1.9: the Today view in Arabic reads in one digit system: dates, times and counts in
# Arabic-Indic digits, none in Latin digits (a title's own digits aside).
def test_today_in_arabic_uses_one_digit_system(qtbot, qapp, vault: Vault, session) -> None:  # noqa: ANN001
    import re

    from fieldsafe.ui.common.i18n import install_translators

    install_translators(qapp, "ar")  # the fixture removes it and puts the locale back
    for days in (0, 2):
        vault.logs.save(
            occurred_at=START - timedelta(days=days),
            title="زيارة",
            follow_ups=[{"action": "x", "due": (START - timedelta(days=days)).date().isoformat()}],
            paper_notes=True,
        )
    window = session.open_main_window(vault)
    qtbot.waitExposed(window)
    window.show_today()
    tree = window.today_view.tree
    lines = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        lines.append(group.text(0))
        lines += [group.child(i).text(0) for i in range(group.childCount())]
    assert len(lines) >= 4
    for line in lines:
        assert not re.search("[0-9]", line), f"Latin digits in {line!r}"
        assert re.search("[\u0660-\u0669]", line), f"no digits at all in {line!r}"


# -- issue 13: what the safety loop adds to Today --------------------------------------------
def _down_to(qtbot, tree, role: int, record_id: str) -> None:  # noqa: ANN001
    """Arrow down Today's list to the row that opens ``record_id``."""
    tree.setFocus()
    for _ in range(40):
        item = tree.currentItem()
        if item is not None and item.data(0, role) == record_id:
            return
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    raise AssertionError("the row is not in Today's list")


def test_today_lists_meetings_incidents_and_reviews_and_opens_each(
    qtbot, window: MainWindow, vault: Vault
) -> None:  # noqa: ANN001
    from fieldsafe.core.clock import to_iso
    from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog
    from fieldsafe.ui.shell.today import ASSESSMENT_ROLE, INCIDENT_ROLE, PLAN_ROLE

    def plan(title: str, starts: timedelta, **fields: object) -> str:
        plan_id, _ = vault.plans.save(
            {"title": title, "starts_at": to_iso(START + starts), **fields}
        )
        return plan_id

    hour = timedelta(hours=1)
    soon = plan("Café", 2 * hour, check_in_at=to_iso(START + 4 * hour))
    tomorrow = plan("Park", timedelta(days=1))
    late = plan("Night", -20 * hour, check_in_at=to_iso(START + hour / 2))  # still to come
    plan("Cancelled", 3 * hour, status="cancelled")
    plan("Far", timedelta(days=10))
    plan("Back", hour, status="done", check_in_at=to_iso(START), checked_in_at=to_iso(START))
    followed = vault.incidents.save(
        {"occurred_at": to_iso(START - hour), "type": "surveillance_or_following", "title": "car"}
    )
    vault.incidents.save({"occurred_at": to_iso(START - hour), "status": "measures_reviewed"})
    due = vault.risks.save({"title": "Street outreach", "next_review": "2026-03-03"})
    vault.risks.save({"title": "Online", "next_review": "2026-04-03"})

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    today = window.today_view
    assert today.ids(PLAN_ROLE) == [late, soon, tomorrow]  # soonest first
    assert today.ids(INCIDENT_ROLE) == [followed.id]
    assert today.ids(ASSESSMENT_ROLE) == [due.id]
    tree = today.tree
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert headings == [
        "Meetings and check-ins coming up (3)",
        "Incidents whose measures are not yet reviewed (1)",
        "Risk assessment reviews due (1)",
    ]
    rows = [tree.topLevelItem(0).child(i).text(0) for i in range(3)]
    assert "check in by" in rows[1] and "no check-in time agreed" in rows[2]
    assert "Watched or followed: \u2068car\u2069" in tree.topLevelItem(1).child(0).text(0)
    assert "review due" in tree.topLevelItem(2).child(0).text(0)

    _down_to(qtbot, tree, PLAN_ROLE, soon)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.work.currentWidget() is window.plans and window.plans._plan_id == soon

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    _down_to(qtbot, tree, INCIDENT_ROLE, followed.id)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(IncidentDialog) is not None)
    dialog = window.findChild(IncidentDialog)
    assert dialog.incident_id == followed.id
    dialog.reject()

    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    _down_to(qtbot, tree, ASSESSMENT_ROLE, due.id)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.work.currentWidget() is window.safety.risks
    assert window.safety.risks.editor.assessment_id == due.id
