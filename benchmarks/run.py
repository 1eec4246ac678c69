"""Run the benchmark suite and write ``benchmarks/results/latest.json``.

Every metric is measured beside a floor taken in the same run on the same
data, and reported as ``{"value", "floor", "ratio", "unit", "target"}``:

=====================  ===============================================  ==========================================
metric                 value                                            floor
=====================  ===============================================  ==========================================
startup_to_lock_screen FieldSafe process start → lock screen shown      bare PySide6 window process
unlock_to_main_window  derived key → main window with its first page    raw sqlcipher3 open + key + count + page
search_p95             ``Vault.search`` (ranked, snippets), p95         raw FTS5 MATCH ... ORDER BY rank, p95
save_p99               ``vault.logs.save`` (record + index + commit)    raw INSERT + COMMIT of the same text, p99
open_new_log           Ctrl+N → empty, focused log form (main window)   a bare PySide6 form built, shown, focused
attach_20mb            a 20 MB JPEG: read, checked, metadata stripped   raw INSERT + COMMIT of the same bytes as a
                       (decode + re-encode), stored in the vault        BLOB into the same file, median
attach_20mb_store      the storing step alone (``attachments.add``)     the same raw BLOB insert
share_bundle           a plan with a 5 MB attachment: export, sign,     raw pyrage encryption of the same 5 MB
                       encrypt to a colleague and oneself (median)
growth_search/save     the value at the largest size ÷ at the smallest  (the ratio itself)
rss_mb                 RSS after unlock and browsing, largest size      bare PySide6 window process
import_rss             peak RSS of a process doing only an import       the size of the file: the ratio is bytes
                       (``Vault.import_file``) of 100,000 demo logs     of memory per byte of file (target ≤ 3)
                       exported as an interchange file
kdf_seconds            unlocking a new vault's key file as stored      the 0.5 s target floor
=====================  ===============================================  ==========================================

Vaults are seeded (``fieldsafe-cli demo`` data, fixed seed and end date) and
cached in ``benchmarks/.cache`` so reruns measure the same bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldsafe.vault import keys
from fieldsafe.vault.db import connect as _connect
from fieldsafe.vault.keys import KeyFile
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from fieldsafe.vault.search import match_expression
from fieldsafe.vault.store import SCHEMA_VERSION, SEARCH_LIMIT, Vault, create_demo_vault

ROOT = Path(__file__).resolve().parent
PASSPHRASE = "benchmark passphrase, not a secret"
SEED = 20261123
UNTIL = datetime(2026, 11, 1, tzinfo=UTC)
TARGETS = {
    "open_new_log": 3.0,
    "attach_20mb": 3.0,
    "attach_20mb_store": 1.5,
    "share_bundle": 3.0,
    "startup_to_lock_screen": 1.5,
    "unlock_to_main_window": 3.0,
    "search_p95": 1.5,
    "save_p99": 3.0,
    "growth_search": 1.5,
    "growth_save": 1.5,
    "import_rss": 3.0,
}
#: how many demo logs the import benchmark's file holds
IMPORT_RECORDS = 100_000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def metric(value: float, floor: float, unit: str, name: str) -> dict[str, Any]:
    return {
        "value": round(value, 6),
        "floor": round(floor, 6),
        "ratio": round(value / floor, 3) if floor else None,
        "unit": unit,
        "target": TARGETS.get(name),
    }


# -- data --------------------------------------------------------------------


def demo_vault(size: int, cache: Path, *, fast_kdf: bool) -> tuple[Path, bytes]:
    """A seeded demo vault of ``size`` logs (cached) and its raw key."""
    directory = (
        cache / f"demo-{size}-seed{SEED}-schema{SCHEMA_VERSION}{'-fastkdf' if fast_kdf else ''}"
    )
    if not (directory / KEY_FILE).exists():
        shutil.rmtree(directory, ignore_errors=True)
        start = time.perf_counter()
        vault, _ = create_demo_vault(directory, PASSPHRASE, records=size, seed=SEED, until=UNTIL)
        vault.wait_for_upkeep(timeout=3600)  # the index merged, as after a few idle minutes of use
        vault.lock()
        print(
            f"  built demo vault of {size} logs in {time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )
    # Read the file once so every run starts from the same warm page cache
    # (as on a laptop where the vault was just used), whether the vault was
    # built now or cached by an earlier run.
    with open(directory / DB_FILE, "rb") as fh:
        while fh.read(1 << 22):
            pass
    key = KeyFile.load(directory / KEY_FILE).unlock(PASSPHRASE)
    raw = bytes(key.view())
    key.wipe()
    return directory, raw


def import_file_of(records: int, cache: Path) -> Path:
    """``records`` demo logs (the data of ``fieldsafe-cli demo``, fixed seed
    and end date) as an interchange file, as an export of a demo vault
    writes it; cached."""
    from fieldsafe.core.demo import demo_records
    from fieldsafe.core.interchange import write_interchange

    path = cache / f"import-{records}-seed{SEED}.json"
    if not path.exists():
        start = time.perf_counter()
        part = path.with_suffix(".part")
        with open(part, "wb") as out:
            write_interchange(out, demo_records(records, seed=SEED, until=UNTIL), exported_at=UNTIL)
        part.replace(path)
        print(
            f"  wrote an interchange file of {records} logs in {time.perf_counter() - start:.1f} s",
            file=sys.stderr,
        )
    return path


def search_queries(directory: Path, raw_key: bytes, count: int = 120) -> list[str]:
    """Realistic queries drawn from the vault itself: person codes (few hits
    each), single words of every language, and two-word queries."""
    from fieldsafe.vault.keys import SecretBytes

    vault = Vault.open_with_key(directory, SecretBytes(raw_key))
    try:
        with vault.reading() as db:
            rows = db.execute("SELECT title, fields FROM records ORDER BY seq LIMIT 400").fetchall()
    finally:
        vault.lock()
    rng = random.Random(SEED)
    words: list[str] = []
    codes: list[str] = []
    for title, fields in rows:
        body = json.loads(fields).get("body", "")
        for token in (title + " " + body).split():
            token = token.strip(".,;:!?()[]*#-\"'«»“”")
            if token.startswith("P-") and token[2:].isdigit():
                codes.append(token)
            elif len(token) >= 4 and token.isalpha():
                words.append(token)
    words = sorted(set(words))
    codes = sorted(set(codes)) or ["P-1000"]
    queries = []
    for i in range(count):
        kind = i % 3
        if kind == 0:
            queries.append(rng.choice(codes))
        elif kind == 1:
            queries.append(rng.choice(words))
        else:
            queries.append(f"{rng.choice(words)} {rng.choice(words)}")
    return queries


# -- vault-level metrics --------------------------------------------------------


def bench_search(directory: Path, raw_key: bytes, queries: list[str]) -> dict[str, Any]:
    from fieldsafe.vault.keys import SecretBytes

    vault = Vault.open_with_key(directory, SecretBytes(raw_key))
    raw = _connect(directory / DB_FILE, SecretBytes(raw_key))
    raw_sql = "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"
    try:
        for q in queries[:10]:  # warm both caches alike
            vault.search(q)
            raw.execute(raw_sql, (match_expression(q), SEARCH_LIMIT)).fetchall()
        app_times, raw_times = [], []
        for q in queries:
            expression = match_expression(q)
            start = time.perf_counter()
            raw.execute(raw_sql, (expression, SEARCH_LIMIT)).fetchall()
            raw_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            vault.search(q)
            app_times.append(time.perf_counter() - start)
    finally:
        raw.close()
        vault.lock()
    return metric(percentile(app_times, 95), percentile(raw_times, 95), "s", "search_p95")


def bench_save(directory: Path, raw_key: bytes, work: Path, saves: int) -> dict[str, Any]:
    """Saves into a copy of the vault, interleaved with raw inserts into a
    plain table of the same file, so both see the same disk and WAL."""
    from fieldsafe.vault.keys import SecretBytes

    copy = work / f"save-{directory.name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(directory, copy)
    vault = Vault.open_with_key(copy, SecretBytes(raw_key))
    rng = random.Random(SEED)
    with vault.reading() as db:
        bodies = [
            json.loads(r[0])["body"]
            for r in db.execute("SELECT fields FROM records LIMIT ?", (saves,))
        ]
    raw = _connect(copy / DB_FILE, SecretBytes(raw_key))
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS bench_raw (id TEXT PRIMARY KEY, title TEXT, body TEXT)")
    app_times, raw_times = [], []
    try:
        for i in range(saves):
            body = bodies[i % len(bodies)]
            title = f"benchmark save {i}"
            start = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute(
                "INSERT INTO bench_raw VALUES (?, ?, ?)", (f"id-{i}-{rng.random()}", title, body)
            )
            raw.execute("COMMIT")
            raw_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            vault.logs.save(occurred_at=UNTIL, title=title, body=body)
            app_times.append(time.perf_counter() - start)
            # People save seconds apart; background upkeep (index merging,
            # checkpoints) runs in between, as it does here, untimed.
            vault.wait_for_upkeep()
    finally:
        raw.close()
        vault.lock()
        shutil.rmtree(copy, ignore_errors=True)
    return metric(percentile(app_times, 99), percentile(raw_times, 99), "s", "save_p99")


def bench_kdf(work: Path) -> dict[str, Any]:
    """Argon2id as a new vault really gets it: create a vault at production
    policy, read the parameters stored in its key file, and time unlocking
    that key file (not a fresh calibration, which could differ)."""
    saved = keys.active_policy
    keys.active_policy = keys.PRODUCTION_POLICY
    directory = work / "kdf-vault"
    try:
        vault, _code = Vault.create(directory, "kdf benchmark")
        vault.lock()
        key_file = KeyFile.load(directory / KEY_FILE)
        params = key_file.slots[0].params
        times = []
        for _ in range(3):
            start = time.perf_counter()
            key_file.unlock("kdf benchmark").wipe()
            times.append(time.perf_counter() - start)
    finally:
        keys.active_policy = saved
        shutil.rmtree(directory, ignore_errors=True)
    result = metric(
        statistics.median(times), keys.PRODUCTION_POLICY.target_seconds[0], "s", "kdf_seconds"
    )
    result["params"] = {
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "lanes": params.lanes,
    }
    result["target"] = "0.5-1.0 s"
    return result


def _big_jpeg(target_bytes: int = 20 * 1024 * 1024) -> bytes:
    """A seeded noisy photo of about ``target_bytes`` (noise barely compresses)."""
    import io

    from PIL import Image

    rng = random.Random(SEED)
    side = 2400
    while True:
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95)
        if out.tell() >= target_bytes * 0.95 or side > 6000:
            return out.getvalue()
        side = int(side * (target_bytes / out.tell()) ** 0.5) + 16


def bench_attach(
    directory: Path, raw_key: bytes, work: Path, repeat: int
) -> dict[str, dict[str, Any]]:
    """Attach a 20 MB photo to a log of a copy of the vault, against a raw
    BLOB insert of the same bytes into the same file."""
    from fieldsafe.media import prepare_attachment, read_attachment_file
    from fieldsafe.vault.keys import SecretBytes

    copy = work / f"attach-{directory.name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(directory, copy)
    photo = work / "photo-20mb.jpg"
    if not photo.exists():
        photo.write_bytes(_big_jpeg())
    data = photo.read_bytes()
    vault = Vault.open_with_key(copy, SecretBytes(raw_key))
    raw = _connect(copy / DB_FILE, SecretBytes(raw_key))
    raw.execute("PRAGMA journal_mode = WAL")
    raw.execute("PRAGMA synchronous = FULL")
    raw.execute("CREATE TABLE IF NOT EXISTS bench_blob (id INTEGER PRIMARY KEY, data BLOB)")
    full, store, floor = [], [], []
    try:
        log_id = vault.logs.page(limit=1)[0].id
        for _ in range(repeat):
            start = time.perf_counter()
            raw.execute("BEGIN IMMEDIATE")
            raw.execute("INSERT INTO bench_blob (data) VALUES (?)", (data,))
            raw.execute("COMMIT")
            floor.append(time.perf_counter() - start)
            vault.wait_for_upkeep()
            start = time.perf_counter()
            prepared = prepare_attachment(read_attachment_file(photo), name=photo.name)
            vault.attachments.add(log_id, prepared)
            full.append(time.perf_counter() - start)
            vault.wait_for_upkeep()
            start = time.perf_counter()
            vault.attachments.add(log_id, prepared)
            store.append(time.perf_counter() - start)
            vault.wait_for_upkeep()
    finally:
        raw.close()
        vault.lock()
        shutil.rmtree(copy, ignore_errors=True)
    base = statistics.median(floor)
    result = {
        "attach_20mb": metric(statistics.median(full), base, "s", "attach_20mb"),
        "attach_20mb_store": metric(statistics.median(store), base, "s", "attach_20mb_store"),
    }
    result["attach_20mb"]["bytes"] = len(data)
    return result


def bench_share_bundle(directory: Path, raw_key: bytes, work: Path, repeat: int) -> dict[str, Any]:
    """Share a meeting plan carrying a 5 MB scan, against pyrage encrypting
    the same 5 MB to the same two recipients."""
    import pyrage

    from fieldsafe.exchange.bundle import seal
    from fieldsafe.exchange.identity import Identity
    from fieldsafe.media import prepare_attachment
    from fieldsafe.vault.keys import SecretBytes
    from fieldsafe.vault.transfer import export_records

    copy = work / f"share-{directory.name}"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(directory, copy)
    vault = Vault.open_with_key(copy, SecretBytes(raw_key))
    colleague = Identity.generate("colleague")
    try:
        plan_id, _ = vault.plans.save(
            {"starts_at": "2026-11-02T10:00:00Z", "location": "benchmark"}
        )
        scan = _big_jpeg(5 * 1024 * 1024)
        vault.attachments.add(
            plan_id,
            prepare_attachment(scan, name="scan.jpg", strip_metadata=False),
            kind="meeting_plan",
        )
        me = vault.sharing.identity()
        recipients = [
            pyrage.x25519.Recipient.from_str(c.age_recipient) for c in (colleague.card(), me.card())
        ]
        app, floor = [], []
        for _ in range(repeat):
            start = time.perf_counter()
            pyrage.encrypt(scan, recipients)
            floor.append(time.perf_counter() - start)
            start = time.perf_counter()
            (record,) = [r for r in export_records(vault, ["meeting_plan"]) if r.id == plan_id]
            seal(
                {"records": [record.as_json()]},
                sender=me,
                recipients=[colleague.card()],
                created_at=UNTIL,
            )
            app.append(time.perf_counter() - start)
    finally:
        vault.lock()
        shutil.rmtree(copy, ignore_errors=True)
    result = metric(statistics.median(app), statistics.median(floor), "s", "share_bundle")
    result["bytes"] = len(scan)
    return result


# -- process-level metrics --------------------------------------------------------


def _probe(args: list[str], stdin: str = "") -> tuple[float, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.probe", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT.parent,
        check=False,
        timeout=600,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"probe {args[0]} failed: {done.stderr[-2000:]}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return elapsed, json.loads(lines[-1])["result"] if lines else None


def bench_startup(directory: Path, runs: int) -> dict[str, Any]:
    _probe(["bare-window"])  # warm the page cache for both
    _probe(["app-lock-screen", str(directory)])
    app, bare = [], []
    for _ in range(runs):
        bare.append(_probe(["bare-window"])[0])
        app.append(_probe(["app-lock-screen", str(directory)])[0])
    return metric(statistics.median(app), statistics.median(bare), "s", "startup_to_lock_screen")


def bench_unlock(directory: Path, raw_key: bytes, repeat: int) -> dict[str, Any]:
    _, app = _probe(["unlock", str(directory), str(repeat)], raw_key.hex() + "\n")
    _, raw = _probe(["raw-unlock", str(directory), str(repeat)], raw_key.hex() + "\n")
    return metric(statistics.median(app), statistics.median(raw), "s", "unlock_to_main_window")


def bench_open_new_log(directory: Path, raw_key: bytes, repeat: int) -> dict[str, Any]:
    _, (app, bare) = _probe(["open-new-log", str(directory), str(repeat)], raw_key.hex() + "\n")
    return metric(statistics.median(app), statistics.median(bare), "s", "open_new_log")


def bench_import_rss(work: Path, cache: Path, records: int) -> dict[str, Any]:
    """Peak RSS of a child process that opens an empty vault and imports an
    interchange file of ``records`` demo logs (``Vault.import_file``, as
    ``fieldsafe-cli import``), against the file's size."""
    source = import_file_of(records, cache)
    directory = work / "import-vault"
    shutil.rmtree(directory, ignore_errors=True)
    try:
        vault, _ = Vault.create(directory, PASSPHRASE)
        vault.lock()
        key = KeyFile.load(directory / KEY_FILE).unlock(PASSPHRASE)
        raw_key = bytes(key.view())
        key.wipe()
        _, result = _probe(["import-rss", str(directory), str(source)], raw_key.hex() + "\n")
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    size = source.stat().st_size
    out = metric(result["peak_mb"], size / 2**20, "MB", "import_rss")
    out.update(records=result["records"], bytes=size, seconds=round(result["seconds"], 1))
    return out


def bench_rss(directory: Path, raw_key: bytes, rows: int) -> dict[str, Any]:
    _, app = _probe(["app-rss", str(directory), str(rows)], raw_key.hex() + "\n")
    _, bare = _probe(["bare-rss"])
    return metric(app, bare, "MB", "rss_mb")


# -- driver -----------------------------------------------------------------------


def run(
    sizes: list[int],
    *,
    out: Path,
    cache: Path,
    quick: bool = False,
    import_records: int = IMPORT_RECORDS,
) -> dict[str, Any]:
    cache.mkdir(parents=True, exist_ok=True)
    work = cache / "work"
    work.mkdir(exist_ok=True)
    report: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
        },
        "seed": SEED,
        "sizes": {},
    }
    fast = keys.active_policy is not keys.PRODUCTION_POLICY
    for size in sizes:
        print(f"size {size}:", file=sys.stderr)
        directory, raw_key = demo_vault(size, cache, fast_kdf=fast)
        queries = search_queries(directory, raw_key, 30 if quick else 200)
        results = {
            "search_p95": bench_search(directory, raw_key, queries),
            "save_p99": bench_save(directory, raw_key, work, 20 if quick else 200),
            "unlock_to_main_window": bench_unlock(directory, raw_key, 2 if quick else 7),
        }
        if size == max(sizes):
            results["open_new_log"] = bench_open_new_log(directory, raw_key, 5 if quick else 25)
            results.update(bench_attach(directory, raw_key, work, 2 if quick else 5))
            results["share_bundle"] = bench_share_bundle(
                directory, raw_key, work, 2 if quick else 7
            )
            results["startup_to_lock_screen"] = bench_startup(directory, 2 if quick else 7)
            results["rss_mb"] = bench_rss(directory, raw_key, min(size, 5000))
        report["sizes"][str(size)] = results
        for name, m in results.items():
            print(
                f"  {name:24} {m['value']:.4f} {m['unit']}  floor {m['floor']:.4f}  ratio {m['ratio']}",
                file=sys.stderr,
            )
    small, large = report["sizes"][str(min(sizes))], report["sizes"][str(max(sizes))]
    report["growth"] = {
        "growth_search": metric(
            large["search_p95"]["value"], small["search_p95"]["value"], "x", "growth_search"
        ),
        "growth_save": metric(
            large["save_p99"]["value"], small["save_p99"]["value"], "x", "growth_save"
        ),
    }
    print(f"import of {import_records} logs:", file=sys.stderr)
    report["import_rss"] = bench_import_rss(work, cache, import_records)
    m = report["import_rss"]
    print(
        f"  import_rss               {m['value']:.1f} MB  floor (file) {m['floor']:.1f} MB"
        f"  ratio {m['ratio']}",
        file=sys.stderr,
    )
    report["kdf_seconds"] = bench_kdf(work) if not quick else None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(render_table(report))
    return report


def render_table(report: dict[str, Any]) -> str:
    lines = ["| size | metric | value | floor | ratio | target |", "|---|---|---|---|---|---|"]
    for size, results in report["sizes"].items():
        for name, m in results.items():
            lines.append(
                f"| {size} | {name} | {m['value']:.4g} {m['unit']} | {m['floor']:.4g} | {m['ratio']} | ≤ {m['target']} |"
            )
    for name, m in report["growth"].items():
        lines.append(
            f"| 50k/1k | {name} | {m['value']:.4g} s | {m['floor']:.4g} s | {m['ratio']} | ≤ {m['target']} |"
        )
    imported = report.get("import_rss")
    if imported:
        lines.append(
            f"| import {imported['records']} logs | import_rss (peak) | {imported['value']:.4g} MB | {imported['floor']:.4g} MB (the file) | {imported['ratio']} | ≤ {imported['target']} |"
        )
    kdf = report.get("kdf_seconds")
    if kdf:
        lines.append(
            f"| — | kdf_seconds | {kdf['value']:.3f} s | {kdf['floor']} s | {kdf['ratio']} | {kdf['target']} ({kdf['params']}) |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--sizes", default="1000,50000", help="comma-separated vault sizes (default 1000,50000)"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "results" / "latest.json")
    parser.add_argument("--cache", type=Path, default=ROOT / ".cache")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (smoke test)")
    parser.add_argument(
        "--import-records",
        type=int,
        default=IMPORT_RECORDS,
        help=f"demo logs in the import benchmark's file (default {IMPORT_RECORDS})",
    )
    args = parser.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    run(sizes, out=args.out, cache=args.cache, quick=args.quick, import_records=args.import_records)
    return 0
