"""Partial indexes (`models.PartialIndex`): the same index as `Index(..., sqlite_where=…,
postgresql_where=…)` on both databases, without importing the PostgreSQL dialect on an SQLite
desk (issue 14: ~66 ms of every command's start-up)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.schema import CreateIndex

from vipdesk.db.models import Base, PartialIndex


def test_partial_indexes_compile_as_the_plain_index_with_both_wheres():
    partial = [
        i for t in Base.metadata.sorted_tables for i in t.indexes if isinstance(i, PartialIndex)
    ]
    assert {i.name for i in partial} == {
        "uq_cards_one_current_per_member",
        "uq_relatives_vip_slot",
        "uq_relatives_kangyue_slot",
    }
    for index in partial:
        columns = (Column(c.name, c.type) for c in index.table.columns)
        twin_table = Table(index.table.name, MetaData(), *columns)
        plain = Index(
            index.name,
            *(twin_table.c[c.name] for c in index.columns),
            unique=index.unique,
            sqlite_where=text(index.where),
            postgresql_where=text(index.where),
        )
        for dialect in (sqlite.dialect(), postgresql.dialect()):
            ours = str(CreateIndex(index).compile(dialect=dialect))
            assert ours == str(CreateIndex(plain).compile(dialect=dialect))
            assert ours.endswith(f"WHERE {index.where}")
        kwargs = dict(index.dialect_kwargs)  # what Alembic compares and renders
        assert {k: str(v) for k, v in kwargs.items()} == {
            "sqlite_where": index.where,
            "postgresql_where": index.where,
        }


def test_a_plain_index_is_not_partial():
    table = Table("t", MetaData(), Column("a", Integer), Column("s", String))
    index = PartialIndex("ix_t_a", table.c.a, where="s = 'x'")
    assert str(CreateIndex(index).compile(dialect=sqlite.dialect())).endswith("WHERE s = 'x'")
    plain = Index("ix_t_s", table.c.s)
    assert "WHERE" not in str(CreateIndex(plain).compile(dialect=postgresql.dialect()))


def test_importing_the_models_loads_no_postgresql_dialect():
    probe = (
        "import sys, vipdesk.db.models; "
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "postgresql" not in out.stdout
