import datetime

from pathlib import Path

import pytest

import aistrike

from tests.extract.cases_articles import CASES, UNRELATED


ARTICLES = Path(__file__).parent / "articles"
OTHER_FACTS = ("likeness_proposals", "comparisons", "productions", "quotes", "precedents")


def started(action):
    if action.started:
        return action.started.isoformat()
    return str(action.started_month) if action.started_month else None


class TestOtherCoverage:
    @pytest.mark.parametrize(
        ("name", "postings", "actions", "counts"), CASES, ids=[c[0] for c in CASES]
    )
    def test_article(self, name, postings, actions, counts):
        """Each article yields exactly the expected facts."""
        story = aistrike.load(ARTICLES / name)
        got = [
            (p.employer.name, p.title, str(p.pay) if p.pay else None) for p in story.job_postings
        ]
        assert got == postings
        assert sorted((a.union.name, started(a)) for a in story.labour_actions) == sorted(actions)
        for field in OTHER_FACTS:
            assert len(getattr(story, field)) == counts.get(field, 0), field

    @pytest.mark.parametrize("name", UNRELATED)
    def test_unrelated_text_yields_no_story_facts(self, name):
        """Car workers, a salary survey and film history give no postings, strikes, proposals or comparisons."""
        story = aistrike.load(ARTICLES / name)
        assert not story.job_postings
        assert not story.labour_actions
        assert not story.likeness_proposals
        assert not story.comparisons

    def test_conversion_is_not_a_second_salary(self):
        """A bracketed amount in pounds is a conversion, not another posting."""
        story = aistrike.load(ARTICLES / "01_range_conversion.txt")
        assert len(story.job_postings) == 1

    def test_rebuttal_is_its_own_account(self):
        """The union's account and the studios' rebuttal stay two objects."""
        union, studios = aistrike.load(ARTICLES / "05_rebuttal.txt").likeness_proposals
        assert union.reported_by is not None
        assert union.reported_by.name == "Duncan Crabtree-Ireland"
        assert (union.perpetual, union.consent_required, union.compensated_reuse) == (
            True,
            False,
            False,
        )
        assert studios.proposer is not None
        assert studios.proposer.name == "AMPTP"
        assert studios.consent_required is True
        assert studios.scope is not None
        assert studios.scope.startswith("the motion picture for which")

    def test_no_date_header_leaves_day_unresolved(self):
        """'since 14 July' with no publication date stays unresolved; with one, it resolves."""
        text = (ARTICLES / "03_no_header_since_14_july.txt").read_text(encoding="utf-8")
        assert aistrike.extract(text).labour_actions[0].started is None
        dated = aistrike.extract(text, published=datetime.date(2023, 8, 1))
        assert dated.labour_actions[0].started == datetime.date(2023, 7, 14)

    def test_a_timeline_dates_the_launch(self):
        """The date heading a timeline's line is the day the show launched."""
        (production,) = aistrike.load(ARTICLES / "26_timeline.txt").productions
        assert production.launched == datetime.date(2023, 7, 6)

    def test_quote_with_numbers(self):
        """A quote full of figures is attributed to its speaker after the quote."""
        (quote,) = aistrike.load(ARTICLES / "09_quote_with_numbers.txt").quotes
        assert isinstance(quote.speaker, aistrike.Person)
        assert quote.speaker.name == "Shaan Sharma"
        assert "$26,470" in quote.text


class TestDemands:
    def test_whole_words_only(self):
        """'aim' and 'aid' are not AI; 'residual payments' and 'pensions' are demands."""
        text = "The WGA is on strike; its aim is more aid, residual payments and pensions."
        (action,) = aistrike.extract(text, published=datetime.date(2023, 7, 1)).labour_actions
        assert set(action.demands) == {
            aistrike.Demand.RESIDUALS,
            aistrike.Demand.HEALTH_AND_PENSION,
        }

    def test_pronoun_speaker_is_the_person_just_named(self):
        """'Actor Rob Delaney ... He noted that ...': the comparison is Delaney's."""
        story = aistrike.load(ARTICLES / "06_restated_count.txt")
        (comparison,) = story.comparisons
        assert comparison.speaker == aistrike.Person("Rob Delaney", role="actor")
        assert comparison.claimed == 35

    def test_a_pronoun_without_a_person_nearby_is_no_one(self):
        story = aistrike.extract(
            "Netflix is hiring an AI product manager for $900,000 a year. "
            "He noted that the money could qualify 35 actors for health insurance."
        )
        assert story.comparisons[0].speaker is None

    def test_union_leaders_stand_for_the_one_union_named(self):
        story = aistrike.load(ARTICLES / "03_no_header_since_14_july.txt")
        (action,) = story.labour_actions
        assert [d.value for d in action.demands] == ["AI protection", "residuals"]
        assert action.counterparty is not None
        assert action.counterparty.name == "AMPTP"

    def test_owner_in_the_plural(self):
        union, _ = aistrike.load(ARTICLES / "05_rebuttal.txt").likeness_proposals
        assert union.owner == "the companies"

    def test_hiring_by_others_is_not_the_last_employer(self):
        """'most large media groups are hiring specialists' is not another Netflix posting."""
        story = aistrike.load(ARTICLES / "08_second_posting.txt")
        assert [p.title for p in story.job_postings] == ["AI product manager", "technical director"]


class TestOtherOutlets:
    def test_wire_reads_the_union_account(self):
        """Told by 'Union negotiators': no person reports it, the studios' body proposes it."""
        proposal, answer = aistrike.load(ARTICLES / "14_wire.txt").likeness_proposals
        assert proposal.proposer is not None
        assert proposal.proposer.name == "AMPTP"
        assert proposal.reported_by is None
        assert proposal.affected == "background actors"
        assert proposal.compensated_reuse is False
        # the AMPTP's answer, "saying consent would be required": an account of its own
        assert (answer.consent_required, proposal.consent_required) == (True, False)
        assert len(answer.evidence) == 1

    def test_rupees_and_a_reporter_named_after_according_to(self):
        story = aistrike.load(ARTICLES / "15_rupees.txt")
        (proposal,) = story.likeness_proposals
        assert proposal.reported_by is not None
        assert proposal.reported_by.role == "national executive director"
        sag = next(a for a in story.labour_actions if a.union.name == "SAG-AFTRA")
        cited = [story.article.text[s.start : s.end] for s in sag.evidence]
        assert not any("Equity" in sentence or "1980" in sentence for sentence in cited)
