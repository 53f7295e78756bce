"""The ``aistrike`` command: show a story, extract it as JSON.

Examples:
    aistrike                      # the seed's report
    aistrike show article.txt     # another article's report
    aistrike extract article.txt --published 2023-07-26 --json
"""

import argparse
import sys

from collections.abc import Sequence
from datetime import date

from aistrike.exceptions import AistrikeError
from aistrike.loaders import load, load_seed
from aistrike.model import Story
from aistrike.report import render
from aistrike.serialization import to_json


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aistrike",
        description="Typed, citable data from news about AI and the 2023 Hollywood strikes.",
        epilog="examples:\n  aistrike\n  aistrike show article.txt\n  aistrike extract article.txt --json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command")
    show = commands.add_parser("show", help="print a readable report (no FILE: the bundled seed)")
    show.add_argument("file", nargs="?", help="a UTF-8 article file")
    extract = commands.add_parser("extract", help="print the story read from FILE")
    extract.add_argument("file", help="a UTF-8 article file")
    extract.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    extract.add_argument("--json", action="store_true", help="print the story as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code (0 success, 2 usage or input error)."""
    args = _parser().parse_args(argv)
    try:
        story = _story(args)
    except (AistrikeError, OSError, ValueError) as exc:
        print(f"aistrike: error: {exc}", file=sys.stderr)  # noqa: T201
        return 2
    if args.command == "extract" and args.json:
        print(to_json(story))  # noqa: T201
    else:
        print(render(story))  # noqa: T201
    return 0


def _story(args: argparse.Namespace) -> Story:
    if getattr(args, "file", None) is None:
        return load_seed()
    return load(args.file, published=getattr(args, "published", None))
