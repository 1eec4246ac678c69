"""What the journal's widgets share: the words for feelings, prompts and
check-ins (translated in the "journal" context), and the item data role
that holds a list item's record id."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt

_CTX = "journal"

#: the item data role holding a list item's record id
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def feeling_word(key: str) -> str:
    return {
        "calm": _t("calm"),
        "tired": _t("tired"),
        "sad": _t("sad"),
        "anxious": _t("anxious"),
        "angry": _t("angry"),
        "numb": _t("numb"),
        "shaken": _t("shaken"),
        "overwhelmed": _t("overwhelmed"),
        "relieved": _t("relieved"),
        "hopeful": _t("hopeful"),
        "proud": _t("proud"),
        "grateful": _t("grateful"),
    }.get(key, key)


def prompt_text(prompt: str) -> str:
    """A default prompt's words (by key), or the person's own prompt."""
    return {
        "went_well": _t("What went well?"),
        "hard": _t("What was hard?"),
        "memories": _t("Did anything bring back memories of my own?"),
        "need_now": _t("What do I need now?"),
        "talk_to": _t("Who can I talk to about it?"),
    }.get(prompt, prompt)


def feeling_label(value: int) -> str:
    number = QLocale().toString(value)  # the locale's digits, as in the chart
    if value <= 1:
        return _t("{n} (very hard)").format(n=number)
    if value >= 9:
        return _t("{n} (very good)").format(n=number)
    return number
