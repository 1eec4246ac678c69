"""Run the benchmark suite and write ``benchmarks/results/latest.json``.

Every figure is measured beside a floor taken in the same run on the same
data, interleaved with it, repeated; the JSON holds, per figure and case,
``value``, ``floor``, ``ratio``, ``min`` and ``median`` over the repetitions,
``target`` and ``met`` (see :mod:`benchmarks.common`). Targets are issue 14's.

=========================  ==============================================  ==============================================
figure (cases)             value                                           floor
=========================  ==============================================  ==============================================
backup (50k vault; vault   ``Vault.backup`` to a file in a folder           ``cp vault.db vault.key`` into the same folder,
with ~2 GB of photos)                                                       then fsync of both files and the folder
verify (50k)               ``Vault.verify``                                 a page-by-page read on a raw connection:
                                                                            ``PRAGMA cipher_integrity_check`` (every page
                                                                            read, decrypted, HMAC checked, once)
share_bundle (largest)     ``sharing.seal_records`` of a meeting plan       the scan's SHA-256 + one Ed25519 signature of
                           with a 5 MB scan, to a verified colleague        a manifest holding it + one age (pyrage)
                           and oneself                                      encryption of the scan's raw bytes to the
                                                                            same two recipients
storage_per_kb (each size) ``vault.db`` bytes ÷ UTF-8 bytes of the          1 (the text itself)
                           records' text (titles, every text field)
search_p95 (each size)     ``Vault.search`` (ranked, snippets), p95         ``search_sql.raw_search``: the same SQL on a raw
                                                                            connection to the same file, same queries,
                                                                            query by query
search_growth              p95 at the largest size                          p95 at the smallest size: both vaults open side
(largest/smallest)                                                          by side, each query on both in turn
first_save_after_import    a save right after importing N logs into a       a save, and its upkeep, once upkeep is done
(N logs)                   new vault + the upkeep it waits for
save_p99 (each size)       ``logs.save`` of a new log, p99 (upkeep done     the statements that save ran (BEGIN, record,
                           between saves, untimed)                          index entry, facets, COMMIT, read back), run
                                                                            again raw on the same file for a new record,
                                                                            p99 (a bare INSERT: ``plain_insert_p99_s``)
save_during_upkeep         ``logs.save`` issued at a random point of the    the same statements run raw, upkeep idle, p99
(largest)                  work upkeep does after 100 saves in a row
                           (while it is still busy), p99
startup_to_lock_screen     a process: ``main()`` to the lock screen, out    a process showing a bare PySide6 window
unlock_to_main_window      derived key → main window with its first page    raw sqlcipher3 open + key + count + first page
(each size)
idle_wakeups_per_minute    wake-ups of the unlocked, idle app per minute    0 (ratio null; the target is on the value)
(smallest)                 (``benchmarks.idle_probe``; counted on a thread
                           while the other figures run: it counts events)
kdf (smallest)             unlocking the key file of a vault this suite     the calibration's lower bound, 0.5 s (the
                           created, with the Argon2id parameters stored     target is the value in 0.5-1.0 s)
                           in it (reported); no calibration is run
open_new_log (largest)     Ctrl+N → empty, focused log form                 a bare PySide6 form built, shown, focused
attach_20mb (largest)      a 20 MB JPEG read, checked, stripped, stored     raw INSERT + COMMIT of the same bytes as a BLOB
attach_20mb_store          the storing step alone (``attachments.add``)     the same raw BLOB insert
import_rss (N logs)        peak RSS of a process importing N demo logs      the file's size (bytes of memory per byte)
rss_mb (largest)           RSS after unlock and browsing                    a bare PySide6 window process
team_inbox_scan            ``vault.teams.sync()`` of a safety lead's vault   reading every one of the same files and
(members x bundles)        over 10,000 bundles from 50 verified members     decrypting it (pyrage, the lead's age
                           (list, read, decrypt, verify, check, import,     identity), in the same order
                           remove; :mod:`benchmarks.team_inbox`)
=========================  ==============================================  ==============================================

Vaults are seeded (``fieldsafe-cli demo`` data, fixed seed and end date),
built once and cached in ``benchmarks/.cache`` keyed by seed, size and
schema version (:mod:`benchmarks.data`); benchmarks that write use a copy.
A figure that cannot be measured (an API not there yet, an error) is
reported as ``{"missing": reason}`` and the run goes on. ``--only NAMES``
measures those figures alone (and builds only the data they need), written
to ``results/only-NAMES.json`` unless ``--out`` says otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import data, process_benches, team_inbox, vault_benches
from benchmarks.common import ROOT, SEED, TARGETS, guarded, missing
from fieldsafe.vault import keys
from fieldsafe.vault.store import SCHEMA_VERSION

#: how many demo logs the import benchmark's file holds
IMPORT_RECORDS = 100_000
#: the vault case used by backup and verify when the sizes include it
REFERENCE_SIZE = 50_000


@dataclass(frozen=True)
class Plan:
    """Repetitions per figure: a full run, or a smoke test (``--quick``)."""

    queries: int = 200
    search_reps: int = 5
    growth_queries: int = 150
    growth_reps: int = 5
    save_reps: int = 3
    saves_per_rep: int = 40
    upkeep_reps: int = 3
    upkeep_saves: int = 6
    upkeep_burst: int = vault_benches.UPKEEP_BURST
    unlock_reps: int = 7
    backup_reps: int = 3
    backup_budget: float = 60.0
    verify_reps: int = 3
    verify_budget: float = 30.0
    share_reps: int = 7
    attach_reps: int = 5
    open_new_log_reps: int = 25
    startup_reps: int = 7
    idle_seconds: float = 20.0
    idle_settle: float = 5.0
    idle_start_pause: float = 3.0
    idle_wait_for_workers: bool = True
    import_saves: int = 5
    kdf_reps: int = 3
    attachment_bytes: int = data.ATTACHMENT_BYTES
    photo_bytes: int = 20 * 1024 * 1024
    scan_bytes: int = 5 * 1024 * 1024
    team_reps: int = 4
    team_members: int = team_inbox.MEMBERS
    team_bundles: int = team_inbox.BUNDLES


QUICK = Plan(
    queries=30,
    search_reps=2,
    growth_queries=30,
    growth_reps=2,
    save_reps=2,
    saves_per_rep=5,
    upkeep_reps=2,
    upkeep_saves=2,
    upkeep_burst=10,
    unlock_reps=2,
    backup_reps=2,
    backup_budget=0.0,
    verify_reps=2,
    verify_budget=0.0,
    share_reps=2,
    attach_reps=2,
    open_new_log_reps=5,
    startup_reps=2,
    idle_seconds=3.0,
    idle_settle=1.0,
    idle_start_pause=0.0,
    idle_wait_for_workers=False,
    import_saves=2,
    kdf_reps=1,
    attachment_bytes=8 * 1024 * 1024,
    photo_bytes=1024 * 1024,
    scan_bytes=1024 * 1024,
    team_reps=2,
    team_bundles=500,
)

#: figures that need none of the demo vaults (``--only`` with just these builds none)
STANDALONE = {"team_inbox_scan"}


class Report:
    """Figures as they are measured: ``metrics[name][case]``, and the time
    each step took."""

    def __init__(self, only: set[str] | None = None) -> None:
        self.metrics: dict[str, dict[str, dict[str, Any]]] = {}
        self.steps: dict[str, float] = {}
        self.only = only

    def wanted(self, name: str) -> bool:
        """Whether the figure (or one of the figures ``a+b`` names) is measured."""
        return self.only is None or any(n in self.only for n in name.split("+"))

    def measure(
        self, step: str, run: Callable[[], list[tuple[str, str, Callable[[], Any]]]]
    ) -> None:
        """Run ``run()``, which returns (name, case, measure) triples; each
        measure's figure (or list of figures, named as given) is kept."""
        start = time.perf_counter()
        print(f"{step}:", file=sys.stderr, flush=True)
        for name, case, measure in run():
            if name.startswith("_"):  # housekeeping, not a figure
                measure()
                continue
            if not self.wanted(name):
                continue
            started = time.perf_counter()
            got = guarded(name, measure)
            took = round(time.perf_counter() - started, 1)
            for fig_name, fig in _named(name, got):
                fig["seconds"] = took  # measuring it took (with its floor)
                self.metrics.setdefault(fig_name, {})[case] = fig
                print(f"  {_line(fig_name, case, fig)}", file=sys.stderr, flush=True)
        self.steps[step] = round(time.perf_counter() - start, 1)


def _named(name: str, got: Any) -> list[tuple[str, dict[str, Any]]]:
    if isinstance(got, list):
        names = name.split("+")
        return list(zip(names, got, strict=True))
    if "+" in name and "missing" in got:
        return [(n, missing(n, got["missing"])) for n in name.split("+")]
    return [(name, got)]


def _fmt(x: Any, unit: str = "") -> str:
    if x is None:
        return "—"
    if isinstance(x, float):
        text = f"{x:.4g}"
    else:
        text = str(x)
    return f"{text} {unit}".strip()


def _target(fig: dict[str, Any], name: str) -> str:
    from benchmarks.common import ON_VALUE

    t = fig.get("target")
    if t is None:
        return "—"
    if isinstance(t, list):
        return f"{t[0]:g}-{t[1]:g} s"
    return f"≤ {t:g}" + (" (value)" if name in ON_VALUE else "×")


def _line(name: str, case: str, fig: dict[str, Any]) -> str:
    if "missing" in fig:
        return f"{name:26} {case:18} MISSING: {fig['missing']}"
    return (
        f"{name:26} {case:18} {_fmt(fig['value'], fig['unit'])}  floor {_fmt(fig['floor'])}"
        f"  ratio {_fmt(fig['ratio'])}  met {fig['met']}"
    )


def render_table(report: dict[str, Any]) -> str:
    lines = [
        "| figure | case | value | floor | ratio | min ratio | median ratio | target | met |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, cases in report["metrics"].items():
        for case, fig in cases.items():
            if "missing" in fig:
                lines.append(
                    f"| {name} | {case} | missing: {fig['missing']} | | | | |"
                    f" {_target(fig, name)} | {fig['met']} |"
                )
                continue
            lines.append(
                f"| {name} | {case} | {_fmt(fig['value'], fig['unit'])} | {_fmt(fig['floor'])}"
                f" | {_fmt(fig['ratio'])} | {_fmt(fig['min']['ratio'])}"
                f" | {_fmt(fig['median']['ratio'])} | {_target(fig, name)} | {fig['met']} |"
            )
    return "\n".join(lines)


def run(
    sizes: list[int],
    *,
    out: Path,
    cache: Path,
    quick: bool = False,
    import_records: int = IMPORT_RECORDS,
    only: set[str] | None = None,
) -> dict[str, Any]:
    began = time.perf_counter()
    plan = QUICK if quick else Plan()
    sizes = sorted(set(sizes))
    cache.mkdir(parents=True, exist_ok=True)
    data.prune(cache)
    work = cache / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    process_benches.set_home(work / "home")
    report = Report(only)
    if only is None or not only <= STANDALONE:
        _demo_figures(report, sizes, plan, cache, work, import_records)
    report.measure("team folder", lambda: _team_figures(report, plan, cache, work))
    shutil.rmtree(work, ignore_errors=True)

    result: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_at_end": list(os.getloadavg()),
        },
        "seed": SEED,
        "schema_version": SCHEMA_VERSION,
        "kdf_policy": "production" if keys.active_policy is keys.PRODUCTION_POLICY else "fast",
        "sizes": sizes,
        "quick": quick,
        "only": sorted(only) if only is not None else None,
        "seconds": round(time.perf_counter() - began, 1),
        "steps_seconds": report.steps,
        "metrics": report.metrics,
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(render_table(result))
    print(f"\n{result['seconds']:.0f} s in all", file=sys.stderr)
    return result


def _team_figures(
    report: Report, plan: Plan, cache: Path, work: Path
) -> list[tuple[str, str, Callable[[], Any]]]:
    """``team_inbox_scan`` (issue 16), on data built once (:mod:`benchmarks.team_inbox`)."""
    name, case = "team_inbox_scan", f"{plan.team_members}x{plan.team_bundles}"
    if not report.wanted(name):
        return []
    try:
        inbox = team_inbox.team_inbox(cache, plan.team_members, plan.team_bundles)
    except Exception as exc:  # reported as a miss, as a figure's own failure is
        reason = f"the data could not be built: {type(exc).__name__}: {exc}"[:300]
        return [(name, case, lambda: missing(name, reason))]
    return [(name, case, lambda: team_inbox.bench_team_inbox_scan(inbox, work, plan.team_reps))]


def _demo_figures(
    report: Report,
    sizes: list[int],
    plan: Plan,
    cache: Path,
    work: Path,
    import_records: int,
) -> None:
    """Every figure taken on the seeded demo vaults (issue 14's and earlier)."""
    smallest, largest = sizes[0], sizes[-1]
    reference = REFERENCE_SIZE if REFERENCE_SIZE in sizes else largest
    vaults: dict[int, tuple[Path, bytes]] = {}

    def build() -> list[tuple[str, str, Callable[[], Any]]]:
        for size in sizes:
            vaults[size] = data.demo_vault(size, cache)
            data.demo_text_bytes(size, cache)
        data.attachments_vault(cache, plan.attachment_bytes)
        data.import_file_of(import_records, cache)
        return []

    report.measure("vaults", build)
    idle = (
        _IdleInBackground(vaults[smallest], work, plan)
        if report.wanted("idle_wakeups_per_minute")
        else None
    )
    bodies = vault_benches.demo_bodies(200)

    for size in sizes:
        directory, key = vaults[size]
        report.measure(
            f"size {size}",
            lambda d=directory, k=key, s=size: _per_size(
                d, k, s, plan, cache, work, bodies, largest=s == largest
            ),
        )

    if len(sizes) > 1:

        def growth() -> list[tuple[str, str, Callable[[], Any]]]:
            queries = data.search_queries(*vaults[smallest], plan.growth_queries)
            return [
                (
                    "search_growth",
                    f"{largest}/{smallest}",
                    lambda: vault_benches.bench_search_growth(
                        vaults[smallest], vaults[largest], queries, plan.growth_reps
                    ),
                )
            ]

        report.measure("search growth", growth)

    def backup_and_verify() -> list[tuple[str, str, Callable[[], Any]]]:
        directory, key = vaults[reference]
        label = f"attachments_{round(plan.attachment_bytes / 1e9, 3):g}gb"
        return [
            (
                "backup",
                str(reference),
                lambda: vault_benches.bench_backup(
                    directory, key, work, plan.backup_reps, budget=plan.backup_budget
                ),
            ),
            (
                "backup",
                label,
                lambda: vault_benches.bench_backup(
                    *data.attachments_vault(cache, plan.attachment_bytes),
                    work,
                    plan.backup_reps,
                    budget=plan.backup_budget,
                ),
            ),
            (
                "verify",
                str(reference),
                lambda: vault_benches.bench_verify(
                    directory, key, plan.verify_reps, budget=plan.verify_budget
                ),
            ),
        ]

    report.measure("backup and verify", backup_and_verify)

    def processes() -> list[tuple[str, str, Callable[[], Any]]]:
        big, big_key = vaults[largest]
        small, small_key = vaults[smallest]
        return [
            (
                "startup_to_lock_screen",
                str(smallest),
                lambda: process_benches.bench_startup(small, plan.startup_reps),
            ),
            (
                "open_new_log",
                str(largest),
                lambda: process_benches.bench_open_new_log(big, big_key, plan.open_new_log_reps),
            ),
            (
                "rss_mb",
                str(largest),
                lambda: process_benches.bench_rss(big, big_key, min(largest, 5000)),
            ),
            (
                "kdf",
                str(smallest),
                lambda: vault_benches.bench_kdf(small, plan.kdf_reps),
            ),
        ]

    report.measure("processes", processes)
    report.measure(
        f"import of {import_records} logs",
        lambda: [
            (
                "import_rss+first_save_after_import",
                str(import_records),
                lambda: process_benches.bench_import(
                    work, cache, import_records, plan.import_saves
                ),
            )
        ],
    )
    if idle is not None:
        report.measure("idle (measured in the background)", idle.join)


class _IdleInBackground:
    """``idle_wakeups_per_minute``, measured on a thread while the other
    figures are taken: the probe mostly waits (for the unlock's worker
    threads to end, up to ~30 s, then counts), and what it counts are the
    idle app's own wake-ups (voluntary context switches), which other
    processes' load does not add to. The app gets its own copy of the
    smallest vault, which nothing else touches. The app's start-up overlaps
    the first figures by a second or two; a short pause covers most of it."""

    def __init__(self, vault: tuple[Path, bytes], work: Path, plan: Plan) -> None:
        self.case = vault[0].name.split("-")[1]
        self.result: dict[str, Any] | None = None
        self.seconds = 0.0
        copy = data.work_copy(vault[0], work / "idle-vault")

        def measure() -> None:
            started = time.perf_counter()
            self.result = guarded(
                "idle_wakeups_per_minute",
                lambda: process_benches.bench_idle(
                    copy,
                    vault[1],
                    plan.idle_seconds,
                    plan.idle_settle,
                    wait_for_workers=plan.idle_wait_for_workers,
                ),
            )
            self.seconds = round(time.perf_counter() - started, 1)

        self.thread = threading.Thread(target=measure, name="idle-probe", daemon=True)
        self.thread.start()
        time.sleep(plan.idle_start_pause)

    def join(self) -> list[tuple[str, str, Callable[[], Any]]]:
        def result() -> dict[str, Any]:
            self.thread.join(timeout=600)
            if self.result is None:
                return {"missing": "the idle probe did not finish within 10 minutes"}
            self.result["seconds_in_background"] = self.seconds
            return self.result

        return [("idle_wakeups_per_minute", self.case, result)]


def _per_size(
    directory: Path,
    key: bytes,
    size: int,
    plan: Plan,
    cache: Path,
    work: Path,
    bodies: list[str],
    *,
    largest: bool,
) -> list[tuple[str, str, Callable[[], Any]]]:
    """The figures taken at every size, then (at the largest) those that
    write into a copy of it."""
    case = str(size)
    copy = work / f"copy-{size}"

    def save() -> Any:
        data.work_copy(directory, copy)
        return vault_benches.bench_save(copy, key, bodies, plan.save_reps, plan.saves_per_rep)

    steps: list[tuple[str, str, Callable[[], Any]]] = [
        ("storage_per_kb", case, lambda: vault_benches.bench_storage(directory, size, cache)),
        (
            "search_p95",
            case,
            lambda: vault_benches.bench_search(
                directory, key, data.search_queries(directory, key, plan.queries), plan.search_reps
            ),
        ),
        (
            "unlock_to_main_window",
            case,
            lambda: process_benches.bench_unlock(directory, key, plan.unlock_reps),
        ),
        ("save_p99", case, save),
    ]
    if largest:

        def ensure_copy() -> None:
            if not copy.exists():
                data.work_copy(directory, copy)

        def during_upkeep() -> Any:
            ensure_copy()
            return vault_benches.bench_save_during_upkeep(
                copy, key, bodies, plan.upkeep_reps, plan.upkeep_saves, plan.upkeep_burst
            )

        def attach() -> Any:
            ensure_copy()
            return vault_benches.bench_attach(
                copy, key, cache, work, plan.attach_reps, plan.photo_bytes
            )

        def share() -> Any:
            ensure_copy()
            return vault_benches.bench_share_bundle(
                copy, key, cache, plan.share_reps, plan.scan_bytes
            )

        steps += [
            ("save_during_upkeep", case, during_upkeep),
            ("attach_20mb+attach_20mb_store", case, attach),
            ("share_bundle", case, share),
        ]
    steps.append(("_cleanup", case, lambda: _remove(copy)))
    return steps


def _remove(path: Path) -> dict[str, Any]:
    shutil.rmtree(path, ignore_errors=True)
    return {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=(__doc__ or "").split("\n")[0]
    )
    parser.add_argument(
        "--sizes",
        default="1000,50000,200000",
        help="comma-separated vault sizes (default 1000,50000,200000)",
    )
    parser.add_argument(
        "--out", type=Path, default=None, help="default results/latest.json (see --only)"
    )
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke test)")
    parser.add_argument(
        "--import-records",
        type=int,
        default=IMPORT_RECORDS,
        help=f"demo logs in the import benchmark's file (default {IMPORT_RECORDS})",
    )
    parser.add_argument(
        "--only",
        default=None,
        help="comma-separated figure names to measure alone (e.g. team_inbox_scan);"
        " written to results/only-NAMES.json unless --out is given",
    )
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    only = None
    if args.only:
        only = {n.strip() for n in args.only.split(",") if n.strip()}
        unknown = only - set(TARGETS)
        if unknown:
            parser.error(f"unknown figures: {', '.join(sorted(unknown))}")
    out = args.out
    if out is None:
        name = "latest" if only is None else "only-" + "-".join(sorted(only))
        out = ROOT / "results" / f"{name}.json"
    run(
        sizes,
        out=out,
        cache=args.cache,
        quick=args.quick,
        import_records=args.import_records,
        only=only,
    )
    return 0
