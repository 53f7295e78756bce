"""The first-character guard of extract._regex must never change what a pattern matches."""

import importlib
import pkgutil
import re
import sys

import pytest

from hypothesis import given
from hypothesis import strategies as st

from aistrike.extract import _regex
from aistrike.loaders import seed_text


def guarded_patterns():
    for info in pkgutil.iter_modules(sys.modules["aistrike.extract"].__path__):
        module = importlib.import_module(f"aistrike.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and value.pattern.startswith("(?=["):
                plain = value.pattern[value.pattern.index("])(?:") + 5 : -1]
                yield pytest.param(value, re.compile(plain, value.flags), id=f"{info.name}.{name}")


PATTERNS = list(guarded_patterns())
NEWSY = st.text(
    alphabet=st.sampled_from(list("$£0123456789,. -–'\"“”AIaiSsMmJjhrnge\u00a0")) | st.characters(),
    max_size=60,
)


def test_most_recognisers_are_guarded():
    assert len(PATTERNS) >= 30


@pytest.mark.parametrize(("guarded", "plain"), PATTERNS)
def test_guard_keeps_every_match_on_the_seed(guarded, plain):
    text = seed_text()
    for variant in (text, text.upper(), text.lower()):
        assert [m.span() for m in guarded.finditer(variant)] == [
            m.span() for m in plain.finditer(variant)
        ]


@given(st.data())
def test_guard_keeps_every_match_on_any_text(data):
    guarded, plain = data.draw(st.sampled_from([p.values for p in PATTERNS]))
    text = data.draw(NEWSY)
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "flags", "guard"),
    [
        (r"\bhiring\b|\bjob\b", 0, "(?=[hj])"),
        (r"(?<!\w)a*b", 0, "(?=[ab])"),
        (r"[A-C]x|y", 0, "(?=[ABCy])"),
        (r"\w+", 0, None),  # a category: unbounded
        (r"a?", 0, None),  # may match the empty string
        (r"(?i:a)b", 0, None),  # local flags: left alone
        (r"(?i)ab", 0, None),  # global inline flags must stay first
        (r"[^a]b", 0, None),  # negated class
        (r"[\x00-\uffff]", 0, None),  # too wide a range
    ],
)
def test_guards_by_hand(pattern, flags, guard):
    compiled = _regex.compile(pattern, flags)
    if guard is None:
        assert compiled.pattern == pattern
    else:
        assert compiled.pattern.startswith(guard)
