"""The k-way merge of the care calendar's SELECTs, read lazily a chunk of days at a time.

Each stream yields its rows in (day, member name, member, sub-item) order, all of one kind; the
calendar's order is (day, kind, member name, member, sub-item). A stream not yet read stands in
the merge by its lower bound (its next day and its kind), so a stream is read only when the page
reaches its next day: the first page of a window reads the first days of the kinds it shows,
never every candidate of the window.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

Read = Callable[[dt.date | None, dt.date | None, int | None], Sequence[Any]]


def day_of(value: Any) -> dt.date:
    """A day from either dialect (SQLite may hand back text)."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def row_key(row: Sequence[Any]) -> tuple[Any, ...]:
    """The calendar's order of a row (due_on, kind_no, member_name, member_id, person, sub_id…)."""
    return (day_of(row[0]), row[1], row[2], row[3], row[5])


class Stream:
    """One SELECT of one kind, read over its days [first, last] in growing chunks (1, 2, 4 …
    days), never more than `want` rows in all; first None: read in one go."""

    def __init__(self, kind_no: int, read: Read, first: dt.date | None, last: dt.date | None,
                 want: int | None) -> None:  # fmt: skip
        self.kind_no, self.read, self.want = kind_no, read, want
        self.next_day, self.last = first, last
        self.span, self.taken, self.done = 1, 0, False
        self.rows: deque[Any] = deque()

    def head(self) -> tuple[Any, ...] | None:
        """The key of the next row, its lower bound while unread, or None when exhausted."""
        if self.rows:
            return row_key(self.rows[0])
        if self.done:
            return None
        return (self.next_day or dt.date.min, self.kind_no)  # sorts before every row it holds

    def fill(self) -> None:
        """Read the next chunk of days."""
        left = None if self.want is None else self.want - self.taken
        if self.next_day is None or self.last is None:
            found = self.read(None, None, left)
            self.done = True
        else:
            hi = min(self.next_day + dt.timedelta(days=self.span - 1), self.last)
            found = self.read(self.next_day, hi, left)
            self.next_day, self.span = hi + dt.timedelta(days=1), self.span * 2
            self.done = self.next_day > self.last
        self.taken += len(found)
        self.rows.extend(found)
        if left is not None and len(found) >= left:
            self.done = True


def merged(streams: list[Stream], limit: int | None, offset: int = 0) -> list[Any]:
    """Rows [offset, offset + limit) of the streams in the calendar's order (all when limit is
    None: every stream read whole and sorted once)."""
    if limit is None:
        rows: list[Any] = []
        for stream in streams:
            stream.want, stream.next_day = None, None
            stream.fill()
            rows += stream.rows
        return sorted(rows, key=row_key)[offset:]
    out: list[Any] = []
    while len(out) < offset + limit:
        heads = [(h, n) for n, s in enumerate(streams) if (h := s.head()) is not None]
        if not heads:
            break
        _, n = min(heads, key=lambda pair: pair[0])
        stream = streams[n]
        if stream.rows:
            out.append(stream.rows.popleft())
        else:
            stream.fill()
    return out[offset:]
