"""``fieldsafe-cli delete RECORD_ID`` and ``fieldsafe-cli colleague remove
NAME``: they ask at the terminal unless ``--yes`` (never on standard input,
which carries passphrases), print one line, and keep the exit codes of the
CLI contract (1 not found or declined, 64 usage). docs/security.md, bar 3."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe import cli
from fieldsafe.exchange.identity import Identity
from fieldsafe.vault import Vault
from fieldsafe.vault.layout import DB_FILE
from tests.leaks import decrypted_pages, new_canary
from tests.security.test_deletion import raw_key

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
PASS = "correct horse battery staple ✓"
CANARY = new_canary().replace("-", "")


@dataclass
class Run:
    code: int
    out: str
    err: str
    asked: list[str]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    """Run the CLI in-process; ``answer`` is what the person types at the
    terminal (None: there is no terminal)."""

    def invoke(directory: Path, *args: str, answer: str | None = None) -> Run:
        asked: list[str] = []
        monkeypatch.setattr(cli, "_terminal_available", lambda: answer is not None)
        monkeypatch.setattr(cli, "_ask_terminal", lambda prompt: asked.append(prompt) or answer)
        # The passphrase, then a "y" that must never be taken as the answer.
        monkeypatch.setattr(sys, "stdin", io.StringIO(f"{PASS}\ny\nyes\n"))
        code = cli.main([*args, "--vault", str(directory), "--passphrase-stdin"])
        out, err = capsys.readouterr()
        for text in (out, err, *asked):
            assert CANARY not in text and "Traceback" not in text
        return Run(code, out, err, asked)

    return invoke


@pytest.fixture
def directory(tmp_path: Path) -> Path:
    target = tmp_path / "v"
    Vault.create(target, PASS)[0].lock()
    return target


def test_delete_asks_at_the_terminal_and_a_no_deletes_nothing(run, directory: Path) -> None:  # noqa: ANN001
    with Vault.open(directory, PASS) as vault:
        log = vault.logs.save(occurred_at=WHEN, title=CANARY, body=CANARY)
    result = run(directory, "delete", log.id, answer="n\n")
    assert result.code == 1 and result.err.strip() == "fieldsafe-cli: Nothing was deleted."
    assert result.asked == [
        "Delete this outreach log for good, with its earlier versions and attachments? "
        "This cannot be undone. [y/N] "
    ]
    result = run(directory, "delete", log.id, answer="")  # end of input: no
    assert result.code == 1
    with Vault.open(directory, PASS) as vault:
        assert vault.logs.get(log.id).title == CANARY
    result = run(directory, "delete", log.id, answer="y\n")
    assert result.code == 0 and result.err == ""
    assert result.out.count("\n") == 1 and "Deleted the outreach log" in result.out
    with Vault.open(directory, PASS) as vault:
        assert vault.count() == 0


def test_delete_with_yes_reaches_every_kind_private_ones_too(run, directory: Path) -> None:  # noqa: ANN001
    with Vault.open(directory, PASS) as vault:
        ids = {
            "journal entry": vault.journal.save(occurred_at=WHEN, checkin_note=CANARY).id,
            "code-book entry": vault.codes.save("K1", note=CANARY).id,
            "support contact": vault.journal.save_contact(CANARY).id,
            "self-care item": vault.journal.save_self_care(CANARY).id,
            "meeting plan": vault.plans.save({"starts_at": "2026-03-05T10:00:00Z"})[0],
        }
    for words, record_id in ids.items():
        result = run(directory, "delete", record_id, "--yes")
        assert result.code == 0, result.err
        assert result.asked == [] and f"Deleted the {words} " in result.out
    with Vault.open(directory, PASS) as vault:
        assert vault.count() == 0


def test_delete_without_a_terminal_needs_yes(run, directory: Path) -> None:  # noqa: ANN001
    with Vault.open(directory, PASS) as vault:
        log = vault.logs.save(occurred_at=WHEN, title=CANARY)
    result = run(directory, "delete", log.id)  # stdin holds "y": it is not an answer
    assert result.code == 64 and "--yes" in result.err
    with Vault.open(directory, PASS) as vault:
        assert vault.count() == 1


def test_delete_an_unknown_or_malformed_id(run, directory: Path) -> None:  # noqa: ANN001
    result = run(directory, "delete", "00000000-0000-4000-8000-000000000001", "--yes")
    assert result.code == 1 and "no longer exists" in result.err
    result = run(directory, "delete", "not-an-id", "--yes")
    assert result.code == 64 and "RECORD_ID" in result.err


def test_a_shared_plan_deleted_from_the_command_line_is_gone_from_the_pages(
    run,  # noqa: ANN001
    directory: Path,
) -> None:
    with Vault.open(directory, PASS) as vault:
        bea = vault.sharing.add_card(Identity.generate("Bea").card())
        vault.sharing.verify(bea.id)
        plan_id, _ = vault.plans.save({"starts_at": "2026-03-05T10:00:00Z", "location": CANARY})
        vault.plans.save(
            {"starts_at": "2026-03-05T10:00:00Z", "location": "moved"}, plan_id=plan_id
        )
        vault.sharing.remember_shared(vault.sharing.seal_record(plan_id, recipient=bea))
    assert run(directory, "delete", plan_id, "--yes").code == 0
    pages = decrypted_pages(directory / DB_FILE, raw_key(directory, PASS))
    assert b"Bea" in pages and CANARY.encode() not in pages


def test_colleague_remove(run, directory: Path) -> None:  # noqa: ANN001
    with Vault.open(directory, PASS) as vault:
        vault.sharing.add_card(Identity.generate("Bea Example").card())
        log = vault.logs.save(occurred_at=WHEN, title="kept")
    assert run(directory, "colleague", "remove", "Bea Example").code == 64  # no terminal
    result = run(directory, "colleague", "remove", "bea example", answer="no\n")
    assert result.code == 1 and "Nothing was removed" in result.err
    assert result.asked == [
        "Remove Bea Example from your colleagues? Records they sent stay in the vault. [y/N] "
    ]
    result = run(directory, "colleague", "remove", "Bea Example", "--yes")
    assert result.code == 0 and result.out.count("\n") == 1
    assert result.out.startswith("Removed Bea Example.")
    assert run(directory, "colleague", "list").out == ""
    result = run(directory, "colleague", "remove", "Bea Example", "--yes")
    assert result.code == 1  # no longer there
    assert run(directory, "colleague", "remove").code == 64  # which one?
    with Vault.open(directory, PASS) as vault:
        assert vault.logs.get(log.id).title == "kept"
