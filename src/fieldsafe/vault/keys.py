"""The key file: a random database key wrapped in Argon2id-protected key slots.

Envelope design (as LUKS and Tella Desktop): the SQLCipher database is
encrypted with 32 random bytes used as a *raw* key. That key never depends on
the passphrase; each *slot* in ``vault.key`` wraps it with AES-256-GCM under a
key derived from a secret (the passphrase, or the recovery code shown once at
creation) by Argon2id. Changing the passphrase re-wraps one slot: instant and
atomic, the database is untouched.

File format (UTF-8 JSON, at most :data:`MAX_KEY_FILE_BYTES`)::

    {"format": "fieldsafe-keyfile", "version": 1,
     "slots": [{"kind": "passphrase" | "recovery",
                "kdf": {"name": "argon2id", "memory_kib": M, "iterations": T, "lanes": P},
                "salt": b64, "nonce": b64, "wrapped": b64}, ...]}

Each slot's kind, KDF parameters and salt are authenticated as GCM associated
data, so a tampered parameter fails like a wrong passphrase. Parameters below
the policy floors or above its ceilings are refused *before* any derivation,
so a hostile file cannot make us spend minutes or gigabytes.

Limits we do not hide: Python cannot guarantee that no copy of a secret
survives in memory (immutable ``str``/``bytes`` made by libraries). We keep our
own copies in ``bytearray``s and zero them on lock; that is all we promise.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from fieldsafe.atomicfile import write_atomic
from fieldsafe.errors import KeyFileDamaged, KeyFileMissing, WrongPassphrase

FORMAT = "fieldsafe-keyfile"
VERSION = 1
DB_KEY_BYTES = 32
MAX_KEY_FILE_BYTES = 64 * 1024
SLOT_PASSPHRASE = "passphrase"
SLOT_RECOVERY = "recovery"
_SLOT_KINDS = frozenset({SLOT_PASSPHRASE, SLOT_RECOVERY})
_AAD_PREFIX = b"fieldsafe-keyslot-v1\x00"

# Crockford's base32 alphabet: no I, L, O, U, so codes survive handwriting.
_RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 5
RECOVERY_GROUP_LEN = 5  # 25 symbols x 5 bits = 125 bits of entropy


class SecretBytes:
    """A mutable secret buffer that can be wiped and never prints itself."""

    __slots__ = ("_buf",)

    def __init__(self, data: bytes | bytearray) -> None:
        self._buf = bytearray(data)

    def __repr__(self) -> str:
        return "<SecretBytes redacted>"

    __str__ = __repr__

    def __len__(self) -> int:
        return len(self._buf)

    @property
    def wiped(self) -> bool:
        return not any(self._buf)

    def view(self) -> bytearray:
        """The live buffer (do not keep references beyond the call)."""
        return self._buf

    def hex(self) -> str:
        return self._buf.hex()

    def wipe(self) -> None:
        for i in range(len(self._buf)):
            self._buf[i] = 0


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, parallel lanes."""

    memory_kib: int
    iterations: int
    lanes: int

    @property
    def cost(self) -> int:
        """Memory x passes (KiB): what one derivation makes an attacker pay."""
        return self.memory_kib * self.iterations

    def as_json(self) -> dict[str, object]:
        return {
            "name": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


@dataclass(frozen=True)
class KdfPolicy:
    """What key files may ask for, and what new slots get.

    * Floors, enforced when opening: ``min_memory_kib`` and ``min_iterations``
      (64 MiB and 3 passes: vaults made before the creation floor rose).
    * The creation floor: a new slot never gets less than
      ``create_memory_kib`` x ``min_iterations``, whatever the machine
      measures; calibration only raises it towards ``target_seconds``.
    * Ceilings, the hostile-file guard: per slot ``max_memory_kib``,
      ``max_iterations`` and ``max_slot_cost`` (memory x passes, in KiB), and
      ``max_unlock_cost`` for all the slots one unlock may try. A file asking
      for more is damaged, refused before any derivation. They sit close to
      what calibration can choose (at most ``calibration_max_memory_kib`` x
      ``calibration_max_iterations``), so a hostile file costs at most a few
      seconds."""

    min_memory_kib: int = 64 * 1024
    min_iterations: int = 3
    lanes: int = 4
    create_memory_kib: int | None = None  # None: the opening floor
    max_memory_kib: int = 512 * 1024
    max_iterations: int = 32
    max_lanes: int = 16
    max_slot_cost: int = 256 * 1024 * 16  # 4 GiB-passes: vaults calibrated before the cap
    max_unlock_cost: int = 3 * 512 * 1024 * 4  # 6 GiB-passes for every slot together
    target_seconds: tuple[float, float] = (0.5, 1.0)
    calibration_max_memory_kib: int = 256 * 1024
    calibration_max_iterations: int = 8
    calibrate: bool = True

    @property
    def create_floor(self) -> KdfParams:
        memory = max(self.create_memory_kib or 0, self.min_memory_kib)
        return KdfParams(memory, self.min_iterations, self.lanes)

    def check(self, params: KdfParams) -> None:
        """Refuse parameters below the floors or above the ceilings."""
        if not (
            self.min_memory_kib <= params.memory_kib <= self.max_memory_kib
            and self.min_iterations <= params.iterations <= self.max_iterations
            and 1 <= params.lanes <= self.max_lanes
            and params.memory_kib >= 8 * params.lanes
            and params.cost <= self.max_slot_cost
        ):
            raise KeyFileDamaged()


PRODUCTION_POLICY = KdfPolicy(create_memory_kib=128 * 1024)

#: The policy in force. Only tests replace it (with a fast one).
active_policy: KdfPolicy = PRODUCTION_POLICY


def derive(secret: bytes | bytearray, salt: bytes, params: KdfParams) -> SecretBytes:
    """Argon2id-derive a 32-byte wrapping key."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return SecretBytes(kdf.derive(bytes(secret)))


def calibrate(policy: KdfPolicy | None = None) -> KdfParams:
    """Choose parameters that take ``policy.target_seconds`` on this machine,
    never below the creation floor: a busy or slow machine measures slow and
    keeps the floor, never less. Memory grows first (it is what makes attacks
    costly), then passes, both within the calibration ceilings."""
    policy = policy or active_policy
    params = policy.create_floor
    if not policy.calibrate:
        return params
    low, high = policy.target_seconds
    seconds = _time_kdf(params)
    # Double memory only while the doubled cost stays under the target's low
    # end: large allocations time unevenly (measured: a predicted 0.7 s took
    # 1.06 s at 256 MiB), passes scale linearly, so they fill the rest.
    while seconds * 2 <= low and params.memory_kib * 2 <= policy.calibration_max_memory_kib:
        params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        seconds = _time_kdf(params)
    # Aim passes at the middle of the target, and accept from 85 % of it: a
    # timing taken while the machine was busy runs faster once it is quiet,
    # and stopping at the low end left such vaults unlocking under it.
    middle = (low + high) / 2
    enough = max(low, 0.85 * middle)
    for _ in range(3):  # passes do not scale exactly linearly: measure again
        if seconds >= enough or params.iterations >= policy.calibration_max_iterations:
            break
        wanted = math.ceil(params.iterations * middle / max(seconds, 1e-6))
        iterations = max(params.iterations + 1, min(wanted, policy.calibration_max_iterations))
        params = KdfParams(params.memory_kib, iterations, params.lanes)
        seconds = _time_kdf(params)
    return params


def _time_kdf(params: KdfParams) -> float:
    """The faster of two runs: other work on the machine only ever makes a
    run slower, and an inflated timing would choose too few passes."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        derive(b"calibration", b"\x00" * 16, params)
        best = min(best, time.perf_counter() - start)
    return best


def new_db_key() -> SecretBytes:
    """32 random bytes: a SQLCipher raw key."""
    return SecretBytes(secrets.token_bytes(DB_KEY_BYTES))


def normalize_passphrase(passphrase: str) -> bytearray:
    """NFC-normalise and encode, so the same passphrase typed on another
    keyboard layout or OS (composed vs decomposed accents) still opens."""
    return bytearray(unicodedata.normalize("NFC", passphrase).encode("utf-8"))


def new_recovery_code() -> str:
    """A fresh recovery code, e.g. ``7K3QZ-...`` (five groups of five)."""
    symbols = "".join(
        secrets.choice(_RECOVERY_ALPHABET) for _ in range(RECOVERY_GROUPS * RECOVERY_GROUP_LEN)
    )
    return "-".join(
        symbols[i : i + RECOVERY_GROUP_LEN] for i in range(0, len(symbols), RECOVERY_GROUP_LEN)
    )


def normalize_recovery_code(code: str) -> bytearray:
    """Accept lower case, spaces and dashes, and the usual look-alikes."""
    cleaned = code.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    return bytearray("".join(ch for ch in cleaned if ch in _RECOVERY_ALPHABET).encode("ascii"))


@dataclass
class KeySlot:
    kind: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        header = {"kind": self.kind, "kdf": self.params.as_json(), "salt": _b64(self.salt)}
        return _AAD_PREFIX + json.dumps(header, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def seal(
        cls, kind: str, secret: bytes | bytearray, db_key: SecretBytes, params: KdfParams
    ) -> KeySlot:
        slot = cls(kind, params, os.urandom(16), os.urandom(12), b"")
        kek = derive(secret, slot.salt, params)
        try:
            slot.wrapped = AESGCM(bytes(kek.view())).encrypt(
                slot.nonce, bytes(db_key.view()), slot.aad()
            )
        finally:
            kek.wipe()
        return slot

    def open(self, secret: bytes | bytearray) -> SecretBytes | None:
        kek = derive(secret, self.salt, self.params)
        try:
            return SecretBytes(
                AESGCM(bytes(kek.view())).decrypt(self.nonce, self.wrapped, self.aad())
            )
        except InvalidTag:
            return None
        finally:
            kek.wipe()


@dataclass
class KeyFile:
    """The parsed key file: a list of slots. Holds no unwrapped secret."""

    slots: list[KeySlot] = field(default_factory=list)

    # -- creating -------------------------------------------------------
    @classmethod
    def create(
        cls, passphrase: str, recovery_code: str, *, params: KdfParams | None = None
    ) -> tuple[KeyFile, SecretBytes]:
        """A new key file and the new random database key it wraps."""
        db_key = new_db_key()
        try:
            return cls.wrap(db_key, passphrase, recovery_code, params=params), db_key
        except BaseException:
            db_key.wipe()
            raise

    @classmethod
    def wrap(
        cls,
        db_key: SecretBytes,
        passphrase: str,
        recovery_code: str,
        *,
        params: KdfParams | None = None,
    ) -> KeyFile:
        """A key file whose two slots wrap ``db_key``: one under the
        passphrase, one under the recovery code."""
        params = params or calibrate()
        secret = normalize_passphrase(passphrase)
        code = normalize_recovery_code(recovery_code)
        try:
            slots = [
                KeySlot.seal(SLOT_PASSPHRASE, secret, db_key, params),
                KeySlot.seal(SLOT_RECOVERY, code, db_key, params),
            ]
        finally:
            _zero(secret)
            _zero(code)
        return cls(slots)

    # -- unlocking ------------------------------------------------------
    def unlock(self, passphrase: str) -> SecretBytes:
        """The database key, via the passphrase slot or, failing that, the
        recovery slot (users reach for whichever they have)."""
        return self.unlock_slot(passphrase)[0]

    def unlock_slot(self, passphrase: str) -> tuple[SecretBytes, str]:
        """As :meth:`unlock`, with the kind of slot that opened
        (:data:`SLOT_PASSPHRASE` or :data:`SLOT_RECOVERY`)."""
        attempts = (
            (SLOT_PASSPHRASE, normalize_passphrase(passphrase)),
            (SLOT_RECOVERY, normalize_recovery_code(passphrase)),
        )
        try:
            for kind, secret in attempts:
                if not secret:
                    continue
                for slot in self.slots:
                    if slot.kind == kind:
                        key = slot.open(secret)
                        if key is not None:
                            return key, kind
        finally:
            for _, secret in attempts:
                _zero(secret)
        raise WrongPassphrase()

    def with_new_passphrase(self, old: str, new: str) -> KeyFile:
        """A copy whose passphrase slot is re-wrapped under ``new``.
        Raises :class:`WrongPassphrase` if ``old`` opens nothing."""
        db_key = self.unlock(old)
        params = calibrate()
        secret = normalize_passphrase(new)
        try:
            slot = KeySlot.seal(SLOT_PASSPHRASE, secret, db_key, params)
        finally:
            _zero(secret)
            db_key.wipe()
        others = [s for s in self.slots if s.kind != SLOT_PASSPHRASE]
        return KeyFile([slot, *others])

    # -- serialising ----------------------------------------------------
    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "slots": [
                {
                    "kind": s.kind,
                    "kdf": s.params.as_json(),
                    "salt": _b64(s.salt),
                    "nonce": _b64(s.nonce),
                    "wrapped": _b64(s.wrapped),
                }
                for s in self.slots
            ],
        }
        return json.dumps(doc, indent=1).encode("utf-8") + b"\n"

    @classmethod
    def from_bytes(cls, data: bytes, *, policy: KdfPolicy | None = None) -> KeyFile:
        """Parse and check a key file; anything odd is :class:`KeyFileDamaged`."""
        policy = policy or active_policy
        if len(data) > MAX_KEY_FILE_BYTES:
            raise KeyFileDamaged()
        try:
            doc = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
            if doc["format"] != FORMAT or doc["version"] != VERSION:
                raise KeyFileDamaged()
            raw_slots = doc["slots"]
            if not isinstance(raw_slots, list) or len(raw_slots) > len(_SLOT_KINDS):
                raise KeyFileDamaged()
            slots = []
            for raw in raw_slots:
                kdf = raw["kdf"]
                if kdf["name"] != "argon2id":
                    raise KeyFileDamaged()
                params = KdfParams(
                    int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"])
                )
                policy.check(params)
                slot = KeySlot(
                    kind=str(raw["kind"]),
                    params=params,
                    salt=_unb64(raw["salt"]),
                    nonce=_unb64(raw["nonce"]),
                    wrapped=_unb64(raw["wrapped"]),
                )
                if (
                    len(slot.nonce) != 12
                    or len(slot.salt) < 16
                    or len(slot.wrapped) != DB_KEY_BYTES + 16
                ):
                    raise KeyFileDamaged()
                slots.append(slot)
        except (
            ValueError,
            KeyError,
            TypeError,
            UnicodeDecodeError,
            binascii.Error,
            OverflowError,
            RecursionError,
        ):
            raise KeyFileDamaged() from None
        kinds = [s.kind for s in slots]
        if (
            SLOT_PASSPHRASE not in kinds
            or len(set(kinds)) != len(kinds)  # at most one slot of each kind
            or not set(kinds) <= _SLOT_KINDS
            or sum(s.params.cost for s in slots) > policy.max_unlock_cost
        ):
            raise KeyFileDamaged()
        return cls(slots)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with open(path, "rb") as fh:
                data = fh.read(MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyFileMissing() from None
        except OSError:
            raise KeyFileDamaged() from None
        return cls.from_bytes(data)

    def save(self, path: Path, *, overwrite: bool = True) -> None:
        write_atomic(path, self.to_bytes(), overwrite=overwrite)


def _refuse_constant(name: str) -> float:
    raise ValueError("NaN and Infinity are not parameters")


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError
    return base64.b64decode(text.encode("ascii"), validate=True)


def _zero(buf: bytearray) -> None:
    for i in range(len(buf)):
        buf[i] = 0
