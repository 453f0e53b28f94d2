"""The relative designation dialog, driven with qtbot on a real SQLite file and worker thread."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from decimal import Decimal

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from sqlalchemy import insert, select

from tests.staff_helpers import actor_for
from ui.desk import Desk
from ui.dialogs.relative import RelativeDialog
from ui.worker import DbWorker
from vipdesk.db.models import DesignatedRelative, Member, Policy
from vipdesk.domain.people import check_digit, mask_id_number
from vipdesk.rules import load_rules
from vipdesk.services.database import Database
from vipdesk.services.importer import member_row
from vipdesk.services.relatives import designate_relative
from vipdesk.services.tiers import recompute_tiers

ON = dt.date(2025, 6, 1)
BOOK = load_rules()
_serial = itertools.count(1)


def rid(born: dt.date, seq: str = "124", area: str = "110105") -> str:
    """A valid resident ID number for someone born on `born`."""
    body = f"{area}{born:%Y%m%d}{seq}"
    return body + check_digit(body)


def add_member(db: Database, actor, premium: int, product: str = "都会安享终身寿险") -> int:
    """A member with one in-force policy, tier and card set as a recompute does."""
    n = next(_serial)
    with db.write() as session:
        row = member_row(rid(dt.date(1970, 5, 5), f"{n:03d}", "310115"), "张伟", None, "上海市")
        member_id = session.scalar(insert(Member).returning(Member.id), row)
        session.add(
            Policy(
                policy_no=f"UI{n:05d}",
                member_id=member_id,
                product=product,
                channel="agency",
                status="in_force",
                effective_date=dt.date(2020, 3, 1),
                annual_premium=Decimal(premium),
            )
        )
        session.flush()
        recompute_tiers(session, BOOK.on(ON), actor, ON, [member_id])
    return member_id


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, whitespace removed (CJK text may be split anywhere)."""
    reader = PdfReader(io.BytesIO(pdf))
    return "".join("".join(page.extract_text().split()) for page in reader.pages)


def start_worker(db: Database) -> DbWorker:
    """The real database worker thread with a desk open on `db`."""
    desk = Desk()
    desk.db, desk.actor, desk.book = db, actor_for(db, "clerk1", "柜员一"), BOOK
    w = DbWorker(desk)
    w.start()
    return w


@pytest.fixture
def worker(qtbot, sqlite_url):
    """A worker on the test's own migrated SQLite file."""
    db = Database(sqlite_url)
    db.ensure_schema()
    w = start_worker(db)
    yield w
    qtbot.waitUntil(w.is_idle, timeout=10_000)
    w.stop()
    db.dispose()


def open_dialog(qtbot, worker, member_id: int, shown: list | None = None) -> RelativeDialog:
    shown = [] if shown is None else shown
    show = lambda pdf, title: shown.append((title, pdf))  # noqa: E731  (the print preview)
    dialog = RelativeDialog(worker.op, member_id, today=ON, show_document=show)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.context is not None, timeout=10_000)
    return dialog


def test_id_number_is_read_as_typed_and_rule_and_places_shown(qtbot, worker):
    member = add_member(worker.desk.db, worker.desk.actor, 30000)
    dialog = open_dialog(qtbot, worker, member)
    assert "张伟" in dialog.member_label.text() and "白金卡" in dialog.member_label.text()
    assert dialog.places_label.text() == "2 位（共 2 位）"
    assert "未满65周岁" in dialog.rule_label.text()
    number = rid(dt.date(1972, 1, 1))
    qtbot.keyClicks(dialog.id_edit, number[:-1] + ("0" if number[-1] != "0" else "1"))
    assert "校验位不正确" in dialog.id_info.text()
    dialog.id_edit.clear()
    qtbot.keyClicks(dialog.id_edit, number)
    info = dialog.id_info.text()
    assert "号码有效" in info and "1972-01-01" in info and "53周岁" in info and "女" in info
    assert not dialog.confirm.isEnabled()  # no name yet
    dialog.name_edit.insert("李秀英")  # typed by an IME
    assert "第 1 个名额" in dialog.verdict.text()
    assert dialog.confirm.isEnabled()


def test_refusal_is_shown_before_confirming(qtbot, worker):
    member = add_member(worker.desk.db, worker.desk.actor, 50000)
    dialog = open_dialog(qtbot, worker, member)
    dialog.name_edit.insert("王老")  # typed by an IME
    qtbot.keyClicks(dialog.id_edit, rid(dt.date(1960, 6, 1)))  # 65 on the day
    assert "不能指定" in dialog.verdict.text() and "未满65周岁" in dialog.verdict.text()
    assert not dialog.confirm.isEnabled()
    dialog.relation_box.setCurrentIndex(dialog.relation_box.findData("parent"))
    assert not dialog.confirm.isEnabled()


def test_gold_member_sees_not_entitled(qtbot, worker):
    member = add_member(worker.desk.db, worker.desk.actor, 10000)
    dialog = open_dialog(qtbot, worker, member)
    dialog.name_edit.insert("李秀英")  # typed by an IME
    qtbot.keyClicks(dialog.id_edit, rid(dt.date(1972, 1, 1)))
    assert "只有都会白金卡、都会钻石卡客户" in dialog.verdict.text()
    assert not dialog.confirm.isEnabled()


def test_confirm_designates_and_prints_the_letter(qtbot, worker):
    db = worker.desk.db
    member = add_member(db, worker.desk.actor, 30000)
    shown: list = []
    dialog = open_dialog(qtbot, worker, member, shown)
    dialog.name_edit.insert("李秀英")  # typed by an IME
    qtbot.keyClicks(dialog.id_edit, rid(dt.date(1972, 1, 1)))
    with (
        qtbot.waitSignal(dialog.letter_ready, timeout=15_000),
        qtbot.waitSignal(dialog.designated, timeout=10_000) as saved,
    ):
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert saved.args[0].slot == 1
    with db.read() as session:
        row = session.scalars(select(DesignatedRelative)).one()
        assert (row.member_id, row.name, row.relation, row.status) == (
            member,
            "李秀英",
            "spouse",
            "active",
        )
    assert "确认函已生成" in dialog.verdict.text()
    assert not dialog.confirm.isEnabled() and not dialog.id_edit.isEnabled()
    assert shown and shown[0][0] == "指定亲属确认函"
    text = pdf_text(dialog.letter)
    assert "李秀英" in text and "张伟" in text
    assert rid(dt.date(1972, 1, 1)) not in text  # the full ID number never prints
    assert mask_id_number(rid(dt.date(1972, 1, 1))) in text
    assert "指定亲属确认书" in text and "配偶" in text


def test_place_taken_by_another_desk_is_refused_and_places_reload(qtbot, worker):
    db, actor = worker.desk.db, worker.desk.actor
    member = add_member(db, actor, 30000)
    dialog = open_dialog(qtbot, worker, member)
    dialog.name_edit.insert("李秀英")  # typed by an IME
    qtbot.keyClicks(dialog.id_edit, rid(dt.date(1972, 1, 1)))
    assert dialog.confirm.isEnabled()
    for day in (2, 3):  # another desk fills both places meanwhile
        designate_relative(
            db, BOOK, actor, member, "他人", rid(dt.date(1980, 1, day)), "child", on=ON
        )
    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert "名额已满" in failed.args[0]
    qtbot.waitUntil(lambda: dialog.places_label.text().startswith("0 位"), timeout=10_000)
    assert "名额已满" in dialog.verdict.text()
    assert not dialog.confirm.isEnabled()
    with db.read() as session:
        assert len(session.scalars(select(DesignatedRelative)).all()) == 2


def test_kangyue_member_designates_with_policy_and_waiting_period(qtbot, worker):
    db = worker.desk.db
    member = add_member(db, worker.desk.actor, 8000, BOOK.on(ON).kangyue_products[0])
    dialog = open_dialog(qtbot, worker, member)
    assert dialog.program_box.currentData() == "kangyue"  # silver: only 康悦 applies
    assert dialog.policy_box.isVisible() and dialog.policy_box.currentData().startswith("UI")
    assert "不可更换" in dialog.rule_label.text()
    dialog.name_edit.insert("张父")  # typed by an IME
    qtbot.keyClicks(dialog.id_edit, rid(dt.date(1954, 3, 2), "113"))  # 65 on 2020-03-01
    dialog.relation_box.setCurrentIndex(dialog.relation_box.findData("parent"))
    assert "2025-07-01" in dialog.verdict.text()
    with qtbot.waitSignal(dialog.designated, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    assert (saved.args[0].program, saved.args[0].service_from) == ("kangyue", dt.date(2025, 7, 1))
    qtbot.waitUntil(lambda: dialog.letter is not None, timeout=15_000)
    assert "2025年6月30日" in pdf_text(dialog.letter)  # last day of the waiting period
