import datetime

from decimal import Decimal

import pytest

from hypothesis import given
from hypothesis import strategies as st

import aistrike

from aistrike import (
    CurrencyMismatchError,
    LabourAction,
    Money,
    MoneyRange,
    Organization,
    OrganizationKind,
    Pay,
    PayUnit,
    ReferenceDataError,
    UnknownAmountError,
    compute,
    reference,
)
from aistrike.compute import Period
from aistrike.reference import Guild, Strike


# -- health plan ---------------------------------------------------------------------


def test_done_when_2023_and_2025():
    result = aistrike.health_plan_qualifications(Money(900_000), year=2023)
    assert result.count == 34
    assert round(result.ratio, 4) == Decimal("34.0008")
    assert result.threshold == Money(26_470)
    assert result.year == 2023
    assert [s.label for s in result.sources] == [
        "SAG-AFTRA Health Plan earnings threshold (Active Plan), 2023: $26,470"
    ]
    later = aistrike.health_plan_qualifications(Money(900_000), year=2025)
    assert (later.count, later.threshold) == (32, Money(27_540))


@pytest.mark.parametrize(
    ("amount", "threshold", "count"),
    [(26_470, 26_470, 1), (26_469, 26_470, 0), (0, 26_470, 0), (52_940, 26_470, 2), (100, 30, 3)],
)
def test_counts_by_hand(amount, threshold, count):
    result = compute.health_plan_qualifications(Money(amount), threshold=Money(threshold))
    assert result.count == count
    assert result.year is None
    assert result.sources == ()


def test_default_year_is_the_latest_held():
    assert compute.health_plan_qualifications(Money(900_000)).year == 2025


def test_unknown_year_names_the_year_and_the_years_available():
    with pytest.raises(LookupError, match="for 2022; years available: 2011, 2017, 2020"):
        compute.health_plan_qualifications(Money(900_000), year=2022)


def test_bad_arguments():
    with pytest.raises(ValueError, match="either year or threshold"):
        compute.health_plan_qualifications(Money(1), year=2023, threshold=Money(1))
    with pytest.raises(ValueError, match="greater than zero"):
        compute.health_plan_qualifications(Money(1), threshold=Money(0))
    with pytest.raises(CurrencyMismatchError):
        compute.health_plan_qualifications(Money(1, "GBP"), year=2023)
    with pytest.raises(TypeError, match="amount must be Money, got int"):
        compute.health_plan_qualifications(900_000)  # type: ignore[arg-type]


def test_implied_threshold():
    assert compute.implied_threshold(Money(900_000), 35).amount.quantize(
        Decimal("0.01")
    ) == Decimal("25714.29")
    assert compute.implied_threshold(Money(900_000), 34) == Money(Decimal(900_000) / 34)
    for bad in (0, -1, True, Decimal(35)):
        with pytest.raises(ValueError, match="count must be a whole number"):
            compute.implied_threshold(Money(900_000), bad)  # type: ignore[arg-type]


amounts = st.decimals(min_value=0, max_value=10**9, places=2)
thresholds = st.decimals(min_value=Decimal("0.01"), max_value=10**6, places=2)


@given(amounts, thresholds)
def test_count_brackets_the_amount(amount, threshold):
    result = compute.health_plan_qualifications(Money(amount), threshold=Money(threshold))
    assert result.count * threshold <= amount < (result.count + 1) * threshold
    assert result.count <= result.ratio < result.count + 1


@given(amounts, st.sampled_from([2011, 2017, 2020, 2021, 2023, 2024, 2025]))
def test_count_brackets_the_amount_for_every_year(amount, year):
    result = compute.health_plan_qualifications(Money(amount), year=year)
    assert (
        result.count * result.threshold.amount
        <= amount
        < (result.count + 1) * result.threshold.amount
    )


# -- pay ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pay", "hourly", "daily"),
    [
        (Pay(Money(300), PayUnit.HOUR, 2), "150", "1200"),
        (Pay(Money(150), PayUnit.HOUR), "150", "1200"),
        (Pay(Money(187), PayUnit.DAY), "23.375", "187"),
        (Pay(Money(1000), PayUnit.WEEK), "25", "200"),
        (Pay(Money(208_000), PayUnit.YEAR), "100", "800"),
        (Pay(Money(208_000), PayUnit.MONTH, 12), "100", "800"),
    ],
)
def test_equivalents_by_hand(pay, hourly, daily):
    assert abs(compute.hourly_equivalent(pay).amount - Decimal(hourly)) < Decimal("1e-20")
    assert abs(compute.daily_equivalent(pay).amount - Decimal(daily)) < Decimal("1e-20")


def test_hours_per_day_is_stated():
    ten_hours = compute.daily_equivalent(Pay(Money(150), PayUnit.HOUR), hours_per_day=10)
    assert ten_hours == Money(1500)
    assert compute.hourly_equivalent(Pay(Money(200), PayUnit.DAY), hours_per_day=10) == Money(20)


def test_pay_refusals():
    with pytest.raises(UnknownAmountError, match="one day's pay"):
        compute.hourly_equivalent(Pay(None, PayUnit.DAY))
    with pytest.raises(ValueError, match=r"range \(\$300,000 to \$900,000\)"):
        compute.daily_equivalent(Pay(MoneyRange(Money(300_000), Money(900_000)), PayUnit.YEAR))
    with pytest.raises(ValueError, match="one-off payment"):
        compute.hourly_equivalent(Pay(Money(300), PayUnit.ONCE))
    with pytest.raises(ValueError, match="hours_per_day must be a number greater than zero"):
        compute.hourly_equivalent(Pay(Money(300), PayUnit.DAY), hours_per_day=0)
    with pytest.raises(TypeError, match="expected Pay"):
        compute.hourly_equivalent(Money(300))  # type: ignore[arg-type]
    with pytest.raises(CurrencyMismatchError, match="USD with pay in GBP"):
        compute.premium(Pay(Money(1), PayUnit.DAY), Pay(Money(1, "GBP"), PayUnit.DAY))
    with pytest.raises(ValueError, match="zero"):
        compute.premium(Pay(Money(1), PayUnit.DAY), Pay(Money(0), PayUnit.DAY))


def test_premium_by_hand():
    study = Pay(Money(300), PayUnit.HOUR, 2)
    rate = Pay(Money(187), PayUnit.DAY)
    daily = compute.premium(study, rate)
    assert daily.per is PayUnit.DAY
    assert daily.difference == Money(1013)
    assert daily.ratio == Decimal(1200) / Decimal(187)
    hourly = compute.premium(study, rate, per=PayUnit.HOUR)
    assert hourly.difference == Money("126.625")


pays = st.builds(
    Pay,
    st.builds(Money, st.decimals(min_value=Decimal("0.01"), max_value=10**7, places=2)),
    st.sampled_from([PayUnit.HOUR, PayUnit.DAY, PayUnit.WEEK, PayUnit.MONTH, PayUnit.YEAR]),
    st.integers(min_value=1, max_value=10),
)


@given(pays)
def test_premium_of_a_pay_over_itself_is_zero(pay):
    result = compute.premium(pay, pay)
    assert result.difference.amount == 0
    assert result.ratio == 1


@given(pays, pays)
def test_premium_is_antisymmetric_in_sign(a, b):
    assert (compute.premium(a, b).difference.amount > 0) == (
        compute.premium(b, a).difference.amount < 0
    )


# -- scan proposal ----------------------------------------------------------------------


def test_scan_helpers_by_hand():
    assert compute.scan_value_per_use(Money(187), 10) == Money("18.7")
    assert compute.scan_value_per_use(Money(187), 1) == Money(187)
    assert compute.separate_days_pay(Money(187), 10) == Money(1870)
    with pytest.raises(ValueError, match="uses must be a number greater than zero"):
        compute.scan_value_per_use(Money(187), 0)
    with pytest.raises(TypeError, match="day_rate must be Money"):
        compute.separate_days_pay(187, 3)  # type: ignore[arg-type]


@given(
    st.decimals(min_value=1, max_value=10**4, places=2), st.integers(min_value=1, max_value=10**4)
)
def test_per_use_times_uses_is_the_day_pay(pay, uses):
    value = compute.scan_value_per_use(Money(pay), uses)
    assert abs(value.amount * uses - pay) < Decimal("1e-20")
    assert compute.separate_days_pay(Money(pay), uses) >= Money(pay)


# -- strikes --------------------------------------------------------------------------------


def strike(name):
    return next(s for s in reference.strikes() if s.name == name)


WGA = Organization("WGA", OrganizationKind.UNION)


def test_durations_by_hand():
    assert compute.strike_duration(strike("2023 WGA strike")) == 148
    assert compute.strike_duration(strike("2023 SAG-AFTRA strike")) == 118
    assert compute.strike_duration(strike("1960 WGA strike")) == 148
    assert (
        compute.strike_duration(strike("2023 WGA strike"), as_of=datetime.date(2023, 7, 26)) == 85
    )
    # as_of after the end: the end counts
    assert (
        compute.strike_duration(strike("2023 WGA strike"), as_of=datetime.date(2024, 1, 1)) == 148
    )
    ongoing = LabourAction(union=WGA, started=datetime.date(2023, 5, 2))
    assert compute.strike_duration(ongoing, as_of=datetime.date(2023, 5, 7)) == 5


def test_duration_refusals():
    with pytest.raises(ValueError, match="the WGA strike has no end day; pass as_of"):
        compute.strike_duration(LabourAction(union=WGA, started=datetime.date(2023, 5, 2)))
    with pytest.raises(ValueError, match="start day of the 1973 WGA strike is not known"):
        compute.strike_duration(strike("1973 WGA strike"))
    with pytest.raises(ValueError, match="before the start"):
        compute.strike_duration(strike("2023 WGA strike"), as_of=datetime.date(2023, 1, 1))


def test_overlap_by_hand():
    wga, sag = strike("2023 WGA strike"), strike("2023 SAG-AFTRA strike")
    assert compute.overlap(wga, sag) == Period(
        datetime.date(2023, 7, 14), datetime.date(2023, 9, 27)
    )
    assert compute.overlap(wga, strike("1960 WGA strike")) is None
    ongoing = LabourAction(union=WGA, started=datetime.date(2023, 8, 1))
    assert compute.overlap(ongoing, sag) == Period(
        datetime.date(2023, 8, 1), datetime.date(2023, 11, 9)
    )
    assert compute.overlap(ongoing, ongoing) == Period(datetime.date(2023, 8, 1), None)


def test_joint_strikes_and_last_joint_year():
    joints = compute.joint_strikes()
    assert [(j.writers.name, j.actors.name) for j in joints] == [
        ("1960 WGA strike", "1960 SAG strike"),
        ("2023 WGA strike", "2023 SAG-AFTRA strike"),
    ]
    assert joints[0].period == Period(datetime.date(1960, 3, 7), datetime.date(1960, 4, 18))
    assert compute.last_joint_strike_year(datetime.date(2023, 7, 14)) == 1960
    assert compute.last_joint_strike_year(datetime.date(2023, 7, 15)) == 2023
    assert compute.last_joint_strike_year(datetime.date(1960, 3, 7)) is None


def make_strike(guild, start, days):
    return Strike(
        name=f"{guild} {start}",
        guild=guild,
        sector="TV/theatrical",
        year=start.year,
        started=start,
        ended=start + datetime.timedelta(days=days),
        urls=("https://example.org/",),
    )


dates = st.dates(min_value=datetime.date(1950, 1, 1), max_value=datetime.date(2030, 12, 31))
spans = st.builds(make_strike, st.sampled_from(list(Guild)), dates, st.integers(0, 400))


@given(spans, spans)
def test_overlap_is_symmetric_and_inside_both(a, b):
    shared = compute.overlap(a, b)
    assert shared == compute.overlap(b, a)
    if shared is not None:
        for strike in (a, b):
            assert strike.started is not None
            assert strike.ended is not None
            assert shared.end is not None
            assert strike.started <= shared.start <= shared.end <= strike.ended


@given(spans, dates)
def test_durations_are_non_negative(a, as_of):
    assert compute.strike_duration(a) >= 0
    if as_of >= a.started:
        assert 0 <= compute.strike_duration(a, as_of=as_of) <= compute.strike_duration(a)


@given(st.lists(spans, max_size=6), dates)
def test_last_joint_year_is_a_year_of_overlap(history, before):
    year = compute.last_joint_strike_year(before, history)
    joints = compute.joint_strikes(history)
    if year is None:
        assert all(j.period.start >= before for j in joints)
    else:
        assert any(j.period.start.year == year and j.period.start < before for j in joints)


def test_reference_error_is_a_lookup_error():
    assert issubclass(ReferenceDataError, LookupError)
