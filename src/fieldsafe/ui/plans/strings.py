"""The meeting plans' texts: the wizard's steps and questions (defined as
data in ``core.plans``), listed here as literals so the translation tools
find them (a test checks that every step and question text is in this
list), and the labels of statuses, scenarios and open items.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CTX = "plans"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def status_label(status: str) -> str:
    return {
        "draft": _t("Draft"),
        "ready": _t("Ready"),
        "done": _t("Done"),
        "cancelled": _t("Cancelled"),
    }.get(status or "draft", status)


def scenario_label(key: str) -> str:
    return {
        "we_are_late": _t("we are late?"),
        "they_are_late": _t("they are late, or do not come?"),
        "someone_unexpected": _t("someone we did not expect comes?"),
        "third_party_interrupts": _t("a third party interrupts?"),
        "documents": _t("we are given documents to carry back safely?"),
        "unwell_or_flashback": _t("one of us feels unwell or has a flashback?"),
        "threatened": _t("someone approaches us threateningly, or threatens the person?"),
        "no_check_in": _t("one of us does not check in?"),
    }.get(key, key)


def open_item_text(field: str) -> str:
    """What is still open about ``field`` (see ``core.plans.readiness``)."""
    return {
        "colleague": _t("No colleague yet"),
        "backup_location": _t("No backup location yet"),
        "alert_signal": _t("No alert signal agreed yet"),
        "check_in_at": _t("No check-in time yet"),
    }.get(field, field)


def done_text(field: str) -> str:
    """The checklist's line for ``field`` once it is settled."""
    return _t(_DONE_TEXT[field])


_DONE_TEXT = {
    "colleague": "A colleague comes along",
    "backup_location": "A backup location is agreed",
    "alert_signal": "An alert signal is agreed",
    "check_in_at": "A check-in time is agreed",
}
_DONE_TEXTS = (
    QT_TRANSLATE_NOOP("plans", "A colleague comes along"),
    QT_TRANSLATE_NOOP("plans", "A backup location is agreed"),
    QT_TRANSLATE_NOOP("plans", "An alert signal is agreed"),
    QT_TRANSLATE_NOOP("plans", "A check-in time is agreed"),
)

PLAN_TEXTS = (
    QT_TRANSLATE_NOOP("plans", "Purpose and people"),
    QT_TRANSLATE_NOOP("plans", "Who goes with you?"),
    QT_TRANSLATE_NOOP("plans", "Never meet alone: a trained colleague comes along."),
    QT_TRANSLATE_NOOP("plans", "Person code"),
    QT_TRANSLATE_NOOP("plans", "A code, never a name, in case this plan is found."),
    QT_TRANSLATE_NOOP("plans", "What do we want to achieve?"),
    QT_TRANSLATE_NOOP("plans", "A clear aim keeps the meeting short and safe."),
    QT_TRANSLATE_NOOP("plans", "Which risk assessment does this meeting follow?"),
    QT_TRANSLATE_NOOP(
        "plans", "Its threats, capacities and measures are shown beside the questions."
    ),
    QT_TRANSLATE_NOOP("plans", "The setting"),
    QT_TRANSLATE_NOOP("plans", "What kind of place?"),
    QT_TRANSLATE_NOOP("plans", "Each setting has its own dynamics and risks."),
    QT_TRANSLATE_NOOP("plans", "Who is usually around?"),
    QT_TRANSLATE_NOOP("plans", "Knowing who is there helps you read the situation."),
    QT_TRANSLATE_NOOP("plans", "Who could be a threat?"),
    QT_TRANSLATE_NOOP("plans", "Think of traffickers, buyers, others in the area."),
    QT_TRANSLATE_NOOP("plans", "Who could overhear?"),
    QT_TRANSLATE_NOOP("plans", "So you know what can be said, and where."),
    QT_TRANSLATE_NOOP("plans", "Earlier experiences and threats there"),
    QT_TRANSLATE_NOOP("plans", "What happened before can happen again."),
    QT_TRANSLATE_NOOP("plans", "Psychological impact on everyone taking part"),
    QT_TRANSLATE_NOOP("plans", "Especially for survivors: plan for it."),
    QT_TRANSLATE_NOOP("plans", "The location"),
    QT_TRANSLATE_NOOP("plans", "Where do we meet?"),
    QT_TRANSLATE_NOOP("plans", "A place you know, where the person is comfortable."),
    QT_TRANSLATE_NOOP(
        "plans",
        "Who else will be there? Can we talk unheard? Is it crowded? Would entering look suspicious?",
    ),
    QT_TRANSLATE_NOOP("plans", "These decide whether the place is safe enough."),
    QT_TRANSLATE_NOOP("plans", "The backup location"),
    QT_TRANSLATE_NOOP("plans", "Where do we go if the first place does not work?"),
    QT_TRANSLATE_NOOP("plans", "Plans change; agree the alternative now."),
    QT_TRANSLATE_NOOP("plans", "Scenarios"),
    QT_TRANSLATE_NOOP("plans", "What will we do if…"),
    QT_TRANSLATE_NOOP("plans", "Deciding in advance is easier than deciding under stress."),
    QT_TRANSLATE_NOOP("plans", "During the meeting"),
    QT_TRANSLATE_NOOP("plans", "Where to sit or stand"),
    QT_TRANSLATE_NOOP("plans", "See the area, back to a wall, close to an exit."),
    QT_TRANSLATE_NOOP("plans", "Our subtle alert signal, and what it means"),
    QT_TRANSLATE_NOOP("plans", "So either of you can end it without a word."),
    QT_TRANSLATE_NOOP(
        "plans", "How does the person get our contact details without writing them down?"
    ),
    QT_TRANSLATE_NOOP("plans", "Written numbers can be found by an exploiter."),
    QT_TRANSLATE_NOOP("plans", "Who does what"),
    QT_TRANSLATE_NOOP("plans", "One talks, one watches, for example."),
    QT_TRANSLATE_NOOP("plans", "After the meeting"),
    QT_TRANSLATE_NOOP("plans", "Stay a while and watch for followers"),
    QT_TRANSLATE_NOOP("plans", "Leaving at once can lead someone to you."),
    QT_TRANSLATE_NOOP("plans", "Notes into the vault, paper destroyed"),
    QT_TRANSLATE_NOOP("plans", "Paper in a pocket can endanger the person."),
    QT_TRANSLATE_NOOP("plans", "Who do we debrief with, and when?"),
    QT_TRANSLATE_NOOP("plans", "Talking it through helps you carry what you heard."),
    QT_TRANSLATE_NOOP("plans", "Timing"),
    QT_TRANSLATE_NOOP("plans", "Date and time"),
    QT_TRANSLATE_NOOP("plans", "So both of you carry the same plan."),
    QT_TRANSLATE_NOOP("plans", "When we expect to be done"),
    QT_TRANSLATE_NOOP("plans", "A known end makes a missed check-in noticeable."),
    QT_TRANSLATE_NOOP("plans", "When we check in with each other"),
    QT_TRANSLATE_NOOP("plans", "If one of you does not check in, the other acts."),
    QT_TRANSLATE_NOOP("plans", "How long do we wait after the check-in time before acting?"),
    QT_TRANSLATE_NOOP("plans", "FieldSafe shows what you agreed once this time has passed."),
    QT_TRANSLATE_NOOP("plans", "How do we reach each other during and after the meeting?"),
    QT_TRANSLATE_NOOP(
        "plans", "If a check-in does not come, this is shown with what you agreed to do."
    ),
)
