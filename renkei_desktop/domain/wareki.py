"""和暦 (Japanese era) formatting of dates: 令和元年, never 令和1年."""

from __future__ import annotations

from datetime import date

_ERAS = (
    (date(2019, 5, 1), "令和"),
    (date(1989, 1, 8), "平成"),
    (date(1926, 12, 25), "昭和"),
)


def era_year(d: date) -> tuple[str, int]:
    for start, name in _ERAS:
        if d >= start:
            return name, d.year - start.year + 1
    raise ValueError(f"date before 昭和 is not supported: {d.isoformat()}")


def format_wareki(d: date, *, with_seireki: bool = False) -> str:
    """令和8年11月27日 (optionally followed by （2026年）)."""
    name, year = era_year(d)
    year_text = "元" if year == 1 else str(year)
    text = f"{name}{year_text}年{d.month}月{d.day}日"
    if with_seireki:
        text += f"（{d.year}年）"
    return text


# English documents and charts write the Gregorian date in English instead.
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def format_gregorian(day: date) -> str:
    """1 April 2025: the date in an English document (reports/labels.py explains why not the 和暦)."""
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"
