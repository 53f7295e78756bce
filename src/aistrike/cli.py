"""The ``aistrike`` command: show a story, check its figures, extract it as JSON.

Examples:
    aistrike                      # the seed's report
    aistrike show article.txt     # another article's report
    aistrike check                # the seed's claims against the reference data
    aistrike check article.txt --explain
    aistrike extract article.txt --published 2023-07-26 --json
"""

import argparse
import sys

from collections.abc import Sequence
from datetime import date
from typing import NoReturn

from aistrike.claims import check_claims
from aistrike.exceptions import AistrikeError
from aistrike.loaders import load, load_seed
from aistrike.model import Story
from aistrike.report import render, render_checks
from aistrike.serialization import to_json


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {value!r}"
        raise argparse.ArgumentTypeError(msg) from None


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors are one line on stderr, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="aistrike",
        description="Typed, citable data from news about AI and the 2023 Hollywood strikes.",
        epilog=(
            "examples:\n"
            "  aistrike                         the bundled seed's report\n"
            "  aistrike show article.txt        another article's report\n"
            "  aistrike check --explain         the seed's claims, with the arithmetic and URLs\n"
            "  aistrike extract article.txt --published 2023-07-26 --json\n"
            "\nexit status: 0 on success, 2 on a usage or input error"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command")
    show = commands.add_parser("show", help="print a readable report (no FILE: the bundled seed)")
    show.add_argument("file", nargs="?", help="a UTF-8 article file")
    show.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    check = commands.add_parser(
        "check", help="check the figures a story quotes (no FILE: the bundled seed)"
    )
    check.add_argument("file", nargs="?", help="a UTF-8 article file")
    check.add_argument("--published", type=_date, help="publication date, YYYY-MM-DD")
    check.add_argument(
        "--explain", action="store_true", help="add each explanation and the source URLs"
    )
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
    elif args.command == "check":
        print(render_checks(check_claims(story), explain=args.explain))  # noqa: T201
    else:
        print(render(story))  # noqa: T201
    return 0


def _story(args: argparse.Namespace) -> Story:
    if getattr(args, "file", None) is None:
        return load_seed()
    return load(args.file, published=getattr(args, "published", None))
