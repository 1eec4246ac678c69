"""Fictional incidents and risk assessments for the demo vault: seeded,
reproducible, multilingual (no storage, no Qt).

One risk assessment per starter template, judged and with a review history,
some of them due for review; and a register of incidents over the two years
before ``until`` that the timeline and the patterns can show: every type,
setting and actor category, a few areas that recur (so the de-identified
summary names some and hides the rest), some linked to the demo logs they
came from and to the assessment they concern, most with their measures
reviewed. Everything is invented: no names, no addresses, nothing graphic;
the calm tone of a real register. Text comes in English, Spanish, French,
Arabic, Russian and Hindi, so search is shown working across scripts.

The same ``seed``, ``until`` and ``logs`` always give the same records.
The vault side is :func:`fieldsafe.vault.incidents.add_demo_safety_records`.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from fieldsafe.core.clock import from_iso, to_iso
from fieldsafe.core.interchange import InterchangeRecord
from fieldsafe.core.records import (
    INCIDENT,
    INCIDENT_ACTORS,
    INCIDENT_TYPES,
    RISK_ASSESSMENT,
    SCALE_STEPS,
    SETTINGS,
    RecordId,
)
from fieldsafe.core.risk_templates import TEMPLATES, new_assessment

DEFAULT_INCIDENTS = 30
SPAN_DAYS = 730

#: areas the demo incidents happen in (coarse, fictional); the first ones recur
AREAS = (
    "North district",
    "Station quarter",
    "Old harbour",
    "Riverside",
    "East market",
    "Ring road",
)


@dataclass(frozen=True)
class DemoLog:
    """What an incident may take from the demo log it came from."""

    id: str
    occurred_at: str
    setting: str


#: (title, what happened, measures) by language; {area} is filled in
_TEXTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        (
            "Man followed us after the round",
            "A man in a grey jacket walked behind us from the {area} to the tram stop and "
            "waited there until our tram left.",
            "We took a different route back and told the safety lead the same evening.",
        ),
        (
            "Photographed during outreach",
            "Someone on the other side of the street took photos of us while we talked with "
            "two women in the {area}.",
            "We ended the conversation calmly and left in the opposite direction.",
        ),
        (
            "Threatening messages on the work phone",
            "Three messages from an unknown number warned us to stay away from the {area}.",
            "Screenshots kept in the vault, the number blocked, the team informed.",
        ),
    ),
    "es": (
        (
            "Nos increparon durante la ronda",
            "Un hombre nos gritó que nos fuéramos del {area} y que no volviéramos.",
            "Nos retiramos sin discutir y avisamos a la coordinadora de seguridad.",
        ),
        (
            "Coche que nos siguió",
            "Un coche oscuro circuló despacio detrás de nosotras durante varias calles en el {area}.",
            "Entramos en una farmacia y esperamos a que se fuera; volvimos en taxi.",
        ),
    ),
    "fr": (
        (
            "Contrôle de police pendant une maraude",
            "La police a contrôlé nos papiers et demandé les noms des personnes rencontrées dans le quartier {area}.",
            "Nous n'avons donné aucun nom ; l'équipe juridique a été prévenue le lendemain.",
        ),
        (
            "Propos hostiles d'un client",
            "Un client a insulté l'équipe et menacé de nous « faire partir » du secteur {area}.",
            "Nous avons écourté la maraude et fait un débriefing à deux.",
        ),
    ),
    "ar": (
        (
            "شخص تبعنا بعد الجولة",
            "لاحظنا رجلاً يتبعنا من {area} حتى محطة الحافلات وانتظر حتى غادرنا.",
            "غيّرنا طريق العودة وأبلغنا مسؤولة السلامة في المساء نفسه.",
        ),
        (
            "رسائل تهديد على هاتف العمل",
            "وصلت رسائل من رقم مجهول تطلب منا الابتعاد عن {area}.",
            "حفظنا صور الرسائل في الخزنة وحظرنا الرقم وأبلغنا الفريق.",
        ),
    ),
    "ru": (
        (
            "Угрозы со стороны владельца квартиры",
            "Во время визита в квартиру в районе {area} мужчина потребовал, чтобы мы ушли и больше не приходили.",
            "Мы сразу ушли, сообщили координатору и пересмотрели план визитов.",
        ),
    ),
    "hi": (
        (
            "दौरे के बाद किसी ने पीछा किया",
            "{area} से निकलते समय एक व्यक्ति काफ़ी दूर तक हमारे पीछे चलता रहा।",
            "हमने रास्ता बदला और उसी शाम सुरक्षा प्रमुख को बताया।",
        ),
    ),
}
_LANGUAGES = tuple(_TEXTS)

_IMPACTS = (
    ("The team felt shaken; one colleague took the next day off.", "One round was cancelled."),
    ("Nobody was hurt. We were tense for the rest of the evening.", ""),
    ("The women we met looked worried and left quickly.", "We paused rounds there for a week."),
    ("", "We changed the day of the round."),
)
_REPORTED_TO = ("safety lead", "team meeting", "partner organisation", "")
_ACTOR_NOTES = ("a man in a grey jacket", "a dark car", "an unknown number", "two men", "")


def demo_safety_records(
    *,
    seed: int | str,
    until: datetime,
    incidents: int = DEFAULT_INCIDENTS,
    logs: Sequence[DemoLog] = (),
) -> Iterator[InterchangeRecord]:
    """One risk assessment per starter template, then ``incidents``
    incidents, oldest first; the same for the same arguments. Some incidents
    come from one of ``logs`` (their time and setting, and a link)."""
    if incidents < 0:
        raise ValueError("incidents must not be negative")
    rng = random.Random(f"fieldsafe-demo-safety:{seed}")
    end = until.astimezone(UTC).replace(microsecond=0)
    ids = [_new_id(rng) for _ in TEMPLATES]
    span = SPAN_DAYS * 24 * 60
    times = sorted(end - timedelta(minutes=_below(rng, span)) for _ in range(incidents))
    made = [_incident(n, when, rng, end, logs, ids) for n, when in enumerate(times)]
    for number, (template, record_id) in enumerate(zip(TEMPLATES, ids, strict=True)):
        concerning = [i for i in made if record_id in i.fields["assessments"]]
        latest = concerning[-1] if concerning else None
        # The first two are due for review already (Today shows them).
        yield _assessment(template.key, record_id, rng, end, latest, due=number < 2)
    yield from made


def _assessment(
    key: str,
    record_id: RecordId,
    rng: random.Random,
    end: datetime,
    incident: InterchangeRecord | None,
    *,
    due: bool,
) -> InterchangeRecord:
    """An assessment from a template, judged, with a first review and, if an
    incident concerns it, a review after the latest such incident."""
    fields = new_assessment(key)
    for threat in fields["threats"]:
        threat["likelihood"] = 1 + _below(rng, SCALE_STEPS)
        threat["impact"] = 1 + _below(rng, SCALE_STEPS)
    fields["worth_it"] = ("yes", "with_measures", "with_measures", "not_sure")[_below(rng, 4)]
    if key in ("street_outreach", "indoor_outreach"):
        fields["area"] = AREAS[_below(rng, 3)]
    first = (end - timedelta(days=SPAN_DAYS + 30 + _below(rng, 200))).date()
    reviews = [{"reviewed_on": first.isoformat(), "reason": "scheduled", "changes": _FIRST}]
    last = first.isoformat()
    if incident is not None:
        last = max(last, incident.fields["occurred_at"][:10])
        reviews.append(
            {
                "reviewed_on": last,
                "reason": "after_incident",
                "incident": incident.id,
                "changes": _AFTER_INCIDENT,
            }
        )
    fields["reviews"] = reviews
    days = -1 - _below(rng, 20) if due else 7 + _below(rng, 120)
    fields["next_review"] = (end + timedelta(days=days)).date().isoformat()
    created = to_iso(datetime.combine(first, time(10), UTC))
    updated = to_iso(datetime.combine(date.fromisoformat(last), time(16), UTC))
    return InterchangeRecord(
        kind=RISK_ASSESSMENT.name,
        id=record_id,
        fields=RISK_ASSESSMENT.validate(fields),
        created_at=created,
        updated_at=min(updated, to_iso(end)),
    )


_FIRST = "First analysis, with the whole team."
_AFTER_INCIDENT = (
    "Rounds in this area only in pairs who both know it, and a check-in time after every round."
)


def _incident(
    number: int,
    when: datetime,
    rng: random.Random,
    end: datetime,
    logs: Sequence[DemoLog],
    assessments: Sequence[RecordId],
) -> InterchangeRecord:
    language = _LANGUAGES[number % len(_LANGUAGES)] if number < 12 else _pick(rng, _LANGUAGES)
    title, happened, measures = _pick(rng, _TEXTS[language])
    # The first areas recur; the last ones are rare (the summary hides them).
    area = AREAS[min(_below(rng, 4) + _below(rng, 3), len(AREAS) - 1)]
    fields: dict[str, Any] = {
        "occurred_at": to_iso(when),
        "title": title,
        "type": INCIDENT_TYPES[number % len(INCIDENT_TYPES)]
        if number < len(INCIDENT_TYPES)
        else _pick(rng, INCIDENT_TYPES),
        "setting": _pick(rng, SETTINGS),
        "area": area,
        "actors": sorted({_pick(rng, INCIDENT_ACTORS) for _ in range(1 + _below(rng, 2))}),
        "actors_note": _pick(rng, _ACTOR_NOTES),
        "what_happened": happened.format(area=area),
        "measures": measures,
        "reported_to": _pick(rng, _REPORTED_TO),
    }
    impact_people, impact_work = _pick(rng, _IMPACTS)
    fields.update(impact_people=impact_people, impact_work=impact_work)
    if rng.random() < 0.6:
        fields["noticed_at"] = to_iso(min(end, when + timedelta(minutes=5 + _below(rng, 600))))
    if logs and rng.random() < 0.4:
        log = logs[_below(rng, len(logs))]
        fields.update(occurred_at=log.occurred_at, logs=[log.id])
        if log.setting:
            fields["setting"] = log.setting
        fields.pop("noticed_at", None)
    if rng.random() < 0.5:
        fields["assessments"] = [assessments[_below(rng, len(assessments))]]
    # The older ones have had their measures reviewed; recent ones may be open.
    happened = from_iso(fields["occurred_at"])
    still_open = end - happened < timedelta(days=60) or rng.random() < 0.1
    fields["status"] = "open" if still_open else "measures_reviewed"
    clean = INCIDENT.validate(fields)
    created = to_iso(min(end, happened + timedelta(hours=3)))
    return InterchangeRecord(
        kind=INCIDENT.name, id=_new_id(rng), fields=clean, created_at=created, updated_at=created
    )


def _new_id(rng: random.Random) -> RecordId:
    return RecordId(str(uuid.UUID(int=rng.getrandbits(128), version=4)))


def _pick(rng: random.Random, options: Sequence[Any]) -> Any:
    return options[_below(rng, len(options))]


def _below(rng: random.Random, n: int) -> int:
    return int(rng.random() * n)
