"""Every benchmark of docs/performance.md, printed as Markdown (run by hand, not in CI).

python benchmarks/bench_all.py

Each figure is the best of several runs, which is the least disturbed by other
work on the machine.
"""

import platform
import subprocess
import sys
import time
import tracemalloc

from collections.abc import Callable
from pathlib import Path

import aistrike


sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(Path(__file__).parent.parent))
from bench_extract import corpus
from tests.extract.test_robustness import (  # the inputs the tests run
    ADVERSARIAL_TEXTS,
    ADVERSARIAL_UNITS,
)


MODULES = (
    "aistrike",
    "aistrike.model",
    "aistrike.serialization",
    "aistrike.claims",
    "aistrike.tables",
    "aistrike.loaders",
    "aistrike.extract.actions",
    "aistrike.extract.comparisons",
    "aistrike.extract.likeness",
    "aistrike.extract.postings",
    "aistrike.extract.productions",
)
"""Every module a full run uses (the recognisers import the rest)."""


def best(fn: Callable[[], object], runs: int = 5) -> float:
    """The shortest of *runs* timings of *fn*, in seconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def import_time(statement: str, runs: int = 15) -> float:
    """The shortest wall time of a fresh interpreter running *statement*, in seconds."""
    return best(
        lambda: subprocess.run([sys.executable, "-c", statement], check=True),  # noqa: S603
        runs,
    )


def adversarial() -> list[tuple[str, str]]:
    """Seconds for 1 MB of each unit, and how that compares with 4 times 0.25 MB."""
    inputs = [
        (
            f"1 MB of `{unit.strip() or repr(unit)}`",
            lambda size, unit=unit: unit * (size // len(unit)),
        )
        for unit in ADVERSARIAL_UNITS
    ] + [(f"1 MB of {name}", build) for name, build in ADVERSARIAL_TEXTS.items()]
    rows = []
    for name, build in inputs:
        quarter, whole = build(250_000), build(1_000_000)
        small = best(lambda text=quarter: aistrike.extract(text), 2)
        large = best(lambda text=whole: aistrike.extract(text), 2)
        rows.append((name, f"{large:.2f} s, {large / small / 4:.2f}x linear"))
    return rows


def main() -> None:
    """Print each measurement as a row of a Markdown table."""
    rows: list[tuple[str, str]] = []
    rows.append(("machine", f"{platform.machine()}, Python {platform.python_version()}"))

    deps_only = "import attrs, cattrs, cattrs.preconf.json, dateutil.parser, dateutil.relativedelta"
    bare = import_time("pass")
    deps = import_time(deps_only)
    lazy = import_time("import aistrike")
    full = import_time(f"{deps_only}; import {', '.join(MODULES)}")
    first = import_time("import aistrike; aistrike.load_seed()")
    rows.append(("interpreter start", f"{bare * 1000:.0f} ms"))
    rows.append(
        ("import the dependencies (attrs, cattrs, dateutil)", f"{(deps - bare) * 1000:.0f} ms")
    )
    rows.append(("`import aistrike` (names load on first use)", f"{(lazy - bare) * 1000:.0f} ms"))
    rows.append(("every aistrike module, over the dependencies", f"{(full - deps) * 1000:.0f} ms"))
    rows.append(("`import aistrike` and a first `load_seed()`", f"{(first - bare) * 1000:.0f} ms"))

    rows.append(("load_seed()", f"{best(aistrike.load_seed, 20) * 1000:.1f} ms"))

    articles = corpus()
    size = sum(len(text.encode()) for text in articles)
    seconds = best(lambda: [aistrike.extract(text) for text in articles], 3)
    rows.append(
        (
            f"extract() over {len(articles)} articles, {size / 1e6:.2f} MB",
            f"{size / 1e6 / seconds:.2f} MB/s",
        )
    )

    base = "\n\n".join(articles[:100])  # one long document
    unit = best(lambda: aistrike.extract(base), 3)
    for factor in (1, 4, 16):
        text = "\n\n".join([base] * factor)
        took = best(lambda text=text: aistrike.extract(text), 3)
        rows.append(
            (
                f"one document of {len(text.encode()) / 1e6:.2f} MB ({factor}x)",
                f"{took:.2f} s, {took / unit / factor:.2f}x linear",
            )
        )

    big = "\n\n".join([base] * (10_000_000 // len(base.encode()) + 1))
    tracemalloc.start()
    aistrike.extract(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    mb = len(big.encode()) / 1e6
    rows.append(
        (
            f"peak memory extracting {mb:.1f} MB",
            f"{peak / 1e6:.0f} MB ({peak / 1e6 / mb:.1f}x the input)",
        )
    )

    story = aistrike.load_seed()
    text = aistrike.to_json(story)
    round_trip = best(lambda: aistrike.from_json(aistrike.to_json(story), aistrike.Story), 50)
    rows.append(
        (
            f"JSON round trip of the seed story ({len(text)} characters)",
            f"{round_trip * 1000:.2f} ms",
        )
    )

    checks = best(lambda: aistrike.check_claims(story), 50)
    rows.append(("check_claims() on the seed story", f"{checks * 1000:.2f} ms"))

    rows.extend(adversarial())

    print("| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
