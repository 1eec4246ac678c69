"""The interchange format: strict parsing of untrusted files, and a writer
whose output parses back to the same records."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldsafe.core.interchange import (
    FORMAT,
    VERSION,
    InterchangeRecord,
    parse_interchange,
    read_interchange,
    write_interchange,
)
from fieldsafe.core.records import MAX_TITLE, OUTREACH_LOG
from fieldsafe.errors import BadInputFile, InvalidRecord
from tests.leaks import new_canary

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
IDS = [
    "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
    "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12",
    "2d9e3b2a-7d9a-4c75-9c5a-2b8b4c3dbe23",
]


def record(index: int = 0, **fields: Any) -> dict[str, Any]:
    return {
        "kind": "outreach_log",
        "id": IDS[index],
        "created_at": "2026-03-04T18:00:00Z",
        "updated_at": "2026-03-04T18:05:00Z",
        "fields": {"occurred_at": "2026-03-04T17:30:00Z", "title": f"log {index}", "body": "text"}
        | fields,
    }


def document(*records: Any, **top: Any) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": 1,
        "exported_at": "2026-03-05T08:00:00Z",
        "records": list(records),
    } | top


def dumps(doc: Any) -> bytes:
    return json.dumps(doc, indent=2).encode("utf-8")  # \u escapes can carry lone surrogates


def bad_input(data: bytes | str) -> BadInputFile:
    with pytest.raises(BadInputFile) as caught:
        parse_interchange(data)
    return caught.value


def invalid(data: bytes | str) -> InvalidRecord:
    with pytest.raises(InvalidRecord) as caught:
        parse_interchange(data)
    return caught.value


# -- accepted input -------------------------------------------------------------


def test_parses_a_valid_file() -> None:
    records = parse_interchange(dumps(document(record(0), record(1))))
    assert [r.id for r in records] == IDS[:2]
    first = records[0]
    assert first.kind == "outreach_log"
    assert first.fields == OUTREACH_LOG.validate(
        {"occurred_at": "2026-03-04T17:30:00Z", "title": "log 0", "body": "text"}
    )
    assert first.fields["person_codes"] == [] and first.fields["duration_minutes"] is None
    assert (first.created_at, first.updated_at) == ("2026-03-04T18:00:00Z", "2026-03-04T18:05:00Z")


def test_normalises_times_and_ids_and_fills_optional_fields() -> None:
    raw = record(0, occurred_at="2026-03-04T19:30:00+02:00")
    raw["id"] = IDS[0].upper()
    del raw["created_at"], raw["updated_at"]
    del raw["fields"]["title"], raw["fields"]["body"]
    (parsed,) = parse_interchange(dumps(document(raw)))
    assert parsed.id == IDS[0]
    assert parsed.fields == OUTREACH_LOG.validate({"occurred_at": "2026-03-04T17:30:00Z"})
    assert parsed.fields["title"] == "" and parsed.fields["tags"] == []
    assert parsed.created_at is None and parsed.updated_at is None


def test_accepts_text_with_a_byte_order_mark_and_str_input() -> None:
    data = dumps(document(record(0)))
    assert parse_interchange(b"\xef\xbb\xbf" + data) == parse_interchange(data.decode())


def test_empty_record_list_and_missing_exported_at() -> None:
    doc = document()
    del doc["exported_at"]
    assert parse_interchange(dumps(doc)) == []


# -- the writer -----------------------------------------------------------------

MULTILINGUAL = (
    'Reunión; لقاء في المقهى; Встреча; मुलाकात; พบกันที่ตลาด; 在火车站见面 "quoted" \\ \n- list'
)


def test_writer_round_trip() -> None:
    records = [
        InterchangeRecord(
            "outreach_log",
            IDS[0],
            OUTREACH_LOG.validate(
                {"occurred_at": "2026-03-04T17:30:00Z", "title": "a", "body": MULTILINGUAL}
            ),
            "2026-03-04T18:00:00Z",
            "2026-03-04T18:00:00Z",
        ),
        InterchangeRecord(
            "outreach_log", IDS[1], OUTREACH_LOG.validate({"occurred_at": "2026-03-05T17:30:00Z"})
        ),
    ]
    out = io.BytesIO()
    assert write_interchange(out, records, exported_at=WHEN) == 2
    data = out.getvalue()
    doc = json.loads(data)
    assert (
        doc["format"] == FORMAT
        and doc["version"] == VERSION
        and doc["exported_at"] == "2026-03-04T17:30:00Z"
    )
    assert "Reunión" in data.decode("utf-8")  # UTF-8, not \u escapes: readable
    assert parse_interchange(data) == records


def test_writer_with_no_records() -> None:
    out = io.BytesIO()
    assert write_interchange(out, [], exported_at=WHEN) == 0
    assert json.loads(out.getvalue())["records"] == []
    assert parse_interchange(out.getvalue()) == []


# -- the file as a whole --------------------------------------------------------


def test_not_json_names_the_line() -> None:
    text = '{\n  "format": "fieldsafe-interchange",\n  "version": 1,\n  "records": [,]\n}\n'
    error = bad_input(text.encode())
    assert (error.reason, error.line) == ("not_json", 4)


def test_not_utf8_names_the_line() -> None:
    data = dumps(document(record(0))).replace(b"log 0", b"log \xff")
    error = bad_input(data)
    assert error.reason == "not_utf8"
    assert error.line == data[: data.index(b"\xff")].count(b"\n") + 1


@pytest.mark.parametrize(
    "doc",
    [
        [],
        "fieldsafe-interchange",
        {"format": "something-else", "version": 1, "records": []},
        {"version": 1, "records": []},
        {"format": FORMAT, "records": []},
        {"format": FORMAT, "version": "1", "records": []},
        {"format": FORMAT, "version": True, "records": []},
        {"format": FORMAT, "version": 0, "records": []},
        {"format": FORMAT, "version": 1},
        {"format": FORMAT, "version": 1, "records": {}},
        {"format": FORMAT, "version": 1, "records": [], "extra": 1},
        {"format": FORMAT, "version": 1, "records": [], "exported_at": "yesterday"},
    ],
)
def test_not_interchange(doc: Any) -> None:
    assert bad_input(dumps(doc)).reason == "not_interchange"


def test_newer_version_is_refused() -> None:
    assert bad_input(dumps(document(version=VERSION + 1))).reason == "unsupported_version"


@pytest.mark.parametrize(
    "text",
    [
        '{"format": "fieldsafe-interchange", "version": NaN, "records": []}',
        '{"format": "fieldsafe-interchange", "version": ' + "9" * 5000 + ', "records": []}',
        "",
        "   ",
    ],
)
def test_json_that_python_would_bend(text: str) -> None:
    assert bad_input(text).reason == "not_json"


def test_repeated_names_are_refused() -> None:
    text = '{"format": "fieldsafe-interchange", "version": 1, "version": 1, "records": []}'
    assert bad_input(text).reason == "repeated_name"


def test_deep_nesting_is_refused_without_crashing() -> None:
    text = (
        '{"format": "fieldsafe-interchange", "version": 1, "records": '
        + "[" * 100_000
        + "]" * 100_000
        + "}"
    )
    assert bad_input(text).reason in {"not_interchange", "not_json"}


def test_read_interchange_file_errors(tmp_path: Path) -> None:
    with pytest.raises(BadInputFile) as caught:
        read_interchange(tmp_path / "nope.json")
    assert caught.value.reason == "missing"
    with pytest.raises(BadInputFile) as caught:
        read_interchange(tmp_path)
    assert caught.value.reason == "unreadable"
    big = tmp_path / "big.json"
    big.write_bytes(dumps(document(record(0))))
    with pytest.raises(BadInputFile) as caught:
        read_interchange(big, max_bytes=100)
    assert caught.value.reason == "too_large"
    assert len(read_interchange(big)) == 1


# -- records --------------------------------------------------------------------


def _without(key: str) -> dict[str, Any]:
    raw = record(2)
    del raw[key]
    return raw


def _with_fields(fields: Any) -> dict[str, Any]:
    raw = record(2)
    raw["fields"] = fields
    return raw


def _with(**changes: Any) -> dict[str, Any]:
    return record(2) | changes


@pytest.mark.parametrize(
    ("raw", "field", "reason"),
    [
        ("a string", "record", "not_an_object"),
        (_without("kind"), "kind", "required"),
        (_with(kind="diary"), "kind", "unknown_kind"),
        (_with(kind=["outreach_log"]), "kind", "unknown_kind"),
        (_without("id"), "id", "required"),
        (_with(id="not-a-uuid"), "id", "not_a_uuid"),
        (_with(id=12), "id", "not_a_uuid"),
        (_without("fields"), "fields", "required"),
        (_with_fields([]), "fields", "not_an_object"),
        (_with(colour="red"), "colour", "unknown_field"),
        (_with(created_at="yesterday"), "created_at", "not_a_time"),
        (_with(updated_at=1700000000), "updated_at", "not_a_time"),
        (record(2, occurred_at="yesterday"), "occurred_at", "not_a_time"),
        (record(2, occurred_at="2026-03-04T17:30:00"), "occurred_at", "not_a_time"),  # no offset
        (
            record(2, occurred_at="0001-01-01T00:00:00+01:00"),
            "occurred_at",
            "not_a_time",
        ),  # overflows
        (record(2, occurred_at="0999-01-01T00:00:00Z"), "occurred_at", "out_of_range"),
        (record(2, occurred_at=None), "occurred_at", "required"),
        (record(2, occurred_at=20260304), "occurred_at", "not_a_time"),
        (record(2, title=5), "title", "not_text"),
        (record(2, title="x" * (MAX_TITLE + 1)), "title", "too_long"),
        (record(2, body="a\x00b"), "body", "control_character"),
        (record(2, body="half a pair \ud800"), "body", "not_unicode"),
        (record(2, colour="red"), "colour", "unknown_field"),
    ],
)
def test_invalid_record_names_position_and_field(raw: Any, field: str, reason: str) -> None:
    error = invalid(dumps(document(record(0), record(1), raw)))
    assert (error.index, error.field, error.reason) == (2, field, reason)


def test_duplicate_ids_are_refused_even_when_spelled_differently() -> None:
    second = record(1)
    second["id"] = "{" + IDS[0].upper() + "}"
    error = invalid(dumps(document(record(0), second)))
    assert (error.index, error.field, error.reason) == (1, "id", "duplicate_id")


def test_names_from_the_file_never_reach_the_error() -> None:
    canary = new_canary()
    for raw in (record(0) | {f"{canary} secret": 1}, record(0, **{f"{canary} secret": "x"})):
        error = invalid(dumps(document(raw)))
        assert error.reason == "unknown_field"
        assert canary not in str(error) and canary not in repr(error.args)


def test_record_text_never_reaches_the_error() -> None:
    canary = new_canary()
    raws = [
        record(0, title=canary, occurred_at=canary),
        record(0, title=canary * 100),
        _with(id=canary),
        _with(kind=canary),
        _with(created_at=canary),
    ]
    for raw in raws:
        error = invalid(dumps(document(raw)))
        assert canary not in str(error) and canary not in repr(error.args)
    broken = dumps(document(record(0, title=canary)))[:-5]
    error = bad_input(broken)
    assert canary not in str(error) and canary not in repr(error.args)


# -- fuzzing --------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
field_values = (
    st.none()
    | st.text()
    | st.integers()
    | st.sampled_from(
        [
            "2026-03-04T17:30:00Z",
            "2026-03-04T17:30:00+05:30",
            "yesterday",
            "",
            "9999-12-31T23:59:59-01:00",
            "0001-01-01T00:00:00Z",
            "2026-02-30T00:00:00Z",
        ]
    )
)
records = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["outreach_log", "journal", ""]) | json_values,
        "id": st.sampled_from(IDS) | st.uuids().map(str) | json_values,
        "created_at": field_values,
        "updated_at": field_values,
        "fields": st.dictionaries(
            st.sampled_from(["occurred_at", "title", "body", "other"]) | st.text(max_size=8),
            field_values,
        )
        | json_values,
        "extra": json_values,
    },
)
documents = st.fixed_dictionaries(
    {"records": st.lists(records | json_values, max_size=5)},
    optional={
        "format": st.just(FORMAT) | json_values,
        "version": st.sampled_from([1, 2, 0, -1, "1", 1.0, True]) | json_values,
        "exported_at": field_values,
    },
)
EXPECTED = (BadInputFile, InvalidRecord)


def _parse_quietly(data: bytes | str) -> None:
    try:
        records_ = parse_interchange(data)
    except EXPECTED:
        return
    # Whatever is accepted must survive the writer and parse to the same.
    out = io.BytesIO()
    write_interchange(out, records_, exported_at=WHEN)
    assert parse_interchange(out.getvalue()) == records_


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_fuzz_random_bytes(data: bytes) -> None:
    _parse_quietly(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_fuzz_random_json(value: Any) -> None:
    _parse_quietly(json.dumps(value))


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_fuzz_interchange_shaped_documents(doc: dict[str, Any]) -> None:
    _parse_quietly(json.dumps(doc, ensure_ascii=False))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.integers(min_value=0, max_value=10_000), st.binary(min_size=1, max_size=3))
def test_fuzz_corrupted_bytes(doc: dict[str, Any], position: int, junk: bytes) -> None:
    data = json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")
    position %= len(data)
    _parse_quietly(data[:position] + junk + data[position + len(junk) :])
