"""Comparisons of pay against a benchmark.

"Could qualify 35 actors for health insurance" and "$100 more than the daily
rate for background actors" are the two shapes recognised.
"""

import functools
import itertools
import re

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from decimal import Decimal

import attrs

from aistrike.extract import _regex
from aistrike.extract.context import Context
from aistrike.extract.numbers import MoneyMention, NumberMention, find_numbers
from aistrike.extract.postings import find_job_postings
from aistrike.extract.quotes import PRONOUN_REACH
from aistrike.extract.text import Sentence
from aistrike.extract.vocabulary import EMPLOYER_KINDS, NEGATED, SPEECH_VERBS
from aistrike.model import (
    Benchmark,
    ComparisonKind,
    CompensationComparison,
    Money,
    MoneyRange,
    Organization,
    Pay,
    PayUnit,
    Person,
    Span,
)


_HEALTH = _regex.compile(
    # "enough to insure 35 actors": to insure people is to give them health insurance here
    r"\bhealth[ \u00a0-]?(?:insurance|care|coverage|cover|plans?|benefits)\b|\binsur(?:e|ing)\b",
    re.IGNORECASE,
)
_FUNDS = _regex.compile(
    # "could have paid for health coverage for 35 of its members" too; "would keep 34 of us insured"
    r"\b(?:qualif(?:y|ies|ied)|cover(?:ed)?|pa(?:y|id)(?:[ \u00a0]for)?|fund(?:ed)?|insured?|keep|kept"
    r"|provided?|buy|bought|get|give|equivalent|equals?|eligibility|meet|enough[ \u00a0]for)\b",
    re.IGNORECASE,
)
_NOT = _regex.compile(NEGATED, re.IGNORECASE)
# An amount that is the plan's threshold, not the pay compared with it: "members must earn
# $26,470 a year to qualify", "Earning $26,470 in a year qualifies a member"
_EARNED = _regex.compile(
    r"\b(?:earn|earns|earning|earned|make|makes|making)[ \u00a0]+(?:at[ \u00a0]least[ \u00a0]+|the[ \u00a0]+)?\Z",
    re.IGNORECASE,
)
# Right before an amount, words that make it the plan's threshold too: "members need $26,470",
# "a threshold of $26,470", "the health insurance threshold ($26,470)" (looked for as they
# are, far cheaper than in _EARNED)
_THRESHOLD_BEFORE = ("need ", "needs ", "threshold of ", "minimum of ", "threshold (", "minimum (")
# After an amount (and its rate, if it is not part of the amount), words that make it the
# plan's threshold: "$26,470 a year, the threshold to qualify", "the $26,470 minimum",
# "$26,470 in annual earnings", "$26,470 needed to qualify"
_THRESHOLD_AFTER = _regex.compile(
    r"(?:[ \u00a0](?:a|per)[ \u00a0]year|/yr|[ \u00a0]annually)?"
    r"(?:,?[ \u00a0](?:(?:the|a)[ \u00a0])?(?:minimum|threshold|qualifying|cut-?off|floor)\b"
    r"|[ \u00a0]in[ \u00a0](?:annual[ \u00a0]|yearly[ \u00a0])?earnings\b"
    r"|[ \u00a0](?:required|needed)[ \u00a0]to[ \u00a0](?:qualify|be[ \u00a0]eligible))",
    re.IGNORECASE,
)
_COVERED = frozenset(
    {"actors", "performers", "members", "people", "families", "writers", "workers", "colleagues"}
)
"""Who a health-plan claim counts ("35 actors"); none opens with another."""
_PEOPLE = _regex.compile(  # "35 actors", "35 working actors", "35 of us", "35 of its members"
    r"[ \u00a0](?:of[ \u00a0](?:us|them)\b|(?:of[ \u00a0](?:its|their|our|his|her)[ \u00a0])?(?:[\w-]++[ \u00a0]){0,2}?"
    rf"(?:{'|'.join(sorted(_COVERED))})\b)",
    re.IGNORECASE,
)
_MORE = _regex.compile(
    # "$100 more than the day rate", "$100 above the daily rate"
    r"[ \u00a0]*(?:(?P<dir>more|higher|above|over|less|lower|below|under)[ \u00a0]than|(?P<bare>above|below))"
    r"[ \u00a0]+(?P<against>[^.,;:–—()\"“”]{3,120})",
    re.IGNORECASE,
)
# "34 times the $26,470 an actor must earn", "35x the day rate": what the amount is a
# multiple of, up to the end of the clause (a comma or a full stop inside a number stays)
_AGAINST = (
    r"(?P<against>(?:the|what|an?|(?P<that>that|this))\b(?:[^.,;:–—()\"“”]|[.,](?=\d)){3,120})"
)
_TIMES = _regex.compile(r"\btimes\b", re.IGNORECASE)
_DAYS_WORD = _regex.compile(r"\bdays\b", re.IGNORECASE)
_TIMES_AGAINST = _regex.compile(r"[ \u00a0]+times[ \u00a0]+" + _AGAINST, re.IGNORECASE)
_X_AGAINST = _regex.compile(r"[ \u00a0]+" + _AGAINST, re.IGNORECASE)
_X_TIMES = _regex.compile(r"\dx\b")  # in the folded text
_DECIMAL_BEFORE = _regex.compile(r"(?<![\d.,])\d{1,6}\.\Z")  # "3.5 times": the "3." before "5"
# What an amount may be a multiple of: money, or words of pay ("four times the size" is no pay)
_PAY_WORDS = _regex.compile(
    r"[$£€₹]|\b(?:rate|threshold|minimum|salar(?:y|ies)|wages?|pay|earn\w*|income|health|figure|amount|sum)\b",
    re.IGNORECASE,
)
# "4,812 days", "4,800 days of background work", "4,800 working days", "4,800 days' pay"
_DAYS = _regex.compile(
    r"[ \u00a0]+(?:working[ \u00a0]+)?days\b(?![ \u00a0]+(?:ago|later|earlier|before|after))",
    re.IGNORECASE,
)
_EQUALS = _regex.compile(
    r"\b(?:equals?|equal[ \u00a0]to|worth|is|amounts?[ \u00a0]to|buys?|bought|pays?|paid|covers?"
    r"|covered|funds?|funded)\b",
    re.IGNORECASE,
)
_RATE_AFTER = _regex.compile(r"[ \u00a0]+(?:day|daily)[ \u00a0]+rate\b", re.IGNORECASE)
# "a minimum day rate of $187": the day rate named before its amount
_RATE_BEFORE = _regex.compile(
    r"\b(?:day|daily)[ \u00a0]+rate[ \u00a0]+(?:of|is|was)[ \u00a0]+\Z", re.IGNORECASE
)
_DAY_RATE_TEXT = _regex.compile(
    r"\b(?:the[ \u00a0]+)?(?:[\w$,'’-]{1,20}+[ \u00a0]+){0,2}?(?:day|daily)[ \u00a0]+rate\b"
    r"(?:[ \u00a0]+for[ \u00a0]+(?:background[ \u00a0]+)?(?:actors|performers|extras))?",
    re.IGNORECASE,
)
_PAY_REFERENCE = _regex.compile(
    r"\b(?:the|that|this|its|such[ \u00a0]a)[ \u00a0](?:role|job|position|salary|pay|offer|listing"
    r"|posting|package|figure|sum|amount|money)\b"
    # "the top of the Netflix range equals about 4,812 days"
    r"|\b(?:the|that|this|its)[ \u00a0](?:[\w'’-]{1,20}+[ \u00a0])?range\b"
    # "At the union's rate of $187 a day, it would pay for 4,800 days"
    r"|\bit[ \u00a0](?:would|could|will|can|might)\b",
    re.IGNORECASE,
)
# "That is $100 more than ...", "The fee is $113 more than ...": the pay just named
_REFERS_BACK = _regex.compile(
    r"(?:That|This|It|(?:The|That|This)[ \u00a0](?:fee|pay|payment|sum|amount|figure|rate))"
    r"(?:[ \u00a0]is|['’]s)[ \u00a0]",
    re.IGNORECASE,
)
_BACKGROUND = _regex.compile(r"\b(?:background|extras?)\b", re.IGNORECASE)
_DAILY = _regex.compile(r"\b(?:day|daily|day['’]s)\b", re.IGNORECASE)
_THRESHOLD_TEXT = _regex.compile(
    # words of at most 40 letters: an unbounded [\w-]+ here retried every position of a
    # long word before "health" (quadratic on 1 MB of letters); bounded, it stays linear
    r"(?:[\w'’-]{1,40}+[ \u00a0]){0,2}health[ \u00a0-]?(?:insurance|care|coverage|cover|plans?|benefits)",
    re.IGNORECASE,
)


def find_comparisons(ctx: Context) -> tuple[CompensationComparison, ...]:
    """Find comparisons the text makes between an amount and a benchmark.

    Examples:
        >>> from aistrike import extract
        >>> text = "The $900,000 salary could qualify 35 actors for health insurance."
        >>> c = extract(text).comparisons[0]
        >>> c.kind.value, str(c.amount), c.claimed
        ('covers count', '$900,000 a year', Decimal('35'))
    """
    if not ctx.money:
        return ()  # every comparison measures an amount of money
    found: list[CompensationComparison] = []
    last_pay: Pay | None = None
    last_at = 0  # where the last pay was named
    health = [sentence for sentence in ctx.sentences_with(_HEALTH) if sentence.search(_HEALTH)]
    about_health = {sentence.start for sentence in health}
    # the sentence after one about the plan may make the claim: "Members must earn $26,470 a
    # year to qualify for coverage. By that measure, the top of the range would fund 34 actors."
    plan_before = {
        after.start: sentence for sentence in health if (after := ctx.sentence_after(sentence))
    }
    # "qualify" names the plan's own test: a claim to qualify 35 actors may come a few
    # sentences after the plan is named
    for claim, named in _qualifying(ctx, health):
        plan_before.setdefault(claim.start, named)
    with_money = ctx.sentences_at(mention.start for mention in ctx.money)
    # "34 times the $26,470 ...", "35x the day rate"
    multiples = {*ctx.sentences_with(_TIMES), *ctx.sentences_at(_x_times(ctx))}
    # "4,812 days of background work": only sentences that speak of background actors
    day_counts = {s for s in ctx.sentences_with(_DAYS_WORD) if s.search(_BACKGROUND)}
    for sentence in sorted(
        {*with_money, *health, *ctx.sentences_at(plan_before), *multiples, *day_counts},
        key=lambda s: s.start,
    ):
        mentions = ctx.money_in(sentence.start, sentence.end)
        plan = sentence if sentence.start in about_health else plan_before.get(sentence.start)
        if plan is not None:
            found.extend(_covers_count(ctx, sentence, plan, mentions, (last_pay, last_at)))
        found.extend(_exceeds(ctx, sentence, mentions, last_pay))
        if sentence in multiples:
            found.extend(_multiples(ctx, sentence, (last_pay, last_at)))
        if sentence in day_counts:
            found.extend(_day_counts(ctx, sentence, (last_pay, last_at)))
        for mention in mentions:
            if (
                not _MORE.match(ctx.text, mention.end)
                and not _is_threshold(ctx, mention)
                # a day rate is the other benchmark: "The minimum is $187 for an eight-hour
                # day. That sum would be enough for 34 performers ..." speaks of other pay
                and not _is_day_rate(ctx, sentence, mention)
                # "compare it with the $17 billion the company will spend": no pay
                and not ctx.business_figure(sentence, mention, after=True)
            ):
                last_pay, last_at = ctx.pay(sentence, mention), mention.end
    return _merged(found)


_QUALIFY = _regex.compile(r"\bqualif(?:y|ies|ied)\b", re.IGNORECASE)
_QUALIFY_REACH = 4
"""How many sentences after the health plan is named "qualify" may still speak of it."""


def _qualifying(ctx: Context, health: list[Sentence]) -> list[tuple[Sentence, Sentence]]:
    """The sentences that speak of qualifying soon after a sentence about the health plan, each with that sentence."""
    if not health:
        return []
    qualifying = [s for s in ctx.sentences_with(_QUALIFY) if s.search(_QUALIFY)]
    if not qualifying:
        return []
    index = {sentence.start: at for at, sentence in enumerate(ctx.sentences)}
    plan_starts = [sentence.start for sentence in health]
    found = []
    for sentence in qualifying:
        before = bisect_left(plan_starts, sentence.start) - 1
        if before >= 0 and index[sentence.start] - index[plan_starts[before]] <= _QUALIFY_REACH:
            found.append((sentence, health[before]))
    return found


_AMOUNT_WORDS = _regex.compile(
    r"\b(?:dollars|pounds|euros|rupees|thousand|million|billion|grand)\b", re.IGNORECASE
)
"""Words of an amount written out: one just before a claim may be what it means."""


def _amount_in_words(ctx: Context, sentence: Sentence, since: int, at: int) -> bool:
    """Whether an amount written out comes after the pay named last, in this sentence or the one before."""
    before = ctx.sentence_before(sentence)
    start = max(since, before.start if before is not None else sentence.start)
    # a word of an amount read in figures is no amount written out ("the $17 billion ...")
    read = ctx.money_in(start, at)
    starts = [m.start for m in read]
    for word in _AMOUNT_WORDS.finditer(ctx.text, start, at):
        index = bisect_right(starts, word.start()) - 1
        if index < 0 or read[index].end <= word.start():
            return True
    return False


def _employer_pay(
    ctx: Context, sentence: Sentence, at: int, reach: int | None = None
) -> Pay | None:
    """The advertised pay of the one employer the sentence names before *at*, if it has one posting with pay.

    With *reach*, only employers named that many characters before *at* count.
    """
    start = sentence.start if reach is None else max(sentence.start, at - reach)
    named = {m.name for m in ctx.orgs_in(start, at) if m.kind in EMPLOYER_KINDS}
    if len(named) != 1:
        return None
    paid = [
        posting.pay
        for posting in ctx.remember(find_job_postings)
        if posting.employer.name in named and posting.pay is not None
    ]
    return paid[0] if len(paid) == 1 else None


def _posting_pay_before(ctx: Context, at: int) -> Pay | None:
    """The pay of the posting with pay named last before *at*: the salary a claim speaks of."""
    return next(_posting_pays_before(ctx, at), None)


def _posting_pays_before(ctx: Context, at: int) -> Iterator[Pay]:
    """The pays of the postings named before *at*, the one named last first."""
    starts, pays = ctx.remember(_posting_pays)
    return reversed(pays[: bisect_left(starts, at)])


_LEAST_A_HEAD = 1_000
"""No one's health cover for a year costs less: pay that covers N people is at least N times this."""
_SHORT_UNITS = frozenset({PayUnit.HOUR, PayUnit.DAY, PayUnit.WEEK})


def _could_cover(pay: Pay | None, count: Decimal) -> bool:
    """Whether *pay* could be what a claim to cover *count* people's health plan speaks of."""
    if pay is None or pay.per in _SHORT_UNITS:
        return False
    top = pay.amount.high if isinstance(pay.amount, MoneyRange) else pay.amount
    return top is not None and top.amount >= count * _LEAST_A_HEAD


def _posting_pays(ctx: Context) -> tuple[list[int], list[Pay]]:
    """Where each posting with pay is named, in order, with its pay: found once, then bisected.

    Where two postings share a sentence, the first of them comes last, so that it is
    the one found.
    """
    named = sorted(
        (span.start, -index, posting.pay)
        for index, posting in enumerate(ctx.remember(find_job_postings))
        if posting.pay is not None
        for span in posting.evidence
    )
    return [start for start, _, _ in named], [pay for _, _, pay in named]


def _in_amount(ctx: Context, number: NumberMention) -> bool:
    """Whether a number is part of an amount of money ("the $26,470 actors need"), not a count."""
    return bool(ctx.money_in(number.start - 4, number.end + 1))


def _is_threshold(ctx: Context, mention: MoneyMention) -> bool:
    """Whether the amount is what one must earn, not pay compared.

    "must earn $26,470 a year to qualify", "the threshold of $26,470", "$26,470 a
    year, the threshold to qualify", "the $26,470 minimum".
    """
    return (
        _EARNED.search(ctx.text, max(0, mention.start - 30), mention.start) is not None
        or ctx.folded.endswith(_THRESHOLD_BEFORE, max(0, mention.start - 14), mention.start)
        or _THRESHOLD_AFTER.match(ctx.text, mention.end, mention.end + 40) is not None
    )


def _merged(found: list[CompensationComparison]) -> tuple[CompensationComparison, ...]:
    """One object for one comparison, however often it is made: the evidence of each repeat joins the first.

    A repeat may name the amount more exactly: a headline asks whether "Netflix's AI
    salary" (its advertised range, $300,000 to $900,000 a year) could cover 35 actors,
    and the text then says "$900,000". The two are one claim, about the amount named.
    """
    kept: list[tuple[CompensationComparison, list[Span]]] = []
    joined: set[int] = set()  # the places of comparisons joined from two that differ
    exact: dict[tuple[object, ...], int] = {}  # a comparison's key: its place in kept
    # the same claim about one sum: the places in kept of the comparisons that make it
    by_money: dict[tuple[object, ...], list[int]] = {}
    for comparison in found:
        index = exact.get(_key(comparison))
        if index is None:
            index = next(
                (
                    place
                    for money in _moneys(comparison.amount)
                    # a few at most: the same claim about the same sum by different speakers
                    for place in by_money.get((_claim(comparison), money), ())
                    if _joined(kept[place][0], comparison) is not None
                ),
                None,
            )
        if index is None:
            index = len(kept)
            kept.append((comparison, list(comparison.evidence)))
        else:
            first, spans = kept[index]
            if _key(first) != _key(comparison):
                first = _joined(first, comparison) or first
                joined.add(index)
            kept[index] = (first, [*spans, *comparison.evidence])
        exact[_key(comparison)] = exact[_key(kept[index][0])] = index
        for money in _moneys(kept[index][0].amount):
            places = by_money.setdefault((_claim(kept[index][0]), money), [])
            if len(places) < _MERGE_TRIES and index not in places:  # only the first few are tried
                places.append(index)
    for index in joined:  # their spans in the order of the text, each once
        first, spans = kept[index]
        kept[index] = first, sorted(set(spans), key=lambda span: (span.start, span.end))
    return tuple(
        first if len(spans) == len(first.evidence) else attrs.evolve(first, evidence=tuple(spans))
        for first, spans in kept
    )


_MERGE_TRIES = 4
"""How many earlier comparisons of the same claim and sum one is tried against."""


def _key(comparison: CompensationComparison) -> tuple[object, ...]:
    """What makes two comparisons the same, as made."""
    return (
        comparison.kind,
        comparison.amount,
        comparison.against,
        comparison.claimed,
        comparison.speaker,
    )


def _claim(comparison: CompensationComparison) -> tuple[object, ...]:
    """The claim a comparison makes, whoever makes it and whatever the amount."""
    return comparison.kind, comparison.against, comparison.claimed


def _moneys(pay: Pay) -> tuple[Money, ...]:
    """The sums a pay names: the amount, or the two ends of a range."""
    if isinstance(pay.amount, MoneyRange):
        return pay.amount.low, pay.amount.high
    return () if pay.amount is None else (pay.amount,)


def _who(speaker: Person | Organization | None) -> object:
    """Whom a speaker is: a person by name alone ("Rob Delaney", whether called actor or writer)."""
    return speaker.name if isinstance(speaker, Person) else speaker


def _joined(
    first: CompensationComparison, other: CompensationComparison
) -> CompensationComparison | None:
    """The one comparison two make when they are the same claim, one naming the amount more exactly; else None.

    The same claim: the same kind, benchmark and figure, no two different speakers (a
    person is the same by name), and pays that agree (one amount the same as the
    other or an end of its range, for the same time unless one gives none).
    """
    if _claim(first) != _claim(other):
        return None
    if None not in (first.speaker, other.speaker) and _who(first.speaker) != _who(other.speaker):
        return None
    one, two = first.amount, other.amount
    same_time = one.per == two.per or PayUnit.ONCE in (one.per, two.per)
    if one.quantity != two.quantity or not same_time:
        return None
    ranged = isinstance(one.amount, MoneyRange), isinstance(two.amount, MoneyRange)
    if (
        one.amount != two.amount
        if ranged[0] == ranged[1]
        else not set(_moneys(one)) & set(_moneys(two))
    ):
        return None
    exact = other if ranged[0] and not ranged[1] else first  # the amount named, not a range
    per = one.per if one.per is not PayUnit.ONCE else two.per
    return attrs.evolve(
        exact,
        amount=attrs.evolve(exact.amount, per=per),
        speaker=first.speaker or other.speaker,
    )


_PRONOUN_SPEAKS = _regex.compile(
    r"(?:He|She)[ \u00a0](?:also[ \u00a0])?(?:" + "|".join(SPEECH_VERBS) + r")\b"
)


def _speaker(ctx: Context, sentence: Sentence, at: int) -> Person | Organization | None:
    quoted = ctx.quote_around(at, at + 1)
    if quoted is not None:
        return quoted.speaker
    first = ctx.first_person_in(sentence.start, sentence.end)
    if first is not None:
        return first.person
    # "He noted that ...": the person just named
    if _PRONOUN_SPEAKS.match(ctx.text, sentence.start):
        earlier = ctx.people_in(max(0, sentence.start - PRONOUN_REACH), sentence.start)
        if earlier:
            return earlier[-1].person
    return None


# Between a count of people and the verb of a claim, when the count is its subject: "35
# actors and their families could qualify", "Thirty-five of us could get", "could all be covered"
_COUNT_SUBJECT = _regex.compile(
    r"(?:[ \u00a0]+and[ \u00a0]+their[ \u00a0]+families)?[ \u00a0]+(?:could|would|can|might|will)"
    r"(?:[ \u00a0]+(?:all|each|easily|then|now|have[ \u00a0]+been|be|have))*?[ \u00a0]+\Z",
    re.IGNORECASE,
)


def _subject_count(ctx: Context, sentence: Sentence, verb_at: int) -> Iterator[NumberMention]:
    """The count of people that is the subject of the claim's verb, if any: the last before it.

    A generator: read only when no count after the verb made the claim.
    """
    for number in reversed(list(find_numbers(ctx.text, sentence.start, verb_at))):
        people = _PEOPLE.match(ctx.text, number.end, verb_at)
        if people is not None and _COUNT_SUBJECT.match(ctx.text, people.end(), verb_at):
            yield number
            return


def _covers_count(
    ctx: Context,
    sentence: Sentence,
    plan: Sentence,
    mentions: list[MoneyMention],
    last: tuple[Pay | None, int],
) -> list[CompensationComparison]:
    """The claim that an amount would cover a count of people under the health plan *plan* speaks of."""
    if (verb := sentence.search(_FUNDS)) is None:
        return []
    verb_at = sentence.start + verb.start()
    if _NOT.search(ctx.text, max(sentence.start, verb_at - 12), verb_at):
        return []  # "could not cover health insurance for 35 actors": no such claim
    # the count after the verb ("could qualify 35 actors"), else as its subject ("Thirty-five
    # of us could get health insurance for that money")
    counts = itertools.chain(
        find_numbers(ctx.text, verb_at, sentence.end), _subject_count(ctx, sentence, verb_at)
    )
    for number in counts:
        if not _PEOPLE.match(ctx.text, number.end) or number.value <= 0:
            continue
        if _in_amount(ctx, number):
            continue  # "the $26,470 actors need": an amount, not a count of people
        before = [m for m in mentions if m.end <= number.start and not _is_threshold(ctx, m)]
        if before:
            amount: Pay | None = ctx.pay(sentence, before[-1])
        elif not _amount_in_words(ctx, sentence, last[1], number.start):
            # "the money Netflix is offering could ...": that employer's advertised pay,
            # else "the same money could ...": the pay of the posting named last, else the
            # amount named last; the first that could cover that many people's health plan
            # (not "$150 an hour" of a study named after the salary)
            referred = (
                _employer_pay(ctx, sentence, number.start),
                *_posting_pays_before(ctx, number.start),
                last[0],
            )
            amount = next((pay for pay in referred if _could_cover(pay, number.value)), None)
        else:
            return []  # "Nine hundred thousand dollars ... That would ...": an amount not read
        if amount is None:
            return []
        amount = _end_of_range(amount, sentence.search(_END))
        against = sentence.search(_THRESHOLD_TEXT) or plan.search(_THRESHOLD_TEXT)
        spans = (sentence.span,) if plan is sentence else (plan.span, sentence.span)
        return [
            CompensationComparison(
                kind=ComparisonKind.COVERS_COUNT,
                amount=amount,
                against=Benchmark.HEALTH_PLAN_THRESHOLD,
                against_text=_benchmark_text(against.group()) if against else None,
                claimed=number.value,
                speaker=_speaker(ctx, sentence, number.start),
                evidence=spans,
            )
        ]
    return []


_NOT_BENCHMARK = frozenset(
    {
        "for",
        "the",
        "would",
        "could",
        "can",
        "will",
        "have",
        "cover",
        "covered",
        "qualify",
        "qualified",
        "fund",
        "funded",
        "insure",
        "insured",
        "provide",
        "provided",
        "buy",
        "bought",
        "pay",
        "paid",
        "under",
        "in",
        "into",
        "on",
        "to",
        "of",
        "or",  # "... about 4,800 days of background work, or health coverage for 34 actors"
        "and",
        # the verbs _FUNDS knows besides: "could get health insurance"
        "get",
        "give",
        "keep",
        "kept",
        "meet",
        "equal",
        "equals",
    }
)


def _benchmark_text(words: str) -> str:
    """The words that name the benchmark, after the last verb or preposition before them.

    "would cover health insurance" -> "health insurance", "their families for
    health insurance" -> "health insurance", "for SAG-AFTRA health insurance" ->
    "SAG-AFTRA health insurance".
    """
    kept = words.split(" ")
    health = next(
        (index for index, word in enumerate(kept) if word.lower().startswith("health")),
        len(kept),
    )
    stops = [
        index
        for index in range(health)
        # the people covered are no part of it either: "34 actors' health insurance"
        if kept[index].lower() in _NOT_BENCHMARK
        or kept[index].isdigit()
        or kept[index].lower().rstrip("'’") in _COVERED
    ]
    return " ".join(kept[stops[-1] + 1 :] if stops else kept)


_END = _regex.compile(
    r"\b(?:(?P<top>top|upper[ \u00a0]end|high[ \u00a0]end)|(?P<bottom>bottom|lower[ \u00a0]end|low[ \u00a0]end))"
    # "the top of the Netflix range": a name may come before "range"
    r"[ \u00a0]of[ \u00a0](?:that|the|this|its|[\w-]++['’]s)[ \u00a0](?:[A-Z][\w-]{0,20}+[ \u00a0])?"
    r"(?:salary[ \u00a0]|pay[ \u00a0])?range\b",
    re.IGNORECASE,
)


def _end_of_range(pay: Pay, end: re.Match[str] | None) -> Pay:
    """One end of a range of pay when the sentence says which ("the top of that range": *end*, its _END match)."""
    if not isinstance(pay.amount, MoneyRange) or end is None:
        return pay
    return Pay(pay.amount.high if end.group("top") else pay.amount.low, pay.per, pay.quantity)


def _exceeds(
    ctx: Context, sentence: Sentence, mentions: list[MoneyMention], last_pay: Pay | None
) -> list[CompensationComparison]:
    found = []
    for index, mention in enumerate(mentions):
        more = _MORE.match(ctx.text, mention.end)
        if more is None or not isinstance(mention.value, Money):
            continue
        if index:
            amount = ctx.pay(sentence, mentions[index - 1])
        elif last_pay is not None and _REFERS_BACK.match(sentence.text):
            amount = last_pay  # "That is $100 more than ...": the pay just named
        else:
            continue
        against_text = more.group("against").strip()
        benchmark = (
            Benchmark.BACKGROUND_DAY_RATE
            if _BACKGROUND.search(against_text) and _DAILY.search(against_text)
            else Benchmark.OTHER
        )
        difference = (
            mention.value
            if (more.group("dir") or more.group("bare")).lower()
            in {"more", "higher", "above", "over"}
            else -mention.value
        )
        found.append(
            CompensationComparison(
                kind=ComparisonKind.EXCEEDS_BY,
                amount=amount,
                against=benchmark,
                against_text=against_text,
                claimed=difference,
                speaker=_speaker(ctx, sentence, mention.start),
                evidence=(sentence.span,),
            )
        )
    return found


def _x_times(ctx: Context) -> list[int]:
    """Where a multiple is written with an x ("35x"), a digit before it and no letter after.

    Each "x" of the text is looked at with ``str.find``: there are few, and a regex
    for a digit and an x would try every digit of the text.
    """
    folded, found = ctx.folded, []
    at = folded.find("x")
    while at >= 0:
        if at and folded[at - 1].isdigit() and _X_TIMES.match(folded, at - 1):
            found.append(at)
        at = folded.find("x", at + 1)
    return found


def _multiples(
    ctx: Context, sentence: Sentence, last: tuple[Pay | None, int]
) -> list[CompensationComparison]:
    """The claims that an amount is N times a benchmark: "$900,000 is 34 times the $26,470 ...".

    The amount is the one :meth:`_Compared.amount` gives. What it is a multiple of
    must be money or pay ("four times the size" is not).
    """
    found = []
    compared = _Compared(ctx, sentence, last)
    for number in find_numbers(ctx.text, sentence.start, sentence.end):
        times = ctx.text[number.end - 1] in "xX"
        after = (_X_AGAINST if times else _TIMES_AGAINST).match(ctx.text, number.end)
        if after is None or number.value <= 0 or _in_amount(ctx, number):
            continue  # no multiple, or a number that is part of an amount
        against_text = after.group("against").strip()
        if not _PAY_WORDS.search(against_text):
            continue
        if (amount := compared.amount(number.start)) is None:
            continue
        claimed = number.value
        if (
            decimal := _DECIMAL_BEFORE.search(ctx.text, max(0, number.start - 8), number.start)
        ) is not None:
            claimed = Decimal(decimal.group() + ctx.text[number.start : number.end].rstrip("xX"))
        # "34 times that figure": the figure the sentence before names
        named = against_text + " " + compared.before_text if after.group("that") else against_text
        found.append(
            CompensationComparison(
                kind=ComparisonKind.MULTIPLE_OF,
                amount=amount,
                against=_benchmark_of(named),
                against_text=against_text,
                claimed=claimed,
                speaker=_speaker(ctx, sentence, number.start),
                evidence=(sentence.span,),
            )
        )
    return found


def _day_counts(
    ctx: Context, sentence: Sentence, last: tuple[Pay | None, int]
) -> list[CompensationComparison]:
    """The claims that an amount would pay N days at the background actors' day rate.

    "The $900,000 salary would pay a background actor's $187 day rate for 4,812
    days", "That is more than 4,800 days of background work". The sentence must
    speak of background actors (or extras), which the caller has seen to; the amount
    is the one :meth:`_Compared.amount` gives, never the day rate itself.
    """
    found = []
    compared = _Compared(ctx, sentence, last, skip=_is_day_rate)
    for number in find_numbers(ctx.text, sentence.start, sentence.end):
        days = _DAYS.match(ctx.text, number.end)
        if days is None or number.value <= 1 or _in_amount(ctx, number):
            continue
        if (amount := compared.amount(number.start)) is None:
            continue
        # a verb of paying or of being worth before the count: not "$50 million over 118 days"
        if not _EQUALS.search(ctx.text, max(sentence.start, number.start - 80), number.start):
            continue
        rate = compared.day_rate
        found.append(
            CompensationComparison(
                kind=ComparisonKind.COVERS_COUNT,
                amount=amount,
                against=Benchmark.BACKGROUND_DAY_RATE,
                against_text=rate.group() if rate else None,
                claimed=number.value,
                speaker=_speaker(ctx, sentence, number.start),
                evidence=(sentence.span,),
            )
        )
    return found


def _is_day_rate(ctx: Context, sentence: Sentence, mention: MoneyMention) -> bool:
    """Whether an amount is a day's pay ("$187 a day", "the $187 day rate"), the benchmark, not the amount compared."""
    return (
        ctx.pay(sentence, mention).per is PayUnit.DAY
        or _RATE_AFTER.match(ctx.text, mention.end) is not None
        or _RATE_BEFORE.search(ctx.text, max(0, mention.start - 24), mention.start) is not None
    )


_COMPARED_REACH = 200
"""How far before a claim (in characters) the amount it compares, or words that refer to it, are read."""


class _Compared:
    """What the claims of one sentence compare ("$900,000 is 34 times ...").

    What holds for the whole sentence is worked out once, when a claim first needs
    it; each claim then reads only the text near it. A sentence of a megabyte with
    a claim every few words stays linear.
    """

    def __init__(
        self,
        ctx: Context,
        sentence: Sentence,
        last: tuple[Pay | None, int],
        skip: Callable[[Context, Sentence, MoneyMention], bool] | None = None,
    ) -> None:
        """Hold the sentence, the pay named last before it (with where), and which amounts to pass over."""
        self.ctx, self.sentence, self.skip = ctx, sentence, skip
        before = ctx.sentence_before(sentence)
        # the pay named last counts only when it was named in the sentence before
        self.last_pay = last[0] if before and last[1] > before.start else None
        self._before = before

    @functools.cached_property
    def before_text(self) -> str:
        """The sentence before, where "that figure" is named ("" when there is none)."""
        return self._before.text if self._before else ""

    def amount(self, at: int) -> Pay | None:
        """The amount a claim at *at* compares: the one named just before it, or one it refers to.

        That is the pay named last, in the sentence before, when the sentence refers
        back to it ("That is roughly 34 times ..."); the pay of the posting named
        last when it speaks of the role or the salary ("the role pays 34 times
        ..."); else the advertised pay of the one employer named before. None after
        a negation ("is not four times ...").
        """
        ctx, sentence = self.ctx, self.sentence
        if _NOT.search(ctx.text, max(sentence.start, at - 16), at):
            return None
        near = max(sentence.start, at - _COMPARED_REACH)
        before = [
            m
            for m in ctx.money_in(near, at)
            if not _is_threshold(ctx, m) and not (self.skip and self.skip(ctx, sentence, m))
        ]
        if before:
            amount: Pay | None = ctx.pay(sentence, before[-1])
        elif _REFERS_BACK.match(ctx.text, sentence.start, sentence.end):
            amount = self.last_pay  # "That is 34 times ...": the pay just named
        elif _PAY_REFERENCE.search(ctx.text, near, at):
            amount = _posting_pay_before(ctx, at) or self.last_pay
        else:
            amount = _employer_pay(ctx, sentence, at, _COMPARED_REACH)
        if amount is None:
            return None
        return _end_of_range(amount, self._end)

    @functools.cached_property
    def _end(self) -> re.Match[str] | None:
        """Which end of a range the sentence speaks of ("the top of that range"), read once."""
        return self.sentence.search(_END)

    @functools.cached_property
    def day_rate(self) -> re.Match[str] | None:
        """The day rate the sentence names in its own words, read once for all its claims."""
        return _DAY_RATE_TEXT.search(self.sentence.text)


def _benchmark_of(against_text: str) -> Benchmark:
    """The benchmark words name: the health plan's threshold, the background day rate, or another."""
    if _HEALTH.search(against_text):
        return Benchmark.HEALTH_PLAN_THRESHOLD
    if _BACKGROUND.search(against_text) and _DAILY.search(against_text):
        return Benchmark.BACKGROUND_DAY_RATE
    return Benchmark.OTHER
