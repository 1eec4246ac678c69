"""Three-way merge of a shared record (no Qt, no storage).

``base`` is what both sides last exchanged, ``mine`` what this vault has
now, ``theirs`` what just arrived. A field one side changed takes that
side's value; a field both changed to different values is a *conflict*,
shown to the person with both values. With no base (never exchanged),
what arrived wins; with :data:`NO_COMMON_BASE` (versions show both sides
changed the record, but not from a state both had), every field that differs
is a conflict.

An *append-only history* (:func:`histories`: a risk assessment's
``reviews``) is never a conflict: when both sides changed it, the merge is
the union of their entries (an entry is the same entry when every value in
it is the same), less any entry of the base one side removed (a correction
removes the old entry and adds the new one), ordered by its date and then
the same way on both vaults. Changed on one side alone, it is that side's,
as any field. Saved from an editor, a history only grows (:func:`appended`):
the editor's copy may be older than what is stored.

Versions: every shared state of a record carries a *version vector*, a map
from a vault's fingerprint to how many new states of the record that vault
has shared (:func:`next_version`). Vectors are compared entry by entry
(:func:`order`): one that is nowhere higher than another is *earlier* (or
the same); one higher in some entry and lower in another is *concurrent*.
"""

from __future__ import annotations

import json
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


#: the append-only histories of each kind: field -> the name of the date
#: its entries are ordered by (see :func:`histories`)
_HISTORIES: dict[str, dict[str, str]] = {"risk_assessment": {"reviews": "reviewed_on"}}


def histories(kind: str) -> dict[str, str]:
    """The fields of ``kind`` that are append-only histories, each with the
    name of the date in its entries ({} for a kind without one)."""
    return dict(_HISTORIES.get(kind, {}))


def conflicts(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    *,
    histories: Mapping[str, str] | None = None,
) -> list[str]:
    """The fields both sides changed to different values since ``base``;
    an append-only history (``histories``) is never one."""
    if base is None:
        return []
    return sorted(
        name
        for name in set(mine) | set(theirs)
        if name not in (histories or {})
        and mine.get(name) != base.get(name)
        and theirs.get(name) != base.get(name)
        and mine.get(name) != theirs.get(name)
    )


def merge(
    base: Mapping[str, Any] | None,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    take_theirs: Sequence[str] = (),
    *,
    histories: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """The merged fields; conflicting fields keep mine unless named in
    ``take_theirs``; an append-only history both sides changed is the union
    of their entries (see the module's docstring)."""
    if base is None:
        return dict(theirs)
    histories = histories or {}
    clashing = set(conflicts(base, mine, theirs, histories=histories))
    out: dict[str, Any] = {}
    for name in set(mine) | set(theirs):
        if name in clashing:
            out[name] = theirs.get(name) if name in take_theirs else mine.get(name)
        elif theirs.get(name) == base.get(name):
            out[name] = mine.get(name)
        elif mine.get(name) == base.get(name) or mine.get(name) == theirs.get(name):
            out[name] = theirs.get(name)
        else:  # both changed it: only an append-only history gets here
            out[name] = _union(base.get(name), mine.get(name), theirs.get(name), histories[name])
    return out


def _entry_key(entry: Any) -> str:  # noqa: ANN401 - any JSON value
    return json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def appended(stored: Any, given: Any, date: str) -> list[Any]:  # noqa: ANN401 - JSON lists
    """An append-only history as a save leaves it: every ``stored`` entry,
    then each entry of ``given`` not stored yet (the same entry as
    :func:`merge` tells them apart: every value the same), each once,
    stably sorted by ``date``. ``given`` (an editor's copy, maybe loaded
    before entries were added) adds entries and never removes one."""
    out: dict[str, Any] = {}
    for entry in (*(stored or ()), *(given or ())):
        out.setdefault(_entry_key(entry), entry)
    return sorted(out.values(), key=lambda entry: _entry_date(entry, date))


def _entry_date(entry: Any, date: str) -> str:  # noqa: ANN401 - any JSON value
    value = entry.get(date) if isinstance(entry, Mapping) else None
    return value if isinstance(value, str) else ""


def _union(base: Any, mine: Any, theirs: Any, date: str) -> list[Any]:  # noqa: ANN401
    """Both histories' entries, each once, less those of ``base`` one side
    removed: the entries both kept in the base's order, then the new ones
    in one order whichever side merges; all stably sorted by ``date``."""
    base_items = base if isinstance(base, list) else []
    mine_items, theirs_items = list(mine or ()), list(theirs or ())
    mine_keys = {_entry_key(e) for e in mine_items}
    theirs_keys = {_entry_key(e) for e in theirs_items}
    kept = [e for e in base_items if _entry_key(e) in mine_keys & theirs_keys]
    known = {_entry_key(e) for e in base_items}
    added = {_entry_key(e): e for e in (*mine_items, *theirs_items) if _entry_key(e) not in known}
    out = list({_entry_key(e): e for e in kept}.values())
    out += [added[key] for key in sorted(added)]
    return sorted(out, key=lambda entry: _entry_date(entry, date))
