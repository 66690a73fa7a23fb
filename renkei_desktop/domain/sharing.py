"""Sharing of costs and workload (負担金・人工) among parties by a weighted rule, exact to the yen."""

from __future__ import annotations

import math
import struct
import threading
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from enum import StrEnum
from itertools import chain, compress, count, repeat
from operator import add, attrgetter, is_
from types import MappingProxyType
from typing import Any, NamedTuple

from .errors import ErrorCode, ValidationFailed, ValidationIssue

# Whole 円 as int, 人工 as a Decimal with two places (see UNIT_PLACES). Never float.
Amount = int | Decimal


class Basis(StrEnum):
    """How one component of a rule is split (the 〜割 of a 規約)."""

    EQUAL = "equal"  # 均等割 (= 平等割 = 基本割); optional per-party weights (a 町 counting as half a 市)
    POPULATION = "population"  # 人口割 (住民基本台帳 or 国勢調査: the figure's source says which)
    ELDERLY_POPULATION = "elderly_population"  # 高齢者人口割
    USAGE = "usage"  # 利用割・実績割 (搬入量, 処理量, 審査件数, 入所児童数 ...)
    STAFF = "staff"  # 職員数割
    STANDARD_FISCAL_NEED = "standard_fiscal_need"  # 基準財政需要額割
    HOST_PAYS = "host_pays"  # 施設所在市町村負担: the host party pays the whole component
    AGREED = "agreed"  # 協議により別に定める: percentages agreed per party
    # 定額: fixed amounts per party, deducted before the weighted components (SharingRule.fixed).
    # Never a weighted component itself; the value names that part of a result.
    FIXED = "fixed"


# Bases split in proportion to a figure each party carries (Party.figures).
FIGURE_BASES = frozenset(
    {Basis.POPULATION, Basis.ELDERLY_POPULATION, Basis.USAGE, Basis.STAFF, Basis.STANDARD_FISCAL_NEED}
)


class Unit(StrEnum):
    YEN = "yen"  # 円, whole
    PERSON_YEARS = "person_years"  # 人工, to 0.01


class Rounding(StrEnum):
    """How each party's exact part of a component is first rounded to the unit."""

    FLOOR = "floor"  # 切り捨て
    HALF_UP = "half_up"  # 四捨五入


class RemainderRule(StrEnum):
    """Who gets (or gives back) the units rounding left over, so that the parts add up exactly."""

    LARGEST_REMAINDER = "largest_remainder"  # 端数の大きい団体から順に1円ずつ (ties: listed first)
    LEAD_PARTY = "lead_party"  # 端数は幹事団体の負担
    LARGEST_SHARE = "largest_share"  # 端数は負担額の最も大きい団体の負担 (ties: listed first)


UNIT_PLACES: dict[Unit, int] = {Unit.YEN: 0, Unit.PERSON_YEARS: 2}
# Above these an amount is a typing error: 10兆円 (as for duties), 100万人工.
MAX_AMOUNT: dict[Unit, int] = {Unit.YEN: 10**13, Unit.PERSON_YEARS: 10**6}
_MAX_YEN = MAX_AMOUNT[Unit.YEN]
WEIGHT_TOTAL = 100  # percent
# Weights, percentages and base figures take at most this many decimals; all of them are scaled by
# 10**MAX_PLACES to integers, so every split below is integer arithmetic, exact and fast.
MAX_PLACES = 6
MAX_FIGURE = 10**15

_SCALE = 10**MAX_PLACES
_WEIGHTS_SCALED = WEIGHT_TOTAL * _SCALE
# Enum members as module constants for the hot path: in Python 3.11 reading Class.MEMBER costs about
# ten times a global lookup, and every component of every allocation reads several.
_FLOOR = Rounding.FLOOR
_LARGEST_REMAINDER = RemainderRule.LARGEST_REMAINDER
_LEAD_PARTY = RemainderRule.LEAD_PARTY
_LARGEST_SHARE = RemainderRule.LARGEST_SHARE
_YEN = Unit.YEN
_BASES = {b.value: b for b in Basis}
_ROUNDINGS = {r.value: r for r in Rounding}
_REMAINDERS = {r.value: r for r in RemainderRule}
_UNITS = {u.value: u for u in Unit}
_PARTY_ID = attrgetter("id")
_NEW = object.__new__
_SET = object.__setattr__


@dataclass(frozen=True)
class BaseFigure:
    """One party's figure for a basis (人口 409,118 as of 2024-01-01 from 住民基本台帳), kept for audit."""

    value: Decimal
    reference_date: date
    source: str

    def __post_init__(self) -> None:
        # The exact integer forms the engine splits by, worked out once here rather than in every
        # allocation that reads the figure (10,000 plans in 100 ms). None: not usable; the checked
        # path of allocate() then names the problem.
        scaled = _scaled_or_none(self.value)
        object.__setattr__(self, "_scaled", scaled)
        object.__setattr__(
            self, "_whole", scaled // _SCALE if scaled is not None and not scaled % _SCALE else None
        )


@dataclass(frozen=True)
class Party:
    """A party to the sharing (構成団体), usually keyed by its 全国地方公共団体コード.

    ``figures`` maps a figure name (a basis value such as ``"population"``, or a component's
    ``measure`` such as ``"搬入量"``) to the party's figure.
    """

    id: str
    name: str = ""
    figures: Mapping[str, BaseFigure] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # A read-only copy: a caller's dict changed later must not change a frozen party.
        figures = dict(self.figures)
        object.__setattr__(self, "figures", MappingProxyType(figures))
        # The fast path's lookups, made once per party rather than once per allocation: figure name →
        # the figure as a whole number, and → scaled by 10**MAX_PLACES; only usable figures are listed
        # (a missing name sends the allocation to the checked path, which names the problem).
        wholes: dict[str, int] = {}
        scaled: dict[str, int] = {}
        for name, figure in figures.items():
            if isinstance(figure, BaseFigure) and figure._scaled is not None:  # type: ignore[attr-defined]
                scaled[name] = figure._scaled  # type: ignore[attr-defined]
                if figure._whole is not None:  # type: ignore[attr-defined]
                    wholes[name] = figure._whole  # type: ignore[attr-defined]
        object.__setattr__(self, "_wholes", wholes)
        object.__setattr__(self, "_scaled", scaled)


@dataclass(frozen=True)
class Component:
    """One weighted part of a rule: ``weight`` percent of the amount, split by ``basis``.

    ``measure`` names the figure a figure basis uses when it is not the basis's own (``"搬入量"`` for
    利用割, ``"census_population"`` for 国勢調査人口); two components of one basis need different measures.
    ``host`` is for HOST_PAYS. ``party_weights`` is for EQUAL: a party not listed counts 1.
    ``percentages`` is for AGREED: every party's agreed percent, adding up to 100.
    """

    basis: Basis
    weight: Decimal | int
    measure: str = ""
    host: str | None = None
    party_weights: Mapping[str, Decimal | int] = field(default_factory=dict)
    percentages: Mapping[str, Decimal | int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "party_weights", MappingProxyType(dict(self.party_weights)))
        object.__setattr__(self, "percentages", MappingProxyType(dict(self.percentages)))
        weight = _scaled_or_none(self.weight)
        object.__setattr__(self, "_weight", weight if weight else None)  # a weight must be > 0

    @property
    def figure(self) -> str:
        """The name of the figure this component reads from each party (FIGURE_BASES only)."""
        return self.measure or str(self.basis)


@dataclass(frozen=True)
class SharingRule:
    """Weighted components adding up to 100%, after ``fixed`` amounts per party (定額) are taken out."""

    components: tuple[Component, ...]
    fixed: Mapping[str, Amount] = field(default_factory=dict)
    rounding: Rounding = Rounding.FLOOR
    remainder: RemainderRule = RemainderRule.LARGEST_REMAINDER

    def __post_init__(self) -> None:
        # Read-only copies, so that the checks done once below stay true for the rule's lifetime.
        object.__setattr__(self, "components", tuple(self.components))
        object.__setattr__(self, "fixed", MappingProxyType(dict(self.fixed)))
        object.__setattr__(self, "_fast", _fast_form(self))


@dataclass(frozen=True)
class SpecificRevenue:
    """特定財源 (国庫補助金, 県補助金, 使用料 ...): deducted from the total before it is shared."""

    name: str
    amount: Amount


@dataclass(frozen=True)
class CostItem:
    """A cost item (建設費, 運営費, 公債費 ...) or a workload, with its own rule."""

    name: str
    total: Amount
    rule: SharingRule
    specific_revenues: tuple[SpecificRevenue, ...] = ()
    unit: Unit = Unit.YEN

    def __post_init__(self) -> None:
        object.__setattr__(self, "specific_revenues", tuple(self.specific_revenues))
        object.__setattr__(self, "_view", _item_view(self))


def _item_view(item: CostItem) -> bytes | None:
    """What a batch split reads of an item and of its rule, as int64s in one bytes object made with the
    item: the items of a batch are far apart in memory, and reading each of their objects costs more
    than what is done with it. The total, the number of 特定財源 and each amount, then the rule's part
    (_FastForm.packed). None where the fast path cannot take the item whatever its parties: a rule it
    does not take, a unit other than yen, a total or an amount that is not an int (or beyond 64 bits).
    Nothing else is checked here: the batch checks the values (allocate_many, SplitBatch)."""
    form = getattr(item.rule, "_fast", None)
    if form is None or item.unit is not _YEN or type(item.total) is not int:
        return None
    amounts = [revenue.amount for revenue in item.specific_revenues]
    if not all(type(amount) is int for amount in amounts):
        return None
    try:
        return struct.pack(f"{2 + len(amounts)}q", item.total, len(amounts), *amounts) + form.packed
    except struct.error:  # beyond 64 bits
        return None


@dataclass(frozen=True)
class FigureUse:
    """A base figure that entered a result: which party, which figure, its value, date and source."""

    party: str
    basis: Basis
    figure: str
    value: Decimal
    reference_date: date
    source: str


@dataclass(frozen=True)
class PartyShare:
    party: str
    amount: Amount  # what the party bears for the item
    fixed: Amount
    by_component: tuple[Amount, ...]  # in the rule's component order; fixed + these = amount


class _FromBatch:
    """An Allocation field that an allocation made by a batch split (allocate_many) reads from its batch
    when the field is first read, and keeps.

    The batch computes every split at once, and what a portfolio of 10,000 plans reads is each party's
    amount: such an allocation is made with ``amounts`` and its place in the batch (``_batch``,
    ``_index``) only, which costs a third of setting every field and leaves the garbage collector one
    small object to visit. The first read of any other field takes it from the batch (building the
    explanation tuples, component_amounts and by_component, as allocate() makes them) and stores it in
    the object. A field an allocation holds itself, as every allocation made by allocate() or by
    Allocation(...) does, is read directly: this descriptor has no __set__, so the object's own value
    comes first. To dataclasses each is an ordinary field without a default: __init__, ==, repr,
    replace() and copy all see the values."""

    __slots__ = ("name",)

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            raise AttributeError(self.name)  # read on the class: the field has no default
        try:
            batch: _Batch = obj._batch  # type: ignore[attr-defined]
        except AttributeError:  # not made by a batch and not yet initialised
            raise AttributeError(self.name) from None
        index: int = obj._index  # type: ignore[attr-defined]
        if self.name in _EXPLANATION:
            component_amounts, by_component = batch.explanation(index)
            _SET(obj, "component_amounts", component_amounts)
            _SET(obj, "by_component", by_component)
            return component_amounts if self.name == "component_amounts" else by_component
        value = batch.field(self.name, index)
        _SET(obj, self.name, value)
        return value


_EXPLANATION = frozenset({"component_amounts", "by_component"})


@dataclass(frozen=True)
class Allocation:
    """The split of one cost item. Columns and rows add up exactly:

    Σ component_amounts = net − Σ fixed, Σ by_component[c] = component_amounts[c], and
    Σ amounts = net = total − revenues.

    An allocation from allocate_many may take every field but ``amounts`` from its batch when the field
    is first read (_FromBatch); to its readers it is the same object.
    """

    item: CostItem = _FromBatch()  # type: ignore[assignment]
    parties: tuple[Party, ...] = _FromBatch()  # type: ignore[assignment]
    lead: str | None = _FromBatch()  # type: ignore[assignment]
    revenues: Amount = _FromBatch()  # type: ignore[assignment]
    net: Amount = _FromBatch()  # type: ignore[assignment]
    fixed: tuple[Amount, ...] = _FromBatch()  # type: ignore[assignment]  # per party
    component_amounts: tuple[Amount, ...] = _FromBatch()  # type: ignore[assignment]  # per component
    by_component: tuple[tuple[Amount, ...], ...] = _FromBatch()  # type: ignore[assignment]  # [comp][party]
    amounts: tuple[Amount, ...]  # per party, in the parties' order

    @property
    def apportioned(self) -> Amount:
        """What the weighted components split: the net total less the fixed amounts."""
        return self.net - sum(self.fixed)

    @property
    def shares(self) -> tuple[PartyShare, ...]:
        # Built on demand: most callers want only ``amounts`` and 10,000 plans must stay fast.
        return tuple(
            PartyShare(p.id, self.amounts[i], self.fixed[i], tuple(col[i] for col in self.by_component))
            for i, p in enumerate(self.parties)
        )

    def share_of(self, party: str) -> Amount:
        for p, amount in zip(self.parties, self.amounts, strict=True):
            if p.id == party:
                return amount
        raise KeyError(party)

    @property
    def figures_used(self) -> tuple[FigureUse, ...]:
        """The figures the split read, per component in order, then per party. Parties are frozen, so
        this is derived rather than copied."""
        used: list[FigureUse] = []
        for comp in self.item.rule.components:
            if comp.basis in FIGURE_BASES:
                name = comp.figure
                for p in self.parties:
                    f = p.figures[name]
                    used.append(FigureUse(p.id, comp.basis, name, f.value, f.reference_date, f.source))
        return tuple(used)


_ALLOCATION_FIELDS = tuple(f.name for f in fields(Allocation))
# CPython keeps the attribute names of a class's objects in one shared table, and stops adding names to
# it once many objects have been made; a name added later gives every object a dict of its own (one
# more object for the garbage collector, 10,000 times a batch). Name them all now, before any is made.
_probe = _NEW(Allocation)
for _name in (*_ALLOCATION_FIELDS, "_batch", "_index"):
    _SET(_probe, _name, None)
del _probe, _name


@dataclass(frozen=True)
class SharingSheet:
    """A 負担金算定表: parties with their figures, the lead party (幹事団体) and the items to share."""

    parties: tuple[Party, ...]
    items: tuple[CostItem, ...]
    lead: str | None = None
    title: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "parties", tuple(self.parties))
        object.__setattr__(self, "items", tuple(self.items))


@dataclass(frozen=True)
class SheetResult:
    sheet: SharingSheet
    allocations: tuple[Allocation, ...]

    def totals(self, unit: Unit = Unit.YEN) -> tuple[Amount, ...]:
        """Per party (in the sheet's order), the sum over every item in ``unit``."""
        sums: list[Amount] = [_zero(unit)] * len(self.sheet.parties)
        for allocation in self.allocations:
            if allocation.item.unit is unit:
                sums = [a + b for a, b in zip(sums, allocation.amounts, strict=True)]
        return tuple(sums)


# --- the exact split ------------------------------------------------------------------------------


def apportion(
    amount: int,
    bases: Sequence[int],
    *,
    rounding: Rounding = Rounding.FLOOR,
    remainder: RemainderRule = RemainderRule.LARGEST_REMAINDER,
    lead_index: int | None = None,
) -> list[int]:
    """Split ``amount`` whole units in proportion to ``bases``; the parts add up to ``amount`` exactly.

    ``bases`` are integers ≥ 0, not all zero (scale decimals to integers first). Party i's exact part is
    amount·bᵢ/Σb. It is rounded down (FLOOR) or half up (HALF_UP); then the units left over (or, after
    HALF_UP, taken too many) are settled by ``remainder``:

    - LARGEST_REMAINDER: one unit each to the parties with the largest fractional parts; ties go to the
      party listed first. This is the largest-remainder (Hamilton) method, and FLOOR and HALF_UP give
      the same split under it: rounding half up and then taking back from the parties rounded up the
      most (ties: listed last first) ends where flooring and handing out does.
    - LEAD_PARTY: all of it, plus or minus, to ``lead_index``.
    - LARGEST_SHARE: all of it to the party with the largest base (ties: listed first).

    Only HALF_UP on an amount of less than about half a unit per party can leave the lead or the largest
    party below zero; then it bears zero and the excess is taken back from the parties rounded up the
    most (ties: listed last first).
    """
    total = sum(bases)
    if amount < 0 or total <= 0 or min(bases) < 0:
        raise ValueError("apportion needs amount ≥ 0 and bases ≥ 0 with a positive sum")
    if remainder is RemainderRule.LEAD_PARTY and lead_index is None:
        raise ValueError("the lead_party remainder rule needs lead_index")
    return _apportion(amount, bases, total, rounding, remainder, lead_index)


def _largest_remainder(amount: int, bases: Sequence[int], total: int) -> list[int]:
    """Floor each exact part, then one unit more to the largest fractional parts (ties: listed first)."""
    shares = [amount * b // total for b in bases]
    left = amount - sum(shares)
    if left:
        # (exact − floor) × Σb: the fractional parts as integers over one denominator.
        rest = [amount * b % total for b in bases]
        if left == 1:  # index() finds the first of equal maxima, as the stable sort below would
            shares[rest.index(max(rest))] += 1
        else:  # sorted() is stable, also with reverse=True: equal remainders keep the listed order
            for i in sorted(range(len(bases)), key=rest.__getitem__, reverse=True)[:left]:
                shares[i] += 1
    return shares


def _apportion(
    amount: int,
    bases: Sequence[int],
    total: int,
    rounding: Rounding,
    remainder: RemainderRule,
    lead_index: int | None,
) -> list[int]:
    """apportion() without its argument checks: the hot loop of every allocation."""
    if remainder is _LARGEST_REMAINDER:
        return _largest_remainder(amount, bases, total)
    if rounding is _FLOOR:
        shares = [amount * b // total for b in bases]
    else:
        twice = total + total
        shares = [(2 * amount * b + total) // twice for b in bases]
    left = amount - sum(shares)
    if not left:
        return shares
    target = lead_index if remainder is _LEAD_PARTY else bases.index(max(bases))
    assert target is not None
    shares[target] += left
    if shares[target] < 0:
        deficit = -shares[target]
        shares[target] = 0
        rest = [amount * b - s * total for b, s in zip(bases, shares, strict=True)]
        order = sorted(range(len(bases) - 1, -1, -1), key=rest.__getitem__)
        while deficit:  # the others hold at least `deficit` units in all, so this ends
            for i in order:
                if deficit and shares[i] > 0:
                    shares[i] -= 1
                    deficit -= 1
    return shares


# --- validation helpers ---------------------------------------------------------------------------


def _zero(unit: Unit) -> Amount:
    return 0 if unit is Unit.YEN else Decimal("0.00")


def _to_amount(units: int, unit: Unit) -> Amount:
    if unit is Unit.YEN:
        return units
    return Decimal(units).scaleb(-UNIT_PLACES[unit])


def _exact(value: object) -> tuple[int, int] | None:
    """n/d of an int or a finite Decimal; None for anything else. A float is refused, never converted."""
    cls = type(value)
    if cls is int:
        return value, 1  # type: ignore[return-value]
    if cls is Decimal and value.is_finite():  # type: ignore[union-attr]
        return value.as_integer_ratio()  # type: ignore[union-attr]
    return None


def _units(value: object, unit: Unit, where: str, issues: list[ValidationIssue]) -> int | None:
    """An amount in the unit's quanta (円, or 0.01人工), or None after recording why not."""
    ratio = _exact(value)
    if ratio is None:
        issues.append(ValidationIssue(where, ErrorCode.NOT_A_NUMBER, {"value": str(value)}))
        return None
    places = UNIT_PLACES[unit]
    scaled = ratio[0] * 10**places
    if scaled % ratio[1]:
        code = ErrorCode.NOT_AN_INTEGER if places == 0 else ErrorCode.TOO_PRECISE
        issues.append(ValidationIssue(where, code, {"value": str(value), "places": str(places)}))
        return None
    units = scaled // ratio[1]
    if units < 0:
        issues.append(ValidationIssue(where, ErrorCode.NEGATIVE_AMOUNT, {"value": str(value)}))
        return None
    if units > MAX_AMOUNT[unit] * 10**places:
        issues.append(
            ValidationIssue(where, ErrorCode.TOO_LARGE, {"value": str(value), "max": str(MAX_AMOUNT[unit])})
        )
        return None
    return units


def _scaled(
    value: object, where: str, issues: list[ValidationIssue], *, positive: bool = False
) -> int | None:
    """A weight, percentage or base figure × 10**MAX_PLACES as an exact integer, or None after an issue."""
    ratio = _exact(value)
    if ratio is None:
        issues.append(ValidationIssue(where, ErrorCode.NOT_A_NUMBER, {"value": str(value)}))
        return None
    n, d = ratio
    if positive and n <= 0:
        issues.append(ValidationIssue(where, ErrorCode.WEIGHT_NOT_POSITIVE, {"value": str(value)}))
        return None
    if n < 0:
        issues.append(ValidationIssue(where, ErrorCode.NEGATIVE, {"value": str(value)}))
        return None
    if _SCALE % d:
        issues.append(
            ValidationIssue(where, ErrorCode.TOO_PRECISE, {"value": str(value), "places": str(MAX_PLACES)})
        )
        return None
    if n > MAX_FIGURE * d:
        issues.append(
            ValidationIssue(where, ErrorCode.TOO_LARGE, {"value": str(value), "max": str(MAX_FIGURE)})
        )
        return None
    return n * (_SCALE // d)


def _scaled_or_none(value: object) -> int | None:
    """What _scaled() gives for a usable value, without recording anything: None when it would not pass."""
    ratio = _exact(value)
    if ratio is None:
        return None
    n, d = ratio
    if n < 0 or _SCALE % d or n > MAX_FIGURE * d:
        return None
    return n * (_SCALE // d)


# Remainder rules as small integers, and markers, for batch kernels (allocate_many, SplitBatch).
MODE_LARGEST_REMAINDER, MODE_LEAD_PARTY, MODE_LARGEST_SHARE = 0, 1, 2
NO_LEAD, UNKNOWN, EQUAL_SHARES = -2, -1, -1
_MODES = {
    RemainderRule.LARGEST_REMAINDER: MODE_LARGEST_REMAINDER,
    RemainderRule.LEAD_PARTY: MODE_LEAD_PARTY,
    RemainderRule.LARGEST_SHARE: MODE_LARGEST_SHARE,
}


class _FastForm(NamedTuple):
    """A rule the fast paths can split without further checks: figure bases and plain 均等割 only."""

    figures: tuple[str | None, ...]  # per component: the figure name, None for 均等割
    weights: tuple[int, ...]  # in lowest terms: 10/50/40 is stored as 1/5/4 of 10
    weight_total: int
    rounding: Rounding
    remainder: RemainderRule
    # What a batch split reads of the rule (the end of CostItem's view), as int64s: the number of
    # components, the weight total, the remainder rule as MODE_*, whether parts are rounded half up
    # (HALF_UP under a rule other than LARGEST_REMAINDER, where it makes no difference: 1, else 0), and
    # per component its weight and its figure's number (_figure_number; EQUAL_SHARES for 均等割).
    packed: bytes


def _fast_form(rule: SharingRule) -> _FastForm | None:
    """The party-independent checks of a rule, done once when the rule is made; None sends every
    allocation by this rule through the checked path (which then also names any problem)."""
    rounding = _ROUNDINGS.get(rule.rounding)
    remainder = _REMAINDERS.get(rule.remainder)
    if rule.fixed or not rule.components or rounding is None or remainder is None:
        return None
    figures: list[str | None] = []
    weights: list[int] = []
    for comp in rule.components:
        basis = _BASES.get(comp.basis)
        weight = comp._weight  # type: ignore[attr-defined]
        if weight is None or comp.host is not None or comp.percentages or comp.party_weights:
            return None
        if basis in FIGURE_BASES:
            figures.append(comp.measure or str(basis))
        elif basis is Basis.EQUAL and not comp.measure:
            figures.append(None)
        else:
            return None
        weights.append(weight)
    keys = [(c.basis, f) for c, f in zip(rule.components, figures, strict=True)]
    if sum(weights) != _WEIGHTS_SCALED or len(set(keys)) != len(keys):
        return None
    # Small integers keep every product in the split below within a machine word or two.
    common = math.gcd(_WEIGHTS_SCALED, *weights)
    weights = [w // common for w in weights]
    mode = _MODES[remainder]
    numbers = [EQUAL_SHARES if f is None else _figure_number(f) for f in figures]
    half_up = rounding is not _FLOOR and mode != MODE_LARGEST_REMAINDER
    header = (len(weights), _WEIGHTS_SCALED // common, mode, int(half_up))
    comps = chain.from_iterable(zip(weights, numbers, strict=True))
    packed = struct.pack(f"{4 + 2 * len(weights)}q", *header, *comps)
    return _FastForm(tuple(figures), tuple(weights), _WEIGHTS_SCALED // common, rounding, remainder, packed)


# Figure names numbered for batch kernels, once per process: a handful (the bases, and measures such
# as 搬入量). SplitBatch.figures holds the numbers; _FIGURE_NAMES[number] is the name.
_FIGURE_NUMBERS: dict[str, int] = {}
_FIGURE_NAMES: list[str] = []
_FIGURE_LOCK = threading.Lock()


def _figure_number(name: str) -> int:
    number = _FIGURE_NUMBERS.get(name)
    if number is None:
        with _FIGURE_LOCK:
            number = _FIGURE_NUMBERS.get(name)
            if number is None:
                _FIGURE_NAMES.append(name)
                number = _FIGURE_NUMBERS[name] = len(_FIGURE_NAMES) - 1
    return number


def _scaled_text(scaled: int) -> str:
    """A sum of scaled weights as people write it: 95, 99.5."""
    whole, frac = divmod(scaled, _SCALE)
    return str(whole) if not frac else f"{whole}.{frac:0{MAX_PLACES}d}".rstrip("0")


def _units_text(units: int, unit: Unit) -> str:
    return str(_to_amount(units, unit))


# --- allocation -----------------------------------------------------------------------------------


def allocate(
    item: CostItem, parties: Sequence[Party], *, lead: str | None = None, path: str = ""
) -> Allocation:
    """Split one cost item among ``parties`` by its rule. Raises ValidationFailed naming every problem.

    Issue fields are paths in the JSON format of docs/sharing.md: ``{path}total``,
    ``{path}rule.components[1].weight``, ``parties[2].figures.population``, ``lead``. A missing base
    figure is an error, never taken as zero. For many items at once, allocate_many.
    """
    if type(parties) is not tuple:
        parties = tuple(parties)
    fast = _allocate_fast(item, parties, lead)
    return fast if fast is not None else _allocate_checked(item, parties, lead, path)


def _allocate_fast(item: CostItem, parties: tuple[Party, ...], lead: str | None) -> Allocation | None:
    """The common case, with cheap checks only: whole yen as int, a rule of figure bases and plain 均等割
    (checked when the rule was made), every figure present and usable (checked when it was made).
    None whenever anything is unusual: the checked path then decides, and names any problem.
    Gives exactly what the checked path gives (tests/domain/test_sharing_properties.py).

    One split at a time (a plan's page, the CLI): the splits by largest remainder are written out here
    rather than called (_largest_remainder), and each party's figures are read from the integer
    lookups its constructor made (Party._wholes / Party._scaled), not through its figures mapping.
    Many splits at once go through allocate_many and a kernel, which must give exactly this
    (tests/services/test_shares_batch.py)."""
    form: _FastForm | None = item.rule._fast  # type: ignore[attr-defined]
    total = item.total
    if form is None or item.unit is not _YEN or type(total) is not int or not 0 <= total <= _MAX_YEN:
        return None
    net = total
    for revenue in item.specific_revenues:
        amount = revenue.amount
        if type(amount) is not int or amount < 0:
            return None
        net -= amount
    ids = list(map(_PARTY_ID, parties))
    n = len(ids)
    unique = set(ids)
    if net < 0 or not n or len(unique) != n or "" in unique or None in unique:
        return None
    remainder = form.remainder
    if lead is None:
        if remainder is _LEAD_PARTY:
            return None
        lead_index = None
    elif lead in unique:
        lead_index = ids.index(lead)
    else:
        return None
    weight_total = form.weight_total
    part_units = [net * w // weight_total for w in form.weights]
    if net - sum(part_units):
        part_units = _largest_remainder(net, form.weights, weight_total)
    largest_remainder = remainder is _LARGEST_REMAINDER
    floor = form.rounding is _FLOOR
    # Where a remainder rule puts what rounding left over: the lead, or (LARGEST_SHARE) the party
    # with the largest base, found per component below.
    target = lead_index if remainder is _LEAD_PARTY else None
    columns = []
    for name, amount in zip(form.figures, part_units, strict=True):
        if name is None:
            # 均等割 in closed form: what _apportion gives for n equal bases (the first `left` parties
            # get one unit more; or all of it to the lead, or to the first listed).
            if largest_remainder or floor:
                each, left = divmod(amount, n)
                if largest_remainder:
                    columns.append((each + 1,) * left + (each,) * (n - left) if left else (each,) * n)
                    continue
            else:
                each = (amount + amount + n) // (n + n)  # half up
                left = amount - each * n
            column = [each] * n
            index = 0 if target is None else target
            column[index] += left
            if column[index] < 0:  # half up on less than half a unit a party: the general rule
                column = _apportion(amount, [1] * n, n, form.rounding, remainder, lead_index)
            columns.append(tuple(column))
            continue
        try:
            bases = [p._wholes[name] for p in parties]  # type: ignore[attr-defined]
        except (KeyError, AttributeError):
            try:  # decimals: the scaled form, exact for every usable figure
                bases = [p._scaled[name] for p in parties]  # type: ignore[attr-defined]
            except (KeyError, AttributeError):
                return None
        base_total = sum(bases)
        if not base_total:
            return None
        # _largest_remainder / _apportion written out: this loop runs for every component of every plan
        if floor or largest_remainder:  # under LARGEST_REMAINDER, HALF_UP ends where FLOOR does
            column = [amount * b // base_total for b in bases]
        else:
            twice, doubled = base_total + base_total, amount + amount
            column = [(doubled * b + base_total) // twice for b in bases]
        left = amount - sum(column)
        if left:
            if largest_remainder:
                rest = [amount * b % base_total for b in bases]
                if left == 1:  # index() finds the first of equal maxima, as the stable sort would
                    column[rest.index(max(rest))] += 1
                else:
                    for i in sorted(range(n), key=rest.__getitem__, reverse=True)[:left]:
                        column[i] += 1
            else:
                index = bases.index(max(bases)) if target is None else target
                column[index] += left
                if column[index] < 0:  # half up on less than half a unit a party: the general rule
                    column = _apportion(amount, bases, base_total, form.rounding, remainder, lead_index)
        columns.append(tuple(column))
    amounts = columns[0]
    for column in columns[1:]:  # map(add) runs in C: a third of the time of summing zipped rows
        amounts = tuple(map(add, amounts, column))
    return _new_allocation(
        item, parties, lead, total - net, net, (0,) * n, tuple(part_units), tuple(columns), amounts
    )


def _new_allocation(
    item: CostItem,
    parties: tuple[Party, ...],
    lead: str | None,
    revenues: Amount,
    net: Amount,
    fixed: tuple[Amount, ...],
    component_amounts: tuple[Amount, ...],
    by_component: tuple[tuple[Amount, ...], ...],
    amounts: tuple[Amount, ...],
) -> Allocation:
    """Allocation(...) as its frozen __init__ makes it, at a third of the cost: that __init__ sets each
    of the nine fields through object.__setattr__, a tenth of the time of a whole allocation."""
    allocation = _NEW(Allocation)
    values = allocation.__dict__
    values["item"] = item
    values["parties"] = parties
    values["lead"] = lead
    values["revenues"] = revenues
    values["net"] = net
    values["fixed"] = fixed
    values["component_amounts"] = component_amounts
    values["by_component"] = by_component
    values["amounts"] = amounts
    return allocation


# --- many at once ---------------------------------------------------------------------------------


class SplitBatch(NamedTuple):
    """Many splits as flat integer columns, for a batch kernel (allocate_many, SplitKernel).

    A *plan* is one request (its item has a view, CostItem._view, and it has at least one party); a
    *component* one weighted component of its rule; a *slot* one of its parties, in the listed order.
    Each plan's numbers are its item's view, as int64s, one after the other in ``rows``: the total, the
    number of 特定財源 and each amount, the number of components, the weight total, the remainder rule
    (MODE_*), 1 if parts are rounded half up (else 0), and per component its weight and its figure's
    number (EQUAL_SHARES for 均等割). Parties are numbered once per batch (``slots`` point into
    ``codes``), so that a party in many plans is read once. A kernel asks ``figure_values(figure,
    parties, scaled)`` for the figures it needs: per party of ``parties`` (party numbers; None for every
    party) its figure if whole (else UNKNOWN), or with ``scaled`` its figure × 10**MAX_PLACES (UNKNOWN if
    unusable)."""

    rows: bytes  # the plans' numbers, as above
    row_sizes: Sequence[int]  # per plan: the size of its numbers in ``rows``, in bytes
    sizes: Sequence[int]  # per plan: the number of its parties, ≥ 1
    leads: Sequence[int]  # per plan: the lead's code; NO_LEAD for none, UNKNOWN for one no party has
    slots: Sequence[int]  # per slot: the party's number in this batch
    codes: Sequence[int]  # per party: its id as a number (equal ids, equal numbers); UNKNOWN for "" or None
    figure_values: Callable[[int, Sequence[int] | None, bool], Sequence[int]]


class SplitResult(NamedTuple):
    """What a batch kernel returns. Every sequence yields Python ints (a list, an array("q"), a
    memoryview of int64s), in whatever order the kernel finds convenient: the starts say where."""

    parts: Sequence[int]  # per component: its amount, the net split by the weights
    comp_starts: Sequence[int]  # per plan: where its components begin in ``parts`` and ``starts``
    shares: Sequence[int]  # per component, its parties' parts, in the listed order
    starts: Sequence[int]  # per component: where its parties' parts begin in ``shares``
    amounts: Sequence[int]  # per plan, its parties' amounts (the sum of their parts), in the listed order
    amount_starts: Sequence[int]  # per plan: where its parties' amounts begin in ``amounts``
    ok: Sequence[bool]  # per plan: False where the kernel did not split it (allocate() then does)


# A kernel marks a plan ok only where _allocate_fast would split it, and then gives exactly its split:
#  - ok needs: 0 ≤ total ≤ MAX_AMOUNT[YEN]; every 特定財源 0 ≤ amount ≤ MAX_AMOUNT[YEN] and the net
#    (total − their sum) ≥ 0; its parties' codes known and distinct; no lead (NO_LEAD) unless the mode
#    is MODE_LEAD_PARTY, or a lead whose code is a party's (the lead index); for each figure
#    component, every party's whole figure known (those are the bases), or else every party's scaled
#    one (figure_values); a positive total of the bases of each component; the arithmetic exact (say
#    in 64 bits, or not ok).
#  - parts: the net split by the weights: each ⌊net·w/W⌋, then one more to each of the largest
#    remainders net·w mod W (ties: listed first) until they add up to the net.
#  - per component, with amount a and bases b (均等割: every b = 1; T = Σb): each party ⌊a·b/T⌋, plus
#    one where half_up and 2·(a·b mod T) ≥ T; what is left over (a − Σ) goes, under
#    MODE_LARGEST_REMAINDER, one each to the largest remainders a·b mod T (ties: listed first); under
#    MODE_LEAD_PARTY all to the lead; under MODE_LARGEST_SHARE all to the first party with the largest
#    base. A party left below zero by that (half up on a tiny amount) is not ok.
#  - amounts: per party the sum of its parts.
SplitKernel = Callable[[SplitBatch], SplitResult]

BATCH_MINIMUM = 64  # allocate_many splits fewer requests one by one: a kernel call has a fixed cost
# ... and a batch whose Party objects are used fewer times than this each, on average (each plan with
# parties of its own, as when rules carry their own figures): allocate() reads them faster plan by plan.
SHARING_MINIMUM = 2
_ZEROS = [(0,) * n for n in range(65)]


class _Batch:
    """What a batch split computed, kept compact: each allocation of the batch reads its fields from
    here when they are first read (_FromBatch)."""

    __slots__ = ("items", "parties", "leads", "sizes", "parts", "comp_starts", "shares", "starts")

    def __init__(
        self,
        items: Sequence[CostItem],
        parties: Sequence[tuple[Party, ...]],
        leads: Sequence[str | None],
        sizes: Sequence[int],
        result: SplitResult,
    ) -> None:
        self.items, self.parties, self.leads = items, parties, leads  # per allocation
        self.sizes = sizes  # per allocation: its number of parties
        self.parts, self.comp_starts = result.parts, result.comp_starts
        self.shares, self.starts = result.shares, result.starts

    def field(self, name: str, index: int) -> Any:
        if name == "item":
            return self.items[index]
        if name == "parties":
            return self.parties[index]
        if name == "lead":
            return self.leads[index]
        if name == "fixed":
            n = self.sizes[index]
            return _ZEROS[n] if n <= 64 else (0,) * n
        item = self.items[index]  # revenues or net: the whole yen the kernel split
        revenues = sum(revenue.amount for revenue in item.specific_revenues)
        return revenues if name == "revenues" else item.total - revenues

    def explanation(self, index: int) -> tuple[tuple[int, ...], tuple[tuple[int, ...], ...]]:
        """(component_amounts, by_component) of the allocation at ``index``."""
        first = self.comp_starts[index]
        last = first + len(self.items[index].rule.components)
        n, shares = self.sizes[index], self.shares
        columns = tuple(tuple(shares[start : start + n]) for start in self.starts[first:last])
        return tuple(self.parts[first:last]), columns


def allocate_many(
    requests: Iterable[tuple[CostItem, Sequence[Party], str | None]],
    *,
    paths: Sequence[str] | None = None,
    kernel: SplitKernel | None = None,
) -> list[Allocation | ValidationFailed]:
    """Split many cost items: for each ``(item, parties, lead)`` what ``allocate(item, parties, lead=lead,
    path=paths[k])`` gives, except that a problem is returned as its ValidationFailed instead of raised.

    With a ``kernel`` (services.shares has one over NumPy), the requests the fast path takes are read
    into flat integer columns (SplitBatch) without a Python loop per request, and split in one call;
    the results are the same Allocations, to the yen. Their explanation fields (component_amounts,
    by_component) are then built when first read; the amounts are made at once. Every other request,
    and any the kernel leaves, goes through allocate()."""
    requests = requests if type(requests) is list else list(requests)
    results: list[Any] = [None] * len(requests)
    if kernel is not None and len(requests) >= BATCH_MINIMUM:
        _allocate_batch(requests, kernel, results)
    for k, result in enumerate(results):
        if result is None:  # allocate(), written out
            item, parties, lead = requests[k]
            if type(parties) is not tuple:
                parties = tuple(parties)
            try:
                results[k] = _allocate_fast(item, parties, lead) or _allocate_checked(
                    item, parties, lead, paths[k] if paths is not None else ""
                )
            except ValidationFailed as exc:
                results[k] = exc
    return results


_ITEM_VIEW = attrgetter("_view")
_PARTY_PARTS = attrgetter("id", "_wholes", "_scaled")
_consume = deque(maxlen=0).extend  # runs an iterator in C, keeping nothing


def _allocate_batch(
    requests: list[tuple[CostItem, Sequence[Party], str | None]], kernel: SplitKernel, results: list[Any]
) -> None:
    """Fill ``results`` for the requests the kernel splits; the others are left None."""
    try:
        read = _read_batch(requests)
    except (TypeError, AttributeError, ValueError):
        # Something no real request has (an unhashable id, a party that is not a Party, a request that
        # is not a triple): allocate() meets it one request at a time, and says what.
        return
    if read is None:
        return
    batch, keys, items, parties_of, leads, sizes = read
    result = kernel(batch)
    del batch, read  # the figures read for the kernel: no longer needed
    store = _Batch(items, parties_of, leads, sizes, result)
    amounts, starts = tuple(result.amounts), list(result.amount_starts)
    own = map(amounts.__getitem__, map(slice, starts, map(add, starts, sizes)))
    # Allocation(...) without its __init__, by passes in C: each gets its amounts and its place in the
    # batch; the other fields come from the batch when first read (_FromBatch). object.__setattr__
    # keeps them in the object (no __dict__ made): one small object for the garbage collector.
    made = list(map(_NEW, repeat(Allocation, len(sizes))))
    _consume(map(_SET, made, repeat("_batch"), repeat(store)))
    _consume(map(_SET, made, repeat("_index"), count()))
    _consume(map(_SET, made, repeat("amounts"), own))
    ok = result.ok
    if type(keys) is range and all(ok):
        results[:] = made
    else:
        for key, allocation, good in zip(keys, made, ok, strict=True):
            if good:
                results[key] = allocation


def _read_batch(requests: list[tuple[CostItem, Sequence[Party], str | None]]) -> tuple[Any, ...] | None:
    """The requests the fast path may take, as a SplitBatch, with their indexes in ``requests`` and what
    their allocations keep (items, parties, leads, sizes); None to leave them all to allocate().

    Every step is one pass over a column in C (map, zip, chain): a Python loop per request would cost
    more than the split itself. Each request, item and distinct party is read once; a pass per column
    would read every row (far apart in memory) again, and zip(*rows) would make an iterator per row,
    10,000 objects for the garbage collector at once."""
    flat = list(chain.from_iterable(requests))
    if len(flat) != 3 * len(requests):
        raise ValueError("a request is not (item, parties, lead)")
    items, parties_of, leads = flat[0::3], flat[1::3], flat[2::3]
    views = list(map(_ITEM_VIEW, items))
    if not all(map(is_, map(type, parties_of), repeat(tuple))):
        parties_of = list(map(tuple, parties_of))
    sizes = list(map(len, parties_of))
    keys: Sequence[int] = range(len(requests))
    if not all(views) or not min(sizes):  # some request is unusual: keep those the fast path may take
        mask = [view is not None and size > 0 for view, size in zip(views, sizes, strict=True)]
        if not any(mask):
            return None
        keys = list(compress(keys, mask))
        items, parties_of, leads, views, sizes = (
            list(compress(column, mask)) for column in (items, parties_of, leads, views, sizes)
        )

    # Parties, numbered once per batch by identity; their ids numbered by equality (a code: any number,
    # the same for equal ids). Each distinct party is read once, all three attributes together.
    flat = list(chain.from_iterable(parties_of))
    identities = list(map(id, flat))
    distinct = dict(zip(identities, flat, strict=True))
    if SHARING_MINIMUM * len(distinct) > len(identities):
        # Parties hardly shared (each plan with Party objects of its own): reading every party's
        # figures column by column costs more than allocate() reading them plan by plan, where they
        # are at hand.
        return None
    number = dict(zip(distinct, count()))
    flat = list(chain.from_iterable(map(_PARTY_PARTS, distinct.values())))
    ids, whole_figures, scaled_figures = flat[0::3], flat[1::3], flat[2::3]
    code_of: dict[object, int] = {}
    codes = list(map(code_of.setdefault, ids, count()))
    lead_codes = list(map(code_of.get, leads, repeat(UNKNOWN)))
    if "" in code_of or None in code_of:  # not a usable id: allocate() says so
        unusable = {code_of.get(""), code_of.get(None)}
        codes = [UNKNOWN if code in unusable else code for code in codes]
        lead_codes = [UNKNOWN if code in unusable else code for code in lead_codes]
    if None in leads:
        lead_codes = [NO_LEAD if lead is None else code for lead, code in zip(leads, lead_codes, strict=True)]

    def figure_values(figure: int, which: Sequence[int] | None, scaled: bool) -> list[int]:
        """Per party (of ``which``, or every party) its figure, whole or scaled."""
        table = scaled_figures if scaled else whole_figures
        return list(
            map(
                dict.get,
                table if which is None else map(table.__getitem__, which),
                repeat(_FIGURE_NAMES[figure]),
                repeat(UNKNOWN),
            )
        )

    batch = SplitBatch(
        b"".join(views),
        list(map(len, views)),
        sizes,
        lead_codes,
        list(map(number.__getitem__, identities)),
        codes,
        figure_values,
    )
    return batch, keys, items, parties_of, leads, sizes


def _allocate_checked(item: CostItem, parties: tuple[Party, ...], lead: str | None, path: str) -> Allocation:
    """Every check, each problem recorded with its path; then the same split as the fast path."""
    issues: list[ValidationIssue] = []
    n = len(parties)
    index: dict[str, int] = {}
    for i, p in enumerate(parties):
        if not p.id:
            issues.append(ValidationIssue(f"parties[{i}].id", ErrorCode.REQUIRED))
        elif p.id in index:
            issues.append(ValidationIssue(f"parties[{i}].id", ErrorCode.DUPLICATE_PARTY, {"party": p.id}))
        else:
            index[p.id] = i
    if not n:
        issues.append(ValidationIssue("parties", ErrorCode.NO_PARTIES))
    if lead is not None and lead not in index:
        issues.append(ValidationIssue("lead", ErrorCode.LEAD_NOT_A_PARTY, {"party": str(lead)}))

    unit = _UNITS.get(item.unit)
    if unit is None:
        issues.append(ValidationIssue(f"{path}unit", ErrorCode.UNKNOWN_CHOICE, {"value": str(item.unit)}))
        raise ValidationFailed(issues)
    total = _units(item.total, unit, f"{path}total", issues)
    revenues: int | None = 0
    for j, revenue in enumerate(item.specific_revenues):
        units = _units(revenue.amount, unit, f"{path}specific_revenues[{j}].amount", issues)
        revenues = None if units is None or revenues is None else revenues + units
    net = None
    if total is not None and revenues is not None:
        if revenues > total:
            issues.append(
                ValidationIssue(
                    f"{path}specific_revenues",
                    ErrorCode.REVENUES_EXCEED_TOTAL,
                    {"revenues": _units_text(revenues, unit), "total": _units_text(total, unit)},
                )
            )
        else:
            net = total - revenues

    rule = item.rule
    rounding = _ROUNDINGS.get(rule.rounding)
    if rounding is None:
        issues.append(
            ValidationIssue(f"{path}rule.rounding", ErrorCode.UNKNOWN_CHOICE, {"value": str(rule.rounding)})
        )
    remainder = _REMAINDERS.get(rule.remainder)
    if remainder is None:
        issues.append(
            ValidationIssue(f"{path}rule.remainder", ErrorCode.UNKNOWN_CHOICE, {"value": str(rule.remainder)})
        )
    elif remainder is RemainderRule.LEAD_PARTY and lead is None:
        issues.append(ValidationIssue("lead", ErrorCode.REQUIRED, {"remainder": str(remainder)}))

    fixed = [0] * n
    fixed_ok = True
    for pid, value in rule.fixed.items():
        where = f"{path}rule.fixed.{pid}"
        units = _units(value, unit, where, issues)
        if units is None:
            fixed_ok = False
        elif pid not in index:
            issues.append(ValidationIssue(where, ErrorCode.UNKNOWN_PARTY, {"party": str(pid)}))
            fixed_ok = False
        else:
            fixed[index[pid]] = units

    weights: list[int] = []
    all_bases: list[list[int]] = []
    weights_ok = True
    seen: set[tuple[Basis, str]] = set()
    for ci, comp in enumerate(rule.components):
        cp = f"{path}rule.components[{ci}]"
        weight = _scaled(comp.weight, f"{cp}.weight", issues, positive=True)
        if weight is None:
            weights_ok = False
        else:
            weights.append(weight)
        bases = _component_bases(comp, cp, parties, index, issues)
        if bases is not None:
            all_bases.append(bases)
        basis = _BASES.get(comp.basis)
        if basis is not None:
            key = (basis, (comp.host or "") if basis is Basis.HOST_PAYS else comp.figure)
            if key in seen:
                issues.append(
                    ValidationIssue(
                        cp, ErrorCode.DUPLICATE_COMPONENT, {"basis": str(basis), "figure": key[1]}
                    )
                )
            seen.add(key)

    if weights_ok and rule.components and sum(weights) != WEIGHT_TOTAL * _SCALE:
        issues.append(
            ValidationIssue(
                f"{path}rule.components", ErrorCode.WEIGHTS_NOT_100, {"sum": _scaled_text(sum(weights))}
            )
        )
    if net is not None and fixed_ok:
        fixed_sum = sum(fixed)
        params = {"fixed": _units_text(fixed_sum, unit), "net": _units_text(net, unit)}
        if not rule.components:
            if not rule.fixed:
                issues.append(
                    ValidationIssue(f"{path}rule.components", ErrorCode.WEIGHTS_NOT_100, {"sum": "0"})
                )
            elif fixed_sum != net:
                issues.append(ValidationIssue(f"{path}rule.fixed", ErrorCode.FIXED_NOT_EQUAL_TOTAL, params))
        elif fixed_sum > net:
            issues.append(ValidationIssue(f"{path}rule.fixed", ErrorCode.FIXED_EXCEEDS_TOTAL, params))
    if issues:
        raise ValidationFailed(issues)

    assert net is not None and rounding is not None and remainder is not None  # no issues: all were read
    rest = net - sum(fixed)
    # The components' amounts: a split of the rest by weight (largest remainder; exact in practice,
    # since weights are whole percents of round budgets).
    component_units = (
        _apportion(rest, weights, _WEIGHTS_SCALED, Rounding.FLOOR, RemainderRule.LARGEST_REMAINDER, None)
        if weights
        else []
    )
    lead_index = index[lead] if lead is not None else None
    amounts = list(fixed)
    columns: list[tuple[Amount, ...]] = []
    for amount, bases in zip(component_units, all_bases, strict=True):
        column = _apportion(amount, bases, sum(bases), rounding, remainder, lead_index)
        amounts = [a + b for a, b in zip(amounts, column, strict=True)]
        columns.append(tuple(column) if unit is Unit.YEN else tuple(_to_amount(u, unit) for u in column))
    if unit is Unit.YEN:
        return Allocation(
            item,
            parties,
            lead,
            revenues,
            net,
            tuple(fixed),
            tuple(component_units),
            tuple(columns),
            tuple(amounts),
        )  # type: ignore[arg-type]
    return Allocation(
        item,
        parties,
        lead,
        _to_amount(revenues or 0, unit),
        _to_amount(net, unit),
        tuple(_to_amount(u, unit) for u in fixed),
        tuple(_to_amount(u, unit) for u in component_units),
        tuple(columns),
        tuple(_to_amount(u, unit) for u in amounts),
    )


def _component_bases(
    comp: Component, cp: str, parties: tuple[Party, ...], index: dict[str, int], issues: list[ValidationIssue]
) -> list[int] | None:
    """The integer bases one component splits by, one per party; None after recording issues."""
    basis = _BASES.get(comp.basis)
    if basis is None:
        issues.append(ValidationIssue(f"{cp}.basis", ErrorCode.UNKNOWN_CHOICE, {"value": str(comp.basis)}))
        return None
    count = len(issues)
    if basis is Basis.FIXED:
        # Fixed amounts are not a percentage of anything: they belong in SharingRule.fixed.
        issues.append(ValidationIssue(f"{cp}.basis", ErrorCode.NOT_APPLICABLE, {"basis": str(basis)}))
    if comp.host is not None and basis is not Basis.HOST_PAYS:
        issues.append(ValidationIssue(f"{cp}.host", ErrorCode.NOT_APPLICABLE, {"basis": str(basis)}))
    if comp.party_weights and basis is not Basis.EQUAL:
        issues.append(ValidationIssue(f"{cp}.party_weights", ErrorCode.NOT_APPLICABLE, {"basis": str(basis)}))
    if comp.percentages and basis is not Basis.AGREED:
        issues.append(ValidationIssue(f"{cp}.percentages", ErrorCode.NOT_APPLICABLE, {"basis": str(basis)}))
    if comp.measure and basis not in FIGURE_BASES:
        issues.append(ValidationIssue(f"{cp}.measure", ErrorCode.NOT_APPLICABLE, {"basis": str(basis)}))

    bases: list[int | None]
    if basis in FIGURE_BASES:
        name = comp.figure
        bases = []
        for i, p in enumerate(parties):
            figure = p.figures.get(name)
            if figure is None:
                issues.append(
                    ValidationIssue(
                        f"parties[{i}].figures.{name}",
                        ErrorCode.MISSING_BASE_FIGURE,
                        {"party": p.id, "basis": str(basis), "figure": name},
                    )
                )
                bases.append(None)
            else:
                bases.append(_scaled(figure.value, f"parties[{i}].figures.{name}.value", issues))
    elif basis is Basis.EQUAL:
        weights = comp.party_weights
        if not weights:
            bases = [1] * len(parties)
        else:
            for pid in weights:
                if pid not in index:
                    issues.append(
                        ValidationIssue(f"{cp}.party_weights.{pid}", ErrorCode.UNKNOWN_PARTY, {"party": pid})
                    )
            bases = [
                _SCALE
                if p.id not in weights
                else _scaled(weights[p.id], f"{cp}.party_weights.{p.id}", issues)
                for p in parties
            ]
    elif basis is Basis.HOST_PAYS:
        bases = [0] * len(parties)
        if not comp.host:
            issues.append(ValidationIssue(f"{cp}.host", ErrorCode.REQUIRED, {"basis": str(basis)}))
        elif comp.host not in index:
            issues.append(ValidationIssue(f"{cp}.host", ErrorCode.HOST_NOT_A_PARTY, {"party": comp.host}))
        else:
            bases[index[comp.host]] = 1
    elif basis is Basis.AGREED:
        percentages = comp.percentages
        for pid in percentages:
            if pid not in index:
                issues.append(
                    ValidationIssue(f"{cp}.percentages.{pid}", ErrorCode.UNKNOWN_PARTY, {"party": pid})
                )
        bases = []
        for p in parties:
            if p.id in percentages:
                bases.append(_scaled(percentages[p.id], f"{cp}.percentages.{p.id}", issues))
            else:
                issues.append(
                    ValidationIssue(
                        f"{cp}.percentages.{p.id}",
                        ErrorCode.MISSING_BASE_FIGURE,
                        {"party": p.id, "basis": str(basis), "figure": "percentages"},
                    )
                )
                bases.append(None)
        if None not in bases and sum(bases) != WEIGHT_TOTAL * _SCALE:  # type: ignore[arg-type]
            issues.append(
                ValidationIssue(
                    f"{cp}.percentages",
                    ErrorCode.AGREED_NOT_100,
                    {"sum": _scaled_text(sum(bases))},  # type: ignore[arg-type]
                )
            )
    else:  # Basis.FIXED, already reported
        return None
    if len(issues) > count:
        return None
    if parties and not sum(bases):  # type: ignore[arg-type]
        figure = comp.figure if basis in FIGURE_BASES else str(basis)
        issues.append(ValidationIssue(cp, ErrorCode.ZERO_BASE, {"basis": str(basis), "figure": figure}))
        return None
    return bases  # type: ignore[return-value]


def allocate_sheet(sheet: SharingSheet) -> SheetResult:
    """Split every item of a sheet. Raises ValidationFailed with the problems of all items, each once."""
    issues: list[ValidationIssue] = []
    allocations: list[Allocation] = []
    if not sheet.items:
        issues.append(ValidationIssue("items", ErrorCode.REQUIRED))
    for k, item in enumerate(sheet.items):
        try:
            allocations.append(allocate(item, sheet.parties, lead=sheet.lead, path=f"items[{k}]."))
        except ValidationFailed as exc:
            issues.extend(exc.issues)
    if issues:
        unique: dict[tuple[str, ErrorCode, tuple[tuple[str, str], ...]], ValidationIssue] = {}
        for issue in issues:  # party-level problems repeat once per item: report them once
            unique.setdefault((issue.field, issue.code, tuple(sorted(issue.params.items()))), issue)
        raise ValidationFailed(list(unique.values()))
    return SheetResult(sheet, tuple(allocations))
