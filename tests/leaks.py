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
