"""The Qt layer: windows, wizards, models and the lock screen. Thin: it calls
one :class:`fieldsafe.vault.Vault` and words errors through ``ui.errors``."""
