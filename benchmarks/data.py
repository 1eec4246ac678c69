"""The benchmarks' data: seeded demo vaults, a vault with ~2 GB of photos,
interchange files and photos, each built once and cached in
``benchmarks/.cache`` under a name holding what it depends on (seed, size,
schema version and search index version, fast or production KDF). A build goes to ``NAME.building``
and is renamed when complete, so an interrupted build is never taken for a
cached vault. Cached vaults of another schema version are removed.
"""

from __future__ import annotations

import io
import json
import random
import re
import shutil
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import PASSPHRASE, SEED, UNTIL
from fieldsafe.vault import keys
from fieldsafe.vault.keys import KeyFile, SecretBytes
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from fieldsafe.vault.store import SCHEMA_VERSION, Vault, create_demo_vault

#: how many bytes of photos the attachments vault holds (2 GB, not GiB)
ATTACHMENT_BYTES = 2_000_000_000
#: the attachments vault's logs (the photos are spread over them)
ATTACHMENT_VAULT_LOGS = 1000
_VAULT_NAME = re.compile(r"^(demo|attach|team)-.*-(schema\d+(?:-index[\w.]+)?)(-fastkdf)?$")


def _layout() -> str:
    """What a vault's bytes depend on besides its records: the schema
    version and, when the vault says it, the version of the search index's
    words (a change rebuilds the index at the next unlock, which must not
    happen to a cached vault in the middle of a run)."""
    from fieldsafe.vault import db

    index = getattr(db, "INDEX_TEXT_VERSION", None)
    return f"schema{SCHEMA_VERSION}" + (f"-index{index}" if index is not None else "")


def _tag() -> str:
    fast = keys.active_policy is not keys.PRODUCTION_POLICY
    return f"seed{SEED}-{_layout()}{'-fastkdf' if fast else ''}"


def _say(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


def prune(cache: Path) -> None:
    """Remove cached vaults of another layout (:func:`_layout`) and
    unfinished builds."""
    if not cache.exists():
        return
    for entry in cache.iterdir():
        m = _VAULT_NAME.match(entry.name)
        stale = m is not None and m.group(2) != _layout()
        if stale or entry.name.endswith(".building"):
            shutil.rmtree(entry, ignore_errors=True)


def raw_key_of(directory: Path) -> bytes:
    key = KeyFile.load(directory / KEY_FILE).unlock(PASSPHRASE)
    raw = bytes(key.view())
    key.wipe()
    return raw


def warm(directory: Path) -> None:
    """Read the database once, so every run starts from the same warm page
    cache (as on a laptop where the vault was just used)."""
    with open(directory / DB_FILE, "rb") as fh:
        while fh.read(1 << 22):
            pass


def _build(directory: Path, fill: Any, what: str) -> None:
    """Build into ``directory.building`` with ``fill(path)``, then rename."""
    if (directory / KEY_FILE).exists():
        return
    part = directory.with_name(directory.name + ".building")
    shutil.rmtree(part, ignore_errors=True)
    start = time.perf_counter()
    fill(part)
    part.rename(directory)
    _say(f"built {what} in {time.perf_counter() - start:.1f} s")


def demo_vault(size: int, cache: Path) -> tuple[Path, bytes]:
    """A seeded demo vault of ``size`` logs, its index merged and its WAL
    checkpointed (as after a few idle minutes of use); cached. Returns the
    folder and the raw database key."""
    directory = cache / f"demo-{size}-{_tag()}"

    def fill(path: Path) -> None:
        vault, _ = create_demo_vault(path, PASSPHRASE, records=size, seed=SEED, until=UNTIL)
        vault.wait_for_upkeep(timeout=3600)
        vault.lock()

    _build(directory, fill, f"a demo vault of {size} logs")
    warm(directory)
    return directory, raw_key_of(directory)


def noise_jpeg(target_bytes: int, cache: Path) -> bytes:
    """A seeded noisy photo within 5 % of ``target_bytes`` (noise barely
    compresses); cached."""
    path = cache / f"photo-v2-{target_bytes}-seed{SEED}.jpg"
    if path.exists():
        return path.read_bytes()
    from PIL import Image

    rng = random.Random(SEED)
    side = int((target_bytes / 1.17) ** 0.5)  # a quality-95 JPEG of noise: ~1.17 bytes a pixel
    for _ in range(6):
        image = Image.frombytes("RGB", (side, side), rng.randbytes(side * side * 3))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=95)
        if abs(out.tell() - target_bytes) <= 0.05 * target_bytes:
            break
        side = int(side * (target_bytes / out.tell()) ** 0.5)
    data = out.getvalue()
    path.write_bytes(data)
    return data


def unique_photo(photo: bytes, n: int) -> bytes:
    """``photo`` with a JPEG comment segment naming ``n``: a valid photo
    whose bytes differ from every other one's (nothing can share storage)."""
    comment = f"benchmark photo {n} {random.Random(n).getrandbits(128):032x}".encode()
    return photo[:2] + b"\xff\xfe" + (len(comment) + 2).to_bytes(2, "big") + comment + photo[2:]


def attachments_vault(cache: Path, total_bytes: int = ATTACHMENT_BYTES) -> tuple[Path, bytes]:
    """A demo vault of :data:`ATTACHMENT_VAULT_LOGS` logs carrying about
    ``total_bytes`` of distinct ~20 MB photos (``attachments.add``, as a
    person attaching them); cached."""
    from fieldsafe.media import prepare_attachment

    photo_bytes = 20 * 1024 * 1024 if total_bytes >= 200 * 1024 * 1024 else 1024 * 1024
    directory = cache / f"attach-{total_bytes}-{_tag()}"

    def fill(path: Path) -> None:
        photo = noise_jpeg(photo_bytes, cache)
        count = max(1, round(total_bytes / len(photo)))
        vault, _ = create_demo_vault(
            path, PASSPHRASE, records=ATTACHMENT_VAULT_LOGS, seed=SEED, until=UNTIL
        )
        try:
            logs = vault.logs.page(limit=count)
            for n in range(count):
                prepared = prepare_attachment(
                    unique_photo(photo, n), name=f"photo-{n}.jpg", strip_metadata=False
                )
                vault.attachments.add(logs[n % len(logs)].id, prepared)
            vault.wait_for_upkeep(timeout=3600)
        finally:
            vault.lock()

    _build(directory, fill, f"a vault with {total_bytes / 1e9:.2f} GB of photos")
    warm(directory)
    return directory, raw_key_of(directory)


def import_file_of(records: int, cache: Path) -> Path:
    """``records`` demo logs (fixed seed and end date) as an interchange
    file, as an export of a demo vault writes it; cached."""
    from fieldsafe.core.demo import demo_records
    from fieldsafe.core.interchange import write_interchange

    path = cache / f"import-{records}-seed{SEED}.json"
    if not path.exists():
        start = time.perf_counter()
        part = path.with_suffix(".part")
        with open(part, "wb") as out:
            write_interchange(out, demo_records(records, seed=SEED, until=UNTIL), exported_at=UNTIL)
        part.replace(path)
        _say(f"wrote an interchange file of {records} logs in {time.perf_counter() - start:.1f} s")
    return path


# -- the records' text -------------------------------------------------------------

#: field types that hold no text a person wrote (dates, numbers, choices, links)
_NOT_TEXT = {"datetime", "date", "int", "bool", "choice", "choices", "record_id", "record_ids"}
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$")


def _text_bytes(value: Any) -> int:
    if isinstance(value, str):
        return 0 if _ISO_DATE.match(value) else len(value.encode("utf-8"))
    if isinstance(value, list):
        return sum(_text_bytes(v) for v in value)
    if isinstance(value, dict):
        return sum(_text_bytes(v) for v in value.values())
    return 0


def record_text_bytes(kind: str, fields: dict[str, Any]) -> int:
    """UTF-8 bytes of a record's text: its title and every text field (lists
    of words, follow-up actions and other items' text included; dates,
    numbers, yes/no, choices and links to other records not)."""
    from fieldsafe.core.records import KINDS

    spec = KINDS[kind]
    return sum(_text_bytes(fields.get(f.name)) for f in spec.fields if f.type not in _NOT_TEXT)


def demo_text_bytes(size: int, cache: Path) -> int:
    """The text bytes of the ``size`` demo logs a demo vault holds, counted
    from the seeded generator itself (however the vault stores them); cached."""
    from fieldsafe.core.demo import demo_records

    path = cache / f"text-bytes-{size}-seed{SEED}.json"
    if path.exists():
        return int(json.loads(path.read_text())["bytes"])
    total = sum(
        record_text_bytes(r.kind, r.fields) for r in demo_records(size, seed=SEED, until=UNTIL)
    )
    path.write_text(json.dumps({"bytes": total}) + "\n")
    return total


def search_queries(directory: Path, raw_key: bytes, count: int) -> list[str]:
    """Realistic queries drawn from the vault's newest 400 logs (read through
    the public API): person codes (few hits each), single words of every
    language, and two-word queries."""
    vault = Vault.open_with_key(directory, SecretBytes(raw_key))
    try:
        texts = []
        for summary in vault.logs.page(limit=400):
            log = vault.logs.get(summary.id)
            texts.append(f"{log.title} {log.body}")
    finally:
        vault.lock()
    rng = random.Random(SEED)
    words: set[str] = set()
    codes: set[str] = set()
    for text in texts:
        for token in text.split():
            token = token.strip(".,;:!?()[]*#-\"'«»“”")
            if token.startswith("P-") and token[2:].isdigit():
                codes.add(token)
            elif len(token) >= 4 and token.isalpha():
                words.add(token)
    word_list, code_list = sorted(words), sorted(codes) or ["P-1000"]
    queries = []
    for i in range(count):
        kind = i % 3
        if kind == 0:
            queries.append(rng.choice(code_list))
        elif kind == 1:
            queries.append(rng.choice(word_list))
        else:
            queries.append(f"{rng.choice(word_list)} {rng.choice(word_list)}")
    return queries


def work_copy(directory: Path, target: Path) -> Path:
    """A fresh copy of a cached vault at ``target``, for benchmarks that
    write (saves, attachments, sharing): the cache is never written to."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(directory, target)
    return target
