"""The first-character guard of extract._regex must never change what a pattern matches."""

import importlib
import pkgutil
import re
import subprocess
import sys

import pytest

from hypothesis import given
from hypothesis import strategies as st

from aistrike.extract import _regex
from aistrike.extract.text import Sentence
from aistrike.loaders import seed_text


def guarded_patterns():
    for info in pkgutil.iter_modules(sys.modules["aistrike.extract"].__path__):
        module = importlib.import_module(f"aistrike.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, _regex.Pattern) and value.pattern.startswith("(?=["):
                plain = re.compile(value.source, value.flags)
                yield pytest.param(value, plain, id=f"{info.name}.{name}")


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
        (r"[ab]c|[ab]d", 0, None),  # opens with a class: re skips ahead to it unaided
        (r"(?P<x>ab|cd)e", 0, None),  # a choice of characters, inside a group
        (r"[ab]c", re.IGNORECASE, "(?=[ab])"),  # case to fold: re does not skip ahead
        (r"\bx++y|\bzw", re.IGNORECASE, "(?=[xz])"),  # a possessive repeat, like a greedy one
        (r"(?>ab|c)d", re.IGNORECASE, "(?=[ac])"),  # an atomic group, like a group
    ],
)
def test_guards_by_hand(pattern, flags, guard):
    compiled = _regex.Pattern(pattern, flags)
    if guard is None:
        assert compiled.pattern == pattern
        assert compiled.starts is None or guard is None
    else:
        assert compiled.pattern.startswith(guard)


@pytest.mark.parametrize(
    ("pattern", "starts", "openers"),
    [
        (r"\bhiring(?:[\w-]++[ ]){0,2}?now", ("hiring",), ("hiri",)),
        (r"(?>actors?|writers)[ ]\w+", ("actor", "writer"), ("acto", "writ")),
    ],
)
def test_possessive_and_atomic_keep_start_words(pattern, starts, openers):
    compiled = _regex.Pattern(pattern, re.IGNORECASE)
    assert compiled.starts == (starts, True)
    assert compiled.openers == (openers, True)


GATED = [p for p in PATTERNS if p.values[0].starts is not None]


def test_many_recognisers_have_start_words():
    assert len(GATED) >= 15


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("postings", "_CUE"),
        ("postings", "_TITLED_CUE"),
        ("postings", "_BACK_REFERENCE"),
        ("postings", "_PAID_CUE"),
        ("actions", "_PRECEDENT"),
        ("likeness", "_SCAN"),
        ("productions", "_KIND_WORD"),
        ("comparisons", "_HEALTH"),
        ("comparisons", "_TIMES"),
        ("comparisons", "_DAYS_WORD"),
        ("comparisons", "_QUALIFY"),
    ],
)
def test_patterns_that_choose_sentences_keep_their_start_words(module, name):
    """Every pattern Context.sentences_with is given has start words.

    Without them, every sentence of every article is a candidate: one more alternative in
    postings._CUE once took its spellings past the limit of 256 and made extraction 14% slower
    with no test failing.
    """
    pattern = getattr(importlib.import_module(f"aistrike.extract.{module}"), name)
    assert pattern.starts is not None


@given(st.data())
def test_start_words_never_rule_out_a_match(data):
    """Sentence.may_match() is False only when the pattern really cannot match."""
    guarded, _ = data.draw(st.sampled_from([p.values for p in GATED]))
    words, _ = guarded.starts
    word = data.draw(st.sampled_from(words))
    # text built around a start word, with case changes and the letters re folds specially
    noise = st.text(alphabet=st.sampled_from(list("aAsSiIkK İıſK\u00a0.,'-")), max_size=8)
    text = (
        data.draw(noise)
        + data.draw(st.sampled_from([word, word.upper(), word.title()]))
        + data.draw(noise)
    )
    text = data.draw(
        st.sampled_from(
            [text, text.replace("i", "ı"), text.replace("s", "ſ"), text.replace("I", "İ")]
        )
    )
    if guarded.search(text):
        assert Sentence(0, len(text), text).may_match(guarded)


@given(NEWSY)
def test_may_match_is_sound_on_any_text(text):
    for guarded, _ in (p.values for p in GATED):
        if guarded.search(text):
            assert Sentence(0, len(text), text).may_match(guarded), guarded.pattern


@given(st.text())
def test_fold_keeps_offsets(text):
    assert len(_regex.fold(text)) == len(text)


def test_seed_sentences_fold_like_the_text():
    from aistrike.extract.text import sentences  # noqa: PLC0415

    text = seed_text() + " İstanbul ſcan"
    for sentence in sentences(text):
        assert sentence.folded == _regex.fold(sentence.text)


def test_a_pattern_compiles_on_first_use_then_uses_the_compiled_methods():
    pattern = _regex.Pattern(r"\bscan(?:s|ned)?\b", re.IGNORECASE)
    assert "compiled" not in vars(pattern)
    found = pattern.search("They were SCANNED.")
    assert found is not None
    assert found.group() == "SCANNED"
    assert vars(pattern)["search"] == pattern.compiled.search  # the method of the compiled pattern
    assert [m.group() for m in pattern.finditer("scan, scans")] == ["scan", "scans"]
    assert pattern.match("scan") is not None
    assert pattern.fullmatch("scans") is not None
    assert pattern.findall("scan scanned") == ["scan", "scanned"]
    assert pattern.sub("x", "scan it") == "x it"
    assert repr(pattern) == "Pattern('\\\\bscan(?:s|ned)?\\\\b', re.IGNORECASE)"


@pytest.mark.parametrize("method", ["search", "match", "fullmatch", "finditer", "findall", "sub"])
def test_every_method_works_before_compiling(method):
    pattern = _regex.Pattern(r"ab")
    args = ("x", "ab") if method == "sub" else ("ab",)
    result = getattr(pattern, method)(*args)
    if method == "finditer":
        result = list(result)
    assert result


def test_import_aistrike_compiles_no_pattern():
    program = (
        "import sys, aistrike\n"
        "assert 'aistrike.extract.actions' not in sys.modules, 'recognisers imported eagerly'\n"
        "assert 'aistrike.model' not in sys.modules, 'model imported eagerly'\n"
        "assert callable(aistrike.extract) and aistrike.Money(1).amount == 1\n"
        "aistrike.load_seed()\n"
        "assert callable(aistrike.extract), 'the subpackage replaced the function'\n"
    )
    result = subprocess.run(  # noqa: S603 - this interpreter, a fixed program
        [sys.executable, "-c", program], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
