"""The unlock screen speaks the look of the other screens (seen beside them
in light, dark and high contrast): its heading is a title and its hint a hint
in the stylesheet's roles, instead of sizes set by hand that kept the heading
thin, and the lock's icon stands above them (the heading names it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from fieldsafe.ui.common.empty_state import IconMark
from fieldsafe.ui.shell.lock import LockScreen


def test_heading_and_hint_take_the_looks_roles(qtbot, vault_dir: Path) -> None:  # noqa: ANN001
    screen = LockScreen(vault_dir)
    qtbot.addWidget(screen)
    labels = {label.text(): label for label in screen.findChildren(QLabel)}
    assert labels["FieldSafe is locked"].property("role") == "title"
    hint = labels["Forgot it? You can type your recovery code here instead."]
    assert hint.property("role") == "hint"
    assert len(screen.findChildren(IconMark)) == 1
