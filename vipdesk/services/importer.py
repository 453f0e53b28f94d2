"""Import of members and policies: strict, streaming, all or nothing, with a report.

1. Read and validate in one pass (vipdesk.services.tabular, import_rows), staging valid rows in
   a temporary file: bounded memory, progress and cancel between batches, no database lock.
2. Any problem (bad field, wrong field count, duplicate key, unknown member): refused with
   every `line N: column: problem`, nothing written, a report row kept.
3. Compare before the lock (import_sqlite.prepare, import_pg.prepare), then apply in one short
   transaction (vipdesk.services.import_apply), with the report and audit; a big first load is
   built in a side copy and copied in, the lock held only for the page copy (import_aside).
   While desks keep writing the build is redone within a budget; then the load is written in
   place only if that lock is estimated well under the desks' busy timeout, or the
   administrator chose to let desks wait (`in_place`); else refused, nothing written.
4. Confirm that the rows are in the database still at the configured path before success.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vipdesk.db.models import MemberNameChar, utcnow
from vipdesk.domain.names import name_grams
from vipdesk.domain.people import parse_id_number
from vipdesk.errors import DatabaseError, Refused, translate_errors
from vipdesk.rules import Rules
from vipdesk.services import import_apply, import_aside, import_pg, import_sqlite
from vipdesk.services.database import CONFLICT, Actor, Database, audit
from vipdesk.services.import_report import (
    check_same_database,
    confirm_saved,
    database_identity,
    record_attempt,
)
from vipdesk.services.import_rows import (
    MEMBER_COLUMNS,
    NUMERIC_CELLS,
    POLICY_COLUMNS,
    member_keys,
    policy_row,
    staged_member_row,
)
from vipdesk.services.import_run import (
    DESKS_KEPT_WRITING,
    ImportCancelled,
    ImportProgress,
    ImportRejected,
    ImportResult,
    ImportRun,
    desks_kept_writing,
)
from vipdesk.services.import_stage import Stage
from vipdesk.services.integrity import require_import_space
from vipdesk.services.permissions import require
from vipdesk.services.tabular import FileProblem, XlsxLimits, read_table
from vipdesk.services.tiers import recompute_tiers

BATCH = 5000
SHOWN = 200  # problems kept in the message (all are counted)
CHUNK = 500

__all__ = [
    "MEMBER_COLUMNS", "POLICY_COLUMNS", "ImportCancelled", "ImportRejected", "ImportResult",
    "import_members", "import_policies", "member_row", "name_grams", "write_name_chars",
]  # fmt: skip


def member_row(id_number: str, name: str, phone: str | None, address: str) -> dict[str, Any]:
    """Column values of a member row, with its search keys (pinyin, reversed ID)."""
    person = parse_id_number(id_number)
    return {
        "id_number": person.number,
        "id_reversed": person.number[::-1],
        "name": name,
        **member_keys(name),
        "birth_date": person.birth_date,
        "gender": person.gender,
        "phone": phone,
        "address": address,
    }


def write_name_chars(session: Session, names: dict[int, str]) -> None:
    """(Re)write the name-part index (characters and character pairs) of these members."""
    ids = list(names)
    for i in range(0, len(ids), CHUNK):
        part = ids[i : i + CHUNK]
        session.execute(delete(MemberNameChar).where(MemberNameChar.member_id.in_(part)))
    pairs = [{"ch": g, "member_id": mid} for mid, name in names.items() for g in name_grams(name)]
    for i in range(0, len(pairs), CHUNK):
        session.execute(insert(MemberNameChar), pairs[i : i + CHUNK])


def _stage_file(job: ImportRun, stage: Stage) -> None:
    """Read, validate and stage every row; raise ImportRejected with every problem found."""
    columns, optional, parse = (
        (MEMBER_COLUMNS, frozenset({"phone", "address", "account_manager"}), staged_member_row)
        if job.kind == "members"
        else (POLICY_COLUMNS, frozenset({"reinstated_date"}), policy_row)
    )
    table = read_table(job.path, columns, optional, NUMERIC_CELLS, job.limits)
    job.checksum = table.checksum
    problems: list[str] = []
    refused = 0
    batch: list[tuple[Any, ...]] = []
    grams: list[tuple[str, str]] = []

    def flush() -> None:
        stage.add(batch, grams)
        batch.clear()
        grams.clear()
        fraction = table.progress.done / max(table.progress.total, 1)
        job.progress("校验", job.rows_read, refused, min(fraction, 1.0))
        if job.cancel():
            raise ImportCancelled

    for line, raw, found in table.rows:
        job.rows_read += 1
        row = None if found else parse(line, raw, found)
        if row is None:
            refused += 1
            problems.extend(found[: SHOWN - len(problems)] if len(problems) < SHOWN else [])
        else:
            batch.append(row)
            if job.kind == "members":
                grams.extend((row[0], g) for g in name_grams(row[3]))
                if manager := raw.get("account_manager", "").strip():
                    job.managers.append((line, row[0], manager))
        if len(batch) >= BATCH or job.rows_read % BATCH == 0:
            flush()
    flush()
    column = "id_number" if job.kind == "members" else "policy_no"
    repeated, first = stage.duplicates(SHOWN)
    for line, earlier in first[: max(SHOWN - len(problems), 0)]:
        problems.append(f"line {line}: {column}: 与第 {earlier} 行重复")
    refused += repeated
    if refused:
        problems.sort(key=_line_of)
        raise ImportRejected(problems, refused)
    stage.finish()


def _line_of(problem: str) -> int:
    try:
        return int(problem.split(":", 1)[0].removeprefix("line "))
    except ValueError:
        return 0


def _apply(job: ImportRun, stage: Stage, rules: Rules, on: dt.date) -> ImportResult:
    """Write the staged rows in one transaction; the report and audit record with them."""
    db = job.db
    sqlite = db.engine.dialect.name == "sqlite"
    identity = job.identity
    prepared = None
    wal = False
    if sqlite:
        check_same_database(db, identity)
        with translate_errors(db.engine):
            try:
                prepared = import_sqlite.prepare(str(db.engine.url.database), stage, job.cancel)
            except import_sqlite.Cancelled:
                raise ImportCancelled from None
            built = _load_aside(job, stage, rules, on, prepared)
        if built is not None:  # a big first load, built aside and copied in
            confirm_saved(db, identity, built.report_id)
            return built
    with translate_errors(db.engine), db._writer.connect() as conn:
        raw = conn.connection.driver_connection
        if sqlite:
            raw.execute("ATTACH DATABASE ? AS stage", (str(stage.path),))  # type: ignore[union-attr]
            wal = import_sqlite.before_lock(raw, prepared)
        try:
            token = None if sqlite else import_pg.prepare(conn, stage)  # compared before
            with Session(bind=conn, expire_on_commit=False) as session:
                started = time.monotonic()
                try:
                    job.locking()
                    session.connection()  # BEGIN (IMMEDIATE on SQLite): the lock from here
                    if not sqlite:  # one import at a time: no insert collides, so no unique-
                        # violation DETAIL puts an ID number into the server log (issue 15)
                        session.execute(text("SELECT pg_advisory_xact_lock(15150001)"))
                        import_pg.compare_if_moved(session, stage, token or ())
                    check_same_database(db, identity)
                    if prepared is not None and prepared.token != import_sqlite.state_token(raw):
                        prepared = None  # another import committed meanwhile: compare again
                    result = _write(job, session, stage, rules, on, prepared)
                    session.commit()
                except IntegrityError as exc:  # another import wrote the same row meanwhile
                    session.rollback()
                    raise DatabaseError(CONFLICT) from exc
                except BaseException:
                    session.rollback()
                    raise
                held = time.monotonic() - started
            if sqlite and wal:  # the lock is released: desks write meanwhile
                import_sqlite.make_durable(raw, str(db.engine.url.database))
        finally:
            if sqlite:
                raw.execute("DETACH DATABASE stage")  # type: ignore[union-attr]
                import_sqlite.after_lock(raw)
            else:
                import_pg.drop(conn)
    confirm_saved(db, identity, result.report_id)
    return replace(result, lock_seconds=held)


def _load_aside(
    job: ImportRun, stage: Stage, rules: Rules, on: dt.date, prepared: import_sqlite.Prepared
) -> ImportResult | None:
    """A big first load built in a side copy and copied in (import_aside)."""
    if not (prepared.aside and import_aside.ENABLED):
        return None
    try:
        built = import_aside.load_aside(
            Path(str(job.db.engine.url.database)),
            stage,
            prepared,
            lambda session: _write(job, session, stage, rules, on, prepared),
            lambda: check_same_database(job.db, job.identity),
            job.rebuilds(),
        )
    except import_aside.BuildCancelled:
        raise ImportCancelled from None
    except import_aside.DesksKeptWriting as stale:
        if job.in_place or import_aside.in_place_fits(prepared):
            return None  # written in place: desks wait well under their busy timeout
        raise desks_kept_writing(stale, prepared) from None
    if built is None:
        return None
    return replace(built[0], lock_seconds=built[1], builds=built[2])


def _write(
    job: ImportRun,
    session: Session,
    stage: Stage,
    rules: Rules,
    on: dt.date,
    prepared: import_sqlite.Prepared | None,
) -> ImportResult:
    server = session.get_bind().dialect.name != "sqlite"  # compared before (import_pg)
    affected: set[int] = set()
    if job.kind == "members":
        if prepared is not None:
            new, changed, same = import_sqlite.apply_members(session, utcnow(), prepared)
        else:
            if server:
                new, changed, same = import_apply.member_counts(session)
            else:
                new, changed, same = import_apply.compare_members(session)
            import_apply.apply_members(session, utcnow())
        from vipdesk.services.account_managers import import_managers

        import_managers(session, job.actor, job.managers, SHOWN)
    else:
        count, lines = import_apply.unknown_member_lines(session, SHOWN)
        if count:
            raise ImportRejected(
                [f"line {n}: id_number: 没有这个证件号码的客户，请先导入客户" for n in lines], count
            )
        known = prepared is not None or server
        (new, changed, same), affected = import_apply.apply_policies(session, known)
    draft = job.draft(
        "imported", rows_read=job.rows_read, added=new, changed=changed, unchanged=same
    )
    report = draft.model(job.actor)
    session.add(report)
    session.flush()
    if session.get_bind().dialect.name == "sqlite":
        import_sqlite.check_references(session)
    counts = {"rows": job.rows_read, "inserted": new, "updated": changed, "unchanged": same}
    if affected:
        recompute_tiers(session, rules, job.actor, on, affected, reason="import")
    audit(session, job.actor, f"import.{job.kind}", "file", job.path.name, None, None, counts)
    return ImportResult(job.rows_read, new, changed, same, report.id)


def _run(
    db: Database,
    actor: Actor,
    path: Path,
    kind: str,
    rules: Rules,
    on: dt.date,
    progress: ImportProgress | None,
    cancel: Callable[[], bool] | None,
    limits: XlsxLimits | None,
    in_place: bool = False,
) -> ImportResult:
    require(actor, "import.run", db)
    require_import_space(db.url, path)  # a full disk is refused before anything is written
    job = ImportRun(
        db, actor, path, kind, progress or (lambda *_: None), cancel or (lambda: False),
        limits, utcnow(), database_identity(db), in_place,
    )  # fmt: skip
    stage = Stage("stage_members" if kind == "members" else "stage_policies")
    try:
        _stage_file(job, stage)
        if job.cancel():
            raise ImportCancelled
        job.progress("写入", job.rows_read, 0, 1.0)
        return _apply(job, stage, rules, on)
    except ImportRejected as exc:
        message = exc.problems[0] if exc.problems else ""
        draft = job.draft(
            "refused", rows_read=job.rows_read, refused=exc.refused_rows, message=message
        )
        record_attempt(db, actor, draft)
        raise
    except ImportCancelled:
        record_attempt(db, actor, job.draft("cancelled", rows_read=job.rows_read))
        raise
    except Refused as exc:
        if exc.code == DESKS_KEPT_WRITING:
            draft = job.draft("refused", rows_read=job.rows_read, message=exc.message)
            record_attempt(db, actor, draft)
        raise
    except FileProblem as exc:
        record_attempt(db, actor, job.draft("refused", message=str(exc)))
        raise
    except DatabaseError as exc:
        record_attempt(db, actor, job.draft("failed", rows_read=job.rows_read, message=str(exc)))
        raise
    finally:
        stage.close()


def import_members(
    db: Database,
    rules: Rules,
    actor: Actor,
    path: Path,
    *,
    progress: ImportProgress | None = None,
    cancel: Callable[[], bool] | None = None,
    limits: XlsxLimits | None = None,
    in_place: bool = False,
) -> ImportResult:
    """Import a members file: every row valid, or nothing written (administrators).

    `in_place`: when desks keep writing, write in place (desks wait) rather than refuse.
    """
    day = dt.date.today()
    return _run(db, actor, path, "members", rules, day, progress, cancel, limits, in_place)


def import_policies(
    db: Database,
    rules: Rules,
    actor: Actor,
    path: Path,
    on: dt.date | None = None,
    *,
    progress: ImportProgress | None = None,
    cancel: Callable[[], bool] | None = None,
    limits: XlsxLimits | None = None,
    in_place: bool = False,
) -> ImportResult:
    """Import a policies file (members must exist); then bring tiers and cards up to date.

    `in_place`: as for import_members.
    """
    day = on or dt.date.today()
    return _run(db, actor, path, "policies", rules, day, progress, cancel, limits, in_place)
