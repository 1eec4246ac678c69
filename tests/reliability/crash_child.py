"""Child process for the crash test: saves logs in a loop and reports each
committed id on stdout; the parent kills it with SIGKILL at a random moment."""

from __future__ import annotations

import sys
from datetime import UTC, datetime

from fieldsafe.vault import keys

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

from fieldsafe.vault import Vault  # noqa: E402


def main(directory: str, passphrase: str) -> None:
    vault = Vault.open(directory, passphrase)
    print("ready", flush=True)
    i = 0
    while True:
        log = vault.logs.save(
            occurred_at=datetime(2026, 1, 1, tzinfo=UTC),
            title=f"crash {i}",
            body="text " * (50 + i % 400),
        )
        print(log.id, flush=True)  # only after the commit returned
        if i % 7 == 3:
            vault.logs.save(
                occurred_at=datetime(2026, 1, 2, tzinfo=UTC), title=f"edit {i}", log_id=log.id
            )
        i += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
