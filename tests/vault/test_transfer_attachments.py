"""Attachments in the interchange format: exported as base64, imported after
the same checks as an attached file, all or nothing."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe.core.interchange import InterchangeAttachment, InterchangeRecord, parse_interchange
from fieldsafe.errors import InvalidRecord
from fieldsafe.media import prepare_attachment
from fieldsafe.vault import Vault
from fieldsafe.vault.transfer import export_file, import_file, import_records
from tests.images import has_gps, jpeg_with_gps, tiny_pdf

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


def _export(vault: Vault, tmp_path: Path) -> dict:
    out = tmp_path / "export.json"
    export_file(vault, out)
    return json.loads(out.read_text("utf-8"))


def test_round_trip_with_attachments(
    vault: Vault, tmp_path: Path, vault_dir: Path, passphrase: str
) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="notes", person_codes=["A12"], tags=["health"])
    photo = vault.attachments.add(log.id, prepare_attachment(jpeg_with_gps(), name="p.jpg"))
    pdf = vault.attachments.add(log.id, prepare_attachment(tiny_pdf(), name="scan.pdf"))
    doc = _export(vault, tmp_path)
    assert doc["version"] == 2
    (record,) = doc["records"]
    assert [a["id"] for a in record["attachments"]] == [photo.id, pdf.id]
    assert base64.b64decode(record["attachments"][0]["data"]) == vault.attachments.data(photo.id)
    other, _ = Vault.create(tmp_path / "other", passphrase)
    try:
        result = import_file(other, tmp_path / "export.json")
        assert result.added == 1
        assert [a.id for a in other.attachments.of(log.id)] == [photo.id, pdf.id]
        assert other.attachments.data(photo.id) == vault.attachments.data(photo.id)
        assert not has_gps(other.attachments.data(photo.id))
        assert other.logs.get(log.id).person_codes == ("A12",)
        again = import_file(other, tmp_path / "export.json")  # twice: harmless
        assert (again.added, again.updated, again.unchanged) == (0, 0, 1)
        assert other.attachments.count() == 2
    finally:
        other.lock()


def _doc_with(attachment: dict) -> str:
    return json.dumps(
        {
            "format": "fieldsafe-interchange",
            "version": 2,
            "records": [
                {
                    "kind": "outreach_log",
                    "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
                    "fields": {"occurred_at": "2026-03-04T17:30:00Z", "title": "x"},
                    "attachments": [attachment],
                }
            ],
        }
    )


GOOD = {
    "id": "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12",
    "name": "p.jpg",
    "media_type": "image/jpeg",
    "added_at": "2026-03-04T18:00:00Z",
    "data": base64.b64encode(jpeg_with_gps()).decode(),
}


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"data": "not base64!"}, "data", "not_base64"),
        ({"data": ""}, "data", "required"),
        ({"media_type": "image/gif"}, "media_type", "not_a_choice"),
        ({"id": "nope"}, "id", "not_a_uuid"),
        ({"added_at": "yesterday"}, "added_at", "not_a_time"),
        ({"name": "x" * 201}, "name", "too_long"),
        ({"extra": 1}, "extra", "unknown_field"),
    ],
)
def test_bad_attachments_are_refused_while_parsing(change: dict, field: str, reason: str) -> None:
    with pytest.raises(InvalidRecord) as caught:
        parse_interchange(_doc_with({**GOOD, **change}))
    assert (caught.value.field, caught.value.reason, caught.value.index) == (field, reason, 0)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"media_type": "application/pdf"}, "media_type"),  # says PDF, is a JPEG
        ({"data": base64.b64encode(b"just text, not an image").decode()}, "data"),
        ({"data": base64.b64encode(jpeg_with_gps()[:200]).decode()}, "data"),  # truncated
    ],
)
def test_content_that_does_not_match_writes_nothing(vault: Vault, change: dict, field: str) -> None:
    records = parse_interchange(_doc_with({**GOOD, **change}))
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, records)
    assert caught.value.field == field and caught.value.reason == "attachment_mismatch"
    assert vault.logs.count() == 0 and vault.attachments.count() == 0


def test_attachments_on_an_id_used_by_another_kind_give_kind_mismatch(vault: Vault) -> None:
    entry = vault.codes.save("A12", note="private")
    record = InterchangeRecord(
        kind="outreach_log",
        id=entry.id,
        fields={"occurred_at": "2026-03-04T17:30:00Z", "title": "visit"},
        attachments=(
            InterchangeAttachment(
                "6f1c2f8e-2a51-4a4e-9a57-0d0f7f6c2b11",
                "scan.pdf",
                "application/pdf",
                "2026-03-04T17:30:00Z",
                tiny_pdf(),
            ),
        ),
    )
    with pytest.raises(InvalidRecord) as caught:
        import_records(vault, [record])
    assert (caught.value.reason, caught.value.index) == ("kind_mismatch", 0)
