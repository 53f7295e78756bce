from decimal import Decimal

import pytest

from hypothesis import given
from hypothesis import strategies as st

import aistrike

from aistrike import DeserializationError, Money, Span, Story, from_json, to_json
from aistrike.strategies import STRATEGIES


class TestRoundTrip:
    @pytest.mark.parametrize("cls", list(STRATEGIES), ids=lambda c: c.__name__)
    @given(data=st.data())
    def test_every_class(self, cls, data):
        """from_json(to_json(x), type(x)) == x for every model class."""
        value = data.draw(STRATEGIES[cls])
        assert from_json(to_json(value), cls) == value

    def test_strategy_for_every_model_class(self):
        """Every exported attrs class has a shipped strategy."""
        import attrs  # noqa: PLC0415

        exported = {
            getattr(aistrike, n) for n in aistrike.__all__ if attrs.has(getattr(aistrike, n))
        }
        assert exported <= set(STRATEGIES)

    @given(st.from_type(aistrike.JobPosting))
    def test_entry_point_registers_strategies(self, posting):
        """st.from_type works through the hypothesis entry point."""
        assert isinstance(posting, aistrike.JobPosting)

    def test_own_converter(self):
        """A converter from make_json_converter() round-trips on its own hooks."""
        from aistrike.serialization import make_json_converter  # noqa: PLC0415

        converter = make_json_converter()
        story = aistrike.load_seed()
        assert converter.loads(converter.dumps(story), Story) == story

    def test_decimals_in_positional_notation(self):
        """An amount held with an exponent is written out in full: "900000", not "9E+5"."""
        pay = aistrike.Pay(aistrike.Money(Decimal("9E+5")), aistrike.PayUnit.YEAR)
        assert '"900000"' in to_json(pay)
        assert from_json(to_json(pay), aistrike.Pay) == pay

    def test_seed(self):
        """The seed's story survives the round trip."""
        story = aistrike.load_seed()
        assert from_json(to_json(story), Story) == story


class TestBadJson:
    def test_not_json(self):
        """Invalid JSON is a DeserializationError (a ValueError)."""
        with pytest.raises(ValueError, match="not valid JSON"):
            from_json("{", Money)

    def test_float_amount(self):
        """Floats are refused with the path."""
        with pytest.raises(DeserializationError, match=r"got float 1\.5 @ \$\.amount"):
            from_json('{"amount": 1.5, "currency": "USD"}', Money)

    def test_missing_field(self):
        """A missing field is named by path."""
        with pytest.raises(DeserializationError, match=r"required field missing @ \$\.end"):
            from_json('{"start": 1}', Span)

    def test_extra_field(self):
        """Unknown keys are refused."""
        with pytest.raises(DeserializationError, match=r"extra fields \['x'\]"):
            from_json('{"start": 1, "end": 2, "x": 0}', Span)

    def test_bad_currency_deep(self):
        """A bad currency deep in a story names its path."""
        story = aistrike.load_seed()
        text = to_json(story).replace('"currency": "USD"', '"currency": "usd"', 1)
        with pytest.raises(DeserializationError) as info:
            from_json(text, Story)
        assert info.value.errors[0].endswith("@ $.job_postings[0].pay.amount")
        assert "Money.currency" in info.value.errors[0]

    def test_span_beyond_text(self):
        """A span past the end of the article is refused."""
        text = '{"article": {"text": "abc", "published": null, "title": null, "source": null}, "quotes": [{"speaker": {"name": "A", "role": null, "affiliation": null, "type": "Person"}, "text": "x", "evidence": [{"start": 0, "end": 9}]}]}'
        with pytest.raises(DeserializationError, match="past the end of the article text"):
            from_json(text, Story)

    def test_string_for_int(self):
        """No silent coercion of "5" to 5."""
        with pytest.raises(DeserializationError, match="expected int, got str"):
            from_json('{"start": "5", "end": 6}', Span)
