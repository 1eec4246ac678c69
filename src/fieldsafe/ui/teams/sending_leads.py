"""A new incident on its way to the safety lead, under the incident form.

Once "Something happened" has saved a new incident with *Send to the safety
lead* ticked, :class:`LeadsSending` leaves it in the team folder for the
leads (off the GUI thread). The incident is saved first and stays saved
whatever happens here. When everyone got it, :attr:`~LeadsSending.delivered`
carries the words to tell the person; otherwise the note says who did not
and why, and *Send again…* opens the usual share chooser (the team folder,
or a file).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.teams import sending

if TYPE_CHECKING:
    from fieldsafe.vault import Vault


def _t(text: str) -> str:
    return QCoreApplication.translate("teams", text)


class LeadsSending(QWidget):
    """The sending of one saved incident, and what came of it."""

    #: everyone got it: the words to tell the person
    delivered = Signal(str)
    #: someone did not get it (or sending failed): the note says why
    failed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = None
        self._record_id: str | None = None
        self.op: ops.Op | None = None
        self.note = plain_label("", self, wrap=True)
        self.again_button = QPushButton(_t("Send again…"), self)
        self.again_button.setAccessibleName(_t("Send the incident again"))
        self.again_button.setAccessibleDescription(
            _t("Opens the share chooser: the team folder, or a file to pass on.")
        )
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(lambda: self.send_again())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.again_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(row)
        self.hide()

    @property
    def busy(self) -> bool:
        return self.op is not None and not self.op.done

    def start(self, vault: Vault, record_id: str, leads: Sequence[Any]) -> ops.Op:
        """Send the saved incident ``record_id`` to ``leads``."""
        self._vault, self._record_id = vault, record_id
        self.op = sending.start_sending(
            self, vault, [record_id], leads, done=self._done, failed=self._failed
        )
        return self.op

    def _done(self, delivery: sending.Delivery) -> None:
        if delivery.complete:
            self.delivered.emit(
                _t("The incident is saved and was left in the team folder for {names}.").format(
                    names=sending.name_list(delivery.sent)
                )
            )
            return
        if delivery.sent:
            first = _t("The incident is saved and was left in the team folder for {names}.")
            first = first.format(names=sending.name_list(delivery.sent))
        else:
            first = _t("The incident is saved. It was not sent to the safety lead.")
        self._say([first, *sending.not_reached_lines(delivery)])

    def _failed(self, error: BaseException) -> None:
        self._say(
            [
                _t("The incident is saved. Sending it to the safety lead failed: {why}").format(
                    why=describe(error)
                )
            ]
        )

    def _say(self, lines: list[str]) -> None:
        lines.append(
            _t("Send again… shares it the usual way: through the team folder, or as a file.")
        )
        self.note.setText("\n".join(lines))
        self.again_button.show()
        self.show()
        self.again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.failed.emit()

    def send_again(self) -> bool:
        """The usual share chooser for the incident; True once it went somewhere."""
        from fieldsafe.ui.plans.sharing import share_records

        vault, record_id = self._vault, self._record_id
        if vault is None or vault.is_locked or record_id is None:
            return False
        if not share_records(self.window(), vault, [record_id], file_name="incident.age"):
            return False
        self.note.setText(_t("The incident is saved and shared."))
        self.again_button.hide()
        return True

    def clear(self) -> None:
        """Forget the incident (the vault is locking)."""
        self._vault, self._record_id = None, None
        self.note.setText("")
        self.hide()
