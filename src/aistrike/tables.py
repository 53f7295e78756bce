"""Flat records and HTML tables of stories and claim checks, for notebooks and pandas.

``pandas.DataFrame(aistrike.records(story))`` gives one row per fact, and
``pandas.DataFrame(aistrike.records(checks))`` one row per claim check;
pandas is not a dependency, the records are plain dicts. Jupyter shows a
:class:`~aistrike.Story` and the result of :func:`~aistrike.check_claims` as
compact tables through their ``_repr_html_``.
"""

import enum
import html

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Self

import attrs

from aistrike.model import (
    ClaimCheck,
    Document,
    Money,
    MoneyRange,
    Organization,
    Pay,
    Person,
    Story,
    YearMonth,
)
from aistrike.model.story import FACT_FIELDS
from aistrike.report import describe


__all__ = ["ClaimChecks", "records", "story_html"]

Record = dict[str, Any]


def _flat(value: object) -> object:
    """A value a DataFrame cell holds well: scalars as they are, model objects as text."""
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, str | int | Decimal | date):
        return value
    if isinstance(value, Organization | Person):
        return value.name
    if isinstance(value, Money | MoneyRange | Pay | YearMonth | Document):
        return str(value)
    if isinstance(value, tuple):
        return "; ".join(str(_flat(item)) for item in value)
    return str(value)


def _evidence(text: str, fact: Any) -> Record:
    spans = fact.evidence
    first = spans[0] if spans else None
    return {
        "evidence": " ".join(first.of(text).split()) if first else None,
        "evidence_start": first.start if first else None,
        "evidence_end": first.end if first else None,
        "evidence_count": len(spans),
    }


def _fact_record(text: str, fact: Any) -> Record:
    record: Record = {"type": type(fact).__name__}
    for field in attrs.fields(type(fact)):
        if field.name != "evidence":
            record[field.name] = _flat(getattr(fact, field.name))
    return record | _evidence(text, fact)


def _check_record(check: ClaimCheck, text: str | None = None) -> Record:
    record: Record = {
        "claim": check.claim,
        "verdict": check.verdict.value,
        "stated": check.stated,
        "computed": check.computed,
        "difference": check.difference,
        "explanation": check.explanation,
        "sources": "; ".join(source.label for source in check.sources),
        "urls": " ".join(url for source in check.sources for url in source.urls),
    }
    if text is not None:
        record |= _evidence(text, check)
    return record


def records(data: Story | Iterable[ClaimCheck]) -> list[Record]:
    """Flat records: one per fact of a story, or one per claim check.

    Each record of a story has ``type`` (the class name), the fact's fields
    with model objects as text (``"$900,000 a year"``, ``"Netflix"``), and
    ``evidence`` (the first sentence it was read from, whitespace collapsed),
    ``evidence_start``, ``evidence_end`` and ``evidence_count``.

    Examples:
        >>> import aistrike
        >>> rows = aistrike.records(aistrike.load_seed())
        >>> rows[0]["type"], rows[0]["employer"], rows[0]["pay"]
        ('JobPosting', 'Netflix', '$900,000 a year')
        >>> [row["verdict"] for row in aistrike.records(aistrike.check_claims(aistrike.load_seed()))][:2]
        ['approximately accurate', 'approximately accurate']
    """
    if isinstance(data, Story):
        text = data.article.text
        return [_fact_record(text, fact) for name in FACT_FIELDS for fact in getattr(data, name)]
    story = data.story if isinstance(data, ClaimChecks) else None
    checked_text = story.article.text if story is not None else None
    checks = list(data)
    if not all(isinstance(check, ClaimCheck) for check in checks):
        msg = "records() takes a Story or an iterable of ClaimCheck"
        raise TypeError(msg)
    return [_check_record(check, checked_text) for check in checks]


def _table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    head = "".join(f"<th style='text-align:left'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>"
        + "".join(f"<td style='text-align:left'>{html.escape(str(c))}</td>" for c in row)
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _short(text: object, width: int = 90) -> str:
    value = "" if text is None else str(text)
    return value if len(value) <= width else value[: width - 1] + "…"


def story_html(story: Story) -> str:
    """A compact HTML view of *story*: the article, counts per fact type, then one row per fact."""
    article = story.article
    published = article.published.isoformat() if article.published else "unknown date"
    counts = [[name.replace("_", " "), len(getattr(story, name))] for name in FACT_FIELDS]
    facts = [
        [
            type(fact).__name__,
            _short(describe(fact)),
            _short(_evidence(article.text, fact)["evidence"]),
        ]
        for name in FACT_FIELDS
        for fact in getattr(story, name)
    ]
    title = html.escape(
        f"{article.source or 'text'}, published {published}, {len(article.text)} characters"
    )
    return (
        f"<div><strong>Story</strong>: {title}"
        + _table(["facts", "count"], counts)
        + _table(["type", "fact", "evidence"], facts)
        + "</div>"
    )


class ClaimChecks(tuple[ClaimCheck, ...]):  # noqa: SLOT001 - holds .story, so it needs a __dict__
    """The result of :func:`~aistrike.check_claims`: a tuple of checks that shows as a table.

    It is a plain tuple in every other way; ``records()`` gives one dict per check.

    Attributes:
        story: The story that was checked, when known (used for the evidence column).
    """

    story: Story | None

    def __new__(cls, checks: Iterable[ClaimCheck] = (), story: Story | None = None) -> Self:
        """Hold *checks*, remembering the *story* they were made on."""
        self = super().__new__(cls, checks)
        self.story = story
        return self

    def records(self) -> list[Record]:
        """One flat record per check (see :func:`records`)."""
        return records(self)

    def _repr_html_(self) -> str:
        rows = [
            [
                c.verdict.value,
                _short(c.claim),
                c.stated,
                c.computed or "",
                _short(c.explanation, 160),
            ]
            for c in self
        ]
        return _table(["verdict", "claim", "stated", "computed", "explanation"], rows)
