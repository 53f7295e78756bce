"""Text to model: :func:`extract` runs every recogniser over an article and merges the results.

Each recogniser is a pure function of a :class:`~aistrike.extract.context.Context`
and lives in its own module.
"""

import functools

from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    from aistrike.model import Story


def extract(text: str, *, published: date | None = None, source: str | None = None) -> "Story":
    """Read every fact of an article from its text.

    Args:
        text: The article, optionally starting with a `` date YYYY-MM-DD`` header.
        published: The publication date; overrides the header when given.
        source: Where the text came from (a file name or URL), kept on the article.

    Returns:
        The story: the article exactly as given and every fact found, each
        with the spans of text it was read from.

    Raises:
        TypeError: *text* is not a ``str`` (decode bytes first), or *published*
            is not a ``datetime.date``.
        HeaderError: The header names a date that does not exist.

    Examples:
        >>> story = extract(" date 2023-07-26 The WGA has been on strike since May 2.")
        >>> story.article.published
        datetime.date(2023, 7, 26)
    """
    steps = _steps()
    if not isinstance(text, str):
        msg = f"extract() needs the article as str, got {type(text).__name__}; decode bytes with aistrike.decode()"
        raise TypeError(msg)
    header = steps.read_header(text)
    if published is None and header is not None:
        published = header.published
    article = steps.Article(text, published=published, source=source)
    body = header.end if header else 0
    # the recognisers read the text without its markup; their spans are taken back after
    plain, offsets = steps.without_markup(text, body)
    plain = steps.double_marked(plain, body)  # same length: offsets stay
    ctx = steps.Context.build(plain, body, published)
    postings = ctx.remember(steps.find_job_postings)  # comparisons read them too
    facts = {
        "job_postings": postings,
        "labour_actions": steps.find_labour_actions(ctx),
        "likeness_proposals": steps.find_likeness_proposals(ctx),
        "comparisons": steps.find_comparisons(ctx),
        "productions": steps.find_productions(ctx),
        "precedents": steps.find_precedents(ctx),
        "quotes": steps.find_quotes(ctx.quoted, plain, postings),
    }
    if offsets is not None:
        facts = {name: offsets.facts(found) for name, found in facts.items()}
    story: Story = steps.Story(  # the steps are untyped: say what they give
        article=article,
        organizations=steps.organizations_of(list(ctx.orgs)),
        people=tuple(ctx.persons().values()),
        **facts,
    )
    return story


@functools.cache
def _steps() -> SimpleNamespace:
    """The recognisers, imported on the first call to :func:`extract`, not on ``import aistrike``."""
    from aistrike.extract import (  # noqa: PLC0415
        actions,
        comparisons,
        context,
        entities,
        likeness,
        markup,
        postings,
        productions,
        quotes,
        text,
    )
    from aistrike.model import Article, Story  # noqa: PLC0415

    return SimpleNamespace(
        read_header=text.read_header,
        without_markup=markup.without_markup,
        double_marked=quotes.double_marked,
        Context=context.Context,
        find_job_postings=postings.find_job_postings,
        find_labour_actions=actions.find_labour_actions,
        find_precedents=actions.find_precedents,
        find_likeness_proposals=likeness.find_likeness_proposals,
        find_comparisons=comparisons.find_comparisons,
        find_productions=productions.find_productions,
        find_quotes=quotes.find_quotes,
        organizations_of=entities.organizations_of,
        Article=Article,
        Story=Story,
    )


__all__ = ["extract"]
