r"""Regexes for the recognisers: compiled on first use, guarded, with start words.

:func:`compile` returns a :class:`Pattern`, used like ``re.Pattern`` (``search``,
``match``, ``finditer``, ...). Four things make it cheaper than ``re.compile``:

- **Compiled on first use.** ``import aistrike`` compiles nothing; a recogniser
  pays for its patterns the first time it runs. After that, ``pattern.search``
  is the compiled pattern's own method, with no indirection.
- **A first-character guard.** Python's ``re`` tries every alternative of a
  pattern at every position of the text, so ``\bhiring\b|\bjob[ ]posting\b|...``
  costs as much at a space as at an ``h``. The set of characters any match can
  begin with is read off the parsed pattern and prepended as the zero-width guard
  ``(?=[...])``: other positions fail at the first step. The guard changes no
  match; it only states what the pattern already requires. When the set cannot be
  bounded (a match may start with ``\w``, ``.`` or a negated class, or be empty),
  the pattern is compiled unchanged. So is a pattern that opens with a character,
  a class or a choice of characters (and folds no case): ``re`` then skips ahead
  to them in C, faster than any guard, and a guard in front would stop it.
- **Start words.** The words every match must begin with ("hiring", "job
  posting") are read off the pattern too; ``Sentence.may_match`` tests them as plain
  substrings, far faster than the regex, and a recogniser skips the regex (or the
  whole article) when none is there.
- **Openers and prefixes.** The whole words a match opens with (:attr:`Pattern.prefixes`),
  or those words cut to four characters (:attr:`Pattern.openers`), tell where a match
  can begin at all: :func:`at_words` and ``Sentence.search`` look for them with
  ``str.find`` and try the pattern only there.

This reads ``re._parser``, which is private; should it change, the guard and the
start words are simply left out (see ``_parse``).
"""

import functools
import importlib
import re

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any


_MAX_RANGE = 128
_Found = tuple[set[str], bool] | None  # (first characters, may match empty), None when unbounded
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_CHUNK = 1 << 16
_KEY = 6
_MIN_WORD = 3  # shorter start words rule out too little to be worth a test
_MAX_WORDS = 256
_OPENER = 4  # openers are cut to this many characters: fewer to look for
_MAX_OPENERS = 8
_MAX_LEAD = 6  # Pattern.scan finds at most this many first characters one by one
_COMMON = frozenset(
    {"a", "an", "and", "are", "at", "in", "is", "of", "on", "the", "to", "was", "were"}
)
Stream = Callable[[int], Iterator[re.Match[str]]]
"""The matches of a pattern from an offset on: ``lambda pos: pattern.finditer(text, pos)``."""


class Pattern:
    """A regex compiled on first use, with a first-character guard and start words.

    Attributes:
        source: The pattern as written.
        flags: The ``re`` flags.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        """Hold *source* and *flags*; nothing is compiled yet."""
        self.source = source
        self.flags = flags

    def __repr__(self) -> str:
        return f"Pattern({self.source!r}, {self.flags!r})"

    @functools.cached_property
    def _parsed(self) -> tuple[Any, Any] | None:
        """The parse tree, read once for both the guard and the start words."""
        return _parse(self.source, self.flags)

    @functools.cached_property
    def compiled(self) -> re.Pattern[str]:
        """The compiled, guarded pattern; after the first call, the methods are its own."""
        parsed = self._parsed
        chars = _first_chars(*parsed) if parsed and not _scans_fast(*parsed) else None
        if not chars:
            compiled = re.compile(self.source, self.flags)
        else:
            # one character is a literal; a longer item is a class escape such as \d
            guard = "".join(sorted(re.escape(c) if len(c) == 1 else c for c in chars))
            compiled = re.compile(f"(?=[{guard}])(?:{self.source})", self.flags)
        for name in ("search", "match", "fullmatch", "finditer", "findall", "sub"):
            self.__dict__[name] = getattr(compiled, name)  # shadow the methods below
        return compiled

    @functools.cached_property
    def starts(self) -> tuple[tuple[str, ...], bool] | None:
        """The words every match begins with, and whether to test them folded; None when unknown."""
        parsed = self._parsed
        words = _literal_prefixes(*parsed) if parsed else None
        return (words, bool(self.flags & re.IGNORECASE)) if words else None

    @functools.cached_property
    def _opening(self) -> tuple[frozenset[str], bool] | None:
        """The whole words a match opens with, folded when the pattern folds case; None when unknown."""
        parsed = self._parsed
        found = _prefix_sequence(*parsed) if parsed else None
        if found is None or not found[0] or not _foldable(found[0]):
            return None
        ignore_case = bool(self.flags & re.IGNORECASE)
        return (frozenset(map(fold, found[0])) if ignore_case else found[0]), ignore_case

    @functools.cached_property
    def prefixes(self) -> tuple[tuple[str, ...], bool] | None:
        """The words every match opens with, and whether they are folded; None when unknown.

        Unlike :attr:`starts`, these are where a match begins, whole, not a piece of them.
        """
        opening = self._opening
        if opening is None or min(map(len, opening[0])) < _MIN_WORD:
            return None
        return unextended(opening[0]), opening[1]

    @functools.cached_property
    def openers(self) -> tuple[tuple[str, ...], bool] | None:
        """Short pieces one of which every match opens with, and whether they are folded.

        Each opening word is cut to four characters, and a piece that another opens
        is left out: where none of them is, no match begins. None when unknown, too
        many to be worth looking for, or when one opens with a word found everywhere.
        """
        opening = self._opening
        if opening is None or min(map(len, opening[0])) < 2:  # noqa: PLR2004 - one letter is everywhere
            return None
        pieces = unextended({word[:_OPENER] for word in opening[0]})
        if len(pieces) > _MAX_OPENERS or any(_opens_with_common_word(p) for p in pieces):
            return None  # too many, or one is everywhere ("the ..."): the regex scans faster
        return pieces, opening[1]

    def at_words(self, text: str, folded: str | None = None) -> Stream:
        r"""The matches in *text*, tried only where one of :attr:`prefixes` is (see :func:`at_words`).

        *folded* is ``fold(text)`` when the caller has it already. With no
        prefixes known, the stream is :meth:`finditer`'s.

        Examples:
            >>> cue = compile(r"\b(?:writers|actors)\b", re.IGNORECASE)
            >>> [m.group() for m in cue.at_words("Writers and actors, not factors")(0)]
            ['Writers', 'actors']
        """
        known = self.prefixes
        if known is None:
            return lambda pos: self.finditer(text, pos)
        words, ignore_case = known
        haystack = (folded if folded is not None else fold(text)) if ignore_case else text
        return at_words(self, text, words, haystack)

    @property
    def pattern(self) -> str:
        """The pattern as compiled, guard included."""
        return self.compiled.pattern

    def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.search`."""
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.match`."""
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """Like :meth:`re.Pattern.fullmatch`."""
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(
        self, string: str, pos: int = 0, endpos: int = 2**63 - 1
    ) -> Iterator[re.Match[str]]:
        """Like :meth:`re.Pattern.finditer`."""
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[Any]:
        """Like :meth:`re.Pattern.findall`."""
        return self.compiled.findall(string, pos, endpos)

    @functools.cached_property
    def lead(self) -> str | None:
        r"""The few characters every match opens with, when they are few enough to find one by one.

        None when there are more than six, when the pattern folds case, or when one
        is a class escape such as ``\d``.
        """
        parsed = self._parsed
        chars = _first_chars(*parsed) if parsed else None
        if not chars or len(chars) > _MAX_LEAD or self.flags & re.IGNORECASE:
            return None
        if any(len(char) != 1 for char in chars):
            return None
        return "".join(sorted(chars))

    def scan(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        """Like :meth:`finditer`, but looks for :attr:`lead` with ``str.find`` and tries the pattern only there.

        ``re`` looks for a class of first characters one position at a time, about ten
        times slower than ``str.find`` looks for one character; for a pattern that
        opens with a few rare characters (quotation marks, full stops), finding each
        and matching there gives the same matches for a fraction of the time.

        Examples:
            >>> marks = compile('["“”]')
            >>> [m.start() for m in marks.scan('He said "no" and “yes”.')]
            [8, 11, 17, 21]
        """
        lead = self.lead
        if lead is None:
            return self.finditer(text, pos)
        return at_words(self, text, lead, text)(pos)

    def sub(self, repl: str, string: str, count: int = 0) -> str:
        """Like :meth:`re.Pattern.sub`."""
        return self.compiled.sub(repl, string, count)


@functools.lru_cache(maxsize=512)
def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - mirrors re.compile
    r"""A :class:`Pattern` for *pattern*, compiled when first used; cached like ``re.compile``.

    Examples:
        >>> compile(r"\bhiring\b|\bjob posting\b").pattern
        '(?=[hj])(?:\\bhiring\\b|\\bjob posting\\b)'
        >>> compile(r"\w+").pattern
        '\\w+'
        >>> compile(r"\bhiring\b|\bjob posting\b").search("Netflix is hiring").group()
        'hiring'
    """
    return Pattern(pattern, flags)


def fold(text: str) -> str:
    """*text* in the lower case that ``re.IGNORECASE`` matches ASCII words in.

    ``str.lower`` alone misses three letters that ``re`` folds onto ASCII ones:
    dotted capital I, dotless i and long s. The result is as long as *text*, so
    offsets into one are offsets into the other.

    Examples:
        >>> fold("İNTERVIEW ſcan")
        'interview scan'
    """
    # İ is the only character whose lower case is longer; translating it first keeps
    # every offset. Rare, and translate is slow, so only when one of the three is here.
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_FOLD)
    # str.lower() of non-ASCII text takes a scratch buffer of 12 bytes a character: by
    # chunks, a long text costs no more than its folded copy
    return "".join(text[i : i + _CHUNK].lower() for i in range(0, len(text), _CHUNK))


def unextended(words: Iterable[str]) -> tuple[str, ...]:
    """*words* without those that open with another of them: they are found where it is."""
    found = set(words)
    return tuple(sorted(w for w in found if not any(o != w and w.startswith(o) for o in found)))


def places(
    words: Iterable[str], haystack: str, start: int = 0, end: int | None = None
) -> list[int]:
    """Every offset in ``haystack[start:end]`` where one of *words* begins, in order.

    The offsets index *haystack* itself; nothing is sliced. No word of *words* may
    open with another (see :func:`unextended`): then no two begin at the same
    offset, and each offset comes once.

    Examples:
        >>> places(["ab", "b"], "abab")
        [0, 1, 2, 3]
        >>> places(["ab", "b"], "abab", 1, 3)  # "ab" at 2 runs past the end
        [1]
    """
    stop = len(haystack) if end is None else end
    found: list[int] = []
    for word in words:
        at = haystack.find(word, start, stop)
        while at >= 0:
            found.append(at)
            at = haystack.find(word, at + 1, stop)
    found.sort()
    return found


def _opens_with_common_word(piece: str) -> bool:
    """Whether *piece* is a word found in every text and a space after it ("the ", "is o")."""
    words = piece.split()
    return bool(words) and words[0] in _COMMON and len(piece) > len(words[0])


def at_words(
    pattern: Pattern,
    text: str,
    words: Iterable[str],
    haystack: str,
    starts: list[int] | None = None,
) -> Stream:
    r"""The matches of *pattern* in *text*, tried only where one of *words* is in *haystack*.

    *haystack* is *text* or ``fold(text)``; every match must open with one of *words*
    (in *haystack*). The words are found once, with ``str.find``, far faster than
    ``re`` trying every position when they are few and rare in the text. The result
    gives the matches from any offset on (``stream(pos)``, like ``finditer(text,
    pos)``); starting again further on, as :func:`finditer_first` does, looks for
    nothing twice. *starts*, when given, are ``places(words, haystack)``, found already.

    Examples:
        >>> role = compile(r"\b(?:Chief|chief) (?:negotiator|executive)\b")
        >>> text = "The Chief Negotiator and the chief negotiator"
        >>> [m.start() for m in at_words(role, text, ["chief"], fold(text))(0)]
        [29]
    """
    if starts is None:
        starts = places(words, haystack)
    match_at = pattern.compiled.match

    def stream(pos: int) -> Iterator[re.Match[str]]:
        cursor = pos
        for index in range(bisect_left(starts, pos), len(starts)):
            if starts[index] >= cursor and (match := match_at(text, starts[index])) is not None:
                yield match
                cursor = match.end()

    return stream


def finditer_first(streams: Sequence[Stream], pos: int = 0) -> Iterator[tuple[int, re.Match[str]]]:
    r"""The matches of the alternation of several patterns, each with the index of its stream.

    ``streams[i](p)`` gives the matches of pattern *i* from offset *p* on, such as
    ``lambda p: pattern.finditer(text, p)``. They are merged as ``re`` finds the
    matches of ``pattern0|pattern1|...``: leftmost first, the earlier pattern when
    two start at the same place, none overlapping. Searched apart, each pattern can
    open with what ``re`` skips ahead to (a literal word, a class), which their
    alternation could not. No pattern may match the empty string.

    Examples:
        >>> said = [compile(r"[A-Z]\w+ said"), compile(r"said [A-Z]\w+")]
        >>> text = "Ann said so, said Bo."
        >>> [(i, m.group()) for i, m in finditer_first([lambda p, s=s: s.finditer(text, p) for s in said])]
        [(0, 'Ann said'), (1, 'said Bo')]
    """
    iterators = [stream(pos) for stream in streams]
    heads = []  # the next match of each stream not done: (start, index, match), in stream order
    for index, found in enumerate(iterators):
        if (match := next(found, None)) is not None:
            heads.append((match.start(), index, match))
    while len(heads) > 1:
        _, first, match = min(heads)  # no two share (start, index): matches are never compared
        yield first, match
        cursor = match.end()
        kept = []
        for start, index, upcoming in heads:
            if start < cursor:  # the match just given, or one it overlaps: the next one after it
                if index != first:
                    iterators[index] = streams[index](cursor)
                following = next(iterators[index], None)
                if following is None:
                    continue
                start, upcoming = following.start(), following  # noqa: PLW2901 - the stream's new head
            kept.append((start, index, upcoming))
        heads = kept
    if heads:  # one stream left: its own matches follow each other, none overlapping
        _, first, match = heads[0]
        yield first, match
        for match in iterators[first]:
            yield first, match


def _parse(pattern: str, flags: int) -> tuple[Any, Any] | None:
    try:
        c = importlib.import_module("re._constants")  # private: see the module docstring
        parsed = importlib.import_module("re._parser").parse(pattern, flags)
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    if parsed.state.flags & ~re.UNICODE != flags & ~re.UNICODE:
        return None  # inline global flags such as (?i) must stay at the start
    return parsed, c


def _scans_fast(parsed: Any, c: Any) -> bool:
    """Whether ``re`` itself skips ahead to where a match can start.

    It does when the pattern opens with a character, a class or a choice of
    characters, and folds no case. ``re`` scans for such a start in C, far faster
    than a guard tried at every position; a guard in front would hide it.
    """
    items = parsed
    while items and items[0][0] is c.SUBPATTERN and not (items[0][1][1] or items[0][1][2]):
        items = items[0][1][3]
    if not items:
        return False
    op, arg = items[0]
    if parsed.state.flags & re.IGNORECASE:
        return False  # re skips ahead only over characters that have no case
    if op is c.LITERAL or op is c.IN:
        return True
    return op is c.BRANCH and all(branch and branch[0][0] is c.LITERAL for branch in arg[1])


def _first_chars(parsed: Any, c: Any) -> set[str] | None:
    found = _sequence(parsed, c)
    if found is None or found[1]:
        return None
    return found[0]


def _literal_prefixes(parsed: Any, c: Any) -> tuple[str, ...] | None:
    """Words every match starts with (one of them), or None when they are too short or too many."""
    found = _prefix_sequence(parsed, c)
    if found is None:
        return None
    words = found[0]
    if not words or min(len(word) for word in words) < _MIN_WORD:
        return None
    if not _foldable(words):
        return None
    flags = parsed.state.flags
    folded = {_key(fold(word) if flags & re.IGNORECASE else word) for word in words}
    # a word that holds another word of the set is found only where that one is
    return tuple(sorted(w for w in folded if not any(w != o and o in w for o in folded)))


def _foldable(words: Iterable[str]) -> bool:
    """Whether fold() is exact for *words*: it is for ASCII letters and what has no case."""
    return not any(not char.isascii() and char.isalpha() for word in words for char in word)


def _key(words: str) -> str:
    """A piece of *words* that any text holding them holds too, short enough to be shared.

    The longest word in it, cut to six letters ("is offering" -> "offeri",
    "advertised" -> "advert"), when that word has four letters or more; else all of
    *words* ("pay for"). Many start words then share one key, and fewer tests run.
    """
    longest = max(re.split(r"[^\w'’-]+", words), key=len)
    return longest[:_KEY] if len(longest) >= _MIN_WORD + 1 else words


_Prefixes = tuple[frozenset[str], bool] | None  # (start words, the item is all literal)


def _prefix_sequence(items: Any, c: Any) -> _Prefixes:
    words = frozenset({""})
    for op, arg in items:
        found = _prefix_item(op, arg, c)
        if found is None:
            return words, False
        if len(words) * len(found[0]) > _MAX_WORDS:
            return words, False  # the words so far are shorter, but still true
        words = frozenset(word + more for word in words for more in found[0])
        if not found[1]:
            return words, False
    return words, True


def _prefix_item(op: Any, arg: Any, c: Any) -> _Prefixes:  # noqa: PLR0911 - one case per opcode
    if op is c.LITERAL:
        return frozenset({chr(arg)}), True
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return frozenset({""}), True  # zero-width
    if op is c.IN:
        found = _charset(arg, c)
        if found is None or len(found[0]) > 4 or any(len(item) > 1 for item in found[0]):  # noqa: PLR2004
            return None
        return frozenset(found[0]), True
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = arg
        return None if add_flags or del_flags else _prefix_sequence(body, c)
    if op is _atomic(c):
        return _prefix_sequence(arg, c)
    if op in _repeats(c):
        low, high, body = arg
        return _prefix_repeat(low, high, body, c)
    if op is c.BRANCH:
        alternatives = [_prefix_sequence(alternative, c) for alternative in arg[1]]
        if any(found is None for found in alternatives):
            return None
        return (
            frozenset().union(*(found[0] for found in alternatives if found)),
            all(found[1] for found in alternatives if found),
        )
    return None


def _prefix_repeat(low: int, high: int, body: Any, c: Any) -> _Prefixes:
    inner = _prefix_sequence(body, c)
    if inner is None:
        return None
    if (low, high) == (0, 1):  # "x?" is a choice of x or nothing: still literal
        return inner[0] | {""}, inner[1]
    return (inner[0] | {""} if low == 0 else inner[0]), False


def _repeats(c: Any) -> tuple[Any, ...]:
    """The repeat opcodes: greedy, lazy and (Python 3.11+) possessive ("x++"), all alike here."""
    return (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", c.MAX_REPEAT))


def _atomic(c: Any) -> Any:
    """The opcode of an atomic group ("(?>...)", Python 3.11+): a group, here."""
    return getattr(c, "ATOMIC_GROUP", c.SUBPATTERN)


def _sequence(items: Any, c: Any) -> _Found:
    chars: set[str] = set()
    for op, arg in items:
        found = _item(op, arg, c)
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _item(op: Any, arg: Any, c: Any) -> _Found:  # noqa: PLR0911 - one case per opcode
    if op is c.LITERAL:
        return {chr(arg)}, False
    if op is c.IN:
        return _charset(arg, c)
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
        return set(), True  # zero-width: look further
    if op is c.SUBPATTERN:
        _, add_flags, del_flags, body = arg
        return None if add_flags or del_flags else _sequence(body, c)
    if op is _atomic(c):
        return _sequence(arg, c)
    if op in _repeats(c):
        low, _, body = arg
        found = _sequence(body, c)
        return None if found is None else (found[0], found[1] or low == 0)
    if op is c.BRANCH:
        chars: set[str] = set()
        empty = False
        for alternative in arg[1]:
            found = _sequence(alternative, c)
            if found is None:
                return None
            chars |= found[0]
            empty = empty or found[1]
        return chars, empty
    return None  # ANY, NOT_LITERAL, group references, ...: unbounded


def _charset(items: Any, c: Any) -> _Found:
    chars: set[str] = set()
    for op, arg in items:
        if op is c.LITERAL:
            chars.add(chr(arg))
        elif op is c.RANGE and arg[1] - arg[0] <= _MAX_RANGE:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        elif op is c.CATEGORY and arg in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            chars.add(r"\d")  # kept as \d in the guard: every digit \d matches, in any script
        else:
            return None  # a category, a negation or a wide range
    return chars, False
