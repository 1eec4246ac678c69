"""Identities, colleague keys and encrypted share bundles (Qt-free)."""
