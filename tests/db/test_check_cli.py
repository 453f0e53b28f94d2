"""`vipdesk check` and `vipdesk case …` on a real database, with the real offline gazetteer."""

from __future__ import annotations

import datetime as dt
import json

from tests.case_fixtures import (
    HONG_KONG_ADDRESS,
    KANGYUE,
    add_member,
    add_relative,
    rid,
    supervisor,
)
from tests.staff_helpers import TEST_PASSWORD
from vipdesk.cli import main
from vipdesk.domain.catalog import load_catalog
from vipdesk.rules import load_rules
from vipdesk.services.eligibility import check_eligibility

ON = dt.date(2024, 6, 15)
DEPARTED = "2024-06-10"


def check(capsys, db, ref, *args):
    status = main(
        ["--db", db.url, "--as", "clerk1", "check", ref, "--on", ON.isoformat(), "--json", *args]
    )
    out, err = capsys.readouterr()
    answer = json.loads(out)
    assert status == (0 if answer["eligible"] else 3), err  # a refusal exits 3 (issue 13)
    return answer


def test_beijing_resident_in_tianjin_is_too_close(db, actor, capsys):
    _, ref = add_member(db, actor, "gold", name="王建国", born=dt.date(1970, 5, 5))
    out = check(
        capsys,
        db,
        ref,
        "--service",
        "domestic_rescue",
        "--location",
        "天津",
        "--departed",
        DEPARTED,
    )
    assert out["eligible"] is False and out["reasons"] == ["too_close_to_residence"]
    assert 100 < out["distance_km"] < 130
    assert out["trip_days"] == 6
    assert out["person"] == {"name": "王建国", "age": 54}


def test_beijing_resident_in_shijiazhuang_is_eligible(db, actor, capsys):
    _, ref = add_member(db, actor, "gold")
    for place in ("石家庄", "石家庄市", "河北省石家庄市长安区", "Shijiazhuang"):
        out = check(
            capsys,
            db,
            ref,
            "--service",
            "domestic_rescue",
            "--location",
            place,
            "--departed",
            DEPARTED,
        )
        assert out["eligible"] is True and out["reasons"] == [], place
        assert 240 < out["distance_km"] < 290


def test_an_unknown_place_is_a_reason_not_an_error(db, actor, capsys):
    _, ref = add_member(db, actor, "gold")
    out = check(capsys, db, ref, "--service", "domestic_rescue", "--location", "霍格沃茨")
    assert out["reasons"] == ["unknown_location"] and out["distance_km"] is None


def test_trip_day_90_is_covered_and_91_is_not(db, actor, capsys):
    _, ref = add_member(db, actor, "gold")
    day90 = (ON - dt.timedelta(days=89)).isoformat()
    day91 = (ON - dt.timedelta(days=90)).isoformat()
    out = check(
        capsys, db, ref, "--service", "domestic_rescue", "--location", "石家庄", "--departed", day90
    )
    assert (out["eligible"], out["trip_days"]) == (True, 90)
    out = check(
        capsys, db, ref, "--service", "domestic_rescue", "--location", "石家庄", "--departed", day91
    )
    assert (out["reasons"], out["trip_days"]) == (["trip_too_long"], 91)


def test_age_65_is_covered_and_66_is_not(db, actor, capsys):
    _, ref65 = add_member(db, actor, "gold", born=dt.date(1959, 6, 15))
    _, ref66 = add_member(db, actor, "gold", born=dt.date(1958, 6, 15))
    args = ("--service", "domestic_rescue", "--location", "石家庄", "--departed", DEPARTED)
    assert check(capsys, db, ref65, *args)["eligible"] is True
    out = check(capsys, db, ref66, *args)
    assert out["reasons"] == ["age_over_limit"] and out["person"]["age"] == 66


def test_suspended_member_and_silver_abroad(db, actor, capsys):
    _, suspended = add_member(db, actor, "gold", status="suspended")
    out = check(capsys, db, suspended, "--service", "domestic_rescue", "--location", "石家庄")
    assert out["reasons"] == ["services_suspended"]
    _, silver = add_member(db, actor, "silver")
    out = check(capsys, db, silver, "--service", "international_rescue", "--location", "日本")
    assert out["reasons"] == ["not_entitled"]


def test_residence_in_hong_kong_is_outside_the_mainland(db, actor, capsys):
    _, ref = add_member(db, actor, "gold", address=HONG_KONG_ADDRESS)
    out = check(capsys, db, ref, "--service", "domestic_rescue", "--location", "石家庄")
    assert out["reasons"] == ["residence_outside_mainland"]


def test_a_relative_of_a_diamond_member_and_a_stranger(db, actor, capsys):
    member_id, ref = add_member(db, actor, "diamond")
    _, relative = add_relative(db, member_id, name="李秀英", born=dt.date(1975, 3, 3))
    out = check(
        capsys,
        db,
        ref,
        "--service",
        "domestic_rescue",
        "--person",
        relative,
        "--location",
        "石家庄",
        "--departed",
        DEPARTED,
    )
    assert out["eligible"] is True and out["person"] == {"name": "李秀英", "age": 49}
    stranger = rid(dt.date(1990, 1, 1), "789", "440106")
    out = check(
        capsys,
        db,
        ref,
        "--service",
        "domestic_rescue",
        "--person",
        stranger,
        "--location",
        "石家庄",
    )
    assert out["reasons"] == ["not_designated"] and out["person"]["age"] == 34


def test_kangyue_waiting_period_from_effective_date_and_reinstatement(db, actor, capsys):
    _, fresh = add_member(
        db, actor, "silver", policies=[(KANGYUE, 3000, "in_force", dt.date(2024, 6, 1), None)]
    )
    out = check(capsys, db, fresh, "--service", "kangyue_health")
    assert out["reasons"] == ["waiting_period"]
    assert out["details"][0]["evidence"]["waiting_end"] == "2024-06-30"
    _, reinstated = add_member(
        db,
        actor,
        "silver",
        policies=[(KANGYUE, 3000, "in_force", dt.date(2019, 1, 1), dt.date(2024, 6, 10))],
    )
    out = check(capsys, db, reinstated, "--service", "kangyue_health")
    assert out["details"][0]["evidence"]["from"] == "reinstated_date"
    _, settled = add_member(
        db,
        actor,
        "silver",
        policies=[(KANGYUE, 3000, "in_force", dt.date(2019, 1, 1), dt.date(2024, 5, 1))],
    )
    assert check(capsys, db, settled, "--service", "kangyue_health")["eligible"] is True


def test_several_reasons_at_once(db, actor, capsys):
    _, ref = add_member(
        db, actor, "silver", status="suspended", born=dt.date(1950, 1, 1), address=HONG_KONG_ADDRESS
    )
    out = check(
        capsys,
        db,
        ref,
        "--service",
        "international_rescue",
        "--location",
        "霍格沃茨",
        "--departed",
        "2024-01-01",
    )
    assert out["reasons"] == [
        "services_suspended",
        "not_entitled",
        "age_over_limit",
        "residence_outside_mainland",
        "unknown_location",
        "trip_too_long",
    ]


def test_an_item_code_names_its_family_and_brings_its_cost_notes(db, actor):
    member_id, _ = add_member(db, actor, "gold")
    result = check_eligibility(
        db,
        load_rules(),
        load_catalog(),
        member_id,
        "dom_relative_visit",
        location="石家庄",
        departed=dt.date(2024, 6, 10),
        on=ON,
        actor=actor,
    )
    assert (result.service, result.item) == ("domestic_rescue", "dom_relative_visit")
    assert result.decision.cost_notes and "超过7天" in result.decision.questions[0].text_zh


def test_unknown_service_exits_2_with_one_sentence(db, actor, capsys):
    _, ref = add_member(db, actor, "gold")
    status = main(["--db", db.url, "--as", "clerk1", "check", ref, "--service", "teleport"])
    _, err = capsys.readouterr()
    assert status == 2 and "没有这项服务" in err and len(err.strip().splitlines()) == 1


def test_case_open_list_and_overdue_from_the_command_line(db, actor, capsys, monkeypatch):
    _, ref = add_member(db, actor, "gold")
    base = ["--db", db.url, "--as", "clerk1"]
    assert (
        main(
            [
                *base,
                "case",
                "open",
                ref,
                "--service",
                "domestic_rescue",
                "--location",
                "天津",
                "--departed",
                str(dt.date.today() - dt.timedelta(days=2)),
                "--phone",
                "13900139000",
                "--json",
            ]
        )
        == 0
    )
    opened = json.loads(capsys.readouterr().out)
    assert opened["eligible"] is False and opened["reasons"] == ["too_close_to_residence"]
    assert (
        main([*base, "case", "open", ref, "--type", "complaint", "--description", "理赔太慢"]) == 0
    )
    capsys.readouterr()
    assert main([*base, "case", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {r["type"] for r in listed} == {"rescue", "complaint"}
    assert main([*base, "case", "list", "--overdue", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []  # just opened: nothing overdue yet
    assert main([*base, "case", "status", opened["case_no"], "closed"]) == 3
    assert "invalid_transition" in capsys.readouterr().err
    override = [*base, "case", "override", opened["case_no"], "--reason", "特批", "--approver"]
    monkeypatch.setenv("VIPDESK_APPROVER_PASSWORD", TEST_PASSWORD)
    assert main([*override, "clerk1"]) == 3  # four eyes: nobody approves their own request
    assert "same_person" in capsys.readouterr().err
    supervisor(db)
    assert main([*override, "boss"]) == 0  # clerk1 asks, the supervisor approves
    capsys.readouterr()
    assert main([*base, "case", "show", opened["case_no"], "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["eligible"] is True and shown["override_reason"] == "特批"
    assert shown["notes"][0]["kind"] == "override"
