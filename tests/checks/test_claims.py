import datetime

from decimal import Decimal

import pytest

import aistrike

from aistrike import (
    AIProduction,
    Article,
    Benchmark,
    ComparisonKind,
    CompensationComparison,
    LabourAction,
    Money,
    MoneyRange,
    Organization,
    OrganizationKind,
    Pay,
    PayUnit,
    Precedent,
    Story,
    Verdict,
    YearMonth,
)
from aistrike.loaders import seed_text


PUBLISHED = datetime.date(2023, 7, 26)
WGA = Organization("WGA", OrganizationKind.UNION)
SAG = Organization("SAG-AFTRA", OrganizationKind.UNION)


def by_claim(checks, start):
    return next(check for check in checks if check.claim.startswith(start) or start in check.claim)


@pytest.fixture(scope="module")
def seed_checks():
    return aistrike.check_claims(aistrike.load_seed())


def test_seed_verdicts(seed_checks):
    assert [(c.claim, c.verdict) for c in seed_checks] == [
        (
            "$900,000 a year could qualify 35 people for the SAG-AFTRA health plan",
            Verdict.APPROXIMATE,
        ),
        (
            "$300 for 2 hours is $100 more than the SAG-AFTRA background actor day rate",
            Verdict.APPROXIMATE,
        ),
        ("WGA on strike since 2023-05-07", Verdict.INACCURATE),
        ("first joint strike of WGA and SAG-AFTRA since 1960", Verdict.ACCURATE),
        ("Deep Fake Love launched on 2023-07-06", Verdict.ACCURATE),
    ]
    for check in seed_checks:
        assert check.explanation.endswith(".")
        assert check.sources
        assert all(source.urls for source in check.sources)
        assert check.evidence


def test_seed_health_plan_check_shows_the_arithmetic(seed_checks):
    check = seed_checks[0]
    assert (check.stated, check.computed, check.difference) == ("35", "34", Decimal(-1))
    assert check.explanation == (
        "$900,000 covers 34 whole thresholds of $26,470 (2023), a ratio of 34.0008; "
        "35 would need a threshold of $25,714.29 or less, 2.9% below it."
    )
    assert check.sources[0].label.endswith("2023: $26,470")


def test_seed_day_rate_check_names_the_rate_and_its_date(seed_checks):
    check = seed_checks[1]
    assert (check.stated, check.computed, check.difference) == ("$100", "$113", Decimal(13))
    assert "$187" in check.explanation
    assert "2022-07-01" in check.explanation
    assert "low confidence" in check.explanation
    assert "implies a rate of $200, 7.0% above it" in check.explanation


def test_seed_strike_start_check(seed_checks):
    check = seed_checks[2]
    assert (check.stated, check.computed, check.difference) == (
        "2023-05-07",
        "2023-05-02",
        Decimal(-5),
    )
    assert (
        check.explanation
        == "The 2023 WGA strike began on 2023-05-02, 5 days before the stated 2023-05-07."
    )


def test_seed_precedent_check_names_both_1960_strikes(seed_checks):
    check = seed_checks[3]
    assert (check.stated, check.computed) == ("1960", "1960")
    labels = [s.label for s in check.sources]
    assert "1960 WGA strike: 1960-01-16 to 1960-06-12" in labels
    assert "1960 SAG strike: 1960-03-07 to 1960-04-18" in labels
    assert "overlapped from 1960-03-07 to 1960-04-18" in check.explanation


def perturbed(*pairs):
    text = seed_text()
    for old, new in pairs:
        assert old in text
        text = text.replace(old, new)
    return aistrike.check_claims(aistrike.extract(text))


@pytest.mark.parametrize(
    ("pairs", "claim", "verdict", "computed"),
    [
        ((("thirty-five", "thirty-four"),), "could qualify", Verdict.ACCURATE, "34"),
        ((("thirty-five", "forty"),), "could qualify", Verdict.INACCURATE, "34"),
        ((("thirty-five", "thirty-six"),), "could qualify", Verdict.APPROXIMATE, "34"),
        ((("since May 7", "since May 2"),), "WGA on strike", Verdict.ACCURATE, "2023-05-02"),
        ((("since May 7", "since June 2"),), "WGA on strike", Verdict.INACCURATE, "2023-05-02"),
        ((("since May 7", "since May"),), "WGA on strike", Verdict.ACCURATE, "2023-05-02"),
        ((("since 1960", "since 1980"),), "first joint strike", Verdict.INACCURATE, "1960"),
        (
            (("launched on July 6", "launched on July 13"),),
            "Deep Fake Love",
            Verdict.INACCURATE,
            "2023-07-06",
        ),
        ((("$100 more", "$113 more"),), "more than", Verdict.ACCURATE, "$113"),
        ((("$100 more", "$10 more"),), "more than", Verdict.INACCURATE, "$113"),
    ],
)
def test_verdicts_follow_a_perturbed_seed(pairs, claim, verdict, computed):
    check = by_claim(perturbed(*pairs), claim)
    assert (check.verdict, check.computed) == (verdict, computed), check.explanation


def test_a_later_publication_date_uses_a_later_threshold_and_rate():
    text = seed_text().replace("2023-07-26", "2025-07-26", 1)
    checks = aistrike.check_claims(aistrike.extract(text))
    health = by_claim(checks, "could qualify")
    assert health.computed == "32"
    assert "$27,540 (2025)" in health.explanation
    rate = by_claim(checks, "more than")
    assert "$223.43" in rate.explanation
    assert "derived" in rate.explanation


def story(*, published=PUBLISHED, **facts):
    return Story(article=Article("x" * 10, published=published), **facts)


def comparison(kind, claimed, pay=None, against=Benchmark.HEALTH_PLAN_THRESHOLD, **extra):
    pay = pay or Pay(Money(900_000), PayUnit.YEAR)
    return CompensationComparison(kind=kind, amount=pay, against=against, claimed=claimed, **extra)


def only(checks):
    (check,) = checks
    return check


def test_range_is_checked_at_its_top():
    pay = Pay(MoneyRange(Money(300_000), Money(900_000)), PayUnit.YEAR)
    check = only(
        aistrike.check_claims(
            story(comparisons=(comparison(ComparisonKind.COVERS_COUNT, 34, pay),))
        )
    )
    assert check.verdict is Verdict.ACCURATE
    assert check.explanation.startswith("Taking the top of the range, $900,000 covers 34")


@pytest.mark.parametrize(
    ("facts", "published", "reason"),
    [
        (
            {"comparisons": [comparison(ComparisonKind.COVERS_COUNT, 35)]},
            None,
            "no publication date",
        ),
        (
            {
                "comparisons": [
                    comparison(
                        ComparisonKind.COVERS_COUNT, 35, Pay(Money(900_000, "GBP"), PayUnit.YEAR)
                    )
                ]
            },
            PUBLISHED,
            "not in US dollars",
        ),
        (
            {"comparisons": [comparison(ComparisonKind.COVERS_COUNT, 35, Pay(None, PayUnit.DAY))]},
            PUBLISHED,
            "no amount",
        ),
        (
            {"comparisons": [comparison(ComparisonKind.COVERS_COUNT, 35)]},
            datetime.date(2022, 6, 1),
            "for 2022",
        ),
        (
            {
                "comparisons": [
                    comparison(
                        ComparisonKind.COVERS_COUNT,
                        35,
                        against=Benchmark.OTHER,
                        against_text="a nurse's salary",
                    )
                ]
            },
            PUBLISHED,
            "no figure for a nurse's salary",
        ),
        (
            {"comparisons": [comparison(ComparisonKind.COVERS_COUNT, Money(35))]},
            PUBLISHED,
            "cannot be compared",
        ),
        (
            {
                "comparisons": [
                    comparison(
                        ComparisonKind.EXCEEDS_BY, 100, against=Benchmark.BACKGROUND_DAY_RATE
                    )
                ]
            },
            PUBLISHED,
            "cannot be compared",
        ),
        (
            {
                "comparisons": [
                    comparison(
                        ComparisonKind.EXCEEDS_BY, Money(100), against=Benchmark.BACKGROUND_DAY_RATE
                    )
                ]
            },
            datetime.date(2019, 1, 1),
            "no background day rate is known for 2019-01-01",
        ),
        (
            {"labour_actions": [LabourAction(union=WGA, started=datetime.date(2021, 5, 2))]},
            datetime.date(2021, 6, 1),
            "no WGA strike under way on 2021-06-01",
        ),
        (
            {
                "labour_actions": [
                    LabourAction(
                        union=Organization("UAW", OrganizationKind.UNION),
                        started=datetime.date(2023, 9, 15),
                    )
                ]
            },
            PUBLISHED,
            "no UAW strike",
        ),
        (
            {"precedents": [Precedent(event="joint strike", since=1960, parties=(WGA, SAG))]},
            None,
            "no publication date",
        ),
        (
            {"precedents": [Precedent(event="joint strike", since=1960, parties=(WGA, SAG))]},
            datetime.date(2023, 6, 1),
            "under way on 2023-06-01",
        ),
        (
            {"precedents": [Precedent(event="record profit", since=1960, parties=(WGA, SAG))]},
            PUBLISHED,
            "only the strikes",
        ),
        (
            {
                "productions": [
                    AIProduction(title="Made Up Show", launched=datetime.date(2023, 7, 6))
                ]
            },
            PUBLISHED,
            "no release of 'Made Up Show'",
        ),
    ],
)
def test_unverifiable_claims_say_why(facts, published, reason):
    check = only(aistrike.check_claims(story(published=published, **facts)))
    assert check.verdict is Verdict.UNVERIFIABLE
    assert reason in check.explanation
    assert check.computed is None
    assert check.sources == ()


def test_multiple_of_the_day_rate():
    pay = Pay(Money(748), PayUnit.DAY)
    check = only(
        aistrike.check_claims(
            story(
                comparisons=[
                    comparison(ComparisonKind.MULTIPLE_OF, 4, pay, Benchmark.BACKGROUND_DAY_RATE)
                ]
            )
        )
    )
    assert (check.verdict, check.computed, check.difference) == (
        Verdict.ACCURATE,
        "4.00",
        Decimal(0),
    )
    assert check.claim == "$748 a day is 4 times the SAG-AFTRA background actor day rate"
    far = comparison(ComparisonKind.MULTIPLE_OF, 10, pay, Benchmark.BACKGROUND_DAY_RATE)
    assert only(aistrike.check_claims(story(comparisons=(far,)))).verdict is Verdict.INACCURATE


@pytest.mark.parametrize(
    ("text", "claim", "computed"),
    [
        (
            (
                "Netflix will pay an AI product manager as much as $900,000 a year. That is "
                "roughly 34 times the $26,470 an actor must earn to get health coverage."
            ),
            "$900,000 a year is 34 times the SAG-AFTRA health plan earnings threshold",
            "34.00",
        ),
        (
            "The $900,000 salary would pay a background actor's $187 day rate for 4,812 days.",
            "$900,000 a year could pay 4812 days at the SAG-AFTRA background actor day rate",
            "4812",
        ),
    ],
)
def test_a_claim_read_from_the_text_is_checked(text, claim, computed):
    check = only(aistrike.check_claims(aistrike.extract(f" date 2023-07-30 {text}")))
    assert (check.claim, check.verdict, check.computed) == (claim, Verdict.ACCURATE, computed)


def test_count_of_days_at_the_day_rate():
    pay = Pay(Money(1870), PayUnit.ONCE)
    check = only(
        aistrike.check_claims(
            story(
                comparisons=[
                    comparison(ComparisonKind.COVERS_COUNT, 10, pay, Benchmark.BACKGROUND_DAY_RATE)
                ]
            )
        )
    )
    assert check.verdict is Verdict.ACCURATE
    assert check.claim == "$1,870 could pay 10 days at the SAG-AFTRA background actor day rate"


def test_month_only_start_in_the_wrong_month():
    action = LabourAction(union=SAG, started_month=YearMonth(2023, 6))
    check = only(aistrike.check_claims(story(labour_actions=[action])))
    assert (check.verdict, check.stated, check.difference) == (Verdict.INACCURATE, "2023-06", None)
    assert check.explanation == "The 2023 SAG-AFTRA strike began on 2023-07-14, not in 2023-06."


def test_start_matching_a_variant_source_is_approximate():
    action = LabourAction(union=SAG, started=datetime.date(2016, 10, 18))
    check = only(
        aistrike.check_claims(story(published=datetime.date(2017, 1, 10), labour_actions=[action]))
    )
    assert check.verdict is Verdict.APPROXIMATE
    assert "3 days after the stated 2016-10-18, a day some sources give" in check.explanation


def test_without_a_date_a_start_is_matched_by_its_year():
    action = LabourAction(union=WGA, started=datetime.date(1960, 1, 16))
    check = only(aistrike.check_claims(story(published=None, labour_actions=[action])))
    assert check.verdict is Verdict.ACCURATE


def test_precedent_with_no_earlier_joint_strike():
    precedent = Precedent(event="joint strike", since=1960, parties=(WGA, SAG))
    check = only(
        aistrike.check_claims(story(published=datetime.date(1960, 4, 1), precedents=[precedent]))
    )
    assert check.verdict is Verdict.INACCURATE
    assert "no joint strike before the one that began on 1960-03-07" in check.explanation


def test_precedent_in_a_retrospective_within_a_year():
    precedent = Precedent(event="joint strike", since=1960, parties=(WGA, SAG))
    check = only(
        aistrike.check_claims(story(published=datetime.date(2024, 6, 1), precedents=[precedent]))
    )
    assert check.verdict is Verdict.ACCURATE
    late = only(
        aistrike.check_claims(story(published=datetime.date(2025, 6, 1), precedents=[precedent]))
    )
    assert late.verdict is Verdict.UNVERIFIABLE


def test_nothing_checkable_gives_no_checks():
    assert aistrike.check_claims(story()) == ()
    unstarted = LabourAction(union=WGA)
    undated = AIProduction(title="Deep Fake Love")
    assert aistrike.check_claims(story(labour_actions=[unstarted], productions=[undated])) == ()


def test_check_claims_refuses_other_types():
    with pytest.raises(TypeError, match="expects a Story, got str"):
        aistrike.check_claims("text")  # type: ignore[arg-type]


def test_checks_round_trip_through_json(seed_checks):
    for check in seed_checks:
        assert aistrike.from_json(aistrike.to_json(check), aistrike.ClaimCheck) == check
