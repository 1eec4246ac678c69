"""``fieldsafe-cli`` with incidents and risk assessments: import, export
by kind, search by kind, delete, demo and the de-identified report."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldsafe import cli
from fieldsafe.core.interchange import FORMAT, read_interchange
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.vault import Vault
from tests.leaks import new_canary

PASS = "correct horse battery staple ✓"
CANARY = new_canary()
IDS = (
    "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
    "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12",
    "2d9e3b2a-7d9a-4c75-9c5a-2b8b4c3dbe23",
)


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
    def invoke(*args: str | Path, stdin: str = f"{PASS}\n") -> Run:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return Run(code, out, err)

    return invoke


def interchange(*records: dict[str, Any]) -> str:
    return json.dumps(
        {"format": FORMAT, "version": 2, "records": list(records)}, ensure_ascii=False
    )


def incident(index: int, **fields: Any) -> dict[str, Any]:
    return {
        "kind": "incident",
        "id": IDS[index],
        "fields": {"occurred_at": "2026-03-04T21:30:00Z", **fields},
    }


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "v"
    vault, _ = Vault.create(directory, PASS)
    vault.lock()
    return directory


def test_import_export_by_kind_and_search_by_kind(
    run: Any, vault_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    assessment = {
        "kind": "risk_assessment",
        "id": IDS[2],
        "fields": {**new_assessment("online_outreach"), "objective": "قناة آمنة للتواصل"},
    }
    source.write_text(
        interchange(
            incident(0, title="Photographed in the harbour", type="surveillance_or_following"),
            incident(1, what_happened="رسائل تهديد على هاتف العمل", type="digital"),
            assessment,
        ),
        encoding="utf-8",
    )
    v = ("--vault", vault_dir, "--passphrase-stdin")
    imported = run(*v, "import", source)
    assert imported.code == 0, imported.err
    assert "3 added" in imported.out

    out = tmp_path / "incidents.json"
    exported = run(*v, "export", "--out", out, "--kind", "incident")
    assert exported.code == 0, exported.err
    assert "NOT encrypted" in exported.err and "Exported 2 records." in exported.out
    assert [r.id for r in read_interchange(out)] == list(IDS[:2])
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600
    both = tmp_path / "both.json"
    assert (
        run(*v, "export", "--out", both, "--kind", "incident", "--kind", "risk_assessment").code
        == 0
    )
    assert {r.kind for r in read_interchange(both)} == {"incident", "risk_assessment"}

    found = run(*v, "search", "تهديد", "--json")
    assert found.code == 0, found.err
    assert [(h["kind"], h["id"]) for h in json.loads(found.out)] == [("incident", IDS[1])]
    only = run(*v, "search", "قناة", "--kind", "risk_assessment", "--json")
    assert [(h["kind"], h["id"]) for h in json.loads(only.out)] == [("risk_assessment", IDS[2])]
    assert json.loads(run(*v, "search", "قناة", "--kind", "incident", "--json").out) == []
    listed = run(*v, "search", "harbour", "--kind", "incident")
    assert "incident" in listed.out and IDS[0] in listed.out


def test_a_bad_incident_in_the_file_imports_nothing_and_says_where(
    run: Any, vault_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "in.json"
    source.write_text(
        interchange(
            incident(0, title=CANARY),
            incident(1, type="burglary", what_happened=CANARY),
        ),
        encoding="utf-8",
    )
    result = run("--vault", vault_dir, "--passphrase-stdin", "import", source)
    assert result.code == 4
    line = result.one_line_error()
    assert "Record 2" in line and "type" in line
    with Vault.open(vault_dir, PASS) as vault:
        assert vault.count() == 0


def test_delete_names_the_new_kinds(run: Any, vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASS) as vault:
        made = vault.incidents.save({"occurred_at": "2026-03-04T21:30:00Z", "title": CANARY})
        assessment = vault.risks.save(new_assessment("street_outreach"))
    first = run("--vault", vault_dir, "--passphrase-stdin", "delete", made.id, "--yes")
    assert first.code == 0 and "Deleted the incident" in first.out
    second = run("--vault", vault_dir, "--passphrase-stdin", "delete", assessment.id, "--yes")
    assert second.code == 0 and "Deleted the risk assessment" in second.out
    with Vault.open(vault_dir, PASS) as vault:
        assert vault.count() == 0


def test_demo_creates_incidents_and_assessments_reproducibly(run: Any, tmp_path: Path) -> None:
    made = []
    for name in ("a", "b"):
        result = run(
            "--vault", tmp_path / name, "--passphrase-stdin", "demo", "--records", "30",
            "--incidents", "20", "--seed", "4",
        )  # fmt: skip
        assert result.code == 0, result.err
        assert "Added 5 fictional risk assessments and 20 fictional incidents." in result.out
        with Vault.open(tmp_path / name, PASS) as vault:
            assert vault.count("incident") == 20 and vault.count("risk_assessment") == 5
            made.append(
                sorted(
                    (r.id, r.fields["title"])
                    for r in vault.iter_records(kinds=["incident", "risk_assessment"])
                )
            )
            assert any(i.fields["logs"] for i in vault.incidents.find())
    assert made[0] == made[1]
    none = run(
        "--vault", tmp_path / "c", "--passphrase-stdin", "demo", "--records", "3",
        "--incidents", "0",
    )  # fmt: skip
    assert none.code == 0 and "0 fictional incidents" in none.out
    bad = run("--vault", tmp_path / "d", "demo", "--records", "3", "--incidents", "-1")
    assert bad.code == 64 and not (tmp_path / "d").exists()


def test_report_writes_the_de_identified_summary(run: Any, vault_dir: Path, tmp_path: Path) -> None:
    with Vault.open(vault_dir, PASS) as vault:
        for day in ("03", "04", "05", "06"):
            vault.incidents.save(
                {
                    "occurred_at": f"2026-03-{day}T12:00:00Z",
                    "type": "verbal",
                    "area": "Riverside",
                    "title": CANARY,
                    "actors_note": CANARY,
                }
            )
        for day in ("07", "08", "09"):
            vault.incidents.save(
                {"occurred_at": f"2026-04-{day}T12:00:00Z", "type": "digital", "area": "North"}
            )
        vault.incidents.save({"occurred_at": "2026-05-01T12:00:00Z", "area": CANARY})
    out = tmp_path / "summary.csv"
    v = ("--vault", vault_dir, "--passphrase-stdin")
    result = run(*v, "report", "--out", out)
    assert result.code == 0, result.err
    assert "NOT encrypted" in result.err and "Summary written: 8 incidents." in result.out
    text = out.read_text(encoding="utf-8-sig")
    assert CANARY not in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "value", "incidents"]
    assert ["in all", "incidents", "8"] in rows
    assert ["type", "verbal", "4"] in rows
    assert ["area", "other areas (each under 3)", "<3"] in rows
    assert ["setting", "not given", "8"] in rows
    if os.name == "posix":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600

    refused = run(*v, "report", "--out", out)
    assert refused.code == 1 and refused.one_line_error()
    again = run(*v, "report", "--out", out, "--from", "2026-03-01", "--to", "2026-03-31", "--force")
    assert again.code == 0, again.err
    assert "Summary written: 4 incidents." in again.out
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert ["month", "2026-03", "4"] in rows and not any(r[1] == "2026-04" for r in rows)
    few = run(*v, "report", "--out", out, "--from", "2026-05-01", "--force")
    assert "fewer than 3 incidents" in few.out
    empty = run(*v, "report", "--out", out, "--from", "2027-01-01", "--force")
    assert "no incidents" in empty.out


@pytest.mark.parametrize(
    "args",
    [
        ("report", "--out", "summary.pdf"),
        ("report", "--out", "summary.csv", "--from", "1 March"),
        ("report", "--out", "summary.csv", "--from", "2026-03-05", "--to", "2026-03-01"),
        ("report", "--out", "summary.csv", "--to", "2026-02-30"),
        ("export", "--out", "x.json", "--kind", "incidents"),
    ],
)
def test_report_usage_errors(
    run: Any,
    vault_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("--vault", vault_dir, "--passphrase-stdin", *args)
    assert result.code == 64
    assert not (tmp_path / "summary.csv").exists() and not (tmp_path / "summary.pdf").exists()


def test_the_kind_names_are_offered(run: Any) -> None:
    result = run("export", "--help")
    assert "incident" in result.out and "risk_assessment" in result.out
