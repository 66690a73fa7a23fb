"""The sharing engine (domain/sharing.py) applied to the town's cooperation plans.

For one plan, each cost item is split among the plan's participants by the item's rule
(``CostItem.rule_json``; "" = not yet agreed), and the workload (人工) by its own rule or by the rule of
the item it follows (``workload_follows_item``; fixed yen amounts of that rule do not apply to 人工).

**Base figures.** A party's figures are the latest municipality statistics (人口 = ``population``,
高齢者人口 = ``elderly_population``, 職員数 = ``staff``, 基準財政需要額 = ``standard_fiscal_need`` …: every
``StatKind`` under its value, with its reference date and source). Figures that are not statistics —
利用割の搬入量, 審査件数 … — are part of the rule itself, under a ``figures`` key next to the rule's own
keys (docs/sharing.md: a rule object; this key holds what a sheet's parties would)::

    {"components": [{"basis": "population", "weight": 35}, {"basis": "equal", "weight": 15},
                    {"basis": "usage", "weight": 50, "measure": "搬入量"}],
     "figures": {"202053": {"搬入量": {"value": 28500, "reference_date": "2024-03-31",
                                       "source": "令和5年度搬入実績"}}, ...}}

A figure in the rule wins over a statistic of the same name. Agreed percentages (協議により別に定める),
per-party 均等割 weights, the host and fixed amounts are the rule's own keys. A party without a figure a
rule needs is an error naming the party and the figure (MISSING_BASE_FIGURE), never a zero.

**Issue paths** (``ValidationIssue.field``): ``cost_items[0].rule.components[1].weight``,
``cost_items[0].rule.figures.204048.搬入量.value``, ``workload.rule.components`` and, for a statistic a
party lacks, ``participants[2].figures.population`` (fixed on the municipality page, not in the rule).
``set_rule`` and ``preview`` report paths below ``rule`` (``rule.components[1].weight``).

Results are cached per (plan id, plan version, statistics fingerprint of the plan's parties), so the
portfolio over all chosen plans is cheap to show again; a changed statistic changes the fingerprint.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from ..domain import sharing
from ..domain.errors import ErrorCode, ValidationFailed, ValidationIssue
from ..domain.municipalities import Municipality, StatKind
from ..domain.plans import CostItem as PlanCostItem
from ..domain.plans import PartyBurden, Plan
from ..domain.sharing import (
    FIGURE_BASES,
    MODE_LARGEST_REMAINDER,
    MODE_LEAD_PARTY,
    NO_LEAD,
    UNKNOWN,
    Allocation,
    Amount,
    BaseFigure,
    Basis,
    CostItem,
    FigureUse,
    Party,
    SharingRule,
    SpecificRevenue,
    SplitBatch,
    SplitKernel,
    SplitResult,
    Unit,
    allocate_many,
)
from ..domain.sharing_json import rule_to_dict, sheet_from_json
from .changes import Changes

if TYPE_CHECKING:  # the storage-backed services are not imported by the UI's first screen
    from .municipalities import MunicipalityService
    from .plans import PlanService

FIGURES_KEY = "figures"  # the per-party figures a rule carries itself (利用割 …)
WORKLOAD_KEY = "workload"  # the path prefix of the workload's issues
# Figure names read from the municipality statistics (the latest value of each kind).
STATISTIC_FIGURES: dict[str, StatKind] = {kind.value: kind for kind in StatKind}
_SPECIFIC_REVENUE_NAME = "特定財源"
_HUNDRED = Decimal(100)
_PERCENT_PLACES = Decimal("0.01")
_RULE_CACHE_SIZE = 20_000


class ItemState:
    NO_RULE = "no_rule"  # 配分ルール未設定
    OK = "ok"
    ERROR = "error"  # the rule or a figure has a problem: see ``issues``


@dataclass(frozen=True)
class MissingStatistic:
    """A statistic a party lacks for a rule: enter it on the municipality page (or in the rule editor)."""

    party: str
    party_name: str
    kind: StatKind
    basis: Basis


@dataclass(frozen=True)
class ItemShares:
    """The split of one cost item (or of the workload) of a plan."""

    key: str  # "cost_items[0]" or "workload": the prefix of this item's issue paths
    index: int | None  # the cost item's index; None for the workload
    name: str
    unit: Unit
    total: Amount
    revenues: Amount
    net: Amount  # what the parties share: total − 特定財源
    rule: SharingRule | None = None
    allocation: Allocation | None = None
    issues: tuple[ValidationIssue, ...] = ()
    has_rule: bool = True
    follows: str | None = None  # the workload follows this cost item's rule
    parties: tuple[Party, ...] = ()  # the parties with every figure the rule could read (statistics + rule)

    @property
    def state(self) -> str:
        if not self.has_rule:
            return ItemState.NO_RULE
        return ItemState.OK if self.allocation is not None else ItemState.ERROR

    @property
    def settled(self) -> bool:
        """Computed, or nothing to share (no rule and a zero amount)."""
        return self.allocation is not None or (not self.has_rule and not self.net)

    def share_of(self, code: str) -> Amount | None:
        if self.allocation is None:
            return None
        try:
            return self.allocation.share_of(code)
        except KeyError:
            return None

    def percent_of(self, code: str) -> Decimal | None:
        """The party's share of the net amount in percent, to 0.01 (half up); None when not computed."""
        share = self.share_of(code)
        if share is None or not self.net:
            return None
        return (Decimal(share) * _HUNDRED / Decimal(self.net)).quantize(
            _PERCENT_PLACES, rounding=ROUND_HALF_UP
        )

    @property
    def figures_used(self) -> tuple[FigureUse, ...]:
        return self.allocation.figures_used if self.allocation is not None else ()

    @property
    def missing_statistics(self) -> tuple[MissingStatistic, ...]:
        """The statistics parties lack for this rule (MISSING_BASE_FIGURE at ``participants[i]…``)."""
        found: list[MissingStatistic] = []
        for issue in self.issues:
            kind = _missing_statistic_kind(issue)
            if kind is not None:
                basis = Basis(issue.params.get("basis", kind.value))
                found.append(
                    MissingStatistic(issue.params["party"], issue.params.get("party_name", ""), kind, basis)
                )
        return tuple(found)


@dataclass(frozen=True)
class PlanShares:
    """Every cost item's split of one plan, and the workload's."""

    plan: Plan
    parties: tuple[Party, ...]  # the participants in 甲乙 order, with the figures the split could read
    items: tuple[ItemShares, ...]
    workload: ItemShares | None  # None when the plan has no workload and no workload rule

    @property
    def all_items(self) -> tuple[ItemShares, ...]:
        return self.items + ((self.workload,) if self.workload is not None else ())

    @property
    def issues(self) -> tuple[ValidationIssue, ...]:
        return tuple(issue for item in self.all_items for issue in item.issues)

    @property
    def complete(self) -> bool:
        """Every cost item and the workload computed (or with nothing to share)."""
        return all(item.settled for item in self.all_items)

    def name_of(self, code: str) -> str:
        return next((p.name for p in self.parties if p.id == code), code)

    def cost_of(self, code: str) -> int:
        """The party's yen over the cost items that could be computed."""
        return sum(int(item.share_of(code) or 0) for item in self.items)

    def workload_of(self, code: str) -> Decimal:
        share = self.workload.share_of(code) if self.workload is not None else None
        return Decimal(share) if share is not None else Decimal(0)

    def burdens(self) -> dict[str, PartyBurden]:
        """Each party's burden, or {} while any item cannot be computed (no partial sums)."""
        if not self.complete:
            return {}
        return {p.id: PartyBurden(self.cost_of(p.id), self.workload_of(p.id)) for p in self.parties}


@dataclass(frozen=True)
class PortfolioRow:
    """One party across the chosen plans it takes part in."""

    code: str
    name: str
    is_home: bool
    plan_ids: tuple[int, ...]
    plan_names: tuple[str, ...]
    cost_yen: int  # the party's shares of the cost items that could be computed
    workload_person_years: Decimal
    incomplete: tuple[str, ...] = ()  # names of plans whose split is not complete (no rule, a problem)


@dataclass(frozen=True)
class Portfolio:
    rows: tuple[PortfolioRow, ...]
    plans: tuple[PlanShares, ...] = field(default=())

    def row(self, code: str) -> PortfolioRow | None:
        return next((r for r in self.rows if r.code == code), None)

    @property
    def complete(self) -> bool:
        return all(p.complete for p in self.plans)


# --- the rule JSON of a plan's cost item ----------------------------------------------------------


class _Object(dict):
    """A JSON object that remembers keys it had twice (read by the sharing JSON reader)."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        twice = []
        for key, _ in pairs:
            if key in seen:
                twice.append(key)
            seen.add(key)
        obj.duplicates = tuple(twice)
    return obj


def parse_plan_rule(
    text: str, codes: Sequence[str], path: str = "rule"
) -> tuple[SharingRule, dict[str, dict[str, BaseFigure]]]:
    """A cost item's rule JSON → (rule, {party code: {figure name: figure}}), or ValidationFailed with
    paths below ``path`` (``rule.components[0].weight``, ``rule.figures.204048.搬入量.value``).

    The rule is read by the engine's JSON reader (docs/sharing.md); ``figures`` holds the figures the rule
    carries itself, per party of ``codes`` (a code not among them is UNKNOWN_PARTY)."""
    try:
        data = json.loads(text, parse_float=Decimal, object_pairs_hook=_pairs)
    except ValueError as exc:
        detail = exc.msg if isinstance(exc, json.JSONDecodeError) else str(exc)
        params = {"detail": detail}
        if isinstance(exc, json.JSONDecodeError):
            params.update(line=str(exc.lineno), column=str(exc.colno))
        raise ValidationFailed([ValidationIssue(path, ErrorCode.BAD_JSON, params)]) from exc
    if not isinstance(data, dict):
        raise ValidationFailed(
            [ValidationIssue(path, ErrorCode.WRONG_TYPE, {"expected": "object", "value": str(data)[:40]})]
        )
    issues: list[ValidationIssue] = []
    rule_data = _Object((k, v) for k, v in data.items() if k != FIGURES_KEY)
    rule_data.duplicates = getattr(data, "duplicates", ())
    raw_figures = data.get(FIGURES_KEY)
    per_party: dict[str, Any] = {}
    if raw_figures is not None:
        if not isinstance(raw_figures, dict):
            issues.append(
                ValidationIssue(f"{path}.{FIGURES_KEY}", ErrorCode.WRONG_TYPE, {"expected": "object"})
            )
        else:
            for code, figures in raw_figures.items():
                if code not in codes:
                    issues.append(
                        ValidationIssue(
                            f"{path}.{FIGURES_KEY}.{code}", ErrorCode.UNKNOWN_PARTY, {"party": code}
                        )
                    )
                else:
                    per_party[code] = figures
    sheet_doc = {
        "parties": [
            {"id": code, **({"figures": per_party[code]} if code in per_party else {})} for code in codes
        ],
        "items": [{"name": "rule", "total": 0, "rule": rule_data}],
    }
    sheet = None
    try:
        sheet = sheet_from_json(sheet_doc)
    except ValidationFailed as exc:
        issues.extend(_from_sheet_path(issue, codes, path) for issue in exc.issues)
    if issues or sheet is None:
        raise ValidationFailed(issues)
    figures = {p.id: dict(p.figures) for p in sheet.parties if p.figures}
    return sheet.items[0].rule, figures


def _from_sheet_path(issue: ValidationIssue, codes: Sequence[str], path: str) -> ValidationIssue:
    """items[0].rule.… → rule.…; parties[k].figures.… → rule.figures.<code>.…"""
    name = issue.field
    if name.startswith("items[0].rule"):
        name = path + name[len("items[0].rule") :]
    elif name.startswith("parties["):
        index, _, rest = name[len("parties[") :].partition("]")
        if index.isdigit() and int(index) < len(codes) and rest.startswith(".figures"):
            name = f"{path}.{FIGURES_KEY}.{codes[int(index)]}{rest[len('.figures') :]}"
    return ValidationIssue(name, issue.code, issue.params)


def _plain_number(value: Decimal | int) -> int | str:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value if isinstance(value, int) else str(value)


def dump_plan_rule(rule: SharingRule, figures: Mapping[str, Mapping[str, BaseFigure]]) -> str:
    """The canonical JSON of a plan's rule (what ``set_rule`` stores); parse_plan_rule reads it back."""
    data: dict[str, Any] = rule_to_dict(rule)
    if figures:
        data[FIGURES_KEY] = {
            code: {
                name: {
                    "value": _plain_number(f.value),
                    "reference_date": f.reference_date.isoformat(),
                    "source": f.source,
                }
                for name, f in party_figures.items()
            }
            for code, party_figures in figures.items()
            if party_figures
        }
    return json.dumps(data, ensure_ascii=False)


def _missing_statistic_kind(issue: ValidationIssue) -> StatKind | None:
    if issue.code is not ErrorCode.MISSING_BASE_FIGURE or not issue.field.startswith("participants["):
        return None
    return STATISTIC_FIGURES.get(issue.params.get("figure", ""))


def is_statistics_issue(issue: ValidationIssue) -> bool:
    """A problem of the municipality statistics (a party lacks a figure; a figure is zero for all), not
    of the rule: fixed on the municipality page; it does not stop a rule from being saved."""
    if issue.field.startswith("participants["):
        return True
    return issue.code is ErrorCode.ZERO_BASE and issue.params.get("source") == "statistics"


# --- the service ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pending:
    """An item whose rule and figures are read, waiting for its split (SharesService._finish)."""

    base: dict[str, Any]  # ItemShares' fields so far
    net: Amount
    item: CostItem
    parties: tuple[Party, ...]  # with the figures the rule carries
    lead: str | None
    prefix: str  # the engine's issue path prefix
    plain_parties: tuple[Party, ...]  # the participants as the statistics have them
    rule: SharingRule
    rule_figures: Mapping[str, Mapping[str, BaseFigure]]
    path: str
    follows: str | None


class SharesService:
    def __init__(self, plans: PlanService, municipalities: MunicipalityService):
        self._plans = plans
        self._municipalities = municipalities
        self._source: list[Municipality] | None = None
        self._figures: dict[str, dict[str, BaseFigure]] = {}
        self._fingerprints: dict[str, tuple] = {}
        self._names: dict[str, str] = {}
        # One Party per municipality code, made once per statistics snapshot: a Party precomputes its
        # figures' integer forms for the engine, so thousands of plans share that work.
        self._party_cache: dict[str, Party] = {}
        self._cache: dict[int, tuple[tuple, PlanShares]] = {}
        # Parsed rules by (text, party codes, path): reading the JSON costs more than splitting by it.
        self._rules: dict[tuple[str, tuple[str, ...], str], Any] = {}

    def _parse(
        self, text: str, codes: tuple[str, ...], path: str
    ) -> tuple[SharingRule, dict[str, dict[str, BaseFigure]]]:
        key = (text, codes, path)
        found = self._rules.get(key)
        if found is None:
            try:
                found = (True, parse_plan_rule(text, codes, path))
            except ValidationFailed as exc:
                found = (False, tuple(exc.issues))
            if len(self._rules) >= _RULE_CACHE_SIZE:
                self._rules.clear()
            self._rules[key] = found
        ok, value = found
        if not ok:
            raise ValidationFailed(list(value))
        return value  # rules are immutable; callers only read the figures

    # --- statistics ---

    def _refresh_statistics(self) -> None:
        municipalities = self._municipalities.all()
        if municipalities is self._source:
            return
        figures: dict[str, dict[str, BaseFigure]] = {}
        for m in municipalities:
            if not m.statistics:
                continue
            party: dict[str, BaseFigure] = {}
            for kind in StatKind:
                latest = m.latest(kind)
                if latest is not None:
                    party[kind.value] = BaseFigure(latest.value, latest.reference_date, latest.source)
            figures[m.code] = party
        self._figures = figures
        self._fingerprints = {
            code: tuple(sorted(f.items(), key=lambda kv: kv[0])) for code, f in figures.items()
        }
        self._names = {m.code: m.name for m in municipalities}
        self._party_cache = {}
        self._source = municipalities

    def statistics_fingerprint(self, codes: Iterable[str]) -> tuple:
        """What the split of a plan with these parties reads from the statistics (changes when they do)."""
        self._refresh_statistics()
        return tuple((code, self._fingerprints.get(code, ())) for code in codes)

    def party_name(self, code: str) -> str:
        self._refresh_statistics()
        return self._names.get(code, code)

    def _parties(self, plan: Plan) -> tuple[Party, ...]:
        self._refresh_statistics()
        return tuple(self._party(code) for code in plan.party_codes)

    def _party(self, code: str) -> Party:
        party = self._party_cache.get(code)
        if party is None:
            party = Party(code, self._names.get(code, code), self._figures.get(code, {}))
            self._party_cache[code] = party
        return party

    # --- computing ---

    def plan_shares(self, plan: Plan | int) -> PlanShares:
        """The split of every cost item and of the workload of ``plan`` (a Plan as saved, or its id)."""
        if isinstance(plan, int):
            found = self._plans.get(plan)
            if found is None:
                raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(plan)})])
            plan = found
        return self.plan_shares_many([plan])[0]

    def plan_shares_many(self, plans: Sequence[Plan]) -> list[PlanShares]:
        """plan_shares of each plan; those not cached are split together (allocate_batch)."""
        results: list[PlanShares | None] = [None] * len(plans)
        todo: list[int] = []
        keys: dict[int, tuple] = {}
        for k, plan in enumerate(plans):
            if plan.id is not None:
                key = (plan.version, self.statistics_fingerprint(plan.party_codes))
                cached = self._cache.get(plan.id)
                if cached is not None and cached[0] == key and cached[1].plan == plan:
                    results[k] = cached[1]
                    continue
                keys[k] = key
            todo.append(k)
        for k, shares in zip(todo, self._compute_many([plans[k] for k in todo]), strict=True):
            results[k] = shares
            if k in keys:
                self._cache[plans[k].id] = (keys[k], shares)  # type: ignore[index]
        return results  # type: ignore[return-value]

    def burdens(self, plan: Plan) -> dict[str, PartyBurden]:
        """Per party (by code): cost and workload under ``plan``, for ``compare_plans(burdens=…)``;
        {} while any cost item (or the workload) cannot be computed."""
        return self.plan_shares(plan).burdens()

    def portfolio(self, home_code: str = "", plans: Iterable[Plan] | None = None) -> Portfolio:
        """Each party across the CHOSEN plans (all plans of the database unless ``plans`` is given):
        what it pays (yen) and carries (人工). The home town first."""
        chosen = [p for p in (self._plans.list_all() if plans is None else plans) if p.chosen]
        results = tuple(self.plan_shares_many(chosen))
        rows: dict[str, dict[str, Any]] = {}
        for shares in results:
            plan = shares.plan
            for party in shares.parties:
                row = rows.setdefault(
                    party.id,
                    {
                        "name": party.name,
                        "ids": [],
                        "names": [],
                        "cost": 0,
                        "work": Decimal(0),
                        "incomplete": [],
                    },
                )
                row["ids"].append(plan.id)
                row["names"].append(plan.name)
                row["cost"] += shares.cost_of(party.id)
                row["work"] += shares.workload_of(party.id)
                if not shares.complete:
                    row["incomplete"].append(plan.name)
        result = [
            PortfolioRow(
                code=code,
                name=r["name"],
                is_home=code == home_code,
                plan_ids=tuple(r["ids"]),
                plan_names=tuple(r["names"]),
                cost_yen=r["cost"],
                workload_person_years=r["work"],
                incomplete=tuple(r["incomplete"]),
            )
            for code, r in rows.items()
        ]
        result.sort(key=lambda r: (not r.is_home, -r.cost_yen, r.code))
        return Portfolio(tuple(result), results)

    def _compute_many(self, plans: Sequence[Plan]) -> list[PlanShares]:
        """Every cost item and workload of ``plans``, the splits of all of them in one allocate_batch."""
        prepared = []
        pending: list[_Pending] = []
        for plan in plans:
            parties = self._parties(plan)
            items = [self._cost_item(plan, parties, i, item) for i, item in enumerate(plan.cost_items)]
            workload = self._workload(plan, parties)
            pending.extend(x for x in (*items, workload) if isinstance(x, _Pending))
            prepared.append((plan, parties, items, workload))
        results = allocate_batch(
            [(p.item, p.parties, p.lead) for p in pending], paths=[p.prefix for p in pending]
        )
        done = {id(p): self._finish(p, result) for p, result in zip(pending, results, strict=True)}
        return [
            PlanShares(
                plan,
                parties,
                tuple(done[id(x)] if isinstance(x, _Pending) else x for x in items),
                done[id(workload)] if isinstance(workload, _Pending) else workload,
            )
            for plan, parties, items, workload in prepared
        ]

    def _cost_item(
        self, plan: Plan, parties: tuple[Party, ...], index: int, item: PlanCostItem
    ) -> ItemShares | _Pending:
        return self._prepare(
            plan, parties, f"cost_items[{index}]", index, item.name, Unit.YEN, item.annual_total_yen,
            item.specific_revenue_yen, item.rule_json,
        )  # fmt: skip

    def _workload(self, plan: Plan, parties: tuple[Party, ...]) -> ItemShares | _Pending | None:
        total = plan.workload_person_years
        own = plan.workload_rule_json.strip()
        follows = plan.workload_follows_item
        if not total and not own and follows is None:
            return None
        text, drop_fixed = own, False
        if not own and follows is not None:
            followed = next((i for i in plan.cost_items if i.name == follows), None)
            text, drop_fixed = (followed.rule_json if followed is not None else ""), True
        return self._prepare(
            plan, parties, WORKLOAD_KEY, None, WORKLOAD_KEY, Unit.PERSON_YEARS, total, Decimal(0), text,
            follows=follows if not own else None, drop_fixed=drop_fixed,
        )  # fmt: skip

    def _split(self, *args: Any, **kwargs: Any) -> ItemShares:
        """One item's split at once (_prepare's arguments)."""
        prepared = self._prepare(*args, **kwargs)
        if not isinstance(prepared, _Pending):
            return prepared
        return self._finish(
            prepared,
            allocate_batch([(prepared.item, prepared.parties, prepared.lead)], paths=[prepared.prefix])[0],
        )

    def _prepare(
        self,
        plan: Plan,
        parties: tuple[Party, ...],
        key: str,
        index: int | None,
        name: str,
        unit: Unit,
        total: Amount,
        revenue: Amount,
        rule_text: str,
        *,
        follows: str | None = None,
        drop_fixed: bool = False,
        rule_path: str | None = None,
    ) -> ItemShares | _Pending:
        """The item's shares where there is nothing to split (no rule, a rule with a problem), else what
        its split needs (_Pending), for _finish once allocate_batch has split it."""
        base: dict[str, Any] = {
            "key": key, "index": index, "name": name, "unit": unit, "total": total, "revenues": revenue, "parties": parties,
        }  # fmt: skip
        net = total - revenue
        if not rule_text.strip():
            return ItemShares(**base, net=net, has_rule=False, follows=follows)  # type: ignore[arg-type]
        path = rule_path if rule_path is not None else f"{key}.rule"
        codes = [p.id for p in parties]
        try:
            rule, rule_figures = self._parse(rule_text, tuple(codes), path)
        except ValidationFailed as exc:
            return ItemShares(**base, net=net, issues=tuple(exc.issues), follows=follows)  # type: ignore[arg-type]
        if drop_fixed and rule.fixed:  # fixed amounts are yen: they do not apply to 人工
            rule = SharingRule(rule.components, {}, rule.rounding, rule.remainder)
            if not rule.components:
                issue = ValidationIssue(
                    "workload_follows_item", ErrorCode.NOT_APPLICABLE, {"basis": Basis.FIXED.value}
                )
                return ItemShares(**base, net=net, rule=rule, issues=(issue,), follows=follows)  # type: ignore[arg-type]
        merged = tuple(
            Party(p.id, p.name, {**p.figures, **rule_figures[p.id]}) if p.id in rule_figures else p
            for p in parties
        )
        base["parties"] = merged
        revenues = (SpecificRevenue(_SPECIFIC_REVENUE_NAME, revenue),) if revenue else ()
        item = CostItem(name, total, rule, revenues, unit)
        prefix = path[: -len("rule")] if path.endswith("rule") else f"{path}."
        return _Pending(
            base,
            net,
            item,
            merged,
            plan.lead_code or None,
            prefix,
            parties,
            rule,
            rule_figures,
            path,
            follows,
        )

    def _finish(self, pending: _Pending, result: Allocation | ValidationFailed) -> ItemShares:
        base, rule, follows = pending.base, pending.rule, pending.follows
        if isinstance(result, ValidationFailed):
            issues = tuple(
                _plan_issue(i, pending.plain_parties, rule, pending.rule_figures, pending.path, self._names)
                for i in result.issues
            )
            return ItemShares(**base, net=pending.net, rule=rule, issues=issues, follows=follows)  # type: ignore[arg-type]
        return ItemShares(**base, net=result.net, rule=rule, allocation=result, follows=follows)  # type: ignore[arg-type]

    # --- editing ---

    def preview(self, plan: Plan, item_index: int | None, rule_json: str) -> ItemShares:
        """The split ``rule_json`` would give for a cost item (None: the workload), without saving;
        issue paths below ``rule``. Nothing is cached."""
        parties = self._parties(plan)
        if item_index is None:
            return self._split(
                plan, parties, WORKLOAD_KEY, None, WORKLOAD_KEY, Unit.PERSON_YEARS, plan.workload_person_years,
                Decimal(0), rule_json, rule_path="rule",
            )  # fmt: skip
        item = plan.cost_items[item_index]
        return self._split(
            plan, parties, f"cost_items[{item_index}]", item_index, item.name, Unit.YEN, item.annual_total_yen,
            item.specific_revenue_yen, rule_json, rule_path="rule",
        )  # fmt: skip

    def validate_rule(self, plan: Plan, item_index: int | None, rule_json: str) -> str:
        """The canonical JSON to store for ``rule_json``, or ValidationFailed with paths below ``rule``.
        "" (clear the rule) is valid. Statistics a party lacks do not stop a rule from being saved (the
        split then waits for them); every problem of the rule itself does."""
        if not rule_json.strip():
            return ""
        result = self.preview(plan, item_index, rule_json)
        blocking = [i for i in result.issues if not is_statistics_issue(i)]
        if blocking:
            raise ValidationFailed(blocking)
        if result.rule is None:  # pragma: no cover - a rule that parsed has no blocking issue
            raise ValidationFailed(list(result.issues))
        codes = list(plan.party_codes)
        _, figures = parse_plan_rule(rule_json, codes)
        return dump_plan_rule(result.rule, figures)

    def set_rule(self, plan_id: int, item_index: int | None, rule_json: str) -> tuple[Plan, Changes]:
        """Validate and store the rule of cost item ``item_index`` (None: the workload's own rule) of
        plan ``plan_id``, in one transaction through PlanService.update. Raises ValidationFailed (paths
        below ``rule``; ``item_index`` or ``id`` when not found); nothing is saved then."""
        plan = self._plans.get(plan_id)
        if plan is None:
            raise ValidationFailed([ValidationIssue("id", ErrorCode.NOT_FOUND, {"value": str(plan_id)})])
        if item_index is not None and not 0 <= item_index < len(plan.cost_items):
            raise ValidationFailed(
                [ValidationIssue("item_index", ErrorCode.NOT_FOUND, {"value": str(item_index)})]
            )
        stored = self.validate_rule(plan, item_index, rule_json)
        if item_index is None:
            changed = plan.with_changes(workload_rule_json=stored)
        else:
            items = list(plan.cost_items)
            items[item_index] = PlanCostItem(
                items[item_index].name,
                items[item_index].annual_total_yen,
                items[item_index].specific_revenue_yen,
                stored,
            )
            changed = plan.with_changes(cost_items=tuple(items))
        return self._plans.update(changed)


def _plan_issue(
    issue: ValidationIssue,
    parties: tuple[Party, ...],
    rule: SharingRule,
    rule_figures: Mapping[str, Mapping[str, BaseFigure]],
    path: str,
    names: Mapping[str, str],
) -> ValidationIssue:
    """An engine issue in a plan's terms: a party's figure is a statistic (participants[k].figures.X)
    or one the rule carries (rule.figures.<code>.X); the party's name goes into the params."""
    params = dict(issue.params)
    if "party" in params:
        params["party_name"] = names.get(params["party"], params["party"])
    name = issue.field
    if name.startswith("parties["):
        index, _, rest = name[len("parties[") :].partition("]")
        k = int(index) if index.isdigit() else -1
        if 0 <= k < len(parties):
            figure = rest[len(".figures.") :].split(".", 1)[0] if rest.startswith(".figures.") else ""
            code = parties[k].id
            if figure in STATISTIC_FIGURES and figure not in rule_figures.get(code, {}):
                name = f"participants[{k}]{rest}"
            else:
                name = f"{path}.{FIGURES_KEY}.{code}{rest[len('.figures') :]}"
    elif issue.code is ErrorCode.ZERO_BASE:
        figure = params.get("figure", "")
        basis = params.get("basis", "")
        from_rule = any(figure in f for f in rule_figures.values())
        if basis in {b.value for b in FIGURE_BASES} and figure in STATISTIC_FIGURES and not from_rule:
            params["source"] = "statistics"
    return ValidationIssue(name, issue.code, params)


# --- many splits at once ------------------------------------------------------------------------------

_kernel: SplitKernel | None = None


def allocate_batch(
    requests: Sequence[tuple[CostItem, Sequence[Party], str | None]], *, paths: Sequence[str] | None = None
) -> list[Allocation | ValidationFailed]:
    """Split many cost items at once (every plan of the portfolio; benchmarks/bench_sharing.py):
    ``domain.sharing.allocate_many`` with the NumPy kernel below, the same Allocations to the yen as
    ``allocate`` gives one by one. A problem comes back as its ValidationFailed, in the request's place.
    NumPy is imported with the first batch large enough for the kernel, not with this module."""
    global _kernel
    if _kernel is None and len(requests) >= sharing.BATCH_MINIMUM:
        _kernel = _numpy_kernel()
    return allocate_many(requests, paths=paths, kernel=_kernel)


def _numpy_kernel() -> SplitKernel:
    """The SplitKernel of domain.sharing over NumPy int64 arrays (NumPy comes with matplotlib).

    Exact: every product is checked, as a float estimate with room to spare, to stay below 2**63; a
    plan that would not is left to the domain's own integer arithmetic (``ok`` False), as is every plan
    the fast path would not take. The components of n parties are split together as an n-row table
    (a row per party), so that sums and the largest remainders are taken down columns; largest
    remainders are picked by a stable sort, so that ties go to the party listed first, as in the domain."""
    import numpy as np

    safe = 9.0e18  # below 2**63 ≈ 9.22e18, with room for the float estimate's rounding
    int64_max = 2**63 - 1
    max_yen = sharing.MAX_AMOUNT[Unit.YEN]
    i64 = np.int64

    def column(values: Sequence[int]) -> Any:
        """Python ints as int64 (struct packs them faster than NumPy converts them one by one)."""
        n = len(values)
        return np.frombuffer(struct.pack(f"{n}q", *values), dtype=i64) if n else np.zeros(0, dtype=i64)

    def starts_of(sizes: Any) -> Any:
        """The first index of each run of ``sizes``."""
        starts = np.zeros(sizes.size, dtype=i64)
        np.cumsum(sizes[:-1], out=starts[1:])
        return starts

    def values_of(figure: Sequence[int]) -> Any:
        """A figure's values as int64; one beyond 64 bits counts as unknown (the domain splits that plan)."""
        try:
            return column(figure)
        except struct.error:
            return np.array([v if v <= int64_max else UNKNOWN for v in figure], dtype=i64)

    def tables(
        batch: SplitBatch, figures: Any, sizes: Any, slot_starts: Any, comp_plan: Any
    ) -> tuple[Any, Any, Any]:
        """Per figure the batch reads and per party (flat, figure by figure), the whole and the scaled
        figure, and each figure number's row: every party's figure where the parties are few, else
        only those of the plans that read it, and scaled only where a party's figure is not whole
        (a batch of plans that share few parties)."""
        parties = len(batch.codes)
        read = np.flatnonzero(figures >= 0)
        used = np.flatnonzero(np.bincount(figures.take(read))) if read.size else np.zeros(0, dtype=i64)
        row = np.zeros(int(figures.max(initial=0)) + 1, dtype=i64)
        row[used] = np.arange(used.size)
        wholes = np.full(used.size * parties, UNKNOWN, dtype=i64)
        scaled = np.full(used.size * parties, UNKNOWN, dtype=i64)
        if not read.size:
            return wholes, scaled, row
        plan = comp_plan.take(read)
        n = sizes.take(plan)
        cells = int(n.sum())
        if parties * used.size <= cells:
            for k, f in enumerate(used.tolist()):
                wholes[k * parties : (k + 1) * parties] = values_of(batch.figure_values(f, None, False))
                scaled[k * parties : (k + 1) * parties] = values_of(batch.figure_values(f, None, True))
            return wholes, scaled, row
        starts = starts_of(n)
        at = np.repeat(slot_starts.take(plan) - starts, n) + np.arange(cells)
        keys = np.repeat(row.take(figures.take(read)), n) * parties + column(batch.slots).take(at)

        def fill(table: Any, wanted: Any, scale: bool) -> None:
            wanted = np.unique(wanted)
            bounds = np.searchsorted(wanted, np.arange(used.size + 1) * parties).tolist()
            for k, f in enumerate(used.tolist()):
                where = wanted[bounds[k] : bounds[k + 1]]
                if where.size:
                    table[where] = values_of(batch.figure_values(f, (where - k * parties).tolist(), scale))

        fill(wholes, keys, False)
        not_whole = ~np.logical_and.reduceat(wholes.take(keys) >= 0, starts)
        if not_whole.any():
            fill(scaled, keys[np.repeat(not_whole, n)], True)
        return wholes, scaled, row

    def give_largest(shares: Any, rest: Any, left: Any) -> None:
        """In place, column by column: one more to each of the ``left[c]`` largest ``rest[:, c]`` (ties:
        the first listed, as a stable sort leaves them)."""
        columns = np.flatnonzero(left > 0)
        if columns.size:
            order = np.argsort(-rest[:, columns].T, axis=1, kind="stable")  # a row per column
            winners = np.arange(shares.shape[0]) < left[columns][:, None]
            shares[order.T, columns] += winners.T

    def ragged(starts: Any, lengths: Any) -> Any:
        """The indexes of runs: ``lengths[r]`` of them from ``starts[r]``, run after run."""
        return np.repeat(starts - starts_of(lengths), lengths) + np.arange(int(lengths.sum()))

    def split(batch: SplitBatch) -> SplitResult:
        # The plans' numbers (CostItem's view): the total, the 特定財源, then the rule.
        numbers = np.frombuffer(batch.rows, dtype=i64)
        row_starts = starts_of(column(batch.row_sizes) // 8)
        nets = numbers.take(row_starts)
        plans = nets.size
        bad = (nets < 0) | (nets > max_yen)
        revenue_counts = numbers.take(row_starts + 1)
        rule_at = row_starts + 2 + revenue_counts
        if revenue_counts.any():  # less 特定財源: sums by differences of running sums
            revenues = numbers.take(ragged(row_starts + 2, revenue_counts))
            bad[np.repeat(np.arange(plans), revenue_counts)[(revenues < 0) | (revenues > max_yen)]] = True
            running = np.zeros(revenues.size + 1, dtype=i64)
            np.cumsum(revenues, out=running[1:])  # each sum exact: every amount is within MAX_AMOUNT
            ends = np.cumsum(revenue_counts)
            nets = nets - (running.take(ends) - running.take(ends - revenue_counts))
        bad |= nets < 0  # 特定財源 beyond the total
        nets[bad] = 0
        counts = numbers.take(rule_at)
        weight_totals = numbers.take(rule_at + 1)
        modes = numbers.take(rule_at + 2)
        half_ups = numbers.take(rule_at + 3) != 0
        comps = numbers.take(ragged(rule_at + 4, 2 * counts))
        weights, figures = comps[0::2], comps[1::2]
        sizes = column(batch.sizes)
        leads = column(batch.leads)
        slots = column(batch.slots)
        codes = column(batch.codes)

        # Parties: ids known and distinct in each plan; the lead among them.
        slot_starts = starts_of(sizes)
        slot_code = codes.take(slots)
        bad |= np.logical_or.reduceat(slot_code < 0, slot_starts)
        width = int(codes.max(initial=0)) + 2
        key = np.repeat(np.arange(0, plans * width, width), sizes) + (slot_code + 1)  # by plan, then id
        key.sort()
        bad[key[1:][key[1:] == key[:-1]] // width] = True  # an id twice in a plan
        lead_at = np.repeat(leads, sizes)
        found = np.where((slot_code == lead_at) & (lead_at >= 0), np.arange(slots.size), slots.size)
        lead_index = np.minimum.reduceat(found, slot_starts) - slot_starts
        no_lead = lead_index >= sizes
        bad |= np.where(leads == NO_LEAD, modes == MODE_LEAD_PARTY, no_lead)
        lead_index[no_lead] = 0  # a party all the same (the plan is bad, or its rule needs no lead)

        # 1. The net by the weights (largest remainder); plans of k components as a k-row table.
        too_large = nets.astype(np.float64) * weight_totals >= safe
        if too_large.any():
            bad |= too_large
            nets[too_large] = 0
        comp_starts = starts_of(counts)
        parts = np.empty(weights.size, dtype=i64)
        for k in np.flatnonzero(np.bincount(counts)).tolist():
            rows = np.flatnonzero(counts == k)
            at = np.arange(k)[:, None] + comp_starts.take(rows)
            net, total = nets.take(rows), weight_totals.take(rows)
            product = weights.take(at) * net
            part = product // total
            give_largest(part, product - part * total, net - part.sum(axis=0))
            parts.put(at, part)

        # 2. Each component by its bases; components of n parties as an n-row table. The bases: the
        # whole figures where every party's is whole, else the scaled ones; 1 for 均等割. The shares
        # and amounts come out table by table, each party's in a row: ``starts`` say where.
        comp_plan = np.repeat(np.arange(plans), counts)
        comp_sizes = sizes.take(comp_plan)
        parties = codes.size
        wholes, scaled, row = tables(batch, figures, sizes, slot_starts, comp_plan)
        share_blocks, amount_blocks = [], []
        starts = np.empty(figures.size, dtype=i64)
        amount_starts = np.empty(plans, dtype=i64)
        placed = placed_amounts = 0
        comp_bad = np.zeros(figures.size, dtype=bool)
        for n in np.flatnonzero(np.bincount(comp_sizes)).tolist():
            comps = np.flatnonzero(comp_sizes == n)
            plan = comp_plan.take(comps)
            slot = np.arange(n)[:, None] + slot_starts.take(plan)
            figure = figures.take(comps)
            bases = np.ones((n, comps.size), dtype=i64)  # 均等割
            read = np.flatnonzero(figure >= 0)
            if read.size:
                at = slots.take(slot.take(read, axis=1)) + row.take(figure.take(read)) * parties
                read_bases = wholes.take(at)
                scale = ~(read_bases >= 0).all(axis=0)
                if scale.any():
                    read_bases[:, scale] = scaled.take(at[:, scale])
                unknown = (read_bases < 0).any(axis=0)
                if unknown.any():
                    comp_bad[comps[read[unknown]]] = True
                    read_bases[:, unknown] = 1
                bases[:, read] = read_bases
            total = bases.sum(axis=0)
            amount = parts.take(comps)
            largest = bases.max(axis=0).astype(np.float64)  # the products, and the total, stay below it
            exceeds = (total == 0) | (amount * largest >= safe) | (n * largest >= safe)
            if exceeds.any():
                comp_bad[comps[exceeds]] = True
                amount = np.where(exceeds, 0, amount)
                total[exceeds] = 1
            product = bases * amount
            share = product // total
            rest = product - share * total
            half_up = half_ups.take(plan)
            if half_up.any():
                share += half_up & (rest >= total - rest)
            left = amount - share.sum(axis=0)
            mode = modes.take(plan)
            by_remainder = mode == MODE_LARGEST_REMAINDER
            give_largest(share, rest, np.where(by_remainder, left, 0))
            columns = np.flatnonzero(~by_remainder & (left != 0))
            if columns.size:  # all to the lead, or to the first of the largest bases
                target = np.where(
                    mode.take(columns) == MODE_LEAD_PARTY,
                    lead_index.take(plan.take(columns)),
                    bases[:, columns].argmax(axis=0),
                )
                share[target, columns] += left.take(columns)
                comp_bad[comps[columns[share[target, columns] < 0]]] = True
            share_blocks.append(share.T.ravel())  # a component's parts side by side
            starts[comps] = np.arange(placed, placed + comps.size * n, n)
            placed += comps.size * n
            # A plan's components are neighbouring columns: its parties' amounts are their sums.
            first = np.flatnonzero(np.concatenate(([True], plan[1:] != plan[:-1])))
            amount_blocks.append(np.add.reduceat(share, first, axis=1).T.ravel())
            amount_starts[plan.take(first)] = np.arange(placed_amounts, placed_amounts + first.size * n, n)
            placed_amounts += first.size * n
        if comp_bad.any():
            bad |= np.logical_or.reduceat(comp_bad, comp_starts)
        # Memoryviews of the arrays: their items are Python ints (and bools), nothing is copied.
        return SplitResult(
            memoryview(parts),
            memoryview(comp_starts),
            memoryview(np.concatenate(share_blocks)),
            memoryview(starts),
            memoryview(np.concatenate(amount_blocks)),
            memoryview(amount_starts),
            memoryview(~bad),
        )

    return split
