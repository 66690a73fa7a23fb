"""The demo town: 天龍村 with about 20 duties across categories."""

from __future__ import annotations

from renkei_desktop.domain.duties import validate_duty
from renkei_desktop.domain.municipalities import StatKind
from renkei_desktop.services.container import Services
from renkei_desktop.services.demo import DEMO_HOME, demo_duties, load_demo


def test_demo_makes_tenryu_the_home_town(services: Services) -> None:
    load_demo(services)
    profile = services.profile.get()
    assert profile is not None
    assert profile.home_code == "204137"
    assert services.municipalities.get(profile.home_code).name == "天龍村"  # type: ignore[union-attr]


def test_demo_adds_about_twenty_duties(services: Services) -> None:
    changes = load_demo(services)
    duties = services.catalogue.list_duties(DEMO_HOME)
    assert len(duties) >= 20
    assert len(changes.duty_ids) == len(duties)


def test_demo_duties_span_several_categories(services: Services) -> None:
    load_demo(services)
    assert len({d.category for d in services.catalogue.list_duties(DEMO_HOME)}) >= 8


def test_demo_duties_have_workloads_and_costs(services: Services) -> None:
    load_demo(services)
    duties = services.catalogue.list_duties(DEMO_HOME)
    assert all(d.workload_person_years > 0 for d in duties)
    assert sum(d.annual_cost_yen > 0 for d in duties) >= len(duties) - 1


def test_demo_duties_are_valid() -> None:
    assert [d.name for d in demo_duties() if validate_duty(d)] == []


def test_demo_statistics_are_labelled_as_demo_values(services: Services) -> None:
    load_demo(services)
    population = services.municipalities.get(DEMO_HOME).latest(StatKind.POPULATION)  # type: ignore[union-attr]
    assert population is not None
    assert "デモ" in population.source


def test_loading_the_demo_twice_does_not_duplicate_duties(services: Services) -> None:
    load_demo(services)
    count = len(services.catalogue.list_duties(DEMO_HOME))
    second = load_demo(services)
    assert len(services.catalogue.list_duties(DEMO_HOME)) == count
    assert second.duty_ids == frozenset()
