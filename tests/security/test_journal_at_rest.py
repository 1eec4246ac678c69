"""docs/security.md, bar 2 and 3 for the debrief journal, and its privacy promise:
never on disk in clear, never in exports or search results unless the person
includes it explicitly, and gone from the decrypted pages once deleted."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe import cli
from fieldsafe.vault import Vault
from tests.leaks import files_containing, new_canary
from tests.security.test_at_rest import _decrypted_pages

WHEN = datetime(2026, 7, 7, 7, 7, tzinfo=UTC)


def _fill(vault: Vault) -> dict[str, str]:
    c = {
        n: new_canary(n).split("-")[1]
        for n in ("note", "answer", "body", "contact", "reach", "care")
    }
    log = vault.logs.save(occurred_at=WHEN, title="ordinary visit")
    vault.journal.save(
        occurred_at=WHEN,
        follows=log.id,
        feeling=2,
        checkin_note=c["note"],
        reflections=[("hard", c["answer"])],
        body=c["body"],
    )
    vault.journal.save_contact(c["contact"], reach=c["reach"])
    vault.journal.save_self_care(c["care"])
    return c


def test_the_journal_is_never_on_disk_in_clear(
    vault: Vault, fieldsafe_home: Path, tmp_path: Path
) -> None:
    canaries = _fill(vault)
    vault.backup(tmp_path / "b.fieldsafe-backup")
    vault.lock()
    for name, canary in canaries.items():
        assert files_containing(canary, [fieldsafe_home, tmp_path]) == [], name


def test_export_and_search_leave_the_journal_out_unless_asked(
    vault: Vault,
    vault_dir: Path,
    passphrase: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    canaries = _fill(vault)
    for canary in canaries.values():
        assert vault.search(canary) == []
    vault.lock()

    def run(*args: str) -> tuple[int, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(passphrase + "\n"))
        code = cli.main([*args, "--vault", str(vault_dir), "--passphrase-stdin"])
        return code, capsys.readouterr().out

    out = tmp_path / "export.json"
    assert run("export", "--out", str(out))[0] == 0
    for canary in canaries.values():
        assert files_containing(canary, [tmp_path]) == []
    code, printed = run("search", canaries["note"])
    assert code == 0 and canaries["note"] not in printed
    assert run("export", "--out", str(tmp_path / "private.json"), "--include-private")[0] == 0
    assert canaries["body"] in (tmp_path / "private.json").read_text("utf-8")


def test_a_deleted_journal_entry_is_gone_from_the_pages(
    vault: Vault, vault_dir: Path, passphrase: str
) -> None:
    canary = new_canary("gone").split("-")[1]
    kept = new_canary("kept").split("-")[1]
    vault.journal.save(occurred_at=WHEN, checkin_note=kept)
    entry = vault.journal.save(occurred_at=WHEN, checkin_note=canary, body=canary * 20)
    vault.journal.delete(entry.id)
    vault.lock()
    pages = _decrypted_pages(vault_dir, passphrase)
    assert kept.encode() in pages and canary.encode() not in pages


def test_plans_identities_and_colleagues_are_never_on_disk_in_clear(
    vault: Vault, fieldsafe_home: Path, tmp_path: Path
) -> None:
    from fieldsafe.exchange.identity import Identity

    canary = new_canary("plan").split("-")[1]
    vault.plans.save(
        {"starts_at": "2026-07-08T10:00:00Z", "location": canary, "alert_signal": canary}
    )
    me = vault.sharing.identity()
    colleague = Identity.generate(f"colleague {canary}")
    vault.sharing.add_card(colleague.card())
    secret = me.age_secret
    vault.lock()
    for needle in (canary, secret, colleague.card().age_recipient):
        assert files_containing(needle, [fieldsafe_home, tmp_path]) == []
