"""The security settings an administrator may change, with their defaults and bounds.

Kept apart from `services.staff` (and so from SQLAlchemy) because the desk reads the idle-lock
minutes on the driver alone (`services.direct`).
"""

from __future__ import annotations

# key -> (default, lowest, highest, plain name)
SETTINGS = {
    "idle_minutes": (5, 1, 30, "无操作自动锁屏（分钟）"),
    "lockout_failures": (5, 3, 20, "连续输错密码几次后锁定账号"),
    "lockout_minutes": (15, 1, 1440, "账号锁定时长（分钟）"),
}
