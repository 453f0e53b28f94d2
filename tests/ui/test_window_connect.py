"""File → Connect to a PostgreSQL server: tested on the worker before it is saved."""

from __future__ import annotations

import os

import pytest

from ui import settings as keys


def test_bad_address_is_refused_in_the_dialog(qtbot, window):
    window.actions_by_id["file.connect_server"].trigger()
    dialog = window.connect_dialog
    assert dialog.isVisible()
    dialog.url.setText("mysql://somewhere/db")
    dialog.test_button.click()
    assert "postgresql://" in dialog.message.text()
    dialog.url.setText("postgresql+psycopg://desk@127.0.0.1:1/vipdesk")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "无法连接数据库服务器" in dialog.message.text(), timeout=10_000)
    assert dialog.isVisible()
    assert window.settings.get(keys.DATABASE_URL) == ""  # nothing saved


@pytest.mark.postgres
def test_server_that_answers_is_saved_and_opened(qtbot, window):
    url = os.environ.get("VIPDESK_TEST_PG_URL")
    if not url:
        pytest.skip("VIPDESK_TEST_PG_URL is not set")
    from tests.conftest import _pg_database

    databases = _pg_database()
    server = next(databases)
    try:
        window.actions_by_id["file.connect_server"].trigger()
        dialog = window.connect_dialog
        dialog.url.setText(server)
        with qtbot.waitSignal(window.database_opened, timeout=30_000) as opened:
            dialog.test_button.click()
        assert window.settings.get(keys.DATABASE_URL) == server
        assert opened.args[0].member_count == 0
        assert window.opened.display_name in window.db_label.text()
        assert "postgresql" in window.db_label.text()
        window.close()
    finally:
        next(databases, None)
