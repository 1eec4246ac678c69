"""FieldSafe: an offline-first, encrypted vault for outreach workers.

Layers (data flows one way; docs/architecture.md in the repository explains
them, the one-door rule, threads, and how a new record kind slots in)::

    fieldsafe.app                  process start (Qt lives only in app and ui)
    fieldsafe.ui  | fieldsafe.cli  the two front ends, through one Vault
    fieldsafe.vault                the encrypted store
    fieldsafe.exchange             identities, cards, share bundles
    fieldsafe.core                 domain rules: kinds, validation, plans, journal
    fieldsafe.media                attachment checks, metadata stripping, PDF pages
    fieldsafe.messages             the one place that words errors (Qt-free)
    fieldsafe.errors               typed errors with no content: the ground floor
"""

__version__ = "0.1.0"
