"""Risk assessments: stored like every record (validated fields, earlier
versions, the search index, facets), with what the assessments list, the
review flow, the plan wizard and Today need. The rules (levels, reviews) are
in :mod:`fieldsafe.core.risk`, the starter templates in
:mod:`fieldsafe.core.risk_templates`.

An assessment's ``occurred_at`` column is the time it was last saved (the
kind has no time field of its own), so lists show the latest work first.

The review history (``reviews``) is append-only when saved: an update keeps
every stored review and adds the new ones, whatever history the editor
loaded (:func:`fieldsafe.core.merge.appended`, the identity the merge of a
shared assessment uses). Only a received correction, merged three ways,
replaces an entry (:mod:`fieldsafe.core.merge`).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from fieldsafe.core.clock import from_iso
from fieldsafe.core.merge import appended, histories
from fieldsafe.core.records import (
    INCIDENT,
    RISK_ASSESSMENT,
    RecordId,
    RecordSummary,
    new_record_id,
    normalise_code,
)
from fieldsafe.core.risk import Review, RiskAssessment, by_review_date, with_review
from fieldsafe.errors import InvalidRecord, NotFound
from fieldsafe.vault.incidents import check_links

if TYPE_CHECKING:
    import sqlcipher3

    from fieldsafe.vault.db import Database


class RiskAssessments:
    """``vault.risks``: the team's risk assessments."""

    kind = RISK_ASSESSMENT.name

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    def save(
        self, fields: dict[str, Any], *, assessment_id: RecordId | None = None
    ) -> RiskAssessment:
        """Create (no ``assessment_id``) or update an assessment; returns it
        as stored. A bad field raises :class:`InvalidRecord` and nothing is
        written. A review's incident, when it is in this vault, must be an
        incident. ``reviews`` only grows: an update keeps every stored
        review and adds those of ``fields`` not stored yet
        (:func:`fieldsafe.core.merge.appended`), so an editor opened before
        a review was recorded never removes it."""
        clean = RISK_ASSESSMENT.validate(fields)
        with self._vault.transaction() as db:
            record_id = self._write(db, clean, assessment_id)
        return self.get(record_id)

    def _write(
        self, db: sqlcipher3.Connection, clean: dict[str, Any], assessment_id: RecordId | None
    ) -> RecordId:
        if (
            assessment_id is not None
            and self._vault.record_seq(db, assessment_id, kind=self.kind) is None
        ):
            raise NotFound()
        if assessment_id is not None:
            clean = self._with_stored_reviews(db, clean, assessment_id)
        incidents = [r["incident"] for r in clean["reviews"] if r["incident"]]
        check_links(db, "reviews.incident", incidents, INCIDENT.name)
        record_id = assessment_id or new_record_id()
        self._vault.put_record(db, record_id=record_id, kind=self.kind, fields=clean)
        return record_id

    def _with_stored_reviews(
        self, db: sqlcipher3.Connection, clean: dict[str, Any], assessment_id: RecordId
    ) -> dict[str, Any]:
        """``clean`` whose review history is the stored one, with the reviews
        of ``clean`` not stored yet added (read in the writing transaction)."""
        row = db.execute(
            "SELECT fields FROM records WHERE id = ? AND kind = ?", (assessment_id, self.kind)
        ).fetchone()
        stored = RISK_ASSESSMENT.validate(json.loads(row[0])) if row is not None else {}
        for field, by in histories(self.kind).items():  # reviews, by reviewed_on
            clean = {**clean, field: appended(stored.get(field), clean.get(field), by)}
        return RISK_ASSESSMENT.validate(clean)

    def get(self, assessment_id: RecordId) -> RiskAssessment:
        stored = self._vault.get_record(assessment_id, kind=self.kind)
        if stored is None:
            raise NotFound()
        return RiskAssessment.from_stored(
            stored.id,
            RISK_ASSESSMENT.validate(stored.fields),
            stored.created_at,
            stored.updated_at,
        )

    def versions(self, assessment_id: RecordId) -> list[tuple[datetime, RiskAssessment]]:
        """Earlier versions, newest first: (when that version was saved, the
        assessment as it was then)."""
        current = self._vault.get_record(assessment_id, kind=self.kind)
        if current is None:
            raise NotFound()
        return [
            (
                from_iso(saved_at),
                RiskAssessment.from_stored(
                    assessment_id,
                    RISK_ASSESSMENT.validate(fields),
                    current.created_at,
                    saved_at,
                ),
            )
            for saved_at, fields in self._vault.versions(assessment_id)
        ]

    def delete(self, assessment_id: RecordId) -> None:
        """Delete an assessment with its earlier versions, index entry,
        facets, drafts and what was last exchanged for it. Incidents that
        link to it keep the link (an id, no content) and say it is gone."""
        with self._vault.transaction() as db:
            if not self._vault.delete_record(db, assessment_id, kind=self.kind):
                raise NotFound()

    def page(self, *, after: RecordSummary | None = None, limit: int = 200) -> list[RecordSummary]:
        """Most recently saved first, without bodies."""
        return self._vault.summaries(self.kind, after=after, limit=limit)

    def count(self) -> int:
        return self._vault.count(self.kind)

    def all(self) -> list[RiskAssessment]:
        """Every assessment, those with the nearest next review first (then
        by title): the assessments list, with each one's level and review date."""
        found = [
            RiskAssessment.from_stored(
                r.id, RISK_ASSESSMENT.validate(r.fields), r.created_at, r.updated_at
            )
            for r in self._vault.iter_records(kinds=[self.kind])
        ]
        return by_review_date(found)

    def due_for_review(
        self, day: date, *, limit: int = 200
    ) -> tuple[list[tuple[date, RecordSummary]], int]:
        """Assessments whose next review is on or before ``day``, earliest
        first, and how many there are in all: the Today view's list."""
        up_to = day.isoformat()
        rows = self._vault.with_facet(self.kind, "review_due", up_to=up_to, limit=limit)
        shown = [(date.fromisoformat(v), s) for v, s in rows]
        total = len(shown)
        if total >= limit:
            total = self._vault.count_with_facet(self.kind, "review_due", up_to=up_to)
        return shown, total

    def for_place(self, *, setting: str = "", area: str = "") -> list[RiskAssessment]:
        """Assessments for the same setting or the same area (ignoring case
        and spacing), nearest review first: what the plan wizard shows."""
        wanted = [("setting", setting)] if setting else []
        if area.strip():
            wanted.append(("area", normalise_code(area)))
        if not wanted:
            return []
        sql = (
            "SELECT DISTINCT r.id FROM record_facets f JOIN records r ON r.seq = f.seq"  # noqa: S608 - fixed
            " WHERE r.kind = ? AND ("
            + " OR ".join("(f.facet = ? AND f.value = ?)" for _ in wanted)
            + ")"
        )
        params: list[object] = [self.kind]
        for facet, value in wanted:
            params += [facet, value]
        with self._vault.reading() as db:
            ids = [RecordId(r[0]) for r in db.execute(sql, params).fetchall()]
        return by_review_date([self.get(i) for i in ids])

    def record_review(
        self,
        assessment_id: RecordId,
        review: Review,
        *,
        next_review: date | None = None,
        fields: dict[str, Any] | None = None,
    ) -> RiskAssessment:
        """Add ``review`` to the history, in one transaction with what the
        review changed: ``fields``, the assessment as edited during the review
        (default: as stored), and ``next_review``. If the review follows an
        incident held in this vault, the incident gains a link to this
        assessment too. Returns the assessment as stored."""
        base = fields if fields is not None else dict(self.get(assessment_id).fields)
        clean = with_review(base, review, next_review=next_review)
        with self._vault.transaction() as db:
            self._write(db, clean, assessment_id)
            if review.incident is not None:
                self._link_incident(db, review.incident, assessment_id)
        return self.get(assessment_id)

    def _link_incident(
        self, db: sqlcipher3.Connection, incident_id: RecordId, assessment_id: RecordId
    ) -> None:
        stored = self._vault.get_record(incident_id)
        if stored is None:
            return  # an incident not in this vault: the review still names it
        if stored.kind != INCIDENT.name:
            raise InvalidRecord("reviews.incident", "kind_mismatch")
        linked = list(stored.fields.get("assessments") or ())
        if assessment_id in linked:
            return
        fields = INCIDENT.validate({**stored.fields, "assessments": [*linked, assessment_id]})
        self._vault.put_record(db, record_id=incident_id, kind=INCIDENT.name, fields=fields)
