"""Stored times: ``to_iso`` writes what strftime wrote before it was made
faster, for every offset and every year it accepts."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta, timezone

import pytest

from fieldsafe.core.clock import MAX_YEAR, MIN_YEAR, from_iso, to_iso


def test_to_iso_matches_strftime_across_years_and_offsets() -> None:
    rng = random.Random(20261130)
    for _ in range(20_000):
        offset = timezone(timedelta(minutes=rng.randint(-14 * 60, 14 * 60)))
        moment = datetime(
            rng.randint(MIN_YEAR + 1, MAX_YEAR - 1),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(0, 23),
            rng.randint(0, 59),
            rng.randint(0, 59),
            rng.randint(0, 999_999),
            tzinfo=offset,
        )
        expected = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert to_iso(moment) == expected
        assert to_iso(from_iso(expected)) == expected


@pytest.mark.parametrize("year", [MIN_YEAR - 1, MAX_YEAR + 1])
def test_to_iso_refuses_years_outside_the_range(year: int) -> None:
    with pytest.raises(ValueError):
        to_iso(datetime(year, 6, 1, tzinfo=UTC))


def test_to_iso_refuses_a_naive_time() -> None:
    with pytest.raises(ValueError):
        to_iso(datetime(2026, 6, 1))  # noqa: DTZ001 - the naive time is the point
