"""Text to model: :func:`extract` runs every recogniser over an article and merges the results.

Each recogniser is a pure function of a :class:`~aistrike.extract.context.Context`
and lives in its own module.
"""

from datetime import date
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
    # The recognisers and their regexes load on the first call, not on ``import aistrike``.
    from aistrike.extract.actions import find_labour_actions, find_precedents  # noqa: PLC0415
    from aistrike.extract.comparisons import find_comparisons  # noqa: PLC0415
    from aistrike.extract.context import Context  # noqa: PLC0415
    from aistrike.extract.entities import organizations_of, people_of  # noqa: PLC0415
    from aistrike.extract.likeness import find_likeness_proposals  # noqa: PLC0415
    from aistrike.extract.postings import find_job_postings  # noqa: PLC0415
    from aistrike.extract.productions import find_productions  # noqa: PLC0415
    from aistrike.extract.quotes import find_quotes  # noqa: PLC0415
    from aistrike.extract.text import read_header  # noqa: PLC0415
    from aistrike.model import Article, Story  # noqa: PLC0415

    if not isinstance(text, str):
        msg = f"extract() needs the article as str, got {type(text).__name__}; decode bytes with aistrike.decode()"
        raise TypeError(msg)
    header = read_header(text)
    if published is None and header is not None:
        published = header.published
    article = Article(text, published=published, source=source)
    ctx = Context.build(text, header.end if header else 0, published)
    postings = find_job_postings(ctx)
    return Story(
        article=article,
        job_postings=postings,
        labour_actions=find_labour_actions(ctx),
        likeness_proposals=find_likeness_proposals(ctx),
        comparisons=find_comparisons(ctx),
        productions=find_productions(ctx),
        precedents=find_precedents(ctx),
        quotes=find_quotes(ctx.quoted, text, postings),
        organizations=organizations_of(list(ctx.orgs)),
        people=people_of(list(ctx.people)),
    )


__all__ = ["extract"]
