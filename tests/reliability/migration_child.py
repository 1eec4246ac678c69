"""Child process for the kill-during-migration test: opens a vault of an
earlier schema (so migrating it) and is killed by the parent with SIGKILL.

``python migration_child.py DIRECTORY PASSPHRASE POINT``: POINT ``none``
opens and exits; the others print ``at POINT`` and stop there, for the
parent's kill, inside the migration:

* ``backup``: halfway through copying the database aside (the pre-migration copy)
* ``refill``: halfway through filling the new index from the records
* ``optimize``: the index filled, before merging it
* ``meta``: before the migration's last statement (its commit follows)

Schema 10's (compact stored fields), with COUNT as a fifth argument:

* ``compact``: at the COUNT-th row the migration rewrites (records first,
  then record_versions; the last one is just before its commit)
"""

from __future__ import annotations

import shutil
import sys
import threading
from pathlib import Path
from typing import Any

from fieldsafe.vault import keys

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

from fieldsafe.vault import Vault, store  # noqa: E402
from fieldsafe.vault import db as db_module  # noqa: E402


def stop_here(point: str) -> None:
    print(f"at {point}", flush=True)
    threading.Event().wait()  # until killed


def main(directory: str, passphrase: str, point: str, count: str = "0") -> None:
    if point == "compact":
        compact = db_module.stored_fields
        rows = [0]

        def counted_rows(kind: str, fields: dict[str, Any]) -> str:
            rows[0] += 1
            if rows[0] == int(count):
                stop_here(point)
            return compact(kind, fields)

        db_module.stored_fields = counted_rows  # type: ignore[assignment]
    elif point == "backup":
        copy = shutil.copyfile

        def half_a_copy(source: Path, target: Path) -> Any:
            data = Path(source).read_bytes()
            Path(target).write_bytes(data[: len(data) // 2])
            stop_here(point)
            return copy(source, target)

        store.shutil.copyfile = half_a_copy  # type: ignore[attr-defined]
    elif point == "refill":
        entry = db_module.index_entry
        calls = [0]

        def counted(kind: str, fields: dict[str, Any]) -> Any:
            calls[0] += 1
            if calls[0] == 500:
                stop_here(point)
            return entry(kind, fields)

        db_module.index_entry = counted  # type: ignore[assignment]
    elif point in ("optimize", "meta"):
        run = store._run_script

        def statements(conn: Any, sql: str) -> None:
            if "'optimize'" in sql:  # schema 9's script, statement by statement
                for statement in _split(sql):
                    if point in statement and (point != "meta" or "INTO meta" in statement):
                        stop_here(point)
                    run(conn, statement)
            else:
                run(conn, sql)

        store._run_script = statements  # type: ignore[assignment]
    vault = Vault.open(directory, passphrase)
    print("opened", flush=True)
    vault.lock()


def _split(sql: str) -> list[str]:
    import sqlcipher3

    out, statement = [], ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlcipher3.complete_statement(statement):
            out.append(statement)
            statement = ""
    return out


if __name__ == "__main__":
    main(*sys.argv[1:5])
