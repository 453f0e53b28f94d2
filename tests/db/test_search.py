"""Search by every kind of reference, best matches first, never the full ID number."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import insert, select

from tests.staff_helpers import actor_for
from vipdesk.db.models import Card, Member, Policy
from vipdesk.services.importer import member_row, write_name_chars
from vipdesk.services.search import search_members
from vipdesk.services.tiers import recompute_tiers

PEOPLE = [
    ("11010519491231002X", "王建国", "13812345678"),
    ("110105198001010011", "王建", "13900000001"),
    ("110105198101010013", "汪建国", "13900000002"),
    ("110105198201010015", "李建国", "13900000003"),
    ("110105198301010017", "单雄信", "13900000004"),
    ("110105198401010019", "欧阳建国", "13900000005"),
]


@pytest.fixture
def people(db, rules, actor):
    from vipdesk.domain.people import check_digit

    with db.write() as s:
        rows = [
            member_row(n[:17] + check_digit(n), name, phone, "北京市朝阳区")
            for n, name, phone in PEOPLE
        ]
        ids = s.scalars(
            insert(Member).returning(Member.id, sort_by_parameter_order=True), rows
        ).all()
        write_name_chars(s, {i: r["name"] for i, r in zip(ids, rows, strict=True)})
        s.execute(
            insert(Policy),
            [
                {
                    "policy_no": f"PL{i:04d}",
                    "member_id": i,
                    "product": "都会安享终身寿险",
                    "channel": "agency",
                    "status": "in_force",
                    "effective_date": dt.date(2020, 1, 1),
                    "annual_premium": 10000 * (k + 1),
                }
                for k, i in enumerate(ids)
            ],
        )
        recompute_tiers(s, rules, actor, dt.date.today())
        numbers = {
            name: r["id_number"] for name, r in zip((p[1] for p in PEOPLE), rows, strict=True)
        }
        cards = dict(s.execute(select(Member.name, Card.number).join(Card)).tuples().all())
    return {
        "ids": dict(zip((p[1] for p in PEOPLE), ids, strict=True)),
        "numbers": numbers,
        "cards": cards,
    }


def names(db, text, limit=10):
    clerk = actor_for(db, "clerk1")
    with db.read() as s:
        return [m.name for m in search_members(s, text, limit, actor=clerk)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("王建国", ["王建国"]),
        ("wjg", ["王建国", "汪建国"]),
        ("wangjianguo", ["王建国", "汪建国"]),
        ("sxx", ["单雄信"]),
        ("shanxiongxin", ["单雄信"]),
        ("oyjg", ["欧阳建国"]),
        ("13900000004", ["单雄信"]),
        ("PL", []),
    ],
)
def test_search_kinds(db, people, query, expected):
    found = names(db, query)
    assert found[: len(expected)] == expected or sorted(found) == sorted(expected)
    assert set(expected) <= set(found)


def test_name_exact_comes_before_prefix_and_parts(db, people):
    found = names(db, "王建")
    assert found[0] == "王建"
    assert found[1] == "王建国"
    assert set(found) == {"王建", "王建国"}


def test_given_name_and_middle_parts(db, people):
    assert set(names(db, "建国")) == {"王建国", "汪建国", "李建国", "欧阳建国"}
    assert "欧阳建国" in names(db, "阳建")  # a part in the middle of the name
    assert names(db, "雄") == ["单雄信"]


def test_id_number_full_and_suffix(db, people):
    number = people["numbers"]["李建国"]
    assert names(db, number) == ["李建国"]
    assert names(db, number[-4:]) == ["李建国"]
    assert names(db, number[-6:].lower()) == ["李建国"]


def test_policy_and_card_numbers(db, people):
    wid = people["ids"]["单雄信"]
    assert names(db, f"pl{wid:04d}") == ["单雄信"]
    card = people["cards"]["单雄信"]
    spaced = " ".join(card[i : i + 4] for i in range(0, 16, 4))
    assert names(db, spaced) == ["单雄信"]


def test_results_are_masked_and_paged(db, people):
    clerk = actor_for(db, "clerk1")
    with db.read() as s:
        found = search_members(s, "建国", 2, actor=clerk)
        second = search_members(s, "建国", 2, offset=2, actor=clerk)
    assert len(found) == 2 and len(second) == 2
    assert not {m.id for m in found} & {m.id for m in second}
    for m in found + second:
        assert "*" in m.id_number_masked
        assert m.id_number_masked not in people["numbers"].values()


def test_nothing_for_empty_or_unknown(db, people):
    assert names(db, "   ") == []
    assert names(db, "赵") == []
    assert names(db, "!!") == []


@pytest.mark.postgres
def test_postgresql_with_a_chinese_collation_finds_prefixes_through_an_index():
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests.conftest import PG_SKIP, PG_URL
    from vipdesk.services.database import Database

    if not PG_URL:
        pytest.skip(PG_SKIP)
    name = f"vd_zh_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(
            text(
                f"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8' "
                "LOCALE_PROVIDER icu ICU_LOCALE 'zh' LOCALE 'C.UTF-8'"
            )
        )
    db = Database(make_url(PG_URL).set(database=name).render_as_string(hide_password=False))
    try:
        db.ensure_schema()
        with db.write() as s:
            rows = [
                member_row("11010519491231002X", "王小明", None, ""),
                member_row("110105198001010016", "王", None, ""),
            ]
            s.execute(insert(Member), rows)
        clerk = actor_for(db, "clerk1")
        with db.read() as s:
            assert [m.name for m in search_members(s, "王", actor=clerk)] == ["王", "王小明"]
            s.execute(text("SET LOCAL enable_seqscan = off"))
            plan = "\n".join(
                s.scalars(
                    text(
                        "EXPLAIN SELECT id FROM members WHERE name >= '王' COLLATE \"C\" "
                        "AND name < '玌' COLLATE \"C\" ORDER BY name, id"
                    )
                )
            )
        assert "ix_members_name_c" in plan
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()
