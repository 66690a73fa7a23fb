"""Many splits at once (services.shares.allocate_batch: domain.sharing.allocate_many with the NumPy
kernel) give what allocate() gives one by one: the same Allocations to the yen, the same problems.

The batch path is forced even for a handful of requests (BATCH_MINIMUM, SHARING_MINIMUM), so that
hypothesis can try many small, odd batches: parties shared or not, figures missing or not whole or
beyond 64 bits, ids repeated or empty, leads missing, totals and weights that would overflow int64,
revenues beyond the total, every rounding and remainder rule, 人工 among yen."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from renkei_desktop.domain import sharing
from renkei_desktop.domain.errors import ValidationFailed
from renkei_desktop.domain.sharing import (
    Allocation,
    BaseFigure,
    Basis,
    Component,
    CostItem,
    Party,
    RemainderRule,
    Rounding,
    SharingRule,
    SpecificRevenue,
    Unit,
    allocate,
    allocate_many,
)
from renkei_desktop.services.shares import allocate_batch

DAY = date(2024, 1, 1)
FIGURES = ("population", "staff", "usage", "搬入量")
BASES = (Basis.EQUAL, Basis.POPULATION, Basis.STAFF, Basis.USAGE)


@contextmanager
def batch_path_always() -> Iterator[None]:
    """The kernel for every batch, however small and however little its parties are shared."""
    saved = sharing.BATCH_MINIMUM, sharing.SHARING_MINIMUM
    sharing.BATCH_MINIMUM, sharing.SHARING_MINIMUM = 1, 0
    try:
        yield
    finally:
        sharing.BATCH_MINIMUM, sharing.SHARING_MINIMUM = saved


def one_by_one(requests: list) -> list:
    """What allocate() gives for each request, a problem as its ValidationFailed."""
    results = []
    for item, parties, lead in requests:
        try:
            results.append(allocate(item, parties, lead=lead))
        except ValidationFailed as exc:
            results.append(exc)
    return results


def assert_same(got: list, expected: list) -> None:
    assert len(got) == len(expected)
    for g, e in zip(got, expected, strict=True):
        assert type(g) is type(e)
        if isinstance(e, ValidationFailed):
            assert g.issues == e.issues
        else:
            assert g == e
            assert all(type(x) is int for x in g.amounts) or e.item.unit is not Unit.YEN
            assert repr(g) == repr(e)


# --- strategies --------------------------------------------------------------------------------------


@st.composite
def figure_value(draw: st.DrawFn, name: str) -> Decimal:
    kind = draw(st.sampled_from((*["small"] * 8, "decimal", "large", "zero")))
    if kind == "decimal" or name == "usage":
        return Decimal(draw(st.integers(0, 10**7))) / 10
    if kind == "large":  # beyond 64 bits once scaled by 10**6, some beyond 64 bits as they are
        return Decimal(draw(st.integers(10**12, 10**15)))
    if kind == "zero":
        return Decimal(0)
    return Decimal(draw(st.integers(1, 10**6)))


@st.composite
def parties(draw: st.DrawFn) -> list[Party]:
    pool = []
    for i in range(draw(st.integers(1, 6))):
        figures = {}
        for name in FIGURES:
            if draw(st.integers(0, 39)):  # now and then a party lacks a figure
                figures[name] = BaseFigure(draw(figure_value(name)), DAY, "test")
        pid = draw(st.sampled_from((*[f"P{i}"] * 40, "P0", "")))  # now and then a repeated or empty id
        pool.append(Party(pid, f"団体{i}", figures))
    return pool


@st.composite
def weights(draw: st.DrawFn, count: int) -> list[Decimal]:
    places = draw(st.sampled_from((0, 1, 6)))  # 6 places: weights over 10**8, products beyond 64 bits
    unit = 10**places
    cuts = sorted(
        draw(st.lists(st.integers(1, 100 * unit - 1), min_size=count - 1, max_size=count - 1, unique=True))
    )
    bounds = [0, *cuts, 100 * unit]
    ws = [Decimal(b - a) / unit for a, b in zip(bounds, bounds[1:], strict=False)]
    if draw(st.integers(0, 19)) == 0:  # now and then a rule that does not add up
        ws[0] += 1
    return ws


@st.composite
def requests(draw: st.DrawFn) -> list[tuple[CostItem, tuple[Party, ...], str | None]]:
    pool = draw(parties())
    rules = []
    for _ in range(draw(st.integers(1, 3))):
        bases = draw(st.lists(st.sampled_from(BASES), min_size=1, max_size=3, unique=True))
        measure = draw(st.sampled_from(("", "", "搬入量")))
        components = tuple(
            Component(b, w, measure=measure if b is Basis.USAGE else "")
            for b, w in zip(bases, draw(weights(len(bases))), strict=True)
        )
        rules.append(
            SharingRule(
                components,
                rounding=draw(st.sampled_from(Rounding)),
                remainder=draw(st.sampled_from(RemainderRule)),
            )
        )
    batch = []
    for _ in range(draw(st.integers(1, 12))):
        chosen = draw(st.lists(st.sampled_from(range(len(pool))), min_size=1, max_size=6, unique=True))
        if draw(st.integers(0, 19)) == 0:  # now and then a party twice
            chosen.append(chosen[0])
        members = tuple(pool[k] for k in chosen)
        unit = draw(st.sampled_from((Unit.YEN, Unit.YEN, Unit.YEN, Unit.PERSON_YEARS)))
        if unit is Unit.YEN:
            total: int | Decimal = draw(st.one_of(st.integers(0, 10**6), st.integers(0, 10**13)))
            amounts = st.one_of(
                *[st.integers(0, total // 2)] * 8, st.integers(-5, total + 5), st.just(Decimal(3))
            )
            revenues = [SpecificRevenue("補助金", draw(amounts)) for _ in range(draw(st.integers(0, 2)))]
        else:
            total = Decimal(draw(st.integers(0, 10**5))) / 100
            revenues = []
        item = CostItem("item", total, draw(st.sampled_from(rules)), tuple(revenues), unit)
        lead = draw(st.sampled_from((*[p.id for p in members] * 6, None, "X")))
        batch.append((item, members, lead))
    return batch


# --- the batch gives what allocate() gives -----------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(requests())
def test_a_batch_gives_what_allocate_gives_one_by_one(batch: list) -> None:
    with batch_path_always():
        got = allocate_batch(batch)
    assert_same(got, one_by_one(batch))


@settings(max_examples=60, deadline=None)
@given(requests())
def test_a_batch_with_its_default_thresholds_gives_what_allocate_gives(batch: list) -> None:
    batch = batch * (sharing.BATCH_MINIMUM // len(batch) + 1)  # large enough for the kernel
    assert_same(allocate_batch(batch), one_by_one(batch))


def test_a_batch_reads_its_explanation_only_when_asked_and_then_as_allocate_makes_it() -> None:
    pool = [
        Party(f"P{i}", figures={"population": BaseFigure(Decimal(100 + 7 * i), DAY, "t")}) for i in range(4)
    ]
    rule = SharingRule((Component(Basis.EQUAL, 10), Component(Basis.POPULATION, 90)))
    batch = [
        (CostItem("x", 1_000_003 * k, rule, ()), tuple(pool[k % 3 : k % 3 + 2]), f"P{k % 3}")
        for k in range(80)
    ]
    got = allocate_batch(batch)
    expected = one_by_one(batch)
    first = got[5]
    assert "by_component" not in vars(first) and "item" not in vars(first)  # left to the batch
    assert first.by_component == expected[5].by_component  # built on reading ...
    assert "by_component" in vars(first)  # ... and kept
    assert [f.name for f in fields(Allocation)] == [f.name for f in fields(expected[5])]
    assert copy.copy(got[7]) == expected[7] and copy.copy(got[7]).by_component == expected[7].by_component
    assert replace(got[9], lead=None) == replace(expected[9], lead=None)
    assert got[10].shares == expected[10].shares and got[10].figures_used == expected[10].figures_used
    assert got[11].apportioned == expected[11].apportioned
    assert got[11].share_of("P3") == expected[11].share_of("P3")
    with pytest.raises(AttributeError):
        got[12].amounts = ()  # type: ignore[misc]
    assert got[13].net == expected[13].net and got[13].revenues == expected[13].revenues == 0


def test_a_batch_of_plans_sharing_no_party_is_split_one_by_one_and_alike() -> None:
    def own_parties(k: int) -> tuple[Party, ...]:
        return tuple(
            Party(f"{k}-{i}", figures={"staff": BaseFigure(Decimal(10 + i), DAY, "t")}) for i in range(3)
        )

    rule = SharingRule(
        (Component(Basis.EQUAL, 50), Component(Basis.STAFF, 50)), remainder=RemainderRule.LARGEST_SHARE
    )
    batch = [(CostItem("x", 999_999 + k, rule, ()), own_parties(k), None) for k in range(100)]
    got = allocate_batch(batch)
    assert_same(got, one_by_one(batch))
    assert "item" in vars(got[0])  # made by allocate(), not by the batch


def test_allocate_many_without_a_kernel_is_allocate_one_by_one() -> None:
    party = Party("A", figures={"population": BaseFigure(Decimal(1), DAY, "t")})
    good = (CostItem("x", 10, SharingRule((Component(Basis.POPULATION, 100),)), ()), (party,), None)
    bad = (CostItem("y", 10, SharingRule((Component(Basis.POPULATION, 90),)), ()), (party,), None)
    got = allocate_many([good, bad], paths=["a.", "b."])
    assert got[0] == allocate(*good[:2])
    assert isinstance(got[1], ValidationFailed)
    assert [i.field for i in got[1].issues] == ["b.rule.components"]


# --- the service ---------------------------------------------------------------------------------------


def test_the_demo_plans_split_in_one_batch_are_those_split_plan_by_plan(demo, monkeypatch) -> None:  # noqa: ANN001
    """Every plan of the demo (yen and 人工, rules with figures of their own, missing rules) through
    the kernel at once, and each alone through allocate(): the same PlanShares and the same portfolio."""
    plans = demo.plans.list_all()
    alone = [demo.shares.plan_shares(plan) for plan in plans]
    portfolio = demo.shares.portfolio()
    demo.shares._cache.clear()
    monkeypatch.setattr(sharing, "BATCH_MINIMUM", 1)
    monkeypatch.setattr(sharing, "SHARING_MINIMUM", 0)
    together = demo.shares.plan_shares_many(plans)
    assert together == alone
    allocations = [i.allocation for p in together for i in p.all_items if i.allocation is not None]
    assert any("_batch" in vars(a) for a in allocations)  # the kernel split them
    demo.shares._cache.clear()
    assert demo.shares.portfolio() == portfolio
