"""A received bundle is merged with this vault's copy before the person is
asked about conflicts, and written afterwards: a record changed in between
(another window, the CLI) is merged again with what is there now, never
overwritten by a merge made from the copy as it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldsafe.exchange.bundle import BadBundle
from fieldsafe.messages import describe
from fieldsafe.vault import Vault
from fieldsafe.vault import sharing as sharing_module
from tests.exchange.pair import Pair, pair_with

PLAN = {
    "starts_at": "2026-03-05T10:00:00Z",
    "title": "the café",
    "location": "the café",
    "alert_signal": "scarf off",
    "purpose": "first meeting",
}


@pytest.fixture
def pair(vault: Vault, tmp_path: Path) -> Iterator[Pair]:
    with pair_with(vault, tmp_path / "bea") as made:
        yield made


def _elsewhere(pair: Pair, passphrase: str) -> Callable[..., None]:
    """Edit Amal's plan as another program with the vault open does."""

    def edit(plan_id: str, **changes: Any) -> None:  # noqa: ANN401
        with Vault.open(pair.amal.directory, passphrase) as other:
            other.plans.save({**other.plans.get(plan_id), **changes}, plan_id=plan_id)

    return edit


def _update(pair: Pair, **changes: Any) -> tuple[str, bytes]:  # noqa: ANN401
    """Amal shares a plan; Bea changes it and shares it back."""
    plan_id, _ = pair.amal.plans.save(dict(PLAN))
    pair.receive(pair.bea, pair.send(pair.amal, plan_id))
    pair.bea.plans.save({**pair.bea.plans.get(plan_id), **changes}, plan_id=plan_id)
    return plan_id, pair.send(pair.bea, plan_id)


def _import(pair: Pair, data: bytes, choose: Any) -> Any:  # noqa: ANN401
    received = pair.amal.sharing.open_received(data, lambda: None)
    assert received is not None
    return pair.amal.sharing.import_bundle(received, choose)


def test_an_edit_made_while_the_person_chose_is_kept(pair: Pair, passphrase: str) -> None:
    """Amal chose to keep her alert signal; meanwhile the purpose was edited
    in another window: the edit stays, and she is not asked again (the
    same question has the same answer)."""
    plan_id, data = _update(pair, alert_signal="glasses off")
    pair.amal.plans.save(
        {**pair.amal.plans.get(plan_id), "alert_signal": "hat on"}, plan_id=plan_id
    )
    edit, asked = _elsewhere(pair, passphrase), []

    def choose(clashes: Any) -> list[str]:  # noqa: ANN401
        asked.append(list(clashes))
        if len(asked) == 1:
            edit(plan_id, purpose="edited meanwhile")
        return []

    assert _import(pair, data, choose) is not None
    stored = pair.amal.plans.get(plan_id)
    assert stored["purpose"] == "edited meanwhile"
    assert stored["alert_signal"] == "hat on"
    assert asked == [[("alert_signal", "hat on", "glasses off")]]


def test_an_edit_of_the_field_in_question_is_asked_about_again(pair: Pair, passphrase: str) -> None:
    plan_id, data = _update(pair, alert_signal="glasses off")
    pair.amal.plans.save(
        {**pair.amal.plans.get(plan_id), "alert_signal": "hat on"}, plan_id=plan_id
    )
    edit, asked = _elsewhere(pair, passphrase), []

    def choose(clashes: Any) -> list[str]:  # noqa: ANN401
        asked.append(list(clashes))
        if len(asked) == 1:
            edit(plan_id, alert_signal="coat on")
            return []
        return ["alert_signal"]

    _import(pair, data, choose)
    assert [a[0][1] for a in asked] == ["hat on", "coat on"]  # asked with what is there now
    assert pair.amal.plans.get(plan_id)["alert_signal"] == "glasses off"


def test_an_edit_between_a_merge_without_questions_and_its_write_is_kept(
    pair: Pair, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan_id, data = _update(pair, location="the library")
    edit, real_merge, merges = _elsewhere(pair, passphrase), sharing_module.merge, []

    def merge(*args: Any, **kwargs: Any) -> dict[str, Any]:  # noqa: ANN401
        merged = real_merge(*args, **kwargs)
        merges.append(merged)
        if len(merges) == 1:
            edit(plan_id, purpose="edited meanwhile")
        return merged

    monkeypatch.setattr(sharing_module, "merge", merge)
    _import(pair, data, lambda clashes: [])
    stored = pair.amal.plans.get(plan_id)
    assert (stored["location"], stored["purpose"]) == ("the library", "edited meanwhile")


def test_a_record_that_keeps_changing_is_refused_and_nothing_written(
    pair: Pair, passphrase: str
) -> None:
    plan_id, data = _update(pair, alert_signal="glasses off")
    pair.amal.plans.save(
        {**pair.amal.plans.get(plan_id), "alert_signal": "hat on"}, plan_id=plan_id
    )
    edit, asked = _elsewhere(pair, passphrase), []

    def choose(clashes: Any) -> list[str]:  # noqa: ANN401
        asked.append(list(clashes))
        edit(plan_id, alert_signal=f"edit {len(asked)}")
        return ["alert_signal"]

    with pytest.raises(BadBundle) as refused:
        _import(pair, data, choose)
    assert refused.value.reason == "changed_meanwhile"
    assert "Nothing was imported. Try again." in describe(refused.value)
    assert len(asked) == sharing_module.MERGE_ATTEMPTS
    assert pair.amal.plans.get(plan_id)["alert_signal"] == f"edit {len(asked)}"
    assert pair.amal.plans.unseen(plan_id) is None
    # Nothing was written: the same bundle can be imported again.
    assert _import(pair, data, lambda clashes: ["alert_signal"]) is not None
    assert pair.amal.plans.get(plan_id)["alert_signal"] == "glasses off"
