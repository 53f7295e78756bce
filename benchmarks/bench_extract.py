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
    """Print MB/s over the corpus, best of three runs."""
    articles = corpus()
    size = sum(len(t.encode()) for t in articles)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for text in articles:
            aistrike.extract(text)
        best = min(best, time.perf_counter() - start)
    print(
        f"{len(articles)} articles, {size / 1e6:.2f} MB in {best:.2f} s: {size / 1e6 / best:.2f} MB/s"
    )
    start = time.perf_counter()
    aistrike.load_seed()
    print(f"load_seed(): {(time.perf_counter() - start) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
