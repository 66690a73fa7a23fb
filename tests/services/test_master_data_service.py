"""The municipality master is loaded on first open, exactly once."""

from __future__ import annotations

from pathlib import Path

from renkei_desktop.services.container import Services
from renkei_desktop.services.master_data import ensure_master_data


def test_first_open_loads_the_master(services: Services) -> None:
    assert len(services.municipalities.all()) == 1788


def test_reopening_does_not_load_the_master_again(db_path: Path) -> None:
    first = Services.open(db_path)
    first.close()
    again = Services.open(db_path)
    try:
        assert len(again.municipalities.all()) == 1788
        assert ensure_master_data(again.db) == 0
    finally:
        again.close()


def test_fresh_database_gets_the_master(tmp_path: Path) -> None:
    opened = Services.open(tmp_path / "new.sqlite3")
    try:
        assert len(opened.municipalities.all()) == 1788
    finally:
        opened.close()


def test_prefectures_are_the_47_prefecture_records(services: Services) -> None:
    prefectures = services.municipalities.prefectures()
    assert len(prefectures) == 47
    assert prefectures[0].name == "北海道"


def test_prefecture_is_a_partner(services: Services) -> None:
    assert "200000" in {m.code for m in services.municipalities.partners()}  # 長野県


def test_fuchu_of_tokyo_and_hiroshima_are_separate(services: Services) -> None:
    tokyo = services.municipalities.get("132063")
    hiroshima = services.municipalities.get("342084")
    assert (tokyo.display_name, hiroshima.display_name) == ("東京都府中市", "広島県府中市")  # type: ignore[union-attr]
