"""No italics in Arabic (nor anywhere: Arabic, Devanagari, Thai and most other
scripts have no oblique forms, and a slanted Arabic is hard to read). Hints
are shown with colour or size instead. Each screen and dialog is built in
Arabic and searched: widget fonts, rich-text labels, documents and the fonts
item models give their rows."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QTextEdit,
    QWidget,
)

from fieldsafe.core.clock import to_iso
from fieldsafe.ui.common import i18n, ops
from fieldsafe.ui.common.record_text import rows_to_html
from fieldsafe.ui.plans.wizard import PlanWizard
from fieldsafe.ui.shell.first_run import FirstRunWizard
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.ui.shell.preferences import PreferencesDialog
from tests.ui.conftest import START, wait_ops


@pytest.fixture
def arabic(qapp: QApplication) -> None:
    """Arabic before any window is built (ask for it before ``window``)."""
    i18n.install_translators(qapp, "ar")


def _document_italics(document: QTextDocument) -> list[str]:
    found = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().fontItalic() or fragment.charFormat().font().italic():
                found.append(fragment.text())
            fragments += 1
        block = block.next()
    return found


def _model_italics(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found = []
    if model is None:
        return found
    try:
        columns = max(model.columnCount(QModelIndex()), 1)
    except TypeError:  # a list model: one column, and Qt keeps columnCount private
        columns = 1
    for row in range(min(model.rowCount(QModelIndex()), 200)):
        for column in range(columns):
            index = model.index(row, column)
            font = model.data(index, Qt.ItemDataRole.FontRole)
            if font is not None and font.italic():
                found.append(str(model.data(index)))
    return found


def italic_places(root: QWidget) -> list[str]:
    """Everything under ``root`` that would be drawn in italics."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        widget.ensurePolished()
        where = f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"
        if widget.font().italic():
            found.append(f"{where}: font")
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText:
            if "<" in widget.text():
                document = QTextDocument()
                document.setHtml(widget.text())
                found += [f"{where}: {text}" for text in _document_italics(document)]
        if isinstance(widget, QTextEdit):
            found += [f"{where}: {text}" for text in _document_italics(widget.document())]
        if isinstance(widget, QAbstractItemView):
            found += [f"{where}: {text}" for text in _model_italics(widget)]
    return found


def test_first_run_and_unlock_have_no_italics(qtbot, arabic, vault_dir) -> None:  # noqa: ANN001
    wizard = FirstRunWizard(vault_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.isRightToLeft()
    assert italic_places(wizard) == []
    screen = LockScreen(vault_dir)
    qtbot.addWidget(screen)
    screen.show()
    assert italic_places(screen) == []


def test_the_main_screens_and_dialogs_have_no_italics(qtbot, arabic, window, vault) -> None:  # noqa: ANN001
    assert window.isRightToLeft()
    saved = vault.logs.save(
        occurred_at=START - timedelta(hours=1),
        title="لقاء في المحطة",
        body="تحدثنا عن **مكان آمن** و*المتابعة*.",
        needs="",
    )
    vault.logs.save(log_id=saved.id, occurred_at=saved.occurred_at, title="لقاء", body="نص آخر")
    vault.plans.save({"starts_at": to_iso(START + timedelta(days=1)), "title": "خطة اللقاء"})
    window.log_model.reload()
    assert window.open_log(saved.id)
    wait_ops(qtbot)
    screens: list[QWidget] = [window]
    window.show_today()
    wait_ops(qtbot)
    assert italic_places(window) == []
    plans = window.show_plans()
    wait_ops(qtbot)
    assert plans is not None and italic_places(window) == []
    journal = window.show_journal()
    wait_ops(qtbot)
    assert journal is not None and italic_places(window) == []
    window.show_today()
    assert window.open_log(saved.id)
    for dialog in (
        window.show_history(),
        window.show_code_book(),
        window.change_passphrase(),
        PreferencesDialog(vault, window),
        PlanWizard({}, window),
    ):
        assert dialog is not None
        dialog.show()
        screens.append(dialog)
    wait_ops(qtbot)
    for screen in screens:
        assert italic_places(screen) == [], type(screen).__name__
    for screen in screens[1:]:
        screen.close()
    assert not ops.busy()


def test_an_empty_value_is_shown_without_italics(qapp, arabic) -> None:  # noqa: ANN001
    """ "(empty)" in the earlier-versions view (record_text.rows_to_html)."""
    document = QTextDocument()
    document.setHtml(rows_to_html([("Needs", ""), ("Title", "لقاء")]))
    assert document.toPlainText().count("\n") >= 3  # both rows are there
    assert _document_italics(document) == []


def test_the_search_finds_italics(qtbot, qapp) -> None:  # noqa: ANN001
    """The check itself: an italic label, <i> in rich text and an italic
    document are all found."""
    root = QWidget()
    qtbot.addWidget(root)
    slanted = QLabel("why", root)
    font = slanted.font()
    font.setItalic(True)
    slanted.setFont(font)
    QLabel("<p>a <i>reason</i></p>", root)
    editor = QTextEdit(root)
    editor.setHtml("<em>emphasis</em>")
    found = italic_places(root)
    assert len(found) == 3, found
