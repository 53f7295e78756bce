"""Quotations: where they are, and who said them.

Quotation marks are paired in one pass over the text: curly quotes open and
close, straight quotes alternate, and a paragraph break closes nothing and
resets the pairing. No regex spans a quotation, so unbalanced input stays linear.
"""

import functools
import re

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import attrs

from aistrike.extract import _regex
from aistrike.extract.entities import OrgMention, PersonMention, names_other_union
from aistrike.extract.vocabulary import LISTENER_VERBS, SPEECH_VERBS
from aistrike.model import (
    Document,
    DocumentKind,
    JobPosting,
    Organization,
    OrganizationKind,
    Person,
    Quote,
    Span,
)


QUOTE_MARKS = _regex.compile('["“”]')
"""The double quotation marks, straight and curly."""
_MAX_QUOTE = 3000


@attrs.frozen
class Quoted:
    """A quotation: the words between the marks, and who said them (None when unknown)."""

    start: int
    end: int
    speaker: Person | Organization | None = None


def find_quoted(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of the words inside each pair of double quotation marks.

    Examples:
        >>> text = 'He said "no" and “yes”.'
        >>> [text[a:b] for a, b in find_quoted(text)]
        ['no', 'yes']
    """
    pairs: list[tuple[int, int]] = []
    opened: int | None = None
    after = start  # just past the last quotation mark
    for match in QUOTE_MARKS.scan(text, start):
        mark, where = match.group(), match.start()
        if opened is not None and after < where:
            # a paragraph break (two line breaks with no mark between) closes nothing and
            # resets the pairing, as does one line break too far from the opening mark
            breaks = text.count("\n", after, where)
            if breaks > 1 or (breaks == 1 and text.index("\n", after, where) - opened > _MAX_QUOTE):
                opened = None
        after = where + 1
        if mark == "“" or (mark == '"' and opened is None):
            opened = where + 1
        elif opened is not None:
            if where > opened and where - opened <= _MAX_QUOTE:
                pairs.append((opened, where))
            opened = None
    return pairs


_SINGLE_MARKS = ("'", "‘", "’")
_OPENS_AFTER = frozenset(" \t\n\u00a0([{:/—–-")
"""What may come just before a single mark that opens a quotation (or nothing)."""
_CLOSES_BEFORE = frozenset(" \t\n\u00a0,.;:!?)]}—–-")
"""What may come just after a single mark that closes a quotation (or nothing)."""
_DECADE = _regex.compile(r"\d0s\b")  # "the '90s": no quotation


def double_marked(text: str, start: int = 0) -> str:
    r"""*text* with single quotation marks made double, in lines with no double marks of their own.

    Some outlets quote with single marks ('So $900k/yr ... is just ghoulish.'); the
    recognisers read double ones. A mark opens at the start of a word and closes at
    the end of one; an apostrophe inside a word ("day's") or after a plural before
    a word in lower case ("actors' union") is neither. A line that holds a double
    mark keeps its single ones: they are quotations inside quotations. Each mark is
    replaced by one character, so every offset stays.

    Examples:
        >>> double_marked("'It is ghoulish,' the actor's friend said.")
        "“It is ghoulish,” the actor's friend said."
        >>> double_marked('"He said \'no\'," she said.')  # a quotation inside a quotation
        '"He said \'no\'," she said.'
    """
    # most texts have no mark that may open a quotation; a character is found far faster
    # than a pair of them ("'" by memchr), and those found are few
    if not any(
        at == start or text[at - 1] in _OPENS_AFTER for at in _regex.places(("'", "‘"), text, start)
    ):
        return text
    marks = _regex.places(_SINGLE_MARKS, text, start)
    replaced: list[tuple[int, int]] = []
    index = 0
    while index < len(marks):  # a line at a time: pairs never cross a line break
        line_end = text.find("\n", marks[index])
        line_end = len(text) if line_end < 0 else line_end
        stop = bisect_left(marks, line_end, index)
        line_start = text.rfind("\n", start, marks[index]) + 1
        if stop - index > 1 and QUOTE_MARKS.search(text, max(start, line_start), line_end) is None:
            replaced += _paired(text, start, marks[index:stop])
        index = stop
    if not replaced:
        return text
    chars = list(text)
    for opening, closing in replaced:
        chars[opening], chars[closing] = "“", "”"
    return "".join(chars)


def _paired(text: str, start: int, marks: list[int]) -> list[tuple[int, int]]:
    """The single marks of one line (offsets in order) that open and close a quotation, in pairs."""
    pairs = []
    opened = -1
    for at in marks:
        mark = text[at]
        before = text[at - 1] if at > start else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if opened < 0:
            if (
                mark != "’"
                and before in _OPENS_AFTER
                and not after.isspace()
                and not _DECADE.match(text, at + 1)
            ):
                opened = at
        elif (
            mark != "‘"
            and not before.isspace()
            and after in _CLOSES_BEFORE
            and not _plural_possessive(text, at)
        ):
            pairs.append((opened, at))
            opened = -1
    return pairs


def _plural_possessive(text: str, at: int) -> bool:
    """Whether the mark at *at* ends a plural before a word in lower case: "actors' union"."""
    return text[at - 1] == "s" and text[at + 1 : at + 2] == " " and text[at + 2 : at + 3].islower()


_VERBS = "|".join(SPEECH_VERBS)
# "..., told X" names the listener, not the speaker
_SAID_BY = "|".join(verb for verb in SPEECH_VERBS if verb not in LISTENER_VERBS)
_AFTER_REACH = 60
"""How far after a quotation (in characters) its speaker may be named."""
_BEFORE_REACH = 60
"""How far a speech verb may come before the quotation: "told The Intercept that the top of that range '...'"."""
_THAT_REACH = 60
"""How much further when "that" comes between: "said at a press conference on July 13 that the studios had proposed that background performers '...'"."""
_BEFORE = _regex.compile(
    # also after "put it", as in "As actor Rob Delaney put it: ..."
    rf"\b(?:{_VERBS}|put[ \u00a0]it)\b(?:[^,.;:\"“”]{{0,{_BEFORE_REACH}}}"
    rf"|[^,.;:\"“”]{{0,{_BEFORE_REACH}}}\bthat\b[^,.;:\"“”]{{0,{_THAT_REACH}}})?[,:]?[ \u00a0]*\Z"
)
# "'...', said Rob Delaney", and with a few lower-case words between: "said the actor Rob Delaney"
_AFTER_SAID = _regex.compile(
    # an organisation's name among the words: "said Equity general secretary Paul Fleming"
    rf"\A[,.]?[ \u00a0]*(?:{_SAID_BY})[ \u00a0]+(?:[a-z][\w'’-]*[ \u00a0]+){{0,4}}"
    rf"(?:[A-Z][\w'’-]*[ \u00a0]+(?:[a-z][\w'’-]*[ \u00a0]+){{1,3}})?\Z"
)
# A person after a dash, as under a pull quote: '"That money could insure 35 of us," - Rob Delaney'
_DASHES = tuple(
    f"{space}{dash}{after}" for space in " \u00a0" for dash in "-–—" for after in " \u00a0"
)
_AFTER_DASH = _regex.compile(r"\A[ \u00a0]*[-–—][ \u00a0]+(?:[a-z][\w'’-]*[ \u00a0]+){0,3}\Z")
# After a quotation, a colon and a few words of a title before a person: '"...": Black Mirror star '
_AFTER_COLON = _regex.compile(r":[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){0,4}")
_VERB_NEXT = _regex.compile(r"[ \u00a0]+[a-z]+s\b")  # "slams", "says", "hits out", "calls"
_AFTER_NAME = _regex.compile(rf",?[ \u00a0]+(?:{_VERBS})\b")  # ", the union's president, X, said"
# "'...,' Fran Drescher, the president of SAG-AFTRA, said": an apposition between (bounded)
_AFTER_APPOSED = _regex.compile(
    rf"(?:,[ \u00a0]\d{{1,3}})?,[^,.;:\"“”]{{1,80}},[ \u00a0]+(?:{_VERBS})\b"  # an age may come first
)
# "an AMPTP spokesperson said" (or "told Deadline": the listener comes after, the speaker before)
_SPOKESPERSON = _regex.compile(
    rf"[ \u00a0]+(?:spokes(?:person|man|woman)|representative)[ \u00a0]+(?:{_VERBS})\b"
)
_LISTENERS = ("told ", "tells ", "told\u00a0", "tells\u00a0")
_PLACE = _regex.compile(
    r"\b(?:[Oo]utside|[Ii]nside|[Aa]t|[Ii]n|[Ff]rom|[Nn]ear|[Oo]n|[Aa]gainst|[Aa]bout)[ \u00a0]+"
    r"(?:[Tt]he[ \u00a0]+)?\Z"
)
_ACCORDING = _regex.compile(r"\A[,.]?[ \u00a0]*according[ \u00a0]+to[ \u00a0]+\Z")


def attribute(
    text: str,
    pairs: Sequence[tuple[int, int]],
    people: Sequence[PersonMention],
    orgs: Sequence[OrgMention],
    sentence_of: dict[int, tuple[int, int]],
    *,
    studios: Organization | None = None,
    sentence_starts: Sequence[int] = (),
) -> list[Quoted]:
    """Attribute each quotation to a speaker named next to a speech verb.

    Handles "X said: '...'", "X said of the role '...'", "'...', said X",
    "'...', X said", "'...', according to X" and "'...', the union said".
    *sentence_of* maps a quote's start to the bounds of the sentence around it, and
    *sentence_starts* are where the text's sentences start, in order; *studios* is
    who "the studios" are, when the text speaks of them.
    """
    speakers = sorted(
        [(m.start, m.end, m.person) for m in people]
        + [(m.start, m.end, m.organization) for m in orgs],
        key=lambda row: row[0],
    )
    starts = [row[0] for row in speakers]
    person_starts = [m.start for m in people]
    named = _Named(text, people, person_starts)
    known = _Known(text, orgs, [m.start for m in orgs], sentence_starts)
    result = []
    for start, end in pairs:
        sentence_start, sentence_end = sentence_of.get(
            start, (max(0, start - 200), min(len(text), end + 200))
        )
        # only the speakers named in this sentence, and near: linear in the text, even in
        # a sentence of a megabyte
        near = max(sentence_start, start - _SPEAKER_REACH)
        before = speakers[bisect_left(starts, near) : bisect_left(starts, start)]
        if text.startswith(_DASHES, end + 1):
            # a dash right after the marks runs on past the quotation's sentence: '"... of
            # us." - Rob Delaney' (the full stop ends a sentence, and the dash opens the next)
            sentence_end = max(sentence_end, min(len(text), end + 1 + _AFTER_REACH))
        after_stop = min(sentence_end, end + 1 + _AFTER_REACH)
        after = speakers[bisect_left(starts, end + 1) : bisect_right(starts, after_stop)]
        speaker = (
            _speaker_before(text, start - 1, sentence_start, before)
            or _colon_speaker(text, start - 1, before)
            or _speaker_after(text, end + 1, sentence_end, after)
            or _pronoun_after(text, start, end + 1, named)
            or _pronoun_before(text, start - 1, sentence_start, named)
            or _statement_after(text, start, end + 1, speakers, starts)
            or _according_to(text, sentence_start, before)
            or _subject_said(text, start - 1, end + 1, before)
            or _by_what_it_is(text, (sentence_start, start, end + 1), known, studios)
        )
        result.append(Quoted(start, end, speaker))
    return _continued(text, result, people, person_starts, sentence_of)


_CLAUSE_REACH = 120
"""How far before the first name near a quotation a relative clause around it may open."""
_SPEAKER_REACH = 400
"""How far (in characters) before a quotation its speaker may be named."""
_CONTINUE_REACH = 300
"""How far (in characters) a quotation may follow the last one and still be its speaker's."""
_CONTINUATION = _regex.compile(r"(?:\S+\s+){2,}\S*[.!?]\s*\Z")
"""A quoted sentence of three words or more, not a title or a scare quote."""


def _continued(
    text: str,
    quoted: list[Quoted],
    people: Sequence[PersonMention],
    starts: list[int],
    sentence_of: dict[int, tuple[int, int]],
) -> list[Quoted]:
    """Give a quotation with no speaker to the speaker of the one just before, when it goes on.

    '"It's a staggering sum," said Ann Lee, a character actor. "Nine hundred grand would
    cover dozens of us."' The second is Ann Lee's: it opens a sentence in the same or the
    next paragraph, is a sentence itself, and no other person is named between. The same
    holds for an organisation's words when they too open their sentence ("'...,' the
    statement said. '...'").
    """
    for index in range(1, len(quoted)):
        previous, current = quoted[index - 1], quoted[index]
        if current.speaker is not None or previous.speaker is None:
            continue
        opens = sentence_of.get(previous.start, (None,))[0] == previous.start - 1
        if isinstance(previous.speaker, Organization) and not opens:
            continue  # an organisation's words within a sentence ("posted a job to '...'"): a listing's
        gap = text[previous.end : current.start]
        if (
            len(gap) > _CONTINUE_REACH
            or gap.count("\n\n") > 1
            or sentence_of.get(current.start, (None,))[0] != current.start - 1
            or not _CONTINUATION.match(text, current.start, current.end)
        ):
            continue
        between = people[bisect_left(starts, previous.end) : bisect_left(starts, current.start)]
        if any(m.person.name != previous.speaker.name for m in between):
            continue
        quoted[index] = Quoted(current.start, current.end, previous.speaker)
    return quoted


def _speaker_before(
    text: str, mark: int, floor: int, speakers: Sequence[tuple[int, int, Person | Organization]]
) -> Person | Organization | None:
    said = _BEFORE.search(text, max(floor, mark - _BEFORE_REACH - _THAT_REACH - 30), mark)
    if said is None:
        return None
    candidates = [
        row
        for row in speakers
        if floor <= row[0]
        and row[1] <= mark
        # "Speaking outside Paramount, ... said": a place, not who speaks
        and (isinstance(row[2], Person) or not _PLACE.search(text, max(0, row[0] - 12), row[0]))
        # "He told The Intercept that ...": the listener, not who speaks
        and not text.endswith(_LISTENERS, max(0, row[0] - 6), row[0])
    ]
    if not candidates:
        return None
    # who a relative clause before the verb names is not who speaks: "The AMPTP, which
    # represents Netflix, Disney and other studios, said", "The posting, which was first
    # reported by The Intercept, says"
    first = candidates[0][0]  # near the quotation: a sentence of a megabyte costs no more
    low, verb = max(floor, first - _CLAUSE_REACH), said.start()
    clause = max(text.rfind(", which ", low, verb), text.rfind(", who ", low, verb))
    if clause > first:  # after a name: the names in it, to the verb
        candidates = [row for row in candidates if row[0] < clause]
    elif clause >= 0:  # before every name: the names up to its last comma
        closing = text.rfind(",", clause + 1, verb)
        candidates = [row for row in candidates if row[0] > closing]
    return _prefer_people(candidates) if candidates else None


def _colon_speaker(
    text: str, mark: int, before: Sequence[tuple[int, int, Person | Organization]]
) -> Person | None:
    """The person named right before a colon that opens the quotation: 'Rob Delaney: "..."'."""
    if not before or not text.startswith((": ", ":\u00a0"), mark - 2):
        return None
    _, end, who = before[-1]
    return who if isinstance(who, Person) and end == mark - 2 else None


def _speaker_after(
    text: str, mark: int, ceiling: int, speakers: Sequence[tuple[int, int, Person | Organization]]
) -> Person | Organization | None:
    for index, (start, end, who) in enumerate(speakers):
        if start < mark or start > min(ceiling, mark + _AFTER_REACH):
            continue
        between = text[mark:start]
        if _AFTER_SAID.match(between) or _ACCORDING.match(between):
            # '"...," said SAG-AFTRA President Fran Drescher': the person the organisation's
            # title names, not the organisation
            return _titled_person(text, end, speakers[index + 1 : index + 2]) or who
        if isinstance(who, Person) and text[mark - 2] in ",.!?" and _AFTER_DASH.match(between):
            return who  # the words closed, then a dash and a person: '"...," - Rob Delaney'
        # a headline: '"It is just ghoulish": Black Mirror star Rob Delaney slams ...'
        if (
            isinstance(who, Person)
            and _AFTER_COLON.fullmatch(between)
            and _VERB_NEXT.match(text, end)
        ):
            return who
        closed = any(char in between for char in '.!?"“”')
        if (
            isinstance(who, Person)
            and not closed
            and (
                _AFTER_NAME.match(text, end, end + 20) or _AFTER_APPOSED.match(text, end, end + 100)
            )
        ):
            return who  # "'...', SAG-AFTRA board member Shaan Sharma said", "..., Ann Lee, an actor, said"
        if isinstance(who, Organization) and not closed and _organisation_said(text, between, end):
            return who  # "'...', an AMPTP spokesperson said", "'...,' the AMPTP said"
    return None


# Between a quotation and the organisation that said it: '"...," the AMPTP said'
_BEFORE_ORGANISATION = _regex.compile(r"[,.]?[ \u00a0]+(?:the[ \u00a0]+)?")


def _organisation_said(text: str, between: str, end: int) -> bool:
    """Whether the organisation named after a quotation (ending at *end*) said it."""
    if _SPOKESPERSON.match(text, end, end + 30):
        return True  # "'...', an AMPTP spokesperson said"
    return bool(_BEFORE_ORGANISATION.fullmatch(between)) and bool(
        _AFTER_NAME.match(text, end, end + 20)
    )


_TITLE_BETWEEN = _regex.compile(r"(?:[ \u00a0]+[A-Za-z&][\w'’&-]*)*?[ \u00a0]+\Z")
"""The words of a title between an organisation and a name: " President ", " Chief Negotiator "."""


def _titled_person(
    text: str, end: int, following: Sequence[tuple[int, int, Person | Organization]]
) -> Person | None:
    """The person named right after an organisation and a title ("SAG-AFTRA President Fran Drescher")."""
    for start, _, who in following:
        if (
            isinstance(who, Person)
            and start - end <= _TITLE_REACH
            and _TITLE_BETWEEN.match(text, end, start)
        ):
            return who
    return None


_TITLE_REACH = 40
PRONOUN_REACH = 300
"""How far back (in characters) a pronoun ("he said") may find the person it stands for.

Further, when the article has named no one else before and speaks of them between as
"the ... star" or the like: "Rob Delaney has criticised Netflix ... The Catastrophe
star, who appeared in ..., said ... "...," he told The Intercept."
"""
# "The Catastrophe star", "the actor": the one person named, spoken of again
_DESCRIBED = _regex.compile(
    r"\b[Tt]he[ \u00a0](?:[\w'’-]+[ \u00a0]){0,3}?"
    r"(?:star|actor|actress|comedian|writer|screenwriter|performer|director|negotiator|president)\b"
)


class _Named:
    """The person a pronoun stands for: the one named last before it.

    Near it (within :data:`PRONOUN_REACH`), or further when the article has named no
    one else before and speaks of them again between ("The Catastrophe star, who ...").
    """

    def __init__(self, text: str, people: Sequence[PersonMention], starts: list[int]) -> None:
        """Hold the people of *text*, in order, and where each starts."""
        self.text, self.people, self.starts = text, people, starts
        first = people[0].person.name if people else None
        # how many mentions open the text before a second person is named
        self.alone = next((i for i, m in enumerate(people) if m.person.name != first), len(people))
        self.described: dict[int, int] = {}  # where the text first speaks of each again

    def before(self, at: int) -> Person | None:
        """The person named last before *at*, if a pronoun there may stand for them."""
        index = bisect_left(self.starts, at) - 1
        if index < 0:
            return None
        named = self.people[index]
        if named.start >= at - PRONOUN_REACH:
            return named.person
        if index < self.alone and self._described_after(index) < at:
            return named.person
        return None

    def _described_after(self, index: int) -> int:
        """Where "the ... star" first follows mention *index*, before the next; each stretch read once."""
        if index not in self.described:
            mention = self.people[index]
            stop = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
            found = _DESCRIBED.search(self.text, mention.end, stop)
            self.described[index] = found.start() if found is not None else len(self.text)
        return self.described[index]


_PRONOUN_SAID = _regex.compile(rf"[,.!?]?[ \u00a0]*(?:he|she)[ \u00a0]+(?:{_VERBS})\b")


def _pronoun_after(text: str, start: int, mark: int, named: _Named) -> Person | None:
    """The person named last before the quotation, when "he said" or "she told ..." follows it."""
    if not _PRONOUN_SAID.match(text, mark, mark + 20):
        return None
    return named.before(start)


# "She wrote on Instagram: '...'": as _BEFORE, with a pronoun for the speaker's name
_PRONOUN_BEFORE = _regex.compile(
    rf"\b(?:[Hh]e|[Ss]he)[ \u00a0]+(?:{_VERBS})\b[^,.;:\"“”]{{0,{_BEFORE_REACH}}}[,:]?[ \u00a0]*\Z"
)


def _pronoun_before(text: str, mark: int, floor: int, named: _Named) -> Person | None:
    """The person named last before "she wrote:" or "he told reporters," when it opens the quotation."""
    said = _PRONOUN_BEFORE.search(text, max(floor, mark - _BEFORE_REACH - 20), mark)
    if said is None:
        return None
    return named.before(said.start())


_STATEMENT_NEAR = 40
"""How far from "statement" its organisation is named: "In a statement, the AMPTP said", "a statement from SAG-AFTRA"."""
_STATEMENT_SAID = _regex.compile(
    r"[,.!?]?[\"”]?[ \u00a0]+(?:the|its|their)[ \u00a0](?:statement|release|letter)[ \u00a0]"
    r"(?:said|says|read|reads|added|continued|stated)\b"
)


def _statement_after(
    text: str,
    start: int,
    mark: int,
    speakers: Sequence[tuple[int, int, Person | Organization]],
    starts: list[int],
) -> Organization | None:
    """The organisation a statement named before is from, when "the statement said" follows the quotation.

    "In a statement, the AMPTP said that was false. '...,' the statement said." The
    organisation must be named within a few words of "statement": without such a
    statement, whose it is stays unknown.
    """
    if not _STATEMENT_SAID.match(text, mark, mark + 30):
        return None
    # "statement" itself, not the words "the statement" after the quotation
    named = text.rfind("statement", max(0, start - PRONOUN_REACH), start - 1)
    if named < 0:
        return None
    low = bisect_left(starts, named - _STATEMENT_NEAR)
    near = speakers[low : bisect_left(starts, min(start, named + _STATEMENT_NEAR))]
    return next((who for _, _, who in near if isinstance(who, Organization)), None)


# "According to a statement from the AMPTP, its proposal '...'": who the sentence is according to
_ACCORDING_OPENS = _regex.compile(
    r"(?:[Aa]ccording[ \u00a0]to|Per)[ \u00a0]"
    r"(?:an?[ \u00a0](?:statement|spokes(?:person|man|woman)|representative)"
    r"[ \u00a0](?:from|for|of)[ \u00a0])?(?:the[ \u00a0])?"
)


def _according_to(
    text: str, sentence_start: int, before: Sequence[tuple[int, int, Person | Organization]]
) -> Person | Organization | None:
    """The speaker a sentence opens by naming, "According to X, ...", when the quotation is in it.

    A person named in that clause comes first: "Per SAG-AFTRA chief negotiator Duncan
    Crabtree-Ireland, ..." is his account, not the union's.
    """
    opening = _ACCORDING_OPENS.match(text, sentence_start)
    if opening is None:
        return None
    at = opening.end()
    comma = text.find(",", at, at + _CLAUSE_REACH)
    stop = comma if comma >= 0 else at + _CLAUSE_REACH
    named = [(start, who) for start, _, who in before if at <= start < stop]
    person = next((who for _, who in named if isinstance(who, Person)), None)
    return person or next((who for start, who in named if start == at), None)


_CLAUSE_REACH = 80
"""How long the clause "According to X," may be."""
_VERB_AFTER = _regex.compile(rf"[^.!?\n]{{0,40}}?\b(?:{_VERBS})\b")
# "Rob Delaney called the listing 'ghoulish'": verbs that give a quoted word its speaker only
# after the person the sentence is by
_NAMING_VERBS = "called|described|dubbed|labell?ed|branded"
_APPOSED_NAMING = _regex.compile(
    rf"(?:,[ \u00a0]\d{{1,3}})?,[^,.;:\"“”]{{1,80}},[ \u00a0]+(?:{_VERBS}|{_NAMING_VERBS})\b"
)
# Right before the quotation: "the studios' 'groundbreaking' proposal", their own word; not
# "called the studios' offer 'insulting'", a word of the person's about it
_THEIRS = _regex.compile(
    r"\b(?:studios?|producers|compan(?:y|ies)|AMPTP|union|guild|alliance)(?:['’]s?|s['’])[ \u00a0]\Z",
    re.IGNORECASE,
)
_TWO_CAPITALS = _regex.compile(r"\b[A-Z][\w'’-]*[ \u00a0][A-Z][\w'’-]*")
# Right after the person a sentence is by: "X, SAG-AFTRA's negotiator, said", "X said"
_SUBJECT_VERB = _regex.compile(
    # "has called", "has also said", "has previously described"
    rf",?[ \u00a0]+(?:(?:has|had|also|previously|publicly|repeatedly)[ \u00a0]+){{0,2}}"
    rf"(?:{_VERBS}|{_NAMING_VERBS})\b"
)


def _subject_said(
    text: str, mark: int, closing: int, before: Sequence[tuple[int, int, Person | Organization]]
) -> Person | None:
    """The one person the sentence names before the quotation, when a speech verb follows the name.

    "Duncan Crabtree-Ireland said last week that studios had proposed that
    background performers could be scanned, paid for one day's work, and that the
    studio would then "own that scan" forever": reported speech, then his words.
    """
    if _VERB_AFTER.match(text, closing):
        # the quotation names its own speaker after it, one not found ('"Yes," Lee wrote')
        return None
    people = [(end, who) for _, end, who in before if isinstance(who, Person)]
    if not people or any(who != people[0][1] for _, who in people[1:]):
        return None  # no one, or someone else named between
    end, person = people[0]
    verb = _SUBJECT_VERB.match(text, end, end + 20) or _APPOSED_NAMING.match(text, end, end + 100)
    if verb is None or verb.end() > mark or _TWO_CAPITALS.search(text, verb.end(), mark):
        return None  # a name the text gives no cue for may be the one quoted ("that Fran Drescher ...")
    if _THEIRS.search(text, verb.end(), mark):
        return None  # "what he called the studios' 'groundbreaking' proposal": their word
    return person


# '"...," the union said' and 'The union said: "..."': an organisation by what it is. Not
# "posted": "... pipelines." The company posted the role': the listing's words, not the company's
_REFERRED = "union|guild|alliance|studios?|company|streamer"
_REFERRED_VERBS = "|".join(verb for verb in SPEECH_VERBS if verb != "posted")
_REFERRED_SAID_BY = "|".join(
    verb for verb in SPEECH_VERBS if verb not in ("posted", *LISTENER_VERBS)
)
_REFERRED_AFTER = _regex.compile(  # in the quotation's sentence: "the", not "The"
    rf"[\"”]?[ \u00a0]*the[ \u00a0]+(?P<noun>{_REFERRED})[ \u00a0]+(?:also[ \u00a0]+)?"
    rf"(?:{_REFERRED_SAID_BY})\b"
)
_REFERRED_OPENS = _regex.compile(
    rf"[Tt]he[ \u00a0]+(?P<noun>{_REFERRED})[ \u00a0]+(?:also[ \u00a0]+)?(?P<verb>{_REFERRED_VERBS})\b"
)
_REFERRED_KINDS = {
    "union": {OrganizationKind.UNION},
    "guild": {OrganizationKind.UNION},
    "alliance": {OrganizationKind.TRADE_ASSOCIATION},
    "studios": {OrganizationKind.TRADE_ASSOCIATION},
    "studio": {OrganizationKind.STUDIO},
    "company": {OrganizationKind.STUDIO, OrganizationKind.STREAMER, OrganizationKind.COMPANY},
    "streamer": {OrganizationKind.STREAMER},
}
_PARTY_NOUNS = frozenset({"union", "guild", "alliance", "studios"})
"""The parties to the talks, named by what they are: the last of their kind named, however far back."""
_REFERRED_LOOKS = 6
"""How many organisations named last before a quotation "the union" may stand for one of."""


class _Known:
    """The organisations and sentences of a text, and whether it names a union this library does not know."""

    def __init__(
        self,
        text: str,
        orgs: Sequence[OrgMention],
        starts: list[int],
        sentence_starts: Sequence[int],
    ) -> None:
        """Hold the mentions; the text is read for other unions only when asked."""
        self.text, self.orgs, self.starts = text, orgs, starts
        self.sentence_starts = sentence_starts

    def sentence_before(self, start: int) -> int:
        """Where the sentence before the one at *start* begins (*start* itself when none is known)."""
        index = bisect_left(self.sentence_starts, start) - 1
        return self.sentence_starts[index] if index >= 0 else start

    @functools.cached_property
    def other_union(self) -> bool:
        """Whether the text names a union not among its organisations ("the United Auto Workers")."""
        return names_other_union(self.text, self.orgs, self.starts)


def _by_what_it_is(
    text: str,
    at: tuple[int, int, int],
    known: _Known,
    studios: Organization | None,
) -> Organization | None:
    """The organisation "the union" (guild, alliance, studios, company) stands for, when it speaks.

    It comes right after the quotation ('"...," the union said') or opens its sentence
    ('The guild said in a statement: "..."'), and stands for the organisation of that
    kind named last before the quotation ("the alliance": the AMPTP; "the company": an
    employer), among the last few named. "The studios" with no alliance named there
    are *studios*. "The union" and "the guild" stand for none when the text names a
    union it does not know ("The United Auto Workers ... Like SAG-AFTRA, the union
    says ...": the union may be that one).
    """
    sentence_start, start, mark = at
    said = _REFERRED_AFTER.match(text, mark, mark + 40)
    if said is None:
        said = _REFERRED_OPENS.match(text, sentence_start, start)
        if said is None or not _BEFORE.match(text, said.start("verb"), start - 1):
            return None
    kinds = _REFERRED_KINDS[said.group("noun")]
    if OrganizationKind.UNION in kinds and known.other_union:
        return None
    # a company, a streamer, a studio: named in the quotation's sentence or the one before,
    # as another company the library does not know ("Ford said ...") may be the one meant
    floor = 0 if said.group("noun") in _PARTY_NOUNS else known.sentence_before(sentence_start)
    index = bisect_left(known.starts, start) - 1
    for mention in known.orgs[max(0, index - _REFERRED_LOOKS + 1) : index + 1][::-1]:
        if mention.start < floor:
            break
        if mention.kind in kinds:
            return mention.organization
    return studios if said.group("noun") == "studios" else None


def _prefer_people(
    candidates: Sequence[tuple[int, int, Person | Organization]],
) -> Person | Organization:
    """The last person among *candidates*, or the last organisation when no person is there."""
    people = [row for row in candidates if isinstance(row[2], Person)]
    return (people or list(candidates))[-1][2]


def find_quotes(
    quoted: Sequence[Quoted], text: str, postings: Sequence[JobPosting]
) -> tuple[Quote, ...]:
    """Turn attributed quotations, and job listings' quoted words, into :class:`~aistrike.Quote` facts.

    A quotation with no speaker is kept only when it is one of a posting's
    quoted duties; then the listing itself is the speaker. Scare quotes
    ("optimize") are left out, and so are a posting's title in quotation marks.
    """
    # each duty: where each posting that lists it is first named, and its employer
    listings: dict[str, list[tuple[int, Organization]]] = {}
    for posting in postings:
        if not posting.evidence:
            continue
        first = min(span.start for span in posting.evidence)
        for duty in posting.duties:
            listings.setdefault(duty, []).append((first, posting.employer))
    for places in listings.values():
        places.sort(key=lambda row: row[0])
    # 'a listing for a "Senior AI Engineer"': a job's title in quotation marks is no quote
    titles = {posting.title.lower() for posting in postings if posting.title}
    found = []
    for quote in quoted:
        words = text[quote.start : quote.end]
        phrase = words.strip().rstrip(",.;:")
        if phrase.lower() in titles:
            continue
        speaker: Person | Organization | Document | None = quote.speaker
        if speaker is None:
            employer = next(
                (org for start, org in listings.get(phrase, ()) if start <= quote.start), None
            )
            if employer is None:
                continue
            speaker = Document(DocumentKind.JOB_LISTING, employer)
        if words.strip():
            found.append(
                Quote(speaker=speaker, text=words, evidence=(Span(quote.start, quote.end),))
            )
    return tuple(found)
