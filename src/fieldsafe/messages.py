"""The one place that turns typed errors into words for people (Qt-free).

Messages never include record content, passphrases or paths: only what kind
of thing went wrong and what the person can do next.

Words go through a translate function ``(context, text) -> text``. The GUI
installs ``QCoreApplication.translate`` (``fieldsafe.ui`` does so when it is
imported), so messages follow the chosen language; the CLI keeps the default,
which returns the English source text, and never loads Qt.
``scripts/update-translations`` extracts the texts below for translators.
"""

from __future__ import annotations

import errno as errno_codes
from collections.abc import Callable
from typing import Any

from fieldsafe import errors as e

Translate = Callable[[str, str], str]

_CTX = "errors"


def untranslated(context: str, text: str) -> str:
    """The default translate function: the English source text."""
    return text


_translator: Translate = untranslated


def use_translator(translate_function: Translate) -> None:
    """Word every message from now on with ``translate_function``."""
    global _translator
    _translator = translate_function


def translate(context: str, text: str) -> str:
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for translation where it is defined; translated when used."""
    return text


def _t(text: str) -> str:
    return translate(_CTX, text)


#: errors worded by their class alone
_FIXED: tuple[tuple[type[BaseException], str], ...] = (
    (
        e.WrongPassphrase,
        QT_TRANSLATE_NOOP(
            "errors", "That passphrase or recovery code did not open this vault. Please try again."
        ),
    ),
    (
        e.KeyFileMissing,
        QT_TRANSLATE_NOOP(
            "errors",
            "The vault's key file (vault.key) is missing, so the records cannot be opened. Restore it from a backup; nothing has been changed.",
        ),
    ),
    (
        e.KeyFileDamaged,
        QT_TRANSLATE_NOOP(
            "errors",
            "The vault's key file (vault.key) is damaged or not a FieldSafe key file. Restore it from a backup; nothing has been changed.",
        ),
    ),
    (
        e.VaultDamaged,
        QT_TRANSLATE_NOOP(
            "errors",
            "The vault's database is damaged or incomplete. Nothing has been changed; restore from a backup if you have one.",
        ),
    ),
    (e.NotAVault, QT_TRANSLATE_NOOP("errors", "There is no FieldSafe vault in that place.")),
    (
        e.VaultExists,
        QT_TRANSLATE_NOOP(
            "errors", "A vault (or other files) is already there. FieldSafe never overwrites it."
        ),
    ),
    (
        e.VaultTooNew,
        QT_TRANSLATE_NOOP(
            "errors",
            "This vault was made by a newer version of FieldSafe. Please update FieldSafe to open it.",
        ),
    ),
    (
        e.MigrationFailed,
        QT_TRANSLATE_NOOP(
            "errors",
            "Updating this vault to the new version of FieldSafe failed. The vault was left as it was; a copy was kept before the attempt.",
        ),
    ),
    (
        e.VaultBusy,
        QT_TRANSLATE_NOOP(
            "errors",
            "Another FieldSafe window or command is using this vault right now. Nothing was changed; please try again in a moment.",
        ),
    ),
    (e.VaultLocked, QT_TRANSLATE_NOOP("errors", "The vault is locked. Unlock it to continue.")),
    (e.NotFound, QT_TRANSLATE_NOOP("errors", "That record no longer exists.")),
    (
        e.TeamFolderMissing,
        QT_TRANSLATE_NOOP(
            "errors",
            "The folder is not there: is the drive plugged in, or was the folder moved? Nothing was written; choose the folder again in Colleagues › Teams if it moved.",
        ),
    ),
    (
        e.TargetExists,
        QT_TRANSLATE_NOOP(
            "errors", "A file is already there. Choose another name; FieldSafe never overwrites it."
        ),
    ),
)


def describe(error: BaseException) -> str:
    """A calm, translated sentence for ``error`` (one line, no content)."""
    for kind, text in _FIXED:
        if isinstance(error, kind):
            return _t(text)
    for kind, wording in _DETAILED:
        if isinstance(error, kind):
            return wording(error)
    return _t("Something went wrong. Nothing has been changed.")


def _describe_attachment(error: e.BadAttachment) -> str:
    return _t(_ATTACHMENT.get(error.reason, "That file cannot be attached. Nothing was stored."))


#: a full disk, when no typed text is at stake (worded once, used by :func:`describe_task`)
_DISK_FULL_TASK = QT_TRANSLATE_NOOP(
    "errors",
    "The disk is full, so this could not be done. Nothing was changed; free some space (or choose another place, such as a USB stick) and try again.",
)


def describe_task(error: BaseException) -> str:
    """For a task that writes a file or changes the vault as a whole (a
    backup, a restore, a PDF, a new passphrase), where no typed text is at
    stake: a full disk says the disk is full, and no storage failure speaks
    of "your text". Anything else as :func:`describe`."""
    if isinstance(error, e.VaultReadOnly):
        return _t(
            "The disk is full, so your records are open to read only and this could not be done. Nothing was changed; free some space, then open the vault again."
        )
    if not isinstance(error, e.StorageFailed) or isinstance(error, e.CannotOpen):
        return describe(error)
    if error.errno == errno_codes.ENOSPC:
        return _t(_DISK_FULL_TASK)
    if error.errno == errno_codes.ENAMETOOLONG:
        return describe(error)
    if error.errno in (errno_codes.EROFS, errno_codes.EACCES, errno_codes.EPERM):
        return _t(
            "FieldSafe may not write in that place. Nothing was changed; choose another place."
        )
    return _t("Writing to the disk failed. Nothing was changed; please try again.")


def describe_restore(error: BaseException) -> str:
    """Why restoring a backup in place of a damaged vault was refused
    (nothing was changed in any case)."""
    if isinstance(error, e.WrongPassphrase):
        return _t(
            "That passphrase or recovery code did not open this backup. Try the one that was valid when the backup was made. Nothing was changed."
        )
    if isinstance(error, e.BadInputFile):
        return _t("{problem} Nothing was changed.").format(problem=describe_bad_input(error))
    return describe_task(error)


def read_only_note() -> str:
    """What to say while the vault is open to read only (the disk was full)."""
    return _t(
        "The disk is full, so your records are open to read only. Nothing can be saved until some space is freed and the vault is opened again."
    )


def _describe_open_failure(error: e.CannotOpen) -> str:
    if error.errno == errno_codes.ENOSPC:
        return _t(
            "The disk is full, so the vault cannot be opened. Nothing has been changed; free some space and try again."
        )
    if error.errno in (errno_codes.EROFS, errno_codes.EACCES, errno_codes.EPERM):
        return _t(
            "FieldSafe may not use the vault's folder, so the vault cannot be opened. Nothing has been changed."
        )
    return _t(
        "The vault's folder cannot be used right now (a problem with the disk), so the vault cannot be opened. Nothing has been changed; please try again."
    )


def describe_storage(error: e.StorageFailed) -> str:
    if error.errno == errno_codes.ENAMETOOLONG:
        return _t(
            "That folder or file name is too long for this computer. Nothing has been changed; choose a shorter name or place."
        )
    if isinstance(error, e.VaultReadOnly):
        return _t(
            "The disk is full, so your records are open to read only. Nothing was saved; your text is still here. Free some space, then open the vault again."
        )
    if isinstance(error, e.CannotOpen):
        return _describe_open_failure(error)
    if error.errno == errno_codes.ENOSPC:
        return _t(
            "The disk is full. Nothing was saved; your text is still here. Free some space and try again."
        )
    if error.errno in (errno_codes.EROFS, errno_codes.EACCES, errno_codes.EPERM):
        return _t(
            "FieldSafe may not write in that place. Nothing was saved; your text is still here."
        )
    return _t(
        "Writing to the disk failed. Nothing was saved; your text is still here. Please try again."
    )


_REASONS = {
    "required": QT_TRANSLATE_NOOP("errors", "is required"),
    "not_a_time": QT_TRANSLATE_NOOP("errors", "is not a valid date and time"),
    "not_text": QT_TRANSLATE_NOOP("errors", "must be text"),
    "too_long": QT_TRANSLATE_NOOP("errors", "is too long"),
    "control_character": QT_TRANSLATE_NOOP("errors", "contains a character that is not allowed"),
    "unknown_field": QT_TRANSLATE_NOOP("errors", "is not a field of this kind of record"),
    "unknown_kind": QT_TRANSLATE_NOOP("errors", "is not a kind of record FieldSafe knows"),
    "not_a_uuid": QT_TRANSLATE_NOOP("errors", "is not a valid record id"),
    "not_an_object": QT_TRANSLATE_NOOP("errors", "must be an object"),
    "duplicate_id": QT_TRANSLATE_NOOP("errors", "repeats an id used earlier in the file"),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "is out of range"),
    "not_unicode": QT_TRANSLATE_NOOP("errors", "contains text that is not valid Unicode"),
    "not_a_date": QT_TRANSLATE_NOOP("errors", "is not a valid date (year-month-day)"),
    "not_a_number": QT_TRANSLATE_NOOP("errors", "must be a whole number"),
    "not_yes_or_no": QT_TRANSLATE_NOOP("errors", "must be true or false"),
    "not_a_choice": QT_TRANSLATE_NOOP("errors", "is not one of the allowed values"),
    "not_a_list": QT_TRANSLATE_NOOP("errors", "must be a list"),
    "too_many": QT_TRANSLATE_NOOP("errors", "has too many entries"),
    "not_base64": QT_TRANSLATE_NOOP("errors", "is not valid base64"),
    "attachment_mismatch": QT_TRANSLATE_NOOP("errors", "does not match the attachment's content"),
    "list_separator": QT_TRANSLATE_NOOP(
        "errors", "has an entry with a comma or semicolon, which separate entries"
    ),
    "not_found": QT_TRANSLATE_NOOP("errors", "refers to a record that is not in this vault"),
    "duplicate_code": QT_TRANSLATE_NOOP("errors", "is already in the code book"),
    "kind_mismatch": QT_TRANSLATE_NOOP(
        "errors", "is already used by a different kind of record in this vault"
    ),
}


def describe_invalid_record(error: e.InvalidRecord) -> str:
    reason = _t(_REASONS.get(error.reason, "is not valid"))
    if error.index is not None:
        return _t("Record {number}: the field “{field}” {reason}. Nothing was imported.").format(
            number=error.index + 1, field=error.field, reason=reason
        )
    return _t("The field “{field}” {reason}.").format(field=error.field, reason=reason)


_BAD_INPUT = {
    "not_json": QT_TRANSLATE_NOOP("errors", "The file is not valid JSON."),
    "not_interchange": QT_TRANSLATE_NOOP("errors", "The file is not a FieldSafe interchange file."),
    "unsupported_version": QT_TRANSLATE_NOOP(
        "errors", "The file was made by a newer version of FieldSafe."
    ),
    "not_a_backup": QT_TRANSLATE_NOOP("errors", "The file is not a FieldSafe backup."),
    "truncated": QT_TRANSLATE_NOOP(
        "errors", "The file is incomplete (it may have been cut off while copying)."
    ),
    "damaged": QT_TRANSLATE_NOOP("errors", "The file is damaged."),
    "missing": QT_TRANSLATE_NOOP("errors", "The file does not exist."),
    "unreadable": QT_TRANSLATE_NOOP("errors", "The file cannot be read."),
    "too_large": QT_TRANSLATE_NOOP("errors", "The file is too large."),
    "not_utf8": QT_TRANSLATE_NOOP("errors", "The file is not UTF-8 text."),
    "repeated_name": QT_TRANSLATE_NOOP(
        "errors", "The file repeats a name inside one object, so its meaning is unclear."
    ),
    "not_a_card": QT_TRANSLATE_NOOP("errors", "This is not a FieldSafe card."),
    "not_a_bundle": QT_TRANSLATE_NOOP("errors", "The file is not a FieldSafe share bundle."),
    "not_for_us": QT_TRANSLATE_NOOP(
        "errors", "This bundle was encrypted for someone else; this vault cannot open it."
    ),
    "work_factor": QT_TRANSLATE_NOOP(
        "errors",
        "This bundle asks for far more work to open than FieldSafe ever uses, so it was not opened.",
    ),
    "needs_passphrase": QT_TRANSLATE_NOOP(
        "errors", "This bundle is protected by a passphrase. Ask the sender for it."
    ),
    "wrong_passphrase": QT_TRANSLATE_NOOP(
        "errors", "That passphrase did not open the bundle, or the file is damaged."
    ),
    "not_signed": QT_TRANSLATE_NOOP(
        "errors", "The bundle is not signed by a FieldSafe colleague, so it was not opened."
    ),
    "bad_signature": QT_TRANSLATE_NOOP(
        "errors", "The bundle's signature does not match its content: it may have been changed."
    ),
    "unverified_sender": QT_TRANSLATE_NOOP(
        "errors", "The sender is not verified yet. Compare your safety numbers in person first."
    ),
    "unknown_sender": QT_TRANSLATE_NOOP(
        "errors", "The sender is not one of your colleagues. Import and verify their card first."
    ),
    "changed_key": QT_TRANSLATE_NOOP(
        "errors",
        "This colleague's key has changed. Nothing is shared or received until you verify them again.",
    ),
    "replayed": QT_TRANSLATE_NOOP(
        "errors",
        "You already have this version of the bundle, or a newer one. Nothing was changed.",
    ),
    "older_version": QT_TRANSLATE_NOOP(
        "errors",
        "This is an earlier version of a plan you already have. Nothing was changed.",
    ),
    "old_format": QT_TRANSLATE_NOOP(
        "errors",
        "This bundle was made by an earlier version of FieldSafe and cannot be checked against the plans you have. Ask the sender to update FieldSafe and share it again.",
    ),
    "not_addressed_to_us": QT_TRANSLATE_NOOP(
        "errors",
        "This bundle was addressed to someone else, not to you. Nothing was imported.",
    ),
    "not_in_team": QT_TRANSLATE_NOOP(
        "errors",
        "The sender is a verified colleague but not a member of the team whose folder this came through. Nothing was imported.",
    ),
    "changed_meanwhile": QT_TRANSLATE_NOOP(
        "errors",
        "These records kept changing in this vault while the bundle was imported. Nothing was imported. Try again.",
    ),
}


_ATTACHMENT = {
    "empty": QT_TRANSLATE_NOOP("errors", "The file is empty. Nothing was stored."),
    "too_large": QT_TRANSLATE_NOOP(
        "errors", "The file is larger than 25 MB, the most FieldSafe attaches. Nothing was stored."
    ),
    "unsupported": QT_TRANSLATE_NOOP(
        "errors", "FieldSafe attaches JPEG and PNG photos and PDF files only. Nothing was stored."
    ),
    "corrupt": QT_TRANSLATE_NOOP(
        "errors", "The file is damaged or incomplete. Nothing was stored."
    ),
    "too_many_pixels": QT_TRANSLATE_NOOP(
        "errors", "The image is too large to open safely (over 80 megapixels). Nothing was stored."
    ),
    "unreadable": QT_TRANSLATE_NOOP(
        "errors",
        "The file cannot be read (it may be gone, or not a regular file). Nothing was stored.",
    ),
}


def describe_bad_input(error: e.BadInputFile) -> str:
    text = _t(_BAD_INPUT.get(error.reason, "The file is not in the expected format."))
    if error.line is not None:
        return _t("Line {line}: {problem} Nothing was imported.").format(
            line=error.line, problem=text
        )
    return text


#: errors whose words depend on what they carry (a field, a reason, an errno)
_DETAILED: tuple[tuple[type[Any], Callable[[Any], str]], ...] = (
    (e.InvalidRecord, describe_invalid_record),
    (e.BadInputFile, describe_bad_input),
    (e.StorageFailed, describe_storage),
    (e.BadAttachment, _describe_attachment),
)
