"""Four eyes at one desk: a supervisor, signed in inside the override dialog, overrides a refusal.

The requester is the staff member signed in at the desk; the approver came from `sign_in` in the
dialog. The decision records both names; nobody approves their own request.
"""

from __future__ import annotations

import json

from vipdesk.errors import Refused
from vipdesk.services.cases import (
    CaseView,
    _case,
    _override_audit,
    _require_override_right,
    check_approver,
    view,
)
from vipdesk.services.database import Actor, Database
from vipdesk.services.permissions import require


def override(
    db: Database, requester: Actor, approver: Actor, case_ref: str | int, reason: str
) -> CaseView:
    """Override the refused case `case_ref` (id or case number) with a written reason.

    Refused `not_permitted` when the approver is not a supervisor, `same_person` when the
    approver is the requester, `not_refused` when the case was not refused.
    """
    from vipdesk.services.case_queue import find_case_id

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
        _override_audit(session, requester, approver, case, reasons, text)
        return view(case)
