"""The unlock screen, its restore dialog and the logs' search row fit a
language whose words are far longer than English (issue 17, at font scale
1.6, FieldSafe's fonts and look, as the app starts them): a translator that
says every text twice stands in for one. tests/ui/fit found, in the real
catalogues, "No backup chosen yet" cut to a few letters beside its long
label (Russian, Albanian, Hungarian…), "Search all records" cut in the logs
column (Hungarian, Portuguese, Filipino…) and a damaged vault's message cut
off at the bottom of the unlock window (Vietnamese)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from fieldsafe.core.clock import FakeClock
from fieldsafe.errors import VaultDamaged
from fieldsafe.ui.common import fonts, theme
from fieldsafe.ui.shell.lock import LockScreen
from fieldsafe.ui.shell.log_list import FILTERS_BELOW, ONE_ROW, STACKED, LogListPanel
from fieldsafe.ui.shell.restore import RestoreDialog
from tests.ui.common.test_optional_date_width import shows_whole


class SaysItTwice(QTranslator):
    """Every text twice over: a language twice as long as English."""

    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{source} {source.replace('&', '')}" if source.strip() else ""

    def isEmpty(self) -> bool:  # noqa: N802, D102 - Qt's name
        return False


class Words(QTranslator):
    """Some texts in another language's words (the others untranslated)."""

    def __init__(self, texts: dict[str, str], parent: QObject) -> None:
        super().__init__(parent)
        self._texts = texts

    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return self._texts.get(source, "")

    def isEmpty(self) -> bool:  # noqa: N802, D102 - Qt's name
        return False


def albanian(parent: QObject) -> QTranslator:
    """The restore dialog's words as the Albanian catalogue has them (a
    label a little longer than English, a placeholder far longer)."""
    return Words(
        {
            "No backup chosen yet": "Ende nuk është zgjedhur asnjë kopje rezervë",
            "Backup &file:": "Skedari &i kopjes rezervë:",
            "&Passphrase of the backup:": "&Frazëkalimi i kopjes rezervë:",
            "S&how passphrase": "&Shfaqni frazëkalimin",
        },
        parent,
    )


def start_like_the_app(qapp: QApplication, scale: float) -> None:
    font = fonts.install(qapp)  # as app.start does (the conftest restores the look)
    font.setPointSizeF(font.pointSizeF() * scale)
    qapp.setFont(font)
    theme.apply(qapp, "light")


@pytest.fixture
def twice(qapp: QApplication) -> Iterator[None]:
    start_like_the_app(qapp, 1.6)
    qapp.installTranslator(SaysItTwice(qapp))  # the conftest removes it
    yield


def _whole_height(label: QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


@pytest.mark.parametrize("translator", [albanian, SaysItTwice])
@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_restore_dialog_shows_its_placeholder_and_labels_whole(
    qtbot,  # noqa: ANN001
    qapp: QApplication,
    tmp_path: Path,
    translator: Callable[[QObject], QTranslator],
    scale: float,
) -> None:
    start_like_the_app(qapp, scale)
    qapp.installTranslator(translator(qapp))  # the conftest removes it
    dialog = RestoreDialog(tmp_path / "vault")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.file_field.placeholderText() != "No backup chosen yet"
    assert shows_whole(dialog.file_field), "the placeholder is cut short"
    assert dialog.reveal.width() >= dialog.reveal.sizeHint().width()
    for label in dialog.findChildren(QLabel):
        if label.isVisible():
            assert label.height() >= label.sizeHint().height() or _whole_height(label), (
                f"{label.text()!r} is cut off"
            )
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()


def test_restore_dialog_keeps_english_beside_its_labels(qtbot, qapp, tmp_path: Path) -> None:  # noqa: ANN001
    start_like_the_app(qapp, 1.6)
    dialog = RestoreDialog(tmp_path / "vault")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert shows_whole(dialog.file_field)
    # "Backup file:" stands on the field's row, not above it
    label = next(label for label in dialog.findChildren(QLabel) if label.text() == "Backup &file:")
    assert abs(label.geometry().center().y() - dialog.file_field.geometry().center().y()) < 8


def _panel(qtbot, width: int) -> tuple[QWidget, LogListPanel]:  # noqa: ANN001
    window = QWidget()
    panel = LogListPanel(
        None,
        clock=FakeClock(),
        new_log_action=QAction(window),
        may_search_journal=lambda: False,
        count_text=str,
        parent=window,
    )
    QVBoxLayout(window).addWidget(panel)
    qtbot.addWidget(window)
    window.resize(width, 500)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: panel.search.width() > 0)
    return window, panel


def test_search_field_shows_its_placeholder_in_a_narrow_column(qtbot, twice: None) -> None:  # noqa: ANN001
    _window, panel = _panel(qtbot, 560)
    # Filters moves down beside "Include my journal": the field has the room, the
    # list keeps its height
    qtbot.waitUntil(lambda: panel.filter_button.geometry().top() > panel.search.geometry().bottom())
    assert panel._search_rows == FILTERS_BELOW
    row = panel.search.geometry()
    assert row.top() <= panel.search_label.geometry().center().y() <= row.bottom()
    filters, box = panel.filter_button.geometry(), panel.search_journal.geometry()
    assert box.top() <= filters.center().y() <= box.bottom()
    assert filters.right() < box.left()  # as Tab goes: Filters, then the box
    assert shows_whole(panel.search), "the search placeholder is cut short"


def test_search_field_stands_under_its_label_in_a_narrower_column(qtbot, twice: None) -> None:  # noqa: ANN001
    _window, panel = _panel(qtbot, 440)
    qtbot.waitUntil(lambda: panel.search_label.geometry().bottom() < panel.search.geometry().top())
    assert panel._search_rows == STACKED
    assert panel.filter_button.geometry().bottom() < panel.search.geometry().top()
    assert panel.search_journal.geometry().top() > panel.search.geometry().bottom()
    assert shows_whole(panel.search), "the search placeholder is cut short"


def test_search_row_stays_one_row_where_it_fits(qtbot, qapp) -> None:  # noqa: ANN001
    start_like_the_app(qapp, 1.6)
    _window, panel = _panel(qtbot, 440)  # the logs column of a 1366 px wide window
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out again, if asked
    assert panel._search_rows == ONE_ROW
    assert shows_whole(panel.search)
    row = panel.search.geometry()
    for widget in (panel.search_label, panel.filter_button):
        assert row.top() <= widget.geometry().center().y() <= row.bottom()


def test_damaged_vault_message_and_restore_button_are_not_cut_off(
    qtbot,  # noqa: ANN001
    qapp: QApplication,
    tmp_path: Path,
) -> None:
    start_like_the_app(qapp, 1.0)
    qapp.installTranslator(SaysItTwice(qapp))
    screen = LockScreen(tmp_path / "vault")
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    screen.show_failure(VaultDamaged())
    qtbot.waitUntil(lambda: screen.restore_button.isVisible())
    qtbot.waitUntil(lambda: _whole_height(screen.message))
    assert screen.restore_button.geometry().bottom() <= screen.height()
    assert screen.height() <= screen.screen().availableGeometry().height()
