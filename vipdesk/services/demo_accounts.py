"""The demo database's staff accounts and their shared password, without the demo generator.

The sign-in dialog of `--demo` names them on every start; importing `services.demo` for that
would load the generator and pypinyin's dictionaries (~12 MiB) into the desk.
"""

from __future__ import annotations

DEMO_STAFF = (
    ("demo.clerk", "演示柜员", "clerk"),
    ("demo.super", "演示主管", "supervisor"),
    ("demo.admin", "演示管理员", "admin"),
)
DEMO_PASSWORD = "vipdesk-demo-2026"
