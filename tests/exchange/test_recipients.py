"""One bundle for several people (age supports several recipients): each
of them opens it, anyone else cannot, and the signed payload names them all."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from fieldsafe.exchange.bundle import BadBundle, Colleague, open_bundle, seal
from fieldsafe.exchange.identity import Identity
from tests.exchange.envelope_tools import manifest_of

WHEN = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
A, B, C, D = (Identity.generate(n) for n in ("Amal", "Bea", "Cem", "Dan"))
CONTENT = {"records": [{"kind": "incident", "id": "x"}, {"kind": "incident", "id": "y"}]}
AMAL = {A.card().fingerprint: Colleague(A.card(), verified=True)}


def test_every_recipient_opens_it_and_no_one_else() -> None:
    data = seal(CONTENT, sender=A, recipients=[B.card(), C.card()], created_at=WHEN)
    for me in (B, C):
        opened = open_bundle(data, me=me, colleagues=AMAL)
        assert opened.content == CONTENT and opened.addressed_to_me and opened.sender_verified
    assert open_bundle(data, me=A, colleagues={}).content == CONTENT  # the sender's own copy
    with pytest.raises(BadBundle) as refused:
        open_bundle(data, me=D, colleagues=AMAL)
    assert refused.value.reason == "not_for_us"


def test_the_signed_recipients_name_each_of_them_and_the_sender() -> None:
    data = seal(CONTENT, sender=A, recipients=[C.card(), B.card(), C.card()], created_at=WHEN)
    payload = manifest_of(data, B)
    expected = sorted(p.card().fingerprint for p in (A, B, C))
    assert payload["recipients"] == expected
    assert data.count(b"-> X25519 ") == 3  # one age stanza each: Bea, Cem and Amal
