"""Interface 1.7: at first run the recovery-code page offers a printable
recovery sheet (a PDF), behind the not-encrypted warning; the code reaches
only the file the person chose."""

from __future__ import annotations

import errno
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from fieldsafe.errors import StorageFailed
from fieldsafe.messages import describe_task
from fieldsafe.ui.common import dialogs
from fieldsafe.ui.shell import recovery_sheet
from fieldsafe.ui.shell.first_run import PAGE_RECOVERY, FirstRunWizard
from fieldsafe.ui.shell.recovery_sheet import CODE_POINTS, sheet_document
from fieldsafe.ui.shell.session import Session
from tests.ui.conftest import activate, find
from tests.ui.shell.test_flow import create_through_wizard

CODE = "7K3QZ-M4P2R-X9WVA-HT6NB-C8DFE"


def _all_files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


@pytest.fixture
def wizard_on_the_code(qtbot, vault_dir: Path, clock) -> FirstRunWizard:  # noqa: ANN001
    session = Session(vault_dir, clock=clock)
    wizard, _code = create_through_wizard(qtbot, session)
    wizard.back()
    assert wizard.currentId() == PAGE_RECOVERY
    activate(qtbot, wizard)
    yield wizard
    session.shutdown()


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """The seams' answers (the warning, the file), and the notices shown."""
    given: dict[str, object] = {"warned": 0, "go": True, "file": None, "notices": []}

    def warn(_parent: object) -> bool:
        given["warned"] += 1  # type: ignore[operator]
        return bool(given["go"])

    monkeypatch.setattr(recovery_sheet.SheetWarning, "ask", warn)
    monkeypatch.setattr(recovery_sheet.ChooseSheetFile, "ask", lambda _parent: given["file"])
    monkeypatch.setattr(
        dialogs.Notice, "show", lambda _parent, text, **_kw: given["notices"].append(text)
    )
    return given


def test_the_sheet_holds_the_code_large_the_date_and_instructions() -> None:
    document = sheet_document(CODE, date(2026, 3, 4))
    text = document.toPlainText()
    assert CODE in text
    assert "2026" in text
    assert "type this code where the passphrase goes" in text
    assert "apart from your laptop" in text
    block = document.find(CODE)
    assert block.charFormat().fontPointSize() == CODE_POINTS
    assert block.charFormat().fontWeight() >= 700
    assert "/vaults/" not in document.toHtml()  # where the vault lives is not on it


def test_save_a_printable_sheet_by_keyboard(
    qtbot,  # noqa: ANN001
    wizard_on_the_code: FirstRunWizard,
    answers: dict[str, object],
    fieldsafe_home: Path,
    tmp_path: Path,
) -> None:
    wizard = wizard_on_the_code
    code = wizard._recovery_code
    target = tmp_path / "chosen" / "sheet.pdf"
    target.parent.mkdir()
    answers["file"] = target
    home_before = _all_files(fieldsafe_home)

    button = find("Save a printable sheet", QPushButton, within=wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # its mnemonic
    qtbot.waitUntil(target.exists)  # a mnemonic presses the button after a short animation

    assert answers["warned"] == 1
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert b"/Count 1" in data  # one page
    assert len(data) > 5000  # text and its font, not an empty page
    assert b"/Title ()" in data and b"/Creator ()" in data  # no title or program in it
    assert [p.name for p in target.parent.iterdir()] == ["sheet.pdf"]  # no temp file left
    assert _all_files(fieldsafe_home) == home_before  # nothing else written anywhere
    assert answers["notices"] and "not encrypted" in str(answers["notices"][0])
    assert code and code not in "".join(map(str, answers["notices"]))
    assert button.isEnabled()


@pytest.mark.parametrize("step", ["warning", "file"])
def test_cancelling_writes_nothing(
    qtbot,  # noqa: ANN001
    wizard_on_the_code: FirstRunWizard,
    answers: dict[str, object],
    fieldsafe_home: Path,
    tmp_path: Path,
    step: str,
) -> None:
    if step == "warning":
        answers["go"] = False
        answers["file"] = tmp_path / "sheet.pdf"
    home_before = _all_files(fieldsafe_home)
    button = find("Save a printable sheet", QPushButton, within=wizard_on_the_code)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not (tmp_path / "sheet.pdf").exists()
    assert _all_files(fieldsafe_home) == home_before
    assert answers["notices"] == []


def test_a_full_disk_says_so_and_leaves_no_file(
    qtbot,  # noqa: ANN001
    wizard_on_the_code: FirstRunWizard,
    answers: dict[str, object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answers["file"] = tmp_path / "sheet.pdf"

    def full(path: Path, data: bytes, **_kw: object) -> None:
        raise StorageFailed(errno.ENOSPC)

    monkeypatch.setattr(recovery_sheet, "write_atomic", full)
    button = find("Save a printable sheet", QPushButton, within=wizard_on_the_code)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert answers["notices"] == [describe_task(StorageFailed(errno.ENOSPC))]
    assert "disk is full" in str(answers["notices"][0])
    assert list(tmp_path.iterdir()) == []
