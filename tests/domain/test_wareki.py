"""和暦 on printed material: era boundaries, 元年, optional 西暦."""

from __future__ import annotations

from datetime import date

import pytest

from renkei_desktop.domain.wareki import era_year, format_wareki


def test_last_day_of_heisei() -> None:
    assert format_wareki(date(2019, 4, 30)) == "平成31年4月30日"


def test_first_day_of_reiwa_is_gannen() -> None:
    assert format_wareki(date(2019, 5, 1)) == "令和元年5月1日"


def test_reiwa_8() -> None:
    assert format_wareki(date(2026, 11, 27)) == "令和8年11月27日"


def test_with_seireki_appends_western_year_in_brackets() -> None:
    assert format_wareki(date(2026, 11, 27), with_seireki=True) == "令和8年11月27日（2026年）"


def test_first_day_of_heisei_is_gannen() -> None:
    assert format_wareki(date(1989, 1, 8)) == "平成元年1月8日"


def test_last_day_of_showa() -> None:
    assert era_year(date(1989, 1, 7)) == ("昭和", 64)


def test_dates_before_showa_are_refused() -> None:
    with pytest.raises(ValueError):
        format_wareki(date(1926, 12, 24))
