"""The audit chain's link digest is SHA-256 whichever implementation hashes it: one record's
link with CPython's own (no OpenSSL in a desk that only searches), a whole chain with hashlib's."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from vipdesk.domain.audit_chain import GENESIS, OWN_SHA256, canonical, link, walk

AT = dt.datetime(2026, 11, 28, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "content",
    [b"", b"#1|x", "#2|王伟|客户来电核实".encode(), bytes(range(256)) * 40],
)
def test_one_link_is_the_sha256_hashlib_computes(content):
    expected = hashlib.sha256(GENESIS.encode() + b"\n" + content).hexdigest()
    assert link(GENESIS, content) == link(GENESIS, content, hashlib.sha256) == expected
    assert OWN_SHA256 is not hashlib.sha256  # CPython's own, not OpenSSL's (issue 14)


def test_a_chain_linked_one_by_one_verifies_with_hashlibs_digest():
    rows, prev = [], GENESIS
    for seq in range(1, 6):
        content = canonical(seq, AT, 7, "staff.sign_in", "staff_user", "7", None, None, None)
        own = link(prev, content)
        rows.append(
            (seq, seq, AT, 7, "staff.sign_in", "staff_user", "7", None, None, None, prev, own)
        )
        prev = own
    assert walk(rows, 1, GENESIS, 5, prev) == (5, None)
    changed = [*rows[:2], (*rows[2][:4], "staff.sign_out", *rows[2][5:]), *rows[3:]]
    count, broken = walk(changed, 1, GENESIS, 5, prev)
    assert count == 2 and broken is not None and broken.problem == "changed"
