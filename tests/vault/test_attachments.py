"""Attachments at the vault level: stored whole inside the database, listed
without their bytes, deleted with their log."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fieldsafe.errors import NotFound
from fieldsafe.media import prepare_attachment
from fieldsafe.vault import Vault
from tests.images import has_gps, jpeg_with_gps, tiny_pdf

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


def test_add_list_read_delete(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="with notes")
    photo = vault.attachments.add(log.id, prepare_attachment(jpeg_with_gps(), name="IMG_0001.jpg"))
    pdf = vault.attachments.add(log.id, prepare_attachment(tiny_pdf(2), name="scan.pdf"))
    listed = vault.attachments.of(log.id)
    assert [a.id for a in listed] == [photo.id, pdf.id]
    assert listed[0].media_type == "image/jpeg" and listed[0].metadata_removed
    assert listed[1].is_pdf and listed[1].pages == 2 and not listed[1].metadata_removed
    data = vault.attachments.data(photo.id)
    assert len(data) == photo.size and not has_gps(data)
    vault.attachments.delete(photo.id)
    assert [a.id for a in vault.attachments.of(log.id)] == [pdf.id]
    with pytest.raises(NotFound):
        vault.attachments.data(photo.id)


def test_an_attachment_needs_an_existing_log(vault: Vault) -> None:
    with pytest.raises(NotFound):
        vault.attachments.add(
            "00000000-0000-4000-8000-000000000000", prepare_attachment(tiny_pdf(), name="x")
        )  # type: ignore[arg-type]
    assert vault.attachments.count() == 0


def test_deleting_the_log_deletes_its_attachments(vault: Vault) -> None:
    log = vault.logs.save(occurred_at=WHEN, title="a")
    other = vault.logs.save(occurred_at=WHEN, title="b")
    vault.attachments.add(log.id, prepare_attachment(jpeg_with_gps(), name="a.jpg"))
    kept = vault.attachments.add(other.id, prepare_attachment(jpeg_with_gps(), name="b.jpg"))
    vault.logs.delete(log.id)
    assert vault.attachments.count() == 1 and vault.attachments.of(other.id)[0].id == kept.id


def test_attachments_survive_lock_and_backup(
    vault: Vault, vault_dir, passphrase: str, tmp_path
) -> None:  # noqa: ANN001
    log = vault.logs.save(occurred_at=WHEN, title="a")
    added = vault.attachments.add(log.id, prepare_attachment(jpeg_with_gps(), name="a.jpg"))
    data = vault.attachments.data(added.id)
    vault.backup(tmp_path / "b.fieldsafe-backup")
    vault.lock()
    again = Vault.open(vault_dir, passphrase)
    try:
        assert again.attachments.data(added.id) == data
    finally:
        again.lock()
