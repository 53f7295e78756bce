"""The article a story was read from, and spans of evidence inside it."""

from datetime import date, datetime
from typing import Any

import attrs

from aistrike.model._validators import non_blank


def _plain_date(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is None:
        return
    if isinstance(value, datetime) or not isinstance(value, date):
        msg = (
            f"{type(inst).__name__}.{attribute.name} must be a datetime.date or None, "
            f"got {type(value).__name__} {value!r}"
        )
        raise TypeError(msg)


def _optional_str(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str):
        msg = f"{type(inst).__name__}.{attribute.name} must be a str or None, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    non_blank(inst, attribute, value)


@attrs.frozen
class Article:
    """A news article, exactly as read.

    Attributes:
        text: The full text exactly as read, header line included; every
            :class:`Span` indexes this string.
        published: The publication date, from the `` date YYYY-MM-DD`` header or
            given by the caller; None when unknown.
        title: The headline, when known.
        source: Where the text came from: a file name or a URL.

    Examples:
        >>> import datetime
        >>> Article("WGA writers walk out.", published=datetime.date(2023, 5, 2)).published
        datetime.date(2023, 5, 2)
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    published: date | None = attrs.field(default=None, validator=_plain_date, kw_only=True)
    title: str | None = attrs.field(default=None, validator=_optional_str, kw_only=True)
    source: str | None = attrs.field(default=None, validator=_optional_str, kw_only=True)


def _end_not_before_start(inst: "Span", attribute: "attrs.Attribute[Any]", value: int) -> None:
    if value < inst.start:
        msg = f"Span.{attribute.name} ({value}) must not be before start ({inst.start})"
        raise ValueError(msg)


def _non_negative_int(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        msg = f"{type(inst).__name__}.{attribute.name} must be an int, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    if value < 0:
        msg = f"{type(inst).__name__}.{attribute.name} must not be negative, got {value!r}"
        raise ValueError(msg)


@attrs.frozen
class Span:
    """Half-open character offsets into :attr:`Article.text` (spaCy semantics).

    ``article.text[span.start:span.end]`` is the evidence.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character; ``end >= start``.

    Examples:
        >>> text = "The WGA is on strike."
        >>> Span(4, 7).of(text)
        'WGA'
    """

    start: int = attrs.field(validator=_non_negative_int)
    end: int = attrs.field(validator=[_non_negative_int, _end_not_before_start])

    def of(self, text: str) -> str:
        """Return the part of *text* this span covers.

        Raises:
            ValueError: When the span reaches past the end of *text*.
        """
        if self.end > len(text):
            msg = f"Span({self.start}, {self.end}) reaches past the end of a text of {len(text)} characters"
            raise ValueError(msg)
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start
