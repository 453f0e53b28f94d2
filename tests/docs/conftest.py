"""Fixtures for the document tests."""

from __future__ import annotations

import pytest

from vipdesk.documents.content import Content, load_content
from vipdesk.rules import Rules, load_rules


@pytest.fixture
def content() -> Content:
    """The handbook content in force today."""
    return load_content().current()


@pytest.fixture
def today_rules() -> Rules:
    """The rules in force today."""
    return load_rules().current()


@pytest.fixture
def demo(db, actor, rules):
    """The test database with 60 demo members (tiers and cards computed)."""
    from vipdesk.services.demo import add_demo_members

    add_demo_members(db, rules, actor, 60, seed=7)
    return db
