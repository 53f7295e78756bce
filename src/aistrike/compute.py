"""Pure helpers for the arithmetic that coverage of the strikes implies.

Each function takes typed values, returns a new value and has no side effects;
the reference figures they default to come from :mod:`aistrike.reference`.
Amounts stay :class:`~decimal.Decimal` throughout: nothing is rounded unless the
docstring says so.
"""

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Protocol

import attrs

from aistrike.exceptions import CurrencyMismatchError, UnknownAmountError
from aistrike.model import LabourAction, Money, MoneyRange, Pay, PayUnit, Source
from aistrike.reference import Guild, Strike, health_plan_threshold, health_plan_thresholds, strikes


__all__ = [
    "HealthPlanQualifications",
    "JointStrike",
    "Period",
    "Premium",
    "daily_equivalent",
    "health_plan_qualifications",
    "hourly_equivalent",
    "implied_threshold",
    "joint_strikes",
    "last_joint_strike_year",
    "overlap",
    "premium",
    "scan_value_per_use",
    "separate_days_pay",
    "strike_duration",
]


@attrs.frozen(kw_only=True)
class HealthPlanQualifications:
    """How many health-plan earnings thresholds an amount covers.

    Attributes:
        amount: The amount of earnings.
        threshold: The earnings one qualification needs.
        year: The coverage year of the threshold; None for a threshold given by hand.
        count: Whole qualifications: the largest ``n`` with ``n * threshold <= amount``.
        ratio: ``amount / threshold``, to 28 significant digits.
        sources: The reference entry of the threshold; empty for one given by hand.
    """

    amount: Money
    threshold: Money
    year: int | None
    count: int
    ratio: Decimal
    sources: tuple[Source, ...] = ()


def _money(value: Money, name: str) -> Money:
    if not isinstance(value, Money):
        msg = f"{name} must be Money, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    return value


def health_plan_qualifications(
    amount: Money, *, year: int | None = None, threshold: Money | None = None
) -> HealthPlanQualifications:
    """Count the SAG-AFTRA Health Plan earnings thresholds that *amount* covers.

    Formula: ``ratio = amount / threshold``; ``count = floor(ratio)``.

    Args:
        amount: The earnings, such as a salary of $900,000.
        year: The coverage year whose threshold to use (see
            :func:`aistrike.reference.health_plan_threshold`). With neither
            *year* nor *threshold*, the latest year held is used.
        threshold: A threshold of your own, instead of a year's.

    Returns:
        The whole count, the exact ratio, the threshold and its source.

    Raises:
        ReferenceDataError: No threshold is held for *year* (a ``LookupError``
            naming the years available).
        CurrencyMismatchError: *amount* and the threshold are in different currencies.
        ValueError: Both *year* and *threshold* are given, or the threshold is not positive.

    Examples:
        >>> from aistrike import Money
        >>> result = health_plan_qualifications(Money(900_000), year=2023)
        >>> result.count, round(result.ratio, 4), str(result.threshold)
        (34, Decimal('34.0008'), '$26,470')
        >>> health_plan_qualifications(Money(900_000), year=2025).count
        32
        >>> health_plan_qualifications(Money(900_000), threshold=Money(25_000)).count
        36
    """
    _money(amount, "amount")
    if year is not None and threshold is not None:
        msg = "give either year or threshold, not both"
        raise ValueError(msg)
    sources: tuple[Source, ...] = ()
    if threshold is None:
        if year is None:
            year = max(entry.year for entry in health_plan_thresholds())
        entry = health_plan_threshold(year)
        threshold, sources = entry.amount, (entry.source(),)
    _money(threshold, "threshold")
    if threshold.amount <= 0:
        msg = f"threshold must be greater than zero, got {threshold}"
        raise ValueError(msg)
    ratio = amount.ratio(threshold)
    count = int(amount.amount // threshold.amount) if amount.amount >= 0 else 0
    return HealthPlanQualifications(
        amount=amount, threshold=threshold, year=year, count=count, ratio=ratio, sources=sources
    )


def implied_threshold(amount: Money, count: int) -> Money:
    """The largest threshold at which *amount* covers *count* qualifications.

    Formula: ``amount / count``, unrounded.

    Examples:
        >>> from aistrike import Money
        >>> implied_threshold(Money(900_000), 35).amount.quantize(Decimal("0.01"))
        Decimal('25714.29')
    """
    _money(amount, "amount")
    if isinstance(count, bool) or not isinstance(count, int) or count <= 0:
        msg = f"count must be a whole number greater than zero, got {count!r}"
        raise ValueError(msg)
    return amount / count


_DAYS_PER_WEEK = 5
_WEEKS_PER_YEAR = 52

# -- pay ---------------------------------------------------------------------------


def _single_amount(pay: Pay) -> Money:
    if not isinstance(pay, Pay):
        msg = f"expected Pay, got {type(pay).__name__} {pay!r}"
        raise TypeError(msg)
    if pay.amount is None:
        msg = f"the pay ({pay}) has no stated amount"
        raise UnknownAmountError(msg)
    if isinstance(pay.amount, MoneyRange):
        msg = f"the pay is a range ({pay.amount}); convert its low and high bounds separately"
        raise ValueError(msg)  # noqa: TRY004 - a range is a valid Pay, just not a single amount
    return pay.amount


def _hours_per_unit(
    unit: PayUnit, hours_per_day: Decimal, days_per_week: Decimal, weeks_per_year: Decimal
) -> Decimal:
    hours = {
        PayUnit.HOUR: Decimal(1),
        PayUnit.DAY: hours_per_day,
        PayUnit.WEEK: hours_per_day * days_per_week,
        PayUnit.MONTH: hours_per_day * days_per_week * weeks_per_year / 12,
        PayUnit.YEAR: hours_per_day * days_per_week * weeks_per_year,
    }
    if unit not in hours:
        msg = f"a one-off payment ({unit.value}) has no hourly or daily equivalent"
        raise ValueError(msg)
    return hours[unit]


def _positive(value: int | Decimal, name: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal) or not value > 0:
        msg = f"{name} must be a number greater than zero, got {value!r}"
        raise ValueError(msg)
    return Decimal(value)


def hourly_equivalent(
    pay: Pay,
    *,
    hours_per_day: int | Decimal = 8,
    days_per_week: int | Decimal = _DAYS_PER_WEEK,
    weeks_per_year: int | Decimal = _WEEKS_PER_YEAR,
) -> Money:
    """What *pay* comes to per hour.

    Formula: ``amount / (quantity * hours in one unit)``, where a day has
    *hours_per_day* hours, a week *days_per_week* days, a year *weeks_per_year*
    weeks and a month a twelfth of a year.

    Raises:
        UnknownAmountError: The pay states no amount ("one day's pay").
        ValueError: The pay is a range or a one-off payment, or a period length is not positive.

    Examples:
        >>> from aistrike import Money, Pay, PayUnit
        >>> str(hourly_equivalent(Pay(Money(300), PayUnit.HOUR, 2)))
        '$150'
        >>> str(hourly_equivalent(Pay(Money(187), PayUnit.DAY)))
        '$23.375'
    """
    amount = _single_amount(pay)
    hours = _hours_per_unit(
        pay.per,
        _positive(hours_per_day, "hours_per_day"),
        _positive(days_per_week, "days_per_week"),
        _positive(weeks_per_year, "weeks_per_year"),
    )
    return amount / (pay.quantity * hours)


def daily_equivalent(
    pay: Pay,
    *,
    hours_per_day: int | Decimal = 8,
    days_per_week: int | Decimal = _DAYS_PER_WEEK,
    weeks_per_year: int | Decimal = _WEEKS_PER_YEAR,
) -> Money:
    """What *pay* comes to per day of *hours_per_day* hours.

    Formula: ``hourly_equivalent(pay) * hours_per_day``.

    Examples:
        >>> from aistrike import Money, Pay, PayUnit
        >>> str(daily_equivalent(Pay(Money(150), PayUnit.HOUR)))
        '$1,200'
        >>> str(daily_equivalent(Pay(Money(150), PayUnit.HOUR), hours_per_day=10))
        '$1,500'
    """
    hourly = hourly_equivalent(
        pay, hours_per_day=hours_per_day, days_per_week=days_per_week, weeks_per_year=weeks_per_year
    )
    return hourly * _positive(hours_per_day, "hours_per_day")


@attrs.frozen(kw_only=True)
class Premium:
    """How much one pay exceeds another, per unit of time.

    Attributes:
        per: The unit both pays were converted to.
        difference: The first pay minus the second, per ``per``.
        ratio: The first pay divided by the second.
    """

    per: PayUnit
    difference: Money
    ratio: Decimal


def premium(
    pay: Pay, over: Pay, *, per: PayUnit = PayUnit.DAY, hours_per_day: int | Decimal = 8
) -> Premium:
    """The premium of *pay* over *over*, both converted to a rate *per* unit.

    Formula: ``difference = a - b`` and ``ratio = a / b``, where ``a`` and ``b``
    are the hourly equivalents times the hours in one *per*.

    Raises:
        UnknownAmountError: Either pay states no amount.
        CurrencyMismatchError: The pays are in different currencies.
        ValueError: Either is a range or a one-off payment, or *over* is zero.

    Examples:
        >>> from aistrike import Money, Pay, PayUnit
        >>> study = Pay(Money(300), PayUnit.HOUR, 2)
        >>> rate = Pay(Money(187), PayUnit.DAY)
        >>> result = premium(study, rate)
        >>> str(result.difference), round(result.ratio, 2)
        ('$1,013', Decimal('6.42'))
    """
    a = hourly_equivalent(pay, hours_per_day=hours_per_day)
    b = hourly_equivalent(over, hours_per_day=hours_per_day)
    if a.currency != b.currency:
        msg = f"cannot compare pay in {a.currency} with pay in {b.currency}"
        raise CurrencyMismatchError(msg)
    if b.amount == 0:
        msg = "the pay compared against is zero; no ratio exists"
        raise ValueError(msg)
    hours = _hours_per_unit(
        per,
        _positive(hours_per_day, "hours_per_day"),
        Decimal(_DAYS_PER_WEEK),
        Decimal(_WEEKS_PER_YEAR),
    )
    return Premium(per=per, difference=(a - b) * hours, ratio=a.ratio(b))


# -- the scan proposal ---------------------------------------------------------------


def scan_value_per_use(day_pay: Money, uses: int) -> Money:
    """What one day's pay for a scan is worth per use, over *uses* uses.

    Formula: ``day_pay / uses``.

    Examples:
        >>> from aistrike import Money
        >>> str(scan_value_per_use(Money(187), 10))
        '$18.70'
    """
    return _money(day_pay, "day_pay") / int(_positive(uses, "uses"))


def separate_days_pay(day_rate: Money, days: int) -> Money:
    """What *days* separate days at *day_rate* would have paid.

    Formula: ``day_rate * days``.

    Examples:
        >>> from aistrike import Money
        >>> str(separate_days_pay(Money(187), 10))
        '$1,870'
    """
    return _money(day_rate, "day_rate") * int(_positive(days, "days"))


# -- strikes ---------------------------------------------------------------------------


class Dated(Protocol):
    """Anything with a start and an end day: a :class:`~aistrike.LabourAction` or a reference strike."""

    @property
    def started(self) -> date | None: ...

    @property
    def ended(self) -> date | None: ...


@attrs.frozen
class Period:
    """Days from ``start`` to ``end``, both included; ``end`` None while open."""

    start: date
    end: date | None


def _start(action: Dated) -> date:
    if action.started is None:
        msg = f"the start day of {_name(action)} is not known"
        raise ValueError(msg)
    return action.started


def _name(action: Dated) -> str:
    if isinstance(action, Strike):
        return f"the {action.name}"
    if isinstance(action, LabourAction):
        return f"the {action.union.name} {action.kind.value}"
    return repr(action)


def strike_duration(action: Dated, *, as_of: date | None = None) -> int:
    """The days from the start of *action* to its end, or to *as_of*.

    Formula: ``(end - start).days``, where ``end`` is the earlier of the end day
    and *as_of*. This counts the 2023 WGA strike (May 2 to September 27) as 148
    days and the 2023 SAG-AFTRA strike as 118, as most sources do.

    Raises:
        ValueError: The start is unknown, or the action has not ended and no
            *as_of* is given, or *as_of* is before the start.

    Examples:
        >>> import datetime
        >>> from aistrike import reference
        >>> wga = next(s for s in reference.strikes() if s.name == "2023 WGA strike")
        >>> strike_duration(wga)
        148
        >>> strike_duration(wga, as_of=datetime.date(2023, 7, 26))
        85
    """
    start = _start(action)
    ends = [day for day in (action.ended, as_of) if day is not None]
    if not ends:
        msg = f"{_name(action)} has no end day; pass as_of"
        raise ValueError(msg)
    end = min(ends)
    if end < start:
        msg = f"as_of ({end.isoformat()}) is before the start of {_name(action)} ({start.isoformat()})"
        raise ValueError(msg)
    return (end - start).days


def overlap(a: Dated, b: Dated) -> Period | None:
    """The days on which both *a* and *b* were under way, or None.

    An action without an end day is taken as still under way.

    Raises:
        ValueError: Either start day is unknown.

    Examples:
        >>> from aistrike import reference
        >>> wga, sag = (s for s in reference.strikes() if s.year == 2023)
        >>> overlap(wga, sag)
        Period(start=datetime.date(2023, 7, 14), end=datetime.date(2023, 9, 27))
    """
    start = max(_start(a), _start(b))
    ends = [day for day in (a.ended, b.ended) if day is not None]
    end = min(ends) if ends else None
    if end is not None and end < start:
        return None
    return Period(start, end)


@attrs.frozen(kw_only=True)
class JointStrike:
    """A period in which a writers' strike and an actors' strike ran at once.

    Attributes:
        period: The days both were under way.
        writers: The writers' strike.
        actors: The actors' strike.
    """

    period: Period
    writers: Strike
    actors: Strike


def joint_strikes(history: Iterable[Strike] | None = None) -> tuple[JointStrike, ...]:
    """Every period in which the writers and the actors struck at once.

    Strikes without a sourced start and end day are left out: their overlap
    cannot be shown (the 1952 strikes, the 1978 and 1988 commercials strikes,
    the 1986 SAG strike).

    Args:
        history: The strikes to search; the reference history by default.

    Examples:
        >>> [joint.period.start.year for joint in joint_strikes()]
        [1960, 2023]
    """
    dated = [
        s
        for s in (strikes() if history is None else history)
        if s.started is not None and s.ended is not None
    ]
    writers = [s for s in dated if s.guild is Guild.WRITERS]
    actors = [s for s in dated if s.guild is Guild.ACTORS]
    found = [
        JointStrike(period=period, writers=w, actors=a)
        for w in writers
        for a in actors
        if (period := overlap(w, a)) is not None
    ]
    return tuple(sorted(found, key=lambda joint: joint.period.start))


def last_joint_strike_year(before: date, history: Iterable[Strike] | None = None) -> int | None:
    """The last year before *before* in which the writers and actors struck at once.

    Only joint periods that began before *before* count; None when there is none.

    Examples:
        >>> import datetime
        >>> last_joint_strike_year(datetime.date(2023, 7, 14))
        1960
        >>> last_joint_strike_year(datetime.date(1960, 1, 1)) is None
        True
    """
    years = [j.period.start.year for j in joint_strikes(history) if j.period.start < before]
    return max(years, default=None)
