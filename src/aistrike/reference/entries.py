"""The typed entries of the reference data: thresholds, day rates, raises, strikes, releases.

Every entry carries the URLs it was seen at and a confidence; an entry computed
from others carries a ``derived_from`` note instead of URLs of its own.
"""

import enum

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from aistrike.model import Confidence, Money, Source, YearMonth
from aistrike.model._validators import (
    finite_decimal,
    non_blank,
    not_before,
    to_decimal,
    tuple_field,
)
from aistrike.model.evidence import _plain_date


_STR = attrs.validators.instance_of(str)
_OPT_STR = attrs.validators.optional([_STR, non_blank])
_OPT_DATE = _plain_date
_YEAR = [attrs.validators.instance_of(int), attrs.validators.ge(1900), attrs.validators.le(2100)]


def _has_provenance(inst: Any, attribute: "attrs.Attribute[Any]", value: tuple[str, ...]) -> None:
    if not value and getattr(inst, "derived_from", None) is None:
        msg = f"{type(inst).__name__}.{attribute.name} must name at least one source URL"
        raise ValueError(msg)


def _urls() -> Any:
    return tuple_field(str, also=_has_provenance, kw_only=True)


def _note() -> Any:
    return attrs.field(default=None, validator=_OPT_STR, kw_only=True)


@attrs.frozen(kw_only=True)
class Variant:
    """A value one source gives that differs from the value the helpers use.

    Attributes:
        field: What the value is of, such as ``"started"`` or ``"duration"``.
        value: The value as the source states it, such as ``"1960-01-17"`` or ``"153 days"``.
        urls: Where it was seen.
    """

    field: str = attrs.field(validator=[_STR, non_blank])
    value: str = attrs.field(validator=[_STR, non_blank])
    urls: tuple[str, ...] = tuple_field(str)


@attrs.frozen(kw_only=True)
class HealthPlanThreshold:
    """The earnings a SAG-AFTRA Health Plan participant needed in a year to qualify.

    Attributes:
        year: The coverage year the threshold applies to.
        amount: The covered earnings needed in the base period.
        plan: ``"Active Plan"`` (2021 on), or ``"Plan I"`` / ``"Plan II"`` before the merger.
        approximate: True for a rounded figure as quoted in the press (``~$26,000``).
        alternative_days: Days worked that qualify instead of earnings, when sourced.
        urls: Where the figure was seen.
        confidence: How far it can be trusted.
        note: What the sources say beyond the figure.
    """

    year: int = attrs.field(validator=_YEAR)
    amount: Money = attrs.field(validator=attrs.validators.instance_of(Money))
    plan: str = attrs.field(default="Active Plan", validator=[_STR, non_blank])
    approximate: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    alternative_days: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(int))
    )
    urls: tuple[str, ...] = _urls()
    confidence: Confidence = attrs.field(
        default=Confidence.MEDIUM, converter=Confidence, kw_only=True
    )
    note: str | None = _note()

    def source(self) -> Source:
        """This entry as the :class:`~aistrike.Source` of a check."""
        about = "about " if self.approximate else ""
        label = (
            f"SAG-AFTRA Health Plan earnings threshold ({self.plan}), "
            f"{self.year}: {about}{self.amount}"
        )
        return Source(label, self.urls, self.confidence)


@attrs.frozen(kw_only=True)
class DayRate:
    """A minimum daily rate for background actors, from an effective date.

    Attributes:
        effective: The first day the rate applies.
        until: The last day it applies, when known.
        amount: The pay for one standard day.
        hours: The hours of the standard day the rate pays for.
        role: Which performers the rate is for.
        urls: Where the figure was seen; empty for a derived rate.
        confidence: How far it can be trusted; a derived rate takes its weakest input's.
        derived_from: How a derived rate was computed, None for a sourced one.
        note: What the sources say beyond the figure.
    """

    effective: date = attrs.field(validator=_plain_date)
    until: date | None = attrs.field(default=None, validator=[_OPT_DATE, not_before("effective")])
    amount: Money = attrs.field(validator=attrs.validators.instance_of(Money))
    hours: int = attrs.field(
        default=8, validator=[attrs.validators.instance_of(int), attrs.validators.gt(0)]
    )
    role: str = attrs.field(default="general background", validator=[_STR, non_blank])
    derived_from: str | None = attrs.field(default=None, validator=_OPT_STR)
    urls: tuple[str, ...] = _urls()
    confidence: Confidence = attrs.field(
        default=Confidence.MEDIUM, converter=Confidence, kw_only=True
    )
    note: str | None = _note()

    def source(self) -> Source:
        """This entry as the :class:`~aistrike.Source` of a check."""
        label = (
            f"SAG-AFTRA {self.role} day rate ({self.hours}-hour day) from "
            f"{self.effective.isoformat()}: {self.amount}"
        )
        if self.derived_from is not None:
            label += f" (derived: {self.derived_from})"
        return Source(label, self.urls, self.confidence)

    def applies_on(self, day: date) -> bool:
        """Whether the rate is in effect on *day*."""
        return self.effective <= day and (self.until is None or day <= self.until)


@attrs.frozen(kw_only=True)
class RateRaise:
    """A raise of the background minimums agreed in a contract.

    Attributes:
        effective: The day the raise applies from.
        percent: The raise, such as ``Decimal("11")`` for +11%.
        until: The last day of the contract period it opens, when known.
        urls: Where the raise was seen.
        confidence: How far it can be trusted.
        note: What the sources say beyond the figure.
    """

    effective: date = attrs.field(validator=_plain_date)
    percent: Decimal = attrs.field(converter=to_decimal, validator=finite_decimal)
    until: date | None = attrs.field(default=None, validator=[_OPT_DATE, not_before("effective")])
    urls: tuple[str, ...] = _urls()
    confidence: Confidence = attrs.field(
        default=Confidence.MEDIUM, converter=Confidence, kw_only=True
    )
    note: str | None = _note()


class Guild(enum.StrEnum):
    """Which side of the 2023 strikes a union stands for: the writers or the actors."""

    WRITERS = "writers"
    ACTORS = "actors"


@attrs.frozen(kw_only=True)
class Strike:
    """One strike in the history of the writers' and actors' unions.

    Attributes:
        name: A short name, such as ``"2023 WGA strike"``.
        guild: Writers or actors.
        unions: The unions that struck, as the sources name them.
        sector: What work was struck, such as ``"TV/theatrical"`` or ``"video games"``.
        year: The year it began.
        started: The first day, when sourced.
        started_month: The month it began, when only the month is sourced.
        ended: The last day, when sourced.
        counterparty: Whom it was against.
        stated_durations: Durations as the sources state them (they disagree).
        variants: Other values some sources give, kept with their URLs.
        urls: Where the dates used here were seen.
        confidence: How far the dates can be trusted.
        note: Which value the helpers use where sources disagree, and why.
    """

    name: str = attrs.field(validator=[_STR, non_blank])
    guild: Guild = attrs.field(converter=Guild)
    unions: tuple[str, ...] = tuple_field(str)
    sector: str = attrs.field(validator=[_STR, non_blank])
    year: int = attrs.field(validator=_YEAR)
    started: date | None = attrs.field(default=None, validator=_OPT_DATE)
    started_month: YearMonth | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(YearMonth))
    )
    ended: date | None = attrs.field(default=None, validator=[_OPT_DATE, not_before("started")])
    counterparty: str | None = attrs.field(default=None, validator=_OPT_STR)
    stated_durations: tuple[str, ...] = tuple_field(str)
    variants: tuple[Variant, ...] = tuple_field(Variant)
    urls: tuple[str, ...] = _urls()
    confidence: Confidence = attrs.field(
        default=Confidence.MEDIUM, converter=Confidence, kw_only=True
    )
    note: str | None = _note()

    def source(self) -> Source:
        """This entry as the :class:`~aistrike.Source` of a check."""
        return Source(f"{self.name}: {self.period()}", self.urls, self.confidence)

    def period(self) -> str:
        """The dates as known, such as ``"2023-05-02 to 2023-09-27"``."""
        start = self.started.isoformat() if self.started else str(self.started_month or self.year)
        end = self.ended.isoformat() if self.ended else "end not sourced"
        return f"{start} to {end}"

    def in_progress_on(self, day: date) -> bool:
        """Whether the strike was under way on *day*; False when its start or end is not sourced."""
        if self.started is None or self.ended is None:
            return False
        return self.started <= day <= self.ended


@attrs.frozen(kw_only=True)
class Release:
    """The release of a show or film made with AI.

    Attributes:
        title: Its title in English.
        kind: What it is.
        released: The first day it was available.
        producer: Who made or released it.
        variants: Other dates and titles sources give.
        urls: Where the date was seen.
        confidence: How far the date can be trusted.
        note: What the sources say beyond the date.
    """

    title: str = attrs.field(validator=[_STR, non_blank])
    kind: str = attrs.field(validator=[_STR, non_blank])
    released: date = attrs.field(validator=_plain_date)
    producer: str | None = attrs.field(default=None, validator=_OPT_STR)
    variants: tuple[Variant, ...] = tuple_field(Variant)
    urls: tuple[str, ...] = _urls()
    confidence: Confidence = attrs.field(
        default=Confidence.MEDIUM, converter=Confidence, kw_only=True
    )
    note: str | None = _note()

    def source(self) -> Source:
        """This entry as the :class:`~aistrike.Source` of a check."""
        return Source(
            f"{self.title} ({self.kind}) released {self.released.isoformat()}",
            self.urls,
            self.confidence,
        )
