"""Meeting plans in the GUI: the wizard from an empty plan to "ready", the
calm list of what is open, and "Meeting done" opening a prefilled log."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWizard

from fieldsafe.core.plans import STEPS
from fieldsafe.ui.plans import strings as plan_strings
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.vault import Vault
from tests.ui.conftest import find


def test_every_wizard_text_is_translatable() -> None:
    texts = set(plan_strings.PLAN_TEXTS)
    for step in STEPS:
        assert step.title in texts
        for q in step.questions:
            assert q.label in texts and q.why in texts


def test_the_wizard_from_an_empty_plan_to_ready(qtbot, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    plans = window.show_plans()
    assert plans is not None and window.sections.currentRow() == 3
    wizard = plans.new_plan()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage().title() == "Purpose and people"
    # Every question can be skipped: Finish works from the first page.
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    find("Who goes with you?", QLineEdit, within=wizard).setText("Bea")
    find("Person code", QLineEdit, within=wizard).setText("A12")
    wizard.next()
    wizard.next()
    find("Where do we meet?", QLineEdit, within=wizard).setText("the café by the station")
    wizard.next()
    find("Where do we go if the first place does not work?", QLineEdit, within=wizard).setText(
        "the library"
    )
    wizard.next()
    find("we are late?", QPlainTextEdit, within=wizard).setPlainText(
        "text the other; wait 15 minutes"
    )
    wizard.next()
    assert wizard.currentPage().title() == "During the meeting"
    wizard.accept()
    (summary,) = vault.plans.page()
    fields = vault.plans.get(summary.id)
    assert fields["colleague"] == "Bea" and fields["person_codes"] == ["A12"]
    assert fields["scenarios"] == [
        {"prompt": "we_are_late", "answer": "text the other; wait 15 minutes"}
    ]
    assert "No alert signal agreed yet" in plans.open_items.text()
    assert "No check-in time yet" in plans.open_items.text()
    wizard = plans.edit_plan()
    wizard.widget("alert_signal").setText("scarf off: we leave")  # on a later page
    wizard.widget("check_in_at").setDateTime(wizard.widget("starts_at").dateTime().addSecs(3600))
    wizard.accept()
    assert plans.open_items.text() == "Nothing open: the plan looks ready."
    plans.status.setCurrentIndex(plans.status.findData("ready"))
    plans.status.activated.emit(plans.status.currentIndex())
    assert vault.plans.get(summary.id)["status"] == "ready"

    # The meeting happened: a new log, prefilled (never with the exact place).
    plans.done_button.click()
    assert vault.plans.get(summary.id)["status"] == "done"
    editor = window.editor
    assert editor.log_id is None and editor.dirty
    assert editor.who_went.values() == ["me", "Bea"] and editor.person_codes.values() == ["A12"]
    assert "café" not in editor.area.text()
    assert window.work.currentIndex() == 0
    editor.title.setText("after the café meeting")
    assert editor.save()
    assert vault.plans.get(summary.id)["log"] == editor.log_id  # the log is linked to its plan
    assert window.debrief_bar.isVisible()  # and a debrief is offered


def test_lock_leaves_no_plan_text(qtbot, session, window: MainWindow, vault: Vault) -> None:  # noqa: ANN001
    import secrets

    from tests.ui.conftest import assert_nowhere, flush_deletes, wait_ops

    canary = "plan" + secrets.token_hex(6)
    vault.plans.save(
        {"starts_at": "2026-03-05T10:00:00Z", "location": canary, "colleague": canary + "c"}
    )
    plans = window.show_plans()
    assert canary in plans.summary.text()
    plans.edit_plan()
    session.lock()
    wait_ops(qtbot)
    flush_deletes()
    assert_nowhere(canary)


def test_two_vaults_share_a_plan_through_the_gui(
    qtbot, window: MainWindow, vault: Vault, tmp_path, passphrase, monkeypatch
) -> None:  # noqa: ANN001
    from fieldsafe.ui.plans import sharing as ui_colleagues

    other, _ = Vault.create(tmp_path / "bea", passphrase)
    try:
        other.sharing.set_name("Bea")
        mine = vault.sharing.identity().card()
        plans = window.show_plans()
        dialog = plans.show_colleagues()
        assert dialog.qr.pixmap() is not None and not dialog.qr.pixmap().isNull()
        find("Or paste a card here", QPlainTextEdit, within=dialog).setPlainText(
            other.sharing.identity().card().to_text()
        )
        find("Add the pasted card", within=dialog).click()
        number = dialog.number.text()
        from fieldsafe.exchange.identity import safety_number

        assert number == safety_number(
            other.sharing.identity().card(), mine
        )  # as Bea's screen shows it
        find("Mark as verified", within=dialog).click()
        assert vault.sharing.all()[0].usable
        dialog.close()
        entry = other.sharing.add_card(mine)
        other.sharing.verify(entry.id)

        plan_id, _ = vault.plans.save(
            {
                "starts_at": "2026-03-05T10:00:00Z",
                "location": "the café",
                "backup_location": "the library",
                "colleague": "Bea",
            }
        )
        plans.reload(select=plan_id)
        bundle = tmp_path / "plan.age"
        monkeypatch.setattr(
            ui_colleagues.ChooseRecipients,
            "ask",
            classmethod(lambda cls, parent, names: ui_colleagues.ShareChoice((0,))),
        )
        monkeypatch.setattr(
            ui_colleagues.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle)
        )
        monkeypatch.setattr(
            ui_colleagues.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle)
        )
        monkeypatch.setattr(
            ui_colleagues.ConfirmImport, "ask", classmethod(lambda cls, parent, q: True)
        )
        monkeypatch.setattr(
            ui_colleagues.ReviewUpdate, "ask", classmethod(lambda cls, parent, q, updates: True)
        )
        assert plans.share() and bundle.exists()
        assert b"the library" not in bundle.read_bytes()
        report = ui_colleagues.receive_bundle(window, other)
        assert report is not None and report.startswith("1 added")
        assert other.plans.get(plan_id)["backup_location"] == "the library"
        # Bea changes the backup place and shares back: Amal receives the update.
        fields = other.plans.get(plan_id)
        other.plans.save({**fields, "backup_location": "the park entrance"}, plan_id=plan_id)
        bundle.write_bytes(other.sharing.seal_record(plan_id, recipient=entry).data)
        assert plans.receive()
        assert vault.plans.get(plan_id)["backup_location"] == "the park entrance"
        assert vault.plans.versions(plan_id)[0][1]["backup_location"] == "the library"
    finally:
        other.lock()


@pytest.mark.parametrize("minimal", [True, False])
def test_the_pocket_card_leaves_out_places_and_codes_in_minimal_mode(
    qtbot,
    window: MainWindow,
    vault: Vault,
    tmp_path,
    monkeypatch,
    minimal: bool,  # noqa: ANN001
) -> None:
    import pypdfium2 as pdfium

    from fieldsafe.ui.logs import printing

    plan_id, _ = vault.plans.save(
        {
            "starts_at": "2026-03-05T10:00:00Z",
            "location": "Harbourcafe",
            "backup_location": "Citylibrary",
            "person_codes": ["Q77"],
            "alert_signal": "scarfoff",
            "colleague": "Bea",
            "scenarios": [{"prompt": "we_are_late", "answer": "waitfifteen"}],
        }
    )
    plans = window.show_plans()
    out = tmp_path / "card.pdf"
    warned = []
    monkeypatch.setattr(
        printing.PrintWarning,
        "ask",
        classmethod(lambda cls, parent, count, minimal=True: warned.append(count) or minimal_flag),
    )
    minimal_flag = minimal
    monkeypatch.setattr(printing.ChoosePdfFile, "ask", classmethod(lambda cls, parent: out))
    plans.card_button.click()
    assert warned == [1] and out.read_bytes().startswith(b"%PDF")
    doc = pdfium.PdfDocument(str(out))
    text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    doc.close()
    assert "scarfoff" in text and "waitfifteen" in text
    for secret in ("Harbourcafe", "Citylibrary", "Q77", "Bea"):
        assert (secret in text) is (not minimal), secret
    assert "Harbourcafe" in plans.checklist.text()  # the checklist on screen is complete


def test_receiving_a_passphrase_bundle_says_the_sender_is_not_verified(
    qtbot,
    window: MainWindow,
    vault: Vault,
    tmp_path,
    passphrase,
    monkeypatch,  # noqa: ANN001
) -> None:
    from fieldsafe.exchange.bundle import seal_with_passphrase
    from fieldsafe.exchange.identity import Identity
    from fieldsafe.ui.plans import sharing as ui

    stranger = Identity.generate("Cem")
    record = {
        "kind": "meeting_plan",
        "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
        "fields": {"starts_at": "2026-03-05T10:00:00Z", "backup_location": "the library"},
        "version": {stranger.card().fingerprint: 1},  # every shared record has one
    }
    bundle = tmp_path / "p.age"
    bundle.write_bytes(
        seal_with_passphrase(
            {"records": [record]},
            sender=stranger,
            passphrase="orange kite river",
            created_at=vault.clock.now(),
        )
    )
    asked: list[str] = []
    monkeypatch.setattr(ui.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle))
    monkeypatch.setattr(
        ui.AskBundlePassphrase, "ask", classmethod(lambda cls, parent: "orange kite river")
    )
    monkeypatch.setattr(
        ui.ConfirmImport, "ask", classmethod(lambda cls, parent, q: asked.append(q) or True)
    )
    assert ui.receive_bundle(window, vault) is not None
    assert "NOT verified" in asked[0]
    assert vault.plans.get(record["id"])["backup_location"] == "the library"


def test_sharing_with_a_passphrase_when_keys_were_never_exchanged(
    qtbot,
    window: MainWindow,
    vault: Vault,
    tmp_path,
    monkeypatch,  # noqa: ANN001
) -> None:
    from fieldsafe.ui.plans import sharing as ui

    plan_id, _ = vault.plans.save(
        {"starts_at": "2026-03-05T10:00:00Z", "backup_location": "the library"}
    )
    bundle = tmp_path / "p.age"
    monkeypatch.setattr(
        ui.ChooseRecipients,
        "ask",
        classmethod(lambda cls, parent, names: ui.ShareChoice(passphrase=True)),
    )
    monkeypatch.setattr(
        ui.AskSharePassphrase, "ask", classmethod(lambda cls, parent: "orange kite river")
    )
    monkeypatch.setattr(ui.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
    assert ui.share_plan(window, vault, plan_id)
    assert b"library" not in bundle.read_bytes()
    from fieldsafe.exchange.bundle import open_bundle
    from fieldsafe.exchange.identity import Identity

    opened = open_bundle(
        bundle.read_bytes(),
        me=Identity.generate("Bea"),
        colleagues={},
        passphrase="orange kite river",
    )
    assert opened.by_passphrase and not opened.sender_verified
    assert opened.content["records"][0]["fields"]["backup_location"] == "the library"
