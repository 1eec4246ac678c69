"""A real screen-reader tree test (issue 17, Access).

FieldSafe runs under Xvfb on the xcb platform with Qt's AT-SPI bridge on, in
a private D-Bus session with its own AT-SPI bus (at-spi2-core). At each
screen a separate reader, Debian's Python with ``python3-pyatspi`` (what
Orca reads the desktop with), walks FieldSafe's accessibility tree over the
bus (:mod:`.atspi_tree`), the way a screen reader would meet it. The app is
driven screen by screen by :mod:`.app_driver`: the first run (welcome, the
passphrase typed twice, the recovery code, typing one group back, the
name), the main window (Today, the logs), a new log in the log editor, the
journal with its chart, each page of the plan wizard, the incidents'
timeline and patterns charts, a new incident's form, Preferences, the
Colleagues dialog (a colleague's safety number, then its Teams tab), and the
lock screen with the passphrase typed.

What is checked on every screen:
- every focusable control that is showing has a name and a role a screen
  reader can say (not unknown, filler or panel); a combo box has a label
  (Qt on Linux names it by its current value: "Draft" says nothing of
  what it chooses);
- no node anywhere in the tree, hidden or not, has the passphrase in its
  name, description or text;
- a passphrase field has the password role, a name, and its text is empty
  or only mask characters;
- each chart (journal, incident timeline, the four patterns) is in the tree
  with the role "chart" and its written description, the same text Qt
  holds for it.

Skipped where Xvfb, the D-Bus tools, at-spi2-core or python3-pyatspi are
missing, except in CI (``CI=true``), which installs them (.ci/run).
About 30 s.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.access.desktop import App, Desktop, missing, private_desktop

pytestmark = pytest.mark.slow

PASSPHRASE = "quiet harbour lantern seventy"
#: roles that say nothing to a person on a control that takes focus
SILENT_ROLES = {"unknown", "invalid", "filler", "panel", "redundant object"}
#: what Qt shows instead of a passphrase's characters
MASKS = set("\u25cf\u2022*")
#: screens in the order a person reaches them, and the password fields on each
SCREENS: list[tuple[str, int]] = [
    ("first-run", 0),
    ("first-run-passphrase", 2),
    ("first-run-recovery", 0),
    ("first-run-confirm", 0),
    ("first-run-name", 0),
    ("main", 0),
    ("logs", 0),
    ("log-editor", 0),
    ("journal", 0),
    ("plan-wizard-page", 0),  # repeated for each page
    ("incidents-timeline", 0),
    ("incidents-patterns", 0),
    ("incident-form", 0),
    ("preferences", 0),
    ("colleagues", 0),
    ("colleagues-teams", 0),
    ("lock-screen", 1),
]


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    reason = missing()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the screen-reader tree test: {reason}")
        pytest.skip(reason)
    # Short: the sockets live here (a Unix socket's path has ~100 bytes).
    with private_desktop(tmp_path / "d") as desktop:
        yield desktop


def where(node: dict[str, Any]) -> str:
    return " > ".join([*node["path"], f"{node['role']} {node['name']!r}"])


def unnamed_or_silent(nodes: list[dict[str, Any]]) -> list[str]:
    """Focusable, showing controls a screen reader cannot name or place."""
    problems = []
    for node in nodes:
        if "focusable" not in node["states"]:
            continue
        if not node["name"].strip():
            problems.append(f"no name: {where(node)}")
        if node["role"] in SILENT_ROLES:
            problems.append(f"role {node['role']!r}: {where(node)}")
        if node["role"] == "combo box" and not any(s.strip() for s in node["labelled_by"]):
            # Qt on Linux names a combo box by its current value and ignores
            # setAccessibleName: its label (a QLabel whose buddy it is) names it
            problems.append(f"no label (QLabel.setBuddy): {where(node)}")
    return problems


def secret_exposed(nodes: list[dict[str, Any]]) -> list[str]:
    """Every node, hidden or not: the passphrase is in none of them."""
    return [
        f"the passphrase in its {part}: {where(node)}"
        for node in nodes
        if "error" not in node
        for part in ("name", "description", "text")
        if PASSPHRASE in (node.get(part) or "")
    ]


def password_fields(nodes: list[dict[str, Any]], expected: int) -> list[str]:
    fields = [n for n in nodes if n["role"] == "password text"]
    problems = []
    if len(fields) != expected:
        problems.append(f"{len(fields)} password fields showing, expected {expected}")
    for node in fields:
        text = node["text"] or ""
        if not set(text) <= MASKS:  # nothing, or the mask characters only
            problems.append(f"its text is {len(text)} characters, not masked: {where(node)}")
        if not node["name"].strip():
            problems.append(f"no name: {where(node)}")
    return problems


def charts_described(nodes: list[dict[str, Any]], charts: list[dict[str, str]]) -> list[str]:
    problems = []
    for chart in charts:
        if not chart["description"].strip():
            problems.append(f"the chart {chart['name']!r} has no written description in Qt")
            continue
        found = [n for n in nodes if n["name"] == chart["name"]]
        if not found:
            problems.append(f"the chart {chart['name']!r} is not in the tree")
        elif not any(n["role"] == "chart" for n in found):
            problems.append(f"the chart {chart['name']!r} has the role {found[0]['role']!r}")
        elif not any(n["description"] == chart["description"] for n in found):
            problems.append(
                f"the chart {chart['name']!r} has the description "
                f"{found[0]['description']!r} through AT-SPI"
            )
    return problems


def check(
    desktop: Desktop, app: App, screen: str, answer: dict[str, Any], passwords: int
) -> list[str]:
    tree = desktop.read_tree(app.pid)
    nodes = tree["nodes"]
    shown = [n for n in nodes if n.get("shown")]
    problems = (
        unnamed_or_silent(shown)
        + secret_exposed(nodes)
        + password_fields(shown, passwords)
        + charts_described(shown, answer.get("charts", []))
    )
    if not any(n["role"] == "push button" for n in shown):
        problems.append("no push button is showing: the tree was not read")
    if passwords and tree["truncated"]:
        problems.append("the tree was read only in part: the passphrase was not looked for in all")
    return [f"{screen}: {problem}" for problem in problems]


def test_screen_reader_tree(desktop: Desktop) -> None:
    began = time.monotonic()
    app = App(desktop, PASSPHRASE)
    problems: list[str] = []
    charts = 0
    for screen, passwords in SCREENS:
        answer = app.show(screen)
        label = f"plan wizard page {answer['page']}" if "page" in answer else screen
        problems += check(desktop, app, label, answer, passwords)
        charts += len(answer.get("charts", []))
        while screen == "plan-wizard-page" and answer["page"] < answer["pages"]:
            answer = app.show(screen)
            label = f"plan wizard page {answer['page']}"
            problems += check(desktop, app, label, answer, passwords)
    assert app.quit() == 0, desktop.output_of("app")
    assert charts == 6  # the journal's, the timeline, the four patterns
    assert not problems, "\n".join(problems)
    print(f"screen-reader tree test: {time.monotonic() - began:.1f} s")
