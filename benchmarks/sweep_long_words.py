"""Look for superlinear time: a long word put into every sentence of the test texts (run by hand).

python benchmarks/sweep_long_words.py

For each sentence of the seed and the test articles, a word of 4,000 and then
16,000 characters (letters, capitals, digits, dollar signs, dots, quotes, spaces)
is put at its start, middle and end. Linear code takes about 4 times as long for
the longer word; a ratio over 8 with a time over 50 ms is printed as a suspect.
"""

import time

from pathlib import Path

import aistrike

from aistrike.extract.text import Sentence, sentences
from aistrike.loaders import seed_text


ARTICLES = Path(__file__).parent.parent / "tests" / "extract" / "articles"
FILLERS = ("a", "A", "9", "$", "a-", "Aa ", "x.", "“", " ")


def timed(text: str) -> float:
    """Seconds to extract *text*."""
    start = time.perf_counter()
    aistrike.extract(text)
    return time.perf_counter() - start


def variant(text: str, sentence: Sentence, at: int, fill: str, size: int) -> str:
    """*text* with a word of *size* characters of *fill* put before word *at* of *sentence*."""
    words = sentence.text.split(" ")
    changed = " ".join([*words[:at], fill * (size // len(fill)), *words[at:]])
    return text[: sentence.start] + changed + text[sentence.end :]


def main() -> None:
    """Print each suspect, then how many there were."""
    aistrike.load_seed()  # compile the patterns first
    texts = [seed_text()] + [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    suspects = 0
    for text in texts:
        for sentence in sentences(text):
            words = sentence.text.split(" ")
            for at in (0, len(words) // 2, len(words) - 1):
                for fill in FILLERS:
                    small = timed(variant(text, sentence, at, fill, 4_000))
                    large = timed(variant(text, sentence, at, fill, 16_000))
                    if large > 0.05 and large / small > 8:  # noqa: PLR2004 - see the docstring
                        suspects += 1
                        print(
                            f"{large / small:5.1f}x {large:.3f} s  {fill!r} at word {at}: {sentence.text[:60]}"
                        )
    print(f"{suspects} suspects")


if __name__ == "__main__":
    main()
