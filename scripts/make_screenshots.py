"""Render FieldSafe's screens to PNG files for a visual check (not a test).

    .venv/bin/python scripts/make_screenshots.py [--lang ar] [--font-scale 1.6] [--out screenshots]

Runs offscreen with a throw-away FIELDSAFE_HOME and a fast KDF, walks the
first-run wizard, writes a few fictional logs, searches, locks, and grabs
every window with ``QWidget.grab()``. The sample photo and PDF come from the
test helpers (``tests/images.py``), so the repository root is put on
``sys.path``.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path


def _offscreen(argv: list[str]) -> None:
    """Offscreen Qt; ``--screen WxH`` gives it a screen of that size (the
    plugin's own is 800x800), e.g. a 1366x768 laptop."""
    if "--screen" in argv:
        width, height = (int(n) for n in argv[argv.index("--screen") + 1].split("x"))
        config = Path(tempfile.mkdtemp(prefix="fieldsafe-screen-")) / "screen.json"
        screen = {"name": "screen", "x": 0, "y": 0, "width": width, "height": height}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


_offscreen(sys.argv)

#: called with (widget, name) instead of saving each screen (tests/ui/fit/render.py)
on_shot: Callable[..., None] | None = None
#: how long each pause lasts, as a share of the time given (the fit check settles
#: each screen itself, so it waits less between steps)
pause_scale = 1.0

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # for tests.images


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Render FieldSafe's screens to PNG files.")
    parser.add_argument("--lang")
    parser.add_argument("--font-scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, help="default: screenshots (--docs: docs/screenshots)")
    parser.add_argument(
        "--theme", choices=["system", "light", "dark", "high_contrast"], default="light"
    )
    parser.add_argument("--screen", metavar="WxH", help="the screen's size, e.g. 1366x768")
    parser.add_argument(
        "--docs",
        action="store_true",
        help="the README's screenshots from the seeded demo (scripts/docs_screenshots.py)",
    )
    # one --docs process: the screens to save, comma-separated
    parser.add_argument("--docs-screens", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.out is None:
        args.out = ROOT / "docs" / "screenshots" if args.docs else Path("screenshots")
    return args


def _prefix(args: argparse.Namespace) -> str:
    """What each file's name starts with: en-1_0-dark, or for --docs en-dark."""
    theme = "" if args.theme == "light" else "-" + args.theme
    if args.docs_screens:
        return (args.lang or "en") + theme
    return "{lang}-{scale}{theme}".format(
        lang=args.lang or "en", scale=str(args.font_scale).replace(".", "_"), theme=theme
    )


def main() -> int:  # noqa: PLR0915 - ratchet: split this function
    args = _arguments()
    if args.docs:
        return _docs().run_all(args.out, Path(__file__))
    if args.docs_screens:
        _docs().fix_the_clock()  # before anything reads the time
    home = Path(tempfile.mkdtemp(prefix="fieldsafe-shots-"))
    os.environ["FIELDSAFE_HOME"] = str(home)
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.json").write_text(
        json.dumps({"font_scale": args.font_scale, "theme": args.theme})
    )

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from fieldsafe import app
    from fieldsafe.ui.common import ops
    from fieldsafe.vault import keys

    keys.active_policy = keys.KdfPolicy(
        min_memory_kib=64, min_iterations=1, lanes=1, calibrate=False
    )
    prefix = _prefix(args)
    args.out.mkdir(parents=True, exist_ok=True)

    def spin(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(max(1, round(ms * pause_scale)), loop.quit)
        loop.exec()

    def wait_ops() -> None:
        while ops.busy():
            spin(20)

    def shot(widget: QWidget, name: str) -> None:
        spin()
        if on_shot is not None:  # tests/ui/fit: check the screen instead of saving it
            on_shot(widget, name)
            return
        path = args.out / f"{prefix}-{name}.png"
        widget.grab().save(str(path))
        print(path)

    argv = ["--lang", args.lang] if args.lang else []
    session = app.start(argv)
    if args.docs_screens:  # --docs: a few screens from the demo vault, nothing else
        _docs().render(session, args.lang or "en", args.docs_screens.split(","), shot, wait_ops)
        session.shutdown()
        return 0
    wizard = session.wizard
    shot(wizard, "01-welcome")
    picker = wizard.welcome_page.language  # each language's name and review status
    picker.showPopup()
    shot(picker.view().window(), "01b-language-picker")
    picker.hidePopup()
    wizard.next()
    form = wizard.passphrase_page.form
    form.passphrase_field.setText("otter")
    shot(wizard, "02-passphrase-short")
    form.passphrase_field.setText("PURPLE OTTER")
    shot(wizard, "03-passphrase-caps")
    form.passphrase_field.setText("purple otter climbs slowly")
    form.confirm_field.setText("purple otter climbs slowly")
    shot(wizard, "04-passphrase-ok")
    wizard.next()
    wait_ops()
    spin(300)
    shot(wizard, "05-recovery-code")
    code = wizard._recovery_code
    wizard.next()
    wizard.confirm_page.group_field.setText(code.split("-")[wizard.confirm_group_number - 1])
    shot(wizard, "06-confirm-code")
    wizard.next()
    shot(wizard, "06b-your-name")
    wizard.name_page.name_field.setText("Amal")
    wizard.accept()
    window = session.main_window
    vault = session.vault
    shot(window, "07a-first-log")  # the empty states: nothing written yet
    window.show_plans()
    shot(window, "07b-first-plan")
    window.show_journal()
    shot(window, "07c-empty-journal")
    window.show_today()
    start = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
    samples = [
        (
            "Street outreach, station",
            "Met **P-7** near the kiosk.\n\n- talked about a safe place\n- follow up Monday",
        ),
        (
            "Apartment visit (pair)",
            "Two people present; agreed on the signal. No phone numbers written.",
        ),
        ("Online contact", "Short chat; shared the helpline card."),
        ("لقاء في المحطة", "تحدثنا عن مكان آمن. المتابعة يوم الإثنين."),
    ]
    for i, (title, body) in enumerate(samples):
        vault.logs.save(occurred_at=start - timedelta(days=i), title=title, body=body)
    window.log_model.reload()
    window.sections.setCurrentRow(window.sections.row_of("logs"))  # the logs, not Today
    # (QTableView.selectRow misses in right-to-left layouts before the first paint; Qt quirk)
    window.log_view.setCurrentIndex(window.log_model.index(0, 0))
    shot(window, "07-main-window")
    window.search.setText("safe")
    spin(400)
    wait_ops()
    shot(window, "08-search")
    window.search.setText("")
    spin(400)
    window.new_log()
    shot(window, "09-new-log")
    # A full log with follow-ups, a photo and a scan.
    from tests.images import jpeg_with_gps, tiny_pdf

    from fieldsafe.media import prepare_attachment

    vault.codes.save("A12", watch_words=["Maria"], note="Met first at the station.")
    full = vault.logs.save(
        occurred_at=start - timedelta(hours=2),
        title="Bar visit with A12",
        body="She asked about the **clinic**.\n\n- talked about her documents\n- agreed to meet again",
        duration_minutes=40,
        setting="bar_or_club",
        area="north district",
        who_went=["me", "colleague K"],
        person_codes=["A12"],
        needs="A doctor who speaks her language.",
        referrals="Clinic leaflet; the helpline card.",
        follow_ups=[
            {"action": "Bring the clinic leaflet", "due": "2026-03-03", "done": False},
            {"action": "Ask the shelter about a bed", "due": None, "done": True},
        ],
        safety="A man by the door watched us the whole time.",
        tags=["health", "first contact"],
        paper_notes=True,
        review_by="2026-09-01",
    )
    vault.attachments.add(full.id, prepare_attachment(jpeg_with_gps(640, 480), name="IMG_2041.jpg"))
    vault.attachments.add(full.id, prepare_attachment(tiny_pdf(2), name="scan-notes.pdf"))
    vault.logs.save(
        occurred_at=start - timedelta(hours=2),
        title="Bar visit with A12 (edited)",
        log_id=full.id,
        **{
            k: v
            for k, v in vault.logs.get(full.id).to_fields().items()
            if k not in ("occurred_at", "title")
        },
    )
    window.log_model.reload()
    window.open_log(full.id)
    shot(window, "13a-log-read-only")  # a saved log, read only until Edit
    window.editor.begin_edit()
    window.editor.body.setFocus()
    window.editor.body.insertPlainText(" Her number is 0712 345 678.")
    window.editor.check_privacy()
    spin(600)
    wait_ops()
    shot(window, "13-log-form")
    shot(window.editor.scroll.widget(), "14-log-form-whole")
    window.editor.replace_hint("A12")
    window.editor.save()
    window.filter_button.setChecked(True)
    window.filters.setting.setCurrentIndex(window.filters.setting.findData("bar_or_club"))
    shot(window, "15-filters")
    window.filter_button.setChecked(False)
    window.show_today()
    shot(window, "16-today")
    book = window.show_code_book()
    book.codes.setCurrentRow(0)
    shot(book, "17-code-book")
    book.reject()
    window.open_log(full.id)
    view = window.editor.view_attachment()
    wait_ops()
    spin(300)
    shot(view, "18-attachment")
    view.close()
    window.editor.attachment_list.setCurrentRow(1)
    view = window.editor.view_attachment()
    wait_ops()
    spin(300)
    shot(view, "19-attachment-pdf")
    view.close()
    history = window.show_history()
    wait_ops()
    spin(300)
    shot(history, "20-history")
    history.close()
    # The journal: check-ins over some weeks, support, the lock.
    now = datetime.now(UTC)
    feelings = [7, 6, None, 5, 4, 6, 3, 2, 5, 3, 2, 6]
    logs = vault.logs.page(limit=20)
    for i, feeling in enumerate(feelings):
        when = now - timedelta(days=7 * (len(feelings) - i) - 3)
        vault.journal.save(
            occurred_at=when,
            feeling=feeling,
            follows=logs[i % len(logs)].id if i % 2 else None,
            checkin_note=("A long day." if i % 3 else ""),
            reflections=[("went_well", "We listened; she laughed once.")],
        )
    vault.journal.save_contact("Peer group (Thursdays)", reach="the community centre", notes="")
    vault.journal.save_contact(
        "Dr. N. (supervision)", reach="+00 000 000", notes="every second Monday"
    )
    vault.journal.save_self_care("A walk by the river")
    vault.journal.save_self_care("Music, and an early night")
    journal = window.show_journal()
    spin(300)
    shot(window, "21-journal")
    journal.editor.feeling.setCurrentIndex(journal.editor.feeling.findData(3))
    shot(journal.editor, "22-journal-entry")
    support = journal.show_support()
    spin(200)
    shot(support, "23-my-support")
    support.close()
    from fieldsafe.vault.journal import JournalPrefs

    vault.journal.set_prefs(JournalPrefs(lock_journal=True))
    journal.editor._dirty = False
    window.new_log()
    window.show_journal()
    spin(200)
    shot(window, "24-journal-locked")
    window.new_log()
    plans = window.show_plans()
    wizard = plans.new_plan()
    wizard.widget("colleague").setText("Bea")
    wizard.widget("location").setText("the café by the station")
    for number in range(len(wizard.pageIds())):
        spin(100)
        shot(wizard, f"25-plan-wizard-{number + 1}")
        wizard.next()
    wizard.accept()
    spin(200)
    shot(window, "26-plans")
    from fieldsafe.exchange.identity import Identity

    vault.sharing.set_name("Amal")
    vault.sharing.add_card(Identity.generate("Bea").card())
    colleagues = plans.show_colleagues()
    colleagues.colleagues.setCurrentRow(0)
    spin(200)
    shot(colleagues, "27-colleagues-safety-number")
    colleagues.close()
    _teams_tab(plans, vault, shot, wait_ops)
    _share_chooser(window, shot)
    _team_sending(window, vault, shot)
    dialog = window.change_passphrase()
    shot(dialog, "10-change-passphrase")
    dialog.reject()
    from fieldsafe.ui.shell.preferences import open_preferences

    preferences = open_preferences(window, vault)
    wait_ops()
    shot(preferences, "28-preferences")
    preferences.reject()
    _scheduled_backup(window, vault, shot, wait_ops)
    from fieldsafe.ui.shell.about import show_about

    about = show_about(window)
    shot(about, "29-about")
    about.reject()
    street_id = _safety_loop(window, vault, shot)
    # Issue 13: the Incidents section, the summary dialog and a check-in notice,
    # standalone until the main window places them.
    from fieldsafe.core.clock import to_iso
    from fieldsafe.ui.checkins.notice import CheckInNotice
    from fieldsafe.ui.checkins.watch import CheckInWatch
    from fieldsafe.ui.incidents.section import IncidentsSection
    from fieldsafe.ui.incidents.summary import SummaryDialog
    from fieldsafe.vault.incidents import add_demo_safety_records

    add_demo_safety_records(vault, incidents=60, seed="shots", until=now)
    section = IncidentsSection()
    section.resize(window.size())
    section.show()
    section.attach(vault)
    wait_ops()
    shot(section, "40-incidents-timeline")
    section.tabs.setCurrentIndex(1)
    shot(section, "41-incidents-patterns")
    summary_dialog = SummaryDialog(section)
    summary_dialog.show()
    shot(summary_dialog, "42-incident-summary")
    summary_dialog.reject()
    section.close()
    vault.plans.save(
        {
            "title": "Café by the station",
            "starts_at": to_iso(now - timedelta(hours=3)),
            "check_in_at": to_iso(now - timedelta(hours=1)),
            "colleague": "Bea",
            "colleague_contact": "0712 345 678 (Signal)",
            "scenarios": [
                {
                    "prompt": "no_check_in",
                    "answer": "Call Bea twice. No answer within ten minutes: call the coordinator, "
                    "then go to the backup location together.",
                }
            ],
        }
    )
    from PySide6.QtWidgets import QVBoxLayout

    host = QWidget()
    host.resize(window.width(), window.height() // 2)
    watch = CheckInWatch(parent=host)
    notice = CheckInNotice(watch, host)
    host_layout = QVBoxLayout(host)
    host_layout.addWidget(notice)
    host_layout.addStretch(1)
    host.show()
    watch.attach(vault)
    wait_ops()
    shot(host, "43-check-in-notice")
    watch.detach()
    host.close()
    _safety_in_window(window, vault, shot, wait_ops, street_id)
    _team_arrivals(window, shot, wait_ops)
    session.lock()
    screen = session.lock_screen
    shot(screen, "11-lock-screen")
    screen.field.setText("wrong passphrase")
    screen.submit()
    wait_ops()
    shot(screen, "12-lock-wrong")
    _recovery_and_damage(session, code, shot, wait_ops)
    session.shutdown()
    QApplication.processEvents()
    return 0


@functools.cache
def _docs():  # noqa: ANN202 - the module next to this script
    spec = importlib.util.spec_from_file_location(
        "docs_screenshots", Path(__file__).with_name("docs_screenshots.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _teams_tab(plans, vault, shot, wait_ops) -> None:  # noqa: ANN001
    """Issue 16: the Colleagues dialog's Teams tab (a team with its folder, a
    safety lead, a colleague not verified yet), then the cards left in the
    team folder. Everything added here is removed again afterwards."""
    from fieldsafe.exchange import team_folder
    from fieldsafe.exchange.identity import Identity

    folder = Path(tempfile.mkdtemp(prefix="fieldsafe-shots-")) / "Sync" / "north-outreach"
    folder.mkdir(parents=True)
    added = []
    for name, verified in (("Cem", True), ("سارة", True), ("Dan", False)):
        entry = vault.sharing.add_card(Identity.generate(name).card())
        if verified:
            vault.sharing.verify(entry.id)
        added.append(entry.id)
    team = vault.teams.create("North outreach", folder=folder)
    vault.teams.add_member(team.id, added[0], role="lead")
    vault.teams.add_member(team.id, added[1])
    team_folder.write_card(folder, Identity.generate("Fatima").card())
    dialog = plans.show_colleagues()
    dialog.tabs.setCurrentWidget(dialog.teams)
    wait_ops()
    editor = dialog.teams
    editor.teams.setCurrentRow(0)
    editor.candidates.setCurrentRow(editor.candidates.count() - 1)  # Dan: not verified
    shot(dialog, "27c-colleagues-teams")
    editor.folder_cards()
    wait_ops()
    if editor.cards_dialog is not None:
        shot(editor.cards_dialog, "27d-team-folder-cards")
        editor.cards_dialog.close()
    dialog.close()
    vault.teams.remove(team.id)
    for entry_id in added:
        vault.sharing.remove_colleague(entry_id)


def _scheduled_backup(window, vault, shot, wait_ops) -> None:  # noqa: ANN001
    """Issue 16: Preferences with backups on a schedule into a folder, one
    written; then turned off again."""
    import shutil

    from fieldsafe.ui.shell.preferences import open_preferences

    folder = Path(tempfile.mkdtemp(prefix="fieldsafe-shots-")) / "Sync" / "my other laptop"
    folder.mkdir(parents=True)
    vault.backup_schedule.set(folder, 24)
    vault.backup_schedule.run()
    preferences = open_preferences(window, vault)
    wait_ops()
    shot(preferences, "28b-preferences-scheduled-backup")
    preferences.reject()
    vault.backup_schedule.clear()
    shutil.rmtree(folder.parent.parent, ignore_errors=True)


def _share_chooser(window, shot) -> None:  # noqa: ANN001
    """Issue 13: one bundle for several verified colleagues, ticked in a list."""
    from PySide6.QtCore import Qt

    from fieldsafe.ui.plans.recipients import RecipientsDialog

    chooser = RecipientsDialog(["Bea", "Cem (north team)", "سارة"], window)
    for row in (0, 2):
        chooser.colleagues.item(row).setCheckState(Qt.CheckState.Checked)
    chooser.show()
    shot(chooser, "27b-share-with")
    chooser.reject()


def _team_sending(window, vault, shot) -> None:  # noqa: ANN001
    """Issue 16: the share chooser with the whole team and the team folder
    (Dan, outside the team, ticked too), what the person is told after, and a
    new incident's "Send to the safety lead", then its note when the folder
    was not there. Everything added here is removed again afterwards."""
    import shutil

    from PySide6.QtCore import Qt

    from fieldsafe.exchange.identity import Identity
    from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog
    from fieldsafe.ui.plans.recipients import RecipientsDialog
    from fieldsafe.ui.teams import sending

    folder = Path(tempfile.mkdtemp(prefix="fieldsafe-shots-")) / "Sync" / "north-outreach"
    folder.mkdir(parents=True)
    entries = {}
    for name in ("Cem", "سارة", "Dan"):
        entry = vault.sharing.add_card(Identity.generate(name).card())
        entries[name] = vault.sharing.verify(entry.id)
    team = vault.teams.create("North outreach", folder=folder)
    vault.teams.add_member(team.id, entries["Cem"].id, role="lead")
    vault.teams.add_member(team.id, entries["سارة"].id)
    colleagues = [c for c in vault.sharing.all() if c.usable]
    offer = sending.team_offer(vault, colleagues)
    chooser = RecipientsDialog(
        [c.name for c in colleagues], window, reachable=offer.reachable, teams=offer.teams
    )
    chooser.colleagues.item(0).setCheckState(Qt.CheckState.Checked)
    chooser.show()
    shot(chooser, "27e-share-team-folder")
    dan = next(i for i, c in enumerate(colleagues) if c.name == "Dan")
    chooser.colleagues.item(len(offer.teams) + dan).setCheckState(Qt.CheckState.Checked)
    chooser.folder_way.click()
    shot(chooser, "27f-share-team-folder-not-reached")
    chooser.reject()
    told = sending.TellDelivery.box(
        window,
        sending.Delivery(("Cem", "سارة"), ((entries["Dan"], sending.NO_FOLDER),)),
    )
    told.show()
    shot(told, "27g-team-folder-told")
    told.reject()
    form = IncidentDialog(vault, parent=window)
    form.form.type.set_value("surveillance_or_following")
    form.show()
    shot(form, "45b-incident-send-to-lead")
    form.leads_box.hide()
    form.leads_sending._done(
        sending.Delivery((), ((entries["Cem"], sending.FOLDER_MISSING),), ("North outreach",))
    )
    form.status.setText("")
    shot(form, "45c-incident-not-sent")
    form.drafting.clean()
    form.accept()
    vault.teams.remove(team.id)
    for entry in entries.values():
        vault.sharing.remove_colleague(entry.id)
    shutil.rmtree(folder.parent.parent, ignore_errors=True)


def _recovery_and_damage(session, code, shot, wait_ops) -> None:  # noqa: ANN001
    """Interface 1.7 and 1.8: the new-passphrase offer after the recovery code,
    then a damaged vault's unlock screen and *Restore from a backup…*."""
    from fieldsafe.ui.shell.change_passphrase import ChangePassphraseDialog
    from fieldsafe.ui.shell.restore import RestoreDialog

    screen = session.lock_screen
    screen.field.setText(code)
    screen.submit()
    wait_ops()
    window = session.main_window
    offer = window.findChildren(ChangePassphraseDialog)[0]
    shot(offer, "29-after-recovery-code")
    offer.reject()
    session.lock()
    db = session.vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) - 2 * 4096 + 100] ^= 0x01  # a damaged page
    db.write_bytes(bytes(data))
    screen.field.setText(code)
    screen.submit()
    wait_ops()
    shot(screen, "30-lock-damaged")
    screen.restore_from_backup()
    restore = screen.findChildren(RestoreDialog)[0]
    shot(restore, "31-restore-from-backup")
    restore.reject()


def _safety_loop(window, vault, shot) -> str:  # noqa: ANN001
    """Issue 13: "Something happened" prefilled from a log, the offer to
    review, the review beside the incident, the risk assessments and the
    template chooser."""
    from fieldsafe.ui.incidents.incident_form_dialog import IncidentDialog
    from fieldsafe.ui.incidents.review_offer import ReviewOfferDialog, review_choices
    from fieldsafe.ui.risk.review_dialog import RiskReviewDialog
    from fieldsafe.ui.risk.risk_view import RiskAssessmentsView
    from fieldsafe.ui.risk.template_chooser import TemplateChooser
    from fieldsafe.ui.risk.templates import assessment_from_template

    street = assessment_from_template("street_outreach")
    street.update(setting="street", next_review="2026-03-01")
    street["threats"][0].update(likelihood=3, impact=4)
    street_id = vault.risks.save(street).id
    vault.risks.save(assessment_from_template("online_outreach") | {"next_review": "2026-06-01"})
    form = IncidentDialog(vault, parent=window)
    form.prefill_from_log(vault.logs.page(limit=1)[0].id, observation="A grey car waited by us.")
    form.form.type.set_value("surveillance_or_following")
    form.show()
    shot(form, "45-incident-form")
    incident = vault.incidents.save(form.form.fields())
    form.drafting.clean()
    form.accept()
    offer = ReviewOfferDialog(review_choices(vault, incident.id), window)
    offer.show()
    shot(offer, "46-review-offer")
    offer.reject()
    review = RiskReviewDialog(vault, street_id, incident_id=incident.id, parent=window)
    review.show()
    shot(review, "47-risk-review")
    review.reject()
    view = RiskAssessmentsView()
    view.attach(vault)
    view.resize(window.size())
    view.show()
    view.enter()
    shot(view, "48-risk-assessments")
    chooser = TemplateChooser(view)
    chooser.show()
    shot(chooser, "49-risk-templates")
    chooser.reject()
    view.wipe()
    view.close()
    return street_id


def _safety_in_window(window, vault, shot, wait_ops, street_id) -> None:  # noqa: ANN001
    """Issue 13 in the main window: Today with meetings, check-ins,
    incidents and reviews; a passed check-in's notice above the work; the
    Incidents and Risk assessments sections; the plan wizard beside the
    linked assessment and what happened at that setting; a log's *Register
    as an incident*."""
    from datetime import UTC, datetime, timedelta

    from fieldsafe.core.clock import to_iso

    soon = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)
    vault.plans.save(
        {
            "title": "Library, second floor",
            "starts_at": to_iso(soon),
            "check_in_at": to_iso(soon + timedelta(hours=2)),
            "setting": "other",
        }
    )
    safety = window.safety
    safety.watch.check_now()
    wait_ops()
    window.show_today()
    wait_ops()
    shot(window, "50-today-safety")
    window.show_plans()
    shot(window, "51-check-in-in-window")
    safety.show("incidents")
    wait_ops()
    shot(window, "52-incidents-section")
    safety.show("risk_assessments")
    wait_ops()
    shot(window, "53-risk-assessments-section")
    plans = window.show_plans()
    wizard = plans.new_plan()
    choice = wizard.widget("assessment")
    choice.setCurrentIndex(max(choice.findData(street_id), 1))
    wizard.next()
    setting = wizard.widget("setting")
    setting.setCurrentIndex(setting.findData("street"))
    wizard.look_up()
    wait_ops()
    shot(wizard, "54-plan-wizard-informed")
    wizard.reject()
    log_id = next((s.id for s in vault.logs.page(limit=50) if vault.logs.get(s.id).safety), None)
    window.sections.setCurrentRow(window.sections.row_of("logs"))
    if log_id is not None and window.open_log(log_id):
        window.editor.scroll.ensureWidgetVisible(window.editor.incident_button)
        shot(window, "55-log-register-incident")


def _team_arrivals(window, shot, wait_ops) -> None:  # noqa: ANN001
    """Issue 16: the notice of what came through the team folder (a sync's
    result given to it: what arrived, one set aside, one that waits) and its
    Details…; then dismissed. The check-in that passed is marked back safely
    first: with both bars, at 1.6 on a 768-pixel screen, the sidebar has to
    scroll (and is then 2 px too narrow for its widest row)."""
    from datetime import UTC, datetime
    from pathlib import Path

    from fieldsafe.core.clock import to_iso
    from fieldsafe.vault import HeldBack, Refusal, SyncResult
    from fieldsafe.vault.teams import Arrival

    result = SyncResult(
        arrivals=[
            Arrival("i1", "incident", "Bea", False),
            Arrival("i2", "incident", "Bea", False),
            Arrival("p1", "meeting_plan", "Amal", True),
        ],
        refused=[
            Refusal("r1", "t1", "North outreach", "x.age", "not_in_team", to_iso(datetime.now(UTC)))
        ],
        waiting=[HeldBack("t1", Path("/nonexistent/y.age"), "Bea")],
    )
    watch = window.safety.watch
    for check_in in watch.overdue():
        watch.mark_back_safely(check_in.plan_id)
        wait_ops()
    window.safety.notice.offer.close_offer()  # no "Tell …" offer either
    notice = window.safety.arrivals
    window.show_today()
    notice.add_result(result)
    shot(window, "56-team-arrivals")
    details = notice.show_details()
    shot(details, "57-team-set-aside")
    details.reject()
    notice.dismiss()


if __name__ == "__main__":
    sys.exit(main())
