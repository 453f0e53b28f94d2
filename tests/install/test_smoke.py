"""The self-check names what is missing and exits non-zero (the passing run: test_wheel.py)."""

from __future__ import annotations

import pytest

from ui import smoke


def test_a_missing_data_file_is_named(monkeypatch):
    monkeypatch.setattr(smoke, "DATA_FILES", (*smoke.DATA_FILES, "gazetteer/missing.csv"))
    with pytest.raises(smoke.SmokeFailure, match="gazetteer/missing.csv"):
        smoke.check_data_files()


def test_a_failing_step_stops_the_check_with_exit_1_and_its_name(monkeypatch):
    def broken(self):
        raise smoke.SmokeFailure("migrations not found")

    monkeypatch.setattr(smoke.Smoke, "database", broken)
    lines: list[str] = []
    assert smoke.smoke(report=lines.append) == 1
    assert lines[-1] == "SMOKE FAILED at database: SmokeFailure: migrations not found"
    assert [line.split()[1] for line in lines[:-1]] == ["data", "command"]


def test_a_failing_command_reports_its_exit_status_and_message(tmp_path):
    url = "sqlite:///" + (tmp_path / "none" / "x.sqlite3").as_posix()
    with pytest.raises(smoke.SmokeFailure, match=r"exit \d"):
        smoke.cli("--db", url, "search", "王")
