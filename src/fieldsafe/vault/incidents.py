"""Incidents: security incidents and threats, stored like every record
(validated fields, earlier versions, the search index, facets), with the
queries the incident register, the timeline, the patterns and Today need,
and the de-identified summary written as CSV. The rules are in
:mod:`fieldsafe.core.incidents`.

Facets (``core.records._incident_facets``) make the filters cheap: type,
setting, area (compared ignoring case and spacing), each actor category,
status, and every record the incident links to (``linked``). Links are ids
only: an incident may link to a log or plan that is not (or no longer) in
this vault, such as one received from a colleague, so a link is never
required to exist; it must only not name a record of another kind.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldsafe.atomicfile import atomic_writer
from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.incidents import (
    Incident,
    IncidentFilter,
    Patterns,
    Summary,
    patterns,
    summarise,
    summary_csv,
)
from fieldsafe.core.records import (
    INCIDENT,
    MEETING_PLAN,
    OUTREACH_LOG,
    RISK_ASSESSMENT,
    RecordId,
    RecordSummary,
    new_record_id,
)
from fieldsafe.errors import InvalidRecord, NotFound

if TYPE_CHECKING:
    import sqlcipher3

    from fieldsafe.vault.db import Database

#: the kind each link field must point to, when the record is in this vault
LINK_KINDS = {
    "logs": OUTREACH_LOG.name,
    "plans": MEETING_PLAN.name,
    "assessments": RISK_ASSESSMENT.name,
}

_SELECT = "SELECT id, fields, created_at, updated_at FROM records WHERE kind = ?"


def check_links(db: sqlcipher3.Connection, name: str, ids: Sequence[str], kind: str) -> None:
    """Refuse (``InvalidRecord(name, "kind_mismatch")``) a link to a record
    of this vault that is not of ``kind``. A link to a record that is not
    here is kept."""
    for record_id in ids:
        row = db.execute("SELECT kind FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is not None and row[0] != kind:
            raise InvalidRecord(name, "kind_mismatch")


class Incidents:
    """``vault.incidents``: the incident register."""

    kind = INCIDENT.name

    def __init__(self, vault: Database) -> None:
        self._vault = vault

    # -- one incident ---------------------------------------------------------
    def save(self, fields: dict[str, Any], *, incident_id: RecordId | None = None) -> Incident:
        """Create (no ``incident_id``) or update an incident; returns it as
        stored. ``fields`` are :data:`~fieldsafe.core.records.INCIDENT`'s in
        their stored form; ``status`` defaults to ``open``. A bad field
        raises :class:`InvalidRecord` and nothing is written."""
        clean = INCIDENT.validate({"status": "open", **fields})
        with self._vault.transaction() as db:
            if (
                incident_id is not None
                and self._vault.record_seq(db, incident_id, kind=self.kind) is None
            ):
                raise NotFound()
            for name, kind in LINK_KINDS.items():
                check_links(db, name, clean[name], kind)
            record_id = incident_id or new_record_id()
            self._vault.put_record(db, record_id=record_id, kind=self.kind, fields=clean)
        return self.get(record_id)

    def get(self, incident_id: RecordId) -> Incident:
        stored = self._vault.get_record(incident_id, kind=self.kind)
        if stored is None:
            raise NotFound()
        return Incident.from_stored(
            stored.id, INCIDENT.validate(stored.fields), stored.created_at, stored.updated_at
        )

    def versions(self, incident_id: RecordId) -> list[tuple[datetime, Incident]]:
        """Earlier versions, newest first: (when that version was saved, the
        incident as it was then). Editing keeps them; deleting deletes them."""
        current = self._vault.get_record(incident_id, kind=self.kind)
        if current is None:
            raise NotFound()
        return [
            (
                from_iso(saved_at),
                Incident.from_stored(
                    incident_id, INCIDENT.validate(fields), current.created_at, saved_at
                ),
            )
            for saved_at, fields in self._vault.versions(incident_id)
        ]

    def mark_measures_reviewed(self, incident_id: RecordId, reviewed: bool = True) -> Incident:
        """Set the status to "measures reviewed" (or back to "open")."""
        incident = self.get(incident_id)
        status = "measures_reviewed" if reviewed else "open"
        return self.save({**incident.fields, "status": status}, incident_id=incident_id)

    def delete(self, incident_id: RecordId) -> None:
        """Delete an incident with its earlier versions, index entry, facets,
        drafts and what was last exchanged for it (secure_delete overwrites
        the pages). Copies already shared with a colleague are theirs."""
        with self._vault.transaction() as db:
            if not self._vault.delete_record(db, incident_id, kind=self.kind):
                raise NotFound()

    # -- lists ----------------------------------------------------------------
    def page(self, *, after: RecordSummary | None = None, limit: int = 200) -> list[RecordSummary]:
        """Newest first, without bodies (the register's list)."""
        return self._vault.summaries(self.kind, after=after, limit=limit)

    def count(self) -> int:
        return self._vault.count(self.kind)

    def find(self, where: IncidentFilter | None = None) -> list[Incident]:
        """Every incident passing ``where``, oldest first: the timeline's
        marks and the patterns' input (a few thousand at most)."""
        clauses, params = _filter_sql(where or IncidentFilter())
        sql = _SELECT + "".join(" AND " + c for c in clauses) + " ORDER BY occurred_at, seq"
        with self._vault.reading() as db:
            rows = db.execute(sql, (self.kind, *params)).fetchall()
        return [Incident.from_stored(RecordId(r[0]), _fields(r[1]), r[2], r[3]) for r in rows]

    def patterns(self, where: IncidentFilter | None = None, zone: tzinfo | None = None) -> Patterns:
        """Counts by month × type, setting, actor category and time of day
        (see :func:`fieldsafe.core.incidents.patterns`)."""
        return patterns(self.find(where), zone)

    def open_unreviewed(self, *, limit: int = 200) -> tuple[list[RecordSummary], int]:
        """Open incidents whose measures are not yet reviewed, newest first,
        and how many there are in all (for Today)."""
        rows = self._vault.with_facet(self.kind, "incident_open", limit=limit)
        shown = [s for _v, s in rows]
        total = len(shown)
        if total >= limit:
            total = self._vault.count_with_facet(self.kind, "incident_open")
        return shown, total

    def linked_to(self, record_id: RecordId) -> list[Incident]:
        """The incidents that link to a log, a plan or a risk assessment, oldest first."""
        sql = (
            _SELECT  # noqa: S608 - fixed text, the value is bound
            + " AND seq IN (SELECT seq FROM record_facets WHERE facet = 'linked' AND value = ?)"
            " ORDER BY occurred_at, seq"
        )
        with self._vault.reading() as db:
            rows = db.execute(sql, (self.kind, record_id)).fetchall()
        return [Incident.from_stored(RecordId(r[0]), _fields(r[1]), r[2], r[3]) for r in rows]

    def areas(self) -> list[str]:
        """The areas incidents were registered in, one spelling each (the
        first written), sorted ignoring case: for the area filter."""
        with self._vault.reading() as db:
            rows = db.execute(
                "SELECT json_extract(fields, '$.area') FROM records WHERE kind = ?"
                " AND coalesce(json_extract(fields, '$.area'), '') <> '' ORDER BY seq",
                (self.kind,),
            ).fetchall()
        found: dict[str, str] = {}
        for (area,) in rows:
            found.setdefault(" ".join(str(area).split()).casefold(), " ".join(str(area).split()))
        return sorted(found.values(), key=str.casefold)

    # -- the de-identified summary ---------------------------------------------
    def summary(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        zone: tzinfo | None = None,
    ) -> Summary:
        """Counts by month, type, setting and area, small counts hidden (see
        :func:`fieldsafe.core.incidents.summarise`); ``until`` is exclusive."""
        return summarise(self.find(), zone=zone, since=since, until=until)

    def write_summary_csv(
        self,
        destination: Path,
        *,
        since: date | None = None,
        until: date | None = None,
        zone: tzinfo | None = None,
        label: Callable[[str, str], str] | None = None,
        headers: Sequence[str] = ("section", "value", "incidents"),
        overwrite: bool = False,
    ) -> Summary:
        """Write the summary as a PLAINTEXT CSV file (UTF-8 with a byte-order
        mark, which spreadsheets need to read non-Latin text), 0600 and
        atomically: a failure leaves no partial file and an earlier file
        intact. Refuses an existing file unless ``overwrite``
        (:class:`~fieldsafe.errors.TargetExists`)."""
        summary = self.summary(since=since, until=until, zone=zone)
        first, second, third = headers
        text = summary_csv(summary, label, headers=(first, second, third))
        with atomic_writer(Path(destination), overwrite=overwrite) as out:
            out.write(("\ufeff" + text).encode("utf-8"))
        return summary


def _fields(raw: str) -> dict[str, Any]:
    """Stored fields as read for a list (validated when written; a full
    validation of thousands would slow the timeline for nothing): the empty
    fields the stored form leaves out read as empty (``KindSpec.expand``)."""
    return INCIDENT.expand(json.loads(raw))


def _filter_sql(where: IncidentFilter) -> tuple[list[str], list[object]]:
    """SQL conditions (fixed text, "?" placeholders) and their values."""
    clauses: list[str] = []
    params: list[object] = []
    if where.since is not None:
        clauses.append("occurred_at >= ?")
        params.append(to_iso(where.since))
    if where.until is not None:
        clauses.append("occurred_at < ?")
        params.append(to_iso(where.until))
    for facet, values in (
        ("incident_type", where.types),
        ("setting", where.settings),
        ("area", where.area_keys),
        ("actor", where.actors),
        ("incident_status", where.statuses),
    ):
        if values:
            marks = ",".join("?" * len(values))  # placeholders only; values are bound
            clauses.append(
                f"seq IN (SELECT seq FROM record_facets WHERE facet = ? AND value IN ({marks}))"  # noqa: S608
            )
            params += [facet, *values]
    return clauses, params


# -- demo data ------------------------------------------------------------------

#: how many of the vault's logs demo incidents may come from
_DEMO_LOGS = 200


def add_demo_safety_records(
    vault: Database,
    *,
    incidents: int,
    seed: int | str,
    until: datetime | None = None,
) -> tuple[int, int]:
    """Add the fictional risk assessments and ``incidents`` incidents of
    :func:`~fieldsafe.core.demo_safety.demo_safety_records` in one
    transaction; some incidents come from the first demo logs in the vault
    (the same logs, seed and ``until``: the same records). Returns
    (assessments, incidents) added."""
    from fieldsafe.core.demo_safety import DemoLog, demo_safety_records

    with vault.reading() as db:
        rows = db.execute(
            "SELECT id, occurred_at, coalesce(json_extract(fields, '$.setting'), '')"
            " FROM records WHERE kind = ? ORDER BY seq LIMIT ?",
            (OUTREACH_LOG.name, _DEMO_LOGS),
        ).fetchall()
    logs = [DemoLog(r[0], r[1], r[2]) for r in rows]
    records = demo_safety_records(
        seed=seed, until=until or vault.clock.now(), incidents=incidents, logs=logs
    )
    added = {INCIDENT.name: 0, RISK_ASSESSMENT.name: 0}
    with vault.transaction() as db:
        for record in records:
            vault.put_record(
                db,
                record_id=record.id,
                kind=record.kind,
                fields=record.fields,
                created_at=record.created_at,
                updated_at=record.updated_at,
            )
            added[record.kind] += 1
    return added[RISK_ASSESSMENT.name], added[INCIDENT.name]
