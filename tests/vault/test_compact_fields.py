"""A record's stored fields leave out the empty ones (schema 10), and every
reader sees the whole fields as before: the generic store, the versions, the
repositories' own queries, the search index's words. Rows written in the full
form by earlier schemas read the same."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest

from fieldsafe.core.records import KINDS, FieldSpec, RecordId, new_record_id
from fieldsafe.vault import Vault
from fieldsafe.vault.db import index_entry, read_fields, register_index_functions, stored_fields
from fieldsafe.vault.transfer import export_records
from tests.vault.test_storage_index import sample

WHEN = "2026-05-06T07:08:00Z"
LINK = str(uuid.UUID(int=7))


def _value(f: FieldSpec) -> Any:  # noqa: ANN401 - a field value
    """A value of field ``f`` that is not its empty value."""
    simple: dict[str, Any] = {
        "datetime": WHEN,
        "date": "2026-05-07",
        "int": f.minimum,  # 0 where allowed: a value, not an empty field
        "bool": True,
        "choice": f.choices[0] if f.choices else "",
        "choices": list(f.choices[:2]),
        "list": [f"{f.name} one", "two"],
        "follow_ups": [{"action": "call", "due": "2026-05-09", "done": False}, {"action": "x"}],
        "reflections": [{"prompt": "What helped?", "answer": "a walk"}],
        "record_id": LINK,
        "record_ids": [LINK],
    }
    if f.type == "text":
        return f"{f.name}\nزيارة" if f.multiline else f"{f.name} زيارة"
    if f.type == "items":
        return [{i.name: _value(i) for i in f.item_fields}]
    return simple[f.type]


def filled(kind: str) -> dict[str, Any]:
    """Every field of ``kind`` holding a value, validated as stored."""
    return KINDS[kind].validate({f.name: _value(f) for f in KINDS[kind].fields})


def minimal(kind: str) -> dict[str, Any]:
    """Only the required fields of ``kind``, validated: the others empty."""
    spec = KINDS[kind]
    return spec.validate({f.name: _value(f) for f in spec.fields if f.required})


SAMPLES = [(kind, form) for kind in KINDS for form in ("filled", "minimal", "searchable")]


def _sample(kind: str, form: str) -> dict[str, Any]:
    return {"filled": filled, "minimal": minimal, "searchable": sample}[form](kind)


# -- the stored form ---------------------------------------------------------------


@pytest.mark.parametrize(("kind", "form"), SAMPLES)
def test_the_stored_form_keeps_only_fields_with_a_value(kind: str, form: str) -> None:
    spec = KINDS[kind]
    fields = _sample(kind, form)
    stored = json.loads(stored_fields(kind, fields))
    if form == "filled":
        assert list(stored) == [f.name for f in spec.fields]
    elif form == "minimal":
        assert list(stored) == [f.name for f in spec.fields if f.required]
    assert all(stored[name] == fields[name] for name in stored)
    back = read_fields(kind, stored_fields(kind, fields))
    assert back == fields
    assert list(back) == list(fields)  # the same order: exports and bundles are as before
    assert json.dumps(back) == json.dumps(fields)  # 0 stays 0, False stays False


def test_zero_is_a_value_and_no_is_empty() -> None:
    fields = KINDS["debrief"].validate({"occurred_at": WHEN, "feeling": 0})
    stored = json.loads(stored_fields("debrief", fields))
    assert stored == {"occurred_at": WHEN, "feeling": 0}
    assert read_fields("debrief", json.dumps(stored))["talked_with_someone"] is False


def test_each_read_gives_its_own_empty_lists() -> None:
    one = read_fields("outreach_log", json.dumps({"occurred_at": WHEN}))
    two = read_fields("outreach_log", json.dumps({"occurred_at": WHEN}))
    one["tags"].append("changed")
    assert two["tags"] == [] and KINDS["outreach_log"].expand({})["tags"] == []


@pytest.mark.parametrize(("kind", "form"), SAMPLES)
def test_the_index_gets_the_same_words_from_either_form(kind: str, form: str) -> None:
    """What a record was indexed with is what removing it hands FTS5 again
    (see fieldsafe.vault.db.unindex): the same from the full form a schema 9
    vault stored as from the compact one."""
    fields = _sample(kind, form)
    compact = json.loads(stored_fields(kind, fields))
    assert index_entry(kind, compact) == index_entry(kind, fields)
    assert KINDS[kind].search_text(compact) == KINDS[kind].search_text(fields)


def test_the_sql_functions_read_either_form(vault: Vault) -> None:
    with vault.reading() as db:
        register_index_functions(db)
        for kind in KINDS:
            full = json.dumps(filled(kind), ensure_ascii=False)
            compact = stored_fields(kind, filled(kind))
            for part in range(3):
                from_full, from_compact = db.execute(
                    "SELECT fieldsafe_index(?, ?, ?), fieldsafe_index(?, ?, ?)",
                    (kind, full, part, kind, compact, part),
                ).fetchone()
                assert from_full == from_compact
                assert (from_full is None) == (not KINDS[kind].indexed)
            assert db.execute(
                "SELECT fieldsafe_compact(?, ?), fieldsafe_compact(?, ?)",
                (kind, full, kind, compact),
            ).fetchone() == (compact, compact)


# -- the vault's store ----------------------------------------------------------------


def _put(vault: Vault, kind: str, fields: dict[str, Any], record_id: RecordId) -> None:
    with vault.transaction() as db:
        vault.put_record(db, record_id=record_id, kind=kind, fields=fields)


def _raw(vault: Vault, record_id: RecordId) -> tuple[str, list[str]]:
    with vault.reading() as db:
        row = db.execute("SELECT seq, fields FROM records WHERE id = ?", (record_id,)).fetchone()
        versions = db.execute(
            "SELECT fields FROM record_versions WHERE seq = ? ORDER BY version_seq", (row[0],)
        ).fetchall()
    return row[1], [v[0] for v in versions]


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_reads_back_as_it_was_saved(vault: Vault, kind: str) -> None:
    ids = {form: new_record_id() for form in ("filled", "minimal", "searchable")}
    for form, record_id in ids.items():
        _put(vault, kind, _sample(kind, form), record_id)
    for form, record_id in ids.items():
        stored = vault.get_record(record_id, kind=kind)
        assert stored is not None
        assert stored.fields == _sample(kind, form)
        assert list(stored.fields) == list(_sample(kind, form))
        assert _raw(vault, record_id)[0] == stored_fields(kind, _sample(kind, form))
    listed = {r.id: r.fields for r in vault.iter_records(kinds=[kind])}
    assert listed == {record_id: _sample(kind, form) for form, record_id in ids.items()}

    # an edit keeps the earlier fields as a version, read whole, stored compact
    edited = KINDS[kind].validate({**minimal(kind), KINDS[kind].title_field: "changed"})
    _put(vault, kind, edited, ids["minimal"])
    [(_, earlier)] = vault.versions(ids["minimal"])
    assert earlier == _sample(kind, "minimal")
    assert _raw(vault, ids["minimal"])[1] == [stored_fields(kind, _sample(kind, "minimal"))]


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_save_that_changes_nothing_makes_no_version(vault: Vault, kind: str) -> None:
    record_id = new_record_id()
    for form in ("minimal", "filled"):
        _put(vault, kind, _sample(kind, form), record_id)
        before = vault.get_record(record_id)
        _put(vault, kind, _sample(kind, form), record_id)
        assert vault.get_record(record_id) == before  # not even a new time
    # the minimal one, once (when the kind has fields besides the required ones)
    assert len(vault.versions(record_id)) == int(minimal(kind) != filled(kind))


def _as_schema_9(vault: Vault) -> None:
    """Write every row's fields back in the full form schemas before 10 stored."""
    with vault.transaction() as db:
        for table, kind_of in (("records", "kind"), ("record_versions", None)):
            rows = db.execute(
                f"SELECT rowid, fields, {kind_of or '(SELECT kind FROM records r WHERE r.seq = t.seq)'}"  # noqa: S608 - fixed
                f" FROM {table} t"
            ).fetchall()
            for rowid, fields, kind in rows:
                full = json.dumps(
                    read_fields(kind, fields), ensure_ascii=False, separators=(",", ":")
                )
                db.execute(f"UPDATE {table} SET fields = ? WHERE rowid = ?", (full, rowid))  # noqa: S608


def _everything_read(vault: Vault) -> dict[str, Any]:
    """What the repositories' readers give, the ones with their own SQL included."""
    since = datetime(2000, 1, 1, tzinfo=UTC)
    logs = [s.id for s in vault.logs.page(limit=100)]
    return {
        "records": {r.id: (r.kind, r.fields) for r in vault.iter_records()},
        "versions": {r.id: vault.versions(r.id) for r in vault.iter_records()},
        "logs": [vault.logs.get(i) for i in logs],
        "observations": vault.logs.safety_observations(setting="street", area="Old Port"),
        "incidents": vault.incidents.find(),
        "areas": vault.incidents.areas(),
        "checkins": vault.journal.checkins(),
        "previews": vault.journal.previews(),
        "plans": vault.plans.with_check_in(since=since),
        "risks": [vault.risks.get(r.id) for r in vault.iter_records(kinds=["risk_assessment"])],
        "search": [(h.id, h.title, h.snippet) for h in vault.search("زيارة", include_private=True)],
        # the interchange records an export or a share bundle carries, as written
        "export": json.dumps(
            [r.as_json() for r in export_records(vault, include_private=True)], ensure_ascii=False
        ),
    }


def _fill(vault: Vault) -> dict[str, RecordId]:
    when = datetime(2026, 5, 6, 7, 8, tzinfo=UTC)
    ids = {
        "log": vault.logs.save(
            occurred_at=when, title="Old Port زيارة", area="Old Port", safety="a car waited"
        ).id,
        "bare": vault.logs.save(occurred_at=when, title="", body="زيارة").id,
        "street": vault.logs.save(
            occurred_at=when, title="street", body="b", setting="street", safety="watch"
        ).id,
    }
    vault.logs.save(
        occurred_at=when, title="Old Port زيارة", area="Old Port", safety="a car", log_id=ids["log"]
    )
    ids["debrief"] = vault.journal.save(occurred_at=when, feeling=0, body="").id
    ids["debrief2"] = vault.journal.save(occurred_at=when, body="زيارة calm").id
    ids["incident"] = vault.incidents.save({"occurred_at": WHEN, "area": "Old Port"}).id
    ids["incident2"] = vault.incidents.save({"occurred_at": WHEN, "title": "no area"}).id
    ids["plan"], _ = vault.plans.save({"starts_at": WHEN, "check_in_at": WHEN, "title": "زيارة"})
    ids["plan2"], _ = vault.plans.save({"starts_at": WHEN})
    for kind in ("risk_assessment", "support_contact", "self_care", "person_code"):
        _put(vault, kind, minimal(kind), new_record_id())
    _put(vault, "risk_assessment", filled("risk_assessment"), new_record_id())
    return ids


def test_rows_in_the_full_form_of_earlier_schemas_read_the_same(vault: Vault) -> None:
    ids = _fill(vault)
    compact = _everything_read(vault)
    assert compact["areas"] == ["Old Port"] and len(compact["observations"]) == 2
    assert len(compact["plans"]) == 1 and compact["previews"][ids["debrief"]][0] == 0
    _as_schema_9(vault)
    assert '"needs":""' in _raw(vault, ids["log"])[0]  # really the old form
    assert _everything_read(vault) == compact
    # a save of the same fields over a full row changes nothing either
    before = vault.get_record(ids["log"])
    assert before is not None
    _put(vault, "outreach_log", before.fields, ids["log"])
    assert vault.get_record(ids["log"]) == before
    assert len(vault.versions(ids["log"])) == 1
    # an edit over a full row stores both compact, and deleting takes its words out
    vault.logs.save(occurred_at=datetime.now(UTC), title="moved", log_id=ids["bare"])
    current, [earlier] = _raw(vault, ids["bare"])
    assert json.loads(current) == {
        "occurred_at": json.loads(current)["occurred_at"],
        "title": "moved",
    }
    assert json.loads(earlier) == {"occurred_at": WHEN, "body": "زيارة"}
    vault.logs.delete(ids["log"])
    hits = {h.id for h in vault.search("زيارة", include_private=True)}
    assert ids["debrief2"] in hits and ids["plan"] in hits
    assert ids["log"] not in hits and ids["bare"] not in hits
    with vault.reading() as db:
        db.execute("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 0)")
