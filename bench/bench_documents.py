"""Documents benchmark: handbook and letter beside a bare ReportLab floor, 1,000 letters, GUI stall.

Run: `.venv/bin/python -m bench.bench_documents` (or all benchmarks with `python -m bench`).
The floor is a bare ReportLab document (SimpleDocTemplate + Paragraphs) holding the same text
(extracted from our PDF) in the same embedded font, measured in the same run.
Targets (issue 4): handbook within 3x of its floor and under 150 ms; letter under 25 ms warm;
1,000 letters under 20 s including the database reads; GUI event loop never blocked over 50 ms.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

DAY = dt.date(2025, 3, 1)
LETTERS = 1000


def timed(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of `fn` in milliseconds (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def floor_story(pdf: bytes) -> tuple[Callable[[list], bytes], int, Callable[[], list]]:
    """(build flowables into PDF bytes, page count, the flowables of `pdf`'s text) — bare
    ReportLab, our font."""
    from xml.sax.saxutils import escape

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from vipdesk.documents.fonts import document_font

    lines = [ln for p in PdfReader(io.BytesIO(pdf)).pages for ln in p.extract_text().splitlines()]
    style = ParagraphStyle(
        "floor", fontName=document_font().regular, fontSize=10.5, leading=17, wordWrap="CJK"
    )

    def story() -> list:
        return [Paragraph(escape(t), style) for t in lines]

    def build(flowables: list) -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build(flowables)
        return buffer.getvalue()

    return build, len(PdfReader(io.BytesIO(build(story()))).pages), story


def floor_of(pdf: bytes) -> tuple[Callable[[], bytes], int]:
    """A bare ReportLab document with the text of `pdf` in our font, and its page count."""
    from xml.sax.saxutils import escape

    from pypdf import PdfReader
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from vipdesk.documents.fonts import document_font

    lines = [ln for p in PdfReader(io.BytesIO(pdf)).pages for ln in p.extract_text().splitlines()]
    style = ParagraphStyle(
        "floor", fontName=document_font().regular, fontSize=10.5, leading=17, wordWrap="CJK"
    )

    def build() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(escape(t), style) for t in lines])
        return buffer.getvalue()

    return build, len(PdfReader(io.BytesIO(build())).pages)


def bench_handbook() -> None:
    """Handbook (diamond, personalised) and letter beside their floors."""
    from pypdf import PdfReader

    from vipdesk.documents.content import load_content
    from vipdesk.documents.handbook import HandbookMember, render_handbook
    from vipdesk.documents.letter import LetterData, render_letter
    from vipdesk.rules import load_rules

    rules, content = load_rules().on(DAY), load_content().on(DAY)
    member = HandbookMember("欧阳娜娜", "8868000000000012")
    ours = render_handbook(rules, content, "diamond", member, DAY)
    floor, floor_pages = floor_of(ours)
    ours_ms = timed(lambda: render_handbook(rules, content, "diamond", member, DAY), 15)
    floor_ms = timed(floor, 15)
    pages = len(PdfReader(io.BytesIO(ours)).pages)
    print(f"\n== handbook (diamond, {pages} pages; floor {floor_pages} pages; median ms) ==")
    print(
        f"ours {ours_ms:7.1f}   floor {floor_ms:7.1f}   ratio {ours_ms / floor_ms:4.2f}x"
        f"   target < 3x and < 150 ms: {'ok' if ours_ms < min(150, 3 * floor_ms) else 'MISSED'}"
    )

    data = _sample_letter(LetterData, rules, content)
    letter = render_letter(data, content, rules)
    floor, _ = floor_of(letter)
    ours_ms = timed(lambda: render_letter(data, content, rules), 40)
    floor_ms = timed(floor, 40)
    print("\n== eligibility letter (1 page, warm; median ms) ==")
    print(
        f"ours {ours_ms:7.1f}   floor {floor_ms:7.1f}   ratio {ours_ms / floor_ms:4.2f}x"
        f"   target < 25 ms: {'ok' if ours_ms < 25 else 'MISSED'}"
    )


def _sample_letter(letter_data_cls: type, rules: object, content: object) -> object:
    from vipdesk.documents.letter import EntitlementLine, RelativeLine

    tier = rules.tier("diamond")  # type: ignore[attr-defined]
    return letter_data_cls(
        reference="VL20250301000001234", printed_on=DAY, member_name="欧阳娜娜",
        salutation="女士", id_masked="110***********002X", tier_name=tier.name,
        tier_colour=tier.colour, vip_status="active", vip_status_label="有效",
        card_number="8868 0000 0000 0012", card_status="有效", card_issued_on=DAY,
        entitlements=tuple(EntitlementLine(rules.service_names[c], "离开居住地150公里以外")  # type: ignore[attr-defined]
                           for c in tier.services),
        relatives=(RelativeLine("赵建华", "配偶", "110***********1234", DAY, "贵宾卡指定亲属"),),
        content_version=content.label, rules_version=rules.version,  # type: ignore[attr-defined]
    )  # fmt: skip


def demo_database() -> tuple[object, list[int], object]:
    """The benchmark database (BENCH_MEMBERS, default 1,000,000, built once) and 1,000 VIP
    members spread over it: (db, their ids, a clerk signed in)."""
    from sqlalchemy import select

    from bench.dataset import bench_db
    from vipdesk.db.models import Member, StaffUser
    from vipdesk.services.database import Database, actor_of

    db = Database(f"sqlite:///{bench_db()}")
    with db.read() as session:
        top = session.scalar(select(Member.id).order_by(Member.id.desc()).limit(1)) or 0
        step = max(1, top // (LETTERS * 2))
        ids = list(
            session.scalars(
                select(Member.id)
                .where(Member.tier.is_not(None), Member.id % step == 0)
                .order_by(Member.id)
                .limit(LETTERS)
            )
        )
        # the demo clerk as signed in, read only: a sign-in would write the shared file's audit log
        clerk = actor_of(session.scalars(select(StaffUser).filter_by(username="demo.clerk")).one())
    return db, ids, clerk


# The floor's database read: what a letter shows, by hand, one indexed statement each.
FLOOR_READ = (
    "SELECT m.name, m.id_number, m.tier, m.vip_status, c.number, c.status, c.issued_on, "
    "(SELECT group_concat(r.name) FROM designated_relatives r WHERE r.member_id = m.id "
    "AND r.status = 'active'), (SELECT group_concat(p.product || p.status || p.annual_premium) "
    "FROM policies p WHERE p.member_id = m.id) FROM members m LEFT JOIN cards c "
    "ON c.member_id = m.id AND c.status IN ('active', 'suspended') WHERE m.id = ?"
)


def bench_batch(db: object, ids: list[int], folder: Path, actor: object) -> None:
    """1,000 letters (database reads included), one file each and combined, beside the floor:
    per letter one hand-written read and a bare ReportLab document of a letter's text (same
    font, same page count) written to its own file; combined: the same flowables in one file."""
    import sqlite3

    from reportlab.platypus import PageBreak

    from vipdesk.documents.batch import print_batch
    from vipdesk.documents.content import load_content
    from vipdesk.documents.letter import LetterData, render_letter
    from vipdesk.rules import load_rules

    book = load_rules()
    rules, content = book.on(DAY), load_content().on(DAY)
    build, _pages, story = floor_story(render_letter(_sample_letter(LetterData, rules, content),
                                                     content, rules))  # fmt: skip
    raw = sqlite3.connect(str(db.engine.url.database))  # type: ignore[attr-defined]
    print(f"\n== {len(ids):,} eligibility letters, database reads included (s; load "
          f"{os.getloadavg()[0]:.1f}) ==")  # fmt: skip
    for combined in (False, True):
        out = folder / ("combined" if combined else "files")
        start = time.perf_counter()
        result = print_batch(db, book, "letters", ids, out, combined=combined, actor=actor)  # type: ignore[arg-type]
        ours = time.perf_counter() - start
        floor_out = folder / ("floor-combined" if combined else "floor-files")
        floor_out.mkdir()
        start = time.perf_counter()
        if combined:
            flowables = []
            for mid in ids:
                raw.execute(FLOOR_READ, (mid,)).fetchone()
                flowables += [*story(), PageBreak()]
            (floor_out / "all.pdf").write_bytes(build(flowables))
        else:
            for mid in ids:
                raw.execute(FLOOR_READ, (mid,)).fetchone()
                (floor_out / f"{mid}.pdf").write_bytes(build(story()))
        floor = time.perf_counter() - start
        how = "one combined PDF " if combined else "one file per member"
        print(
            f"{how:<20} ours {ours:6.1f} s ({result.written} letters)   floor {floor:6.1f} s   "
            f"ratio {ours / floor:.2f}x   target {'2' if combined else '1.3'}x"
        )
    raw.close()


def bench_gui_stall(db: object, ids: list[int], folder: Path, actor: object) -> None:
    """Largest gap between 5 ms timer ticks on the GUI thread while a batch of all `ids` runs,
    with a busy process beside it (a parallel CPU load on this 2-core machine, issue 14)."""
    import subprocess
    import sys

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.documents.batch_dialog import run_batch
    from ui.documents.jobs import start_job
    from vipdesk.rules import load_rules

    app = QApplication.instance() or QApplication([])
    owner, loop, gaps = QObject(), QEventLoop(), []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)
    part = ids

    def work(report: object, cancelled: object) -> object:
        return run_batch(
            db,
            load_rules(),
            "letters",
            part,
            None,
            None,
            folder / "gui",
            False,
            None,
            report,
            cancelled,
            actor,
        )

    busy = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        start_job(
            owner, work, lambda _r: loop.quit(), lambda e: (print(e), loop.quit()), lambda *_: None
        )
        timer.start()
        last[0] = time.perf_counter()
        loop.exec()
        timer.stop()
        load = os.getloadavg()[0]
    finally:
        busy.kill()
        busy.wait()
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    print(f"\n== GUI event loop during a batch of {len(part)} letters (5 ms timer; a busy "
          f"process beside it; load {load:.1f}) ==")  # fmt: skip
    print("gaps over 30 ms:", [round(g) for g in gaps if g > 30])
    print(
        f"max gap {gaps[-1]:.1f} ms   p99 {p99:.1f} ms   ticks {len(gaps)}"
        f"   target max < 50 ms: {'ok' if gaps and gaps[-1] < 50 else 'MISSED'}"
    )
    del app


def main() -> None:
    """Run the documents benchmarks and print our figures beside the floor."""
    from vipdesk.documents.fonts import document_font

    font = document_font()
    print(f"font: {font.description} ({font.path}), embedded={font.embedded}")
    stall_only = os.environ.get("BENCH_DOCUMENTS") == "stall"  # just the GUI stall figure
    if not stall_only:
        bench_handbook()
    db, ids, actor = demo_database()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if not stall_only:
            bench_batch(db, ids, folder, actor)
        bench_gui_stall(db, ids, folder, actor)
    db.dispose()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
