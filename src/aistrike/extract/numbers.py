"""Money, ranges, pay rates and number words, with their character offsets.

Every pattern here is a sequence of single character classes and literal
alternatives with bounded repeats, with no nested quantifiers, so a match
attempt is linear in what it consumes and the whole scan is linear in the text.
"""

import re

from collections.abc import Callable
from decimal import Decimal, InvalidOperation

import attrs

from aistrike.extract import _regex
from aistrike.model import Money, MoneyRange, Pay, PayUnit


_CURRENCY_PREFIX = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "£": "GBP",
    "gbp": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "₹": "INR",
    "rs": "INR",
    "rs.": "INR",
    "inr": "INR",
    "c$": "CAD",
    "ca$": "CAD",
    "a$": "AUD",
    "au$": "AUD",
    "nz$": "NZD",
}
_CURRENCY_WORD = {"dollars": "USD", "pounds": "GBP", "euros": "EUR", "rupees": "INR"}
_SCALE = {
    "k": 10**3,
    "thousand": 10**3,
    "m": 10**6,
    "mn": 10**6,
    "million": 10**6,
    "bn": 10**9,
    "b": 10**9,
    "billion": 10**9,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
    "cr": 10**7,
}

# A number: 900,000 or 900000 or 7.4 (the comma groups are exactly three digits), or in
# Indian groups, 9,00,000 or 7,40,00,000; written as its first digit and the rest, so that
# _AMOUNT_BY_WORD can test what comes before it.
_AFTER_FIRST_DIGIT = r"(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d?(?:,\d\d)+,\d{3}(?:\.\d+)?|\d*(?:\.\d+)?)"
_NUMBER = rf"\d{_AFTER_FIRST_DIGIT}"
_SCALE_WORDS = r"(?:thousand|million|billion|crores?|lakhs?|bn|mn|cr|[kKmMbB])(?![\w])"
# A "$" after a capital is another currency's (HK$, S$): not read as US dollars. The test
# comes after the sign, so that re still skips ahead to the choice of first characters.
_AMOUNT = _regex.compile(
    r"(?P<cur>US\$|C\$|CA\$|A\$|AU\$|NZ\$|\$(?<![A-Z]\$)|£|€|₹|(?<![\w])(?:Rs\.?|USD|GBP|EUR|INR)[ \u00a0]?)"
    rf"[ \u00a0]?(?P<num>{_NUMBER})(?:[ \u00a0]?(?P<scale>{_SCALE_WORDS}))?"
    r"|(?<![\w$£€₹.,])(?P<num2>" + _NUMBER + r")(?:[ \u00a0](?P<scale2>" + _SCALE_WORDS + r"))?"
    r"[ \u00a0](?:(?:US|U\.S\.)[ \u00a0])?(?P<word>dollars|pounds|euros|rupees)\b"
)
# _AMOUNT's two alternatives, rewritten to open with what re skips ahead to: a choice of
# characters (the word-start tests after the first letter), and a digit (the test
# for what may not come before it after that digit). Searched apart by _AmountSearch,
# they find what _AMOUNT.search finds (tests/extract/test_regex_search.py).
_AMOUNT_BY_SIGN = _regex.compile(
    r"(?P<cur>US\$|C\$|CA\$|A\$|AU\$|NZ\$|\$(?<![A-Z]\$)|£|€|₹|R(?<!\wR)s\.?[ \u00a0]?|U(?<!\wU)SD[ \u00a0]?"
    r"|G(?<!\wG)BP[ \u00a0]?|E(?<!\wE)UR[ \u00a0]?|I(?<!\wI)NR[ \u00a0]?)"
    rf"[ \u00a0]?(?P<num>{_NUMBER})(?:[ \u00a0]?(?P<scale>{_SCALE_WORDS}))?"
)
_AMOUNT_BY_WORD = _regex.compile(
    rf"(?P<num2>\d(?<![\w$£€₹.,]\d){_AFTER_FIRST_DIGIT})"
    r"(?:[ \u00a0](?P<scale2>" + _SCALE_WORDS + r"))?"
    r"[ \u00a0](?:(?:US|U\.S\.)[ \u00a0])?(?P<word>dollars|pounds|euros|rupees)\b"  # "900,000 US dollars"
)


_SPELLED_WORDS = (
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    "|eighty|ninety"
)
# An amount in words before its currency word: "nine hundred thousand dollars", "half a
# million dollars", "a hundred and fifty pounds". Tried only in the few characters before a
# currency word (_SpelledSearch), with the end of the text at the word's end.
_AMOUNT_IN_WORDS = _regex.compile(
    rf"(?<![\w-])(?P<spelled>(?:half[ \u00a0]a|an?|{_SPELLED_WORDS})"
    rf"(?:[ \u00a0-](?:{_SPELLED_WORDS}|hundred|thousand|million|billion|and)){{0,8}})"
    r"[ \u00a0](?:(?:US|U\.S\.)[ \u00a0])?(?P<word>dollars|pounds|euros|rupees)\Z",
    re.IGNORECASE,
)
_SPELLED_REACH = 100  # how far before a currency word its amount in words may begin
_UNSOUGHT = -2  # a currency word not looked for yet (-1: not in the text)
_TEEN = 10
_SPELLED_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}


def _spelled(words: str) -> Decimal | None:
    """The amount that number words give: "nine hundred thousand" is 900,000; None if they give none.

    Examples:
        >>> _spelled("nine hundred thousand"), _spelled("half a million"), _spelled("a hundred and fifty")
        (Decimal('900000'), Decimal('500000'), Decimal('150'))
        >>> _spelled("a") is None, _spelled("one two") is None
        (True, True)
    """
    parts = re.split(r"[\s-]+", words.lower())
    factor = Decimal(1)
    if parts[:2] == ["half", "a"]:
        factor, parts = Decimal("0.5"), ["a", *parts[2:]]
    total, current, last = 0, 0, ""
    for part in parts:
        if part in ("a", "an"):
            current = 1
        elif part in _UNITS or part in _TENS:
            value = _UNITS.get(part) or _TENS.get(part, 0)
            if (
                last in _UNITS
                or (last in _TENS and part in _TENS)
                or (last in _TENS and value >= _TEEN)
            ):
                return None  # "one two", "twenty thirty": no number
            current += value
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in _SPELLED_SCALES:
            total, current = total + (current or 1) * _SPELLED_SCALES[part], 0
        last = part
    amount = (total + current) * factor
    # "a" alone, or "half a" with nothing after: no amount; nor one of a single unit ("a dollars")
    if (
        amount <= 0
        or parts[-1] in ("a", "an", "and")
        or (len(parts) == 1 and parts[0] in ("a", "an"))
    ):
        return None
    return _plain(amount)


class _AmountSearch:
    """``_AMOUNT.search(text, pos, stop)``, by its alternatives, each found once and kept.

    A third alternative, an amount in words before a currency word, is found from
    the currency words (:class:`_SpelledSearch`).
    """

    def __init__(self, text: str, stop: int) -> None:
        self.text = text
        self.stop = stop
        self.spelled = _SpelledSearch(text, stop)
        self.found: list[tuple[int, re.Match[str] | None]] = [(-1, None), (-1, None), (-1, None)]
        if not any(word in text for word in _CURRENCY_WORD):
            # no "dollars" or the like: no amount by word, in figures or words, from 0 on
            self.found[1] = self.found[2] = (0, None)

    def __call__(self, pos: int) -> re.Match[str] | None:
        best = None
        searches: tuple[Callable[[str, int, int], re.Match[str] | None], ...] = (
            _AMOUNT_BY_SIGN.search,
            _AMOUNT_BY_WORD.search,
            self.spelled,
        )
        for index, search in enumerate(searches):
            searched_from, match = self.found[index]
            if (
                searched_from < 0
                or searched_from > pos
                or (match is not None and match.start() < pos)
            ):
                match = search(self.text, pos, self.stop)
                self.found[index] = (pos, match)
            if match is not None and (best is None or match.start() < best.start()):
                best = match  # on a tie the first alternative wins, as in _AMOUNT
        return best


class _SpelledSearch:
    """The first amount in words from an offset on, found from the currency words after it.

    Where each currency word comes next is kept between calls: as the offsets asked for
    only grow, the text is read once however many amounts it holds.
    """

    def __init__(self, text: str, stop: int) -> None:
        self.text, self.stop = text, stop
        self.upcoming = dict.fromkeys(_CURRENCY_WORD, _UNSOUGHT)

    def __call__(self, _text: str, pos: int, _stop: int) -> re.Match[str] | None:
        """Called as ``pattern.search(text, pos, stop)`` is; the text is the one given first."""
        for word, at in self.upcoming.items():
            if at == _UNSOUGHT or 0 <= at < pos:
                self.upcoming[word] = self.text.find(word, pos, self.stop)
        while True:
            ahead = [(at, word) for word, at in self.upcoming.items() if at >= 0]
            if not ahead:
                return None
            at, word = min(ahead)
            end = at + len(word)
            self.upcoming[word] = self.text.find(word, end, self.stop)
            if end < len(self.text) and (self.text[end].isalnum() or self.text[end] == "-"):
                continue  # "dollarsign"
            match = _AMOUNT_IN_WORDS.search(self.text, max(pos, at - _SPELLED_REACH), end)
            if match is not None and _spelled(match.group("spelled")) is not None:
                return match


_THOUSANDS_OR_DECIMALS = _regex.compile(r"\d{1,3}\.\d{3}")
_RANGE_LINK = _regex.compile(r"[ \u00a0]*(?:to|and|-|–|—)[ \u00a0]*")
_BARE_NUMBER = _regex.compile(rf"(?P<num>{_NUMBER})(?:[ \u00a0]?(?P<scale>{_SCALE_WORDS}))?")
_BETWEEN = _regex.compile(r"\b(?:between|from)[ \u00a0]+\Z", re.IGNORECASE)
_UP_TO = _regex.compile(
    r"\b(?:up to|as much as|as high as|a maximum of|at most)[ \u00a0]+\Z", re.IGNORECASE
)
_CONVERSION = _regex.compile(
    r"[ \u00a0]*\((?:about|around|roughly|approximately|approx\.|nearly|some|or|c\.|~)?[ \u00a0]*"
    # or set off by "or" ("$900,000, or roughly ₹7.4 crore,"): no bracket to close
    r"|(?P<or>,?[ \u00a0]+or[ \u00a0]+(?:about|around|roughly|approximately|nearly|some|~)?[ \u00a0]*)"
)

_UNIT_WORDS = {
    "hour": PayUnit.HOUR,
    "hr": PayUnit.HOUR,
    "hours": PayUnit.HOUR,
    "hrs": PayUnit.HOUR,
    "day": PayUnit.DAY,
    "days": PayUnit.DAY,
    "week": PayUnit.WEEK,
    "weeks": PayUnit.WEEK,
    "wk": PayUnit.WEEK,
    "month": PayUnit.MONTH,
    "months": PayUnit.MONTH,
    "mo": PayUnit.MONTH,
    "year": PayUnit.YEAR,
    "years": PayUnit.YEAR,
    "yr": PayUnit.YEAR,
    "annum": PayUnit.YEAR,
}
_RATE = _regex.compile(
    r"[ \u00a0]*(?:/[ \u00a0]?|(?:a|an|per|each|every)[ \u00a0]+)(?P<unit>hour|hr|day|week|wk|month|mo|year|yr|annum)\b"
    r"|-(?:a|an|per)-(?P<hyphened>hour|day|week|month|year)\b"  # "£700,000-a-year"
    r"|[ \u00a0]+(?P<pa>p\.[ \u00a0]?a\.)"  # "$900K p.a."
    r"|[ \u00a0]+(?P<adverb>annually|yearly|hourly|daily|weekly|monthly)\b"
    r"|[ \u00a0]+for[ \u00a0]+(?:at[ \u00a0]+least[ \u00a0]+|just[ \u00a0]+|only[ \u00a0]+)?"
    r"(?P<count>\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half[ \u00a0]an?)"
    # "for an eight-hour day", "for a full day": the length of the day said with it
    r"[ \u00a0]+(?:(?:[a-z]{3,6}|\d{1,2})-hour[ \u00a0]+|full[ \u00a0]+)?(?P<units>hours?|days?|weeks?|months?)\b"
    # "$300 for a two-hour session": its length
    r"|[ \u00a0]+for[ \u00a0]+an?[ \u00a0]+(?P<length>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r"-(?P<length_unit>hour|day|week)[ \u00a0]+(?:session|shift|stint|shoot|study|gig)\b",
    re.IGNORECASE,
)
_ADVERBS = {
    "annually": PayUnit.YEAR,
    "yearly": PayUnit.YEAR,
    "hourly": PayUnit.HOUR,
    "daily": PayUnit.DAY,
    "weekly": PayUnit.WEEK,
    "monthly": PayUnit.MONTH,
}

_UNITS = {
    "zero": 0,
    "one": 1,
    "a": 1,
    "an": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_NUMBER_WORD = _regex.compile(
    r"(?<![\w-])(?:(?P<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?P<unit>one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?P<small>zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
    r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?P<dozen>a dozen|half a dozen)"
    r"|(?P<digits>\d{1,3}(?:,\d{3})+|\d+)(?P<times>x)?)"
    r"(?:[ \u00a0](?P<dozens>dozen))?(?![\w-])"  # "three dozen": 36
    # not the first word of a bigger number: "nine hundred thousand", "35 million viewers"
    r"(?![\s-]+(?:hundred|thousand|million|billion|lakh|crore)\b)",
    re.IGNORECASE,
)


@attrs.frozen
class MoneyMention:
    """An amount of money found in a text.

    Attributes:
        start: Offset of the first character (the currency sign, or "up to").
        end: Offset one past the last character (past the rate, when there is one).
        value: The amount or the range.
        per: The rate unit written after it ("a year", "/yr"), if any.
        quantity: How many units the amount pays for ("for two hours" gives 2).
        conversions: The same amount in other currencies, given in brackets; for a
            range, a range ("$300,000 to $900,000 (£233,000 to £698,900)",
            "$300,000 (£233,000) to $900,000 (£698,900)").
        up_to: Whether the text gives it as a ceiling ("up to $900,000").
    """

    start: int
    end: int
    value: Money | MoneyRange
    per: PayUnit | None = None
    quantity: Decimal = Decimal(1)
    conversions: tuple[Money | MoneyRange, ...] = ()
    up_to: bool = False

    def pay(self, default: PayUnit = PayUnit.ONCE) -> Pay:
        """Return the mention as a :class:`~aistrike.Pay`, with *default* when no rate is written."""
        return Pay(self.value, self.per or default, self.quantity)


def _to_money(number: str, scale: str | None, currency: str) -> Money | None:
    if not scale and _THOUSANDS_OR_DECIMALS.fullmatch(number):
        return None  # "€830.000": 830,000 in much of Europe, 830 in English; not read
    try:
        amount = Decimal(number.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern only admits digits
        return None
    if scale:
        amount *= _SCALE[scale.lower()]
    if amount > 10**15:
        return None  # no news figure is this large: a run of digits, not money
    return Money(_plain(amount) if scale else amount, currency)


def _plain(amount: Decimal) -> Decimal:
    """*amount* without trailing zeros, and with no exponent: "$1.2 million" is 1200000, not 1.2E+6.

    Examples:
        >>> _plain(Decimal("1.2") * 1_000_000), _plain(Decimal("7.45") * 10_000_000)
        (Decimal('1200000'), Decimal('74500000'))
        >>> _plain(Decimal("1.2505") * 1000)
        Decimal('1250.5')
    """
    amount = amount.normalize()
    return amount.quantize(Decimal(1)) if amount == amount.to_integral_value() else amount


def _amount_at(match: re.Match[str]) -> Money | None:
    groups = match.groupdict()  # of _AMOUNT, or of one of its alternatives
    if groups.get("num") is not None:
        code = _CURRENCY_PREFIX[groups["cur"].strip().lower()]
        return _to_money(groups["num"], groups["scale"], code)
    code = _CURRENCY_WORD[groups["word"].lower()]
    if groups.get("spelled") is not None:  # "nine hundred thousand dollars"
        amount = _spelled(groups["spelled"])
        return None if amount is None else Money(amount, code)
    return _to_money(groups["num2"], groups["scale2"], code)


def number_value(word: str) -> Decimal | None:
    """Read a count written in digits or words: "35", "thirty-five", "a dozen", "35x".

    Examples:
        >>> number_value("thirty-five")
        Decimal('35')
        >>> number_value("three dozen")
        Decimal('36')
        >>> number_value("banana") is None
        True
    """
    match = _NUMBER_WORD.fullmatch(word.strip())
    return None if match is None else _number_from(match)


def _number_from(match: re.Match[str]) -> Decimal:
    value = _counted(match)
    return value * 12 if match.group("dozens") else value


def _counted(match: re.Match[str]) -> Decimal:
    if match.group("digits"):
        return Decimal(match.group("digits").replace(",", ""))
    if match.group("dozen"):
        return Decimal(6 if match.group("dozen").lower().startswith("half") else 12)
    if match.group("small"):
        return Decimal(_UNITS[match.group("small").lower()])
    total = _TENS[match.group("tens").lower()]
    if match.group("unit"):
        total += _UNITS[match.group("unit").lower()]
    return Decimal(total)


@attrs.frozen
class NumberMention:
    """A count found in a text, in digits or words."""

    start: int
    end: int
    value: Decimal


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Find counts ("35", "thirty-five", "a dozen") between *start* and *end*.

    Examples:
        >>> [n.value for n in find_numbers("thirty-five actors and 12 writers")]
        [Decimal('35'), Decimal('12')]
    """
    stop = len(text) if end is None else end
    return [
        NumberMention(m.start(), m.end(), _number_from(m))
        for m in _NUMBER_WORD.finditer(text, start, stop)
    ]


def find_money(text: str, start: int = 0, end: int | None = None) -> list[MoneyMention]:
    """Find amounts of money between *start* and *end*, with ranges, rates and conversions.

    An amount in another currency right after an amount, bracketed or after "or"
    ("$900,000, or about £698,900"), is kept as a conversion of it, not as a second
    amount.

    Examples:
        >>> [str(m.value) for m in find_money("a range of $300,000 to $900k a year")]
        ['$300,000 to $900,000']
        >>> m = find_money("up to $900,000 (£698,900)")[0]
        >>> str(m.value), [str(c) for c in m.conversions], m.up_to
        ('$900,000', ['£698,900'], True)
        >>> [str(c) for c in find_money("$900,000, or roughly ₹7.4 crore, a year")[0].conversions]
        ['₹74,000,000']
        >>> str(find_money("$300 for a two-hour session")[0].pay())
        '$300 for 2 hours'
        >>> m = find_money("$150 an hour for at least two hours")[0]
        >>> str(m.pay())
        '$150 an hour'
    """
    stop = len(text) if end is None else end
    found: list[MoneyMention] = []
    position = start
    search = _AmountSearch(text, stop)
    while True:
        match = search(position)
        if match is None:
            return found
        position = max(match.end(), position + 1)
        money = _amount_at(match)
        if money is None:
            continue
        mention_start, cursor = match.start(), match.end()
        value: Money | MoneyRange = money
        # A range: "X to Y", "X-Y", "between X and Y"; Y may omit the currency sign. Each
        # end may bring its conversion: "$300,000 (£233,000) to $900,000 (£698,900)".
        low_as, after_low = _conversions(text, cursor, stop, money)
        link = _RANGE_LINK.match(text, after_low, stop)
        between = _BETWEEN.search(text, max(0, mention_start - 12), mention_start)
        conversions: tuple[Money | MoneyRange, ...] = ()
        if link is not None and (between is not None or link.group().strip() != "and"):
            high, high_end, shared = _range_end(text, link.end(), stop, money)
            money = _in_scale_of(match, money, high, shared)
            if high is not None and high.currency == money.currency and high >= money:
                value, cursor = MoneyRange(money, high), high_end
                if between is not None:
                    mention_start = between.start()
                if low_as:
                    high_as, cursor = _conversions(text, cursor, stop, high)
                    conversions = _ends_converted(low_as[0], high_as[0] if high_as else None)
        up_to = _UP_TO.search(text, max(0, mention_start - 20), mention_start)
        if up_to is not None and isinstance(value, Money):
            mention_start = up_to.start()
        if not conversions:
            conversions, cursor = _conversions(text, cursor, stop, value)
        per, quantity, cursor = _rate(text, cursor, stop)
        found.append(
            MoneyMention(
                mention_start, cursor, value, per, quantity, conversions, up_to is not None
            )
        )
        position = max(position, cursor)


def _in_scale_of(match: re.Match[str], low: Money, high: Money | None, shared: int) -> Money:
    """The low end of a range in the scale of its high end, when it has none: "$300-900k"."""
    if (
        high is None
        or not shared
        or match.groupdict().get("scale")
        or low.amount * shared > high.amount
    ):
        return low
    return Money(low.amount * shared, low.currency)


def _range_end(text: str, at: int, stop: int, low: Money) -> tuple[Money | None, int, int]:
    """The high end of a range at *at*, where it ends, and its scale when the low end may share it.

    In "$300-900k" the high end, with no currency of its own, is in thousands,
    and so is the low end: the scale (1,000) comes back, else 0.
    """
    match = _AMOUNT.match(text, at, stop)
    if match is not None:
        return _amount_at(match), match.end(), 0
    bare = _BARE_NUMBER.match(text, at, stop)
    if bare is None:
        return None, at, 0
    scale = bare.group("scale")
    high = _to_money(bare.group("num"), scale, low.currency)
    return high, bare.end(), _SCALE[scale.lower()] if scale and high is not None else 0


def _conversions(
    text: str, at: int, stop: int, value: Money | MoneyRange
) -> tuple[tuple[Money | MoneyRange, ...], int]:
    """The conversion of *value* at *at*, bracketed or after "or", and where it ends; a range's may be a range."""
    opening = _CONVERSION.match(text, at, stop)
    if opening is None:
        return (), at
    inner = _AMOUNT.match(text, opening.end(), stop)
    if inner is None:
        return (), at
    converted: Money | MoneyRange | None = _amount_at(inner)
    close = inner.end()
    if isinstance(value, MoneyRange) and isinstance(converted, Money):
        link = _RANGE_LINK.match(text, close, stop)
        if link is not None:  # "(£233,000 to £698,900)"
            high, high_end, _ = _range_end(text, link.end(), stop, converted)
            if high is not None and high.currency == converted.currency and high >= converted:
                converted, close = MoneyRange(converted, high), high_end
    if converted is None or converted.currency == value.currency:
        return (), at  # "$300,000 or $900,000": two amounts, not one in two currencies
    if opening.group("or") is not None:
        return (converted,), close
    if close < stop and text[close] == ")":
        return (converted,), close + 1
    return (), at


def _ends_converted(
    low: Money | MoneyRange, high: Money | MoneyRange | None
) -> tuple[Money | MoneyRange, ...]:
    """A range's conversion from the conversions of its ends, when they make a range."""
    if (
        isinstance(low, Money)
        and isinstance(high, Money)
        and low.currency == high.currency
        and low <= high
    ):
        return (MoneyRange(low, high),)
    return ()


def _rate(text: str, at: int, stop: int) -> tuple[PayUnit | None, Decimal, int]:
    match = _RATE.match(text, at, stop)
    if match is None:
        return None, Decimal(1), at
    unit = match.group("unit") or match.group("hyphened")
    if unit:
        return _UNIT_WORDS[unit.lower()], Decimal(1), match.end()
    if match.group("pa"):
        return PayUnit.YEAR, Decimal(1), match.end()
    if match.group("adverb"):
        return _ADVERBS[match.group("adverb").lower()], Decimal(1), match.end()
    count_text = (match.group("count") or match.group("length")).lower()
    if count_text.startswith("half"):
        count = Decimal("0.5")
    elif count_text[0].isdigit():
        count = Decimal(count_text)
    else:
        count = Decimal(_UNITS[count_text])
    if count <= 0:
        return None, Decimal(1), at
    return (
        _UNIT_WORDS[(match.group("units") or match.group("length_unit")).lower()],
        count,
        match.end(),
    )
