"""The starter templates' sentences, part of them: the phrases several templates share, the
template *meeting a person in exploitation in a public place*, and the gentle prompts on
gender and intersectionality.

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
        "public_meeting.title": translate(
            "risk_templates",
            "Meeting a person in exploitation in a public place",
            "public_meeting.title",
        ),
        "public_meeting.activity": translate(
            "risk_templates",
            "Two of us meet a person living in exploitation at an agreed time, in a café, a park or another public place.",
            "public_meeting.activity",
        ),
        "public_meeting.objective": translate(
            "risk_templates",
            "The person gets information and support on their own terms, and everyone leaves the meeting safe.",
            "public_meeting.objective",
        ),
        "public_meeting.threat.watched": translate(
            "risk_templates",
            "An exploiter, a buyer or someone sent by them watches, interrupts or follows the meeting.",
            "public_meeting.threat.watched",
        ),
        "public_meeting.threat.watched.risks": translate(
            "risk_templates",
            "Physical harm to the person or to us; the person is punished for meeting us; we are followed afterwards.",
            "public_meeting.threat.watched.risks",
        ),
        "public_meeting.threat.questions": translate(
            "risk_templates",
            "Difficult or triggering questions come up during the conversation.",
            "public_meeting.threat.questions",
        ),
        "public_meeting.threat.questions.risks": translate(
            "risk_templates",
            "Stress and psychological harm, for the person and for colleagues with their own experience of exploitation.",
            "public_meeting.threat.questions.risks",
        ),
        "public_meeting.threat.misused": translate(
            "risk_templates",
            "Someone takes advantage of the meeting or of what we share, knowingly or not.",
            "public_meeting.threat.misused",
        ),
        "public_meeting.threat.misused.risks": translate(
            "risk_templates",
            "Our contact details, our plans or the person's words reach people who would misuse them.",
            "public_meeting.threat.misused.risks",
        ),
        "public_meeting.threat.unexpected": translate(
            "risk_templates",
            "The person is late or does not come, or someone we did not expect comes instead.",
            "public_meeting.threat.unexpected",
        ),
        "public_meeting.threat.unexpected.risks": translate(
            "risk_templates",
            "Waiting in a place others know about; being drawn into a meeting we did not plan.",
            "public_meeting.threat.unexpected.risks",
        ),
        "public_meeting.vulnerability.trauma": translate(
            "risk_templates",
            "Some of us live with trauma and can be triggered.",
            "public_meeting.vulnerability.trauma",
        ),
        "public_meeting.vulnerability.trauma.into": translate(
            "risk_templates",
            "Agree beforehand how either of us can pause or leave, and who each of us debriefs with.",
            "public_meeting.vulnerability.trauma.into",
        ),
        "public_meeting.vulnerability.place": translate(
            "risk_templates",
            "The place is chosen in a hurry, or the person cannot choose it freely.",
            "public_meeting.vulnerability.place",
        ),
        "public_meeting.vulnerability.place.into": translate(
            "risk_templates",
            "Choose together a place we know well, and agree a backup place.",
            "public_meeting.vulnerability.place.into",
        ),
        "public_meeting.vulnerability.boundaries": translate(
            "risk_templates",
            "It is hard to set boundaries in the moment.",
            "public_meeting.vulnerability.boundaries",
        ),
        "public_meeting.vulnerability.boundaries.into": translate(
            "risk_templates",
            "Practise a few calm sentences that end or turn a conversation.",
            "public_meeting.vulnerability.boundaries.into",
        ),
        "capacity.trauma": translate(
            "risk_templates", "We know trauma-informed ways of working.", "capacity.trauma"
        ),
        "capacity.trauma.strengthen": translate(
            "risk_templates",
            "Refresh the training every year and pass on what we learn.",
            "capacity.trauma.strengthen",
        ),
        "capacity.team": translate(
            "risk_templates", "We work in pairs and look out for each other.", "capacity.team"
        ),
        "capacity.team.strengthen": translate(
            "risk_templates",
            "Agree roles before each meeting: one talks, one watches.",
            "capacity.team.strengthen",
        ),
        "capacity.care": translate(
            "risk_templates", "We can reach mental health support.", "capacity.care"
        ),
        "capacity.care.strengthen": translate(
            "risk_templates",
            "Keep those contacts current and easy to find.",
            "capacity.care.strengthen",
        ),
        "public_meeting.factor.gender": translate(
            "risk_templates",
            "Whether our genders change how others in the place react to the meeting.",
            "public_meeting.factor.gender",
        ),
        "public_meeting.factor.migration": translate(
            "risk_templates",
            "A person without secure papers may fear police or officials nearby: choose the place with that in mind.",
            "public_meeting.factor.migration",
        ),
        "measure.earlier": translate(
            "risk_templates",
            "Look at earlier incidents and observations for similar situations.",
            "measure.earlier",
        ),
        "who.pair": translate("risk_templates", "the two of us", "who.pair"),
        "public_meeting.measure.place": translate(
            "risk_templates",
            "Choose a meeting place and a backup place we both know well.",
            "public_meeting.measure.place",
        ),
        "public_meeting.measure.scenarios": translate(
            "risk_templates",
            "Plan what we do if someone is late, does not come, or someone unexpected arrives.",
            "public_meeting.measure.scenarios",
        ),
        "public_meeting.measure.signal": translate(
            "risk_templates",
            "Agree a subtle alert signal and a time to check in with each other.",
            "public_meeting.measure.signal",
        ),
        "public_meeting.measure.position": translate(
            "risk_templates",
            "Sit where we can see the area, with a wall behind us and a way out close by.",
            "public_meeting.measure.position",
        ),
        "who.both": translate("risk_templates", "both of us", "who.both"),
        "public_meeting.measure.contact": translate(
            "risk_templates",
            "Share how to reach us in a way that needs nothing written down.",
            "public_meeting.measure.contact",
        ),
        "who.talking": translate("risk_templates", "the one who talks", "who.talking"),
        "measure.followed": translate(
            "risk_templates", "Stay a while and check that nobody follows us.", "measure.followed"
        ),
        "measure.notes": translate(
            "risk_templates",
            "Move notes into FieldSafe, then destroy the paper and the photos.",
            "measure.notes",
        ),
        "who.notes": translate("risk_templates", "whoever took notes", "who.notes"),
        "measure.debrief": translate(
            "risk_templates",
            "Debrief with each other, with the safety lead, or on our own.",
            "measure.debrief",
        ),
        "public_meeting.supporters": translate(
            "risk_templates",
            "Partner organisations offering shelter, health care or legal advice; our safety lead.",
            "public_meeting.supporters",
        ),
        "public_meeting.alternatives": translate(
            "risk_templates",
            "Meet at a partner organisation's office; talk by phone first; meet where the person already goes safely.",
            "public_meeting.alternatives",
        ),
        "who.safety_lead": translate("risk_templates", "the safety lead", "who.safety_lead"),
        "who.team": translate("risk_templates", "the team", "who.team"),
        "who.watching": translate("risk_templates", "the one who watches", "who.watching"),
        "measure.register": translate(
            "risk_templates",
            "Register anything that felt threatening as an incident, the same day.",
            "measure.register",
        ),
        "who.writing": translate("risk_templates", "whoever writes", "who.writing"),
        "who.speaker_supporter": translate(
            "risk_templates", "the speaker and the supporter", "who.speaker_supporter"
        ),
        "who.supporter": translate("risk_templates", "the supporter", "who.supporter"),
        "who.speaker": translate("risk_templates", "the speaker", "who.speaker"),
        "factor.age": translate(
            "risk_templates",
            "Does age change the threats, or how people react to us?",
            "factor.age",
        ),
        "factor.gender": translate(
            "risk_templates",
            "Does gender change the threats, for the people we meet or for us?",
            "factor.gender",
        ),
        "factor.ethnicity": translate(
            "risk_templates",
            "Do ethnicity or language change how people see us?",
            "factor.ethnicity",
        ),
        "factor.religion": translate(
            "risk_templates", "Does religion or belief play a part here?", "factor.religion"
        ),
        "factor.disability": translate(
            "risk_templates",
            "Does a disability, physical or psychological, change what is safe?",
            "factor.disability",
        ),
        "factor.sexual_orientation": translate(
            "risk_templates",
            "Does sexual orientation bring other threats here?",
            "factor.sexual_orientation",
        ),
        "factor.migration_status": translate(
            "risk_templates",
            "Does migration status, or having no papers, change the risks?",
            "factor.migration_status",
        ),
        "factor.other": translate(
            "risk_templates",
            "Anything else about who we are that changes the risk?",
            "factor.other",
        ),
    }
