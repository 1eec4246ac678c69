"""The Qt layer, arranged by feature: ``shell`` (session, main window, lock,
first run, Today), ``common`` (ops, dialogs, shared widgets), ``logs``,
``journal`` and ``plans``. Thin: it calls one :class:`fieldsafe.vault.Vault`
and words errors through :mod:`fieldsafe.messages`, which this package points
at Qt's translators when it is imported (see docs/architecture.md)."""

from PySide6.QtCore import QCoreApplication

from fieldsafe import messages

messages.use_translator(QCoreApplication.translate)
