from decimal import Decimal

import pytest

from hypothesis import given
from hypothesis import strategies as st

from aistrike import CurrencyMismatchError, Money, MoneyRange, Pay, PayUnit
from aistrike.strategies import money


class TestMoneyValidation:
    def test_converts_ints_and_strings(self):
        """Ints and numeric strings become Decimals."""
        assert Money(900_000).amount == Decimal(900000)
        assert Money("25714.29").amount == Decimal("25714.29")

    @pytest.mark.parametrize("bad", [1.5, True])
    def test_refuses_floats_and_bools(self, bad):
        """Floats lose cents; bools are not amounts."""
        with pytest.raises(TypeError, match="expected a Decimal"):
            Money(bad)

    @pytest.mark.parametrize("bad", ["NaN", "Infinity", "-Infinity"])
    def test_refuses_non_finite(self, bad):
        """NaN and infinities are refused, naming the field."""
        with pytest.raises(ValueError, match=r"Money\.amount must be a finite number"):
            Money(Decimal(bad))

    def test_refuses_non_numeric_string(self):
        """A string that is not a number is refused."""
        with pytest.raises(ValueError, match="not a number"):
            Money("nine hundred")

    @pytest.mark.parametrize("bad", ["usd", "US", "USDX", "U$D"])
    def test_refuses_bad_currency(self, bad):
        """Currencies are three upper-case letters."""
        with pytest.raises(ValueError, match=r"Money\.currency must be an ISO 4217 code"):
            Money(1, bad)

    def test_str(self):
        """str() is human."""
        assert str(Money(900_000)) == "$900,000"
        assert str(Money("698900", "GBP")) == "£698,900"
        assert str(Money("1.5", "CHF")) == "CHF 1.50"
        assert str(Money(-100)) == "-$100"


class TestMoneyArithmetic:
    @given(money("USD"), money("USD"))
    def test_add_then_subtract(self, a, b):
        """a + b - b == a."""
        assert a + b - b == a

    @given(money("USD"), money("USD"))
    def test_ordering_is_total(self, a, b):
        """Exactly one of <, ==, > holds."""
        assert [a < b, a == b, a > b].count(True) == 1

    @given(money("USD"), st.integers(1, 1000))
    def test_multiply_then_divide(self, a, n):
        """(a * n) / n == a."""
        assert (a * n) / n == a

    def test_mixing_currencies_refused(self):
        """Arithmetic and comparison across currencies raise CurrencyMismatchError (a ValueError)."""
        with pytest.raises(CurrencyMismatchError, match="USD and GBP"):
            Money(1) + Money(1, "GBP")
        with pytest.raises(ValueError, match="USD and GBP"):
            _ = Money(1) < Money(1, "GBP")

    def test_ratio(self):
        """The ratio of two amounts is a Decimal."""
        assert Money(900_000).ratio(Money(26_470)).quantize(Decimal("0.0001")) == Decimal("34.0008")


class TestMoneyRange:
    def test_low_above_high_refused(self):
        """low <= high."""
        with pytest.raises(ValueError, match=r"MoneyRange\.high .* must not be below low"):
            MoneyRange(Money(900), Money(300))

    def test_mixed_currency_refused(self):
        """One currency per range."""
        with pytest.raises(CurrencyMismatchError):
            MoneyRange(Money(300), Money(900, "GBP"))

    def test_negative_refused(self):
        """A pay range is not negative."""
        with pytest.raises(ValueError, match="must not be negative"):
            MoneyRange(Money(-1), Money(1))


class TestPay:
    def test_quantity_positive(self):
        """Quantity must be greater than zero."""
        with pytest.raises(ValueError, match=r"Pay\.quantity must be greater than zero"):
            Pay(Money(300), PayUnit.HOUR, 0)

    def test_amount_type(self):
        """The amount is Money, a range or None."""
        with pytest.raises(TypeError, match=r"Pay\.amount must be Money"):
            Pay(300, PayUnit.HOUR)  # type: ignore[arg-type]

    def test_unit_converted(self):
        """Units may be given by value."""
        assert Pay(None, "day").per is PayUnit.DAY

    def test_str(self):
        """str() reads as the article would."""
        assert str(Pay(Money(300), PayUnit.HOUR, 2)) == "$300 for 2 hours"
        assert str(Pay(None, PayUnit.DAY)) == "one day's pay"
