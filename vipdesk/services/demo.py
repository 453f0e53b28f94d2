"""Synthetic but realistic demo members: names, valid ID numbers, addresses, policies."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from vipdesk.db.models import Member, MemberNameChar, Policy, StaffUser, table_of
from vipdesk.domain.names import name_grams, name_initials, name_pinyin, split_name
from vipdesk.domain.people import check_digit
from vipdesk.rules import Rules
from vipdesk.services.bulk import BUILD_CACHE_KIB as BUILD_CACHE_KIB  # re-exported
from vipdesk.services.bulk import insert_rows, insert_with_ids, large_page_cache
from vipdesk.services.database import Actor, Database, actor_of, audit
from vipdesk.services.demo_accounts import DEMO_PASSWORD as DEMO_PASSWORD  # re-exported
from vipdesk.services.demo_accounts import DEMO_STAFF as DEMO_STAFF
from vipdesk.services.demo_rows import DemoPlan, can_pipeline, pipelined_chunks, prepared_chunks
from vipdesk.services.tiers import recompute_tiers

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")
Progress = Callable[[str, int, int], None]

# (ID area code, province, city, district) — one line per place demo members live.
PLACES = [
    ("110105", "北京市", "", "朝阳区"), ("120101", "天津市", "", "和平区"),
    ("130102", "河北省", "石家庄市", "长安区"), ("130602", "河北省", "保定市", "竞秀区"),
    ("140105", "山西省", "太原市", "小店区"), ("150102", "内蒙古自治区", "呼和浩特市", "新城区"),
    ("210102", "辽宁省", "沈阳市", "和平区"), ("220104", "吉林省", "长春市", "朝阳区"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区"), ("310115", "上海市", "", "浦东新区"),
    ("320106", "江苏省", "南京市", "鼓楼区"), ("320508", "江苏省", "苏州市", "姑苏区"),
    ("330106", "浙江省", "杭州市", "西湖区"), ("330212", "浙江省", "宁波市", "鄞州区"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("350102", "福建省", "福州市", "鼓楼区"),
    ("360102", "江西省", "南昌市", "东湖区"), ("370102", "山东省", "济南市", "历下区"),
    ("370202", "山东省", "青岛市", "市南区"), ("410105", "河南省", "郑州市", "金水区"),
    ("420106", "湖北省", "武汉市", "武昌区"), ("430104", "湖南省", "长沙市", "岳麓区"),
    ("440106", "广东省", "广州市", "天河区"), ("440305", "广东省", "深圳市", "南山区"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("460108", "海南省", "海口市", "美兰区"),
    ("500103", "重庆市", "", "渝中区"), ("510107", "四川省", "成都市", "武侯区"),
    ("520102", "贵州省", "贵阳市", "南明区"), ("530102", "云南省", "昆明市", "五华区"),
    ("540102", "西藏自治区", "拉萨市", "城关区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("620102", "甘肃省", "兰州市", "城关区"), ("630103", "青海省", "西宁市", "城中区"),
    ("640104", "宁夏回族自治区", "银川市", "兴庆区"),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区"),
]  # fmt: skip
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃"
)
COMPOUND = ("欧阳", "司马", "上官", "诸葛")
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文玉梅辉鹏飞雪琳晨阳宇浩然子涵"
    "思雨欣怡嘉俊博文一诺梓萱皓轩婷颖海燕春生德福宏亮晓东丹凤立新永庆玉兰淑珍建华"
)
STREETS = (
    "人民路",
    "解放路",
    "中山路",
    "建设路",
    "新华路",
    "和平路",
    "光明路",
    "长江路",
    "天河路",
    "建国路",
    "胜利路",
    "文化路",
    "朝阳路",
    "滨江路",
    "学府路",
)
PRODUCTS = (
    "都会安享终身寿险",
    "都会智选年金保险",
    "都会守护两全保险",
    "都会颐享医疗保险",
    "都会康悦终身重大疾病保险",
    "附加都会康悦轻症疾病保险",
)
# Share of members aimed at each tier band (lower AFYP bound, upper bound).
BANDS = [
    (0.12, 500, 4999),
    (0.24, 5000, 9999),
    (0.22, 10000, 29999),
    (0.12, 20000, 29999),
    (0.16, 30000, 49999),
    (0.14, 50000, 200000),
]


@dataclass(frozen=True)
class DemoResult:
    """How many demo members and policies were added."""

    members: int
    policies: int


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> dict[str, str]:
    """Given name, pinyin and initials of a name (demo names repeat: computed once each)."""
    return {
        "given_name": split_name(name)[1],
        "name_pinyin": name_pinyin(name),
        "name_initials": name_initials(name),
    }


@lru_cache(maxsize=65536)
def demo_grams(name: str) -> frozenset[str]:
    """The name-index grams of a demo name (cached like its keys)."""
    return frozenset(name_grams(name))


class DemoRandom(random.Random):
    """`random.Random` whose randint and choice call its own `_randbelow` directly: the same
    draws as the stdlib's (checked in a test), without two layers of argument checks per draw
    (a third of the time it takes to generate a demo member)."""

    def randint(self, a: int, b: int) -> int:
        """A random integer in [a, b], as `random.Random.randint` draws it."""
        return a + self._randbelow(b - a + 1)  # type: ignore[attr-defined]

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        """A random element of a non-empty sequence, as `random.Random.choice` draws it."""
        return seq[self._randbelow(len(seq))]  # type: ignore[attr-defined]


class DemoGenerator:
    """Deterministic generator of member and policy rows (the same seed, the same data)."""

    def __init__(self, seed: int, today: dt.date, taken: set[str], policy_start: int) -> None:
        self.rng = DemoRandom(seed)
        self.today = today
        self.taken = taken
        self.policy_serial = policy_start

    def name(self) -> str:
        """A Chinese name of two to four characters."""
        rng = self.rng
        surname = rng.choice(COMPOUND) if rng.random() < 0.01 else rng.choice(SURNAMES)
        given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
        return surname + given

    def id_number(self, area: str) -> tuple[str, dt.date, str]:
        """A valid, unused 18-digit ID number with its birth date and gender."""
        while True:
            born = self.today - dt.timedelta(days=self.rng.randint(18 * 365, 80 * 365))
            seq = self.rng.randint(0, 999)
            body = f"{area}{born:%Y%m%d}{seq:03d}"
            number = body + check_digit(body)
            if number not in self.taken:
                self.taken.add(number)
                return number, born, "M" if seq % 2 else "F"

    def member(self) -> dict[str, Any]:
        """One member row."""
        rng = self.rng
        area, province, city, district = rng.choice(PLACES)
        number, born, gender = self.id_number(area)
        name = self.name()
        address = f"{province}{city}{district}{rng.choice(STREETS)}{rng.randint(1, 999)}号"
        phone = f"1{rng.choice('3456789')}{rng.randint(0, 999_999_999):09d}"
        return {
            "id_number": number, "id_reversed": number[::-1], "name": name,
            **_name_keys(name), "birth_date": born, "gender": gender,
            "phone": phone, "address": address,
        }  # fmt: skip

    def policies(self, member_index: int) -> list[dict[str, Any]]:
        """One to five policies whose in-force premium lands in a chosen tier band."""
        rng = self.rng
        pick, acc = rng.random(), 0.0
        low, high, direct_only = BANDS[-1][1], BANDS[-1][2], False
        for i, (share, lo, hi) in enumerate(BANDS):
            acc += share
            if pick < acc:
                low, high, direct_only = lo, hi, i == 3
                break
        target = Decimal(rng.randint(low, high))
        count = rng.randint(1, 5)
        cuts = sorted(rng.random() for _ in range(count - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0], strict=True)]
        rows = []
        for k, share in enumerate(shares):
            premium = (target * Decimal(str(round(share, 4)))).quantize(Decimal("0.01"))
            status = "in_force"
            if rng.random() < 0.05:
                status = "suspended"
            elif k > 0 and rng.random() < 0.04:
                status = rng.choice(("lapsed", "terminated"))
            self.policy_serial += 1
            effective = self.today - dt.timedelta(days=rng.randint(40, 15 * 365))
            rows.append({
                "policy_no": f"{self.policy_serial:012d}", "_member": member_index,
                "product": rng.choice(PRODUCTS),
                "channel": "direct" if direct_only else rng.choice(("agency", "direct",
                                                                    "bancassurance")),
                "status": status, "effective_date": effective, "annual_premium": premium,
                "reinstated_date": None,
            })  # fmt: skip
        return rows


DEFERRED_INDEX_TABLES = ("members", "policies")


def drop_indexes(session: Session, tables: tuple[str, ...]) -> list[str]:
    """SQLite: drop the plain (not unique) indexes of `tables`; returns their CREATE statements.

    Into empty tables a sorted index build after the rows is far cheaper than a million
    inserts in random order into a dozen B-trees (names, pinyin, ID, phone, birthday …).
    The drop is part of the caller's transaction: a failed build rolls it back too.
    """
    if session.get_bind().dialect.name != "sqlite":
        return []
    marks = ", ".join(f"'{t}'" for t in tables)
    rows = session.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({marks}) ORDER BY tbl_name, name"
        )
    ).all()
    plain = [(name, sql) for name, sql in rows if not sql.upper().startswith("CREATE UNIQUE")]
    for name, _sql in plain:
        session.execute(text(f'DROP INDEX "{name}"'))
    return [sql for _name, sql in plain]


def create_indexes(session: Session, statements: list[str], table: str | None = None) -> None:
    """Create again the indexes `drop_indexes` dropped (those of `table`, or all)."""
    for sql in statements:
        if table is None or f" ON {table} " in sql:
            session.execute(text(sql))


def _write_prepared(session: Session, plan: DemoPlan, report: Progress) -> int:
    """SQLite: write the plan's prepared rows (from a second process for a large build);
    returns how many policies."""
    conn = session.connection()
    if can_pipeline(plan.count):
        chunks = pipelined_chunks(plan)
    else:
        chunks = prepared_chunks(plan, conn.dialect)
    added = policies = 0
    for chunk in chunks:
        for sql, rows in chunk.inserts:
            conn.exec_driver_sql(sql, rows)
        added += chunk.members
        policies += chunk.policies
        report("members", added, plan.count)
    return policies


def _write_generated(
    session: Session, gen: DemoGenerator, count: int, report: Progress
) -> tuple[list[int], int]:
    """Other databases: generate and insert in chunks (ids from RETURNING); returns the new
    member ids and how many policies."""
    new_ids: list[int] = []
    chunk, added, policies = 20_000, 0, 0
    while added < count:
        n = min(chunk, count - added)
        members = [gen.member() for _ in range(n)]
        rows = [p for i in range(n) for p in gen.policies(i)]
        ids = insert_with_ids(session, table_of(Member), members)
        for p in rows:
            p["member_id"] = ids[p.pop("_member")]
        insert_rows(session, table_of(Policy), rows)
        # brand-new members: nothing of theirs to delete from the name index first
        grams = [
            {"ch": g, "member_id": i}
            for i, m in zip(ids, members, strict=True)
            for g in demo_grams(m["name"])
        ]
        insert_rows(session, table_of(MemberNameChar), grams)
        new_ids.extend(ids)
        added += n
        policies += len(rows)
        report("members", added, count)
    return new_ids, policies


def add_demo_members(
    db: Database,
    rules: Rules,
    actor: Actor,
    count: int,
    seed: int,
    today: dt.date | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> DemoResult:
    """Add `count` demo members with policies, then compute their tiers and cards."""
    report = progress or (lambda *_: None)
    day = today or dt.date.today()
    with db.write() as session, large_page_cache(session):
        taken = set(session.scalars(select(Member.id_number)))
        top = session.scalar(select(func.max(Policy.policy_no)).where(Policy.policy_no < "9"))
        start = int(top) if top and top.isdigit() else 880_000_000_000
        had_members = bool(taken)
        # a first build (empty tables) writes the rows first and the indexes after them
        deferred = [] if had_members else drop_indexes(session, DEFERRED_INDEX_TABLES)
        if session.get_bind().dialect.name == "sqlite":
            first = (session.scalar(select(func.max(Member.id))) or 0) + 1
            plan = DemoPlan(seed, day, frozenset(taken), start, first, count)
            policies = _write_prepared(session, plan, report)
            new_ids = list(range(first, first + count))
        else:
            gen = DemoGenerator(seed, day, taken, start)
            new_ids, policies = _write_generated(session, gen, count, report)
        scope = new_ids if had_members else None
        create_indexes(session, deferred, "policies")  # the tier aggregate reads by member
        recompute_tiers(session, rules, actor, day, scope, progress)
        create_indexes(session, deferred, "members")
        audit(
            session,
            actor,
            "demo.add",
            "members",
            None,
            None,
            None,
            {"members": count, "seed": seed},
        )
    return DemoResult(count, policies)


# Demo and test accounts: created ONLY in demo databases (`vipdesk demo`, `make run`) and by the
# test suite; the installed app never has them. (username, display name, role)


def create_demo_staff(db: Database) -> dict[str, Actor]:
    """Create the missing demo accounts (known password, no change required); username → Actor."""
    from vipdesk.services.passwords import hash_password

    hashed = hash_password(DEMO_PASSWORD)
    actors: dict[str, Actor] = {}
    with db.write() as session:
        for username, display_name, role in DEMO_STAFF:
            user = session.scalars(select(StaffUser).where(StaffUser.username == username)).first()
            if user is None:
                user = StaffUser(
                    username=username, display_name=display_name, role=role, password_hash=hashed
                )
                session.add(user)
                session.flush()
                after = {"username": username, "role": role, "demo": True}
                who = actor_of(user)
                audit(session, who, "staff.add", "staff_user", user.id, None, None, after)
            actors[username] = actor_of(user)
    return actors
