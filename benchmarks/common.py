"""What every benchmark shares: the seeded data's constants, the targets, and
how a figure is reported.

A figure is a dict::

    {"value", "floor", "ratio", "unit", "reps",
     "min": {"value", "floor", "ratio"}, "median": {"value", "floor", "ratio"},
     "target", "met", ...extras}

measured as ``reps`` repetitions, each a (value, floor) pair taken side by
side. ``value`` and ``floor`` are the medians over the repetitions and
``ratio`` is ``value / floor``; ``target`` and ``met`` judge that ratio (or,
for the figures in :data:`ON_VALUE`, the value). ``min`` and ``median`` give
each of the three over the repetitions, the ratios being each repetition's
own (its value over the floor taken beside it): ``median.ratio`` is the
paired estimate, and where it is far from ``ratio`` the run was noisy. A
figure that could not be measured is ``{"missing": reason, "target",
"met": false}``.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
PASSPHRASE = "benchmark passphrase, not a secret"
SEED = 20261123
UNTIL = datetime(2026, 11, 1, tzinfo=UTC)

#: the largest ratio (or, for the figures in ON_VALUE, value) that meets the
#: target. Issue 14's table first, then the targets of earlier rounds kept.
TARGETS: dict[str, float | tuple[float, float] | None] = {
    # issue 14
    "backup": 1.5,
    "verify": 1.5,
    "share_bundle": 2.0,
    "storage_per_kb": 2.5,
    "search_p95": 1.5,
    "search_growth": 3.0,
    "first_save_after_import": 2.0,
    "startup_to_lock_screen": 1.3,
    "unlock_to_main_window": 3.0,
    "idle_wakeups_per_minute": 15.0,
    # earlier rounds (save_during_upkeep: the issue sets none; save_p99's)
    "save_p99": 3.0,
    "save_during_upkeep": 3.0,
    "open_new_log": 3.0,
    "attach_20mb": 3.0,
    "attach_20mb_store": 1.5,
    "import_rss": 3.0,
    "rss_mb": None,
    # issue 16: scanning and importing a team folder's inbox at unlock
    "team_inbox_scan": 2.0,
    # Argon2id: a new vault's parameters unlock in this many seconds (the
    # calibration's own range, keys.KdfPolicy.target_seconds)
    "kdf": (0.5, 1.0),
}
#: figures whose target applies to the value itself, not to a ratio
ON_VALUE = {"idle_wakeups_per_minute", "kdf"}


def percentile(values: Sequence[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def _round(x: float | None) -> float | None:
    """Six significant digits."""
    return None if x is None else float(f"{x:.6g}")


def _ratio(x: float) -> float:
    """Four significant digits (a ratio can be far below 0.001)."""
    return float(f"{x:.4g}")


def judge(name: str, figure: dict[str, Any]) -> dict[str, Any]:
    """Add ``target`` and ``met`` (None only when the figure has no target)."""
    target = TARGETS.get(name)
    figure["target"] = list(target) if isinstance(target, tuple) else target
    if "missing" in figure:
        figure["met"] = False
        return figure
    judged = figure["value"] if name in ON_VALUE else figure["ratio"]
    if target is None:
        figure["met"] = None
    elif judged is None:
        figure["met"] = False
    elif isinstance(target, tuple):
        figure["met"] = target[0] <= judged <= target[1]
    else:
        figure["met"] = judged <= target
    return figure


def figure(
    name: str, pairs: Sequence[tuple[float, float]], unit: str, **extra: Any
) -> dict[str, Any]:
    """A figure from repetitions, each a (value, floor) pair (see the module
    docstring); ``extra`` is kept as given."""
    if not pairs:
        return missing(name, "no repetition could be measured")
    values = [v for v, _ in pairs]
    floors = [f for _, f in pairs]
    ratios = [v / f for v, f in pairs if f]
    value, floor = statistics.median(values), statistics.median(floors)
    out: dict[str, Any] = {
        "value": _round(value),
        "floor": _round(floor),
        "ratio": _ratio(value / floor) if floor else None,
        "unit": unit,
        "reps": len(pairs),
        "min": {
            "value": _round(min(values)),
            "floor": _round(min(floors)),
            "ratio": _ratio(min(ratios)) if ratios else None,
        },
        "median": {
            "value": _round(statistics.median(values)),
            "floor": _round(statistics.median(floors)),
            "ratio": _ratio(statistics.median(ratios)) if ratios else None,
        },
    }
    out.update(extra)
    return judge(name, out)


def single(name: str, value: float, floor: float, unit: str, **extra: Any) -> dict[str, Any]:
    """A figure measured once."""
    return figure(name, [(value, floor)], unit, **extra)


def missing(name: str, reason: str) -> dict[str, Any]:
    return judge(name, {"missing": reason})


def guarded(name: str, measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """``measure()``, or the figure marked missing with the error that stopped
    it (the rest of the run goes on; the table shows the miss)."""
    try:
        return measure()
    except Exception as exc:  # a benchmark must report, never stop the run
        detail = str(exc).strip().splitlines()[-1:] or [""]
        return missing(name, f"failed: {type(exc).__name__}: {detail[0][:300]}")


def alternate(
    i: int, first: Callable[[], float], second: Callable[[], float]
) -> tuple[float, float]:
    """Run both, swapping which goes first on odd ``i`` (neither half always
    gets the warmer cache); returns (first's time, second's time)."""
    if i % 2:
        b = second()
        a = first()
    else:
        a = first()
        b = second()
    return a, b
