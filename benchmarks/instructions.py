"""Instructions per ``extract()`` call, counted by valgrind's callgrind (run by hand).

python benchmarks/instructions.py [--src OTHER/src] [--reps 3]

The clock on a shared machine moves by a third from one minute to the next;
the count of instructions does not (the same total twice, whatever else the
machine does). It is the measure to compare two versions of the code by: run
this once here and once with ``--src`` pointing at another checkout's ``src``.
The count moves by about half a per cent with where the code sits (sentences hash
by identity, so sets of them iterate by memory address): for a fine comparison,
copy both versions' ``src`` to paths of the same length and point ``--src`` at each.
Needs ``valgrind`` (Debian's package); about 20 s a run.

The texts are the seed and the test articles of ``tests/extract/articles``, each
extracted once to compile the patterns; the count is the difference between a
run that then extracts them *reps* more times and one that does not, divided
by the number of extracts. ``PYTHONHASHSEED`` is fixed, so that sets and dicts
iterate alike in both runs.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

from pathlib import Path


ROOT = Path(__file__).parent.parent
_COLLECTED = re.compile(r"Collected : (\d+)")


def _work(src: str, reps: int) -> None:
    """Extract every text once (to compile the patterns), then *reps* times more."""
    sys.path.insert(0, src)
    import aistrike  # noqa: PLC0415 - from *src*, chosen at run time

    from aistrike.loaders import seed_text  # noqa: PLC0415

    texts = [seed_text()] + [
        p.read_text(encoding="utf-8")
        for p in sorted((ROOT / "tests/extract/articles").glob("*.txt"))
    ]
    for _ in range(1 + reps):
        for text in texts:
            aistrike.extract(text)
    print(len(texts))


def _count(src: str, reps: int) -> tuple[int, int]:
    """Instructions of one run under callgrind, and the number of texts."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    valgrind = shutil.which("valgrind")
    if valgrind is None:
        msg = "valgrind is not installed (Debian: apt install valgrind)"
        raise SystemExit(msg)
    done = subprocess.run(  # noqa: S603 - our own interpreter and script, with our arguments
        [
            valgrind,
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            __file__,
            "--work",
            "--src",
            src,
            "--reps",
            str(reps),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        msg = f"valgrind gave no count:\n{done.stderr[-2000:]}"
        raise SystemExit(msg)
    return int(found.group(1)), int(done.stdout.split()[-1])


def main() -> None:
    """Print the instructions of one ``extract()`` call, on average over the texts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=str(ROOT / "src"), help="the src directory to measure")
    parser.add_argument("--reps", type=int, default=3, help="extracts of every text to count")
    parser.add_argument("--work", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.work:
        _work(args.src, args.reps)
        return
    base, _ = _count(args.src, 0)
    total, texts = _count(args.src, args.reps)
    per_call = (total - base) / (texts * args.reps)
    print(f"{args.src}: {per_call / 1e6:.3f} million instructions an extract ({texts} texts)")


if __name__ == "__main__":
    main()
