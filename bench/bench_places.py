"""Place resolution with the world towns: p95 per lookup, and what the towns cost at start.

Targets (issue 11): resolving a place < 5 ms p95; the app's start no more than 50 ms slower.
The towns (resources/gazetteer/cities.csv) load on the first lookup that needs them, on the
worker thread, so start-up pays nothing; the first-use load is measured here too.

Run: `.venv/bin/python -m bench.bench_places`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

RUNS = 7
ROUNDS = 200
FOUND = ["首尔", "Bangkok", "高雄", "澳门氹仔", "吉隆坡", "东京", "Kaohsiung", "荃湾", "shouer"]
ASKED = ["Vancouver", "悉尼", "温哥华"]  # several towns: the desk asks
MAINLAND = ["石家庄", "朝阳", "河北省石家庄市长安区", "Shijiazhuang", "广州天河"]
TYPOS = ["Seol", "Bankok", "Vancuver", "曼古谷"]
START = "import vipdesk.geo as g; g.gazetteer(); g.resolve_location('石家庄')"
FIRST_USE = START + "; g.resolve_location('首尔')"


def _process_ms(code: str) -> float:
    """Median wall time of a fresh interpreter running `code`, in ms."""
    times = []
    for _ in range(RUNS):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _lookups(names: list[str]) -> list[float]:
    from vipdesk.geo import resolve_place

    times = []
    for _ in range(ROUNDS):
        for name in names:
            t = time.perf_counter_ns()
            resolve_place(name)
            times.append((time.perf_counter_ns() - t) / 1e6)
    return times


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[18]


def main() -> None:
    """Print start cost, first-use load and lookup percentiles."""
    bare = _process_ms("pass")
    start = _process_ms(START)
    first = _process_ms(FIRST_USE)
    print(f"interpreter alone                     {bare:7.1f} ms")
    print(
        f"start: import geo + gazetteer (no towns) {start - bare:7.1f} ms  (as before: towns lazy)"
    )
    print(f"first foreign lookup loads the towns  {first - start:7.1f} ms  (worker thread, once)")
    from vipdesk.geo.world import world_cities

    world_cities()  # warm, as on the desk after the first lookup
    for label, names in (
        ("towns abroad", FOUND),
        ("several towns (ask)", ASKED),
        ("mainland", MAINLAND),
        ("typos (did you mean)", TYPOS),
    ):
        times = _lookups(names)
        print(
            f"{label:<22} p50 {statistics.median(times):6.3f} ms  p95 {_p95(times):6.3f} ms  "
            f"max {max(times):6.3f} ms  ({len(times)} lookups)"
        )


if __name__ == "__main__":
    main()
