"""Repositories map rows to domain objects without losing precision or order."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from renkei_desktop.domain.duties import Duty, DutyCategory, DutyStatus, Urgency
from renkei_desktop.domain.methods import CooperationMethod
from renkei_desktop.domain.municipalities import Statistic, StatKind
from renkei_desktop.domain.profile import Profile
from renkei_desktop.storage import duty_repository, municipality_repository, profile_repository
from renkei_desktop.storage.database import Database, open_database

HOME = "204137"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    opened = open_database(db_path)
    try:
        yield opened
    finally:
        opened.dispose()


def _duty(**changes: object) -> Duty:
    base = Duty(
        owner_code=HOME,
        name="簡易水道の維持管理",
        category=DutyCategory.ENVIRONMENT,
        workload_person_years=Decimal("2.05"),
        annual_cost_yen=24_000_123,
        expertise=("水道技術管理者", "土木技師"),
        current_staff=Decimal("1.5"),
        staffing_gap=Decimal("0.25"),
        urgency=Urgency.HIGH,
        status=DutyStatus.NEGOTIATING,
        typical_methods=(CooperationMethod.SUBSTITUTE_EXECUTION, CooperationMethod.ENTRUSTMENT),
    )
    return base.with_changes(**changes)


def test_duty_round_trips_every_field_exactly(db: Database) -> None:
    with db.transaction() as session:
        saved = duty_repository.insert(session, _duty())
    with db.reading() as session:
        loaded = duty_repository.get(session, saved.id)  # type: ignore[arg-type]
    assert loaded == _duty(id=saved.id, version=1)
    assert isinstance(loaded.workload_person_years, Decimal)  # type: ignore[union-attr]


def test_duties_are_listed_per_owner_in_insertion_order(db: Database) -> None:
    with db.transaction() as session:
        for name in ("火葬場", "ごみ処理", "し尿処理"):
            duty_repository.insert(session, _duty(name=name))
        duty_repository.insert(session, _duty(owner_code="011002", name="札幌の事務"))
    with db.reading() as session:
        assert [d.name for d in duty_repository.list_for_owner(session, HOME)] == [
            "火葬場",
            "ごみ処理",
            "し尿処理",
        ]


def test_failed_transaction_writes_nothing(db: Database) -> None:
    with pytest.raises(RuntimeError), db.transaction() as session:
        duty_repository.insert(session, _duty())
        raise RuntimeError("boom")
    with db.reading() as session:
        assert duty_repository.list_for_owner(session, HOME) == []


def test_municipality_is_read_with_its_statistics(db: Database) -> None:
    stat = Statistic(HOME, StatKind.DAY_NIGHT_RATIO, Decimal("0.9812"), date(2020, 10, 1), "国勢調査")
    with db.transaction() as session:
        municipality_repository.upsert_statistic(session, stat)
    with db.reading() as session:
        tenryu = municipality_repository.get(session, HOME)
    assert tenryu is not None
    assert tenryu.latest(StatKind.DAY_NIGHT_RATIO).value == Decimal("0.9812")  # type: ignore[union-attr]


def test_profile_is_a_single_row(db: Database) -> None:
    with db.transaction() as session:
        profile_repository.save(session, Profile(HOME, "総務課", "山田"))
        profile_repository.save(session, Profile("011002", "企画課", "佐藤"))
    with db.reading() as session:
        assert profile_repository.get(session) == Profile("011002", "企画課", "佐藤")


def test_start_up_snapshot_shows_the_same_catalogue_as_the_full_open(db_path: Path) -> None:
    from renkei_desktop.services.container import Services
    from renkei_desktop.services.demo import load_demo
    from renkei_desktop.storage.database import read_snapshot

    services = Services.open(db_path)
    try:
        load_demo(services)
        expected = services.catalogue.list_duties(HOME)
    finally:
        services.close()
    snapshot = read_snapshot(db_path)
    assert snapshot is not None
    assert snapshot.profile == Profile(HOME, "総務課", "デモ利用者")
    assert snapshot.home is not None and snapshot.home.name == "天龍村"
    assert snapshot.duties == expected
    assert [d.updated_at for d in snapshot.duties] == [d.updated_at for d in expected]


def test_start_up_snapshot_of_a_new_file_is_empty(tmp_path: Path) -> None:
    from renkei_desktop.storage.database import read_snapshot

    assert read_snapshot(tmp_path / "missing.sqlite3") is None


def test_start_up_snapshot_of_a_database_without_profile_has_no_duties(db_path: Path) -> None:
    from renkei_desktop.storage.database import read_snapshot

    snapshot = read_snapshot(db_path)
    assert snapshot is not None
    assert (snapshot.profile, snapshot.duties) == (None, [])
