"""Starter templates for risk assessments, as plain data (no storage, no Qt).

Five risk situations outreach teams meet again and again, built on the
structure of the field hand-outs behind FieldSafe and written in FieldSafe's
own words. A template is only a starting point: :func:`new_assessment`
copies it into the fields of a new assessment, where every line can be
changed, removed or added to. Likelihood and impact are left for the team to
judge: a template never decides how likely a threat is where they work.

**Translation.** Every sentence a person will see is a :class:`Phrase`: a
stable key and the English source text. :data:`PHRASES` holds them all (key →
English). The interface translates each with Qt's
``QCoreApplication.translate("risk_templates", phrase.text, phrase.key)``:
the English text is the source, the key the disambiguation, so a translation
stays attached to its key even where two templates share a sentence, and an
edit of the English text shows up as a new, untranslated string. It passes
that function to :func:`new_assessment` (``translate(key, text)``), so the
copy is made in the person's language; this module never imports Qt. Keys
are never reused for a different meaning: change a sentence's meaning, give
it a new key. The keys are also what a test in the interface holds its
string list to (every key in :data:`PHRASES` has a translatable literal).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from fieldsafe.core.records import FACTORS, PHASES, RISK_ASSESSMENT, SETTINGS

#: ``translate(key, english) -> text`` (the default keeps the English)
Translate = Callable[[str, str], str]


def untranslated(key: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Phrase:
    """A sentence shown to people: a stable key and its English source."""

    key: str
    text: str


@dataclass(frozen=True)
class Template:
    """One starter template; every text is a :class:`Phrase`."""

    key: str
    title: Phrase
    setting: str  # one of SETTINGS, or "" when the situation has no one setting
    activity: Phrase
    objective: Phrase
    threats: tuple[tuple[Phrase, Phrase], ...]  # (threat, the risks it brings)
    vulnerabilities: tuple[tuple[Phrase, Phrase], ...]  # (vulnerability, into a capacity)
    capacities: tuple[tuple[Phrase, Phrase], ...]  # (capacity, how to strengthen it)
    factors: tuple[tuple[str, Phrase], ...]  # (factor, what to consider)
    measures: tuple[tuple[str, Phrase, Phrase], ...]  # (phase, measure, who)
    supporting_actors: Phrase
    alternatives: Phrase

    def phrases(self) -> Iterator[Phrase]:
        yield from (self.title, self.activity, self.objective)
        for pair in (*self.threats, *self.vulnerabilities, *self.capacities):
            yield from pair
        for _factor, phrase in self.factors:
            yield phrase
        for _phase, measure, who in self.measures:
            yield from (measure, who)
        yield from (self.supporting_actors, self.alternatives)


def _p(key: str, text: str) -> Phrase:
    return Phrase(key, text)


# -- phrases several templates share ----------------------------------------------

WHO_PAIR = _p("who.pair", "the two of us")
WHO_BOTH = _p("who.both", "both of us")
WHO_TEAM = _p("who.team", "the team")
WHO_SAFETY_LEAD = _p("who.safety_lead", "the safety lead")
WHO_NOTES = _p("who.notes", "whoever took notes")
WHO_WATCHING = _p("who.watching", "the one who watches")
WHO_TALKING = _p("who.talking", "the one who talks")
WHO_WRITING = _p("who.writing", "whoever writes")
WHO_SPEAKER = _p("who.speaker", "the speaker")
WHO_SUPPORTER = _p("who.supporter", "the supporter")
WHO_SPEAKER_SUPPORTER = _p("who.speaker_supporter", "the speaker and the supporter")

CAPACITY_TEAM = (
    _p("capacity.team", "We work in pairs and look out for each other."),
    _p("capacity.team.strengthen", "Agree roles before each meeting: one talks, one watches."),
)
CAPACITY_TRAUMA = (
    _p("capacity.trauma", "We know trauma-informed ways of working."),
    _p(
        "capacity.trauma.strengthen",
        "Refresh the training every year and pass on what we learn.",
    ),
)
CAPACITY_CARE = (
    _p("capacity.care", "We can reach mental health support."),
    _p("capacity.care.strengthen", "Keep those contacts current and easy to find."),
)
MEASURE_EARLIER = _p(
    "measure.earlier", "Look at earlier incidents and observations for similar situations."
)
MEASURE_FOLLOWED = _p("measure.followed", "Stay a while and check that nobody follows us.")
MEASURE_NOTES = _p(
    "measure.notes", "Move notes into FieldSafe, then destroy the paper and the photos."
)
MEASURE_DEBRIEF = _p(
    "measure.debrief", "Debrief with each other, with the safety lead, or on our own."
)
MEASURE_REGISTER = _p(
    "measure.register", "Register anything that felt threatening as an incident, the same day."
)


TEMPLATES: tuple[Template, ...] = (
    Template(
        key="public_meeting",
        title=_p("public_meeting.title", "Meeting a person in exploitation in a public place"),
        setting="",
        activity=_p(
            "public_meeting.activity",
            "Two of us meet a person living in exploitation at an agreed time, in a café, a "
            "park or another public place.",
        ),
        objective=_p(
            "public_meeting.objective",
            "The person gets information and support on their own terms, and everyone leaves "
            "the meeting safe.",
        ),
        threats=(
            (
                _p(
                    "public_meeting.threat.watched",
                    "An exploiter, a buyer or someone sent by them watches, interrupts or "
                    "follows the meeting.",
                ),
                _p(
                    "public_meeting.threat.watched.risks",
                    "Physical harm to the person or to us; the person is punished for "
                    "meeting us; we are followed afterwards.",
                ),
            ),
            (
                _p(
                    "public_meeting.threat.questions",
                    "Difficult or triggering questions come up during the conversation.",
                ),
                _p(
                    "public_meeting.threat.questions.risks",
                    "Stress and psychological harm, for the person and for colleagues with "
                    "their own experience of exploitation.",
                ),
            ),
            (
                _p(
                    "public_meeting.threat.misused",
                    "Someone takes advantage of the meeting or of what we share, knowingly or not.",
                ),
                _p(
                    "public_meeting.threat.misused.risks",
                    "Our contact details, our plans or the person's words reach people who "
                    "would misuse them.",
                ),
            ),
            (
                _p(
                    "public_meeting.threat.unexpected",
                    "The person is late or does not come, or someone we did not expect "
                    "comes instead.",
                ),
                _p(
                    "public_meeting.threat.unexpected.risks",
                    "Waiting in a place others know about; being drawn into a meeting we "
                    "did not plan.",
                ),
            ),
        ),
        vulnerabilities=(
            (
                _p(
                    "public_meeting.vulnerability.trauma",
                    "Some of us live with trauma and can be triggered.",
                ),
                _p(
                    "public_meeting.vulnerability.trauma.into",
                    "Agree beforehand how either of us can pause or leave, and who each of "
                    "us debriefs with.",
                ),
            ),
            (
                _p(
                    "public_meeting.vulnerability.place",
                    "The place is chosen in a hurry, or the person cannot choose it freely.",
                ),
                _p(
                    "public_meeting.vulnerability.place.into",
                    "Choose together a place we know well, and agree a backup place.",
                ),
            ),
            (
                _p(
                    "public_meeting.vulnerability.boundaries",
                    "It is hard to set boundaries in the moment.",
                ),
                _p(
                    "public_meeting.vulnerability.boundaries.into",
                    "Practise a few calm sentences that end or turn a conversation.",
                ),
            ),
        ),
        capacities=(CAPACITY_TRAUMA, CAPACITY_TEAM, CAPACITY_CARE),
        factors=(
            (
                "gender",
                _p(
                    "public_meeting.factor.gender",
                    "Whether our genders change how others in the place react to the meeting.",
                ),
            ),
            (
                "migration_status",
                _p(
                    "public_meeting.factor.migration",
                    "A person without secure papers may fear police or officials nearby: "
                    "choose the place with that in mind.",
                ),
            ),
        ),
        measures=(
            ("before", MEASURE_EARLIER, WHO_PAIR),
            (
                "before",
                _p(
                    "public_meeting.measure.place",
                    "Choose a meeting place and a backup place we both know well.",
                ),
                WHO_PAIR,
            ),
            (
                "before",
                _p(
                    "public_meeting.measure.scenarios",
                    "Plan what we do if someone is late, does not come, or someone "
                    "unexpected arrives.",
                ),
                WHO_PAIR,
            ),
            (
                "before",
                _p(
                    "public_meeting.measure.signal",
                    "Agree a subtle alert signal and a time to check in with each other.",
                ),
                WHO_PAIR,
            ),
            (
                "during",
                _p(
                    "public_meeting.measure.position",
                    "Sit where we can see the area, with a wall behind us and a way out close by.",
                ),
                WHO_BOTH,
            ),
            (
                "during",
                _p(
                    "public_meeting.measure.contact",
                    "Share how to reach us in a way that needs nothing written down.",
                ),
                WHO_TALKING,
            ),
            ("after", MEASURE_FOLLOWED, WHO_BOTH),
            ("after", MEASURE_NOTES, WHO_NOTES),
            ("after", MEASURE_DEBRIEF, WHO_BOTH),
        ),
        supporting_actors=_p(
            "public_meeting.supporters",
            "Partner organisations offering shelter, health care or legal advice; our safety lead.",
        ),
        alternatives=_p(
            "public_meeting.alternatives",
            "Meet at a partner organisation's office; talk by phone first; meet where the "
            "person already goes safely.",
        ),
    ),
    Template(
        key="street_outreach",
        title=_p("street_outreach.title", "Street outreach"),
        setting="street",
        activity=_p(
            "street_outreach.activity",
            "Outreach rounds in the street or a red-light district, approaching people who "
            "may be living in exploitation.",
        ),
        objective=_p(
            "street_outreach.objective",
            "People in exploitation know where support is and how to reach it, and talking "
            "with us puts nobody at risk.",
        ),
        threats=(
            (
                _p(
                    "street_outreach.threat.attack",
                    "Physical attacks by exploiters, pimps, buyers, opponents or others in "
                    "the area.",
                ),
                _p(
                    "street_outreach.threat.attack.risks",
                    "Injury to us or to the people we approach.",
                ),
            ),
            (
                _p(
                    "street_outreach.threat.watched",
                    "Being watched, photographed or followed after the round.",
                ),
                _p(
                    "street_outreach.threat.watched.risks",
                    "Our faces, our routes or our office become known to people who oppose "
                    "our work.",
                ),
            ),
            (
                _p("street_outreach.threat.verbal", "Verbal harassment or intimidation."),
                _p(
                    "street_outreach.threat.verbal.risks",
                    "Fear and stress in the team; people avoid talking with us.",
                ),
            ),
            (
                _p(
                    "street_outreach.threat.punished",
                    "The people we approach are punished for being seen with us.",
                ),
                _p(
                    "street_outreach.threat.punished.risks",
                    "Harm to the very people we want to support.",
                ),
            ),
        ),
        vulnerabilities=(
            (
                _p(
                    "street_outreach.vulnerability.surrounded",
                    "We are around people and situations that can harm us for hours at a time.",
                ),
                _p(
                    "street_outreach.vulnerability.surrounded.into",
                    "Keep rounds short, take turns, and plan breaks.",
                ),
            ),
            (
                _p(
                    "street_outreach.vulnerability.alone",
                    "Going alone, or with someone new to the area.",
                ),
                _p(
                    "street_outreach.vulnerability.alone.into",
                    "Always go in pairs, with at least one of us who knows the area.",
                ),
            ),
            (
                _p(
                    "street_outreach.vulnerability.papers",
                    "Carrying papers with names or notes.",
                ),
                _p(
                    "street_outreach.vulnerability.papers.into",
                    "Carry only what is needed and write it down in FieldSafe afterwards.",
                ),
            ),
        ),
        capacities=(
            (
                _p("street_outreach.capacity.area", "We know the area and its rhythms."),
                _p(
                    "street_outreach.capacity.area.strengthen",
                    "Share what we noticed after each round, so the whole team learns.",
                ),
            ),
            CAPACITY_TEAM,
            (
                _p(
                    "street_outreach.capacity.partners",
                    "Other organisations work in the same area.",
                ),
                _p(
                    "street_outreach.capacity.partners.strengthen",
                    "Stay in touch with them about changes and incidents.",
                ),
            ),
        ),
        factors=(
            (
                "gender",
                _p(
                    "street_outreach.factor.gender",
                    "Whether women, men and trans colleagues meet different reactions from "
                    "buyers or exploiters here.",
                ),
            ),
            (
                "age",
                _p(
                    "street_outreach.factor.age",
                    "Young people in the area may be watched more closely: approach with "
                    "extra care.",
                ),
            ),
            (
                "ethnicity",
                _p(
                    "street_outreach.factor.ethnicity",
                    "Whether colleagues who share a language or a background with people "
                    "here are seen differently, for better or worse.",
                ),
            ),
        ),
        measures=(
            ("before", MEASURE_EARLIER, WHO_SAFETY_LEAD),
            (
                "before",
                _p(
                    "street_outreach.measure.route",
                    "Decide the route, the time and who goes.",
                ),
                WHO_TEAM,
            ),
            (
                "before",
                _p(
                    "street_outreach.measure.signal",
                    "Agree a signal to leave and a place to meet again.",
                ),
                WHO_PAIR,
            ),
            (
                "during",
                _p(
                    "street_outreach.measure.overview",
                    "Keep an eye on who is around and who can hear us.",
                ),
                WHO_WATCHING,
            ),
            (
                "during",
                _p(
                    "street_outreach.measure.leave",
                    "When one of us gives the signal, we both leave, without discussing it.",
                ),
                WHO_BOTH,
            ),
            ("after", MEASURE_FOLLOWED, WHO_BOTH),
            ("after", MEASURE_REGISTER, WHO_NOTES),
            ("after", MEASURE_DEBRIEF, WHO_BOTH),
        ),
        supporting_actors=_p(
            "street_outreach.supporters",
            "Other outreach teams in the area; health services; community members we trust.",
        ),
        alternatives=_p(
            "street_outreach.alternatives",
            "Go out together with a health service; fewer and shorter rounds; leave "
            "information where people can pick it up unseen.",
        ),
    ),
    Template(
        key="indoor_outreach",
        title=_p("indoor_outreach.title", "Outreach in apartments or brothels"),
        setting="",
        activity=_p(
            "indoor_outreach.activity",
            "Visits to apartments, brothels or other closed places where people may be "
            "living in exploitation.",
        ),
        objective=_p(
            "indoor_outreach.objective",
            "Reach people who cannot come outside, and leave information with them safely.",
        ),
        threats=(
            (
                _p(
                    "indoor_outreach.threat.controller",
                    "Someone who controls the place is there and reacts with hostility.",
                ),
                _p(
                    "indoor_outreach.threat.controller.risks",
                    "Physical harm; being kept from leaving; the people inside are punished.",
                ),
            ),
            (
                _p(
                    "indoor_outreach.threat.unseen",
                    "We cannot see who else is inside or how to get out.",
                ),
                _p(
                    "indoor_outreach.threat.unseen.risks",
                    "Being cornered or shut in.",
                ),
            ),
            (
                _p(
                    "indoor_outreach.threat.business",
                    "The visit is taken as a threat to the business.",
                ),
                _p(
                    "indoor_outreach.threat.business.risks",
                    "Threats against the team or the organisation later on.",
                ),
            ),
            (
                _p(
                    "indoor_outreach.threat.raid",
                    "A police raid or an inspection during the visit.",
                ),
                _p(
                    "indoor_outreach.threat.raid.risks",
                    "We, or the people inside, are caught up in legal trouble.",
                ),
            ),
        ),
        vulnerabilities=(
            (
                _p(
                    "indoor_outreach.vulnerability.closed",
                    "Closed spaces with one way in and out.",
                ),
                _p(
                    "indoor_outreach.vulnerability.closed.into",
                    "Agree before going in who stays near the door and when we leave.",
                ),
            ),
            (
                _p(
                    "indoor_outreach.vulnerability.unknown",
                    "Nobody outside knows where we are.",
                ),
                _p(
                    "indoor_outreach.vulnerability.unknown.into",
                    "A colleague outside knows where we went and when we will check in.",
                ),
            ),
            (
                _p(
                    "indoor_outreach.vulnerability.stay",
                    "It is hard to end a visit politely when someone insists we stay.",
                ),
                _p(
                    "indoor_outreach.vulnerability.stay.into",
                    "Agree a reason to leave before we go in.",
                ),
            ),
        ),
        capacities=(
            (
                _p(
                    "indoor_outreach.capacity.trust",
                    "Some people inside know and trust us.",
                ),
                _p(
                    "indoor_outreach.capacity.trust.strengthen",
                    "Visit regularly, at times that suit them and are hard for others to predict.",
                ),
            ),
            (
                _p(
                    "indoor_outreach.capacity.phone",
                    "We carry a phone with an emergency contact ready.",
                ),
                _p(
                    "indoor_outreach.capacity.phone.strengthen",
                    "Check the battery and the credit before each visit.",
                ),
            ),
            CAPACITY_TEAM,
        ),
        factors=(
            (
                "gender",
                _p(
                    "indoor_outreach.factor.gender",
                    "Whether a visit by a man or by a woman changes the risk inside this place.",
                ),
            ),
            (
                "migration_status",
                _p(
                    "indoor_outreach.factor.migration",
                    "People inside may fear anyone who looks official: say simply who we are.",
                ),
            ),
            (
                "disability",
                _p(
                    "indoor_outreach.factor.disability",
                    "Whether any of us needs an easier way out.",
                ),
            ),
        ),
        measures=(
            (
                "before",
                _p(
                    "indoor_outreach.measure.learn",
                    "Learn what we can about the place from earlier visits and from partners.",
                ),
                WHO_PAIR,
            ),
            (
                "before",
                _p(
                    "indoor_outreach.measure.tell",
                    "Tell a colleague where we are going and when we will check in.",
                ),
                WHO_PAIR,
            ),
            (
                "during",
                _p(
                    "indoor_outreach.measure.door",
                    "One of us stays near the door and keeps watch.",
                ),
                WHO_WATCHING,
            ),
            (
                "during",
                _p(
                    "indoor_outreach.measure.short",
                    "Keep the visit short, and leave if anything feels wrong.",
                ),
                WHO_BOTH,
            ),
            (
                "after",
                _p(
                    "indoor_outreach.measure.check_in",
                    "Check in with the colleague outside, as agreed.",
                ),
                WHO_PAIR,
            ),
            ("after", MEASURE_REGISTER, WHO_NOTES),
            ("after", MEASURE_DEBRIEF, WHO_BOTH),
        ),
        supporting_actors=_p(
            "indoor_outreach.supporters",
            "Health outreach services; legal advisers; a colleague on call during the visit.",
        ),
        alternatives=_p(
            "indoor_outreach.alternatives",
            "Leave information through health services that visit the place; meet people "
            "outside, at a time they choose.",
        ),
    ),
    Template(
        key="online_outreach",
        title=_p("online_outreach.title", "Online outreach"),
        setting="online",
        activity=_p(
            "online_outreach.activity",
            "Contacting people through advertisements, social media or messaging apps.",
        ),
        objective=_p(
            "online_outreach.objective",
            "People in exploitation can reach us online, privately and safely.",
        ),
        threats=(
            (
                _p(
                    "online_outreach.threat.controlled",
                    "The account we write to is run by an exploiter.",
                ),
                _p(
                    "online_outreach.threat.controlled.risks",
                    "Our messages are read by the wrong person; the person is punished; we "
                    "are drawn into a trap.",
                ),
            ),
            (
                _p(
                    "online_outreach.threat.devices",
                    "Our accounts or devices are watched, broken into or reported.",
                ),
                _p(
                    "online_outreach.threat.devices.risks",
                    "Contacts and conversations become known; accounts are closed.",
                ),
            ),
            (
                _p(
                    "online_outreach.threat.harassment",
                    "Harassment or threats sent to us online.",
                ),
                _p(
                    "online_outreach.threat.harassment.risks",
                    "Stress and fear; our personal details exposed.",
                ),
            ),
        ),
        vulnerabilities=(
            (
                _p(
                    "online_outreach.vulnerability.linked",
                    "Work accounts linked to personal accounts or phone numbers.",
                ),
                _p(
                    "online_outreach.vulnerability.linked.into",
                    "Use separate work accounts, and a separate device where possible.",
                ),
            ),
            (
                _p(
                    "online_outreach.vulnerability.phones",
                    "Conversations kept on phones that are not protected.",
                ),
                _p(
                    "online_outreach.vulnerability.phones.into",
                    "Keep only what is needed, in FieldSafe, and delete the rest.",
                ),
            ),
            (
                _p(
                    "online_outreach.vulnerability.late",
                    "Working online alone, late at night.",
                ),
                _p(
                    "online_outreach.vulnerability.late.into",
                    "Agree working hours, and a colleague to debrief with.",
                ),
            ),
        ),
        capacities=(
            (
                _p(
                    "online_outreach.capacity.scripts",
                    "We can recognise replies written from a script or under control.",
                ),
                _p(
                    "online_outreach.capacity.scripts.strengthen",
                    "Share examples in the team, without names.",
                ),
            ),
            (
                _p(
                    "online_outreach.capacity.routine",
                    "We have a digital security routine.",
                ),
                _p(
                    "online_outreach.capacity.routine.strengthen",
                    "Go through it with the safety lead every few months.",
                ),
            ),
        ),
        factors=(
            (
                "age",
                _p(
                    "online_outreach.factor.age",
                    "Some accounts may belong to children: know the steps to take if so.",
                ),
            ),
            (
                "sexual_orientation",
                _p(
                    "online_outreach.factor.orientation",
                    "Extra threats for people reached on apps used by sexual minorities.",
                ),
            ),
            (
                "gender",
                _p(
                    "online_outreach.factor.gender",
                    "Whether online harassment targets some of us more than others.",
                ),
            ),
        ),
        measures=(
            (
                "before",
                _p(
                    "online_outreach.measure.accounts",
                    "Prepare separate work accounts and a device with up-to-date software.",
                ),
                WHO_TEAM,
            ),
            (
                "before",
                _p(
                    "online_outreach.measure.words",
                    "Agree what we say first, and what we never write.",
                ),
                WHO_TEAM,
            ),
            (
                "during",
                _p(
                    "online_outreach.measure.details",
                    "Share no places or personal details in messages.",
                ),
                WHO_WRITING,
            ),
            (
                "during",
                _p(
                    "online_outreach.measure.stop",
                    "End a conversation that feels scripted or threatening.",
                ),
                WHO_WRITING,
            ),
            (
                "after",
                _p(
                    "online_outreach.measure.delete",
                    "Delete what is no longer needed; register any threat as an incident.",
                ),
                WHO_WRITING,
            ),
            ("after", MEASURE_DEBRIEF, WHO_WRITING),
        ),
        supporting_actors=_p(
            "online_outreach.supporters",
            "Someone who trains us in digital security; the platforms' reporting channels; "
            "partner helplines.",
        ),
        alternatives=_p(
            "online_outreach.alternatives",
            "Point people to a partner helpline; share information that needs no reply.",
        ),
    ),
    Template(
        key="public_speaking",
        title=_p("public_speaking.title", "Public speaking or media work"),
        setting="",
        activity=_p(
            "public_speaking.activity",
            "Speaking at events, with journalists or in advocacy, especially when a survivor "
            "tells part of their own story.",
        ),
        objective=_p(
            "public_speaking.objective",
            "Change policies and public views without exposing the speakers or the people "
            "we support.",
        ),
        threats=(
            (
                _p(
                    "public_speaking.threat.recognised",
                    "A speaker is recognised by exploiters or by people from their past.",
                ),
                _p(
                    "public_speaking.threat.recognised.risks",
                    "Threats, harassment or harm to the speaker or their family.",
                ),
            ),
            (
                _p(
                    "public_speaking.threat.questions",
                    "Intrusive or difficult questions from the audience or journalists.",
                ),
                _p(
                    "public_speaking.threat.questions.risks",
                    "Old wounds reopened; details shared that the speaker did not want to share.",
                ),
            ),
            (
                _p(
                    "public_speaking.threat.opponents",
                    "Opponents target the organisation once it is more visible.",
                ),
                _p(
                    "public_speaking.threat.opponents.risks",
                    "Attacks online, legal pressure, harm to the organisation's reputation.",
                ),
            ),
            (
                _p(
                    "public_speaking.threat.context",
                    "Words or images are used out of context.",
                ),
                _p(
                    "public_speaking.threat.context.risks",
                    "The story is distorted and the speaker loses control over it.",
                ),
            ),
        ),
        vulnerabilities=(
            (
                _p(
                    "public_speaking.vulnerability.pressure",
                    "Speakers feel pressed to share more than they want to.",
                ),
                _p(
                    "public_speaking.vulnerability.pressure.into",
                    "Agree with the speaker beforehand what is never shared, and hold to it.",
                ),
            ),
            (
                _p(
                    "public_speaking.vulnerability.recordings",
                    "Photos and recordings we do not control.",
                ),
                _p(
                    "public_speaking.vulnerability.recordings.into",
                    "Ask the organisers about photos and recordings before saying yes.",
                ),
            ),
            (
                _p(
                    "public_speaking.vulnerability.rest",
                    "No time set aside to rest afterwards.",
                ),
                _p(
                    "public_speaking.vulnerability.rest.into",
                    "Plan a debrief and some quiet time after each appearance.",
                ),
            ),
        ),
        capacities=(
            (
                _p(
                    "public_speaking.capacity.choice",
                    "The speaker decides what to share and can stop at any time.",
                ),
                _p(
                    "public_speaking.capacity.choice.strengthen",
                    "Practise ways to decline a question.",
                ),
            ),
            (
                _p(
                    "public_speaking.capacity.trusted",
                    "We know journalists and organisers we can trust.",
                ),
                _p(
                    "public_speaking.capacity.trusted.strengthen",
                    "Keep a short list of them and share it in the team.",
                ),
            ),
            CAPACITY_CARE,
        ),
        factors=(
            (
                "gender",
                _p(
                    "public_speaking.factor.gender",
                    "Whether speakers of some genders meet more abuse online after appearing.",
                ),
            ),
            (
                "ethnicity",
                _p(
                    "public_speaking.factor.ethnicity",
                    "Whether speakers from minority communities are more exposed to hostility.",
                ),
            ),
            (
                "migration_status",
                _p(
                    "public_speaking.factor.migration",
                    "Being in public can affect a residence application: check before saying yes.",
                ),
            ),
            (
                "age",
                _p(
                    "public_speaking.factor.age",
                    "Young speakers may need more protection from being recognised.",
                ),
            ),
        ),
        measures=(
            (
                "before",
                _p(
                    "public_speaking.measure.agree",
                    "Agree with the speaker what will and will not be shared.",
                ),
                WHO_SPEAKER_SUPPORTER,
            ),
            (
                "before",
                _p(
                    "public_speaking.measure.check",
                    "Find out who organises, who attends and how it will be recorded.",
                ),
                WHO_SUPPORTER,
            ),
            (
                "during",
                _p(
                    "public_speaking.measure.close",
                    "A supporter stays close and can step in.",
                ),
                WHO_SUPPORTER,
            ),
            (
                "during",
                _p(
                    "public_speaking.measure.decline",
                    "Decline questions that go too far; the speaker may end at any time.",
                ),
                WHO_SPEAKER,
            ),
            (
                "after",
                _p("public_speaking.measure.rest", "Debrief, and take time to rest."),
                WHO_SPEAKER_SUPPORTER,
            ),
            (
                "after",
                _p(
                    "public_speaking.measure.watch",
                    "Watch the reactions online and register threats as incidents.",
                ),
                WHO_SAFETY_LEAD,
            ),
        ),
        supporting_actors=_p(
            "public_speaking.supporters",
            "Journalists and organisers we trust; a legal adviser; our safety lead.",
        ),
        alternatives=_p(
            "public_speaking.alternatives",
            "A written statement read by someone else; speaking under another name, or "
            "with voice and face changed; speaking for the organisation rather than as a "
            "person.",
        ),
    ),
)

#: the gentle prompts shown beside each gender and intersectional factor
FACTOR_PROMPTS: dict[str, Phrase] = {
    "age": _p("factor.age", "Does age change the threats, or how people react to us?"),
    "gender": _p(
        "factor.gender", "Does gender change the threats, for the people we meet or for us?"
    ),
    "ethnicity": _p("factor.ethnicity", "Do ethnicity or language change how people see us?"),
    "religion": _p("factor.religion", "Does religion or belief play a part here?"),
    "disability": _p(
        "factor.disability", "Does a disability, physical or psychological, change what is safe?"
    ),
    "sexual_orientation": _p(
        "factor.sexual_orientation", "Does sexual orientation bring other threats here?"
    ),
    "migration_status": _p(
        "factor.migration_status", "Does migration status, or having no papers, change the risks?"
    ),
    "other": _p("factor.other", "Anything else about who we are that changes the risk?"),
}


def _all_phrases() -> dict[str, str]:
    found: dict[str, str] = {}
    for phrase in (
        *(p for t in TEMPLATES for p in t.phrases()),
        *FACTOR_PROMPTS.values(),
    ):
        if found.setdefault(phrase.key, phrase.text) != phrase.text:
            raise ValueError(f"phrase key used twice: {phrase.key}")
    return found


#: every sentence of the templates and prompts: stable key → English source
PHRASES: dict[str, str] = _all_phrases()

BY_KEY: dict[str, Template] = {t.key: t for t in TEMPLATES}


def template(key: str) -> Template:
    """The template with this key (:class:`KeyError` if there is none)."""
    return BY_KEY[key]


def new_assessment(key: str, translate: Translate = untranslated) -> dict[str, Any]:
    """The fields of a new risk assessment copied from template ``key``, in
    the language ``translate`` gives (validated, ready to edit and save).
    Likelihood, impact, the answer to "is it worth it" and the next review
    are left for the team."""
    t = template(key)

    def say(phrase: Phrase) -> str:
        return translate(phrase.key, phrase.text)

    fields = {
        "title": say(t.title),
        "template": t.key,
        "activity": say(t.activity),
        "objective": say(t.objective),
        "setting": t.setting,
        "threats": [{"threat": say(a), "risks": say(b)} for a, b in t.threats],
        "vulnerabilities": [
            {"vulnerability": say(a), "into_capacity": say(b)} for a, b in t.vulnerabilities
        ],
        "capacities": [{"capacity": say(a), "strengthen": say(b)} for a, b in t.capacities],
        "factors": [{"factor": f, "note": say(p)} for f, p in t.factors],
        "measures": [
            {"phase": phase, "measure": say(m), "who": say(w)} for phase, m, w in t.measures
        ],
        "supporting_actors": say(t.supporting_actors),
        "alternatives": say(t.alternatives),
    }
    return RISK_ASSESSMENT.validate(fields)


def _check() -> None:
    """What the data must hold (run at import: a mistake here is a bug)."""
    for t in TEMPLATES:
        if t.setting and t.setting not in SETTINGS:
            raise ValueError(f"{t.key}: unknown setting")
        if any(f not in FACTORS for f, _ in t.factors):
            raise ValueError(f"{t.key}: unknown factor")
        if any(p not in PHASES for p, _, _ in t.measures):
            raise ValueError(f"{t.key}: unknown phase")
    if set(FACTOR_PROMPTS) != set(FACTORS):
        raise ValueError("every factor needs a prompt")


_check()
