"""One row of an import file checked field by field: a staged tuple, or problems with a column.

Limits are the models' column lengths, so SQLite and PostgreSQL accept exactly the same files.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from typing import Any

from vipdesk.db.models import Member, Policy, table_of
from vipdesk.domain.names import name_keys, split_name
from vipdesk.domain.people import (
    InvalidIdNumber,
    InvalidPhone,
    ResidentId,
    parse_id_number,
    validate_mobile,
)
from vipdesk.domain.validation import (
    FieldProblem,
    code_text,
    normalise_name,
    parse_number,
    plain_text,
)
from vipdesk.rules import CHANNELS

MEMBER_COLUMNS = {
    "id_number": ("id_number", "证件号码", "身份证号码", "身份证号"),
    "name": ("name", "姓名", "被保险人姓名"),
    "phone": ("phone", "手机号码", "手机", "联系电话"),
    "address": ("address", "通讯地址", "联系地址", "地址"),
    "account_manager": ("account_manager", "客户经理"),  # a staff username (optional)
}
POLICY_COLUMNS = {
    "policy_no": ("policy_no", "保单号", "保单号码"),
    "id_number": ("id_number", "证件号码", "被保险人证件号码", "身份证号码"),
    "product": ("product", "产品名称", "险种名称", "产品"),
    "channel": ("channel", "渠道", "销售渠道"),
    "status": ("status", "保单状态", "状态"),
    "effective_date": ("effective_date", "生效日期", "生效日"),
    "annual_premium": ("annual_premium", "年化保费", "年化标准保费", "保费"),
    "reinstated_date": ("reinstated_date", "复效日期", "复效日"),
}
CHANNEL_ALIASES = {
    "个险": "agency",
    "代理人": "agency",
    "直效行销": "direct",
    "直销": "direct",
    "银保": "bancassurance",
    "银行保险": "bancassurance",
}
STATUS_ALIASES = {
    "有效": "in_force",
    "中止": "suspended",
    "失效": "lapsed",
    "终止": "terminated",
    "满期": "expired",
    "到期": "expired",
}
STATUSES = ("in_force", "suspended", "lapsed", "terminated", "expired")
ROUNDED_ID = "Excel 已将证件号码转为数字并可能舍入，请将该列设为文本后重新导出"
NUMERIC_CELLS = {
    "id_number": ROUNDED_ID,
    "policy_no": "Excel 已将保单号转为数字（可能丢失开头的0或被舍入），请将该列设为文本后重新导出",
}
MAX_PREMIUM = 10**11
DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})", re.ASCII)


def column_limit(model: Any, column: str) -> int:
    """The declared length of a model's string column (the validator's limit)."""
    length = getattr(table_of(model).c[column].type, "length", None)
    if length is None:
        raise ValueError(f"{column} has no declared length")
    return int(length)


NAME_LIMIT = column_limit(Member, "name")
ADDRESS_LIMIT = column_limit(Member, "address")
PRODUCT_LIMIT = column_limit(Policy, "product")
POLICY_NO_LIMIT = column_limit(Policy, "policy_no")


def member_keys(name: str) -> dict[str, str]:
    """The search keys stored with a name: given name, pinyin, initials."""
    pinyin, initials = name_keys(name)
    return {
        "given_name": split_name(name)[1] if " " not in name else name,
        "name_pinyin": pinyin,
        "name_initials": initials,
    }


def _id_number(raw: str, problems: list[str], line: int) -> str | None:
    person = _person(raw, problems, line)
    return None if person is None else person.number


def _person(raw: str, problems: list[str], line: int) -> ResidentId | None:
    try:
        return parse_id_number(code_text(raw, "证件号码"))
    except (FieldProblem, InvalidIdNumber) as exc:
        problems.append(f"line {line}: id_number: {exc}")
        return None


def _phone(text: str) -> str:
    return validate_mobile(code_text(text, "手机号码"))


def _check(problems: list[str], line: int, column: str, fn: Any, *args: Any) -> Any:
    try:
        return fn(*args)
    except (FieldProblem, InvalidPhone, InvalidIdNumber) as exc:
        problems.append(f"line {line}: {column}: {exc}")
        return None


def staged_member_row(
    line: int, raw: dict[str, str], problems: list[str]
) -> tuple[Any, ...] | None:
    """The staged member tuple (stage_members order) of a row, or None with its problems."""
    bad = len(problems)
    person = _person(raw["id_number"], problems, line)
    name = _check(problems, line, "name", normalise_name, raw["name"], NAME_LIMIT)
    phone = None
    if raw.get("phone", "").strip():
        phone = _check(
            problems,
            line,
            "phone",
            lambda t: validate_mobile(code_text(t, "手机号码")),
            raw["phone"],
        )
    address = _check(
        problems, line, "address", plain_text, raw.get("address", ""), ADDRESS_LIMIT, "地址"
    )
    if len(problems) > bad or person is None or name is None:
        return None
    number = person.number
    pinyin, initials = name_keys(name)
    given = split_name(name)[1] if " " not in name else name
    return (
        number, line, number[::-1], name, given, pinyin, initials,
        person.birth_date.isoformat(), person.gender, phone, address,
    )  # fmt: skip


def _date(text: str, what: str) -> dt.date:
    folded = unicodedata.normalize("NFKC", text).strip()
    match = DATE.fullmatch(folded)
    try:
        if match is None:
            raise ValueError
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise FieldProblem(f"{what}应为 YYYY-MM-DD 的日期，而不是“{text[:40]}”") from None


def _choice(text: str, aliases: dict[str, str], allowed: tuple[str, ...]) -> str:
    folded = unicodedata.normalize("NFKC", text).strip()
    value = aliases.get(folded, folded.lower())
    if value not in allowed:
        raise FieldProblem(f"应为 {'|'.join(allowed)}（或中文名称），而不是“{text[:40]}”")
    return value


def _policy_no(text: str) -> str:
    number = code_text(text, "保单号").upper()
    if not re.fullmatch(r"[0-9A-Z][0-9A-Z\-/]*", number):
        raise FieldProblem("保单号只能由半角字母、数字和“-”组成，且不能为空")
    if len(number) > POLICY_NO_LIMIT:
        raise FieldProblem(f"保单号不超过{POLICY_NO_LIMIT}位（此处 {len(number)} 位）")
    return number


def _premium(text: str) -> str:
    amount = parse_number(text, "保费", 2)
    if amount > MAX_PREMIUM:
        raise FieldProblem("保费数值过大")
    return str(amount.quantize(Decimal("0.01")))


def _product(text: str) -> str:
    product = plain_text(text, PRODUCT_LIMIT, "产品名称")
    if not product:
        raise FieldProblem("产品名称不能为空")
    return product


def policy_row(line: int, raw: dict[str, str], problems: list[str]) -> tuple[Any, ...] | None:
    """The staged policy tuple (stage_policies order) of a row, or None with its problems."""
    bad = len(problems)
    c = _check
    policy_no = c(problems, line, "policy_no", _policy_no, raw["policy_no"])
    number = _id_number(raw["id_number"], problems, line)
    product = c(problems, line, "product", _product, raw["product"])
    channel = c(problems, line, "channel", _choice, raw["channel"], CHANNEL_ALIASES, CHANNELS)
    status = c(problems, line, "status", _choice, raw["status"], STATUS_ALIASES, STATUSES)
    effective = c(problems, line, "effective_date", _date, raw["effective_date"], "生效日期")
    premium = c(problems, line, "annual_premium", _premium, raw["annual_premium"])
    reinstated = None
    if raw.get("reinstated_date", "").strip():
        reinstated = c(problems, line, "reinstated_date", _date, raw["reinstated_date"], "复效日期")
    if len(problems) > bad:
        return None
    return (
        policy_no, line, number, product, channel, status, effective.isoformat(), premium,
        reinstated.isoformat() if reinstated else None,
    )  # fmt: skip
