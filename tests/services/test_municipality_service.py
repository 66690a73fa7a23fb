"""Statistics of a municipality: validated per field, dated, one value per date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.services.container import Services

HOME = "204137"


def _failure(services: Services, **overrides: object) -> dict[str, ErrorCode]:
    args = {
        "code": HOME,
        "kind": "population",
        "value": "1100",
        "reference_date": "2020-10-01",
        "source": "国勢調査",
    }
    args.update(overrides)
    with pytest.raises(ValidationFailed) as info:
        services.municipalities.set_statistic(**args)  # type: ignore[arg-type]
    return {i.field: i.code for i in info.value.issues}


def test_statistic_is_saved_with_date_and_source(services: Services) -> None:
    services.municipalities.set_statistic(HOME, "population", "１，１００", "令和2年10月1日", "国勢調査")
    stat = services.municipalities.get(HOME).latest(StatKind.POPULATION)  # type: ignore[union-attr]
    assert (stat.value, stat.reference_date, stat.source) == (Decimal(1100), date(2020, 10, 1), "国勢調査")  # type: ignore[union-attr]


def test_statistic_bad_date_is_reported(services: Services) -> None:
    assert _failure(services, reference_date="2020/13/40") == {"reference_date": ErrorCode.BAD_DATE}


def test_statistic_negative_value_is_reported(services: Services) -> None:
    assert _failure(services, value="△5") == {"value": ErrorCode.NEGATIVE}


def test_statistic_missing_source_is_reported(services: Services) -> None:
    assert _failure(services, source="") == {"source": ErrorCode.REQUIRED}


def test_statistic_word_as_value_is_reported(services: Services) -> None:
    assert _failure(services, value="多い") == {"value": ErrorCode.NOT_A_NUMBER}


def test_statistic_for_unknown_municipality_is_refused(services: Services) -> None:
    assert _failure(services, code="999997") == {"municipality_code": ErrorCode.UNKNOWN_MUNICIPALITY}


def test_invalid_statistic_writes_nothing(services: Services) -> None:
    _failure(services, value="-1")
    assert services.municipalities.get(HOME).statistics == ()  # type: ignore[union-attr]


def test_same_date_replaces_the_value(services: Services) -> None:
    services.municipalities.set_statistic(HOME, "population", "1100", "2020-10-01", "国勢調査")
    services.municipalities.set_statistic(HOME, "population", "1090", "2020-10-01", "国勢調査（確定値）")
    stats = services.municipalities.get(HOME).statistics  # type: ignore[union-attr]
    assert [(s.value, s.source) for s in stats] == [(Decimal(1090), "国勢調査（確定値）")]


def test_later_date_is_the_latest_value(services: Services) -> None:
    services.municipalities.set_statistic(HOME, "population", "1300", "2015-10-01", "国勢調査")
    services.municipalities.set_statistic(HOME, "population", "1100", "2020-10-01", "国勢調査")
    assert services.municipalities.get(HOME).latest(StatKind.POPULATION).value == Decimal(1100)  # type: ignore[union-attr]


def test_browser_list_shows_a_new_statistic(services: Services) -> None:
    services.municipalities.all()  # fill the cache first
    services.municipalities.set_statistic(HOME, "staff", "38", "2024-04-01", "定員管理調査")
    tenryu = next(m for m in services.municipalities.all() if m.code == HOME)
    assert tenryu.latest(StatKind.STAFF).value == Decimal(38)  # type: ignore[union-attr]


def test_deleted_statistic_is_gone(services: Services) -> None:
    stat, _ = services.municipalities.set_statistic(HOME, "staff", "38", "2024-04-01", "定員管理調査")
    changes = services.municipalities.delete_statistic(stat.id)  # type: ignore[arg-type]
    assert changes.municipality_codes == {HOME}
    assert services.municipalities.get(HOME).statistics == ()  # type: ignore[union-attr]
