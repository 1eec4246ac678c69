"""Every first-run page opens the same way (seen going through it in light,
dark and high contrast): the page's title large at the top and its first
words below it. A subtitle gave the passphrase and recovery-code pages the
wizard's header band with a small title instead, unlike the other pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from fieldsafe.ui.shell.first_run import FirstRunWizard


def test_no_page_has_a_subtitle_and_its_words_are_on_the_page(qtbot, vault_dir: Path) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(vault_dir)
    qtbot.addWidget(wizard)
    for page_id in wizard.pageIds():
        page = wizard.page(page_id)
        assert not page.subTitle(), page.title()
    texts = [label.text() for label in wizard.findChildren(QLabel)]
    assert any(t.startswith("Only you will know it; FieldSafe cannot reset it.") for t in texts)
    assert any(t.startswith("If you ever forget your passphrase, this code opens") for t in texts)
