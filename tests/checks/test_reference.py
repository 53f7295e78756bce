import datetime
import json

from decimal import Decimal
from importlib import resources
from typing import Any

import pytest

from aistrike import Confidence, DeserializationError, Money, ReferenceDataError, reference
from aistrike.reference import Guild


def test_every_entry_has_provenance():
    entries: tuple[Any, ...] = (
        *reference.health_plan_thresholds(),
        *reference.day_rates(),
        *reference.rate_raises(),
        *reference.strikes(),
        *reference.releases(),
    )
    for entry in entries:
        assert entry.urls, entry
        assert all(url.startswith(("http://", "https://")) for url in entry.urls), entry
        assert isinstance(entry.confidence, Confidence)


@pytest.mark.parametrize(
    ("year", "amount"),
    [(2020, 35_020), (2021, 25_950), (2023, 26_470), (2025, 27_540), (2017, 33_000)],
)
def test_threshold_used_for_each_year(year, amount):
    assert reference.health_plan_threshold(year).amount == Money(amount)


def test_both_2020_plans_and_the_rounded_2023_figure_are_kept():
    by_year: dict[int, list[reference.HealthPlanThreshold]] = {}
    for entry in reference.health_plan_thresholds():
        by_year.setdefault(entry.year, []).append(entry)
    assert {(e.plan, e.amount.amount) for e in by_year[2020]} == {
        ("Plan I", Decimal(35_020)),
        ("Plan II", Decimal(18_040)),
    }
    rounded = [e for e in by_year[2023] if e.approximate]
    assert [e.amount for e in rounded] == [Money(26_000)]
    assert reference.health_plan_threshold(2025).alternative_days == 106


@pytest.mark.parametrize("year", [2018, 2019, 2022, 2026])
def test_missing_years_stay_missing(year):
    with pytest.raises(ReferenceDataError, match=rf"for {year}; years available: .*2023") as info:
        reference.health_plan_threshold(year)
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize(
    ("day", "amount", "derived"),
    [
        (datetime.date(2013, 7, 1), "148", False),
        (datetime.date(2015, 6, 30), "152", False),
        (datetime.date(2016, 12, 1), "162", False),
        (datetime.date(2023, 7, 26), "187", False),
        (datetime.date(2023, 11, 9), "207.57", True),
        (datetime.date(2024, 7, 1), "215.87", True),
        (datetime.date(2026, 6, 30), "223.43", True),
    ],
)
def test_day_rate_on(day, amount, derived):
    rate = reference.day_rate_on(day)
    assert rate.amount == Money(amount)
    assert rate.hours == 8
    assert (rate.derived_from is not None) is derived


def test_derived_rates_say_how_and_take_the_weakest_confidence():
    derived = [rate for rate in reference.day_rates() if rate.derived_from]
    assert len(derived) == 3
    assert derived[0].derived_from == "$187 from 2022-07-01 raised 11% on 2023-11-09"
    assert all(rate.confidence is Confidence.LOW for rate in derived)
    # 187 x 1.11 x 1.04 x 1.035, rounded to the cent at each step
    assert derived[-1].amount.amount == Decimal("223.43")


def test_weak_pre_strike_rate_is_marked_as_such():
    rate = reference.day_rate_on(datetime.date(2023, 7, 1))
    assert rate.confidence is Confidence.LOW
    assert rate.note is not None
    assert "Weakly sourced" in rate.note


@pytest.mark.parametrize(
    "day",
    [
        datetime.date(2012, 1, 1),
        datetime.date(2015, 8, 1),
        datetime.date(2019, 1, 1),
        datetime.date(2026, 7, 1),
    ],
)
def test_no_rate_outside_the_sourced_periods(day):
    with pytest.raises(ReferenceDataError, match=day.isoformat()):
        reference.day_rate_on(day)


def test_raises_of_the_2023_contract():
    assert [(r.effective, r.percent) for r in reference.rate_raises()] == [
        (datetime.date(2023, 11, 9), Decimal(11)),
        (datetime.date(2024, 7, 1), Decimal(4)),
        (datetime.date(2025, 7, 1), Decimal("3.5")),
    ]


def strike(name):
    return next(s for s in reference.strikes() if s.name == name)


@pytest.mark.parametrize(
    ("name", "started", "ended", "guild"),
    [
        ("1960 WGA strike", datetime.date(1960, 1, 16), datetime.date(1960, 6, 12), Guild.WRITERS),
        ("1960 SAG strike", datetime.date(1960, 3, 7), datetime.date(1960, 4, 18), Guild.ACTORS),
        (
            "1980 SAG and AFTRA strike",
            datetime.date(1980, 7, 21),
            datetime.date(1980, 10, 23),
            Guild.ACTORS,
        ),
        ("1981 WGA strike", datetime.date(1981, 4, 11), datetime.date(1981, 7, 12), Guild.WRITERS),
        ("1985 WGA strike", datetime.date(1985, 3, 6), datetime.date(1985, 3, 20), Guild.WRITERS),
        ("1988 WGA strike", datetime.date(1988, 3, 7), datetime.date(1988, 8, 7), Guild.WRITERS),
        (
            "2000 SAG and AFTRA commercials strike",
            datetime.date(2000, 5, 1),
            datetime.date(2000, 10, 30),
            Guild.ACTORS,
        ),
        (
            "2007-08 WGA strike",
            datetime.date(2007, 11, 5),
            datetime.date(2008, 2, 12),
            Guild.WRITERS,
        ),
        (
            "2016-17 SAG-AFTRA video game strike",
            datetime.date(2016, 10, 21),
            datetime.date(2017, 9, 23),
            Guild.ACTORS,
        ),
        ("2023 WGA strike", datetime.date(2023, 5, 2), datetime.date(2023, 9, 27), Guild.WRITERS),
        (
            "2023 SAG-AFTRA strike",
            datetime.date(2023, 7, 14),
            datetime.date(2023, 11, 9),
            Guild.ACTORS,
        ),
        (
            "2024-25 SAG-AFTRA video game strike",
            datetime.date(2024, 7, 26),
            datetime.date(2025, 6, 11),
            Guild.ACTORS,
        ),
    ],
)
def test_strike_history(name, started, ended, guild):
    entry = strike(name)
    assert (entry.started, entry.ended, entry.guild) == (started, ended, guild)


def test_history_starts_in_1952_and_is_in_order():
    history = reference.strikes()
    assert history[0].year == 1952
    keys = [(s.year, s.started or datetime.date(s.year, 12, 31)) for s in history]
    assert keys == sorted(keys)


def test_disagreeing_sources_are_kept_with_the_choice_explained():
    wga_1960 = strike("1960 WGA strike")
    assert [v.value for v in wga_1960.variants if v.field == "started"] == ["1960-01-17"]
    assert {"148 days", "153 days"} <= set(wga_1960.stated_durations)
    assert "Helpers use 1960-01-16" in wga_1960.note
    games = strike("2016-17 SAG-AFTRA video game strike")
    assert [v.value for v in games.variants if v.field == "started"] == ["2016-10-18"]
    assert strike("2023 WGA strike").stated_durations == ("148 days", "146 days")


def test_month_only_start_is_not_given_a_day():
    entry = strike("1973 WGA strike")
    assert entry.started is None
    assert str(entry.started_month) == "1973-03"
    assert entry.period() == "1973-03 to 1973-06-30"


def test_release_lookup_ignores_case_and_spacing():
    assert reference.release("  deep   FAKE love ").released == datetime.date(2023, 7, 6)
    with pytest.raises(ReferenceDataError, match=r"'Black Mirror'.*'Deep Fake Love'"):
        reference.release("Black Mirror")


def test_sources_name_figure_and_urls():
    source = reference.health_plan_threshold(2023).source()
    assert source.label == "SAG-AFTRA Health Plan earnings threshold (Active Plan), 2023: $26,470"
    assert source.confidence is Confidence.MEDIUM
    assert "about $26,000" in next(
        e.source().label
        for e in reference.health_plan_thresholds()
        if e.approximate and e.year == 2023
    )


def test_data_files_are_plain_json_with_no_unknown_fields():
    folder = resources.files("aistrike.reference") / "data"
    names = sorted(item.name for item in folder.iterdir() if item.name.endswith(".json"))
    assert names == ["day_rates.json", "health_plan.json", "releases.json", "strikes.json"]
    for name in names:
        json.loads((folder / name).read_text(encoding="utf-8"))


def test_broken_data_file_names_the_file(monkeypatch):
    from aistrike import reference as module  # noqa: PLC0415

    monkeypatch.setattr(
        module,
        "from_json",
        lambda *_: (_ for _ in ()).throw(DeserializationError("bad @ $[0].year")),
    )
    with pytest.raises(ReferenceDataError, match=r"strikes.json is broken: bad @ \$\[0\].year"):
        module._read("strikes.json", tuple)


def test_entries_refuse_missing_provenance():
    with pytest.raises(ValueError, match="urls must name at least one source URL"):
        reference.Release(title="X", kind="show", released=datetime.date(2023, 1, 1), urls=())
