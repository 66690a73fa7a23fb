"""The duty catalogue: every change is one transaction; invalid duties write nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from renkei_desktop.domain.duties import Duty, DutyCategory
from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.services.container import Services

HOME = "204137"


def _duty(name: str = "ごみ処理", **changes: object) -> Duty:
    return Duty(owner_code=HOME, name=name, category=DutyCategory.ENVIRONMENT, **changes)  # type: ignore[arg-type]


def test_added_duty_is_listed(services: Services) -> None:
    saved, changes = services.catalogue.add(_duty(annual_cost_yen=38_500_000))
    assert saved.id is not None
    assert changes.duty_ids == {saved.id}
    assert services.catalogue.list_duties(HOME) == [saved]


def test_new_duty_starts_at_version_one(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    assert saved.version == 1


def test_update_saves_the_change_and_bumps_version(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    updated, changes = services.catalogue.update(saved.with_changes(workload_person_years=Decimal("0.75")))
    assert updated.version == saved.version + 1
    assert services.catalogue.get(saved.id).workload_person_years == Decimal("0.75")  # type: ignore[arg-type, union-attr]
    assert changes.duty_ids == {saved.id}


def test_delete_removes_the_duty(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    removed, changes = services.catalogue.delete(saved.id)  # type: ignore[arg-type]
    assert removed.name == "ごみ処理"
    assert changes.duties_removed == {saved.id}
    assert services.catalogue.list_duties(HOME) == []


def test_restore_brings_a_deleted_duty_back_under_its_id(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty(notes="組合で処理"))
    removed, _ = services.catalogue.delete(saved.id)  # type: ignore[arg-type]
    restored, _ = services.catalogue.restore(removed)
    assert restored.id == saved.id
    assert restored.notes == "組合で処理"
    assert services.catalogue.list_duties(HOME) == [restored]


def test_duplicate_adds_a_copy_with_suffix(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    copy, _ = services.catalogue.duplicate(saved.id, "（コピー）")  # type: ignore[arg-type]
    assert copy.id != saved.id
    assert [d.name for d in services.catalogue.list_duties(HOME)] == ["ごみ処理", "ごみ処理（コピー）"]


def test_invalid_duty_raises_and_writes_nothing(services: Services) -> None:
    services.catalogue.add(_duty())
    with pytest.raises(ValidationFailed) as info:
        services.catalogue.add(_duty(name=""))
    assert [(i.field, i.code) for i in info.value.issues] == [("name", ErrorCode.REQUIRED)]
    assert len(services.catalogue.list_duties(HOME)) == 1


def test_invalid_update_keeps_the_stored_duty(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    with pytest.raises(ValidationFailed):
        services.catalogue.update(saved.with_changes(annual_cost_yen=-1))
    assert services.catalogue.get(saved.id) == saved  # type: ignore[arg-type]


def test_duty_of_unknown_municipality_is_refused(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.catalogue.add(_duty().with_changes(owner_code="999999"))
    assert info.value.for_field("owner_code")[0].code is ErrorCode.UNKNOWN_MUNICIPALITY


def test_add_many_is_all_or_nothing(services: Services) -> None:
    with pytest.raises(ValidationFailed):
        services.catalogue.add_many([_duty("火葬場"), _duty(""), _duty("し尿処理")])
    assert services.catalogue.list_duties(HOME) == []


def test_add_many_saves_all_valid_duties(services: Services) -> None:
    saved, changes = services.catalogue.add_many([_duty("火葬場"), _duty("し尿処理")])
    assert [d.name for d in services.catalogue.list_duties(HOME)] == ["火葬場", "し尿処理"]
    assert changes.duty_ids == {d.id for d in saved}


def test_update_of_deleted_duty_reports_not_found(services: Services) -> None:
    saved, _ = services.catalogue.add(_duty())
    services.catalogue.delete(saved.id)  # type: ignore[arg-type]
    with pytest.raises(ValidationFailed) as info:
        services.catalogue.update(saved)
    assert info.value.for_field("id")[0].code is ErrorCode.NOT_FOUND


def test_parse_names_the_bad_field_and_writes_nothing(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.catalogue.parse({"name": "火葬場", "annual_cost_thousand_yen": "abc"}, owner_code=HOME)
    assert info.value.for_field("annual_cost_thousand_yen")[0].code is ErrorCode.NOT_A_NUMBER
    assert services.catalogue.list_duties(HOME) == []


def test_parse_then_add_stores_normalised_values(services: Services) -> None:
    duty = services.catalogue.parse(
        {
            "name": "火葬場",
            "category": "environment",
            "annual_cost_thousand_yen": "２，２００",
            "expertise": "保健師、司書",
        },
        owner_code=HOME,
    )
    saved, _ = services.catalogue.add(duty)
    assert (saved.annual_cost_yen, saved.expertise) == (2_200_000, ("保健師", "司書"))
