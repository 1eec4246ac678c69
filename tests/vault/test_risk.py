"""``vault.risks``: risk assessments stored like every record, started from
a template, reviewed (after an incident too), due on Today, found for a place."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest

from fieldsafe.core.risk import Review
from fieldsafe.core.risk_templates import new_assessment
from fieldsafe.errors import InvalidRecord, NotFound
from fieldsafe.vault import Vault

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


def snapshot(vault: Vault) -> list[tuple[Any, ...]]:
    with vault.reading() as db:
        return [
            *db.execute("SELECT * FROM records ORDER BY seq").fetchall(),
            *db.execute("SELECT * FROM record_versions ORDER BY version_seq").fetchall(),
            *db.execute("SELECT * FROM record_facets ORDER BY seq, facet, value").fetchall(),
            *db.execute("SELECT rowid, * FROM search_index ORDER BY rowid").fetchall(),
        ]


def test_start_from_a_template_judge_edit_and_keep_earlier_versions(vault: Vault) -> None:
    fields = new_assessment("street_outreach")
    saved = vault.risks.save(fields)
    assert saved.title == "Street outreach" and saved.level is None  # not judged yet
    assert vault.risks.get(saved.id) == saved
    judged = dict(saved.fields)
    judged["threats"] = [
        {**t, "likelihood": 4, "impact": 4} if n == 0 else t
        for n, t in enumerate(saved.fields["threats"])
    ]
    judged["title"] = "Street outreach, station quarter"
    again = vault.risks.save(judged, assessment_id=saved.id)
    assert again.level == "high" and again.title == "Street outreach, station quarter"
    assert [v.title for _when, v in vault.risks.versions(saved.id)] == ["Street outreach"]
    assert vault.risks.count() == 1 and [s.id for s in vault.risks.page()] == [saved.id]
    assert [h.id for h in vault.search("station quarter", kinds=["risk_assessment"])] == [saved.id]
    assert [h.id for h in vault.search("pimps")] == [saved.id]  # threats are searched


@pytest.mark.parametrize(
    "bad",
    [
        {"title": ""},
        {"threats": [{"threat": "x", "likelihood": 7}]},
        {"measures": [{"phase": "sometime", "measure": "x"}]},
        {"reviews": [{"changes": "no date"}]},
        {"factors": [{"factor": "height"}]},
        {"next_review": "soon"},
    ],
)
def test_a_refused_save_changes_nothing(vault: Vault, bad: dict[str, Any]) -> None:
    kept = vault.risks.save(new_assessment("online_outreach"))
    before = snapshot(vault)
    with pytest.raises(InvalidRecord):
        vault.risks.save({**kept.fields, **bad}, assessment_id=kept.id)
    with pytest.raises(InvalidRecord):
        vault.risks.save({**new_assessment("public_speaking"), **bad})
    assert snapshot(vault) == before


def test_a_review_after_an_incident_links_both_ways_in_one_save(vault: Vault) -> None:
    assessment = vault.risks.save(new_assessment("public_meeting"))
    incident = vault.incidents.save(
        {"occurred_at": "2026-03-04T21:30:00Z", "title": "followed after the meeting"}
    )
    edited = {**assessment.fields, "alternatives": "Meet at the partner's office first."}
    reviewed = vault.risks.record_review(
        assessment.id,
        Review(date(2026, 3, 5), "after_incident", incident.id, changes="Office first."),
        next_review=date(2026, 6, 1),
        fields=edited,
    )
    assert reviewed.last_review == Review(
        date(2026, 3, 5), "after_incident", incident.id, changes="Office first."
    )
    assert reviewed.fields["alternatives"] == "Meet at the partner's office first."
    assert reviewed.next_review == date(2026, 6, 1)
    assert vault.incidents.get(incident.id).fields["assessments"] == [assessment.id]
    assert [i.id for i in vault.incidents.linked_to(assessment.id)] == [incident.id]
    # a second review does not link twice; one before an activity names no incident
    vault.risks.record_review(
        assessment.id, Review(date(2026, 3, 6), "after_incident", incident.id)
    )
    vault.risks.record_review(
        assessment.id, Review(date(2026, 4, 1), "before_activity", activity="Night round")
    )
    assert vault.incidents.get(incident.id).fields["assessments"] == [assessment.id]
    history = vault.risks.get(assessment.id).reviews
    assert [r.reason for r in history] == ["after_incident", "after_incident", "before_activity"]


def test_a_review_may_name_an_incident_held_elsewhere_but_never_another_kind(
    vault: Vault,
) -> None:
    assessment = vault.risks.save(new_assessment("indoor_outreach"))
    elsewhere = str(uuid.uuid4())  # a colleague's incident, not shared with us
    reviewed = vault.risks.record_review(
        assessment.id, Review(date(2026, 3, 5), "after_incident", elsewhere)
    )
    assert reviewed.last_review is not None and reviewed.last_review.incident == elsewhere
    log = vault.logs.save(occurred_at=WHEN, title="a log")
    before = snapshot(vault)
    with pytest.raises(InvalidRecord) as refused:
        vault.risks.record_review(assessment.id, Review(date(2026, 3, 6), "after_incident", log.id))
    assert (refused.value.field, refused.value.reason) == ("reviews.incident", "kind_mismatch")
    assert snapshot(vault) == before
    with pytest.raises(NotFound):
        vault.risks.record_review(str(uuid.uuid4()), Review(date(2026, 3, 6), "scheduled"))


def test_reviews_due_for_today_and_the_list_order(vault: Vault) -> None:
    def made(title: str, due: str | None) -> str:
        fields = {**new_assessment("street_outreach"), "title": title, "next_review": due}
        return vault.risks.save(fields).id

    soon = made("soon", "2026-03-01")
    today = made("today", "2026-03-04")
    later = made("later", "2026-09-01")
    undated = made("undated", None)
    shown, total = vault.risks.due_for_review(date(2026, 3, 4))
    assert [(d, s.id) for d, s in shown] == [(date(2026, 3, 1), soon), (date(2026, 3, 4), today)]
    assert total == 2
    shown, total = vault.risks.due_for_review(date(2026, 3, 4), limit=1)
    assert len(shown) == 1 and total == 2
    assert [a.id for a in vault.risks.all()] == [soon, today, later, undated]


def test_assessments_for_the_same_setting_or_area(vault: Vault) -> None:
    street = vault.risks.save({**new_assessment("street_outreach"), "area": "Station Quarter"})
    online = vault.risks.save(new_assessment("online_outreach"))
    other = vault.risks.save({**new_assessment("public_meeting"), "area": "Riverside"})
    assert [a.id for a in vault.risks.for_place(setting="street")] == [street.id]
    assert [a.id for a in vault.risks.for_place(area=" station  quarter")] == [street.id]
    assert {a.id for a in vault.risks.for_place(setting="online", area="riverside")} == {
        online.id,
        other.id,
    }
    assert vault.risks.for_place() == []


def test_deleting_an_assessment_leaves_the_incident_and_its_link(vault: Vault) -> None:
    assessment = vault.risks.save(new_assessment("street_outreach"))
    incident = vault.incidents.save(
        {"occurred_at": "2026-03-04T21:30:00Z", "assessments": [assessment.id]}
    )
    vault.risks.delete(assessment.id)
    with pytest.raises(NotFound):
        vault.risks.get(assessment.id)
    with pytest.raises(NotFound):
        vault.risks.delete(assessment.id)
    assert vault.incidents.get(incident.id).fields["assessments"] == [assessment.id]
    assert vault.delete(incident.id) == "incident"


# -- the review history is append-only when saved ------------------------------------


def _review(day: int, changes: str) -> Review:
    return Review(reviewed_on=date(2026, 3, day), reason="scheduled", changes=changes)


def test_a_save_from_an_editor_opened_earlier_keeps_reviews_added_since(vault: Vault) -> None:
    """The editor loaded the assessment, then a review was recorded (the
    review dialog, a received bundle, the CLI); its save carries the
    history as it was loaded, and the review recorded since stays."""
    saved = vault.risks.record_review(
        vault.risks.save(new_assessment("street_outreach")).id, _review(2, "first")
    )
    opened = dict(saved.fields)  # what the editor holds
    vault.risks.record_review(saved.id, _review(5, "recorded meanwhile"))

    again = vault.risks.save({**opened, "title": "Edited in the form"}, assessment_id=saved.id)

    assert again.title == "Edited in the form"
    assert [r.changes for r in again.reviews] == ["first", "recorded meanwhile"]
    # An editor that shows no history at all takes nothing away either.
    emptied = vault.risks.save({**opened, "reviews": []}, assessment_id=saved.id)
    assert [r.changes for r in emptied.reviews] == ["first", "recorded meanwhile"]


def test_a_review_recorded_from_a_stale_form_keeps_reviews_added_since(vault: Vault) -> None:
    """record_review(fields=...) from a review dialog opened earlier: the
    history is the stored one plus the new review, never the dialog's copy
    plus it."""
    saved = vault.risks.save(new_assessment("street_outreach"))
    opened = dict(saved.fields)
    vault.risks.record_review(saved.id, _review(3, "recorded meanwhile"))

    after = vault.risks.record_review(
        saved.id, _review(4, "from the dialog"), fields={**opened, "activity": "changed"}
    )

    assert [r.changes for r in after.reviews] == ["recorded meanwhile", "from the dialog"]
    assert after.fields["activity"] == "changed"


def test_a_saved_history_adds_its_new_reviews_once_in_date_order(vault: Vault) -> None:
    saved = vault.risks.record_review(
        vault.risks.save(new_assessment("street_outreach")).id, _review(9, "later")
    )
    entry = {"reviewed_on": "2026-03-01", "reason": "other", "changes": "typed in"}
    fields = {**saved.fields, "reviews": [*saved.fields["reviews"], entry, dict(entry)]}
    again = vault.risks.save(fields, assessment_id=saved.id)
    assert [r.changes for r in again.reviews] == ["typed in", "later"]
