"""Dashboard figures equal direct SQL counts (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.case_fixtures import BOOK, add_member, add_relative, supervisor
from vipdesk.errors import Refused
from vipdesk.services import cases
from vipdesk.services.cards import reissue_card
from vipdesk.services.care import care_items, mark_care
from vipdesk.services.dashboard import dashboard
from vipdesk.services.sla import respond

H = dt.timedelta(hours=1)
WED = dt.datetime(2026, 3, 4, 2, tzinfo=dt.UTC)  # the week of Monday 2 March
NOW = dt.datetime(2026, 3, 20, tzinfo=dt.UTC)


def test_figures_equal_direct_sql(db, actor):
    boss = supervisor(db)
    gold, _ = add_member(db, actor, "gold", born=dt.date(1970, 3, 10))
    add_member(db, actor, "gold")
    held, _ = add_member(db, actor, "platinum", status="suspended")
    add_relative(db, held, designated_on=dt.date(2026, 3, 3))
    rules = BOOK.current()

    def open_(at):
        return cases.open_case(db, rules, actor, cases.CaseRequest("complaint", gold, "x"), at)

    late = open_(WED)
    respond(db, actor, late.id, WED + 72 * H, now=WED + 25 * H)  # answered late: breach
    good = open_(WED + H)
    respond(db, actor, good.id, WED + 48 * H, now=WED + 2 * H)
    for status in ("resolved", "closed"):
        cases.change_status(db, actor, good.id, status, now=WED + 5 * H)
    open_(WED + 7 * 24 * H)  # next week, still open and past due at NOW: not met
    reissue_card(db, actor, gold, "lost")
    with db.read() as session:
        [item] = care_items(session, rules, dt.date(2026, 3, 9), 3, kinds=["birthdays"],
                            actor=actor)  # fmt: skip
    mark_care(db, actor, item.key, "done", "问候")
    with pytest.raises(Refused), db.read() as session:
        dashboard(session, dt.date(2026, 1, 1), NOW, actor=actor)  # clerks may not
    with db.read() as session:
        d = dashboard(session, dt.date(2026, 1, 1), NOW, actor=boss)
        by_sql = session.execute(
            text("SELECT tier, vip_status, count(*) FROM members GROUP BY tier, vip_status")
        ).all()
        reissues = session.scalar(text("SELECT count(*) FROM card_events WHERE cause='reissue'"))
    assert sorted(d.members, key=str) == sorted(((t, s, n) for t, s, n in by_sql), key=str)
    assert d.weeks == [(dt.date(2026, 3, 2), 2, 1, 1), (dt.date(2026, 3, 9), 1, 0, 0)]
    assert sum(r for _, r, _ in d.months) == reissues == 1
    assert sum(n for _, _, n in d.months) == 1
    assert d.care_done == [("（未指定）", 1)]


def test_monthly_report_pdf_carries_the_figures(db, actor, tmp_path):
    import subprocess

    from vipdesk.documents.monthly_report import monthly_report_pdf

    boss = supervisor(db)
    member, _ = add_member(db, actor, "gold")
    rules = BOOK.current()
    cases.open_case(db, rules, actor, cases.CaseRequest("complaint", member, "x"), WED)
    path = monthly_report_pdf(db, boss, rules, dt.date(2026, 3, 1), tmp_path / "m.pdf", "朝阳网点")
    words = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                           text=True, check=True).stdout  # fmt: skip
    assert "朝阳网点贵宾客户服务月度报告" in words and "2026年03月" in words
    assert "03-02 起" in words and "都会金卡" in words
    sections = words.split("三、补发会员卡与指定亲属")[1]
    assert sections.count("本月无记录") == 2 and "月份" not in sections  # no bare header
    axis = words.split("二、每周案件与按时完成")[1].split("三、")[0]
    assert not re.search(r"\b0\.\d", axis), axis  # one case: the count axis has no 0.2, 0.4
    assert re.search(r"^\s*1\s*$", axis, re.M), axis  # … and shows the whole number 1
    with pytest.raises(Refused):
        monthly_report_pdf(db, actor, rules, dt.date(2026, 3, 1), tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()
    if os.environ.get("VIPDESK_SCREENSHOTS") and "sqlite" in db.url:
        shots = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile",
                        str(path), str(shots / "monthly-report")], check=True)  # fmt: skip


def test_count_axis_steps_are_whole_numbers():
    from vipdesk.documents.monthly_report import count_axis

    assert count_axis(0) == (1, 1) and count_axis(1) == (1, 1) and count_axis(3) == (1, 3)
    assert count_axis(5) == (1, 5) and count_axis(6) == (2, 6) and count_axis(11) == (3, 12)
    assert count_axis(0.4) == (1, 1)


def test_report_monthly_command(db, actor, capsys, tmp_path):
    from tests.db.relative_helpers import run

    supervisor(db)
    out_file = tmp_path / "r.pdf"
    args = ("report", "monthly", "--month", "2026-03", "-o", str(out_file))
    assert run(capsys, "--db", db.url, "--as", "boss", *args)[0] == 0
    assert out_file.read_bytes().startswith(b"%PDF")
    code, out, _ = run(
        capsys, "--db", db.url, "--as", "clerk1", *args[:-1], str(tmp_path / "c.pdf")
    )
    assert code == 3 and not (tmp_path / "c.pdf").exists()
    assert run(capsys, "--db", db.url, "--as", "boss", "report", "monthly", "--month", "03",
               "-o", str(out_file))[0] == 2  # fmt: skip


def test_care_done_and_due_per_manager_equal_direct_sql(db, actor):
    """Due: the calendar's items in the period per manager (done or not) — equal to the count
    of birthdays in the period by direct SQL; done: the marks ticked in it."""
    boss = supervisor(db)
    from vipdesk.services.account_managers import set_account_manager

    mine = [add_member(db, actor, "gold", born=dt.date(1970, 3, d))[0] for d in (2, 9, 20, 31)]
    other, _ = add_member(db, actor, "gold", born=dt.date(1971, 3, 5))
    add_member(db, actor, "gold", born=dt.date(1972, 4, 5))  # outside the period
    for member in mine:
        set_account_manager(db, boss, member, "clerk1")
    rules = BOOK.current()
    with db.read() as session:
        [first, *_] = care_items(session, rules, dt.date(2026, 3, 1), 31, kinds=["birthdays"],
                                 actor=actor)  # fmt: skip
    mark_care(db, actor, first.key, "done", "问候")
    with db.read() as session:
        d = dashboard(session, dt.date(2026, 1, 1), NOW, actor=boss, rules=rules,
                      care_since=dt.date(2026, 3, 1))  # fmt: skip
        direct = dict(
            session.execute(
                text(
                    "SELECT coalesce(s.display_name, '（未指定）'), count(*) FROM members m "
                    "LEFT JOIN member_account_managers a ON a.member_id = m.id "
                    "LEFT JOIN staff_users s ON s.id = a.staff_id WHERE m.tier IS NOT NULL "
                    "AND m.birth_date < '2000-01-01' AND extract_md BETWEEN '03-01' AND '03-19' "
                    "GROUP BY 1".replace(
                        "extract_md",
                        "substr(CAST(m.birth_date AS VARCHAR(10)), 6, 5)",
                    )
                )
            ).all()
        )
    assert direct == {"柜员一": 2, "（未指定）": 1}  # 2, 9 March; 5 March (NOW: 20 March 0:00)
    assert d.care_since == dt.date(2026, 3, 1)
    assert d.care == [("柜员一", 1, 2), ("（未指定）", 0, 1)]
    assert {m: due for m, _, due in d.care} == direct
