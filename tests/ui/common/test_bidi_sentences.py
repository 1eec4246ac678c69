"""Values inside sentences keep their own order in Arabic (issue "Interface",
2, mixed direction): a representative sentence from each module that puts a
person's value (a phone number, a date, a time) into a sentence, with an
Arabic template as a translation would give it, lays the value out left to
right inside the right-to-left sentence ("0712 345 678", never
"678 345 0712"). The layout check is test_bidi's QTextLayout one.

The Arabic templates are this test's own (a translator object installed for
it), not FieldSafe's catalogue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLineEdit

from fieldsafe.core.checkins import CheckIn, CheckInState
from fieldsafe.core.incidents import Summary
from fieldsafe.core.records import FollowUp, OutreachLog, RecordId
from fieldsafe.ui.checkins.notice import CheckInNotice
from fieldsafe.ui.common import record_text
from fieldsafe.ui.common.bidi import FSI, PDI
from fieldsafe.ui.common.date_time import OptionalDateTime
from fieldsafe.ui.common.localtime import format_day, format_moment
from fieldsafe.ui.common.optional_date import OptionalDate
from fieldsafe.ui.incidents import summary as incident_summary
from fieldsafe.ui.incidents import timeline_words
from fieldsafe.ui.logs.history import HistoryDialog
from fieldsafe.ui.logs.privacy_bar import PrivacyBar
from fieldsafe.ui.shell.search_results import SearchResultsModel
from fieldsafe.vault import SearchHit, Vault
from tests.ui.conftest import START

NUMBER = "0712 345 678"
WHEN = datetime(2031, 5, 17, 16, 30, tzinfo=UTC)

#: (context, source) -> an Arabic template with the same placeholders
ARABIC = {
    ("LogEditor", "“{text}” looks like a phone number."): "«{text}» يبدو رقم هاتف.",
    ("LogEditor", "“{text}” is a name you listed for {code} in the code book."): (
        "«{text}» اسم كتبته للرمز {code} في دفتر الرموز."
    ),
    ("LogEditor", "Replace with {code}"): "استبدل بـ {code}",
    ("HistoryDialog", "Saved {time}"): "حُفظت في {time}",
    ("HistoryDialog", "C&urrent version, saved {time}"): "النسخة ال&حالية، حُفظت في {time}",
    ("OptionalDate", "Not a date yet: {kept} stays until you type one like {example}."): (
        "ليس تاريخًا بعد: يبقى {kept} حتى تكتب تاريخًا مثل {example}."
    ),
    ("OptionalDateTime", "Not a time yet. Type it like {example}."): (
        "ليس وقتًا بعد. اكتبه مثل {example}."
    ),
    ("OptionalDateTime", "Until then {kept} stays."): "حتى ذلك الحين يبقى {kept}.",
    ("record_text", "{action}, due {date}"): "{action}، موعده {date}",
    ("record_text", "{follow_up} ({status})"): "{follow_up} ({status})",
    ("record_text", "open"): "مفتوحة",
    ("record_text", "Destroyed, confirmed {time}"): "أُتلفت، تأكد ذلك في {time}",
    ("SearchResultsModel", "{title}, {when}: {snippet}"): "{title}، {when}: {snippet}",
    ("checkins", "How to reach {colleague}: {contact}"): "للوصول إلى {colleague}: {contact}",
    ("checkins", "The meeting at {start}: you agreed to check in by {time}, and to act {grace}."): (
        "الاجتماع في {start}: اتفقتما على التواصل قبل {time}، وعلى التصرف {grace}."
    ),
    ("checkins", "at that time"): "في ذلك الوقت",
    ("IncidentTimeline", "{start} to {end}"): "من {start} إلى {end}",
    ("incident_summary", "Incidents from {first} to {last}"): "الحوادث من {first} إلى {last}",
}


class ArabicTemplates(QTranslator):
    def translate(  # noqa: D102
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return ARABIC.get((context, source))  # None: not translated here

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


@pytest.fixture(autouse=True)
def arabic(qapp: QApplication) -> Iterator[None]:
    """Arabic templates; dates in the C locale, whose "17 05 2031" reverses
    like a phone number when it is not isolated. (The conftest removes the
    translator and restores the locale and direction afterwards.)"""
    QLocale.setDefault(QLocale.c())
    translator = ArabicTemplates(qapp)
    qapp.installTranslator(translator)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield


def _groups(value: str) -> list[str]:
    return re.findall(r"\d+", value)


def reads_in_order(sentence: str, value: str) -> bool:
    """Whether ``value``'s digit groups (it appears once in ``sentence``) are
    drawn left to right when ``sentence`` is a right-to-left paragraph."""
    start = sentence.index(value)
    offsets, at = [], 0
    for group in _groups(value):
        at = value.index(group, at)
        offsets.append(start + at + 1)  # inside the group's first two digits
        at += len(group)
    layout = QTextLayout(sentence, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100_000)
    layout.endLayout()
    xs = [line.cursorToX(offset)[0] for offset in offsets]
    return len(xs) > 1 and xs == sorted(xs) and len(set(xs)) == len(xs)


def arabic_with(sentence: str, value: str) -> None:
    assert re.search("[\u0600-\u06ff]", sentence), f"not the Arabic template: {sentence!r}"
    assert f"{FSI}{value}{PDI}" in sentence, f"{value!r} not isolated in {sentence!r}"
    assert reads_in_order(sentence, value), sentence


def test_the_check_itself_sees_a_reversed_number() -> None:
    assert not reads_in_order(f"«{NUMBER}» يبدو رقم هاتف.", NUMBER)
    assert reads_in_order(f"«{FSI}{NUMBER}{PDI}» يبدو رقم هاتف.", NUMBER)


def test_privacy_bar(qtbot) -> None:  # noqa: ANN001
    bar = PrivacyBar(lambda: ["A 12"])
    qtbot.addWidget(bar)
    field = QLineEdit()
    qtbot.addWidget(field)
    bar.check([(field, f"call {NUMBER} today")], {})
    arabic_with(bar.text.text(), NUMBER)
    bar.check([(field, "met Maria")], {"A 12 34": ["Maria"]})
    assert f"{FSI}A 12 34{PDI}" in bar.text.text()
    assert bar.replace_button.text() == f"استبدل بـ {FSI}A 12 34{PDI}"


def test_history(qtbot, vault: Vault) -> None:  # noqa: ANN001
    log = vault.logs.save(occurred_at=START, title="Met A12", body="One.")
    vault.logs.save(occurred_at=START, log_id=log.id, title="Met A12", body="Two.")
    dialog = HistoryDialog(vault, log.id, None)
    qtbot.addWidget(dialog)
    saved = format_moment(vault.logs.versions(log.id)[0].saved_at)
    arabic_with(dialog.versions.item(0).text(), saved)
    current = format_moment(vault.logs.get(log.id).updated_at)
    arabic_with(dialog.current_label.text(), current)


def test_optional_date(qtbot) -> None:  # noqa: ANN001
    field = OptionalDate("Review by", required=True)
    qtbot.addWidget(field)
    field.set_value(WHEN.date())
    field.edit.setText("not yet")
    arabic_with(field.hint.text(), "17 05 2031")


def test_optional_date_time(qtbot) -> None:  # noqa: ANN001
    field = OptionalDateTime("When", required=True)
    qtbot.addWidget(field)
    field.set_value(WHEN)
    field.time.setText("half past")
    arabic_with(field.hint.text(), format_moment(WHEN))


def test_record_text() -> None:
    log = OutreachLog(
        id=RecordId("l1"),
        occurred_at=START,
        title="Met A12",
        body="",
        created_at=START,
        updated_at=START,
        follow_ups=(FollowUp(f"Call {NUMBER}", WHEN.date()),),
        paper_notes=True,
        paper_destroyed_at=WHEN,
    )
    line = record_text.follow_up_lines(log)[0]
    arabic_with(line, f"Call {NUMBER}")
    arabic_with(line, record_text.day_text(WHEN.date()))
    arabic_with(record_text.paper_text(log), format_moment(WHEN))


def test_search_results(qapp: QApplication) -> None:
    model = SearchResultsModel()
    model.set_hits([SearchHit(RecordId("r1"), "log", NUMBER, WHEN, "we met")])
    index = model.index(0, 0)
    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
        text = model.data(index, role)
        arabic_with(text, NUMBER)
        arabic_with(text, format_moment(WHEN))


def test_check_in_notice() -> None:
    check_in = CheckIn(
        plan_id=RecordId("p1"),
        title="",
        starts_at=WHEN,
        check_in_at=WHEN + timedelta(hours=1),
        grace=timedelta(0),
        checked_in_at=None,
        state=CheckInState.OVERDUE,
        answer="",
        colleague="Sam",
        colleague_contact=NUMBER,
    )
    arabic_with(CheckInNotice._contact_text(check_in), NUMBER)
    arabic_with(CheckInNotice._meeting_text(check_in), format_moment(WHEN))


def test_incident_timeline_and_summary() -> None:
    later = WHEN + timedelta(days=40)
    window = timeline_words.window_text(WHEN, later)
    arabic_with(window, format_day(WHEN.astimezone().date()))
    arabic_with(window, format_day(later.astimezone().date()))
    html = incident_summary.summary_html(Summary(since=WHEN.date(), until=later.date(), rows=()))
    document = QTextDocument()
    document.setHtml(html)
    arabic_with(document.toPlainText(), format_day(WHEN.date()))
