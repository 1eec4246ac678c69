"""Passphrase fields, shared by the first-run wizard, the unlock screen and
the change-passphrase dialog.

* Fields are ``QLineEdit`` in password mode, so screen readers announce them
  as protected and never read their content (KeePassXC once did).
* Emptying a field uses ``setText("")``: ``clear()`` is undoable and would
  keep the old text in the field's undo history.
* Strength comes from zxcvbn's *score* only, worded in our own calm,
  translatable words; zxcvbn's English feedback is never shown.
* Qt cannot tell whether Caps Lock is on, so a hint appears when everything
  typed is upper-case letters.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 10
MIN_SCORE = 2
_SCORED_PREFIX = 64  # zxcvbn slows down on long input; 64 characters say enough
_APP_WORDS = ["fieldsafe", "field", "safe", "outreach", "vault", "passphrase"]


@dataclass(frozen=True)
class Strength:
    score: int  # zxcvbn's 0 (very easy to guess) .. 4 (very hard)
    length: int

    @property
    def long_enough(self) -> bool:
        return self.length >= MIN_LENGTH

    @property
    def acceptable(self) -> bool:
        return self.long_enough and self.score >= MIN_SCORE


def assess(passphrase: str) -> Strength:
    """How hard ``passphrase`` is to guess (no Qt, no text kept)."""
    if not passphrase:
        return Strength(0, 0)
    from zxcvbn import zxcvbn  # only the first-run and change dialogs need it

    result = zxcvbn(passphrase[:_SCORED_PREFIX], user_inputs=_APP_WORDS)
    return Strength(int(result["score"]), len(passphrase))


def _t(text: str) -> str:
    return QCoreApplication.translate("passphrase", text)


def strength_words(score: int) -> str:
    return [
        _t("Very easy to guess"),
        _t("Easy to guess"),
        _t("Good enough"),
        _t("Strong"),
        _t("Very strong"),
    ][max(0, min(4, score))]


def looks_like_caps_lock(text: str) -> bool:
    cased = [ch for ch in text if ch.lower() != ch.upper()]
    return len(cased) >= 3 and all(ch.isupper() for ch in cased)


def passphrase_edit(accessible_name: str, parent: QWidget | None = None) -> QLineEdit:
    """A password-mode field whose content screen readers never read."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(accessible_name)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
    )
    return edit


def wipe(edit: QLineEdit) -> None:
    """Empty a field and its undo history."""
    edit.setText("")


class RevealToggle(QCheckBox):
    """Shows or hides the typed passphrase in the given fields."""

    def __init__(self, edits: Iterable[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(_t("S&how passphrase"), parent)
        self.setAccessibleName(_t("Show passphrase"))
        self._edits = list(edits)
        self.toggled.connect(self._apply)

    def _apply(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in self._edits:
            edit.setEchoMode(mode)


class CapsLockHint(QLabel):
    """A quiet line shown while the typed text is all capitals."""

    def __init__(self, edits: Iterable[QLineEdit], parent: QWidget | None = None) -> None:
        super().__init__(_t("Everything typed is in capitals: is Caps Lock on?"), parent)
        self.setWordWrap(True)
        self.hide()
        self._edits = list(edits)
        for edit in self._edits:
            edit.textChanged.connect(self._update)

    def _update(self) -> None:
        self.setVisible(any(looks_like_caps_lock(edit.text()) for edit in self._edits))


class StrengthMeter(QWidget):
    """A five-step bar and its words. Uses the palette's highlight colour:
    a weak passphrase is a thing to improve, not an alarm."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 4)
        self._bar.setTextVisible(False)
        # Slim, so an empty meter never looks like another text field.
        self._bar.setMaximumHeight(max(4, QFontMetrics(self.font()).height() // 2))
        self._bar.setAccessibleName(_t("Passphrase strength"))
        self._words = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._bar)
        layout.addWidget(self._words)
        self.show_strength(None)

    def show_strength(self, strength: Strength | None) -> None:
        if strength is None or strength.length == 0:
            self._bar.setValue(0)
            self._bar.hide()
            self._words.setText(_t("Strength: nothing typed yet"))
        else:
            # A too-short passphrase never shows as more than "easy to guess".
            score = strength.score if strength.long_enough else min(strength.score, 1)
            self._bar.setValue(score)
            self._bar.show()
            self._words.setText(_t("Strength: {words}").format(words=strength_words(score)))
        self._bar.setAccessibleDescription(self._words.text())


class NewPassphraseForm(QWidget):
    """Passphrase + confirmation, reveal toggle, caps hint, strength meter and
    calm guidance. :meth:`is_acceptable` when long and strong enough and both
    fields agree."""

    changed = Signal()

    def __init__(
        self,
        *,
        label: str,
        accessible_name: str,
        confirm_label: str,
        confirm_accessible_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.passphrase_field = passphrase_edit(accessible_name, self)
        self.confirm_field = passphrase_edit(confirm_accessible_name, self)
        self.reveal = RevealToggle([self.passphrase_field, self.confirm_field], self)
        self.caps_hint = CapsLockHint([self.passphrase_field, self.confirm_field], self)
        self.meter = StrengthMeter(self)
        self.guidance = QLabel(self)
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_layout = form  # callers may insert rows above (e.g. the current passphrase)
        first = QLabel(label, self)
        first.setBuddy(self.passphrase_field)
        form.addRow(first, self.passphrase_field)
        form.addRow(None, self.meter)  # type: ignore[call-overload]  # no label: Qt takes None
        second = QLabel(confirm_label, self)
        second.setBuddy(self.confirm_field)
        form.addRow(second, self.confirm_field)
        form.addRow(None, self.reveal)  # type: ignore[call-overload]  # no label: Qt takes None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.caps_hint)
        layout.addWidget(self.guidance)

        self._strength = assess("")
        self.passphrase_field.textChanged.connect(self._passphrase_changed)
        self.confirm_field.textChanged.connect(self._update_guidance)
        self._update_guidance()

    def passphrase(self) -> str:
        return self.passphrase_field.text()

    def is_acceptable(self) -> bool:
        return (
            self._strength.acceptable and self.confirm_field.text() == self.passphrase_field.text()
        )

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase_field, self.confirm_field, self.reveal):
            widget.setEnabled(not busy)

    def wipe(self) -> None:
        wipe(self.passphrase_field)
        wipe(self.confirm_field)
        self.reveal.setChecked(False)

    def _passphrase_changed(self, text: str) -> None:
        self._strength = assess(text)
        self.meter.show_strength(self._strength)
        self._update_guidance()

    def _update_guidance(self) -> None:
        strength = self._strength
        confirm = self.confirm_field.text()
        if strength.length == 0:
            text = _t(
                "A few unrelated words make a passphrase that is easy to remember and hard "
                "to guess: for example, four words you can picture together."
            )
        elif not strength.long_enough:
            text = self.tr(
                "Please use at least %n character(s) ({count} so far). "
                "Adding another word is the easiest way.",
                "",
                MIN_LENGTH,
            ).format(count=QLocale().toString(strength.length))
        elif not strength.acceptable:
            text = _t(
                "This one would be easy for someone else to guess. "
                "Adding another unrelated word or two usually helps."
            )
        elif not confirm:
            text = _t("Good. Now type it once more in the second field.")
        elif confirm != self.passphrase_field.text():
            text = _t("The two passphrases are not the same yet.")
        else:
            text = _t("The two passphrases match.")
        self.guidance.setText(text)
        self.changed.emit()
