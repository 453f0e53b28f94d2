"""People: resident ID numbers (GB 11643), ages in completed years (周岁), mobiles, masking."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass

from vipdesk.errors import KnownError


class InvalidIdNumber(KnownError, ValueError):
    """A resident ID number that is malformed, impossible or fails its check digit."""


class InvalidPhone(KnownError, ValueError):
    """A mobile number that is not an 11-digit mainland number."""


def normalise(text: str) -> str:
    """NFKC (full-width digits and ｘ), strip spaces and dashes, upper-case."""
    return re.sub(r"[\s\-]", "", unicodedata.normalize("NFKC", text)).upper()


@dataclass(frozen=True)
class ResidentId:
    """A valid 18-digit resident ID number with what it tells."""

    number: str
    birth_date: dt.date
    gender: str  # "M" or "F"

    @property
    def masked(self) -> str:
        """The number masked for display."""
        return mask_id_number(self.number)


def _birth_date(digits: str) -> dt.date:
    try:
        return dt.date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise InvalidIdNumber(f"证件号码中的出生日期 {digits[:8]} 不存在") from None


PLAIN_ID = re.compile(r"\d{17}[\dXx]", re.ASCII)
MOBILE = re.compile(r"1[3-9]\d{9}", re.ASCII)


def check_digit(body: str) -> str:
    """The GB 11643 (ISO 7064 MOD 11-2) check character for the first 17 digits."""
    # weights 2**k mod 11 equal 13**k mod 11, so the digits read in base 13 give the sum
    value = (1 - 2 * int(body[:17], 13)) % 11
    return "X" if value == 10 else str(value)


def upgrade_15(number: str) -> str:
    """Convert a legacy 15-digit number to 18 digits (insert 19, append the check digit)."""
    body = number[:6] + "19" + number[6:]
    return body + check_digit(body)


def parse_id_number(text: str, today: dt.date | None = None) -> ResidentId:
    """Validate a resident ID number (18 digits, or legacy 15) and read birth date and gender."""
    number = text.upper() if PLAIN_ID.fullmatch(text) else normalise(text)
    if re.fullmatch(r"\d{15}", number):
        _birth_date("19" + number[6:12])
        number = upgrade_15(number)
    if not re.fullmatch(r"\d{17}[\dX]", number):
        raise InvalidIdNumber("证件号码应为18位（末位可为X）或15位旧号码")
    born = _birth_date(number[6:14])
    if born > (today or dt.date.today()) or born.year < 1900:
        raise InvalidIdNumber(f"证件号码中的出生日期 {born.isoformat()} 不合理")
    if check_digit(number[:17]) != number[17]:
        raise InvalidIdNumber("证件号码校验位不正确，请核对是否输错")
    gender = "M" if int(number[16]) % 2 else "F"
    return ResidentId(number, born, gender)


def age_on(birth: dt.date, day: dt.date) -> int:
    """Age in completed years (周岁) on `day`; a 29 February birthday counts from 1 March."""
    had_birthday = (day.month, day.day) >= (birth.month, birth.day)
    return day.year - birth.year - (0 if had_birthday else 1)


def validate_mobile(text: str) -> str:
    """Return the normalised mainland mobile number, or raise InvalidPhone."""
    if MOBILE.fullmatch(text):
        return text
    number = normalise(text)
    if number.startswith("+86"):
        number = number[3:]
    elif number.startswith("0086"):
        number = number[4:]
    if not re.fullmatch(r"1[3-9]\d{9}", number):
        raise InvalidPhone("手机号码应为以1开头的11位数字")
    return number


def mask_id_number(number: str) -> str:
    """Show the first 3 and last 4 characters of an ID number: 110***********002X."""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_phone(number: str | None) -> str:
    """Show the first 3 and last 4 digits of a phone: 138****5678."""
    if not number:
        return ""
    if len(number) <= 7:
        return "*" * len(number)
    return number[:3] + "*" * (len(number) - 7) + number[-4:]


def mask_name(name: str) -> str:
    """Mask all but the surname character of a name: 王**."""
    return name[:1] + "*" * (len(name) - 1) if name else ""
