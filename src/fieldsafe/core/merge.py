"""Three-way merge of a shared record (no Qt, no storage).

``base`` is what both sides last exchanged, ``mine`` what this vault has
now, ``theirs`` what just arrived. A field one side changed takes that
side's value; a field both changed to different values is a *conflict*,
shown to the person with both values. With no base (never exchanged),
what arrived wins; with :data:`NO_COMMON_BASE` (versions show both sides
changed the record, but not from a state both had), every field that differs
is a conflict.

Versions: every shared state of a record carries a *version vector*, a map
from a vault's fingerprint to how many new states of the record that vault
has shared (:func:`next_version`). Vectors are compared entry by entry
(:func:`order`): one that is nowhere higher than another is *earlier* (or
the same); one higher in some entry and lower in another is *concurrent*.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal

#: a version vector: a vault's fingerprint -> the number of states it shared
Version = Mapping[str, int]


class _NoCommonBase(Mapping[str, Any]):
    """A base no side agrees with, so every field that differs is a conflict."""

    _nothing = object()

    def __getitem__(self, name: str) -> Any:  # noqa: ANN401 - any field value
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0

    def get(self, name: str, default: Any = None) -> Any:  # noqa: ANN401
        return self._nothing

    def __repr__(self) -> str:
        return "NO_COMMON_BASE"


#: the base of a merge when no state both sides had is known
NO_COMMON_BASE: Mapping[str, Any] = _NoCommonBase()


def order(theirs: Version, mine: Version) -> Literal["same", "earlier", "later", "concurrent"]:
    """How the version ``theirs`` stands to ``mine``."""
    names = set(theirs) | set(mine)
    lower = any(theirs.get(n, 0) < mine.get(n, 0) for n in names)
    higher = any(theirs.get(n, 0) > mine.get(n, 0) for n in names)
    if lower and higher:
        return "concurrent"
    if higher:
        return "later"
    return "earlier" if lower else "same"


def joined(*versions: Version) -> dict[str, int]:
    """The smallest version at least as high as each of ``versions``."""
    out: dict[str, int] = {}
    for version in versions:
        for name, count in version.items():
            out[name] = max(out.get(name, 0), count)
    return dict(sorted(out.items()))


def next_version(version: Version, me: str) -> dict[str, int]:
    """The version of a new state ``me`` shares, made from ``version``."""
    return joined(version, {me: version.get(me, 0) + 1})


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
