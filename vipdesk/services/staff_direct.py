"""Sign-in on the command line's direct path (`services.sqlite_direct` for an SQLite file,
`services.pg_direct` for a PostgreSQL server): the driver alone, no SQLAlchemy.

Same steps as `services.staff.sign_in`: read the stored hash, one Argon2id verification outside
any transaction, then on the staff row under the write lock reset the failure count, note the
sign-in time and append `staff.sign_in` to the hash-chained audit log — the same rows, values
and chain links (on PostgreSQL the staff row and the chain head are locked FOR NO KEY UPDATE, as
the staff service locks them). Only that plain success is written here; every other case (unknown
username, wrong or missing password, locked, disabled, a hash to renew, a row changed
meanwhile) goes to `staff.decide` with the verification already done, so failures, lockout and
their audit are the staff service's own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from vipdesk.domain.audit_chain import canonical, link
from vipdesk.services import passwords
from vipdesk.services.actor import Actor

SUCCESS = "staff.sign_in"
STAFF = (
    "SELECT id, username, display_name, role, branch_code, must_change_password, active, "
    "locked_until, password_hash FROM staff_users WHERE username = ?"
)
HEAD = "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1"
AUDIT = (
    'INSERT INTO audit_log (at, staff_id, action, entity, entity_id, member_id, "before", '
    '"after", seq, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'
)


def sign_in(file: Any, username: str, password: str, orm_db: Callable[[], Any]) -> Actor:
    """The staff member whose username and password these are; SignInFailed otherwise.

    `orm_db` gives the usual Database for every case but a plain success (see the module).
    """
    moment = dt.datetime.now(dt.UTC)
    name = username.strip()
    with file.translate():
        row = file.conn.execute("SELECT password_hash FROM staff_users WHERE username = ?", (name,))
        found = row.fetchone()
    stored_hash = found[0] if found else None
    right = passwords.check(stored_hash, password)  # always one full verification
    if right and stored_hash and not passwords.needs_rehash(stored_hash):
        actor = _record_success(file, name, stored_hash, moment)
        if actor is not None:
            return actor
    from vipdesk.services.staff import decide

    return decide(orm_db(), username, password, moment, right, stored_hash, SUCCESS)


def _record_success(file: Any, name: str, stored_hash: str, moment: dt.datetime) -> Actor | None:
    """Write a plain success (as `staff._judge` does); None, nothing written, for any other case."""
    with file.write() as conn:
        user = conn.execute(STAFF + file.for_update, (name,)).fetchone()
        if user is None or not user[6] or user[7] is not None or user[8] != stored_hash:
            return None  # disabled, locked (or was), changed meanwhile: the staff service decides
        chain = conn.execute(HEAD + file.for_update).fetchone()
        if chain is None:
            return None
        staff_id = user[0]
        conn.execute(
            "UPDATE staff_users SET failed_count = 0, locked_until = NULL, last_sign_in_at = ? "
            "WHERE id = ?",
            (file.stamp(moment), staff_id),
        )
        _append(file, conn, chain, staff_id, SUCCESS)
    return Actor(user[0], user[1], user[2], user[3], user[4], bool(user[5]))


def sign_out(file: Any, actor: Actor) -> bool:
    """Record that the staff member signed out (as `staff.sign_out`); False, nothing written,
    when the chain head is missing (the staff service then says what is wrong)."""
    with file.write() as conn:
        chain = conn.execute(HEAD + file.for_update).fetchone()
        if chain is None:
            return False
        _append(file, conn, chain, actor.id, "staff.sign_out")
    return True


def _append(file: Any, conn: Any, chain: Any, staff_id: int, action: str) -> None:
    """Append `action` on the staff member's own row to the audit chain (as `database.audit`),
    under the chain head read (and locked) in this transaction."""
    at = dt.datetime.now(dt.UTC)
    seq, prev, eid = chain[0] + 1, chain[1], str(staff_id)
    digest = link(prev, canonical(seq, at, staff_id, action, "staff_user", eid, None, None, None))
    row = (file.stamp(at), staff_id, action, "staff_user", eid, None, None, None, seq, prev, digest)
    conn.execute(AUDIT, row)
    conn.execute(
        "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", (seq, digest)
    )
