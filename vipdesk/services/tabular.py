"""Strict, streaming reading of CSV (UTF-8, UTF-8 with BOM, GB18030) and XLSX files.

Every data row comes out as (line, {column: text}, problems). A CSV record is exactly one
physical line parsed with the `csv` module's strict mode: a quote that is not closed on its line
is a problem of that line, never a field that swallows the following customers. Rows whose
number of fields differs from the header, over-long lines, numeric identifier cells in XLSX and
duplicated columns (the same field under two headers) are refused with their line.
Memory stays bounded: the file is read line by line (XLSX row by row, read-only mode).
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from vipdesk.errors import KnownError

CHUNK = 1 << 20
MAX_LINE_CHARS = 16_384  # far above any valid row (the sum of every column's limit)


class FileProblem(KnownError):
    """The file cannot be read at all (missing, wrong format, headers, too large)."""


@dataclass(frozen=True)
class XlsxLimits:
    """The largest XLSX the desk accepts (size in MB, data rows); refused up front above."""

    max_mb: int = int(os.environ.get("VIPDESK_IMPORT_XLSX_MAX_MB", "200"))
    max_rows: int = int(os.environ.get("VIPDESK_IMPORT_XLSX_MAX_ROWS", "1100000"))


@dataclass
class Progress:
    """How far the reading is: bytes of the file (CSV) or rows of the sheet (XLSX)."""

    done: int = 0
    total: int = 0


def file_fingerprint(path: Path) -> tuple[str, str | None]:
    """(sha256 hex, encoding) of a file read in chunks; encoding None when neither decodes."""
    digest = hashlib.sha256()
    decoders = {
        "utf-8-sig": codecs.getincrementaldecoder("utf-8")(),
        "gb18030": codecs.getincrementaldecoder("gb18030")(),
    }
    valid = dict.fromkeys(decoders, True)
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            for name, decoder in decoders.items():
                if valid[name]:
                    try:
                        decoder.decode(chunk)
                    except UnicodeDecodeError:
                        valid[name] = False
    for name, decoder in decoders.items():
        if valid[name]:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                valid[name] = False
    return digest.hexdigest(), next((name for name, ok in valid.items() if ok), None)


@dataclass
class Table:
    """An open file: its header mapping and a one-pass iterator over the data rows."""

    path: Path
    index: dict[str, int]
    width: int
    progress: Progress
    rows: Iterator[tuple[int, dict[str, str], list[str]]]
    checksum: str
    extra: dict[str, Any] = field(default_factory=dict)


def _csv_lines(handle: IO[str], progress: Progress) -> Iterator[tuple[int, str | None]]:
    """(line number, text without line break) — None for a line over MAX_LINE_CHARS."""
    line_no = 0
    while True:
        text = handle.readline(MAX_LINE_CHARS)
        if not text:
            return
        line_no += 1
        progress.done += len(text)
        if not text.endswith(("\n", "\r")) and len(text) >= MAX_LINE_CHARS:
            while (more := handle.readline(MAX_LINE_CHARS)) and not more.endswith(("\n", "\r")):
                progress.done += len(more)
            progress.done += len(more)
            yield line_no, None
            continue
        yield line_no, text.rstrip("\r\n")


def _parse_line(text: str) -> list[str]:
    return next(csv.reader((text,), strict=True))


def _csv_cells(path: Path, encoding: str, progress: Progress) -> Iterator[Any]:
    progress.total = max(path.stat().st_size, 1)
    with path.open(encoding=encoding, errors="strict", newline="") as handle:
        for line, text in _csv_lines(handle, progress):
            if text is None:
                yield line, None, f"该行超过 {MAX_LINE_CHARS} 个字符，可能是引号不成对"
                continue
            if '"' in text and text.count('"') % 2:
                yield line, None, "引号不成对（一个字段不能跨行，请检查该行的引号）"
                continue
            try:
                yield line, _parse_line(text), None
            except (csv.Error, StopIteration) as exc:
                yield line, None, f"不是正确的 CSV 行（{exc}）"


def _xlsx_cells(path: Path, limits: XlsxLimits, progress: Progress) -> Iterator[Any]:
    from vipdesk.services.xlsx_stream import XlsxStream, declared_rows

    size = path.stat().st_size
    if size > limits.max_mb * 1024 * 1024:
        raise FileProblem(
            f"{path.name}：XLSX 文件 {size / 1024 / 1024:.0f} MB，超过上限 {limits.max_mb} MB；"
            "请分成几个文件或导出为 CSV"
        )
    try:
        declared = declared_rows(path) or 0
    except Exception as exc:  # a broken zip or XML raises many kinds
        raise FileProblem(
            f"{path.name}：不是有效的 XLSX 文件（{exc.__class__.__name__}）"
        ) from None
    if declared - 1 > limits.max_rows:
        raise FileProblem(
            f"{path.name}：XLSX 有 {declared - 1} 行数据，超过上限 {limits.max_rows} 行；"
            "请分成几个文件或导出为 CSV"
        )
    progress.total = max(declared, 1)
    try:
        book = XlsxStream(path)
    except Exception as exc:
        raise FileProblem(
            f"{path.name}：不是有效的 XLSX 文件（{exc.__class__.__name__}）"
        ) from None
    try:
        for line, row in book.rows():
            progress.done = line
            if line - 1 > limits.max_rows:
                raise FileProblem(f"{path.name}：XLSX 超过上限 {limits.max_rows} 行数据")
            yield line, row, None
    except FileProblem:
        raise
    except Exception as exc:
        raise FileProblem(f"{path.name}：XLSX 文件损坏（{exc.__class__.__name__}）") from None
    finally:
        book.close()


def _not_xlsx(path: Path, exc: BaseException) -> FileProblem:
    return FileProblem(f"{path.name}：不是有效的 XLSX 文件（{exc.__class__.__name__}）")


def cell_text(value: object) -> str:
    """Text of a typed XLSX cell (dates as YYYY-MM-DD; whole numbers without '.0')."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if hasattr(value, "date") and hasattr(value, "hour"):
        return value.date().isoformat()  # type: ignore[attr-defined]
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[attr-defined]
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _header(path: Path, cells: list[Any], columns: dict[str, tuple[str, ...]]) -> dict[str, int]:
    lookup = {alias.strip().lower(): key for key, aliases in columns.items() for alias in aliases}
    index: dict[str, int] = {}
    shown: dict[str, str] = {}
    for i, cell in enumerate(cells):
        name = cell_text(cell).strip().lstrip("\ufeff")
        key = lookup.get(name.lower())
        if key is None:
            continue
        if key in index:
            raise FileProblem(
                f"{path.name}：列“{shown[key]}”和列“{name}”是同一项（{key}），"
                "无法判断以哪一列为准；请删去其中一列后重新导入"
            )
        index[key] = i
        shown[key] = name
    return index


def read_table(
    path: Path,
    columns: dict[str, tuple[str, ...]],
    optional: frozenset[str] = frozenset(),
    numeric_refused: dict[str, str] | None = None,
    limits: XlsxLimits | None = None,
) -> Table:
    """Open a CSV or XLSX file strictly; headers may be Chinese or English aliases.

    `numeric_refused` maps a column to the message for a numeric XLSX cell there (identifiers
    must be text: Excel rounds numbers to 15 digits). Raises FileProblem for a missing file,
    an unknown format, missing or duplicated headers, an XLSX over the limits.
    """
    if not path.is_file():
        raise FileProblem(f"找不到文件：{path}")
    suffix = path.suffix.lower()
    progress = Progress()
    checksum, encoding = file_fingerprint(path)
    if suffix in (".xlsx", ".xlsm"):
        cells = _xlsx_cells(path, limits or XlsxLimits(), progress)
    elif suffix in (".csv", ".txt", ""):
        if encoding is None:
            raise FileProblem(f"{path.name}：文件编码无法识别（支持 UTF-8 和 GB18030）")
        cells = _csv_cells(path, encoding, progress)
    else:
        raise FileProblem(f"{path.name}：只支持 CSV 或 XLSX 文件")
    try:
        while True:
            line, header, problem = next(cells)
            if problem is not None:
                raise FileProblem(f"{path.name}：第 {line} 行（表头）{problem}")
            if any(cell_text(c).strip() for c in header):
                break
    except StopIteration:
        raise FileProblem(f"{path.name}：文件是空的") from None
    index = _header(path, header, columns)
    missing = [key for key in columns if key not in index and key not in optional]
    if missing:
        raise FileProblem(f"{path.name}：缺少列 {', '.join(missing)}")
    width = len(header)
    while width and not cell_text(header[width - 1]).strip():
        width -= 1
    rows = _rows(cells, index, width, numeric_refused or {}, suffix in (".xlsx", ".xlsm"))
    return Table(path, index, width, progress, rows, checksum, {"encoding": encoding or ""})


def _rows(
    cells: Iterator[Any], index: dict[str, int], width: int, numeric: dict[str, str], sheet: bool
) -> Iterator[tuple[int, dict[str, str], list[str]]]:
    for line, row, problem in cells:
        if problem is not None:
            yield line, {}, [f"line {line}: {problem}"]
            continue
        if sheet and len(row) < width:  # a sheet does not store empty cells at a row's end
            row = row + [None] * (width - len(row))
        count = len(row)
        while count > width and (row[count - 1] is None or row[count - 1] == ""):
            count -= 1  # trailing empty cells beyond the header are harmless
        if not any(cell_text(c).strip() for c in row[:count]):
            continue
        if count != width:
            yield line, {}, [f"line {line}: 该行有 {count} 个字段，表头有 {width} 列"]
            continue
        problems = []
        values: dict[str, str] = {}
        for key, i in index.items():
            value = row[i]
            if key in numeric and isinstance(value, (int, float)) and not isinstance(value, bool):
                problems.append(f"line {line}: {key}: {numeric[key]}")
                continue
            values[key] = cell_text(value)
        yield line, values, problems
