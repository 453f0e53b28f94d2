"""Export lists to Excel (XLSX): Chinese headers, real date and money cells, frozen header row,
auto-filter, formula-looking text kept as text. Streams through openpyxl's write-only mode.

Callers pass values already masked (ID numbers never leave the app in full).
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from vipdesk.errors import KnownError

FORMULA_STARTS = ("=", "+", "-", "@")
FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-mm-dd hh:mm", "money": "#,##0.00"}
PROGRESS_EVERY = 1000


class ExportCancelled(KnownError):
    """The export was cancelled; no file was left behind."""


@dataclass(frozen=True)
class Column:
    """One column: its Chinese header, kind (text, date, datetime, money, int) and width."""

    header: str
    kind: str = "text"
    width: float = 14


def _local(moment: dt.datetime) -> dt.datetime:
    """Excel has no time zones: the desk's local time, without tzinfo."""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.replace(tzinfo=None, microsecond=0)


def cell_value(value: Any, kind: str) -> tuple[Any, bool]:
    """(value to write, force text) for a raw value of a column kind."""
    if value is None or value == "":
        return None, False
    if kind == "money":
        return Decimal(value), False
    if kind == "int":
        return int(value), False
    if kind == "datetime" and isinstance(value, dt.datetime):
        return _local(value), False
    if kind == "date" and isinstance(value, dt.date):
        return value, False
    text = str(value)
    return text, text.startswith(FORMULA_STARTS)


def write_xlsx(
    path: Path | str,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the rows to `path` (replaced only when complete); returns the number of rows."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise KnownError(f"导出文件须以 .xlsx 结尾：{target.name}")
    if not target.parent.is_dir():
        raise KnownError(f"文件夹不存在：{target.parent}")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title[:31])
    for i, col in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col.header)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    try:
        count = _write_rows(ws, columns, rows, progress, cancelled)
    except BaseException:
        ws.close()  # finish the sheet's temporary file, then remove it
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            writer.cleanup()
        raise
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    fd, tmp = tempfile.mkstemp(suffix=".xlsx", dir=target.parent)
    os.close(fd)
    try:
        wb.save(tmp)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if progress is not None:
        progress(count)
    return count


def _styled_cell(ws: Any, col: Column) -> Any:
    """The reusable cell carrying a column's number format, or None for plain columns."""
    if col.kind not in FORMATS:
        return None
    cell = WriteOnlyCell(ws)
    cell.number_format = FORMATS[col.kind]
    return cell


def _write_rows(
    ws: Any,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    progress: Callable[[int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> int:
    count = 0
    # one reusable cell per styled column and one per column for formula-like text: a
    # write-only sheet writes each row as it is appended, so the cells can be refilled (no
    # cell object and no style lookup per value)
    styled = [_styled_cell(ws, col) for col in columns]
    texts: dict[int, Any] = {}
    for row in rows:
        cells: list[Any] = []
        for i, (col, raw) in enumerate(zip(columns, row, strict=True)):
            value, as_text = cell_value(raw, col.kind)
            if as_text:
                cell = texts.get(i) or texts.setdefault(i, WriteOnlyCell(ws))
                cell.value = value
                cell.data_type = "s"  # never a formula, whatever the data says
            elif (cell := styled[i]) is not None and value is not None:
                cell.value = value
            else:  # plain text or number: no cell object needed
                cell = value
            cells.append(cell)
        ws.append(cells)
        count += 1
        if count % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise ExportCancelled("导出已取消，没有生成文件。")
            if progress is not None:
                progress(count)
    return count
