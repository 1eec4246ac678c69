"""The team folder carried by two real Syncthing instances (issue 16).

Amal's vault and Bea's (a safety lead) each point their team at their own
directory; Syncthing, started here on 127.0.0.1 with a written config (no
discovery, relays, NAT traversal or reporting: tests/team/syncthing.py),
carries one to the other. Amal's incident reaches Bea's vault, Bea's reply
comes back, and a canary from the records never appears in a file of either
synced folder, nor in Syncthing's own homes. Skipped where ``syncthing`` is
not installed, except in CI (``CI=true``), which installs it (.ci/run).
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.error import HTTPError

import pytest

from fieldsafe.exchange import team_folder
from fieldsafe.vault import Vault
from fieldsafe.vault.teams import LEAD, MEMBER
from tests.exchange.pair import PEER_PASS, introduce
from tests.team.syncthing import (
    FOLDER_ID,
    GUI_PORTS,
    KILL_SECONDS,
    STOP_SECONDS,
    SYNC_PORTS,
    Deadline,
    Pair,
    group_alive,
    is_temporary,
    on_loopback,
    sockets,
    syncthing_pair,
    why_unavailable,
)
from tests.team.world import Person, make_team

pytestmark = pytest.mark.slow

#: the whole test, Syncthing's start included (about 7 s here)
TEST_SECONDS = 120.0
#: stopping both instances and removing their directories
TEARDOWN_SECONDS = 2 * (STOP_SECONDS + KILL_SECONDS) + 10


@pytest.fixture
def synced(tmp_path: Path) -> Iterator[Pair]:
    reason = why_unavailable()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true" and "not installed" in reason:
            pytest.fail(f"CI must run the Syncthing test: {reason}")
        pytest.skip(reason)
    base = tmp_path / "syncthing"
    with syncthing_pair(base, deadline=Deadline(TEST_SECONDS)) as pair:
        yield pair
        stopping = time.monotonic()
    took = time.monotonic() - stopping
    for instance in pair.both:
        assert instance.process is not None and instance.process.poll() is not None
        assert not group_alive(instance.process.pid), "no Syncthing process is left"
    assert not base.exists(), "the Syncthing homes and folders are removed"
    assert took < TEARDOWN_SECONDS, f"stopping Syncthing took {took:.1f} s"


def holding(canary: str, *roots: Path) -> list[Path]:
    """Every file under ``roots`` (hidden ones, .stfolder and rejected/
    included) whose name or bytes hold ``canary`` in UTF-8 or UTF-16-LE."""
    needles = (canary.encode("utf-8"), canary.encode("utf-16-le"))
    found = []
    for root in roots:
        for directory, _dirs, files in os.walk(root):
            for name in files:
                path = Path(directory, name)
                try:
                    data = path.read_bytes()
                except FileNotFoundError:
                    continue  # a Syncthing temporary, gone meanwhile
                if canary in str(path) or any(n in data for n in needles):
                    found.append(path)
    return found


def temporaries(root: Path) -> list[Path]:
    return [
        Path(d, n) for d, _dirs, files in os.walk(root) for n in (*_dirs, *files) if is_temporary(n)
    ]


def test_syncthing_runs_on_loopback_only_with_the_written_config(synced: Pair) -> None:
    for me, other, port, gui in (
        (synced.a, synced.b, SYNC_PORTS[0], GUI_PORTS[0]),
        (synced.b, synced.a, SYNC_PORTS[1], GUI_PORTS[1]),
    ):
        config = me.rest("/rest/config")
        options = config["options"]
        assert options["listenAddresses"] == [f"tcp://127.0.0.1:{port}"]
        assert options["globalAnnounceEnabled"] is False
        assert options["localAnnounceEnabled"] is False
        assert options["relaysEnabled"] is False
        assert options["natEnabled"] is False
        assert options["urAccepted"] == -1
        assert options["crashReportingEnabled"] is False
        assert options["autoUpgradeIntervalH"] == 0
        assert config["gui"]["address"] == f"127.0.0.1:{gui}"
        (peer,) = [d for d in config["devices"] if d["deviceID"] == other.device_id]
        assert peer["addresses"] == [other.address]
        (folder,) = config["folders"]
        assert (folder["id"], folder["type"], folder["path"]) == (
            FOLDER_ID,
            "sendreceive",
            str(me.folder),
        )
        assert me.process is not None
        held = sockets(me.process.pid)
        assert {("tcp", "127.0.0.1", port), ("tcp", "127.0.0.1", gui)} <= set(held)
        assert [s for s in held if not on_loopback(s[1])] == []
        assert [s for s in held if s[0].startswith("udp")] == []  # no discovery, no QUIC


def test_a_bundle_crosses_syncthing_and_the_reply_comes_back(
    vault: Vault, synced: Pair, tmp_path: Path
) -> None:
    canary = f"canary {secrets.token_hex(12)}"
    reply_canary = f"reply canary {secrets.token_hex(12)}"
    # the search below finds a canary where there is one
    control = tmp_path / "control.txt"
    control.write_bytes(f"x{reply_canary}x".encode("utf-16-le"))
    assert holding(reply_canary, tmp_path) == [control]

    amal = Person("Amal", vault)
    bea_vault, _code = Vault.create(tmp_path / "vault-bea", PEER_PASS)
    try:
        amal.vault.sharing.set_name("Amal")
        bea_vault.sharing.set_name("Bea")
        bea = Person("Bea", bea_vault)
        amal.entries["Bea"], bea.entries["Amal"] = introduce(amal.vault, bea.vault)
        roles = {"Amal": MEMBER, "Bea": LEAD}
        make_team(amal, synced.a.folder, roles)
        make_team(bea, synced.b.folder, roles)
        watched = (synced.a.folder, synced.b.folder, synced.a.home, synced.b.home)

        # A file under Syncthing's temporary name (as team_folder.put writes
        # first) stays where it is: Syncthing never scans or carries one.
        decoy_dir = team_folder.inbox(synced.a.folder, bea.fingerprint)
        decoy_dir.mkdir(parents=True)
        decoy = decoy_dir / f".syncthing.{secrets.token_hex(8)}.tmp"
        decoy.write_bytes(b"a partial file")

        incident = amal.vault.incidents.save(
            {
                "occurred_at": "2026-03-01T21:30:00Z",
                "title": canary,
                "type": "surveillance_or_following",
                "what_happened": f"{canary}, followed from the harbour to the station",
            }
        ).id
        sent = amal.vault.teams.send_to_leads([incident])
        assert [s.recipient.name for s in sent.sent] == ["Bea"]
        assert sent.sent[0].path.parent == decoy_dir
        assert holding(canary, *watched) == []

        synced.wait(
            "Amal's bundle in Bea's folder",
            lambda: bool(team_folder.waiting(synced.b.folder, bea.fingerprint)),
        )
        assert holding(canary, *watched) == []
        (arrived,) = team_folder.waiting(synced.b.folder, bea.fingerprint)
        assert arrived.name == sent.sent[0].path.name
        assert arrived.path.read_bytes() == sent.sent[0].path.read_bytes()

        got = bea.vault.teams.sync()
        assert [(a.sender, a.kind, a.updated) for a in got.arrivals] == [
            ("Amal", "incident", False)
        ]
        assert got.refused == [] and got.waiting == []
        assert bea.vault.incidents.get(incident).fields["title"] == canary
        # taken from Bea's inbox, and so from Amal's copy of the folder too
        synced.wait(
            "the imported bundle gone from Amal's folder",
            lambda: not team_folder.waiting(synced.a.folder, bea.fingerprint),
        )
        synced.settle()
        assert decoy.exists()  # still in Amal's folder ...
        assert temporaries(synced.b.folder) == []  # ... and never in Bea's
        with pytest.raises(HTTPError) as missing:
            synced.a.rest(
                "/rest/db/file",
                folder=FOLDER_ID,
                file=decoy.relative_to(synced.a.folder).as_posix(),
            )
        assert missing.value.code == 404  # not in Syncthing's index at all
        decoy.unlink()

        # Bea, the safety lead, reviews the measures and sends it back
        fields = dict(bea.vault.incidents.get(incident).fields)
        fields.update(measures=reply_canary, status="measures_reviewed")
        bea.vault.incidents.save(fields, incident_id=incident)
        back = bea.vault.teams.send([incident], [bea.vault.sharing.get(bea.entry("Amal"))])
        assert [s.recipient.name for s in back.sent] == ["Amal"]
        assert holding(canary, *watched) == holding(reply_canary, *watched) == []

        synced.wait(
            "Bea's reply in Amal's folder",
            lambda: bool(team_folder.waiting(synced.a.folder, amal.fingerprint)),
        )
        assert holding(canary, *watched) == holding(reply_canary, *watched) == []
        reply = amal.vault.teams.sync()
        assert [(a.sender, a.kind, a.updated) for a in reply.arrivals] == [
            ("Bea", "incident", True)
        ]
        replied = amal.vault.incidents.get(incident).fields
        assert (replied["measures"], replied["status"]) == (reply_canary, "measures_reviewed")

        synced.wait(
            "the reply gone from Bea's folder",
            lambda: not team_folder.waiting(synced.b.folder, amal.fingerprint),
        )
        synced.settle()
        for folder in (synced.a.folder, synced.b.folder):
            for person in (amal, bea):
                assert team_folder.waiting(folder, person.fingerprint) == []
                assert team_folder.rejected(folder, person.fingerprint) == []
            assert temporaries(folder) == []
        assert holding(canary, *watched) == holding(reply_canary, *watched) == []
        assert synced.deadline.left() > 0
    finally:
        bea_vault.lock()
