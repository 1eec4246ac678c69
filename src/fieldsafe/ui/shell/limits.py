"""What FieldSafe protects and what it cannot: one wording, shown in the
first-run wizard and in Help (docs/security.md, "What FieldSafe cannot do")."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("limits", text)


def what_it_does() -> str:
    return _t(
        "FieldSafe keeps your outreach notes in one encrypted vault on this computer. "
        "Nothing you write is stored on the disk unencrypted, and everything works "
        "without internet."
    )


def what_it_protects() -> str:
    return _t(
        "It protects you when the laptop is lost, stolen or taken: without your "
        "passphrase or recovery code, the records cannot be read."
    )


def what_it_cannot_do() -> list[str]:
    return [
        _t(
            "It cannot protect a computer that has malware or a keylogger on it. "
            "No app running on such a computer can."
        ),
        _t(
            "It does not replace full-disk encryption. Please turn that on too, so the "
            "system's own temporary files and swap are protected as well."
        ),
        _t(
            "Deleting cannot reach copies made earlier, such as old backups or disk "
            "images, and an SSD may keep old blocks for a while."
        ),
        _t(
            "It cannot hide that the vault exists. If someone forces you to unlock it, "
            "FieldSafe cannot pretend to be empty."
        ),
    ]


def limits_html() -> str:
    """The limits as a heading and a bulleted list (escaped rich text)."""
    return "<p>{heading}</p><ul>{items}</ul>".format(
        heading=html.escape(_t("What it cannot do:")),
        items="".join(f"<li>{html.escape(item)}</li>" for item in what_it_cannot_do()),
    )
