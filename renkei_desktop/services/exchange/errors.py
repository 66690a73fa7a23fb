"""Error codes of the exchange (files, rows, packages): codes and parameters, never UI text.

``ui/texts.py`` (``exchange_error_text``, ``exchange_problem_text``) turns them into Japanese. Row-level
problems may also carry a domain ``ErrorCode`` (from ``duty_from_input`` and friends).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from ...domain.errors import ErrorCode


class ExchangeErrorCode(StrEnum):
    # --- the file as a whole (ExchangeError) ---
    FILE_NOT_FOUND = "file_not_found"  # params: path
    CANNOT_READ = "cannot_read"  # params: path, detail
    CANNOT_WRITE = "cannot_write"  # params: path, detail
    UNSUPPORTED_FILE = "unsupported_file"  # params: path, suffix (only .xlsx, .csv, .txt, .tsv, .renkei)
    OLD_EXCEL = "old_excel"  # params: path (.xls binary format)
    BROKEN_XLSX = "broken_xlsx"  # params: path, detail (not a zip, truncated, not a workbook)
    ZIP_BOMB = "zip_bomb"  # params: path, detail, limit (declared sizes or entry count too large)
    FILE_TOO_LARGE = "file_too_large"  # params: path, size, limit
    TOO_MANY_ROWS = "too_many_rows"  # params: limit
    TOO_MANY_COLUMNS = "too_many_columns"  # params: limit
    UNKNOWN_SHEET = "unknown_sheet"  # params: value, choices
    EMPTY_FILE = "empty_file"  # params: path
    ENCODING_UNKNOWN = "encoding_unknown"  # params: candidates (neither UTF-8 nor cp932: choose one)
    UNKNOWN_ENCODING_NAME = "unknown_encoding_name"  # params: value, choices
    BROKEN_CSV = "broken_csv"  # params: row, detail
    HEADER_ROW_OUT_OF_RANGE = "header_row_out_of_range"  # params: value, max
    MISSING_COLUMN = "missing_column"  # params: field (a required field is not mapped)
    COLUMN_MAPPED_TWICE = "column_mapped_twice"  # params: field, columns
    UNKNOWN_FIELD_NAME = "unknown_field_name"  # params: value
    NEEDS_REFERENCE_DATE = "needs_reference_date"  # statistics without a 基準日 column or option
    NEEDS_SOURCE = "needs_source"  # statistics without a 出典 column or option
    NO_HOME = "no_home"  # duties without an 自治体コード column and no home municipality
    HAS_ERRORS = "has_errors"  # params: count (rows with errors: nothing written)
    NOTHING_TO_IMPORT = "nothing_to_import"
    CANCELLED = "cancelled"  # nothing written
    STALE_PREVIEW = "stale_preview"  # the database changed between preview and apply
    UNENCODABLE = "unencodable"  # params: count, encoding (export cancelled, nothing written)
    UNKNOWN_KIND = "unknown_kind"  # params: value, choices (export --kind)
    KIND_NEEDS_XLSX = "kind_needs_xlsx"  # params: value (CSV holds one kind)
    NOT_A_PACKAGE = "not_a_package"  # params: path, detail
    PACKAGE_TOO_NEW = "package_too_new"  # params: value, supported
    PACKAGE_BROKEN = "package_broken"  # params: path, detail (a record that cannot be read)
    PACKAGE_MISSING_REFERENCE = "package_missing_reference"  # params: value (a plan's duty is missing)
    NEEDS_IDENTITY = "needs_identity"  # the database has no record IDs yet (migration 0003)
    NO_RECORDS_SELECTED = "no_records_selected"
    # --- one cell or row (Problem) ---
    FORMULA = "formula"  # params: value (the formula text; never evaluated)
    CELL_TOO_LONG = "cell_too_long"  # params: length, max
    UNREADABLE_CHARACTERS = "unreadable_characters"  # bytes not valid in the chosen encoding (U+FFFD)
    CONTROL_CHARACTERS = "control_characters"  # params: value
    MISSING_CODE = "missing_code"  # a statistics row with values but no 全国地方公共団体コード
    NOT_IN_MASTER = "not_in_master"  # params: value (a ward, 特別区部 …: skipped)
    TOTAL_ROW = "total_row"  # params: value (全国, 合計 …: skipped)
    PREFECTURE_ROW = "prefecture_row"  # params: value (skipped when prefectures are excluded)
    NAME_MISMATCH = "name_mismatch"  # params: value, expected (warning)
    RATIO_LOOKS_LIKE_PERCENT = "ratio_looks_like_percent"  # params: value
    UNKNOWN_UNIT = "unknown_unit"  # params: value, choices
    UNKNOWN_STAT_KIND = "unknown_stat_kind"  # params: value
    ROUNDED = "rounded"  # params: value, result (after a unit conversion; warning)
    DUPLICATE_ROW = "duplicate_row"  # params: value, first_row
    NOTE_ROW = "note_row"  # a title, note or footnote row (no code, no values): skipped
    NO_VALUES = "no_values"  # a statistics row whose value cells are all empty (skipped)
    UNCHANGED = "unchanged"  # the record already holds these values (skipped)


class Severity(StrEnum):
    ERROR = "error"  # the row cannot be imported; apply refuses unless told to skip such rows
    WARNING = "warning"  # imported, but look at it
    SKIPPED = "skipped"  # deliberately not imported (total rows, wards, notes, unchanged)


@dataclass(frozen=True)
class Problem:
    """One problem of one row (and column) as the user sees the file in Excel.

    ``row`` is the spreadsheet row number (1-based; for CSV the record number, the row Excel shows);
    ``column`` the column letter ("C") or "" for the whole row; ``header`` that column's heading;
    ``field`` the target field ("annual_cost_thousand_yen", "population", …) or "".
    """

    row: int
    column: str
    header: str
    severity: Severity
    code: ExchangeErrorCode | ErrorCode
    params: dict[str, str] = field(default_factory=dict)
    field: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class ExchangeError(Exception):
    """A file, package or request that cannot be used. Nothing has been written (file or database)."""

    def __init__(self, code: ExchangeErrorCode, problems: list[Problem] | None = None, **params: object):
        self.code = code
        self.params = {k: str(v) for k, v in params.items()}
        self.problems = list(problems or [])
        super().__init__(f"{code}: {self.params}")
