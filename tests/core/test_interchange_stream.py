"""The interchange reader streams: a file is read a chunk at a time and each
record decoded on its own. Whatever the chunk size, it must say exactly what
the whole-file reader it replaced said: the same records, or the same error
(kind, reason, record, field and line)."""

from __future__ import annotations

import io
import json
from typing import Any, NoReturn

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldsafe.core import interchange
from fieldsafe.core.interchange import (
    FORMAT,
    VERSION,
    InterchangeRecord,
    iter_interchange,
    parse_interchange,
    parse_record,
)
from fieldsafe.errors import BadInputFile, InvalidRecord
from tests.core.test_interchange import (
    IDS,
    document,
    documents,
    dumps,
    json_values,
    record,
)

# -- the whole-file reader, as it was (the reference) ----------------------------------


def _reference(data: bytes | str) -> list[InterchangeRecord]:
    doc = _reference_json(data)
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise BadInputFile("not_interchange")
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise BadInputFile("not_interchange")
    if version > VERSION:
        raise BadInputFile("unsupported_version")
    if not set(doc) <= {"format", "version", "exported_at", "records"} or not isinstance(
        doc.get("records"), list
    ):
        raise BadInputFile("not_interchange")
    if doc.get("exported_at") is not None:
        try:
            interchange.check_time(doc["exported_at"], "exported_at")
        except InvalidRecord:
            raise BadInputFile("not_interchange") from None
    records: list[InterchangeRecord] = []
    seen: set[str] = set()
    for index, raw in enumerate(doc["records"]):
        parsed = parse_record(raw, index=index)
        if parsed.id in seen:
            raise InvalidRecord("id", "duplicate_id", index)
        seen.add(parsed.id)
        records.append(parsed)
    return records


def _reference_json(data: bytes | str) -> Any:
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise BadInputFile("not_utf8", line=data.count(b"\n", 0, exc.start) + 1) from None
    else:
        text = data.removeprefix("\ufeff")

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items):
            raise BadInputFile("repeated_name")
        return result

    def constants(name: str) -> NoReturn:
        raise ValueError(name)

    try:
        return json.loads(text, object_pairs_hook=pairs, parse_constant=constants)
    except json.JSONDecodeError as exc:
        raise BadInputFile("not_json", line=exc.lineno) from None
    except RecursionError:
        raise BadInputFile("not_interchange") from None
    except ValueError:
        raise BadInputFile("not_json") from None


def _outcome(parse: Any, data: bytes | str) -> Any:
    try:
        return ("records", parse(data))
    except BadInputFile as exc:
        return ("file", exc.reason, exc.line)
    except InvalidRecord as exc:
        return ("record", exc.index, exc.field, exc.reason)


def _streamed(data: bytes | str) -> list[InterchangeRecord]:
    if isinstance(data, str):
        return list(iter_interchange(data))
    return list(iter_interchange(io.BytesIO(data), max_bytes=len(data) + 1))


def _same(data: bytes | str, chunk: int, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = _outcome(_reference, data)
    with monkeypatch.context() as patch:
        patch.setattr(interchange, "CHUNK_BYTES", chunk)
        for parse in (_streamed, parse_interchange):
            got = _outcome(parse, data)
            if expected[:2] == ("file", "not_utf8") and got != expected:
                # The one difference: the whole-file reader decoded everything
                # first; the stream says what comes first in the file, and a
                # file that is broken JSON before a bad byte is said to be broken.
                # Files within one chunk (1 MiB) are decoded first as before.
                assert chunk < len(data)
                assert got[0] == "file" and got[1] in {
                    "not_json",
                    "repeated_name",
                    "not_interchange",
                }
                assert got[2] is None or got[2] <= expected[2]
            else:
                assert got == expected


CHUNKS = st.sampled_from([1, 2, 3, 7, 64, 1 << 20])
SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# -- the same answers ----------------------------------------------------------------


@SETTINGS
@given(doc=documents, chunk=CHUNKS)
def test_same_as_the_whole_file_reader_on_interchange_shaped_documents(
    doc: dict[str, Any], chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8", "surrogatepass")
    _same(data, chunk, monkeypatch)
    _same(data.decode("utf-8", "surrogatepass"), chunk, monkeypatch)


@SETTINGS
@given(
    doc=documents,
    chunk=CHUNKS,
    position=st.integers(min_value=0),
    junk=st.binary(min_size=1, max_size=3),
)
def test_same_as_the_whole_file_reader_on_corrupted_files(
    doc: dict[str, Any], chunk: int, position: int, junk: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8", "surrogatepass")
    position %= len(data)
    _same(data[:position] + junk + data[position + len(junk) :], chunk, monkeypatch)


@SETTINGS
@given(doc=documents, chunk=CHUNKS, position=st.integers(min_value=0))
def test_same_as_the_whole_file_reader_on_cut_files(
    doc: dict[str, Any], chunk: int, position: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    _same(data[: position % len(data)], chunk, monkeypatch)


@SETTINGS
@given(value=json_values, chunk=CHUNKS)
def test_same_as_the_whole_file_reader_on_any_json(
    value: Any, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(json.dumps(value).encode(), chunk, monkeypatch)


@SETTINGS
@given(data=st.binary(max_size=300), chunk=CHUNKS)
def test_same_as_the_whole_file_reader_on_any_bytes(
    data: bytes, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(data, chunk, monkeypatch)


@pytest.mark.parametrize("chunk", [1, 2, 5, 64, 1 << 20])
@pytest.mark.parametrize(
    "text",
    [
        "",
        "  \n ",
        "[]",
        '"fieldsafe-interchange"',
        '{"format": "fieldsafe-interchange", "version": 1, "records": []} x',
        '{"format": "fieldsafe-interchange", "version": 1, "records": [],}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": [1,]}',
        '{"format": "fieldsafe-interchange", "version": 1 "records": []}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": [] , "records": []}',
        '{"records": [], "format": "fieldsafe-interchange", "version": 12345678901234567890}',
        '{"records": [{"kind": "x"}], "format": "other", "version": 1}',
        '{"format": "other", "version": 1, "records": [{"kind": "x"}, {"a": 1, "a": 2}]}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": [{"kind": "x"}], "x": 1}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": [{"kind": "x"}] \n\n',
        '{"format": "fieldsafe-interchange", "version": 1.0, "records": []}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": [], "exported_at": 1}',
        '{"format": "fieldsafe-interchange", "version": 2, "records": ' + "[" * 5000,
        '{"format": "fieldsafe-interchange", "version": 2, "records": [' + "9" * 5000 + "]}",
        '{"format": "fieldsafe-interchange", "version": 1, "records": [-]}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": [tru]}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": ["\\u12"]}',
        '{"format": "fieldsafe-interchange", "version": 1, "records": ["a\nb"]}',
        "\ufeff{}",
        "\ufeff\ufeff{}",
    ],
)
def test_same_as_the_whole_file_reader_on_odd_files(
    text: str, chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _same(text.encode("utf-8"), chunk, monkeypatch)
    _same(b"\xef\xbb\xbf" + text.encode("utf-8"), chunk, monkeypatch)
    _same(text, chunk, monkeypatch)


@pytest.mark.parametrize("chunk", [1, 3, 1 << 20])
def test_lines_and_records_are_counted_across_chunks(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = [record(i % 3) | {"id": f"00000000-0000-4000-8000-{i:012d}"} for i in range(40)]
    good = dumps(document(*records))
    bad_record = dumps(document(*records[:30], record(0, occurred_at="soon"), *records[30:]))
    bad_byte = good.replace(b"log 2", b"log \xff", 1)
    lines = good.decode().splitlines()
    lines[300] += " ]"
    bad_json = "\n".join(lines).encode()
    for data in (good, bad_record, bad_byte, bad_json):
        _same(data, chunk, monkeypatch)
    with monkeypatch.context() as patch:
        patch.setattr(interchange, "CHUNK_BYTES", chunk)
        with pytest.raises(InvalidRecord) as caught:
            parse_interchange(bad_record)
        assert (caught.value.index, caught.value.field) == (30, "occurred_at")
        with pytest.raises(BadInputFile) as bad:
            parse_interchange(bad_json)
        assert (bad.value.reason, bad.value.line) == ("not_json", 301)


# -- streaming -----------------------------------------------------------------------


def test_records_come_while_the_file_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first record is handed on before the end of the file is read, and
    a problem at the end comes after the records before it."""
    monkeypatch.setattr(interchange, "CHUNK_BYTES", 64)
    records = [record(0), record(1), record(2, occurred_at="soon")]
    data = dumps(document(*records))
    source = io.BytesIO(data)
    stream = iter_interchange(source, max_bytes=len(data))
    first = next(stream)
    assert first.id == IDS[0]
    assert source.tell() < len(data)
    assert next(stream).id == IDS[1]
    with pytest.raises(InvalidRecord) as caught:
        next(stream)
    assert caught.value.index == 2


def test_a_broken_end_is_said_before_a_bad_record(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(interchange, "CHUNK_BYTES", 16)
    data = dumps(document(record(0, occurred_at="soon"), record(1)))[:-3]
    with pytest.raises(BadInputFile) as caught:
        list(iter_interchange(io.BytesIO(data)))
    assert caught.value.reason == "not_json"


def test_a_file_that_grows_past_the_limit_while_read_is_refused() -> None:
    data = dumps(document(record(0), record(1)))
    with pytest.raises(BadInputFile) as caught:
        list(iter_interchange(io.BytesIO(data), max_bytes=len(data) - 1))
    assert caught.value.reason == "too_large"


def test_ids_go_where_the_caller_keeps_them() -> None:
    class Ids(set[str]):
        added: list[str] = []

        def add(self, record_id: str, /) -> None:
            self.added.append(record_id)
            super().add(record_id)

    seen = Ids()
    list(iter_interchange(dumps(document(record(0), record(1))), seen=seen))
    assert seen.added == IDS[:2]
    with pytest.raises(InvalidRecord) as caught:
        list(iter_interchange(dumps(document(record(2))), seen=seen | {IDS[2]}))
    assert caught.value.reason == "duplicate_id"
