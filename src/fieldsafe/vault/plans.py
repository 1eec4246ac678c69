"""Meeting plans: stored like every record (validated fields, versions, the
search index). The wizard's steps and the readiness rules are in
:mod:`fieldsafe.core.plans`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fieldsafe.core.records import MEETING_PLAN, RecordId, RecordSummary, new_record_id
from fieldsafe.errors import NotFound

if TYPE_CHECKING:
    from fieldsafe.vault.db import Database


class MeetingPlans:
    kind = MEETING_PLAN.name

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def save(
        self, fields: dict[str, Any], *, plan_id: RecordId | None = None
    ) -> tuple[RecordId, dict[str, Any]]:
        """Create or update a plan; returns its id and fields as stored."""
        clean = MEETING_PLAN.validate({"status": "draft", **fields})
        with self._vault.transaction() as db:
            if plan_id is not None and self._vault.record_seq(db, plan_id, kind=self.kind) is None:
                raise NotFound()
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
