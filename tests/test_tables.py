import datetime
import html.parser

from decimal import Decimal

import pytest

from hypothesis import given, settings

import aistrike

from aistrike import ClaimChecks, Story, records
from aistrike.report import describe
from aistrike.strategies import stories


@pytest.fixture(scope="module")
def seed():
    return aistrike.load_seed()


def test_one_record_per_fact_with_its_evidence(seed):
    rows = records(seed)
    assert len(rows) == sum(1 for _ in seed.facts())
    assert [row["type"] for row in rows][:3] == ["JobPosting"] * 3
    netflix = rows[0]
    assert netflix["employer"] == "Netflix"
    assert netflix["pay"] == "$900,000 a year"
    assert netflix["evidence_count"] == 4
    start, end = netflix["evidence_start"], netflix["evidence_end"]
    assert netflix["evidence"] == " ".join(seed.article.text[start:end].split())
    action = next(row for row in rows if row["type"] == "LabourAction" and row["union"] == "WGA")
    assert action["started"] == datetime.date(2023, 5, 7)
    assert action["demands"] == "AI protection; pay; residuals"
    comparison = next(row for row in rows if row["type"] == "CompensationComparison")
    assert comparison["claimed"] == Decimal(35)
    assert comparison["speaker"] == "Rob Delaney"


def test_records_are_flat(seed):
    scalars = (str, int, bool, Decimal, datetime.date, type(None))
    for row in records(seed) + records(aistrike.check_claims(seed)):
        assert all(isinstance(value, scalars) for value in row.values()), row


def test_check_records(seed):
    checks = aistrike.check_claims(seed)
    rows = checks.records()
    assert rows == records(checks)
    assert [row["verdict"] for row in rows] == [
        "approximately accurate",
        "approximately accurate",
        "inaccurate",
        "accurate",
        "accurate",
    ]
    assert rows[2]["evidence"].startswith("The company plans to use AI")
    assert "wikipedia.org" in rows[2]["urls"]
    plain = records(tuple(checks))  # a plain tuple has no story, so no evidence columns
    assert "evidence" not in plain[0]


def test_records_refuse_other_things():
    with pytest.raises(TypeError, match="a Story or an iterable of ClaimCheck"):
        records(["not a check"])  # type: ignore[list-item]


def test_records_load_into_pandas_when_installed(seed):
    pandas = pytest.importorskip("pandas")
    frame = pandas.DataFrame(records(seed))
    assert len(frame) == len(records(seed))
    assert set(frame["type"]) >= {"JobPosting", "LabourAction", "Quote"}


class _Cells(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.cells: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):  # noqa: ARG002 - the HTMLParser signature
        self.tags.append(tag)

    def handle_data(self, data):
        if self.tags and self.tags[-1] in {"td", "th"}:
            self.cells.append(data)


def cells(markup):
    parser = _Cells()
    parser.feed(markup)
    return parser.cells


def test_story_html_shows_counts_and_facts(seed):
    markup = seed._repr_html_()
    found = cells(markup)
    assert found[:4] == ["facts", "count", "job postings", "3"]
    assert any(cell.startswith(describe(seed.job_postings[0])[:80]) for cell in found)


def test_check_html_shows_verdicts(seed):
    found = cells(aistrike.check_claims(seed)._repr_html_())
    assert found[:5] == ["verdict", "claim", "stated", "computed", "explanation"]
    assert "inaccurate" in found


def test_html_escapes_the_text():
    story = aistrike.extract(
        'Netflix posted a job listing for a "<b>Chief</b>" at $900,000 a year.'
    )
    assert "<b>" not in story._repr_html_()


@settings(max_examples=25)
@given(stories())
def test_any_story_renders_and_flattens(story):
    assert isinstance(story._repr_html_(), str)
    assert len(records(story)) == sum(1 for _ in story.facts())


def test_claim_checks_is_a_tuple():
    empty = aistrike.check_claims(Story(article=aistrike.Article("")))
    assert isinstance(empty, ClaimChecks)
    assert empty == ()
    assert isinstance(empty, ClaimChecks)
    assert empty.story is not None


def test_describe_refuses_other_things():
    with pytest.raises(TypeError, match="got int"):
        describe(1)
