"""Preferences ▸ *Back up on a schedule*: the folder, how often, *Back up
now*, and how the last backup went.

The backup is the usual encrypted backup file, written into
``<folder>/backups/`` (``vault.backup_schedule``): a team folder, or a
folder a sync engine carries to the person's other device. The section
says plainly that only their passphrase or recovery code opens it, that
the organisation can keep it but never read it, and that the journal stays
private inside it.

Unlike the rest of Preferences, what is chosen here applies at once (it is
the vault's, like the backups themselves): choosing a folder starts
backups every day unless another choice is made, *Off* stops them (the
backups written stay). The backups themselves are written by the
session's :class:`~.backup_runner.BackupRunner` when due, and here by
*Back up now*; both off the GUI thread.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.errors import TeamFolderMissing
from fieldsafe.messages import describe_task
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.dialogs import ChooseFolder
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.shell.backup_runner import changes, describe_failure

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

EVERY_DAY = 24
EVERY_WEEK = 7 * 24
OFF = 0
#: the section's least width, in widths of the letter M
WIDTH_EMS = 36
#: how many times the window is grown to fit what was just shown, at most
FIT_PASSES = 3


def _t(text: str, comment: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ScheduledBackup", text, comment, n)


class _Schedule(Protocol):
    """What the section reads of ``vault.backup_schedule.get()``."""

    folder: Path
    every_hours: int
    last_at: datetime | None
    failed_at: datetime | None
    failure: Exception | None


def status_text(schedule: _Schedule | None) -> str:
    """The last backup's time and whether it worked, in words."""
    if schedule is None:
        return _t("Off: no backup is written on a schedule.")
    if schedule.last_at is None:
        said = _t("No backup has been written there yet.")
    else:
        said = isolated(_t("Last backup: {time}."), time=format_moment(schedule.last_at))
    if schedule.failure is not None and schedule.failed_at is not None:
        tried = isolated(
            _t("The last try, {time}, did not work."), time=format_moment(schedule.failed_at)
        )
        return f"{said} {tried} {describe_failure(schedule.failure)}"
    if schedule.last_at is not None:
        return f"{said} {_t('It worked.')}"
    return said


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", "hint")
    return label


def _button(text: str, name: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.setAutoDefault(False)  # Return in Preferences saves; it never presses these
    return button


class ScheduledBackupSection(QWidget):
    """The section; ``vault`` None (locked) shows it disabled."""

    def __init__(self, vault: Vault | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._schedule: _Schedule | None = None
        self._team_folders: list[tuple[str, Path]] = []
        self.heading = QLabel(_t("Back up on a schedule"), self)
        self.heading.setProperty("role", "heading")
        self.explained = _hint(
            _t(
                "An encrypted copy of your whole vault, written into the folder you choose. "
                "Only your passphrase or recovery code opens it: your organisation can keep it "
                "but never read it, and your journal stays private inside it."
            ),
            self,
        )
        self.folder = QLabel(self)
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setWordWrap(True)
        self.choose = _button(_t("Choose &folder…"), _t("Choose the backup folder"), self)
        self.choose.clicked.connect(self.choose_folder)
        self.team = _button(_t("&Use the team folder"), _t("Use the team folder"), self)
        self.team.clicked.connect(self._team_clicked)
        self.team.hide()
        self.often = QComboBox(self)
        self.often.setAccessibleName(_t("How often to back up"))
        for hours, label in (
            (EVERY_DAY, _t("Every day")),
            (EVERY_WEEK, _t("Every week")),
            (OFF, _t("Off")),
        ):
            self.often.addItem(label, hours)
        self.often.setCurrentIndex(self.often.findData(OFF))
        self.often.activated.connect(self._often_chosen)
        self.now = _button(_t("&Back up now"), _t("Back up now"), self)
        self.now.clicked.connect(self.back_up_now)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleName(_t("How the last backup went"))
        self._lay_out()
        # Wide enough that the explanation wraps into a few lines, not many.
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * WIDTH_EMS)
        self._show_schedule(None)
        if vault is None:
            self.status.setText(_t("Unlock the vault to back up on a schedule."))
            for widget in (self.choose, self.often, self.now):
                widget.setEnabled(False)
            return
        changes().ran.connect(self.reload)
        self.reload()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.team)
        buttons.addStretch(1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(_t("Folder:"), self.choose), self.folder)
        form.addRow("", buttons)
        often = QHBoxLayout()
        often.addWidget(self.often, 1)
        often.addWidget(self.now)
        form.addRow(self._label(_t("How &often:"), self.often), often)
        form.addRow(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.explained)
        layout.addLayout(form)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # -- what the vault holds ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the schedule and the teams' folders (off the GUI thread)."""
        vault = self._vault
        if vault is None:
            return

        def load() -> tuple[Any, list[tuple[str, Path]]]:
            teams = [(t.name, t.folder) for t in vault.teams.all() if t.folder is not None]
            return vault.backup_schedule.get(), teams

        ops.run(load, parent=self).on_success(self._loaded).on_failure(self._failed)

    def _loaded(self, loaded: tuple[Any, list[tuple[str, Path]]]) -> None:
        schedule, self._team_folders = loaded
        self._show_teams()
        self._show_schedule(schedule)

    def _show_schedule(self, schedule: _Schedule | None) -> None:
        self._schedule = schedule
        if schedule is None:
            self.folder.setText(_t("No folder chosen."))
            self.folder.setToolTip("")
            self._select(OFF)
        else:
            self.folder.setText(isolate(_breakable(str(schedule.folder))))
            self.folder.setToolTip(str(schedule.folder))
            self._select(schedule.every_hours)
        self.now.setEnabled(self._vault is not None and schedule is not None)
        self.status.setText(status_text(schedule))
        QTimer.singleShot(0, self, lambda: self._fit_window(FIT_PASSES))

    def _fit_window(self, passes: int) -> None:
        """Grow the window (the Preferences dialog) to what the texts just
        shown need: it took its size before the vault said them. Wrapped
        text knows its height only once laid out at its width, so this
        looks again on the next turns of the event loop (``passes``)."""
        window = self.window()
        if window is self or not window.isVisible() or passes <= 0:
            return
        layout = window.layout()
        wanted = window.sizeHint().expandedTo(window.minimumSizeHint())
        width = max(window.width(), wanted.width())
        if layout is not None:
            layout.activate()
            if layout.hasHeightForWidth():  # wrapped labels: their height at this width
                wanted.setHeight(max(wanted.height(), layout.totalHeightForWidth(width)))
        screen = window.screen().availableGeometry().size() if window.screen() else wanted
        height = min(max(window.height(), wanted.height()), screen.height())
        width = min(width, screen.width())
        if (width, height) != (window.width(), window.height()):
            window.resize(width, height)
        QTimer.singleShot(0, self, lambda: self._fit_window(passes - 1))

    def _select(self, hours: int) -> None:
        index = self.often.findData(hours)
        if index < 0:  # set with the command line: every N hours
            index = self.often.count() - 1
            self.often.insertItem(index, _t("Every %n hours", None, hours), hours)
        self.often.setCurrentIndex(index)

    def _show_teams(self) -> None:
        folders = self._team_folders
        self.team.setVisible(bool(folders))
        self.team.setMenu(None)  # type: ignore[arg-type]  # (Qt takes None: no menu)
        self.team.setText(_t("&Use the team folder"))
        if len(folders) > 1:  # which team's folder: a menu of their names
            self.team.setText(_t("&Use a team folder"))
            menu = QMenu(self.team)
            for name, folder in folders:
                action = menu.addAction(name.replace("&", "&&"))
                action.triggered.connect(lambda _=False, f=folder: self.use_folder(f))
            self.team.setMenu(menu)

    # -- choosing -----------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = ChooseFolder.ask(self.window(), _t("Choose the backup folder"))
        if folder is not None:
            self.use_folder(folder)

    def _team_clicked(self) -> None:
        if len(self._team_folders) == 1:
            self.use_folder(self._team_folders[0][1])

    def use_folder(self, folder: Path, hours: int | None = None) -> None:
        """Back up into ``folder`` every ``hours`` (default: what is shown,
        every day when that is Off)."""
        vault = self._vault
        if vault is None:
            return
        chosen = hours or int(self.often.currentData()) or EVERY_DAY
        self.status.setText(_t("Saving…"))
        ops.run(lambda: vault.backup_schedule.set(folder, chosen), parent=self).on_success(
            self._saved
        ).on_failure(self._failed)

    def _often_chosen(self, index: int) -> None:
        vault = self._vault
        hours = int(self.often.itemData(index))
        if vault is None:
            return
        if hours == OFF:
            if self._schedule is not None:
                ops.run(vault.backup_schedule.clear, parent=self).on_success(
                    lambda _none: self._saved(None)
                ).on_failure(self._failed)
            return
        if self._schedule is not None:
            self.use_folder(self._schedule.folder, hours)
            return
        folder = ChooseFolder.ask(self.window(), _t("Choose the backup folder"))
        if folder is None:
            self._select(OFF)
            return
        self.use_folder(folder, hours)

    def _saved(self, schedule: _Schedule | None) -> None:
        self._show_schedule(schedule)
        changes().changed.emit()  # the runner plans again (and backs up if due)

    def _failed(self, error: BaseException) -> None:
        self._show_schedule(self._schedule)
        if isinstance(error, TeamFolderMissing):
            self.status.setText(
                _t("That folder is not there now: is the drive plugged in? Nothing was changed.")
            )
        else:
            self.status.setText(describe_task(error))

    # -- backing up now ---------------------------------------------------------------------

    def back_up_now(self) -> None:
        vault = self._vault
        if vault is None or self._schedule is None:
            return
        self.now.setEnabled(False)
        self.status.setText(_t("Writing the backup…"))
        ops.run(lambda: vault.backup_schedule.run(force=True), parent=self).on_success(
            lambda _path: self._backed_up()
        ).on_failure(lambda _error: self._backed_up())

    def _backed_up(self) -> None:
        changes().changed.emit()  # the runner plans from this backup (or this failure)
        self.reload()  # the schedule says how it went


def _breakable(path: str) -> str:
    """A path that may wrap after each separator (a zero-width space)."""
    return path.replace("/", "/\u200b").replace("\\", "\\\u200b")
