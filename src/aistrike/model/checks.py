"""The verdict on one figure a story quotes, and the sources behind it."""

import enum

from decimal import Decimal

import attrs

from aistrike.model._validators import non_blank, tuple_field
from aistrike.model.evidence import Span


_STR = attrs.validators.instance_of(str)


class Verdict(enum.StrEnum):
    """How a stated figure compares with the reference data."""

    ACCURATE = "accurate"
    APPROXIMATE = "approximately accurate"
    INACCURATE = "inaccurate"
    UNVERIFIABLE = "unverifiable"


class Confidence(enum.StrEnum):
    """How far a source can be trusted (H, M, L in the reference notes)."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


@attrs.frozen
class Source:
    """A reference entry a check relied on.

    Attributes:
        label: What the entry states, such as ``"SAG-AFTRA Health Plan threshold, 2023: $26,470"``.
        urls: Where the figure was seen.
        confidence: How far the figure can be trusted.
    """

    label: str = attrs.field(validator=[_STR, non_blank])
    urls: tuple[str, ...] = tuple_field(str)
    confidence: Confidence = attrs.field(default=Confidence.MEDIUM, converter=Confidence)


@attrs.frozen(kw_only=True)
class ClaimCheck:
    """The verdict on one checkable statement of a story.

    Attributes:
        claim: What the text says, in short.
        verdict: How it compares with the reference data.
        stated: The figure the text states, as written or normalised (``"35"``, ``"2023-05-07"``).
        computed: The figure the reference data gives, or None when it gives none.
        explanation: One sentence with the numbers.
        sources: The reference entries used.
        evidence: Where the story states the claim.
        difference: Computed minus stated, where both are numbers.
    """

    claim: str = attrs.field(validator=[_STR, non_blank])
    verdict: Verdict = attrs.field(converter=Verdict)
    stated: str = attrs.field(validator=_STR)
    computed: str | None = attrs.field(default=None, validator=attrs.validators.optional(_STR))
    explanation: str = attrs.field(validator=[_STR, non_blank])
    sources: tuple[Source, ...] = tuple_field(Source)
    evidence: tuple[Span, ...] = tuple_field(Span)
    difference: Decimal | None = attrs.field(default=None)
