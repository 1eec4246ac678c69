"""The starter templates' sentences, part of them: the templates *online outreach* and
*public speaking or media work*.

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
        "online_outreach.title": translate(
            "risk_templates", "Online outreach", "online_outreach.title"
        ),
        "online_outreach.activity": translate(
            "risk_templates",
            "Contacting people through advertisements, social media or messaging apps.",
            "online_outreach.activity",
        ),
        "online_outreach.objective": translate(
            "risk_templates",
            "People in exploitation can reach us online, privately and safely.",
            "online_outreach.objective",
        ),
        "online_outreach.threat.controlled": translate(
            "risk_templates",
            "The account we write to is run by an exploiter.",
            "online_outreach.threat.controlled",
        ),
        "online_outreach.threat.controlled.risks": translate(
            "risk_templates",
            "Our messages are read by the wrong person; the person is punished; we are drawn into a trap.",
            "online_outreach.threat.controlled.risks",
        ),
        "online_outreach.threat.devices": translate(
            "risk_templates",
            "Our accounts or devices are watched, broken into or reported.",
            "online_outreach.threat.devices",
        ),
        "online_outreach.threat.devices.risks": translate(
            "risk_templates",
            "Contacts and conversations become known; accounts are closed.",
            "online_outreach.threat.devices.risks",
        ),
        "online_outreach.threat.harassment": translate(
            "risk_templates",
            "Harassment or threats sent to us online.",
            "online_outreach.threat.harassment",
        ),
        "online_outreach.threat.harassment.risks": translate(
            "risk_templates",
            "Stress and fear; our personal details exposed.",
            "online_outreach.threat.harassment.risks",
        ),
        "online_outreach.vulnerability.linked": translate(
            "risk_templates",
            "Work accounts linked to personal accounts or phone numbers.",
            "online_outreach.vulnerability.linked",
        ),
        "online_outreach.vulnerability.linked.into": translate(
            "risk_templates",
            "Use separate work accounts, and a separate device where possible.",
            "online_outreach.vulnerability.linked.into",
        ),
        "online_outreach.vulnerability.phones": translate(
            "risk_templates",
            "Conversations kept on phones that are not protected.",
            "online_outreach.vulnerability.phones",
        ),
        "online_outreach.vulnerability.phones.into": translate(
            "risk_templates",
            "Keep only what is needed, in FieldSafe, and delete the rest.",
            "online_outreach.vulnerability.phones.into",
        ),
        "online_outreach.vulnerability.late": translate(
            "risk_templates",
            "Working online alone, late at night.",
            "online_outreach.vulnerability.late",
        ),
        "online_outreach.vulnerability.late.into": translate(
            "risk_templates",
            "Agree working hours, and a colleague to debrief with.",
            "online_outreach.vulnerability.late.into",
        ),
        "online_outreach.capacity.scripts": translate(
            "risk_templates",
            "We can recognise replies written from a script or under control.",
            "online_outreach.capacity.scripts",
        ),
        "online_outreach.capacity.scripts.strengthen": translate(
            "risk_templates",
            "Share examples in the team, without names.",
            "online_outreach.capacity.scripts.strengthen",
        ),
        "online_outreach.capacity.routine": translate(
            "risk_templates",
            "We have a digital security routine.",
            "online_outreach.capacity.routine",
        ),
        "online_outreach.capacity.routine.strengthen": translate(
            "risk_templates",
            "Go through it with the safety lead every few months.",
            "online_outreach.capacity.routine.strengthen",
        ),
        "online_outreach.factor.age": translate(
            "risk_templates",
            "Some accounts may belong to children: know the steps to take if so.",
            "online_outreach.factor.age",
        ),
        "online_outreach.factor.orientation": translate(
            "risk_templates",
            "Extra threats for people reached on apps used by sexual minorities.",
            "online_outreach.factor.orientation",
        ),
        "online_outreach.factor.gender": translate(
            "risk_templates",
            "Whether online harassment targets some of us more than others.",
            "online_outreach.factor.gender",
        ),
        "online_outreach.measure.accounts": translate(
            "risk_templates",
            "Prepare separate work accounts and a device with up-to-date software.",
            "online_outreach.measure.accounts",
        ),
        "online_outreach.measure.words": translate(
            "risk_templates",
            "Agree what we say first, and what we never write.",
            "online_outreach.measure.words",
        ),
        "online_outreach.measure.details": translate(
            "risk_templates",
            "Share no places or personal details in messages.",
            "online_outreach.measure.details",
        ),
        "online_outreach.measure.stop": translate(
            "risk_templates",
            "End a conversation that feels scripted or threatening.",
            "online_outreach.measure.stop",
        ),
        "online_outreach.measure.delete": translate(
            "risk_templates",
            "Delete what is no longer needed; register any threat as an incident.",
            "online_outreach.measure.delete",
        ),
        "online_outreach.supporters": translate(
            "risk_templates",
            "Someone who trains us in digital security; the platforms' reporting channels; partner helplines.",
            "online_outreach.supporters",
        ),
        "online_outreach.alternatives": translate(
            "risk_templates",
            "Point people to a partner helpline; share information that needs no reply.",
            "online_outreach.alternatives",
        ),
        "public_speaking.title": translate(
            "risk_templates", "Public speaking or media work", "public_speaking.title"
        ),
        "public_speaking.activity": translate(
            "risk_templates",
            "Speaking at events, with journalists or in advocacy, especially when a survivor tells part of their own story.",
            "public_speaking.activity",
        ),
        "public_speaking.objective": translate(
            "risk_templates",
            "Change policies and public views without exposing the speakers or the people we support.",
            "public_speaking.objective",
        ),
        "public_speaking.threat.recognised": translate(
            "risk_templates",
            "A speaker is recognised by exploiters or by people from their past.",
            "public_speaking.threat.recognised",
        ),
        "public_speaking.threat.recognised.risks": translate(
            "risk_templates",
            "Threats, harassment or harm to the speaker or their family.",
            "public_speaking.threat.recognised.risks",
        ),
        "public_speaking.threat.questions": translate(
            "risk_templates",
            "Intrusive or difficult questions from the audience or journalists.",
            "public_speaking.threat.questions",
        ),
        "public_speaking.threat.questions.risks": translate(
            "risk_templates",
            "Old wounds reopened; details shared that the speaker did not want to share.",
            "public_speaking.threat.questions.risks",
        ),
        "public_speaking.threat.opponents": translate(
            "risk_templates",
            "Opponents target the organisation once it is more visible.",
            "public_speaking.threat.opponents",
        ),
        "public_speaking.threat.opponents.risks": translate(
            "risk_templates",
            "Attacks online, legal pressure, harm to the organisation's reputation.",
            "public_speaking.threat.opponents.risks",
        ),
        "public_speaking.threat.context": translate(
            "risk_templates",
            "Words or images are used out of context.",
            "public_speaking.threat.context",
        ),
        "public_speaking.threat.context.risks": translate(
            "risk_templates",
            "The story is distorted and the speaker loses control over it.",
            "public_speaking.threat.context.risks",
        ),
        "public_speaking.vulnerability.pressure": translate(
            "risk_templates",
            "Speakers feel pressed to share more than they want to.",
            "public_speaking.vulnerability.pressure",
        ),
        "public_speaking.vulnerability.pressure.into": translate(
            "risk_templates",
            "Agree with the speaker beforehand what is never shared, and hold to it.",
            "public_speaking.vulnerability.pressure.into",
        ),
        "public_speaking.vulnerability.recordings": translate(
            "risk_templates",
            "Photos and recordings we do not control.",
            "public_speaking.vulnerability.recordings",
        ),
        "public_speaking.vulnerability.recordings.into": translate(
            "risk_templates",
            "Ask the organisers about photos and recordings before saying yes.",
            "public_speaking.vulnerability.recordings.into",
        ),
        "public_speaking.vulnerability.rest": translate(
            "risk_templates",
            "No time set aside to rest afterwards.",
            "public_speaking.vulnerability.rest",
        ),
        "public_speaking.vulnerability.rest.into": translate(
            "risk_templates",
            "Plan a debrief and some quiet time after each appearance.",
            "public_speaking.vulnerability.rest.into",
        ),
        "public_speaking.capacity.choice": translate(
            "risk_templates",
            "The speaker decides what to share and can stop at any time.",
            "public_speaking.capacity.choice",
        ),
        "public_speaking.capacity.choice.strengthen": translate(
            "risk_templates",
            "Practise ways to decline a question.",
            "public_speaking.capacity.choice.strengthen",
        ),
        "public_speaking.capacity.trusted": translate(
            "risk_templates",
            "We know journalists and organisers we can trust.",
            "public_speaking.capacity.trusted",
        ),
        "public_speaking.capacity.trusted.strengthen": translate(
            "risk_templates",
            "Keep a short list of them and share it in the team.",
            "public_speaking.capacity.trusted.strengthen",
        ),
        "public_speaking.factor.gender": translate(
            "risk_templates",
            "Whether speakers of some genders meet more abuse online after appearing.",
            "public_speaking.factor.gender",
        ),
        "public_speaking.factor.ethnicity": translate(
            "risk_templates",
            "Whether speakers from minority communities are more exposed to hostility.",
            "public_speaking.factor.ethnicity",
        ),
        "public_speaking.factor.migration": translate(
            "risk_templates",
            "Being in public can affect a residence application: check before saying yes.",
            "public_speaking.factor.migration",
        ),
        "public_speaking.factor.age": translate(
            "risk_templates",
            "Young speakers may need more protection from being recognised.",
            "public_speaking.factor.age",
        ),
        "public_speaking.measure.agree": translate(
            "risk_templates",
            "Agree with the speaker what will and will not be shared.",
            "public_speaking.measure.agree",
        ),
        "public_speaking.measure.check": translate(
            "risk_templates",
            "Find out who organises, who attends and how it will be recorded.",
            "public_speaking.measure.check",
        ),
        "public_speaking.measure.close": translate(
            "risk_templates",
            "A supporter stays close and can step in.",
            "public_speaking.measure.close",
        ),
        "public_speaking.measure.decline": translate(
            "risk_templates",
            "Decline questions that go too far; the speaker may end at any time.",
            "public_speaking.measure.decline",
        ),
        "public_speaking.measure.rest": translate(
            "risk_templates", "Debrief, and take time to rest.", "public_speaking.measure.rest"
        ),
        "public_speaking.measure.watch": translate(
            "risk_templates",
            "Watch the reactions online and register threats as incidents.",
            "public_speaking.measure.watch",
        ),
        "public_speaking.supporters": translate(
            "risk_templates",
            "Journalists and organisers we trust; a legal adviser; our safety lead.",
            "public_speaking.supporters",
        ),
        "public_speaking.alternatives": translate(
            "risk_templates",
            "A written statement read by someone else; speaking under another name, or with voice and face changed; speaking for the organisation rather than as a person.",
            "public_speaking.alternatives",
        ),
    }
