"""The data each chart draws, assembled from the services: plain frozen dataclasses, no matplotlib.

``ChartSource`` reads the home town's duties, plans and agreements and the municipality master once
(``refresh()`` after a change) and builds:

1. ``PartyLoad``: per party × duty category, the workload (人工) and cost (円) each party carries under
   the chosen plans (採用した連携案);
2. ``PlanShareData``: one plan's split per party, with percentages and amounts;
3. ``ShareMatrix``: duty (its chosen plan) × party, the share in percent of cost or workload;
4. ``Network``: parties at their town hall's latitude/longitude, lines lead ⇔ party per plan weighted
   by the cost the plan shares, plus agreements without a plan;
5. ``Timeline``: each agreement's lifecycle events and review deadlines;
6. ``BeforeAfter``: the home town per category, alone (the catalogue's figures) versus under the
   chosen plans (its share; a duty without a chosen plan stays as it is).

Which plans: the chosen plan of each duty of the home town, narrowed by a ``ChartFilter`` (category,
method, status, partner). ``ChartFilter.plan_ids`` replaces "the chosen plans" with an explicit list
(the printed summary of selected plans). A plan whose split cannot be computed (no rule yet, a
missing statistic) is left out of the sums and named in ``left_out``, never counted as zero.
Empty states carry the message (a source string of ``texts``) saying what to do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING

from ..domain.agreements import Agreement, AgreementKind, EventKind
from ..domain.codes import is_prefecture_code
from ..domain.duties import Duty, DutyCategory
from ..domain.methods import CooperationMethod
from ..domain.municipalities import Municipality
from ..domain.plans import Plan, PlanStatus
from ..services.shares import ItemState
from . import texts

if TYPE_CHECKING:
    from ..services.container import Services
    from ..services.shares import PlanShares

ZERO = Decimal(0)
HUNDRED = Decimal(100)


class Measure(StrEnum):
    WORKLOAD = "workload"  # 人工
    COST = "cost"  # 千円 (amounts are kept in 円)


class RecordKind(StrEnum):
    DUTY = "duty"
    PLAN = "plan"
    AGREEMENT = "agreement"


@dataclass(frozen=True)
class Target:
    """The record a mark stands for: clicking it opens ("duty" | "plan" | "agreement", id)."""

    kind: RecordKind
    id: int

    def as_tuple(self) -> tuple[str, int]:
        return (str(self.kind), self.id)


@dataclass(frozen=True)
class ChartFilter:
    """Narrow the plans (and agreements) a chart shows; None means all."""

    categories: frozenset[DutyCategory] | None = None
    method: CooperationMethod | None = None
    status: PlanStatus | None = None
    partner: str | None = None  # a party code: plans/agreements this party takes part in
    plan_ids: frozenset[int] | None = None  # these plans instead of the chosen ones

    @classmethod
    def of(
        cls,
        category: DutyCategory | str | None = None,
        method: CooperationMethod | str | None = None,
        status: PlanStatus | str | None = None,
        partner: str | None = None,
    ) -> ChartFilter:
        return cls(
            frozenset({DutyCategory(category)}) if category else None,
            CooperationMethod(method) if method else None,
            PlanStatus(status) if status else None,
            partner or None,
        )

    @property
    def active(self) -> bool:
        return any(v is not None for v in (self.categories, self.method, self.status, self.partner))

    def accepts_category(self, category: DutyCategory) -> bool:
        return self.categories is None or category in self.categories

    def accepts_plan(self, plan: Plan, duty: Duty) -> bool:
        return (
            self.accepts_category(duty.category)
            and (self.method is None or plan.method is self.method)
            and (self.status is None or plan.status is self.status)
            and (self.partner is None or self.partner in plan.party_codes)
        )

    def describe(self, name_of: Mapping[str, str]) -> str:
        """「絞り込み: 環境衛生・一部事務組合」 or "" when nothing is filtered."""
        parts: list[str] = []
        if self.categories is not None:
            parts += [texts.category_name(c) for c in DutyCategory if c in self.categories]
        if self.method is not None:
            parts.append(texts.method_name(self.method))
        if self.status is not None:
            parts.append(texts.plan_status_name(self.status))
        if self.partner is not None:
            parts.append(name_of.get(self.partner, self.partner))
        return texts.t(texts.FILTERED).format("・".join(parts)) if parts else ""


@dataclass(frozen=True)
class PartyRef:
    code: str
    name: str
    is_home: bool = False
    is_prefecture: bool = False

    @property
    def label(self) -> str:
        if self.is_home:
            return self.name + texts.t(texts.HOME_MARK)
        if self.is_prefecture:
            return self.name + texts.t(texts.PREFECTURE_MARK)
        return self.name


@dataclass(frozen=True)
class PlanPart:
    """One plan's contribution to a party's figure."""

    plan_id: int
    plan_name: str
    workload: Decimal
    cost_yen: int


# --- 1. per party × category ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoadCell:
    party: str
    category: DutyCategory
    workload: Decimal
    cost_yen: int
    parts: tuple[PlanPart, ...]

    def value(self, measure: Measure) -> float:
        return float(self.workload) if measure is Measure.WORKLOAD else self.cost_yen / 1000

    def main_plan(self, measure: Measure) -> int:
        """The plan that contributes most (what a click on the segment opens)."""
        key = (lambda p: p.workload) if measure is Measure.WORKLOAD else (lambda p: p.cost_yen)
        return max(self.parts, key=key).plan_id


@dataclass(frozen=True)
class PartyLoad:
    parties: tuple[PartyRef, ...]
    categories: tuple[DutyCategory, ...]
    cells: Mapping[tuple[str, DutyCategory], LoadCell]
    left_out: tuple[str, ...] = ()
    filter_text: str = ""
    empty: str | None = None  # a message of ``texts`` when there is nothing to draw

    def value(self, code: str, category: DutyCategory, measure: Measure) -> float:
        cell = self.cells.get((code, category))
        return cell.value(measure) if cell is not None else 0.0

    def total(self, code: str, measure: Measure) -> float:
        return sum(self.value(code, c, measure) for c in self.categories)


# --- 2. one plan's split -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ShareRow:
    party: PartyRef
    cost_yen: int
    cost_percent: Decimal | None
    workload: Decimal
    workload_percent: Decimal | None


@dataclass(frozen=True)
class PlanShareData:
    plan_id: int
    plan_name: str
    duty_id: int
    duty_name: str
    method: CooperationMethod
    status: PlanStatus
    chosen: bool
    rows: tuple[ShareRow, ...] = ()
    net_cost_yen: int = 0
    workload_total: Decimal = ZERO
    empty: str | None = None
    empty_args: tuple[str, ...] = ()


# --- 3. duty × party ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MatrixRow:
    duty_id: int
    duty_name: str
    plan_id: int
    plan_name: str
    category: DutyCategory


@dataclass(frozen=True)
class ShareMatrix:
    rows: tuple[MatrixRow, ...]
    parties: tuple[PartyRef, ...]
    measure: Measure
    percents: Mapping[tuple[int, str], Decimal]  # (row index, code) → percent; absent: not a party
    amounts: Mapping[tuple[int, str], Decimal]  # (row index, code) → 人工 or 千円
    left_out: tuple[str, ...] = ()
    filter_text: str = ""
    empty: str | None = None


# --- 4. network -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NetworkNode:
    party: PartyRef
    latitude: float | None
    longitude: float | None
    cost_yen: int = 0
    workload: Decimal = ZERO
    target: Target | None = None
    plan_names: tuple[str, ...] = ()

    @property
    def placed(self) -> bool:
        return self.latitude is not None and self.longitude is not None


@dataclass(frozen=True)
class NetworkEdge:
    a: str
    b: str
    cost_yen: int
    targets: tuple[Target, ...]
    names: tuple[str, ...]  # plan names and agreement titles on this line

    @property
    def has_plan(self) -> bool:
        return any(t.kind is RecordKind.PLAN for t in self.targets)


@dataclass(frozen=True)
class Network:
    nodes: tuple[NetworkNode, ...]
    edges: tuple[NetworkEdge, ...]
    home_code: str
    left_out: tuple[str, ...] = ()
    filter_text: str = ""
    empty: str | None = None

    def node(self, code: str) -> NetworkNode | None:
        return next((n for n in self.nodes if n.party.code == code), None)


# --- 5. timeline ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineEvent:
    kind: EventKind
    day: date
    party_name: str = ""


@dataclass(frozen=True)
class TimelineRow:
    agreement_id: int
    title: str
    kind: AgreementKind
    events: tuple[TimelineEvent, ...]

    @property
    def review_dates(self) -> tuple[date, ...]:
        return tuple(e.day for e in self.events if e.kind is EventKind.REVIEW_DUE)


@dataclass(frozen=True)
class Timeline:
    rows: tuple[TimelineRow, ...]
    today: date
    filter_text: str = ""
    empty: str | None = None


# --- 6. before / after ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class BeforeAfterRow:
    category: DutyCategory
    before_workload: Decimal
    before_cost_yen: int
    after_workload: Decimal
    after_cost_yen: int
    duties: tuple[tuple[int, str, Decimal, int], ...]  # (id, name, workload, cost) alone
    plans: tuple[PlanPart, ...]  # the home town's part under each chosen plan of the category

    def before(self, measure: Measure) -> float:
        return float(self.before_workload) if measure is Measure.WORKLOAD else self.before_cost_yen / 1000

    def after(self, measure: Measure) -> float:
        return float(self.after_workload) if measure is Measure.WORKLOAD else self.after_cost_yen / 1000

    def before_target(self) -> Target | None:
        if not self.duties:
            return None
        return Target(RecordKind.DUTY, max(self.duties, key=lambda d: (d[3], d[2]))[0])

    def after_target(self) -> Target | None:
        if self.plans:
            return Target(RecordKind.PLAN, max(self.plans, key=lambda p: (p.cost_yen, p.workload)).plan_id)
        return self.before_target()


@dataclass(frozen=True)
class BeforeAfter:
    home: PartyRef | None
    rows: tuple[BeforeAfterRow, ...]
    left_out: tuple[str, ...] = ()
    filter_text: str = ""
    empty: str | None = None

    def total_before(self, measure: Measure) -> float:
        return sum(r.before(measure) for r in self.rows)

    def total_after(self, measure: Measure) -> float:
        return sum(r.after(measure) for r in self.rows)


# --- the source -----------------------------------------------------------------------------------------


@dataclass
class _Snapshot:
    home_code: str
    duties: dict[int, Duty] = field(default_factory=dict)
    plans: list[Plan] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    master: dict[str, Municipality] = field(default_factory=dict)


class ChartSource:
    """The services' data as the charts need it, read once per ``refresh()``."""

    def __init__(self, services: Services, home_code: str | None = None, today: date | None = None):
        self._services = services
        self._home_override = home_code
        self.today = today or date.today()
        self._data: _Snapshot | None = None

    def refresh(self) -> None:
        self._data = None

    @property
    def data(self) -> _Snapshot:
        if self._data is None:
            services = self._services
            home = self._home_override
            if home is None:
                profile = services.profile.get()
                home = profile.home_code if profile is not None else ""
            snapshot = _Snapshot(home)
            if home:
                snapshot.duties = {d.id: d for d in services.catalogue.list_duties(home) if d.id is not None}
                snapshot.plans = [p for p in services.plans.list_all() if p.duty_id in snapshot.duties]
                plan_ids = {p.id for p in snapshot.plans}
                snapshot.agreements = [
                    a
                    for a in services.agreements.list_all()
                    if home in a.party_codes or (a.plan_id is not None and a.plan_id in plan_ids)
                ]
            snapshot.master = {m.code: m for m in services.municipalities.all()}
            self._data = snapshot
        return self._data

    # --- names ---

    @property
    def home_code(self) -> str:
        return self.data.home_code

    def name_of(self, code: str) -> str:
        m = self.data.master.get(code)
        return m.name if m is not None else code

    def party(self, code: str) -> PartyRef:
        return PartyRef(code, self.name_of(code), code == self.home_code, is_prefecture_code(code))

    def _names(self) -> dict[str, str]:
        return {code: m.name for code, m in self.data.master.items()}

    # --- plans ---

    def duty(self, duty_id: int) -> Duty | None:
        return self.data.duties.get(duty_id)

    def plans(self) -> list[Plan]:
        return list(self.data.plans)

    def agreements(self) -> list[Agreement]:
        return list(self.data.agreements)

    def shares(self, plan: Plan) -> PlanShares:
        return self._services.shares.plan_shares(plan)

    def plans_in_scope(self, flt: ChartFilter) -> list[Plan]:
        """The chosen plan of each duty (or ``flt.plan_ids``), narrowed by the filter, in duty order."""
        chosen = [
            p
            for p in self.data.plans
            if (p.id in flt.plan_ids if flt.plan_ids is not None else p.chosen) and p.id is not None
        ]
        duties = self.data.duties
        order = {duty_id: i for i, duty_id in enumerate(duties)}
        return sorted(
            (p for p in chosen if flt.accepts_plan(p, duties[p.duty_id])),
            key=lambda p: (order.get(p.duty_id, 0), p.id or 0),
        )

    def _empty_plans(self, flt: ChartFilter) -> str | None:
        if not self.home_code:
            return texts.EMPTY_NO_HOME
        unfiltered = ChartFilter(plan_ids=flt.plan_ids)
        if not self.plans_in_scope(unfiltered):
            return texts.EMPTY_NO_CHOSEN
        if not self.plans_in_scope(flt):
            return texts.EMPTY_NO_MATCH
        return None

    def _computed(self, flt: ChartFilter) -> tuple[list[tuple[Plan, PlanShares]], tuple[str, ...]]:
        """The plans in scope whose split is complete, and the names of those left out."""
        done: list[tuple[Plan, PlanShares]] = []
        left_out: list[str] = []
        for plan in self.plans_in_scope(flt):
            shares = self.shares(plan)
            if shares.complete:
                done.append((plan, shares))
            else:
                left_out.append(plan.name)
        return done, tuple(left_out)

    def partner_choices(self) -> list[PartyRef]:
        """Every party other than the home town in the town's plans and agreements, by code."""
        codes = {c for p in self.data.plans for c in p.party_codes}
        codes |= {c for a in self.data.agreements for c in a.party_codes}
        codes.discard(self.home_code)
        return [self.party(c) for c in sorted(codes)]

    def plan_choices(self, flt: ChartFilter | None = None) -> list[tuple[int, str, bool]]:
        """(plan id, 「事務 — 連携案」, chosen) for every plan of the town passing the filter."""
        flt = flt or ChartFilter()
        duties = self.data.duties
        order = {duty_id: i for i, duty_id in enumerate(duties)}
        found = [
            p
            for p in self.data.plans
            if p.id is not None
            and (flt.plan_ids is None or p.id in flt.plan_ids)
            and flt.accepts_plan(p, duties[p.duty_id])
        ]
        found.sort(key=lambda p: (order.get(p.duty_id, 0), not p.chosen, p.id))
        return [(p.id, f"{duties[p.duty_id].name} — {p.name}", p.chosen) for p in found]  # type: ignore[misc]

    # --- 1 ---

    def party_load(self, flt: ChartFilter | None = None) -> PartyLoad:
        flt = flt or ChartFilter()
        text = flt.describe(self._names())
        empty = self._empty_plans(flt)
        if empty is not None:
            return PartyLoad((), (), {}, filter_text=text, empty=empty)
        done, left_out = self._computed(flt)
        if not done:
            return PartyLoad((), (), {}, left_out, text, texts.EMPTY_NO_FIGURES)
        parts: dict[tuple[str, DutyCategory], list[PlanPart]] = {}
        order: list[str] = []
        for plan, shares in done:
            category = self.data.duties[plan.duty_id].category
            for party in shares.parties:
                if party.id not in order:
                    order.append(party.id)
                parts.setdefault((party.id, category), []).append(
                    PlanPart(plan.id, plan.name, shares.workload_of(party.id), shares.cost_of(party.id))  # type: ignore[arg-type]
                )
        cells = {
            key: LoadCell(
                key[0], key[1], sum((p.workload for p in ps), ZERO), sum(p.cost_yen for p in ps), tuple(ps)
            )
            for key, ps in parts.items()
        }
        categories = tuple(c for c in DutyCategory if any(k[1] is c for k in cells))
        totals = {code: sum(c.cost_yen for k, c in cells.items() if k[0] == code) for code in order}
        ordered = sorted(order, key=lambda c: (c != self.home_code, -totals[c], c))
        return PartyLoad(tuple(self.party(c) for c in ordered), categories, cells, left_out, text)

    # --- 2 ---

    def plan_shares(self, plan_id: int) -> PlanShareData | None:
        plan = next((p for p in self.data.plans if p.id == plan_id), None)
        if plan is None:
            return None
        duty = self.data.duties[plan.duty_id]
        base = dict(
            plan_id=plan_id, plan_name=plan.name, duty_id=duty.id, duty_name=duty.name, method=plan.method,
            status=plan.status, chosen=plan.chosen,
        )  # fmt: skip
        shares = self.shares(plan)
        if not shares.complete:
            missing = [m for item in shares.all_items for m in item.missing_statistics]
            if missing:
                names = dict.fromkeys(
                    texts.t(texts.FIGURE_OF).format(
                        m.party_name or self.name_of(m.party), texts.stat_name(m.kind)
                    )
                    for m in missing
                )
                return PlanShareData(
                    **base, empty=texts.EMPTY_PLAN_MISSING, empty_args=(plan.name, texts.join(names))
                )  # type: ignore[arg-type]
            no_rule = [i for i in shares.all_items if i.state == ItemState.NO_RULE and not i.settled]
            if no_rule:
                labels = [texts.t(texts.WORKLOAD_SHORT) if i.index is None else i.name for i in no_rule]
                return PlanShareData(
                    **base, empty=texts.EMPTY_PLAN_NO_RULE, empty_args=(plan.name, texts.join(labels))
                )  # type: ignore[arg-type]
            return PlanShareData(**base, empty=texts.EMPTY_PLAN_PROBLEM, empty_args=(plan.name,))  # type: ignore[arg-type]
        costs = {p.id: shares.cost_of(p.id) for p in shares.parties}
        work = {p.id: shares.workload_of(p.id) for p in shares.parties}
        net, total_work = sum(costs.values()), sum(work.values(), ZERO)
        if not net and not total_work:
            return PlanShareData(**base, empty=texts.EMPTY_PLAN_NOTHING, empty_args=(plan.name,))  # type: ignore[arg-type]
        rows = tuple(
            ShareRow(
                self.party(p.id),
                costs[p.id],
                _percent(costs[p.id], net),
                work[p.id],
                _percent(work[p.id], total_work),
            )
            for p in shares.parties
        )
        return PlanShareData(**base, rows=rows, net_cost_yen=net, workload_total=total_work)  # type: ignore[arg-type]

    # --- 3 ---

    def share_matrix(self, flt: ChartFilter | None = None, measure: Measure = Measure.COST) -> ShareMatrix:
        flt = flt or ChartFilter()
        text = flt.describe(self._names())
        empty = self._empty_plans(flt)
        if empty is not None:
            return ShareMatrix((), (), measure, {}, {}, filter_text=text, empty=empty)
        done, left_out = self._computed(flt)
        if not done:
            return ShareMatrix((), (), measure, {}, {}, left_out, text, texts.EMPTY_NO_FIGURES)
        rows: list[MatrixRow] = []
        percents: dict[tuple[int, str], Decimal] = {}
        amounts: dict[tuple[int, str], Decimal] = {}
        order: list[str] = []
        for plan, shares in done:
            duty = self.data.duties[plan.duty_id]
            index = len(rows)
            rows.append(MatrixRow(duty.id, duty.name, plan.id, plan.name, duty.category))  # type: ignore[arg-type]
            if measure is Measure.WORKLOAD:
                values = {p.id: shares.workload_of(p.id) for p in shares.parties}
            else:
                values = {p.id: Decimal(shares.cost_of(p.id)) for p in shares.parties}
            total = sum(values.values(), ZERO)
            for code, value in values.items():
                if code not in order:
                    order.append(code)
                percents[(index, code)] = _percent(value, total) or ZERO
                amounts[(index, code)] = value if measure is Measure.WORKLOAD else value / 1000
        ordered = sorted(order, key=lambda c: (c != self.home_code, is_prefecture_code(c), order.index(c)))
        return ShareMatrix(
            tuple(rows), tuple(self.party(c) for c in ordered), measure, percents, amounts, left_out, text
        )

    # --- 4 ---

    def network(self, flt: ChartFilter | None = None) -> Network:
        flt = flt or ChartFilter()
        text = flt.describe(self._names())
        home = self.home_code
        if not home:
            return Network((), (), home, filter_text=text, empty=texts.EMPTY_NO_HOME)
        plans = self.plans_in_scope(flt)
        agreements = self._agreements_in_scope(flt)
        if not plans and not agreements:
            unfiltered = self.plans_in_scope(ChartFilter(plan_ids=flt.plan_ids)) or self.data.agreements
            message = texts.EMPTY_NO_MATCH if unfiltered else texts.EMPTY_NO_CHOSEN
            return Network((), (), home, filter_text=text, empty=message)
        edges: dict[frozenset[str], dict] = {}
        burden: dict[str, list[PlanPart]] = {}
        left_out: list[str] = []

        def edge(a: str, b: str) -> dict:
            return edges.setdefault(
                frozenset((a, b)), {"ends": (a, b), "cost": 0, "plans": [], "agreements": []}
            )

        for plan in plans:
            lead = plan.lead_code or plan.party_codes[0]
            for code in plan.party_codes:
                if code != lead:
                    e = edge(lead, code)
                    e["cost"] += plan.net_cost_yen
                    e["plans"].append((plan.net_cost_yen, plan.id, plan.name))
            shares = self.shares(plan)
            if not shares.complete:
                left_out.append(plan.name)
                continue
            for party in shares.parties:
                burden.setdefault(party.id, []).append(
                    PlanPart(plan.id, plan.name, shares.workload_of(party.id), shares.cost_of(party.id))  # type: ignore[arg-type]
                )
        plan_ids = {p.id for p in plans}
        for agreement in agreements:
            codes = agreement.party_codes
            if not codes:
                continue
            if agreement.plan_id in plan_ids:  # the plan's lines already stand for it
                plan = next(p for p in plans if p.id == agreement.plan_id)
                lead = plan.lead_code or plan.party_codes[0]
                for code in plan.party_codes:
                    if code != lead:
                        edge(lead, code)["agreements"].append((agreement.id, agreement.title))
                continue
            for code in codes[1:]:
                edge(codes[0], code)["agreements"].append((agreement.id, agreement.title))
        codes = [home] + sorted({c for key in edges for c in key} - {home})
        nodes = []
        for code in codes:
            m = self.data.master.get(code)
            parts = burden.get(code, [])
            target = None
            if parts:
                target = Target(RecordKind.PLAN, max(parts, key=lambda p: (p.cost_yen, p.workload)).plan_id)
            else:
                linked = [e for key, e in edges.items() if code in key]
                for e in linked:
                    if e["plans"]:
                        target = Target(RecordKind.PLAN, max(e["plans"])[1])
                        break
                    if e["agreements"]:
                        target = Target(RecordKind.AGREEMENT, e["agreements"][0][0])
                        break
            nodes.append(
                NetworkNode(
                    self.party(code),
                    m.latitude if m is not None else None,
                    m.longitude if m is not None else None,
                    sum(p.cost_yen for p in parts),
                    sum((p.workload for p in parts), ZERO),
                    target,
                    tuple(p.plan_name for p in parts),
                )
            )
        edge_list = []
        for e in edges.values():
            plan_targets = [
                Target(RecordKind.PLAN, pid) for _, pid, _ in sorted(e["plans"], key=lambda x: -x[0])
            ]
            agreement_targets = [Target(RecordKind.AGREEMENT, aid) for aid, _ in e["agreements"]]
            names = [name for _, _, name in sorted(e["plans"], key=lambda x: -x[0])]
            names += [title for _, title in e["agreements"]]
            a, b = e["ends"]
            edge_list.append(
                NetworkEdge(
                    a, b, e["cost"], tuple(plan_targets + agreement_targets), tuple(dict.fromkeys(names))
                )
            )
        edge_list.sort(key=lambda e: (-e.cost_yen, e.a, e.b))
        empty = None
        if not any(n.placed for n in nodes):
            empty = texts.EMPTY_NO_POSITIONS
        return Network(tuple(nodes), tuple(edge_list), home, tuple(left_out), text, empty)

    def _agreements_in_scope(self, flt: ChartFilter) -> list[Agreement]:
        plans = {p.id: p for p in self.data.plans}
        found = []
        for agreement in self.data.agreements:
            plan = plans.get(agreement.plan_id) if agreement.plan_id is not None else None
            if flt.plan_ids is not None and (plan is None or plan.id not in flt.plan_ids):
                continue
            if flt.method is not None and agreement.method is not flt.method:
                continue
            if flt.partner is not None and flt.partner not in agreement.party_codes:
                continue
            if flt.categories is not None or flt.status is not None:
                if plan is None:
                    continue  # no plan: neither a category nor a plan status to match
                duty = self.data.duties.get(plan.duty_id)
                if duty is None or not flt.accepts_category(duty.category):
                    continue
                if flt.status is not None and plan.status is not flt.status:
                    continue
            found.append(agreement)
        return found

    # --- 5 ---

    def timeline(self, flt: ChartFilter | None = None) -> Timeline:
        flt = flt or ChartFilter()
        text = flt.describe(self._names())
        if not self.home_code:
            return Timeline((), self.today, text, texts.EMPTY_NO_HOME)
        if not self.data.agreements:
            return Timeline((), self.today, text, texts.EMPTY_NO_AGREEMENTS)
        agreements = self._agreements_in_scope(flt)
        if not agreements:
            return Timeline((), self.today, text, texts.EMPTY_NO_AGREEMENT_MATCH)
        rows = []
        for agreement in agreements:
            events = tuple(
                TimelineEvent(e.kind, e.date, self.name_of(e.party_code) if e.party_code else "")
                for e in sorted(agreement.events, key=lambda e: (e.date, list(EventKind).index(e.kind)))
            )
            if events:
                rows.append(TimelineRow(agreement.id, agreement.title, agreement.kind, events))  # type: ignore[arg-type]
        if not rows:
            return Timeline((), self.today, text, texts.EMPTY_NO_EVENTS)
        rows.sort(key=lambda r: (r.events[0].day, r.title))
        return Timeline(tuple(rows), self.today, text)

    # --- 6 ---

    def before_after(self, flt: ChartFilter | None = None) -> BeforeAfter:
        flt = flt or ChartFilter()
        text = flt.describe(self._names())
        home = self.home_code
        if not home:
            return BeforeAfter(None, (), filter_text=text, empty=texts.EMPTY_NO_HOME)
        duties = [d for d in self.data.duties.values() if flt.accepts_category(d.category)]
        if not duties:
            message = texts.EMPTY_NO_DUTIES if not self.data.duties else texts.EMPTY_NO_MATCH
            return BeforeAfter(self.party(home), (), filter_text=text, empty=message)
        # The filter's category narrows the duties; its method/status/partner narrow the plans applied.
        plan_filter = ChartFilter(None, flt.method, flt.status, flt.partner, flt.plan_ids)
        chosen: dict[int, tuple[Plan, PlanShares]] = {}
        left_out: list[str] = []
        for plan in self.plans_in_scope(plan_filter):
            shares = self.shares(plan)
            if shares.complete:
                chosen.setdefault(plan.duty_id, (plan, shares))
            else:
                left_out.append(plan.name)
        rows = []
        for category in DutyCategory:
            in_category = [d for d in duties if d.category is category]
            if not in_category:
                continue
            after_work, after_cost, parts = ZERO, 0, []
            for duty in in_category:
                found = chosen.get(duty.id)  # type: ignore[arg-type]
                if found is None:
                    after_work += duty.workload_person_years
                    after_cost += duty.annual_cost_yen
                    continue
                plan, shares = found
                part = PlanPart(plan.id, plan.name, shares.workload_of(home), shares.cost_of(home))  # type: ignore[arg-type]
                parts.append(part)
                after_work += part.workload
                after_cost += part.cost_yen
            rows.append(
                BeforeAfterRow(
                    category,
                    sum((d.workload_person_years for d in in_category), ZERO),
                    sum(d.annual_cost_yen for d in in_category),
                    after_work,
                    after_cost,
                    tuple((d.id, d.name, d.workload_person_years, d.annual_cost_yen) for d in in_category),  # type: ignore[misc]
                    tuple(parts),
                )
            )
        return BeforeAfter(self.party(home), tuple(rows), tuple(left_out), text)


def _percent(value: Decimal | int, total: Decimal | int) -> Decimal | None:
    if not total:
        return None
    return Decimal(value) * HUNDRED / Decimal(total)


def categories_of(values: Iterable[DutyCategory | str] | None) -> frozenset[DutyCategory] | None:
    return None if values is None else frozenset(DutyCategory(v) for v in values)
