"""The calm notice in FieldSafe when a check-in time has passed.

A bar (not a dialog: it never blocks, never takes the focus, and goes away
once someone is back) that the main window places above its content. It
shows, for the check-in that has waited longest:

* which meeting, and when the check-in was due (its time and the grace);
* the pair's own answer to "what will we do if one of us does not check
  in?", as they wrote it in the plan;
* how to reach the colleague, as written in the plan;

and two buttons: *I'm back safely* (marks the check-in done, in the plan)
and *Open the plan*. When more than one has passed, *Next* shows the others.
Everything from the plan is data, shown as plain text; values inside a
sentence are bidi-isolated. The words stay calm: a check-in passing is a
reason to act as agreed, not an alarm.

Once marked, when the plan names a colleague this vault has verified, the
notice stays a moment to offer *Tell <their name as stored>…*: the plan,
now marked back safely, saved as a small bundle for them
(:mod:`.back_safely`); *Close* ends it. The words scroll on their own when
the notice is given less room than they need (large text, a long answer);
the buttons stay below them, always in view. The window shows the notice's area
while :attr:`CheckInNotice.shown_changed` says so, and calls
:meth:`CheckInNotice.wipe` at lock.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldsafe.core.checkins import CheckIn
from fieldsafe.messages import describe
from fieldsafe.ui.checkins.back_safely import BackSafelyOffer
from fieldsafe.ui.checkins.watch import CheckInWatch
from fieldsafe.ui.common.bidi import isolated
from fieldsafe.ui.common.empty_state import IconMark
from fieldsafe.ui.common.localtime import format_moment
from fieldsafe.ui.common.plain_text import plain_label
from fieldsafe.ui.common.theme import spacing
from fieldsafe.vault import Vault


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("checkins", text, None, n)


class CheckInNotice(QFrame):
    """Shows the check-ins that have passed, and the offer to tell the
    colleague once one is marked; hidden when there is neither. ``vault``
    returns the open vault (None once locked); without it, no offer."""

    #: "Open the plan": the plan's id
    open_plan_requested = Signal(str)
    #: whether the notice is to be shown now (the window shows its area)
    shown_changed = Signal(bool)

    def __init__(
        self,
        watch: CheckInWatch,
        parent: QWidget | None = None,
        *,
        vault: Callable[[], Vault | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._watch = watch
        self._check_ins: list[CheckIn] = []
        self._shown = 0
        self._marking: CheckIn | None = None  # "I'm back safely" pressed, not yet stored
        self._wanted = False
        self.setProperty("role", "notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer = BackSafelyOffer(vault or (lambda: None), self)
        self._build()
        watch.overdue_changed.connect(self.show_check_ins)
        watch.failed.connect(self._failed)
        watch.marked.connect(self._marked)
        self.offer.closed.connect(self._show_or_hide)
        self._retranslate()
        self.hide()

    def _build(self) -> None:
        self.mark = IconMark("attention", 1.4, self)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)
        self.meeting = plain_label("", self, wrap=True)
        self.answer_heading = QLabel(self)
        self.answer_heading.setWordWrap(True)
        self.answer = plain_label("", self, wrap=True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact = plain_label("", self, wrap=True)
        self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = plain_label("", self, wrap=True)
        self.more.setProperty("role", "hint")
        self.problem = plain_label("", self, wrap=True)
        self.problem.hide()
        self.back_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.back_button.clicked.connect(self._back_safely)
        self.open_button.clicked.connect(self._open_plan)
        self.next_button.clicked.connect(self._next)
        text = QVBoxLayout()
        text.setSpacing(spacing(1))
        for widget in (
            self.heading,
            self.meeting,
            self.answer_heading,
            self.answer,
            self.contact,
            self.more,
            self.problem,
        ):
            text.addWidget(widget)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        words = _Words()
        row = QHBoxLayout(words)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.mark, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        self.passed = QWidget(self)
        passed = QVBoxLayout(self.passed)
        passed.setContentsMargins(0, 0, 0, 0)
        passed.addWidget(_WordsArea(words, self.passed), 1)
        passed.addLayout(buttons)
        column = QVBoxLayout(self)
        column.addWidget(self.passed)
        column.addWidget(self.offer)

    def _retranslate(self) -> None:
        self.setAccessibleName(_t("A check-in time has passed"))
        self.heading.setText(_t("A check-in time has passed"))
        self.answer_heading.setText(_t("What you agreed to do if one of you does not check in:"))
        self.back_button.setText(_t("I'm back safely"))
        self.back_button.setAccessibleName(_t("I'm back safely"))
        self.open_button.setText(_t("Open the plan"))
        self.open_button.setAccessibleName(_t("Open the plan"))
        self.next_button.setText(_t("Next"))
        self.next_button.setAccessibleName(_t("The next check-in that has passed"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # -- what is shown ---------------------------------------------------------------------

    def show_check_ins(self, check_ins: list[CheckIn]) -> None:
        """Show ``check_ins`` (longest overdue first); hide when there are none.
        The one shown stays shown while it is still there."""
        current = self.current()
        self._check_ins = list(check_ins)
        ids = [c.plan_id for c in self._check_ins]
        self._shown = ids.index(current.plan_id) if current and current.plan_id in ids else 0
        self.problem.hide()
        self._fill()
        self.passed.setVisible(bool(self._check_ins))
        self._show_or_hide()

    def _show_or_hide(self) -> None:
        wanted = bool(self._check_ins) or self.offer.active
        self.setVisible(wanted)
        if wanted != self._wanted:
            self._wanted = wanted
            self.shown_changed.emit(wanted)

    def wipe(self) -> None:
        """Forget every check-in and the offer (at lock)."""
        self._marking = None
        self.offer.clear()
        self.show_check_ins([])

    def current(self) -> CheckIn | None:
        """The check-in shown, or None."""
        return self._check_ins[self._shown] if self._check_ins else None

    def _fill(self) -> None:
        check_in = self.current()
        if check_in is None:
            for label in (self.meeting, self.answer, self.contact, self.more, self.problem):
                label.setText("")
            self.setAccessibleDescription("")  # nothing of a plan stays behind (at lock)
            return
        self.meeting.setText(self._meeting_text(check_in))
        if check_in.answer:
            self.answer.setText(check_in.answer)
        else:
            self.answer.setText(
                _t("Nothing is written in the plan for this. Open the plan to see what you agreed.")
            )
        self.contact.setText(self._contact_text(check_in))
        others = len(self._check_ins) - 1
        self.more.setText(_t("%n more check-in(s) have passed.", others) if others else "")
        self.more.setVisible(bool(others))
        self.next_button.setVisible(bool(others))
        self.setAccessibleDescription(
            "\n".join(
                t
                for t in (
                    self.meeting.text(),
                    self.answer_heading.text(),
                    self.answer.text(),
                    self.contact.text(),
                    self.more.text(),
                )
                if t
            )
        )

    @staticmethod
    def _meeting_text(check_in: CheckIn) -> str:
        minutes = int(check_in.grace.total_seconds() // 60)
        grace = _t("%n minute(s) after it", minutes) if minutes else _t("at that time")
        if check_in.title:
            return isolated(
                _t(
                    "{title}, the meeting at {start}: you agreed to check in by {time}, and to act {grace}."
                ),
                title=check_in.title,
                start=format_moment(check_in.starts_at),
                time=format_moment(check_in.check_in_at),
                grace=grace,
            )
        return isolated(
            _t("The meeting at {start}: you agreed to check in by {time}, and to act {grace}."),
            start=format_moment(check_in.starts_at),
            time=format_moment(check_in.check_in_at),
            grace=grace,
        )

    @staticmethod
    def _contact_text(check_in: CheckIn) -> str:
        if check_in.colleague and check_in.colleague_contact:
            return isolated(
                _t("How to reach {colleague}: {contact}"),
                colleague=check_in.colleague,
                contact=check_in.colleague_contact,
            )
        if check_in.colleague_contact:
            return isolated(
                _t("How to reach your colleague: {contact}"), contact=check_in.colleague_contact
            )
        if check_in.colleague:
            return isolated(
                _t("The plan holds no contact details for {colleague}."),
                colleague=check_in.colleague,
            )
        return _t("The plan holds no contact details.")

    # -- the buttons ------------------------------------------------------------------------

    def _back_safely(self) -> None:
        check_in = self.current()
        if check_in is not None:
            self._marking = check_in
            self._watch.mark_back_safely(check_in.plan_id)

    def _marked(self, plan_id: str) -> None:
        """The check-in is stored as done: offer to tell the colleague."""
        check_in, self._marking = self._marking, None
        if check_in is None or check_in.plan_id != plan_id:
            return
        if self.offer.offer(check_in):
            self._show_or_hide()
            if self.back_button.hasFocus():  # by keyboard: on to the next step
                self.offer.tell_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_plan(self) -> None:
        check_in = self.current()
        if check_in is not None:
            self.open_plan_requested.emit(check_in.plan_id)

    def _next(self) -> None:
        if self._check_ins:
            self._shown = (self._shown + 1) % len(self._check_ins)
            self._fill()

    def _failed(self, error: BaseException) -> None:
        if self.isVisible():
            self.problem.setText(describe(error))
            self.problem.show()


class _Words(QWidget):
    """The words' own widget. Its layout follows each resize, even one
    that comes while the layout is being worked out: the scroll area
    narrows the words for its scroll bar at that moment, and the layout
    stayed at the wider, shorter size, so a sentence that wraps to one
    more line when narrower was squeezed (Urdu at a large text size)."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        layout = self.layout()
        if layout is not None and layout.geometry() != self.rect():
            layout.setGeometry(self.rect())


class _WordsArea(QScrollArea):
    """The notice's words, scrolled on their own when the notice's area is
    shorter than they are (large text, a long answer), so that the buttons
    below them always stay in view. It asks for the words' whole height and
    can be squeezed to two lines."""

    def __init__(self, words: QWidget, parent: QWidget) -> None:
        super().__init__(parent)
        self._words = words
        self.setWidget(words)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the words are read, the buttons take Tab
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.viewport().setAutoFillBackground(False)  # the notice's own tint shows through
        words.setAutoFillBackground(False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        words = self._words
        width = max(self.viewport().width(), words.minimumSizeHint().width())
        height = words.heightForWidth(width) if words.hasHeightForWidth() else -1
        if height < 0:
            height = words.sizeHint().height()
        # half a line to spare: a line mixing Arabic and Latin is drawn a
        # little taller than the label's estimate (its last line was clipped)
        return QSize(words.sizeHint().width(), height + self.fontMetrics().lineSpacing() // 2)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(super().minimumSizeHint().width(), self.fontMetrics().lineSpacing() * 2)
