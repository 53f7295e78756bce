"""JSON for every model class, through one cattrs converter.

The converter builds on :func:`cattrs.preconf.json.make_converter` with
``forbid_extra_keys=True``. Decimals travel as strings (floats are refused:
they lose cents), dates as ISO 8601, enums by value. The unions of the model
(a quote's speaker; ``Pay.amount``) are tagged with a ``"type"`` key naming the class.
"""

import enum
import functools
import json

from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

import cattrs

from cattrs.preconf.json import JsonConverter, make_converter
from cattrs.strategies import configure_tagged_union

from aistrike.exceptions import DeserializationError
from aistrike.model import Document, Money, MoneyRange, Organization, Person
from aistrike.tables import ClaimChecks


T = TypeVar("T")

_TAG = "type"


def _decimal_from_json(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        msg = f'expected a decimal string such as "900000.00", got {type(value).__name__} {value!r}'
        raise TypeError(msg)
    try:
        return Decimal(value)
    except InvalidOperation:
        msg = f"not a decimal: {value!r}"
        raise ValueError(msg) from None


def _strict(kind: type) -> Any:
    """Structure *kind* only from a JSON value of that very kind (no ``str(1)``, no ``int(5.7)``)."""

    def structure(value: object, _: type) -> object:
        if type(value) is not kind:
            msg = f"expected {kind.__name__}, got {type(value).__name__} {value!r}"
            raise TypeError(msg)
        return value

    return structure


def _enum_from_json(value: object, cls: type[enum.StrEnum]) -> enum.StrEnum:
    if not isinstance(value, str):
        msg = f"expected a string, got {type(value).__name__} {value!r}"
        raise TypeError(msg)
    try:
        return cls(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in cls)
        msg = f"{value!r} is not a {cls.__name__}; expected one of {allowed}"
        raise ValueError(msg) from None


def _decimal_to_json(value: Decimal) -> str:
    """A Decimal as a string in positional notation: "900000", never "9E+5".

    Examples:
        >>> _decimal_to_json(Decimal("9E+5")), _decimal_to_json(Decimal("1.50"))
        ('900000', '1.50')
    """
    return format(value, "f")


def make_json_converter() -> JsonConverter:
    """Return a new converter configured for the aistrike model.

    Use it to add your own hooks without touching the one behind
    :func:`to_json` and :func:`from_json`.
    """
    conv = make_converter(forbid_extra_keys=True)
    conv.register_unstructure_hook(Decimal, _decimal_to_json)
    conv.register_structure_hook(Decimal, _decimal_from_json)
    for kind in (str, int, bool):
        conv.register_structure_hook(kind, _strict(kind))
    conv.register_structure_hook(enum.StrEnum, _enum_from_json)  # before the str hook in the MRO
    configure_tagged_union(Person | Organization | Document, conv, tag_name=_TAG)
    for union in (Person | Organization, Money | MoneyRange):
        configure_tagged_union(union, conv, tag_name=_TAG)
        _allow_none(conv, union)

    def claimed_from_json(value: object, _: type) -> Decimal | Money:
        if isinstance(value, dict):
            return conv.structure(value, Money)
        return _decimal_from_json(value, Decimal)

    conv.register_structure_hook(Decimal | Money, claimed_from_json)
    # check_claims() returns a tuple subclass; write it as the JSON list of its checks
    conv.register_unstructure_hook(
        ClaimChecks, lambda checks: [conv.unstructure(c) for c in checks]
    )
    return conv


def _allow_none(conv: JsonConverter, union: Any) -> None:
    """Route ``union | None`` through the tagged-union hooks of *union*."""
    optional = union | None
    structure = conv.get_structure_hook(union)
    unstructure = conv.get_unstructure_hook(union)
    conv.register_structure_hook(
        optional, lambda value, _: None if value is None else structure(value, union)
    )
    conv.register_unstructure_hook(
        optional, lambda value: None if value is None else unstructure(value)
    )


@functools.cache
def _converter() -> JsonConverter:
    """The converter behind :func:`to_json` and :func:`from_json`, built on first use."""
    return make_json_converter()


def to_json(obj: object, *, indent: int | None = None) -> str:
    """Serialise a model object (a :class:`~aistrike.Story`, a fact, ...) to JSON.

    Args:
        obj: Any instance of a model class.
        indent: Indentation for pretty output; None for one line.

    Returns:
        The JSON text. :func:`from_json` reads it back to an equal object.

    Examples:
        >>> from aistrike import Money
        >>> to_json(Money(900_000))
        '{"amount": "900000", "currency": "USD"}'
    """
    return _converter().dumps(obj, indent=indent, ensure_ascii=False)


def from_json(data: str | bytes, cls: type[T]) -> T:
    """Read JSON written by :func:`to_json` back into an instance of *cls*.

    Args:
        data: The JSON text.
        cls: The model class to build, such as :class:`~aistrike.Story`.

    Returns:
        The object, validated like any other.

    Raises:
        DeserializationError: The text is not JSON, or does not describe *cls*;
            the message lists each problem with its JSON path.

    Examples:
        >>> from aistrike import Money
        >>> from_json('{"amount": "100", "currency": "GBP"}', Money)
        Money(amount=Decimal('100'), currency='GBP')
        >>> from_json('{"amount": 100.5, "currency": "GBP"}', Money)
        Traceback (most recent call last):
        ...
        aistrike.exceptions.DeserializationError: not a valid Money: expected a decimal string such as "900000.00", got float 100.5 @ $.amount
    """
    try:
        raw: Any = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        msg = f"not valid JSON: {exc}"
        raise DeserializationError(msg, (msg,)) from None
    try:
        return _converter().structure(raw, cls)
    except cattrs.BaseValidationError as exc:
        errors = tuple(cattrs.transform_error(exc, format_exception=_describe))
    except (cattrs.StructureHandlerNotFoundError, cattrs.ForbiddenExtraKeysError) as exc:
        errors = (f"{exc} @ $",)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        errors = (f"{_describe(exc, None)} @ $",)
    msg = f"not a valid {cls.__name__}: " + "; ".join(errors)
    raise DeserializationError(msg, errors) from None


def _describe(exc: BaseException, type_: object) -> str:
    if isinstance(exc, KeyError):
        return "required field missing"
    if isinstance(exc, AttributeError):
        return "expected a JSON object"
    if isinstance(exc, cattrs.ForbiddenExtraKeysError):
        return f"extra fields {sorted(exc.extra_fields)}"
    if isinstance(exc, TypeError | ValueError) and exc.args and isinstance(exc.args[0], str):
        return exc.args[0]  # attrs validators put the message first, then (attribute, ...)
    return cattrs.v.format_exception(exc, type_)  # type: ignore[arg-type]
