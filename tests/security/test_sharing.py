"""docs/security.md, bar 17: sharing a plan is safe for the people who rely
on it (each test failed before its fix).

* Older versions never silently win: every shared record carries a version
  (a version vector: the sharing vault's fingerprint → how many times it
  shared a new state of the record) inside the signed payload; an earlier
  one is refused, a concurrent one goes through the conflict choice.
* The name shown is the name you verified: the sender is named by what this
  vault stored for the verified key, never by the bundle or the card; two
  colleagues never share one name; a bundle says whom it is for, and a
  bundle for someone else, re-wrapped for us, is refused.
* Received and imported photos lose their location and camera metadata.
"""

from __future__ import annotations

import base64
import io
import json
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyrage
import pytest

from fieldsafe import cli
from fieldsafe.exchange.bundle import BadBundle
from fieldsafe.exchange.identity import Identity
from fieldsafe.media import prepare_attachment
from fieldsafe.messages import describe
from fieldsafe.vault import Vault
from tests.exchange.envelope_tools import (
    canonical,
    encrypt_to,
    format2_seal,
    join,
    manifest_of,
    plaintext,
    split,
)
from tests.images import CANARY, has_canary, has_gps, jpeg_with_gps

PASS = "correct horse battery staple"
BUNDLE_PASS = "orange kite river"
WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
STARTS = "2026-03-05T10:00:00Z"
EARLIER = "This is an earlier version of a plan you already have"


def no_passphrase() -> str | None:
    return None


@dataclass
class Pair:
    """Amal's vault and Bea's, each with the other's card verified."""

    amal: Vault
    bea: Vault
    bea_at_amal: str  # Bea's colleague entry in Amal's vault
    amal_at_bea: str  # Amal's colleague entry in Bea's vault

    def send(self, sender: Vault, record_id: str, **kw: Any) -> bytes:  # noqa: ANN401
        """Seal ``record_id`` for the other one, as both front ends do."""
        entry = self.bea_at_amal if sender is self.amal else self.amal_at_bea
        sealed = sender.sharing.seal_record(record_id, recipient=sender.sharing.get(entry), **kw)
        sender.sharing.remember_shared(sealed)
        return sealed.data


def introduce(one: Vault, other: Vault) -> tuple[str, str]:
    """Exchange cards and verify both ways; the entries' ids."""
    first = one.sharing.add_card(other.sharing.identity().card())
    one.sharing.verify(first.id)
    second = other.sharing.add_card(one.sharing.identity().card())
    other.sharing.verify(second.id)
    return first.id, second.id


@pytest.fixture
def pair(vault: Vault, tmp_path: Path) -> Iterator[Pair]:
    vault.sharing.set_name("Amal")
    bea, _ = Vault.create(tmp_path / "bea", PASS)
    bea.sharing.set_name("Bea")
    bea_at_amal, amal_at_bea = introduce(vault, bea)
    yield Pair(vault, bea, bea_at_amal, amal_at_bea)
    bea.lock()


def receive(
    vault: Vault,
    data: bytes,
    choose: Callable[[list[tuple[str, Any, Any]]], list[str] | None] = lambda clashes: [],
    passphrase: str | None = None,
) -> Any:  # noqa: ANN401
    received = vault.sharing.open_received(data, lambda: passphrase)
    assert received is not None
    return vault.sharing.import_bundle(received, choose)


def refusal(vault: Vault, data: bytes, passphrase: str | None = None) -> BadBundle:
    with pytest.raises(BadBundle) as refused:
        vault.sharing.open_received(data, lambda: passphrase)
    return refused.value


def payload_of(data: bytes, me: Identity) -> dict[str, Any]:
    return manifest_of(data, me)  # the signed manifest (bundle format 3)


# -- the CLI and the GUI --------------------------------------------------------


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # noqa: ANN201
    """``run(vault_dir, *args, stdin=...)``: fieldsafe-cli, the exit code, stdout, stderr."""

    def invoke(directory: Path, *args: str | Path, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n" + stdin))
        code = cli.main([*(str(a) for a in args), "--vault", str(directory), "--passphrase-stdin"])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def dirs(tmp_path: Path) -> tuple[Path, Path]:
    """Two locked vaults for the CLI, Amal's and Bea's, with verified cards."""
    a, b = tmp_path / "cli-amal", tmp_path / "cli-bea"
    for directory, name in ((a, "Amal"), (b, "Bea")):
        made, _ = Vault.create(directory, PASS)
        made.sharing.set_name(name)
        made.lock()
    with Vault.open(a, PASS) as amal, Vault.open(b, PASS) as bea:
        introduce(amal, bea)
    return a, b


@dataclass
class Shown:
    questions: list[str]
    alerts: list[str]
    report: str | None


@pytest.fixture
def gui_receive(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path):  # noqa: ANN001, ANN201
    """Receive ``data`` through the GUI's flow, every question answered yes."""
    from PySide6.QtWidgets import QWidget

    from fieldsafe.ui.plans import sharing as ui

    parent = QWidget()
    qtbot.addWidget(parent)

    def receive_in_gui(vault: Vault, data: bytes, passphrase: str | None = None) -> Shown:
        path = tmp_path / "received.age"
        path.write_bytes(data)
        shown = Shown([], [], None)
        monkeypatch.setattr(ui.ChooseFile, "open", classmethod(lambda cls, *a, **k: path))
        monkeypatch.setattr(ui.AskBundlePassphrase, "ask", classmethod(lambda cls, p: passphrase))
        monkeypatch.setattr(
            ui.ConfirmImport,
            "ask",
            classmethod(lambda cls, p, question: shown.questions.append(question) or True),
        )
        monkeypatch.setattr(
            ui.Alert, "show", classmethod(lambda cls, p, text: shown.alerts.append(text))
        )
        monkeypatch.setattr(ui.ChooseConflicts, "ask", classmethod(lambda cls, p, clashes: []))
        shown.report = ui.receive_bundle(parent, vault)
        return shown

    return receive_in_gui


# -- 1. older versions never silently win ---------------------------------------


def test_an_earlier_bundle_received_after_a_later_one_is_refused(pair: Pair) -> None:
    """The attack: two bundles of one plan, the later one received first,
    then the earlier one. It used to roll the place back and say "1 updated"."""
    amal, bea = pair.amal, pair.bea
    plan_id, fields = amal.plans.save(
        {"starts_at": STARTS, "location": "the café", "backup_location": "the library"}
    )
    earlier = pair.send(amal, plan_id)
    amal.plans.save({**fields, "location": "the station"}, plan_id=plan_id)
    later = pair.send(amal, plan_id)

    assert receive(bea, later).added == 1
    refused = refusal(bea, earlier)
    assert refused.reason == "older_version"
    assert describe(refused).startswith(EARLIER)
    assert bea.plans.get(plan_id)["location"] == "the station"


def test_the_cli_refuses_an_earlier_version_calmly(run, dirs, tmp_path: Path) -> None:  # noqa: ANN001
    a, b = dirs
    with Vault.open(a, PASS) as amal:
        plan_id, fields = amal.plans.save({"starts_at": STARTS, "location": "the café"})
    assert run(a, "share", plan_id, "--to", "Bea", "--out", tmp_path / "1.age")[0] == 0
    with Vault.open(a, PASS) as amal:
        amal.plans.save({**fields, "location": "the station"}, plan_id=plan_id)
    assert run(a, "share", plan_id, "--to", "Bea", "--out", tmp_path / "2.age")[0] == 0

    code, out, _ = run(b, "receive", tmp_path / "2.age")
    assert code == 0 and "1 added" in out
    code, out, err = run(b, "receive", tmp_path / "1.age")
    assert code == 4 and EARLIER in err and "updated" not in out
    with Vault.open(b, PASS) as bea:
        assert bea.plans.get(plan_id)["location"] == "the station"


def test_each_shared_record_carries_a_signed_version_that_only_goes_up(pair: Pair) -> None:
    amal, bea = pair.amal, pair.bea
    me = amal.sharing.identity().card().fingerprint
    plan_id, fields = amal.plans.save({"starts_at": STARTS, "location": "the café"})
    bea_keys = bea.sharing.identity()

    def version(data: bytes) -> dict[str, int]:
        (record,) = payload_of(data, bea_keys)["content"]["records"]
        return record["version"]

    first = pair.send(amal, plan_id)
    assert version(first) == {me: 1}
    assert version(pair.send(amal, plan_id)) == {me: 1}  # the same state: the same version
    amal.plans.save({**fields, "location": "the station"}, plan_id=plan_id)
    assert version(pair.send(amal, plan_id)) == {me: 2}  # a new state: a higher one

    # Bea changes it and shares it back: her entry joins Amal's.
    receive(bea, pair.send(amal, plan_id))
    bea.plans.save({**bea.plans.get(plan_id), "alert_signal": "scarf"}, plan_id=plan_id)
    back = pair.send(bea, plan_id)
    (record,) = payload_of(back, amal.sharing.identity())["content"]["records"]
    assert record["version"] == {me: 2, bea_keys.card().fingerprint: 1}

    # The version is inside what is signed: changing it breaks the signature.
    manifest, signature, sections = split(plaintext(first, bea_keys))
    payload = json.loads(manifest)
    payload["content"]["records"][0]["version"] = {me: 99}
    forged = encrypt_to(join(canonical(payload), signature, sections), bea_keys.card())
    assert refusal(bea, forged).reason == "bad_signature"


def test_a_bundle_concurrent_with_local_changes_goes_through_the_conflict_choice(
    pair: Pair,
) -> None:
    """Amal moves the place and shares it again (Bea never gets that bundle);
    Bea, from the first version, changes the signal and shares back. Bea's
    bundle is neither older nor newer than what Amal has: it used to put the
    old place back silently, because it differed from "what was last
    exchanged"."""
    amal, bea = pair.amal, pair.bea
    plan_id, fields = amal.plans.save(
        {"starts_at": STARTS, "location": "the café", "alert_signal": "scarf"}
    )
    receive(bea, pair.send(amal, plan_id))
    amal.plans.save({**fields, "location": "the station"}, plan_id=plan_id)
    pair.send(amal, plan_id)  # lost on the way
    bea.plans.save({**bea.plans.get(plan_id), "alert_signal": "hat off"}, plan_id=plan_id)

    asked: list[list[tuple[str, Any, Any]]] = []

    def choose(clashes: list[tuple[str, Any, Any]]) -> list[str]:
        asked.append(clashes)
        return ["alert_signal"]  # keep my place, take their signal

    assert receive(amal, pair.send(bea, plan_id), choose) is not None
    assert asked and ("location", "the station", "the café") in asked[0]
    got = amal.plans.get(plan_id)
    assert got["location"] == "the station" and got["alert_signal"] == "hat off"


def test_a_bundle_of_the_old_format_is_refused(pair: Pair) -> None:
    """Bundles of format 1 carry no record versions, so they could roll a plan
    back forever: they are refused, with a way forward."""
    plan_id, fields = pair.amal.plans.save({"starts_at": STARTS, "location": "the café"})
    data = format2_seal(
        {"records": [{"kind": "meeting_plan", "id": plan_id, "fields": fields}]},
        sender=pair.amal.sharing.identity(),
        recipients=[pair.bea.sharing.identity().card()],
        created_at=datetime(2026, 3, 4, tzinfo=UTC),
        envelope_version=1,
    )
    refused = refusal(pair.bea, data)
    assert refused.reason == "old_format"
    assert "earlier version of FieldSafe" in describe(refused)


def test_the_version_is_deleted_with_the_record(pair: Pair) -> None:
    """What is kept per shared record (the fields last exchanged and the
    versions seen) goes when the record is deleted (``Database.delete_record``)."""
    amal, bea = pair.amal, pair.bea
    plan_id, _ = amal.plans.save({"starts_at": STARTS, "location": "the café"})
    receive(bea, pair.send(amal, plan_id))
    for vault in (amal, bea):
        with vault.transaction() as db:
            assert vault.delete_record(db, plan_id, kind="meeting_plan")
        with vault.reading() as db:
            left = db.execute(
                "SELECT count(*) FROM exchange_bases WHERE record_id = ?", (plan_id,)
            ).fetchone()[0]
        assert left == 0


# -- 2. the name shown is the name you verified ---------------------------------


def test_the_import_question_names_the_sender_as_verified(pair: Pair, gui_receive) -> None:  # noqa: ANN001
    """Bea's card was verified as "Bea"; she then calls herself "Cem" on her
    own card. The question names her as this vault stored her."""
    plan_id, _ = pair.bea.plans.save({"starts_at": STARTS, "location": "the café"})
    pair.bea.sharing.set_name("Cem")
    shown = gui_receive(pair.amal, pair.send(pair.bea, plan_id))
    assert shown.report is not None and not shown.alerts
    assert "Bea" in shown.questions[0] and "Cem" not in shown.questions[0]


def test_the_cli_names_the_sender_as_verified(run, dirs, tmp_path: Path) -> None:  # noqa: ANN001
    a, b = dirs
    with Vault.open(b, PASS) as bea:
        plan_id, _ = bea.plans.save({"starts_at": STARTS, "location": "the café"})
    assert run(b, "identity", "show", "--name", "Cem")[0] == 0
    assert run(b, "share", plan_id, "--to", "Amal", "--out", tmp_path / "p.age")[0] == 0
    code, out, _ = run(a, "receive", tmp_path / "p.age")
    assert code == 0 and "From Bea (verified)" in out and "Cem" not in out


def test_a_stranger_is_never_shown_under_a_colleagues_name(
    pair: Pair, gui_receive, run, dirs, tmp_path: Path
) -> None:  # noqa: ANN001
    """A passphrase bundle from a stranger whose own card says "Bea"."""
    stranger, _ = Vault.create(tmp_path / "stranger", PASS)
    try:
        stranger.sharing.set_name("Bea")
        plan_id, _ = stranger.plans.save({"starts_at": STARTS, "location": "the café"})
        data = stranger.sharing.seal_record(plan_id, passphrase=BUNDLE_PASS).data
    finally:
        stranger.lock()
    shown = gui_receive(pair.amal, data, passphrase=BUNDLE_PASS)
    assert shown.questions and "NOT verified" in shown.questions[0]
    assert "Bea" not in shown.questions[0]

    (tmp_path / "p.age").write_bytes(data)
    code, out, _ = run(dirs[0], "receive", tmp_path / "p.age", stdin=BUNDLE_PASS + "\n")
    assert code == 0 and "NOT verified" in out and "Bea" not in out


def visible(name: str) -> str:
    """A name as a reader sees it: no invisible characters, no case, no width."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in folded if unicodedata.category(c) != "Cf")


def test_two_colleagues_are_never_shown_under_one_name(run, dirs, tmp_path: Path) -> None:  # noqa: ANN001
    """Cards whose names only differ by invisible characters, width or case
    are the same name (a key change for that colleague, blocked until
    compared again); a lookalike in another script is stored under a
    distinct local name. This vault is named "Amal" itself, so none of
    them is shown under its name either."""
    a, _ = dirs
    cards = {
        "amal": "Amal",
        "zero-width": "Amal\u200b",
        "marks": "\u200eAmal\u200f",
        "fullwidth": "Ａｍａｌ",
        "cyrillic": "\u0410mal",  # a Cyrillic capital A
    }
    for label, name in cards.items():
        (tmp_path / f"{label}.card").write_text(Identity.generate(name).card().to_text())
        assert run(a, "colleague", "add", tmp_path / f"{label}.card")[0] == 0
    code, out, _ = run(a, "colleague", "list")
    names = [line.split("\t")[0] for line in out.splitlines() if line.strip()]
    assert code == 0 and len({visible(n) for n in names}) == len(names), names
    assert sorted(names) == ["Amal (2)", "Bea", "\u0410mal (3)"]
    with Vault.open(a, PASS) as amal:
        amal_entry = amal.sharing.find("AMAL (2)")
        assert amal_entry.changed and not amal_entry.usable  # compare the number again
        assert amal.sharing.find("\u0410mal (3)").card.name == "\u0410mal"


def test_a_passphrase_bundle_naming_no_one_says_so_plainly(
    pair: Pair, gui_receive, run, dirs, tmp_path: Path
) -> None:  # noqa: ANN001
    """A passphrase bundle that does not name this vault as its recipient:
    the person is told it was not addressed to them."""
    plan_id, _ = pair.bea.plans.save({"starts_at": STARTS, "location": "the café"})
    data = pair.bea.sharing.seal_record(plan_id, passphrase=BUNDLE_PASS).data
    shown = gui_receive(pair.amal, data, passphrase=BUNDLE_PASS)
    assert shown.questions and "not addressed to you" in shown.questions[0]

    (tmp_path / "p.age").write_bytes(data)
    code, out, _ = run(dirs[0], "receive", tmp_path / "p.age", stdin=BUNDLE_PASS + "\n")
    assert code == 0 and "not addressed to you" in out


def test_a_passphrase_bundle_addressed_to_someone_else_is_refused(
    pair: Pair, tmp_path: Path, gui_receive
) -> None:  # noqa: ANN001
    cem, _ = Vault.create(tmp_path / "cem", PASS)
    try:
        cem_at_bea, _ = introduce(pair.bea, cem)
        plan_id, _ = pair.bea.plans.save({"starts_at": STARTS, "location": "the café"})
        for_cem = pair.bea.sharing.seal_record(
            plan_id, passphrase=BUNDLE_PASS, recipient=pair.bea.sharing.get(cem_at_bea)
        ).data
        refused = refusal(pair.amal, for_cem, BUNDLE_PASS)
        assert refused.reason == "not_addressed_to_us"
        assert "addressed to someone else" in describe(refused)
        # Cem, whom it names, opens it without a word about the address.
        shown = gui_receive(cem, for_cem, passphrase=BUNDLE_PASS)
        assert shown.report is not None and "not addressed" not in shown.questions[0]
    finally:
        cem.lock()


def test_a_bundle_rewrapped_by_one_of_its_real_recipients_is_refused(
    pair: Pair, tmp_path: Path
) -> None:
    """Bea shares a plan with Cem. Cem decrypts it and wraps Bea's signed
    envelope again, for Amal: with a passphrase it used to be shown to Amal
    as "from Bea (verified)"."""
    cem, _ = Vault.create(tmp_path / "cem", PASS)
    try:
        cem_at_bea, _ = introduce(pair.bea, cem)
        plan_id, _ = pair.bea.plans.save({"starts_at": STARTS, "location": "the café"})
        sealed = pair.bea.sharing.seal_record(plan_id, recipient=pair.bea.sharing.get(cem_at_bea))
        envelope = pyrage.decrypt(sealed.data, [cem.sharing.identity().age_identity()])
        by_passphrase = pyrage.passphrase.encrypt(envelope, BUNDLE_PASS)
        assert refusal(pair.amal, by_passphrase, BUNDLE_PASS).reason == "not_addressed_to_us"
        to_amal = pyrage.encrypt(
            envelope,
            [pyrage.x25519.Recipient.from_str(pair.amal.sharing.identity().card().age_recipient)],
        )
        assert refusal(pair.amal, to_amal).reason == "not_addressed_to_us"
        assert pair.amal.get_record(plan_id) is None  # nothing was written
    finally:
        cem.lock()


# -- 3. received photos lose their location -------------------------------------


def test_received_attachments_lose_location_and_camera_metadata(pair: Pair) -> None:
    """Amal kept a photo's metadata when attaching it (her choice); the copy
    Bea receives has none."""
    amal, bea = pair.amal, pair.bea
    log = amal.logs.save(occurred_at=WHEN, title="paper notes")
    photo = amal.attachments.add(
        log.id, prepare_attachment(jpeg_with_gps(), name="p.jpg", strip_metadata=False)
    )
    assert has_gps(amal.attachments.data(photo.id))
    assert receive(bea, pair.send(amal, log.id)).added == 1
    (got,) = bea.attachments.of(log.id)
    data = bea.attachments.data(got.id)
    assert not has_gps(data) and not has_canary(data) and got.metadata_removed
    assert data.startswith(b"\xff\xd8")


def test_imported_attachments_lose_location_and_camera_metadata(
    vault: Vault, tmp_path: Path
) -> None:
    from fieldsafe.vault.transfer import import_file

    doc = {
        "format": "fieldsafe-interchange",
        "version": 2,
        "records": [
            {
                "kind": "outreach_log",
                "id": "0b7c1f0e-5b7e-4a53-9a3e-0f6f2a1b9c01",
                "fields": {"occurred_at": "2026-03-04T17:30:00Z", "title": "x"},
                "attachments": [
                    {
                        "id": "1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12",
                        "name": "p.jpg",
                        "media_type": "image/jpeg",
                        "added_at": "2026-03-04T18:00:00Z",
                        "data": base64.b64encode(jpeg_with_gps()).decode(),
                    }
                ],
            }
        ],
    }
    path = tmp_path / "in.json"
    path.write_text(json.dumps(doc))
    assert import_file(vault, path).added == 1
    data = vault.attachments.data("1c8d2a1f-6c8f-4b64-8b4f-1a7a3b2cad12")
    assert not has_gps(data) and CANARY.encode() not in data
    again = import_file(vault, path)  # the same file twice: still harmless
    assert (again.added, again.updated, again.unchanged) == (0, 0, 1)


def test_an_old_export_never_rolls_a_plan_back(vault: Vault, tmp_path: Path) -> None:
    """Found in review: an interchange import of an older export overwrote a
    plan whose place had moved since. The vault's later version stays."""
    from fieldsafe.core.interchange import read_interchange

    plan_id, _ = vault.plans.save({"starts_at": STARTS, "location": "Old cafe"})
    old_export = tmp_path / "old.json"
    vault.export_file(old_export)
    vault.clock = _Later(vault.clock, timedelta(minutes=5))  # type: ignore[assignment]
    vault.plans.save({"starts_at": STARTS, "location": "New place, moved"}, plan_id=plan_id)
    result = vault.import_records(read_interchange(old_export))
    assert (result.kept_newer, result.updated) == (1, 0)
    assert vault.plans.get(plan_id)["location"] == "New place, moved"


class _Later:
    """The vault's clock, moved on (so the edit is later than the export)."""

    def __init__(self, clock: object, delta: timedelta) -> None:
        self._clock, self._delta = clock, delta

    def now(self) -> datetime:
        return self._clock.now() + self._delta  # type: ignore[attr-defined, no-any-return]


def test_a_merged_bundle_is_written_even_when_my_copy_is_later(pair: Pair) -> None:
    """The rule that keeps a later copy against an old export must not touch
    a received bundle: it is ordered by its versions and merged first, so the
    merge is written even when the local edit happened after theirs."""
    amal, bea = pair.amal, pair.bea
    plan_id, fields = amal.plans.save(
        {"starts_at": STARTS, "location": "the café", "alert_signal": "scarf"}
    )
    receive(bea, pair.send(amal, plan_id))
    bea.plans.save({**bea.plans.get(plan_id), "alert_signal": "hat off"}, plan_id=plan_id)
    data = pair.send(bea, plan_id)
    amal.clock = _Later(amal.clock, timedelta(hours=1))  # type: ignore[assignment]
    amal.plans.save({**fields, "location": "the station"}, plan_id=plan_id)  # later than Bea's
    assert receive(amal, data, lambda clashes: ["alert_signal"]) is not None
    got = amal.plans.get(plan_id)
    assert got["location"] == "the station" and got["alert_signal"] == "hat off"
