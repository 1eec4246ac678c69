"""Mnemonics (``&``) are unique within each window (issue 17, "Checks, as
tests"): Alt+letter must lead to one place only.

What one Alt+letter can reach at one time is what is shown in one window: the
main window's menu bar and the section on show, a wizard's page and the
wizard's buttons, a tab's page and the tab bar. Qt gives a mnemonic to

* a label with a buddy (it moves the focus to the buddy),
* a button's text (push, tool, check and radio buttons, a wizard's buttons),
* a group box's title, each tab of a tab bar,
* each title in a menu bar.

For every visible one of those in a window, :func:`mnemonics` takes the
letter after its ``&`` (``&&`` is a plain ampersand), casefolded, and
:func:`clashes` names the letters used twice. A disabled one counts too: it is
enabled on the same screen a moment later (*Change passphrase* once both
fields are filled in, *Next* once a page is complete), and then two places
share its letter.

The windows are the ones the screenshot script builds
(scripts/make_screenshots.py): each screen it shoots is checked in the state
it is shot in (the whole window the shot widget lies in), run in its own
process per language, as tests/ui/fit does::

    .venv/bin/python -m tests.ui.access.test_mnemonics OUT.json [--lang ar]

OUT.json gets ``{"screens": [names], "clashes": [{screen, window, letter,
texts: [[text, kind, module]...]}...]}``. The few windows the script does not
shoot are checked here in English (test_windows_the_screenshots_leave_out).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QTabBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tests.ui.renders import run_all, shipped_languages

ROOT = Path(__file__).resolve().parents[3]
LANGUAGES = shipped_languages()

#: why a language's clashes are expected for now (not strict: it may pass). The
#: translation files are the lead's to refresh (issue 17), not edited here.
PENDING: dict[str, str] = {}  # language -> why its clashes are known and waiting


# -- the check ---------------------------------------------------------------------


def mnemonic(text: str) -> str | None:
    """The letter Alt+letter takes for ``text``, casefolded, as
    ``QKeySequence.mnemonic`` finds it: the character after the first ``&``
    that is not ``&&`` (a plain ampersand); ``None`` without one."""
    at = 0
    while (at := text.find("&", at)) >= 0 and at + 1 < len(text):
        if text[at + 1] == "&":
            at += 2
            continue
        letter = text[at + 1]
        if letter.isprintable():
            return letter.casefold()
        at += 1
    return None


def _owner(widget: QWidget) -> str:
    from tests.ui.fit.checker import owner

    return owner(widget)


def _shown(widget: QWidget, window: QWidget) -> bool:
    """Visible in ``window`` (not in a dialog or menu of its own)."""
    return widget.window() is window and widget.isVisibleTo(window)


def mnemonics(window: QWidget) -> list[tuple[str, str, str, str]]:
    """(letter, text, kind, module) of every mnemonic Alt+letter reaches in
    ``window`` as it is shown now: visible, with a letter after its ``&``."""
    found: list[tuple[str, str, str, str]] = []

    def add(text: str, kind: str, widget: QWidget) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, text, kind, _owner(widget)))

    for widget in [window, *window.findChildren(QWidget)]:
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel):
            buddy = widget.buddy()
            if buddy is not None and _shown(buddy, window):
                add(widget.text(), "label", widget)
        elif isinstance(widget, QAbstractButton):
            add(widget.text(), type(widget).__name__, widget)
        elif isinstance(widget, QGroupBox):
            add(widget.title(), "group box", widget)
        elif isinstance(widget, QTabBar):
            for tab in range(widget.count()):
                if widget.isTabVisible(tab):
                    add(widget.tabText(tab), "tab", widget)
        elif isinstance(widget, QMenuBar):
            for action in widget.actions():
                if action.isVisible():
                    add(action.text(), "menu bar", widget)
    return found


def clashes(window: QWidget) -> dict[str, list[tuple[str, str, str]]]:
    """Each letter used more than once in ``window`` -> its (text, kind, module)s."""
    by_letter: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for letter, text, kind, module in mnemonics(window):
        by_letter[letter].append((text, kind, module))
    return {letter: uses for letter, uses in sorted(by_letter.items()) if len(uses) > 1}


# -- every window the screenshot script builds, in one process per language --------


def main(argv: list[str]) -> int:
    """Run the screenshot script with a hook that checks each screen's window."""
    out, rest = Path(argv[0]), argv[1:]
    scratch = tempfile.mkdtemp(prefix="fieldsafe-mnemonics-")
    sys.argv = ["make_screenshots.py", "--out", scratch, *rest]
    spec = importlib.util.spec_from_file_location(
        "make_screenshots", ROOT / "scripts" / "make_screenshots.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)

    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    from fieldsafe.ui.common import ops

    screens: list[str] = []
    found: list[dict[str, object]] = []

    def on_shot(widget: QWidget, name: str) -> None:
        deadline = QDeadlineTimer(10_000)
        while ops.busy() and not deadline.hasExpired():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        QCoreApplication.processEvents()
        screens.append(name)
        window = widget.window()
        for letter, uses in clashes(window).items():
            found.append(
                {
                    "screen": name,
                    "window": type(window).__name__,
                    "letter": letter,
                    "texts": [list(use) for use in uses],
                }
            )

    script.on_shot = on_shot
    script.pause_scale = 0.2  # each screen is settled above
    code = script.main()
    out.write_text(json.dumps({"screens": screens, "clashes": found}, indent=1), "utf-8")
    return int(code)


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, dict]]:
    """Each language's screens and clashes (one process each, tests/ui/renders.py)."""
    configs = {language: ["--screen", "1366x768", "--lang", language] for language in LANGUAGES}
    found = run_all("tests.ui.access.test_mnemonics", configs, tmp_path_factory.mktemp("keys"))
    yield found


def _report(clashes_found: list[dict]) -> str:
    """One line per window and letter: the texts that share it, and where from;
    a clash seen in several screens of one window is named once, with them."""
    seen: dict[tuple[str, str, str], list[str]] = {}
    for clash in clashes_found:
        texts = " | ".join(f"{t!r} ({kind}, {module})" for t, kind, module in clash["texts"])
        seen.setdefault((clash["window"], clash["letter"], texts), []).append(clash["screen"])
    return "\n".join(
        f"{window} [{', '.join(screens)}]: {letter!r}: {texts}"
        for (window, letter, texts), screens in sorted(seen.items())
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_screen_was_checked(results: dict[str, dict], language: str) -> None:
    screens = results[language]["screens"]
    assert len(screens) >= 45, screens
    for expected in (
        "01-welcome",  # the first-run wizard
        "07-main-window",
        "11-lock-screen",
        "10-change-passphrase",
        "13-log-form",
        "21-journal",
        "25-plan-wizard-1",
        "27-colleagues-safety-number",
        "27c-colleagues-teams",
        "27b-share-with",
        "28-preferences",
        "29-about",
        "31-restore-from-backup",
        "45-incident-form",
        "47-risk-review",
        "50-today-safety",
        "52-incidents-section",
        "53-risk-assessments-section",
    ):
        assert expected in screens


def _cases() -> Iterator[object]:
    for language in LANGUAGES:
        pending = PENDING.get(language)
        marks = [pytest.mark.xfail(strict=False, reason=pending)] if pending else []
        yield pytest.param(language, marks=marks, id=language)


@pytest.mark.parametrize("language", list(_cases()))
def test_mnemonics_are_unique_in_each_window(results: dict[str, dict], language: str) -> None:
    found = results[language]["clashes"]
    assert not found, f"mnemonics used twice in one window ({language}):\n" + _report(found)


def test_windows_the_screenshots_leave_out(qtbot, window) -> None:  # noqa: ANN001
    """The journal's settings, the new recovery code after a change of
    passphrase, and what a plan's update changes."""
    from types import SimpleNamespace

    from fieldsafe.core.plans import FieldChange
    from fieldsafe.ui.plans.changes import ReviewDialog

    journal = window.show_journal()
    settings = journal.show_settings()
    qtbot.waitExposed(settings)
    change = window.change_passphrase()
    change.pages.setCurrentIndex(1)  # what a re-encryption ends on
    update = SimpleNamespace(
        title="Harbour café",
        changes=[FieldChange("backup_location", "the library", "the park")],
        both_changed=(),
    )
    review = ReviewDialog("question", [update], window)
    review.show()
    for dialog in (settings, change, review):
        qtbot.waitExposed(dialog)
        assert clashes(dialog) == {}, type(dialog).__name__
    assert [text for _, text, _, _ in mnemonics(change)] == ["I have &written it down"]


# -- the check itself, on a small window ------------------------------------------


def test_mnemonic_letter() -> None:
    assert mnemonic("L&og") == "o"
    assert mnemonic("&Vault") == "v"
    assert mnemonic("R&&D") is None
    assert mnemonic("R&&D &team") == "t"
    assert mnemonic("Save") is None
    assert mnemonic("end&") is None
    assert mnemonic("&ملف") == "م"


def test_a_clash_is_found_and_what_cannot_be_reached_is_not(qtbot) -> None:  # noqa: ANN001
    window = QMainWindow()
    qtbot.addWidget(window)
    window.menuBar().addMenu("&Help")
    page = QWidget(window)
    window.setCentralWidget(page)
    form = QFormLayout(page)
    how_long = QLabel("&How long:", page)
    field = QLineEdit(page)
    how_long.setBuddy(field)
    form.addRow(how_long, field)
    form.addRow(QLabel("&Hidden buddy-less label", page))  # no buddy: no mnemonic
    hidden = QPushButton("&Hidden button", page)
    hidden.hide()
    disabled = QPushButton("&Hold on", page)
    disabled.setEnabled(False)
    form.addRow(hidden)
    form.addRow(disabled)
    form.addRow(QPushButton("R&&D", page))
    form.addRow(QCheckBox("Private n&ote", page))
    box = QGroupBox("N&otes", page)
    QVBoxLayout(box).addWidget(QLineEdit(box))
    form.addRow(box)
    tabs = QTabWidget(page)
    tabs.addTab(QWidget(), "&Teams")
    tabs.addTab(QWidget(), "&Tags")
    form.addRow(tabs)
    dialog = QDialog(window)  # a window of its own: its letters are not the main window's
    QVBoxLayout(dialog).addWidget(QPushButton("&Help me", dialog))
    window.show()
    dialog.show()
    qtbot.waitExposed(window)
    found = clashes(window)
    assert sorted(found) == ["h", "o", "t"]
    assert sorted((text, kind) for text, kind, _ in found["h"]) == [
        ("&Help", "menu bar"),
        ("&Hold on", "QPushButton"),  # disabled now, enabled on this screen later
        ("&How long:", "label"),
    ]
    assert sorted(kind for _, kind, _ in found["o"]) == ["QCheckBox", "group box"]
    assert [kind for _, kind, _ in found["t"]] == ["tab", "tab"]
    assert clashes(dialog) == {}
    tabs.tabBar().setTabVisible(1, False)
    assert "t" not in clashes(window)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
