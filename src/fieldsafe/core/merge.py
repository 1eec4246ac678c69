"""Three-way merge of a shared record (no Qt, no storage).

``base`` is what both sides last exchanged, ``mine`` what this vault has
now, ``theirs`` what just arrived. A field one side changed takes that
side's value; a field both changed to different values is a *conflict*,
shown to the person with both values. With no base (never exchanged),
what arrived wins.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def conflicts(
    base: Mapping[str, Any] | None, mine: Mapping[str, Any], theirs: Mapping[str, Any]
) -> list[str]:
    if base is None:
        return []
    return sorted(
        name
        for name in set(mine) | set(theirs)
        if mine.get(name) != base.get(name)
        and theirs.get(name) != base.get(name)
        and mine.get(name) != theirs.get(name)
    )


def merge(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    take_theirs: Sequence[str] = (),
) -> dict[str, Any]:
    """The merged fields; conflicting fields keep mine unless named in ``take_theirs``."""
    if base is None:
        return dict(theirs)
    clashing = set(conflicts(base, mine, theirs))
    out: dict[str, Any] = {}
    for name in set(mine) | set(theirs):
        if name in clashing:
            out[name] = theirs.get(name) if name in take_theirs else mine.get(name)
        elif theirs.get(name) != base.get(name):
            out[name] = theirs.get(name)
        else:
            out[name] = mine.get(name)
    return out
