"""The first-run wizard's last page: the name colleagues will see.

Asked once the vault exists and the recovery code is checked, calmly and
skippably: the page says what the name is for (the card and the person's
half of the safety number), that a nickname is enough, and shows what
colleagues will see, the default "FieldSafe" included when the field is
left empty. Finishing stores it with ``vault.sharing.set_name`` (Preferences
changes it later).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldsafe.exchange.identity import MAX_NAME, clean_name
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.plain_text import plain_label

if TYPE_CHECKING:
    from fieldsafe.vault import Vault

log = logging.getLogger("fieldsafe.ui.shell.first_run_name")

#: the page's id in the wizard: after the recovery code is checked (ids
#: leave room for pages in between)
PAGE_NAME = 40
#: the name of a card never named (``vault.sharing.default_name``)
UNNAMED = "FieldSafe"


class NamePage(QWizardPage):
    """ "What should colleagues call you?", with what they will see."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self.setTitle(self.tr("Your name for colleagues"))
        intro = plain_label(
            self.tr(
                "When you share meeting plans, colleagues see this name on your card and above "
                "your half of the safety number, so they can tell you apart. A first name or a "
                "nickname they know you by is enough."
            ),
            self,
            wrap=True,
        )
        self.name_field = QLineEdit(self)
        self.name_field.setAccessibleName(self.tr("Your name or nickname"))
        self.name_field.setMaxLength(MAX_NAME)
        label = QLabel(self.tr("Your &name or nickname:"), self)
        label.setBuddy(self.name_field)
        self.preview = plain_label("", self, wrap=True)
        note = plain_label(
            self.tr(
                "Your card is not secret: anyone who sees it can read this name. "
                "You can change it later in Preferences."
            ),
            self,
            wrap=True,
        )
        form = QFormLayout()
        form.addRow(label, self.name_field)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        layout.addWidget(note)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open my vault"))
        self.name_field.textChanged.connect(self._update_preview)
        self._update_preview()

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        # The vault exists by now; the wizard hands it over (and forgets it)
        # before the page is validated.
        self._vault = getattr(self.wizard(), "vault", None)
        self.name_field.setFocus()

    def chosen_name(self) -> str:
        """The name as the card will carry it ("" when none was typed)."""
        return clean_name(self.name_field.text())

    def _update_preview(self) -> None:
        name = self.chosen_name()
        if name:
            self.preview.setText(self.tr("Colleagues will see: {name}").format(name=isolate(name)))
        else:
            self.preview.setText(
                self.tr(
                    "If you leave this empty, colleagues will see {name}, the name every new "
                    "card has, and cannot tell you apart from others until they give you a "
                    "name themselves."
                ).format(name=isolate(UNNAMED))
            )

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """Store the name in the vault; a failure never keeps the person
        out (the card keeps the default name, which the Colleagues dialog
        says)."""
        name = self.chosen_name()
        vault, self._vault = self._vault, None
        if name and vault is not None:
            try:
                vault.sharing.set_name(name)
            except Exception as exc:  # noqa: BLE001 - the name can be set later
                log.info("name_not_saved", exc_info=(type(exc), exc, None))
        return True
