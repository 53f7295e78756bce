from collections.abc import Callable

import pytest

from hypothesis import given
from hypothesis import strategies as st

import aistrike

from aistrike.extract.text import read_header


FRAGMENTS = [
    "$900,000",
    "$900k/yr",
    "£698,900",
    "Rs 7.4 crore",
    " to ",
    "–",
    "(",
    ")",
    '"',
    "“",
    "”",
    "SAG-AFTRA",
    "WGA",
    "Netflix",
    "strike",
    " since May 7",
    " since 14 July",
    "hiring for a ",
    "AI product manager",
    "scanned",
    "one day's pay",
    "forever",
    " said ",
    "Rob Delaney",
    ". ",
    "\n\n",
    "thirty-five actors",
    "health insurance",
    "$100 more than",
    "daily rate",
    "1960",
    "**",
    "*",
    "_",
    "[",
    "](https://example.com/a)",
    "&amp;",
    "&#8220;",
    "<p>",
    "</b>",
    "\n## ",
    "\n> ",
    # the twelfth round's forms
    ", or about ",
    "A year ago today, ",
    '," - ',
    " dozen",
    " began the next day",
    "The alliance said",
    " says ",
    "The streamer's advert, ",
    # the thirteenth round's forms
    "nine hundred thousand dollars",
    "half a million pounds",
    " respectively",
    "On July 14, ",
    "has been on strike for 12 days",
    "now in its 13th day",
    " could earn ",
    "An AI product manager at Netflix",
    " a job listing shows",
    "Dr. ",
    "But ",
    "As Rob Delaney put it, ",
    "That money could insure 35 of us",
    "Not since 1960 ",
    "The last time both unions struck together was ",
    "Its key demands include ",
    " out since July 6",
    "It premiered on July 6.",
    " without paying them again",
    "nearly $1m",
]


def check_spans(story):
    size = len(story.article.text)
    for fact in story.facts():
        for span in fact.evidence:
            assert 0 <= span.start <= span.end <= size


class TestNeverCrashes:
    @given(st.text())
    def test_any_text(self, text):
        """extract() returns a Story for any str (or HeaderError for a bad date header)."""
        try:
            story = aistrike.extract(text)
        except aistrike.HeaderError:
            with pytest.raises(aistrike.HeaderError):
                read_header(text)  # only a malformed leading date header may raise
            return
        check_spans(story)

    @given(st.lists(st.sampled_from(FRAGMENTS), max_size=60).map("".join))
    def test_news_soup(self, text):
        """Soups of news-like fragments never crash, spans stay inside, output is deterministic."""
        story = aistrike.extract(text)
        check_spans(story)
        assert aistrike.extract(text) == story
        assert aistrike.from_json(aistrike.to_json(story), aistrike.Story) == story


class TestMixedCurrencies:
    @pytest.mark.parametrize(
        "text", ["£698,900 to $900,000", "$900,000–£698,900", "£698,900-$900k"]
    )
    def test_no_range_across_currencies(self, text):
        """Two amounts in different currencies joined by 'to' or a dash are two amounts, not a range."""
        story = aistrike.extract(text)
        assert not story.job_postings


ADVERSARIAL_UNITS = (
    "$",
    "9",
    "$9,",
    '"',
    "“",
    "since ",
    "a",
    "$300,000 to $900,000 ",
    "The WGA is on strike since May 7. ",
    "President Ann Lee said. ",  # two person cues at one place: once quadratic
    "Chief Actor Ann Lee, the Intercept ",
    # one fact repeated: its evidence grows, once searched in full (quadratic)
    "Netflix is hiring an AI product manager for $900,000 a year. ",
    "The $900,000 salary could qualify 35 actors for health insurance. ",
    (
        "It is the first time both unions have struck together since 1960. "
        "The WGA and SAG-AFTRA are on strike. "
    ),
    # "The union" for the union just named; a posting announced, then named; "she said"
    "SAG-AFTRA met. The union walked out July 14. The WGA struck. ",
    (
        "Netflix posted a job listing. The role, Product Manager, pays $900,000. "
        'Ann Lee said so. "It is unfair," she said. '
    ),
    # one sentence of a megabyte, a hiring cue and an employer every few words: each
    # cue once read the whole sentence (quadratic); an aside once searched it too
    "Netflix's AI job pays $900,000 ",
    "Netflix, whose clients include Disney, is hiring a product manager for $900,000 ",
    # the same, with a quotation and its speaker, or a production, every few words
    '"It is unfair," said Ann Lee and ',
    "Netflix's reality show Deep Fake Love, which launched on July 6, uses AI and ",
    "- July 14: SAG-AFTRA goes on strike\n",  # a timeline's lines
    "$1 (£1) to $2 (£2) ",  # a range converted end by end
    # a claim every few words of one sentence: each once read all the amounts before it
    "$9 is 2 times the $9 rate and ",
    "The $900,000 salary would pay a background actor for 4,812 days and ",  # no day rate named
    # markup: each of these is looked ahead from, a bounded way
    "[",
    "*ab ",
    "&#",
    "<b ",
    "\n> # ",
    "**Netflix** is [hiring](https://example.com) &amp; ",
    # a surname alone after each quotation, its full name looked for before it: once the
    # whole text before each one (quadratic)
    '"No," Xyz said. ',
    # single quotation marks made double (each a quotation), and pay asked for, then given
    " 'a' ",
    "Netflix posted a job for a product manager. The pay? ",
    # amounts in words, each found from its currency word: the words looked for again from
    # each amount to the end of the text would be quadratic
    "nine hundred dollars and ",
    "dollars ",
)
"""Units repeated into 1 MB inputs that once took quadratic time or may (benchmarks/bench_all.py times them)."""


def _word(index: int) -> str:
    """A made-up word of four letters, a new one for each *index*: "aaaa", "baaa", ..."""
    return "".join("abcdefghijklmnopqrstuvwxyz"[index // 26**k % 26] for k in range(4))


def _built(unit: Callable[[int, str], str]) -> Callable[[int], str]:
    """A builder of about *size* characters of ``unit(index, word)``, a new word each time."""

    def build(size: int) -> str:
        units: list[str] = []
        length = 0
        while length < size:
            units.append(unit(len(units), _word(len(units))))
            length += len(units[-1])
        return "".join(units)

    return build


# Each was once quadratic: a surname looked for from its first mention to the end of the
# text, and "president of X" among every organisation; each mention of a posting tried
# against every posting before it; a surname after a quotation looked for in all the text
# before it; see the comments for the others.
ADVERSARIAL_TEXTS = {
    "a new person in each sentence": _built(
        lambda _, word: f"Ann L{word}, the president of SAG-AFTRA, said no. "
    ),
    "a new posting in each sentence": _built(
        lambda index, word: f"Netflix is hiring a {word} engineer for ${index + 1000:,} a year. "
    ),
    "a new surname after each quotation": _built(
        lambda _, word: f'Hosts Ann L{word} and Bo Lee spoke. "No," L{word} said. '
    ),
    # one claim by many people: each kept a list of every comparison of the same sum
    "the same claim by a new person each time": _built(
        lambda _, word: (
            f"Ann L{word} said the $900,000 could qualify 35 actors for health insurance. "
        )
    ),
    # an organisation named once, then people with roles: each role's text back to it was
    # sliced, to see whether the organisation came right before the role
    "one organisation, then a new person with a role in each sentence": _built(
        lambda index, word: (
            ("Netflix met. " if index == 0 else "")
            + f"{word.capitalize()} Lee, an actor, said no. "
        )
    ),
    # the same in one sentence: each posting read the whole sentence for where it is based
    "a new posting every few words of one sentence": _built(
        lambda index, word: f"Netflix is hiring a {word} engineer for ${index + 1000:,} and "
    ),
    # a list of postings, a line each
    "a list of a new posting a line": _built(
        lambda index, word: (
            ("The AI listings so far:\n" if index == 0 else "")
            + f"- Netflix: a {word} engineer, up to ${index + 1000:,} a year.\n"
        )
    ),
    # one posting with many duties: each checked against all before it, and each quotation
    # of one tried at every place the posting is named
    "a new duty of one posting in each sentence": _built(
        lambda index, word: (
            f'Netflix is hiring a product manager for $900,000 a year to "{word} the {_word(index + 9)}'
            ' platform." '
        )
    ),
    # an account of the scan proposal by many people: each looked for among all accounts
    "a scan account by a new person each time": _built(
        lambda _, word: (
            f"Ann L{word} said the studios proposed that background actors be scanned "
            "for one day's pay. "
        )
    ),
}
"""Inputs of any size with no repeated unit, for what a unit repeated cannot show."""


class TestAdversarial:
    @pytest.mark.parametrize("unit", ADVERSARIAL_UNITS)
    def test_one_megabyte(self, unit):
        """1 MB of a repeated unit completes (time is measured in benchmarks/, not here)."""
        text = unit * (1_000_000 // len(unit))
        story = aistrike.extract(text)
        check_spans(story)

    @pytest.mark.parametrize("build", ADVERSARIAL_TEXTS.values(), ids=list(ADVERSARIAL_TEXTS))
    def test_one_megabyte_built(self, build):
        """1 MB with no unit repeated completes (time is measured in benchmarks/, not here)."""
        check_spans(aistrike.extract(build(1_000_000)))

    def test_many_people_each_named_once(self):
        text = ADVERSARIAL_TEXTS["a new person in each sentence"](5_000)
        assert len(aistrike.extract(text).people) == text.count(" said no.")

    def test_many_postings_stay_apart_and_a_recent_one_is_named_again(self):
        text = ADVERSARIAL_TEXTS["a new posting in each sentence"](5_000)
        count = text.count("hiring")
        index = count - 5  # named again after four others: among the last spoken of
        again = f"Netflix is hiring a {_word(index)} engineer for ${index + 1000:,} a year. "
        story = aistrike.extract(text + again)
        assert len(story.job_postings) == count
        (posting,) = [p for p in story.job_postings if p.title == f"{_word(index)} engineer"]
        assert len(posting.evidence) == 2

    @pytest.mark.parametrize(
        ("unit", "field"),
        [
            ("Netflix is hiring an AI product manager for $900,000 a year. ", "job_postings"),
            (
                (
                    "Netflix is hiring for $900,000 a year. "
                    "The $900,000 salary could qualify 35 actors for health insurance. "
                ),
                "comparisons",
            ),
            (
                "WGA writers and SAG-AFTRA actors are on strike for the first time since 1960. ",
                "precedents",
            ),
        ],
    )
    def test_a_fact_repeated_through_a_megabyte_is_one_object(self, unit, field):
        repeats = 1_000_000 // len(unit)
        (fact,) = getattr(aistrike.extract(unit * repeats), field)
        assert len(fact.evidence) == repeats

    @pytest.mark.parametrize(
        ("before", "after"),
        [
            ("$900,000 ", " could qualify 35 actors for health insurance."),
            ("Netflix's reality show Deep Fake Love uses deepfakes, and it ", " on July 6."),
            ("Netflix is hiring for a ", " product manager."),
        ],
    )
    def test_one_megabyte_word_inside_a_fact(self, before, after):
        """A 1 MB word where a recogniser looks for words (once quadratic: hours for 1 MB)."""
        word = "launch" * (1_000_000 // 6) if "Love" in before else "a" * 1_000_000
        story = aistrike.extract(before + word + after)
        check_spans(story)
