"""The sharing engine: split 10,000 cost items (3–8 parties, 2–3 weighted components each) among parties.

Target (issue #4): shares for 10,000 plans in ≤ 100 ms. The plans are built first (not timed); each
timed run validates and splits every one of them in one call of ``services.shares.allocate_batch``,
the call the app makes for many plans at once (``SharesService.portfolio`` and ``plan_shares_many``:
``domain.sharing.allocate_many`` with the NumPy kernel), and then checks, untimed, that each result
is an Allocation whose amounts add up to its net. ``--one-by-one`` times ``domain.sharing.allocate``
per plan instead (the call for one plan: the plan's page, the CLI), for comparison.

What a timed run does: every check allocate() makes on the fast path, the split of every component
of every plan, each party's amount, and an Allocation per plan holding its amounts. Its other fields
(item, parties, lead, net, revenues: references and sums at hand; component_amounts and by_component,
the kernel's parts made into tuples) are attached when first read; ``--explain`` also reads every
allocation's by_component inside the timed run (what a table of every plan's parts costs).

The machine is shared: the CPU-time median and the time of 10**7 empty loop turns are printed too.

Usage: python benchmarks/bench_sharing.py [--plans 10000] [--runs 7] [--distinct-parties]
       [--one-by-one] [--explain] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from renkei_desktop.domain.sharing import (  # noqa: E402
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
    allocate,
)
from renkei_desktop.services.shares import allocate_batch  # noqa: E402

TARGET_MS = 100.0
FIGURE_BASES = (
    Basis.POPULATION,
    Basis.ELDERLY_POPULATION,
    Basis.USAGE,
    Basis.STAFF,
    Basis.STANDARD_FISCAL_NEED,
)
REFERENCE = date(2024, 1, 1)


def make_party(rng: random.Random, party_id: str) -> Party:
    population = rng.randint(800, 400_000)
    figures = {
        "population": BaseFigure(Decimal(population), REFERENCE, "住民基本台帳"),
        "elderly_population": BaseFigure(
            Decimal(population * rng.randint(25, 55) // 100), REFERENCE, "住民基本台帳"
        ),
        "usage": BaseFigure(Decimal(rng.randint(0, 5000)) / 10, REFERENCE, "搬入量 (t)"),
        "staff": BaseFigure(Decimal(rng.randint(20, 3000)), REFERENCE, "定員管理調査"),
        "standard_fiscal_need": BaseFigure(
            Decimal(rng.randint(10**6, 10**8)), REFERENCE, "地方交付税算定台帳"
        ),
    }
    return Party(party_id, "", figures)


def make_plans(count: int, seed: int = 4, pool: int = 1788) -> list[tuple[CostItem, tuple[Party, ...], str]]:
    """``count`` plans, each with its own rule and total. Parties come from a pool of ``pool`` parties
    (the 1,788 municipalities and prefectures, each with its figures, as the app holds them), so that
    a party in several plans is one object, as in a town's portfolio; ``pool=0`` gives every plan its
    own parties (a colder, pessimistic case)."""
    rng = random.Random(seed)
    shared = [make_party(rng, f"{k:06d}") for k in range(pool)]
    plans = []
    for k in range(count):
        size = rng.randint(3, 8)
        if pool:
            start = rng.randrange(pool - size)  # neighbours: a run of consecutive codes
            parties = shared[start : start + size]
        else:
            parties = [make_party(rng, f"{k:05d}-{i}") for i in range(size)]
        n_components = rng.randint(2, 3)
        equal = Decimal(rng.choice((5, 10, 15, 20)))
        others = rng.sample(FIGURE_BASES, n_components - 1)
        first = (100 - equal) if n_components == 2 else Decimal(rng.choice((40, 45, 50)))
        weights = [first] if n_components == 2 else [first, 100 - equal - first]
        components = (Component(Basis.EQUAL, equal),) + tuple(
            Component(b, w) for b, w in zip(others, weights, strict=True)
        )
        rule = SharingRule(
            components,
            rounding=rng.choice((Rounding.FLOOR, Rounding.HALF_UP)),
            remainder=rng.choice(tuple(RemainderRule)),
        )
        total = rng.randint(10**5, 10**10)  # to the yen: the remainder rules work on every split
        revenues = (SpecificRevenue("補助金", total // 4),) if rng.random() < 0.3 else ()
        plans.append((CostItem("運営費", total, rule, revenues), tuple(parties), parties[0].id))
    return plans


def run(
    plans: list[tuple[CostItem, tuple[Party, ...], str]], one_by_one: bool = False, explain: bool = False
) -> tuple[float, float]:
    """Wall-clock and CPU seconds for allocating every plan once (CPU time is steadier on a shared machine)."""
    t0, c0 = time.perf_counter(), time.process_time()
    if one_by_one:
        results = [allocate(item, parties, lead=lead) for item, parties, lead in plans]
    else:
        results = allocate_batch(plans)
    if explain:
        for result in results:
            result.by_component  # noqa: B018 - built when first read
    elapsed, cpu = time.perf_counter() - t0, time.process_time() - c0
    for (item, _, _), result in zip(plans, results, strict=True):
        assert isinstance(result, Allocation), result
        assert sum(result.amounts) == result.net == item.total - sum(r.amount for r in item.specific_revenues)
    return elapsed, cpu


def loop_baseline_s() -> float:
    """Seconds for 10**7 empty loop turns: how fast this Python on this machine is, for comparing figures."""
    t0 = time.perf_counter()
    for _ in range(10**7):
        pass
    return time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--distinct-parties", action="store_true", help="no shared party objects (colder caches)"
    )
    parser.add_argument("--one-by-one", action="store_true", help="allocate() per plan, not one batch")
    parser.add_argument("--explain", action="store_true", help="also read every by_component, timed")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    plans = make_plans(args.plans, pool=0 if args.distinct_parties else 1788)
    run(plans[:200], args.one_by_one, args.explain)  # warm-up (and NumPy's import)
    runs = [run(plans, args.one_by_one, args.explain) for _ in range(args.runs)]
    times = [wall for wall, _ in runs]
    result = {
        "plans": args.plans,
        "party_pool": "distinct" if args.distinct_parties else 1788,
        "call": "allocate one by one" if args.one_by_one else "allocate_batch",
        "explain": args.explain,
        "parties": sum(len(p) for _, p, _ in plans),
        "components": sum(len(i.rule.components) for i, _, _ in plans),
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "max_ms": max(times) * 1000,
        "cpu_median_ms": statistics.median(cpu for _, cpu in runs) * 1000,
        "per_plan_us": statistics.median(times) / args.plans * 1e6,
        "loop_1e7_s": loop_baseline_s(),
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:12s} {value:.2f}" if isinstance(value, float) else f"{key:12s} {value}")
        ok = result["median_ms"] * 10_000 / args.plans <= TARGET_MS
        print(f"target: 10,000 plans ≤ {TARGET_MS:.0f} ms median ({'ok' if ok else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
