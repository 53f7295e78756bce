"""Text as read, markup left out: HTML character references, Markdown and inline HTML tags.

Articles are often scraped from web pages, and arrive as Markdown ("**Netflix is
hiring** a [product manager](https://...)") or with HTML character references
("&#8220;...&#8221;") and tags left in. The recognisers read the *plain* text, with
the markup left out; :class:`Offsets` takes every span found there back to the text
as given, so that evidence always indexes the article exactly as read.

What is left out, and only that:

- character references (``&amp;``, ``&rsquo;``, ``&#8220;``, ``&#x201C;``, with their
  semicolon) become the characters they stand for (``html.unescape``);
- ``**`` (Markdown's strong emphasis); ``*words*`` and ``_words_`` keep their words;
- a link ``[words](address)`` or image ``![words](address)`` keeps its words;
- a heading's ``#`` and a quotation's ``>`` at the start of a line;
- inline HTML tags (``<b>``, ``<a href=...>``, ``<span>``, ...); a block tag
  (``<p>``, ``</p>``, ``<br>``, ``<li>``, ...) becomes a line break, so that
  paragraphs stay apart.

Every pattern here reads a bounded number of characters from where it starts:
linear time on any text.
"""

import html
import re

from bisect import bisect_right
from collections.abc import Sequence
from typing import Protocol, TypeVar

import attrs

from aistrike.extract import _regex
from aistrike.model import Span


_INLINE_TAGS = "a|abbr|b|cite|em|i|mark|q|s|small|span|strong|sub|sup|time|u"
_BLOCK_TAGS = (
    "article|blockquote|br|div|figcaption|figure|footer|h[1-6]|header|hr|li|ol|p|section"
    "|table|td|th|tr|ul"
)
_ATTRIBUTES = r"(?:[ \t\n][^<>]{0,1000})?"
_MARKUP = _regex.compile(
    r"(?P<reference>&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
    r"|(?P<strong>\*\*)"
    # a single star or underscore around words: the words stay ("*By a staff reporter*")
    r"|\*(?=[^\s*])(?P<starred>[^*\n]{1,300}?)(?<=[^\s*])\*"
    r"|(?<!\w)_(?=[^\s_])(?P<underlined>[^_\n]{1,300}?)(?<=[^\s_])_(?!\w)"
    # "[words](address)": the opening bracket, then the rest, each left out
    r"|(?P<link>!?\[)(?=[^\[\]\n]{1,300}\]\([^()\s]{1,2000}\))"
    r"|(?P<target>\]\([^()\s]{1,2000}\))"
    r"|(?<![^\n])(?P<line>[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?))"
    rf"|(?P<inline></?(?i:{_INLINE_TAGS}){_ATTRIBUTES}/?>)"
    rf"|(?P<block></?(?i:{_BLOCK_TAGS}){_ATTRIBUTES}/?>)"
)
_SIGNS = "&*_[#<>"
"""The characters all markup holds: a text with none of them has none."""


class _Fact(Protocol):
    evidence: tuple[Span, ...]


F = TypeVar("F", bound=_Fact)


@attrs.frozen
class Offsets:
    """Where each piece of the plain text comes from in the text as given.

    Attributes:
        plain_starts: Where each piece starts in the plain text, in order.
        pieces: For each piece, its start and end in the text as given, and
            whether it is copied character for character (else it stands for the
            whole of that stretch, as "“" stands for "&#8220;").
    """

    plain_starts: list[int]
    pieces: list[tuple[int, int, bool]]

    def span(self, span: Span) -> Span:
        """*span* of the plain text, as the span of the text as given that it was read from.

        Examples:
            >>> plain, offsets = without_markup("Say **no** &amp; go.")
            >>> plain
            'Say no & go.'
            >>> found = offsets.span(Span(4, 8))
            >>> found, "Say **no** &amp; go."[found.start : found.end]
            (Span(start=6, end=16), 'no** &amp;')
        """
        return Span(self._start(span.start), self._end(span.end))

    def facts(self, facts: Sequence[F]) -> tuple[F, ...]:
        """*facts* with every evidence span taken back to the text as given."""
        return tuple(
            attrs.evolve(fact, evidence=tuple(map(self.span, fact.evidence)))  # type: ignore[misc]
            for fact in facts
        )

    def _start(self, at: int) -> int:
        index = bisect_right(self.plain_starts, at) - 1
        start, _, copied = self.pieces[index]
        return start + (at - self.plain_starts[index]) if copied else start

    def _end(self, at: int) -> int:
        index = bisect_right(self.plain_starts, at - 1) - 1  # the piece of the last character
        start, end, copied = self.pieces[index]
        return start + (at - self.plain_starts[index]) if copied else end


def without_markup(text: str, start: int = 0) -> tuple[str, Offsets | None]:
    """*text* with its markup left out from *start* on, and the offsets back; None when it has none.

    Args:
        text: The article exactly as given.
        start: Where the body starts (after the header): nothing before is changed.

    Returns:
        The plain text, and the :class:`Offsets` that take its spans back to
        *text*; ``(text, None)`` when there is no markup to leave out.

    Examples:
        >>> without_markup("**Netflix is hiring** a [product manager](https://example.com/j).")[0]
        'Netflix is hiring a product manager.'
        >>> without_markup("&#8220;No,&#8221; she said.")[0]
        '“No,” she said.'
        >>> without_markup("Nothing to change.")
        ('Nothing to change.', None)
    """
    if not any(text.find(sign, start) >= 0 for sign in _SIGNS):  # the usual case, found fast
        return text, None
    parts: list[str] = []
    plain_starts: list[int] = []
    pieces: list[tuple[int, int, bool]] = []
    size = 0

    def add(part: str, begin: int, end: int, *, copied: bool) -> None:
        nonlocal size
        if part:
            parts.append(part)
            plain_starts.append(size)
            pieces.append((begin, end, copied))
            size += len(part)

    done = 0
    for match in _MARKUP.scan(text, start):
        kind = match.lastgroup
        if kind in ("starred", "underlined"):  # the words between stay, copied
            kept, begin, end, copied = match.group(kind), match.start(kind), match.end(kind), True
        elif (replacement := _replacement(match)) is not None:
            kept, begin, end, copied = replacement, match.start(), match.end(), False
        else:
            continue  # a reference that stands for nothing ("&madeup;") stays as written
        add(text[done : match.start()], done, match.start(), copied=True)
        add(kept, begin, end, copied=copied)
        done = match.end()
    if not pieces:
        return text, None
    add(text[done:], done, len(text), copied=True)
    return "".join(parts), Offsets(plain_starts, pieces)


def _replacement(match: re.Match[str]) -> str | None:
    """What a piece of markup other than emphasis becomes; None when it is to be kept as it is."""
    kind = match.lastgroup
    if kind == "reference":
        decoded = html.unescape(match.group())
        return None if decoded == match.group() else decoded
    return "\n" if kind == "block" else ""
