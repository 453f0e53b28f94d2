"""Render docs/screenshot.png: the real desk window, offscreen, on a fresh demo database.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py docs/screenshot.png
A diamond member with two designated relatives is searched by pinyin initials and opened.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1440, 900)


def _sign_in(db: object) -> object:
    """The demo clerk, signed in with the demo password (on the worker)."""
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.staff import sign_in

    return sign_in(db, "demo.clerk", DEMO_PASSWORD)  # type: ignore[arg-type]


def build_database(url: str) -> tuple[int, str]:
    """A demo database; returns the id of a diamond member given two designated relatives."""
    from sqlalchemy import select

    from vipdesk.db.models import DesignatedRelative, Member
    from vipdesk.domain.people import check_digit
    from vipdesk.rules import load_rules
    from vipdesk.services.database import Database
    from vipdesk.services.demo import add_demo_members, create_demo_staff

    db = Database(url)
    db.ensure_schema()
    actor = create_demo_staff(db)["demo.admin"]
    add_demo_members(db, load_rules().current(), actor, 2000, seed=1)
    today = dt.date.today()
    with db.write() as session:
        member = session.scalars(
            select(Member)
            .where(
                Member.tier == "diamond",
                Member.vip_status == "active",
                Member.birth_date < today.replace(year=today.year - 42),
                Member.birth_date > today.replace(year=today.year - 58),
            )
            .order_by(Member.id)
        ).first()
        assert member is not None
        area = member.id_number[:6]
        relatives = [
            ("spouse", "林淑珍", dt.date(member.birth_date.year + 2, 3, 14), "F"),
            ("child", member.name[0] + "子涵", dt.date(today.year - 12, 8, 2), "M"),
        ]
        for slot, (relation, name, born, gender) in enumerate(relatives, start=1):
            body = f"{area}{born:%Y%m%d}{'123' if gender == 'M' else '124'}"
            session.add(
                DesignatedRelative(
                    member_id=member.id,
                    program="vip",
                    slot=slot,
                    name=name,
                    id_number=body + check_digit(body),
                    relation=relation,
                    birth_date=born,
                    gender=gender,
                    designated_on=today - dt.timedelta(days=200 * slot),
                    status="active",
                )
            )
        member_id, initials = member.id, member.name_initials
    db.dispose()
    return member_id, initials


def wait(app, condition, seconds: float = 20.0) -> None:
    """Process events until `condition()` holds."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else ROOT / "docs" / "screenshot.png")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["VIPDESK_HOME"] = home
        os.environ.pop("VIPDESK_DB", None)
        os.environ["LOGNAME"] = os.environ["USER"] = "desk"  # the clerk created below
        url = f"sqlite:///{Path(home) / 'demo.sqlite3'}"
        member_id, initials = build_database(url)

        from ui.app import create_app
        from ui.look import install_translations
        from ui.main_window import DeskWindow
        from ui.settings import DeskSettings

        app = create_app(argv[:1])
        install_translations(app, "zh_CN")
        window = DeskWindow(DeskSettings())
        window.resize(*SIZE)
        window.show()
        window.start(url)
        wait(app, lambda: window.opened is not None)
        signed: list = []  # the demo clerk signs in (the sign-in dialog is not photographed)
        window.worker.op(lambda desk: _sign_in(desk.db)).success(signed.append).run()
        wait(app, lambda: bool(signed))
        window.set_actor(signed[0])
        window.search.box.setFocus()
        window.search.search_now(initials)
        wait(
            app,
            lambda: any(
                window.model.member_id(r) == member_id for r in range(window.model.rowCount())
            ),
        )
        row = next(
            r for r in range(window.model.rowCount()) if window.model.member_id(r) == member_id
        )
        window.search.table.selectRow(row)
        window.open_member(member_id)
        wait(app, lambda: window.member is not None and window.member.id == member_id)
        for _ in range(20):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
        print(f"saved {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
