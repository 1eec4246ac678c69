"""docs/security.md, bar 2 and 3 for what issue 3 added: every log field, drafts, the
code book, attachments and earlier versions are never readable on disk, and
deleting a log removes its versions, attachments and index entries from the
decrypted pages too."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

import pypdfium2 as pdfium

from fieldsafe.media import prepare_attachment
from fieldsafe.vault import Vault
from tests.leaks import files_containing, new_canary
from tests.security.test_at_rest import _decrypted_pages

WHEN = datetime(2026, 7, 7, 7, 7, tzinfo=UTC)


def pdf_with_text(text: str) -> bytes:
    """A valid one-page PDF whose bytes hold ``text`` verbatim (its title),
    so a byte search finds the attachment if it were ever written in clear."""
    doc = pdfium.PdfDocument.new()
    doc.new_page(200, 200)
    out = io.BytesIO()
    doc.save(out)
    doc.close()
    data = out.getvalue()
    assert text.encode() not in data
    # A comment line after the end: readers ignore it, the bytes keep it.
    marker = f"\n% {text}\n".encode()
    data = data + marker
    check = pdfium.PdfDocument(data)
    assert len(check) == 1
    check.close()
    return data


def _full_log(vault: Vault, tag: str) -> dict[str, str]:
    c = {
        name: new_canary(f"{tag}{name}").split("-")[1]
        for name in (
            "area",
            "who",
            "code",
            "title",
            "body",
            "needs",
            "referrals",
            "follow",
            "safety",
            "tag",
            "old",
            "draft",
            "watch",
            "note",
            "pdf",
        )
    }
    log = vault.logs.save(
        occurred_at=WHEN,
        title=c["old"],
        body=c["old"],
        area=c["area"],
        who_went=[c["who"]],
        person_codes=[c["code"]],
        needs=c["needs"],
        referrals=c["referrals"],
        follow_ups=[{"action": c["follow"], "due": "2026-07-08"}],
        safety=c["safety"],
        tags=[c["tag"]],
    )
    fields = vault.logs.get(log.id).to_fields()
    fields.update(title=c["title"], body=c["body"])
    when = fields.pop("occurred_at")
    vault.logs.save(
        occurred_at=datetime.fromisoformat(when.replace("Z", "+00:00")), log_id=log.id, **fields
    )
    vault.attachments.add(
        log.id, prepare_attachment(pdf_with_text(c["pdf"]), name=f"{c['pdf']}.pdf")
    )
    vault.drafts.save(
        "outreach_log",
        kind="outreach_log",
        fields={"occurred_at": "2026-07-07T07:07:00Z", "title": c["draft"]},
        record_id=None,
    )
    vault.codes.save(f"K{tag}", watch_words=[c["watch"]], note=c["note"])
    c["id"] = log.id
    return c


def test_no_log_detail_attachment_draft_version_or_code_book_text_on_disk(
    vault: Vault, vault_dir: Path, fieldsafe_home: Path, tmp_path: Path, passphrase: str
) -> None:
    canaries = _full_log(vault, "a")
    assert vault.logs.versions(canaries["id"])[0].log.title == canaries["old"]
    vault.backup(tmp_path / "backup.fsbackup")
    vault.lock()
    for name, canary in canaries.items():
        if name == "id":
            continue
        assert files_containing(canary, [fieldsafe_home, tmp_path]) == [], name
    # The method sees them when the pages are decrypted:
    pages = _decrypted_pages(vault_dir, passphrase)
    assert canaries["pdf"].encode() in pages and canaries["old"].encode() in pages


def test_deleting_a_log_removes_versions_attachments_and_index_entries(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    kept = _full_log(vault, "k")
    vault.drafts.discard("outreach_log")
    gone = _full_log(vault, "g")
    vault.drafts.discard("outreach_log")
    vault.lock()
    vault = Vault.open(vault_dir, passphrase)
    vault.logs.delete(gone["id"])
    vault.lock()
    pages = _decrypted_pages(vault_dir, passphrase)
    for name in (
        "area",
        "who",
        "code",
        "title",
        "body",
        "needs",
        "referrals",
        "follow",
        "safety",
        "tag",
        "old",
        "pdf",
    ):
        assert kept[name].encode() in pages, name  # the method sees content...
        assert gone[name].encode() not in pages, name  # ...and the deleted log's is gone


def test_deleting_earlier_versions_removes_a_replaced_name(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    name = new_canary("name").split("-")[1]
    log = vault.logs.save(occurred_at=WHEN, title="visit", body=f"met {name} at the station")
    vault.logs.save(occurred_at=WHEN, title="visit", body="met A12 at the station", log_id=log.id)
    assert name in vault.logs.versions(log.id)[0].log.body
    assert vault.logs.delete_versions(log.id) == 1
    assert (
        vault.logs.versions(log.id) == []
        and vault.logs.get(log.id).body == "met A12 at the station"
    )
    vault.lock()
    assert name.encode() not in _decrypted_pages(vault_dir, passphrase)
