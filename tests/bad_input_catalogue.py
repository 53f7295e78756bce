"""The catalogue of bad input: each entry, what it must raise, and words its message must contain.

tests/test_bad_input.py runs every entry; the docs' Bad input page shows the same
entries with the messages they really produce (tools/mkdocs_hooks.py).
"""

import datetime

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

import aistrike

from aistrike import (
    ArticleFormatError,
    CurrencyMismatchError,
    DeserializationError,
    LabourAction,
    LoadError,
    Money,
    MoneyRange,
    Organization,
    OrganizationKind,
    Pay,
    PayUnit,
    ReferenceDataError,
    Span,
    UnknownAmountError,
    compute,
)
from aistrike.loaders import MAX_BYTES


class Case(NamedTuple):
    """One bad input."""

    what: str
    run: Callable[[Path], Any]
    raises: type[BaseException]
    says: str


def _file(content: bytes | None, name: str = "article.txt") -> Callable[[Path], Any]:
    def run(folder: Path) -> Any:
        path = folder / name
        if content is None:
            path.mkdir()
        else:
            path.write_bytes(content)
        return aistrike.load(path)

    return run


def _missing(folder: Path) -> Any:
    return aistrike.load(folder / "missing.txt")


def _json(text: str, cls: type) -> Callable[[Path], Any]:
    return lambda _: aistrike.from_json(text, cls)


def _call(fn: Callable[[], Any]) -> Callable[[Path], Any]:
    return lambda _: fn()


_STORY = '{"article": {"text": "short", "published": null, "title": null, "source": null}, "job_postings": [{"employer": {"name": "Netflix", "kind": "streamer", "aliases": []}, "title": null, "pay": null, "location": null, "duties": [], "evidence": [{"start": 0, "end": 99}]}], "labour_actions": [], "likeness_proposals": [], "comparisons": [], "productions": [], "precedents": [], "quotes": [], "organizations": [], "people": []}'
_WGA = Organization("WGA", OrganizationKind.UNION)

CASES: tuple[Case, ...] = (
    Case("a missing file", _missing, LoadError, "missing.txt: no such file"),
    Case("a directory", _file(None), LoadError, "is a directory"),
    Case("an empty file", _file(b""), ArticleFormatError, "is empty"),
    Case("random bytes", _file(b"\x9c\x00\xfe\xa1"), ArticleFormatError, "is not UTF-8 text"),
    Case("UTF-16 text", _file("The WGA".encode("utf-16")), ArticleFormatError, "looks like UTF-16"),
    Case("text with NUL characters", _file(b"The WGA\x00\x00"), ArticleFormatError, "NUL"),
    Case(
        "a file over 16 MiB",
        _file(b"a" * (MAX_BYTES + 1)),
        LoadError,
        "larger than the 16 MiB limit",
    ),
    Case(
        "the header ` date 2023-13-45`",
        _file(b" date 2023-13-45\nThe WGA struck."),
        ArticleFormatError,
        "line 1: the date header gives 2023-13-45, which is not a date",
    ),
    Case(
        "`extract(None)`",
        _call(lambda: aistrike.extract(None)),  # type: ignore[arg-type]
        TypeError,
        "got NoneType",
    ),
    Case(
        '`extract(b"...")`',
        _call(lambda: aistrike.extract(b"The WGA struck.")),  # type: ignore[arg-type]
        TypeError,
        "decode bytes with aistrike.decode()",
    ),
    Case(
        '`published="2023-07-26"` (a string, not a date)',
        _call(lambda: aistrike.extract("x", published="2023-07-26")),  # type: ignore[arg-type]
        TypeError,
        "Article.published must be a datetime.date or None, got str",
    ),
    Case(
        "`published=` a datetime",
        _call(lambda: aistrike.extract("x", published=datetime.datetime(2023, 7, 26))),  # noqa: DTZ001
        TypeError,
        "got datetime",
    ),
    Case("invalid JSON", _json("{not json", Money), DeserializationError, "not valid JSON"),
    Case(
        "JSON missing a field",
        _json('{"currency": "USD"}', Money),
        DeserializationError,
        "required field missing @ $.amount",
    ),
    Case(
        "JSON with an extra field",
        _json('{"amount": "1", "currency": "USD", "cents": 100}', Money),
        DeserializationError,
        "extra fields ['cents']",
    ),
    Case(
        "JSON with a float amount",
        _json('{"amount": 100.5, "currency": "USD"}', Money),
        DeserializationError,
        "expected a decimal string",
    ),
    Case(
        "JSON with a bad currency",
        _json('{"amount": "1", "currency": "dollars"}', Money),
        DeserializationError,
        "ISO 4217",
    ),
    Case(
        "JSON with a span beyond the text",
        _json(_STORY, aistrike.Story),
        DeserializationError,
        "past the end of the article text",
    ),
    Case("`Money(Decimal('NaN'))`", _call(lambda: Money(Decimal("NaN"))), ValueError, "finite"),
    Case(
        "`Money(Decimal('Infinity'))`",
        _call(lambda: Money(Decimal("Infinity"))),
        ValueError,
        "finite",
    ),
    Case("`Money(0.1)` (a float)", _call(lambda: Money(0.1)), TypeError, "got float 0.1"),
    Case(
        "`Pay(Money(-5), PayUnit.DAY)`",
        _call(lambda: Pay(Money(-5), PayUnit.DAY)),
        ValueError,
        "must not be negative",
    ),
    Case(
        "`Pay(Money(5), PayUnit.DAY, 0)`",
        _call(lambda: Pay(Money(5), PayUnit.DAY, 0)),
        ValueError,
        "Pay.quantity must be greater than zero",
    ),
    Case(
        "`MoneyRange` with low > high",
        _call(lambda: MoneyRange(Money(900), Money(300))),
        ValueError,
        "high",
    ),
    Case(
        "`MoneyRange` in two currencies",
        _call(lambda: MoneyRange(Money(300), Money(900, "GBP"))),
        CurrencyMismatchError,
        "GBP",
    ),
    Case(
        "`LabourAction` with ended < started",
        _call(
            lambda: LabourAction(
                union=_WGA, started=datetime.date(2023, 5, 2), ended=datetime.date(2023, 5, 1)
            )
        ),
        ValueError,
        "LabourAction.ended (2023-05-01) must not be before started (2023-05-02)",
    ),
    Case("`Span(5, 2)`", _call(lambda: Span(5, 2)), ValueError, "Span.end"),
    Case(
        "`Money(1) + Money(1, 'GBP')`",
        _call(lambda: Money(1) + Money(1, "GBP")),
        CurrencyMismatchError,
        "cannot add USD and GBP",
    ),
    Case(
        "a health-plan year with no sourced threshold",
        _call(lambda: aistrike.health_plan_qualifications(Money(900_000), year=2022)),
        ReferenceDataError,
        "no SAG-AFTRA Health Plan threshold for 2022; years available:",
    ),
    Case(
        'the hourly equivalent of "one day\'s pay"',
        _call(lambda: compute.hourly_equivalent(Pay(None, PayUnit.DAY))),
        UnknownAmountError,
        "has no stated amount",
    ),
    Case(
        "`check_claims` of a string",
        _call(lambda: aistrike.check_claims("text")),  # type: ignore[arg-type]
        TypeError,
        "check_claims expects a Story, got str",
    ),
)
