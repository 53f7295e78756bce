"""What every recogniser reads: the text, its sentences and the mentions found once for all."""

from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date

import attrs

from aistrike.extract.entities import OrgMention, PersonMention, find_organizations, find_people
from aistrike.extract.numbers import MoneyMention, find_money
from aistrike.extract.quotes import Quoted, attribute, find_quoted
from aistrike.extract.text import Sentence, sentences
from aistrike.model import Organization, OrganizationKind, Span


@attrs.frozen
class Context:
    """The article text with its sentences, organisations, people, money and quotations.

    Attributes:
        text: The article text exactly as given.
        published: The publication date, when known.
        sentences: The sentences of the body (after the header), in order.
        orgs: Organisation mentions, in order.
        people: Person mentions, in order.
        money: Money mentions, in order.
        quoted: Quotations with their speakers, in order.
    """

    text: str
    published: date | None
    sentences: tuple[Sentence, ...]
    orgs: tuple[OrgMention, ...]
    people: tuple[PersonMention, ...]
    money: tuple[MoneyMention, ...]
    quoted: tuple[Quoted, ...]
    _org_starts: list[int] = attrs.field(init=False, repr=False)
    _money_starts: list[int] = attrs.field(init=False, repr=False)
    _quote_starts: list[int] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_org_starts", [m.start for m in self.orgs])
        object.__setattr__(self, "_money_starts", [m.start for m in self.money])
        object.__setattr__(self, "_quote_starts", [q.start for q in self.quoted])

    @classmethod
    def build(cls, text: str, body: int, published: date | None) -> "Context":
        """Find the mentions every recogniser needs, once."""
        found_sentences = tuple(sentences(text, body))
        orgs = find_organizations(text, body)
        people = find_people(text, orgs)
        starts = [s.start for s in found_sentences]
        pairs = find_quoted(text, body)
        bounds = {}
        for start, _ in pairs:
            index = bisect_right(starts, start) - 1
            if index >= 0:
                bounds[start] = (found_sentences[index].start, found_sentences[index].end)
        quoted = attribute(text, pairs, people, orgs, bounds)
        return cls(
            text,
            published,
            found_sentences,
            tuple(orgs),
            tuple(people),
            tuple(find_money(text, body)),
            tuple(quoted),
        )

    def orgs_in(self, start: int, end: int) -> list[OrgMention]:
        """Organisation mentions that lie between *start* and *end*."""
        low, high = bisect_left(self._org_starts, start), bisect_left(self._org_starts, end)
        return [m for m in self.orgs[low:high] if m.end <= end]

    def money_in(self, start: int, end: int) -> list[MoneyMention]:
        """Money mentions that lie between *start* and *end*."""
        low, high = bisect_left(self._money_starts, start), bisect_left(self._money_starts, end)
        return [m for m in self.money[low:high] if m.end <= end]

    def quote_around(self, start: int, end: int) -> Quoted | None:
        """The quotation that contains the span, if any."""
        index = bisect_right(self._quote_starts, start) - 1
        if index >= 0 and end <= self.quoted[index].end:
            return self.quoted[index]
        return None

    def salient(self, kinds: frozenset[OrganizationKind]) -> Organization | None:
        """The organisation of one of *kinds* that the text names most often (first named wins ties)."""
        counts = Counter(m.name for m in self.orgs if m.kind in kinds)
        if not counts:
            return None
        name = counts.most_common(1)[0][0]
        first = next(m for m in self.orgs if m.name == name)
        return Organization(first.name, first.kind)

    def span(self, sentence: Sentence) -> Span:
        """The evidence span of a sentence."""
        return Span(sentence.start, sentence.end)
