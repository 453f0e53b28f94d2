"""Real-shaped names are accepted, stored normalised and found by name and by pinyin."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import select

from tests.db.import_helpers import MEMBER_HEADER, id_number, write_csv
from vipdesk.db.models import Member
from vipdesk.errors import DatabaseError
from vipdesk.services.importer import import_members
from vipdesk.services.search import search_members

# (name as exported, name as stored, full pinyin)
NAMES = [
    ("买买提・艾力", "买买提·艾力", "maimaitiaili"),
    ("阿依古丽•吐尔逊", "阿依古丽·吐尔逊", "ayigulituerxun"),
    ("热依拉·买买提", "热依拉·买买提", "reyilamaimaiti"),
    ("古丽米拉·阿不力孜", "古丽米拉·阿不力孜", "gulimilaabulizi"),
    ("扎西·顿珠", "扎西·顿珠", "zhaxidunzhu"),
    ("阿里木·克里木", "阿里木·克里木", "alimukelimu"),
    ("努尔兰‧别克", "努尔兰·别克", "nuerlanbieke"),
    ("巴特尔·额尔敦", "巴特尔·额尔敦", "bateereerdun"),
    ("John Smith", "John Smith", "johnsmith"),
    ("MARIA  GARCIA LOPEZ", "MARIA GARCIA LOPEZ", "mariagarcialopez"),
    ("Ｎｏａｈ Ｍüller", "Noah Müller", "noahmuller"),
    ("王𠮷", "王𠮷", "wangji"),
    ("𠮷祥", "𠮷祥", "jixiang"),
    ("张堃", "张堃", "zhangkun"),
    ("刘赟", "刘赟", "liuyun"),
    ("李犇", "李犇", "liben"),
    ("陈 堃 赟", "陈堃赟", "chenkunyun"),
    ("单雄信", "单雄信", "shanxiongxin"),
    ("欧阳娜娜", "欧阳娜娜", "ouyangnana"),
    ("司马懿", "司马懿", "simayi"),
    ("曾国藩", "曾国藩", "zengguofan"),
    ("解缙", "解缙", "xiejin"),
    ("区家麟", "区家麟", "oujialin"),
    ("朴树", "朴树", "piaoshu"),
    ("查良镛", "查良镛", "zhaliangyong"),
    ("覃小玲", "覃小玲", "qinxiaoling"),
    ("尉迟恭", "尉迟恭", "yuchigong"),
    ("长孙无忌", "长孙无忌", "zhangsunwuji"),
    ("李〇", "李〇", "liling"),
    ("王䶮", "王䶮", "wangyan"),
    ("周喆", "周喆", "zhouzhe"),
    ("吴昊", "吴昊", "wuhao"),
    ("郑淼", "郑淼", "zhengmiao"),
    ("孙鑫", "孙鑫", "sunxin"),
    ("钱焱", "钱焱", "qianyan"),
    ("何垚", "何垚", "heyao"),
    ("罗森", "罗森", "luosen"),
    ("高晶", "高晶", "gaojing"),
    ("林晓燕", "林晓燕", "linxiaoyan"),
    ("黄建国", "黄建国", "huangjianguo"),
    ("徐丽娟", "徐丽娟", "xulijuan"),
    ("马艳", "马艳", "mayan"),
    ("胡静", "胡静", "hujing"),
    ("郭靖", "郭靖", "guojing"),
    ("诸葛亮", "诸葛亮", "zhugeliang"),
    ("东方明珠", "东方明珠", "dongfangmingzhu"),
    ("令狐冲", "令狐冲", "linghuchong"),
    ("端木蓉", "端木蓉", "duanmurong"),
    ("慕容复", "慕容复", "murongfu"),
    ("Anna Ivanova", "Anna Ivanova", "annaivanova"),
]


@pytest.fixture
def admin(db):
    """An administrator (imports are an admin action)."""
    from tests.staff_helpers import test_admin

    return test_admin(db)


def test_fifty_real_shaped_names_are_found_by_name_and_pinyin(db, rules, admin, actor, tmp_path):
    assert len(NAMES) == 50
    rows = [f"{id_number(i)},{raw},1381234{i:04d},北京" for i, (raw, _, _) in enumerate(NAMES)]
    result = import_members(db, rules, admin, write_csv(tmp_path, "m.csv", MEMBER_HEADER, rows))
    assert result.inserted == 50
    with db.read() as s:
        stored = dict(s.execute(select(Member.id_number, Member.name)).tuples().all())
        for i, (raw, name, pinyin) in enumerate(NAMES):
            assert stored[id_number(i)] == name, raw
            by_name = [m.name for m in search_members(s, name, limit=100, actor=actor)]
            assert name in by_name, name
            by_pinyin = [m.name for m in search_members(s, pinyin, limit=100, actor=actor)]
            assert name in by_pinyin, (name, pinyin)
        # a part of a minority name and the rare character alone find them too
        assert "买买提·艾力" in [m.name for m in search_members(s, "艾力", actor=actor)]
        assert {"王𠮷", "𠮷祥"} <= {m.name for m in search_members(s, "𠮷", actor=actor)}
        assert "John Smith" in [m.name for m in search_members(s, "John Smith", actor=actor)]


def test_a_database_file_deleted_during_the_import_is_an_error(sqlite_url, rules, tmp_path):
    from tests.staff_helpers import test_admin
    from vipdesk.services.database import Database

    db = Database(sqlite_url)
    db.ensure_schema()
    admin = test_admin(db)
    path_db = sqlite_url.removeprefix("sqlite:///")
    rows = [f"{id_number(i)},王建国,13812345678,北京" for i in range(200)]
    path = write_csv(tmp_path, "m.csv", MEMBER_HEADER, rows)

    def delete_database(stage: str, *_: object) -> None:
        if stage == "写入" and os.path.exists(path_db):
            os.unlink(path_db)

    with pytest.raises(DatabaseError, match="删除或替换"):
        import_members(db, rules, admin, path, progress=delete_database)
    db.dispose()


def test_a_database_file_replaced_during_the_import_is_an_error(sqlite_url, rules, tmp_path):
    import shutil

    from tests.staff_helpers import test_admin
    from vipdesk.services.database import Database

    db = Database(sqlite_url)
    db.ensure_schema()
    admin = test_admin(db)
    path_db = sqlite_url.removeprefix("sqlite:///")
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(path_db, copy)
    rows = [f"{id_number(i)},王建国,13812345678,北京" for i in range(200)]
    path = write_csv(tmp_path, "m.csv", MEMBER_HEADER, rows)

    def replace_database(stage: str, *_: object) -> None:
        if stage == "写入":
            os.replace(copy, path_db)

    with pytest.raises(DatabaseError, match="删除或替换"):
        import_members(db, rules, admin, path, progress=replace_database)
    db.dispose()
    fresh = Database(sqlite_url)
    with fresh.read() as s:
        assert s.scalars(select(Member.id)).first() is None
    fresh.dispose()


def test_the_name_index_is_exact_after_new_and_changed_names(db, rules, admin, tmp_path):
    from vipdesk.db.models import MemberNameChar
    from vipdesk.domain.names import name_grams

    first = [f"{id_number(i)},{raw},,北京" for i, (raw, _, _) in enumerate(NAMES[:30])]
    import_members(db, rules, admin, write_csv(tmp_path, "a.csv", MEMBER_HEADER, first))
    renamed = [f"{id_number(i)},{NAMES[(i + 7) % 50][0]},,北京" for i in range(0, 40)]
    result = import_members(db, rules, admin, write_csv(tmp_path, "b.csv", MEMBER_HEADER, renamed))
    assert (result.inserted, result.updated) == (10, 30)
    with db.read() as s:
        names = dict(s.execute(select(Member.id, Member.name)).tuples().all())
        index = set(s.execute(select(MemberNameChar.ch, MemberNameChar.member_id)).tuples().all())
    assert index == {(g, mid) for mid, name in names.items() for g in name_grams(name)}


def test_a_changed_phone_or_address_is_written_and_the_name_index_kept(db, rules, admin, tmp_path):
    from vipdesk.db.models import MemberNameChar

    rows = [f"{id_number(i)},{raw},1381234{i:04d},北京" for i, (raw, _, _) in enumerate(NAMES[:5])]
    import_members(db, rules, admin, write_csv(tmp_path, "a.csv", MEMBER_HEADER, rows))
    with db.read() as s:
        before = set(s.execute(select(MemberNameChar.ch, MemberNameChar.member_id)).tuples())
    moved = [r.replace(",北京", ",上海") if i % 2 else r for i, r in enumerate(rows)]
    result = import_members(db, rules, admin, write_csv(tmp_path, "b.csv", MEMBER_HEADER, moved))
    assert (result.updated, result.unchanged) == (2, 3)
    with db.read() as s:
        addresses = s.scalars(select(Member.address).order_by(Member.id)).all()
        after = set(s.execute(select(MemberNameChar.ch, MemberNameChar.member_id)).tuples())
    assert addresses == ["北京", "上海", "北京", "上海", "北京"] and after == before
