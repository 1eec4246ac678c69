"""Rules of outreach logs that are not about one field's value: no Qt, no
storage. The editor and the vault follow them; tests pin them without a
window (``tests/core/test_log_rules.py``).

Attachments mean paper notes
    An attachment is a photo or scan of the paper notes of the meeting (see
    :mod:`fieldsafe.vault.attachments`). So once a file is added to a log,
    the log has paper notes: the Today view follows them up until the person
    confirms the paper is destroyed. Adding files never takes the mark away,
    and never touches a confirmation already given.
"""

from __future__ import annotations

from dataclasses import replace

from fieldsafe.core.records import OutreachLog


def paper_notes_after_attaching(paper_notes: bool, added: int) -> bool:
    """Whether a log has paper notes once ``added`` files were attached to
    it (``paper_notes``: whether it had them before)."""
    return paper_notes or added > 0


def log_after_attaching(log: OutreachLog, added: int) -> OutreachLog:
    """``log`` as it is to be stored after ``added`` files were attached to
    it: ``log`` itself when nothing changes (nothing to save)."""
    paper_notes = paper_notes_after_attaching(log.paper_notes, added)
    return log if paper_notes == log.paper_notes else replace(log, paper_notes=paper_notes)
