"""`vipdesk usage record|list|cancel` on a real database: the quota refuses with exit 3."""

from __future__ import annotations

import json

from tests.db.relative_helpers import add_member, run
from vipdesk.db.models import Member


def test_record_twice_is_refused_and_list_shows_the_next_day(db, actor, capsys):
    member = add_member(db, actor, 60000)  # diamond: a health check every year
    with db.read() as session:
        ref = session.get(Member, member).id_number
    base = ("--db", db.url, "--as", "clerk1", "usage")
    code, out, _ = run(capsys, *base, "record", ref, "--service", "health_check", "--json")
    assert code == 0 and json.loads(out)["service"] == "health_check"
    code, out, _ = run(capsys, *base, "record", ref, "--service", "health_check", "--json")
    assert code == 3 and json.loads(out)["refused"] == "quota_used"
    code, out, _ = run(capsys, *base, "list", ref, "--json")
    [health] = [u for u in json.loads(out) if u["service"] == "health_check"]
    assert health["used"] == 1 and health["next_available"] is not None


def test_a_relative_visit_once_per_hospital_stay_from_the_command_line(db, actor, capsys):
    import datetime as dt

    from tests.case_fixtures import add_member as add_case_member

    _, ref = add_case_member(db, actor, "gold")  # lives in Beijing
    base = ("--db", db.url, "--as", "clerk1")
    trip = ("--service", "dom_relative_visit", "--location", "广州", "--departed",
            str(dt.date.today() - dt.timedelta(days=9)), "--json")  # fmt: skip
    stay = ("--hospitalisation", "ZY-2026-001")
    code, out, _ = run(capsys, *base, "case", "open", ref, *trip, *stay)
    assert code == 0 and json.loads(out)["eligible"] is True
    code, out, _ = run(capsys, *base, "check", ref, *trip, *stay)
    assert code == 3 and json.loads(out)["reasons"] == ["quota_used"]
    code, out, _ = run(capsys, *base, "check", ref, *trip, "--hospitalisation", "ZY-2026-002")
    assert code == 0 and json.loads(out)["eligible"] is True
