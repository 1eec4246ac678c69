"""The attachments strip of the log editor: photos, scans and PDFs of the
open log, as thumbnails; add (encrypted into the vault, then an offer to
delete the originals), view, and remove.

Files are read, checked and stripped of metadata by :mod:`fieldsafe.media`
on a worker thread, then stored with the log. A new or edited log is saved
first, so the files always belong to a stored log. The outcome of an import
is told where the person is: in the editor when it is about the open log,
else in the window's status bar (they moved on meanwhile). Attachments mean
paper notes (:mod:`fieldsafe.core.logs`): the log is marked, so the Today
view follows the paper up until it is destroyed.

Its words keep the translation context ``LogEditor`` they had when the strip
was part of the editor.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QFontMetrics, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.logs import log_after_attaching
from fieldsafe.core.records import RecordId
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.button_flow import ButtonFlow
from fieldsafe.ui.common.dialogs import ChooseAttachments, Confirm, DeleteOriginals
from fieldsafe.ui.common.plain_text import plain_tooltip
from fieldsafe.ui.common.widgets import WrappingCheckBox

if TYPE_CHECKING:
    from fieldsafe.media import RemovalResult
    from fieldsafe.vault import Vault

THUMBNAIL_SIZE = 96
ATTACHMENT_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
_CTX = "LogEditor"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


class AttachmentsHost(Protocol):
    """What the strip needs of the editor it is in."""

    @property
    def vault(self) -> Vault | None: ...

    @property
    def log_id(self) -> RecordId | None: ...

    def save_for_attaching(self) -> bool:
        """Save the open log if it is new or edited; False if that failed."""
        ...

    def report(self, text: str, in_editor: bool) -> None:
        """Say ``text``: in the editor, or (``in_editor`` False) in the window."""
        ...

    def attachments_added(self, count: int) -> None:
        """``count`` files were added to the open log."""
        ...

    # The words for counts are the host's: lupdate finds plural forms only in
    # self.tr() calls, and these keep the editor's translation context.
    def import_text(self, added: int, refused: Sequence[BaseException], problem: str) -> str:
        """What an import did: ``added`` files stored, ``refused`` ones not
        (the first one's error explained), and a ``problem`` since ("" if none)."""
        ...

    def removal_text(self, results: Sequence[RemovalResult]) -> str:
        """What became of the originals offered for deletion."""
        ...


class AttachmentsPanel(QWidget):
    """The attachments of the host's open log (see :meth:`load`)."""

    def __init__(self, host: AttachmentsHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._read_only = False
        self.attachment_list = QListWidget(self)
        self.attachment_list.setAccessibleName(_t("Attachments"))
        self.attachment_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.attachment_list.setIconSize(QSize(THUMBNAIL_SIZE, THUMBNAIL_SIZE))
        self.attachment_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.attachment_list.setMovement(QListWidget.Movement.Static)
        self.attachment_list.setWordWrap(True)
        self.attachment_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachment_list.setFixedHeight(
            THUMBNAIL_SIZE + QFontMetrics(self.font()).lineSpacing() * 3
        )
        self.attachment_list.itemActivated.connect(lambda _item: self.view_attachment())
        self.attach_button = QPushButton(_t("Attach photos or PDFs…"), self)
        self.attach_button.setAccessibleName(_t("Attach"))
        self.attach_button.clicked.connect(self.choose_attachments)
        self.view_button = QPushButton(_t("View"), self)
        self.view_button.setAccessibleName(_t("View attachment"))
        self.view_button.clicked.connect(self.view_attachment)
        self.remove_attachment_button = QPushButton(_t("Remove"), self)
        self.remove_attachment_button.setAccessibleName(_t("Remove attachment"))
        self.remove_attachment_button.clicked.connect(self.remove_attachment)
        self.strip_metadata = WrappingCheckBox(
            _t("Remove location and camera details from photos"), self
        )
        self.strip_metadata.setChecked(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)  # lined up with the form's other fields
        box.addWidget(self.attachment_list)
        # On two lines when one is too narrow for them (long words, large text)
        buttons = ButtonFlow()
        box.addLayout(buttons)
        for button in (self.attach_button, self.view_button, self.remove_attachment_button):
            buttons.add(button)
        box.addWidget(self.strip_metadata)

    def tab_chain(self) -> list[QWidget]:
        """The strip's widgets as they are shown."""
        return [
            self.attachment_list,
            self.attach_button,
            self.view_button,
            self.remove_attachment_button,
            self.strip_metadata.box,
        ]

    def set_read_only(self, read_only: bool) -> None:
        """A log shown read only: its attachments can be viewed, not added
        or removed (dropping files on the editor starts editing)."""
        self._read_only = read_only
        self.attach_button.setEnabled(not read_only)
        self.remove_attachment_button.setEnabled(not read_only and self.attachment_list.count() > 0)
        self.strip_metadata.setEnabled(not read_only)

    # -- the list ------------------------------------------------------------------------
    def load(self) -> None:
        """Show the attachments of the host's open log (none for a new one)."""
        self.attachment_list.clear()
        vault, log_id = self._host.vault, self._host.log_id
        has = False
        if vault is not None and log_id is not None and not vault.is_locked:
            try:
                infos = vault.attachments.of(log_id)
            except Exception as exc:  # noqa: BLE001 - worded by describe()
                self._host.report(describe(exc), True)
                infos = []
            has = bool(infos)
            for info in infos:
                item = QListWidgetItem(info.name, self.attachment_list)
                item.setData(ATTACHMENT_ID_ROLE, info.id)
                item.setToolTip(plain_tooltip(info.name))  # a name may hold markup
            if infos:
                self._load_thumbnails(vault, [i.id for i in infos])
        self.view_button.setEnabled(has)
        self.remove_attachment_button.setEnabled(has and not self._read_only)

    def clear(self) -> None:
        self.attachment_list.clear()

    def _load_thumbnails(self, vault: Vault, ids: list[str]) -> None:
        from fieldsafe.ui.logs.attachment_images import thumbnail

        log_id = self._host.log_id

        def work() -> list[tuple[str, QImage | None]]:
            found = []
            for attachment_id in ids:
                info = vault.attachments.info(attachment_id)
                found.append(
                    (
                        attachment_id,
                        thumbnail(
                            vault.attachments.data(attachment_id), info.media_type, THUMBNAIL_SIZE
                        ),
                    )
                )
            return found

        def show(found: list[tuple[str, QImage | None]]) -> None:
            if self._host.log_id != log_id or self._host.vault is not vault:
                return
            images = dict(found)
            for row in range(self.attachment_list.count()):
                item = self.attachment_list.item(row)
                image = images.get(item.data(ATTACHMENT_ID_ROLE))
                if image is not None:
                    item.setIcon(QIcon(QPixmap.fromImage(image)))

        ops.run(work, parent=self).on_success(show)

    def selected_attachment(self) -> str | None:
        item = self.attachment_list.currentItem() or self.attachment_list.item(0)
        return None if item is None else item.data(ATTACHMENT_ID_ROLE)

    # -- adding ----------------------------------------------------------------------------
    def choose_attachments(self) -> None:
        paths = ChooseAttachments.ask(self)
        if paths:
            self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> ops.Op | None:
        """Import files into the vault with the open log (saving a new log
        first), then offer to delete the originals."""
        if self._host.vault is None or not self._host.save_for_attaching():
            return None
        vault, log_id = self._host.vault, self._host.log_id
        assert vault is not None and log_id is not None
        strip = self.strip_metadata.isChecked()

        def work() -> tuple[list[Path], list[BaseException]]:
            from fieldsafe.media import prepare_attachment, read_attachment_file

            done: list[Path] = []
            failed: list[BaseException] = []
            for path in paths:
                try:
                    prepared = prepare_attachment(
                        read_attachment_file(path), name=path.name, strip_metadata=strip
                    )
                    vault.attachments.add(log_id, prepared)
                except Exception as exc:  # noqa: BLE001 - each file on its own; worded by describe()
                    failed.append(exc.with_traceback(None))
                else:
                    done.append(path)
            return done, failed

        op = ops.run(work, parent=self, progress=_t("Encrypting the attachments…"))
        op.on_success(lambda result: self._attached(log_id, *result))
        op.on_failure(lambda exc: self._host.report(describe(exc), True))
        return op

    def _attached(self, log_id: RecordId, done: list[Path], failed: list[BaseException]) -> None:
        vault = self._host.vault
        if vault is None:
            return  # locked meanwhile: the imports that finished are in the vault
        still_open = self._host.log_id == log_id
        if still_open:
            self.load()
        problem = ""
        if done:
            # Paper notes came in: the Today view follows up until they are destroyed.
            if still_open:
                self._host.attachments_added(len(done))
            else:
                try:
                    stored = vault.logs.get(log_id)
                    updated = log_after_attaching(stored, len(done))
                    if updated is not stored:
                        vault.logs.save_log(updated)
                except Exception as exc:  # noqa: BLE001 - worded by describe()
                    problem = describe(exc)
        self._host.report(self._host.import_text(len(done), failed, problem), still_open)
        if done and DeleteOriginals.ask(self, count=len(done)):
            self.remove_originals(done, in_editor=still_open and self._host.log_id == log_id)

    def remove_originals(self, paths: list[Path], *, in_editor: bool = True) -> ops.Op:
        from fieldsafe.media import remove_original

        def work() -> list[RemovalResult]:
            return [remove_original(path) for path in paths]

        def report(results: list[RemovalResult]) -> None:
            self._host.report(self._host.removal_text(results), in_editor)

        return ops.run(work, parent=self).on_success(report)

    # -- viewing and removing --------------------------------------------------------------
    def view_attachment(self) -> QWidget | None:
        from fieldsafe.ui.logs.attachment_viewer import AttachmentView

        vault, attachment_id = self._host.vault, self.selected_attachment()
        if vault is None or attachment_id is None:
            return None
        try:
            info = vault.attachments.info(attachment_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self._host.report(describe(exc), True)
            return None
        view = AttachmentView(vault, info, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.open()
        return view

    def remove_attachment(self) -> bool:
        vault, attachment_id = self._host.vault, self.selected_attachment()
        if vault is None or attachment_id is None:
            return False
        if not Confirm.ask(
            self,
            question=_t("Remove this attachment?"),
            detail=_t("It will be removed from the vault for good."),
            confirm=_t("Remove"),
        ):
            return False
        try:
            vault.attachments.delete(attachment_id)
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self._host.report(describe(exc), True)
            return False
        self.load()
        self._host.report(_t("The attachment was removed."), True)
        return True
