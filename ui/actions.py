"""The one registry of menu and toolbar actions.

Another module adds its action with::

    from ui.actions import ActionSpec, register_action, needs_member

    register_action(ActionSpec(
        id="card.reissue", text=QT_TRANSLATE_NOOP("actions", "补发贵宾卡…"), menu="member",
        handler=lambda ctx: ReissueDialog(ctx).open(), enabled_when=needs_card, toolbar=True))

at import time of a module named `ui/<package>/actions.py` (e.g. ui/dialogs/actions.py): the main
window imports every such module (`load_extensions()`) before it builds its menus, so nothing else
has to know about it. Keep those modules cheap to import; import heavy things inside the handler.
A handler gets an `ActionContext`: the window, the member on screen (MemberDetail or None), the
acting staff member, the rules, `run(fn)` to start a database operation on the worker thread and
`reload_member()` to show the member again after a change. Actions are disabled while their
`enabled_when(ctx)` is false; an action without a handler cannot be registered.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

log = logging.getLogger("ui.actions")

MENUS = {  # menu id -> title (source text, translated in the "actions" context)
    "file": QT_TRANSLATE_NOOP("actions", "文件"),
    "search": QT_TRANSLATE_NOOP("actions", "查找"),
    "member": QT_TRANSLATE_NOOP("actions", "客户"),
    "service": QT_TRANSLATE_NOOP("actions", "服务"),
    "print": QT_TRANSLATE_NOOP("actions", "打印"),
    "settings": QT_TRANSLATE_NOOP("actions", "设置"),
    "admin": QT_TRANSLATE_NOOP("actions", "系统管理"),
    "help": QT_TRANSLATE_NOOP("actions", "帮助"),
}


@dataclass
class ActionContext:
    """What an action handler may use."""

    window: Any
    member: Any = None
    actor: Any = None
    rules: Any = None
    connected: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def run(self, fn: Callable[[Any], Any]) -> Any:
        """A database operation on the worker: `ctx.run(fn).success(cb).run()`; fn gets the Desk."""
        return self.window.worker.op(fn)

    def reload_member(self) -> None:
        """Read the member on screen again (after an action changed it)."""
        if self.member is not None:
            self.window.open_member(self.member.id)


Predicate = Callable[[ActionContext], bool]


def always(_ctx: ActionContext) -> bool:
    """Always enabled."""
    return True


def needs_database(ctx: ActionContext) -> bool:
    """Enabled once a database is open."""
    return ctx.connected


def needs_member(ctx: ActionContext) -> bool:
    """Enabled while a member is on screen."""
    return ctx.connected and ctx.member is not None


def needs_card(ctx: ActionContext) -> bool:
    """Enabled while the member on screen holds a current card."""
    return needs_member(ctx) and ctx.member.card is not None


def needs_relatives_tier(ctx: ActionContext) -> bool:
    """Enabled for members whose tier allows designated relatives (platinum, diamond)."""
    if not needs_member(ctx) or ctx.member.tier is None or ctx.rules is None:
        return False
    return ctx.rules.tier(ctx.member.tier).relatives > 0


@dataclass(frozen=True)
class ActionSpec:
    """One action: where it appears, its shortcut, when it is enabled and what it does."""

    id: str
    text: str
    handler: Callable[[ActionContext], None]
    menu: str = "member"
    shortcut: str | None = None
    enabled_when: Predicate = always
    toolbar: bool = False
    order: int = 100
    tip: str = ""
    checkable: bool = False
    checked_when: Predicate | None = None


_REGISTRY: dict[str, ActionSpec] = {}
_LOADED = False


def register_action(spec: ActionSpec, replace: bool = False) -> ActionSpec:
    """Add an action to the registry (an id may be registered once unless `replace`)."""
    if spec.handler is None:
        raise ValueError(f"action {spec.id} has no handler")
    if spec.menu not in MENUS:
        raise ValueError(f"action {spec.id}: unknown menu {spec.menu!r}; one of {list(MENUS)}")
    if spec.id in _REGISTRY and not replace and _REGISTRY[spec.id] != spec:
        raise ValueError(f"action {spec.id} is already registered")
    _REGISTRY[spec.id] = spec
    return spec


def unregister_action(action_id: str) -> None:
    """Remove an action (tests, or a module that withdraws one)."""
    _REGISTRY.pop(action_id, None)


def registered_actions(menu: str | None = None) -> list[ActionSpec]:
    """Registered actions (of one menu), in display order."""
    specs = [s for s in _REGISTRY.values() if menu is None or s.menu == menu]
    return sorted(specs, key=lambda s: (s.order, s.id))


def load_extensions() -> list[str]:
    """Import every `ui/<package>/actions.py` so other modules can register their actions."""
    global _LOADED
    import ui

    loaded = []
    for info in pkgutil.iter_modules(ui.__path__):
        if not info.ispkg:
            continue
        name = f"ui.{info.name}.actions"
        try:
            spec = importlib.util.find_spec(name)
        except ModuleNotFoundError:
            spec = None
        if spec is None:
            continue
        try:
            importlib.import_module(name)
            loaded.append(name)
        except Exception:  # a broken extension must not keep the desk from starting
            log.exception("could not load actions from %s", name)
    _LOADED = True
    return loaded
