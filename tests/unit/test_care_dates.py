"""Care calendar date rules at every boundary (birthdays, 29 Feb, checks, upgrades, at risk)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from vipdesk.domain.care import (
    HeldPolicy,
    anniversary_in,
    birthday_in,
    follow_up_day,
    health_check_due,
    month_days,
    tier_risk,
    upgrade_gap,
    window,
)

D = dt.date


@pytest.mark.parametrize(
    ("born", "start", "days", "expected"),
    [
        (D(1970, 5, 5), D(2026, 5, 5), 14, D(2026, 5, 5)),  # first day of the window
        (D(1970, 5, 18), D(2026, 5, 5), 14, D(2026, 5, 18)),  # last day (14th)
        (D(1970, 5, 19), D(2026, 5, 5), 14, None),  # the day after the window
        (D(1970, 5, 4), D(2026, 5, 5), 14, None),  # the day before
        (D(1980, 1, 2), D(2026, 12, 25), 14, D(2027, 1, 2)),  # across New Year
        (D(1980, 2, 29), D(2027, 2, 20), 14, D(2027, 2, 28)),  # leap-day birthday, common year
        (D(1980, 2, 29), D(2028, 2, 20), 14, D(2028, 2, 29)),  # leap year: on the day
        (D(1980, 2, 29), D(2027, 3, 1), 14, None),  # not again on 1 March
        (D(2026, 5, 6), D(2026, 5, 5), 14, None),  # born inside the window: no birthday yet
    ],
)
def test_birthday_in_window(born, start, days, expected):
    assert birthday_in(born, *window(start, days)) == expected


def test_month_days_adds_29_february_in_a_common_year():
    assert month_days(D(2027, 2, 27), D(2027, 3, 1)) == ["02-27", "02-28", "02-29", "03-01"]
    assert len(month_days(D(2026, 1, 1), D(2027, 12, 31))) == 366
    with pytest.raises(ValueError):
        window(D(2026, 1, 1), 0)


@pytest.mark.parametrize(
    ("last", "every", "start", "expected"),
    [
        (D(2025, 6, 1), 1, D(2026, 6, 1), D(2026, 6, 1)),
        (D(2025, 6, 1), 1, D(2026, 6, 2), None),  # already available before the window
        (D(2025, 6, 15), 1, D(2026, 6, 1), None),  # 15 June is day 15: outside 14 days
        (D(2025, 6, 14), 1, D(2026, 6, 1), D(2026, 6, 14)),
        (D(2024, 6, 1), 2, D(2026, 5, 25), D(2026, 6, 1)),  # every two years
        (D(2024, 2, 29), 1, D(2025, 2, 20), D(2025, 3, 1)),  # 29 Feb -> 1 March (quota rule)
    ],
)
def test_health_check_available_again(last, every, start, expected):
    assert health_check_due(last, every, *window(start, 14)) == expected


def test_follow_up_three_days_after_resolution():
    assert follow_up_day(D(2026, 12, 30)) == D(2027, 1, 2)


@pytest.mark.parametrize(
    ("afyp", "threshold", "gap"),
    [
        ("8999.99", 10000, None),  # 10 % below is 9,000: one cent short of candidacy
        ("9000", 10000, Decimal("1000")),  # exactly 90 % counts
        ("9999.99", 10000, Decimal("0.01")),
        ("10000", 10000, None),  # already there
        ("45000", 50000, Decimal("5000")),
        ("4500", 5000, Decimal("500")),  # not yet a member: a candidate for silver
    ],
)
def test_upgrade_candidate_within_ten_percent(afyp, threshold, gap):
    assert upgrade_gap(Decimal(afyp), Decimal(threshold)) == gap


def test_anniversary_in_window():
    assert anniversary_in(D(2019, 3, 10), D(2026, 3, 1), D(2026, 3, 14)) == D(2026, 3, 10)
    assert anniversary_in(D(2019, 3, 15), D(2026, 3, 1), D(2026, 3, 14)) is None
    assert anniversary_in(D(2026, 3, 10), D(2026, 3, 1), D(2026, 3, 14)) is None  # bought now
    assert anniversary_in(D(2020, 2, 29), D(2026, 2, 25), D(2026, 3, 3)) == D(2026, 3, 1)


ANNIVERSARY = D(2019, 3, 10)


def _p(status, premium, effective=ANNIVERSARY):
    return HeldPolicy(status, Decimal(premium), effective)


@pytest.mark.parametrize(
    ("status", "policies", "expected"),
    [
        # gold floor 10,000: 12,000 of which 2,500 due in the window -> 9,500, 500 short
        ("active", [_p("in_force", 9500, D(2019, 1, 1)), _p("in_force", 2500)], ("due", "500")),
        # exactly at the floor after the due policy: not at risk
        ("active", [_p("in_force", 10000, D(2019, 1, 1)), _p("in_force", 2000)], None),
        # nothing due in the window
        (
            "active",
            [_p("in_force", 6000, D(2019, 1, 1)), _p("in_force", 6000, D(2019, 4, 1))],
            None,
        ),
        # suspended: held by a suspended policy; short = floor - in-force AFYP
        ("suspended", [_p("in_force", 4000), _p("suspended", 8000)], ("suspended", "6000")),
        ("none", [_p("in_force", 4000)], None),
    ],
)
def test_tier_at_risk(status, policies, expected):
    risk = tier_risk(status, Decimal(10000), policies, D(2026, 3, 1), D(2026, 3, 14))
    if expected is None:
        assert risk is None
    else:
        assert (risk.reason, risk.short) == (expected[0], Decimal(expected[1]))
        assert risk.due_on == (D(2026, 3, 10) if expected[0] == "due" else D(2026, 3, 1))


def test_no_tier_no_risk():
    assert tier_risk("active", None, [_p("in_force", 1)], D(2026, 3, 1), D(2026, 3, 14)) is None
