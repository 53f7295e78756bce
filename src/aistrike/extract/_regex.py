r"""``re.compile`` with a first-character guard, so that searches skip most positions fast.

Python's ``re`` tries every alternative of a pattern at every position of the
text. A pattern such as ``\bhiring\b|\bjob[ ]posting\b|...`` therefore costs
as much at a space as at an ``h``. :func:`compile` works out, from the parsed
pattern, the set of characters any match can begin with, and prepends the
zero-width guard ``(?=[...])``; a position whose character is not in the set
then fails at the first step. The guard changes no match: it only states what
the pattern already requires. When the set cannot be bounded (a pattern may
start with ``\w``, ``.`` or a negated class, or match the empty string), the
pattern is compiled unchanged.

This reads ``re._parser``, which is private; should it change, the guard is
simply left out (see ``_first_chars``).
"""

import functools
import importlib
import re

from typing import Any


_MAX_RANGE = 128
_Found = tuple[set[str], bool] | None  # (first characters, may match empty), None when unbounded


@functools.lru_cache(maxsize=512)
def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - mirrors re.compile
    r"""Compile *pattern* like :func:`re.compile`, adding a first-character guard when one exists.

    Results are cached, like ``re.compile``'s, so patterns built at run time
    (such as the member words of the unions an article names) cost nothing the
    second time.

    Examples:
        >>> compile(r"\bhiring\b|\bjob posting\b").pattern
        '(?=[hj])(?:\\bhiring\\b|\\bjob posting\\b)'
        >>> compile(r"\w+").pattern
        '\\w+'
    """
    chars = _first_chars(pattern, flags)
    if not chars:
        return re.compile(pattern, flags)
    # one character is a literal; a longer item is a class escape such as \d
    guard = "".join(sorted(re.escape(item) if len(item) == 1 else item for item in chars))
    return re.compile(f"(?=[{guard}])(?:{pattern})", flags)


def _first_chars(pattern: str, flags: int) -> set[str] | None:
    try:
        c = importlib.import_module("re._constants")  # private: see the module docstring
        parsed = importlib.import_module("re._parser").parse(pattern, flags)
        if parsed.state.flags & ~re.UNICODE != flags & ~re.UNICODE:
            return None  # inline global flags such as (?i) must stay at the start
        found = _sequence(parsed, c)
    except (ImportError, AttributeError, TypeError, ValueError):
        return None
    if found is None or found[1]:
        return None
    return found[0]


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
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
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
