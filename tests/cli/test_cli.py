"""``fieldsafe-cli``, run in-process (so the fast-KDF fixture applies) with a
scripted stdin. Every error case also checks that no record text reached
stdout or stderr, and that errors are one line without a traceback."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldsafe import cli
from fieldsafe.core.interchange import FORMAT
from fieldsafe.vault import Vault
from fieldsafe.vault.layout import DB_FILE, KEY_FILE
from tests.leaks import new_canary

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
PASS = "correct horse battery staple ✓"
CANARY = new_canary()


@dataclass
class Run:
    code: int
    out: str
    err: str

    def one_line_error(self) -> str:
        lines = self.err.strip().splitlines()
        assert len(lines) == 1, self.err
        assert "Traceback" not in self.err
        assert CANARY not in self.out and CANARY not in self.err
        return lines[0]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    def invoke(*args: str | Path, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return invoke


def snapshot(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def make_vault(directory: Path, *titles: str) -> str:
    """A vault holding a canary log plus ``titles``; returns its recovery code."""
    vault, code = Vault.create(directory, PASS)
    with vault:
        vault.logs.save(occurred_at=WHEN, title=f"canary {CANARY}", body=f"body {CANARY}")
        for title in titles:
            vault.logs.save(occurred_at=WHEN, title=title, body=f"about {title}")
    return code


def records_of(directory: Path) -> list[Any]:
    with Vault.open(directory, PASS) as vault:
        return list(vault.iter_records())


def interchange(*records: dict[str, Any]) -> str:
    return json.dumps(
        {"format": FORMAT, "version": 1, "records": list(records)}, indent=2, ensure_ascii=False
    )


def log_record(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "kind": "outreach_log",
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "created_at": "2026-03-04T18:00:00Z",
        "updated_at": "2026-03-04T18:00:00Z",
        "fields": {
            "occurred_at": "2026-03-04T17:30:00Z",
            "title": f"imported {n} {CANARY}",
            "body": CANARY,
        }
        | fields,
    }


# -- init ------------------------------------------------------------------------


def test_init_prints_the_recovery_code_and_it_opens_the_vault(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    result = run("--vault", target, "--passphrase-stdin", "init", stdin=f"{PASS}\n")
    assert result.code == 0, result.err
    assert "write this recovery code down" in result.out.lower()
    code = next(line.strip() for line in result.out.splitlines() if line.count("-") == 4)
    Vault.open(target, code).lock()
    Vault.open(target, PASS).lock()
    assert stat.S_IMODE(os.stat(target / KEY_FILE).st_mode) == 0o600


def test_init_uses_the_default_vault_and_options_after_the_command(
    run: Any, vault_dir: Path
) -> None:
    result = run("init", "--passphrase-stdin", stdin=f"{PASS}\n")
    assert result.code == 0, result.err
    Vault.open(vault_dir, PASS).lock()


def test_init_on_an_existing_vault_changes_nothing(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    make_vault(target)
    before = snapshot(target)
    result = run("--vault", target, "--passphrase-stdin", "init", stdin="another\n")
    assert result.code == 1
    assert "already" in result.one_line_error()
    assert snapshot(target) == before


def test_init_asks_twice_at_the_terminal(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PASS, PASS + " typo"])
    monkeypatch.setattr(cli, "_terminal_available", lambda: True)
    monkeypatch.setattr(cli.getpass, "getpass", lambda prompt="": next(answers))
    result = run("--vault", tmp_path / "v", "init")
    assert result.code == 1 and "differ" in result.one_line_error()
    assert not (tmp_path / "v").exists()
    answers = iter([PASS, PASS])
    assert run("--vault", tmp_path / "v", "init").code == 0
    Vault.open(tmp_path / "v", PASS).lock()


def test_no_terminal_and_no_stdin_option_is_a_usage_error(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "_terminal_available", lambda: False)
    result = run("--vault", tmp_path / "v", "init", stdin=f"{PASS}\n")
    assert result.code == 64 and "--passphrase-stdin" in result.err
    assert not (tmp_path / "v").exists()


def test_empty_new_passphrase_is_refused(run: Any, tmp_path: Path) -> None:
    result = run("--vault", tmp_path / "v", "--passphrase-stdin", "init", stdin="\n")
    assert result.code == 1
    assert not (tmp_path / "v").exists()


def test_missing_passphrase_line_is_a_usage_error(run: Any, tmp_path: Path) -> None:
    result = run("--vault", tmp_path / "v", "--passphrase-stdin", "init", stdin="")
    assert result.code == 64
    assert not (tmp_path / "v").exists()


# -- opening: wrong passphrase, damage, nothing there ---------------------------


def test_wrong_passphrase_exits_2(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    make_vault(target)
    before = snapshot(target)
    result = run("--vault", target, "--passphrase-stdin", "verify", stdin="not it\n")
    assert result.code == 2
    assert "passphrase" in result.one_line_error()
    assert snapshot(target) == before


def test_verify_ok_and_by_recovery_code(run: Any, tmp_path: Path) -> None:
    code = make_vault(tmp_path / "v", "one", "two")
    result = run(
        "--vault", tmp_path / "v", "--passphrase-stdin", "verify", stdin=f"{code.lower()}\n"
    )
    assert result.code == 0, result.err
    assert "3 records" in result.out


def test_missing_vault_exits_3_without_asking(run: Any, tmp_path: Path) -> None:
    result = run("--vault", tmp_path / "nothing", "--passphrase-stdin", "verify", stdin="")
    assert result.code == 3
    result.one_line_error()
    assert not (tmp_path / "nothing").exists()


def test_damaged_or_missing_key_file_exits_3(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    make_vault(target)
    key = target / KEY_FILE
    key.write_bytes(key.read_bytes()[:50])
    before = snapshot(target)
    result = run("--vault", target, "--passphrase-stdin", "verify", stdin=f"{PASS}\n")
    assert result.code == 3
    assert "key file" in result.one_line_error()
    assert snapshot(target) == before
    key.unlink()
    result = run("--vault", target, "--passphrase-stdin", "verify", stdin=f"{PASS}\n")
    assert result.code == 3
    result.one_line_error()


def test_flipped_database_byte_exits_3(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    make_vault(target)
    with Vault.open(target, PASS) as vault:
        for n in range(40):
            vault.logs.save(occurred_at=WHEN, title=f"log {n}", body="words " * 200)
    db = target / DB_FILE
    data = bytearray(db.read_bytes())
    assert len(data) > 4 * 4096
    data[3 * 4096 + 1000] ^= 0x01
    db.write_bytes(bytes(data))
    before = snapshot(target)
    result = run("--vault", target, "--passphrase-stdin", "verify", stdin=f"{PASS}\n")
    assert result.code == 3
    assert "damaged" in result.one_line_error()
    assert snapshot(target) == before


# -- import / export ------------------------------------------------------------


def test_export_import_round_trip(run: Any, tmp_path: Path) -> None:
    source, copy, out = tmp_path / "a", tmp_path / "b", tmp_path / "export.json"
    make_vault(source, "Reunión en la estación", "لقاء في المقهى", "पहली मुलाकात", "在火车站见面")
    result = run("--vault", source, "--passphrase-stdin", "export", "--out", out, stdin=f"{PASS}\n")
    assert result.code == 0, result.err
    assert "NOT encrypted" in result.err
    assert "Exported 5 records" in result.out
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert run("--vault", copy, "--passphrase-stdin", "init", stdin=f"{PASS}\n").code == 0
    result = run("--vault", copy, "--passphrase-stdin", "import", out, stdin=f"{PASS}\n")
    assert result.code == 0, result.err
    assert "5 added" in result.out
    assert records_of(copy) == records_of(source)
    again = run("--vault", copy, "--passphrase-stdin", "import", out, stdin=f"{PASS}\n")
    assert again.code == 0 and "0 added, 0 updated, 5 already up to date" in again.out


def test_import_with_a_bad_record_imports_nothing(run: Any, tmp_path: Path) -> None:
    target, bad = tmp_path / "v", tmp_path / "bad.json"
    make_vault(target)
    before = records_of(target)
    bad.write_text(
        interchange(
            log_record(1), log_record(2), log_record(3, occurred_at="yesterday"), log_record(4)
        )
    )
    result = run("--vault", target, "--passphrase-stdin", "import", bad, stdin=f"{PASS}\n")
    assert result.code == 4
    line = result.one_line_error()
    assert "Record 3" in line and "occurred_at" in line
    assert records_of(target) == before


def test_import_of_invalid_json_names_the_line(run: Any, tmp_path: Path) -> None:
    target, bad = tmp_path / "v", tmp_path / "bad.json"
    make_vault(target)
    text = interchange(log_record(1), log_record(2))
    lines = text.splitlines()
    lines[12] = lines[12] + " oops"
    bad.write_text("\n".join(lines))
    result = run("--vault", target, "--passphrase-stdin", "import", bad, stdin=f"{PASS}\n")
    assert result.code == 4
    assert "Line 13" in result.one_line_error()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"[]",
        b'{"format": "fieldsafe-interchange", "version": 9, "records": []}',
        b"\xff\xfe{}",
    ],
)
def test_import_of_other_files_exits_4(run: Any, tmp_path: Path, content: bytes) -> None:
    target, bad = tmp_path / "v", tmp_path / "bad.json"
    make_vault(target)
    bad.write_bytes(content)
    result = run("--vault", target, "--passphrase-stdin", "import", bad, stdin=f"{PASS}\n")
    assert result.code == 4
    result.one_line_error()


def test_import_of_a_missing_file_exits_4(run: Any, tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    result = run(
        "--vault",
        tmp_path / "v",
        "--passphrase-stdin",
        "import",
        tmp_path / "no.json",
        stdin=f"{PASS}\n",
    )
    assert result.code == 4
    result.one_line_error()


def test_export_refuses_to_overwrite_without_force(run: Any, tmp_path: Path) -> None:
    target, out = tmp_path / "v", tmp_path / "export.json"
    make_vault(target)
    out.write_text("precious")
    result = run("--vault", target, "--passphrase-stdin", "export", "--out", out, stdin=f"{PASS}\n")
    assert result.code == 1
    assert "never overwrites" in result.one_line_error()
    assert out.read_text() == "precious"
    result = run(
        "--vault",
        target,
        "--passphrase-stdin",
        "export",
        "--out",
        out,
        "--force",
        stdin=f"{PASS}\n",
    )
    assert result.code == 0, result.err
    assert json.loads(out.read_text())["format"] == FORMAT


def test_export_of_an_unknown_kind_is_a_usage_error(run: Any, tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    result = run(
        "--vault",
        tmp_path / "v",
        "--passphrase-stdin",
        "export",
        "--out",
        tmp_path / "o.json",
        "--kind",
        "diary",
        stdin=f"{PASS}\n",
    )
    assert result.code == 64
    assert not (tmp_path / "o.json").exists()


def test_export_of_one_kind(run: Any, tmp_path: Path) -> None:
    make_vault(tmp_path / "v", "one")
    out = tmp_path / "o.json"
    result = run(
        "--vault",
        tmp_path / "v",
        "--passphrase-stdin",
        "export",
        "--out",
        out,
        "--kind",
        "outreach_log",
        stdin=f"{PASS}\n",
    )
    assert result.code == 0, result.err
    assert len(json.loads(out.read_text())["records"]) == 2


# -- search -----------------------------------------------------------------------


def test_search_prints_hits(run: Any, tmp_path: Path) -> None:
    make_vault(tmp_path / "v", "Reunión en la estación", "Street outreach")
    result = run(
        "--vault", tmp_path / "v", "--passphrase-stdin", "search", "reunion", stdin=f"{PASS}\n"
    )
    assert result.code == 0, result.err
    assert "Reunión en la estación" in result.out
    assert "Street outreach" not in result.out


def test_search_json_is_parseable(run: Any, tmp_path: Path) -> None:
    make_vault(tmp_path / "v", "Reunión en la estación", "Reunión otra vez", "Street outreach")
    result = run(
        "--vault",
        tmp_path / "v",
        "--passphrase-stdin",
        "search",
        "reunión",
        "--json",
        "--kind",
        "outreach_log",
        "--limit",
        "1",
        stdin=f"{PASS}\n",
    )
    assert result.code == 0, result.err
    hits = json.loads(result.out)
    assert len(hits) == 1
    assert set(hits[0]) == {"id", "kind", "occurred_at", "title", "snippet"}
    assert hits[0]["title"].startswith("Reunión")
    assert hits[0]["occurred_at"] == "2026-03-04T17:30:00Z"
    nothing = run(
        "--vault",
        tmp_path / "v",
        "--passphrase-stdin",
        "search",
        "absent",
        "--json",
        stdin=f"{PASS}\n",
    )
    assert nothing.code == 0 and json.loads(nothing.out) == []


def test_search_limit_must_be_positive(run: Any, tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    result = run(
        "--vault",
        tmp_path / "v",
        "--passphrase-stdin",
        "search",
        "x",
        "--limit",
        "0",
        stdin=f"{PASS}\n",
    )
    assert result.code == 64


# -- backup / restore -----------------------------------------------------------


def test_backup_and_restore_into_a_new_place(run: Any, tmp_path: Path) -> None:
    source, backup, restored = tmp_path / "v", tmp_path / "vault.backup", tmp_path / "restored"
    make_vault(source, "one", "two")
    result = run(
        "--vault", source, "--passphrase-stdin", "backup", "--out", backup, stdin=f"{PASS}\n"
    )
    assert result.code == 0, result.err
    assert CANARY.encode() not in backup.read_bytes()
    result = run("--passphrase-stdin", "restore", backup, "--vault", restored, stdin=f"{PASS}\n")
    assert result.code == 0, result.err
    assert records_of(restored) == records_of(source)


def test_backup_never_overwrites(run: Any, tmp_path: Path) -> None:
    make_vault(tmp_path / "v")
    out = tmp_path / "vault.backup"
    out.write_bytes(b"older backup")
    result = run(
        "--vault", tmp_path / "v", "--passphrase-stdin", "backup", "--out", out, stdin=f"{PASS}\n"
    )
    assert result.code == 1
    result.one_line_error()
    assert out.read_bytes() == b"older backup"


def test_restore_never_into_an_existing_vault(run: Any, tmp_path: Path) -> None:
    source, other, backup = tmp_path / "v", tmp_path / "w", tmp_path / "vault.backup"
    make_vault(source, "one")
    make_vault(other, "two")
    assert (
        run(
            "--vault", source, "--passphrase-stdin", "backup", "--out", backup, stdin=f"{PASS}\n"
        ).code
        == 0
    )
    before = snapshot(other)
    result = run("--vault", other, "--passphrase-stdin", "restore", backup, stdin=f"{PASS}\n")
    assert result.code == 1
    result.one_line_error()
    assert snapshot(other) == before


def test_restore_with_wrong_passphrase_or_bad_file(run: Any, tmp_path: Path) -> None:
    source, backup = tmp_path / "v", tmp_path / "vault.backup"
    make_vault(source)
    assert (
        run(
            "--vault", source, "--passphrase-stdin", "backup", "--out", backup, stdin=f"{PASS}\n"
        ).code
        == 0
    )
    result = run(
        "--vault", tmp_path / "r", "--passphrase-stdin", "restore", backup, stdin="wrong\n"
    )
    assert result.code == 2
    result.one_line_error()
    assert not (tmp_path / "r").exists()
    junk = tmp_path / "junk.backup"
    junk.write_bytes(b"not a backup at all")
    result = run(
        "--vault", tmp_path / "r", "--passphrase-stdin", "restore", junk, stdin=f"{PASS}\n"
    )
    assert result.code == 4
    result.one_line_error()
    assert not (tmp_path / "r").exists()


# -- passwd -----------------------------------------------------------------------


def test_passwd(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    code = make_vault(target)
    result = run("--vault", target, "--passphrase-stdin", "passwd", stdin=f"{PASS}\nnew phrase ✓\n")
    assert result.code == 0, result.err
    assert run("--vault", target, "--passphrase-stdin", "verify", stdin=f"{PASS}\n").code == 2
    assert run("--vault", target, "--passphrase-stdin", "verify", stdin="new phrase ✓\n").code == 0
    # By default the vault is re-encrypted: the old recovery code is replaced.
    assert run("--vault", target, "--passphrase-stdin", "verify", stdin=f"{code}\n").code == 2
    new_code = re.search(r"([0-9A-Z]{5}(?:-[0-9A-Z]{5}){4})", result.out)
    assert new_code, result.out
    verify = run("--vault", target, "--passphrase-stdin", "verify", stdin=f"{new_code[1]}\n")
    assert verify.code == 0


def test_passwd_keep_key_keeps_the_recovery_code(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    code = make_vault(target)
    result = run(
        "--vault", target, "--passphrase-stdin", "passwd", "--keep-key", stdin=f"{PASS}\nnew ✓\n"
    )
    assert result.code == 0, result.err
    assert "recovery code still does" in result.out
    assert run("--vault", target, "--passphrase-stdin", "verify", stdin="new ✓\n").code == 0
    assert run("--vault", target, "--passphrase-stdin", "verify", stdin=f"{code}\n").code == 0


def test_passwd_with_the_wrong_old_passphrase_changes_nothing(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    make_vault(target)
    before = snapshot(target)
    result = run("--vault", target, "--passphrase-stdin", "passwd", stdin="wrong\nnew phrase\n")
    assert result.code == 2
    result.one_line_error()
    assert snapshot(target) == before


# -- demo ---------------------------------------------------------------------------


def _titles(directory: Path) -> list[str]:
    return sorted(r.fields["title"] for r in records_of(directory) if r.kind == "outreach_log")


def _first_word(directory: Path, script: tuple[int, int]) -> str:
    for record in (r for r in records_of(directory) if r.kind == "outreach_log"):
        for word in record.fields["body"].split():
            word = word.strip("،,.;:।()")
            if len(word) >= 4 and all(script[0] <= ord(ch) <= script[1] for ch in word):
                return word
    raise AssertionError("no word in that script")


def test_demo_is_reproducible_and_multilingual(run: Any, tmp_path: Path) -> None:
    first, second = tmp_path / "d1", tmp_path / "d2"
    result = run(
        "--vault",
        first,
        "--passphrase-stdin",
        "demo",
        "--records",
        "200",
        "--seed",
        "7",
        stdin=f"{PASS}\n",
    )
    assert result.code == 0, result.err
    assert "recovery code" in result.out.lower() and "200" in result.out
    assert (
        run(
            "--vault",
            second,
            "--passphrase-stdin",
            "demo",
            "--records",
            "200",
            "--seed",
            "7",
            stdin=f"{PASS}\n",
        ).code
        == 0
    )
    assert len(_titles(first)) == 200
    assert _titles(first) == _titles(second)
    third = tmp_path / "d3"
    assert (
        run(
            "--vault",
            third,
            "--passphrase-stdin",
            "demo",
            "--records",
            "200",
            "--seed",
            "8",
            stdin=f"{PASS}\n",
        ).code
        == 0
    )
    assert _titles(third) != _titles(first)
    for script in ((0x0600, 0x06FF), (0x0900, 0x097F)):  # Arabic, Devanagari
        word = _first_word(first, script)
        found = run(
            "--vault", first, "--passphrase-stdin", "search", word, "--json", stdin=f"{PASS}\n"
        )
        assert found.code == 0, found.err
        assert json.loads(found.out), word


def test_demo_refuses_an_existing_vault(run: Any, tmp_path: Path) -> None:
    target = tmp_path / "v"
    make_vault(target)
    before = snapshot(target)
    result = run(
        "--vault", target, "--passphrase-stdin", "demo", "--records", "5", stdin=f"{PASS}\n"
    )
    assert result.code == 1
    result.one_line_error()
    assert snapshot(target) == before


@pytest.mark.parametrize("count", ["0", "-3", "many"])
def test_demo_needs_a_positive_count(run: Any, tmp_path: Path, count: str) -> None:
    result = run(
        "--vault",
        tmp_path / "v",
        "--passphrase-stdin",
        "demo",
        "--records",
        count,
        stdin=f"{PASS}\n",
    )
    assert result.code == 64
    assert not (tmp_path / "v").exists()


# -- usage and the last line of defence ------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["frobnicate"],
        ["verify", "--passphrase", "hunter2"],
        ["export"],
        ["search"],
        ["restore"],
    ],
)
def test_usage_errors_exit_64(run: Any, args: list[str]) -> None:
    result = run(*args)
    assert result.code == 64
    assert "hunter2" not in result.err
    assert "Traceback" not in result.err


def test_help_exits_0(run: Any) -> None:
    result = run("--help")
    assert result.code == 0
    assert "passwd" in result.out and "64 usage" in result.out


def test_unexpected_errors_are_one_generic_line(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault(tmp_path / "v")

    def explode(*_: object) -> int:
        raise RuntimeError(f"internal detail {CANARY}")

    monkeypatch.setattr(cli, "cmd_verify", explode)
    result = run("--vault", tmp_path / "v", "--passphrase-stdin", "verify", stdin=f"{PASS}\n")
    assert result.code == 1
    assert "RuntimeError" in result.one_line_error()


def test_error_output_never_holds_record_text(run: Any, tmp_path: Path) -> None:
    """A file full of canaries, broken in every way the CLI reports."""
    target = tmp_path / "v"
    make_vault(target)
    cases = [
        interchange(log_record(1), {"kind": "outreach_log", "id": CANARY, "fields": {}}),
        interchange(log_record(1), log_record(2, **{CANARY: CANARY})),
        interchange(log_record(1), log_record(2, occurred_at=CANARY)),
        interchange(log_record(1), {"kind": CANARY, "id": CANARY, "fields": CANARY}),
        interchange(log_record(1)).replace("imported 1", '"' + CANARY),
        interchange(log_record(1), log_record(1)),
    ]
    for number, text in enumerate(cases):
        path = tmp_path / f"case{number}.json"
        path.write_text(text)
        result = run("--vault", target, "--passphrase-stdin", "import", path, stdin=f"{PASS}\n")
        assert result.code == 4, (number, result.err)
        result.one_line_error()
    assert len(records_of(target)) == 1


# -- as a program -------------------------------------------------------------------


def _program(*args: str, stdin: str = "", home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, FIELDSAFE_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "fieldsafe.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    result = _program("--help", home=tmp_path)
    assert result.returncode == 0 and "fieldsafe-cli" in result.stdout
    result = _program(
        "--vault",
        str(tmp_path / "none"),
        "--passphrase-stdin",
        "verify",
        stdin="x\n",
        home=tmp_path,
    )
    assert result.returncode == 3
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    result = _program("verify", "--bogus", home=tmp_path)
    assert result.returncode == 64


def test_importing_the_cli_loads_neither_qt_nor_sqlcipher() -> None:
    code = (
        "import sys, fieldsafe.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'sqlcipher3')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
