"""Canary search: find a unique string anywhere under some folders, as UTF-8
and as UTF-16-LE (how Qt and Windows-ish formats store text)."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from pathlib import Path


def new_canary(label: str = "canary") -> str:
    return f"{label}-{secrets.token_hex(8)}"


def files_containing(canary: str, roots: Iterable[Path]) -> list[Path]:
    needles = (canary.encode("utf-8"), canary.encode("utf-16-le"))
    found = []
    for root in roots:
        root = Path(root)
        if not root.exists():
            continue
        paths = [root] if root.is_file() else [p for p in root.rglob("*") if p.is_file()]
        for path in paths:
            try:
                data = path.read_bytes()
            except OSError:
                continue
            if any(n in data for n in needles):
                found.append(path)
    return found


# -- SQLCipher 4 pages, decrypted with the raw key --------------------------------

_PAGE_SIZE = 4096  # SQLCipher 4 defaults: 4096-byte pages, AES-256-CBC,
_IV_SIZE, _HMAC_SIZE = 16, 64  # a 16-byte IV and an HMAC-SHA512 at the end of each page
_RESERVE = _IV_SIZE + _HMAC_SIZE
_SALT_SIZE = 16  # page 1 starts with the file's salt
_WAL_HEADER, _WAL_FRAME_HEADER = 32, 24


def decrypted_pages(db_file: Path, key: bytes) -> bytes:
    """Every page of a SQLCipher 4 database file and of its ``-wal``,
    decrypted with the raw 32-byte database key: the bytes as they lie in
    the file, free pages and unused space inside pages included (unlike
    ``sqlcipher_export``, which copies only the live rows). Each page's HMAC
    is checked, so a wrong key or a misread layout fails loudly instead of
    finding nothing."""
    import hashlib

    data = Path(db_file).read_bytes()
    salt = data[:_SALT_SIZE]
    hmac_key = hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)
    pages = [
        _decrypt_page(data[i : i + _PAGE_SIZE], i // _PAGE_SIZE + 1, key, hmac_key)
        for i in range(0, len(data) - len(data) % _PAGE_SIZE, _PAGE_SIZE)
    ]
    wal = Path(f"{db_file}-wal")
    frames = wal.read_bytes() if wal.exists() else b""
    step = _WAL_FRAME_HEADER + _PAGE_SIZE
    for offset in range(_WAL_HEADER, len(frames) - step + 1, step):
        number = int.from_bytes(frames[offset : offset + 4], "big")
        body = frames[offset + _WAL_FRAME_HEADER : offset + step]
        pages.append(_decrypt_page(body, number, key, hmac_key))
    return b"".join(pages)


def _decrypt_page(page: bytes, number: int, key: bytes, hmac_key: bytes) -> bytes:
    import hmac

    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    if not any(page):
        return page  # a page SQLite allocated but never wrote
    start = _SALT_SIZE if number == 1 else 0
    end = _PAGE_SIZE - _RESERVE
    iv, tag = page[end : end + _IV_SIZE], page[end + _IV_SIZE : end + _RESERVE]
    mac = hmac.new(hmac_key, page[start : end + _IV_SIZE] + number.to_bytes(4, "little"), "sha512")
    if not hmac.compare_digest(mac.digest(), tag):
        raise ValueError(f"page {number}: HMAC mismatch (wrong key or layout)")
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:end]) + decryptor.finalize()
