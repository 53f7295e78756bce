"""Organisations and people named in a text, with their offsets.

Organisations come from the table in :mod:`aistrike.extract.vocabulary`. People
are found only where the text marks them as people: next to a speech verb
("Rob Delaney said"), after "according to", or in an apposition with a role
("chief negotiator of SAG-AFTRA, Duncan Crabtree-Ireland").
"""

import functools
import re

from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from typing import NamedTuple

import attrs

from aistrike.extract import _regex
from aistrike.extract.vocabulary import (
    EMPLOYER_KINDS,
    LISTENER_VERBS,
    ORGANIZATIONS,
    SPEECH_VERBS,
)
from aistrike.model import Organization, OrganizationKind, Person


@attrs.frozen
class OrgMention:
    """An organisation named in the text."""

    start: int
    end: int
    name: str
    kind: OrganizationKind
    surface: str

    @property
    def organization(self) -> Organization:
        """The organisation named (one shared object for each name: it cannot change)."""
        return organization(self.name, self.kind)


@functools.lru_cache(maxsize=256)
def organization(name: str, kind: OrganizationKind) -> Organization:
    """The :class:`~aistrike.Organization` of *name*, built and validated once, then shared.

    Examples:
        >>> organization("WGA", OrganizationKind.UNION) is organization("WGA", OrganizationKind.UNION)
        True
    """
    return Organization(name, kind)


def _trie_pattern(words: list[str], not_after: str = "") -> str:
    """Build a regex alternation that shares prefixes (longest first), so matching stays fast.

    With *not_after* (a character class), no word may follow one of its characters. The
    test comes after each word's first character, so that the pattern still opens with
    a choice of characters, which ``re`` skips ahead to.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict, after_first: str = "") -> str:  # type: ignore[type-arg]
        branches = [
            re.escape(char)
            + (after_first and f"(?<!{after_first}{re.escape(char)})")
            + render(child)
            for char, child in sorted(node.items())
            if char
        ]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return render(trie, not_after)


# After a name, no more of a word; but "Netflix-owned", "Disney-backed" name the company
_NOT_GOING_ON = (
    r"(?:(?![\w-])|(?=-(?:owned|backed|based|funded|produced|made|led|run|distributed)\b))"
)
_SURFACES: dict[str, tuple[str, OrganizationKind]] = {}
for _name, _kind, _aliases in ORGANIZATIONS:
    for _surface in (_name, *_aliases):
        _SURFACES[_surface] = (_name, _kind)
    # a tabloid's lead in capitals: "NETFLIX has sparked outrage ..." (a company's one-word name)
    if _kind in EMPLOYER_KINDS and _name.isalpha() and not _name.isupper():
        _SURFACES[_name.upper()] = (_name, _kind)
# Greedy optional groups in the trie prefer the longest name; the lookarounds keep
# "SAG" from matching inside "SAGE" and "Meta" inside "Metaverse". Names that open
# with a capital are one pattern, which re skips ahead to capitals for; the few that
# do not ("writers' union") are tried where their first word is.
_ORG_CAPITAL = _regex.compile(
    _trie_pattern([s for s in _SURFACES if s[0].isupper()], not_after=r"[\w-]") + _NOT_GOING_ON
)
_ORG_OTHER = _regex.compile(
    r"(?<![\w-])(?:" + _trie_pattern([s for s in _SURFACES if not s[0].isupper()]) + r")(?![\w-])"
)


def find_organizations(text: str, start: int = 0, folded: str | None = None) -> list[OrgMention]:
    """Find organisations named from *start* on.

    *folded* is ``_regex.fold(text)`` when the caller has it already.

    Examples:
        >>> [m.name for m in find_organizations("SAG-AFTRA joined the Writers Guild of America.")]
        ['SAG-AFTRA', 'WGA']
    """
    streams = [
        lambda pos: _ORG_CAPITAL.finditer(text, pos),
        _ORG_OTHER.at_words(text, folded),
    ]
    found = []
    for _, match in _regex.finditer_first(streams, start):
        surface = match.group()
        entry = _SURFACES[surface]  # the trie only ends on whole names
        found.append(OrgMention(match.start(), match.end(), entry[0], entry[1], surface))
    return found


def organizations_of(mentions: list[OrgMention]) -> tuple[Organization, ...]:
    """Merge mentions into one :class:`~aistrike.Organization` per name, in order of first mention."""
    aliases: dict[str, list[str]] = {}
    kinds: dict[str, OrganizationKind] = {}
    for mention in mentions:
        names = aliases.setdefault(mention.name, [])
        kinds[mention.name] = mention.kind
        if (
            mention.surface not in (mention.name, mention.name.upper())  # "NETFLIX": no alias
            and mention.surface not in names
        ):
            names.append(mention.surface)
    return tuple(Organization(name, kinds[name], tuple(found)) for name, found in aliases.items())


def _capitalised(words: tuple[str, ...]) -> str:
    """A trie of *words*, each also with a capital first letter ("Actor X"); a trie branches fast."""
    return _trie_pattern(sorted({w for word in words for w in (word, word[0].upper() + word[1:])}))


_ROLE_PREFIXES = ("chief", "lead", "executive", "national", "union", "co-")
# Words that make a role more precise ("background performer"), but too common in this news to
# be where a role cue is looked for: taken from before a role found without them
_MORE_PREFIXES = ("background", "stunt", "voice", "character")
_ALL_PREFIXES = frozenset(_ROLE_PREFIXES + _MORE_PREFIXES)
_OPENING_MARKS = "\"“”'‘’(["  # before a prefix that opens a sentence or a quotation
_ROLES = (
    "negotiator", "president", "spokesperson", "spokesman", "spokeswoman", "director", "chair",
    "chairman", "board member", "executive director", "executive", "vice president", "VP", "CEO",
    "actor", "actress",
    "writer", "screenwriter", "comedian", "star", "member", "performer", "reporter",
    "general secretary", "secretary", "organiser", "organizer", "official",
    "lawyer", "attorney", "analyst", "professor", "economist", "host",
    "scholar", "historian", "researcher", "critic", "journalist", "producer", "consultant",
    "activist", "founder", "editor",
)  # fmt: skip
# "Delaney", "Crabtree-Ireland", "O'Brien", and a capital inside ("McDonald", "DuVernay")
# "[a-z]++" never gives letters back: no match needs it to, as a capital, a mark, a space
# or the end of the word follows. Failing at each capital then costs a third less.
# Letters of Latin-script names too: "Lucía", "Müller", "Łukasz", "Wałęsa"
_UPPER = "A-ZÀ-ÖØ-ÞĆČĐŁŃŒŘŚŞŠŢŽŹŻ"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]++(?:[{_UPPER}][{_LOWER}]++)?(?:[-'’][{_UPPER}][{_LOWER}]++)?"
_NAME_REST = (
    rf"(?:[ \u00a0](?:{_NAME_WORD}|[{_UPPER}]\.)){{1,2}}"  # one or two more words or initials
)
# a courtesy title before the name, with its full stop ("Dr. Helen Marsh"), is read and
# left out of the name (_read_person); without one it is a name word ("Dr Helen Marsh")
_COURTESY = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sir", "Dame")
_NAME = rf"(?:(?:Dr|Mrs?|Ms|Mx|Prof)\.[ \u00a0])?(?:{_NAME_WORD}|[{_UPPER}]\.){_NAME_REST}"
_VERBS = "|".join(SPEECH_VERBS)
# A name before a verb of naming is someone's too: "Tom Reid called the offer an insult"
_NAMING_VERBS = ("called", "described", "put it")  # "As Fran Drescher put it, ..."
_CUE_WORDS = (*SPEECH_VERBS, *_NAMING_VERBS)
_CUE_VERBS = "|".join(_CUE_WORDS)
# Three kinds of cue, each its own pattern so that each opens with what re skips ahead
# to; find_people takes their matches as re would those of their alternation
# (_regex.finditer_first). First, a name before a speech verb, opening with its capital.
_BY_VERB = _regex.compile(
    rf"(?P<name>[{_UPPER}](?:[{_LOWER}]++(?:[{_UPPER}][{_LOWER}]++)?(?:[-'’][{_UPPER}][{_LOWER}]++)?|\.)"
    rf"{_NAME_REST})"  # _NAME, its capital first
    # an age may come first: "Sarah Jones, 34, a background actor, said"
    rf"(?=(?:,[ \u00a0]\d{{1,3}})?,[^,.\n]{{1,80}},[ \u00a0](?:{_CUE_VERBS})\b"
    rf"|[ \u00a0](?:{_CUE_VERBS}|has said|had said|previously said)\b"
    # or where they work: "Dana Whitfield of Loyola Law School said"
    rf"|[ \u00a0](?:of|at|from)[ \u00a0](?:the[ \u00a0])?[A-Z][\w'’-]*+(?:[ \u00a0][A-Z][\w'’-]*+){{0,4}}[ \u00a0](?:{_CUE_VERBS})\b"
    # the comma that closes an apposition around the name: "One participant, an actor named
    # Paolo Brandt, said"
    rf"|,[ \u00a0](?:{_VERBS})\b"
    # or a role set off by commas, whatever the verb: "Fran Drescher, president of SAG-AFTRA,
    # called ..."; the role ends the apposition, or an organisation after it does
    rf"|,[ \u00a0](?:(?:the|a|an)[ \u00a0])?(?:[\w'’-]++[ \u00a0]){{0,2}}?(?:{_trie_pattern(list(_ROLES))})"
    r"(?:[ \u00a0](?:of|at|for|from|in)[ \u00a0][^,.\n]{1,40})?,)"
)
# A name after "according to", "said", "says" or "told by". Tried only where one of those
# words is (_regex.at_words): a class of first letters, as in "[Aa]ccording", is scanned
# for ten times slower. "According to" opening a sentence is a cue of its own.
_AFTER_WORDS = ("According to", "according to", "said", "says", "told by")
_AFTER_CUE = _regex.compile(
    "(?:"
    + "|".join(rf"{cue}(?<!\w{cue})" for cue in _AFTER_WORDS)
    + rf")[ \u00a0](?P<name>{_NAME})\b"
)
# Right after a quotation, other verbs give the speaker too: '"...," wrote Marcus Bell'.
# Tried only at a closing quotation mark, which is rare. Not "posted" or "told": "told
# Variety" names the listener.
_AFTER_QUOTE_MARKS = ('"', "”")
_VERBS_AFTER_QUOTE = "|".join(
    verb for verb in SPEECH_VERBS if verb not in (*_AFTER_WORDS, *LISTENER_VERBS, "posted")
)
_AFTER_QUOTE = _regex.compile(
    # or a dash, as under a pull quote: '"That money could insure 35 of us." - Rob Delaney'
    rf"(?<=[,.!?])[\"”][ \u00a0](?:(?:{_VERBS_AFTER_QUOTE}|[-–—])"
    rf"[ \u00a0](?P<name>{_NAME})\b"
    # or a surname alone before a speech verb, the full name given earlier with no cue:
    # "hosts Carla Mendes and ...", then '"...," Mendes says'
    rf"|(?P<surname>[{_UPPER}][{_LOWER}]{{2,}}+)[ \u00a0](?:{_VERBS})\b)"
)
# A surname alone before a verb of speech, its full name given earlier with no cue: "hosts
# Priya Natarajan and Owen Castell unpack ...", then "Natarajan says the listing ..."
_SAYING = ("says", "said")
_SURNAME_ENDS = _regex.compile(rf"(?<![\w'’-])[{_UPPER}][{_LOWER}]{{2,}}+\Z")
# The first name before a surname: "Carla " of "Carla Mendes", not part of a longer name
# such as "Los Angeles Times"
_FIRST_NAME = _regex.compile(rf"(?<![\w.])[{_UPPER}][{_LOWER}]++[ \u00a0]\Z")
_CAPITALISED_BEFORE = _regex.compile(rf"[{_UPPER}][\w'’-]*[ \u00a0]\Z")
# A name after a role: tried only where a role's first word is (_regex.at_words).
_BY_ROLE = _regex.compile(
    rf"\b(?P<role>(?:(?:{_capitalised(_ROLE_PREFIXES)})[ \u00a0]?)?(?:{_capitalised(_ROLES)}))"
    rf"(?:[ \u00a0](?:of|at|for)[ \u00a0](?P<org>[A-Z][\w-]+(?:[ \u00a0][A-Z][\w-]+){{0,3}}"
    # "A spokesperson for the alliance, Scott Rowe, said": the union or the alliance named
    r"|the[ \u00a0](?:union|guild|alliance)))?,?[ \u00a0]"
    rf"(?P<name>{_NAME})\b"
)
_TITLES = frozenset(role for role in _ROLES if " " not in role and not role.isupper())
"""Roles that may open a name as a title ("Actor Rob Delaney"), in lower case."""
_HONORIFICS = frozenset(
    {
        "mayor",
        "governor",
        "senator",
        "judge",
        "reporter",
        "creator",
        "producer",
        "showrunner",
        "guest",
    }
)
"""Other titles that may open a name ("Mayor Karen Bass"): the role, not a first name."""
_NAME_TITLES = _TITLES | _HONORIFICS
# where a role cue may begin; none opens with another, as _regex.places needs
_ROLE_WORDS = _regex.unextended({word.lower() for word in (*_ROLE_PREFIXES, *_ROLES)})
# After a name, a role set off by commas: ", the union's chief negotiator,", ", president of
# SAG-AFTRA." Bounded: linear.
_APPOSED = _regex.compile(
    # "..., the Catastrophe and Black Mirror star,": up to four words before the role; "X is
    # the national executive director and chief negotiator of SAG-AFTRA." (_is_the_role)
    r"(?:,|[ \u00a0]is)(?:[ \u00a0]\d{1,3},)?[ \u00a0](?:(?:the|a|an|its|their)[ \u00a0](?:[\w'’-]++[ \u00a0]){0,4}?"
    r"|(?P<porg>[\w-]++)['’]s[ \u00a0])?"  # ", SAG-AFTRA's president,"
    rf"(?P<role>(?:(?:{'|'.join(sorted(_ALL_PREFIXES))})[ \u00a0]?)?(?:{'|'.join(sorted(_ROLES, key=len, reverse=True))}))"
    # "..., the national executive director and chief negotiator of Sag-Aftra,"
    r"\b[^,.\n]{0,100}?(?:[ \u00a0](?:of|at|for)[ \u00a0](?P<org>[^,.\n]{1,40}))?[,.]"
)
_WORKS_AT = _regex.compile(r"[ \u00a0](?:of|at|from)[ \u00a0](?:the[ \u00a0])?")
_STARRED = _regex.compile(r",[ \u00a0]who[ \u00a0](?:starred|stars|appeared|acted)\b")
_OPENING_WORDS = frozenset(
    {"As", "But", "And", "So", "Yet", "Still", "When", "While", "If", "Though", "Although"}
    | {"Because", "Since", "Then", "Now", "Later", "Meanwhile", "Also", "Even", "Instead"}
)
"""Words that open a sentence before a name, and are no part of it: "But Rob Delaney said"."""
_DETERMINERS = frozenset(
    {"The", "A", "An", "Some", "This", "That", "These", "Those", "Many", "Most", "Several", "Other"}
    | {"Our", "Their", "Its", "His", "Her", "Every", "Each", "All", "Both", "No"}
)
"""Words that open no person's name, though capitalised at the start of a sentence."""
# A name right after one of these is a place or an outlet: "Commenters on Hacker News argued"
_PLACE_BEFORE = _regex.compile(
    # "Kim Park of Los Angeles said": the place, or the employer, of the person before
    r"\b(?:on|at|in|of|from|near|outside|inside|via)[ \u00a0](?:the[ \u00a0])?\Z"
)
_ORG_NOUNS = frozenset(
    {"Alliance", "Guild", "Union", "Association", "Council", "Federation", "Institute"}
    | {"Foundation", "Group", "Studios", "Productions", "Pictures", "Entertainment", "Media"}
    | {"Network", "Coalition", "Committee", "Society", "Agency", "University", "College"}
    # "Network Rail said it had offered a 5% pay rise": no one's name
    | {"Rail", "Railways", "Airways", "Airlines", "Trust", "Board", "Commission", "Ministry"}
    | {"Department", "Authority", "Corporation", "Company", "Holdings", "Industries", "Labs"}
    | {"Technologies", "Films", "Records", "Games", "Studio", "Broadcasting", "Television"}
    | {"Radio", "Channel", "Academy", "Festival", "League", "Club", "Party", "Times", "Magazine"}
    # "Dana Whitfield of Loyola Law School said": the school said nothing
    | {"School", "Hospital", "Bank", "Museum", "Library", "Court", "Center", "Centre", "Fund"}
    | {"Capital", "Ventures", "Partners", "Press", "News", "Journal", "Review", "Project"}
)
"""Last words of an organisation's name, never of a person's."""
_NOT_NAMES = frozenset(
    {
        "Black Mirror",
        "Deep Fake",
        "Deep Fake Love",
        "Machine Learning",
        "Machine Learning Platform",
        "The Big",
        "The Big Picture",
        "The Intercept",
        "The Company",
        "The Streaming",
    }
)


@attrs.frozen
class PersonMention:
    """A person named in the text."""

    start: int
    end: int
    person: Person


def find_people(
    text: str,
    orgs: list[OrgMention],
    folded: str | None = None,
    sentence_starts: Sequence[int] = (),
) -> list[PersonMention]:
    """Find people the text marks as people, with role and affiliation where given.

    *folded* is ``_regex.fold(text)`` when the caller has it already; *sentence_starts*
    are where the text's sentences start, in order ("Its chief negotiator, X," takes the
    organisation the sentence before names; with none given, no one's "Its" is read).

    Examples:
        >>> text = "The union's chief negotiator, Duncan Crabtree-Ireland, said it was unfair."
        >>> [(m.person.name, m.person.role) for m in find_people(text, [])]
        [('Duncan Crabtree-Ireland', 'chief negotiator')]
    """
    unions = {m.name: m.organization for m in orgs if m.kind is OrganizationKind.UNION}
    only = next(iter(unions.values())) if len(unions) == 1 else None
    alliance = next((m.organization for m in orgs if m.name == "AMPTP"), None)
    known = _Orgs(
        orgs, [m.start for m in orgs], {m.surface for m in orgs}, only, alliance, sentence_starts
    )
    found: list[PersonMention] = []
    full_names = _FullNames(text, known)
    cues = _regex.places(_AFTER_WORDS, text)  # "said" and "says" among them
    for by_role, match in name_cues(text, folded, cues):
        if match.group("name") is None:  # '"...," Mendes says'
            mention = full_names.before(match.group("surname"), match.start())
        else:
            mention = _read_person(text, match, known, by_role=by_role)
        if mention is not None:
            found.append(mention)
            full_names.add(mention)
    # "Natarajan says the listing ...": a surname alone, once the cues have named whom they name
    for surname, at in _surnames_saying(text, cues):
        if (mention := full_names.before(surname, at)) is not None:
            found.append(mention)
            full_names.add(mention)
    found += _before_colons(text, found)
    found += _is_the_role(text, known, found)
    return sorted(found, key=lambda m: m.start)  # a full name found from its surname comes earlier


_IS_THE = (" is the ", " is a ", " is an ")
_NAME_ENDS = _regex.compile(rf"(?<![\w'’-])(?P<name>{_NAME})\Z")


def _is_the_role(text: str, known: "_Orgs", found: list[PersonMention]) -> list[PersonMention]:
    """People introduced by their role ("Ann Lee is the chief negotiator of SAG-AFTRA").

    Only a name whose apposition gives a role counts ("Deep Fake Love is a Spanish
    reality series" names no one); a name found already by another cue is left to it.
    """
    taken = {m.start for m in found}
    introduced = []
    for at in _regex.places(_IS_THE, text):
        named = _NAME_ENDS.search(text, max(0, at - 60), at)
        if named is None or named.start("name") in taken:
            continue
        mention = _read_person(text, named, known, by_role=False)
        if mention is not None and mention.person.role is not None:
            introduced.append(mention)
    return introduced


_COLON_QUOTES = (': "', ": “")


def _before_colons(text: str, found: list[PersonMention]) -> list[PersonMention]:
    """A person the text names elsewhere, again before a colon and a quotation: 'Rob Delaney: "..."'.

    As a headline gives a quotation its speaker. Only a name a cue has found: "Hollywood
    Strike: "..."" is no one.
    """
    people = {m.person.name: m.person for m in found}
    if not people:
        return []
    taken = {m.start for m in found}
    named = []
    for at in _regex.places(_COLON_QUOTES, text):
        words = text[max(0, at - 60) : at].split()
        for count in (3, 2):
            name = " ".join(words[-count:])
            start = at - len(name)
            if name in people and start not in taken and text[start:at] == name:
                named.append(PersonMention(start, at, people[name]))
                break
    # and after a quotation and a colon: '"It is just ghoulish": Rob Delaney slams Netflix'
    for at in _regex.places(_QUOTE_COLONS, text):
        begin = at + 3
        words = text[begin : begin + 60].split()
        for count in (3, 2):
            name = " ".join(words[:count])
            if name in people and begin not in taken and text.startswith(name, begin):
                named.append(PersonMention(begin, begin + len(name), people[name]))
                break
    return named


_QUOTE_COLONS = ('": ', "”: ", "’: ")


def name_cues(
    text: str, folded: str | None = None, cues: list[int] | None = None
) -> Iterator[tuple[bool, re.Match[str]]]:
    """The matches of the person cues, as ``re`` finds those of their alternation.

    Each comes with whether it is the role cue ("chief negotiator of SAG-AFTRA, Ann
    Lee"), whose match has ``role`` and ``org`` groups; every match has ``name``.
    *cues* are the places of the words of ``_AFTER_WORDS``, when found already.
    """
    folded = _regex.fold(text) if folded is None else folded
    # the role words the text holds, told in C: most are in no article, and are not looked for
    roles = tuple(filter(folded.__contains__, _ROLE_WORDS))
    # else no name before a verb, nor before a role set off by commas
    speaks = bool(roles) or any(map(text.__contains__, _CUE_WORDS))
    streams = [
        (lambda pos: _BY_VERB.finditer(text, pos)) if speaks else (lambda _: iter(())),
        _regex.at_words(_AFTER_CUE, text, _AFTER_WORDS, text, cues),
        _regex.at_words(_AFTER_QUOTE, text, _AFTER_QUOTE_MARKS, text),
        _regex.at_words(_BY_ROLE, text, roles, folded),
    ]
    by_role = len(streams) - 1
    return ((kind == by_role, match) for kind, match in _regex.finditer_first(streams))


def _surnames_saying(text: str, cues: list[int]) -> Iterator[tuple[str, int]]:
    """Each capitalised word alone before "says" or "said", and where it begins.

    "Natarajan says the listing ...": looked for back from each of those verbs, among
    the places of the words of ``_AFTER_WORDS`` (*cues*), found already.
    """
    for at in cues:
        if at and text[at - 1] == " " and text.startswith(_SAYING, at):
            # the last word before the verb: from the space before it, if one is near
            begin = max(0, at - 31, text.rfind(" ", at - 31, at - 1) + 1)
            word = _SURNAME_ENDS.search(text, begin, at - 1)
            if word is not None:
                yield word.group(), word.start()


class _Orgs(NamedTuple):
    """The organisations of a text, with their starts and names, worked out once for all people.

    And where the text's sentences start, for the organisation an "Its" stands for.
    """

    mentions: list[OrgMention]
    starts: list[int]
    names: set[str]
    union: Organization | None  # the one union the text names, if it names exactly one
    alliance: Organization | None  # the AMPTP, if the text names it: "the alliance"
    sentence_starts: Sequence[int]


def _read_person(
    text: str, match: re.Match[str], known: _Orgs, *, by_role: bool
) -> PersonMention | None:
    """The person a cue names, or None when the name is no person's."""
    orgs, org_names = known.mentions, known.names
    name, start = match.group("name"), match.start("name")
    role = _titled_role(text, match.start("role"), match.group("role")) if by_role else None
    if (bare := _bare_name(name, start)) is None:
        return None
    name, start = bare
    title = name.split(maxsplit=1)[0]
    # "Guest Tomas Lindqvist, a background actor, explains": the role set off by commas is theirs
    weak = role is None and title.lower() in _HONORIFICS
    if title.lower() in _NAME_TITLES:  # "Actor Rob Delaney said", "Mayor Karen Bass said"
        name = name[len(title) + 1 :]
        if len(name.split()) < 2:  # noqa: PLR2004 - "Actor Delaney": a surname alone
            return None
        start += len(title) + 1
        role = role or _titled_role(text, start - len(title) - 1, title)
    if (
        name in org_names
        or name in _NOT_NAMES
        or name.split(maxsplit=1)[0] in _DETERMINERS  # "The Writers Guild", "Some British actors"
        or name.rsplit(maxsplit=1)[-1] in _ORG_NOUNS  # "... and Arts Alliance, which ..., said"
        # "Commenters on Hacker News argued": a place or an outlet
        or _PLACE_BEFORE.search(text, max(0, start - 12), start) is not None
        or any(word in org_names for word in name.split())
        or inside(orgs, known.starts, start)  # "... Motion Picture and Television Producers said"
    ):
        return None
    affiliation = _role_org(known, match) if by_role and match.group("org") else None
    if role is not None and affiliation is None:  # "SAG-AFTRA president Fran Drescher"
        role_at = match.start("role") if by_role else match.start("name")
        affiliation = (
            _org_before(known, text, role_at)
            or _the_union(known, text, max(0, role_at - 16), role_at, role)
            or _its(known, text, role_at)
        )
    end = match.end("name")
    if affiliation is None and (where := _WORKS_AT.match(text, end, min(len(text), end + 10))):
        affiliation = _org_at(known, where.end())  # "Tom Reid of SAG-AFTRA said"
    if role is None and _STARRED.match(text, end, min(len(text), end + 20)):
        role = "actor"
    elif (role is None or weak) and (
        apposed := _APPOSED.match(text, end, min(len(text), end + 130))
    ):
        # "Duncan Crabtree-Ireland, the union's chief negotiator,", "..., president of SAG-AFTRA."
        role = _role(apposed.group("role"))
        affiliation = _apposed_affiliation(known, text, apposed, role)
    return PersonMention(start, end, Person(name, role=role, affiliation=affiliation))


def _bare_name(name: str, start: int) -> tuple[str, int] | None:
    """The name without a courtesy title or a word that opens the sentence, and where it starts.

    "Dr Helen Marsh" is Helen Marsh (the mention keeps its start, as a cue reads it there);
    "But Rob Delaney said", "As Fran Drescher put it": the name starts after the word.
    None for a surname left alone ("But Delaney said").
    """
    first_word = name.split(maxsplit=1)[0]
    if first_word.rstrip(".") in _COURTESY and len(name.split()) > 2:  # noqa: PLR2004 - and a full name
        return name[len(first_word) + 1 :], start
    if first_word in _OPENING_WORDS:
        name, start = name[len(first_word) + 1 :], start + len(first_word) + 1
        return (name, start) if len(name.split()) > 1 else None
    return name, start


class _FullNames:
    """The full names that surnames alone stand for, found with no cue before them.

    "This week, hosts Carla Mendes and Joel Apari dig in", then '"...," Mendes
    says'. The capitalised words of the text are read once, when a surname is first
    looked for, and the text before each surname once, however often it is said after a
    quotation: 1 MB of '"No," Xyz said.' stays linear, and so does 1 MB of new names.
    """

    def __init__(self, text: str, known: _Orgs) -> None:
        """Hold the text and its organisations; nothing is read yet."""
        self.text, self.known = text, known
        self.read_to: dict[str, int] = {}  # each surname's text, read up to here
        self.named: set[str] = set()  # the surnames of the people found so far

    def add(self, mention: PersonMention) -> None:
        """Note a person found: their surname stands for them, and needs no full name."""
        self.named.add(mention.person.name.rsplit(maxsplit=1)[-1])

    def before(self, surname: str, stop: int) -> PersonMention | None:
        """The first "First Surname" before *stop*, a person not yet found; None if there is none.

        Not an organisation, nor a name opening with "The" or a title, nor part of a
        longer name ("Los Angeles Times").
        """
        if surname in self.known.names or surname in self.named:
            return None  # an organisation's word, or someone known: surname_mentions links it
        text, needle = self.text, " " + surname
        read = self.read_to.get(surname)
        if read is None and len(self.read_to) < _FEW_SURNAMES:
            read = 0  # one of the first few: read from the start, with no index of every word
        elif read is None:  # a new surname: read from where it first stands, not from the start
            opening = _CAPITALISED.match(surname)
            places = self._runs.get(opening.group(), []) if opening is not None else []
            read = max(0, places[0] - 1) if places else stop
        at = text.find(needle, read, stop)
        self.read_to[surname] = max(read, stop - len(needle))
        while at >= 0:
            end = at + len(needle)
            if _whole_word(text, at + 1, end) and (found := self._full_name(at, end)):
                return found
            at = text.find(needle, end, stop)
        return None

    @functools.cached_property
    def _runs(self) -> dict[str, list[int]]:
        """Where each capitalised run of letters begins, read once: where a surname first stands is looked up."""
        runs: dict[str, list[int]] = {}
        for run in _CAPITALISED.finditer(self.text):
            runs.setdefault(run.group(), []).append(run.start())
        return runs

    def _full_name(self, at: int, end: int) -> PersonMention | None:
        first = _FIRST_NAME.search(self.text, max(0, at - 20), at + 1)
        if first is None:
            return None
        word = first.group().rstrip()
        name = f"{word} {self.text[at + 1 : end]}"
        if (
            _CAPITALISED_BEFORE.search(self.text, max(0, first.start() - 30), first.start())
            or word in _DETERMINERS
            or word.lower() in _NAME_TITLES
            or name in self.known.names
            or name in _NOT_NAMES
            or inside(self.known.mentions, self.known.starts, first.start())
            # "in West Hollywood": a place
            or _PLACE_BEFORE.search(self.text, max(0, first.start() - 12), first.start())
        ):
            return None
        return PersonMention(first.start(), end, Person(name))


def _apposed_affiliation(
    known: _Orgs, text: str, apposed: re.Match[str], role: str
) -> Organization | None:
    """The organisation of a role set off by commas after a name.

    ", president of SAG-AFTRA,", ", SAG-AFTRA's president,", ", a SAG-AFTRA member,", ",
    a member of the SAG-AFTRA negotiating committee,", ", a WGA negotiating committee
    member,", or the one union the article names for ", the union's chief negotiator,".
    """
    affiliation = None
    for group in ("org", "porg"):  # "president of SAG-AFTRA", "SAG-AFTRA's president"
        if apposed.group(group):
            at = apposed.start(group)
            affiliation = _org_at(known, at)
            if affiliation is None and apposed.group(group).startswith("the "):
                affiliation = _org_at(known, at + 4)  # "a member of the SAG-AFTRA ... committee"
    if affiliation is None:  # ", a SAG-AFTRA member"
        affiliation = _org_before(known, text, apposed.start("role"))
    if affiliation is None:  # ", a WGA negotiating committee member,": among the words before
        affiliation = _org_within(known, apposed.start(), apposed.start("role"))
    if affiliation is None:
        affiliation = _the_union(known, text, apposed.start(), apposed.start("role"), role)
    return affiliation


_UNION_BEFORE = _regex.compile(
    r"\b(?:the[ \u00a0])?(?:union|guild)(?:['’]s)?[ \u00a0]\Z", re.IGNORECASE
)


def _the_union(
    known: _Orgs, text: str, start: int, role_at: int, role: str | None
) -> Organization | None:
    """The one union the text names, when "the union's" or "union" comes just before a role.

    "the union's president, Fran Drescher", "Union president Fran Drescher" (the word
    then part of the role). With two unions named, which one is meant stays unknown.
    """
    if known.union is None:
        return None
    if (role or "").lower().startswith(("union ", "guild ")):
        return known.union
    return known.union if _UNION_BEFORE.search(text, start, role_at) else None


def _titled_role(text: str, at: int, title: str) -> str:
    """The role a title before a name gives, with a prefix before it: "Chief Negotiator" -> "chief negotiator"."""
    before = text[max(0, at - 12) : at].split()
    prefix = before[-1].lstrip(_OPENING_MARKS) if before else ""
    if prefix.lower() in _ALL_PREFIXES:
        joined = "" if prefix.endswith("-") else " "  # "Co-chief executive", one word
        return _role(f"{prefix}{joined}{title}")
    return _role(title)


def _role(text: str) -> str:
    """The role in lower case, except acronyms: "Chief Negotiator" -> "chief negotiator", "co-CEO" stays."""
    return " ".join(
        "-".join(part if part.isupper() else part.lower() for part in word.split("-"))
        for word in text.split()
    )


# A union this library does not know: then "the union" or "the strike" may be its
_OTHER_UNION = _regex.compile(
    r"\b(?P<noun>UAW|IATSE|Teamsters|Equity)\b"
    r"|\b(?:[A-Z][\w&'’-]*[ \u00a0]){1,4}(?P<noun2>Workers|Union|Brotherhood|Federation|Guild)\b"
)


def names_other_union(text: str, orgs: Sequence[OrgMention], starts: list[int]) -> bool:
    """Whether *text* names a union not among *orgs* (whose starts are *starts*): "the United Auto Workers".

    Examples:
        >>> text = "SAG-AFTRA and the United Auto Workers"
        >>> found = find_organizations(text)
        >>> names_other_union(text, found, [m.start for m in found])
        True
    """
    return any(
        not inside(orgs, starts, match.start(match.lastgroup or 0))
        for match in _OTHER_UNION.finditer(text)
    )


def inside(mentions: Sequence[OrgMention | PersonMention], starts: list[int], offset: int) -> bool:
    """Whether *offset* lies inside one of *mentions* (*starts* are theirs, in order).

    Examples:
        >>> found = find_organizations("SAG-AFTRA met Netflix.")
        >>> starts = [m.start for m in found]
        >>> inside(found, starts, 3), inside(found, starts, 10)
        (True, False)
    """
    index = bisect_right(starts, offset) - 1
    return index >= 0 and offset < mentions[index].end


_POSSESSIVE = ("'s", "’s")
_POSSESSIVE_REACH = 3
"""The most that may stand between an organisation and its role: "'s" and a space."""


def _org_before(known: _Orgs, text: str, at: int) -> Organization | None:
    """The organisation named just before a role at *at*: "SAG-AFTRA president", "Netflix's spokesperson"."""
    index = bisect_right(known.starts, at) - 1
    if index < 0:
        return None
    mention = known.mentions[index]
    if at - mention.end > _POSSESSIVE_REACH:  # named further back: not sliced, however far
        return None
    between = text[mention.end : at]
    if between[-1:].isspace() and between[:-1] in ("", *_POSSESSIVE):
        return mention.organization
    return None


def _its(known: _Orgs, text: str, at: int) -> Organization | None:
    """The organisation "Its" before a role at *at* stands for: the one the sentence before names.

    "SAG-AFTRA, which represents 160,000 performers, has been on strike since July 14.
    Its chief negotiator, Duncan Crabtree-Ireland, said ..."
    """
    its = _ITS.search(text, max(0, at - 12), at)  # "Its chief negotiator", "Its co-chief ..."
    starts = known.sentence_starts
    index = bisect_right(starts, its.start()) - 1 if its is not None else -1
    if index < 1:
        return None  # no "Its", or no sentence before its own
    begin, end = starts[index - 1], starts[index]
    named = {
        m.name: m.organization
        for m in known.mentions[bisect_left(known.starts, begin) : bisect_left(known.starts, end)]
    }
    return next(iter(named.values())) if len(named) == 1 else None


_ITS = _regex.compile(r"\b[Ii]ts[ \u00a0](?:[a-z]+-)?\Z")


def _org_within(known: _Orgs, start: int, end: int) -> Organization | None:
    """The first organisation named between *start* and *end*, if one is (found by bisection)."""
    index = bisect_left(known.starts, start)
    if index < len(known.starts) and known.mentions[index].end <= end:
        return known.mentions[index].organization
    return None


def _role_org(known: _Orgs, match: re.Match[str]) -> Organization | None:
    """The organisation of a role cue's "of X": X, or the one union or the alliance it calls by its kind."""
    org = match.group("org")
    if org.startswith("the"):  # "the union", "the guild", "the alliance"
        return known.alliance if org.endswith("alliance") else known.union
    return _org_at(known, match.start("org"))


def _org_at(known: _Orgs, offset: int) -> Organization | None:
    """The organisation named at *offset*, if one is (found by bisection)."""
    index = bisect_left(known.starts, offset)
    if index < len(known.starts) and known.starts[index] == offset:
        return known.mentions[index].organization
    return None


def surname_mentions(text: str, people: list[PersonMention]) -> list[PersonMention]:
    """*people* with the later mentions of each by surname alone, in order.

    Once an article has named "Rob Delaney", a later "Delaney wrote" or "said
    Delaney" is the same person: a mention of him, never a new person. A surname
    that two people share stands for neither.

    Examples:
        >>> text = "Actor Rob Delaney said no. Delaney wrote more."
        >>> [(m.start, m.person.name) for m in surname_mentions(text, find_people(text, []))]
        [(6, 'Rob Delaney'), (27, 'Rob Delaney')]
    """
    first: dict[str, tuple[int, Person | None]] = {}  # surname: first mention, its person
    for mention in people:
        surname = mention.person.name.split()[-1]
        after, known = first.get(surname, (mention.start, mention.person))
        same = known is not None and known.name == mention.person.name
        first[surname] = (after, known if same else None)  # two people: neither
    starts = [m.start for m in people]
    found = list(people)
    for surname, at, person in _surnames_in(text, first):
        end = at + len(surname)
        if (
            not inside(people, starts, at)  # a full mention's own surname
            and _whole_word(text, at, end)
            and not _after_first_name(text, at)
        ):
            found.append(PersonMention(at, end, person))
    return sorted(found, key=lambda m: m.start)


_FEW_SURNAMES = 4
"""Up to this many surnames, each is looked for with ``str.find``; more, in one pass."""
_CAPITALISED = _regex.compile(rf"[{_UPPER}][{_UPPER}{_LOWER}]*+")
"""A run of letters opening with a capital: where a surname ("Crabtree-Ireland", "McDonald") begins."""


def _surnames_in(
    text: str, first: dict[str, tuple[int, Person | None]]
) -> Iterator[tuple[str, int, Person]]:
    """Each place a surname of *first* stands, from its first mention on, with its person.

    A few surnames are each found with ``str.find``; many are found in one pass over
    the capitalised words, as each find would read the rest of the text again.
    """
    wanted = {
        surname: (after, person)
        for surname, (after, person) in first.items()
        if person is not None and len(surname) >= _MIN_SURNAME
    }
    if len(wanted) <= _FEW_SURNAMES:
        for surname, (after, person) in wanted.items():
            at = text.find(surname, after)
            while at >= 0:
                yield surname, at, person
                at = text.find(surname, at + len(surname))
        return
    by_run: dict[str, list[str]] = {}  # the capitalised run a surname opens with: the surnames
    for surname in wanted:
        opening = _CAPITALISED.match(surname)
        if opening is not None:
            by_run.setdefault(opening.group(), []).append(surname)
    for run in _CAPITALISED.finditer(text, min(after for after, _ in wanted.values())):
        for surname in by_run.get(run.group(), ()):
            after, person = wanted[surname]
            if run.start() >= after and text.startswith(surname, run.start()):
                yield surname, run.start(), person


_MIN_SURNAME = 3  # "Li" alone is too short to find safely


def _after_first_name(text: str, at: int) -> bool:
    """Whether a capitalised word stands just before *at*: "Spike Lee" is not Ann Lee."""
    words = text[max(0, at - 20) : at].split()
    return (
        bool(words)
        and text[at - 1 : at].isspace()
        and words[-1].isalpha()
        and words[-1][0].isupper()
    )


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum()
    )


def people_of(mentions: list[PersonMention]) -> tuple[Person, ...]:
    """Merge mentions into one :class:`~aistrike.Person` per name, keeping the richest description.

    A later mention by surname alone ("Delaney") is not a new person.
    """
    best: dict[str, Person] = {}
    for mention in mentions:
        person = mention.person
        known = best.get(person.name)
        if known is None:
            best[person.name] = person
        elif (known.role is None and person.role) or (
            known.affiliation is None and person.affiliation
        ):
            best[person.name] = Person(
                person.name,
                role=known.role or person.role,
                affiliation=known.affiliation or person.affiliation,
            )
    return tuple(best.values())
