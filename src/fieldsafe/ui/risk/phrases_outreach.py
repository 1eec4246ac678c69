"""The starter templates' sentences, part of them: the templates *street outreach* and
*outreach in apartments or brothels*.

Each is written here as a literal ``translate("risk_templates", text, key)``
so the translation tools find it (``core.risk_templates`` is Qt-free and
cannot be read by them); the key is the disambiguation. A test holds the
parts together to ``core.risk_templates.PHRASES``, key by key and word by
word. The interface translates a phrase with
:func:`fieldsafe.ui.risk.templates.translate_phrase`; this table is only the list.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def phrases() -> dict[str, str]:
    """These sentences in the person's language: key → text."""
    translate = QCoreApplication.translate
    return {
        "street_outreach.title": translate(
            "risk_templates", "Street outreach", "street_outreach.title"
        ),
        "street_outreach.activity": translate(
            "risk_templates",
            "Outreach rounds in the street or a red-light district, approaching people who may be living in exploitation.",
            "street_outreach.activity",
        ),
        "street_outreach.objective": translate(
            "risk_templates",
            "People in exploitation know where support is and how to reach it, and talking with us puts nobody at risk.",
            "street_outreach.objective",
        ),
        "street_outreach.threat.attack": translate(
            "risk_templates",
            "Physical attacks by exploiters, pimps, buyers, opponents or others in the area.",
            "street_outreach.threat.attack",
        ),
        "street_outreach.threat.attack.risks": translate(
            "risk_templates",
            "Injury to us or to the people we approach.",
            "street_outreach.threat.attack.risks",
        ),
        "street_outreach.threat.watched": translate(
            "risk_templates",
            "Being watched, photographed or followed after the round.",
            "street_outreach.threat.watched",
        ),
        "street_outreach.threat.watched.risks": translate(
            "risk_templates",
            "Our faces, our routes or our office become known to people who oppose our work.",
            "street_outreach.threat.watched.risks",
        ),
        "street_outreach.threat.verbal": translate(
            "risk_templates", "Verbal harassment or intimidation.", "street_outreach.threat.verbal"
        ),
        "street_outreach.threat.verbal.risks": translate(
            "risk_templates",
            "Fear and stress in the team; people avoid talking with us.",
            "street_outreach.threat.verbal.risks",
        ),
        "street_outreach.threat.punished": translate(
            "risk_templates",
            "The people we approach are punished for being seen with us.",
            "street_outreach.threat.punished",
        ),
        "street_outreach.threat.punished.risks": translate(
            "risk_templates",
            "Harm to the very people we want to support.",
            "street_outreach.threat.punished.risks",
        ),
        "street_outreach.vulnerability.surrounded": translate(
            "risk_templates",
            "We are around people and situations that can harm us for hours at a time.",
            "street_outreach.vulnerability.surrounded",
        ),
        "street_outreach.vulnerability.surrounded.into": translate(
            "risk_templates",
            "Keep rounds short, take turns, and plan breaks.",
            "street_outreach.vulnerability.surrounded.into",
        ),
        "street_outreach.vulnerability.alone": translate(
            "risk_templates",
            "Going alone, or with someone new to the area.",
            "street_outreach.vulnerability.alone",
        ),
        "street_outreach.vulnerability.alone.into": translate(
            "risk_templates",
            "Always go in pairs, with at least one of us who knows the area.",
            "street_outreach.vulnerability.alone.into",
        ),
        "street_outreach.vulnerability.papers": translate(
            "risk_templates",
            "Carrying papers with names or notes.",
            "street_outreach.vulnerability.papers",
        ),
        "street_outreach.vulnerability.papers.into": translate(
            "risk_templates",
            "Carry only what is needed and write it down in FieldSafe afterwards.",
            "street_outreach.vulnerability.papers.into",
        ),
        "street_outreach.capacity.area": translate(
            "risk_templates", "We know the area and its rhythms.", "street_outreach.capacity.area"
        ),
        "street_outreach.capacity.area.strengthen": translate(
            "risk_templates",
            "Share what we noticed after each round, so the whole team learns.",
            "street_outreach.capacity.area.strengthen",
        ),
        "street_outreach.capacity.partners": translate(
            "risk_templates",
            "Other organisations work in the same area.",
            "street_outreach.capacity.partners",
        ),
        "street_outreach.capacity.partners.strengthen": translate(
            "risk_templates",
            "Stay in touch with them about changes and incidents.",
            "street_outreach.capacity.partners.strengthen",
        ),
        "street_outreach.factor.gender": translate(
            "risk_templates",
            "Whether women, men and trans colleagues meet different reactions from buyers or exploiters here.",
            "street_outreach.factor.gender",
        ),
        "street_outreach.factor.age": translate(
            "risk_templates",
            "Young people in the area may be watched more closely: approach with extra care.",
            "street_outreach.factor.age",
        ),
        "street_outreach.factor.ethnicity": translate(
            "risk_templates",
            "Whether colleagues who share a language or a background with people here are seen differently, for better or worse.",
            "street_outreach.factor.ethnicity",
        ),
        "street_outreach.measure.route": translate(
            "risk_templates",
            "Decide the route, the time and who goes.",
            "street_outreach.measure.route",
        ),
        "street_outreach.measure.signal": translate(
            "risk_templates",
            "Agree a signal to leave and a place to meet again.",
            "street_outreach.measure.signal",
        ),
        "street_outreach.measure.overview": translate(
            "risk_templates",
            "Keep an eye on who is around and who can hear us.",
            "street_outreach.measure.overview",
        ),
        "street_outreach.measure.leave": translate(
            "risk_templates",
            "When one of us gives the signal, we both leave, without discussing it.",
            "street_outreach.measure.leave",
        ),
        "street_outreach.supporters": translate(
            "risk_templates",
            "Other outreach teams in the area; health services; community members we trust.",
            "street_outreach.supporters",
        ),
        "street_outreach.alternatives": translate(
            "risk_templates",
            "Go out together with a health service; fewer and shorter rounds; leave information where people can pick it up unseen.",
            "street_outreach.alternatives",
        ),
        "indoor_outreach.title": translate(
            "risk_templates", "Outreach in apartments or brothels", "indoor_outreach.title"
        ),
        "indoor_outreach.activity": translate(
            "risk_templates",
            "Visits to apartments, brothels or other closed places where people may be living in exploitation.",
            "indoor_outreach.activity",
        ),
        "indoor_outreach.objective": translate(
            "risk_templates",
            "Reach people who cannot come outside, and leave information with them safely.",
            "indoor_outreach.objective",
        ),
        "indoor_outreach.threat.controller": translate(
            "risk_templates",
            "Someone who controls the place is there and reacts with hostility.",
            "indoor_outreach.threat.controller",
        ),
        "indoor_outreach.threat.controller.risks": translate(
            "risk_templates",
            "Physical harm; being kept from leaving; the people inside are punished.",
            "indoor_outreach.threat.controller.risks",
        ),
        "indoor_outreach.threat.unseen": translate(
            "risk_templates",
            "We cannot see who else is inside or how to get out.",
            "indoor_outreach.threat.unseen",
        ),
        "indoor_outreach.threat.unseen.risks": translate(
            "risk_templates", "Being cornered or shut in.", "indoor_outreach.threat.unseen.risks"
        ),
        "indoor_outreach.threat.business": translate(
            "risk_templates",
            "The visit is taken as a threat to the business.",
            "indoor_outreach.threat.business",
        ),
        "indoor_outreach.threat.business.risks": translate(
            "risk_templates",
            "Threats against the team or the organisation later on.",
            "indoor_outreach.threat.business.risks",
        ),
        "indoor_outreach.threat.raid": translate(
            "risk_templates",
            "A police raid or an inspection during the visit.",
            "indoor_outreach.threat.raid",
        ),
        "indoor_outreach.threat.raid.risks": translate(
            "risk_templates",
            "We, or the people inside, are caught up in legal trouble.",
            "indoor_outreach.threat.raid.risks",
        ),
        "indoor_outreach.vulnerability.closed": translate(
            "risk_templates",
            "Closed spaces with one way in and out.",
            "indoor_outreach.vulnerability.closed",
        ),
        "indoor_outreach.vulnerability.closed.into": translate(
            "risk_templates",
            "Agree before going in who stays near the door and when we leave.",
            "indoor_outreach.vulnerability.closed.into",
        ),
        "indoor_outreach.vulnerability.unknown": translate(
            "risk_templates",
            "Nobody outside knows where we are.",
            "indoor_outreach.vulnerability.unknown",
        ),
        "indoor_outreach.vulnerability.unknown.into": translate(
            "risk_templates",
            "A colleague outside knows where we went and when we will check in.",
            "indoor_outreach.vulnerability.unknown.into",
        ),
        "indoor_outreach.vulnerability.stay": translate(
            "risk_templates",
            "It is hard to end a visit politely when someone insists we stay.",
            "indoor_outreach.vulnerability.stay",
        ),
        "indoor_outreach.vulnerability.stay.into": translate(
            "risk_templates",
            "Agree a reason to leave before we go in.",
            "indoor_outreach.vulnerability.stay.into",
        ),
        "indoor_outreach.capacity.trust": translate(
            "risk_templates",
            "Some people inside know and trust us.",
            "indoor_outreach.capacity.trust",
        ),
        "indoor_outreach.capacity.trust.strengthen": translate(
            "risk_templates",
            "Visit regularly, at times that suit them and are hard for others to predict.",
            "indoor_outreach.capacity.trust.strengthen",
        ),
        "indoor_outreach.capacity.phone": translate(
            "risk_templates",
            "We carry a phone with an emergency contact ready.",
            "indoor_outreach.capacity.phone",
        ),
        "indoor_outreach.capacity.phone.strengthen": translate(
            "risk_templates",
            "Check the battery and the credit before each visit.",
            "indoor_outreach.capacity.phone.strengthen",
        ),
        "indoor_outreach.factor.gender": translate(
            "risk_templates",
            "Whether a visit by a man or by a woman changes the risk inside this place.",
            "indoor_outreach.factor.gender",
        ),
        "indoor_outreach.factor.migration": translate(
            "risk_templates",
            "People inside may fear anyone who looks official: say simply who we are.",
            "indoor_outreach.factor.migration",
        ),
        "indoor_outreach.factor.disability": translate(
            "risk_templates",
            "Whether any of us needs an easier way out.",
            "indoor_outreach.factor.disability",
        ),
        "indoor_outreach.measure.learn": translate(
            "risk_templates",
            "Learn what we can about the place from earlier visits and from partners.",
            "indoor_outreach.measure.learn",
        ),
        "indoor_outreach.measure.tell": translate(
            "risk_templates",
            "Tell a colleague where we are going and when we will check in.",
            "indoor_outreach.measure.tell",
        ),
        "indoor_outreach.measure.door": translate(
            "risk_templates",
            "One of us stays near the door and keeps watch.",
            "indoor_outreach.measure.door",
        ),
        "indoor_outreach.measure.short": translate(
            "risk_templates",
            "Keep the visit short, and leave if anything feels wrong.",
            "indoor_outreach.measure.short",
        ),
        "indoor_outreach.measure.check_in": translate(
            "risk_templates",
            "Check in with the colleague outside, as agreed.",
            "indoor_outreach.measure.check_in",
        ),
        "indoor_outreach.supporters": translate(
            "risk_templates",
            "Health outreach services; legal advisers; a colleague on call during the visit.",
            "indoor_outreach.supporters",
        ),
        "indoor_outreach.alternatives": translate(
            "risk_templates",
            "Leave information through health services that visit the place; meet people outside, at a time they choose.",
            "indoor_outreach.alternatives",
        ),
    }
