"""mkdocs hooks: fill the generated parts of the docs from the package itself.

A page holds a marker such as ``<!-- generated: reference-tables -->``; at build
time the marker is replaced by Markdown made from the shipped reference data or
by the real output of the command line, so the docs cannot drift from the code.
"""

import contextlib
import importlib.util
import io
import tempfile

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from aistrike import reference
from aistrike.cli import main


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\n", " ")


def _table(headers: list[str], rows: Iterable[list[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def _links(urls: tuple[str, ...]) -> str:
    return " ".join(f"[{index}]({url})" for index, url in enumerate(urls, 1))


def _reference_tables() -> str:
    thresholds = _table(
        ["year", "plan", "amount", "rounded", "days instead", "confidence", "sources", "note"],
        (
            [
                e.year,
                e.plan,
                e.amount,
                "yes" if e.approximate else "",
                e.alternative_days,
                e.confidence.value,
                _links(e.urls),
                e.note,
            ]
            for e in reference.health_plan_thresholds()
        ),
    )
    used = _table(
        ["year", "threshold the helpers use"],
        (
            [year, reference.health_plan_threshold(year).amount]
            for year in sorted({e.year for e in reference.health_plan_thresholds()})
        ),
    )
    rates = _table(
        ["from", "until", "day rate (8 hours)", "derived from", "confidence", "sources", "note"],
        (
            [
                r.effective,
                r.until,
                r.amount,
                r.derived_from,
                r.confidence.value,
                _links(r.urls),
                r.note,
            ]
            for r in reference.day_rates()
        ),
    )
    raises = _table(
        ["from", "until", "raise", "confidence", "sources", "note"],
        (
            [
                r.effective,
                r.until,
                f"+{r.percent.normalize():f}%",
                r.confidence.value,
                _links(r.urls),
                r.note,
            ]
            for r in reference.rate_raises()
        ),
    )
    strikes = _table(
        [
            "strike",
            "side",
            "sector",
            "started",
            "ended",
            "against",
            "durations stated",
            "other values",
            "confidence",
            "sources",
            "note",
        ],
        (
            [
                s.name,
                s.guild.value,
                s.sector,
                s.started or s.started_month or s.year,
                s.ended,
                s.counterparty,
                "; ".join(s.stated_durations),
                "; ".join(f"{v.field} {v.value} {_links(v.urls)}" for v in s.variants),
                s.confidence.value,
                _links(s.urls),
                s.note,
            ]
            for s in reference.strikes()
        ),
    )
    releases = _table(
        ["title", "kind", "released", "producer", "other values", "confidence", "sources", "note"],
        (
            [
                r.title,
                r.kind,
                r.released,
                r.producer,
                "; ".join(f"{v.field} {v.value}" for v in r.variants),
                r.confidence.value,
                _links(r.urls),
                r.note,
            ]
            for r in reference.releases()
        ),
    )
    sections = (
        "## SAG-AFTRA Health Plan earnings thresholds",
        thresholds,
        "Of several entries for one year, the helpers use:",
        used,
        "## Background actor day rates",
        rates,
        "### Raises of the 2023 contract",
        raises,
        "## Strike history",
        strikes,
        "## Releases",
        releases,
    )
    return "\n\n".join(sections)


def _bad_input() -> str:
    path = Path(__file__).parent.parent / "tests" / "bad_input_catalogue.py"
    spec = importlib.util.spec_from_file_location("bad_input_catalogue", path)
    if spec is None or spec.loader is None:  # pragma: no cover - the file is in the repository
        msg = f"cannot load {path}"
        raise RuntimeError(msg)
    catalogue = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(catalogue)
    rows = []
    for case in catalogue.CASES:
        with tempfile.TemporaryDirectory() as folder:
            try:
                case.run(Path(folder))
            except Exception as exc:  # noqa: BLE001 - every case raises; show what it raised
                kind, message = type(exc).__name__, str(exc).replace(folder + "/", "")
            else:  # pragma: no cover - tests/test_bad_input.py fails first
                kind, message = "nothing", "(no error: the catalogue is wrong)"
        rows.append([case.what, f"`{kind}`", message])
    return _table(["input", "raises", "message"], rows)


def _run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(list(argv))
    return f"```text\n$ aistrike {' '.join(argv)}\n{out.getvalue().rstrip()}\n```"


MARKERS: dict[str, Callable[[], str]] = {
    "<!-- generated: reference-tables -->": _reference_tables,
    "<!-- generated: cli-help -->": lambda: _run("--help"),
    "<!-- generated: cli-check -->": lambda: _run("check"),
    "<!-- generated: cli-check-explain -->": lambda: _run("check", "--explain"),
    "<!-- generated: cli-show -->": lambda: _run("show"),
    "<!-- generated: bad-input -->": _bad_input,
}


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace each marker on the page by what it stands for."""
    for marker, make in MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, make())
    return markdown
