"""The streaming XLSX reader on a workbook written the way Excel writes it (shared strings)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

from vipdesk.services.xlsx_stream import XlsxStream, declared_rows

NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def excel_like(path: Path) -> Path:
    """Shared strings (one with rich-text runs and a phonetic run), a date style, numbers."""
    files = {
        "xl/workbook.xml": f"<workbook {NS} {RNS}><sheets>"
        '<sheet name="导出" sheetId="1" r:id="rId7"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId7" Type="x" '
        'Target="worksheets/data.xml"/></Relationships>',
        "xl/styles.xml": f'<styleSheet {NS}><numFmts count="1"><numFmt numFmtId="164" '
        'formatCode="yyyy/mm/dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/>'
        '<xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>',
        "xl/sharedStrings.xml": f"<sst {NS}><si><t>证件号码</t></si><si><t>姓名</t></si>"
        "<si><r><t>买买提</t></r><r><t>·艾力</t></r><rPh><t>マイ</t></rPh></si>"
        "<si><t>生效日期</t></si><si><t>11010519491231002X</t></si></sst>",
        "xl/worksheets/data.xml": f'<worksheet {NS}><dimension ref="A1:C3"/><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        '<c r="C1" t="s"><v>3</v></c></row>'
        '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>2</v></c>'
        '<c r="C2" s="1"><v>43831</v></c></row>'
        '<row r="3"><c r="A3"><v>1.10105194912310E+17</v></c>'
        '<c r="C3" s="2"><v>43832.5</v></c></row>'
        "</sheetData></worksheet>",
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return path


def test_shared_strings_dates_numbers_and_gaps(tmp_path):
    path = excel_like(tmp_path / "export.xlsx")
    assert declared_rows(path) == 3
    book = XlsxStream(path)
    try:
        rows = list(book.rows())
    finally:
        book.close()
    assert rows[0] == (1, ["证件号码", "姓名", "生效日期"])
    assert rows[1] == (2, ["11010519491231002X", "买买提·艾力", dt.datetime(2020, 1, 1)])
    line, cells = rows[2]
    assert line == 3 and isinstance(cells[0], float) and cells[1] is None
    assert cells[2] == dt.datetime(2020, 1, 2, 12)


def test_every_shared_string_arrives_when_the_cache_is_small(tmp_path, monkeypatch):
    """Rows mixing strings read before and new ones: none comes out empty (cache cleared)."""
    from vipdesk.services import xlsx_stream

    monkeypatch.setattr(xlsx_stream, "CACHE", 3)
    monkeypatch.setattr(xlsx_stream, "BATCH_ROWS", 2)
    words = [f"地址{i}" for i in range(12)]
    rows = [[i % 2, 3 + i, 2 + i] for i in range(9)]  # repeated, new, the previous row's new
    sheet = "".join(
        f'<row r="{r + 1}">'
        + "".join(f'<c r="{"ABC"[c]}{r + 1}" t="s"><v>{v}</v></c>' for c, v in enumerate(row))
        + "</row>"
        for r, row in enumerate(rows)
    )
    files = {
        "xl/workbook.xml": f'<workbook {NS} {RNS}><sheets><sheet name="s" sheetId="1" '
        'r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="x" '
        'Target="worksheets/s.xml"/></Relationships>',
        "xl/sharedStrings.xml": f"<sst {NS}>"
        + "".join(f"<si><t>{w}</t></si>" for w in words)
        + "</sst>",
        "xl/worksheets/s.xml": f"<worksheet {NS}><sheetData>{sheet}</sheetData></worksheet>",
    }
    path = tmp_path / "small-cache.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    book = XlsxStream(path)
    try:
        read = list(book.rows())
    finally:
        book.close()
    assert read == [(r + 1, [words[v] for v in row]) for r, row in enumerate(rows)]
