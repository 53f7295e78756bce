"""Check the figures a story quotes against the sourced reference data.

:func:`check_claims` returns one :class:`~aistrike.ClaimCheck` per checkable
statement, each with the figure stated, the figure computed, a sentence of
explanation with the numbers, and the reference entries used.

Tolerances:

- **Counts** ("could qualify 35 actors"): ``ACCURATE`` when the stated count is
  the whole count the amount covers; ``APPROXIMATE`` when the benchmark the
  stated count implies (amount / count) is within :data:`APPROXIMATE` (10%) of
  the reference benchmark; ``INACCURATE`` otherwise.
- **Differences and multiples** ("$100 more than the day rate", "four times
  the day rate"): the benchmark the claim implies is compared with the
  reference: within :data:`EXACT` (1%, for rounding) is ``ACCURATE``, within
  10% ``APPROXIMATE``, beyond that ``INACCURATE``.
- **Dates** (a strike's start, a release): the same day is ``ACCURATE``; a
  day some sources give (a :class:`~aistrike.reference.Variant`) is
  ``APPROXIMATE``; any other day is ``INACCURATE``. A start stated only to the
  month is ``ACCURATE`` when the month is right.
- **"For the first time since <year>"**: the joint strike the article means is
  the one under way on its publication date, or one that ended at most
  :data:`RECENT` (365 days) before it. ``ACCURATE`` when the year is the last
  one before that joint strike in which the writers and actors struck at once,
  ``INACCURATE`` otherwise.

A claim is ``UNVERIFIABLE`` when the reference data holds nothing to check it
against (a year with no sourced threshold, an unknown title, an article without
a date, an amount in another currency); the explanation says which.
"""

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal

import attrs

from aistrike.compute import Period, implied_threshold, joint_strikes, overlap
from aistrike.exceptions import ReferenceDataError
from aistrike.model import (
    AIProduction,
    Benchmark,
    ClaimCheck,
    ComparisonKind,
    CompensationComparison,
    LabourAction,
    Money,
    MoneyRange,
    Pay,
    Precedent,
    Source,
    Span,
    Story,
    Verdict,
)
from aistrike.reference import Guild, Strike, day_rate_on, health_plan_threshold, release, strikes
from aistrike.tables import ClaimChecks


__all__ = ["APPROXIMATE", "EXACT", "RECENT", "check_claims"]

EXACT = Decimal("0.01")
"""Relative gap between an implied and a reference benchmark still called accurate (rounding)."""

APPROXIMATE = Decimal("0.10")
"""Relative gap between an implied and a reference benchmark called approximately accurate."""

RECENT = timedelta(days=365)
"""How long after a joint strike ends an article's "first time since" still refers to it."""

_CENT = Decimal("0.01")

_UNIONS: dict[str, tuple[Guild, frozenset[str]]] = {
    # canonical name in a story -> the guild, and the names its history is held under
    "WGA": (Guild.WRITERS, frozenset({"WGA"})),
    "SAG-AFTRA": (Guild.ACTORS, frozenset({"SAG-AFTRA", "SAG", "AFTRA"})),
}


def check_claims(story: Story) -> ClaimChecks:
    """Check every checkable figure of *story* against the reference data.

    The checks come in the order of the story's fields: comparisons, labour
    actions with a stated start, "first time since" claims, then productions
    with a stated launch date. Reference figures are taken as of the article's
    publication date.

    Args:
        story: A story, as :func:`aistrike.extract` or :func:`aistrike.load` returns it.

    Returns:
        One check per claim; empty when the story states nothing checkable. The
        tuple is a :class:`~aistrike.tables.ClaimChecks`, which shows as a table in
        Jupyter and gives flat records with ``.records()``.

    Examples:
        >>> import aistrike
        >>> for check in aistrike.check_claims(aistrike.load_seed()):
        ...     print(check.verdict.name, "|", check.claim)
        APPROXIMATE | $900,000 a year could qualify 35 people for the SAG-AFTRA health plan
        APPROXIMATE | $300 for 2 hours is $100 more than the SAG-AFTRA background actor day rate
        INACCURATE | WGA on strike since 2023-05-07
        ACCURATE | first joint strike of WGA and SAG-AFTRA since 1960
        ACCURATE | Deep Fake Love launched on 2023-07-06
    """
    if not isinstance(story, Story):
        msg = f"check_claims expects a Story, got {type(story).__name__}"
        raise TypeError(msg)
    return ClaimChecks(_checks(story), story=story)


def _checks(story: Story) -> Iterator[ClaimCheck]:
    published = story.article.published
    for comparison in story.comparisons:
        yield _check_comparison(comparison, published)
    for action in story.labour_actions:
        if action.started is not None or action.started_month is not None:
            yield _check_start(action, published)
    for precedent in story.precedents:
        yield _check_precedent(precedent, published)
    for production in story.productions:
        if production.launched is not None:
            yield _check_release(production)


def _unverifiable(claim: str, stated: str, why: str, evidence: tuple[Span, ...]) -> ClaimCheck:
    return ClaimCheck(
        claim=claim, verdict=Verdict.UNVERIFIABLE, stated=stated, explanation=why, evidence=evidence
    )


def _grade(implied: Decimal, reference: Decimal, *, exact: bool) -> Verdict:
    if exact:
        return Verdict.ACCURATE
    gap = abs(implied - reference) / reference
    if gap <= EXACT:
        return Verdict.ACCURATE
    if gap <= APPROXIMATE:
        return Verdict.APPROXIMATE
    return Verdict.INACCURATE


def _cents(money: Money) -> Money:
    return Money(money.amount.quantize(_CENT), money.currency)


def _percent(implied: Decimal, reference: Decimal) -> str:
    gap = (implied - reference) / reference * 100
    side = "above" if gap > 0 else "below"
    return f"{abs(gap).quantize(Decimal('0.1'))}% {side} it"


# -- comparisons ---------------------------------------------------------------------


@attrs.frozen
class _Benchmark:
    value: Money
    source: Source
    described: str  # "thresholds of $26,470 (2023)"


def _health_threshold(published: date) -> _Benchmark:
    entry = health_plan_threshold(published.year)
    return _Benchmark(entry.amount, entry.source(), f"thresholds of {entry.amount} ({entry.year})")


def _day_rate(published: date) -> _Benchmark:
    rate = day_rate_on(published)
    how = f"derived: {rate.derived_from}" if rate.derived_from else "in effect"
    described = (
        f"the {rate.role} day rate of {rate.amount} ({how} from {rate.effective.isoformat()}, "
        f"{rate.confidence.value} confidence)"
    )
    return _Benchmark(rate.amount, rate.source(), described)


_BENCHMARKS: dict[Benchmark, Callable[[date], _Benchmark]] = {
    Benchmark.HEALTH_PLAN_THRESHOLD: _health_threshold,
    Benchmark.BACKGROUND_DAY_RATE: _day_rate,
}

_CLAIM_TEXT = {
    (ComparisonKind.COVERS_COUNT, Benchmark.HEALTH_PLAN_THRESHOLD): (
        "{pay} could qualify {claimed} people for the SAG-AFTRA health plan"
    ),
    (ComparisonKind.COVERS_COUNT, Benchmark.BACKGROUND_DAY_RATE): (
        "{pay} could pay {claimed} days at the SAG-AFTRA background actor day rate"
    ),
    (ComparisonKind.EXCEEDS_BY, None): "{pay} is {claimed} more than {against}",
    (ComparisonKind.MULTIPLE_OF, None): "{pay} is {claimed} times {against}",
    (ComparisonKind.COVERS_COUNT, None): "{pay} covers {claimed} of {against}",
}


def _claim_text(comparison: CompensationComparison) -> str:
    against = (
        f"the {comparison.against.value}"
        if comparison.against is not Benchmark.OTHER
        else comparison.against_text or "another amount"
    )
    template = _CLAIM_TEXT.get(
        (comparison.kind, comparison.against), _CLAIM_TEXT[(comparison.kind, None)]
    )
    claimed = comparison.claimed
    shown = str(claimed) if isinstance(claimed, Money) else f"{claimed.normalize():f}"
    return template.format(pay=comparison.amount, claimed=shown, against=against)


def _check_comparison(comparison: CompensationComparison, published: date | None) -> ClaimCheck:
    claim = _claim_text(comparison)
    claimed = comparison.claimed
    stated = str(claimed) if isinstance(claimed, Money) else f"{claimed.normalize():f}"
    evidence = comparison.evidence

    def unverifiable(why: str) -> ClaimCheck:
        return _unverifiable(claim, stated, why, evidence)

    amount = _comparable_amount(comparison.amount)
    lookup = _BENCHMARKS.get(comparison.against)
    if lookup is None:
        return unverifiable(
            f"The reference data holds no figure for {comparison.against_text or 'this benchmark'}."
        )
    if isinstance(amount, str):
        return unverifiable(amount)
    if published is None:
        return unverifiable(
            "The article has no publication date, so the figure in effect is unknown."
        )
    try:
        benchmark = lookup(published)
    except ReferenceDataError as exc:
        return unverifiable(f"{exc}.")
    check = {
        ComparisonKind.COVERS_COUNT: _covers_count,
        ComparisonKind.EXCEEDS_BY: _exceeds_by,
        ComparisonKind.MULTIPLE_OF: _multiple_of,
    }[comparison.kind](amount, claimed, benchmark)
    if check is None:
        return unverifiable(
            f"The claimed figure {stated} cannot be compared with {benchmark.described}."
        )
    verdict, computed, difference, explanation = check
    if isinstance(comparison.amount.amount, MoneyRange):
        explanation = f"Taking the top of the range, {explanation[0].lower()}{explanation[1:]}"
    return ClaimCheck(
        claim=claim,
        verdict=verdict,
        stated=stated,
        computed=computed,
        explanation=explanation,
        sources=(benchmark.source,),
        evidence=evidence,
        difference=difference,
    )


def _comparable_amount(pay: Pay) -> Money | str:
    """The single US-dollar amount of *pay* (the top of a range), or why there is none."""
    amount = pay.amount
    if amount is None:
        return f"The text states no amount for {pay}."
    if isinstance(amount, MoneyRange):
        amount = amount.high
    if amount.currency != "USD":
        return f"{amount} is not in US dollars, the currency of the reference data."
    return amount


_Outcome = tuple[Verdict, str, Decimal, str] | None


def _covers_count(amount: Money, claimed: Decimal | Money, benchmark: _Benchmark) -> _Outcome:
    if isinstance(claimed, Money) or claimed != claimed.to_integral_value() or claimed <= 0:
        return None
    stated = int(claimed)
    count = int(amount.amount // benchmark.value.amount)
    implied = implied_threshold(amount, stated)
    verdict = _grade(implied.amount, benchmark.value.amount, exact=count == stated)
    explanation = (
        f"{amount} covers {count} whole {benchmark.described}, a ratio of "
        f"{amount.ratio(benchmark.value).quantize(Decimal('0.0001'))}"
    )
    if count == stated:
        explanation += ", as stated."
    else:
        explanation += (
            f"; {stated} would need a threshold of {_cents(implied)} or less, "
            f"{_percent(implied.amount, benchmark.value.amount)}."
        )
    return verdict, str(count), Decimal(count - stated), explanation


def _exceeds_by(amount: Money, claimed: Decimal | Money, benchmark: _Benchmark) -> _Outcome:
    if not isinstance(claimed, Money) or claimed.currency != amount.currency:
        return None
    difference = amount - benchmark.value
    implied = amount - claimed
    verdict = _grade(implied.amount, benchmark.value.amount, exact=difference == claimed)
    explanation = f"{amount} is {difference} more than {benchmark.described}"
    if difference == claimed:
        explanation += ", as stated."
    else:
        explanation += (
            f"; a difference of {claimed} implies a rate of {implied}, "
            f"{_percent(implied.amount, benchmark.value.amount)}."
        )
    return verdict, str(difference), (difference - claimed).amount, explanation


def _multiple_of(amount: Money, claimed: Decimal | Money, benchmark: _Benchmark) -> _Outcome:
    if isinstance(claimed, Money) or claimed <= 0:
        return None
    ratio = amount.ratio(benchmark.value)
    implied = amount / claimed
    verdict = _grade(implied.amount, benchmark.value.amount, exact=ratio == claimed)
    shown = ratio.quantize(Decimal("0.01"))
    explanation = (
        f"{amount} is {shown} times {benchmark.described}; {claimed.normalize():f} times "
        f"implies {_cents(implied)}, {_percent(implied.amount, benchmark.value.amount)}."
    )
    return verdict, f"{shown}", ratio - claimed, explanation


# -- dates ------------------------------------------------------------------------------


def _dated_verdict(stated: date, actual: date, variants: tuple[str, ...]) -> Verdict:
    if stated == actual:
        return Verdict.ACCURATE
    if stated.isoformat() in variants:
        return Verdict.APPROXIMATE
    return Verdict.INACCURATE


def _days_apart(stated: date, actual: date) -> str:
    days = abs((stated - actual).days)
    unit = "day" if days == 1 else "days"
    side = "before" if actual < stated else "after"
    return f"{days} {unit} {side} the stated {stated.isoformat()}"


def _reference_strike(action: LabourAction, published: date | None) -> Strike | None:
    known = _UNIONS.get(action.union.name)
    if known is None:
        return None
    guild, names = known
    candidates = [s for s in strikes() if s.guild is guild and names & set(s.unions)]
    if published is not None:
        candidates = [s for s in candidates if s.in_progress_on(published)]
    else:
        year = action.started.year if action.started else action.started_month.year  # type: ignore[union-attr]
        candidates = [s for s in candidates if s.year == year]
    # several at once (a video-game strike beside a TV one): the TV/theatrical one first
    candidates.sort(key=lambda s: s.sector != "TV/theatrical")
    return candidates[0] if candidates else None


def _check_start(action: LabourAction, published: date | None) -> ClaimCheck:
    stated_value = action.started or action.started_month
    stated = str(stated_value) if action.started is None else action.started.isoformat()
    claim = f"{action.union.name} on {action.kind.value} since {stated}"
    strike = _reference_strike(action, published)
    if strike is None or strike.started is None:
        when = f"on {published.isoformat()}" if published else f"in {stated[:4]}"
        why = f"The reference history holds no {action.union.name} {action.kind.value} under way {when}."
        return _unverifiable(claim, stated, why, action.evidence)
    actual = strike.started
    if action.started is not None:
        variants = tuple(v.value for v in strike.variants if v.field == "started")
        verdict = _dated_verdict(action.started, actual, variants)
        difference: Decimal | None = Decimal((actual - action.started).days)
        detail = "as stated" if verdict is Verdict.ACCURATE else _days_apart(action.started, actual)
        if verdict is Verdict.APPROXIMATE:
            detail += ", a day some sources give"
    else:
        month = action.started_month
        assert month is not None  # noqa: S101 - stated_value is not None
        verdict = Verdict.ACCURATE if month.contains(actual) else Verdict.INACCURATE
        difference = None
        detail = "in the stated month" if month.contains(actual) else f"not in {month}"
    explanation = f"The {strike.name} began on {actual.isoformat()}, {detail}."
    return ClaimCheck(
        claim=claim,
        verdict=verdict,
        stated=stated,
        computed=actual.isoformat(),
        explanation=explanation,
        sources=(strike.source(),),
        evidence=action.evidence,
        difference=difference,
    )


def _recent(period: Period, published: date) -> bool:
    """Whether *period* was under way on *published* or ended within :data:`RECENT` before it."""
    if period.start > published:
        return False
    return period.end is None or published - period.end <= RECENT


def _check_precedent(precedent: Precedent, published: date | None) -> ClaimCheck:
    names = " and ".join(party.name for party in precedent.parties) or "the unions"
    claim = f"first {precedent.event} of {names} since {precedent.since}"
    stated = str(precedent.since)
    guilds = {_UNIONS[p.name][0] for p in precedent.parties if p.name in _UNIONS}
    if "strike" not in precedent.event or guilds != set(Guild):
        why = "The reference data holds only the strikes of the writers' and actors' unions."
        return _unverifiable(claim, stated, why, precedent.evidence)
    if published is None:
        why = "The article has no publication date, so which joint strike it describes is unknown."
        return _unverifiable(claim, stated, why, precedent.evidence)
    joints = joint_strikes()
    now = next((j for j in reversed(joints) if _recent(j.period, published)), None)
    if now is None:
        why = (
            f"No joint strike of the writers and actors was under way on {published.isoformat()} "
            f"or had ended within {RECENT.days} days before it."
        )
        return _unverifiable(claim, stated, why, precedent.evidence)
    earlier = [j for j in joints if j.period.start < now.period.start]
    sources = [now.writers.source(), now.actors.source()]
    if not earlier:
        verdict, computed = Verdict.INACCURATE, None
        explanation = (
            f"The reference history holds no joint strike before the one that began on "
            f"{now.period.start.isoformat()}."
        )
    else:
        last = earlier[-1]
        sources += [last.writers.source(), last.actors.source()]
        computed = str(last.period.start.year)
        verdict = (
            Verdict.ACCURATE if last.period.start.year == precedent.since else Verdict.INACCURATE
        )
        shared = overlap(last.writers, last.actors)
        assert shared is not None  # noqa: S101 - a joint strike overlaps by definition
        explanation = (
            f"Before the joint strike that began on {now.period.start.isoformat()}, the writers "
            f"and actors last struck at once in {computed}: the {last.writers.name} "
            f"({last.writers.period()}) and the {last.actors.name} ({last.actors.period()}) "
            f"overlapped from {shared.start.isoformat()} to "
            f"{shared.end.isoformat() if shared.end else 'an open end'}."
        )
    return ClaimCheck(
        claim=claim,
        verdict=verdict,
        stated=stated,
        computed=computed,
        explanation=explanation,
        sources=tuple(sources),
        evidence=precedent.evidence,
        difference=None if computed is None else Decimal(int(computed) - precedent.since),
    )


def _check_release(production: AIProduction) -> ClaimCheck:
    launched = production.launched
    assert launched is not None  # noqa: S101 - only productions with a date are checked
    stated = launched.isoformat()
    claim = f"{production.title} launched on {stated}"
    try:
        entry = release(production.title)
    except ReferenceDataError as exc:
        return _unverifiable(claim, stated, f"{exc}.", production.evidence)
    variants = tuple(v.value for v in entry.variants if v.field == "released")
    verdict = _dated_verdict(launched, entry.released, variants)
    detail = "as stated" if verdict is Verdict.ACCURATE else _days_apart(launched, entry.released)
    return ClaimCheck(
        claim=claim,
        verdict=verdict,
        stated=stated,
        computed=entry.released.isoformat(),
        explanation=f"{entry.title} was released on {entry.released.isoformat()}, {detail}.",
        sources=(entry.source(),),
        evidence=production.evidence,
        difference=Decimal((entry.released - launched).days),
    )
