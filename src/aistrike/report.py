"""A plain-text report of a story, each fact with the sentence it came from."""

from aistrike.model import Span, Story


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

    def section(title: str, rows: list[str]) -> None:
        lines.append(f"\n{title} ({len(rows)})")
        lines.extend(rows or ["  none found"])

    section(
        "Job postings",
        [
            f"  - {p.employer.name}: {p.title or 'untitled role'}, pay {p.pay or 'not stated'}"
            + (f"; duties: {'; '.join(p.duties)}" if p.duties else "")
            + _evidence(story, p.evidence)
            for p in story.job_postings
        ],
    )
    section(
        "Labour actions",
        [
            f"  - {a.union.name} {a.kind.value}, started {a.started or a.started_month or 'not stated'}"
            + (f", against {a.counterparty.name}" if a.counterparty else "")
            + (f"; demands: {', '.join(d.value for d in a.demands)}" if a.demands else "")
            + _evidence(story, a.evidence)
            for a in story.labour_actions
        ],
    )
    section(
        "Likeness-scan proposals",
        [
            f"  - {p.proposer.name if p.proposer else 'unknown'} proposes scanning {p.affected} for {p.payment or 'unstated pay'}"
            f"; owner {p.owner or 'not stated'}; forever: {p.perpetual}; consent: {p.consent_required}; paid reuse: {p.compensated_reuse}"
            + (f"; reported by {p.reported_by.name}" if p.reported_by else "")
            + _evidence(story, p.evidence)
            for p in story.likeness_proposals
        ],
    )
    section(
        "Comparisons",
        [
            f"  - {c.amount} {c.kind.value} {c.claimed} against {c.against_text or c.against.value}"
            + (f" (speaker: {c.speaker.name})" if c.speaker else "")
            + _evidence(story, c.evidence)
            for c in story.comparisons
        ],
    )
    section(
        "AI productions",
        [
            f"  - {p.title} ({p.kind or 'production'}), by {p.producer.name if p.producer else 'unknown'}, launched {p.launched or 'not stated'}"
            + _evidence(story, p.evidence)
            for p in story.productions
        ],
    )
    section(
        "Precedents",
        [
            f"  - first {p.event} since {p.since}: {', '.join(o.name for o in p.parties)}"
            + _evidence(story, p.evidence)
            for p in story.precedents
        ],
    )
    section(
        "Quotes",
        [
            f'  - {getattr(q.speaker, "name", None) or q.speaker}: "{" ".join(q.text.split())[:90]}"'
            for q in story.quotes
        ],
    )
    return "\n".join(lines)
