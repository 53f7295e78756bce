"""Sourced reference figures, shipped as package data.

The JSON files in ``aistrike/reference/data/`` are read through the library's
cattrs converter into the frozen classes of :mod:`aistrike.reference.entries`.
Every entry carries the URLs it was seen at and a confidence; the background
day rates after the 2023 contract are *derived* (the last sourced rate raised by
the sourced percentages) and say so in ``derived_from``.

Where sources disagree, each entry keeps the other values as
:class:`~aistrike.reference.entries.Variant` objects with their URLs, and its
``note`` says which value the helpers use and why.

Examples:
    >>> import datetime
    >>> from aistrike import reference
    >>> str(reference.health_plan_threshold(2023).amount)
    '$26,470'
    >>> reference.day_rate_on(datetime.date(2023, 7, 26)).confidence
    <Confidence.LOW: 'low'>
    >>> [s.name for s in reference.strikes() if s.year == 1960]
    ['1960 WGA strike', '1960 SAG strike']
"""

import functools

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from importlib import resources
from typing import TypeVar

import attrs

from aistrike.exceptions import DeserializationError, ReferenceDataError
from aistrike.model import Confidence, Money
from aistrike.reference.entries import (
    DayRate,
    Guild,
    HealthPlanThreshold,
    RateRaise,
    Release,
    Strike,
    Variant,
)
from aistrike.serialization import from_json


__all__ = [
    "DayRate",
    "Guild",
    "HealthPlanThreshold",
    "RateRaise",
    "Release",
    "Strike",
    "Variant",
    "day_rate_on",
    "day_rates",
    "health_plan_threshold",
    "health_plan_thresholds",
    "rate_raises",
    "release",
    "releases",
    "strikes",
]

T = TypeVar("T")

_CENT = Decimal("0.01")
_PLAN_ORDER = ("Active Plan", "Plan I", "Plan II")
_TRUST = (Confidence.LOW, Confidence.MEDIUM, Confidence.HIGH)


@attrs.frozen
class _DayRateFile:
    rates: tuple[DayRate, ...]
    raises: tuple[RateRaise, ...]


def _read(name: str, cls: type[T]) -> T:
    resource = resources.files(__name__) / "data" / name
    try:
        return from_json(resource.read_text(encoding="utf-8"), cls)
    except DeserializationError as exc:
        msg = f"reference data file {name} is broken: {exc}"
        raise ReferenceDataError(msg) from None


@functools.cache
def health_plan_thresholds() -> tuple[HealthPlanThreshold, ...]:
    """Every sourced SAG-AFTRA Health Plan earnings threshold, by year.

    A year may hold several entries: Plan I and Plan II before 2021, and a
    rounded press figure (``approximate=True``) beside the exact one. Years no
    source gave (2018, 2019, 2022, 2026) are missing, not filled in.
    """
    return _read("health_plan.json", tuple[HealthPlanThreshold, ...])


def _preference(entry: HealthPlanThreshold) -> tuple[bool, int, int]:
    plan = _PLAN_ORDER.index(entry.plan) if entry.plan in _PLAN_ORDER else len(_PLAN_ORDER)
    return (entry.approximate, plan, -_TRUST.index(entry.confidence))


def health_plan_threshold(year: int) -> HealthPlanThreshold:
    """The threshold the helpers use for *year*.

    Of the year's entries, an exact figure wins over a rounded one, then the
    Active Plan over Plan I over Plan II (Plan I was the full-coverage tier, and
    the Active Plan is "formerly Plan I"), then the higher confidence.

    Raises:
        ReferenceDataError: No source gave a threshold for *year*; the message
            lists the years available (a ``LookupError``).

    Examples:
        >>> health_plan_threshold(2025).amount
        Money(amount=Decimal('27540'), currency='USD')
        >>> health_plan_threshold(2022)
        Traceback (most recent call last):
        ...
        aistrike.exceptions.ReferenceDataError: no SAG-AFTRA Health Plan threshold for 2022; years available: 2011, 2017, 2020, 2021, 2023, 2024, 2025
    """
    entries = [entry for entry in health_plan_thresholds() if entry.year == year]
    if not entries:
        years = ", ".join(str(y) for y in sorted({e.year for e in health_plan_thresholds()}))
        msg = f"no SAG-AFTRA Health Plan threshold for {year}; years available: {years}"
        raise ReferenceDataError(msg)
    return min(entries, key=_preference)


@functools.cache
def _day_rate_file() -> _DayRateFile:
    return _read("day_rates.json", _DayRateFile)


def rate_raises() -> tuple[RateRaise, ...]:
    """The raises of the background minimums agreed in the 2023 contract."""
    return _day_rate_file().raises


@functools.cache
def day_rates() -> tuple[DayRate, ...]:
    """General background actor day rates (8-hour day), sourced and derived, by date.

    No source gives the dollar rates after the 2023 contract, only the
    percentages, so those rates are derived: the last sourced rate before each
    raise, raised by it and rounded half up to the cent. A derived rate takes
    the lower confidence of its inputs and lists the URLs of both.

    Examples:
        >>> [str(rate.amount) for rate in day_rates()[-3:]]
        ['$207.57', '$215.87', '$223.43']
    """
    file = _day_rate_file()
    rates = list(file.rates)
    for step in sorted(file.raises, key=lambda r: r.effective):
        base = max((r for r in rates if r.effective < step.effective), key=lambda r: r.effective)
        factor = 1 + step.percent / 100
        amount = (base.amount.amount * factor).quantize(_CENT, rounding=ROUND_HALF_UP)
        rates.append(
            DayRate(
                effective=step.effective,
                until=step.until,
                amount=Money(amount, base.amount.currency),
                hours=base.hours,
                role=base.role,
                derived_from=(
                    f"{base.amount} from {base.effective.isoformat()} raised "
                    f"{step.percent.normalize():f}% on {step.effective.isoformat()}"
                ),
                urls=tuple(dict.fromkeys(step.urls + base.urls)),
                confidence=min(base.confidence, step.confidence, key=_TRUST.index),
            )
        )
    return tuple(sorted(rates, key=lambda r: r.effective))


def day_rate_on(day: date) -> DayRate:
    """The general background day rate in effect on *day*.

    Raises:
        ReferenceDataError: No sourced or derived rate covers *day*; the message
            lists the periods that are covered (a ``LookupError``).

    Examples:
        >>> import datetime
        >>> str(day_rate_on(datetime.date(2014, 9, 1)).amount)
        '$152'
    """
    for rate in day_rates():
        if rate.applies_on(day):
            return rate
    periods = ", ".join(
        f"{r.effective.isoformat()} to {r.until.isoformat() if r.until else 'open'}"
        for r in day_rates()
    )
    msg = f"no background day rate is known for {day.isoformat()}; periods covered: {periods}"
    raise ReferenceDataError(msg)


@functools.cache
def strikes() -> tuple[Strike, ...]:
    """The strikes of the writers' and actors' unions from 1952, oldest first."""
    history = _read("strikes.json", tuple[Strike, ...])
    return tuple(sorted(history, key=lambda s: (s.year, s.started or date(s.year, 12, 31))))


@functools.cache
def releases() -> tuple[Release, ...]:
    """Releases of shows made with AI that coverage of the strikes cites."""
    return _read("releases.json", tuple[Release, ...])


def _title_key(title: str) -> str:
    return " ".join(title.casefold().replace("\u2019", "'").split())


def release(title: str) -> Release:
    """The release of the show called *title* (case and spacing ignored).

    Raises:
        ReferenceDataError: No release of that title is held (a ``LookupError``).

    Examples:
        >>> release("deep fake love").released
        datetime.date(2023, 7, 6)
    """
    for entry in releases():
        if _title_key(entry.title) == _title_key(title):
            return entry
    known = ", ".join(repr(entry.title) for entry in releases())
    msg = f"no release of {title!r} in the reference data; titles held: {known}"
    raise ReferenceDataError(msg)
