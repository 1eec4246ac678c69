"""vault.logs.safety_observations: the latest logs with safety observations
from the same setting, area or person code, for the plan wizard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fieldsafe.vault import Vault

START = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)


def test_the_latest_observations_for_the_same_setting_area_or_person(vault: Vault) -> None:
    def log(days: int, **fields: object) -> str:
        return vault.logs.save(occurred_at=START - timedelta(days=days), **fields).id

    street = log(3, setting="street", safety="A car followed us.")
    area = log(2, area="  north   Harbour ", safety="Someone photographed the door.")
    code = log(1, person_codes=["b 7"], safety="B7 was told not to talk to us.")
    log(0, setting="street")  # no safety observation: never listed
    log(4, setting="online", area="south", safety="An account copied our messages.")

    def ids(**where: object) -> list[str]:
        return [found.id for found in vault.logs.safety_observations(**where)]  # type: ignore[arg-type]

    assert ids(setting="street") == [street]
    assert ids(area="North harbour") == [area]
    assert ids(person_codes=["B 7", " "]) == [code]
    assert ids(setting="street", area="north harbour", person_codes=["B 7"]) == [code, area, street]
    assert ids(setting="street", area="north harbour", person_codes=["B 7"], limit=2) == [
        code,
        area,
    ]
    assert ids() == []  # nothing to compare with: nothing read
    (found,) = vault.logs.safety_observations(setting="street")
    assert found.safety == "A car followed us."
