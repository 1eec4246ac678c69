"""``team_inbox_scan`` (issue 16): a safety lead's vault reading a team
folder's inbox at unlock. A simulated team of :data:`MEMBERS` verified
colleagues has left :data:`BUNDLES` bundles in the lead's inbox; the figure
is ``vault.teams.sync()`` over all of them (list, read, decrypt, verify,
check, import, remove), the floor is reading every one of the same files
and decrypting it with the lead's age identity (pyrage), in the same order,
nothing else. Target: ≤ 2×.

The data (:func:`team_inbox`) is seeded and built once into
``benchmarks/.cache``: the lead's vault (a demo vault of
:data:`LEAD_LOGS` logs, the members added as verified colleagues and put in
one team) and a pristine team folder. The members are exchange
``Identity`` objects; their bundles are sealed as ``vault.teams.send``
seals them (one record a bundle, padded, to the lead and the sender) and
left with ``team_folder.put``: most are new incidents (made as the demo
register makes them), the rest meeting plans and their check-in updates
(a new plan, a changed check-in time, "I'm back safely"), each a later
version than the one before, so the lead's vault imports every bundle: new
records and updates, no clash, no refusal. Every bundle's modification
time is set in sending order, so the inbox is read in that order in every
copy. Each repetition works on fresh copies of the vault and the folder,
made outside the timing (the sync removes what it imports).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import sys
import time
import uuid
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import PASSPHRASE, SEED, UNTIL, alternate, figure
from fieldsafe.vault.keys import SecretBytes

#: the team: verified colleagues of the lead, each a member
MEMBERS = 50
#: bundles waiting in the lead's inbox
BUNDLES = 10_000
#: logs in the lead's own vault (the smallest demo vault's size)
LEAD_LOGS = 1000
#: of every 10 bundles, how many carry a meeting plan or its update (the rest: incidents)
PLAN_SHARE = 3
#: meeting plans each member shares (each then updated until its bundles are spent)
PLANS_PER_MEMBER = 6
#: what the data is made by: raise it when the generator changes (a new cache entry)
GENERATOR = 1
TEAM_NAME = "North outreach"

perf = time.perf_counter


@dataclass(frozen=True)
class TeamInbox:
    """The cached data: the lead's vault, the pristine folder, and what a
    benchmark needs to know about them."""

    vault: Path
    folder: Path
    raw_key: bytes
    team_id: str
    lead_fingerprint: str
    age_secret: str
    #: the inbox's bundle names in the order the app reads them
    order: tuple[str, ...]
    records: int  # records the bundles carry (each imported once or updated)
    new_records: int  # distinct records among them
    members: int

    @property
    def inbox(self) -> Path:
        return self.folder / "inbox" / self.lead_fingerprint


def _tag(members: int, bundles: int) -> str:
    from benchmarks.data import _tag as vault_tag

    return f"team-{members}x{bundles}-gen{GENERATOR}-{vault_tag()}"


def _say(text: str) -> None:
    print(f"  {text}", file=sys.stderr, flush=True)


def team_inbox(cache: Path, members: int = MEMBERS, bundles: int = BUNDLES) -> TeamInbox:
    """The lead's vault and the team folder, built once (seeded) and cached
    under a name holding what they depend on."""
    from benchmarks.data import raw_key_of, warm

    directory = cache / _tag(members, bundles)
    meta_path = directory / "meta.json"
    if not meta_path.exists():
        part = directory.with_name(directory.name + ".building")
        shutil.rmtree(part, ignore_errors=True)
        part.mkdir(parents=True)
        start = time.perf_counter()
        _build(part, members, bundles)
        shutil.rmtree(directory, ignore_errors=True)
        part.rename(directory)
        _say(
            f"built a team inbox of {bundles} bundles from {members} members"
            f" in {time.perf_counter() - start:.1f} s"
        )
    meta = json.loads(meta_path.read_text())
    vault = directory / "vault"
    warm(vault)
    return TeamInbox(
        vault=vault,
        folder=directory / "folder",
        raw_key=raw_key_of(vault),
        team_id=meta["team_id"],
        lead_fingerprint=meta["lead_fingerprint"],
        age_secret=meta["age_secret"],
        order=tuple(meta["order"]),
        records=meta["records"],
        new_records=meta["new_records"],
        members=meta["members"],
    )


class _Member:
    """A simulated colleague: an identity, and the records they share."""

    def __init__(self, number: int, rng: random.Random) -> None:
        self.number = number
        self.identity = _identity(f"Member {number + 1:02d}", rng)
        self.fingerprint = self.identity.card().fingerprint
        self.rng = random.Random(f"{SEED}-member-{number}")
        self.incidents = self._incidents()
        self.plans: list[dict[str, Any]] = []  # [{"record", "version", "updates"}]

    def _incidents(self) -> Any:
        from fieldsafe.core.demo_safety import demo_safety_records
        from fieldsafe.core.records import INCIDENT

        made = demo_safety_records(seed=f"{SEED}-member-{self.number}", until=UNTIL, incidents=400)
        for record in made:
            if record.kind == INCIDENT.name:
                fields = dict(record.fields)
                fields.pop("assessments", None)  # the member's own assessments, not sent
                yield replace(record, fields=INCIDENT.validate(fields))

    def next_incident(self) -> Any:
        from fieldsafe.core.merge import next_version

        record = next(self.incidents)
        return replace(record, version=next_version({}, self.fingerprint))

    def next_plan(self, when: datetime) -> Any:
        """A new meeting plan, or the next update of one shared before."""
        from fieldsafe.core.merge import next_version

        open_plans = [p for p in self.plans if p["updates"] < 2]
        if len(self.plans) < PLANS_PER_MEMBER and (not open_plans or self.rng.random() < 0.3):
            plan = {"record": _new_plan(self.rng, when), "version": {}, "updates": -1}
            self.plans.append(plan)
        else:
            plan = self.rng.choice(open_plans or self.plans)
            plan["record"] = _plan_update(plan["record"], plan["updates"], when)
        plan["updates"] += 1
        plan["version"] = next_version(plan["version"], self.fingerprint)
        return replace(plan["record"], version=plan["version"])


def _identity(name: str, rng: random.Random) -> Any:
    """An identity whose age and Ed25519 keys come from ``rng`` (seeded)."""
    from fieldsafe.exchange.identity import Identity

    age = _bech32("age-secret-key-", rng.randbytes(32)).upper()
    return Identity(name=name, age_secret=age, sign_secret=rng.randbytes(32))


_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32(hrp: str, data: bytes) -> str:
    """Bech32 (BIP 173) of ``data`` under ``hrp``, as age writes its keys."""
    bits, value, words = 0, 0, []
    for byte in data:
        value = (value << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            words.append((value >> bits) & 31)
    if bits:
        words.append((value << (5 - bits)) & 31)

    def polymod(values: list[int]) -> int:
        gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
        chk = 1
        for v in values:
            top = chk >> 25
            chk = (chk & 0x1FFFFFF) << 5 ^ v
            for i in range(5):
                chk ^= gen[i] if (top >> i) & 1 else 0
        return chk

    expanded = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    mod = polymod(expanded + words + [0] * 6) ^ 1
    checksum = [(mod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH32[w] for w in words + checksum)


_PLACES = ("Station café", "North district clinic", "Market square bench", "Riverside library")
_PURPOSES = (
    "Follow-up with P-{n}: documents and the next appointment.",
    "First meeting with P-{n}, with a colleague from the partner organisation.",
    "Accompany P-{n} to the legal advice session.",
)


def _new_plan(rng: random.Random, when: datetime) -> Any:
    from fieldsafe.core.clock import to_iso
    from fieldsafe.core.interchange import InterchangeRecord
    from fieldsafe.core.records import MEETING_PLAN, RecordId

    starts = when + timedelta(days=1 + int(rng.random() * 10), hours=int(rng.random() * 8))
    place = _PLACES[int(rng.random() * len(_PLACES))]
    fields = MEETING_PLAN.validate(
        {
            "title": f"Meeting at {place}",
            "status": "ready",
            "purpose": _PURPOSES[int(rng.random() * len(_PURPOSES))].format(
                n=1000 + int(rng.random() * 9000)
            ),
            "location": place,
            "setting": "other",
            "threats": "Someone from the old workplace may pass by.",
            "alert_signal": "Phone face down on the table",
            "starts_at": to_iso(starts),
            "ends_at": to_iso(starts + timedelta(hours=1)),
            "check_in_at": to_iso(starts + timedelta(hours=1, minutes=30)),
        }
    )
    record_id = RecordId(str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    return InterchangeRecord(
        kind=MEETING_PLAN.name,
        id=record_id,
        fields=fields,
        created_at=to_iso(when),
        updated_at=to_iso(when),
    )


def _plan_update(record: Any, updates: int, when: datetime) -> Any:
    """The next state of a plan: the check-in moved, then "I'm back safely"."""
    from fieldsafe.core.clock import from_iso, to_iso
    from fieldsafe.core.records import MEETING_PLAN

    fields = dict(record.fields)
    check_in = from_iso(fields["check_in_at"])
    if updates == 0:
        fields["check_in_at"] = to_iso(check_in + timedelta(minutes=30))
    else:
        fields["checked_in_at"] = to_iso(check_in - timedelta(minutes=5))
        fields["status"] = "done"
    return replace(record, fields=MEETING_PLAN.validate(fields), updated_at=to_iso(when))


def _build(part: Path, members: int, bundles: int) -> None:
    from fieldsafe.exchange import team_folder
    from fieldsafe.exchange.bundle import seal
    from fieldsafe.vault.store import create_demo_vault

    rng = random.Random(f"{SEED}-team-inbox")
    folder = part / "folder"
    folder.mkdir()
    vault, _ = create_demo_vault(
        part / "vault", PASSPHRASE, records=LEAD_LOGS, seed=SEED, until=UNTIL
    )
    try:
        vault.sharing.set_name("Safety lead")
        lead = vault.sharing.identity()
        team = vault.teams.create(TEAM_NAME, folder=folder)
        people = [_Member(n, rng) for n in range(members)]
        for person in people:
            entry = vault.sharing.add_card(person.identity.card())
            vault.sharing.verify(entry.id)
            vault.teams.add_member(team.id, entry.id)
        lead_card = lead.card()
        start = UNTIL - timedelta(days=30)
        order: list[str] = []
        seen: set[str] = set()
        for n in range(bundles):
            person = people[int(rng.random() * members)]
            when = start + timedelta(seconds=n * 30)
            if int(rng.random() * 10) < PLAN_SHARE:
                record = person.next_plan(when)
            else:
                record = person.next_incident()
            seen.add(record.id)
            data = seal(
                {"records": [record.as_json()]},
                sender=person.identity,
                recipients=[lead_card],
                created_at=when,
                bundle_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                padded=True,
            )
            path = team_folder.put(folder, lead_card.fingerprint, data)
            stamp = int(when.timestamp()) * 1_000_000_000
            os.utime(path, ns=(stamp, stamp))  # read in sending order, in every copy
            order.append(path.name)
        vault.wait_for_upkeep(timeout=3600)
        meta = {
            "team_id": team.id,
            "lead_fingerprint": lead_card.fingerprint,
            "age_secret": lead.age_secret,
            "order": order,
            "records": bundles,
            "new_records": len(seen),
            "members": members,
            "built_at": datetime.now(UTC).isoformat(),
        }
    finally:
        vault.lock()
    (part / "meta.json").write_text(json.dumps(meta) + "\n")


# -- the figure -----------------------------------------------------------------------


def bench_team_inbox_scan(data: TeamInbox, work: Path, reps: int) -> dict[str, Any]:
    """``vault.teams.sync()`` over the inbox against reading and decrypting
    the same files (see the module docstring); alternating which goes
    first. Each repetition copies the vault and the folder afresh (untimed);
    the app's result is checked: every bundle imported, none left.

    Reported beside the figure, not as its floor: ``cpu_s`` (the CPU time
    of the thread running each side, medians: less moved by other work on
    a shared machine) and ``floor_with_signature_s``, each repetition's time
    to read, decrypt *and* check the Ed25519 signature of every bundle
    (the signer's key looked up beforehand): what a bundle's checks need at
    the least, before anything is parsed or stored."""
    import pyrage

    from fieldsafe.vault.store import Vault

    age = pyrage.x25519.Identity.from_str(data.age_secret)
    signers = _signers(data, age)
    pairs: list[tuple[float, float]] = []
    cpu: list[tuple[float, float]] = []
    signed: list[float] = []
    copies: list[float] = []
    for i in range(reps):
        started = perf()
        vault_dir = _copy(data.vault, work / "team-vault")
        app_folder = _copy(data.folder, work / "team-folder-app")
        floor_folder = _copy(data.folder, work / "team-folder-floor")
        copies.append(perf() - started)
        floor_inbox = floor_folder / "inbox" / data.lead_fingerprint
        paths = [floor_inbox / name for name in data.order]
        vault = Vault.open_with_key(vault_dir, SecretBytes(data.raw_key))
        try:
            vault.wait_checked()
            vault.teams.set_folder(data.team_id, app_folder)
            vault.wait_for_upkeep(600)
            times: dict[str, float] = {}

            def run_app(
                vault: Vault = vault, app_folder: Path = app_folder, times: dict = times
            ) -> float:
                start, thread = perf(), time.thread_time()
                result = vault.teams.sync()
                elapsed = perf() - start
                times["app"] = time.thread_time() - thread
                _check(result, data, app_folder)
                return elapsed

            def run_floor(paths: list[Path] = paths, times: dict = times) -> float:
                start, thread = perf(), time.thread_time()
                for path in paths:
                    with open(path, "rb") as fh:
                        pyrage.decrypt(fh.read(), [age])
                elapsed = perf() - start
                times["floor"] = time.thread_time() - thread
                return elapsed

            pairs.append(alternate(i, run_app, run_floor))
            cpu.append((times["app"], times["floor"]))
            vault.wait_for_upkeep(600)
        finally:
            vault.lock()
        signed.append(_read_decrypt_verify(paths, age, signers))
        for path in (vault_dir, app_folder, floor_folder):
            shutil.rmtree(path, ignore_errors=True)
    return figure(
        "team_inbox_scan",
        pairs,
        "s",
        bundles=len(data.order),
        members=data.members,
        cpu_s={
            "value": _sig(statistics.median(a for a, _ in cpu)),
            "floor": _sig(statistics.median(f for _, f in cpu)),
            "ratio": _sig(statistics.median(a / f for a, f in cpu if f)),
        },
        floor_with_signature_s=_sig(statistics.median(signed)),
        copy_s=_sig(min(copies)),
    )


def _sig(x: float) -> float:
    return float(f"{x:.4g}")


def _signers(data: TeamInbox, age: Any) -> list[Any]:
    """Each bundle's signer's Ed25519 public key, in order (read untimed)."""
    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from fieldsafe.exchange import envelope
    from fieldsafe.exchange.identity import Card

    keys = []
    for name in data.order:
        plain = pyrage.decrypt((data.inbox / name).read_bytes(), [age])
        _, manifest, _ = envelope.unpack(plain, max_manifest=len(plain))
        card = Card.from_text(json.dumps(json.loads(manifest)["signer"]))
        keys.append(Ed25519PublicKey.from_public_bytes(card.sign_key))
    return keys


def _read_decrypt_verify(paths: list[Path], age: Any, signers: list[Any]) -> float:
    import pyrage

    from fieldsafe.exchange import envelope

    start = perf()
    for path, key in zip(paths, signers, strict=True):
        with open(path, "rb") as fh:
            plain = pyrage.decrypt(fh.read(), [age])
        _, manifest, signature = envelope.unpack(plain, max_manifest=len(plain))
        key.verify(signature, manifest)
    return perf() - start


def _check(result: Any, data: TeamInbox, folder: Path) -> None:
    """The sync did the whole work: every bundle imported, none refused,
    none waiting, the inbox empty."""
    from fieldsafe.exchange import team_folder

    problems = []
    if result.refused or result.waiting or result.missing:
        reasons = sorted({r.reason for r in result.refused})
        problems.append(
            f"{len(result.refused)} refused {reasons}, {len(result.waiting)} waiting,"
            f" {len(result.missing)} folders missing"
        )
    if len(result.arrivals) != data.records:
        problems.append(f"{len(result.arrivals)} records arrived of {data.records}")
    left = team_folder.waiting(folder, data.lead_fingerprint)
    if left:
        problems.append(f"{len(left)} bundles left in the inbox")
    if problems:
        raise RuntimeError("team_inbox_scan: " + "; ".join(problems))


def _copy(source: Path, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)  # copy2: modification times kept
    return target
