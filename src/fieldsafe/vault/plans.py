"""Meeting plans: stored like every record (validated fields, versions, the
search index). The wizard's steps and the readiness rules are in
:mod:`fieldsafe.core.plans`.

Unseen changes (``plan_changes``, schema 8): when a received update changes
a plan, the names of the fields it changed are kept, with the verified
sender's card fingerprint, until the person has looked at the plan
(:meth:`MeetingPlans.seen`). Field names only; the row goes with the plan.

"I'm back safely" (``checked_in_at``) is stored by the check-in watch while
the plan may be open in the wizard, which saves the plan as it loaded it with
the person's answers over it: a save keeps a stored mark it did not change
(:meth:`MeetingPlans.save`). A received update is merged like any field."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.records import MEETING_PLAN, RecordId, RecordSummary, new_record_id
from fieldsafe.errors import NotFound

if TYPE_CHECKING:
    import sqlcipher3

    from fieldsafe.vault.db import Database


@dataclass(frozen=True)
class UnseenChanges:
    """What received updates changed in a plan since it was last looked at."""

    fields: tuple[str, ...]  # in the order core.plans.plan_changes gives them
    sender: str | None  # the verified sender's card fingerprint, if any
    received_at: str


def mark_changed(
    db: sqlcipher3.Connection,
    plan_id: str,
    fields: list[str],
    *,
    sender: str | None,
    received_at: str,
) -> None:
    """In the caller's transaction: add ``fields`` to the plan's unseen
    changes (those not seen yet stay; the latest sender and time win)."""
    row = db.execute("SELECT fields FROM plan_changes WHERE record_id = ?", (plan_id,)).fetchone()
    known = json.loads(row[0]) if row is not None else []
    merged = list(dict.fromkeys([*known, *fields]))
    db.execute(
        "INSERT INTO plan_changes (record_id, fields, sender, received_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (record_id) DO UPDATE SET fields = excluded.fields,"
        " sender = excluded.sender, received_at = excluded.received_at",
        (plan_id, json.dumps(merged), sender, received_at),
    )


#: "I'm back safely" (:func:`fieldsafe.core.checkins.mark_back_safely`)
CHECK_IN_MARK = "checked_in_at"


def _keep_check_in(
    clean: dict[str, Any], stored: Mapping[str, Any], base: Mapping[str, Any] | None
) -> dict[str, Any]:
    """``clean`` (a plan being saved over ``stored``) with the stored
    check-in mark, unless the editor that loaded ``base`` changed it."""
    mark = stored.get(CHECK_IN_MARK) or None
    if mark is None:
        return clean
    if base is not None and _moment(clean.get(CHECK_IN_MARK)) != _moment(base.get(CHECK_IN_MARK)):
        return clean  # the editor changed (or cleared) the mark itself
    return MEETING_PLAN.validate({**clean, CHECK_IN_MARK: mark})


def _moment(value: Any) -> str | None:  # noqa: ANN401 - a field value
    """A stored time as one spelling (None when empty), to compare two."""
    if not value:
        return None
    try:
        return to_iso(from_iso(str(value)))
    except ValueError:
        return str(value)


class MeetingPlans:
    kind = MEETING_PLAN.name

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def save(
        self,
        fields: dict[str, Any],
        *,
        plan_id: RecordId | None = None,
        base: Mapping[str, Any] | None = None,
    ) -> tuple[RecordId, dict[str, Any]]:
        """Create or update a plan; returns its id and fields as stored.

        An update keeps a stored "I'm back safely" mark (``checked_in_at``,
        see :data:`CHECK_IN_MARK`) it did not change, since an editor may
        have loaded the plan before the check-in watch stored it: without
        ``base`` a stored mark is always kept (the first mark is the one the
        pair saw); with ``base``, the fields the editor loaded, the save's
        own mark is written only when it differs from the base's (the editor
        changed or cleared it)."""
        clean = MEETING_PLAN.validate({"status": "draft", **fields})
        with self._vault.transaction() as db:
            if plan_id is not None:
                row = db.execute(
                    "SELECT fields FROM records WHERE id = ? AND kind = ?", (plan_id, self.kind)
                ).fetchone()
                if row is None:
                    raise NotFound()
                clean = _keep_check_in(clean, MEETING_PLAN.expand(json.loads(row[0])), base)
            record_id = plan_id or new_record_id()
            self._vault.put_record(db, record_id=record_id, kind=self.kind, fields=clean)
        return record_id, self.get(record_id)

    def get(self, plan_id: RecordId) -> dict[str, Any]:
        stored = self._vault.get_record(plan_id, kind=self.kind)
        if stored is None:
            raise NotFound()
        return MEETING_PLAN.validate(stored.fields)

    def versions(self, plan_id: RecordId) -> list[tuple[str, dict[str, Any]]]:
        return self._vault.versions(plan_id)

    def delete(self, plan_id: RecordId) -> None:
        """Delete a plan with its earlier versions, index entry, facets, draft
        and what was last exchanged for it (secure_delete overwrites the
        pages). Copies already shared with a colleague are theirs."""
        with self._vault.transaction() as db:
            if not self._vault.delete_record(db, plan_id, kind=self.kind):
                raise NotFound()

    def page(self, *, after: RecordSummary | None = None, limit: int = 200) -> list[RecordSummary]:
        return self._vault.summaries(self.kind, after=after, limit=limit)

    def with_check_in(self, *, since: datetime) -> list[tuple[RecordId, dict[str, Any]]]:
        """Plans whose check-in time is at ``since`` or later, with their
        fields, soonest first: what :mod:`fieldsafe.core.checkins` reads."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT id, fields FROM records WHERE kind = ?"
                " AND json_extract(fields, '$.check_in_at') >= ?"
                " ORDER BY json_extract(fields, '$.check_in_at'), seq",
                (self.kind, to_iso(since)),
            ).fetchall()
        return [(RecordId(r[0]), MEETING_PLAN.validate(json.loads(r[1]))) for r in rows]

    def unseen(self, plan_id: RecordId) -> UnseenChanges | None:
        """The fields received updates changed since the plan was last
        looked at, or None."""
        with self._vault.reading() as db:
            row = db.execute(
                "SELECT fields, sender, received_at FROM plan_changes WHERE record_id = ?",
                (plan_id,),
            ).fetchone()
        if row is None:
            return None
        return UnseenChanges(tuple(json.loads(row[0])), row[1], row[2])

    def with_unseen_changes(self) -> list[RecordId]:
        """The plans with unseen changes, the latest received first."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT record_id FROM plan_changes ORDER BY received_at DESC, record_id"
            ).fetchall()
        return [RecordId(r[0]) for r in rows]

    def seen(self, plan_id: RecordId) -> None:
        """The person has looked at the plan: its changes are no longer marked."""
        with self._vault.transaction() as db:
            db.execute("DELETE FROM plan_changes WHERE record_id = ?", (plan_id,))
