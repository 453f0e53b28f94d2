"""Reading CSV (UTF-8, UTF-8 with BOM, GB18030) and XLSX files into rows of text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from vipdesk.errors import KnownError


class FileProblem(KnownError):
    """The file cannot be read at all (missing, wrong format, unknown headers)."""


def _decode(data: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FileProblem(f"{path.name}：文件编码无法识别（支持 UTF-8 和 GB18030）")


def _csv_rows(path: Path) -> Iterator[list[str]]:
    text = _decode(path.read_bytes(), path)
    yield from csv.reader(io.StringIO(text, newline=""))


def _xlsx_rows(path: Path) -> Iterator[list[str]]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise FileProblem(
            f"{path.name}：不是有效的 XLSX 文件（{exc.__class__.__name__}）"
        ) from None
    try:
        sheet = book.worksheets[0]
        for row in sheet.iter_rows(values_only=True):
            yield [_cell_text(v) for v in row]
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "date") and hasattr(value, "hour"):
        return value.date().isoformat()  # type: ignore[attr-defined]
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[attr-defined]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_table(
    path: Path, columns: dict[str, tuple[str, ...]], optional: frozenset[str] = frozenset()
) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, {column: text}) for each data row; headers may be Chinese aliases.

    `columns` maps each canonical column to its accepted header names. Raises FileProblem for
    a missing file, an unknown format or a missing required header.
    """
    if not path.is_file():
        raise FileProblem(f"找不到文件：{path}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(path)
    elif suffix in (".csv", ".txt", ""):
        rows = _csv_rows(path)
    else:
        raise FileProblem(f"{path.name}：只支持 CSV 或 XLSX 文件")
    try:
        header = next(rows)
    except StopIteration:
        raise FileProblem(f"{path.name}：文件是空的") from None
    lookup = {alias.strip().lower(): key for key, aliases in columns.items() for alias in aliases}
    index: dict[str, int] = {}
    for i, name in enumerate(header):
        key = lookup.get(name.strip().lstrip("\ufeff").lower())
        if key is not None:
            index[key] = i
    missing = [key for key in columns if key not in index and key not in optional]
    if missing:
        raise FileProblem(f"{path.name}：缺少列 {', '.join(missing)}")
    for line, row in enumerate(rows, start=2):
        if not any(cell.strip() for cell in row):
            continue
        yield line, {k: (row[i].strip() if i < len(row) else "") for k, i in index.items()}
