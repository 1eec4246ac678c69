"""A real conflict in a shared plan: both changed the backup location since
the last exchange; both values are shown and the person chooses."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_both_changed_the_backup_location_and_the_person_chooses(
    qtbot,
    window,
    vault,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from fieldsafe.ui.plans import sharing as ui
    from fieldsafe.vault import Vault

    other, _ = Vault.create(tmp_path / "bea", passphrase)
    try:
        other.sharing.set_name("Bea")
        vault.sharing.verify(vault.sharing.add_card(other.sharing.identity().card()).id)
        amal = other.sharing.verify(other.sharing.add_card(vault.sharing.identity().card()).id)
        plan_id, fields = vault.plans.save(
            {
                "starts_at": "2026-03-05T10:00:00Z",
                "backup_location": "library",
                "alert_signal": "scarf",
            }
        )
        bundle = tmp_path / "plan.age"
        reviewed = []
        for cls, name, value in (
            (ui.ChooseRecipients, "ask", lambda c, p, n: ui.ShareChoice((0,))),
            (ui.ConfirmImport, "ask", lambda c, p, q: True),
            (ui.ReviewUpdate, "ask", lambda c, p, q, updates: reviewed.append(updates) or True),
        ):
            monkeypatch.setattr(cls, name, classmethod(value))
        monkeypatch.setattr(ui.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
        monkeypatch.setattr(ui.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle))
        assert ui.share_plan(window, vault, plan_id)
        assert ui.receive_bundle(window, other) is not None
        # Both change the backup location; Bea also changes the signal.
        vault.plans.save({**fields, "backup_location": "the park"}, plan_id=plan_id)
        theirs = other.plans.get(plan_id)
        other.plans.save(
            {**theirs, "backup_location": "the station", "alert_signal": "hat off"}, plan_id=plan_id
        )
        bundle.write_bytes(other.sharing.seal_record(plan_id, recipient=amal).data)
        shown = []
        monkeypatch.setattr(
            ui.ChooseConflicts,
            "ask",
            classmethod(
                lambda cls, parent, clashes, sender=None: shown.append((clashes, sender)) or []
            ),
        )  # keep mine
        assert ui.receive_bundle(window, vault) is not None
        # Both values are shown, and the sender by the name stored for her.
        assert shown == [([("backup_location", "the park", "the station")], "Bea")]
        (update,) = reviewed[0]  # what it changes was shown first, the conflict named
        assert [c.field for c in update.changes] == ["backup_location", "alert_signal"]
        assert update.both_changed == ("backup_location",)
        got = vault.plans.get(plan_id)
        assert got["backup_location"] == "the park" and got["alert_signal"] == "hat off"
    finally:
        other.lock()
