"""Sharing records with colleagues, and receiving them, as an encrypted
bundle file: one bundle of one or more records (a plan, these incidents, an
assessment and its templates), encrypted for one or more verified colleagues
(and for me) and signed, or protected by a passphrase when keys were never
exchanged. Everything goes through ``vault.sharing``; the colleagues
themselves are in :mod:`.colleagues`, the share chooser in :mod:`.recipients`.
When a team has a team folder, the bundle can go there instead of into a
file (``vault.teams.send``, worded by :mod:`fieldsafe.ui.teams.sending`).

:func:`share_records` is the one way to share from any section (the plans
view calls :func:`share_plan`); :func:`receive_bundle` opens any bundle.
Each question is a seam tests replace (``ChooseRecipients.ask``,
``ChooseFile.save`` …); a bundle holds no secret in the clear.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.messages import describe
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.dialogs import Alert, ChooseFile, ConfirmImport
from fieldsafe.ui.common.plain_text import escape_mnemonic, plain_label
from fieldsafe.ui.plans.changes import ReviewUpdate, field_label, value_text
from fieldsafe.ui.plans.recipients import ChooseRecipients, ShareChoice
from fieldsafe.vault import Clashes, ReceivedBundle, Vault

__all__ = [
    "AskBundlePassphrase",
    "AskSharePassphrase",
    "ChooseConflicts",
    "ChooseFile",
    "ChooseRecipients",
    "ConfirmImport",
    "ReviewUpdate",
    "ShareChoice",
    "receive_bundle",
    "share_plan",
    "share_records",
]


def _t(text: str) -> str:
    return QCoreApplication.translate("colleagues", text)


def share_plan(parent: QWidget, vault: Vault, plan_id: str) -> bool:
    """Share one meeting plan (see :func:`share_records`)."""
    return share_records(parent, vault, [plan_id], file_name="plan.age")


def share_records(
    parent: QWidget,
    vault: Vault,
    record_ids: Sequence[str],
    *,
    file_name: str = "shared.age",
    whole_team: bool = False,
) -> bool:
    """Share records in one bundle: choose one or more verified colleagues
    (or a passphrase instead), then write the bundle, encrypted for each of
    them and for me, and signed (all the records or none; private kinds are
    refused). When a team has a folder, the chooser also offers the whole
    team and *Put it in the team folder* (``vault.teams.send``, off the GUI
    thread), and the person is told who got it and who did not, and why;
    a file for those it did not reach only if the person asks for one.
    Otherwise a file: ``file_name`` is the name the file dialog suggests.
    ``whole_team``: the chooser starts with the (first) whole team ticked.
    True once the bundle is written somewhere."""
    from fieldsafe.ui.teams import sending

    colleagues = [c for c in vault.sharing.all() if c.usable]
    names = [c.name for c in colleagues]
    offer = sending.team_offer(vault, colleagues)
    if offer:
        choice = ChooseRecipients.ask(
            parent, names, reachable=offer.reachable, teams=offer.teams, whole_team=whole_team
        )
    else:  # no team folder: the chooser of a file, as ever
        choice = ChooseRecipients.ask(parent, names)
    if choice is None:
        return False
    if choice.passphrase:
        secret = AskSharePassphrase.ask(parent)
        return secret is not None and _save_bundle(parent, vault, record_ids, [], secret, file_name)
    if not choice.recipients:
        return False
    chosen = [colleagues[i] for i in choice.recipients]
    if not choice.folder:
        return _save_bundle(parent, vault, record_ids, chosen, None, file_name)
    try:
        delivery = sending.send_and_wait(parent, vault, record_ids, chosen)
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        Alert.show(parent, describe(exc))
        return False
    if delivery is None:  # the window went away (the vault locked)
        return False
    if sending.TellDelivery.show(parent, delivery):  # a file for those it did not reach
        left_out = delivery.left_out()
        return _save_bundle(parent, vault, record_ids, left_out, None, file_name) or bool(
            delivery.sent
        )
    return bool(delivery.sent)


def _save_bundle(
    parent: QWidget,
    vault: Vault,
    record_ids: Sequence[str],
    recipients: Sequence[Any],
    secret: str | None,
    file_name: str,
) -> bool:
    """Ask where, then write the bundle file; True once it is written."""
    path = ChooseFile.save(parent, _t("Save the bundle"), _t("Share bundles (*.age)"), file_name)
    if path is None:
        return False
    try:
        vault.sharing.write_bundle(
            path,
            list(record_ids),
            recipients=list(recipients),
            passphrase=secret,
            overwrite=True,  # the file dialog asked before replacing a file
        )
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        Alert.show(parent, describe(exc))
        return False
    return True


def receive_bundle(parent: QWidget, vault: Vault) -> str | None:
    """Open a bundle file: check it, show who sent it and what it holds,
    then import it all or nothing. Returns a short report, or None."""
    from fieldsafe.exchange.bundle import MAX_BUNDLE_BYTES

    path = ChooseFile.open(
        parent, _t("Receive a bundle"), _t("Share bundles (*.age);;All files (*)")
    )
    if path is None:
        return None
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BUNDLE_BYTES + 1)
        received = vault.sharing.open_received(data, lambda: AskBundlePassphrase.ask(parent))
        if received is None:
            return None
        updates = [u for u in vault.sharing.preview(received) if u.changes]
        question = _import_question(received)
        # An update shows what it changes, field by field, before anything is written.
        if updates and not ReviewUpdate.ask(parent, question, updates):
            return None
        if not updates and not ConfirmImport.ask(parent, question):
            return None
        sender = received.sender_name
        result = vault.sharing.import_bundle(
            received, lambda clashes: ChooseConflicts.ask(parent, clashes, sender=sender)
        )
        if result is None:
            return None
    except OSError:
        Alert.show(parent, _t("The file cannot be read."))
        return None
    except Exception as exc:  # noqa: BLE001 - worded by describe()
        Alert.show(parent, describe(exc))
        return None
    return _t("{added} added, {updated} updated.").format(
        added=result.added, updated=result.updated
    )


def _import_question(received: ReceivedBundle) -> str:
    """Who sent it, by the name this vault stored for their verified key
    (never the name the bundle carries), what it holds, and whether it was
    addressed to this vault."""
    counts = {"new": received.new, "changed": received.updates}
    if received.sender_name is not None:
        question = _t("From {name} (verified): {new} new, {changed} to update. Import?").format(
            name=isolate(received.sender_name), **counts
        )
        if received.left_alone:
            question += " " + QCoreApplication.translate(
                "colleagues",
                "%n you already have as sent, or later, stay as they are.",
                "",
                received.left_alone,
            )
    else:
        question = _t(
            "From a sender who is NOT verified (a passphrase bundle): {new} new, "
            "{changed} to update. Import only if you expected it."
        ).format(**counts)
    if not received.addressed_to_me:
        question += "\n\n" + _t(
            "This bundle was not addressed to you: it names no recipient, so anyone who has "
            "its passphrase could open it."
        )
    return question


def _shown(field: str, value: object) -> str:
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        if field == "scenarios":
            return ", ".join(str(v.get("answer") if isinstance(v, dict) else v) for v in value)
        # threats, measures, reviews…: each item's words, in order
        return "; ".join(
            " / ".join(str(x) for x in v.values() if x not in (None, ""))
            if isinstance(v, dict)
            else str(v)
            for v in value
        )
    return value_text(field, value)


def _conflict_title(clashes: object) -> str:
    """The conflict dialog's title: what kind of record both changed."""
    kind = clashes.kind if isinstance(clashes, Clashes) else "meeting_plan"
    titles = {
        "meeting_plan": _t("Both of you changed this plan"),
        "incident": _t("Both of you changed this incident"),
        "risk_assessment": _t("Both of you changed this risk assessment"),
    }
    return titles.get(kind, _t("Both of you changed this record"))


def _choice_words(
    field: str, mine: object, theirs: object, sender: str | None
) -> list[tuple[str, str, str]]:
    """Keep mine and take theirs for one field: each choice's text, its
    accessible name (the field's label) and description (the text, for a
    screen reader). The values and the sender's name are isolated: in an
    Arabic sentence a phone number must not read backwards."""
    names = {"name": isolate(sender)} if sender is not None else {}
    theirs_template = _t("{name}'s: {value}") if sender is not None else _t("Theirs: {value}")
    label = field_label(field)
    words = []
    for template, value, name in (
        (_t("Mine: {value}"), mine, _t("Keep mine: {field}")),
        (theirs_template, theirs, _t("Take theirs: {field}")),
    ):
        parts = {**names, "value": isolate(_shown(field, value))}
        # The values are data: an "&" in them is shown, never a shortcut.
        text = template.format(**{key: escape_mnemonic(v) for key, v in parts.items()})
        words.append((text, name.format(field=label), template.format(**parts)))
    return words


def _choice_button(words: tuple[str, str, str], parent: QWidget) -> QRadioButton:
    text, name, description = words
    button = QRadioButton(text, parent)
    button.setAccessibleName(name)
    button.setAccessibleDescription(description)
    return button


class ChooseConflicts:
    """Both of you changed the same fields: show both values, let the person
    choose for each (a seam: tests replace ``ask``). Returns the fields to
    take from the bundle, or None when cancelled."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        clashes: list[tuple[str, object, object]],
        *,
        sender: str | None = None,
    ) -> list[str] | None:
        from PySide6.QtWidgets import QButtonGroup, QGridLayout

        dialog = QDialog(parent)
        dialog.setWindowTitle(_conflict_title(clashes))
        if sender is not None:  # the name this vault stored for the verified sender
            said = _t(
                "You and {name} changed the same parts since you last exchanged it. "
                "Choose which to keep for each."
            ).format(name=isolate(sender))
        else:
            said = _t(
                "You and your colleague changed the same parts since you last exchanged it. "
                "Choose which to keep for each."
            )
        if isinstance(clashes, Clashes) and clashes.title.strip():
            # A bundle may hold several records: say which one this is.
            said = isolate(clashes.title) + "\n" + said
        intro = plain_label(said, dialog, wrap=True)
        grid = QGridLayout()
        groups = []
        for row, (name, mine, theirs) in enumerate(clashes):
            label = plain_label(field_label(name), dialog, wrap=True)
            keep, take = (
                _choice_button(words, dialog) for words in _choice_words(name, mine, theirs, sender)
            )
            take.setChecked(True)
            group = QButtonGroup(dialog)
            group.addButton(keep)
            group.addButton(take)
            groups.append((name, take))
            grid.addWidget(label, row, 0)
            grid.addWidget(keep, row, 1)
            grid.addWidget(take, row, 2)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return [name for name, take in groups if take.isChecked()]


class AskSharePassphrase:
    """A passphrase for a new bundle, typed twice, at least 10 characters
    (a seam for tests). Tell it to the colleague in person, never with the file."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        first, ok = QInputDialog.getText(
            parent,
            _t("Bundle passphrase"),
            _t(
                "A passphrase of at least 10 characters. Tell it to your colleague in person, never with the file:"
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok or len(first) < 10:
            return None
        again, ok = QInputDialog.getText(
            parent,
            _t("Bundle passphrase"),
            _t("The same passphrase again:"),
            QLineEdit.EchoMode.Password,
        )
        return first if ok and again == first else None


class AskBundlePassphrase:
    """The passphrase of a passphrase bundle (a seam for tests)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        text, ok = QInputDialog.getText(
            parent,
            _t("Bundle passphrase"),
            _t("This bundle is protected by a passphrase. Enter it:"),
            QLineEdit.EchoMode.Password,
        )
        return text if ok and text else None
