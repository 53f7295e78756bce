import datetime

import attrs
import pytest

import aistrike

from aistrike import (
    Article,
    JobPosting,
    LabourAction,
    Organization,
    Person,
    Span,
    Story,
    YearMonth,
)


MODEL_CLASSES = [
    getattr(aistrike, name) for name in aistrike.__all__ if attrs.has(getattr(aistrike, name))
]


class TestModelShape:
    @pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
    def test_frozen_slotted(self, cls):
        """Every model class is a frozen attrs class with slots."""
        assert attrs.has(cls)
        assert "__slots__" in cls.__dict__
        assert cls.__setattr__ is not object.__setattr__

    def test_brief_classes_exported(self):
        """Every class of the brief's table is importable from aistrike."""
        names = {c.__name__ for c in MODEL_CLASSES}
        assert names >= {
            "Article",
            "Span",
            "Money",
            "MoneyRange",
            "Pay",
            "Organization",
            "Person",
            "JobPosting",
            "LabourAction",
            "LikenessScanProposal",
            "CompensationComparison",
            "AIProduction",
            "Quote",
            "Story",
            "ClaimCheck",
        }

    def test_frozen(self):
        """Assigning a field raises."""
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            Span(0, 1).start = 2  # type: ignore[misc]


class TestValidators:
    def test_span_order(self):
        """end >= start, naming the field."""
        assert Span(3, 3).of("abcdef") == ""
        with pytest.raises(ValueError, match=r"Span\.end \(1\) must not be before start \(2\)"):
            Span(2, 1)

    def test_span_negative(self):
        """Offsets are not negative."""
        with pytest.raises(ValueError, match=r"Span\.start must not be negative"):
            Span(-1, 2)

    def test_span_past_text(self):
        """Span.of refuses to read past the text."""
        with pytest.raises(ValueError, match="past the end"):
            Span(0, 10).of("short")

    def test_article_date_type(self):
        """published must be a date, not a datetime or a string."""
        with pytest.raises(TypeError, match=r"Article\.published must be a datetime\.date"):
            Article("x", published="2023-07-26")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"Article\.published"):
            Article("x", published=datetime.datetime(2023, 7, 26))  # noqa: DTZ001

    def test_blank_names_refused(self):
        """Names are not blank."""
        with pytest.raises(ValueError, match=r"Organization\.name must not be blank"):
            Organization("  ")
        with pytest.raises(ValueError, match=r"Person\.name must not be blank"):
            Person("")

    def test_ended_before_started(self):
        """A labour action does not end before it starts."""
        with pytest.raises(
            ValueError, match=r"LabourAction\.ended \(2023-05-01\) must not be before started"
        ):
            LabourAction(
                union=Organization("WGA"),
                started=datetime.date(2023, 5, 2),
                ended=datetime.date(2023, 5, 1),
            )

    def test_month_only_without_day(self):
        """started_month is only for starts known to the month."""
        with pytest.raises(ValueError, match="started_month"):
            LabourAction(
                union=Organization("WGA"),
                started=datetime.date(2023, 5, 2),
                started_month=YearMonth(2023, 5),
            )

    def test_year_month_range(self):
        """Months run 1 to 12."""
        with pytest.raises(ValueError, match="month"):
            YearMonth(2023, 13)

    def test_story_spans_inside_text(self):
        """Every evidence span lies inside the article text."""
        posting = JobPosting(employer=Organization("Netflix"), evidence=(Span(0, 50),))
        with pytest.raises(
            ValueError, match=r"Story\.job_postings\[0\]\.evidence has Span\(0, 50\)"
        ):
            Story(article=Article("short"), job_postings=(posting,))

    def test_tuple_fields_refuse_strings(self):
        """A single string is not a tuple of strings."""
        with pytest.raises(TypeError, match="single string"):
            Organization("WGA", aliases="Writers Guild")  # type: ignore[arg-type]

    def test_tuple_fields_name_the_item_of_the_wrong_type(self):
        """The error says which field, which item and what it was."""
        posting = JobPosting(employer=Organization("Netflix"))
        with pytest.raises(
            TypeError, match=r"Story\.job_postings\[1\] must be JobPosting, got str 'x'"
        ):
            Story(article=Article("text"), job_postings=(posting, "x"))  # type: ignore[arg-type]
