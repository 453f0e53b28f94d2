"""Four eyes at one desk: a supervisor, signed in inside the override dialog, overrides a refusal.

The requester is the staff member signed in at the desk; the approver came from `sign_in` in the
dialog. The decision records both names; nobody approves their own request.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from vipdesk.db.models import CaseNote, ServiceCase
from vipdesk.errors import Refused
from vipdesk.services.database import Actor, Database, audit
from vipdesk.services.permissions import require

if TYPE_CHECKING:
    from vipdesk.services.cases import CaseView


def check_approver(db: Database, requester: Actor, approver: Actor | None) -> Actor:
    """Four eyes: the approver is another staff member holding `case.override`."""
    if approver is None:
        raise Refused("approver_required", "主管特批须由另一位主管在特批窗口中输入本人密码批准。")
    if approver.id == requester.id:
        raise Refused("same_person", "申请人不能批准自己的特批申请，请另一位主管批准。")
    require(approver, "case.override", db)
    return approver


def override_audit(
    session: Session,
    requester: Actor,
    approver: Actor,
    case: ServiceCase,
    reasons: list[str],
    text: str,
) -> None:
    """The override's audit record (by the approver, naming both) and its case note."""
    audit(
        session,
        approver,
        "case.override",
        "service_case",
        case.id,
        case.member_id,
        {"eligible": False, "reasons": reasons},
        {
            "eligible": True,
            "override_reason": text,
            "requester": requester.display_name,
            "requester_username": requester.username,
            "approver": approver.display_name,
            "approver_username": approver.username,
        },
    )
    who = f"（申请：{requester.display_name}，批准：{approver.display_name}）"
    session.add(
        CaseNote(
            case_id=case.id,
            staff_id=approver.id,
            kind="override",
            text=f"主管推翻拒绝决定：{text}{who}",
        )
    )


def override(
    db: Database, requester: Actor, approver: Actor, case_ref: str | int, reason: str
) -> CaseView:
    """Override the refused case `case_ref` (id or case number) with a written reason.

    Refused `not_permitted` when the approver is not a supervisor, `same_person` when the
    approver is the requester, `not_refused` when the case was not refused.
    """
    from vipdesk.services.case_queue import find_case_id
    from vipdesk.services.cases import _case, _require_override_right, view

    require(requester, "case.work", db)
    text = _require_override_right(approver, reason)
    check_approver(db, requester, approver)
    with db.read() as session:
        case_id = find_case_id(session, case_ref)
    with db.write() as session:
        case = _case(session, case_id)
        if case.eligible is not False:
            raise Refused("not_refused", "该案件没有被拒绝，无需推翻。")
        case.eligible = True
        case.override_reason = text
        reasons = json.loads(case.reasons or "[]")
        override_audit(session, requester, approver, case, reasons, text)
        _book_granted_use(session, requester, case)
        return view(case)


def _book_granted_use(session: Session, actor: Actor, case: ServiceCase) -> None:
    """A service granted over a refusal still counts as a use (beyond its quota, if need be)."""
    import datetime as dt

    from vipdesk.rules import load_rules
    from vipdesk.services.usage import book_for_case

    today = dt.date.today()
    book_for_case(session, load_rules().on(today), actor, case, today)
