"""Hostile input (found in review; each failed before its fix): impossible
dates in an import, control characters in record text, terminal escapes in
what the CLI prints."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from fieldsafe.errors import InvalidRecord
from fieldsafe.vault import Vault

WHEN = datetime(2026, 7, 7, 7, 7, tzinfo=UTC)


def test_year_9999_import_is_invalid_record() -> None:
    from fieldsafe.core.interchange import parse_interchange

    doc = {
        "format": "fieldsafe-interchange",
        "version": 1,
        "records": [
            {
                "kind": "outreach_log",
                "id": "6f1c2a4e-0000-4000-8000-000000000001",
                "fields": {"occurred_at": "9999-06-01T00:00:00Z"},
            }
        ],
    }
    with pytest.raises(InvalidRecord):
        parse_interchange(json.dumps(doc))


@pytest.mark.parametrize("title", ["meeting \x1b]0;owned\x07", "two\nlines", "bell\x07"])
def test_control_characters_are_refused(vault: Vault, title: str) -> None:
    with pytest.raises(InvalidRecord) as info:
        vault.logs.save(occurred_at=WHEN, title=title)
    assert info.value.reason == "control_character"
    vault.logs.save(occurred_at=WHEN, title="fine", body="line one\nline two\ttabbed")


def test_cli_never_prints_terminal_escapes() -> None:
    from fieldsafe.cli import _printable

    assert "\x1b" not in _printable("meeting \x1b]52;c;aGk=\x07") and "\x07" not in _printable(
        "\x07"
    )
