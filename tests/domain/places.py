"""Real municipalities from the master (codes, kinds, town-hall coordinates) with TEST figures.

The population, 昼夜間人口比率 and commuting shares attached here are plausible, census-like numbers
made up for the tests; they are not the published 国勢調査 values and must not be read as such.
"""

from __future__ import annotations

import dataclasses
import json
import random
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources

from renkei_desktop.domain.master import build_master
from renkei_desktop.domain.municipalities import Municipality, MunicipalityKind, Statistic, StatKind

CENSUS_2020 = date(2020, 10, 1)
TEST_SOURCE = "テスト用の数値（国勢調査に似せた架空値）"


@cache
def master() -> tuple[Municipality, ...]:
    data = resources.files("japancode") / "data"
    prefectures = json.loads((data / "prefectures.json").read_text(encoding="utf-8"))
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))
    return tuple(build_master(prefectures, municipalities))


@cache
def _by_name() -> dict[str, Municipality]:
    return {m.display_name: m for m in master()}


def place(display_name: str) -> Municipality:
    """'長野県飯田市', or a prefecture's own name ('長野県')."""
    return _by_name()[display_name]


def with_figures(
    m: Municipality,
    *,
    population: int | None = None,
    ratio: str | None = None,
    share: str | None = None,
    on: date = CENSUS_2020,
) -> Municipality:
    """``m`` with TEST statistics added (kept alongside any it already has)."""
    stats = list(m.statistics)
    if population is not None:
        stats.append(Statistic(m.code, StatKind.POPULATION, Decimal(population), on, TEST_SOURCE))
    if ratio is not None:
        stats.append(Statistic(m.code, StatKind.DAY_NIGHT_RATIO, Decimal(ratio), on, TEST_SOURCE))
    if share is not None:
        stats.append(Statistic(m.code, StatKind.COMMUTING_SHARE_TO_METRO, Decimal(share), on, TEST_SOURCE))
    return dataclasses.replace(m, statistics=tuple(stats))


def without_coordinates(m: Municipality) -> Municipality:
    return dataclasses.replace(m, latitude=None, longitude=None)


def full_master() -> list[Municipality]:
    """All 1,788 records, every 市区町村 with two population figures and a ratio (TEST figures)."""
    rnd = random.Random(2020)
    result = []
    for m in master():
        if m.kind is MunicipalityKind.PREFECTURE:
            result.append(m)
            continue
        stats = (
            Statistic(
                m.code, StatKind.POPULATION, Decimal(rnd.randint(400, 900_000)), CENSUS_2020, TEST_SOURCE
            ),
            Statistic(
                m.code,
                StatKind.POPULATION,
                Decimal(rnd.randint(400, 900_000)),
                CENSUS_2020.replace(2015),
                TEST_SOURCE,
            ),
            Statistic(
                m.code,
                StatKind.DAY_NIGHT_RATIO,
                Decimal(rnd.randint(80, 125)) / 100,
                CENSUS_2020,
                TEST_SOURCE,
            ),
        )
        result.append(dataclasses.replace(m, statistics=stats))
    return result
