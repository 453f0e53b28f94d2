"""Screenshots of the start-up windows for docs/first-start.md (offscreen, 1366×768 screen).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/start_screenshots.py [docs/screenshots]
Builds a throw-away user-data folder with the demo database; never touches the real one.
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots_common import Shots


def main(out: Path) -> int:
    """Render the sign-in, lock screen, password and first-start pages into `out`."""
    shots = Shots(out)  # offscreen 1366×768, a throw-away user-data folder
    from PySide6.QtWidgets import QApplication

    from ui.app import first_start
    from ui.desk import demo_url
    from ui.main_window import DeskWindow
    from ui.session.controller import DeskSession
    from ui.settings import DeskSettings

    wait, settle, shot = shots.wait, shots.settle, shots.shot

    # first-start assistant on the empty folder
    window = DeskWindow(DeskSettings())
    session = DeskSession(window)
    wizard = first_start(window, session, DeskSettings())
    settle()
    shot(wizard, "first-start-1-database.png")
    wizard.next()
    page = wizard.page_named("branch")
    page.code.setText("0101")
    page.name.setText("都会人寿北京分行贵宾服务中心")
    page.address.setText("北京市朝阳区建国路1号")
    page.phone.setText("010-12345678")
    shot(wizard, "first-start-2-branch.png")
    wizard.next()
    admin = wizard.page_named("admin")
    wait(lambda: admin.ready)
    admin.username.setText("li.admin")
    admin.display_name.setText("李管理")
    shot(wizard, "first-start-3-admin.png")
    admin.password.setText("branch-admin-2026")
    admin.again.setText("branch-admin-2026")
    wizard.next()
    imp = wizard.page_named("import")
    wait(lambda: wizard.currentPage() is imp)
    imp.members.setText("D:/核心系统导出/客户_20261127.csv")
    imp.policies.setText("D:/核心系统导出/保单_20261127.csv")
    imp.log.appendPlainText("客户：12,480 行，新增 12,480，更新 0，未变 0。")
    imp.log.appendPlainText("保单：31,902 行，新增 31,902，更新 0，未变 0。")
    imp.log.appendPlainText("导入完成。点“完成”开始使用。")
    shot(wizard, "first-start-4-import.png")
    wizard.hide()
    window.close()

    # demo database: sign-in dialog, desk, lock screen, password dialog
    window = DeskWindow(DeskSettings())
    session = DeskSession(window)
    dialog = session.ask_sign_in(True)
    window.start(demo_url(), True)
    wait(lambda: window.opened is not None, 120)
    dialog.username.setText("demo.clerk")
    shot(dialog, "signin-demo.png")
    dialog.password.setText("x-wrong-password")
    dialog.submit()
    wait(lambda: dialog.username.isEnabled())
    shot(dialog, "signin-wrong.png")
    dialog.password.setText("vipdesk-demo-2026")
    dialog.submit()
    wait(window.isVisible)
    window.resize(1366, 740)
    window.search.search_now("王")
    wait(lambda: window.model.rowCount() > 0)
    window.search.table.selectRow(0)
    window.open_member(window.search.selected_member_ids()[0])
    wait(lambda: window.member is not None)
    session.lock.lock()
    shot(window, "idle-lock.png")
    session.lock.screen.show_other()
    shot(window, "idle-lock-other-staff.png")
    session.lock.screen.password.setText("vipdesk-demo-2026")
    session.lock.screen.unlock()
    wait(lambda: not session.lock.locked)
    session.change_password()
    shot(session.password_dialog, "change-password.png")
    session.password_dialog.reject()
    window.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
