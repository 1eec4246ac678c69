"""Importing a file as it is read (``transfer.import_file``): one record in
memory at a time, written into one transaction, so a problem anywhere in the
file, the last byte included, leaves the vault as it was. Chunks are made
tiny here so every record crosses a chunk boundary."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.core import interchange
from fieldsafe.core.interchange import FORMAT
from fieldsafe.errors import BadInputFile, InvalidRecord
from fieldsafe.vault import Vault
from fieldsafe.vault.transfer import ImportResult, import_file


@pytest.fixture(autouse=True)
def tiny_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interchange, "CHUNK_BYTES", 7)


def log(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "kind": "outreach_log",
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "fields": {"occurred_at": "2026-03-04T17:30:00Z", "title": f"log {n}"} | fields,
    }


def data(*records: Any) -> bytes:
    doc = {"format": FORMAT, "version": 2, "records": list(records)}
    return json.dumps(doc, indent=2, ensure_ascii=False).encode()


def titles(vault: Vault) -> dict[str, str]:
    return {r.id: r.fields["title"] for r in vault.iter_records()}


def test_a_file_is_imported_as_it_is_read(vault: Vault, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(data(*(log(n, body="Reunión — لقاء " * n) for n in range(30))))
    assert vault.import_file(path) == ImportResult(added=30, updated=0)
    assert len(titles(vault)) == 30
    with open(path, "rb") as source:  # twice: harmless, and the staging table is gone
        assert vault.import_file(source) == ImportResult(added=0, updated=0, unchanged=30)


@pytest.mark.parametrize(
    ("last", "problem"),
    [
        (data(log(1, title="changed"), log(2), log(3, occurred_at="soon")), InvalidRecord),
        (data(log(1, title="changed"), log(2), log(3))[:-4], BadInputFile),  # cut short
        (data(log(1, title="changed"), log(2), log(2)), InvalidRecord),  # an id twice
        (data(log(1, title="changed"), log(2)) + b"\xff", BadInputFile),  # a bad last byte
    ],
)
def test_a_problem_at_the_very_end_writes_nothing(
    vault: Vault, last: bytes, problem: type[Exception]
) -> None:
    assert import_file(vault, io.BytesIO(data(log(1)))) == ImportResult(added=1, updated=0)
    before = titles(vault)
    with pytest.raises(problem):
        import_file(vault, io.BytesIO(last))
    assert titles(vault) == before
    # The failed import's staging table went with its transaction.
    assert import_file(vault, io.BytesIO(data(log(2)))) == ImportResult(added=1, updated=0)


def test_the_files_own_problems_are_said_before_the_vaults(vault: Vault) -> None:
    """As when the whole file was checked before anything was written: an id
    the vault holds for another kind (found only by writing) is said only if
    the file itself is sound."""
    plan_id, _ = vault.plans.save({"starts_at": "2026-11-02T10:00:00Z", "location": "office"})
    clash = log(0) | {"id": plan_id}
    with pytest.raises(InvalidRecord) as caught:
        import_file(vault, io.BytesIO(data(clash, log(1), log(2, occurred_at="soon"))))
    assert (caught.value.index, caught.value.field) == (2, "occurred_at")
    with pytest.raises(BadInputFile) as broken:
        import_file(vault, io.BytesIO(data(clash, log(1))[:-2]))
    assert broken.value.reason == "not_json"
    with pytest.raises(InvalidRecord) as caught:
        import_file(vault, io.BytesIO(data(log(1), clash, log(2))))
    assert (caught.value.index, caught.value.reason) == (1, "kind_mismatch")
    assert set(titles(vault)) == {plan_id}


def test_a_file_that_is_not_interchange_writes_nothing_even_after_records(
    vault: Vault,
) -> None:
    """The top-level names may come after the records."""
    text = json.dumps({"records": [log(1), log(2)], "format": FORMAT, "version": 99})
    with pytest.raises(BadInputFile) as caught:
        import_file(vault, io.BytesIO(text.encode()))
    assert caught.value.reason == "unsupported_version"
    assert titles(vault) == {}
