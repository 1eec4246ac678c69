"""``fieldsafe-cli backup-schedule``: show, set (``--folder``,
``--every-hours``), ``--off``, ``--run`` (only when due) and ``--run --now``;
the backup written restores with the passphrase; errors are one line."""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

from fieldsafe import cli
from fieldsafe.vault import Vault
from tests.cli.test_cli import CANARY, PASS, Run, make_vault

STDIN = PASS + "\n"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    def invoke(*args: str | Path, stdin: str = "") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return invoke


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    directory = tmp_path / "vault"
    make_vault(directory, "Outreach at the station")
    return directory


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shared = tmp_path / "team folder"
    shared.mkdir()
    return shared


def _cmd(vault_path: Path, *args: str | Path) -> list[str | Path]:
    return ["backup-schedule", "--vault", vault_path, "--passphrase-stdin", *args]


def _backups(folder: Path) -> list[Path]:
    return sorted((folder / "backups").glob("*.fieldsafe-backup"))


def test_off_until_set(run: Any, vault_path: Path) -> None:
    result = run(*_cmd(vault_path), stdin=STDIN)
    assert result.code == 0, result.err
    assert "Backups on a schedule: off." in result.out


def test_set_show_run_when_due_and_run_now(
    run: Any, vault_path: Path, folder: Path, tmp_path: Path
) -> None:
    result = run(*_cmd(vault_path, "--folder", folder, "--every-hours", "168"), stdin=STDIN)
    assert result.code == 0, result.err
    assert f"Folder: {folder}" in result.out and "How often: every week" in result.out
    assert "Last backup: none yet" in result.out
    assert _backups(folder) == []  # setting it writes nothing yet

    result = run(*_cmd(vault_path, "--run"), stdin=STDIN)
    assert result.code == 0, result.err
    assert "Encrypted backup written" in result.out and "Next due:" in result.out
    (first,) = _backups(folder)
    assert CANARY.encode() not in first.read_bytes()

    result = run(*_cmd(vault_path, "--run"), stdin=STDIN)  # not due for a week
    assert result.code == 0, result.err
    assert "No backup was due" in result.out
    assert _backups(folder) == [first]

    result = run(*_cmd(vault_path, "--run", "--now"), stdin=STDIN)
    assert result.code == 0, result.err
    assert len(_backups(folder)) == 2

    # Only the hours: the folder stays.
    result = run(*_cmd(vault_path, "--every-hours", "24"), stdin=STDIN)
    assert result.code == 0 and "How often: every day" in result.out
    assert f"Folder: {folder}" in result.out

    newest = max(_backups(folder), key=lambda p: p.stat().st_mtime_ns)
    Vault.restore(newest, tmp_path / "restored", PASS)
    with Vault.open(tmp_path / "restored", PASS) as restored:
        assert [s.title for s in restored.logs.page()].count("Outreach at the station") == 1

    result = run(*_cmd(vault_path, "--off"), stdin=STDIN)
    assert result.code == 0 and "off" in result.out
    assert len(_backups(folder)) == 2  # the backups stay
    assert "Backups on a schedule: off." in run(*_cmd(vault_path), stdin=STDIN).out


def test_a_missing_folder_is_one_calm_line(run: Any, vault_path: Path, tmp_path: Path) -> None:
    result = run(*_cmd(vault_path, "--folder", tmp_path / "not there"), stdin=STDIN)
    assert result.code == 1
    assert "The folder is not there" in result.one_line_error()
    assert "Backups on a schedule: off." in run(*_cmd(vault_path), stdin=STDIN).out


def test_the_folder_gone_when_running(run: Any, vault_path: Path, folder: Path) -> None:
    assert run(*_cmd(vault_path, "--folder", folder), stdin=STDIN).code == 0
    folder.rmdir()
    result = run(*_cmd(vault_path, "--run"), stdin=STDIN)
    assert result.code == 1
    assert "The folder is not there" in result.one_line_error()


@pytest.mark.parametrize(
    "args",
    [
        ("--off", "--run"),
        ("--off", "--every-hours", "24"),
        ("--now",),
        ("--every-hours", "0"),
        ("--every-hours", "9000"),
        ("--every-hours", "daily"),
    ],
)
def test_usage_errors(run: Any, vault_path: Path, args: tuple[str, ...]) -> None:
    result = run(*_cmd(vault_path, *args), stdin=STDIN)
    assert result.code == 64
    assert "error:" in result.err and "Traceback" not in result.err


def test_hours_or_run_need_a_folder_first(run: Any, vault_path: Path) -> None:
    for args in (("--every-hours", "24"), ("--run",)):
        result = run(*_cmd(vault_path, *args), stdin=STDIN)
        assert result.code == 64 and "--folder" in result.err
