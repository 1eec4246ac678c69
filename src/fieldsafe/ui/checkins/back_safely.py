"""After "I'm back safely": the offer to tell the colleague.

Marking the check-in done stores the time in the plan (``checked_in_at``),
in this vault only: the colleague may still be waiting. When the plan's
colleague is a colleague this vault has verified, the check-in notice shows
this offer in its place: *Tell <the name this vault stores for them>…*
saves the plan, now marked back safely, as a small bundle encrypted for them
and for me (``ui.plans.sharing.share_records``, the one way to share). The
plan is the vehicle because the colleague already holds it: receiving it is
an update of one field that their FieldSafe merges (and shows before
importing), and their own check-in notice for it then goes away. Nothing is
sent by itself; the person passes the file on as they exchange bundles.

When a team folder reaches the colleague (``vault.teams.route``), *Tell
<name>* is one click: the plan goes straight into their inbox in the folder
(off the GUI thread) and the offer says so. If it cannot (the folder is not
there, say), the offer says why and *Tell <name>…* then saves a file as
above: never without the person's click.

Names and times are data: plain text, isolated inside sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldsafe.core.checkins import CheckIn
from fieldsafe.core.clock import from_iso
from fieldsafe.errors import NotFound
from fieldsafe.messages import describe
from fieldsafe.ui.common import ops
from fieldsafe.ui.common.bidi import isolate, isolated
from fieldsafe.ui.common.empty_state import IconMark
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.plain_text import escape_mnemonic, plain_label
from fieldsafe.ui.common.theme import spacing
from fieldsafe.ui.teams import sending
from fieldsafe.vault import Vault


def _t(text: str) -> str:
    return QCoreApplication.translate("checkins", text)


def colleague_to_tell(vault: Vault, plan_colleague: str) -> str | None:
    """The name this vault stores for the verified colleague the plan names
    (names compared as the vault compares them), or None when the plan
    names no one this vault has verified."""
    entry = _entry_to_tell(vault, plan_colleague)
    return entry.name if entry is not None else None


def _entry_to_tell(vault: Vault, plan_colleague: str) -> Any:  # noqa: ANN401 - a colleague entry
    if not plan_colleague.strip():
        return None
    try:
        entry = vault.sharing.find(plan_colleague)
    except NotFound:
        return None
    return entry if entry.usable else None


class BackSafelyOffer(QWidget):
    """ "You are back safely" with *Tell <name>…* and *Close*. Call
    :meth:`offer` once a check-in is marked; :attr:`closed` when the person
    is done with it. ``vault`` returns the open vault (None once locked)."""

    closed = Signal()

    def __init__(self, vault: Callable[[], Vault | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self._plan_id: str | None = None
        self._name = ""
        self._entry: Any = None  # set when a team folder reaches the colleague
        self.op: ops.Op | None = None
        self.mark = IconMark("done", 1.4, self)
        self.heading = QLabel(_t("You are back safely"), self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.text = plain_label("", self, wrap=True)
        self.tell_button = QPushButton(self)
        self.close_button = QPushButton(_t("Close"), self)
        self.close_button.setAccessibleName(_t("Close the notice"))
        self.tell_button.clicked.connect(lambda: self.tell())
        self.close_button.clicked.connect(self.close_offer)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tell_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(spacing(1))
        column.addWidget(self.heading)
        column.addWidget(self.text)
        column.addLayout(buttons)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        self.hide()

    @property
    def active(self) -> bool:
        """Whether the offer is to be shown."""
        return self._plan_id is not None

    def offer(self, check_in: CheckIn) -> bool:
        """Offer to tell the plan's colleague that ``check_in`` is done.
        False (and nothing shown) when the plan names no verified colleague."""
        vault = self._vault()
        if vault is None or vault.is_locked:
            return False
        try:
            entry = _entry_to_tell(vault, check_in.colleague)
            marked = vault.plans.get(check_in.plan_id).get("checked_in_at")
            routed = entry is not None and vault.teams.route(entry.id) is not None
        except Exception:  # noqa: BLE001 - no offer; the mark itself is kept
            return False
        if entry is None or not marked:
            return False
        stored_name = entry.name
        self._plan_id, self._name = check_in.plan_id, stored_name
        self._entry = entry if routed else None
        if routed:
            said = _t(
                "Marked at {time}. {name} may be waiting to hear it. FieldSafe can leave the "
                "plan, now marked back safely, in the team folder for {name}."
            )
        else:
            said = _t(
                "Marked at {time}. {name} may be waiting to hear it. FieldSafe sends nothing "
                "by itself: it can save the plan, now marked back safely, as a small bundle "
                "for {name}."
            )
        self.text.setText(
            isolated(said, time=format_moment(from_iso(str(marked))), name=stored_name)
        )
        name = isolate(stored_name)
        button = _t("Tell {name}") if routed else _t("Tell {name}…")
        self.tell_button.setText(escape_mnemonic(button.format(name=name)))
        self.tell_button.setAccessibleName(
            _t("Tell {name} you are back safely").format(name=stored_name)
        )
        self.tell_button.show()
        self.show()
        return True

    def tell(self) -> bool:
        """Tell the colleague: through the team folder when it reaches them
        (True once the sending started; the offer says how it went), else
        save the plan, marked back safely, as a bundle for them (the share
        chooser lists the verified colleagues; the file dialog asks where;
        True once the file is written)."""
        from fieldsafe.ui.plans.sharing import share_records

        vault, plan_id = self._vault(), self._plan_id
        if vault is None or vault.is_locked or plan_id is None:
            return False
        if self.op is not None and not self.op.done:
            return False  # on its way already
        if self._entry is not None:
            self.tell_button.setEnabled(False)
            self.op = sending.start_sending(
                self, vault, [plan_id], [self._entry], done=self._sent, failed=self._not_sent
            )
            return True
        try:
            done = share_records(self, vault, [plan_id], file_name="back-safely.age")
        except Exception as exc:  # noqa: BLE001 - worded by describe()
            self.text.setText(describe(exc))
            return False
        if done:
            self.text.setText(
                isolated(
                    _t(
                        "Bundle saved for {name}. Pass it on as you usually exchange bundles: "
                        "once {name} receives it, their FieldSafe shows you are back safely."
                    ),
                    name=self._name,
                )
            )
            self.tell_button.hide()
            self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return done

    def _sent(self, delivery: sending.Delivery) -> None:
        if not delivery.sent:
            self._not_sent(None, sending.not_reached_lines(delivery))
            return
        self.text.setText(
            isolated(
                _t(
                    "Left in the team folder for {name}. Once their FieldSafe reads the folder, "
                    "it shows you are back safely."
                ),
                name=self._name,
            )
        )
        self.tell_button.hide()
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _not_sent(self, error: BaseException | None, lines: list[str] | None = None) -> None:
        """The team folder did not reach the colleague: say why, and offer a
        file instead (the person's click, never by itself)."""
        why = lines if lines is not None else [describe(error)] if error is not None else []
        self._entry = None
        self.text.setText(
            "\n".join(
                [
                    *why,
                    isolated(
                        _t("You can save a small bundle for {name} instead."), name=self._name
                    ),
                ]
            )
        )
        self.tell_button.setText(
            escape_mnemonic(_t("Tell {name}…").format(name=isolate(self._name)))
        )
        self.tell_button.setEnabled(True)
        self.tell_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_offer(self) -> None:
        self.clear()
        self.closed.emit()

    def clear(self) -> None:
        """Forget the plan and the name (closed, or the vault locked)."""
        self._plan_id, self._name, self._entry = None, "", None
        self.text.setText("")
        self.tell_button.setText("")
        self.tell_button.setAccessibleName("")
        self.tell_button.setEnabled(True)
        self.hide()
