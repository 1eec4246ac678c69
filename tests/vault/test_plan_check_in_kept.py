"""An "I'm back safely" mark (``checked_in_at``, stored by the check-in
watch) survives a save from an editor opened before it: the plan wizard
saves the plan as it loaded it with the person's answers over it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from fieldsafe.core.checkins import mark_back_safely
from fieldsafe.core.clock import to_iso
from fieldsafe.vault import Vault

PLAN = {
    "starts_at": "2026-03-05T10:00:00Z",
    "check_in_at": "2026-03-05T12:00:00Z",
    "title": "the café",
    "location": "the café",
}
BACK = datetime(2026, 3, 5, 11, 40, tzinfo=UTC)


def _opened_then_marked(vault: Vault) -> tuple[str, dict[str, Any]]:
    """A plan opened in the wizard, then marked back safely by the watch."""
    plan_id, opened = vault.plans.save(dict(PLAN))
    vault.plans.save(mark_back_safely(vault.plans.get(plan_id), BACK), plan_id=plan_id)
    return plan_id, opened


def test_the_wizards_save_keeps_a_mark_stored_meanwhile(vault: Vault) -> None:
    plan_id, opened = _opened_then_marked(vault)
    _, stored = vault.plans.save({**opened, "location": "the library"}, plan_id=plan_id)
    assert stored["location"] == "the library"
    assert stored["checked_in_at"] == to_iso(BACK)


def test_with_the_fields_it_loaded_an_editor_keeps_the_mark_it_left_alone(vault: Vault) -> None:
    plan_id, opened = _opened_then_marked(vault)
    edited = {**opened, "location": "the library"}
    _, stored = vault.plans.save(edited, plan_id=plan_id, base=opened)
    assert stored["checked_in_at"] == to_iso(BACK)


def test_an_editor_that_changed_the_mark_itself_writes_it(vault: Vault) -> None:
    """Only a mark the editor changed from what it loaded is written, a
    cleared one too."""
    plan_id, _ = _opened_then_marked(vault)
    loaded = vault.plans.get(plan_id)
    _, stored = vault.plans.save({**loaded, "checked_in_at": None}, plan_id=plan_id, base=loaded)
    assert not stored.get("checked_in_at")


def test_a_second_mark_from_an_earlier_copy_keeps_the_first(vault: Vault) -> None:
    """Pressed twice (two notices, a notice and the CLI): the first mark is
    what the pair saw, as mark_back_safely says."""
    plan_id, opened = _opened_then_marked(vault)
    later = datetime(2026, 3, 5, 12, 30, tzinfo=UTC)
    _, stored = vault.plans.save(mark_back_safely(opened, later), plan_id=plan_id)
    assert stored["checked_in_at"] == to_iso(BACK)
