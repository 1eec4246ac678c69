"""The journal's rules (fieldsafe.core.journal), without Qt: drafts back to
entries, prompt answers kept when the prompts change, the person's own
prompts, when an entry is worth keeping and when support is offered."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldsafe.core.journal import (
    MAX_PROMPTS,
    Debrief,
    draft_entry,
    first_words,
    has_content,
    merge_answers,
    normalise_prompts,
    offers_support,
)
from fieldsafe.core.journal_stats import LOW_FEELING
from fieldsafe.core.records import DEFAULT_PROMPTS, MAX_PROMPT, RecordId

NOW = datetime(2026, 3, 18, 9, 30, tzinfo=UTC)

#: a draft as the journal editor writes it
DRAFT = {
    "occurred_at": "2026-03-17T18:05:00Z",
    "follows": "log-1",
    "feeling": 2,
    "feeling_words": ["tired", "shaken"],
    "checkin_note": "heavy",
    "reflections": [
        {"prompt": "hard", "answer": "the man at the door"},
        {"prompt": "What do I want to remember?", "answer": ""},
    ],
    "body": "- walked home\n",
    "talked_with_someone": True,
}


# -- drafts ---------------------------------------------------------------------------


def test_a_draft_becomes_the_entry_it_was() -> None:
    entry = draft_entry(DRAFT, RecordId("entry-1"), now=NOW)
    assert entry == Debrief(
        id=RecordId("entry-1"),
        occurred_at=datetime(2026, 3, 17, 18, 5, tzinfo=UTC),
        follows=RecordId("log-1"),
        feeling=2,
        feeling_words=("tired", "shaken"),
        checkin_note="heavy",
        reflections=(("hard", "the man at the door"), ("What do I want to remember?", "")),
        body="- walked home\n",
        talked_with_someone=True,
    )


def test_a_draft_of_a_new_entry_has_no_id_and_an_empty_draft_is_an_empty_entry() -> None:
    entry = draft_entry({}, None, now=NOW)
    assert entry == Debrief(id=RecordId(""), occurred_at=NOW)


def test_a_draft_without_a_time_is_now_in_utc_by_default() -> None:
    before = datetime.now(UTC)
    entry = draft_entry({"checkin_note": "x"}, None)
    assert before <= entry.occurred_at <= datetime.now(UTC)
    assert entry.occurred_at.utcoffset() == timedelta(0)


def test_a_draft_time_in_another_zone_is_read_as_utc() -> None:
    nairobi = datetime(2026, 3, 17, 21, 5, tzinfo=timezone(timedelta(hours=3)))
    entry = draft_entry({"occurred_at": nairobi.isoformat()}, None, now=NOW)
    assert entry.occurred_at == datetime(2026, 3, 17, 18, 5, tzinfo=UTC)
    assert entry.occurred_at.tzinfo == UTC


@pytest.mark.parametrize(("stored", "feeling"), [(0, 0), (10, 10), ("5", None), (None, None)])
def test_only_a_whole_number_is_a_feeling(stored: object, feeling: int | None) -> None:
    assert draft_entry({"feeling": stored}, None, now=NOW).feeling == feeling


def test_missing_parts_of_a_reflection_are_empty_and_nulls_are_defaults() -> None:
    entry = draft_entry(
        {
            "reflections": [{"prompt": None, "answer": "kept"}, {"prompt": "hard"}],
            "feeling_words": None,
            "checkin_note": None,
            "body": None,
            "talked_with_someone": None,
        },
        None,
        now=NOW,
    )
    assert entry.reflections == (("", "kept"), ("hard", ""))
    assert entry.feeling_words == () and entry.checkin_note == "" and entry.body == ""
    assert entry.talked_with_someone is False


def test_a_draft_keeps_over_long_text() -> None:
    prompt = "p" * (MAX_PROMPT + 50)
    entry = draft_entry({"reflections": [{"prompt": prompt, "answer": "a"}]}, None, now=NOW)
    assert entry.reflections == ((prompt, "a"),)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"occurred_at": "yesterday"}, ValueError),
        ({"occurred_at": "2026-03-17T18:05:00"}, ValueError),  # naive
        ({"reflections": ["not a mapping"]}, AttributeError),
    ],
)
def test_a_damaged_draft_raises(fields: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        draft_entry(fields, None, now=NOW)


# -- prompts and their answers ----------------------------------------------------------


def test_a_new_entry_shows_every_prompt_once_with_no_answer() -> None:
    rows = merge_answers(("went_well", "hard", "went_well"), [])
    assert rows == [("went_well", ""), ("hard", "")]


def test_answers_follow_the_prompts_order() -> None:
    answers = [("hard", "the door"), ("went_well", "the tea")]
    rows = merge_answers(("went_well", "hard", "need_now"), answers)
    assert rows == [("went_well", "the tea"), ("hard", "the door"), ("need_now", "")]


def test_answers_to_prompts_rewritten_or_removed_stay_after_the_prompts() -> None:
    answers = [("memories", "my father"), ("hard", "the door"), ("Old own prompt", "kept")]
    rows = merge_answers(("hard", "New own prompt"), answers)
    assert rows == [
        ("hard", "the door"),
        ("New own prompt", ""),
        ("memories", "my father"),
        ("Old own prompt", "kept"),
    ]


def test_with_the_prompts_switched_off_only_the_answers_are_shown() -> None:
    answers = [("hard", "the door"), ("went_well", "")]
    assert merge_answers(DEFAULT_PROMPTS, answers, prompts_on=False) == answers
    assert merge_answers(DEFAULT_PROMPTS, [], prompts_on=False) == []


def test_a_second_answer_to_the_same_prompt_gets_its_own_field() -> None:
    answers = [("hard", "first"), ("hard", "second")]
    assert merge_answers(("hard",), answers) == [("hard", "first"), ("hard", "second")]


_prompt = st.sampled_from(["went_well", "hard", "memories", "own one", "own two"])


@given(
    prompts=st.lists(_prompt, max_size=6),
    answers=st.lists(st.tuples(_prompt, st.text(max_size=5)), max_size=6),
    prompts_on=st.booleans(),
)
def test_no_answer_is_ever_lost(
    prompts: list[str], answers: list[tuple[str, str]], prompts_on: bool
) -> None:
    rows = merge_answers(prompts, answers, prompts_on=prompts_on)
    shown = list(dict.fromkeys(prompts)) if prompts_on else []
    assert [p for p, _a in rows[: len(shown)]] == shown
    assert Counter(answers) - Counter(rows) == Counter()  # every answer is still there
    extra = Counter(rows) - Counter(answers)
    assert all(answer == "" for _p, answer in extra)  # and only empty fields were added


# -- the person's own prompts ----------------------------------------------------------------

KEYS = {"What went well?": "went_well", "What was hard?": "hard"}


def test_prompts_are_tidied_and_defaults_keep_their_key() -> None:
    lines = ["  What   went well? ", "", "   ", "What do I\twant to remember?", "What was hard?"]
    assert normalise_prompts(lines, KEYS) == (
        "went_well",
        "What do I want to remember?",
        "hard",
    )


def test_repeated_prompts_are_kept_once_in_first_place() -> None:
    lines = ["Mine", "What went well?", "Mine", "What  went well?"]
    assert normalise_prompts(lines, KEYS) == ("Mine", "went_well")


def test_a_long_prompt_is_cut_and_there_are_at_most_max_prompts() -> None:
    long = "word " * MAX_PROMPT
    (cut,) = normalise_prompts([long], {})
    assert cut == long[:MAX_PROMPT]
    many = [f"Prompt {n}" for n in range(MAX_PROMPTS + 5)]
    assert normalise_prompts(many, {}) == tuple(many[:MAX_PROMPTS])


def test_the_vault_reads_back_what_the_settings_keep() -> None:
    from fieldsafe.vault.journal import JournalPrefs

    prompts = normalise_prompts([f"Prompt {n} " + "x" * MAX_PROMPT for n in range(30)], {})
    prefs = JournalPrefs(prompts=prompts)
    assert JournalPrefs.from_json(prefs.as_json()) == prefs


# -- worth keeping, and support ------------------------------------------------------------------

EMPTY: dict[str, object] = {
    "feeling": None,
    "feeling_words": [],
    "checkin_note": "",
    "body": "",
    "answers": [],
    "talked_with_someone": False,
    "follows": None,
    "saved": False,
}


def test_an_empty_entry_or_white_space_is_not_worth_keeping() -> None:
    assert not has_content(**EMPTY)
    blank = {**EMPTY, "checkin_note": "  ", "body": "\n\t", "answers": ["", " \n"]}
    assert not has_content(**blank)


@pytest.mark.parametrize(
    "change",
    [
        {"feeling": 0},
        {"feeling_words": ["calm"]},
        {"checkin_note": "ok"},
        {"body": "notes"},
        {"answers": ["", "an answer"]},
        {"talked_with_someone": True},
        {"follows": "log-1", "saved": True},
    ],
)
def test_any_one_part_is_worth_keeping(change: dict[str, object]) -> None:
    assert has_content(**{**EMPTY, **change})


def test_the_meeting_alone_is_not_yet_a_new_entry() -> None:
    assert not has_content(**{**EMPTY, "follows": "log-1"})
    assert not has_content(**{**EMPTY, "follows": "", "saved": True})


@pytest.mark.parametrize(
    ("feeling", "offered"),
    [(None, False), (0, True), (LOW_FEELING, True), (LOW_FEELING + 1, False), (10, False)],
)
def test_support_is_offered_after_a_low_check_in(feeling: int | None, offered: bool) -> None:
    assert offers_support(feeling) is offered


def test_the_vault_and_the_journal_share_one_entry_type() -> None:
    from fieldsafe.vault.journal import Debrief as VaultDebrief

    assert VaultDebrief is Debrief


def test_first_words_take_the_first_text_that_holds_words() -> None:
    assert first_words(["  ", "one\n two", "note"]) == "one two"
    assert first_words(["a b c d"], words=2) == "a b\u2026"
    assert first_words(["", ""]) == ""
