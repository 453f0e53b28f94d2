"""The audit hash chain, pure: a record's canonical bytes and its link to the previous hash.

hash(n) = SHA-256(hash(n-1) as hex, a newline, canonical JSON of record n's content). Changing,
deleting or reordering any record changes every later link, so `verify` names the first one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64


def _own_sha256() -> Callable[[bytes], Any]:
    """CPython's own SHA-256 (`_sha256`; `_sha2` from 3.12), else hashlib's (OpenSSL's).

    One record's link is hashed without loading OpenSSL's libcrypto (~3.5 MiB resident) into a
    desk that only signs in and searches (issue 14). The digest is the same
    (tests/unit/test_chain_digest.py); `walk` hashes whole chains with hashlib's, twice as fast.
    """
    try:
        from _sha256 import sha256  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        try:
            from _sha2 import sha256  # type: ignore[import-not-found, no-redef, unused-ignore]
        except ImportError:
            from hashlib import sha256  # type: ignore[assignment, unused-ignore]
    return sha256  # type: ignore[no-any-return, unused-ignore]


OWN_SHA256 = _own_sha256()


def canonical_time(at: dt.datetime | str) -> str:
    """The UTC time as ISO text with microseconds (naive values are taken as UTC, as stored)."""
    if isinstance(at, str):
        if len(at) == 26 and at[10] == " ":  # SQLite's stored form: the common, fast case
            return f"{at[:10]}T{at[11:]}"
        at = dt.datetime.fromisoformat(at)
    if at.tzinfo is not None:
        at = at.astimezone(dt.UTC).replace(tzinfo=None)
    return at.isoformat(timespec="microseconds")


def _field(value: str | int | None) -> str:
    """One field, unambiguous: ~ for none, #digits for numbers, 'length:text for text."""
    if value is None:
        return "~"
    if isinstance(value, int):
        return f"#{value}"
    return f"'{len(value)}:{value}"


def canonical(
    seq: int,
    at: dt.datetime | str,
    staff_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    member_id: int | None,
    before: str | None,
    after: str | None,
) -> bytes:
    """The bytes the hash covers: every column of the record except its own hashes, each
    length-prefixed (no separator inside a value can shift one field into the next)."""
    f = _field
    return (
        f"#{seq}|{canonical_time(at)}|{f(staff_id)}|{f(action)}|{f(entity)}|{f(entity_id)}|"
        f"{f(member_id)}|{f(before)}|{f(after)}"
    ).encode()


def link(prev_hash: str, content: bytes, sha256: Callable[[bytes], Any] = OWN_SHA256) -> str:
    """This record's hash from the previous record's hash and this record's canonical bytes."""
    return str(sha256(prev_hash.encode() + b"\n" + content).hexdigest())


@dataclass(frozen=True)
class Break:
    """Where and how the chain is broken: the record's id (or None) and the problem code."""

    record_id: int | None
    seq: int
    problem: str  # changed | deleted | reordered | missing_tail


def walk(
    rows: Iterable[Sequence[Any]],
    first_seq: int,
    prev_hash: str,
    head_seq: int,
    head_hash: str,
) -> tuple[int, Break | None]:
    """Check rows (id, seq, at, staff_id, action, entity, entity_id, member_id, before, after,
    prev_hash, hash) in seq order; return how many were checked and the first break."""
    from hashlib import sha256  # a whole chain: OpenSSL's, twice as fast per record

    expected, prev_id, count = first_seq, -1, 0
    for row in rows:
        rid, seq, at, staff, action, entity, eid, member, before, after, prev, own = row
        if seq != expected:
            problem = "deleted" if seq > expected else "reordered"
            return count, Break(rid, expected, problem)
        if prev != prev_hash or rid <= prev_id:
            return count, Break(rid, seq, "reordered")
        content = canonical(seq, at, staff, action, entity, eid, member, before, after)
        if link(prev, content, sha256) != own:
            return count, Break(rid, seq, "changed")
        prev_hash, prev_id, expected, count = own, rid, expected + 1, count + 1
    if expected - 1 != head_seq or prev_hash != head_hash:
        return count, Break(None, expected, "missing_tail")
    return count, None
