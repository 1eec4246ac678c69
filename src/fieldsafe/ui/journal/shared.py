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
    """The check-in scale's words for ``value`` (0-10), each value its own
    calm label, with the locale's digits (as in the chart)."""
    number = QLocale().toString(value)
    labels = (
        _t("{n} (very hard)"),
        _t("{n} (hard)"),
        _t("{n} (quite hard)"),
        _t("{n} (fairly hard)"),
        _t("{n} (a little hard)"),
        _t("{n} (in between)"),
        _t("{n} (a little good)"),
        _t("{n} (fairly good)"),
        _t("{n} (quite good)"),
        _t("{n} (good)"),
        _t("{n} (very good)"),
    )
    if not 0 <= value < len(labels):
        return number
    return labels[value].format(n=number)
