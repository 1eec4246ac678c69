"""The journal's settings: prompts on or off, the person's own prompts, the
journal lock and the gentle observations."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.journal import normalise_prompts
from fieldsafe.core.records import DEFAULT_PROMPTS
from fieldsafe.ui.journal.shared import prompt_text
from fieldsafe.vault import JournalPrefs


class JournalSettingsDialog(QDialog):
    """Prompts on or off, the person's own prompts, the journal lock and the
    gentle observations."""

    def __init__(self, prefs: JournalPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Journal settings"))
        self.prompts_on = QCheckBox(self.tr("Show the prompts in new entries"), self)
        self.prompts_on.setAccessibleName(self.tr("Show the prompts in new entries"))
        self.prompts_on.setChecked(prefs.prompts_on)
        self.prompts = QPlainTextEdit(self)
        self.prompts.setAccessibleName(self.tr("Prompts, one per line"))
        self.prompts.setTabChangesFocus(True)
        self.prompts.setPlainText("\n".join(prompt_text(p) for p in prefs.prompts))
        self._defaults = {prompt_text(k): k for k in DEFAULT_PROMPTS}
        self.lock = QCheckBox(self.tr("Ask for my passphrase before the journal opens"), self)
        self.lock.setAccessibleName(self.tr("Ask for my passphrase before the journal opens"))
        self.lock.setChecked(prefs.lock_journal)
        self.observations = QCheckBox(
            self.tr("Gently mention it when several recent check-ins felt hard"), self
        )
        self.observations.setAccessibleName(
            self.tr("Gently mention it when several recent check-ins felt hard")
        )
        self.observations.setChecked(prefs.observations_on)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        label = QLabel(self.tr("Prompts (one per line; write your own if you like):"), self)
        label.setBuddy(self.prompts)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompts_on)
        layout.addWidget(label)
        layout.addWidget(self.prompts, 1)
        layout.addWidget(self.lock)
        layout.addWidget(self.observations)
        layout.addWidget(buttons)

    def result_prefs(self) -> JournalPrefs:
        return JournalPrefs(
            prompts=normalise_prompts(self.prompts.toPlainText().splitlines(), self._defaults),
            prompts_on=self.prompts_on.isChecked(),
            lock_journal=self.lock.isChecked(),
            observations_on=self.observations.isChecked(),
        )
