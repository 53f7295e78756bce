"""Shows, films and products made with AI ("Spanish reality dating show Deep Fake Love")."""

import re

from collections.abc import Sequence
from datetime import date

import attrs

from aistrike.extract import _regex
from aistrike.extract.context import Context
from aistrike.extract.dates import find_dates, heads_line
from aistrike.extract.text import Sentence
from aistrike.model import AIProduction, Organization, OrganizationKind, Span


_KINDS = r"(?:(?:reality|dating|competition|documentary|drama|comedy|TV|television|streaming)[ \u00a0]){0,3}(?:show|series|programme|program|film|movie|documentary)"
_ORIGINS = r"Spanish|British|American|Korean|Japanese|French|German|Italian|Mexican|Indian|Brazilian|Canadian|Australian|Swedish|Danish"
_TITLE = r"[A-Z][\w'’-]*(?:[ \u00a0](?:[A-Z][\w'’-]*|of|the|and|a|in|on)){0,5}"
# "Spanish reality dating show Deep Fake Love", "Spanish-language dating show ...", "a reality
# series called Deep Fake Love", "The show, Deep Fake Love, ..."
_PRODUCTION = _regex.compile(
    rf"(?:\b(?P<origin>{_ORIGINS})(?:-language)?[ \u00a0])?\b(?P<kind>{_KINDS}),?[ \u00a0]"
    r"(?:(?:called|named|titled)[ \u00a0])?"
    rf"(?:[\"“](?P<qtitle>[^\"“”\n]{{1,60}})[\"”]|(?P<title>{_TITLE}))"
)
# The title first, then what it is: "Deep Fake Love, a Spanish reality series on Netflix"
_TITLE_FIRST = _regex.compile(
    # "a Netflix reality series": its maker's name may come first
    # "Deep Fake Love is a Spanish reality series" too
    rf"(?P<title>{_TITLE})(?:,|[ \u00a0]is)[ \u00a0](?:a|an)[ \u00a0](?:(?!(?:{_ORIGINS})\b)[A-Z][\w'’-]*[ \u00a0])?"
    rf"(?:(?P<origin>{_ORIGINS})(?:-language)?[ \u00a0])?"
    rf"(?P<kind>{_KINDS})\b"
)
# A production named without its title: "A new Spanish-language reality show on Netflix is
# using deepfake technology ..." (then _TITLE_NEXT)
_UNTITLED = _regex.compile(
    rf"(?:\b(?P<origin>{_ORIGINS})(?:-language)?[ \u00a0])?\b(?P<kind>{_KINDS})\b"
)
# ... and its title opening the next sentence, a clause about it after: "Deep Fake Love,
# which launched on the platform on July 6, ..."
_TITLE_NEXT = _regex.compile(
    rf"(?P<title>{_TITLE}),[ \u00a0](?:which|released|launched|premiered|first[ \u00a0]shown)\b"
)
# What a production does with AI: "uses AI deepfakes", "contestants watch AI deepfakes", "made with AI"
_USES = _regex.compile(
    r"\b(?:us(?:e|es|ed|ing)|made[ \u00a0]with|built[ \u00a0](?:with|on)|powered[ \u00a0]by|generat\w*|rel(?:y|ies|ying)[ \u00a0]on"
    r"|features?|featuring|shows?|showing|watch(?:es|ed|ing)?|creat\w*|deploy\w*)\b",
    re.IGNORECASE,
)
# The sentence after a production's, about it, that says it uses AI: "It uses AI to make ...",
# "The show relies on deepfakes"
_IT_USES = _regex.compile(
    r"(?:It|The[ \u00a0](?:show|series|programme|program|film|movie|documentary))[ \u00a0]"
    r"(?:also[ \u00a0])?(?:uses|used|relies[ \u00a0]on|relied[ \u00a0]on"
    r"|generates|generated|is[ \u00a0]made[ \u00a0]with|was[ \u00a0]made[ \u00a0]with)\b"
)
_LEADING = frozenset({"In", "On", "At", "For", "With", "From", "By", "Like", "Unlike", "After"})
"""Words that open a sentence before a title first: "In Deep Fake Love, a ... series"."""
# Every production is named after one of these words: a cheap test before the others.
_KIND_WORD = _regex.compile(
    r"\b(?:show|series|programme|program|film|movie|documentary)", re.IGNORECASE
)
_AI = _regex.compile(
    r"\bAI\b|\bA\.I\.|artificial[ \u00a0]intelligence|deep[ \u00a0-]?fakes?|synthetic|digital[ \u00a0]replicas?|generative",
    re.IGNORECASE,
)
_LAUNCH = _regex.compile(
    # \w{0,20}, not \w*: each "launch" of "launchlaunch..." would rescan the whole word
    r"(?:launch|premier|debut|releas|drop|air|stream|arriv)\w{0,20}[^.]{0,20}\Z"
    r"|\bout[ \u00a0]+(?:since|on)[ \u00a0]+\Z",  # "Deep Fake Love, out since July 6"
    re.IGNORECASE,
)
# A launch before the title, in the line of a timeline: "- July 6: Netflix premieres Deep Fake Love"
_LAUNCHES = _regex.compile(r"\b(?:launch|premier|debut|releas|arriv)\w{0,20}", re.IGNORECASE)
_RELEASED = _regex.compile(
    r"\b(?:launched|premiered|debuted|released|dropped)[ \u00a0]+(?:the[ \u00a0]+)?\Z",
    re.IGNORECASE,
)
_IT_LAUNCHED = _regex.compile(
    r"(?:It|The[ \u00a0](?:show|series))[ \u00a0](?:launched|premiered|debuted|was[ \u00a0]released"
    r"|arrived|dropped)[ \u00a0](?:on[ \u00a0](?:Netflix[ \u00a0])?)?(?:on[ \u00a0])?"
)
_BACK_REFERENCE = _regex.compile(
    r"\bthe[ \u00a0](?:streaming[ \u00a0]service|streamer|platform|company|studio)\b", re.IGNORECASE
)
_NEAR = 300  # how far from a production's name its AI, use, dates and producer are read
_SMALL = frozenset({"of", "the", "and", "a", "in", "on"})
_PRODUCERS = frozenset({OrganizationKind.STREAMER, OrganizationKind.STUDIO})


def find_productions(ctx: Context) -> tuple[AIProduction, ...]:
    """Find shows and films the text says use AI.

    Examples:
        >>> import datetime
        >>> from aistrike import extract
        >>> text = "Netflix's reality show Deep Fake Love, which launched on July 6, uses deepfakes."
        >>> p = extract(text, published=datetime.date(2023, 7, 26)).productions[0]
        >>> p.title, p.launched, p.producer.name
        ('Deep Fake Love', datetime.date(2023, 7, 6), 'Netflix')
    """
    found: dict[str, AIProduction] = {}
    spans: dict[str, list[Span]] = {}  # each title's evidence, gathered apart: no copy a repeat
    for sentence in ctx.sentences_with(_KIND_WORD):
        after: Sentence | None = ctx.sentence_after(sentence)
        if after is not None and not _IT_USES.match(ctx.text, after.start):
            after = None  # no sentence after that says the production uses AI
        if after is None and not sentence.search(_AI):
            continue
        named = _named(ctx, sentence)
        if not named and (n := _named_next(ctx, sentence)) is not None:
            _keep(
                found,
                spans,
                n.title,
                told=(n.sentence, n.after),
                kind=n.kind,
                producer=n.producer,
                launched=n.launched,
            )
            continue
        for match, title in named:
            # what a production's name is read with lies near it: linear even in a sentence
            # of a megabyte
            near = (
                max(sentence.start, match.start() - _NEAR),
                min(sentence.end, match.end() + _NEAR),
            )
            told = _told(ctx, (sentence, after), near, match, title) if title else None
            if told is None or title is None:
                continue
            launched = _launched(ctx, sentence, near, match)
            _keep(
                found,
                spans,
                title,
                told=told,
                kind=match,
                producer=_producer(ctx, *near),
                launched=launched,
            )
    return tuple(attrs.evolve(p, evidence=tuple(spans[title])) for title, p in found.items())


@attrs.frozen
class _NamedNext:
    """A production named without its title, whose title opens the next sentence."""

    kind: re.Match[str]  # "Spanish-language reality show"
    sentence: Sentence  # its sentence, which says it uses AI
    title: str
    after: Sentence  # the next sentence, which its title opens
    launched: date | None
    producer: Organization | None


def _named_next(ctx: Context, sentence: Sentence) -> _NamedNext | None:
    """A production named by its kind alone, in a sentence that says it uses AI, its title opening the next.

    "A new Spanish-language reality show on Netflix is using deepfake technology to ...
    Deep Fake Love, which launched on the platform on July 6, puts five couples ...".
    """
    after = ctx.sentence_after(sentence)
    # the title's clause first: one anchored match, the rarest of the three tests
    titled = _TITLE_NEXT.match(ctx.text, after.start, after.end) if after is not None else None
    if titled is None or after is None or (title := _trim(titled.group("title"))) is None:
        return None
    kind = sentence.search(_UNTITLED)
    if kind is None or not sentence.search(_AI):
        return None
    if ctx.orgs_in(after.start, titled.end("title")) or ctx.people_in(
        after.start, titled.end("title")
    ):
        return None  # "Netflix, which released it on July 6, ...": a name, no title
    at = sentence.start + kind.end()
    if not _USES.search(ctx.text, at, min(sentence.end, at + _NEAR)):
        return None  # the kind, then what uses AI: not "Actors in a reality show fear AI"
    near = (after.start, min(after.end, titled.end() + _NEAR))
    return _NamedNext(
        kind,
        sentence,
        title,
        after,
        _launched(ctx, after, near, titled),
        _producer(ctx, sentence.start, sentence.end),
    )


def _keep(
    found: dict[str, AIProduction],
    spans: dict[str, list[Span]],
    title: str,
    *,
    told: Sequence[Sentence],
    kind: re.Match[str],
    producer: Organization | None,
    launched: date | None,
) -> None:
    """Keep a production, or cite again the one of its title (with its launch, if it lacked one).

    *told* are the sentences that say it uses AI; *kind* matched what it is, with its
    origin. The evidence is gathered in *spans*, apart: a repeat is not copied.
    """
    cited = spans.setdefault(title, [])
    for said in told:
        if not cited or cited[-1] != said.span:
            cited.append(said.span)
    known = found.get(title)
    if known is None or (launched and not known.launched):
        found[title] = AIProduction(
            title=title,
            kind=kind.group("kind"),
            origin=kind.group("origin"),
            producer=producer,
            launched=launched or (known.launched if known else None),
            evidence=(told[0].span,),
        )


def _told(
    ctx: Context,
    sentences: tuple[Sentence, Sentence | None],
    near: tuple[int, int],
    match: re.Match[str],
    title: str,
) -> list[Sentence] | None:
    """The sentences that say the production named by *match* uses AI; None if none does.

    Its own sentence, near its name, or the sentence after, when that one opens by
    saying so: "Deep Fake Love premiered on July 5. It uses AI to ...". "Black Mirror,
    a drama series, has an episode about AI" uses none.
    """
    sentence, after = sentences
    if _ai_besides(ctx.text, near, title) and _USES.search(ctx.text, match.end(), near[1]):
        return [sentence]
    if after is None or not after.search(_AI):
        return None
    return [sentence, after]


def _ai_besides(text: str, near: tuple[int, int], title: str) -> bool:
    """Whether AI is named near the production, other than in its title ("Deep Fake Love")."""
    return _AI.search(text[near[0] : near[1]].replace(title, "")) is not None


def _launched(
    ctx: Context, sentence: Sentence, near: tuple[int, int], match: re.Match[str]
) -> date | None:
    """The day a production launched, read after its name or from the head of a timeline's line.

    After its name, a date with a launch word before it ("which launched on July
    6"); before it, the date heading the line of a timeline that says it launched
    ("- July 6: Netflix premieres Deep Fake Love, a ... dating show").
    """
    # "Netflix released Deep Fake Love, a ... show ..., on July 6": the verb before the name
    released = _RELEASED.search(ctx.text, max(near[0], match.start() - 20), match.start())
    for index, mention in enumerate(
        find_dates(ctx.text, match.end(), near[1], published=ctx.published)
    ):
        if mention.day and (
            # the verb's own date: the first after the name, after the aside about it closes
            (released and not index and ctx.text.endswith(", on ", 0, mention.start))
            or _LAUNCH.search(ctx.text, match.end(), mention.start)
        ):
            return mention.day
    for mention in find_dates(ctx.text, near[0], match.start(), published=ctx.published):
        if (
            mention.day
            and heads_line(ctx.text, sentence.start, mention)
            and _LAUNCHES.search(ctx.text, mention.end, match.start())
        ):
            return mention.day
    # "Deep Fake Love is a Spanish reality series ... It premiered on July 6."
    after = ctx.sentence_after(sentence)
    if after is not None and (it := _IT_LAUNCHED.match(ctx.text, after.start, after.end)):
        dates = find_dates(ctx.text, it.end(), after.end, published=ctx.published)
        if dates and dates[0].day and dates[0].start == it.end():
            return dates[0].day
    return None


def _named(ctx: Context, sentence: Sentence) -> list[tuple[re.Match[str], str | None]]:
    """The productions a sentence names, each with its title: kind first ("reality show X"), else title first ("X, a ... series")."""
    found = [
        # 'show "Deep Fake Love,"': the comma inside the marks is no part of the title
        (
            match,
            _trim(match.group("qtitle").rstrip(",.;:"))
            if match.group("qtitle")
            else _trim(match.group("title")),
        )
        for match in _PRODUCTION.finditer(ctx.text, sentence.start, sentence.end)
    ]
    return found or [
        (match, _untitled(match.group("title")))
        for match in _TITLE_FIRST.finditer(ctx.text, sentence.start, sentence.end)
    ]


def _untitled(title: str) -> str | None:
    """A title read first, without a word that opens the sentence before it ("In Deep Fake Love").

    Nor with its maker's possessive before it: "Netflix's Deep Fake Love" is Deep Fake
    Love (the maker is read apart, as the producer). A title of two words keeps its own
    possessive: "Schindler's List", "Grey's Anatomy".
    """
    words = title.split()
    if len(words) > 2 and words[0].endswith(("'s", "’s")):  # noqa: PLR2004 - the possessive and two words
        return _trim(" ".join(words[1:]))
    first, _, rest = title.partition(" ")
    return _trim(rest) if first in _LEADING else _trim(title)


def _trim(title: str | None) -> str | None:
    if title is None:
        return None
    words = title.split()
    while words and words[-1] in _SMALL:
        words.pop()
    return " ".join(words) or None


def _producer(ctx: Context, start: int, end: int) -> Organization | None:
    named = [m for m in ctx.orgs_in(start, end) if m.kind in _PRODUCERS]
    if named:
        return named[0].organization
    if _BACK_REFERENCE.search(ctx.text, start, end):
        return ctx.salient(_PRODUCERS)
    return None
