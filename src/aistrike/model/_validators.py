"""Small attrs validators shared by the model classes.

Each raises a builtin ``ValueError`` (or ``TypeError``) whose message names the
class, the field and the offending value.
"""

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from itertools import repeat
from typing import Any

import attrs


def _where(inst: object, attribute: "attrs.Attribute[Any]") -> str:
    return f"{type(inst).__name__}.{attribute.name}"


def finite_decimal(inst: object, attribute: "attrs.Attribute[Any]", value: Decimal) -> None:
    """Refuse NaN and infinities."""
    if not value.is_finite():
        msg = f"{_where(inst, attribute)} must be a finite number, got {value!r}"
        raise ValueError(msg)


def non_negative(inst: object, attribute: "attrs.Attribute[Any]", value: Decimal | int) -> None:
    """Refuse negative numbers."""
    if value < 0:
        msg = f"{_where(inst, attribute)} must not be negative, got {value!r}"
        raise ValueError(msg)


def positive(inst: object, attribute: "attrs.Attribute[Any]", value: Decimal | int) -> None:
    """Refuse zero and negative numbers."""
    if value <= 0:
        msg = f"{_where(inst, attribute)} must be greater than zero, got {value!r}"
        raise ValueError(msg)


def non_blank(inst: object, attribute: "attrs.Attribute[Any]", value: str) -> None:
    """Refuse empty or whitespace-only strings."""
    if not value.strip():
        msg = f"{_where(inst, attribute)} must not be blank, got {value!r}"
        raise ValueError(msg)


def to_decimal(value: object) -> Decimal:
    """Convert ints and numeric strings to Decimal; refuse floats and bools.

    Floats are refused because they cannot hold cents exactly.
    """
    if isinstance(value, Decimal):
        return value
    if isinstance(value, bool | float):
        msg = f"expected a Decimal, int or numeric string, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except ArithmeticError:
            msg = f"not a number: {value!r}"
            raise ValueError(msg) from None
    msg = f"expected a Decimal, int or numeric string, got {type(value).__name__} {value!r}"
    raise TypeError(msg)


def not_before(
    other: str,
) -> Callable[[object, "attrs.Attribute[Any]", date | None], None]:
    """Refuse a date earlier than the date held in the sibling field *other*."""

    def check(inst: object, attribute: "attrs.Attribute[Any]", value: date | None) -> None:
        earlier = getattr(inst, other)
        if value is not None and isinstance(earlier, date) and value < earlier:
            msg = (
                f"{_where(inst, attribute)} ({value.isoformat()}) must not be before "
                f"{other} ({earlier.isoformat()})"
            )
            raise ValueError(msg)

    return check


def _to_tuple(value: object) -> tuple[Any, ...]:
    if isinstance(value, str):
        msg = f"expected a sequence, got the single string {value!r}"
        raise TypeError(msg)
    return tuple(value)  # type: ignore[arg-type]


def tuple_field(
    cls: type,
    *,
    also: Callable[[Any, "attrs.Attribute[Any]", Any], None] | None = None,
    kw_only: bool | None = None,
) -> Any:
    """An ``attrs.field`` holding a tuple of *cls*, converted from any sequence except a str.

    Args:
        cls: The type of every item.
        also: One more validator, run after the item check.
        kw_only: Passed to ``attrs.field``.
    """

    def items(inst: object, attribute: "attrs.Attribute[Any]", value: tuple[Any, ...]) -> None:
        # one check of every item; the converter has made the value a tuple already
        if not all(map(isinstance, value, repeat(cls))):
            index, item = next((i, x) for i, x in enumerate(value) if not isinstance(x, cls))
            msg = (
                f"{_where(inst, attribute)}[{index}] must be {cls.__name__}, "
                f"got {type(item).__name__} {item!r}"
            )
            raise TypeError(msg)
        if also is not None:
            also(inst, attribute, value)

    return attrs.field(default=(), converter=_to_tuple, validator=items, kw_only=kw_only)
