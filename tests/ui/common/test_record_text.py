"""A log as HTML and as label/value rows: every value escaped, labels translated."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtGui import QTextDocument

from fieldsafe.core.records import SETTINGS, FollowUp, OutreachLog, RecordId
from fieldsafe.ui.common.bidi import isolate
from fieldsafe.ui.common.record_text import (
    SETTING_LABELS,
    SafeDocument,
    changed_rows,
    duration_text,
    field_rows,
    log_to_html,
    logs_to_html,
    rows_to_html,
    setting_label,
)
from tests.ui.conftest import START

LABELS = [
    "Title",
    "When",
    "Duration",
    "Setting",
    "Area",
    "Who went",
    "Person codes",
    "What happened",
    "Needs expressed",
    "Information and referrals given",
    "Follow-ups",
    "Safety observations",
    "Tags",
    "Paper notes",
    "Review by",
]


def _log(**fields: object) -> OutreachLog:
    base: dict[str, object] = {
        "id": RecordId("5c0f3f8e-1111-4a4a-9a9a-000000000001"),
        "occurred_at": START,
        "title": "Met A12",
        "body": "We talked.",
        "created_at": START,
        "updated_at": START,
    }
    base.update(fields)
    return OutreachLog(**base)  # type: ignore[arg-type]


def _full() -> OutreachLog:
    return _log(
        duration_minutes=95,
        setting="red_light_district",
        area="Harbour quarter",
        who_went=("me", "colleague K"),
        person_codes=("A12", "B7"),
        body="We talked.\n\n- **bring** leaflets",
        needs="Housing",
        referrals="Clinic on Tuesdays",
        follow_ups=(
            FollowUp("Call the clinic", date(2026, 3, 10), False),
            FollowUp("Leaflets", None, True),
        ),
        safety="A man watched from a car",
        tags=("health", "housing"),
        paper_notes=True,
        paper_destroyed_at=datetime(2026, 3, 5, 9, 0, tzinfo=UTC),
        review_by=date(2026, 9, 1),
    )


def _plain(html: str) -> str:
    doc = SafeDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def test_setting_labels() -> None:
    assert set(SETTING_LABELS) == set(SETTINGS)
    assert setting_label("red_light_district") == "Red-light district"
    assert setting_label("bar_or_club") == "Bar or club"
    assert setting_label("street") == "Street"
    assert setting_label("") == ""
    assert setting_label("future_key") == "future_key"


def test_durations() -> None:
    assert duration_text(None) == ""
    assert duration_text(45) == "45 min"
    assert duration_text(60) == "1 h"
    assert duration_text(95) == "1 h 35 min"


def test_field_rows_cover_every_field_in_order() -> None:
    rows = field_rows(_full())
    assert [label for label, _value in rows] == LABELS
    values = dict(rows)
    assert values["Setting"] == "Red-light district"
    assert "A12" in values["Person codes"] and "B7" in values["Person codes"]
    assert values["What happened"] == "We talked.\n\n- **bring** leaflets"  # the Markdown source
    assert "Call the clinic" in values["Follow-ups"] and "(open)" in values["Follow-ups"]
    assert f"{isolate('Leaflets')} (done)" in values["Follow-ups"]  # what was typed, isolated
    assert values["Paper notes"].startswith("Destroyed, confirmed")
    empty = dict(field_rows(_log()))
    assert [label for label, _ in field_rows(_log())] == LABELS
    assert empty["Area"] == "" and empty["Paper notes"] == ""
    assert dict(field_rows(_log(paper_notes=True)))["Paper notes"] == "Not yet confirmed destroyed"


def test_changed_rows() -> None:
    old, new = field_rows(_log()), field_rows(_log(area="North"))
    assert changed_rows(old, new) == {LABELS.index("Area")}
    marked = _plain(rows_to_html(new, changed_rows(old, new)))
    assert "Area (changed)" in marked and "Title (changed)" not in marked


def test_html_has_every_label_and_value() -> None:
    text = _plain(log_to_html(_full()))
    for label in LABELS[1:]:
        assert label in text, label
    for value in (
        "Met A12",
        "Red-light district",
        "Harbour quarter",
        "colleague K",
        "A12",
        "B7",
        "bring leaflets",
        "Housing",
        "Clinic on Tuesdays",
        "Call the clinic",
        "A man watched from a car",
        "health",
        "1 h 35 min",
    ):
        assert value in text, value
    assert "**" not in text  # the Markdown is rendered


def test_minimal_leaves_out_people_and_places() -> None:
    text = _plain(log_to_html(_full(), minimal=True))
    for gone in (
        "A12",
        "B7",
        "Harbour quarter",
        "colleague K",
        "Red-light district",
        "Person codes",
        "Area",
        "Who went",
        "Setting",
    ):
        assert gone not in text.replace("Met A12", ""), gone
    assert "We talked." in text and "Housing" in text and "Call the clinic" in text


def test_user_text_is_never_html() -> None:
    nasty = '<b>x</b> & <img src="/etc/hostname"> <script>alert(1)</script>'
    log = _log(
        title=nasty,
        body=nasty,
        area=nasty,
        needs=nasty,
        safety=nasty,
        tags=("<i>t</i>",),
        person_codes=("<u>c</u>",),
        follow_ups=(FollowUp("<s>f</s>"),),
    )
    html = log_to_html(log)
    assert "<b>x</b>" not in html and "<script>" not in html and "<img" not in html
    text = _plain(html)
    assert text.count("<b>x</b>") == 5
    for literal in ("<i>t</i>", "<u>c</u>", "<s>f</s>", "<script>alert(1)</script>"):
        assert literal in text
    assert "<b>x</b>" in _plain(rows_to_html(field_rows(log)))


def test_markdown_images_and_resources_are_not_loaded() -> None:
    log = _log(body="see ![the map](/etc/hostname) and ![](file:///etc/passwd)")
    html = log_to_html(log)
    assert "<img" not in html and "/etc/hostname" not in html
    assert "[the map]" in _plain(html)
    loaded: list[object] = []

    class Spy(SafeDocument):
        def loadResource(self, kind: int, name: object) -> None:  # noqa: N802
            loaded.append(name)
            return super().loadResource(kind, name)

    doc = Spy()
    doc.setHtml('<p><img src="/etc/hostname"></p>')
    doc.size()  # lays out, asks for the image
    assert loaded  # it was asked ...
    # ... and refused: one blank pixel (None would make Qt load the path itself).
    blank = doc.resource(QTextDocument.ResourceType.ImageResource, loaded[0])
    assert blank.size().width() == 1 and blank.size().height() == 1


def test_several_logs_each_on_a_new_page() -> None:
    html = logs_to_html([_log(title="one"), _log(title="two"), _log(title="three")])
    assert html.count("page-break-before: always") == 2


def test_paragraphs_follow_their_own_direction() -> None:
    from PySide6.QtCore import Qt

    from fieldsafe.ui.common.record_text import auto_direction

    doc = SafeDocument()
    doc.setHtml(log_to_html(_log(title="التقينا", body="تحدثنا مع A12.\n\nEnglish line.")))
    auto_direction(doc)
    directions = {}
    block = doc.begin()
    while block.isValid():
        directions[block.text()] = block.textDirection()
        block = block.next()
    assert directions["التقينا"] == Qt.LayoutDirection.RightToLeft
    assert directions["تحدثنا مع A12."] == Qt.LayoutDirection.RightToLeft
    assert directions["English line."] == Qt.LayoutDirection.LeftToRight
