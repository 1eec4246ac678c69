"""The first-run wizard: the language and what FieldSafe does and does not
protect, a passphrase, the vault itself, the recovery code (shown once,
then checked by typing one group of it back), and the name colleagues will
see (:mod:`.first_run_name`).

Choosing a language on the welcome page applies at once: the translators are
swapped and every page is built again in the new language (nothing has been
typed yet), and the choice is saved for the next start.

The vault is created when the person leaves the passphrase page (a commit
page: no going back past it). Key derivation runs through ``ui.ops`` with an
inline busy bar. The recovery code is never put on the clipboard: there is no
copy button, and the copy shortcut is swallowed on the code.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldsafe.core.clock import Clock
from fieldsafe.errors import StorageFailed
from fieldsafe.messages import describe
from fieldsafe.ui.common import i18n, ops
from fieldsafe.ui.common.language_choice import LanguageChoice
from fieldsafe.ui.shell import limits, settings
from fieldsafe.ui.shell.first_run_name import PAGE_NAME, NamePage
from fieldsafe.ui.shell.passphrase import NewPassphraseForm, wipe
from fieldsafe.ui.shell.recovery_code import RecoveryCodeLabel
from fieldsafe.vault import Vault, normalize_recovery_code

PAGE_WELCOME, PAGE_PASSPHRASE, PAGE_RECOVERY, PAGE_CONFIRM = range(4)

log = logging.getLogger("fieldsafe.ui.shell.first_run")


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class WelcomePage(QWizardPage):
    """What FieldSafe does, with the language choice on top: emits
    :attr:`language_chosen` with the code the person picked."""

    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to FieldSafe"))
        self.language = LanguageChoice(current=i18n.current_language(), parent=self)
        self.language.chosen.connect(self.language_chosen)
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        language_row = QFormLayout()
        language_row.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        language_row.addRow(language_label, self.language)
        # In a scroll area: with large fonts or long translations, nothing is cut off.
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addLayout(language_row)
        layout.addWidget(self.language.status_hint(content))  # reviewed by a native speaker?
        layout.addWidget(_paragraph(limits.what_it_does()))
        layout.addWidget(_paragraph(limits.what_it_protects()))
        what_not = QLabel(limits.limits_html())
        what_not.setTextFormat(Qt.TextFormat.RichText)
        what_not.setWordWrap(True)
        layout.addWidget(what_not)
        layout.addWidget(
            _paragraph(self.tr("Next, you will choose a passphrase. This takes a few minutes."))
        )
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)


class PassphrasePage(QWizardPage):
    """Choose and confirm the passphrase; leaving the page creates the vault."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._busy = False
        self._created = False
        self.setTitle(self.tr("Choose a passphrase"))
        # The page's first words, not a subtitle: a subtitle gives the page
        # the wizard's header band and a small title, unlike the other pages.
        intro = _paragraph(
            self.tr(
                "Only you will know it; FieldSafe cannot reset it. "
                "You will also get a recovery code in the next step."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create vault"))
        self.form = NewPassphraseForm(
            label=self.tr("&Passphrase:"),
            accessible_name=self.tr("Passphrase"),
            confirm_label=self.tr("C&onfirm passphrase:"),
            confirm_accessible_name=self.tr("Confirm passphrase"),
            parent=self,
        )
        self.form.changed.connect(self.completeChanged)
        self._busy_bar = QProgressBar(self)
        self._busy_bar.setRange(0, 0)
        self._busy_bar.setAccessibleName(self.tr("Creating the vault"))
        self._busy_bar.hide()
        self._status = _paragraph("")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addStretch(1)
        layout.addWidget(self._busy_bar)
        layout.addWidget(self._status)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self.form.passphrase_field.setFocus()

    @property
    def busy(self) -> bool:
        return self._busy

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self._busy and (self._created or self.form.is_acceptable())

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        if self._created:
            return True
        if self._busy or not self.form.is_acceptable():
            return False
        self._start_creating(self.form.passphrase())
        return False  # the op moves the wizard on when the vault exists

    def _start_creating(self, passphrase: str) -> None:
        self._set_busy(True)
        self._status.setText(
            self.tr(
                "Creating your vault… This takes a moment on purpose: it makes guessing "
                "the passphrase very slow for anyone else."
            )
        )
        directory, clock = self._wizard.vault_dir, self._wizard.clock
        ops.run(lambda: Vault.create(directory, passphrase, clock=clock), parent=self).on_success(
            self._created_vault
        ).on_failure(self._failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._busy_bar.setVisible(busy)
        self.form.set_busy(busy)
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self._wizard.button(which).setEnabled(not busy)
        self.completeChanged.emit()

    def _created_vault(self, result: tuple[Vault, str]) -> None:
        vault, code = result
        self._wizard._vault_created(vault, code)
        self._created = True
        self._set_busy(False)
        self._status.setText("")
        self._wizard.next()
        self.form.wipe()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._status.setText(describe(error))


class RecoveryCodePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your recovery code"))
        intro = _paragraph(  # the page's first words, as on the passphrase page
            self.tr(
                "If you ever forget your passphrase, this code opens your vault. It is shown only this once."
            )
        )
        self.code_label = RecoveryCodeLabel(self)
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addStretch(1)
        layout.addWidget(self.code_label)
        layout.addStretch(1)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "Write it down on paper now, and keep the paper apart from this laptop "
                    "(not in the laptop bag). Anyone who has both the laptop and this code "
                    "can open the vault."
                )
            )
        )
        layout.addWidget(
            _paragraph(
                self.tr(
                    "FieldSafe does not copy it for you, so it never lands in a clipboard "
                    "history. Capital letters or not, dashes or not: both work."
                )
            )
        )
        from fieldsafe.ui.shell.recovery_sheet import sheet_button

        layout.addWidget(sheet_button(self), 0, Qt.AlignmentFlag.AlignLeading)  # a PDF to print

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        self.code_label.setText(wizard._recovery_code or "")
        self.code_label.setFocus()


class ConfirmCodePage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Check your recovery code"))
        self._intro = _paragraph("")
        self.group_field = QLineEdit(self)
        self.group_field.setAccessibleName(self.tr("Recovery code group"))
        self.group_field.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.group_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self._field_label = QLabel(self)
        self._field_label.setBuddy(self.group_field)
        self._status = _paragraph("")
        form = QFormLayout()
        form.addRow(self._field_label, self.group_field)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._status)
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my vault"))
        self.group_field.textChanged.connect(self._changed)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        number = self._wizard.confirm_group_number
        self._intro.setText(
            self.tr(
                "To be sure it was written down correctly, please type group {number} of "
                "the code from your paper (groups are separated by dashes). "
                "You can go back to see the code again."
            ).format(number=QLocale().toString(number))
        )
        self._field_label.setText(
            self.tr("&Group {number}:").format(number=QLocale().toString(number))
        )
        wipe(self.group_field)
        self.group_field.setFocus()

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._wizard._code_confirmed(self.group_field.text())

    def _changed(self) -> None:
        typed = normalize_recovery_code(self.group_field.text())
        if self.isComplete():
            self._status.setText(self.tr("That matches. Keep the paper somewhere safe."))
        elif len(typed) >= 5:
            self._status.setText(
                self.tr("That is not the same yet. Please compare it with the code.")
            )
        else:
            self._status.setText("")
        self.completeChanged.emit()


class FirstRunWizard(QWizard):
    """Creates a vault in ``vault_dir``. Emits :attr:`vault_ready` with the
    open :class:`Vault` when finished. If the person closes it after the
    vault was made, :attr:`vault_created_then_closed` is emitted (the vault
    is locked; the passphrase still opens it)."""

    vault_ready = Signal(object)
    vault_created_then_closed = Signal()

    def __init__(
        self, vault_dir: Path, *, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault_dir = Path(vault_dir)
        self.clock = clock
        self.vault: Vault | None = None
        self._recovery_code: str | None = None
        self.confirm_group_number = 1 + secrets.randbelow(5)
        self.setWindowTitle(self.tr("FieldSafe"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, False)
        self._build_pages()
        em = QFontMetrics(self.font()).horizontalAdvance("M")
        self.resize(em * 50, em * 38)

    def _build_pages(self) -> None:
        """Every page, in the current language (called again when the
        language changes on the welcome page)."""
        self.welcome_page = WelcomePage(self)
        self.welcome_page.language_chosen.connect(self._language_chosen)
        self.passphrase_page = PassphrasePage(self)
        self.recovery_page = RecoveryCodePage(self)
        self.confirm_page = ConfirmCodePage(self)
        self.setPage(PAGE_WELCOME, self.welcome_page)
        self.setPage(PAGE_PASSPHRASE, self.passphrase_page)
        self.setPage(PAGE_RECOVERY, self.recovery_page)
        self.setPage(PAGE_CONFIRM, self.confirm_page)
        self.name_page = NamePage(self)
        self.setPage(PAGE_NAME, self.name_page)
        self.setStartId(PAGE_WELCOME)

    def _language_chosen(self, language: str) -> None:
        # After the combo box's own signal has returned: the pages (the combo
        # box with them) are rebuilt.
        QTimer.singleShot(0, self, lambda: self.change_language(language))

    def change_language(self, language: str) -> None:
        """Speak ``language`` from now on and save it for the next start.
        Only before the vault exists (the welcome page): every page is
        built again, and the language choice keeps the focus."""
        if self.vault is not None or language == i18n.current_language():
            return
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        i18n.install_translators(app, language)
        try:
            settings.save(replace(settings.load(), language=language))
        except StorageFailed:
            log.info("language_not_saved")  # applies to this run all the same
        for page_id in self.pageIds():
            page = self.page(page_id)
            self.removePage(page_id)
            page.deleteLater()
        self.setWindowTitle(self.tr("FieldSafe"))
        # QWizard words its own buttons (Next, Cancel) only when its style is
        # set: set it again so they speak the new language too.
        style = self.wizardStyle()
        classic = QWizard.WizardStyle.ClassicStyle
        self.setWizardStyle(classic if style != classic else QWizard.WizardStyle.ModernStyle)
        self.setWizardStyle(style)
        self._build_pages()
        self.restart()
        self.welcome_page.language.setFocus()

    def _vault_created(self, vault: Vault, code: str) -> None:
        self.vault = vault
        self._recovery_code = code
        # From here on the vault exists: cancelling would only hide the code.
        self.setOption(QWizard.WizardOption.NoCancelButton, True)

    def _code_confirmed(self, typed: str) -> bool:
        if not self._recovery_code:
            return False
        groups = self._recovery_code.split("-")
        wanted = normalize_recovery_code(groups[self.confirm_group_number - 1])
        given = normalize_recovery_code(typed)
        return bool(given) and (
            given == wanted or given == normalize_recovery_code(self._recovery_code)
        )

    def _forget_code(self) -> None:
        self._recovery_code = None
        self.recovery_page.code_label.setText("")
        wipe(self.confirm_page.group_field)
        self.passphrase_page.form.wipe()

    def accept(self) -> None:
        vault = self.vault
        if vault is None:
            return
        self.vault = None
        self._forget_code()
        # Hand over before hiding, so there is never a moment without a
        # FieldSafe window (the application would quit).
        self.vault_ready.emit(vault)
        super().accept()

    def reject(self) -> None:
        if self.passphrase_page.busy:
            return  # the vault is being created: closing now would hide its recovery code
        vault, self.vault = self.vault, None
        self._forget_code()
        if vault is not None:
            vault.lock()
            self.vault_created_then_closed.emit()
        super().reject()
