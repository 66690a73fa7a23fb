"""Great-circle distance between town halls; no coordinates means no distance, never 0."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from renkei_desktop.domain.geo import EARTH_RADIUS_KM, distance_km, great_circle_km
from tests.domain.places import place, without_coordinates

latitudes = st.floats(min_value=20, max_value=46, allow_nan=False)  # Japan, 沖ノ鳥島 to 宗谷岬
longitudes = st.floats(min_value=122, max_value=154, allow_nan=False)


def test_tokyo_to_osaka_town_halls_is_about_400_km() -> None:
    d = distance_km(place("東京都千代田区"), place("大阪府大阪市"))
    assert d is not None
    assert d == pytest.approx(400, abs=10)


def test_tokyo_metropolitan_office_to_osaka_city_hall_by_coordinates() -> None:
    # 東京都庁 (35.6895, 139.6917) and 大阪市役所 (34.6937, 135.5023): about 397 km in a straight line.
    assert great_circle_km(35.6895, 139.6917, 34.6937, 135.5023) == pytest.approx(397, abs=3)


def test_one_degree_of_latitude_is_a_360th_of_the_circumference() -> None:
    assert great_circle_km(35.0, 137.0, 36.0, 137.0) == pytest.approx(2 * math.pi * EARTH_RADIUS_KM / 360)


def test_antipodes_are_half_the_circumference_without_a_domain_error() -> None:
    assert great_circle_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * EARTH_RADIUS_KM)


def test_nearby_towns_in_southern_nagano() -> None:
    d = distance_km(place("長野県天龍村"), place("長野県飯田市"))
    assert d is not None and 20 < d < 35


def test_missing_coordinates_give_none_not_zero() -> None:
    tenryu = place("長野県天龍村")
    assert distance_km(without_coordinates(tenryu), place("長野県飯田市")) is None
    assert distance_km(place("長野県飯田市"), without_coordinates(tenryu)) is None
    assert distance_km(without_coordinates(tenryu), without_coordinates(tenryu)) is None


def test_a_prefecture_has_no_town_hall_position() -> None:
    assert distance_km(place("長野県"), place("長野県飯田市")) is None


@given(latitudes, longitudes, latitudes, longitudes)
def test_distance_is_symmetric_non_negative_and_zero_only_for_the_same_point(
    lat1: float, lon1: float, lat2: float, lon2: float
) -> None:
    d = great_circle_km(lat1, lon1, lat2, lon2)
    assert d >= 0
    assert d == pytest.approx(great_circle_km(lat2, lon2, lat1, lon1), abs=1e-9)
    assert great_circle_km(lat1, lon1, lat1, lon1) == 0


@given(latitudes, longitudes, latitudes, longitudes, latitudes, longitudes)
def test_triangle_inequality(a: float, b: float, c: float, d: float, e: float, f: float) -> None:
    assert great_circle_km(a, b, e, f) <= great_circle_km(a, b, c, d) + great_circle_km(c, d, e, f) + 1e-6
