"""XLSX read as a stream with bounded memory: shared strings on disk, the sheet parsed as it comes.

openpyxl's read-only mode still loads every shared string into a list — for a 1,000,000-row
export that is several hundred MB. Here the shared strings go to a temporary SQLite table and
the first worksheet is parsed row by row (each row removed once read). Cells come out typed
like openpyxl's: str, int, float, bool, datetime (numbers in a date format) or None.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, iterparse

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
DOC_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
EPOCH_1900 = dt.datetime(1899, 12, 30)
EPOCH_1904 = dt.datetime(1904, 1, 1)
CACHE = 20_000  # shared strings kept in memory
BATCH_ROWS = 500  # rows whose shared strings are read in one query


def _column(ref: str) -> int:
    index = 0
    for ch in ref:
        if not ch.isalpha():
            break
        index = index * 26 + ord(ch.upper()) - 64
    return index - 1


def _text(element: Element) -> str:
    """Text of a string item (<si> or <is>) without phonetic runs."""
    parts: list[str] = []
    for child in element:
        if child.tag == f"{MAIN}t":
            parts.append(child.text or "")
        elif child.tag == f"{MAIN}r":
            parts.extend(t.text or "" for t in child.iter(f"{MAIN}t"))
    return "".join(parts)


class XlsxStream:
    """The first worksheet of an XLSX file, read once, row by row."""

    def __init__(self, path: Path) -> None:
        self.archive = zipfile.ZipFile(path)
        self.folder = Path(tempfile.mkdtemp(prefix="vipdesk-xlsx-"))
        self.strings = sqlite3.connect(self.folder / "strings.sqlite3", isolation_level=None)
        self.strings.execute("PRAGMA journal_mode=OFF")
        self.strings.execute("PRAGMA synchronous=OFF")
        self.strings.execute("CREATE TABLE s (i INTEGER PRIMARY KEY, t TEXT)")
        self.cache: dict[int, str] = {}
        self.sheet, self.epoch = first_sheet(self.archive)
        self.date_styles = self._date_styles()
        self._load_strings()
        self.declared_rows: int | None = None

    def _date_styles(self) -> set[int]:
        if "xl/styles.xml" not in self.archive.namelist():
            return set()
        styles = _parse(self.archive.read("xl/styles.xml"))
        formats = dict(BUILTIN_FORMATS)
        for fmt in styles.iter(f"{MAIN}numFmt"):
            formats[int(fmt.get("numFmtId", "0"))] = fmt.get("formatCode", "")
        xfs = styles.find(f"{MAIN}cellXfs")
        dates: set[int] = set()
        for i, xf in enumerate([] if xfs is None else list(xfs)):
            code = formats.get(int(xf.get("numFmtId", "0")), "")
            if code and is_date_format(code):
                dates.add(i)
        return dates

    def _load_strings(self) -> None:
        name = "xl/sharedStrings.xml"
        if name not in self.archive.namelist():
            return
        batch: list[tuple[int, str]] = []
        index = 0
        with self.archive.open(name) as handle:
            for _event, element in iterparse(handle, events=("end",)):
                if element.tag != f"{MAIN}si":
                    continue
                batch.append((index, _text(element)))
                index += 1
                element.clear()
                if len(batch) >= 10_000:
                    self.strings.executemany("INSERT INTO s VALUES (?, ?)", batch)
                    batch.clear()
        self.strings.executemany("INSERT INTO s VALUES (?, ?)", batch)

    def _shared(self, wanted: set[int]) -> dict[int, str]:
        """The shared strings `wanted`, read in one query for those not cached."""
        if len(self.cache) + len(wanted) > CACHE:
            self.cache.clear()  # before looking for what is missing: all wanted come back
        missing = [i for i in wanted if i not in self.cache]
        for start in range(0, len(missing), 5000):
            part = missing[start : start + 5000]
            marks = ",".join("?" * len(part))
            for i, text in self.strings.execute(f"SELECT i, t FROM s WHERE i IN ({marks})", part):
                self.cache[int(i)] = text
        return self.cache

    def _value(self, cell: Element, shared: list[tuple[int, int]], col: int) -> Any:
        kind = cell.get("t", "n")
        raw = cell.findtext(f"{MAIN}v")
        if kind == "s":
            shared.append((col, int(raw or "0")))
            return None
        if kind == "inlineStr":
            inline = cell.find(f"{MAIN}is")
            return "" if inline is None else _text(inline)
        if raw is None:
            return None
        if kind in ("str", "e", "d"):
            return raw
        if kind == "b":
            return raw == "1"
        number = float(raw)
        if int(cell.get("s", "0")) in self.date_styles:
            return self.epoch + dt.timedelta(days=number)
        if number.is_integer() and all(c.isdigit() or c == "-" for c in raw):
            return int(raw)
        return number

    def rows(self) -> Iterator[tuple[int, list[Any]]]:
        """(row number, typed cells) of every row the sheet stores, in order."""
        data: Element | None = None
        line = 0
        batch: list[tuple[int, list[Any], list[tuple[int, int]]]] = []
        row_tag, cell_tag = f"{MAIN}row", f"{MAIN}c"
        with self.archive.open(self.sheet) as handle:
            for event, element in iterparse(handle, events=("start", "end")):
                tag = element.tag
                if event == "start":
                    if tag == f"{MAIN}sheetData":
                        data = element
                    elif tag == f"{MAIN}dimension":
                        self.declared_rows = _last_row(element.get("ref", ""))
                    continue
                if tag != row_tag:
                    continue
                line = int(element.get("r") or line + 1)
                cells: list[Any] = []
                shared: list[tuple[int, int]] = []
                for position, cell in enumerate(element.iter(cell_tag)):
                    col = _column(cell.get("r", "")) if cell.get("r") else position
                    cells.extend([None] * (col + 1 - len(cells)))
                    cells[col] = self._value(cell, shared, col)
                if data is not None:
                    data.remove(element)
                batch.append((line, cells, shared))
                if len(batch) >= BATCH_ROWS:
                    yield from self._resolved(batch)
        yield from self._resolved(batch)

    def _resolved(
        self, batch: list[tuple[int, list[Any], list[tuple[int, int]]]]
    ) -> Iterator[tuple[int, list[Any]]]:
        """The batch's rows with their shared strings filled in (one query), then emptied."""
        found = self._shared({i for _, _, shared in batch for _, i in shared})
        for line, cells, shared in batch:
            for col, i in shared:
                cells[col] = found.get(i, "")
            yield line, cells
        batch.clear()

    def close(self) -> None:
        """Close the archive and delete the shared-strings table."""
        self.archive.close()
        self.strings.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def _last_row(ref: str) -> int | None:
    end = ref.split(":")[-1]
    digits = "".join(ch for ch in end if ch.isdigit())
    return int(digits) if digits else None


def first_sheet(archive: zipfile.ZipFile) -> tuple[str, dt.datetime]:
    """Path of the workbook's first sheet inside the archive, and its date epoch."""
    book = _parse(archive.read("xl/workbook.xml"))
    pr = book.find(f"{MAIN}workbookPr")
    epoch = EPOCH_1904 if pr is not None and pr.get("date1904") in ("1", "true") else EPOCH_1900
    sheet = book.find(f"{MAIN}sheets/{MAIN}sheet")
    if sheet is None:
        raise KeyError("no sheet")
    rid = sheet.get(f"{DOC_REL}id")
    rels = _parse(archive.read("xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{PKG_REL}Relationship"):
        if rel.get("Id") == rid:
            target = rel.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
            return posixpath.normpath(path), epoch
    raise KeyError("sheet relationship")


def _parse(data: bytes) -> Element:
    from xml.etree.ElementTree import fromstring

    return fromstring(data)


def declared_rows(path: Path) -> int | None:
    """The last row of the first sheet's <dimension>, read without parsing the rows."""
    with zipfile.ZipFile(path) as archive:
        sheet, _ = first_sheet(archive)
        with archive.open(sheet) as handle:
            for _event, element in iterparse(handle, events=("start",)):
                if element.tag == f"{MAIN}dimension":
                    return _last_row(element.get("ref", ""))
                if element.tag == f"{MAIN}sheetData":
                    return None
    return None
