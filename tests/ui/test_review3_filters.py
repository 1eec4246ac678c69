"""Review 3: the log list's date filters and day boundaries in local time."""

from __future__ import annotations

import time as _time
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from fieldsafe.ui.shell.today import FilterBar
from fieldsafe.vault import Vault

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
