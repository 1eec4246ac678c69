"""Moving records in and out of a vault (``fieldsafe.vault.transfer``).

Kept beside the interchange tests it builds on; it needs a vault (the
fast-KDF ``vault`` fixture), not the CLI.
"""

from __future__ import annotations

import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.core import records as record_kinds
from fieldsafe.core.interchange import InterchangeRecord, parse_interchange
from fieldsafe.core.records import FieldSpec, KindSpec
from fieldsafe.errors import InvalidRecord, TargetExists, VaultExists
from fieldsafe.vault import Vault
from fieldsafe.vault.store import create_demo_vault
from fieldsafe.vault.transfer import (
    ImportResult,
    add_demo_records,
    export_file,
    export_records,
    exportable_kinds,
    import_records,
)

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
IDS = [
    "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
    "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12",
    "2d9e3b2a-7d9a-4c75-9c5a-2b8b4c3dbe23",
]


def log(index: int, title: str = "", *, body: str = "text") -> InterchangeRecord:
    return InterchangeRecord(
        kind="outreach_log",
        id=IDS[index],
        fields={
            "occurred_at": "2026-03-04T17:30:00Z",
            "title": title or f"log {index}",
            "body": body,
        },
        created_at="2026-03-04T18:00:00Z",
        updated_at="2026-03-04T18:05:00Z",
    )


@pytest.fixture
def private_kind(monkeypatch: pytest.MonkeyPatch) -> str:
    """A private kind (like the coming journal), registered for one test."""
    spec = KindSpec(
        name="private_note",
        fields=(
            FieldSpec("written_at", "datetime", required=True),
            FieldSpec("text", "text", searchable=True),
        ),
        title_field="text",
        time_field="written_at",
        private=True,
    )
    monkeypatch.setitem(record_kinds.KINDS, spec.name, spec)
    return spec.name


def test_import_adds_then_updates_then_leaves_alone(vault: Vault) -> None:
    assert import_records(vault, [log(0), log(1)]) == ImportResult(added=2, updated=0, unchanged=0)
    assert import_records(vault, [log(0), log(1, "changed"), log(2)]) == ImportResult(1, 1, 1)
    stored = vault.get_record(IDS[1])
    assert stored is not None and stored.fields["title"] == "changed"
    assert stored.created_at == "2026-03-04T18:00:00Z"
    assert vault.count() == 3
    assert [h.id for h in vault.search("changed")] == [IDS[1]]


def test_import_is_all_or_nothing(vault: Vault) -> None:
    import_records(vault, [log(0, "original")])
    bad = InterchangeRecord("outreach_log", IDS[2], {"occurred_at": "yesterday"})
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, [log(0, "overwritten"), log(1), bad])
    assert (caught.value.index, caught.value.field) == (2, "occurred_at")
    assert vault.count() == 1
    stored = vault.get_record(IDS[0])
    assert stored is not None and stored.fields["title"] == "original"
    assert vault.search("overwritten") == []


def test_import_refuses_duplicate_ids_and_unknown_kinds(vault: Vault) -> None:
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, [log(0), log(0)])
    assert (caught.value.index, caught.value.reason) == (1, "duplicate_id")
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, [InterchangeRecord("diary", IDS[0], {})])
    assert caught.value.reason == "unknown_kind"
    assert vault.count() == 0


def test_import_never_changes_a_records_kind(vault: Vault, private_kind: str) -> None:
    import_records(vault, [log(0)])
    clash = InterchangeRecord(
        private_kind, IDS[0], {"written_at": "2026-03-04T17:30:00Z", "text": "x"}
    )
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, [clash])
    assert (caught.value.field, caught.value.reason) == ("id", "kind_mismatch")
    stored = vault.get_record(IDS[0])
    assert stored is not None and stored.kind == "outreach_log"


def test_export_round_trip(vault: Vault, tmp_path: Path, passphrase: str) -> None:
    vault.logs.save(occurred_at=WHEN, title="Reunión", body="لقاء — Встреча — मुलाकात — 在火车站")
    vault.logs.save(occurred_at=WHEN, title="second")
    target = tmp_path / "out.json"
    assert export_file(vault, target) == 2
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    exported = parse_interchange(target.read_bytes())
    assert exported == export_records(vault)
    other, _ = Vault.create(tmp_path / "other", passphrase)
    with other:
        assert import_records(other, exported) == ImportResult(2, 0, 0)
        assert list(other.iter_records()) == list(vault.iter_records())


def test_export_never_overwrites_unless_asked(vault: Vault, tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me")
    with pytest.raises(TargetExists):
        export_file(vault, target)
    assert target.read_text() == "keep me"
    export_file(vault, target, overwrite=True)
    assert parse_interchange(target.read_bytes()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temp files left


def test_private_kinds_stay_in_unless_included(vault: Vault, private_kind: str) -> None:
    note = InterchangeRecord(
        private_kind, IDS[1], {"written_at": "2026-03-04T17:30:00Z", "text": "mine"}
    )
    import_records(vault, [log(0), note])
    assert [r.id for r in export_records(vault)] == [IDS[0]]
    assert export_records(vault, [private_kind]) == []
    assert [r.id for r in export_records(vault, include_private=True)] == IDS[:2]
    assert exportable_kinds([private_kind, "outreach_log"]) == ["outreach_log"]
    with pytest.raises(InvalidRecord):
        exportable_kinds(["diary"])


def test_demo_records_fill_a_vault(vault: Vault) -> None:
    assert add_demo_records(vault, 120, seed=9, until=WHEN, batch_size=50) == 120
    assert vault.count() == 120
    assert vault.search("P-") is not None
    hits = vault.search("clinic")
    assert hits and all(h.kind == "outreach_log" for h in hits)


def test_create_demo_vault_is_reproducible(tmp_path: Path, passphrase: str) -> None:
    first, code = create_demo_vault(tmp_path / "a", passphrase, records=60, seed=5, until=WHEN)
    second, _ = create_demo_vault(tmp_path / "b", passphrase, records=60, seed=5, until=WHEN)
    with first, second:
        assert list(first.iter_records()) == list(second.iter_records())
    Vault.open(tmp_path / "a", code).lock()
    with pytest.raises(VaultExists):
        create_demo_vault(tmp_path / "a", passphrase, records=1)


def test_import_checks_times_of_records_built_in_python(vault: Vault) -> None:
    odd = InterchangeRecord("outreach_log", IDS[0], {"occurred_at": "2026-03-04T17:30:00Z"}, "soon")
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, [odd])
    assert (caught.value.index, caught.value.field) == (0, "created_at")
    shifted = InterchangeRecord(
        "outreach_log", IDS[0], {"occurred_at": "2026-03-04T17:30:00Z"}, "2026-03-04T20:00:00+02:00"
    )
    import_records(vault, [shifted])
    stored = vault.get_record(IDS[0])
    assert stored is not None and stored.created_at == "2026-03-04T18:00:00Z"


def test_importing_a_code_the_code_book_already_has_keeps_both_entries_editable(
    vault: Vault,
) -> None:
    """CodeBook.save refuses a second entry with the same code; an import
    does not check, and afterwards one of the two entries can never be
    saved again ("is already in the code book")."""
    import uuid

    vault.codes.save("A12", note="mine")
    try:
        import_records(
            vault,
            [
                InterchangeRecord(
                    kind="person_code",
                    id=str(uuid.uuid4()),
                    fields={"code": "a12", "note": "a colleague's"},
                )
            ],
        )
    except InvalidRecord as refused:
        assert refused.reason == "duplicate_code"
        return
    for entry in vault.codes.entries():
        vault.codes.save(entry.code, note=entry.note + " (edited)", entry_id=entry.id)
