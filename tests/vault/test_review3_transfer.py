"""Review 3: an import whose record id belongs to another kind must be
refused as "kind_mismatch" (with the record's position), also when the
record carries attachments."""

from __future__ import annotations

import pytest

from fieldsafe.core.interchange import InterchangeAttachment, InterchangeRecord
from fieldsafe.errors import InvalidRecord
from fieldsafe.vault import Vault
from fieldsafe.vault.transfer import import_records
from tests.images import tiny_pdf


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
