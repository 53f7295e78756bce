"""The searches of extract._regex that skip ahead must find what a plain search finds."""

import datetime
import importlib
import pkgutil
import re
import sys

import pytest

from hypothesis import given
from hypothesis import strategies as st

from aistrike.extract import _regex
from aistrike.extract.actions import _is_history
from aistrike.extract.entities import _BY_ROLE, _ROLE_PREFIXES, _ROLE_WORDS, _ROLES
from aistrike.loaders import seed_text

from .test_regex_guard import GATED, NEWSY


def all_patterns():
    for info in pkgutil.iter_modules(sys.modules["aistrike.extract"].__path__):
        module = importlib.import_module(f"aistrike.extract.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, _regex.Pattern):
                yield pytest.param(value, id=f"{info.name}.{name}")


WITH_PREFIXES = [p for p in all_patterns() if p.values[0].prefixes is not None]


def _either_case(words):
    return st.sampled_from(words).flatmap(lambda w: st.sampled_from([w, w.capitalize(), w.upper()]))


# "Chief negotiator of SAG-AFTRA, Ann Lee": a role, maybe with a prefix and an employer, then a name
ROLE_TEXT = st.tuples(
    st.just("") | _either_case(_ROLE_PREFIXES).map(lambda w: w + " "),
    _either_case(_ROLES),
    st.sampled_from(["", " of SAG-AFTRA", " at Netflix"]),
    st.sampled_from(["", ","]),
    st.sampled_from([" Ann Lee", " Rob J. Ray", " bob", ""]),
).map("".join)
PIECES = ROLE_TEXT | st.sampled_from(["x", " ", "-", "said Ann Lee", "Ann Lee said"])


def test_many_recognisers_have_prefixes():
    assert len(WITH_PREFIXES) >= 15


def test_prefixes_by_hand():
    assert _regex.compile(r"\b(?:Writers|actors)\b", re.IGNORECASE).prefixes == (
        ("actors", "writers"),
        True,
    )
    assert _regex.compile(r"(?<!\w)(?:the )?studio").prefixes == (("studio", "the studio"), False)
    assert _regex.compile(r"\w+ing").prefixes is None
    assert _regex.compile(r"\bon\b").prefixes is None  # too short to be worth looking for


@given(st.data())
def test_at_words_finds_what_finditer_finds(data):
    (pattern,) = data.draw(st.sampled_from([p.values for p in WITH_PREFIXES]))
    words, _ = pattern.prefixes
    piece = st.sampled_from(words).flatmap(
        lambda w: st.sampled_from([w, w.upper(), w.title(), w.replace("i", "ı")])
    )
    text = "".join(data.draw(st.lists(piece | NEWSY, max_size=6)))
    pos = data.draw(st.integers(0, len(text)))
    assert [m.span() for m in pattern.at_words(text)(pos)] == [
        m.span() for m in pattern.finditer(text, pos)
    ]


def test_at_words_without_prefixes_is_finditer():
    pattern = _regex.compile(r"\d+")
    assert [m.group() for m in pattern.at_words("a 1 b 22")(3)] == ["22"]


@given(st.data())
def test_sentences_with_is_the_sentence_gate(data):
    from aistrike.extract.context import Context  # noqa: PLC0415
    from aistrike.extract.text import sentences  # noqa: PLC0415

    pool = [s.text for s in sentences(seed_text())] + ["The studios struck.", "\n\n", "Scanned!"]
    text = " ".join(data.draw(st.lists(st.sampled_from(pool) | NEWSY, max_size=8)))
    ctx = Context.build(text, 0, None)
    chosen = data.draw(st.lists(st.sampled_from([p.values[0] for p in GATED]), max_size=3))
    assert ctx.sentences_with(*chosen) == [
        s for s in ctx.sentences if any(s.may_match(pattern) for pattern in chosen)
    ]


@given(st.lists(PIECES | NEWSY, min_size=1, max_size=6), st.integers(0, 5))
def test_at_words_of_roles_finds_what_finditer_finds(pieces, pos):
    text = "".join(pieces)
    folded = _regex.fold(text)
    assert [m.span() for m in _regex.at_words(_BY_ROLE, text, _ROLE_WORDS, folded)(pos)] == [
        m.span() for m in _BY_ROLE.finditer(text, pos)
    ]


ALTERNATIVES = st.lists(
    st.sampled_from([r"ab", r"a", r"b+c", r"[A-Z]\w+ said", r"said [A-Z]\w+", r"\bon\b", r"n a"]),
    min_size=1,
    max_size=4,
)


@given(ALTERNATIVES, st.text(alphabet="abcn said AB", max_size=40), st.integers(0, 3))
def test_finditer_first_is_the_alternation(alternatives, text, pos):
    patterns = [_regex.compile(a) for a in alternatives]
    streams = [lambda p, pattern=pattern: pattern.finditer(text, p) for pattern in patterns]
    either = re.compile("|".join(f"({a})" for a in alternatives))
    expected = [((m.lastindex or 0) - 1, m.span()) for m in either.finditer(text, pos)]
    assert [(i, m.span()) for i, m in _regex.finditer_first(streams, pos)] == expected


def one_pattern_for_organizations():
    from aistrike.extract import entities  # noqa: PLC0415

    trie = entities._trie_pattern(list(entities._SURFACES))
    return re.compile(r"(?<![\w-])(?:" + trie + r")(?![\w-])")


def one_pattern_for_people():
    from aistrike.extract import entities as e  # noqa: PLC0415

    return re.compile(
        "|".join(
            p.source.replace("(?P<name>", f"(?P<n{i}>").replace("(?P<role>", "(?P<r>")
            for i, p in enumerate((e._BY_VERB, e._AFTER_CUE, e._AFTER_QUOTE, e._BY_ROLE))
        )
    )


NEWS_WORDS = st.sampled_from(
    [
        "SAG-AFTRA", "SAGE", "WGA", "Writers Guild of America", "writers' union", "the Intercept",
        "Netflix", "Metaverse", "said", "says", "according to", "told by", "Chief", "negotiator",
        "Actor", "Rob Delaney", "Ann B. Lee", "of", "Duncan Crabtree-Ireland", ",", " ", "-", "x",
        '"', "”", "wrote", "added",
    ]
)  # fmt: skip


@given(st.lists(NEWS_WORDS | NEWSY, max_size=12), st.integers(0, 4))
def test_organizations_are_what_one_pattern_finds(pieces, pos):
    from aistrike.extract.entities import find_organizations  # noqa: PLC0415

    text = " ".join(pieces)
    assert [(m.start, m.end) for m in find_organizations(text, pos)] == [
        m.span() for m in one_pattern_for_organizations().finditer(text, pos)
    ]


@given(st.lists(NEWS_WORDS | PIECES | NEWSY, max_size=12))
def test_person_cues_are_what_one_pattern_finds(pieces):
    from aistrike.extract.entities import name_cues  # noqa: PLC0415

    text = " ".join(pieces)
    expected = []
    for match in one_pattern_for_people().finditer(text):
        group = next(g for g, value in match.groupdict().items() if g[0] == "n" and value)
        expected.append((match.span(group), match.group("r")))
    found = [
        (match.span("name"), match.group("role") if by_role else None)
        for by_role, match in name_cues(text)
    ]
    assert found == expected


MONEY_BITS = st.sampled_from(
    ["$", "US$", "C$", "CA$", "A$", "£", "€", "₹", "Rs", "Rs.", "USD", "INR", "EUR", "GBP",
     "900", "900,000", "1.2", "7", ",", ".", " ", "\u00a0", "k", "million", "crore", "dollars",
     "pounds", "rupees", "x", "A", "US"]
)  # fmt: skip


@given(st.lists(MONEY_BITS | NEWSY, max_size=12), st.lists(st.integers(0, 60), max_size=6))
def test_amount_search_is_the_one_pattern(pieces, steps):
    from aistrike.extract.numbers import _AMOUNT, _AmountSearch  # noqa: PLC0415

    text = "".join(pieces)
    search = _AmountSearch(text, len(text))
    pos = 0
    for step in steps:  # forward, as find_money goes, by steps of any size
        pos = min(len(text), pos + step)
        found, expected = search(pos), _AMOUNT.search(text, pos)
        assert (found and found.span()) == (expected and expected.span())
        assert (found and found.groupdict().get("num")) == (expected and expected.group("num"))


DATE_BITS = st.sampled_from(
    ["May", "7", "14", "July", "Jul.", "Sept", "Tuesday", "on", "since", "of", "2023", ",", " ",
     "31st", "Dec", "mid-", "x", "Thu", "Mon", "Friday,", "the", "14th"]
)  # fmt: skip


@given(st.lists(DATE_BITS | NEWSY, max_size=10).map(" ".join))
def test_dates_are_what_the_date_pattern_finds(text):
    from aistrike.extract.dates import _DATE, find_dates  # noqa: PLC0415

    assert [(m.start, m.end) for m in find_dates(text)] == [m.span() for m in _DATE.finditer(text)]


WITH_OPENERS = [p for p in all_patterns() if p.values[0].openers is not None]


def test_many_recognisers_have_openers():
    assert len(WITH_OPENERS) >= 15


def test_openers_by_hand():
    pattern = _regex.compile(r"\b(?:job opening|job posting|hiring|AI)\b", re.IGNORECASE)
    assert pattern.openers == (("ai", "hiri", "job "), True)
    assert _regex.compile(r"\w+ing").openers is None


@pytest.mark.parametrize("pattern", WITH_OPENERS)
def test_sentence_search_by_openers_on_the_seed(pattern):
    from aistrike.extract.text import sentences  # noqa: PLC0415

    text = seed_text()
    for variant in (text, text.upper(), text.lower()):
        for sentence in sentences(variant):
            found = sentence.search(pattern)
            expected = pattern.search(sentence.text)
            assert (found and found.span()) == (expected and expected.span())


@given(st.data())
def test_sentence_search_by_openers_is_search(data):
    from aistrike.extract.text import Sentence  # noqa: PLC0415

    (pattern,) = data.draw(st.sampled_from([p.values for p in WITH_OPENERS]))
    parsed = pattern._parsed
    assert parsed is not None
    found_words = _regex._prefix_sequence(*parsed)  # every whole opening word
    assert found_words is not None
    words = found_words[0]
    noise = st.text(alphabet=st.sampled_from(list("aAsSiIkK İıſK\u00a0.,'-")), max_size=6)
    pieces = st.lists(noise | _either_case(sorted(words)) | NEWSY, max_size=5)
    text = "".join(data.draw(pieces))
    found = Sentence(0, len(text), text).search(pattern)
    expected = pattern.search(text)
    assert (found and found.span()) == (expected and expected.span())


@given(st.data())
def test_sentences_at_are_the_sentences_holding_the_offsets(data):
    from aistrike.extract.context import Context  # noqa: PLC0415

    pool = ["The WGA struck.", "Writers walked out!", "\n\n", "Mr. Lee said so.", "  "]
    text = " ".join(data.draw(st.lists(st.sampled_from(pool) | NEWSY, max_size=6)))
    ctx = Context.build(text, 0, None)
    offsets = data.draw(st.lists(st.integers(0, len(text) + 2), max_size=8))
    assert ctx.sentences_at(offsets) == [
        s for s in ctx.sentences if any(s.start <= at < s.end for at in offsets)
    ]


def test_remember_works_a_value_out_once():
    from aistrike.extract.context import Context  # noqa: PLC0415

    ctx = Context.build("The WGA struck.", 0, None)
    calls = []

    def count_orgs(context):
        calls.append(context)
        return len(context.orgs)

    assert ctx.remember(count_orgs) == 1
    assert ctx.remember(count_orgs) == 1
    assert calls == [ctx]


WITH_LEAD = [p for p in all_patterns() if p.values[0].lead is not None]


def test_lead_by_hand():
    assert _regex.compile('["“”]').lead == '"“”'
    assert _regex.compile(r"[.!?\n]x").lead == "\n!.?"
    assert _regex.compile(r"[A-Z]\w+").lead is None  # too many to find one by one
    assert _regex.compile(r"ab", re.IGNORECASE).lead is None  # case to fold
    assert _regex.compile(r"\d+").lead is None  # a class escape


def test_some_recognisers_scan_for_their_lead():
    assert any(p.values[0].source == '["“”]' for p in WITH_LEAD)


@given(st.data())
def test_scan_finds_what_finditer_finds(data):
    (pattern,) = data.draw(st.sampled_from([p.values for p in WITH_LEAD]))
    lead = st.sampled_from(list(pattern.lead))
    text = "".join(data.draw(st.lists(lead | NEWSY, max_size=12)))
    pos = data.draw(st.integers(0, len(text)))
    assert [m.span() for m in pattern.scan(text, pos)] == [
        m.span() for m in pattern.finditer(text, pos)
    ]


# A year and "since" before it, searched apart (actions._YEAR, actions._SINCE), against the
# one pattern they replace: an optional "since" first made every "s" a place to try
_YEAR_WITH_SINCE = re.compile(
    r"(?<![\w$£€])(?P<since>since[ \u00a0])?(?P<year>1[89]\d\d|20\d\d)(?![\w])(?!,\d)"
)
_YEAR_TEXT = st.lists(
    st.sampled_from(
        ["since ", "since\u00a0", "1960", "2023", "2024", "x", "$", " ", ",5", "19", "s"]
    ),
    max_size=10,
).map("".join)


@given(_YEAR_TEXT, st.sampled_from([None, "2023-07-26"]))
def test_history_reads_years_as_the_single_pattern_did(text, published):
    day = datetime.date.fromisoformat(published) if published else None
    horizon, after = (day.year - 1, day.year) if day else (2020, 9999)
    expected = any(
        m.group("since") is None and not horizon <= int(m.group("year")) <= after
        for m in _YEAR_WITH_SINCE.finditer(text)
    )
    assert _is_history(text, day) == expected
