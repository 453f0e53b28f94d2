"""Property: random Unicode in every column is accepted, or refused with line and column —
never a traceback — and SQLite and PostgreSQL give the same outcome for the same file.

Bounded for CI (IMPORT_FUZZ_EXAMPLES, default 40 examples per kind of file).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PG_URL, _pg_database
from tests.db.import_helpers import MEMBER_HEADER, POLICY_HEADER, id_number
from vipdesk.errors import KnownError
from vipdesk.services.database import Database
from vipdesk.services.importer import ImportRejected, import_members, import_policies
from vipdesk.services.tabular import FileProblem

EXAMPLES = int(os.environ.get("IMPORT_FUZZ_EXAMPLES", "40"))
PROBLEM = r"^line \d+: (\w+: )?.+"
KNOWN = id_number(7)

noise = st.text(
    st.characters(codec="utf-8", exclude_characters="\n\r"), max_size=40
) | st.sampled_from(
    ["", "1e5", "١٢٣", "1_000", "𠮷", "买买提·艾力", "John Smith", "\x00", "\u200b", '"', "a,b"]
)
valid = {
    "id_number": st.just(KNOWN),
    "name": st.sampled_from(["王建国", "𠮷祥", "阿依古丽·吐尔逊"]),
    "phone": st.just("13812345678"),
    "address": st.just("北京"),
    "policy_no": st.just("P1"),
    "product": st.just("都会安享终身寿险"),
    "channel": st.just("agency"),
    "status": st.just("in_force"),
    "effective_date": st.just("2020-01-01"),
    "annual_premium": st.just("30000.00"),
    "reinstated_date": st.just(""),
}


def _quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"' if any(c in cell for c in ',"') else cell


def row_of(header: str) -> st.SearchStrategy[list[str]]:
    """A row whose every column is either valid or noise."""
    return st.tuples(*(valid[c] | noise for c in header.split(","))).map(list)


@pytest.fixture(scope="module")
def databases() -> Iterator[list[tuple[Database, object]]]:
    """One SQLite file and (when configured) one PostgreSQL database, each with an admin."""
    from tests.staff_helpers import test_admin

    folder = Path(tempfile.mkdtemp(prefix="vipdesk-fuzz-"))
    urls = [f"sqlite:///{folder / 'fuzz.sqlite3'}"]
    pg = _pg_database() if PG_URL else None
    if pg is not None:
        urls.append(next(pg))
    out = []
    for url in urls:
        db = Database(url)
        db.ensure_schema()
        out.append((db, test_admin(db)))
    seed = folder / "seed.csv"
    seed.write_text(f"{MEMBER_HEADER}\n{KNOWN},王建国,13812345678,北京\n", encoding="utf-8")
    for db, admin in out:
        import_members(db, None, admin, seed)  # type: ignore[arg-type]
    yield out
    for db, _ in out:
        db.dispose()
    if pg is not None:
        next(pg, None)


def outcome(db, rules, admin, path: Path, policies: bool) -> tuple[str, object]:
    """('ok', counts) or ('refused', problems) — anything else fails the property."""
    run = import_policies if policies else import_members
    try:
        result = run(db, rules, admin, path)
    except ImportRejected as exc:
        import re

        assert all(re.match(PROBLEM, p) for p in exc.problems), exc.problems
        return "refused", exc.problems
    except FileProblem as exc:
        return "file", str(exc).split("：", 1)[-1]
    except KnownError as exc:  # a plain refusal is fine, but the two databases must agree
        return "known", str(exc)
    return "ok", (result.rows, result.inserted, result.updated, result.unchanged)


def _check(databases, rules, header: str, rows: list[list[str]], policies: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        lines = [header] + [",".join(_quote(c) for c in row) for row in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        outcomes = [outcome(db, rules, admin, path, policies) for db, admin in databases]
    assert all(o == outcomes[0] for o in outcomes), outcomes


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(row_of(MEMBER_HEADER), min_size=1, max_size=4))
def test_members_files_never_crash_and_agree(databases, rules, rows):
    _check(databases, rules, MEMBER_HEADER, rows, policies=False)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(rows=st.lists(row_of(POLICY_HEADER), min_size=1, max_size=4))
def test_policies_files_never_crash_and_agree(databases, rules, rows):
    _check(databases, rules, POLICY_HEADER, rows, policies=True)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(lines=st.lists(st.text(st.characters(codec="utf-8"), max_size=60), min_size=1, max_size=5))
def test_any_text_after_the_header_never_crashes(databases, rules, lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_text(MEMBER_HEADER + "\n" + "\n".join(lines), encoding="utf-8")
        outcomes = [outcome(db, rules, admin, path, False) for db, admin in databases]
    assert all(o == outcomes[0] for o in outcomes), outcomes
