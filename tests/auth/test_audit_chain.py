"""The tamper-evident audit log on SQLite and PostgreSQL: a direct UPDATE, DELETE or reorder is
found — also when the append-only triggers were dropped first — and concurrent desks keep one
valid chain."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import text

from tests.case_fixtures import add_member
from tests.staff_helpers import TEST_PASSWORD, actor_for
from vipdesk.cli import main
from vipdesk.services import staff
from vipdesk.services.audit_log import verify_at_start, verify_chain
from vipdesk.services.database import Database, audit
from vipdesk.services.members import reveal_id_number


@pytest.fixture
def chained(db, actor):
    """A database with some ordinary audit records (sign-ins, a member, reveals)."""
    member_id, _ = add_member(db, actor)
    for purpose in ("客户办理业务核对", "核对保单", "客户来电核实"):
        reveal_id_number(db, actor, member_id, purpose)
    staff.sign_out(db, actor)
    return db


def drop_triggers(db: Database) -> None:
    """What someone holding the database file would do first."""
    with db.engine.begin() as conn:
        if db.engine.dialect.name == "sqlite":
            names = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
            ).scalars()
            for name in list(names):
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
        else:
            conn.exec_driver_sql("DROP TRIGGER audit_log_append_only ON audit_log")


def ids(db) -> list[int]:
    with db.read() as session:
        return list(session.scalars(text("SELECT id FROM audit_log ORDER BY seq")))


def tamper(db, sql: str, **params) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_an_untouched_chain_verifies(chained):
    report = verify_chain(chained)
    assert report.ok and report.count == len(ids(chained)) >= 8
    assert verify_at_start(chained).ok


def test_the_triggers_still_refuse_an_update(chained):
    with pytest.raises(Exception, match="append-only"):
        tamper(chained, "UPDATE audit_log SET action = 'x'")


def test_a_changed_record_is_named_even_with_the_triggers_dropped(chained):
    drop_triggers(chained)
    target = ids(chained)[3]
    tamper(chained, "UPDATE audit_log SET after = :a WHERE id = :i", a='{"purpose": "x"}', i=target)
    report = verify_chain(chained)
    assert (report.ok, report.problem, report.first_bad_id) == (False, "changed", target)
    assert f"编号 {target}" in report.message


def test_a_deleted_record_is_found(chained):
    drop_triggers(chained)
    order = ids(chained)
    tamper(chained, "DELETE FROM audit_log WHERE id = :i", i=order[2])
    report = verify_chain(chained)
    assert (report.ok, report.problem, report.seq) == (False, "deleted", 3)
    assert report.first_bad_id == order[3]


def test_reordered_records_are_found(chained):
    drop_triggers(chained)
    a, b = ids(chained)[4:6]
    tamper(chained, "UPDATE audit_log SET seq = -1 WHERE id = :a", a=a)
    tamper(chained, "UPDATE audit_log SET seq = 5 WHERE id = :b", b=b)
    tamper(chained, "UPDATE audit_log SET seq = 6 WHERE id = :a", a=a)
    report = verify_chain(chained)
    assert (report.ok, report.problem, report.first_bad_id) == (False, "reordered", b)


def test_a_rehashed_rewrite_is_still_found_at_the_next_link(chained):
    """Someone recomputes the changed record's own hash: the next record's link breaks."""
    from vipdesk.domain.audit_chain import canonical, link

    drop_triggers(chained)
    with chained.read() as session:
        row = (
            session.execute(
                text("SELECT * FROM audit_log WHERE seq = 2"),
            )
            .mappings()
            .one()
        )
    forged_after = '{"purpose": "没看过"}'
    content = canonical(
        row["seq"], row["at"], row["staff_id"], row["action"], row["entity"],
        row["entity_id"], row["member_id"], row["before"], forged_after,
    )  # fmt: skip
    tamper(
        chained,
        "UPDATE audit_log SET after = :a, hash = :h WHERE seq = 2",
        a=forged_after,
        h=link(row["prev_hash"], content),
    )
    report = verify_chain(chained)
    assert not report.ok and report.problem == "reordered" and report.seq == 3


def test_the_newest_records_deleted_are_found_by_the_head(chained):
    drop_triggers(chained)
    tamper(chained, "DELETE FROM audit_log WHERE id = :i", i=ids(chained)[-1])
    report = verify_chain(chained)
    assert (report.ok, report.problem) == (False, "missing_tail")


def test_the_start_check_covers_the_newest_records(chained):
    drop_triggers(chained)
    first = ids(chained)[0]
    tamper(chained, "UPDATE audit_log SET action = 'x' WHERE id = :i", i=first)
    assert verify_chain(chained, last=3).ok  # the window does not reach the first record
    assert not verify_chain(chained).ok and not verify_at_start(chained).ok


def test_concurrent_desks_append_one_valid_chain(db_url, db, actor):
    desks, per_desk = 4, 15
    errors: list[BaseException] = []
    barrier = threading.Barrier(desks)

    def desk(n: int) -> None:
        own = Database(db_url)
        try:
            barrier.wait()
            for k in range(per_desk):
                with own.write() as session:
                    audit(session, actor, "test.append", "desk", f"{n}-{k}", None, None, {"k": k})
        except BaseException as exc:  # noqa: BLE001  (reported below)
            errors.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(desks)]
    before = verify_chain(db).count
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    report = verify_chain(db)
    assert report.ok and report.count == before + desks * per_desk


def test_cli_audit_verify_exit_0_then_4_naming_the_record(chained, capsys, monkeypatch):
    supervisor = actor_for(chained, "boss", "主管", "supervisor")
    base = ["--db", chained.url, "--as", supervisor.username]
    assert main([*base, "audit", "verify", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["count"] == len(ids(chained))  # its own sign-in included
    drop_triggers(chained)
    target = ids(chained)[1]
    tamper(chained, "UPDATE audit_log SET entity_id = '9' WHERE id = :i", i=target)
    assert main([*base, "audit", "verify"]) == 4
    out = capsys.readouterr().out
    assert f"编号 {target}" in out and "改动" in out
    monkeypatch.setenv("VIPDESK_PASSWORD", TEST_PASSWORD)  # a clerk may not verify
    assert main(["--db", chained.url, "--as", "clerk1", "audit", "verify", "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["refused"] == "not_permitted"
