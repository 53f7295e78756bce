"""The text layer: the date header, sentences and paragraphs with character offsets.

Offsets always index the text exactly as given; nothing is rewritten.
"""

import functools
import re
import string

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from datetime import date

import attrs

from aistrike.exceptions import HeaderError
from aistrike.extract import _regex
from aistrike.model import Span


# One optional header at the very start: " date 2023-07-26". Anchored, no nested
# quantifiers: it is matched once, in constant time.
_HEADER = _regex.compile(r"\A\ufeff?[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|\Z)[ \t]*\n?")


@attrs.frozen
class Header:
    """What the optional `` date YYYY-MM-DD`` header says.

    Attributes:
        published: The date it gives.
        end: Offset where the article proper starts, just after the header.
    """

    published: date
    end: int


def read_header(text: str) -> Header | None:
    """Read the leading `` date YYYY-MM-DD`` header, if there is one.

    Args:
        text: The article text exactly as read.

    Returns:
        The header, or None when the text does not start with one.

    Raises:
        HeaderError: The header names a date that does not exist, such as 2023-13-45.

    Examples:
        >>> read_header(" date 2023-07-26 The Big Picture").published
        datetime.date(2023, 7, 26)
        >>> read_header("No header here.") is None
        True
    """
    match = _HEADER.match(text)
    if match is None:
        return None
    year, month, day = (int(group) for group in match.groups())
    try:
        published = date(year, month, day)
    except ValueError as exc:
        stated = f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
        msg = f"line 1: the date header gives {stated}, which is not a date ({exc})"
        raise HeaderError(msg) from None
    return Header(published, match.end())


# A sentence ends at . ! ? (optionally followed by closing quotes or brackets)
# before whitespace, at a blank line, or before a line that opens with a bullet ("- ", "• "),
# a time stamp ("11:40 - ", in show notes) or an item's number ("2. "): a list's items have
# no full stops. Single character classes and bounded repeats only:
# linear. It opens with one class of its first characters, so that ``re`` skips ahead to them.
_SENTENCE_END = _regex.compile(
    r"[.!?\n](?:(?<=[.!?])[\"”’')\]]*(?=\s)|(?<=\n)(?:\s*\n|(?=[ \t]{0,8}[-•*–—‣▪][ \t])"
    # a line that opens with a time stamp ("11:40 - ...") or a number ("2. ...", "3) ...")
    r"|(?=[ \t]{0,8}(?:\d{1,2}(?::\d\d){1,2}|\d{1,2}[.)])[ \t])))"
)


@attrs.frozen(eq=False)
class Sentence:
    """A sentence of the article, with its offsets.

    Sentences compare and hash by identity (each is built once, in
    ``Context.build``): recognisers keep them in sets, and an identity hash is
    the interpreter's own, with no call into Python.

    A sentence holds the whole article text and its folded form, shared by all
    sentences, not copies of its own: memory stays a small multiple of the input.
    Its text and folded text are sliced when asked for, and not kept: keeping them
    measured 3% faster but took three times the input more memory at its peak.

    Attributes:
        start: Offset of its first character in the article text.
        end: Offset one past its last character.
        source: The whole article text (or the sentence alone, when built by hand).
        folded_source: ``_regex.fold(source)``, for fast word tests.
    """

    start: int
    end: int
    source: str = attrs.field(repr=False, eq=False)
    folded_source: str = attrs.field(
        default=attrs.Factory(lambda self: _regex.fold(self.source), takes_self=True),
        repr=False,
        eq=False,
    )

    @property
    def text(self) -> str:
        """The sentence, ``source[start:end]``."""
        return self.source[self.start : self.end]

    @property
    def folded(self) -> str:
        """The sentence folded to lower case, ``folded_source[start:end]``."""
        return self.folded_source[self.start : self.end]

    @functools.cached_property
    def span(self) -> Span:
        """The sentence as evidence (built once: several facts may cite it)."""
        return Span(self.start, self.end)

    def search(self, pattern: _regex.Pattern) -> re.Match[str] | None:
        r"""``pattern.search(self.text)``, tried only where a match may begin.

        Examples:
            >>> import re
            >>> cue = _regex.compile(r"\bhiring\b", re.IGNORECASE)
            >>> Sentence(11, 17, "Netflix is HIRING").search(cue).group()
            'HIRING'
        """
        openers = pattern.openers
        if openers is None:
            return pattern.search(self.text) if self.may_match(pattern) else None
        # where a match may begin (none: no match): tried there alone, leftmost first,
        # the pattern finds what search finds
        pieces, ignore_case = openers
        start = self.start
        haystack = self.folded_source if ignore_case else self.source
        found_at = _regex.places(pieces, haystack, start, self.end)  # nothing sliced
        if not found_at:
            return None
        text, match = self.text, pattern.match
        for at in found_at:
            found = match(text, at - start)
            if found is not None:
                return found
        return None

    def may_match(self, pattern: _regex.Pattern, pos: int = 0) -> bool:
        r"""False only when *pattern* cannot match in this sentence (from *pos* on): no word a match must start with is there.

        Examples:
            >>> cue = _regex.compile(r"\bhiring\b|\bjob posting\b", re.IGNORECASE)
            >>> text = "Netflix is HIRING"
            >>> Sentence(0, len(text), text).may_match(cue), Sentence(0, 7, text).may_match(cue)
            (True, False)
            >>> Sentence(0, len(text), text).may_match(cue, 11), Sentence(0, len(text), text).may_match(cue, 12)
            (True, False)
        """
        starts = pattern.starts
        if starts is None:
            return True
        words, ignore_case = starts
        haystack = self.folded if ignore_case else self.text
        return any(map((haystack[pos:] if pos else haystack).__contains__, words))


_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "vs",
        "no",
        "u.s",
        "u.k",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "rs",
        "a.m",
        "p.m",
    }
)


_ASCII_WORD = string.ascii_letters + "."  # what may make up an abbreviation, in ASCII


def sentences(
    text: str,
    start: int = 0,
    folded: str | None = None,
    names: Sequence[tuple[int, int]] = (),
) -> Iterator[Sentence]:
    """Split *text* into sentences, from offset *start* on.

    Leading and trailing whitespace is left out of each sentence. A full stop
    after a common abbreviation ("Mr.", "Rs.", "U.S.") or inside a number does
    not end a sentence, nor does one inside a name of *names* (the spans of the
    organisations named, in order: "Warner Bros. Discovery is hiring").

    Examples:
        >>> [s.text for s in sentences("The WGA struck. SAG-AFTRA joined!")]
        ['The WGA struck.', 'SAG-AFTRA joined!']
        >>> text = "Warner Bros. Discovery is hiring. Picket lines at Warner Bros. It rains."
        >>> [s.text for s in sentences(text, names=[(0, 22), (50, 62)])]
        ['Warner Bros. Discovery is hiring.', 'Picket lines at Warner Bros.', 'It rains.']
    """
    if folded is None:
        folded = _regex.fold(text)  # once for the text; fold keeps every offset
    name_starts = [name[0] for name in names]
    found = []
    begin = start
    for match in _SENTENCE_END.finditer(text, start):
        at = match.start()
        if text[at] == "." and (_is_abbreviation(text, at) or _inside_name(names, name_starts, at)):
            continue
        stop = match.end()
        found.append((begin, at if text[at] == "\n" else stop))
        begin = stop
    found.append((begin, len(text)))
    for begin, stop in found:
        piece = text[begin:stop]
        kept = piece.strip()  # whitespace as str.isspace() sees it
        if kept:
            first = begin + len(piece) - len(piece.lstrip())
            yield Sentence(first, first + len(kept), text, folded)


def _inside_name(names: Sequence[tuple[int, int]], starts: list[int], dot: int) -> bool:
    """Whether a full stop lies inside a name, before its last character."""
    index = bisect_right(starts, dot) - 1
    return index >= 0 and dot < names[index][1] - 1


def _is_abbreviation(text: str, dot: int) -> bool:
    before = text[max(0, dot - 6) : dot]
    if before.isascii():  # the usual case: the word before the dot, without a loop
        word = before[len(before.rstrip(_ASCII_WORD)) :]
        if len(word) > 5:  # noqa: PLR2004 - abbreviations are short
            return False
    else:
        word_start = dot
        while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
            word_start -= 1
            if dot - word_start > 5:  # noqa: PLR2004 - abbreviations are short
                return False
        word = text[word_start:dot]
    if word.lower() == "no":  # "No. 5", but not "Bo Lee said no."
        return text[dot + 1 : dot + 3].lstrip()[:1].isdigit()
    return word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
