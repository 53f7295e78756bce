"""What every recogniser reads: the text, its sentences and the mentions found once for all."""

import re

from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

import attrs

from aistrike.extract import _regex
from aistrike.extract.entities import (
    OrgMention,
    PersonMention,
    find_organizations,
    find_people,
    names_other_union,
    organization,
    people_of,
    surname_mentions,
)
from aistrike.extract.numbers import MoneyMention, find_money
from aistrike.extract.quotes import Quoted, attribute, find_quoted
from aistrike.extract.text import Sentence, sentences
from aistrike.extract.vocabulary import BUSINESS_WORDS
from aistrike.model import MoneyRange, Organization, OrganizationKind, Pay, PayUnit, Person


M = TypeVar("M", OrgMention, PersonMention, MoneyMention, Quoted)
R = TypeVar("R")

_STUDIOS = _regex.compile(r"\bstudios\b", re.IGNORECASE)
# Words near an amount that make it a yearly salary when no rate is written after it.
_SALARY = _regex.compile(
    r"\b(?:salary|salaries|annual|annually|base[ \u00a0]pay|pay[ \u00a0](?:range|band)|compensation"
    r"|a[ \u00a0]year|per[ \u00a0]year)\b|/yr\b",
    re.IGNORECASE,
)

# Words that make an amount of a million or more near them a business figure, not pay
_BUSINESS_BEFORE = _regex.compile(rf"\b(?:{BUSINESS_WORDS})\b[^.;$£€₹]{{0,25}}\Z", re.IGNORECASE)
_BUSINESS_AFTER = _regex.compile(
    rf"[^.;$£€₹]{{0,25}}?\b(?:{BUSINESS_WORDS}|to[ \u00a0]make)\b", re.IGNORECASE
)
_MILLION = 1_000_000


@attrs.frozen
class Context:
    """The article text with its sentences, organisations, people, money and quotations.

    Attributes:
        text: The article text exactly as given.
        folded: The text in lower case, offset for offset (``_regex.fold``).
        published: The publication date, when known.
        sentences: The sentences of the body (after the header), in order.
        orgs: Organisation mentions, in order.
        people: Person mentions, in order.
        money: Money mentions, in order.
        quoted: Quotations with their speakers, in order.
        studios: The studios' side of the story: the AMPTP when the text names
            it, else "the studios" when the text speaks of studios, else None.
    """

    text: str
    folded: str
    published: date | None
    sentences: tuple[Sentence, ...]
    orgs: tuple[OrgMention, ...]
    people: tuple[PersonMention, ...]
    money: tuple[MoneyMention, ...]
    quoted: tuple[Quoted, ...]
    studios: Organization | None
    _starts: dict[str, list[int]] = attrs.field(init=False, repr=False)
    _pay: dict[tuple[int, int], Pay] = attrs.field(init=False, repr=False, factory=dict)
    _salient: dict[frozenset[OrganizationKind], Organization | None] = attrs.field(
        init=False, repr=False, factory=dict
    )
    _remembered: dict[Callable[["Context"], Any], Any] = attrs.field(
        init=False, repr=False, factory=dict
    )

    def __attrs_post_init__(self) -> None:
        starts = {
            name: [m.start for m in getattr(self, name)]
            for name in ("sentences", "orgs", "people", "money", "quoted")
        }
        object.__setattr__(self, "_starts", starts)

    @classmethod
    def build(cls, text: str, body: int, published: date | None) -> "Context":
        """Find the mentions every recogniser needs, once."""
        folded = _regex.fold(text)
        orgs = find_organizations(text, body, folded=folded)
        # no sentence ends inside a name: "Warner Bros. Discovery is hiring"
        names = [(m.start, m.end) for m in orgs if "." in m.surface[:-1]]
        found_sentences = tuple(sentences(text, body, folded, names))
        starts = [s.start for s in found_sentences]
        people = surname_mentions(text, find_people(text, orgs, folded, starts))
        pairs = find_quoted(text, body)
        bounds = {}  # from the sentence where a quotation opens to the one where it closes
        for start, end in pairs:
            index = bisect_right(starts, start) - 1
            if index >= 0:
                last = found_sentences[max(index, bisect_right(starts, end) - 1)]
                bounds[start] = (found_sentences[index].start, last.end)
        amptp = next((m for m in orgs if m.name == "AMPTP"), None)
        if amptp is not None:
            studios: Organization | None = amptp.organization
        elif next(_STUDIOS.at_words(text, folded)(body), None):
            studios = organization("the studios", OrganizationKind.STUDIO)
        else:
            studios = None
        quoted = attribute(
            text, pairs, people, orgs, bounds, studios=studios, sentence_starts=starts
        )
        return cls(
            text,
            folded,
            published,
            found_sentences,
            tuple(orgs),
            tuple(people),
            tuple(find_money(text, body)),
            tuple(quoted),
            studios,
        )

    def _within(self, name: str, mentions: Sequence[M], start: int, end: int) -> list[M]:
        starts = self._starts[name]
        low, high = bisect_left(starts, start), bisect_left(starts, end)
        return [m for m in mentions[low:high] if m.end <= end]

    def sentences_with(self, *patterns: _regex.Pattern) -> list[Sentence]:
        """The sentences where one of *patterns* may match, in order.

        The same as ``[s for s in ctx.sentences if any(map(s.may_match, patterns))]``,
        but each start word is looked for once in the whole text, not once a sentence.
        """
        chosen: set[int] = set()
        starts, sentences = self._starts["sentences"], self.sentences
        for pattern in patterns:
            if pattern.starts is None:
                return list(sentences)
            words, ignore_case = pattern.starts
            haystack = self.folded if ignore_case else self.text
            for word in words:
                at = haystack.find(word)
                while at >= 0:
                    index = bisect_right(starts, at) - 1
                    if index >= 0 and at + len(word) <= sentences[index].end:
                        chosen.add(index)  # this sentence is in: on to the next one
                        at = haystack.find(word, sentences[index].end)
                    else:
                        at = haystack.find(word, at + 1)
        return [sentences[index] for index in sorted(chosen)]

    def sentences_at(self, offsets: Iterable[int]) -> list[Sentence]:
        """The sentences that hold one of *offsets*, in order, each once."""
        starts, sentences = self._starts["sentences"], self.sentences
        chosen = set()
        for at in offsets:
            index = bisect_right(starts, at) - 1
            if index >= 0 and at < sentences[index].end:
                chosen.add(index)
        return [sentences[index] for index in sorted(chosen)]

    def sentence_after(self, sentence: Sentence) -> Sentence | None:
        """The sentence that follows *sentence*, if any."""
        index = bisect_left(self._starts["sentences"], sentence.start) + 1
        return self.sentences[index] if index < len(self.sentences) else None

    def sentence_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence that comes before *sentence*, if any."""
        index = bisect_left(self._starts["sentences"], sentence.start) - 1
        return self.sentences[index] if index >= 0 else None

    def names_other_union(self) -> bool:
        """Whether the text names a union this library does not know ("the United Auto Workers"); read once."""
        return self.remember(_names_other_union)

    def persons(self) -> dict[str, Person]:
        """Each person of the article by name, with the richest description it gives them.

        Worked out once: the story lists them, and the scan accounts key on them.
        """
        return self.remember(_persons)

    def remember(self, compute: Callable[["Context"], R]) -> R:
        """``compute(self)``, worked out once: for what several recognisers need."""
        if compute not in self._remembered:
            self._remembered[compute] = compute(self)
        return self._remembered[compute]  # type: ignore[no-any-return]

    def orgs_in(self, start: int, end: int) -> list[OrgMention]:
        """Organisation mentions that lie between *start* and *end*."""
        return self._within("orgs", self.orgs, start, end)

    def people_in(self, start: int, end: int) -> list[PersonMention]:
        """Person mentions that lie between *start* and *end*."""
        return self._within("people", self.people, start, end)

    def first_person_in(self, start: int, end: int) -> PersonMention | None:
        """The first person mention that lies between *start* and *end*, found by bisection."""
        starts = self._starts["people"]
        index = bisect_left(starts, start)
        while index < len(starts) and starts[index] < end:
            if self.people[index].end <= end:
                return self.people[index]
            index += 1
        return None

    def money_in(self, start: int, end: int) -> list[MoneyMention]:
        """Money mentions that lie between *start* and *end*."""
        return self._within("money", self.money, start, end)

    def quoted_in(self, start: int, end: int) -> list[Quoted]:
        """Quotations whose words lie between *start* and *end*."""
        return self._within("quoted", self.quoted, start, end)

    def pay(self, sentence: Sentence, mention: MoneyMention) -> Pay:
        """The mention as pay: its written rate, else a year when salary words are near, else once.

        Kept once read: several recognisers ask for the same amount.
        """
        key = (sentence.start, mention.start)
        if key not in self._pay:
            window = self.text[
                max(sentence.start, mention.start - 40) : min(sentence.end, mention.end + 30)
            ]
            self._pay[key] = mention.pay(PayUnit.YEAR if _SALARY.search(window) else PayUnit.ONCE)
        return self._pay[key]

    def business_figure(
        self, sentence: Sentence, mention: MoneyMention, *, after: bool = False
    ) -> bool:
        """Whether an amount of a million or more is a business figure, no one's pay.

        "said revenue rose to $8 billion": the words come before the amount; with
        *after*, also after it ("the $17 billion the company will spend", "cost $100
        million to make"). Smaller amounts are not tested: the words are looked for
        only where they matter.
        """
        top = mention.value.high if isinstance(mention.value, MoneyRange) else mention.value
        if top is None or top.amount < _MILLION:
            return False
        start = max(sentence.start, mention.start - 40)
        return bool(
            _BUSINESS_BEFORE.search(self.text, start, mention.start)
            or (after and _BUSINESS_AFTER.match(self.text, mention.end, mention.end + 40))
        )

    def quote_around(self, start: int, end: int) -> Quoted | None:
        """The quotation that contains the span, if any."""
        index = bisect_right(self._starts["quoted"], start) - 1
        if index >= 0 and end <= self.quoted[index].end:
            return self.quoted[index]
        return None

    def salient(self, kinds: frozenset[OrganizationKind]) -> Organization | None:
        """The organisation of one of *kinds* that the text names most often (first named wins ties)."""
        if kinds not in self._salient:  # counted once per article, not once per sentence
            self._salient[kinds] = self._most_named(kinds)
        return self._salient[kinds]

    def _most_named(self, kinds: frozenset[OrganizationKind]) -> Organization | None:
        counts = Counter(m.name for m in self.orgs if m.kind in kinds)
        if not counts:
            return None
        name = counts.most_common(1)[0][0]
        first = next(m for m in self.orgs if m.name == name)
        return first.organization


def _names_other_union(ctx: Context) -> bool:
    return names_other_union(ctx.text, ctx.orgs, ctx._starts["orgs"])  # noqa: SLF001 - its own


def _persons(ctx: Context) -> dict[str, Person]:
    return {person.name: person for person in people_of(list(ctx.people))}
