"""Child process for the attachment crash test: imports photos (about 1 MB
each) into one log in a loop and prints each attachment's id and SHA-256 once
its import returned; the parent kills it with SIGKILL at a random moment."""

from __future__ import annotations

import hashlib
import io
import os
import sys
from datetime import UTC, datetime

from PIL import Image

from fieldsafe.vault import keys

keys.active_policy = keys.KdfPolicy(min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False)

from fieldsafe.media import prepare_attachment  # noqa: E402
from fieldsafe.vault import Vault  # noqa: E402


def photo(seed: int) -> bytes:
    noise = Image.frombytes("RGB", (600, 600), os.urandom(600 * 600 * 3))
    out = io.BytesIO()
    noise.save(out, "PNG")  # noise barely compresses: about 1 MB
    return out.getvalue()


def main(directory: str, passphrase: str) -> None:
    vault = Vault.open(directory, passphrase)
    log = vault.logs.save(occurred_at=datetime(2026, 1, 1, tzinfo=UTC), title="paper notes")
    print("ready", flush=True)
    i = 0
    while True:
        prepared = prepare_attachment(photo(i), name=f"page-{i}.png")
        info = vault.attachments.add(log.id, prepared)
        print(
            info.id, hashlib.sha256(prepared.data).hexdigest(), flush=True
        )  # only after the commit
        i += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
