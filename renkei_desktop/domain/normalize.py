"""Parsing of what people type: full-width digits, thousands separators, Japanese date forms."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from .errors import ErrorCode
from .wareki import MONTHS_EN

_NONE_MARKERS = {"", "-", "－", "―", "ー", "—", "…", "x", "X", "***"}


def to_halfwidth(text: str) -> str:
    """NFKC folds full-width digits, letters, punctuation and spaces to their ASCII forms."""
    return unicodedata.normalize("NFKC", text).strip()


class ParseError(ValueError):
    def __init__(self, code: ErrorCode, raw: str):
        super().__init__(f"{code}: {raw!r}")
        self.code = code
        self.raw = raw


def parse_decimal(raw: str | int | float | Decimal | None, *, places: int | None = None) -> Decimal | None:
    """Parse a number as typed ("１，２３４．５", "1,234", "△12", "-") into a Decimal; blank gives None.

    Raises ParseError with NOT_A_NUMBER or TOO_PRECISE.
    """
    if raw is None:
        return None
    if isinstance(raw, Decimal):
        value = raw
    elif isinstance(raw, int):
        value = Decimal(raw)
    elif isinstance(raw, float):
        value = Decimal(str(raw))
    else:
        text = to_halfwidth(str(raw))
        if text in _NONE_MARKERS:
            return None
        text = text.replace(",", "").replace(" ", "")
        if text.startswith("△") or text.startswith("▲"):
            text = "-" + text[1:]
        if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", text):
            raise ParseError(ErrorCode.NOT_A_NUMBER, str(raw))
        try:
            value = Decimal(text)
        except InvalidOperation as exc:  # pragma: no cover - regex guards this
            raise ParseError(ErrorCode.NOT_A_NUMBER, str(raw)) from exc
    if not value.is_finite():
        raise ParseError(ErrorCode.NOT_A_NUMBER, str(raw))
    if places is not None:
        exponent = value.normalize().as_tuple().exponent
        if isinstance(exponent, int) and -exponent > places:
            raise ParseError(ErrorCode.TOO_PRECISE, str(raw))
    return value


def parse_int(raw: str | int | Decimal | None) -> int | None:
    value = parse_decimal(raw)
    if value is None:
        return None
    if value != value.to_integral_value():
        raise ParseError(ErrorCode.NOT_AN_INTEGER, str(raw))
    return int(value)


_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925, "R": 2018, "H": 1988, "S": 1925}



def _month_en(name: str) -> int | None:
    """April, april, Apr, Sept → 4, 4, 4, 9: an English month by its name or its first three letters or more."""
    name = name.lower()
    if len(name) < 3:
        return None
    return next((number for number, month in enumerate(MONTHS_EN, 1) if month.lower().startswith(name)), None)


def parse_date(raw: str | date | None) -> date | None:
    """Accept 2024-04-01, 2024/4/1, 2024年4月1日, 令和6年4月1日, 令和元年5月1日, R6.4.1, 1 April 2024 (1 Apr 2024);
    blank gives None."""
    if raw is None or isinstance(raw, date):
        return raw
    text = to_halfwidth(str(raw))
    if text in _NONE_MARKERS:
        return None
    m = re.fullmatch(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", text) or re.fullmatch(
        r"(\d{4})年(\d{1,2})月(\d{1,2})日", text
    )
    year: int | None = None
    if m:
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.fullmatch(r"(令和|平成|昭和)(元|\d{1,2})年(\d{1,2})月(\d{1,2})日", text) or re.fullmatch(
            r"([RHS])(元|\d{1,2})[./](\d{1,2})[./](\d{1,2})", text.upper()
        )
        if m:
            era_year = 1 if m[2] == "元" else int(m[2])
            year, month, day = _ERAS[m[1]] + era_year, int(m[3]), int(m[4])
    # 1 April 2024: as the English UI writes a date (wareki.format_gregorian), read back from its date fields
    m = None if year is not None else re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})", text)
    if m and (number := _month_en(m[2])) is not None:
        year, month, day = int(m[3]), number, int(m[1])
    if year is None:
        raise ParseError(ErrorCode.BAD_DATE, str(raw))
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise ParseError(ErrorCode.BAD_DATE, str(raw)) from exc
