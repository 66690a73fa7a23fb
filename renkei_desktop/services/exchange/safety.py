"""Limits and checks for files from outside: sizes, zip bombs, formulas, control characters.

Everything here runs before a parser sees the bytes, so a hostile file fails with an ExchangeError
naming what is wrong instead of exhausting memory or time.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .errors import ExchangeError, ExchangeErrorCode

MAX_FILE_BYTES = 50 * 1024 * 1024  # a CSV or xlsx on disk (the whole 国勢調査 市区町村 table is ~2 MB)
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024  # the sum of an xlsx's declared uncompressed sizes
MAX_ENTRY_BYTES = 100 * 1024 * 1024  # one part of an xlsx
MAX_ZIP_ENTRIES = 2_000
MAX_COMPRESSION_RATIO = 200  # per part above 1 MB: XML compresses ~10-50x; bombs 1000x and more
MAX_ROWS = 200_000
MAX_COLUMNS = 300
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
PACKAGE_MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024

ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (and encrypted .xlsx)

# Characters Excel treats as the start of a formula in a CSV cell (and tab / CR, per OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d[\d,]*(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?")
_ESCAPED = re.compile(r"^'+[=+\-@\t\r]")
# XML 1.0 cannot hold these (openpyxl refuses them): C0 controls other than tab, LF, CR.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_limited(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``; ExchangeError when missing, unreadable or larger than ``limit``."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise ExchangeError(ExchangeErrorCode.FILE_TOO_LARGE, path=path, size=size, limit=limit)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError as exc:
        raise ExchangeError(ExchangeErrorCode.FILE_NOT_FOUND, path=path) from exc
    except IsADirectoryError as exc:
        raise ExchangeError(ExchangeErrorCode.CANNOT_READ, path=path, detail="folder") from exc
    except OSError as exc:
        raise ExchangeError(ExchangeErrorCode.CANNOT_READ, path=path, detail=exc.strerror or exc) from exc
    if len(data) > limit:
        raise ExchangeError(ExchangeErrorCode.FILE_TOO_LARGE, path=path, size=len(data), limit=limit)
    return data


def check_zip(
    archive: zipfile.ZipFile,
    path: Path,
    *,
    max_total: int = MAX_UNCOMPRESSED_BYTES,
    max_entry: int = MAX_ENTRY_BYTES,
    max_entries: int = MAX_ZIP_ENTRIES,
) -> None:
    """Refuse a zip whose declared sizes, entry count or compression ratio are those of a bomb.

    zipfile stops reading an entry at its declared size (and fails on a CRC mismatch), so checking
    the declared sizes bounds what any later reader can inflate.
    """
    entries = archive.infolist()
    if len(entries) > max_entries:
        raise ExchangeError(
            ExchangeErrorCode.ZIP_BOMB, path=path, detail=f"entries={len(entries)}", limit=max_entries
        )
    total = 0
    for info in entries:
        if info.file_size > max_entry:
            raise ExchangeError(
                ExchangeErrorCode.ZIP_BOMB, path=path, detail=f"{info.filename}={info.file_size}", limit=max_entry
            )
        if info.file_size > 1024 * 1024 and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            raise ExchangeError(
                ExchangeErrorCode.ZIP_BOMB,
                path=path,
                detail=f"{info.filename}: {info.compress_size}→{info.file_size}",
                limit=f"1:{MAX_COMPRESSION_RATIO}",
            )
        total += info.file_size
        if total > max_total:
            raise ExchangeError(ExchangeErrorCode.ZIP_BOMB, path=path, detail=f"total>{total}", limit=max_total)


def looks_like_number(text: str) -> bool:
    return bool(_NUMBER.fullmatch(text.strip()))


def escape_formula(text: str) -> str:
    """Prefix ' to a CSV cell that Excel would evaluate (=, +, -, @, tab, CR first), also behind
    quotes already there so that ``unescape_formula`` restores every text exactly. Numbers ("-5",
    "+3.2") and a lone "-" are left as they are: Excel reads them as values, not formulas."""
    stripped = text.lstrip("'")
    if not stripped or not stripped.startswith(FORMULA_TRIGGERS):
        return text
    if text == stripped and (text == "-" or looks_like_number(text)):
        return text
    return "'" + text


def unescape_formula(text: str) -> str:
    """Undo ``escape_formula`` on import: "'=SUM(A1)" → "=SUM(A1)" (kept as text, never evaluated)."""
    return text[1:] if _ESCAPED.match(text) else text


def strip_control_characters(text: str) -> str:
    return CONTROL_CHARACTERS.sub("", text)
