"""`vipdesk print …` run in-process against a real database."""

from __future__ import annotations

import json

from tests.docs.pdftools import all_text, first_member, reader
from vipdesk.cli import main
from vipdesk.db.models import Member
from vipdesk.domain.people import mask_id_number


def test_print_handbook_for_a_tier(demo, tmp_path):
    out = tmp_path / "gold.pdf"
    assert (
        main(
            [
                "--db",
                demo.url,
                "--as",
                "clerk1",
                "print",
                "handbook",
                "--tier",
                "gold",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "都会金卡" in all_text(out.read_bytes())


def test_print_handbook_for_a_member(demo, tmp_path):
    member_id, id_number = first_member(demo, Member.tier == "platinum")
    out = tmp_path / "mine.pdf"
    assert (
        main(
            [
                "--db",
                demo.url,
                "--as",
                "clerk1",
                "print",
                "handbook",
                "--member",
                id_number,
                "-o",
                str(out),
            ]
        )
        == 0
    )
    text = all_text(out.read_bytes())
    assert "都会白金卡" in text and "六、指定亲属" in text


def test_print_letter(demo, tmp_path, capsys):
    _, id_number = first_member(demo, Member.tier == "gold")
    out = tmp_path / "letter.pdf"
    code = main(
        [
            "--db",
            demo.url,
            "--as",
            "clerk1",
            "print",
            "letter",
            id_number,
            "-o",
            str(out),
            "--branch-name",
            "上海分公司",
            "--json",
        ]
    )
    assert code == 0
    reference = json.loads(capsys.readouterr().out)["reference"]
    text = all_text(out.read_bytes())
    assert reference in text and "上海分公司" in text and mask_id_number(id_number) in text


def test_letter_for_a_member_without_tier_is_refused(demo, tmp_path, capsys):
    _, id_number = first_member(demo, Member.tier.is_(None))
    out = tmp_path / "no.pdf"
    code = main(
        ["--db", demo.url, "--as", "clerk1", "print", "letter", id_number, "-o", str(out), "--json"]
    )
    assert code == 3
    assert json.loads(capsys.readouterr().out)["refused"] == "no_vip_tier"
    assert not out.exists()


def test_print_batch_letters_combined(demo, tmp_path, capsys):
    out = tmp_path / "batch"
    code = main(
        [
            "--db",
            demo.url,
            "--as",
            "clerk1",
            "print",
            "batch",
            "--letters",
            "--tier",
            "silver",
            "-o",
            str(out),
            "--combined",
            "--json",
        ]
    )
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["written"] > 0 and len(summary["files"]) == 1
    pdf = (out / summary["files"][0].split("/")[-1]).read_bytes()
    assert len(reader(pdf).pages) == summary["written"]
    assert "都会金卡" not in all_text(pdf)


def test_print_batch_handbooks_one_file_each(demo, tmp_path, capsys):
    out = tmp_path / "books"
    code = main(
        [
            "--db",
            demo.url,
            "--as",
            "clerk1",
            "print",
            "batch",
            "--handbooks",
            "--tier",
            "diamond",
            "-o",
            str(out),
        ]
    )
    assert code == 0
    files = sorted(out.glob("handbook_*_diamond.pdf"))
    assert files and f"已生成服务手册 {len(files)} 份" in capsys.readouterr().out


def test_unknown_tier_is_a_plain_error(demo, tmp_path, capsys):
    code = main(
        [
            "--db",
            demo.url,
            "--as",
            "clerk1",
            "print",
            "handbook",
            "--tier",
            "bronze",
            "-o",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == 2 and "没有这个贵宾等级" in capsys.readouterr().err


def test_batch_into_a_file_is_a_plain_error_without_crash_log(demo, tmp_path, capsys, user_home):
    from vipdesk.paths import log_dir

    in_the_way = tmp_path / "not-a-folder"
    in_the_way.write_text("x")
    code = main(
        [
            "--db",
            demo.url,
            "--as",
            "clerk1",
            "print",
            "batch",
            "--letters",
            "--tier",
            "gold",
            "-o",
            str(in_the_way),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "无法创建文件夹" in err and "不是文件夹" in err
    assert "内部错误" not in err and not list(log_dir().glob("crash-*.log"))
