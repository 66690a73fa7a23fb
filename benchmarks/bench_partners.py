"""Ranking candidate partners (issue #4, the advisor): all 1,788 master records for one town.

Target: well under 100 ms. The master is built from japancode's data, as the app builds it, with
two population figures and a day/night ratio per 市区町村 (tests/domain/places.py: made-up figures,
fixed seed). Reported next
to an empty-loop baseline so figures from different machines compare.

Usage: python benchmarks/bench_partners.py [--runs 15] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from renkei_desktop.domain.methods import CooperationMethod  # noqa: E402
from renkei_desktop.domain.partners import rank_partners  # noqa: E402
from tests.domain.places import full_master  # noqa: E402  (the master with made-up figures, as the tests use)

TARGET_MS = 100.0
TENRYU = "204137"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    data = full_master()
    home = next(m for m in data if m.code == TENRYU)
    methods = [CooperationMethod.SUBSTITUTE_EXECUTION, CooperationMethod.ENTRUSTMENT]
    times = []
    for _ in range(args.runs + 1):
        start = time.perf_counter()
        ranked = rank_partners(home, data, methods=methods, agreements={"204072": 1}, pinned={"202029"})
        times.append(time.perf_counter() - start)
    times = times[1:]  # the first run warms caches
    t0 = time.perf_counter()
    for _ in range(10**7):
        pass
    result = {
        "records": len(data),
        "candidates": len(ranked.candidates),
        "median_ms": statistics.median(times) * 1000,
        "min_ms": min(times) * 1000,
        "max_ms": max(times) * 1000,
        "loop_1e7_s": time.perf_counter() - t0,
    }
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        for key, value in result.items():
            print(f"{key:12s} {value:.2f}" if isinstance(value, float) else f"{key:12s} {value}")
        ok = result["median_ms"] <= TARGET_MS
        print(f"target: ≤ {TARGET_MS:.0f} ms median ({'ok' if ok else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
