"""docs/security.md, bar 18: text from others is text, never markup.

A whole session on a vault filled, through the vault API, with hostile text in
every field a person, an import or a colleague's bundle can fill: a log (title,
body, area, codes, lists, follow-ups), a code-book entry, an attachment's name,
the journal (an own prompt, a reflection, the body, support contacts, self-care),
a meeting plan, an incident and a risk assessment (every text of both, and a
review after the incident), my name and a colleague's card. Then every
section, dialog and view the app offers is opened, the questions included
(their ``exec`` is replaced so they never block), and every label, button,
tooltip, item view, message box and window title is looked at: none may render
that text as rich text (``<b>`` made bold, ``<img>`` loading a file, ``<!--``
swallowing the rest) or read its "&" as a keyboard mnemonic.

This test failed before the fix: the journal's prompt labels rendered an own
prompt as rich text; the attachment's name was a rich-text tooltip in the list
and in the viewer; "Replace with <code>" and the conflict choices ("Mine: …",
"Theirs: …") read "&" in the data as a mnemonic. The incidents section, the
"Something happened" window, the review offer and review and the risk
assessments section, added later, passed when they were added.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
    QWizard,
)

from fieldsafe.media import prepare_attachment
from fieldsafe.ui.shell.main_window import MainWindow
from fieldsafe.ui.shell.search_results import HTML_ROLE, HighlightDelegate
from fieldsafe.ui.shell.sidebar import SectionDelegate
from fieldsafe.vault import JournalPrefs, Vault
from tests.images import jpeg_with_gps
from tests.ui.conftest import (  # noqa: F401 - fixtures for this module
    START,
    _clean_windows,
    _sealed_qsettings,
    clock,
    session,
    wait_ops,
    wait_search,
    window,
)

_MARKER = re.compile(r"HX\d+")
#: what rich text would interpret: a tag around a marker, an image, a comment
_RICH_BAIT = ("<b>HX", "<img src=", "<!--")
#: what a mnemonic would eat: "&D" becomes an underlined D and a shortcut
_MNEMONIC_BAIT = "R&D"


#: marker -> the whole hostile text it was put in with
LITERALS: dict[str, str] = {}


def bold(n: int) -> str:
    LITERALS[f"HX{n}"] = text = f"R&D <b>HX{n}</b><!--"
    return text


def image(n: int) -> str:
    LITERALS[f"HX{n}"] = text = f'<img src="file:///etc/passwd">HX{n}'
    return text


def _rendered(html: str) -> str:
    from fieldsafe.ui.common.safe_document import SafeDocument

    document = SafeDocument()
    document.setHtml(html)
    return document.toPlainText()


# -- what is shown, and how ---------------------------------------------------------------


class Findings:
    def __init__(self) -> None:
        self.problems: list[str] = []
        self.seen: set[str] = set()
        self.asked: list[str] = []  # the questions' texts

    def text(
        self,
        where: str,
        raw: str,
        *,
        rich: bool = False,
        mnemonic: bool = False,
        whole: bool = True,
    ) -> None:
        """``raw`` is shown by ``where``, as rich text and/or with mnemonics;
        ``whole``: the hostile texts in it are shown whole (not a snippet)."""
        if not raw:
            return
        markers = _MARKER.findall(raw)
        self.seen.update(markers)
        if rich and any(bait in raw for bait in _RICH_BAIT):
            self.problems.append(f"{where} renders data as rich text: {raw[:80]!r}")
        elif rich and whole:
            self.shown(where, _rendered(raw), markers)
        if mnemonic and _MNEMONIC_BAIT in raw:
            self.problems.append(f"{where} reads '&' in data as a mnemonic: {raw[:80]!r}")

    def shown(self, where: str, text: str, markers: Iterable[str] | None = None) -> None:
        """``text`` is what ``where`` shows: each hostile text in it is whole."""
        for marker in _MARKER.findall(text) if markers is None else markers:
            self.seen.add(marker)
            if marker in LITERALS and LITERALS[marker] not in text:
                self.problems.append(f"{where} changed the text around {marker}: {text[:80]!r}")

    def tooltip(self, where: str, raw: str) -> None:
        self.text(f"{where} tooltip", raw, rich=QtGui_Qt.mightBeRichText(raw))

    def widget(self, widget: QWidget) -> None:
        where = f"{type(widget).__name__}({widget.accessibleName() or widget.objectName()})"
        self.tooltip(where, widget.toolTip())
        if widget.isWindow() and _MARKER.search(widget.windowTitle()):
            self.problems.append(f"{where}: the window title shows record text")
        if isinstance(widget, QLabel):
            fmt, raw = widget.textFormat(), widget.text()
            rich = fmt == Qt.TextFormat.RichText or (
                fmt == Qt.TextFormat.AutoText and QtGui_Qt.mightBeRichText(raw)
            )
            self.text(where, raw, rich=rich, mnemonic=widget.buddy() is not None)
        elif isinstance(widget, QAbstractButton):
            self.text(where, widget.text(), mnemonic=True)
        elif isinstance(widget, QLineEdit):
            self.text(where, widget.text())
        elif isinstance(widget, QPlainTextEdit):
            self.text(where, widget.toPlainText())
        elif isinstance(widget, QTextEdit):  # rich text documents: shown whole, as typed
            self.shown(where, widget.toPlainText())
        elif isinstance(widget, QComboBox):
            for i in range(widget.count()):
                self.text(where, widget.itemText(i))
        elif isinstance(widget, QGroupBox):
            self.text(where, widget.title(), mnemonic=True)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                self.text(where, widget.tabText(i), mnemonic=True)
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                self.text(f"{where} action", action.text(), mnemonic=True)
        if isinstance(widget, QWizard):
            rich = widget.titleFormat() != Qt.TextFormat.PlainText
            for page_id in widget.pageIds():
                page = widget.page(page_id)
                self.text(f"{where} page title", page.title(), rich=rich)
                self.text(f"{where} page subtitle", page.subTitle(), rich=rich)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            self.items(where, widget)

    def items(self, where: str, view: QAbstractItemView) -> None:
        delegate = view.itemDelegate()
        rich = isinstance(delegate, HighlightDelegate)
        # SectionDelegate paints the section names with drawText: plain text;
        # a delegate that only sizes its rows paints as Qt's own: plain text
        plain = isinstance(delegate, SectionDelegate) or not _paints_itself(delegate)
        if not rich and not plain and type(delegate).__module__.startswith("fieldsafe"):
            self.problems.append(f"{where}: {type(delegate).__name__} is not checked here")
        model = view.model()
        for index in _indexes(model, QModelIndex()):
            self.text(where, str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
            self.tooltip(where, str(index.data(Qt.ItemDataRole.ToolTipRole) or ""))
            if rich:
                html = str(index.data(HTML_ROLE) or "")
                self.text(f"{where} snippet", html, rich=True, whole=False)

    def walk(self, widgets: Iterable[QWidget]) -> None:
        for widget in widgets:
            self.widget(widget)


def _paints_itself(delegate: object) -> bool:
    """Whether a FieldSafe class of ``delegate`` paints its rows itself."""
    return any(
        "paint" in vars(cls)
        for cls in type(delegate).__mro__
        if cls.__module__.startswith("fieldsafe")
    )


def _indexes(model, parent: QModelIndex) -> Iterator[QModelIndex]:  # noqa: ANN001
    try:
        columns = max(1, model.columnCount(parent))
    except TypeError:  # a list model: its columnCount is private in PySide
        columns = 1
    for row in range(min(model.rowCount(parent), 500)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and model.rowCount(index) > 0:  # a tree's children
                yield from _indexes(model, index)


@pytest.fixture
def findings(monkeypatch: pytest.MonkeyPatch) -> Findings:
    """Every question is looked at when it would block, then answered "no"."""
    found = Findings()

    def looked_at(dialog: QDialog) -> int:
        found.walk([dialog, *dialog.findChildren(QWidget)])
        found.asked.append(dialog.text() if isinstance(dialog, QMessageBox) else "")
        return int(QDialog.DialogCode.Rejected)

    def static_box(parent: QWidget | None, title: str, text: str, *args: object) -> object:
        found.text("QMessageBox (static)", text, rich=QtGui_Qt.mightBeRichText(text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QDialog, "exec", looked_at)
    monkeypatch.setattr(QMessageBox, "exec", looked_at)
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(static_box))
    return found


# -- the vault, filled with hostile text ---------------------------------------------------


def _fill(vault: Vault, colleague: Vault) -> dict[str, str]:
    vault.sharing.set_name(bold(1))
    vault.codes.save(bold(2), watch_words=["Samira"], note=image(3))
    log = vault.logs.save(
        occurred_at=START - timedelta(days=2),
        title=bold(4),
        body=f"{bold(5)} met Samira\n\n{image(6)}",
        area=bold(7),
        person_codes=[bold(2)],
        who_went=[image(8)],
        tags=[bold(9)],
        needs=image(10),
        referrals=bold(11),
        safety=image(12),
        follow_ups=[{"action": bold(13), "due": "2026-03-01"}],
        paper_notes=True,
        review_by=date(2026, 3, 1),
    )
    fields = log.to_fields()
    del fields["occurred_at"]
    log = vault.logs.save(
        occurred_at=log.occurred_at, log_id=log.id, **{**fields, "title": image(14)}
    )  # an earlier version, for the history
    vault.journal.remind(log.id)
    vault.attachments.add(log.id, prepare_attachment(jpeg_with_gps(), name="R&D <b>HX15<!--.jpg"))
    vault.journal.set_prefs(JournalPrefs(prompts=(bold(16), "went_well")))
    debrief = vault.journal.save(
        occurred_at=START - timedelta(days=1),
        follows=log.id,
        feeling=3,
        checkin_note=image(17),
        reflections=[(bold(18), image(19))],
        body=bold(20),
    )
    vault.journal.save_contact(bold(21), reach=image(22), notes=bold(23))
    vault.journal.save_self_care(image(24))
    plan_id, _ = vault.plans.save(
        {
            "starts_at": "2026-03-05T10:00:00Z",
            "title": image(33),
            "colleague": bold(25),
            "location": image(26),
            "backup_location": bold(27),
            "alert_signal": image(28),
            "person_codes": [bold(2)],
            "scenarios": [{"prompt": "we_are_late", "answer": bold(29)}],
            "roles": image(30),
            "position": bold(31),
        }
    )
    colleague.sharing.set_name(bold(32))
    entry = vault.sharing.add_card(colleague.sharing.identity().card())
    vault.sharing.verify(entry.id)  # so that the bundle is opened and the question asked
    colleague.sharing.verify(colleague.sharing.add_card(vault.sharing.identity().card()).id)
    return {"log": log.id, "entry": debrief.id, "plan": plan_id, **_fill_safety(vault, log.id)}


def _fill_safety(vault: Vault, log_id: str) -> dict[str, str]:
    """An incident and a risk assessment, every text field hostile, linked
    both ways by a review after the incident."""
    from fieldsafe.core.risk import Review

    assessment = vault.risks.save(
        {
            "title": bold(44),
            "activity": image(45),
            "objective": bold(46),
            "setting": "street",
            "area": image(47),
            "threats": [{"threat": bold(48), "risks": image(49), "likelihood": 3, "impact": 4}],
            "vulnerabilities": [{"vulnerability": image(50), "into_capacity": bold(51)}],
            "capacities": [{"capacity": bold(52), "strengthen": image(53)}],
            "factors": [{"factor": "gender", "note": bold(54)}],
            "worth_it": "yes",
            "worth_it_note": image(55),
            "alternatives": bold(56),
            "measures": [{"phase": "before", "measure": image(57), "who": bold(58)}],
            "supporting_actors": image(59),
            "next_review": (START - timedelta(days=1)).date().isoformat(),  # due: on Today
        }
    )
    incident = vault.incidents.save(
        {
            "occurred_at": "2026-03-02T21:00:00Z",
            "title": bold(36),
            "type": "verbal",
            "setting": "street",
            "area": image(37),
            "actors_note": bold(38),
            "what_happened": image(39),
            "impact_people": bold(40),
            "impact_work": image(41),
            "measures": bold(42),
            "reported_to": image(43),
            "logs": [log_id],
            "assessments": [assessment.id],
        }
    )
    vault.risks.record_review(
        assessment.id,
        Review(
            reviewed_on=date(2026, 3, 3),
            reason="before_activity",
            incident=incident.id,
            activity=image(60),
            changes=bold(61),
        ),
    )
    return {"incident": incident.id, "assessment": assessment.id}


def _bundle(colleague: Vault, path: Path) -> Path:
    """A plan the colleague (named bold(32)) shares with me."""
    plan_id, _ = colleague.plans.save({"starts_at": "2026-03-06T10:00:00Z", "location": image(34)})
    (me,) = colleague.sharing.all()
    path.write_bytes(colleague.sharing.seal_record(plan_id, recipient=me).data)
    return path


# -- the session ---------------------------------------------------------------------------


def _open_logs(qtbot, main: MainWindow, ids: dict[str, str]) -> None:  # noqa: ANN001
    main.log_model.reload()
    assert main.open_log(ids["log"])
    main.editor.refresh_code_book()  # filled after the window opened
    wait_ops(qtbot)
    assert main.editor.check_privacy() is not None  # "Samira": replace with the code
    main.editor.attachment_list.setCurrentRow(0)
    assert main.editor.view_attachment() is not None
    assert main.show_history() is not None
    code_book = main.show_code_book()
    assert code_book is not None
    code_book.codes.setCurrentRow(0)  # type: ignore[attr-defined]
    main.show_today()
    main.search.setText("Samira")
    wait_search(qtbot, main)
    assert main.results_model.rowCount() >= 1


def _open_journal(main: MainWindow, ids: dict[str, str]) -> None:
    journal = main.show_journal()
    assert journal is not None and journal.open_entry(ids["entry"])
    assert journal.show_support() is not None
    assert journal.show_settings() is not None


def _open_plans(main: MainWindow, ids: dict[str, str], bundle: Path, monkeypatch) -> None:  # noqa: ANN001
    from fieldsafe.ui.plans import sharing

    plans = main.show_plans()
    assert plans is not None
    plans.reload(select=ids["plan"])
    assert plans.edit_plan() is not None
    colleagues = plans.show_colleagues()
    assert colleagues is not None
    colleagues.colleagues.setCurrentRow(0)  # type: ignore[attr-defined]
    monkeypatch.setattr(sharing.ChooseFile, "open", classmethod(lambda cls, *a, **k: bundle))
    assert not plans.receive()  # the question was asked (and answered "no")
    sharing.ChooseConflicts.ask(main, [("backup_location", bold(27), image(26))])
    sharing.ChooseRecipients.ask(main, [bold(32), image(35)])


def _open_safety(qtbot, main: MainWindow, vault: Vault, ids: dict[str, str]) -> None:  # noqa: ANN001
    """The incidents section (timeline, list, patterns), "Something happened"
    for the stored incident and prefilled from the log, the offer of a
    review after it and the review itself (the incident beside the
    assessment), and the risk assessments section with the assessment open."""
    from fieldsafe.ui.incidents.incident_form_dialog import open_incident_form
    from fieldsafe.ui.incidents.review_offer import offer_review
    from fieldsafe.ui.risk.review_dialog import open_review

    incidents = main.safety.show("incidents")
    assert incidents is not None
    wait_ops(qtbot)
    main.safety.incidents.tabs.setCurrentIndex(1)  # the patterns, then back
    main.safety.incidents.tabs.setCurrentIndex(0)
    open_incident_form(main, vault, incident_id=ids["incident"])
    open_incident_form(main, vault, log_id=ids["log"])
    assert offer_review(main, vault, ids["incident"]) is None  # asked, answered "not now"
    open_review(main, vault, ids["assessment"], incident_id=ids["incident"])
    wait_ops(qtbot)
    risks = main.safety.show("risk_assessments")
    assert risks is not None
    assert main.safety.risks.open_assessment(ids["assessment"])
    wait_ops(qtbot)


def test_text_from_others_is_never_markup(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811 - the fixture
    vault: Vault,
    findings: Findings,
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    colleague, _ = Vault.create(tmp_path / "bea", passphrase)
    try:
        ids = _fill(vault, colleague)
        bundle = _bundle(colleague, tmp_path / "plan.age")
    finally:
        colleague.lock()
    _open_logs(qtbot, window, ids)
    _open_journal(window, ids)
    _open_plans(window, ids, bundle, monkeypatch)
    _open_safety(qtbot, window, vault, ids)
    wait_ops(qtbot)
    findings.walk(QApplication.allWidgets())
    for top in QApplication.topLevelWidgets():
        assert not _MARKER.search(top.windowTitle()), "a window title shows record text"

    assert not findings.problems, "\n".join(sorted(set(findings.problems)))
    # The walk saw the hostile text where it is shown (so it looked in the right places).
    expected = {
        f"HX{n}"
        for n in (2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22)
        + (23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 35)
        + (36, 37, 38, 39, 40, 41, 42, 43)  # the incident
        + (44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61)  # the assessment
    }
    assert expected <= findings.seen, f"never shown: {sorted(expected - findings.seen)}"
    assert any("HX32" in question for question in findings.asked), (
        findings.asked
    )  # the receive question
