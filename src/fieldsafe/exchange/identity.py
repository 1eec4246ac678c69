"""Identities and colleague cards for sharing without internet.

Each vault has an age X25519 identity (encryption, through pyrage) and an
Ed25519 signing key (cryptography). "My card" carries the public halves and
a display name; a colleague's card is imported, then verified in person by
comparing a **safety number**: both screens show the same 60 digits in
groups of five, 30 derived from each card's keys (each half shown under
its side's name), so a swapped card shows a different half. No Qt, no
storage: the vault keeps the secrets.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from fieldsafe.errors import BadInputFile

CARD_FORMAT = "fieldsafe-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 4096
MAX_NAME = 80
_AGE_RECIPIENT = re.compile(r"^age1[02-9ac-hj-np-z]{58}$")
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
#: direction marks: invisible, and never needed in a name shown in isolates
_MARKS = re.compile("[\u061c\u200e\u200f]")


@dataclass(frozen=True)
class Card:
    """A colleague's (or one's own) public card."""

    name: str
    age_recipient: str  # "age1…"
    sign_key: bytes  # Ed25519 public key, 32 bytes

    @functools.cached_property
    def fingerprint(self) -> str:
        """Hex SHA-256 over both public keys (the name is not part of it);
        worked out once a card (a team inbox asks for it about ten times a
        bundle)."""
        digest = hashlib.sha256(
            b"fieldsafe-card-v1\0" + self.age_recipient.encode("ascii") + b"\0" + self.sign_key
        )
        return digest.hexdigest()

    def to_text(self) -> str:
        return (
            json.dumps(
                {
                    "format": CARD_FORMAT,
                    "version": CARD_VERSION,
                    "name": self.name,
                    "age": self.age_recipient,
                    "sign": base64.b64encode(self.sign_key).decode("ascii"),
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )

    @classmethod
    def from_text(cls, text: str | bytes) -> Card:
        """Parse a card file or pasted text; :class:`BadInputFile`
        (``not_a_card``, ``too_large``) for anything else."""
        if isinstance(text, bytes):
            if len(text) > MAX_CARD_BYTES:
                raise BadInputFile("too_large")
            try:
                text = text.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise BadInputFile("not_a_card") from None
        if len(text) > MAX_CARD_BYTES:
            raise BadInputFile("too_large")
        try:
            doc = json.loads(text)
        except (ValueError, RecursionError):
            raise BadInputFile("not_a_card") from None
        if (
            not isinstance(doc, dict)
            or set(doc) != {"format", "version", "name", "age", "sign"}
            or doc["format"] != CARD_FORMAT
            or doc["version"] != CARD_VERSION
        ):
            raise BadInputFile("not_a_card")
        name, age, sign = doc["name"], doc["age"], doc["sign"]
        if (
            not isinstance(name, str)
            or not name.strip()
            or len(name) > MAX_NAME
            or _CONTROLS.search(name)
        ):
            raise BadInputFile("not_a_card")
        if not isinstance(age, str) or not _AGE_RECIPIENT.match(age):
            raise BadInputFile("not_a_card")
        try:
            pyrage.x25519.Recipient.from_str(age)
            key = base64.b64decode(sign, validate=True) if isinstance(sign, str) else b""
            Ed25519PublicKey.from_public_bytes(key)
        except (ValueError, pyrage.RecipientError):
            raise BadInputFile("not_a_card") from None
        return cls(name=" ".join(name.split()), age_recipient=age, sign_key=key)

    def verify(self, signature: bytes, data: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.sign_key).verify(signature, data)
        except (InvalidSignature, ValueError):
            return False
        return True


@dataclass(frozen=True, repr=False)
class Identity:
    """This vault's own keys. Never printed (``repr`` hides them)."""

    name: str
    age_secret: str  # "AGE-SECRET-KEY-1…"
    sign_secret: bytes  # Ed25519 private key, 32 raw bytes

    def __repr__(self) -> str:
        return "<Identity>"

    @classmethod
    def generate(cls, name: str) -> Identity:
        age = pyrage.x25519.Identity.generate()
        sign = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        return cls(name=name, age_secret=str(age), sign_secret=sign)

    def card(self) -> Card:
        age = pyrage.x25519.Identity.from_str(self.age_secret).to_public()
        public = Ed25519PrivateKey.from_private_bytes(self.sign_secret).public_key()
        return Card(self.name, str(age), public.public_bytes(Encoding.Raw, PublicFormat.Raw))

    def age_identity(self) -> pyrage.x25519.Identity:
        return pyrage.x25519.Identity.from_str(self.age_secret)

    def sign(self, data: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.sign_secret).sign(data)


_TATWEEL = "\u0640"  # stretches Arabic letters; invisible as a difference
#: letters that look like others in common fonts, mapped to one of them
_LOOKALIKES = str.maketrans(
    {
        # Latin: I/l/1 and O/0 look alike in many fonts (after casefold: i, l, 1)
        "l": "i",
        "1": "i",
        "|": "i",
        "0": "o",
        # Cyrillic letters shaped like Latin ones
        "а": "a",
        "в": "b",
        "е": "e",
        "ё": "e",
        "і": "i",
        "ї": "i",
        "ј": "j",
        "к": "k",
        "м": "m",
        "н": "h",
        "о": "o",
        "р": "p",
        "с": "c",
        "т": "t",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "ԁ": "d",
        "һ": "h",
        "ӏ": "i",
        # Greek letters shaped like Latin ones
        "α": "a",
        "β": "b",
        "ε": "e",
        "η": "n",
        "ι": "i",
        "κ": "k",
        "μ": "u",
        "ν": "v",
        "ο": "o",
        "ρ": "p",
        "τ": "t",
        "υ": "u",
        "χ": "x",
        # Arabic-script letters written alike (Persian, Urdu and Kurdish forms)
        "ی": "ي",
        "ى": "ي",
        "ې": "ي",
        "ک": "ك",
        "ڪ": "ك",
        "ە": "ه",
        "ہ": "ه",
        "ھ": "ه",
        "ة": "ه",
    }
)


def name_key(name: str) -> str:
    """What makes two names *the same name* to a reader: compared after
    NFKC (full-width and other compatibility forms), without invisible
    format characters (zero-width spaces and joiners, direction marks) or
    the Arabic tatweel, case-folded, with runs of spaces as one."""
    text = unicodedata.normalize("NFKC", name)
    text = "".join(c for c in text if c != _TATWEEL and unicodedata.category(c) not in ("Cf", "Cc"))
    return " ".join(text.casefold().split())


def looks_alike(name: str) -> str:
    """A coarser key: two names with the same one may be mistaken for each
    other on screen (accents and other marks dropped, letters of other
    scripts that look like Latin ones, Arabic letter variants, I/l/1, O/0).
    A list of common cases, not every lookalike in Unicode."""
    text = unicodedata.normalize("NFKD", name_key(name))
    text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Me"))
    text = text.translate(_LOOKALIKES)
    digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in text)
    return unicodedata.normalize("NFC", digits.translate(_LOOKALIKES))


def clean_name(name: str) -> str:
    """A name as a card may carry it: without control and direction
    characters (a card holding them is refused), runs of spaces as one, at
    most :data:`MAX_NAME` characters; "" when nothing is left."""
    text = _CONTROLS.sub(" ", unicodedata.normalize("NFC", name))
    text = _MARKS.sub("", text)
    text = " ".join(" ".join(text.split())[:MAX_NAME].split())
    visible = any(unicodedata.category(c)[0] in "LNPS" for c in text)
    return text if visible else ""


def card_half(card: Card) -> str:
    """One card's half of a safety number: 30 digits in 6 groups of 5,
    derived from that card's keys alone (its fingerprint)."""
    digest = hashlib.sha512(f"fieldsafe-safety-number-v2\0{card.fingerprint}".encode("ascii"))
    data = digest.digest()
    return " ".join(
        f"{int.from_bytes(data[i * 5 : i * 5 + 5], 'big') % 100_000:05d}" for i in range(6)
    )


def safety_halves(mine: Card, theirs: Card) -> tuple[tuple[Card, str], tuple[Card, str]]:
    """The two halves of the safety number with the card each belongs to,
    in the same order on both screens (by fingerprint), so each side's name
    can stand above its own half."""
    first, second = sorted((mine, theirs), key=lambda c: c.fingerprint)
    return (first, card_half(first)), (second, card_half(second))


def safety_number(mine: Card, theirs: Card) -> str:
    """60 digits in 12 groups of 5, the same on both screens: each card's
    half (:func:`card_half`), in the order of :func:`safety_halves`."""
    (_a, first), (_b, second) = safety_halves(mine, theirs)
    return f"{first} {second}"
