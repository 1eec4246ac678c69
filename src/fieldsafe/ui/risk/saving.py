"""Saving an editor's record off the GUI thread, without losing an edit.

The safety loop's editors (the incident form, the risk assessment editor)
save through the vault on a worker thread (:mod:`fieldsafe.ui.common.ops`),
so the window keeps answering while SQLCipher writes. The person may type on
while it runs: what they typed after the save started is not in the vault,
so the editor stays *dirty* (and its draft is kept again). A failed save
leaves the text where it is and says why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from fieldsafe.ui.common import ops
from fieldsafe.ui.common.drafting import Drafting

log = logging.getLogger("fieldsafe.ui.risk.saving")


class BackgroundSave:
    """One editor's saves. Call :meth:`edited` on every edit (after the
    drafting's), and :meth:`start` to save."""

    def __init__(self, editor: QWidget, drafting: Drafting, *, event: str) -> None:
        self._editor = editor
        self._drafting = drafting
        self._event = event
        self._edits = 0
        self.op: ops.Op | None = None

    @property
    def busy(self) -> bool:
        return self.op is not None and not self.op.done

    def edited(self) -> None:
        self._edits += 1

    def start(
        self,
        work: Callable[[], Any],
        *,
        saved: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> ops.Op | None:
        """Run ``work`` (the vault call) on a worker thread; ``saved`` gets
        its result, ``failed`` the error, on the GUI thread. None while an
        earlier save is still running (the person pressed twice)."""
        if self.busy:
            return None
        started_at = self._edits

        def done(result: Any) -> None:
            self._drafting.saved()
            if self._edits != started_at:  # typed on while it was saving
                self._drafting.edited()
            saved(result)

        def refused(error: BaseException) -> None:
            log.info(self._event, exc_info=(type(error), error, None))
            failed(error)

        self.op = ops.run(work, parent=self._editor).on_success(done).on_failure(refused)
        return self.op
