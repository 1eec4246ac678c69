"""Date filters on the days the clocks change (Reliability, part 4).

Where summer time starts at midnight (America/Santiago, Asia/Beirut, Cuba:
the clocks jump from 00:00 to 01:00) a local day has no midnight. The log
list's "from" date used ``datetime.combine(day, time(0)).astimezone()``,
which for a time that does not exist answers an hour early: 23:00 of the day
before, so a filter for that day also listed the last hour of the day before
(and a "to" date the day before took in the first hour of the next). The
bounds now come from ``fieldsafe.core.clock.local_day_start``: the first
instant of the local day, whatever the clocks do. Where summer time ends at
midnight the day before has its last hour twice; it must end after the
second one.

The dates are in the past, so the zones' rules will not change under them;
each test checks first that its day is what it claims.
"""

from __future__ import annotations

import os
import time as _time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from fieldsafe.core.clock import local_day_range, local_day_start
from fieldsafe.ui.shell.today import FilterBar
from fieldsafe.vault import Vault

# (zone, the day summer time starts at 00:00, its first instant in UTC)
NO_MIDNIGHT = [
    ("America/Santiago", date(2022, 9, 11), datetime(2022, 9, 11, 4, tzinfo=UTC)),
    ("Asia/Beirut", date(2022, 3, 27), datetime(2022, 3, 26, 22, tzinfo=UTC)),
    ("America/Havana", date(2022, 3, 13), datetime(2022, 3, 13, 5, tzinfo=UTC)),
]
# (zone, a day whose last hour comes twice, the instant it ends in UTC)
REPEATED_LAST_HOUR = [
    ("America/Santiago", date(2022, 4, 2), datetime(2022, 4, 3, 4, tzinfo=UTC)),
    ("Asia/Beirut", date(2022, 10, 29), datetime(2022, 10, 29, 22, tzinfo=UTC)),
]
# Cuba goes back from 01:00 to 00:00: midnight comes twice, the day starts at the first.
REPEATED_MIDNIGHT = ("America/Havana", date(2022, 11, 6), datetime(2022, 11, 6, 4, tzinfo=UTC))

Zone = Callable[[str], ZoneInfo]


@pytest.fixture
def local_zone() -> Iterator[Zone]:
    """Set the process's local time zone (TZ + tzset); restored after."""
    saved = os.environ.get("TZ")

    def use(name: str) -> ZoneInfo:
        os.environ["TZ"] = name
        _time.tzset()
        return ZoneInfo(name)

    yield use
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    _time.tzset()


def _midnight_exists(day: date, zone: ZoneInfo) -> bool:
    midnight = datetime.combine(day, time(0), zone)
    return midnight.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == midnight.replace(
        tzinfo=None
    )


def _shown(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


@pytest.mark.parametrize(("name", "day", "start"), NO_MIDNIGHT)
def test_a_day_without_midnight_starts_when_the_clocks_jump(
    name: str, day: date, start: datetime, local_zone: Zone
) -> None:
    zone = ZoneInfo(name)
    assert not _midnight_exists(day, zone), "the zone's rules changed: pick another day"
    assert _shown(start, zone) == datetime.combine(day, time(1))  # 01:00, the first on the clock
    assert _shown(start - timedelta(seconds=1), zone).date() == day - timedelta(days=1)
    assert local_day_start(day, zone) == start
    local_zone(name)
    assert local_day_start(day) == start
    # ... and the day before ends there, not an hour early.
    assert local_day_range(day - timedelta(days=1), day - timedelta(days=1))[1] == start


@pytest.mark.parametrize(("name", "day", "end"), REPEATED_LAST_HOUR)
def test_a_day_whose_last_hour_comes_twice_ends_after_the_second(
    name: str, day: date, end: datetime, local_zone: Zone
) -> None:
    zone = ZoneInfo(name)
    last_hour = datetime.combine(day, time(23, 30))
    first, second = (last_hour.replace(tzinfo=zone, fold=fold) for fold in (0, 1))
    assert first.utcoffset() != second.utcoffset(), "the zone's rules changed: pick another day"
    assert second.astimezone(UTC) < end
    assert _shown(end, zone) == datetime.combine(day + timedelta(days=1), time(0))
    assert local_day_range(day, day, zone) == (local_day_start(day, zone), end)
    local_zone(name)
    assert local_day_range(day, day)[1] == end
    assert local_day_start(day + timedelta(days=1)) == end


def test_a_day_with_two_midnights_starts_at_the_first(local_zone: Zone) -> None:
    name, day, start = REPEATED_MIDNIGHT
    zone = ZoneInfo(name)
    first, second = (datetime.combine(day, time(0, 30, fold=fold), zone) for fold in (0, 1))
    assert first.utcoffset() != second.utcoffset(), "the zone's rules changed: pick another day"
    assert local_day_start(day, zone) == start
    local_zone(name)
    assert local_day_start(day) == start
    assert local_day_range(day - timedelta(days=1), day - timedelta(days=1))[1] == start


@pytest.mark.parametrize(("name", "day", "start"), NO_MIDNIGHT)
def test_the_filter_bar_bounds_a_day_without_midnight(
    qtbot, name: str, day: date, start: datetime, local_zone: Zone
) -> None:  # noqa: ANN001
    local_zone(name)
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.since.set_value(day)
    bar.until.set_value(day)
    where = bar.current()
    assert where.since == start, f"from {where.since.astimezone(UTC)}, the day starts at {start}"
    assert where.until == local_day_start(day + timedelta(days=1), ZoneInfo(name))
    bar.since.set_value(day - timedelta(days=1))
    bar.until.set_value(day - timedelta(days=1))
    assert bar.current().until == start


def test_the_log_list_for_a_day_without_midnight_holds_that_day_only(
    qtbot, vault: Vault, local_zone: Zone
) -> None:  # noqa: ANN001
    name, day, start = NO_MIDNIGHT[0]
    zone = local_zone(name)
    late = vault.logs.save(occurred_at=start - timedelta(minutes=30), title="the night before")
    early = vault.logs.save(occurred_at=start + timedelta(minutes=30), title="01:30")
    evening = vault.logs.save(occurred_at=datetime.combine(day, time(23, 30), zone), title="23:30")
    after = vault.logs.save(
        occurred_at=datetime.combine(day + timedelta(days=1), time(0, 30), zone), title="next"
    )
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.since.set_value(day)
    bar.until.set_value(day)
    assert {s.id for s in vault.logs.page(where=bar.current())} == {early.id, evening.id}
    bar.since.set_value(day - timedelta(days=1))
    bar.until.set_value(day - timedelta(days=1))
    assert {s.id for s in vault.logs.page(where=bar.current())} == {late.id}
    assert after.id not in {s.id for s in vault.logs.page(where=bar.current())}
