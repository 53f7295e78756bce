"""Who the facts are about: organisations, people and documents."""

import enum

import attrs

from aistrike.model._validators import non_blank, tuple_field


_STR = attrs.validators.instance_of(str)
_OPT_STR = attrs.validators.optional([_STR, non_blank])


class OrganizationKind(enum.StrEnum):
    """What sort of organisation an :class:`Organization` is."""

    STUDIO = "studio"
    STREAMER = "streamer"
    UNION = "union"
    TRADE_ASSOCIATION = "trade association"
    COMPANY = "company"
    PUBLISHER = "publisher"
    OTHER = "other"


@attrs.frozen
class Organization:
    """A company, union, studio, streamer or publisher.

    Attributes:
        name: The canonical name, such as ``"SAG-AFTRA"``.
        kind: What sort of organisation it is.
        aliases: The other names it was found under in the text, such as
            ``("Screen Actors Guild",)``; never includes ``name``.

    Examples:
        >>> Organization("WGA", OrganizationKind.UNION, aliases=("Writers Guild of America",)).kind
        <OrganizationKind.UNION: 'union'>
    """

    name: str = attrs.field(validator=[_STR, non_blank])
    kind: OrganizationKind = attrs.field(default=OrganizationKind.OTHER, converter=OrganizationKind)
    aliases: tuple[str, ...] = tuple_field(str)


@attrs.frozen
class Person:
    """A named person.

    Attributes:
        name: The name as written, such as ``"Duncan Crabtree-Ireland"``.
        role: What the text says they are, such as ``"chief negotiator"``.
        affiliation: The organisation the role belongs to, when stated.

    Examples:
        >>> Person("Rob Delaney", role="actor").role
        'actor'
    """

    name: str = attrs.field(validator=[_STR, non_blank])
    role: str | None = attrs.field(default=None, validator=_OPT_STR, kw_only=True)
    affiliation: Organization | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Organization)),
        kw_only=True,
    )


class DocumentKind(enum.StrEnum):
    """What sort of document a :class:`Document` is."""

    JOB_LISTING = "job listing"
    STATEMENT = "statement"
    PROPOSAL = "proposal"
    REPORT = "report"
    OTHER = "other"


@attrs.frozen
class Document:
    """A document that "speaks" in a story, such as a job listing quoted word for word.

    Attributes:
        kind: What sort of document it is.
        issuer: The organisation that published it, when known.

    Examples:
        >>> str(Document(DocumentKind.JOB_LISTING, Organization("Netflix")))
        'Netflix job listing'
    """

    kind: DocumentKind = attrs.field(converter=DocumentKind)
    issuer: Organization | None = attrs.field(
        default=None,
        validator=attrs.validators.optional(attrs.validators.instance_of(Organization)),
    )

    def __str__(self) -> str:
        if self.issuer is None:
            return self.kind.value
        return f"{self.issuer.name} {self.kind.value}"
