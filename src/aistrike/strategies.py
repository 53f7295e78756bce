"""Hypothesis strategies for every model class, for your own property tests.

Install ``aistrike[hypothesis]``. The strategies generate only valid objects,
including edge cases: zero and huge amounts, empty tuples, spans at the ends
of the text. Once aistrike is installed, Hypothesis registers them through an
entry point, so ``st.from_type(aistrike.JobPosting)`` works too.

Examples:
    >>> from hypothesis import given
    >>> from aistrike.strategies import money
    >>> @given(money())
    ... def test_money_plus_zero(m):
    ...     assert m + m * 0 == m
    >>> test_money_plus_zero()
"""

from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from hypothesis import strategies as st

from aistrike.compute import HealthPlanQualifications, health_plan_qualifications
from aistrike.model import (
    AIProduction,
    Article,
    Benchmark,
    ClaimCheck,
    ComparisonKind,
    CompensationComparison,
    Confidence,
    Demand,
    Document,
    DocumentKind,
    JobPosting,
    LabourAction,
    LabourActionKind,
    LikenessScanProposal,
    Money,
    MoneyRange,
    Organization,
    OrganizationKind,
    Pay,
    PayUnit,
    Person,
    Precedent,
    Quote,
    Source,
    Span,
    Story,
    Verdict,
    YearMonth,
)
from aistrike.reference import (
    DayRate,
    Guild,
    HealthPlanThreshold,
    RateRaise,
    Release,
    Strike,
    Variant,
)


T = TypeVar("T")

CURRENCIES = ("USD", "GBP", "EUR", "INR", "CAD")
"""Currencies the strategies draw from."""

_words = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N", "Zs", "P"]), min_size=1, max_size=30
).filter(str.strip)
_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def amounts(*, min_value: int = 0, max_value: int = 10**12) -> st.SearchStrategy[Decimal]:
    """Finite decimals with up to four places, zero and huge values included."""
    return st.decimals(
        min_value=min_value, max_value=max_value, places=4, allow_nan=False, allow_infinity=False
    )


def money(currency: str | None = None, *, min_value: int = 0) -> st.SearchStrategy[Money]:
    """Money in *currency* (or any of :data:`CURRENCIES`), never negative unless asked."""
    currencies = st.just(currency) if currency else st.sampled_from(CURRENCIES)
    return st.builds(Money, amounts(min_value=min_value), currencies)


@st.composite
def money_ranges(draw: st.DrawFn) -> MoneyRange:
    """Ranges with ``low <= high`` in one currency."""
    low = draw(money())
    extra = draw(amounts())
    return MoneyRange(low, Money(low.amount + extra, low.currency))


def pays() -> st.SearchStrategy[Pay]:
    """Pay rates, with an amount, a range or no amount."""
    return st.builds(
        Pay,
        st.one_of(st.none(), money(), money_ranges()),
        st.sampled_from(PayUnit),
        st.decimals(min_value=Decimal("0.25"), max_value=1000, places=2),
    )


def organizations() -> st.SearchStrategy[Organization]:
    """Organisations with any kind and a few aliases."""
    return st.builds(
        Organization,
        _words,
        st.sampled_from(OrganizationKind),
        st.lists(_words, max_size=3).map(tuple),
    )


def people() -> st.SearchStrategy[Person]:
    """People, with or without role and affiliation."""
    return st.builds(
        Person, _words, role=st.none() | _words, affiliation=st.none() | organizations()
    )


def documents() -> st.SearchStrategy[Document]:
    """Documents such as job listings."""
    return st.builds(Document, st.sampled_from(DocumentKind), st.none() | organizations())


def year_months() -> st.SearchStrategy[YearMonth]:
    """Months of years."""
    return st.builds(YearMonth, st.integers(1900, 2100), st.integers(1, 12))


def articles(*, min_size: int = 0) -> st.SearchStrategy[Article]:
    """Articles with arbitrary text and optional metadata."""
    return st.builds(
        Article,
        st.text(min_size=min_size, max_size=200),
        published=st.none() | _dates,
        title=st.none() | _words,
        source=st.none() | _words,
    )


@st.composite
def spans(draw: st.DrawFn, text_length: int | None = None) -> Span:
    """Spans inside a text of *text_length* characters (any span when None), ends included."""
    limit = 10_000 if text_length is None else text_length
    start = draw(st.integers(0, limit))
    end = draw(st.integers(start, limit))
    return Span(start, end)


def _evidence(text_length: int) -> st.SearchStrategy[tuple[Span, ...]]:
    return st.lists(spans(text_length), max_size=3).map(tuple)


def job_postings(text_length: int = 10_000) -> st.SearchStrategy[JobPosting]:
    """Job postings whose evidence fits a text of *text_length* characters."""
    return st.builds(
        JobPosting,
        employer=organizations(),
        title=st.none() | _words,
        pay=st.none() | pays(),
        location=st.none() | _words,
        duties=st.lists(_words, max_size=3).map(tuple),
        evidence=_evidence(text_length),
    )


@st.composite
def labour_actions(draw: st.DrawFn, text_length: int = 10_000) -> LabourAction:
    """Labour actions with ``ended >= started`` and a month only when the day is unknown."""
    started = draw(st.none() | _dates)
    ended = draw(st.none() | (_dates.filter(lambda d: d >= started) if started else _dates))
    month = None if started else draw(st.none() | year_months())
    return LabourAction(
        union=draw(organizations()),
        kind=draw(st.sampled_from(LabourActionKind)),
        started=started,
        started_month=month,
        ended=ended,
        demands=draw(st.lists(st.sampled_from(Demand), unique=True, max_size=3).map(tuple)),
        counterparty=draw(st.none() | organizations()),
        evidence=draw(_evidence(text_length)),
    )


def likeness_proposals(text_length: int = 10_000) -> st.SearchStrategy[LikenessScanProposal]:
    """Likeness-scan proposals."""
    return st.builds(
        LikenessScanProposal,
        proposer=st.none() | organizations(),
        affected=_words,
        payment=st.none() | pays(),
        owner=st.none() | _words,
        perpetual=st.booleans(),
        consent_required=st.none() | st.booleans(),
        compensated_reuse=st.none() | st.booleans(),
        scope=st.none() | _words,
        reported_by=st.none() | people(),
        evidence=_evidence(text_length),
    )


def comparisons(text_length: int = 10_000) -> st.SearchStrategy[CompensationComparison]:
    """Compensation comparisons, claiming a count or a sum."""
    return st.builds(
        CompensationComparison,
        kind=st.sampled_from(ComparisonKind),
        amount=pays(),
        against=st.sampled_from(Benchmark),
        against_text=st.none() | _words,
        claimed=amounts() | money(),
        speaker=st.none() | people() | organizations(),
        evidence=_evidence(text_length),
    )


def productions(text_length: int = 10_000) -> st.SearchStrategy[AIProduction]:
    """AI productions."""
    return st.builds(
        AIProduction,
        title=_words,
        kind=st.none() | _words,
        origin=st.none() | _words,
        producer=st.none() | organizations(),
        launched=st.none() | _dates,
        evidence=_evidence(text_length),
    )


def precedents(text_length: int = 10_000) -> st.SearchStrategy[Precedent]:
    """Claims of a first time since a year."""
    return st.builds(
        Precedent,
        event=_words,
        since=st.integers(1, 9999),
        parties=st.lists(organizations(), max_size=2).map(tuple),
        evidence=_evidence(text_length),
    )


def quotes(text_length: int = 10_000) -> st.SearchStrategy[Quote]:
    """Quotes by people, organisations or documents."""
    return st.builds(
        Quote,
        speaker=people() | organizations() | documents(),
        text=_words,
        evidence=_evidence(text_length),
    )


def sources() -> st.SearchStrategy[Source]:
    """Reference sources."""
    return st.builds(
        Source,
        _words,
        st.lists(_words, max_size=2).map(tuple),
        st.sampled_from(Confidence),
    )


def claim_checks() -> st.SearchStrategy[ClaimCheck]:
    """Claim checks."""
    return st.builds(
        ClaimCheck,
        claim=_words,
        verdict=st.sampled_from(Verdict),
        stated=st.text(max_size=20),
        computed=st.none() | st.text(max_size=20),
        explanation=_words,
        sources=st.lists(sources(), max_size=2).map(tuple),
        evidence=st.lists(spans(), max_size=2).map(tuple),
        difference=st.none() | amounts(min_value=-(10**9)),
    )


@st.composite
def stories(draw: st.DrawFn) -> Story:
    """Stories whose every evidence span lies inside the article text."""
    article = draw(articles())
    size = len(article.text)

    def few(strategy: st.SearchStrategy[T]) -> tuple[T, ...]:
        return tuple(draw(st.lists(strategy, max_size=2)))

    return Story(
        article=article,
        job_postings=few(job_postings(size)),
        labour_actions=few(labour_actions(size)),
        likeness_proposals=few(likeness_proposals(size)),
        comparisons=few(comparisons(size)),
        productions=few(productions(size)),
        precedents=few(precedents(size)),
        quotes=few(quotes(size)),
        organizations=few(organizations()),
        people=few(people()),
    )


def qualifications() -> st.SearchStrategy[HealthPlanQualifications]:
    """Results of :func:`aistrike.compute.health_plan_qualifications` for a threshold given by hand."""
    return st.builds(
        lambda amount, threshold: health_plan_qualifications(amount, threshold=threshold),
        money("USD"),
        money("USD", min_value=1),
    )


_urls = st.lists(
    st.from_regex(r"\Ahttps://[a-z]{1,12}\.org/[a-z0-9/]{0,20}\Z"), min_size=1, max_size=2
)


def variants() -> st.SearchStrategy[Variant]:
    """Values of a reference entry that some source gives differently."""
    return st.builds(Variant, field=_words, value=_words, urls=_urls.map(tuple))


def health_plan_thresholds() -> st.SearchStrategy[HealthPlanThreshold]:
    """Health-plan threshold entries."""
    return st.builds(
        HealthPlanThreshold,
        year=st.integers(1900, 2100),
        amount=money("USD", min_value=1),
        plan=st.sampled_from(["Active Plan", "Plan I", "Plan II"]),
        approximate=st.booleans(),
        alternative_days=st.none() | st.integers(0, 366),
        urls=_urls.map(tuple),
        confidence=st.sampled_from(Confidence),
        note=st.none() | _words,
    )


@st.composite
def day_rates(draw: st.DrawFn) -> DayRate:
    """Day-rate entries, sourced (with URLs) or derived (with a note and maybe no URLs)."""
    effective = draw(_dates)
    derived = draw(st.none() | _words)
    return DayRate(
        effective=effective,
        until=draw(st.none() | st.dates(min_value=effective, max_value=date(2100, 12, 31))),
        amount=draw(money("USD", min_value=1)),
        hours=draw(st.integers(1, 24)),
        derived_from=derived,
        urls=tuple(draw(_urls if derived is None else st.just([]) | _urls)),
        confidence=draw(st.sampled_from(Confidence)),
    )


def rate_raises() -> st.SearchStrategy[RateRaise]:
    """Contract raises."""
    return st.builds(
        RateRaise,
        effective=_dates,
        percent=st.decimals(min_value=0, max_value=100, places=1),
        urls=_urls.map(tuple),
        confidence=st.sampled_from(Confidence),
    )


@st.composite
def strikes(draw: st.DrawFn) -> Strike:
    """Strikes of the history, with or without sourced days."""
    started = draw(st.none() | _dates)
    low = started or date(1900, 1, 1)
    return Strike(
        name=draw(_words),
        guild=draw(st.sampled_from(Guild)),
        unions=tuple(draw(st.lists(_words, max_size=2))),
        sector=draw(_words),
        year=started.year if started else draw(st.integers(1900, 2100)),
        started=started,
        started_month=None
        if started
        else draw(st.none() | st.builds(YearMonth, st.integers(1900, 2100), st.integers(1, 12))),
        ended=draw(st.none() | st.dates(min_value=low, max_value=date(2100, 12, 31))),
        stated_durations=tuple(draw(st.lists(_words, max_size=2))),
        variants=tuple(draw(st.lists(variants(), max_size=2))),
        urls=tuple(draw(_urls)),
        confidence=draw(st.sampled_from(Confidence)),
        note=draw(st.none() | _words),
    )


def releases() -> st.SearchStrategy[Release]:
    """Releases of shows."""
    return st.builds(
        Release,
        title=_words,
        kind=_words,
        released=_dates,
        producer=st.none() | _words,
        variants=st.lists(variants(), max_size=2).map(tuple),
        urls=_urls.map(tuple),
        confidence=st.sampled_from(Confidence),
    )


STRATEGIES: dict[type[Any], st.SearchStrategy[Any]] = {
    HealthPlanQualifications: qualifications(),
    Variant: variants(),
    HealthPlanThreshold: health_plan_thresholds(),
    DayRate: day_rates(),
    RateRaise: rate_raises(),
    Strike: strikes(),
    Release: releases(),
    Money: money(),
    MoneyRange: money_ranges(),
    Pay: pays(),
    Organization: organizations(),
    Person: people(),
    Document: documents(),
    YearMonth: year_months(),
    Article: articles(),
    Span: spans(),
    JobPosting: job_postings(),
    LabourAction: labour_actions(),
    LikenessScanProposal: likeness_proposals(),
    CompensationComparison: comparisons(),
    AIProduction: productions(),
    Precedent: precedents(),
    Quote: quotes(),
    Source: sources(),
    ClaimCheck: claim_checks(),
    Story: stories(),
}
"""The strategy for each model class, as registered with ``st.register_type_strategy``."""


def register() -> None:
    """Register every strategy of :data:`STRATEGIES` with ``st.register_type_strategy``.

    Runs when this module is imported, and from the Hypothesis entry point.
    """
    for cls, strategy in STRATEGIES.items():
        st.register_type_strategy(cls, strategy)


register()
