"""VIP card numbers: 16 digits, Luhn check digit, shown in groups of four.

Luhn catches every single-digit typo and every adjacent transposition except 0↔9 ("09" typed
as "90"): so the desk never issues a number with a 0 beside a 9 (`issuable`), and a mistyped
issued number never passes the check. Numbers issued before that rule stay valid.
"""

from __future__ import annotations

import re
from enum import StrEnum

from vipdesk.domain.people import normalise
from vipdesk.errors import KnownError

CARD_PREFIX = "8868"
CARD_LENGTH = 16


class CardStatus(StrEnum):
    """Status of a card; only `active` and `suspended` cards are the member's current card."""

    ACTIVE = "active"
    SUSPENDED = "suspended"
    LOST = "lost"
    DAMAGED = "damaged"
    REPLACED = "replaced"
    REVOKED = "revoked"


CURRENT_STATUSES = (CardStatus.ACTIVE, CardStatus.SUSPENDED)


class InvalidCardNumber(KnownError, ValueError):
    """A card number of the wrong shape or with a wrong check digit."""


def luhn_digit(body: str) -> str:
    """The Luhn check digit for a string of digits."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card_number(serial: int) -> str:
    """The card number for a serial: prefix, 11-digit serial, check digit."""
    body = f"{CARD_PREFIX}{serial:011d}"
    return body + luhn_digit(body)


def issuable(number: str) -> bool:
    """True when no adjacent transposition of `number` keeps its Luhn digit (no 0 beside a 9)."""
    return "09" not in number and "90" not in number


def card_numbers(first_serial: int, count: int) -> list[str]:
    """`count` issuable card numbers from `first_serial` on, in rising order (others skipped)."""
    numbers: list[str] = []
    serial = first_serial
    while len(numbers) < count:
        number = card_number(serial)
        if issuable(number):
            numbers.append(number)
        serial += 1
    return numbers


def looks_like_card_number(text: str) -> bool:
    """True for 16 digits starting with the card prefix (check digit not verified)."""
    return bool(re.fullmatch(rf"{CARD_PREFIX}\d{{12}}", normalise(text)))


def validate_card_number(text: str) -> str:
    """Return the normalised card number, or raise InvalidCardNumber."""
    number = normalise(text)
    if not re.fullmatch(r"\d{16}", number) or not number.startswith(CARD_PREFIX):
        raise InvalidCardNumber(f"卡号应为以{CARD_PREFIX}开头的16位数字")
    if luhn_digit(number[:-1]) != number[-1]:
        raise InvalidCardNumber("卡号校验位不正确，请核对是否输错")
    return number


def format_card_number(number: str) -> str:
    """Group a card number in fours: 8868 0000 0000 0017."""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))
