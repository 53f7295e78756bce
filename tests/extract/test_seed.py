import datetime

from decimal import Decimal

import pytest

import aistrike

from aistrike import (
    Benchmark,
    ComparisonKind,
    Demand,
    Document,
    Money,
    MoneyRange,
    Pay,
    PayUnit,
    Person,
)
from aistrike.loaders import seed_text


@pytest.fixture(scope="module")
def story():
    return aistrike.load_seed()


def by_name(items, name, key=lambda x: x.employer.name):
    return next(item for item in items if key(item) == name)


class TestSeedPostings:
    def test_netflix(self, story):
        """Netflix: AI product manager, $900,000 a year, the MLP duty, four mentions."""
        posting = by_name(story.job_postings, "Netflix")
        assert posting.title == "AI product manager"
        assert posting.pay == Pay(Money(900_000), PayUnit.YEAR)
        assert posting.duties == ("increasing the leverage of our Machine Learning Platform",)
        assert len(posting.evidence) == 4
        assert "$900k/yr" in story.quote(posting.evidence[-1])

    def test_disney(self, story):
        """Disney: senior AI engineer, no pay, the pipelines duty."""
        posting = by_name(story.job_postings, "Disney")
        assert posting.title == "senior AI engineer"
        assert posting.pay is None
        assert posting.duties == (
            "drive innovation across our cinematic pipelines and theatrical experiences",
        )

    def test_realeyes(self, story):
        """Realeyes: $300 for two hours, to express emotions and improvise scenes."""
        posting = by_name(story.job_postings, "Realeyes")
        assert posting.pay == Pay(Money(300), PayUnit.HOUR, 2)
        assert {"express different emotions", "improvise brief scenes"} <= set(posting.duties)

    def test_no_other_postings(self, story):
        """Exactly three postings."""
        assert len(story.job_postings) == 3


class TestSeedActions:
    def test_wga(self, story):
        """WGA on strike since May 7, resolved to 2023; AI, pay, residuals; against the studios."""
        action = by_name(story.labour_actions, "WGA", key=lambda a: a.union.name)
        assert action.started == datetime.date(2023, 5, 7)
        assert set(action.demands) == {Demand.AI_PROTECTION, Demand.PAY, Demand.RESIDUALS}
        assert action.counterparty is not None
        assert "studios" in action.counterparty.name
        assert any("since May 7" in story.quote(s) for s in action.evidence)

    def test_sag_aftra(self, story):
        """SAG-AFTRA on strike, start not stated."""
        action = by_name(story.labour_actions, "SAG-AFTRA", key=lambda a: a.union.name)
        assert action.started is None
        assert action.started_month is None

    def test_precedent(self, story):
        """Together on the picket line for the first time since 1960."""
        (precedent,) = story.precedents
        assert precedent.since == 1960
        assert {o.name for o in precedent.parties} == {"WGA", "SAG-AFTRA"}


class TestSeedProposalComparisonsProductions:
    def test_scan_proposal(self, story):
        """Background performers scanned for one day's pay, owned forever, no consent, no pay."""
        (proposal,) = story.likeness_proposals
        assert proposal.affected == "background performers"
        assert proposal.payment == Pay(None, PayUnit.DAY, 1)
        assert proposal.owner == "the company"
        assert proposal.perpetual is True
        assert proposal.consent_required is False
        assert proposal.compensated_reuse is False
        assert proposal.scope == "any project"
        assert proposal.reported_by is not None
        assert proposal.reported_by.name == "Duncan Crabtree-Ireland"
        assert proposal.reported_by.role == "chief negotiator"
        assert proposal.reported_by.affiliation is not None
        assert proposal.reported_by.affiliation.name == "SAG-AFTRA"

    def test_thirty_five(self, story):
        """$900k/yr could qualify thirty-five actors (Rob Delaney)."""
        comparison = next(c for c in story.comparisons if c.kind is ComparisonKind.COVERS_COUNT)
        assert comparison.claimed == Decimal(35)
        assert comparison.amount == Pay(Money(900_000), PayUnit.YEAR)
        assert comparison.against is Benchmark.HEALTH_PLAN_THRESHOLD
        assert isinstance(comparison.speaker, Person)
        assert comparison.speaker.name == "Rob Delaney"

    def test_hundred_more(self, story):
        """$300 for two hours is $100 more than the background day rate."""
        comparison = next(c for c in story.comparisons if c.kind is ComparisonKind.EXCEEDS_BY)
        assert comparison.claimed == Money(100)
        assert comparison.amount == Pay(Money(300), PayUnit.HOUR, 2)
        assert comparison.against is Benchmark.BACKGROUND_DAY_RATE

    def test_deep_fake_love(self, story):
        """Deep Fake Love, Spanish reality dating show, launched 2023-07-06, by Netflix."""
        (production,) = story.productions
        assert production.title == "Deep Fake Love"
        assert production.launched == datetime.date(2023, 7, 6)
        assert production.origin == "Spanish"
        assert production.producer is not None
        assert production.producer.name == "Netflix"


class TestSeedEntitiesAndQuotes:
    def test_organizations(self, story):
        """The seven organisations."""
        names = {o.name for o in story.organizations}
        assert names == {
            "Netflix",
            "WGA",
            "SAG-AFTRA",
            "The Intercept",
            "Realeyes",
            "Hulu",
            "Disney",
        }

    def test_people(self, story):
        """Rob Delaney and Duncan Crabtree-Ireland."""
        assert {p.name for p in story.people} == {"Rob Delaney", "Duncan Crabtree-Ireland"}

    def test_quotes(self, story):
        """Both people and the listings are quoted; every quote's text is its span."""
        speakers = {
            q.speaker.name if not isinstance(q.speaker, Document) else str(q.speaker)
            for q in story.quotes
        }
        assert {
            "Rob Delaney",
            "Duncan Crabtree-Ireland",
            "Netflix job listing",
            "Disney job listing",
            "Realeyes job listing",
        } <= speakers
        for quote in story.quotes:
            assert story.quote(quote.evidence[0]) == quote.text
        assert not any(q.text in {"optimize", "deepfake", "realistic"} for q in story.quotes)


class TestPerturbedSeed:
    def test_figures_follow_the_text(self):
        """Change the salary, the strike date, the count and the launch date: extraction follows."""
        text = (
            seed_text()
            .replace("$900,000", "$750,000")
            .replace("since May 7", "since May 2")
            .replace("thirty-five", "twenty-eight")
            .replace("launched on July 6", "launched on July 9")
        )
        story = aistrike.extract(text)
        netflix = by_name(story.job_postings, "Netflix")
        assert netflix.pay == Pay(Money(750_000), PayUnit.YEAR)
        wga = by_name(story.labour_actions, "WGA", key=lambda a: a.union.name)
        assert wga.started == datetime.date(2023, 5, 2)
        covers = next(c for c in story.comparisons if c.kind is ComparisonKind.COVERS_COUNT)
        assert covers.claimed == 28
        assert story.productions[0].launched == datetime.date(2023, 7, 9)

    def test_range_salary(self):
        """A salary range replaces the single figure."""
        text = seed_text().replace(
            "a hefty salary of $900,000", "a salary range of $300,000 to $900,000", 1
        )
        text = text.replace(
            "with a salary of $900,000", "with a salary range of $300,000 to $900,000", 1
        )
        netflix = by_name(aistrike.extract(text).job_postings, "Netflix")
        assert netflix.pay == Pay(MoneyRange(Money(300_000), Money(900_000)), PayUnit.YEAR)
