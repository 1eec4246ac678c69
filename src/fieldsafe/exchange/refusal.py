"""The one error a refused share bundle raises (re-exported by
:mod:`fieldsafe.exchange.bundle`)."""

from __future__ import annotations

from fieldsafe.errors import BadInputFile


class BadBundle(BadInputFile):
    """A bundle was refused; ``reason`` says why (no content)."""
