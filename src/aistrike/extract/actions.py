"""Labour actions of the screen unions: who strikes, since when, for what, against whom.

A strike sentence names a screen union (or its members, "writers" and
"actors", when the article names the union somewhere). Sentences about
history (dated to a year well before publication) are left out. Demands come
from any sentence about the union's strike or negotiations.
"""

import re

from bisect import bisect_left
from collections.abc import Callable
from datetime import date, timedelta

import attrs

from dateutil.relativedelta import relativedelta

from aistrike.extract import _regex
from aistrike.extract.context import Context
from aistrike.extract.dates import DateMention, ago_today, find_dates, heads_line
from aistrike.extract.text import Sentence
from aistrike.extract.vocabulary import (
    DEMAND_WORDS,
    SCREEN_UNIONS,
    UNION_MEMBERS,
    UNION_REFERENCES,
    UNIONS_TOGETHER,
)
from aistrike.model import (
    Demand,
    LabourAction,
    Organization,
    Precedent,
    Span,
    YearMonth,
)


_STRIKE = _regex.compile(
    r"\bon[ \u00a0]strike\b|\bstrik(?:e|es|ing)\b(?![ \u00a0](?:a|the)[ \u00a0](?:deal|balance|chord|pose))"
    r"|\bstruck\b|\bwalk(?:ed|ing|s)?[ \u00a0]out\b|\bwalkouts?\b|\bpicket(?:s|ed|ing)?\b"
    r"|\bstopped[ \u00a0]work\b"  # "who stopped work in early May"; not "stopped working on"
    # "whose members went out on July 14", not "went out for dinner"
    r"|\bwent[ \u00a0]out\b(?=[ \u00a0](?:on|in)[ \u00a0](?:early[ \u00a0]|mid-|late[ \u00a0])?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d))"
    r"|\bwalk(?:ed|ing|s)?[ \u00a0]off[ \u00a0]the[ \u00a0]job\b"  # "walked off the job on July 14"
    # "have been off the job since May" (the verb in lookbehinds after it, so that "off the job"
    # is the start word, not the common "been" or "were"), "downed tools on 14 July"
    r"|\boff[ \u00a0]the[ \u00a0]job\b(?:"
    + "|".join(
        rf"(?<=\b{verb}[ \u00a0]off[ \u00a0]the[ \u00a0]job)"
        for verb in ("been", "are", "were", "stayed", "remain", "remains", "remained")
    )
    + r")"
    r"|\bdown(?:ed|ing|s)?[ \u00a0]tools\b|\bheld[ \u00a0]out[ \u00a0]until\b"
    # "have been out since May", not "were out in force" nor "been out of talks"
    r"|\b(?:been|remain|remained|stayed)[ \u00a0]out\b(?![ \u00a0](?:of|in|with|to)\b)"
    r"|\bcall(?:ed|s|ing)[ \u00a0](?:its|their)[ \u00a0](?:[\w,]+[ \u00a0]){0,2}?members[ \u00a0]out\b",
    re.IGNORECASE,
)
_TALKS = _regex.compile(
    r"\bdisputes?\b|\bnegotiations?\b|\bnegotiating\b|\bdemand\w*|\bcalls?[ \u00a0]for\b|\bfight\w*[ \u00a0](?:for|over)\b|\bseek\w*|\btalking[ \u00a0]point"
    # "both unions want guarantees against AI", not "any project they want"
    r"|\bwants?[ \u00a0](?:a[ \u00a0])?(?:guarantees|limits|protections?|rules|curbs|safeguards|assurances|higher|better|fair|more"
    r"|bigger|larger|greater|share|cut|raise|say"
    r"|ban|bans|restrictions|consent|compensation|residuals)\b",
    re.IGNORECASE,
)
# "Actors are asking for better pay", not "asked for comment". Apart from _TALKS, which would
# lose its openers (no more than eight); from its "for", the verbs before it in lookbehinds:
# one word to look for, not seven pieces
_ASKING = _regex.compile(
    "(?:"
    + "|".join(
        rf"(?<=\b{verb}[ \u00a0])"
        for stem in ("ask", "push", "press")
        for verb in (stem, stem + ("s" if stem == "ask" else "es"), stem + "ed", stem + "ing")
    )
    + r")for\b(?![ \u00a0]comment)",
    re.IGNORECASE,
)
# What the strike is over, said in the sentence after it with no union named
_POINTS = _regex.compile(
    # "at issue" from its "issue": a match opening with "at" would be tried at every "at"
    r"\bsticking[ \u00a0]points?\b|\bkey[ \u00a0]issues\b|(?<=\bat[ \u00a0])issue\b"
    # "Its key demands include a raise in minimum pay and limits on AI"
    r"|\bdemands[ \u00a0](?:include|are)\b",
    re.IGNORECASE,
)
# A question of what a union wants, answered in the sentence after it
_ASKS = _regex.compile(
    r"\b(?:want|asking[ \u00a0]for|demanding|seeking|fighting[ \u00a0](?:for|over)"
    r"|striking[ \u00a0](?:for|over))\?",
    re.IGNORECASE,
)
_YEAR = _regex.compile(r"(?<![\w$£€])(?:1[89]\d\d|20\d\d)(?![\w])(?!,\d)")
# "since 1960" before a year: a precedent, not a date. Apart from _YEAR, so that re skips
# ahead to a year's first digit, not to every "s".
_SINCE = _regex.compile(r"(?<![\w$£€])since[ \u00a0]")
_START_CUE = _regex.compile(
    r"(?:(?:began|begun|started|start|walk(?:ed|s)[ \u00a0]out|went[ \u00a0]out|on[ \u00a0]strike"
    r"|struck|joined"
    r"|stopped[ \u00a0]work|downed[ \u00a0]tools"
    r"|followed(?:[ \u00a0]suit)?(?:[ \u00a0]last)?"  # "SAG-AFTRA followed last Friday, July 14th"
    # "launched its strike on Friday" (the date takes its "on")
    r"|(?:launched|began|started|begun)[ \u00a0](?:its|their|the|a)[ \u00a0](?:strike|walkout))"
    # "officially began at midnight Friday (July 14)": a time, a weekday, a bracket between
    r"(?:[ \u00a0]at[ \u00a0](?:midnight|\d{1,2}(?:[:.]\d\d)?[ \u00a0]?[ap]\.?m\.?))?"
    r"(?:[ \u00a0](?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
    r"(?:[ \u00a0]+|[ \u00a0]\()"
    r"|\b(?:since|from|on)[ \u00a0]+)\Z",  # not the "on" of "London"
    re.IGNORECASE,
)
# "called a strike on July 13, which took effect ... on July 14": the day it was called
# is not the day it began
_CALLED = _regex.compile(
    r"\b(?:called|announced|declared|voted[ \u00a0](?:for|to[ \u00a0]call))[ \u00a0](?:a|the|its|their)[ \u00a0]"
    r"(?:strike|walkout)[ \u00a0]+(?:on[ \u00a0]+)?\Z",
    re.IGNORECASE,
)
# Words of a strike beginning, for a date that heads the line of a timeline ("- May 2: The WGA
# goes on strike") and for "today" ("Today, the members of SAG-AFTRA begin a strike"); not "the
# strike began its third month"
_BEGINS = _regex.compile(
    r"\b(?:go(?:es)?|went)[ \u00a0]on[ \u00a0]strike\b|\bwalk(?:s|ed)?[ \u00a0](?:out|off[ \u00a0]the[ \u00a0]job)\b"
    r"|\b(?:begins?|began|starts?|started|launch(?:es|ed)?)[ \u00a0](?:(?:a|an|its|their|the)[ \u00a0])?(?:strike|walkout)\b"
    r"|\b(?:strike|walkout)[ \u00a0](?:begins|began|starts|started)\b(?![ \u00a0](?:its|a|the|their)\b)",
    re.IGNORECASE,
)
# Joining a strike heads the line of a timeline, but "actors joined writers on the picket lines
# today" may be a rally long after the strike began
_JOINS = _regex.compile(
    r"\bjoin(?:s|ed)?[ \u00a0](?:(?:the|their|a)[ \u00a0](?:strike|walkout)\b"
    r"|(?:[\w-]++[ \u00a0]){0,3}?on[ \u00a0](?:the[ \u00a0])?(?:picket[ \u00a0]lines?|strike)\b)",
    re.IGNORECASE,
)
_TODAY = _regex.compile(r"\btoday\b", re.IGNORECASE)
_DATELINE = _regex.compile(r"\)[ \u00a0]*[–—-]")  # what closes a dateline: "(July 14, 2023) -"
# The line of a timeline that ends a strike ("Sept. 27: The writers' strike ends"), or that calls
# one ("July 13: The board votes to strike"): its date is no start
_LINE_ENDS = _regex.compile(
    r"\b(?:ends|ended|is[ \u00a0]over|call(?:s|ed)[ \u00a0]off)\b", re.IGNORECASE
)
_LINE_CALLS = _regex.compile(
    r"\bvot(?:e|es|ed|ing)[ \u00a0](?:[\w-]++[ \u00a0]){0,2}?to\b|\bcall(?:s|ed)[ \u00a0](?:a|the|its|their)[ \u00a0](?:strike|walkout)\b"
    r"|\bannounc|\bauthori[sz]",
    re.IGNORECASE,
)
_OWN_CUE = _regex.compile(r"(?:since|from|and)\b", re.IGNORECASE)  # "since May", "and July"
# "ended its own strike on Sept. 27", "the walkout, which ended November 9": the day it
# ended, never the day it began
_BACK_TO_WORK = r"(?:returned|return|went[ \u00a0]back|go[ \u00a0]back)[ \u00a0]to[ \u00a0](?:work|sets?|the[ \u00a0]set)"
# Up to 30 characters of a clause, no punctuation, after a time of day if one comes first,
# as in "ended at 12:01 a.m. on Thursday".
_GAP = r"(?:[ \u00a0]at[ \u00a0]\d{1,2}(?:[:.]\d\d)?[ \u00a0]?[ap]\.?m\.?)?[^,.;:!?]{0,30}"
_END_CUE = _regex.compile(
    # "ends" too, as a timeline tells it ("The strike ends at 12:01 a.m. on November 9"); a day
    # after publication is no end yet (_date_role)
    rf"\b(?:ended|ends|ending|called[ \u00a0]off|concluded|came[ \u00a0]to[ \u00a0]an[ \u00a0]end"
    rf"|drew[ \u00a0]to[ \u00a0]a[ \u00a0]close|wrapped[ \u00a0]up)\b{_GAP}\Z"
    # members who returned (or went back) to work on a day: the day it ended
    rf"|\b{_BACK_TO_WORK}\b{_GAP}\Z"
    # "lasted from July 14 until November 9", "held out until November 9" (not after publication)
    r"|\b(?P<until>until|till)[ \u00a0]+\Z"
    # "lasted from May 2 to September 27": "to" (or "through") right after the start's date
    r"|(?<=\d)(?:,[ \u00a0]\d{4})?[ \u00a0](?:to|through)[ \u00a0]+\Z",
    re.IGNORECASE,
)
# Right after a date, the strike's end: "reached a tentative agreement on Nov. 8, ending its strike"
_ENDING_AFTER = _regex.compile(
    r",?[ \u00a0]+(?:(?:formally|officially|effectively)[ \u00a0]+)?ending[ \u00a0]+"
    r"(?:[\w'’-]{1,30}+[ \u00a0]+){0,4}?(?:strikes?|walkouts?|stoppages?)\b",  # not "ending weeks of talks"
    re.IGNORECASE,
)
# What else happens "on" a day in a sentence about a strike: a vote, a contract's expiry, a
# meeting, talks breaking down. The date of such a clause is not the start.
_OTHER_EVENT = _regex.compile(
    r"\b(?:voted|votes|vote|expired|expires|expire|met|meets|announced|rejected|authori[sz]ed"
    r"|collapsed|broke[ \u00a0]down|failed)\b[^,.;:!?]{0,25}\bon[ \u00a0]+\Z",
    re.IGNORECASE,
)
# A strike that began the day after the date before it
_NEXT_DAY = _regex.compile(
    r"\b(?:began|begun|started|walked[ \u00a0]out|went[ \u00a0]on[ \u00a0]strike|struck)\b[^,.;:!?]{0,20}?"
    r"(?P<when>\bthe[ \u00a0](?:next|following)[ \u00a0]day|\ba[ \u00a0]day[ \u00a0]later|\bthe[ \u00a0]day[ \u00a0]after)\b",
    re.IGNORECASE,
)
# Before a date, a deal reached or ratified: "ratified its contract on Oct. 9" is no start
_SETTLED = _regex.compile(
    r"\b(?:reached|ratified|approved|signed|agreed)\b[^,.;:!?]{0,60}"
    r"\b(?:deal|agreement|contract)\b[^,.;:!?]{0,30}\Z",
    re.IGNORECASE,
)
# Between an end's cue and a date, a start's own verb: "ending a strike that began on May 2"
_BEGUN = _regex.compile(
    r"\b(?:began|begun|started|since|walked[ \u00a0]out|struck|joined)\b", re.IGNORECASE
)
# "the actors did not join them until July 14": the day they began, not one that ended
_NOT_UNTIL = _regex.compile(r"(?:\bnot|n['’]t|\bnever)\b[^,.;:!?]{0,40}\Z", re.IGNORECASE)
# "for the first time since 1960", "the first time both unions have struck together since
# 1960", "the first joint strike since 1960", "the two unions last struck at the same time in
# 1960": a bounded gap, so linear. \s after "first" and "last" makes them the start words.
_PRECEDENT = _regex.compile(
    r"\b(?:first\s(?:time|joint|simultaneous|double|dual)\b[^.!?\n]{0,60}?\b(?:since"
    # "the first double strike in Hollywood in 63 years": the year counted back from publication
    r"|in[ \u00a0](?P<years>\d{1,3})[ \u00a0]years\b)"
    r"|last\s(?:struck|went[ \u00a0]on[ \u00a0]strike|walked[ \u00a0]out)[ \u00a0]"
    r"(?:together|jointly|simultaneously|at[ \u00a0]the[ \u00a0]same[ \u00a0]time)[ \u00a0]in"
    # "The last time both unions struck together was in 1960", "Not since 1960 have both ..."
    r"|last\s(?:time|joint|simultaneous|double)\b[^.!?\n]{0,60}?\b(?:was|came|happened)(?:[ \u00a0]in)?"
    r"|not[ \u00a0]since)"  # its start word "since", rarer than "not"
    r"(?(years)|[ \u00a0](?P<year>1[89]\d\d|20\d\d)\b)",
    re.IGNORECASE,
)
_JOINTLY = _regex.compile(
    r"\b(?:both|together|jointly|simultaneous(?:ly)?|same[ \u00a0]time|double|dual|joint)\b",
    re.IGNORECASE,
)
_STUDIOS = _regex.compile(r"\b(?:the[ \u00a0])?(?:Hollywood[ \u00a0])?studios\b", re.IGNORECASE)
# "AI" alone names the demand for protection against it, but not in "an AI job", "an artificial
# intelligence job", "an AI-focused product manager" or "the AI product manager role": a post,
# not a demand.
_AI_POST = (
    r"(?!(?:-[a-z]{1,20}+)?[ \u00a0-](?:jobs?|roles?|positions?|posts?|postings?|listings?|openings?|hires?"
    r"|product|engineers?|research(?:ers?)?|scientists?|specialists?|managers?|boss(?:es)?|leads?)\b)"
)
_AI_WORDS = frozenset({"ai", "a.i.", "artificial intelligence"})
# Every demand's phrases in one pattern, a group for each demand: a sentence is searched once,
# at the places where one of the phrases' first four letters is (_DEMAND_OPENERS)
_DEMAND = _regex.compile(
    r"(?<![\w])(?:"
    + "|".join(
        f"(?P<d{index}>"
        + "|".join(re.escape(p) + (_AI_POST if p in _AI_WORDS else "") for p in phrases)
        + ")"
        for index, (_, phrases) in enumerate(DEMAND_WORDS)
    )
    + r")(?![\w])",
    re.IGNORECASE,
)
_DEMAND_OPENERS = _regex.unextended(p[:4] for _, phrases in DEMAND_WORDS for p in phrases)
_DEMAND_OF_GROUP = {f"d{index}": demand for index, (demand, _) in enumerate(DEMAND_WORDS)}
_CLAUSE = _regex.compile(r",[ \u00a0](?:while|where(?:as)?|but|and)\b|;")
# A strike word just after a negation ("are not on strike") or a word of what may come
# ("would consider a strike", "the threat of a strike"), or before a vote ("a strike
# authorisation vote"), reports no strike that is on.
_HEDGES = _regex.compile(
    r"not|n['’]t|never|longer|consider|threat|could|would|might|may|will|possib|potential"
    r"|avert|avoid|prevent|authori"
)
"""A piece of each word of _HEDGED, in lower case: where none is, there is no need for it."""
_HEDGED = _regex.compile(
    r"(?:\b(?:not|never|no[ \u00a0]longer)|n['’]t)[ \u00a0]+(?:be(?:en)?[ \u00a0]+)?\Z"
    # a negated start: "has not called a walkout", "did not go on strike"; an ended strike
    # ("has not ended its strike") is still on
    r"|(?:\b(?:not|never)|n['’]t)[ \u00a0]+(?:(?:yet|formally|officially)[ \u00a0]+)?"
    r"(?:call(?:ed)?|go(?:ne)?|went|join(?:ed)?|beg[ua]n|start(?:ed)?|launch(?:ed)?|declare[ds]?)"
    r"[ \u00a0]+(?:(?:a|an)[ \u00a0]+)?\Z"
    # the modal verbs in lower case only: "the May strike" is a strike
    r"|\b(?:consider(?:s|ed|ing)?|threat(?:en(?:s|ed|ing)?)?(?:[ \u00a0]of)?|(?-i:could|would|might|may|will)"
    r"|avert|avoid|prevent)[ \u00a0]+(?:(?:a|an|the|to)[ \u00a0]+)?(?:(?:possible|potential)[ \u00a0]+)?\Z"
    r"|\b(?:possible|potential)[ \u00a0]+\Z"
    # a strike to be voted on: "voting on whether to authorise a strike"
    r"|\bauthori[sz](?:e|es|ed|ing)[ \u00a0]+(?:(?:a|an|the)[ \u00a0]+)?\Z",
    re.IGNORECASE,
)
_VOTE = _regex.compile(
    r"[ \u00a0]+(?:authori[sz]ation|vote|votes|ballot|threat|deadline)\b", re.IGNORECASE
)
_RELATIVE = _regex.compile(r",[ \u00a0](?:whose|which|who)\b", re.IGNORECASE)
# A relative clause about a group ("writers who have been on strike since ..."), and the
# union each group of members stands for.
_WHO = _regex.compile(r"\b(?P<noun>[a-z]{3,20}+),?[ \u00a0](?:who|whose)\b", re.IGNORECASE)
_MEMBERS_OF = {noun: union for union, nouns in UNION_MEMBERS.items() for noun in nouns}
_MEMBER_NOUN = _regex.compile(r"\b(?:" + "|".join(_MEMBERS_OF) + r")\b", re.IGNORECASE)
_SUBJECT_REACH = 60  # how far before a date its subject may be named
_TOGETHER = _regex.compile(r"\b(?:" + "|".join(UNIONS_TOGETHER) + r")\b", re.IGNORECASE)
_THE_UNION = _regex.compile(r"\bthe[ \u00a0](?:union|guild)\b", re.IGNORECASE)
_MEMBERS_OF_THE = "members of "
# "The 160,000-member union": found at its rare "-member" (a start word "the " would be
# looked for at every "the"), then read around
_SIZES = ("-member",)
_SIZED = _regex.compile(r"\bthe[ \u00a0][\d,]{1,9}\Z", re.IGNORECASE)
_SIZED_UNION = _regex.compile(r"-member[ \u00a0](?:union|guild)\b", re.IGNORECASE)
# "Their strike had begun on May 2", opening a sentence: the union of the sentence before
_THE_STRIKE = ("the strike ", "the strike,", "the walkout ", "the walkout,")
_STRIKING = _regex.compile(r"\b(?:strike|struck|striking|walked[ \u00a0]out|walkout)\b")
_THEIR_STRIKE = (
    *("their strike", "its strike", "their walkout", "its walkout", "its members"),
    # "The strike began on May 2", "The strike, which began on May 2, ..."
    *_THE_STRIKE,
)
# "July 14: The strike begins at midnight": "The strike" opening a timeline's line after its date
_HEADED_STRIKE = tuple(f": {words}" for words in _THE_STRIKE)
# "both unions", "the first double strike": the two unions the article names
_BOTH = _regex.compile(r"\b(?:both|double|dual|joint)\b", re.IGNORECASE)
_JOINED = _regex.compile(r"\bjoin(?:ed|s|ing)?\b", re.IGNORECASE)
# Right after a sentence that reports a strike, these report it too: "The WGA has been on strike
# since May 2. SAG-AFTRA followed on July 14.", "The actors returned to sets on Thursday" (the
# day it ended)
_FOLLOWED = _regex.compile(
    rf"\b(?:followed|{_BACK_TO_WORK}"
    # "SAG-AFTRA joined on July 14", "joined them", not "joined talks"
    r"|joined(?=[ \u00a0](?:them|the[ \u00a0](?:strike|walkout|picket[ \u00a0]lines?)|on[ \u00a0])|[.,]))\b",
    re.IGNORECASE,
)
_RESPECTIVELY = _regex.compile(r"\brespectively\b", re.IGNORECASE)
# A sentence whose subject is a pronoun: "It began on July 14", "They walked out on May 2".
_PRONOUN = _regex.compile(r"(?:It|They)[ \u00a0]")


@attrs.define
class _Draft:
    union: Organization
    started: date | None = None
    month: YearMonth | None = None
    ended: date | None = None
    demands: list[Demand] = attrs.Factory(list)
    counterparty: Organization | None = None
    evidence: dict[Span, None] = attrs.Factory(dict)  # an ordered set


def find_labour_actions(ctx: Context) -> tuple[LabourAction, ...]:
    """Find the strikes of the screen unions the text reports.

    Examples:
        >>> import datetime
        >>> from aistrike import extract
        >>> story = extract("The WGA has been on strike since May 2.", published=datetime.date(2023, 7, 1))
        >>> [(a.union.name, a.started) for a in story.labour_actions]
        [('WGA', datetime.date(2023, 5, 2))]
    """
    if not any(mention.name in SCREEN_UNIONS for mention in ctx.orgs):
        return ()  # a strike is read only for a union the article names
    unions_in, offsets = ctx.remember(_union_finder)
    drafts: dict[str, _Draft] = {}
    talks: list[tuple[Sentence, list[tuple[int, Organization]]]] = []
    striking: Sentence | None = None  # the last sentence that reports a strike
    for sentence in ctx.sentences_at(offsets):  # only sentences that name a union
        mentioned = unions_in(sentence)
        unions = _distinct(mentioned)
        if (
            _strikes(sentence)
            or (
                striking is not None
                and ctx.sentence_before(sentence) is striking
                and sentence.search(_FOLLOWED)
            )
        ) and not _is_history(sentence.text, ctx.published):
            striking = sentence
            for _, union in unions:
                draft = drafts.setdefault(union.name, _Draft(union))
                draft.evidence[sentence.span] = None
            _assign_starts(ctx, sentence, mentioned, drafts)
            talks.append((sentence, unions))
            # "The WGA walks out. AI, residuals and staffing are among the sticking points."
            after = ctx.sentence_after(sentence)
            if (
                len(unions) == 1
                and after is not None
                and after.search(_POINTS)
                and not unions_in(after)
            ):
                talks.append((after, unions))
        elif (  # apart: each keeps its openers
            sentence.search(_TALKS) or sentence.search(_ASKING) or sentence.search(_POINTS)
        ):
            talks.append((sentence, unions))
        elif (
            len(unions) == 1
            and ctx.text.find("?", sentence.start, sentence.end) >= 0  # rare: told in C
            and sentence.search(_ASKS)
            and (after := ctx.sentence_after(sentence)) is not None
            and not unions_in(after)
        ):  # "What do the actors want? Higher pay and rules on AI."
            talks.append((after, unions))
    _add_demands(ctx, talks, drafts)
    return tuple(
        LabourAction(
            union=d.union,
            started=d.started,
            started_month=d.month if d.started is None else None,
            # an end read before the start is no end: the text has been misread
            ended=None if d.ended and d.started and d.ended < d.started else d.ended,
            demands=tuple(d.demands),
            counterparty=d.counterparty,
            evidence=tuple(sorted(d.evidence, key=lambda s: s.start)),
        )
        for d in drafts.values()
    )


def _add_demands(
    ctx: Context,
    talks: list[tuple[Sentence, list[tuple[int, Organization]]]],
    drafts: dict[str, _Draft],
) -> None:
    counterparty = ctx.studios
    for sentence, unions in talks:
        found = _demands_in(sentence)
        for _, union in unions:
            if union.name not in drafts:
                continue
            draft = drafts[union.name]
            if sentence.span not in draft.evidence:
                draft.evidence[sentence.span] = None
            draft.demands.extend(d for d in found if d not in draft.demands)
            if counterparty is not None and (
                sentence.search(_STUDIOS)
                or any(
                    m.name == counterparty.name for m in ctx.orgs_in(sentence.start, sentence.end)
                )
            ):
                draft.counterparty = counterparty


def _demands_in(sentence: Sentence) -> list[Demand]:
    """The demands a sentence names, in the order of DEMAND_WORDS."""
    text, start, match = sentence.text, sentence.start, _DEMAND.match
    groups = {
        found.lastgroup
        for at in _regex.places(_DEMAND_OPENERS, sentence.folded_source, start, sentence.end)
        if (found := match(text, at - start)) is not None
    }
    return [demand for group, demand in _DEMAND_OF_GROUP.items() if group in groups]


def _union_finder(
    ctx: Context,
) -> tuple[Callable[[Sentence], list[tuple[int, Organization]]], list[int]]:
    """Return a function listing the screen unions a sentence names, by name or by members.

    The mentions are found once for the whole text; a sentence takes its share by
    bisection. The offsets of all the mentions come with it, in order.
    """
    named = {m.name: m.organization for m in ctx.orgs if m.name in SCREEN_UNIONS}
    members = {noun: named[u] for u, nouns in UNION_MEMBERS.items() if u in named for noun in nouns}
    if len(named) == 1:  # "the union" can only be the one union the article names
        (only,) = named.values()
        members |= dict.fromkeys(UNION_REFERENCES, only)
    found = [(m.start, named[m.name]) for m in ctx.orgs if m.name in named]
    if len(named) > 1:  # "both guilds", "the two unions": each union the article names
        for match in _TOGETHER.at_words(ctx.text, ctx.folded)(0):
            found += [(match.start(), union) for union in named.values()]
        found += _the_union(ctx, named)
    found += _their_strike(ctx, named)
    if members:
        words = _regex.compile(r"\b(?:" + "|".join(members) + r")\b", re.IGNORECASE)
        found += [
            (m.start(), members[m.group().lower()]) for m in words.at_words(ctx.text, ctx.folded)(0)
        ]
    found.sort(key=lambda row: row[0])
    starts = [row[0] for row in found]

    def unions_in(sentence: Sentence) -> list[tuple[int, Organization]]:
        return found[bisect_left(starts, sentence.start) : bisect_left(starts, sentence.end)]

    return unions_in, starts


def _the_union(ctx: Context, named: dict[str, Organization]) -> list[tuple[int, Organization]]:
    """The union each "The union" or "The guild" (or "Members of the union") opening a sentence stands for.

    That is the one union the sentence before names: "SAG-AFTRA's talks collapsed.
    The guild's members walked out July 14." The article may name other unions, and so
    may the sentence after the reference: "The union went on strike on July 14, joining
    the WGA, whose members have been out since May 2."
    """
    openings = [
        # "Members of the union began picketing": the members open the sentence
        at - len(_MEMBERS_OF_THE) if ctx.folded.endswith(_MEMBERS_OF_THE, 0, at) else at
        for at in (match.start() for match in _THE_UNION.at_words(ctx.text, ctx.folded)(0))
    ]
    openings += [  # "The 160,000-member union"
        sized.start()
        for at in _regex.places(_SIZES, ctx.folded)
        if _SIZED_UNION.match(ctx.text, at)
        and (sized := _SIZED.search(ctx.text, max(0, at - 14), at)) is not None
    ]
    return _opening_references(ctx, named, sorted(openings))


def _their_strike(ctx: Context, named: dict[str, Organization]) -> list[tuple[int, Organization]]:
    """The union each "Their strike", "Its walkout" or "The strike" opening a sentence stands for.

    That is the one union the sentence before names: "Writers went back after the
    WGA reached a deal. Their strike had begun on May 2."
    """
    openings = [s.start for s in ctx.sentences if ctx.folded.startswith(_THEIR_STRIKE, s.start)]
    headed = _headed_strikes(ctx)
    if not openings and not headed:
        return []
    found = _opening_references(ctx, named, openings)
    # "The strike began on July 14 and ended on November 9" after a sentence that names no
    # union, or after a timeline's date: the one union of the article, when it names no other
    # union at all, and its strike is told of by name or by a reference resolved above
    taken = {at for at, _ in found}
    rest = [
        at
        for at in openings
        if at not in taken and ctx.folded.startswith(_THE_STRIKE, at) and _opened(ctx, at)
    ]
    if (
        (rest or headed)
        and len(named) == 1
        and (_on_strike_by_name(ctx, *named) if not found else not ctx.names_other_union())
    ):
        (only,) = named.values()
        found += [(at, only) for at in (*rest, *headed)]
    # the strike of a sentence that tells history is history too: "In 1960, the Screen Actors
    # Guild went on strike. The walkout began on March 7."
    return sorted(
        ((at, union) for at, union in found if not _after_history(ctx, at)), key=lambda row: row[0]
    )


def _after_history(ctx: Context, at: int) -> bool:
    """Whether the sentence before the one that holds *at* tells history (:func:`_is_history`)."""
    here = ctx.sentences_at([at])
    before = ctx.sentence_before(here[0]) if here else None
    return before is not None and _is_history(before.text, ctx.published)


def _headed_strikes(ctx: Context) -> list[int]:
    """Where "The strike" opens a line of a timeline after the line's date: "July 14: The strike begins"."""
    found = []
    for colon in _regex.places(_HEADED_STRIKE, ctx.folded):
        for sentence in ctx.sentences_at([colon]):
            dates = find_dates(ctx.text, sentence.start, colon, published=ctx.published)
            if dates and dates[-1].end == colon and heads_line(ctx.text, sentence.start, dates[-1]):
                found.append(colon + 2)
    return found


def _on_strike_by_name(ctx: Context, name: str) -> bool:
    """Whether a sentence that names the union by name speaks of a strike, and the text names no other union.

    Then "The strike" opening a sentence after one that names no union is its strike.
    """
    places = [m.start for m in ctx.orgs if m.name == name]
    return (
        any(
            _STRIKING.search(ctx.folded, sentence.start, sentence.end) is not None
            for sentence in ctx.sentences_at(places)
        )
        and not ctx.names_other_union()
    )


def _opened(ctx: Context, opening: int) -> Sentence | None:
    """The sentence *opening* opens, if it opens one: a reference there is its subject."""
    if opening and not ctx.text[opening - 1].isspace():
        return None  # a sentence opens after a space or a line break: this one opens none
    here = ctx.sentences_at([opening])
    return here[0] if here and here[0].start == opening else None


def _opening_references(
    ctx: Context, named: dict[str, Organization], openings: list[int]
) -> list[tuple[int, Organization]]:
    """Each of *openings* that opens its sentence, with the one union the sentence before names."""
    unions = [m for m in ctx.orgs if m.name in named]
    starts = [m.start for m in unions]
    found = []
    for opening in openings:
        if (sentence := _opened(ctx, opening)) is None:
            continue
        before = ctx.sentence_before(sentence)
        if before is None:
            continue
        there = {
            m.name
            for m in unions[bisect_left(starts, before.start) : bisect_left(starts, before.end)]
        }
        if len(there) == 1:
            found.append((opening, named[there.pop()]))
    return found


def _the_two(ctx: Context) -> list[tuple[int, Organization]]:
    """The two screen unions the article names, first mentions in order, if it names exactly two."""
    named = _distinct([(m.start, m.organization) for m in ctx.orgs if m.name in SCREEN_UNIONS])
    return named if len(named) == 2 else []  # noqa: PLR2004 - "both" is two


def _distinct(unions: list[tuple[int, Organization]]) -> list[tuple[int, Organization]]:
    """The first mention of each union, in order."""
    seen: set[str] = set()
    unique = []
    for offset, union in unions:
        if union.name not in seen:
            seen.add(union.name)
            unique.append((offset, union))
    return unique


def _strikes(sentence: Sentence) -> bool:
    """Whether the sentence says a strike is on: a strike word that is neither negated nor hedged.

    "are not on strike", "would consider a strike", "a strike authorisation vote" are not.
    """
    first = sentence.search(_STRIKE)
    if first is None:
        return False
    if not _hedged(sentence, first):
        return True
    return any(not _hedged(sentence, cue) for cue in _STRIKE.finditer(sentence.text, first.end()))


def _hedged(sentence: Sentence, cue: re.Match[str]) -> bool:
    text, before = sentence.text, max(0, cue.start() - 30)
    if _VOTE.match(text, cue.end()):
        return True
    if not _HEDGES.search(sentence.folded, before, cue.start()):
        return False  # the usual case, told by one quick search of the folded words
    return _HEDGED.search(text, before, cue.start()) is not None


def _is_history(sentence: str, published: date | None) -> bool:
    """A sentence dated to a year well before publication tells history, not news.

    So does one dated after publication ("In 2024, ... began a separate strike"): it
    is about another strike.
    """
    horizon = (published.year - 1) if published else 2020
    after = published.year if published else 9999
    return any(
        not horizon <= int(m.group()) <= after
        and not (m.start() >= len("since ") and _SINCE.match(sentence, m.start() - len("since ")))
        for m in _YEAR.finditer(sentence)
    )


def _assign_starts(
    ctx: Context,
    sentence: Sentence,
    unions: list[tuple[int, Organization]],
    drafts: dict[str, _Draft],
) -> None:
    dates = find_dates(ctx.text, sentence.start, sentence.end, published=ctx.published)
    starts, ends = _dated(ctx, sentence, unions, drafts, dates)
    if not starts and dates and (later := _day_after(sentence, dates)) is not None:
        starts.append(later)
    if len(starts) == 1 and not ends and sentence.search(_RESPECTIVELY):
        starts = _listed_with(ctx, starts[0], dates)  # "on May 2 and July 14 respectively"
    for role, dated in (("end", ends), ("start", starts)):
        for union, mention in _pairs(ctx, sentence, unions, dated) if dated else ():
            if union.name in drafts:  # "It" may stand for a union not on strike
                _record(drafts[union.name], role, mention)
    if not starts and ctx.published is not None:
        _record_today(ctx, sentence, unions, drafts, ctx.published)
        _record_elapsed(ctx, sentence, unions, drafts, ctx.published)


def _dated(
    ctx: Context,
    sentence: Sentence,
    unions: list[tuple[int, Organization]],
    drafts: dict[str, _Draft],
    dates: list[DateMention],
) -> tuple[list[DateMention], list[DateMention]]:
    """The dates of the sentence that are a start and an end; a date heading a line or the sentence is recorded at once."""
    starts: list[DateMention] = []
    ends: list[DateMention] = []
    for m in dates:
        if not (m.day or m.month):
            continue
        if heads_line(ctx.text, sentence.start, m) or _opens(ctx, sentence, m):
            _record_line(ctx, sentence, unions, drafts, m)
            continue
        role = _date_role(ctx, sentence, m)
        if role is not None:
            (starts if role == "start" else ends).append(m)
    return starts, ends


# How long a strike still on has run, counted back from publication: "has been on strike for
# 12 days" (begun 12 days before), "the strike, now in its 13th day" (day 1 is the first)
_ELAPSED = _regex.compile(
    r"\b(?:(?:has|have)[ \u00a0]been[ \u00a0](?:on[ \u00a0]strike|striking|out|picketing)[ \u00a0]for"
    r"[ \u00a0](?P<days>\d{1,3})[ \u00a0]days"
    r"|(?:now[ \u00a0])?in[ \u00a0]its[ \u00a0](?P<nth>\d{1,3})(?:st|nd|rd|th)[ \u00a0]day)\b",
    re.IGNORECASE,
)


def _record_elapsed(
    ctx: Context,
    sentence: Sentence,
    unions: list[tuple[int, Organization]],
    drafts: dict[str, _Draft],
    published: date,
) -> None:
    """The start of a strike that "has been on strike for 12 days", or is "now in its 13th day"."""
    if ctx.folded.find(" day", sentence.start, sentence.end) < 0:
        return  # the usual case, told without a regex
    elapsed = sentence.search(_ELAPSED)
    if (
        elapsed is None
        or (union := _subject(ctx, unions, sentence.start + elapsed.start())) is None
    ):
        return
    days = int(elapsed.group("days")) if elapsed.group("days") else int(elapsed.group("nth")) - 1
    if days < 0 or union.name not in drafts:
        return
    at = sentence.start + elapsed.start()
    day = published - relativedelta(days=days)
    _record(drafts[union.name], "start", DateMention(at, sentence.start + elapsed.end(), day, None))


def _opens(ctx: Context, sentence: Sentence, m: DateMention) -> bool:
    """Whether the date opens its sentence, set off by a comma: "On July 14, SAG-AFTRA joined ...".

    It is then the day of what the sentence reports, as a timeline's date is of its line.
    """
    return (
        ctx.text.startswith(",", m.end)
        and m.start - sentence.start <= len("on ")
        and ctx.folded[sentence.start : m.start] in _DATE_OPENERS
    )


_DATE_OPENERS = frozenset({"on ", "on\u00a0", ""})
_LISTED = _regex.compile(r",?[ \u00a0]+and[ \u00a0]+|,[ \u00a0]+")


def _listed_with(ctx: Context, first: DateMention, dates: list[DateMention]) -> list[DateMention]:
    """A start date with the dates listed right after it: "on May 2 and July 14 (respectively)"."""
    listed = [first]
    for mention in dates:
        if mention.start > listed[-1].end and (mention.day or mention.month):
            if not _LISTED.fullmatch(ctx.text, listed[-1].end, mention.start):
                break
            listed.append(mention)
    return listed


def _day_after(sentence: Sentence, dates: list[DateMention]) -> DateMention | None:
    """The start a strike that "began the next day" gives: the day after the last date before.

    "The WGA, whose contract expired on May 1, began striking the next day"; "the board
    voted on July 13 to call a strike, which began the following day".
    """
    later = sentence.search(_NEXT_DAY)
    if later is None:
        return None
    at = sentence.start + later.start("when")
    days = [m.day for m in dates if m.end <= at and m.day is not None]
    if not days:
        return None
    return DateMention(at, sentence.start + later.end(), days[-1] + timedelta(days=1), None)


def _record_today(
    ctx: Context,
    sentence: Sentence,
    unions: list[tuple[int, Organization]],
    drafts: dict[str, _Draft],
    published: date,
) -> None:
    """A strike that begins "today" began on the day of publication, or of the dateline.

    "A year ago today, SAG-AFTRA's members went on strike": a year before publication.

    "Today, the members of SAG-AFTRA begin a strike against the AMPTP", "Actors
    walk off the job today": the sentence must say the strike begins, and not
    that it was called ("votes today to strike").
    """
    if ctx.folded.find("today", sentence.start, sentence.end) < 0:
        return  # the usual case, told without a regex
    today = _TODAY.search(ctx.folded, sentence.start, sentence.end)
    if (
        today is None
        or not sentence.search(_BEGINS)
        or _LINE_CALLS.search(ctx.text, sentence.start, sentence.end)
        or (union := _subject(ctx, unions, today.start())) is None
    ):
        return
    dated = [  # a dateline's date: "LOS ANGELES (July 14, 2023) - Today, ..."
        m.day
        for m in find_dates(ctx.text, sentence.start, today.start(), published=published)
        if m.day is not None and _DATELINE.match(ctx.text, m.end)
    ]
    day = dated[-1] if dated else ago_today(ctx.text, today.start(), published) or published
    _record(drafts[union.name], "start", DateMention(today.start(), today.end(), day, None))


def _record(draft: _Draft, role: str, mention: DateMention) -> None:
    """Keep a date as the day the strike began or ended, unless one is known already."""
    if role == "end":
        if mention.day and draft.ended is None:
            draft.ended = mention.day
    elif mention.day and draft.started is None:
        draft.started = mention.day
    elif mention.month and draft.started is None and draft.month is None:
        draft.month = mention.month


def _record_line(
    ctx: Context,
    sentence: Sentence,
    unions: list[tuple[int, Organization]],
    drafts: dict[str, _Draft],
    mention: DateMention,
) -> None:
    """A date that heads a line of a timeline: the day the line's subject began or ended its strike.

    "- May 2: The WGA goes on strike after talks with the AMPTP break down." The
    line must say so ("goes on strike", "join writers on the picket lines", "ends"),
    and the union must come before those words: in "- July 14: Actors join writers
    on the picket lines" in an article that names no actors' union, the writers
    are joined, not joining. "- July 13: The board votes to strike" and "- Oct 11:
    Talks fail; the strike goes on" give no date.
    """
    stop = ctx.text.find("\n", mention.end, sentence.end)
    stop = sentence.end if stop < 0 else stop
    if _LINE_CALLS.search(ctx.text, mention.end, stop):
        return
    role, verb = "end", _LINE_ENDS.search(ctx.text, mention.end, stop)
    if verb is None:
        role, verb = "start", _BEGINS.search(ctx.text, mention.end, stop)
        verb = verb or _JOINS.search(ctx.text, mention.end, stop)
    if verb is None:
        return
    subject = next((union for at, union in unions if mention.end <= at < verb.start()), None)
    if subject is not None:
        _record(drafts[subject.name], role, mention)


def _date_role(ctx: Context, sentence: Sentence, m: DateMention) -> str | None:
    """Whether a date in a strike sentence is the day it began ("start"), ended ("end"), or neither."""
    end = _END_CUE.search(ctx.text, max(sentence.start, m.start - 40), m.start)
    if end is not None and _BEGUN.search(ctx.text, end.start(), m.start):
        end = None  # "ending a strike that began on May 2": the start
    if (
        end is not None
        and end.group("until")
        and _NOT_UNTIL.search(ctx.text, max(sentence.start, end.start() - 40), end.start())
    ):
        return "start"  # "did not join them until July 14"
    # "ended its strike on Sept. 27", and "reached a tentative agreement on Nov. 8, ending its
    # strike": neither a start nor "since"; but a day after publication has not come ("will
    # stay out until September 1")
    if end is not None or _ENDING_AFTER.match(ctx.text, m.end, sentence.end):
        future = ctx.published is not None and m.day is not None and m.day > ctx.published
        return None if future else "end"
    # "called a strike on July 13", "ratified its contract on Oct. 9", "voted unanimously on
    # July 13", "whose contract expired on May 1": not the day it began
    if (
        _CALLED.search(ctx.text, max(sentence.start, m.start - 40), m.start)
        or _SETTLED.search(ctx.text, max(sentence.start, m.start - 100), m.start)
        or _OTHER_EVENT.search(ctx.text, max(sentence.start, m.start - 40), m.start)
    ):
        return None
    if _OWN_CUE.match(ctx.text, m.start) or _START_CUE.search(
        ctx.text, max(sentence.start, m.start - 45), m.start
    ):
        return "start"
    return None


def _pairs(
    ctx: Context,
    sentence: Sentence,
    unions: list[tuple[int, Organization]],
    mentions: list[DateMention],
) -> list[tuple[Organization, DateMention]]:
    """Each date with the union it belongs to: in order with "respectively", else by _subject."""
    distinct = _distinct(unions)
    if len(distinct) > 1 and sentence.search(_RESPECTIVELY):
        if len(mentions) != len(distinct):
            return []  # "respectively", but not one date a union: no guess
        return [(union, mention) for (_, union), mention in zip(distinct, mentions, strict=True)]
    # "It began on July 14, and overlapped with the WGA strike": not the WGA's date
    pronoun = _PRONOUN.match(ctx.text, sentence.start, sentence.end)
    antecedent = _antecedent(ctx, sentence) if pronoun else None
    pairs = []
    for mention in mentions:
        if pronoun and not any(at < mention.start for at, _ in unions):
            union = antecedent or _when_after(ctx, unions, mention)
        else:
            union = _subject(ctx, unions, mention.start) or _when_after(ctx, unions, mention)
        if union is not None:
            pairs.append((union, mention))
    return pairs


_WHEN = _regex.compile(r",?[ \u00a0]+when[ \u00a0]+(?:the[ \u00a0]+)?")


def _when_after(
    ctx: Context, unions: list[tuple[int, Organization]], mention: DateMention
) -> Organization | None:
    """The union named right after the date and "when": "a strike that began on July 14, when SAG-AFTRA joined ..."."""
    when = _WHEN.match(ctx.text, mention.end)
    if when is None:
        return None
    return next((union for at, union in unions if at == when.end()), None)


def _antecedent(ctx: Context, sentence: Sentence) -> Organization | None:
    """The union that "It" or "They" opening *sentence* stands for: the one union the sentence before names."""
    before = ctx.sentence_before(sentence)
    if before is None:
        return None
    unions_in, _ = ctx.remember(_union_finder)
    named = _distinct(unions_in(before))
    return named[0][1] if len(named) == 1 else None


def _only_union(
    ctx: Context, unions: list[tuple[int, Organization]], at: int
) -> Organization | None:
    """The union of a date with none named before it: the one the sentence names, if it names one.

    Not when another union's members come just before the date: "Writers have been out
    since May 2, and SAG-AFTRA actors since July 14" gives May 2 to the writers, though
    the article names no writers' union.
    """
    if len({u.name for _, u in unions}) != 1:
        return None
    nouns = [m.group() for m in _MEMBER_NOUN.finditer(ctx.text, max(0, at - _SUBJECT_REACH), at)]
    if nouns and _MEMBERS_OF[nouns[-1].lower()] != unions[0][1].name:
        return None
    return unions[0][1]


def _subject(ctx: Context, unions: list[tuple[int, Organization]], at: int) -> Organization | None:
    """The union a date belongs to: the nearest before it, unless that one was "joined" by another."""
    before = [row for row in unions if row[0] < at]
    if not before:
        return _only_union(ctx, unions, at)
    nearest = before[-1]
    clause = _WHO.search(ctx.text, nearest[0], at)
    described = _MEMBERS_OF.get(clause.group("noun").lower()) if clause else None
    if described is not None and described != nearest[1].name:
        return None  # "Actors joined writers who have been on strike since May 2": the writers'
    if _RELATIVE.search(ctx.text, nearest[0], at):
        return nearest[1]  # "joining the WGA, whose members have been out since May 2"
    earlier = [row for row in before if row[1].name != nearest[1].name]
    window = (earlier[-1][0], nearest[0]) if earlier else (0, 0)
    if earlier and _JOINED.search(ctx.text, *window) and not _CLAUSE.search(ctx.text, *window):
        return earlier[-1][1]
    return nearest[1]


def _since(match: re.Match[str], published: date | None) -> int | None:
    """The year a precedent claim names, or counts back to from publication ("in 63 years")."""
    if match.group("years") is None:
        return int(match.group("year"))
    return None if published is None else published.year - int(match.group("years"))


def find_precedents(ctx: Context) -> tuple[Precedent, ...]:
    """Find "for the first time since <year>" claims about joint action of the screen unions.

    Examples:
        >>> from aistrike import extract
        >>> text = "WGA writers and SAG-AFTRA actors are on strike together for the first time since 1960."
        >>> [(p.event, p.since) for p in extract(text).precedents]
        [('joint strike', 1960)]
    """
    claims = ctx.sentences_with(_PRECEDENT)
    if not claims:
        return ()
    unions_in, _ = ctx.remember(_union_finder)
    found: dict[tuple[int, tuple[str, ...]], tuple[list[Organization], list[Span]]] = {}
    for sentence in claims:
        match = sentence.search(_PRECEDENT)
        if match is None or not sentence.search(_STRIKE):
            continue
        if match.group().lower().startswith("not") and not sentence.search(_JOINTLY):
            continue  # "Not since 1960 has SAG-AFTRA struck": one union's, no joint strike
        unions = _distinct(unions_in(sentence))  # "both unions" stands for those named
        if len(unions) < 2 and sentence.search(_BOTH):  # noqa: PLR2004
            unions = _the_two(ctx)  # "the first time since 1960 that both have been on strike"
        if len(unions) < 2:  # noqa: PLR2004 - a joint action needs two unions
            continue
        since = _since(match, ctx.published)
        if since is None:
            continue  # "in 63 years", with no publication date to count back from
        # one claim, however often the article repeats it: one object, several spans
        key = (since, tuple(sorted(union.name for _, union in unions)))
        found.setdefault(key, ([union for _, union in unions], []))[1].append(sentence.span)
    return tuple(
        Precedent(event="joint strike", since=since, parties=tuple(parties), evidence=tuple(spans))
        for (since, _), (parties, spans) in found.items()
    )
