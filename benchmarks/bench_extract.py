"""Extraction throughput on a corpus built from the test articles and the seed (run by hand).

python benchmarks/bench_extract.py
"""

import time

from pathlib import Path

import aistrike

from aistrike.loaders import seed_text


ROOT = Path(__file__).parent.parent


def corpus(min_bytes: int = 1_000_000) -> list[str]:
    """Articles repeated until they hold at least *min_bytes* of UTF-8 text."""
    texts = [seed_text()] + [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests/extract/articles").glob("*.txt"))
    ]
    out: list[str] = []
    size = 0
    while size < min_bytes:
        for text in texts:
            out.append(text)
            size += len(text.encode())
    return out


def main() -> None:
    """Print MB/s over the corpus, best of five runs, by the clock and by CPU time.

    CPU time (``time.process_time``) leaves out what the machine spent on other
    work; on a shared machine it varies less than the clock.
    """
    articles = corpus()
    size = sum(len(t.encode()) for t in articles)
    wall = cpu = float("inf")
    for _ in range(5):
        start, start_cpu = time.perf_counter(), time.process_time()
        for text in articles:
            aistrike.extract(text)
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    print(
        f"{len(articles)} articles, {size / 1e6:.2f} MB in {wall:.2f} s: {size / 1e6 / wall:.2f} MB/s"
        f" ({size / 1e6 / cpu:.2f} MB/s of CPU time)"
    )
    start = time.perf_counter()
    aistrike.load_seed()
    print(f"load_seed(): {(time.perf_counter() - start) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
