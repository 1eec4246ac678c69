"""The benchmark suite runs end to end (tiny vaults, fast KDF, few repeats).
Its figures are not asserted here: speed is judged by `python -m benchmarks`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmarks.run import run


@pytest.mark.slow
def test_benchmarks_run_and_report_ratios(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    report = run([40, 80], out=out, cache=tmp_path / "cache", quick=True, import_records=2000)
    saved = json.loads(out.read_text())
    assert saved == json.loads(json.dumps(report))
    small, large = saved["sizes"]["40"], saved["sizes"]["80"]
    for name in ("search_p95", "save_p99", "unlock_to_main_window"):
        for size in (small, large):
            m = size[name]
            assert m["value"] > 0 and m["floor"] > 0
            assert abs(m["ratio"] - m["value"] / m["floor"]) < 0.01 * m["ratio"] + 1e-3
    for name in ("startup_to_lock_screen", "rss_mb"):
        assert large[name]["value"] > 0 and large[name]["floor"] > 0
    assert set(saved["growth"]) == {"growth_search", "growth_save"}
    imported = saved["import_rss"]
    assert imported["records"] == 2000 and imported["bytes"] > 1_000_000
    assert imported["floor"] == round(imported["bytes"] / 2**20, 6)  # the file's size, in MB
    assert imported["value"] > 0 and imported["target"] == 3.0
