"""Reading an xlsx or CSV file into a grid of cells, safely; finding its header row.

``open_import_file(path)`` checks the file (size, zip bomb, old .xls, broken zip) and lists its sheets;
``ImportFile.read(sheet, encoding)`` returns a ``Grid``: every row with the number Excel shows for it.
Formulas are never evaluated: openpyxl reads them as text (``data_only=False``) and the grid records
where they are, so the engine can refuse them with the cell's address.
"""

from __future__ import annotations

import csv
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from .encoding import EncodingDetection, decode, detect_encoding, normalize_encoding_name
from .errors import ExchangeError, ExchangeErrorCode
from .labels import fold
from .safety import (
    EMPTY_ZIP_MAGIC,
    MAX_COLUMNS,
    MAX_ROWS,
    OLE_MAGIC,
    ZIP_MAGIC,
    check_zip,
    looks_like_number,
    read_limited,
)

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
CSV_SHEET = "CSV"  # the one "sheet" of a CSV file
HEADER_SCAN_ROWS = 40  # notes above the header: e-Stat tables have up to ~15


def column_letter(index: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA" (as Excel names columns)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass(frozen=True)
class GridRow:
    number: int  # the row number Excel shows (1-based)
    values: tuple[Any, ...]  # str, int, float, date, datetime, bool or None

    def value(self, index: int) -> Any:
        return self.values[index] if index < len(self.values) else None

    @property
    def is_empty(self) -> bool:
        return all(v is None or (isinstance(v, str) and not v.strip()) for v in self.values)


@dataclass(frozen=True)
class Column:
    index: int  # 0-based
    letter: str  # "A", "B", …
    title: str  # the header cell as written ("" when blank)


@dataclass(frozen=True)
class Layout:
    """The header of a table: its row, its columns, and a signature that identifies the file layout
    (the same headings in the same order) so a mapping can be remembered for the next file like it."""

    header_row: int
    columns: tuple[Column, ...]

    @property
    def signature(self) -> str:
        text = "\x1f".join(fold(c.title) for c in self.columns)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]

    def column(self, index: int) -> Column:
        return self.columns[index]


def cell_text(value: Any) -> str:
    """A cell as text, the way the user sees it (numbers without a trailing .0)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)


@dataclass
class Grid:
    """The cells of one sheet (or CSV). ``formulas`` maps (row number, column index) to the formula."""

    name: str  # file name
    sheet: str
    encoding: str | None  # CSV only
    rows: list[GridRow]
    width: int
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)

    def row(self, number: int) -> GridRow | None:
        for row in self.rows:
            if row.number == number:
                return row
        return None

    def suggest_header_row(self, known_heading: Callable[[str], bool] | None = None) -> int:
        """The row number of the likely header, past title and note rows above it.

        A header has at least two text cells that are not numbers and is followed by a non-empty row;
        among such rows the one with the most headings the target knows (``known_heading``) wins, then
        the one with the most text cells, then the first.
        """
        best: tuple[int, int, int] | None = None
        best_row = self.rows[0].number if self.rows else 1
        scanned = [r for r in self.rows[: HEADER_SCAN_ROWS * 3] if not r.is_empty][:HEADER_SCAN_ROWS]
        for position, row in enumerate(scanned):
            texts = [
                cell_text(v).strip() for v in row.values if isinstance(v, str) and v.strip() and not looks_like_number(v)
            ]
            filled = [v for v in row.values if cell_text(v).strip()]
            if len(filled) < 2 or len(texts) < 2 or position + 1 >= len(scanned):
                continue
            known = sum(1 for t in texts if known_heading and known_heading(t))
            score = (known, len(texts), -position)
            if best is None or score > best:
                best, best_row = score, row.number
        return best_row

    def layout(self, header_row: int) -> Layout:
        row = self.row(header_row)
        if row is None:
            last = self.rows[-1].number if self.rows else 0
            raise ExchangeError(ExchangeErrorCode.HEADER_ROW_OUT_OF_RANGE, value=header_row, max=last)
        titles = [cell_text(row.value(i)).strip() for i in range(self.width)]
        while titles and not titles[-1]:
            titles.pop()
        return Layout(header_row, tuple(Column(i, column_letter(i), t) for i, t in enumerate(titles)))

    def data_rows(self, header_row: int) -> list[GridRow]:
        return [r for r in self.rows if r.number > header_row]

    def preview_rows(self, limit: int = 50) -> list[GridRow]:
        """The first rows as they are (for the wizard's header-row step)."""
        return self.rows[:limit]


class ImportFile:
    """A file chosen for import, checked and ready to read. Use ``open_import_file``."""

    def __init__(self, path: Path, kind: str, data: bytes, sheet_names: tuple[str, ...]):
        self.path = path
        self.kind = kind  # "xlsx" or "csv"
        self._data = data
        self.sheet_names = sheet_names

    @property
    def needs_encoding(self) -> bool:
        return self.kind == "csv"

    def detect_encoding(self) -> EncodingDetection | None:
        """BOM → strict UTF-8 → strict cp932 → ask (None for xlsx, which has no encoding to choose)."""
        return detect_encoding(self._data) if self.kind == "csv" else None

    def read(self, sheet: str | None = None, encoding: str | None = None, delimiter: str | None = None) -> Grid:
        if self.kind == "xlsx":
            return _read_xlsx(self.path, self._data, sheet or self.sheet_names[0], self.sheet_names)
        if sheet not in (None, CSV_SHEET):
            raise ExchangeError(ExchangeErrorCode.UNKNOWN_SHEET, value=sheet, choices=CSV_SHEET)
        if encoding is None:
            detection = detect_encoding(self._data)
            if detection.encoding is None:
                raise ExchangeError(
                    ExchangeErrorCode.ENCODING_UNKNOWN, candidates=", ".join(c.encoding for c in detection.candidates)
                )
            encoding = detection.encoding
        return _read_csv(self.path, decode(self._data, encoding), normalize_encoding_name(encoding), delimiter)


def open_import_file(path: Path | str) -> ImportFile:
    """Check a file for import and list its sheets. Raises ExchangeError (nothing else) when it cannot
    be used: missing, too large, an old .xls, a broken or truncated xlsx, a zip bomb."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in XLSX_SUFFIXES + CSV_SUFFIXES + (".xls",):
        raise ExchangeError(ExchangeErrorCode.UNSUPPORTED_FILE, path=path, suffix=suffix or "(なし)")
    data = read_limited(path)
    if not data:
        raise ExchangeError(ExchangeErrorCode.EMPTY_FILE, path=path)
    if data.startswith(OLE_MAGIC) or suffix == ".xls":
        raise ExchangeError(ExchangeErrorCode.OLD_EXCEL, path=path)
    if suffix in XLSX_SUFFIXES or data.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        return ImportFile(path, "xlsx", data, _xlsx_sheet_names(path, data))
    return ImportFile(path, "csv", data, (CSV_SHEET,))


def _open_zip(path: Path, data: bytes) -> zipfile.ZipFile:
    if not data.startswith(ZIP_MAGIC):
        raise ExchangeError(ExchangeErrorCode.BROKEN_XLSX, path=path, detail="not a zip file")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise ExchangeError(ExchangeErrorCode.BROKEN_XLSX, path=path, detail=exc) from exc
    check_zip(archive, path)
    names = set(archive.namelist())
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        raise ExchangeError(ExchangeErrorCode.BROKEN_XLSX, path=path, detail="no workbook in the zip")
    return archive


def _load_workbook(path: Path, data: bytes):  # noqa: ANN202
    archive = _open_zip(path, data)
    archive.close()
    from openpyxl import load_workbook  # deferred: ~0.3 s, only when a workbook is read

    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a damaged file
        raise ExchangeError(ExchangeErrorCode.BROKEN_XLSX, path=path, detail=f"{type(exc).__name__}: {exc}") from exc


def _xlsx_sheet_names(path: Path, data: bytes) -> tuple[str, ...]:
    workbook = _load_workbook(path, data)
    try:
        names = tuple(ws.title for ws in workbook.worksheets)
    except Exception as exc:  # noqa: BLE001
        raise ExchangeError(ExchangeErrorCode.BROKEN_XLSX, path=path, detail=f"{type(exc).__name__}: {exc}") from exc
    finally:
        workbook.close()
    if not names:
        raise ExchangeError(ExchangeErrorCode.BROKEN_XLSX, path=path, detail="no worksheets")
    return names


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool | date | datetime | time):
        return value
    return str(value)


def _read_xlsx(path: Path, data: bytes, sheet: str, names: tuple[str, ...]) -> Grid:
    if sheet not in names:
        raise ExchangeError(ExchangeErrorCode.UNKNOWN_SHEET, value=sheet, choices="、".join(names))
    workbook = _load_workbook(path, data)
    rows: list[GridRow] = []
    formulas: dict[tuple[int, int], str] = {}
    width = 0
    try:
        worksheet = workbook[sheet]
        if not hasattr(worksheet, "iter_rows"):  # a chartsheet
            raise ExchangeError(ExchangeErrorCode.UNKNOWN_SHEET, value=sheet, choices="、".join(names))
        number = 0
        for cells in worksheet.iter_rows(max_col=MAX_COLUMNS + 1):
            if len(rows) >= MAX_ROWS:
                raise ExchangeError(ExchangeErrorCode.TOO_MANY_ROWS, limit=MAX_ROWS)
            number = next((c.row for c in cells if isinstance(getattr(c, "row", None), int)), number + 1)
            values: list[Any] = []
            for index, cell in enumerate(cells):
                value = getattr(cell, "value", None)
                if getattr(cell, "data_type", None) == "f":  # kept as its text, never evaluated
                    value = str(getattr(value, "text", value))
                    formulas[(number, index)] = value
                values.append(_plain(value))
            if len(values) > MAX_COLUMNS:
                if any(v not in (None, "") for v in values[MAX_COLUMNS:]):
                    raise ExchangeError(ExchangeErrorCode.TOO_MANY_COLUMNS, limit=MAX_COLUMNS)
                values = values[:MAX_COLUMNS]
            while values and values[-1] in (None, ""):
                values.pop()
            width = max(width, len(values))
            rows.append(GridRow(number, tuple(values)))
    except ExchangeError:
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged sheet part (XML error, bad number …)
        raise ExchangeError(ExchangeErrorCode.BROKEN_XLSX, path=path, detail=f"{type(exc).__name__}: {exc}") from exc
    finally:
        workbook.close()
    return Grid(path.name, sheet, None, rows, width, formulas)


def _delimiter(text: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    head = text[:4096]
    return "\t" if head.count("\t") > head.count(",") else ","


def _read_csv(path: Path, text: str, encoding: str, delimiter: str | None) -> Grid:
    text = text.lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or _delimiter(text, path.suffix.lower()))
    rows: list[GridRow] = []
    width = 0
    number = 0
    try:
        for number, record in enumerate(_records(reader), start=1):
            if number > MAX_ROWS:
                raise ExchangeError(ExchangeErrorCode.TOO_MANY_ROWS, limit=MAX_ROWS)
            values = list(record)
            while values and not values[-1]:
                values.pop()
            if len(values) > MAX_COLUMNS:
                raise ExchangeError(ExchangeErrorCode.TOO_MANY_COLUMNS, limit=MAX_COLUMNS)
            width = max(width, len(values))
            rows.append(GridRow(number, tuple(v if v != "" else None for v in values)))
    except csv.Error as exc:
        raise ExchangeError(ExchangeErrorCode.BROKEN_CSV, row=number + 1, detail=exc) from exc
    return Grid(path.name, CSV_SHEET, encoding, rows, width)


def _records(reader: Iterable[list[str]]) -> Iterable[list[str]]:
    for record in reader:
        if any("\x00" in cell for cell in record):
            raise csv.Error("NUL character")
        yield record
