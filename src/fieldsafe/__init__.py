"""FieldSafe: an offline-first, encrypted vault for outreach workers.

Layers (data flows one way, see ``shared/design/ARCHITECTURE.md``)::

    fieldsafe.app / fieldsafe.ui / fieldsafe.cli   (Qt lives only in app and ui)
    fieldsafe.core      domain rules, validation, interchange format
    fieldsafe.vault     the encrypted store
"""

__version__ = "0.1.0"
