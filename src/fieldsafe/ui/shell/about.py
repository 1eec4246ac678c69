"""Help → About FieldSafe: what this copy is (the same facts as
``fieldsafe --version``): the version, the licence, where the source is, the
SQLCipher, SQLite and Qt versions, and, in portable mode, the folder that
holds everything. Also the language it speaks now and whether a native
speaker has reviewed that translation, with how to tell us when a word reads
wrong (``i18n.review_note``, from ``resources/i18n/languages.json``). Plain text in a read-only field, so it can be selected and
copied for someone helping; Enter or Escape closes it.

Also the one message portable mode needs before any window exists
(:func:`portable_refused`)."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe import build_info, paths
from fieldsafe.ui.common import i18n
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.dialogs import message_box


def _t(text: str) -> str:
    return QCoreApplication.translate("about", text)


def about_lines() -> list[str]:
    """The facts, one per line, in the interface language."""
    info = build_info()
    if info.source is not None:
        source = isolated(
            _t("Source code: shipped with this program, in {folder}"), folder=info.source
        )
    else:
        source = _t("Source code: not included in this copy. Ask whoever gave it to you.")
    lines = [
        isolated(_t("Version {version}"), version=info.version),
        i18n.review_note(i18n.current_language()),
        isolated(
            _t("Licence: {name} ({spdx})"),
            name=_t("GNU Affero General Public License, version 3 or later"),
            spdx=info.licence,
        ),
        source,
        isolated(
            _t("SQLCipher {sqlcipher}, SQLite {sqlite}"),
            sqlcipher=info.sqlcipher,
            sqlite=info.sqlite,
        ),
        isolated(_t("Qt {qt} (PySide6 {pyside})"), qt=qVersion(), pyside=PySide6.__version__),
    ]
    portable = paths.portable_data()
    if portable is not None:
        lines.append(isolated(_t("Portable mode: everything is kept in {folder}"), folder=portable))
    return lines


class AboutDialog(QDialog):
    """About FieldSafe. Tab moves between the details and Close; Enter,
    Escape or Close close it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about-dialog")
        self.setWindowTitle(_t("About FieldSafe"))
        heading = QLabel(_t("FieldSafe"), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        summary = QLabel(
            _t("Encrypted field records that stay on this computer and work without internet."),
            self,
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)  # Tab leaves the field: no keyboard trap
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.details.setAccessibleName(_t("About this copy of FieldSafe"))
        self.details.setPlainText("\n".join(about_lines()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(_t("Close"))
        self.close_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, summary, self.details, buttons):
            layout.addWidget(widget)
        em = self.fontMetrics().horizontalAdvance("M")
        line = self.fontMetrics().lineSpacing()
        self.details.setMinimumHeight(line * 8)
        self.resize(em * 44, line * 15)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter closes at once


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open About FieldSafe without blocking (like every notice)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def portable_refused(folder: Path) -> None:
    """Portable mode was asked for, but ``folder`` cannot be written: say so
    (before any other window; nothing has been written anywhere) and wait
    for OK."""
    app = QApplication.instance() or QApplication(["fieldsafe"])
    box = message_box(
        None,
        isolated(
            _t(
                "FieldSafe cannot write in its folder {folder}, so it cannot start in portable mode."
            ),
            folder=folder,
        ),
        detail=_t(
            "Copy the FieldSafe folder to a place you can write to (a USB stick that is not "
            "write-protected, or your own folder), or start FieldSafe without portable mode."
        ),
        icon=QMessageBox.Icon.Warning,
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()
    del app
