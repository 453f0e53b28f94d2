"""Screenshots of the staff and audit screens for docs/staff-and-audit-gui.md (offscreen, 1366×768).

Usage (offscreen):
    .venv/bin/python scripts/staff_audit_screenshots.py [docs/screenshots]
Builds a throw-away user-data folder with the demo database (demo accounts); never touches the real
one. Renders: the override dialog with a supervisor signing in, the same after approval, the audit
viewer, the staff accounts screen, and the administrator's warning about a broken audit chain.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from shots_common import Shots


def main(out: Path) -> int:
    """Render the screens into `out`."""
    shots = Shots(out)  # offscreen 1366×768, a throw-away user-data folder
    from PySide6.QtWidgets import QApplication

    from ui.desk import demo_url
    from ui.main_window import DeskWindow
    from ui.settings import DeskSettings
    from vipdesk.services.database import Database
    from vipdesk.services.demo import DEMO_PASSWORD
    from vipdesk.services.staff import sign_in

    wait, shot = shots.wait, shots.shot

    url = demo_url()
    window = DeskWindow(DeskSettings())
    window.resize(1366, 740)
    window.show()
    window.start(url, True)
    wait(lambda: window.opened is not None)
    db = Database(url)

    def act_as(username: str) -> None:
        window.set_actor(sign_in(db, username, DEMO_PASSWORD))
        wait(window.worker.is_idle)

    act_as("demo.clerk")
    case_no = refused_case(db, window.actor)
    # a few records worth seeing in the viewer: reveals by the clerk
    window.search.search_now("王")
    wait(lambda: window.model.rowCount() > 2)
    for row in range(3):
        window.open_member(window.model.member_id(row))
        wait(
            lambda r=row: (
                window.member is not None and window.member.id == window.model.member_id(r)
            )
        )
        window.reveal_id("核实客户身份")
        wait(window.worker.is_idle)

    # the clerk asks, the supervisor signs in inside the dialog
    window.actions_by_id["case.queue"].trigger()
    queue = window.case_queue
    wait(lambda: queue.model.rowCount() > 0)
    queue.select_case(case_no)
    wait(lambda: queue.detail.detail is not None and queue.detail.ask_override.isVisible())
    dialog = queue.detail.request_override()
    wait(lambda: bool(dialog.requester.text()))
    dialog.reason.setPlainText("客户在当地突发心梗，当地医院无介入治疗条件，主管同意特批转运。")
    dialog.username.setText("demo.super")
    dialog.password.setText(DEMO_PASSWORD)
    shot(dialog, "override-supervisor-signin.png")
    dialog.submit()
    wait(lambda: dialog.outcome is not None)
    shot(dialog, "override-approved.png")
    dialog.close()
    queue.close()

    window.show_nothing()  # the next staff member starts without the clerk's member on screen
    act_as("demo.super")
    window.actions_by_id["admin.audit"].trigger()
    viewer = window.audit_viewer
    wait(lambda: viewer.staff.count() > 1 and viewer.model.rowCount() > 0)
    shot(viewer, "audit-viewer.png")
    viewer.close()

    act_as("demo.admin")
    window.actions_by_id["admin.staff"].trigger()
    staff = window.staff_admin
    wait(lambda: staff.loaded)
    staff.select("demo.clerk")
    shot(staff, "staff-accounts.png")
    staff.reject()

    break_the_chain(url)
    window.chain_checked = None  # as at the next start
    act_as("demo.admin")
    wait(lambda: getattr(window, "chain_banner", None) is not None)
    shot(window, "audit-chain-warning.png")
    window.close()
    db.dispose()
    QApplication.processEvents()
    return 0


def refused_case(db, clerk) -> str:  # noqa: ANN001
    """A rescue request refused as too close to the residence; its case number."""
    from sqlalchemy import select

    from vipdesk.db.models import Member
    from vipdesk.rules import load_rules
    from vipdesk.services.cases import CaseRequest, open_case

    with db.read() as session:
        member_id = session.scalars(
            select(Member.id).where(Member.tier == "gold").order_by(Member.id)
        ).first()
    request = CaseRequest(
        case_type="rescue",
        member_id=member_id,
        service_code="domestic_rescue",
        item_code="dom_evacuation",
        location="天津市和平区",
        distance_km=112.0,
        trip_day=2,
        eligible=False,
        reasons=["too_close_to_residence"],
        description="来电人在天津出差，突发胸痛，要求转运回北京。",
    )
    return open_case(db, load_rules().current(), clerk, request).case_no


def break_the_chain(url: str) -> None:
    """Tamper with the throw-away demo file: drop the triggers and rewrite one record."""
    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall():
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("UPDATE audit_log SET after = '{}' WHERE id = (SELECT MAX(id) - 5 FROM audit_log)")
    conn.commit()
    conn.close()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
