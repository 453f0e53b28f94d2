"""Matured policies (满期, `expired`): stored, imported, never counted toward AFYP or a tier,
shown as 满期; migration 0013 keeps every row and index (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import insert, select, text, update
from sqlalchemy.exc import IntegrityError

from tests.db.relative_helpers import BOOK, KANGYUE, ON, add_member, policy_no
from tests.db.test_import import MEMBERS, POLICY_HEADER, write
from vipdesk.cli import main
from vipdesk.db.engine import _alembic_config, is_current, upgrade
from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.errors import DatabaseError
from vipdesk.services.database import Database
from vipdesk.services.importer import ImportRejected, import_members, import_policies, member_row
from vipdesk.services.members import member_detail
from vipdesk.services.tiers import recompute_tiers

LIFE = "都会安享终身寿险"


@pytest.fixture
def admin(db):
    """An administrator (imports are an admin action)."""
    from tests.staff_helpers import test_admin

    return test_admin(db)


def stored(db, member_id: int) -> tuple[Decimal, str | None, str]:
    """The member's stored AFYP, tier and VIP status (the SQL recompute's result)."""
    with db.read() as session:
        m = session.get(Member, member_id)
        assert m is not None
        return Decimal(m.afyp), m.tier, m.vip_status


def detail(db, actor, member_id: int):
    """The member's detail (the pure domain's assessment over the read policies)."""
    with db.read() as session:
        return member_detail(session, BOOK, member_id, ON, actor=actor)


@pytest.mark.parametrize(
    ("in_force", "expired", "tier"),
    [
        (4999, 1, None),  # one yuan short of silver: the matured yuan does not lift it
        (5000, 40000, "silver"),  # silver's floor; 45,000 would be platinum
        (20000, 40000, "gold"),  # 60,000 would be diamond
        (30000, 20000, "platinum"),  # 50,000 would be diamond
    ],
)
def test_an_expired_policy_never_counts_toward_afyp_or_tier(db, actor, in_force, expired, tier):
    mid = add_member(db, actor, in_force, extra=[(LIFE, expired, "expired", dt.date(2010, 1, 1))])
    want_status = "active" if tier else "none"
    assert stored(db, mid) == (Decimal(in_force), tier, want_status)
    seen = detail(db, actor, mid)
    assert (seen.afyp, seen.tier, seen.vip_status) == (Decimal(in_force), tier, want_status)
    assert [p.status for p in seen.policies] == ["expired", "in_force"]


def test_only_expired_policies_leave_no_tier(db, actor):
    mid = add_member(db, actor, 80000, status="expired")
    assert stored(db, mid) == (Decimal(0), None, "none")
    seen = detail(db, actor, mid)
    assert (seen.afyp, seen.tier, seen.vip_status) == (Decimal(0), None, "none")


def test_the_suspension_rule_holds_the_tier_on_suspended_policies_only(db, actor):
    # suspended 10,000 holds gold; with the matured 40,000 it would hold diamond
    mid = add_member(
        db, actor, 10000, status="suspended", extra=[(LIFE, 40000, "expired", dt.date(2010, 1, 1))]
    )
    assert stored(db, mid) == (Decimal(0), "gold", "suspended")
    seen = detail(db, actor, mid)
    assert (seen.afyp, seen.tier, seen.vip_status) == (Decimal(0), "gold", "suspended")
    assert seen.to_next_tier is None  # suspended: no distance measured


def test_a_matured_agency_policy_does_not_spoil_health_gold(db, actor):
    mid = add_member(db, actor, 20000, extra=[(LIFE, 5000, "expired", dt.date(2010, 1, 1))])
    with db.write() as session:
        in_force = (Policy.member_id == mid) & (Policy.status == "in_force")
        session.execute(update(Policy).where(in_force).values(channel="direct"))
        recompute_tiers(session, BOOK.on(ON), actor, ON, [mid])
    assert stored(db, mid) == (Decimal(20000), "health_gold", "active")
    assert detail(db, actor, mid).tier == "health_gold"


def test_a_matured_kangyue_policy_gives_no_kangyue_service(db, actor):
    mid = add_member(db, actor, 60000, product=KANGYUE, status="expired")
    assert "kangyue_health" not in detail(db, actor, mid).entitlements
    with db.write() as session:
        session.execute(update(Policy).where(Policy.member_id == mid).values(status="in_force"))
        recompute_tiers(session, BOOK.on(ON), actor, ON, [mid])
    assert "kangyue_health" in detail(db, actor, mid).entitlements
    assert stored(db, mid) == (Decimal(60000), "diamond", "active")


def test_a_policy_maturing_drops_the_tier_at_the_next_recompute(db, actor):
    mid = add_member(db, actor, 30000)
    assert stored(db, mid)[1] == "platinum"
    with db.write() as session:
        session.execute(update(Policy).where(Policy.member_id == mid).values(status="expired"))
        recompute_tiers(session, BOOK.on(ON), actor, ON, [mid])
    assert stored(db, mid) == (Decimal(0), None, "none")


def test_the_check_constraint_still_refuses_an_unknown_status(db, actor):
    mid = add_member(db, actor, 1000)
    with pytest.raises(DatabaseError) as caught, db.write() as session:
        session.execute(update(Policy).where(Policy.member_id == mid).values(status="matured"))
    assert isinstance(caught.value.__cause__, IntegrityError)
    assert stored(db, mid)[0] == Decimal(1000)


def test_cli_member_shows_a_matured_policy_as_manqi(db, actor, capsys, monkeypatch):
    mid = add_member(db, actor, 20000, extra=[(KANGYUE, 40000, "expired", dt.date(2010, 1, 1))])
    number = policy_no(db, mid, KANGYUE)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert main(["--db", db.url, "--as", "clerk1", "member", number]) == 0
    out = capsys.readouterr().out
    assert "满期" in out and "expired" not in out
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["--db", db.url, "--as", "clerk1", "member", number]) == 0
    assert "matured" in capsys.readouterr().out


MIXED = POLICY_HEADER + (
    ",reinstated_date\n"
    "P1001,11010519491231002X,都会安享终身寿险,agency,有效,2020-01-01,30000.00,\n"
    "P1002,11010519491231002X,都会智选年金保险,agency,满期,2005-05-01,25000,\n"
    "P2001,440106198001010019,都会康悦终身重大疾病保险,direct,到期,2002-03-01,20000.50,\n"
    "P2002,440106198001010019,都会安享终身寿险,direct,expired,2003-03-01,9000,\n"
)


def test_a_file_mixing_in_force_and_matured_rows_is_accepted(db, rules, admin, tmp_path):
    import_members(db, rules, admin, write(tmp_path, "m.csv", MEMBERS))
    assert import_policies(db, rules, admin, write(tmp_path, "p.csv", MIXED)).inserted == 4
    with db.read() as s:
        statuses = dict(s.execute(select(Policy.policy_no, Policy.status)).tuples().all())
        members = {
            m.name: (Decimal(m.afyp), m.tier, m.vip_status) for m in s.scalars(select(Member))
        }
    assert statuses == {"P1001": "in_force", "P1002": "expired", "P2001": "expired",
                        "P2002": "expired"}  # fmt: skip
    assert members == {"王建国": (Decimal(30000), "platinum", "active"),
                       "单雄信": (Decimal(0), None, "none")}  # fmt: skip


@pytest.mark.parametrize("word", ["已满期", "满期终止", "matured"])
def test_a_status_word_not_listed_still_refuses_the_file(db, rules, admin, tmp_path, word):
    import_members(db, rules, admin, write(tmp_path, "m.csv", MEMBERS))
    bad = MIXED.replace(",满期,", f",{word},")
    with pytest.raises(ImportRejected) as caught:
        import_policies(db, rules, admin, write(tmp_path, "p.csv", bad))
    assert "line 3: status: 应为 in_force|suspended|lapsed|terminated|expired" in str(caught.value)
    assert f"“{word}”" in str(caught.value)
    with db.read() as s:
        assert s.scalar(select(Policy.id)) is None  # all or nothing


def _indexes(db: Database) -> set[tuple[str, str]]:
    """Every index of the database with its definition (partial and expression ones too)."""
    with db.engine.connect() as conn:
        if db.engine.dialect.name == "postgresql":
            rows = conn.execute(text("SELECT indexname, indexdef FROM pg_indexes "
                                     "WHERE schemaname = 'public'"))  # fmt: skip
        else:
            rows = conn.execute(text("SELECT name, COALESCE(sql, '') FROM sqlite_master "
                                     "WHERE type = 'index'"))  # fmt: skip
        return {(str(name), str(sql)) for name, sql in rows}


def _at_0012_with_rows(url: str) -> tuple[Database, int]:
    """A database migrated to 0012 with a member, two policies and a relative on one of them."""
    db = Database(url)
    command.upgrade(_alembic_config(db.engine), "0012")
    with db.write() as session:
        row = member_row("11010519491231002X", "王建国", None, "北京市朝阳区")
        mid = session.scalar(insert(Member).returning(Member.id), [row])
        for no, status in (("P1", "in_force"), ("P2", "lapsed")):
            session.add(Policy(policy_no=no, member_id=mid, product=KANGYUE, channel="agency",
                               status=status, effective_date=dt.date(2020, 1, 1),
                               annual_premium=Decimal("12345.67")))  # fmt: skip
        session.flush()
        pid = session.scalar(select(Policy.id).where(Policy.policy_no == "P1"))
        session.execute(insert(DesignatedRelative), [dict(
            member_id=mid, program="kangyue", policy_id=pid, slot=1, name="李秀英",
            id_number="110105195301010020", relation="spouse", birth_date=dt.date(1953, 1, 1),
            gender="F", designated_on=dt.date(2024, 1, 1), status="active")])  # fmt: skip
    return db, pid


def test_upgrade_from_0012_admits_expired_and_keeps_rows_and_indexes(db_url):
    db, pid = _at_0012_with_rows(db_url)
    before = _indexes(db)
    assert any(name == "ix_policies_effective_md" for name, _ in before)
    upgrade(db.engine)
    assert is_current(db.engine)
    assert _indexes(db) == before  # every index, as it was defined
    with db.write() as session:
        session.execute(update(Policy).where(Policy.policy_no == "P2").values(status="expired"))
    with db.read() as session:
        columns = (Policy.id, Policy.policy_no, Policy.status, Policy.annual_premium)
        rows = session.execute(select(*columns).order_by(Policy.policy_no)).all()
        kept = session.scalar(select(DesignatedRelative.policy_id))
    premium = Decimal("12345.67")
    assert [tuple(r) for r in rows] == [
        (pid, "P1", "in_force", premium),
        (pid + 1, "P2", "expired", premium),
    ]
    assert kept == pid
    db.dispose()


def test_downgrade_refuses_while_a_policy_is_expired_and_works_once_none_is(db_url):
    db, pid = _at_0012_with_rows(db_url)
    upgrade(db.engine)
    config = _alembic_config(db.engine)
    with db.write() as session:
        session.execute(update(Policy).where(Policy.policy_no == "P2").values(status="expired"))
    with pytest.raises(IntegrityError):
        command.downgrade(config, "0012")
    assert is_current(db.engine)  # one transaction: nothing half done
    with db.write() as session:
        session.execute(update(Policy).where(Policy.policy_no == "P2").values(status="lapsed"))
    command.downgrade(config, "0012")
    with pytest.raises(DatabaseError) as caught, db.write() as session:
        session.execute(update(Policy).where(Policy.policy_no == "P2").values(status="expired"))
    assert isinstance(caught.value.__cause__, IntegrityError)
    with db.read() as session:
        assert session.scalar(select(DesignatedRelative.policy_id)) == pid
    db.dispose()


def test_pending_translation_names_the_status_matured():
    pending = Path(__file__).parents[2] / "docs" / "i18n-pending" / "policy-expired.tsv"
    assert "labels\t满期\tMatured" in pending.read_text(encoding="utf-8").splitlines()


def _care(db, actor, start: dt.date, kind: str) -> dict[int, tuple[dt.date, Decimal | None]]:
    """The care calendar's items of `kind` in the 14 days from `start`, by member."""
    from vipdesk.services.care import care_items

    with db.read() as session:
        found = care_items(session, BOOK.current(), start, 14, None, [kind], actor=actor)
    return {i.member_id: (i.due_on, i.amount) for i in found}


def test_care_calendar_ignores_matured_policies(db, actor):
    from tests.case_fixtures import add_member as add_tiered

    matured = ("都会智选年金保险", "20000", "expired", dt.date(2019, 1, 5), None)
    plain, _ = add_tiered(db, actor, "gold")  # 12,000 in force from 1 January 2019
    with_matured, _ = add_tiered(db, actor, "gold", policies=[matured])
    at_risk = _care(db, actor, dt.date(2025, 12, 25), "tier_at_risk")
    assert at_risk[with_matured] == at_risk[plain] == (dt.date(2026, 1, 1), Decimal(10000))
    # 8,999.99 in force is not within 10 % of gold, whatever matured beside it
    short = ("都会安享两全保险", "2999.99", "in_force", dt.date(2019, 1, 1), None)
    far, _ = add_tiered(db, actor, "silver", policies=[short, matured])
    assert far not in _care(db, actor, dt.date(2026, 3, 1), "upgrade")
