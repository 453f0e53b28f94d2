"""Import of members and policies: validate the whole file first, then upsert all or nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from vipdesk.db.models import Member, MemberNameChar, Policy, table_of
from vipdesk.domain.names import name_initials, name_pinyin, split_name
from vipdesk.domain.people import InvalidIdNumber, InvalidPhone, parse_id_number, validate_mobile
from vipdesk.errors import KnownError
from vipdesk.rules import CHANNELS, Rules
from vipdesk.services.database import Actor, Database, audit
from vipdesk.services.tabular import read_table
from vipdesk.services.tiers import recompute_tiers

MEMBER_COLUMNS = {
    "id_number": ("id_number", "证件号码", "身份证号码", "身份证号"),
    "name": ("name", "姓名", "被保险人姓名"),
    "phone": ("phone", "手机号码", "手机", "联系电话"),
    "address": ("address", "通讯地址", "联系地址", "地址"),
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
STATUS_ALIASES = {"有效": "in_force", "中止": "suspended", "失效": "lapsed", "终止": "terminated"}
STATUSES = ("in_force", "suspended", "lapsed", "terminated")
CHUNK = 500


class ImportRejected(KnownError):
    """The file has bad rows; nothing was written. `problems` lists `line N: column: problem`."""

    def __init__(self, problems: list[str]) -> None:
        shown = "\n".join(problems[:50])
        more = f"\n…另有 {len(problems) - 50} 处问题" if len(problems) > 50 else ""
        super().__init__(f"文件有 {len(problems)} 处问题，未写入任何数据：\n{shown}{more}")
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    """Counts of an import."""

    rows: int
    inserted: int
    updated: int
    unchanged: int


def member_row(id_number: str, name: str, phone: str | None, address: str) -> dict[str, Any]:
    """Column values of a member row, with its search keys (pinyin, reversed ID)."""
    person = parse_id_number(id_number)
    return {
        "id_number": person.number,
        "id_reversed": person.number[::-1],
        "name": name,
        "given_name": split_name(name)[1],
        "name_pinyin": name_pinyin(name),
        "name_initials": name_initials(name),
        "birth_date": person.birth_date,
        "gender": person.gender,
        "phone": phone,
        "address": address,
    }


def _member(line: int, raw: dict[str, str], problems: list[str]) -> dict[str, Any] | None:
    bad = len(problems)
    try:
        number = parse_id_number(raw["id_number"]).number
    except InvalidIdNumber as exc:
        problems.append(f"line {line}: id_number: {exc}")
    name = raw["name"].replace(" ", "")
    if not name or len(name) > 64:
        problems.append(f"line {line}: name: 姓名不能为空且不超过64个字")
    phone: str | None = None
    if raw.get("phone"):
        try:
            phone = validate_mobile(raw["phone"])
        except InvalidPhone as exc:
            problems.append(f"line {line}: phone: {exc}")
    if len(raw.get("address", "")) > 256:
        problems.append(f"line {line}: address: 地址不超过256个字")
    if len(problems) > bad:
        return None
    return member_row(number, name, phone, raw.get("address", ""))


def _date(line: int, column: str, text: str, problems: list[str]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        problems.append(f"line {line}: {column}: 日期应为 YYYY-MM-DD，而不是 “{text}”")
        return None


def _policy(line: int, raw: dict[str, str], problems: list[str]) -> dict[str, Any] | None:
    bad = len(problems)
    row: dict[str, Any] = {"policy_no": raw["policy_no"].upper(), "product": raw["product"]}
    if not row["policy_no"] or len(row["policy_no"]) > 32:
        problems.append(f"line {line}: policy_no: 保单号不能为空且不超过32位")
    try:
        row["id_number"] = parse_id_number(raw["id_number"]).number
    except InvalidIdNumber as exc:
        problems.append(f"line {line}: id_number: {exc}")
    channel = CHANNEL_ALIASES.get(raw["channel"], raw["channel"].lower())
    if channel not in CHANNELS:
        problems.append(f"line {line}: channel: 应为 {'|'.join(CHANNELS)}")
    status = STATUS_ALIASES.get(raw["status"], raw["status"].lower())
    if status not in STATUSES:
        problems.append(f"line {line}: status: 应为 {'|'.join(STATUSES)}")
    row.update(channel=channel, status=status)
    row["effective_date"] = _date(line, "effective_date", raw["effective_date"], problems)
    reinstated = raw.get("reinstated_date", "")
    row["reinstated_date"] = (
        _date(line, "reinstated_date", reinstated, problems) if reinstated else None
    )
    try:
        premium = Decimal(raw["annual_premium"].replace(",", "").replace("¥", ""))
        if premium < 0 or premium != premium.quantize(Decimal("0.01")) or premium > 10**11:
            raise InvalidOperation
        row["annual_premium"] = premium
    except InvalidOperation:
        problems.append(f"line {line}: annual_premium: 保费应为不小于0的金额（元，最多两位小数）")
    return row if len(problems) == bad else None


def _validate(
    path: Path,
    columns: dict[str, tuple[str, ...]],
    key: str,
    parse: Callable[..., Any],
    optional: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    problems: list[str] = []
    rows: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for line, raw in read_table(path, columns, optional):
        row = parse(line, raw, problems)
        if row is None:
            continue
        if row[key] in seen:
            problems.append(f"line {line}: {key}: 与第 {seen[row[key]]} 行重复")
            continue
        seen[row[key]] = line
        row["_line"] = line
        rows.append(row)
    if problems:
        raise ImportRejected(problems)
    return rows


def _chunks(items: Sequence[Any]) -> list[Sequence[Any]]:
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def _existing(session: Session, column: Any, keys: list[str], *cols: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for part in _chunks(keys):
        for row in session.execute(select(column, *cols).where(column.in_(part))):
            found[row[0]] = row
    return found


def upsert_members(session: Session, rows: list[dict[str, Any]]) -> tuple[int, int, set[int]]:
    """Insert new members and update changed ones; returns (inserted, updated, member ids)."""
    fields = ("name", "phone", "address")
    have = _existing(
        session,
        Member.id_number,
        [r["id_number"] for r in rows],
        Member.id,
        *(getattr(Member, f) for f in fields),
    )
    new = [r for r in rows if r["id_number"] not in have]
    changed = [
        r | {"mid": have[r["id_number"]].id}
        for r in rows
        if r["id_number"] in have and tuple(have[r["id_number"]][2:]) != tuple(r[f] for f in fields)
    ]
    now = dt.datetime.now(dt.UTC)
    plain = [{k: v for k, v in r.items() if not k.startswith("_")} for r in new]
    for part in _chunks(plain):
        session.execute(insert(Member), [r | {"created_at": now, "updated_at": now} for r in part])
    if changed:
        names = ("name", "given_name", "name_pinyin", "name_initials", "phone", "address")
        table = table_of(Member)
        session.execute(
            update(table)
            .where(table.c.id == bindparam("mid"))
            .values(**{k: bindparam(f"b_{k}") for k in names}, updated_at=now),
            [{f"b_{k}": r[k] for k in names} | {"mid": r["mid"]} for r in changed],
        )
    ids = _existing(session, Member.id_number, [r["id_number"] for r in new + changed], Member.id)
    touched = {row.id: r["name"] for r in new + changed for row in [ids[r["id_number"]]]}
    write_name_chars(session, touched)
    return len(new), len(changed), set(touched)


def name_grams(name: str) -> set[str]:
    """The characters and character pairs of a name (a part of 2+ characters has a pair)."""
    return set(name) | {name[i : i + 2] for i in range(len(name) - 1)}


def write_name_chars(session: Session, names: dict[int, str]) -> None:
    """(Re)write the name-part index (characters and character pairs) of these members."""
    ids = list(names)
    for part in _chunks(ids):
        session.execute(delete(MemberNameChar).where(MemberNameChar.member_id.in_(part)))
    pairs = [
        {"ch": gram, "member_id": mid} for mid, name in names.items() for gram in name_grams(name)
    ]
    for part in _chunks(pairs):
        session.execute(insert(MemberNameChar), list(part))


def import_members(db: Database, rules: Rules, actor: Actor, path: Path) -> ImportResult:
    """Import a members file: all rows valid, or nothing written."""
    rows = _validate(path, MEMBER_COLUMNS, "id_number", _member, frozenset({"phone", "address"}))
    with db.write() as session:
        inserted, updated, _ids = upsert_members(session, rows)
        result = ImportResult(len(rows), inserted, updated, len(rows) - inserted - updated)
        audit(session, actor, "import.members", "file", path.name, None, None, result.__dict__)
    return result


def import_policies(
    db: Database, rules: Rules, actor: Actor, path: Path, on: dt.date | None = None
) -> ImportResult:
    """Import a policies file (members must exist); then bring tiers and cards up to date."""
    rows = _validate(path, POLICY_COLUMNS, "policy_no", _policy, frozenset({"reinstated_date"}))
    with db.write() as session:
        members = _existing(session, Member.id_number, [r["id_number"] for r in rows], Member.id)
        unknown = [
            f"line {r['_line']}: id_number: 没有证件号码为 {r['id_number'][:3]}…"
            f"{r['id_number'][-4:]} 的客户，请先导入客户"
            for r in rows
            if r["id_number"] not in members
        ]
        if unknown:
            raise ImportRejected(unknown)
        fields = (
            "member_id",
            "product",
            "channel",
            "status",
            "effective_date",
            "annual_premium",
            "reinstated_date",
        )
        for r in rows:
            r["member_id"] = members[r["id_number"]].id
        have = _existing(
            session,
            Policy.policy_no,
            [r["policy_no"] for r in rows],
            Policy.id,
            *(getattr(Policy, f) for f in fields),
        )
        new = [
            {f: r[f] for f in ("policy_no", *fields)} for r in rows if r["policy_no"] not in have
        ]
        changed = [
            {f: r[f] for f in fields} | {"pid": have[r["policy_no"]].id}
            for r in rows
            if r["policy_no"] in have
            and tuple(have[r["policy_no"]][2:]) != tuple(r[f] for f in fields)
        ]
        for part in _chunks(new):
            session.execute(insert(Policy), list(part))
        if changed:
            session.execute(
                update(table_of(Policy))
                .where(table_of(Policy).c.id == bindparam("pid"))
                .values(**{f: bindparam(f"b_{f}") for f in fields}),
                [{f"b_{k}" if k in fields else k: v for k, v in r.items()} for r in changed],
            )
        result = ImportResult(
            len(rows), len(new), len(changed), len(rows) - len(new) - len(changed)
        )
        audit(session, actor, "import.policies", "file", path.name, None, None, result.__dict__)
        old_owners = {have[r["policy_no"]].member_id for r in rows if r["policy_no"] in have}
        affected = {r["member_id"] for r in new + changed} | (old_owners if changed else set())
        if affected:
            recompute_tiers(session, rules, actor, on or dt.date.today(), affected)
    return result
