"""The README's screenshots: a few screens from the seeded demo vault, the
same every run (``make_screenshots.py --docs``, which calls :func:`run_all`).

Each configuration (language, theme) runs in its own process, because the
language and the theme are chosen when the application starts. A process
walks the first run, fills the vault with the generator ``fieldsafe-cli
demo`` uses (same seed, and ``until`` a fixed moment), adds the few records
the screens need (a log being edited, today's meeting plan, some journal
check-ins), and saves the screens named in :data:`CONFIGS` as
``docs/screenshots/{lang}[-dark]-{screen}.png``.

The time is fixed too (:func:`fix_the_clock`): every "now" FieldSafe reads
(its clock, ``datetime.now``, ``date.today``) starts at :data:`DOCS_NOW` in
UTC, so Today, the journal's chart and the timeline look the same whenever
the pictures are made. The PNGs are reduced to a 256-colour palette
(:func:`optimise`) to keep the repository small.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import os
import pkgutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: the moment "now" is while the pictures are made (a Thursday morning)
DOCS_NOW = _dt.datetime(2026, 3, 12, 9, 30, tzinfo=_dt.UTC)
#: how many demo logs and incidents (``fieldsafe-cli demo``'s generator and seed)
DEMO_LOGS, DEMO_INCIDENTS = 160, 40

#: the screens every light configuration saves
SCREENS = (
    "welcome",
    "main-window",
    "log-editor",
    "today",
    "meeting-plan",
    "journal",
    "incidents",
    "risk-assessment",
)
#: (language, theme, screens): English and Arabic in light, two screens in dark
CONFIGS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("en", "light", SCREENS),
    ("ar", "light", SCREENS),
    ("en", "dark", ("main-window",)),
    ("ar", "dark", ("journal",)),
)
SCREEN_SIZE = "1366x768"


# -- the parent: one process per configuration, then smaller files ----------------------
def run_all(out: Path, script: Path) -> int:
    """Render every configuration of :data:`CONFIGS` into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    for lang, theme, screens in CONFIGS:
        command = [
            sys.executable,
            str(script),
            "--docs-screens",
            ",".join(screens),
            "--lang",
            lang,
            "--theme",
            theme,
            "--screen",
            SCREEN_SIZE,
            "--out",
            str(out),
        ]
        env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "TZ": "UTC"}
        done = subprocess.run(command, env=env, check=False)
        if done.returncode != 0:
            print(f"{lang} {theme}: the screenshot process failed", file=sys.stderr)
            return done.returncode
    total = 0
    for path in sorted(out.glob("*.png")):
        optimise(path)
        total += path.stat().st_size
        print(f"{path.stat().st_size // 1024:5d} KB  {path}")
    print(f"{total // 1024} KB in all")
    return 0


def optimise(path: Path) -> None:
    """A 256-colour palette (screens are flat colours and anti-aliased text)
    and the best zlib level: a third to a tenth of Qt's PNG."""
    from PIL import Image

    with Image.open(path) as image:
        rgb = image.convert("RGB")
    small = rgb.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    small.save(path, optimize=True)


# -- a fixed "now" ----------------------------------------------------------------------
def fix_the_clock() -> None:
    """Every time FieldSafe reads starts at :data:`DOCS_NOW` (and runs on
    from there, so timers and waits still work): its ``SystemClock``, and
    the ``datetime``/``date`` names its modules imported. Call before the
    application starts (widgets keep ``date.today`` when they are made)."""
    os.environ["TZ"] = "UTC"
    time.tzset()
    started = time.monotonic()

    def now() -> _dt.datetime:
        return DOCS_NOW + _dt.timedelta(seconds=time.monotonic() - started)

    class FixedDatetime(_dt.datetime):
        @classmethod
        def now(cls, tz: _dt.tzinfo | None = None) -> _dt.datetime:  # type: ignore[override]
            moment = now()
            return moment.astimezone(tz) if tz is not None else moment.replace(tzinfo=None)

    class FixedDate(_dt.date):
        @classmethod
        def today(cls) -> _dt.date:  # type: ignore[override]
            return now().date()

    import fieldsafe
    from fieldsafe.core import clock

    clock.SystemClock.now = lambda self: now()  # type: ignore[method-assign]
    for module in _fieldsafe_modules(fieldsafe):
        if getattr(module, "datetime", None) is _dt.datetime:
            module.datetime = FixedDatetime
        if getattr(module, "date", None) is _dt.date:
            module.date = FixedDate


def _fieldsafe_modules(package: Any) -> list[Any]:
    modules = []
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name.endswith("__main__") or info.name == "fieldsafe.cli":
            continue
        try:
            modules.append(importlib.import_module(info.name))
        except ImportError:  # an optional part this machine lacks
            continue
    return modules


# -- what the screens show ----------------------------------------------------------------
#: the hand-written records, in the screenshots' language (the demo logs are in many)
WORDS = {
    "en": {
        "me": "me",
        "title": "Bar visit with A12",
        "body": "She asked about the **clinic** and whether it costs anything.\n\n"
        "- talked about her documents\n- agreed to meet again next week\n\n"
        "Calm conversation; her friend joined us for the last ten minutes.",
        "area": "north district",
        "needs": "A doctor who speaks her language.",
        "referrals": "Clinic leaflet; the helpline card.",
        "follow_ups": ("Bring the clinic leaflet in her language", "Ask the shelter about a bed"),
        "safety": "A man by the door watched us the whole time.",
        "colleague": "Bea",
        "plan": "Café by the station",
        "purpose": "Second meeting with A12: the clinic appointment and her questions about "
        "documents.",
        "location": "The café by the station, tables at the back",
        "backup": "The pharmacy across the square",
        "signal": "Bea asks me for the time",
        "no_check_in": "Call Bea twice. No answer within ten minutes: call the coordinator, "
        "then go to the backup location together.",
        "plan2": "Drop-in centre, evening round",
        "checkin_note": "A long day, but a good talk at the end.",
        "went_well": (
            "We listened; she laughed once.",
            "Bea and I kept to the plan.",
            "The clinic called back.",
            "A quiet round, home early.",
        ),
        "support": ("Peer group (Thursdays)", "Supervision with Dr. N."),
        "self_care": ("A walk by the river", "Music, and an early night"),
    },
    "ar": {
        "me": "أنا",
        "title": "زيارة إلى الحانة مع A12",
        "body": "سألت عن **العيادة** وهل الخدمة مجانية.\n\n"
        "- تحدثنا عن أوراقها\n- اتفقنا على لقاء آخر الأسبوع القادم\n\n"
        "كان الحديث هادئًا، وانضمت إلينا صديقتها في الدقائق العشر الأخيرة.",
        "area": "الحي الشمالي",
        "needs": "طبيبة تتحدث لغتها.",
        "referrals": "نشرة العيادة؛ بطاقة خط المساعدة.",
        "follow_ups": ("إحضار نشرة العيادة بلغتها", "سؤال دار الإيواء عن سرير"),
        "safety": "رجل عند الباب كان يراقبنا طوال الوقت.",
        "colleague": "سارة",
        "plan": "المقهى قرب المحطة",
        "purpose": "اللقاء الثاني مع A12: موعد العيادة وأسئلتها عن الأوراق.",
        "location": "المقهى قرب المحطة، الطاولات في الخلف",
        "backup": "الصيدلية على الجانب الآخر من الساحة",
        "signal": "تسألني سارة عن الوقت",
        "no_check_in": "الاتصال بسارة مرتين. إن لم ترد خلال عشر دقائق: الاتصال بالمنسقة، "
        "ثم الذهاب معًا إلى المكان البديل.",
        "plan2": "مركز الاستقبال، جولة المساء",
        "checkin_note": "يوم طويل، لكن الحديث في آخره كان جيدًا.",
        "went_well": (
            "أصغينا إليها، وضحكت مرة.",
            "التزمت أنا وسارة بالخطة.",
            "اتصلت العيادة مرة أخرى.",
            "جولة هادئة، وعدت إلى البيت مبكرًا.",
        ),
        "support": ("مجموعة الأقران (كل خميس)", "الإشراف مع الدكتورة ن."),
        "self_care": ("نزهة على ضفة النهر", "موسيقى، ونوم مبكر"),
    },
}


def fill(vault: Any, lang: str) -> dict[str, str]:
    """The demo vault plus what the screens need; returns the ids to open."""
    from fieldsafe.core.clock import to_iso
    from fieldsafe.core.demo import DEFAULT_SEED
    from fieldsafe.vault.transfer import add_demo_records

    words = WORDS.get(lang, WORDS["en"])
    add_demo_records(vault, DEMO_LOGS, seed=DEFAULT_SEED, until=DOCS_NOW)
    vault.add_demo_safety_records(incidents=DEMO_INCIDENTS, seed=DEFAULT_SEED, until=DOCS_NOW)
    _follow_ups_done(vault, before=DOCS_NOW.date() - _dt.timedelta(days=28))
    day = _dt.timedelta(days=1)
    vault.codes.save("A12", watch_words=[], note="")
    log = vault.logs.save(
        occurred_at=DOCS_NOW - _dt.timedelta(hours=14),
        title=words["title"],
        body=words["body"],
        duration_minutes=40,
        setting="bar_or_club",
        area=words["area"],
        who_went=[words["me"], words["colleague"]],
        person_codes=["A12"],
        needs=words["needs"],
        referrals=words["referrals"],
        follow_ups=[
            {"action": words["follow_ups"][0], "due": (DOCS_NOW.date()).isoformat(), "done": False},
            {"action": words["follow_ups"][1], "due": None, "done": True},
        ],
        safety=words["safety"],
        tags=["health", "first contact"],
    )
    plan_id, _plan = vault.plans.save(
        {
            "title": words["plan"],
            "status": "ready",
            "colleague": words["colleague"],
            "colleague_contact": "0712 345 678 (Signal)",
            "person_codes": ["A12"],
            "purpose": words["purpose"],
            "setting": "bar_or_club",
            "location": words["location"],
            "backup_location": words["backup"],
            "alert_signal": words["signal"],
            "scenarios": [{"prompt": "no_check_in", "answer": words["no_check_in"]}],
            "starts_at": to_iso(DOCS_NOW + _dt.timedelta(hours=6, minutes=30)),
            "ends_at": to_iso(DOCS_NOW + _dt.timedelta(hours=7, minutes=30)),
            "check_in_at": to_iso(DOCS_NOW + _dt.timedelta(hours=8)),
        }
    )
    vault.plans.save(
        {
            "title": words["plan2"],
            "status": "draft",
            "colleague": words["colleague"],
            "setting": "office",
            "starts_at": to_iso(DOCS_NOW + 2 * day + _dt.timedelta(hours=8)),
        }
    )
    feelings = [7, 6, None, 5, 4, 6, 3, 5, 6, 4, 7, 6]
    for i, feeling in enumerate(feelings):
        if feeling is None:
            continue
        vault.journal.save(
            occurred_at=DOCS_NOW - day * (7 * (len(feelings) - i) - 3),
            feeling=feeling,
            checkin_note=words["checkin_note"] if i % 3 == 0 else "",
            reflections=[("went_well", words["went_well"][i % len(words["went_well"])])],
        )
    vault.journal.save(
        occurred_at=DOCS_NOW - _dt.timedelta(hours=12),
        follows=log.id,
        feeling=6,
        checkin_note=words["checkin_note"],
        reflections=[("went_well", words["went_well"][0])],
    )
    for name in words["support"]:
        vault.journal.save_contact(name, reach="", notes="")
    for text in words["self_care"]:
        vault.journal.save_self_care(text)
    ids = {"log": str(log.id), "plan": str(plan_id)}
    if lang != "en":  # the demo's assessments are in English: one in the screens' language
        from fieldsafe.ui.risk.templates import assessment_from_template

        street = assessment_from_template("street_outreach")
        street.update(setting="street", area=words["area"], next_review="2026-06-01")
        street["threats"][0].update(likelihood=3, impact=4)
        ids["assessment"] = str(vault.risks.save(street).id)
    return ids


def _follow_ups_done(vault: Any, *, before: _dt.date) -> None:
    """Tick the demo's follow-ups due before ``before``: a person using
    FieldSafe does not leave two years of them open, and Today stays short."""
    from fieldsafe.core.demo import DEFAULT_SEED, demo_records

    for record in demo_records(DEMO_LOGS, seed=DEFAULT_SEED, until=DOCS_NOW):
        follow_ups = record.fields.get("follow_ups") or []
        if not any(
            not f["done"] and f["due"] and f["due"] < before.isoformat() for f in follow_ups
        ):
            continue
        log = vault.logs.get(record.id)
        fields = log.to_fields()
        fields["follow_ups"] = [
            {**f, "done": f["done"] or bool(f["due"] and f["due"] < before.isoformat())}
            for f in fields["follow_ups"]
        ]
        fields.pop("occurred_at")
        title, body = fields.pop("title"), fields.pop("body")
        vault.logs.save(
            occurred_at=log.occurred_at, title=title, body=body, log_id=log.id, **fields
        )


# -- one configuration's process --------------------------------------------------------
def render(
    session: Any,
    lang: str,
    wanted: list[str],
    shot: Callable[[Any, str], None],
    settle: Callable[[], None],
) -> None:
    """Walk the first run, fill the vault and save the wanted screens
    (``shot(widget, name)``; ``settle()`` waits for work on other threads)."""
    from PySide6.QtGui import QFontDatabase

    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        print(
            "No font for Chinese on this machine: the demo's Chinese logs will show boxes "
            "(install fonts-noto-cjk, as docs/screenshots/README.md says).",
            file=sys.stderr,
        )
    wizard = session.wizard

    def take(widget: Any, name: str) -> None:
        if name in wanted:
            settle()
            shot(widget, name)

    take(wizard, "welcome")
    wizard.next()
    form = wizard.passphrase_page.form
    form.passphrase_field.setText("purple otter climbs slowly")
    form.confirm_field.setText("purple otter climbs slowly")
    wizard.next()
    settle()
    code = wizard._recovery_code
    wizard.next()
    wizard.confirm_page.group_field.setText(code.split("-")[wizard.confirm_group_number - 1])
    wizard.next()
    wizard.name_page.name_field.setText("Amal")
    wizard.accept()
    settle()
    window, vault = session.main_window, session.vault
    ids = fill(vault, lang)
    window.log_model.reload()
    window.sections.setCurrentRow(window.sections.row_of("logs"))
    window.log_view.setCurrentIndex(window.log_model.index(1, 0))
    window.log_view.setFocus()
    take(window, "main-window")
    window.open_log(ids["log"])
    window.editor.begin_edit()  # the cursor in the title, as after Edit
    window.editor.title.end(False)
    take(window, "log-editor")
    window.editor.set_read_only(True)  # as after saving
    window.show_today()
    take(window, "today")
    window.safety.open_plan(ids["plan"])
    take(window, "meeting-plan")
    window.show_journal()
    take(window, "journal")
    window.safety.show("incidents")
    take(window, "incidents")
    risks = window.safety.show("risk_assessments")
    if risks is not None:
        first = ids.get("assessment") or next(iter(risks.ids()), None)
        if first is not None:
            risks.open_assessment(first)
    take(window, "risk-assessment")
