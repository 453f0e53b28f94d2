"""Import of members and policies: all or nothing, every bad row named, idempotent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from vipdesk.db.models import AuditRecord, Card, Member, Policy
from vipdesk.services.importer import ImportRejected, import_members, import_policies
from vipdesk.services.tabular import FileProblem

MEMBERS = """id_number,name,phone,address
11010519491231002X,王建国,13812345678,北京市朝阳区建国路88号
440106198001010019,单雄信,13900001111,广东省广州市天河区天河路385号
"""
POLICY_HEADER = "policy_no,id_number,product,channel,status,effective_date,annual_premium"
POLICIES = (
    POLICY_HEADER
    + """,reinstated_date
P1001,11010519491231002X,都会安享终身寿险,agency,in_force,2020-01-01,30000.00,
P1002,11010519491231002X,都会智选年金保险,direct,suspended,2021-05-01,25000,
P2001,440106198001010019,都会康悦终身重大疾病保险,direct,in_force,2022-03-01,20000.50,
"""
)


@pytest.fixture
def admin(db):
    """An administrator (imports are an admin action)."""
    from tests.staff_helpers import test_admin

    return test_admin(db)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def counts(db) -> tuple[int, int, int]:
    with db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Member)),
            s.scalar(select(func.count()).select_from(Policy)),
            s.scalar(select(func.count()).select_from(Card)),
        )


def test_import_computes_tiers_and_cards_and_reimport_changes_nothing(db, rules, admin, tmp_path):
    members = write(tmp_path, "m.csv", MEMBERS)
    policies = write(tmp_path, "p.csv", POLICIES)
    assert import_members(db, rules, admin, members).inserted == 2
    assert import_policies(db, rules, admin, policies).inserted == 3
    with db.read() as s:
        tiers = dict(s.execute(select(Member.name, Member.tier)).tuples().all())
        keys = s.execute(
            select(Member.name_initials, Member.given_name).where(Member.name == "王建国")
        ).one()
    assert tiers == {"王建国": "platinum", "单雄信": "health_gold"}
    assert tuple(keys) == ("wjg", "建国")
    before = counts(db)
    again = import_members(db, rules, admin, members)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    again = import_policies(db, rules, admin, policies)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 3)
    assert counts(db) == before == (2, 3, 2)


def test_policy_change_moves_the_tier_and_card(db, rules, admin, tmp_path):
    import_members(db, rules, admin, write(tmp_path, "m.csv", MEMBERS))
    import_policies(db, rules, admin, write(tmp_path, "p.csv", POLICIES))
    lapsed = POLICIES.replace(
        "P1001,11010519491231002X,都会安享终身寿险,agency,in_force",
        "P1001,11010519491231002X,都会安享终身寿险,agency,lapsed",
    )
    result = import_policies(db, rules, admin, write(tmp_path, "p2.csv", lapsed))
    assert result.updated == 1
    with db.read() as s:
        wang = s.execute(
            select(Member.id, Member.tier, Member.vip_status).where(Member.name == "王建国")
        ).one()
        cards = s.execute(
            select(Card.tier, Card.status).where(Card.member_id == wang.id).order_by(Card.id)
        ).all()
    # only the suspended 25,000 direct policy is left: health gold held, services suspended
    assert (wang.tier, wang.vip_status) == ("health_gold", "suspended")
    assert cards == [("platinum", "replaced"), ("health_gold", "suspended")]


def test_one_bad_row_writes_nothing_and_every_bad_row_is_named(db, rules, admin, tmp_path):
    bad = MEMBERS + "110105194912310021,李四,13800000000,上海市\n,赵五,12345,北京市\n"
    with pytest.raises(ImportRejected) as caught:
        import_members(db, rules, admin, write(tmp_path, "m.csv", bad))
    problems = caught.value.problems
    assert any(p.startswith("line 4: id_number:") and "校验位" in p for p in problems)
    assert any(p.startswith("line 5: id_number:") for p in problems)
    assert any(p.startswith("line 5: phone:") for p in problems)
    assert counts(db) == (0, 0, 0)
    with db.read() as s:
        assert (
            s.scalar(
                select(func.count())
                .select_from(AuditRecord)
                .where(AuditRecord.action == "import.members")
            )
            == 0
        )


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("P9,11010519491231002X,x,online,in_force,2020-01-01,100,", "channel"),
        ("P9,11010519491231002X,x,agency,alive,2020-01-01,100,", "status"),
        ("P9,11010519491231002X,x,agency,in_force,2020-13-01,100,", "effective_date"),
        ("P9,11010519491231002X,x,agency,in_force,2020-01-01,-5,", "annual_premium"),
        ("P9,11010519491231002X,x,agency,in_force,2020-01-01,1.234,", "annual_premium"),
        ("P9,11010519491231002X,x,agency,in_force,2020-01-01,100,01/02/2021", "reinstated_date"),
        ("P1001,11010519491231002X,x,agency,in_force,2020-01-01,100,", "policy_no"),
    ],
)
def test_bad_policy_rows(db, rules, admin, tmp_path, row, column):
    import_members(db, rules, admin, write(tmp_path, "m.csv", MEMBERS))
    with pytest.raises(ImportRejected) as caught:
        import_policies(db, rules, admin, write(tmp_path, "p.csv", POLICIES + row + "\n"))
    assert caught.value.problems[0].startswith(f"line 5: {column}:")
    assert counts(db) == (2, 0, 0)


def test_unknown_member_in_policies_file(db, rules, admin, tmp_path):
    with pytest.raises(ImportRejected, match="请先导入客户"):
        import_policies(db, rules, admin, write(tmp_path, "p.csv", POLICIES))


def test_gb18030_and_chinese_headers(db, rules, admin, tmp_path):
    text = MEMBERS.replace("id_number,name,phone,address", "证件号码,姓名,手机号码,通讯地址")
    result = import_members(db, rules, admin, write(tmp_path, "m.csv", text, "gb18030"))
    assert result.inserted == 2
    with db.read() as s:
        assert "单雄信" in s.scalars(select(Member.name)).all()


def test_utf8_bom_and_xlsx(db, rules, admin, tmp_path):
    assert (
        import_members(db, rules, admin, write(tmp_path, "m.csv", MEMBERS, "utf-8-sig")).inserted
        == 2
    )
    book = Workbook()
    sheet = book.active
    for line in POLICIES.strip().splitlines():
        cells: list[object] = line.split(",")
        if cells[5] != "effective_date":
            cells[5] = dt.datetime.fromisoformat(str(cells[5]))
            cells[6] = float(str(cells[6]))
        sheet.append(cells)
    book.save(tmp_path / "p.xlsx")
    assert import_policies(db, rules, admin, tmp_path / "p.xlsx").inserted == 3


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("m.csv", b"", "空"),
        ("m.csv", b"a,b\n1,2\n", "缺少列"),
        ("m.pdf", b"%PDF", "CSV"),
        ("m.xlsx", b"not a zip", "XLSX"),
        ("m.csv", b"\xff\xfe\xfa" * 10, "编码"),
    ],
)
def test_unreadable_files(db, rules, admin, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(FileProblem, match=message):
        import_members(db, rules, admin, path)


def test_premiums_summing_exactly_to_a_bound_reach_the_tier(db, rules, admin, tmp_path):
    import_members(db, rules, admin, write(tmp_path, "m.csv", MEMBERS))
    rows = [
        f"Q{k},11010519491231002X,都会安享终身寿险,agency,in_force,2020-01-01,{premium},"
        for k, premium in enumerate(("3184.20", "1594.57", "4845.17", "376.06"))
    ]
    policies = POLICY_HEADER + ",reinstated_date\n" + "\n".join(rows) + "\n"
    import_policies(db, rules, admin, write(tmp_path, "p.csv", policies))
    with db.read() as s:
        tier, afyp = s.execute(
            select(Member.tier, Member.afyp).where(Member.name == "王建国")
        ).one()
        card_tier = s.scalar(select(Card.tier).join(Member).where(Member.name == "王建国"))
    assert (tier, card_tier) == ("gold", "gold")  # 10,000.00 exactly is gold
    assert round(float(afyp), 2) == 10000.00


def test_two_desks_importing_the_same_file_at_once_lose_nothing(db_url, rules, tmp_path):
    import threading

    from tests.staff_helpers import actor_for
    from vipdesk.errors import KnownError
    from vipdesk.services.database import Database

    path = write(tmp_path, "m.csv", MEMBERS)
    setup = Database(db_url)
    setup.ensure_schema()
    actor = actor_for(setup, "admin1", role="admin")
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def desk() -> None:
        own = Database(db_url)
        barrier.wait()
        try:
            outcomes.append(import_members(own, rules, actor, path).inserted)
        except KnownError as exc:  # the slower desk may be told to retry, in plain words
            outcomes.append(str(exc))
        except Exception as exc:  # anything else is a bug
            outcomes.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=desk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not [o for o in outcomes if isinstance(o, Exception)], outcomes
    assert sum(o for o in outcomes if isinstance(o, int)) == 2
    assert all("11010519491231002X" not in o for o in outcomes if isinstance(o, str))
    assert counts(setup) == (2, 0, 0)
    setup.dispose()
