"""A plain-text report of a story, each fact with the sentence it came from."""

from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from aistrike.model import (
    AIProduction,
    ClaimCheck,
    CompensationComparison,
    JobPosting,
    LabourAction,
    LikenessScanProposal,
    Precedent,
    Quote,
    Span,
    Story,
)


class _Cited(Protocol):
    @property
    def evidence(self) -> tuple[Span, ...]: ...


T = TypeVar("T")
F = TypeVar("F", bound=_Cited)


def _evidence(story: Story, spans: tuple[Span, ...], width: int = 100) -> str:
    if not spans:
        return ""
    text = " ".join(story.quote(spans[0]).split())
    more = f" (+{len(spans) - 1} more)" if len(spans) > 1 else ""
    return f'\n      "{text[:width]}{"..." if len(text) > width else ""}"{more}'


def render(story: Story) -> str:
    """Render *story* as a readable report.

    Examples:
        >>> from aistrike import load_seed
        >>> print(render(load_seed()).splitlines()[0])
        Article: 000_4ed3bd9d7c78b517.txt, published 2023-07-26, 3363 characters
    """
    article = story.article
    published = article.published.isoformat() if article.published else "unknown date"
    lines = [
        f"Article: {article.source or '<text>'}, published {published}, {len(article.text)} characters"
    ]

    def section(title: str, facts: Sequence[T], describe: Callable[[T], str]) -> None:
        lines.append(f"\n{title} ({len(facts)})")
        lines.extend(f"  - {describe(fact)}" for fact in facts)
        if not facts:
            lines.append("  none found")

    def cited(describe: Callable[[F], str]) -> Callable[[F], str]:
        return lambda fact: describe(fact) + _evidence(story, fact.evidence)

    section("Job postings", story.job_postings, cited(_posting))
    section("Labour actions", story.labour_actions, cited(_action))
    section("Likeness-scan proposals", story.likeness_proposals, cited(_proposal))
    section("Comparisons", story.comparisons, cited(_comparison))
    section("AI productions", story.productions, cited(_production))
    section("Precedents", story.precedents, cited(_precedent))
    section("Quotes", story.quotes, _quote)  # a quote is its own evidence
    return "\n".join(lines)


def _posting(p: JobPosting) -> str:
    located = ""
    if p.location is not None:
        located = ", remote" if p.location == "remote" else f", based in {p.location}"
    duties = f"; duties: {'; '.join(p.duties)}" if p.duties else ""
    return (
        f"{p.employer.name}: {p.title or 'untitled role'}, pay {p.pay or 'not stated'}"
        f"{located}{duties}"
    )


def _action(a: LabourAction) -> str:
    against = f", against {a.counterparty.name}" if a.counterparty else ""
    demands = f"; demands: {', '.join(d.value for d in a.demands)}" if a.demands else ""
    started = a.started or a.started_month or "not stated"
    return f"{a.union.name} {a.kind.value}, started {started}{against}{demands}"


def _proposal(p: LikenessScanProposal) -> str:
    reporter = f"; reported by {p.reported_by.name}" if p.reported_by else ""
    return (
        f"{p.proposer.name if p.proposer else 'unknown'} proposes scanning {p.affected} "
        f"for {p.payment or 'unstated pay'}; owner {p.owner or 'not stated'}; forever: {p.perpetual}; "
        f"consent: {p.consent_required}; paid reuse: {p.compensated_reuse}{reporter}"
    )


def _comparison(c: CompensationComparison) -> str:
    speaker = f" (speaker: {c.speaker.name})" if c.speaker else ""
    return f"{c.amount} {c.kind.value} {c.claimed} against {c.against_text or c.against.value}{speaker}"


def _production(p: AIProduction) -> str:
    producer = p.producer.name if p.producer else "unknown"
    return f"{p.title} ({p.kind or 'production'}), by {producer}, launched {p.launched or 'not stated'}"


def _precedent(p: Precedent) -> str:
    return f"first {p.event} since {p.since}: {', '.join(o.name for o in p.parties)}"


def _quote(q: Quote) -> str:
    speaker = getattr(q.speaker, "name", None) or q.speaker
    return f'{speaker}: "{" ".join(q.text.split())[:90]}"'


_DESCRIBE: dict[type, Callable[[Any], str]] = {
    JobPosting: _posting,
    LabourAction: _action,
    LikenessScanProposal: _proposal,
    CompensationComparison: _comparison,
    AIProduction: _production,
    Precedent: _precedent,
    Quote: _quote,
}


def render_checks(checks: Sequence[ClaimCheck], *, explain: bool = False) -> str:
    """One line per claim check: verdict, claim, stated vs computed, sources.

    With *explain*, each line is followed by the explanation and the source URLs.

    Examples:
        >>> from aistrike import check_claims, load_seed
        >>> print(render_checks(check_claims(load_seed())).splitlines()[2])
        INACCURATE     WGA on strike since 2023-05-07 | stated 2023-05-07, computed 2023-05-02 | source: 2023 WGA strike: 2023-05-02 to 2023-09-27
    """
    if not checks:
        return "no checkable claims found"
    lines = []
    for check in checks:
        computed = check.computed if check.computed is not None else "nothing to compare"
        sources = "; ".join(source.label for source in check.sources) or "none"
        lines.append(
            f"{check.verdict.name:<14} {check.claim} | stated {check.stated}, computed {computed}"
            f" | source: {sources}"
        )
        if explain:
            lines.append(f"               {check.explanation}")
            lines.extend(
                f"               {url} ({source.confidence.value} confidence)"
                for source in check.sources
                for url in source.urls
            )
    return "\n".join(lines)


def describe(fact: object) -> str:
    """One line with the key values of *fact* (a posting, an action, a quote, ...).

    Examples:
        >>> from aistrike import load_seed
        >>> describe(load_seed().labour_actions[1])
        'WGA strike, started 2023-05-07, against the studios; demands: AI protection, pay, residuals'
    """
    describer = _DESCRIBE.get(type(fact))
    if describer is None:
        msg = f"describe() takes a fact of a Story, got {type(fact).__name__}"
        raise TypeError(msg)
    return describer(fact)
