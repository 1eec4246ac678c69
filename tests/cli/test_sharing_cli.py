"""Two vaults in one run, through the CLI: cards exchanged, safety numbers
compared, a record shared and received; a replay and an unverified
colleague are refused."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe import cli
from fieldsafe.vault import Vault

PASS = "correct horse battery staple"
WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    def invoke(vault: Path, *args: str | Path) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
        code = cli.main([*(str(a) for a in args), "--vault", str(vault), "--passphrase-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_two_vaults_share_a_record(run, tmp_path: Path) -> None:  # noqa: ANN001
    a, b = tmp_path / "a", tmp_path / "b"
    for directory in (a, b):
        Vault.create(directory, PASS)[0].lock()
    with Vault.open(a, PASS) as vault:
        log_id = vault.logs.save(occurred_at=WHEN, title="pair visit", person_codes=["A12"]).id
    assert run(a, "identity", "show", "--name", "Amal", "--out", tmp_path / "a.card")[0] == 0
    assert run(b, "identity", "show", "--name", "Bea", "--out", tmp_path / "b.card")[0] == 0
    code, out, _ = run(a, "colleague", "add", tmp_path / "b.card")
    assert code == 0 and "not verified" in out
    number_a = out.strip().splitlines()[-1].strip()
    code, out, _ = run(b, "colleague", "add", tmp_path / "a.card")
    assert out.strip().splitlines()[-1].strip() == number_a  # the same on both screens

    # Not verified yet: nothing is shared.
    code, _, err = run(a, "share", log_id, "--to", "Bea", "--out", tmp_path / "bundle.age")
    assert code == 1 and "not verified" in err and not (tmp_path / "bundle.age").exists()
    assert run(a, "colleague", "verify", "Bea")[0] == 64  # needs --yes after comparing
    assert run(a, "colleague", "verify", "Bea", "--yes")[0] == 0
    assert run(a, "share", log_id, "--to", "Bea", "--out", tmp_path / "bundle.age")[0] == 0

    # B has not verified A yet: refused, nothing written.
    code, _, err = run(b, "receive", tmp_path / "bundle.age")
    assert code == 4 and "not verified" in err
    assert run(b, "colleague", "verify", "Amal", "--yes")[0] == 0
    code, out, _ = run(b, "receive", tmp_path / "bundle.age")
    assert code == 0 and "1 added" in out
    with Vault.open(b, PASS) as vault:
        assert vault.logs.get(log_id).person_codes == ("A12",)
    code, _, err = run(b, "receive", tmp_path / "bundle.age")  # the same bundle again
    assert code == 4 and "already have this version" in err
    assert b"pair visit" not in (tmp_path / "bundle.age").read_bytes()


def test_a_journal_entry_cannot_be_shared(run, tmp_path: Path) -> None:  # noqa: ANN001
    a = tmp_path / "a"
    Vault.create(a, PASS)[0].lock()
    with Vault.open(a, PASS) as vault:
        entry = vault.journal.save(occurred_at=WHEN, checkin_note="private")
    code, _, _ = run(a, "share", entry.id, "--to", "Nobody", "--out", tmp_path / "x.age")
    assert code == 1 and not (tmp_path / "x.age").exists()


def test_a_passphrase_bundle_when_keys_were_never_exchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for directory in (a, b):
        Vault.create(directory, PASS)[0].lock()
    with Vault.open(a, PASS) as vault:
        log_id = vault.logs.save(occurred_at=WHEN, title="pair visit").id

    def run(vault: Path, stdin: str, *args: str | Path) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main([*(str(x) for x in args), "--vault", str(vault), "--passphrase-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    bundle = tmp_path / "p.age"
    assert run(a, PASS + "\nshort\n", "share", log_id, "--with-passphrase", "--out", bundle)[0] == 1
    assert not bundle.exists()
    assert (
        run(
            a, PASS + "\norange kite river\n", "share", log_id, "--with-passphrase", "--out", bundle
        )[0]
        == 0
    )
    code, _, err = run(b, PASS + "\nwrong words here\n", "receive", bundle)
    assert code == 4 and "did not open the bundle" in err
    code, out, _ = run(b, PASS + "\norange kite river\n", "receive", bundle)
    assert code == 0 and "NOT verified" in out and "1 added" in out
