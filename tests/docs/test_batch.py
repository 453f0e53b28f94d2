"""Batch printing: per member or combined, filters, members without a tier skipped, cancel."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select, update

from tests.docs.pdftools import all_text, reader
from vipdesk.db.models import Card, Member
from vipdesk.documents.batch import print_batch, select_members
from vipdesk.rules import load_rules


def _ids(db, *conditions):
    with db.read() as session:
        return list(session.scalars(select(Member.id).where(*conditions).order_by(Member.id)))


def test_letters_one_file_each_and_members_without_tier_skipped(demo, actor, tmp_path):
    ids = _ids(demo)
    no_tier = len(_ids(demo, Member.tier.is_(None)))
    assert no_tier > 0
    result = print_batch(demo, load_rules(), "letters", ids, tmp_path / "out", actor=actor)
    assert result.written == len(ids) - no_tier and result.skipped_no_tier == no_tier
    assert len(result.files) == result.written and all(p.exists() for p in result.files)
    assert "贵宾客户资格确认函" in all_text(result.files[0].read_bytes())


def test_combined_handbooks_in_one_pdf(demo, actor, tmp_path):
    ids = _ids(demo, Member.tier == "gold")[:3]
    seen = []
    result = print_batch(
        demo,
        load_rules(),
        "handbooks",
        ids,
        tmp_path,
        combined=True,
        progress=lambda stage, done, total: seen.append((stage, done, total)),
        actor=actor,
    )
    assert result.written == 3 and len(result.files) == 1
    pdf = result.files[0].read_bytes()
    assert all_text(pdf).count("打印日期") == 3
    assert ("生成", 3, 3) in seen and seen[-1][0] == "完成"
    assert reader(pdf).metadata.title == "贵宾客户服务手册"


def test_issued_since_selects_cards_issued_on_or_after(demo):
    with demo.write() as session:
        first = session.scalar(select(func.min(Card.id)))
        session.execute(update(Card).values(issued_on=dt.date(2024, 1, 1)))
        session.execute(update(Card).where(Card.id == first).values(issued_on=dt.date(2025, 3, 1)))
    with demo.read() as session:
        chosen = select_members(session, issued_since=dt.date(2025, 3, 1))
        holder = session.scalar(select(Card.member_id).where(Card.id == first))
        everyone = select_members(session, issued_since=dt.date(2020, 1, 1))
    assert chosen == [holder]
    assert len(everyone) > 1


def test_cancel_stops_the_batch(demo, actor, tmp_path):
    ids = _ids(demo, Member.tier.is_not(None))
    calls = []

    def progress(stage, done, total):
        calls.append(done)

    result = print_batch(
        demo,
        load_rules(),
        "letters",
        ids,
        tmp_path,
        progress=progress,
        cancelled=lambda: len(calls) >= 2,
        actor=actor,
    )
    assert result.cancelled
    assert result.written == 2 and len(list(tmp_path.glob("*.pdf"))) == 2


def test_a_file_that_cannot_be_written_is_a_plain_error_and_keeps_the_others(demo, actor, tmp_path):
    import pytest

    from vipdesk.documents.letter import letter_reference
    from vipdesk.errors import KnownError

    ids = _ids(demo, Member.tier.is_not(None))[:3]
    out = tmp_path / "out"
    day = dt.date(2025, 3, 1)
    (out / f"letter_{letter_reference(ids[1], day)}.pdf").mkdir(parents=True)  # in the way
    with pytest.raises(KnownError) as error:
        print_batch(demo, load_rules(), "letters", ids, out, on=day, actor=actor)
    message = str(error.value)
    assert "无法写入文件" in message and "已生成的 1 个文件已保留" in message
    assert (out / f"letter_{letter_reference(ids[0], day)}.pdf").is_file()
