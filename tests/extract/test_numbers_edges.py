"""Edge cases of the money reader, each a form news text really uses."""

from decimal import Decimal

import pytest

from aistrike import Money, MoneyRange, PayUnit
from aistrike.extract.numbers import find_money, find_numbers


def only(text):
    (mention,) = find_money(text)
    return mention


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("paid 900,000 dollars", Money(900_000)),
        ("paid 900,000 US dollars", Money(900_000)),
        ("paid 900,000 U.S. dollars", Money(900_000)),
        ("paid 2 million pounds", Money(2_000_000, "GBP")),
        ("a budget of Rs 7.4 crore", Money(74_000_000, "INR")),
        ("between $300,000 and $900,000", MoneyRange(Money(300_000), Money(900_000))),
        ("$300-900", MoneyRange(Money(300), Money(900))),
        ("$300k to $900k", MoneyRange(Money(300_000), Money(900_000))),
        # the low end in the high end's scale, when it has none of its own
        ("$300-900k", MoneyRange(Money(300_000), Money(900_000))),
        ("$1-2 million", MoneyRange(Money(1_000_000), Money(2_000_000))),
        ("between $1.5 and 2 million", MoneyRange(Money(1_500_000), Money(2_000_000))),
        ("$500 to 2 million", MoneyRange(Money(500), Money(2_000_000))),  # no range in millions
        # Indian groups of two digits
        ("Rs 74,00,000", Money(7_400_000, "INR")),
        ("₹7,40,00,000", Money(74_000_000, "INR")),
        ("AU$1.4 million", Money(1_400_000, "AUD")),
        ("NZ$1m", Money(1_000_000, "NZD")),
    ],
)
def test_values(text, value):
    assert only(text).value == value


def test_a_range_that_goes_down_is_two_amounts_not_a_range():
    values = [m.value for m in find_money("from $900 to $300")]
    assert values == [Money(900), Money(300)]


def test_a_range_across_currencies_is_not_a_range():
    values = [m.value for m in find_money("£698,900 to $900,000")]
    assert values == [Money(698_900, "GBP"), Money(900_000)]


def test_a_conversion_in_brackets_is_the_same_pay():
    mention = only("up to $900,000 (£698,900) a year")
    assert mention.conversions == (Money(698_900, "GBP"),)
    assert mention.per is PayUnit.YEAR
    assert mention.up_to


@pytest.mark.parametrize(
    "text",
    [
        "$300,000 to $900,000 (£233,000 to £698,900) a year",
        "$300,000 (£233,000) to $900,000 (£698,900) a year",
    ],
)
def test_a_range_converted_in_brackets_is_one_range(text):
    mention = only(text)
    assert mention.value == MoneyRange(Money(300_000), Money(900_000))
    assert mention.conversions == (MoneyRange(Money(233_000, "GBP"), Money(698_900, "GBP")),)
    assert mention.per is PayUnit.YEAR


def test_a_range_with_one_end_converted_keeps_no_conversion():
    mention = only("$300,000 (£233,000) to $900,000 a year")
    assert mention.value == MoneyRange(Money(300_000), Money(900_000))
    assert mention.conversions == ()


@pytest.mark.parametrize("text", ["$900,000 ($900,000)", "$900,000 (£698,900", "$900,000 (or so)"])
def test_brackets_that_are_not_a_conversion(text):
    assert find_money(text)[0].conversions == ()


@pytest.mark.parametrize(
    ("text", "per", "quantity"),
    [
        ("$300 for two hours", PayUnit.HOUR, Decimal(2)),
        ("$150 for half a day", PayUnit.DAY, Decimal("0.5")),
        ("$300 for 3 days", PayUnit.DAY, Decimal(3)),
        ("$900k/yr", PayUnit.YEAR, Decimal(1)),
        ("$900,000 annually", PayUnit.YEAR, Decimal(1)),
        ("£700,000-a-year", PayUnit.YEAR, Decimal(1)),
        ("$187-a-day", PayUnit.DAY, Decimal(1)),
        ("£700k-per-year", PayUnit.YEAR, Decimal(1)),
        ("$900K p.a.", PayUnit.YEAR, Decimal(1)),
        ("$300 for 0 hours", None, Decimal(1)),
        ("$187 for an eight-hour day", PayUnit.DAY, Decimal(1)),
        ("$187 for a 10-hour day", PayUnit.DAY, Decimal(1)),
        ("$187 for a full day", PayUnit.DAY, Decimal(1)),
    ],
)
def test_rates(text, per, quantity):
    mention = find_money(text)[0]
    assert (mention.per, mention.quantity) == (per, quantity)


def test_a_run_of_digits_is_not_money():
    assert find_money("$" + "9" * 30) == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("thirty-five actors and 12 writers", [35, 12]),
        ("nine hundred thousand dollars", []),  # not 9: a bigger number, not read
        ("35 million viewers", []),
        ("900 thousand fans", []),
    ],
)
def test_a_count_is_not_the_first_word_of_a_bigger_number(text, counts):
    assert [n.value for n in find_numbers(text)] == counts


@pytest.mark.parametrize(
    "text",
    [
        "HK$5 million",  # another currency's dollars, not US dollars
        "S$900,000",
        "€830.000",  # 830,000 in much of Europe, 830 in English: not read
        "$1.500",
    ],
)
def test_amounts_not_read_rather_than_misread(text):
    assert find_money(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("$900K", "900000"),
        ("$1.2 million", "1200000"),
        ("Rs 7.45 crore", "74500000"),
        ("$1.25k", "1250"),
    ],
)
def test_a_scaled_amount_has_no_exponent(text, amount):
    """ "$900K" is 900000, written so in JSON, not 9E+5."""
    value = find_money(text)[0].value
    assert isinstance(value, Money)
    assert str(value.amount) == amount


@pytest.mark.parametrize(
    ("text", "value", "said"),
    [
        (
            "pays nine hundred thousand dollars a year",
            Money(900_000),
            "nine hundred thousand dollars a year",
        ),
        ("Nine hundred thousand dollars, he said", Money(900_000), "Nine hundred thousand dollars"),
        ("about half a million dollars", Money(500_000), "half a million dollars"),
        ("a million dollars", Money(1_000_000), "a million dollars"),
        ("twenty-five thousand dollars", Money(25_000), "twenty-five thousand dollars"),
        ("a hundred and fifty pounds", Money(150, "GBP"), "a hundred and fifty pounds"),
        (
            "one million two hundred thousand euros",
            Money(1_200_000, "EUR"),
            "one million two hundred thousand euros",
        ),
    ],
)
def test_an_amount_in_words(text, value, said):
    mention = only(text)
    assert mention.value == value
    assert text[mention.start : mention.end] == said


def test_an_amount_in_words_keeps_its_rate():
    assert str(only("three hundred dollars for two hours").pay()) == "$300 for 2 hours"


@pytest.mark.parametrize(
    "text",
    [
        "thousands of dollars",
        "millions of dollars in losses",
        "a few hundred dollars",
        "one of the dollars",
        "one two dollars",
        "twenty thirty dollars",
        "the dollars",
    ],
)
def test_no_amount_in_words(text):
    assert find_money(text) == []


def test_many_amounts_in_words_are_read_in_one_pass():
    text = "nine dollars, " * 2_000
    assert len(find_money(text)) == 2_000
