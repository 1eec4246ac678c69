"""Printing and saving as PDF: always warned first, written atomically,
minimal mode leaves out people and places, nothing else left on disk."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton

from fieldsafe import atomicfile
from fieldsafe.errors import NotFound, StorageFailed
from fieldsafe.messages import describe
from fieldsafe.ui.common.dialogs import Notice
from fieldsafe.ui.logs import printing
from fieldsafe.ui.logs.printing import ChoosePdfFile, ChoosePrinter, PrintWarning, print_logs
from fieldsafe.vault import Vault
from tests.ui.conftest import START, find

CODE = "QX77"


class Seams:
    """Records the order of the questions and what existed on disk then."""

    def __init__(
        self,
        monkeypatch: pytest.MonkeyPatch,
        folder: Path,
        *,
        minimal: bool | None = False,
        target: Path | None = None,
    ) -> None:
        self.calls: list[str] = []
        self.notices: list[str] = []
        self.folder = folder
        self.target = target if target is not None else folder / "out.pdf"
        self.minimal = minimal
        self.files_at_warning: list[str] | None = None

        def warn(_parent: object, *, count: int, minimal: bool = True) -> bool | None:
            self.calls.append(f"warn:{count}:{minimal}")
            self.files_at_warning = sorted(p.name for p in folder.iterdir())
            return self.minimal

        def choose_file(_parent: object) -> Path | None:
            self.calls.append("file")
            return self.target

        def notice(_parent: object, text: str, *, detail: str = "") -> None:
            self.notices.append(text)

        monkeypatch.setattr(PrintWarning, "ask", warn)
        monkeypatch.setattr(ChoosePdfFile, "ask", choose_file)
        monkeypatch.setattr(Notice, "show", notice)


def _logs(vault: Vault) -> list[str]:
    one = vault.logs.save(
        occurred_at=START,
        title="First meeting",
        body="Body text of the first log.",
        person_codes=[CODE],
        area="Harbour quarter",
        who_went=["colleague Zed"],
        setting="brothel",
        needs="Somewhere to sleep",
    )
    two = vault.logs.save(
        occurred_at=START, title="Second meeting", body="Body text of the second log."
    )
    return [one.id, two.id]


def _pdf_text(data: bytes) -> tuple[int, str]:
    doc = pdfium.PdfDocument(data)
    try:
        texts = []
        for i in range(len(doc)):
            page = doc[i]
            textpage = page.get_textpage()
            texts.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return len(doc), "\n".join(texts)
    finally:
        doc.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "chosen"
    out.mkdir()
    return out


def test_pdf_is_written_after_the_warning(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    fieldsafe_home: Path,  # noqa: ANN001
) -> None:
    seams = Seams(monkeypatch, folder, minimal=False)
    ids = _logs(vault)
    assert print_logs(None, vault, ids, to_pdf=True)
    assert seams.calls == ["warn:2:True", "file"]  # warned first, minimal offered as the default
    assert seams.files_at_warning == []
    assert sorted(p.name for p in folder.iterdir()) == ["out.pdf"]  # no temp file left
    data = (folder / "out.pdf").read_bytes()
    assert data.startswith(b"%PDF")
    pages, text = _pdf_text(data)
    assert pages >= len(ids)
    for expected in (
        "First meeting",
        "Second meeting",
        "Body text of the first log.",
        "Body text of the second log.",
        CODE,
        "Harbour quarter",
        "Brothel",
    ):
        assert expected in text, expected
    assert (
        folder / "out.pdf"
    ).stat().st_mode & 0o077 == 0  # private, like every file FieldSafe writes
    assert seams.notices == ["The PDF was saved. It is not encrypted."]
    assert not any((fieldsafe_home / "tmp").iterdir())  # nothing in the temp folder either


def test_each_log_starts_a_new_page(
    qtbot, vault: Vault, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    Seams(monkeypatch, folder)
    ids = [vault.logs.save(occurred_at=START, title=f"log {i}", body="short").id for i in range(3)]
    assert print_logs(None, vault, ids, to_pdf=True)
    doc = pdfium.PdfDocument((folder / "out.pdf").read_bytes())
    try:
        assert len(doc) == 3
        for i in range(3):
            assert f"log {i}" in doc[i].get_textpage().get_text_range()
    finally:
        doc.close()


def test_minimal_leaves_out_codes_places_and_colleagues(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    seams = Seams(monkeypatch, folder, minimal=True)
    ids = _logs(vault)
    assert print_logs(None, vault, ids, to_pdf=True)
    assert seams.calls[0].startswith("warn")
    _pages, text = _pdf_text((folder / "out.pdf").read_bytes())
    assert CODE not in text
    for gone in ("Harbour quarter", "colleague Zed", "Brothel", "Person codes", "Who went"):
        assert gone not in text, gone
    assert "Body text of the first log." in text
    assert "Somewhere to sleep" in text


def test_cancelling_the_warning_writes_nothing(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    seams = Seams(monkeypatch, folder, minimal=None)
    assert not print_logs(None, vault, _logs(vault), to_pdf=True)
    assert seams.calls == ["warn:2:True"]  # not even asked where
    assert list(folder.iterdir()) == []


def test_cancelling_the_file_dialog_writes_nothing(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    seams = Seams(monkeypatch, folder)
    monkeypatch.setattr(ChoosePdfFile, "ask", lambda _parent: seams.calls.append("file"))
    assert not print_logs(None, vault, _logs(vault), to_pdf=True)
    assert seams.calls == ["warn:2:True", "file"]
    assert list(folder.iterdir()) == []
    assert seams.notices == []


def test_failed_write_leaves_no_file(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    seams = Seams(monkeypatch, folder)

    def disk_full(_src: object, _dst: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomicfile.os, "replace", disk_full)
    assert not print_logs(None, vault, _logs(vault), to_pdf=True)
    monkeypatch.setattr(atomicfile.os, "replace", os.replace)
    assert list(folder.iterdir()) == []  # neither the PDF nor a temp file
    assert seams.notices == [describe(StorageFailed(errno.ENOSPC))]


def test_existing_file_is_replaced_whole(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    Seams(monkeypatch, folder)
    (folder / "out.pdf").write_bytes(b"old content")
    assert print_logs(None, vault, _logs(vault), to_pdf=True)
    assert (folder / "out.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in folder.iterdir()) == ["out.pdf"]


def test_missing_log_is_worded_by_describe(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    seams = Seams(monkeypatch, folder)
    assert not print_logs(None, vault, ["00000000-0000-4000-8000-000000000000"], to_pdf=True)
    assert seams.notices == [describe(NotFound())]
    assert list(folder.iterdir()) == []


def test_html_like_text_prints_literally(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    Seams(monkeypatch, folder)
    log = vault.logs.save(occurred_at=START, title="<b>x</b>", body="<i>y</i> & z")
    assert print_logs(None, vault, [log.id], to_pdf=True)
    _pages, text = _pdf_text((folder / "out.pdf").read_bytes())
    assert "<b>x</b>" in text and "<i>y</i> & z" in text


def test_paper_goes_through_the_printer_seam_after_the_warning(
    qtbot,
    vault: Vault,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    seams = Seams(monkeypatch, folder, minimal=True)
    spool = tmp_path / "spool.pdf"  # stands in for the printer
    chosen: list[QPrinter] = []

    def choose_printer(_parent: object) -> QPrinter:
        seams.calls.append("printer")
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(spool))
        chosen.append(printer)
        return printer

    monkeypatch.setattr(ChoosePrinter, "ask", choose_printer)
    ids = _logs(vault)
    assert print_logs(None, vault, ids, to_pdf=False)
    assert seams.calls == ["warn:2:True", "printer"]
    assert chosen[0].docName() == "Document"  # the print queue never shows a log's title
    pages, text = _pdf_text(spool.read_bytes())
    assert pages >= 2 and "Body text of the second log." in text and CODE not in text
    assert list(folder.iterdir()) == []
    assert seams.notices == []


def test_cancelling_the_printer_prints_nothing(
    qtbot,
    vault: Vault,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,  # noqa: ANN001
) -> None:
    seams = Seams(monkeypatch, folder)
    rendered: list[object] = []
    monkeypatch.setattr(ChoosePrinter, "ask", lambda _parent: seams.calls.append("printer"))
    monkeypatch.setattr(printing, "build_document", lambda *a, **k: rendered.append(a))
    assert not print_logs(None, vault, _logs(vault), to_pdf=False)
    assert seams.calls == ["warn:2:True", "printer"]
    assert rendered == []


def test_no_logs_asks_nothing(
    qtbot, vault: Vault, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    seams = Seams(monkeypatch, folder)
    assert not print_logs(None, vault, [], to_pdf=True)
    assert seams.calls == []


def test_warning_dialog_says_it_is_not_encrypted(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def answer(dialog: QDialog) -> int:
        texts = " ".join(w.text() for w in dialog.findChildren(QPushButton)) + " ".join(
            label.text() for label in dialog.findChildren(QLabel)
        )
        seen["texts"] = texts
        box = find(
            "Leave out person codes, places and names of colleagues",
            QCheckBox,
            within=dialog,
            visible=False,
        )
        seen["default"] = box.isChecked()
        box.setChecked(False)
        seen["title"] = dialog.windowTitle()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QDialog, "exec", answer)
    assert PrintWarning.ask(None, count=3) is False  # accepted, with the box unticked
    assert seen["default"] is True
    assert seen["title"] == "Print"
    assert "not encrypted" in str(seen["texts"])
    assert "Anyone who finds" in str(seen["texts"])
    assert "3 log(s)" in str(seen["texts"])

    monkeypatch.setattr(QDialog, "exec", lambda _dialog: QDialog.DialogCode.Rejected)
    assert PrintWarning.ask(None, count=1) is None
