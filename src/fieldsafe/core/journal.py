"""The debrief journal's rules, without Qt or storage.

The journal's widgets (``fieldsafe.ui.journal``) and its repository
(``fieldsafe.vault.journal``) share these:

* :class:`Debrief`, one journal entry;
* :func:`draft_entry`: a crash-safe draft's stored fields as an entry;
* :func:`merge_answers`: which prompt fields an entry shows, and how the
  answers it already has are kept when the person's prompts change;
* :func:`normalise_prompts`: the person's own prompts, as the settings
  dialog keeps them;
* :func:`has_content`: whether an entry in progress is worth keeping;
* :func:`offers_support`: whether a check-in is low enough to offer the
  person's support list.

Nothing here scores or judges anyone; the words the person sees are the
UI's (translated there).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldsafe.core.clock import from_iso
from fieldsafe.core.journal_stats import LOW_FEELING
from fieldsafe.core.records import MAX_PROMPT, RecordId

#: how many prompts the journal keeps
MAX_PROMPTS = 20


@dataclass(frozen=True)
class Debrief:
    id: RecordId
    occurred_at: datetime
    follows: RecordId | None = None
    feeling: int | None = None
    feeling_words: tuple[str, ...] = ()
    checkin_note: str = ""
    reflections: tuple[tuple[str, str], ...] = ()  # (prompt key or own text, answer)
    body: str = ""
    talked_with_someone: bool = False


def draft_entry(
    fields: Mapping[str, Any], entry_id: RecordId | None, *, now: datetime | None = None
) -> Debrief:
    """A draft's fields as an entry for the editor.

    Drafts keep over-long text, so nothing here validates limits. A draft
    without a time gets ``now`` (the current UTC time by default); an entry
    not yet saved gets an empty id. A feeling that is not a number is
    dropped. A damaged draft (a time that does not parse, a reflection that
    is not a mapping...) raises, and the caller drops it.
    """
    when = fields.get("occurred_at")
    feeling = fields.get("feeling")
    return Debrief(
        id=entry_id or RecordId(""),
        occurred_at=from_iso(when) if when else (now or datetime.now(UTC)),
        follows=fields.get("follows"),
        feeling=feeling if isinstance(feeling, int) else None,
        feeling_words=tuple(fields.get("feeling_words") or ()),
        checkin_note=fields.get("checkin_note") or "",
        reflections=tuple(
            (r.get("prompt") or "", r.get("answer") or "") for r in fields.get("reflections") or ()
        ),
        body=fields.get("body") or "",
        talked_with_someone=bool(fields.get("talked_with_someone")),
    )


def merge_answers(
    prompts: Iterable[str], answers: Sequence[tuple[str, str]], *, prompts_on: bool = True
) -> list[tuple[str, str]]:
    """The (prompt, answer) fields an entry shows.

    First each prompt the person has now (once, in their order; none when
    the prompts are switched off), with the entry's first answer to it or an
    empty answer. Then every answer left over, in the entry's order: answers
    to prompts switched off, rewritten or repeated stay, each in its own
    field, so nothing written is lost.
    """
    pending = list(answers)
    rows: list[tuple[str, str]] = []
    for prompt in dict.fromkeys(prompts if prompts_on else ()):
        match = next((pair for pair in pending if pair[0] == prompt), None)
        if match is not None:
            pending.remove(match)
        rows.append((prompt, match[1] if match else ""))
    return rows + pending


def normalise_prompts(lines: Iterable[str], keys: Mapping[str, str]) -> tuple[str, ...]:
    """The prompts the person wrote, one per line, as the journal keeps them.

    Runs of white space become one space, each prompt is cut to
    ``MAX_PROMPT`` characters, empty lines are dropped, a line that is the
    (translated) text of a default prompt becomes its key (``keys`` maps
    text to key), repeats are dropped (the first stays) and at most
    ``MAX_PROMPTS`` are kept.
    """
    cleaned = (" ".join(line.split())[:MAX_PROMPT] for line in lines)
    prompts = dict.fromkeys(keys.get(line, line) for line in cleaned if line)
    return tuple(prompts)[:MAX_PROMPTS]


def has_content(
    *,
    feeling: int | None,
    feeling_words: Iterable[str],
    checkin_note: str,
    body: str,
    answers: Iterable[str],
    talked_with_someone: bool,
    follows: str | None,
    saved: bool,
) -> bool:
    """Whether an entry in progress holds anything worth keeping.

    White space alone is nothing. The meeting it follows counts only for an
    entry already saved: for a new one, the link alone is not yet an entry
    ("Debrief now" fills it in before the person writes a word).
    """
    return bool(
        feeling is not None
        or any(True for _word in feeling_words)
        or checkin_note.strip()
        or body.strip()
        or any(answer.strip() for answer in answers)
        or talked_with_someone
        or (saved and follows)
    )


def offers_support(feeling: int | None) -> bool:
    """A check-in this low offers the person's support list (once per entry;
    the view remembers which entries were offered)."""
    return feeling is not None and feeling <= LOW_FEELING


def first_words(texts: Iterable[str], *, words: int = 12) -> str:
    """The first ``words`` words of an entry, for the journal list: from the
    first of ``texts`` (say the free text, the answers, the check-in note)
    that holds any, on one line; "…" when there is more. Plain text."""
    for text in texts:
        split = text.split()
        if split:
            head = " ".join(split[:words])
            return head + "\u2026" if len(split) > words else head
    return ""
