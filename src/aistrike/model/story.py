"""A story: an article and every fact read from it."""

from collections.abc import Iterator
from typing import Any

import attrs

from aistrike.model._validators import tuple_field
from aistrike.model.evidence import Article, Span
from aistrike.model.facts import (
    AIProduction,
    CompensationComparison,
    JobPosting,
    LabourAction,
    LikenessScanProposal,
    Precedent,
    Quote,
)
from aistrike.model.parties import Organization, Person


FACT_FIELDS = (
    "job_postings",
    "labour_actions",
    "likeness_proposals",
    "comparisons",
    "productions",
    "precedents",
    "quotes",
)
"""The names of the :class:`Story` fields that hold facts with evidence."""


def _spans_inside(inst: "Story", attribute: "attrs.Attribute[Any]", value: object) -> None:
    del attribute, value  # checked once, on the last field, when all facts are set
    size = len(inst.article.text)
    for name in FACT_FIELDS:
        for index, fact in enumerate(getattr(inst, name)):
            for span in fact.evidence:
                if span.end > size:
                    msg = (
                        f"Story.{name}[{index}].evidence has Span({span.start}, {span.end}), "
                        f"past the end of the article text ({size} characters)"
                    )
                    raise ValueError(msg)


@attrs.frozen(kw_only=True, repr=False)
class Story:
    """An article and the facts read from it.

    Every evidence span of every fact lies inside ``article.text``.

    Attributes:
        article: The article, text exactly as read.
        job_postings: Jobs advertised.
        labour_actions: Strikes and other actions.
        likeness_proposals: Proposals to scan performers and reuse their likeness.
        comparisons: Comparisons of pay against benchmarks.
        productions: Shows and products made with AI.
        precedents: Claims of a first time since a year ("for the first time since 1960").
        quotes: Quoted words and who said them.
        organizations: Every organisation named.
        people: Every person named.

    Examples:
        >>> Story(article=Article("Nothing happened."))
        Story(article=17 chars, published=None, no facts)
    """

    article: Article = attrs.field(validator=attrs.validators.instance_of(Article))
    job_postings: tuple[JobPosting, ...] = tuple_field(JobPosting)
    labour_actions: tuple[LabourAction, ...] = tuple_field(LabourAction)
    likeness_proposals: tuple[LikenessScanProposal, ...] = tuple_field(LikenessScanProposal)
    comparisons: tuple[CompensationComparison, ...] = tuple_field(CompensationComparison)
    productions: tuple[AIProduction, ...] = tuple_field(AIProduction)
    precedents: tuple[Precedent, ...] = tuple_field(Precedent)
    quotes: tuple[Quote, ...] = tuple_field(Quote)
    organizations: tuple[Organization, ...] = tuple_field(Organization)
    people: tuple[Person, ...] = tuple_field(Person, also=_spans_inside)

    def __repr__(self) -> str:
        counts = [
            f"{len(getattr(self, name))} {name}" for name in FACT_FIELDS if getattr(self, name)
        ]
        published = self.article.published.isoformat() if self.article.published else None
        facts = ", ".join(counts) if counts else "no facts"
        return f"Story(article={len(self.article.text)} chars, published={published}, {facts})"

    def _repr_html_(self) -> str:
        from aistrike.tables import story_html  # noqa: PLC0415 - the model itself renders nothing

        return story_html(self)

    def quote(self, span: Span) -> str:
        """Return the text of the article that *span* covers.

        Examples:
            >>> Story(article=Article("The WGA struck.")).quote(Span(4, 7))
            'WGA'
        """
        return span.of(self.article.text)

    def facts(self) -> Iterator[Any]:
        """Iterate over every fact with evidence, in the order of :data:`FACT_FIELDS`."""
        for name in FACT_FIELDS:
            yield from getattr(self, name)
