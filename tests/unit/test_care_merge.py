"""The care calendar's merge: pages are slices of the whole order, and a kind is read only when
the page reaches its next day (a chunk of days at a time, never more rows than the page needs)."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.services.care_merge import Stream, merged, row_key

D = dt.date(2026, 5, 4)


def _rows(kind_no: int, per_day: dict[int, list[str]]) -> list[tuple]:
    """Rows (due, kind_no, name, member, person, sub) of one kind, in its SQL order."""
    out = [(D + dt.timedelta(days=d), kind_no, name, 100 * d + n, name, 0)
           for d, names in per_day.items() for n, name in enumerate(names)]  # fmt: skip
    return sorted(out, key=row_key)


def _stream(rows: list[tuple], first, last, want, calls: list) -> Stream:  # noqa: ANN001
    def read(lo, hi, n):  # noqa: ANN001, ANN202
        calls.append((rows[0][1] if rows else None, lo, hi, n))
        found = [r for r in rows if lo is None or lo <= r[0] <= hi]
        return found if n is None else found[:n]

    return Stream(rows[0][1], read, first, last, want)


KINDS = {
    0: _rows(0, {0: ["王", "李"], 1: ["赵"], 5: ["钱", "孙", "周"]}),
    2: _rows(2, {0: ["吴"], 3: ["郑"]}),
    3: _rows(3, {0: ["冯", "陈", "褚", "卫", "蒋"]}),
    4: _rows(4, {-3: ["沈"], -1: ["韩", "杨"], 2: ["朱"]}),
}
DOMAINS = {0: (0, 13), 2: (0, 13), 3: (0, 0), 4: (-30, 13)}


def _all(want, calls):  # noqa: ANN001, ANN202
    return [_stream(rows, D + dt.timedelta(DOMAINS[k][0]), D + dt.timedelta(DOMAINS[k][1]),
                    want, calls) for k, rows in KINDS.items()]  # fmt: skip


@pytest.mark.parametrize("limit", [1, 2, 3, 5, 8, 30])
def test_pages_are_slices_of_the_calendar_order(limit):
    whole = sorted((r for rows in KINDS.values() for r in rows), key=row_key)
    assert merged(_all(None, []), None) == whole
    pages = []
    for offset in range(0, len(whole) + limit, limit):
        pages += merged(_all(offset + limit, []), limit, offset)
    assert pages == whole
    assert [r[1] for r in whole[:3]] == [4, 4, 4]  # missed follow-ups come first, by day


def test_a_kind_is_read_only_when_the_page_reaches_its_day():
    calls: list = []
    page = merged(_all(3, calls), 3)
    assert [r[2] for r in page] == ["沈", "杨", "韩"]  # before the window: follow-ups only
    read_kinds = {c[0] for c in calls}
    assert read_kinds == {4}, calls  # birthdays, 离网预警 and upgrades never read
    assert all(n is not None and n <= 3 for *_, n in calls)


def test_chunks_of_days_grow_and_stop_at_the_rows_wanted():
    calls: list = []
    rows = _rows(0, {0: ["甲"], 1: ["乙"], 2: ["丙"], 6: ["丁", "戊"], 12: ["己"]})
    stream = _stream(rows, D, D + dt.timedelta(13), 4, calls)
    assert merged([stream], 4) == rows[:4]
    spans = [(hi - lo).days + 1 for _, lo, hi, _ in calls]
    assert spans == [1, 2, 4] and [c[3] for c in calls] == [4, 3, 1]
