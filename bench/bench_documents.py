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


def demo_database(folder: Path) -> tuple[object, list[int]]:
    """A demo SQLite database with at least 1,000 VIP members; (db, their ids)."""
    from sqlalchemy import select

    from vipdesk.db.models import Member
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    db = Database(f"sqlite:///{folder / 'letters.sqlite3'}")
    db.ensure_schema()
    admin = create_demo_staff(db)["demo.admin"]
    add_demo_members(db, load_rules().current(), admin, 1_250, seed=4)
    with db.read() as session:
        ids = list(
            session.scalars(
                select(Member.id).where(Member.tier.is_not(None)).order_by(Member.id).limit(LETTERS)
            )
        )
    return db, ids


def bench_batch(db: object, ids: list[int], folder: Path) -> None:
    """1,000 letters (database reads included), one file each and combined."""
    from vipdesk.documents.batch import print_batch
    from vipdesk.rules import load_rules

    book = load_rules()
    print(f"\n== {len(ids):,} eligibility letters, database reads included (s) ==")
    for combined in (False, True):
        out = folder / ("combined" if combined else "files")
        start = time.perf_counter()
        result = print_batch(db, book, "letters", ids, out, combined=combined)  # type: ignore[arg-type]
        seconds = time.perf_counter() - start
        how = "one combined PDF " if combined else "one file per member"
        print(
            f"{how:<20} {seconds:6.1f} s  ({result.written} letters, "
            f"{seconds / max(result.written, 1) * 1000:.1f} ms each)"
            f"   target < 20 s: {'ok' if seconds < 20 else 'MISSED'}"
        )


def bench_gui_stall(db: object, ids: list[int], folder: Path) -> None:
    """Largest gap between 5 ms timer ticks on the GUI thread while a batch runs."""
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
    part = ids[:300]

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
        )

    start_job(
        owner, work, lambda _r: loop.quit(), lambda e: (print(e), loop.quit()), lambda *_: None
    )
    timer.start()
    last[0] = time.perf_counter()
    loop.exec()
    timer.stop()
    gaps.sort()
    p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
    print(f"\n== GUI event loop during a batch of {len(part)} letters (5 ms timer) ==")
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
    bench_handbook()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, ids = demo_database(folder)
        bench_batch(db, ids, folder)
        bench_gui_stall(db, ids, folder)
        db.dispose()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
