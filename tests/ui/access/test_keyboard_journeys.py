"""Keyboard only (issue 17, Access): each core journey, start to finish,
without a mouse.

Every key goes to the widget that has the focus (``QApplication.focusWidget()``),
as a person's keyboard sends it: Tab, Shift+Tab, arrows, Enter, Space,
Escape and the application's shortcuts (Ctrl+N, Ctrl+S, Ctrl+I, Ctrl+L,
Ctrl+1…6). Nothing is clicked, no field is set and no slot is called; the
one exception is the file dialog, answered through the seams of
``ui/common/dialogs.py`` (and ``ui/plans/sharing.ChooseFile``) as the other
GUI tests do. Alt+letter mnemonics are not used: their letters change with
the translations.

Each step says where the focus must be, by accessible name, so a control
Tab never reaches, a focus lost after a dialog, or a keyboard trap fails
with the names the keyboard did visit.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from fieldsafe.core.clock import FakeClock
from fieldsafe.ui.shell.session import Session
from tests.conftest import PASSPHRASE
from tests.ui.conftest import accessible_name, wait_ops

NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
K = Qt.Key

PHRASE = "purple otter climbs slowly"


# -- the keyboard --------------------------------------------------------------------
def name_of(widget: QWidget | None) -> str:
    """The name a test (and a screen reader) knows ``widget`` by: its
    accessible name, or for a button without one, its words."""
    if widget is None:
        return "<nothing>"
    return widget.accessibleName() or accessible_name(widget)


def where(widget: QWidget | None) -> str:
    if widget is None:
        return "no widget has the focus"
    window = widget.window()
    title = window.windowTitle() or type(window).__name__
    return f"{type(widget).__name__} {name_of(widget)!r} in {type(window).__name__} {title!r}"


class _WindowManager(QObject):
    """What a desktop's window manager does and the offscreen platform does
    not: when a dialog closes, the window it belongs to becomes active
    again. Notes that window; :meth:`Keyboard.focused` activates it when
    no window is active."""

    def __init__(self) -> None:
        super().__init__()
        self.back_to: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Hide
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.parentWidget() is not None
        ):
            self.back_to = watched.parentWidget().window()
        return False


class Keyboard:
    """A person's hands on the keyboard: every key goes where the focus is."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.window_manager = _WindowManager()
        QApplication.instance().installEventFilter(self.window_manager)

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self.window_manager)

    def focused(self, timeout: int = 5_000) -> QWidget:
        """The widget with the focus, waiting for one (a window just shown
        is activated a moment later). When a modal dialog has closed and no
        window is active, its parent window is activated, as a desktop's
        window manager does (the offscreen platform does not)."""
        self._reactivate()
        try:
            self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=timeout)
        except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError, said plainly
            active = QApplication.activeWindow()
            raise AssertionError(
                f"nothing has the keyboard focus (active window: {active!r})"
            ) from None
        widget = QApplication.focusWidget()
        assert widget is not None
        return widget

    def _reactivate(self) -> None:
        back, self.window_manager.back_to = self.window_manager.back_to, None
        if (
            back is not None
            and QApplication.activeWindow() is None
            and shiboken6.isValid(back)
            and back.isVisible()
        ):
            back.activateWindow()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE, times: int = 1) -> None:
        for _ in range(times):
            self.qtbot.keyClick(self.focused(), key, modifier)

    def type(self, text: str) -> None:
        """Type ``text`` where the focus is. QTest knows keys for ASCII
        only; any other character ("é", "✓", Arabic) comes as a key event
        carrying its text, as a keyboard layout or input method sends it."""
        for char in text:
            widget = self.focused()
            if char.isascii():
                self.qtbot.keyClick(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, NONE, char)
                QApplication.sendEvent(widget, event)

    def expect(self, name: str, *, timeout: int = 3_000) -> QWidget:
        """The focus is on the control named ``name`` (waiting a moment:
        some focus moves are posted)."""
        self._reactivate()
        try:
            self.qtbot.waitUntil(
                lambda: name_of(QApplication.focusWidget()) == name, timeout=timeout
            )
        except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError, said plainly
            raise AssertionError(
                f"expected the focus on {name!r}, but {where(QApplication.focusWidget())}"
            ) from None
        return self.focused()

    def tab_to(self, name: str, *, back: bool = False, limit: int = 120) -> QWidget:
        """Tab (Shift+Tab with ``back``) until the control named ``name``
        has the focus. Fails once the focus comes round to a control it
        has already visited, naming the controls of that round: the control
        is not in the Tab order, or Tab is trapped in a few controls."""
        key = "Shift+Tab" if back else "Tab"
        seen: list[QWidget] = []
        for _press in range(limit):
            focus = self.focused()
            if name_of(focus) == name:
                return focus
            if focus in seen:
                round_ = [name_of(w) for w in seen[seen.index(focus) :]]
                raise AssertionError(
                    f"{key} never reaches {name!r}: it goes round {round_} "
                    f"({len(round_)} controls{', a keyboard trap' if len(round_) < 6 else ''})"
                )
            seen.append(focus)
            self.press(K.Key_Backtab if back else K.Key_Tab)
        raise AssertionError(f"{key} never reached {name!r} in {limit} presses")

    def field(self, name: str, text: str) -> None:
        """Tab to the field ``name`` and type ``text`` into it."""
        self.tab_to(name)
        self.type(text)

    def in_modal(self, steps: Callable[[], None]) -> list[BaseException]:
        """Run ``steps`` once a modal dialog is open (the next key press
        opens it with ``exec()``, which does not return until it closes).
        A failure closes the dialog, so the test fails instead of hanging;
        the failures are returned for the test to raise."""
        failures: list[BaseException] = []
        start = QApplication.activeModalWidget()
        tries = [1000]  # 10 s

        def run() -> None:
            modal = QApplication.activeModalWidget()
            if modal is None or modal is start:
                tries[0] -= 1
                if tries[0] > 0:
                    QTimer.singleShot(10, run)
                else:
                    failures.append(AssertionError("the dialog expected never opened"))
                return
            try:
                self.qtbot.waitUntil(lambda: QApplication.activeWindow() is modal, timeout=3_000)
                steps()
            except BaseException as exc:  # noqa: BLE001 - raised by the test after exec() returns
                failures.append(exc)
                if shiboken6.isValid(modal) and modal.isVisible():
                    modal.reject()  # type: ignore[attr-defined]

        QTimer.singleShot(0, run)
        return failures


def raise_first(failures: list[BaseException]) -> None:
    if failures:
        raise failures[0]


@pytest.fixture
def keys(qtbot) -> Iterator[Keyboard]:  # noqa: ANN001
    keyboard = Keyboard(qtbot)
    yield keyboard
    keyboard.close()


# -- 1. first run ----------------------------------------------------------------------
def test_first_run_by_keyboard(qtbot, keys: Keyboard, session: Session) -> None:  # noqa: ANN001
    from fieldsafe.ui.common.language_choice import LanguageChoice
    from fieldsafe.ui.shell.first_run import PAGE_CONFIRM, PAGE_PASSPHRASE, PAGE_RECOVERY
    from fieldsafe.ui.shell.first_run_name import PAGE_NAME

    wizard = session.start()
    qtbot.waitExposed(wizard)
    # The language comes first: the choice has the focus, and another
    # language (arrow down) rebuilds the pages with the focus kept there.
    keys.expect("Language")
    welcome = "Welcome to FieldSafe"
    keys.press(K.Key_Down)  # the next language in the list (Amharic)
    qtbot.waitUntil(lambda: wizard.currentPage().title() not in ("", welcome))
    assert isinstance(keys.focused(), LanguageChoice), where(keys.focused())
    keys.press(K.Key_Up)  # back to English
    qtbot.waitUntil(lambda: wizard.currentPage().title() == welcome)
    assert wizard.layoutDirection() == Qt.LayoutDirection.LeftToRight
    keys.expect("Language")
    assert wizard.currentId() == 0 and wizard.currentPage().title() == "Welcome to FieldSafe"

    # Welcome → Next (Tab to it, Space).
    keys.tab_to("Next >")
    keys.press(K.Key_Space)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_PASSPHRASE)

    # The passphrase, typed twice; Enter creates the vault.
    keys.expect("Passphrase")
    keys.type(PHRASE)
    keys.press(K.Key_Tab)
    keys.expect("Confirm passphrase")
    keys.type(PHRASE)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_RECOVERY, timeout=10_000)

    # The recovery code, read on screen and acknowledged with Enter (Next).
    code = keys.expect("Recovery code").text()  # type: ignore[attr-defined]
    assert len(code.split("-")) == 5
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_CONFIRM)
    keys.expect("Recovery code group")
    keys.type(code.split("-")[wizard.confirm_group_number - 1])
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_NAME)

    # The name colleagues will see; Enter opens the vault.
    keys.expect("Your name or nickname")
    keys.type("Amal")
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)
    window = session.main_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    keys.expect("Sections")  # the main window, the keyboard in its sections
    assert session.vault is not None and session.vault.sharing.identity().name == "Amal"


# -- 2. a log with an attachment -------------------------------------------------------
def test_log_with_attachment_by_keyboard(
    qtbot, keys: Keyboard, window, vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from fieldsafe.ui.common import dialogs
    from tests.images import jpeg_with_gps

    photo = tmp_path / "IMG_2041.jpg"
    photo.write_bytes(jpeg_with_gps(320, 240))
    monkeypatch.setattr(dialogs.ChooseAttachments, "ask", classmethod(lambda cls, parent: [photo]))

    keys.press(K.Key_N, CTRL)
    keys.expect("Title")
    keys.type("Bar visit with A12")
    keys.press(K.Key_Tab)
    keys.expect("When")  # now, as it is filled in
    keys.field("How long (minutes)", "40")
    keys.tab_to("Setting")
    keys.press(K.Key_Down)  # the next kind of place
    keys.field("Area", "north district")
    keys.field("Who went", "me, colleague K")
    keys.field("Person codes", "A12")
    keys.field("What happened", "She asked about the clinic near the harbour.")
    keys.field("Needs expressed", "a doctor")

    # Attach: the button is reached by Tab; Space opens the file dialog (its
    # seam answers with the photo). Asked whether to delete the original,
    # Enter keeps it (the default).
    keys.tab_to("Attach")
    failures = keys.in_modal(lambda: keys.press(K.Key_Return))
    keys.press(K.Key_Space)
    raise_first(failures)
    wait_ops(qtbot)
    attachments = window.editor.attachments.attachment_list
    qtbot.waitUntil(lambda: attachments.count() == 1)
    assert photo.exists(), "Enter deleted the original: keeping it is the default"

    # Tab goes on past the attachments to the last field and Save (a check
    # box that wraps its words once sent Tab back from the review date).
    keys.tab_to("Review by")
    keys.tab_to("Save")
    keys.press(K.Key_S, CTRL)
    wait_ops(qtbot)
    assert window.editor.status.text() == "Saved."
    log_id = window.editor.log_id
    assert log_id is not None and window.log_model.rowCount() == 1

    # Start another log, then reopen the saved one from the list: Shift+Tab
    # from the title back to the list, an arrow to the row, Enter.
    keys.press(K.Key_N, CTRL)
    keys.expect("Title")
    keys.tab_to("Outreach logs", back=True)
    keys.press(K.Key_Home)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: window.editor.log_id == log_id)
    keys.expect("Outreach logs")  # the keyboard stays in the list, browsing
    assert window.editor.title.text() == "Bar visit with A12"
    assert attachments.count() == 1
    stored = vault.logs.get(log_id)
    assert (stored.duration_minutes, stored.area, stored.person_codes) == (
        40,
        "north district",
        ("A12",),
    )
    assert stored.who_went == ("me", "colleague K") and stored.setting
    assert "harbour" in stored.body and stored.needs == "a doctor"


# -- 3. plan a meeting and share it ----------------------------------------------------
def test_plan_and_share_by_keyboard(
    qtbot, keys: Keyboard, window, vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    from fieldsafe.ui.plans import sharing
    from tests.ui.team import colleague

    bea = colleague(vault, tmp_path, "Bea", "a colleague's own passphrase")
    bundle = tmp_path / "plan.age"
    monkeypatch.setattr(sharing.ChooseFile, "save", classmethod(lambda cls, *a, **k: bundle))
    try:
        _plan_and_share(qtbot, keys, window, vault, bundle)
        received = bea.sharing.open_received(bundle.read_bytes(), lambda: None)
        assert received is not None, "Bea cannot open the bundle"
        bea.sharing.import_bundle(received, lambda clashes: [])
        (summary,) = bea.plans.page()
        assert bea.plans.get(summary.id)["location"] == "the café by the station"
    finally:
        bea.lock()


def _next_page(qtbot, keys: Keyboard, wizard) -> None:  # noqa: ANN001
    page = wizard.currentId()
    keys.tab_to("Next >")
    keys.press(K.Key_Space)
    qtbot.waitUntil(lambda: wizard.currentId() != page)


def _plan_and_share(qtbot, keys: Keyboard, window, vault, bundle: Path) -> None:  # noqa: ANN001
    from fieldsafe.ui.plans.wizard import PlanWizard

    keys.press(K.Key_4, CTRL)  # Meeting plans (the Go menu's fourth section)
    keys.expect("Plan a meeting")
    keys.press(K.Key_Space)
    wizard = keys.expect("Who goes with you?").window()
    assert isinstance(wizard, PlanWizard), where(keys.focused())
    keys.type("Bea")
    keys.field("Person code", "A12")
    keys.field("What do we want to achieve?", "Tell her about the clinic.")
    _next_page(qtbot, keys, wizard)
    keys.expect("What kind of place?")
    keys.press(K.Key_Down)
    keys.field("Who is usually around?", "the owner, regulars")
    _next_page(qtbot, keys, wizard)
    keys.expect("Where do we meet?")
    keys.type("the café by the station")
    _next_page(qtbot, keys, wizard)
    keys.expect("Where do we go if the first place does not work?")
    keys.type("the library")
    _next_page(qtbot, keys, wizard)
    keys.expect("we are late?")
    keys.type("wait fifteen minutes, then leave")
    _next_page(qtbot, keys, wizard)
    keys.expect("Where to sit or stand")
    keys.type("by the door")
    _next_page(qtbot, keys, wizard)
    keys.expect("Stay a while and watch for followers")
    keys.type("ten minutes")
    _next_page(qtbot, keys, wizard)
    keys.expect("Date and time")  # tomorrow on the hour, as a new plan starts
    keys.field("How do we reach each other during and after the meeting?", "a call on Signal")
    keys.tab_to("Finish")
    keys.press(K.Key_Space)
    qtbot.waitUntil(lambda: not shiboken6.isValid(wizard) or not wizard.isVisible())
    plans = window.plans
    qtbot.waitUntil(lambda: plans.list.count() == 1)
    assert window.isAncestorOf(keys.focused()), where(keys.focused())
    (summary,) = vault.plans.page()
    plan = vault.plans.get(summary.id)
    typed = {
        "colleague": "Bea",
        "person_codes": ["A12"],
        "purpose": "Tell her about the clinic.",
        "who_around": "the owner, regulars",
        "location": "the café by the station",
        "backup_location": "the library",
        "position": "by the door",
        "after_watch": "ten minutes",
        "colleague_contact": "a call on Signal",
    }
    assert {k: plan.get(k) for k in typed} == typed
    assert plan["setting"] and "wait fifteen minutes" in str(plan["scenarios"])

    # Share it: Tab to the button, Space; in the chooser Space ticks Bea
    # (the list has the focus) and Enter shares; the file seam saves it.
    keys.tab_to("Share this plan with a colleague")

    def choose() -> None:
        keys.expect("Verified colleagues")
        keys.press(K.Key_Space)
        keys.press(K.Key_Return)

    failures = keys.in_modal(choose)
    keys.press(K.Key_Space)
    raise_first(failures)
    assert bundle.exists()
    assert plans.message.text() == "Bundle saved: encrypted for your colleague and for you."
    keys.expect("Share this plan with a colleague")  # back where the person was


# -- 4. debrief in the journal ---------------------------------------------------------
def test_debrief_by_keyboard(qtbot, keys: Keyboard, window, vault, clock: FakeClock) -> None:  # noqa: ANN001
    from fieldsafe.vault.journal import JournalPrefs

    meeting = vault.logs.save(occurred_at=clock.now(), title="Bar visit with A12").id
    vault.journal.set_prefs(JournalPrefs(lock_journal=True))  # the gate asks first

    keys.press(K.Key_3, CTRL)  # My journal (the Go menu's third section)
    keys.expect("Passphrase")
    keys.type(PASSPHRASE)
    keys.press(K.Key_Return)
    wait_ops(qtbot)
    keys.expect("How I feel, from 0 (very hard) to 10 (very good)")  # a new entry, ready
    keys.press(K.Key_Down, times=4)  # past "No check-in this time" and 0, 1, 2: 3
    keys.tab_to("The meeting it follows", back=True)
    keys.press(K.Key_Down)  # the meeting just logged
    keys.tab_to("tired")
    keys.press(K.Key_Space)
    keys.field("In a few words", "heavy but okay")
    keys.field("What was hard?", "hearing about her debts")
    keys.field("My notes", "Call K tomorrow.")
    keys.tab_to("I talked with someone about it")
    keys.press(K.Key_Space)

    # Ctrl+S saves the entry; after a hard day the support list is offered,
    # once: Escape says "Not now".
    offered: list[str] = []

    def not_now() -> None:
        box = QApplication.activeModalWidget()
        offered.append(box.text())  # type: ignore[attr-defined]
        keys.press(K.Key_Escape)

    failures = keys.in_modal(not_now)
    keys.press(K.Key_S, CTRL)
    qtbot.waitUntil(lambda: bool(offered) or bool(failures), timeout=5_000)
    raise_first(failures)
    assert offered == ["That sounds like it was hard."]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    wait_ops(qtbot)
    assert vault.journal.count() == 1

    (summary,) = vault.journal.page()
    entry = vault.journal.get(summary.id)
    assert entry.follows == meeting
    assert entry.feeling == 3 and entry.feeling_words == ("tired",)
    assert entry.checkin_note == "heavy but okay" and entry.body == "Call K tomorrow."
    assert ("hard", "hearing about her debts") in entry.reflections, entry.reflections
    assert entry.talked_with_someone
    keys.expect("I talked with someone about it")  # the keyboard is where it was


# -- 5. something happened: an incident ------------------------------------------------
def test_incident_by_keyboard(qtbot, keys: Keyboard, window, vault) -> None:  # noqa: ANN001
    keys.press(K.Key_I, CTRL)  # Something happened, from anywhere
    keys.expect("Physical")  # what kind of thing happened: the first choice
    keys.press(K.Key_Down)  # arrows move through the kinds, Space chooses
    keys.press(K.Key_Space)
    kind = name_of(keys.focused())
    assert kind != "Physical" and keys.focused().isChecked(), kind  # type: ignore[attr-defined]
    keys.field("In a few words", "a man followed us to the tram stop")
    keys.field("What happened", "He stayed two rows behind, then got off with us.")
    keys.tab_to("Setting")
    keys.press(K.Key_Down)
    keys.field("Area", "north district")
    keys.tab_to("Someone we do not know")
    keys.press(K.Key_Space)
    keys.press(K.Key_S, CTRL)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: len(vault.incidents.page()) == 1)
    # The window closed: the main window has the keyboard again.
    assert window.isAncestorOf(keys.focused()), where(keys.focused())

    # The Incidents section (the Go menu's fifth): the timeline, then the list.
    keys.press(K.Key_5, CTRL)
    section = window.safety.incidents
    wait_ops(qtbot)
    assert section.isAncestorOf(keys.focused()), where(keys.focused())
    assert section.list.topLevelItemCount() == 1
    keys.tab_to("Incidents")
    item = section.list.currentItem() or section.list.topLevelItem(0)
    shown = " ".join(item.text(c) for c in range(section.list.columnCount()))
    assert kind in shown and "a man followed us to the tram stop" in shown, shown

    (summary,) = vault.incidents.page()
    fields = vault.incidents.get(summary.id).fields
    assert fields["title"] == "a man followed us to the tram stop"
    assert fields["actors"] == ["unknown"]
    assert fields["type"] and fields["type"] != "physical" and fields["setting"]
    assert fields["area"] == "north district" and "two rows" in fields["what_happened"]


# -- 6. lock and unlock ----------------------------------------------------------------
def test_lock_and_unlock_by_keyboard(
    qtbot, keys: Keyboard, session: Session, window, vault
) -> None:  # noqa: ANN001
    from fieldsafe.ui.shell.lock import LockScreen

    keys.press(K.Key_N, CTRL)
    keys.expect("Title")
    keys.type("Station meeting")
    keys.press(K.Key_L, CTRL)  # lock, from wherever the person is
    qtbot.waitUntil(lambda: session.is_locked)
    field = keys.expect("Passphrase")
    screen = field.window()
    assert isinstance(screen, LockScreen), where(field)

    # A wrong passphrase: said on screen, the field empty and focused again.
    keys.type("not my passphrase at all")
    keys.press(K.Key_Return)
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: bool(screen.message.text()))
    assert keys.expect("Passphrase") is field and field.text() == ""  # type: ignore[attr-defined]
    assert session.is_locked

    keys.type(PASSPHRASE)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: session.main_window is not None, timeout=10_000)
    again = session.main_window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is again)
    # The window opens as at the start, the keyboard in the sections; the
    # log being written when it locked was saved, and is one key away.
    keys.expect("Sections")
    keys.press(K.Key_1, CTRL)
    keys.expect("Outreach logs")
    keys.press(K.Key_Home)
    keys.press(K.Key_Return)
    qtbot.waitUntil(lambda: again.editor.log_id is not None)
    assert again.editor.title.text() == "Station meeting"


def test_ctrl_5_after_a_new_incident_goes_to_the_timeline(qtbot, keys: Keyboard, window) -> None:  # noqa: ANN001
    keys.press(K.Key_I, CTRL)
    keys.expect("Physical")
    keys.press(K.Key_Space)
    keys.press(K.Key_S, CTRL)
    wait_ops(qtbot)
    keys.expect("Sections")
    keys.press(K.Key_5, CTRL)
    wait_ops(qtbot)
    keys.expect("Incidents on a timeline", timeout=500)
