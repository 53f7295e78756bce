"""The facts a story holds: postings, labour actions, proposals, comparisons, productions, quotes.

Every fact carries ``evidence``: the spans of the article it was read from. One
real-world fact is one object, however many sentences mention it.
"""

import enum

from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from aistrike.model._validators import non_blank, not_before, to_decimal, tuple_field
from aistrike.model.evidence import Span, _plain_date
from aistrike.model.money import Money, Pay
from aistrike.model.parties import Document, Organization, Person


_STR = attrs.validators.instance_of(str)
_OPT_STR = attrs.validators.optional([_STR, non_blank])
_ORG = attrs.validators.instance_of(Organization)
_OPT_ORG = attrs.validators.optional(_ORG)
_OPT_PERSON = attrs.validators.optional(attrs.validators.instance_of(Person))
_OPT_PAY = attrs.validators.optional(attrs.validators.instance_of(Pay))
_OPT_BOOL = attrs.validators.optional(attrs.validators.instance_of(bool))


@attrs.frozen
class YearMonth:
    """A month of a year, for dates the text gives only to the month ("since May").

    Attributes:
        year: The year, 1 to 9999.
        month: The month, 1 to 12.

    Examples:
        >>> str(YearMonth(2023, 5))
        '2023-05'
    """

    year: int = attrs.field(
        validator=[
            attrs.validators.instance_of(int),
            attrs.validators.ge(1),
            attrs.validators.le(9999),
        ]
    )
    month: int = attrs.field(
        validator=[
            attrs.validators.instance_of(int),
            attrs.validators.ge(1),
            attrs.validators.le(12),
        ]
    )

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def contains(self, day: date) -> bool:
        """Tell whether *day* falls in this month."""
        return (day.year, day.month) == (self.year, self.month)


@attrs.frozen(kw_only=True)
class JobPosting:
    """A job an employer advertised.

    Attributes:
        employer: Who is hiring.
        title: The job title as the text gives it, such as ``"AI product manager"``.
        pay: The advertised pay, when stated.
        location: Where the job is based, when stated.
        duties: Phrases quoted from the listing that describe the work.
        evidence: Every span that mentions this posting.
    """

    employer: Organization = attrs.field(validator=_ORG)
    title: str | None = attrs.field(default=None, validator=_OPT_STR)
    pay: Pay | None = attrs.field(default=None, validator=_OPT_PAY)
    location: str | None = attrs.field(default=None, validator=_OPT_STR)
    duties: tuple[str, ...] = tuple_field(str)
    evidence: tuple[Span, ...] = tuple_field(Span, kw_only=True)


class LabourActionKind(enum.StrEnum):
    """What sort of labour action."""

    STRIKE = "strike"
    LOCKOUT = "lockout"
    WALKOUT = "walkout"


class Demand(enum.StrEnum):
    """What a union asks for."""

    AI_PROTECTION = "AI protection"
    PAY = "pay"
    RESIDUALS = "residuals"
    HEALTH_AND_PENSION = "health and pension"
    STAFFING = "staffing"
    TRANSPARENCY = "transparency"


def _month_only_when_day_unknown(
    inst: "LabourAction", attribute: "attrs.Attribute[Any]", value: YearMonth | None
) -> None:
    if value is not None and inst.started is not None:
        msg = (
            f"LabourAction.{attribute.name} is for starts known only to the month; "
            f"started is already {inst.started.isoformat()}"
        )
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class LabourAction:
    """A strike or other labour action by a union.

    Attributes:
        union: The union taking action.
        kind: Strike, lockout or walkout.
        started: The first day, when the text gives the day.
        started_month: The month it started, when the text gives only the
            month ("since May"); None when ``started`` is known. A day is never invented.
        ended: The last day, when known; not before ``started``.
        demands: What the union asks for.
        counterparty: Whom the action is against, such as the studios.
        evidence: Every span that mentions this action.
    """

    union: Organization = attrs.field(validator=_ORG)
    kind: LabourActionKind = attrs.field(
        default=LabourActionKind.STRIKE, converter=LabourActionKind
    )
    started: date | None = attrs.field(default=None, validator=_plain_date)
    started_month: YearMonth | None = attrs.field(
        default=None,
        validator=[
            attrs.validators.optional(attrs.validators.instance_of(YearMonth)),
            _month_only_when_day_unknown,
        ],
    )
    ended: date | None = attrs.field(default=None, validator=[_plain_date, not_before("started")])
    demands: tuple[Demand, ...] = tuple_field(Demand)
    counterparty: Organization | None = attrs.field(default=None, validator=_OPT_ORG)
    evidence: tuple[Span, ...] = tuple_field(Span, kw_only=True)


@attrs.frozen(kw_only=True)
class LikenessScanProposal:
    """A proposal to scan performers and reuse their likeness.

    Attributes:
        proposer: Who made the proposal (for example the studios' AMPTP).
        affected: Who would be scanned, such as ``"background performers"``.
        payment: What the scanned performer is paid, such as one day's pay.
        owner: Who would own the scan, such as ``"the company"``.
        perpetual: Whether the scan could be used forever.
        consent_required: Whether later use needs the performer's consent; None when not stated.
        compensated_reuse: Whether later use is paid; None when not stated.
        scope: Where the scan could be used, such as ``"any project"``.
        reported_by: Who described the proposal, when the text names them.
        evidence: Every span that describes this account of the proposal.
    """

    proposer: Organization | None = attrs.field(default=None, validator=_OPT_ORG)
    affected: str = attrs.field(validator=[_STR, non_blank])
    payment: Pay | None = attrs.field(default=None, validator=_OPT_PAY)
    owner: str | None = attrs.field(default=None, validator=_OPT_STR)
    perpetual: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    consent_required: bool | None = attrs.field(default=None, validator=_OPT_BOOL)
    compensated_reuse: bool | None = attrs.field(default=None, validator=_OPT_BOOL)
    scope: str | None = attrs.field(default=None, validator=_OPT_STR)
    reported_by: Person | None = attrs.field(default=None, validator=_OPT_PERSON)
    evidence: tuple[Span, ...] = tuple_field(Span, kw_only=True)


class ComparisonKind(enum.StrEnum):
    """What a :class:`CompensationComparison` claims."""

    COVERS_COUNT = "covers count"
    """An amount pays for N of something ("could qualify thirty-five actors")."""
    EXCEEDS_BY = "exceeds by"
    """An amount is more than a benchmark by a sum ("$100 more than the day rate")."""
    MULTIPLE_OF = "multiple of"
    """An amount is N times a benchmark ("four times the day rate")."""


class Benchmark(enum.StrEnum):
    """What a comparison measures an amount against."""

    HEALTH_PLAN_THRESHOLD = "SAG-AFTRA health plan earnings threshold"
    BACKGROUND_DAY_RATE = "SAG-AFTRA background actor day rate"
    OTHER = "other"


def _claimed(value: object) -> Decimal | Money:
    if isinstance(value, Money):
        return value
    return to_decimal(value)


def _claimed_valid(
    _inst: object, attribute: "attrs.Attribute[Any]", value: Decimal | Money
) -> None:
    number = value.amount if isinstance(value, Money) else value
    if not number.is_finite():
        msg = f"CompensationComparison.{attribute.name} must be finite, got {value!r}"
        raise ValueError(msg)


@attrs.frozen(kw_only=True)
class CompensationComparison:
    """A comparison the text makes between an amount and a benchmark.

    Attributes:
        kind: What the comparison claims.
        amount: The pay being compared, such as $900,000 a year.
        against: The benchmark it is measured against.
        against_text: The benchmark in the text's own words.
        claimed: The claimed figure: a count (35) or a sum of money ($100).
        speaker: Who makes the comparison; None when the article itself does.
        evidence: The spans that make the comparison.
    """

    kind: ComparisonKind = attrs.field(converter=ComparisonKind)
    amount: Pay = attrs.field(validator=attrs.validators.instance_of(Pay))
    against: Benchmark = attrs.field(default=Benchmark.OTHER, converter=Benchmark)
    against_text: str | None = attrs.field(default=None, validator=_OPT_STR)
    claimed: Decimal | Money = attrs.field(converter=_claimed, validator=_claimed_valid)
    speaker: Person | Organization | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of((Person, Organization))),
    )
    evidence: tuple[Span, ...] = tuple_field(Span, kw_only=True)


@attrs.frozen(kw_only=True)
class AIProduction:
    """A show, film or product made with AI.

    Attributes:
        title: Its title, such as ``"Deep Fake Love"``.
        kind: What it is, in the text's words, such as ``"reality dating show"``.
        origin: Where it comes from, when stated (``"Spanish"``).
        producer: Who made or released it, when stated.
        launched: The release date, when the text gives the day.
        evidence: Every span that mentions it.
    """

    title: str = attrs.field(validator=[_STR, non_blank])
    kind: str | None = attrs.field(default=None, validator=_OPT_STR)
    origin: str | None = attrs.field(default=None, validator=_OPT_STR)
    producer: Organization | None = attrs.field(default=None, validator=_OPT_ORG)
    launched: date | None = attrs.field(default=None, validator=_plain_date)
    evidence: tuple[Span, ...] = tuple_field(Span, kw_only=True)


@attrs.frozen(kw_only=True)
class Precedent:
    """A claim that something happened "for the first time since <year>".

    Attributes:
        event: What happened, in short, such as ``"joint strike"``.
        since: The year the text names as the last time it happened.
        parties: Who is involved, such as both unions.
        evidence: The spans that make the claim.
    """

    event: str = attrs.field(validator=[_STR, non_blank])
    since: int = attrs.field(
        validator=[
            attrs.validators.instance_of(int),
            attrs.validators.ge(1),
            attrs.validators.le(9999),
        ]
    )
    parties: tuple[Organization, ...] = tuple_field(Organization)
    evidence: tuple[Span, ...] = tuple_field(Span, kw_only=True)


@attrs.frozen(kw_only=True)
class Quote:
    """Words the text quotes, with who or what said them.

    Attributes:
        speaker: A person, an organisation, or a document such as a job listing.
        text: The quoted words, without the quotation marks.
        evidence: The span of the quoted words in the article.
    """

    speaker: Person | Organization | Document = attrs.field(
        validator=attrs.validators.instance_of((Person, Organization, Document))
    )
    text: str = attrs.field(validator=[_STR, non_blank])
    evidence: tuple[Span, ...] = tuple_field(Span, kw_only=True)
