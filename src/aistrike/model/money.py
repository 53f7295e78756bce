"""Money, ranges of money and pay rates.

Amounts are :class:`~decimal.Decimal`, never ``float``; arithmetic is allowed
only between amounts of one currency.
"""

import enum

from decimal import Decimal
from typing import Any

import attrs

from aistrike.exceptions import CurrencyMismatchError
from aistrike.model._validators import finite_decimal, non_negative, positive, to_decimal


_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹", "JPY": "¥"}


class PayUnit(enum.StrEnum):
    """The period a pay amount is stated for."""

    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    ONCE = "once"


def _currency(inst: object, attribute: "attrs.Attribute[Any]", value: str) -> None:
    if len(value) != 3 or not value.isascii() or not value.isupper() or not value.isalpha():  # noqa: PLR2004
        msg = (
            f"{type(inst).__name__}.{attribute.name} must be an ISO 4217 code of three "
            f"upper-case letters, got {value!r}"
        )
        raise ValueError(msg)


def _same_currency(op: str, a: "Money", b: object) -> "Money":
    if not isinstance(b, Money):
        msg = f"cannot {op} Money and {type(b).__name__}"
        raise TypeError(msg)
    if a.currency != b.currency:
        msg = f"cannot {op} {a.currency} and {b.currency}"
        raise CurrencyMismatchError(msg)
    return b


@attrs.frozen(order=False)
class Money:
    """An amount of money in one currency.

    Attributes:
        amount: The amount, a finite Decimal. Ints and numeric strings are
            converted; floats are refused because they lose cents.
        currency: ISO 4217 code, three upper-case letters.

    Examples:
        >>> Money(900_000)
        Money(amount=Decimal('900000'), currency='USD')
        >>> str(Money(300) - Money(200))
        '$100'
        >>> str(Money("25714.2857", "GBP"))
        '£25,714.2857'
    """

    amount: Decimal = attrs.field(converter=to_decimal, validator=finite_decimal)
    currency: str = attrs.field(
        default="USD", validator=[attrs.validators.instance_of(str), _currency]
    )

    def __str__(self) -> str:
        sign = "-" if self.amount < 0 else ""
        magnitude = abs(self.amount)
        if magnitude == magnitude.to_integral_value():
            digits = f"{int(magnitude):,}"
        elif magnitude.as_tuple().exponent == -1:
            digits = f"{magnitude:,.2f}"
        else:
            digits = f"{magnitude:,f}"
        symbol = _SYMBOLS.get(self.currency)
        if symbol is None:
            return f"{sign}{self.currency} {digits}"
        return f"{sign}{symbol}{digits}"

    def __add__(self, other: "Money") -> "Money":
        other = _same_currency("add", self, other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: "Money") -> "Money":
        other = _same_currency("subtract", self, other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> "Money":
        return Money(-self.amount, self.currency)

    def __mul__(self, factor: int | Decimal) -> "Money":
        if isinstance(factor, bool) or not isinstance(factor, int | Decimal):
            return NotImplemented
        return Money(self.amount * factor, self.currency)

    __rmul__ = __mul__

    def __truediv__(self, divisor: int | Decimal) -> "Money":
        if isinstance(divisor, bool) or not isinstance(divisor, int | Decimal):
            return NotImplemented
        return Money(self.amount / divisor, self.currency)

    def ratio(self, other: "Money") -> Decimal:
        """Return ``self / other`` as an exact-as-possible Decimal (same currency only).

        Examples:
            >>> Money(300).ratio(Money(200))
            Decimal('1.5')
        """
        other = _same_currency("divide", self, other)
        return self.amount / other.amount

    def __lt__(self, other: "Money") -> bool:
        return self.amount < _same_currency("compare", self, other).amount

    def __le__(self, other: "Money") -> bool:
        return self.amount <= _same_currency("compare", self, other).amount

    def __gt__(self, other: "Money") -> bool:
        return self.amount > _same_currency("compare", self, other).amount

    def __ge__(self, other: "Money") -> bool:
        return self.amount >= _same_currency("compare", self, other).amount


def _money_not_negative(inst: object, attribute: "attrs.Attribute[Any]", value: Money) -> None:
    non_negative(inst, attribute, value.amount)


def _high_not_below_low(
    inst: "MoneyRange", attribute: "attrs.Attribute[Any]", value: Money
) -> None:
    if value.currency != inst.low.currency:
        msg = (
            f"MoneyRange.{attribute.name} is in {value.currency} but low is in "
            f"{inst.low.currency}; a range has one currency"
        )
        raise CurrencyMismatchError(msg)
    if value < inst.low:
        msg = f"MoneyRange.{attribute.name} ({value}) must not be below low ({inst.low})"
        raise ValueError(msg)


@attrs.frozen
class MoneyRange:
    """A range of money such as "$300,000 to $900,000", in one currency.

    Attributes:
        low: The lower bound, not negative.
        high: The upper bound, in the currency of ``low`` and not below it.

    Examples:
        >>> str(MoneyRange(Money(300_000), Money(900_000)))
        '$300,000 to $900,000'
    """

    low: Money = attrs.field(validator=[attrs.validators.instance_of(Money), _money_not_negative])
    high: Money = attrs.field(validator=[attrs.validators.instance_of(Money), _high_not_below_low])

    @property
    def currency(self) -> str:
        """The currency of both bounds."""
        return self.low.currency

    def __str__(self) -> str:
        return f"{self.low} to {self.high}"


def _to_unit(value: str) -> PayUnit:
    """A unit as given, or its name ("hour") read as one; refuses anything else."""
    return value if type(value) is PayUnit else PayUnit(value)


def _pay_amount(inst: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    if value is None:
        return
    if isinstance(value, Money):
        non_negative(inst, attribute, value.amount)
        return
    if not isinstance(value, MoneyRange):
        msg = f"Pay.amount must be Money, MoneyRange or None, got {type(value).__name__} {value!r}"
        raise TypeError(msg)


@attrs.frozen
class Pay:
    """A pay rate: an amount for a quantity of a unit of time.

    "$300 for two hours" is ``Pay(Money(300), PayUnit.HOUR, 2)``: the amount
    pays for ``quantity`` units in all. "$150 an hour" is
    ``Pay(Money(150), PayUnit.HOUR)``. "One day's pay" is
    ``Pay(None, PayUnit.DAY)``: a rate whose amount the text leaves unstated.

    Attributes:
        amount: The money paid for ``quantity`` units, a range, or None when unstated.
        per: The unit of time.
        quantity: How many units ``amount`` pays for; greater than zero.

    Examples:
        >>> str(Pay(Money(300), PayUnit.HOUR, 2))
        '$300 for 2 hours'
        >>> str(Pay(MoneyRange(Money(300_000), Money(900_000)), PayUnit.YEAR))
        '$300,000 to $900,000 a year'
        >>> str(Pay(None, PayUnit.DAY))
        "one day's pay"
    """

    amount: Money | MoneyRange | None = attrs.field(validator=_pay_amount)
    per: PayUnit = attrs.field(converter=_to_unit)
    quantity: Decimal = attrs.field(
        default=Decimal(1), converter=to_decimal, validator=[finite_decimal, positive]
    )

    def __str__(self) -> str:
        count = self.quantity.normalize()
        if self.amount is None:
            if count == 1:
                return f"one {self.per.value}'s pay"
            return f"{count:f} {self.per.value}s' pay"
        if self.per is PayUnit.ONCE:
            return str(self.amount)
        if count == 1:
            article = "an" if self.per is PayUnit.HOUR else "a"
            return f"{self.amount} {article} {self.per.value}"
        return f"{self.amount} for {count:f} {self.per.value}s"
