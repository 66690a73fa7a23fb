"""Property tests of the sharing engine: exact sums, validated weights, permutation invariance (with the
stated tie rule), a larger base never lowering that party's part, and exact 人工 to the hundredth."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction

from hypothesis import assume, given
from hypothesis import strategies as st

from renkei_desktop.domain.errors import ErrorCode, ValidationFailed
from renkei_desktop.domain.sharing import (
    FIGURE_BASES,
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
    _allocate_checked,
    allocate,
    apportion,
)

DAY = date(2024, 1, 1)
FIGURE_NAMES = ("population", "elderly_population", "staff", "usage")
SPLITTABLE = (Basis.EQUAL, Basis.POPULATION, Basis.ELDERLY_POPULATION, Basis.STAFF, Basis.USAGE)


@st.composite
def weights_to_100(draw: st.DrawFn, count: int) -> list[Decimal]:
    """``count`` positive weights with up to one decimal adding up to exactly 100."""
    cuts = sorted(draw(st.lists(st.integers(1, 999), min_size=count - 1, max_size=count - 1, unique=True)))
    bounds = [0, *cuts, 1000]
    return [Decimal(b - a) / 10 for a, b in zip(bounds, bounds[1:], strict=False)]


def figure_value(draw: st.DrawFn, name: str) -> Decimal:
    if name == "usage":  # decimals, as in 搬入量 9850.5 kL
        return Decimal(draw(st.integers(0, 10**7))) / 10
    return Decimal(draw(st.integers(0, 10**6)))


@st.composite
def cases(draw: st.DrawFn, unit: Unit = Unit.YEN) -> tuple[CostItem, tuple[Party, ...], str]:
    n = draw(st.integers(1, 8))
    parties = []
    for i in range(n):
        figures = {name: BaseFigure(figure_value(draw, name), DAY, "test") for name in FIGURE_NAMES}
        parties.append(Party(f"P{i}", f"団体{i}", figures))
    bases = draw(st.lists(st.sampled_from(SPLITTABLE), min_size=1, max_size=4, unique=True))
    for b in bases:  # a figure that is zero for every party cannot split anything
        if b in FIGURE_BASES:
            assume(any(p.figures[str(b)].value for p in parties))
    weights = draw(weights_to_100(len(bases)))
    components = []
    for b, w in zip(bases, weights, strict=True):
        party_weights = {}
        if b is Basis.EQUAL and draw(st.booleans()):
            party_weights = {p.id: Decimal(draw(st.sampled_from(("0.5", "1", "2")))) for p in parties}
        components.append(Component(b, w, party_weights=party_weights))
    rule = SharingRule(
        tuple(components),
        rounding=draw(st.sampled_from(Rounding)),
        remainder=draw(st.sampled_from(RemainderRule)),
    )
    if unit is Unit.YEN:
        total: int | Decimal = draw(st.integers(0, 10**10))
        revenue: int | Decimal = draw(st.integers(0, total))
    else:
        total = Decimal(draw(st.integers(0, 10**5))) / 100
        revenue = Decimal(draw(st.integers(0, int(total * 100)))) / 100
    item = CostItem("item", total, rule, (SpecificRevenue("補助金", revenue),), unit)
    lead = draw(st.sampled_from(parties)).id
    return item, tuple(parties), lead


def rounded_part(exact: Fraction, rounding: Rounding) -> int:
    return (exact if rounding is Rounding.FLOOR else exact + Fraction(1, 2)).__floor__()


def exact_parts(a: Allocation) -> list[list[Fraction]]:
    """[component][party]: the exact, unrounded part of each party (Fractions: the test's own arithmetic)."""
    parts = []
    for comp, amount in zip(a.item.rule.components, a.component_amounts, strict=True):
        if comp.basis is Basis.EQUAL:
            bases = [Fraction(comp.party_weights.get(p.id, 1)) for p in a.parties]
        else:
            bases = [Fraction(p.figures[comp.figure].value) for p in a.parties]
        total = sum(bases)
        parts.append([Fraction(amount) * b / total for b in bases])
    return parts


# --- exact sums ------------------------------------------------------------------------------------


@given(cases())
def test_shares_add_up_exactly_to_the_net_total(case: tuple[CostItem, tuple[Party, ...], str]) -> None:
    item, parties, lead = case
    a = allocate(item, parties, lead=lead)
    assert sum(a.amounts) == a.net == item.total - item.specific_revenues[0].amount
    assert sum(a.component_amounts) == a.net
    for column, amount in zip(a.by_component, a.component_amounts, strict=True):
        assert sum(column) == amount
        assert min(column) >= 0
    assert all(type(x) is int for x in a.amounts)


@given(cases())
def test_component_amounts_are_the_weights_of_the_net_total_within_a_yen(
    case: tuple[CostItem, tuple[Party, ...], str],
) -> None:
    item, parties, lead = case
    a = allocate(item, parties, lead=lead)
    for comp, amount in zip(item.rule.components, a.component_amounts, strict=True):
        assert abs(amount - Fraction(a.net) * Fraction(comp.weight) / 100) < 1


@given(cases())
def test_each_part_is_within_one_unit_of_its_exact_value_under_largest_remainder(
    case: tuple[CostItem, tuple[Party, ...], str],
) -> None:
    item, parties, lead = case
    item = replace(item, rule=replace(item.rule, remainder=RemainderRule.LARGEST_REMAINDER))
    a = allocate(item, parties, lead=lead)
    for exact, column in zip(exact_parts(a), a.by_component, strict=True):
        assert all(abs(x - e) < 1 for x, e in zip(column, exact, strict=True))


@given(cases(Unit.PERSON_YEARS))
def test_workload_is_shared_exactly_to_the_hundredth(case: tuple[CostItem, tuple[Party, ...], str]) -> None:
    item, parties, lead = case
    a = allocate(item, parties, lead=lead)
    assert sum(a.amounts) == item.total - item.specific_revenues[0].amount
    for value in (*a.amounts, *a.component_amounts, *(x for col in a.by_component for x in col)):
        assert isinstance(value, Decimal) and value.as_tuple().exponent == -2 and value >= 0


@given(cases())
def test_the_fast_path_gives_what_the_checked_path_gives(
    case: tuple[CostItem, tuple[Party, ...], str],
) -> None:
    item, parties, lead = case
    assert allocate(item, parties, lead=lead) == _allocate_checked(item, parties, lead, "")


# --- weights validated -----------------------------------------------------------------------------


@given(
    st.one_of(
        st.lists(st.integers(-50, 150).map(Decimal), min_size=1, max_size=4),
        st.integers(1, 4).flatmap(weights_to_100),  # valid ones, which random lists seldom hit
        st.integers(1, 4).flatmap(weights_to_100).map(lambda ws: [ws[0] + Decimal("0.1"), *ws[1:]]),
    )
)
def test_weights_are_accepted_exactly_when_positive_and_adding_up_to_100(weights: list[Decimal]) -> None:
    figures = {name: BaseFigure(Decimal(1), DAY, "t") for name in ("population", "staff", "usage")}
    parties = (Party("A", figures=figures), Party("B", figures=figures))
    bases = (Basis.EQUAL, Basis.POPULATION, Basis.STAFF, Basis.USAGE)[: len(weights)]
    rule = SharingRule(tuple(Component(b, w) for b, w in zip(bases, weights, strict=True)))
    valid = all(w > 0 for w in weights) and sum(weights) == 100
    try:
        allocate(CostItem("x", 1000, rule), parties)
    except ValidationFailed as exc:
        assert not valid
        found = {i.code for i in exc.issues}
        assert found <= {ErrorCode.WEIGHT_NOT_POSITIVE, ErrorCode.WEIGHTS_NOT_100}
        if all(w > 0 for w in weights):
            assert found == {ErrorCode.WEIGHTS_NOT_100}
    else:
        assert valid


# --- permutation invariance ------------------------------------------------------------------------


def permuted(parties: tuple[Party, ...], order: list[int]) -> tuple[Party, ...]:
    return tuple(parties[i] for i in order)


@given(cases(), st.randoms(use_true_random=False))
def test_reordering_parties_permutes_the_shares_except_for_ties(
    case: tuple[CostItem, tuple[Party, ...], str],
    rnd,  # noqa: ANN001
) -> None:
    """Exactly: with the lead_party rule the split does not depend on the order (but for the half_up
    case where the lead cannot give back enough; then ties among the others go by listed order).
    Otherwise only a tie decided by listed order can move: under largest_remainder, between parties
    whose exact parts have the same fraction (the unit goes to the one listed first); under
    largest_share, between parties with the same (largest) base."""
    item, parties, lead = case
    order = list(range(len(parties)))
    rnd.shuffle(order)
    before = allocate(item, parties, lead=lead)
    after = allocate(item, permuted(parties, order), lead=lead)
    new_position = {i: k for k, i in enumerate(order)}
    remainder = item.rule.remainder
    for c, (exact, column) in enumerate(zip(exact_parts(before), before.by_component, strict=True)):
        moved = [after.by_component[c][new_position[i]] for i in range(len(parties))]
        if remainder is RemainderRule.LEAD_PARTY:
            rounded = [rounded_part(e, item.rule.rounding) for e in exact]
            li = next(k for k, p in enumerate(parties) if p.id == lead)
            if rounded[li] + before.component_amounts[c] - sum(rounded) >= 0:
                assert moved == list(column)
            else:  # the lead cannot give back enough: the others do, and ties there go by listed order
                assert moved[li] == column[li] == 0
                rest = [e - r for e, r in zip(exact, rounded, strict=True)]
                assert all(moved[k] == column[k] for k in range(len(parties)) if rest.count(rest[k]) == 1)
            continue
        if remainder is RemainderRule.LARGEST_SHARE:
            largest = max(exact)
            if sum(1 for e in exact if e == largest) == 1:
                assert moved == list(column)
            else:  # the same units, but the one bearing the remainder is the first listed of the largest
                assert sorted(moved) == sorted(column)
                tied = [i for i, e in enumerate(exact) if e == largest]
                first_before = min(tied)
                first_after = min(tied, key=new_position.__getitem__)
                assert moved[first_after] == column[first_before]
            continue
        # largest remainder: every party gets floor or floor + 1 of its exact part either way
        floors = [e.numerator // e.denominator for e in exact]
        extra_before = [x - f for x, f in zip(column, floors, strict=True)]
        extra_after = [x - f for x, f in zip(moved, floors, strict=True)]
        assert set(extra_before) <= {0, 1} and set(extra_after) <= {0, 1}
        fraction = [e - f for e, f in zip(exact, floors, strict=True)]
        for value in set(fraction):
            group = [i for i, f in enumerate(fraction) if f == value]
            if len(group) == 1:
                assert extra_after[group[0]] == extra_before[group[0]]
                continue
            # a tie: as many units as before, going to the parties listed first in each order
            units = sum(extra_before[i] for i in group)
            assert sum(extra_after[i] for i in group) == units
            assert [i for i in sorted(group) if extra_before[i]] == sorted(group)[:units]
            by_new_order = sorted(group, key=new_position.__getitem__)
            assert [i for i in by_new_order if extra_after[i]] == by_new_order[:units]
    assert sum(after.amounts) == sum(before.amounts)


# --- monotonicity ----------------------------------------------------------------------------------


@given(cases(), st.data())
def test_a_larger_base_figure_never_lowers_that_partys_part_of_the_component(
    case: tuple[CostItem, tuple[Party, ...], str], data: st.DataObject
) -> None:
    """Holds for every rounding and remainder rule except one (docs/sharing.md): under half_up with
    largest_share, the party that becomes the largest also takes over a negative remainder, and can pay
    one unit less than before. That case is the next test."""
    item, parties, lead = case
    assume(
        not (item.rule.rounding is Rounding.HALF_UP and item.rule.remainder is RemainderRule.LARGEST_SHARE)
    )
    figure_components = [c for c, comp in enumerate(item.rule.components) if comp.basis in FIGURE_BASES]
    assume(figure_components)
    c = data.draw(st.sampled_from(figure_components))
    i = data.draw(st.integers(0, len(parties) - 1))
    name = item.rule.components[c].figure
    increase = Decimal(data.draw(st.integers(1, 10**6)))
    old = parties[i].figures[name]
    bigger = replace(
        parties[i], figures={**parties[i].figures, name: replace(old, value=old.value + increase)}
    )
    grown = parties[:i] + (bigger,) + parties[i + 1 :]
    before = allocate(item, parties, lead=lead).by_component[c][i]
    after = allocate(item, grown, lead=lead).by_component[c][i]
    assert after >= before


def test_half_up_with_largest_share_can_lower_the_new_largest_by_one_unit() -> None:
    def split(b: int) -> list[int]:
        return apportion(
            10, [b, 100, 100, 100], rounding=Rounding.HALF_UP, remainder=RemainderRule.LARGEST_SHARE
        )

    # 100:100:100:100 of 10: 2.5 each rounds to 3 (12); the first listed gives back 2 → 1, 3, 3, 3.
    # With 99 the first is not the largest: 2.49 → 2, the others 2.51 → 3 (11); the second gives back 1.
    assert split(99) == [2, 2, 3, 3]
    assert split(100) == [1, 3, 3, 3]


# --- the exact arithmetic itself -------------------------------------------------------------------


@given(
    st.integers(0, 10**12),
    st.lists(st.integers(0, 10**9), min_size=1, max_size=12).filter(any),
    st.sampled_from(Rounding),
    st.sampled_from(RemainderRule),
    st.data(),
)
def test_apportion_adds_up_and_stays_near_the_exact_parts(
    amount: int, bases: list[int], rounding: Rounding, remainder: RemainderRule, data: st.DataObject
) -> None:
    lead = data.draw(st.integers(0, len(bases) - 1))
    shares = apportion(amount, bases, rounding=rounding, remainder=remainder, lead_index=lead)
    assert sum(shares) == amount and min(shares) >= 0
    total = sum(bases)
    exact = [Fraction(amount * b, total) for b in bases]
    if remainder is RemainderRule.LARGEST_REMAINDER:
        assert all(abs(s - e) < 1 for s, e in zip(shares, exact, strict=True))
        assert shares == apportion(amount, bases, rounding=Rounding.FLOOR)  # rounding does not matter
    else:  # everyone but the one bearing the remainder got their rounded exact part
        target = lead if remainder is RemainderRule.LEAD_PARTY else bases.index(max(bases))
        rounded = [
            e.numerator // e.denominator
            if rounding is Rounding.FLOOR
            else int((e + Fraction(1, 2)).__floor__())
            for e in exact
        ]
        if rounded[target] + amount - sum(rounded) >= 0:
            assert all(s == r for k, (s, r) in enumerate(zip(shares, rounded, strict=True)) if k != target)
