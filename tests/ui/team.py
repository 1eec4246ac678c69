"""Colleagues' vaults for GUI sharing tests, and the file seams of
``ui.plans.sharing`` pointed at one bundle file."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldsafe.ui.plans import sharing
from fieldsafe.vault import Vault


def colleague(vault: Vault, directory: Path, name: str, passphrase: str) -> Vault:
    """A colleague's own vault: cards exchanged with ``vault`` and verified
    on both sides (``vault`` shows them as ``name``). Lock it when done."""
    other, _ = Vault.create(directory / name.lower(), passphrase)
    other.sharing.set_name(name)
    mine = vault.sharing.add_card(other.sharing.identity().card())
    vault.sharing.verify(mine.id)
    theirs = other.sharing.add_card(vault.sharing.identity().card())
    other.sharing.verify(theirs.id)
    return other


def bundle_files(
    monkeypatch: pytest.MonkeyPatch, bundle: Path, *, recipients: tuple[int, ...]
) -> list[list[str]]:
    """Share to ``bundle`` for the colleagues at ``recipients`` (positions
    in the chooser's list) and receive from it, importing without asking.
    Returns the names each share chooser offered, one list per share."""
    offered: list[list[str]] = []

    def choose(cls, parent, names):  # noqa: ANN001, ANN202
        offered.append(list(names))
        return sharing.ShareChoice(recipients)

    monkeypatch.setattr(sharing.ChooseRecipients, "ask", classmethod(choose))
    monkeypatch.setattr(sharing.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
    monkeypatch.setattr(sharing.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle))
    monkeypatch.setattr(sharing.ConfirmImport, "ask", classmethod(lambda cls, parent, q: True))
    monkeypatch.setattr(
        sharing.ReviewUpdate, "ask", classmethod(lambda cls, parent, q, updates: True)
    )
    return offered
