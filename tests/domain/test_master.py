"""The municipality master built from japancode: counts, kinds, no wards, names that repeat."""

from __future__ import annotations

import json
from collections import Counter
from importlib import resources

import pytest

from renkei_desktop.domain.city_kinds import AS_OF, CORE_CITIES, DESIGNATED_CITIES
from renkei_desktop.domain.codes import is_valid_code
from renkei_desktop.domain.master import build_master
from renkei_desktop.domain.municipalities import Municipality
from renkei_desktop.domain.municipalities import MunicipalityKind as K


@pytest.fixture(scope="module")
def master() -> list[Municipality]:
    data = resources.files("japancode") / "data"
    prefectures = json.loads((data / "prefectures.json").read_text(encoding="utf-8"))
    municipalities = json.loads((data / "municipalities.json").read_text(encoding="utf-8"))
    return build_master(prefectures, municipalities)


@pytest.fixture(scope="module")
def kinds(master: list[Municipality]) -> Counter[K]:
    return Counter(m.kind for m in master)


def test_master_has_1741_municipalities_and_47_prefectures(
    master: list[Municipality], kinds: Counter[K]
) -> None:
    assert kinds[K.PREFECTURE] == 47
    assert len(master) - kinds[K.PREFECTURE] == 1741
    assert len(master) == 1788


def test_master_codes_are_unique(master: list[Municipality]) -> None:
    assert len({m.code for m in master}) == len(master)


def test_every_master_code_passes_its_check_digit(master: list[Municipality]) -> None:
    assert [m.code for m in master if not is_valid_code(m.code)] == []


def test_master_has_no_wards_of_designated_cities(master: list[Municipality]) -> None:
    assert [
        m.name
        for m in master
        if " " in m.name or "　" in m.name or m.name.endswith("区") and m.prefecture != "東京都"
    ] == []


def test_master_has_23_special_wards_all_in_tokyo(master: list[Municipality]) -> None:
    wards = [m for m in master if m.kind is K.SPECIAL_WARD]
    assert len(wards) == 23
    assert {m.prefecture for m in wards} == {"東京都"}


def test_master_has_20_designated_cities(kinds: Counter[K]) -> None:
    assert kinds[K.DESIGNATED_CITY] == 20


def test_master_has_62_core_cities_as_of_2024(kinds: Counter[K]) -> None:
    # DOMAIN.md §6: 62 中核市 (2024); the built-in list is dated AS_OF.
    assert AS_OF == "2024-04-01"
    assert kinds[K.CORE_CITY] == len(CORE_CITIES) == 62


@pytest.mark.parametrize("pair", DESIGNATED_CITIES + CORE_CITIES, ids=lambda p: "".join(p))
def test_each_listed_city_resolves_to_exactly_one_record(
    master: list[Municipality], pair: tuple[str, str]
) -> None:
    assert len([m for m in master if (m.prefecture, m.name) == pair]) == 1


def test_designated_and_core_lists_do_not_overlap() -> None:
    assert set(DESIGNATED_CITIES) & set(CORE_CITIES) == set()


def test_fuchu_is_two_records_in_different_prefectures(master: list[Municipality]) -> None:
    fuchu = {m.prefecture: m.code for m in master if m.name == "府中市"}
    assert fuchu == {"東京都": "132063", "広島県": "342084"}


@pytest.mark.parametrize("name", ["日野町", "太子町", "川上村"])
def test_repeated_names_have_distinct_display_names(master: list[Municipality], name: str) -> None:
    same = [m for m in master if m.name == name]
    assert len(same) >= 2
    assert len({m.display_name for m in same}) == len(same)


def test_tenryu_is_a_village_in_nagano(master: list[Municipality]) -> None:
    tenryu = next(m for m in master if m.code == "204137")
    assert (tenryu.prefecture, tenryu.name, tenryu.kind) == ("長野県", "天龍村", K.VILLAGE)


def test_prefecture_records_carry_their_own_name_as_prefecture(master: list[Municipality]) -> None:
    hyogo = next(m for m in master if m.code == "280003")
    assert (hyogo.kind, hyogo.prefecture, hyogo.display_name) == (K.PREFECTURE, "兵庫県", "兵庫県")


def test_municipalities_have_town_hall_coordinates(master: list[Municipality]) -> None:
    missing = [m.display_name for m in master if m.kind is not K.PREFECTURE and m.latitude is None]
    assert missing == []
