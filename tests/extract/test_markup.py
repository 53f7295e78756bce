"""Markup left out before reading (aistrike.extract.markup), and spans taken back to the text as given."""

import datetime
import html
import json

import pytest

from hypothesis import given
from hypothesis import strategies as st

import aistrike

from aistrike.extract.markup import without_markup
from aistrike.model import Span


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("&#8220;No,&#8221; she said.", "“No,” she said."),
        ("&ldquo;No&rdquo; &amp; &#x201C;yes&#x201D;", "“No” & “yes”"),
        ("AT&T and R&D stay; so does &madeup;", None),
        ("**Netflix is hiring** now", "Netflix is hiring now"),
        ("*By a staff reporter*", "By a staff reporter"),
        ("an _important_ day", "an important day"),
        ("5 * 3 and a_b_c stay", None),
        ("a [product manager](https://example.com/jobs/1) role", "a product manager role"),
        ("![a picket line](pic.jpg) Actors", "a picket line Actors"),
        ("a [sic] note and a (bracket)", None),
        ("## The maths\n> A quote\nText #1 > 2", "The maths\nA quote\nText #1 > 2"),
        (
            '<p>One <b>two</b> <a href="x">three</a></p><p>Four<br/>five</p>',
            "\nOne two three\n\nFour\nfive\n",
        ),
        ("x < y and <unknown> tags stay", None),
    ],
)
def test_without_markup(text, plain):
    found, offsets = without_markup(text)
    assert found == (text if plain is None else plain)
    assert (offsets is None) == (plain is None)


def test_nothing_before_the_start_changes():
    text = "**keep** then **drop**"
    assert without_markup(text, 8)[0] == "**keep** then drop"


PIECES = st.sampled_from(
    ["**", "*", "_", "[", "]", "(", ")", "](https://e.com/a)", "&amp;", "&#8220;", "&rsquo;",
     "<b>", "</p>", "<br>", "\n", "\n## ", "\n> ", "#", ">", " ", "Netflix", "is hiring", "a", "."]
)  # fmt: skip


@given(st.lists(PIECES, max_size=30).map("".join))
def test_every_plain_character_comes_from_the_text_as_given(text):
    """A copied character is the same character there; any other is what its markup stands for."""
    plain, offsets = without_markup(text)
    if offsets is None:
        assert plain == text
        return
    for at, char in enumerate(plain):
        span = offsets.span(Span(at, at + 1))
        assert 0 <= span.start < span.end <= len(text)
        source = text[span.start : span.end]
        assert source == char or char in html.unescape(source) or char == "\n"


@given(st.lists(PIECES, max_size=30).map("".join), st.data())
def test_spans_keep_their_order(text, data):
    plain, offsets = without_markup(text)
    if offsets is None:
        return
    start = data.draw(st.integers(0, len(plain)))
    end = data.draw(st.integers(start, len(plain)))
    if start == end:
        return
    span = offsets.span(Span(start, end))
    assert 0 <= span.start < span.end <= len(text)


MARKDOWN = (
    " date 2023-07-27\n"
    "## Netflix hires while actors picket\n\n"
    "**Netflix is hiring** a [product manager](https://example.com/jobs/1) for its machine "
    "learning platform, and the listing pays **up to $900,000 a year**.\n\n"
    "The actors&#8217; union, SAG-AFTRA, walked out on **July 14**.\n\n"
    "> &#8220;It is a warning sign,&#8221; said Ana Ruiz, a member of SAG-AFTRA.\n"
)
PLAIN = (
    " date 2023-07-27\n"
    "Netflix hires while actors picket\n\n"
    "Netflix is hiring a product manager for its machine learning platform, and the listing "
    "pays up to $900,000 a year.\n\n"
    "The actors’ union, SAG-AFTRA, walked out on July 14.\n\n"
    "“It is a warning sign,” said Ana Ruiz, a member of SAG-AFTRA.\n"
)


def facts_without_evidence(story):
    found = json.loads(aistrike.to_json(story))
    del found["article"]
    for facts in found.values():
        for fact in facts:
            fact.pop("evidence", None)
    return found


def test_markdown_gives_the_facts_of_its_plain_text():
    marked, plain = aistrike.extract(MARKDOWN), aistrike.extract(PLAIN)
    assert facts_without_evidence(marked) == facts_without_evidence(plain)
    (posting,) = marked.job_postings
    assert (posting.title, str(posting.pay)) == ("product manager", "$900,000 a year")
    (action,) = marked.labour_actions
    assert action.started == datetime.date(2023, 7, 14)
    (quote,) = marked.quotes
    assert quote.text == "It is a warning sign,"


def test_evidence_indexes_the_text_as_given():
    story = aistrike.extract(MARKDOWN)
    (action,) = story.labour_actions
    headline, span = action.evidence  # "actors picket" in the headline, then the walkout
    assert MARKDOWN[headline.start : headline.end] == "Netflix hires while actors picket"
    assert MARKDOWN[span.start : span.end] == (
        "The actors&#8217; union, SAG-AFTRA, walked out on **July 14**."
    )
    (quote,) = story.quotes
    (span,) = quote.evidence
    assert MARKDOWN[span.start : span.end] == "It is a warning sign,"
