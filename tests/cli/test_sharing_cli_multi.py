"""``fieldsafe-cli`` for the safety lead (issue 13): ``share`` with several
record ids and several ``--to``, ``receive`` of a bundle of several records
(an update shown field by field and confirmed first), ``colleague rename``,
and the safety number with each side's name above its own half."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fieldsafe import cli
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.vault import Vault
from tests.exchange.pair import introduce

PASS = "correct horse battery staple"
WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(vault: Path, *args: str | Path) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
        code = cli.main([*(str(a) for a in args), "--vault", str(vault), "--passphrase-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def team(tmp_path: Path) -> dict[str, Path]:
    """Amal, Bea, Cem and Dan: Amal has verified each of them, and they her."""
    folders = {name: tmp_path / name.lower() for name in ("Amal", "Bea", "Cem", "Dan")}
    for name, folder in folders.items():
        made, _ = Vault.create(folder, PASS)
        made.sharing.set_name(name)
        made.lock()
    with Vault.open(folders["Amal"], PASS) as amal:
        for name in ("Bea", "Cem", "Dan"):
            with Vault.open(folders[name], PASS) as other:
                introduce(amal, other)
    return folders


def safety_records(folder: Path) -> tuple[list[str], str, str]:
    """Two incidents, an assessment and a journal entry in ``folder``'s vault."""
    with Vault.open(folder, PASS) as vault:
        incidents = [
            vault.incidents.save(
                {"occurred_at": f"2026-03-0{day}T21:30:00Z", "title": f"followed ({day})"}
            ).id
            for day in (1, 2)
        ]
        assessment = vault.risks.save(new_assessment("street_outreach")).id
        entry = vault.journal.save(occurred_at=WHEN, checkin_note="mine alone").id
    return incidents, assessment, entry


def test_several_records_for_several_colleagues_in_one_bundle(
    run: Run, team: dict[str, Path], tmp_path: Path
) -> None:
    incidents, assessment, _entry = safety_records(team["Amal"])
    bundle = tmp_path / "for-the-safety-leads.age"
    code, out, _ = run(
        team["Amal"], "share", *incidents, assessment, "--to", "Bea", "--to", "Cem", "--out", bundle
    )
    assert code == 0, out
    assert "3 records" in out and "Bea" in out and "Cem" in out
    for name in ("Bea", "Cem"):
        code, out, _ = run(team[name], "receive", bundle)
        assert code == 0 and "From Amal (verified): 3 added" in out
        with Vault.open(team[name], PASS) as vault:
            assert {i.id for i in vault.incidents.find()} == set(incidents)
            assert vault.risks.get(assessment).title
    code, _, err = run(team["Dan"], "receive", bundle)  # verified, but not a recipient
    assert code == 4 and "encrypted for someone else" in err


def test_a_private_record_or_an_unverified_colleague_writes_nothing(
    run: Run, team: dict[str, Path], tmp_path: Path
) -> None:
    incidents, _assessment, entry = safety_records(team["Amal"])
    bundle = tmp_path / "x.age"
    code, _, _ = run(team["Amal"], "share", *incidents, entry, "--to", "Bea", "--out", bundle)
    assert code == 1 and not bundle.exists()
    with Vault.open(team["Amal"], PASS) as amal:
        amal.sharing.add_card(Vault.create(tmp_path / "eda", PASS)[0].sharing.identity().card())
    code, _, err = run(
        team["Amal"], "share", *incidents, "--to", "Bea", "--to", "FieldSafe", "--out", bundle
    )
    assert code == 1 and "FieldSafe is not verified" in err and not bundle.exists()
    code, _, err = run(team["Amal"], "share", "not-an-id", "--to", "Bea", "--out", bundle)
    assert code == 64 and not bundle.exists()
    code, _, err = run(team["Amal"], "share", *incidents, "--to", "Nobody", "--out", bundle)
    assert code == 1 and not bundle.exists()


def test_an_update_is_shown_field_by_field_and_confirmed_first(
    run: Run, team: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Vault.open(team["Amal"], PASS) as amal:
        plan_id, fields = amal.plans.save(
            {"starts_at": "2026-03-05T10:00:00Z", "location": "the café", "title": "Visit"}
        )
    first = tmp_path / "first.age"
    assert run(team["Amal"], "share", plan_id, "--to", "Bea", "--out", first)[0] == 0
    assert run(team["Bea"], "receive", first)[0] == 0
    with Vault.open(team["Amal"], PASS) as amal:
        amal.plans.save({**fields, "location": "the library"}, plan_id=plan_id)
    update = tmp_path / "update.age"
    assert run(team["Amal"], "share", plan_id, "--to", "Bea", "--out", update)[0] == 0

    # No terminal to ask: a script says --yes; nothing changed.
    monkeypatch.setattr(cli, "_terminal_available", lambda: False)
    code, out, err = run(team["Bea"], "receive", update)
    assert code == 64 and "--yes" in err
    assert "    Where do we meet? the café → the library" in out  # shown first
    # Asked, and answered no: nothing changed.
    monkeypatch.setattr(cli, "_terminal_available", lambda: True)
    asked: list[str] = []
    monkeypatch.setattr(cli, "_ask_terminal", lambda prompt: asked.append(prompt) or "n")
    code, out, err = run(team["Bea"], "receive", update)
    assert code == 1 and "Nothing was imported" in err and asked
    with Vault.open(team["Bea"], PASS) as bea:
        assert bea.plans.get(plan_id)["location"] == "the café"
    # --yes: imported after the changes were shown.
    code, out, _ = run(team["Bea"], "receive", update, "--yes")
    assert code == 0 and "1 updated" in out
    assert out.index("the café → the library") < out.index("1 updated")
    assert "“Visit”" in out  # which record the changes are in
    with Vault.open(team["Bea"], PASS) as bea:
        assert bea.plans.get(plan_id)["location"].startswith("the library")


def test_a_colleague_is_renamed_from_the_command_line(
    run: Run, team: dict[str, Path], tmp_path: Path
) -> None:
    code, out, _ = run(team["Amal"], "colleague", "rename", "bea", "Bea (north team)")
    assert code == 0 and "Bea (north team)" in out
    code, out, _ = run(team["Amal"], "colleague", "list")
    assert "Bea (north team)\tverified" in out
    code, _, err = run(team["Amal"], "colleague", "rename", "Bea (north team)", "CEM")
    assert code == 1 and "Cem" in err
    code, _, err = run(team["Amal"], "colleague", "rename", "Bea (north team)")
    assert code == 64
    incidents, _a, _e = safety_records(team["Amal"])
    bundle = tmp_path / "b.age"
    assert (
        run(team["Amal"], "share", *incidents, "--to", "Bea (north team)", "--out", bundle)[0] == 0
    )


def test_each_sides_name_stands_above_its_own_half(run: Run, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for folder, name in ((a, "Amal"), (b, "Bea")):
        made, _ = Vault.create(folder, PASS)
        made.sharing.set_name(name)
        made.sharing.identity().card()
        (tmp_path / f"{name}.card").write_text(made.sharing.identity().card().to_text())
        made.lock()
    _, at_amal, _ = run(a, "colleague", "add", tmp_path / "Bea.card")
    _, at_bea, _ = run(b, "colleague", "add", tmp_path / "Amal.card")
    half = re.compile(r"^\s+(\d{5} ){5}\d{5}$")

    def halves(out: str) -> list[tuple[str, str]]:
        lines = out.splitlines()
        return [
            (lines[i - 1].strip(), line.strip()) for i, line in enumerate(lines) if half.match(line)
        ]

    amal_sees, bea_sees = halves(at_amal), halves(at_bea)
    assert [d for _n, d in amal_sees] == [d for _n, d in bea_sees]  # the same on both screens
    assert len(amal_sees) == 2
    assert {n for n, _d in amal_sees} == {"Amal (you)", "Bea"}
    assert {n for n, _d in bea_sees} == {"Bea (you)", "Amal"}
    assert dict(amal_sees)["Amal (you)"] == dict(bea_sees)["Amal"]
