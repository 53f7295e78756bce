"""Job postings: who is hiring, for what, at what pay, to do what.

A sentence describes a posting when it has a hiring cue ("job opening",
"hiring for", "is offering") and an employer; later sentences that refer back
("the role", "the job listing") add evidence and quoted duties to it.
"""

import itertools
import re

from bisect import bisect_left
from typing import NamedTuple

import attrs

from aistrike.extract import _regex
from aistrike.extract.context import Context
from aistrike.extract.entities import OrgMention
from aistrike.extract.quotes import QUOTE_MARKS
from aistrike.extract.text import Sentence
from aistrike.extract.vocabulary import (
    EMPLOYER_KINDS,
    NEGATED,
    ROLE_NOUNS,
    SPEECH_VERBS,
)
from aistrike.model import (
    JobPosting,
    Money,
    MoneyRange,
    Organization,
    OrganizationKind,
    Pay,
    PayUnit,
    Span,
)


_ROLES = "|".join(ROLE_NOUNS)
# a title's words: possessive, as a space must follow each ("++" gives back nothing)
_TITLE_AHEAD = rf"(?:[\w+/&.-]++[ \u00a0]){{0,5}}?(?:{_ROLES})s?\b"
_CUE = _regex.compile(
    r"\bjob[ \u00a0](?:opening|posting|listing|advert(?:isement)?|ad|offer)s?\b|\bhiring\b|\brecruiting\b"
    r"|\bto[ \u00a0]hire\b"
    # not "the advertised salary": the pay of a posting named before
    r"|\badvertis(?:ed|es|ing)\b"
    r"(?![ \u00a0](?:salary|pay|wage|sum|figure|amount|compensation|range|rate)\b)"
    r"|\b(?:is|are|was|were)[ \u00a0]offering\b|\bvacanc(?:y|ies)\b"
    r"|\b(?:an|a)[ \u00a0](?:opening|vacancy|listing|posting|advert)[ \u00a0](?:(?:up|out|open)[ \u00a0])?for\b"
    # "The streamer's listing for a Product Manager ...", "The Netflix listing, for a ..."
    r"|\b(?:listing|posting|advert),?[ \u00a0]for[ \u00a0](?:an?|the)\b"
    # apart: inside the group above, it would make too many start words to keep
    r"|\badvertisement[ \u00a0]for[ \u00a0]an?\b"
    # who is offered comes in a lookahead, so that "offer" stays the start word
    r"|\boffer(?:s|ed|ing)\b(?=[ \u00a0](?:actors|performers|participants|volunteers|extras)\b)"
    # "posted a job", "listed a Product Manager, Machine Learning Platform role"
    r"|\b(?P<posted>(?:post(?:ed|ing)|list(?:ed|ing)|advertised|placed|published)[ \u00a0](?:a|an|the)[ \u00a0])"
    r"(?:[\w,-]++[ \u00a0]){0,7}?(?:job|role|position|listing|opening|gig)\b"
    # "has posted other AI-related roles"
    r"|\b(?:posted|listed)[ \u00a0](?:[\w-]++[ \u00a0]){1,3}?(?:jobs|roles|positions|openings|listings)\b",
    re.IGNORECASE,
)
# Weaker cues, kept only next to a job title: "is looking for an AI specialist", "seeks AI
# manager", and "Netflix's product manager opening" (the title before it: _title_before). Apart
# from _CUE, so that each keeps its own start words.
_TITLED_CUE = _regex.compile(
    # "looking for a $900k AI product manager": its pay may come before the title
    # "Disney's listings include a senior AI engineer": the title right after, as after "wants"
    r"\b(?:seeks|seeking|(?P<wants>wants|(?:listings?|openings?|postings?|vacancies)[ \u00a0]includes?)"
    # "an open role for": from "role", so that "open" (everywhere) is no start word
    r"|(?:looking|searching|hunting|on[ \u00a0]the[ \u00a0]hunt|(?<=\bopen[ \u00a0])(?:role|position))[ \u00a0]for)"
    r"[ \u00a0](?:an?[ \u00a0])?"
    r"(?P<priced>[$£€][\d.,]{1,12}[kKmM]?(?:-a-year)?[ \u00a0-])?[\"“]?"
    rf"(?=(?P<ahead>{_TITLE_AHEAD}))"
    r"|\blooking[ \u00a0]to[ \u00a0]fill\b"  # no title needed
    # "has several AI openings, including one for a senior AI engineer"
    r"|\b(?:openings|vacancies|roles|positions|jobs),?[ \u00a0]including\b"
    r"|\b(?P<noun>opening|vacancy|listing|posting)s?\b",
    re.IGNORECASE,
)
# Only in a sentence with an amount, as the words are too common to be a cue alone: a title before
# "role", "job" or "position" ("Netflix's AI product manager role comes with a salary of ..."), or
# an AI job ("Netflix is dangling $900,000 a year for an AI role")
_PAID_CUE = _regex.compile(
    r"\b(?P<ai>(?:AI|A\.I\.|artificial[ \u00a0]intelligence|machine[ \u00a0-]learning)[ \u00a0-]"
    r"(?:role|job|position))\b|\b(?:role|job|position)\b"
    # "Netflix's listing, which appeared this week, offers a salary of ...": the employer's own
    r"|['’]s[ \u00a0](?:job[ \u00a0])?(?P<listing>listing|posting|advert)\b"
    # "paying actors $300 for two hours" (the amount right after, in a lookahead), "sought
    # actors", "put out a call for actors": words common elsewhere, so cues only with an amount
    # (also "will pay participants $300")
    r"|\b(?P<paying>(?:paying|(?:to|will)[ \u00a0]pay)(?=[ \u00a0](?:actors|performers|participants|volunteers|extras)[ \u00a0][$£€])"
    # "is paying up to $900,000 for an AI product manager", "is willing to pay as much as
    # $900,000 a year to a product manager", "wants an AI product manager, and will pay up to
    # $900,000 for one", "will pay an AI product manager as much as $900,000"
    # "is dangling a salary of up to $900,000 for a product manager"
    r"|(?:paying|(?:to|will|would)[ \u00a0]pay|(?:salary|pay|compensation)[ \u00a0]of)"
    r"(?=[ \u00a0](?:up[ \u00a0]to[ \u00a0]|as[ \u00a0]much[ \u00a0]as[ \u00a0])?[$£€₹]"
    r"(?:[^.;]{0,40}?[ \u00a0]for|[\w.,]{1,12}(?:[ \u00a0](?:a|per)[ \u00a0]year|/yr)?[ \u00a0]to)"
    r"[ \u00a0](?:an?[ \u00a0]|(?P<one>one)\b)"
    rf"|[ \u00a0]an?[ \u00a0]{_TITLE_AHEAD}[ \u00a0](?:up[ \u00a0]to[ \u00a0]|as[ \u00a0]much[ \u00a0]as[ \u00a0]|between[ \u00a0])?[$£€₹]"
    # "Netflix wants to pay someone up to $900K to work on AI"
    r"|[ \u00a0](?:someone|somebody)[ \u00a0](?:up[ \u00a0]to[ \u00a0]|as[ \u00a0]much[ \u00a0]as[ \u00a0])?[$£€₹])"
    r"|(?:sought|seeks|seeking|recruited)(?=[ \u00a0](?:actors|performers|participants|volunteers|extras)\b)"
    r"|offer(?:s|ed|ing)?(?=[ \u00a0][$£€])"  # "Realeyes offered $300 for a two-hour session"
    # "An AI product manager at Netflix could earn up to $900,000": the title comes before, and
    # a verb such as "could" (_MODAL, tested apart: spelled out here, the pattern would have too
    # many spellings to keep its start words)
    r"|(?P<earns>earn|make|pocket)"
    r"(?=[ \u00a0](?:up[ \u00a0]to[ \u00a0]|as[ \u00a0]much[ \u00a0]as[ \u00a0]|between[ \u00a0])?[$£€₹])"
    # "a study in which participants are paid $150 an hour"
    r"|(?:participants|volunteers|extras)[ \u00a0](?:are|were|get|will[ \u00a0]be|would[ \u00a0]be)"
    r"[ \u00a0]paid(?=[ \u00a0][$£€])"
    r"|put[ \u00a0]out[ \u00a0]a[ \u00a0]call[ \u00a0]for)\b",
    re.IGNORECASE,
)
# A sentence with no employer named may still be about the last one: "The same company is also
# hiring ...", "It is also recruiting ...". Without such a reference it is about someone else.
_EMPLOYER_REFERENCE = _regex.compile(
    r"\b(?:the[ \u00a0](?:same[ \u00a0]|[\w-]{1,20}+[ \u00a0])?(?:company|firm|streamer|studio|platform|service|group|giant)"
    r"(?![ \u00a0]behind\b)"  # "the company behind a study": one not named yet
    r"|it|its|it's|it’s)\b",
    re.IGNORECASE,
)
# "The job advert ..." before a cue: the posting already named
_DEFINITE = _regex.compile(r"\bthe[ \u00a0]+\Z", re.IGNORECASE)
# not "walked off the job" nor "on the job": idioms, not the posting
_BACK_REFERENCE = _regex.compile(
    # "the top listing": from the adjective, so that "the" (in every sentence) is no start word
    r"(?<=\bthe[ \u00a0])(?:top|latest|original)[ \u00a0]"
    r"(?:role|job|position|listing|posting|advert|opening)\b"
    r"|(?<!off[ \u00a0])(?<!on[ \u00a0])\bthe[ \u00a0](?:role|job|position|listing|job[ \u00a0]listing|job[ \u00a0]description|"
    r"job[ \u00a0]posting|posting|advert|job[ \u00a0]ad|opening|(?:salary|pay)[ \u00a0]range)\b"
    r"|\bthe[ \u00a0]range[ \u00a0](?:is|was|runs|ran|goes|went)\b",  # "The range is $300K–$900K"
    re.IGNORECASE,
)
# "The streamer's advert, for a ...": apart from _BACK_REFERENCE, as its first letters would
# make that pattern try every "c" and "s"; looked for only where its own opening words are
_EMPLOYERS_REFERENCE = _regex.compile(
    r"(?<=\bthe[ \u00a0])(?:streamer|company|studio)['’]s[ \u00a0]"
    r"(?:job[ \u00a0])?(?:listing|posting|advert|ad)\b",
    re.IGNORECASE,
)
# A sentence that opens with pay, right after a posting's, states that posting's pay: "The pay:
# up to $900,000.", "It pays up to $900,000 a year.", "The work pays $300", "Base salary runs
# from $300,000 ..."
_PAY_OPENING = _regex.compile(
    r"(?:(?:the|its)[ \u00a0])?(?:(?:total|annual|base|yearly)[ \u00a0])?"
    r"(?:pay|salary|compensation|remuneration)(?:[ \u00a0](?:range|band|package))?"
    # then a colon, a question, or a verb: not "Pay for actors is ...", someone else's
    r"(?:[ \u00a0]?[:?]|[ \u00a0](?:is|was|runs|ran|tops|topped|starts|started"
    r"|goes|went|sits|stands|would|will|could|can|(?:ranges|ranged)[ \u00a0](?:from|between))\b)"
    r"|(?:it|the[ \u00a0](?:work|job|gig|study|session|role|position))"  # "The work pays $300"
    r"[ \u00a0](?:pays|offers|carries|comes[ \u00a0]with)\b",
    re.IGNORECASE,
)
# A named team: up to four capitalised words, capitals even where the pattern folds case
_TEAM = r"(?-i:[A-Z])[\w-]*(?:[ \u00a0](?-i:[A-Z])[\w-]*){0,3}"
# A named team after a dash, after a title: "Product Manager - Machine Learning Platform"
_TAIL = _regex.compile(rf"[ \u00a0][–—-][ \u00a0]{_TEAM}")
# A title: up to five words ending with a role noun, and a named team after a dash (or a comma)
_TITLE_WORDS = (
    rf"(?P<title>{_TITLE_AHEAD})"
    # "Product Manager – Machine Learning Platform"
    rf"(?P<tail>[ \u00a0][–—-][ \u00a0]{_TEAM}"
    # and after a comma, when "role" or a closing quotation mark follows: "a Product Manager,
    # Machine Learning Platform role", 'a "Senior Manager, AI Strategy."'
    rf"|,[ \u00a0]{_TEAM}(?=[ \u00a0](?:role|position|job)\b|[.,]?[\"”]))?"
)
_TITLE = _regex.compile(
    r"\b(?:for|as|hire|hiring|seeking|seeks|recruiting|advertis(?:ing|ed|es)|of|titled|called|named"
    r"|including|(?:ad|advert|listing|posting|opening|job|hiring(?:[ \u00a0](?:too|also))?):)"
    r"[ \u00a0](?:an?[ \u00a0]|the[ \u00a0](?:role|position)[ \u00a0]of[ \u00a0](?:an?[ \u00a0])?)?"
    r"[\"“]?" + _TITLE_WORDS,  # 'seeking a "Product Manager - Machine Learning Platform"'
    re.IGNORECASE,
)
# "the Netflix job listing that set social media alight: a product manager for ...": after the
# cue, a colon and "a" or "an"
_COLON_TITLE = _regex.compile(r":[ \u00a0]an?[ \u00a0]" + _TITLE_WORDS, re.IGNORECASE)
# "The role, Product Manager – Machine Learning Platform, is ...", "The posting, for a product
# manager on ...": a later sentence names the title
_NAMED_TITLE = _regex.compile(
    r"\bthe[ \u00a0](?:(?:(?:top|latest|original)[ \u00a0])?"
    r"(?:role|position|job|post|opening|posting|listing|advert)"
    r"|(?:streamer|company|studio)['’]s[ \u00a0](?:posting|listing|advert))"
    # "The top listing, spotted by The Intercept, is for a product manager"
    r"(?:,[^,.;:\"“”]{1,60},(?=[ \u00a0]is\b))?"
    r"(?:,(?:[ \u00a0]for[ \u00a0](?:an?|the))?|[ \u00a0]is|[ \u00a0]titled|[ \u00a0][–—])[ \u00a0][\"“]?"
    + _TITLE_WORDS,
    re.IGNORECASE,
)
# The title after an amount a cue offers: "is willing to pay $900,000 a year to a product manager"
_PAID_TITLE = _regex.compile(
    r"[ \u00a0](?:(?:for|to)[ \u00a0])?an?[ \u00a0]" + _TITLE_WORDS, re.IGNORECASE
)
# "Netflix wants an AI product manager, and will pay up to $900,000 for one": the title before
_WANTED_TITLE = _regex.compile(
    r"\b(?:wants|needs|seeks)[ \u00a0]an?[ \u00a0]" + _TITLE_WORDS, re.IGNORECASE
)
# "is hiring a machine learning scientist ..., and a senior software engineer": a second title
# of the same cue, but not a person who then speaks ("and a writer who ... said")
_AND_TITLE = _regex.compile(
    r"\band[ \u00a0](?:also[ \u00a0])?an?[ \u00a0]"
    + _TITLE_WORDS
    + r"(?![ \u00a0]+(?:said|says|told|tells|who|whose|has|had|is|was|are|were)\b)",
    re.IGNORECASE,
)
_PAID_TITLE_REACH = 120  # the amount, its rate and the title
_APPOSED_TITLE = _regex.compile(
    # "The role at Netflix, a product manager ...": its employer may come between
    r"(?:[ \u00a0](?:at|with)[ \u00a0][\w'’-]{1,30}+(?:[ \u00a0][\w'’-]{1,30}+)?)?,[ \u00a0]an?[ \u00a0]"
    + _TITLE_WORDS,
    re.IGNORECASE,
)
# After a title that opens a sentence, its employer: "A product manager for Netflix's machine
# learning platform could earn ...", "An AI product manager at Netflix could make ..."
_EMPLOYER_AFTER_TITLE = _regex.compile(r"[ \u00a0](?:at|for|with)[ \u00a0]")
_MODAL = _regex.compile(r"\b(?:could|would|will|can|may|might)[ \u00a0]\Z")
_DETERMINER = _regex.compile(r"\b(?:an?|the)[ \u00a0]\Z", re.IGNORECASE)
_LISTING_WORD = _regex.compile(
    r"\b(?:listing|posting|advert(?:isement)?|job[ \u00a0]ad|vacancy|opening)\b", re.IGNORECASE
)
# The title inside a cue: "posted a Product Manager, Machine Learning Platform role"
_POSTED_TITLE = _regex.compile(
    _TITLE_WORDS + r"[ \u00a0](?:job|role|position|listing|opening|gig)\b", re.IGNORECASE
)
_ARTIFICIAL_INTELLIGENCE = _regex.compile(
    r"\bartificial[ \u00a0]intelligence\b"
)  # in titles folded to lower case
# A phrase that is a job title and nothing else: "Product Manager - Machine Learning Platform"
_A_TITLE = _regex.compile(
    rf"{_TITLE_AHEAD}(?:[ \u00a0]?[–—,-][ \u00a0]{_TEAM})?",
    re.IGNORECASE,
)
# After a quotation, a speaker the text does not name: '"...," one welder said', '"...," she added'
_SAID_AFTER = _regex.compile(
    r"[,.!?]?[\"”’']?[ \u00a0]+"
    # not the listing's own words: '"...," the listing says'
    r"(?!(?:the|its|that)[ \u00a0](?:job[ \u00a0])?(?:listing|posting|advert|ad|description)\b)"
    rf"(?:[\w'’-]+[ \u00a0]+){{0,3}}?(?:{'|'.join(SPEECH_VERBS)})\b"
)
_SAID_REACH = 40
_SAME_CUE = 12  # cues closer than this are one: "AI job ad"
_CAPITAL = _regex.compile(r"\b[A-Z]")
_SAME_POSTING = 25  # a cue this close after another, no employer between, goes on from it
_LONGEST_AMOUNT = 100  # what an amount with its range, conversion and rate may run to
_NEAR = 400  # how far from a cue its employer, title and references are looked for
_TITLE_REACH = 40  # how far after "an AI role" its title may be read
_APPOSED_CUE = _regex.compile(r"(?:listing|posting|advert),", re.IGNORECASE)
_MEDIA_REFERENCE = _regex.compile(r"stream(?:er|ing)|studio|platform|service", re.IGNORECASE)
_MEDIA = frozenset({OrganizationKind.STREAMER, OrganizationKind.STUDIO})
# The comma that opens an aside: ", whose clients include ..."
_ASIDE = _regex.compile(
    # also after what the aside says it is: ", a company whose clients have included Netflix,"
    r",[ \u00a0](?:(?:a|an|the)[ \u00a0][\w-]{1,20}+[ \u00a0])?"
    r"(?:whose|which|who|where|including|such[ \u00a0]as|like)\b",
    re.IGNORECASE,
)
_ASIDE_REACH = 200  # an aside is short: its commas are looked for this far from the name
_NAMES_TITLE = _regex.compile(r"\b(?:title|titled|called|named)[ \u00a0]+[\"“]\Z", re.IGNORECASE)
_ACCORDING = _regex.compile(r"\baccording[ \u00a0]to[ \u00a0]+\Z", re.IGNORECASE)
# "Compensation runs from $300,000 to $900,000, the listing says": the pay comes before
_SAYS = _regex.compile(r"[ \u00a0]+(?:says|said|states|stated|notes|noted|reads)\b", re.IGNORECASE)
_THAN = _regex.compile(r"\bthan[ \u00a0]+(?:the[ \u00a0]+)?\Z", re.IGNORECASE)
# An amount rounded in the telling ("nearly $1m a year", "close to $1 million"), or the floor
# of a range ("The pay range starts at $300,000", "at least $300,000"): not the pay the
# posting states, which the text may give elsewhere. Looked for as they are in the folded
# text, far cheaper than a pattern before every amount.
_ROUNDED = (
    *(" nearly ", " almost ", " close to ", " just under ", " just shy of ", " just below "),
    *(" at least ", " starts at ", " started at ", " starting at ", " starts from "),
    *(" starting from ", " begins at ", " began at ", " beginning at "),
)
_PAY_AFTER_REFERENCE = 120
# "It says the successful applicant will ...", right after the posting: the listing speaks
_LISTING_SAYS = _regex.compile(
    # "The ad says the manager will ...": an ad that speaks (not "the ad campaign")
    r"(?:it|the[ \u00a0]ad)[ \u00a0](?:says|states|reads|adds|notes|asks|calls|describes)\b"
    # or what it asks of the one hired: 'Participants would be asked to "express different
    # emotions"', 'The successful candidate will "define the strategic vision"'
    r"|(?:participants|applicants|candidates|the[ \u00a0](?:successful[ \u00a0])?(?:applicant|candidate|hire))"
    r"[ \u00a0](?:would|will|must|should|are|is)\b",
    re.IGNORECASE,
)
_ANOTHER = _regex.compile(
    r"another(?:[ \u00a0](?:listing|posting|opening|one))?,[ \u00a0](?=for[ \u00a0](?:an?|the)\b)",
    re.IGNORECASE,
)
# Where a job is based: "based in Los Gatos, California", "based in Los Gatos or Los Angeles"
_PLACE = r"[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,2}"
_BASED = _regex.compile(
    # the job's base, not its employer's: "the role is (can be) based in", "The position, based
    # in ...", not "Realeyes, a company based in London"
    r"\b(?:(?:is|be|are|was)[ \u00a0]|(?:role|job|position|post|opening),[ \u00a0])"
    r"based[ \u00a0](?:in|out[ \u00a0]of)[ \u00a0]"
    rf"(?P<place>{_PLACE}(?:,[ \u00a0]{_PLACE}(?![ \u00a0]or\b))?(?:,?[ \u00a0]or[ \u00a0]{_PLACE})?)"
)
# "can be done remotely", "the job is fully remote", "... or remote", "a remote role"
_REMOTE = _regex.compile(
    r"\b(?:(?:done|performed)[ \u00a0]remotely|(?:is|be|was|are)[ \u00a0](?:fully[ \u00a0])?remote"
    r"|or[ \u00a0](?:done[ \u00a0])?remote(?:ly)?|remote[ \u00a0](?:role|job|position))\b",
    re.IGNORECASE,
)
_ASKED = frozenset({"?", ":"})  # "The pay? Up to $900,000."
_ANSWER_OPENING = 20  # "Up to $900,000": how far into the answer its amount may begin
_OPENING = frozenset({"", "a", "an", "the", "its", "their", "one"})
_ONE = "one "
_LONGEST_OPENING = 12
"""What may come before a cue that opens its sentence ("A job listing for ...")."""
_ROLE_NOUNS = frozenset(ROLE_NOUNS)
_WORD = _regex.compile(r"\S+")
_TITLE_WORD = _regex.compile(r"[\w+/&.-]+")
_MAX_TITLE_WORDS = 6
_TITLE_STOP = frozenset(
    {"a", "an", "the", "and", "or", "to", "with", "for", "of", "is", "are", "job", "opening"}
    | {"in", "which", "who", "that", "where", "when"}  # "a session in which participants"
    | {"titled", "called", "named"}  # "advertised a role titled X": the title is X
)
# Words that open no title, in lower case: "Netflix's new AI product manager role" is for an
# AI product manager
_NOT_TITLE_OPENERS = frozenset({"new", "latest", "open"})
# Words before a plural that make it people already known, not a role: "for the writers"
_KNOWN = frozenset({"the", "its", "their", "his", "her", "our", "your", "these", "those"})
# A cue said not to hold: "Netflix is not hiring", "isn't advertising", "no longer recruiting"
_NEGATED = _regex.compile(NEGATED, re.IGNORECASE)
_COMPARED = _regex.compile(
    r"[ \u00a0]*(?:more|less|higher|lower|above|below|over|under)\b", re.IGNORECASE
)


@attrs.frozen
class _Offer:
    """Pay as a mention states it, with the ceilings of its conversions ("$900,000 (£700,000)")."""

    pay: Pay
    converted: frozenset[Money | None] = frozenset()


@attrs.define
class _Draft:
    employer: Organization
    title: str | None
    pay: Pay | None
    duties: dict[str, None]  # an ordered set: looked up, not searched
    evidence: list[Span]
    converted: set[Money | None] = attrs.Factory(set)  # the pay's ceiling in other currencies
    apart: bool = False  # named as one more ("..., and a senior engineer"): known by its title

    def accepts(
        self,
        employer: Organization,
        title: str | None,
        offer: _Offer | None,
        *,
        definite: bool,
        apart: bool = False,
    ) -> bool:
        """Whether a mention is of this posting: the same employer, and nothing that differs.

        Titles may differ when the pay is stated twice and agrees, or when the mention
        refers back ("the job advert"): news describes one role in several ways. A
        posting named as one more, or a mention *apart* ("..., and a senior engineer"),
        is known only by the same title.
        """
        if employer.name != self.employer.name:
            return False
        titled = title is not None and self.title is not None and _one_title(title, self.title)
        if (self.apart or apart) and not titled:
            return False
        same_title = titled or title is None or self.title is None
        if offer is not None and self.pay is not None:
            if self.agrees(offer):
                return True
            # "Netflix advertises AI role paying up to $900,000", then "Netflix has advertised
            # for an AI product manager on up to £700,000": one pay in two currencies
            return same_title and _may_convert(offer.pay, self.pay)
        return definite or same_title

    def agrees(self, offer: _Offer) -> bool:
        """Whether *offer* states this posting's pay: the same ceiling, or in another currency.

        "£700,000" and "$900,000 (£700,000)" agree; so do "$900,000" and "£700,000"
        once a conversion has said they are the same.
        """
        if self.pay is None or _same_top(offer.pay, self.pay):
            return True
        if not _same_units(offer.pay, self.pay):
            return False
        return _top(self.pay) in offer.converted or _top(offer.pay) in self.converted

    def add(self, title: str | None, offer: _Offer | None) -> None:
        """Take what another mention of the posting adds: a title, or a fuller account of the pay.

        A converted amount gives way to the amount it converts: after "£700,000 a
        year", "$900,000 (£700,000)" is the pay as advertised, still a year. Pay in
        another currency with no conversion to tie the two leaves the first amount,
        unless it is a range and the first amount a single one.
        """
        self.title = _fuller_title(self.title, _without_employer(title, self.employer.name))
        if offer is None:
            return
        pay = offer.pay
        if self.pay is None:
            self.pay = pay
        elif _currency(pay) == _currency(self.pay):
            if _fuller(pay, self.pay):
                self.pay = pay
            elif _widens(pay, self.pay):  # "up to $900,000 a year", then "$300,000 to $900,000"
                self.pay = _keeping_rate(pay, self.pay)
        elif _top(self.pay) in offer.converted:  # the amount converted, as advertised
            self.pay = _keeping_rate(pay, self.pay)
        elif _may_convert(pay, self.pay):
            if isinstance(pay.amount, MoneyRange) and not isinstance(self.pay.amount, MoneyRange):
                self.converted.add(_top(self.pay))  # a range says more than its ceiling
                self.pay = _keeping_rate(pay, self.pay)
            else:
                if self.pay.per is PayUnit.ONCE:  # the first amount stays; a rate joins it
                    self.pay = attrs.evolve(self.pay, per=pay.per, quantity=pay.quantity)
                self.converted.add(_top(pay))  # the other is the same pay, when named again
        self.converted |= offer.converted


def _fuller_title(known: str | None, title: str | None) -> str | None:
    """The title a posting keeps: the first one named, but a bare role gives way to a fuller one.

    "a manager for its AI efforts", then "a product manager for its machine learning
    platform": "product manager".
    """
    if known is None or (title is not None and " " not in known.strip()):
        return title or known
    return known


def _may_convert(one: Pay, other: Pay) -> bool:
    """Whether two amounts in different currencies may be one pay converted.

    The same rate (or one unstated), and ceilings within a factor of two: dollars,
    pounds and euros of one salary are ("$900,000" and "£700,000"); "$300 an hour"
    and "£700,000" are not, nor "$900,000" and "Rs 7.4 crore" without a conversion
    in brackets to say so.
    """
    high, low = _top(one), _top(other)
    if (
        _currency(one) == _currency(other)
        or not _same_units(one, other)
        or high is None
        or low is None
    ):
        return False
    if high.amount < low.amount:
        high, low = low, high
    return high.amount <= 2 * low.amount


def _widens(pay: Pay, than: Pay) -> bool:
    """Whether *pay* is a range, with no rate stated, whose ceiling is the single amount *than* states."""
    return (
        pay.per is PayUnit.ONCE
        and isinstance(pay.amount, MoneyRange)
        and not isinstance(than.amount, MoneyRange)
        and pay.quantity == than.quantity
        and _top(pay) == _top(than)
    )


def _currency(pay: Pay) -> str | None:
    return None if pay.amount is None else pay.amount.currency


def _keeping_rate(pay: Pay, known: Pay) -> Pay:
    """*pay*, with the rate of *known* when *pay* states none."""
    return attrs.evolve(pay, per=known.per) if pay.per is PayUnit.ONCE else pay


def _top(pay: Pay) -> Money | None:
    return _ceiling(pay.amount)


def _ceiling(amount: Money | MoneyRange | None) -> Money | None:
    """The amount, or the top of a range ("$300,000 to $900,000" -> "$900,000")."""
    return amount.high if isinstance(amount, MoneyRange) else amount


def _same_top(one: Pay, other: Pay) -> bool:
    """The same pay, or the same ceiling ("up to $900,000" and "$300,000 to $900,000 a year").

    A unit left unstated (once) agrees with any unit.
    """
    return one == other or (_same_units(one, other) and _top(one) == _top(other))


def _same_units(one: Pay, other: Pay) -> bool:
    """The same unit and quantity; a unit left unstated (once) agrees with any unit."""
    units = one.per is other.per or PayUnit.ONCE in (one.per, other.per)
    return units and one.quantity == other.quantity


def _fuller(pay: Pay, than: Pay) -> bool:
    """Whether *pay* says more than *than*: a stated unit, or a range rather than its ceiling."""
    return (than.per is PayUnit.ONCE and pay.per is not PayUnit.ONCE) or (
        pay.per is than.per
        and isinstance(pay.amount, MoneyRange)
        and not isinstance(than.amount, MoneyRange)
    )


def find_job_postings(ctx: Context) -> tuple[JobPosting, ...]:
    """Find the job postings a text describes, one object per posting.

    Examples:
        >>> from aistrike import extract
        >>> story = extract("Netflix is hiring an AI product manager for up to $900,000 a year.")
        >>> [(p.employer.name, p.title, str(p.pay)) for p in story.job_postings]
        [('Netflix', 'AI product manager', '$900,000 a year')]
    """
    strong, titled = ctx.sentences_with(_CUE), ctx.sentences_with(_TITLED_CUE)
    paid = _paid_sentences(ctx)
    weak = sorted({*titled, *paid}, key=lambda s: s.start) if paid else titled
    listed = _listed(ctx, strong, titled)
    if listed:
        weak = sorted({*weak, *listed}, key=lambda s: s.start)
    if not strong and not weak:
        return ()
    first = min(s.start for s in (*strong[:1], *weak[:1]))
    later = [s for s in ctx.sentences_with(_BACK_REFERENCE) if s.start > first]
    drafts: list[_Draft] = []  # the posting last spoken of last: "the role" refers to it
    # a sentence that sentences_with left out cannot match that cue
    has_strong, has_titled = set(strong), set(titled)
    # a hiring sentence with one employer but no title or pay: "Netflix posted a job listing
    # in July." The next sentence may say what it is: "The role, ..., pays $900,000."
    unposted: Sentence | None = None  # the last hiring sentence that gave no posting
    chosen = {*strong, *weak, *later}
    for sentence in sorted(chosen, key=lambda s: s.start):
        strong_cue = sentence in has_strong
        weak_cue = (sentence in has_titled, sentence in paid)
        earlier = unposted
        if sentence in listed:  # "- Netflix: product manager ..., up to $900,000 a year"
            window = (sentence.start - 1, sentence.end)
            if _posting_in(ctx, sentence, listed[sentence], drafts, window=window) is not None:
                unposted = None
                continue
        if strong_cue or weak_cue[0] or weak_cue[1]:
            found = _postings_in(ctx, sentence, drafts, strong=strong_cue, weak=weak_cue)
            if found:
                unposted = None
                _add_what_follows(ctx, sentence, drafts, chosen)
                continue
            if found is not None:  # a cue, but no posting yet
                unposted = None if _paid_after(ctx, sentence, drafts, chosen) else sentence
        if (drafts or earlier is not None) and _refers_back(ctx, sentence, drafts, earlier):
            unposted = None  # a sentence that refers back goes with the posting before it
            _add_what_follows(ctx, sentence, drafts, chosen)
    read: dict[tuple[int, int], tuple[str | None, bool]] = {}
    return tuple(
        JobPosting(
            employer=d.employer,
            title=d.title,
            pay=d.pay,
            location=_location(ctx, d.evidence, read),
            duties=tuple(d.duties),  # the keys, in order
            evidence=tuple(d.evidence),
        )
        for d in sorted(drafts, key=lambda d: d.evidence[0].start)  # in order of first mention
    )


def _paid_after(
    ctx: Context, sentence: Sentence, drafts: list["_Draft"], chosen: set[Sentence]
) -> bool:
    """Whether the sentence after a hiring sentence with no posting made one by its pay.

    "Realeyes has been recruiting actors to pull faces. It pays $300 for two hours."
    A sentence the loop reads anyway (*chosen*) is left to it.
    """
    after = ctx.sentence_after(sentence)
    if after is None or after in chosen:
        return False
    count = len(drafts)
    _add_opening_pay_or_words(ctx, after, drafts, earlier=sentence)
    return len(drafts) > count


def _location(
    ctx: Context, evidence: list[Span], read: dict[tuple[int, int], tuple[str | None, bool]]
) -> str | None:
    """Where the job is based, from the first sentence about the posting that says so.

    "based in Los Gatos, California", "can be based in Los Gatos or Los Angeles";
    "remote" when a sentence says only that the job may be done remotely. *read* holds
    what each sentence said, read once: postings named in one sentence share it.
    """
    remote = False
    for span in evidence:
        key = span.start, span.end  # a tuple hashes in C, a Span in Python
        if key not in read:
            read[key] = _location_in(ctx, span)
        place, remote_here = read[key]
        if place is not None:
            return place
        remote = remote or remote_here
    return "remote" if remote else None


def _location_in(ctx: Context, span: Span) -> tuple[str | None, bool]:
    """The place one sentence bases the job in, else whether it says the job is remote."""
    # the patterns only where their rare words are: each would otherwise be tried at
    # every character of every sentence about a posting
    word = ctx.folded.find("based", span.start, span.end)
    based = _BASED.search(ctx.text, max(span.start, word - 20), span.end) if word >= 0 else None
    if based is not None:
        place = based.group("place")
        return (f"{place}, or remote" if _remote(ctx, based.end(), span.end) else place), False
    return None, _remote(ctx, span.start, span.end)


def _remote(ctx: Context, start: int, end: int) -> bool:
    """Whether the text between *start* and *end* says the job may be done remotely."""
    word = ctx.folded.find("remote", start, end)
    return word >= 0 and _REMOTE.search(ctx.text, max(start, word - 20), end) is not None


def _refers_back(
    ctx: Context, sentence: Sentence, drafts: list["_Draft"], earlier: Sentence | None
) -> bool:
    """Add what a sentence that refers back says to the posting before; whether it referred back.

    *earlier* is the last hiring sentence that gave no posting: "Netflix posted a
    job listing in July. The role, ..., pays $900,000" gives one. A sentence with no
    reference may still open with the last posting's pay (:func:`_add_opening_pay_or_words`).
    """
    reference = sentence.search(_BACK_REFERENCE) or sentence.search(_EMPLOYERS_REFERENCE)
    if reference is None:
        _add_opening_pay_or_words(ctx, sentence, drafts)
        return False
    title, offer = _named_in(ctx, sentence, reference)
    if (
        earlier is not None
        and (title or offer)
        and ctx.sentence_before(sentence) is earlier
        and (employer := _only_employer(ctx, earlier)) is not None
    ):
        _take(drafts, employer, title, offer).evidence.append(earlier.span)
    if drafts:
        last = drafts[-1]
        last.evidence.append(sentence.span)
        if offer is not None and not last.agrees(offer):
            offer = None  # another amount than the posting's: not its pay
        last.add(title, offer)
        _add_duties(ctx, sentence, last)
    return True


def _named_in(
    ctx: Context, sentence: Sentence, reference: re.Match[str]
) -> tuple[str | None, _Offer | None]:
    """The title and pay a sentence that refers back names: "The role, X, pays up to $900,000".

    The pay is read soon after the reference, and before any quotation mark; or
    before it, when the sentence is attributed to the posting ("Total compensation
    ranges from $300,000 to $900,000, according to the posting").
    """
    title = _title(sentence.text, 0, _NAMED_TITLE)
    at = sentence.start + reference.end()
    stop = min(sentence.end, at + _PAY_AFTER_REFERENCE)
    offer = _pay(ctx, sentence, at, (at, _before_quotation(ctx, at, stop)))
    begin = sentence.start + reference.start()
    if offer is None and (
        _ACCORDING.search(ctx.text, max(sentence.start, begin - 20), begin)
        or _SAYS.match(ctx.text, sentence.start + reference.end())
    ):
        offer = _pay(ctx, sentence, begin, (sentence.start - 1, begin))
    return title, offer


def _add_what_follows(
    ctx: Context, sentence: Sentence, drafts: list["_Draft"], chosen: set[Sentence]
) -> None:
    """Read what the sentence after a posting's may add to it, when no cue chose it already.

    Or another posting of the same employer: "One listing, for a senior machine
    learning engineer, offers .... Another, for a research scientist, gives no figure."
    Read here, right after a posting, and not as a cue of its own: one more
    alternative in _CUE would cost every sentence searched for a cue.
    """
    after = ctx.sentence_after(sentence)
    if after is None:
        return
    if (another := _ANOTHER.match(after.text)) is not None:
        _add_another(ctx, after, another.end(), drafts)
    elif after not in chosen:
        _add_opening_pay_or_words(ctx, after, drafts)


def _add_another(ctx: Context, sentence: Sentence, at: int, drafts: list["_Draft"]) -> None:
    """A posting by the last posting's employer, its title after "Another, " (*at*)."""
    cue = sentence.start + at
    title = _title(ctx.text, cue, stop=min(sentence.end, cue + _TITLE_REACH + 20))
    if title is None or not drafts:
        return
    offer = _pay(ctx, sentence, cue, (cue, sentence.end))
    draft = _take(drafts, drafts[-1].employer, title, offer)
    draft.add(title, offer)
    draft.evidence.append(sentence.span)
    _add_duties(ctx, sentence, draft)


def _add_opening_pay_or_words(
    ctx: Context, sentence: Sentence, drafts: list["_Draft"], earlier: Sentence | None = None
) -> None:
    """Give the last posting the pay a sentence right after it opens with, or the words it quotes.

    "Netflix posted a job for a product manager. It pays up to $900,000 a year.",
    and a question the next sentence answers: "The pay? Up to $900,000 a year."
    Further on, "Pay for background actors is $187 a day" is about someone else.
    'It says the successful applicant will "define the strategic vision"': the
    listing's words, its duties. Right after *earlier*, a hiring sentence that gave
    no posting, pay makes one: "Realeyes is recruiting actors. It pays $300."
    """
    pay_opening = _PAY_OPENING.match(sentence.text)
    says = None if pay_opening else _LISTING_SAYS.match(sentence.text)  # the listing's words
    opening = pay_opening or says
    before = ctx.sentence_before(sentence)
    if opening is None or before is None:
        return
    last = drafts[-1] if drafts and drafts[-1].evidence[-1] == before.span else None
    # else a posting if the sentence names its pay
    employer = _only_employer(ctx, before) if last is None and before is earlier else None
    if last is None and (employer is None or pay_opening is None):
        return
    read, at = sentence, sentence.start + opening.end()  # where the pay is read
    window = (at, min(sentence.end, at + _PAY_AFTER_REFERENCE))
    answer = ctx.sentence_after(sentence)
    if opening.group()[-1] in _ASKED and sentence.end == at and answer is not None:
        read, at = answer, answer.start  # the amount opens the answer
        window = (answer.start - 1, answer.start + _ANSWER_OPENING)
    offer = _pay(ctx, read, at, window)
    if last is None:
        if offer is None or employer is None:
            return
        last = _take(drafts, employer, None, offer)
        last.evidence.append(before.span)
    last.evidence.extend([sentence.span] if read is sentence else [sentence.span, read.span])
    if offer is not None and last.agrees(offer):
        last.add(None, offer)
    if says:
        _add_duties(ctx, sentence, last)


def _only_employer(ctx: Context, sentence: Sentence) -> Organization | None:
    """The one employer a sentence names, if it names exactly one."""
    named = {
        m.name: m.organization
        for m in ctx.orgs_in(sentence.start, sentence.end)
        if m.kind in EMPLOYER_KINDS
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _postings_in(
    ctx: Context,
    sentence: Sentence,
    drafts: list[_Draft],
    *,
    strong: bool,
    weak: tuple[bool, bool],
) -> bool | None:
    """Read the postings of a sentence, one for each hiring cue; whether it held any (None: no cue).

    "Disney is seeking a senior AI engineer, and Amazon posted a job listing for a
    scientist at $650,000": each cue takes the employer named before it, and only
    the amounts up to the next cue.
    """
    text = sentence.text
    cues: list[_Cue] = []
    if strong and (first := sentence.search(_CUE)) is not None:
        cues = [_strong_cue(text, first)]
        if sentence.may_match(_CUE, first.end()):  # another cue after the first one
            cues += [_strong_cue(text, m) for m in _CUE.finditer(text, first.end())]
        cues += _and_titles(sentence, first.end())
    # a weak cue needs an employer: one named in the sentence, the posting before, or, with no
    # strong cue, the one the sentence before names ("Netflix is under fire. The company is
    # looking to fill a $900,000-a-year AI role")
    cued = bool(cues)
    if (weak[0] or weak[1]) and (
        drafts
        or ctx.orgs_in(sentence.start, sentence.end)
        or (not cued and (before := ctx.sentence_before(sentence)) and _only_employer(ctx, before))
    ):
        weak_cues, weak_cued = _weak_cues(sentence, by_title=weak[0], by_pay=weak[1])
        # "AI job ad": one cue, not two ("AI job" and "job ad")
        strong_at = [c.at for c in cues]
        weak_cues = [w for w in weak_cues if not _near_any(strong_at, w.at)]
        cues = sorted([*cues, *weak_cues], key=lambda cue: cue.at)
        cued |= weak_cued
    # "Netflix is not hiring an AI product manager": no posting, nor one for the next sentence
    held = [cue for cue in cues if not _NEGATED.search(text, max(0, cue.at - 16), cue.at)]
    if cues and not held:
        return None
    cues = held
    if not cues:
        return False if cued else None
    cues = _one_a_run(ctx, sentence, cues)
    found = False
    for index, cue in enumerate(cues):
        floor = cues[index - 1].at if index else -1
        stop = cues[index + 1].at if index + 1 < len(cues) else len(text)
        window = (sentence.start + floor, sentence.start + stop)
        draft = _posting_in(ctx, sentence, cue, drafts, window=window)
        found |= draft is not None
    return found


def _and_titles(sentence: Sentence, after: int) -> list["_Cue"]:
    """A cue for each title after the first, joined by "and a": one posting each.

    "Netflix is also hiring a machine learning scientist, with a salary range of
    $150,000 to $750,000, and a senior software engineer, for whom it lists no pay."
    Found at the rare "and a", read with a regex only there.
    """
    cues = []
    for at in _regex.places(
        ("and a",), sentence.folded_source, sentence.start + after, sentence.end
    ):
        match = _AND_TITLE.match(sentence.text, at - sentence.start)
        if match is not None and (title := _clean_title(match.group("title"))) is not None:
            cues.append(_Cue(match.start(), title=title + (match.group("tail") or ""), apart=True))
    return cues


# A list of postings: a line that says so and ends with a colon ("Here is a rundown of the
# listings reported so far:"), then lines that each open with a bullet, an employer and a
# colon, such as "- Netflix: product manager for its machine learning platform"
_LIST_INTRO = _regex.compile(
    r"\b(?:listings?|postings?|jobs|job[ \u00a0]ads|adverts|roles|openings|vacancies|positions"
    r"|hiring)\b[^.!?:]{0,120}:\s*\Z",
    re.IGNORECASE,
)
_LINE_COLON = _regex.compile(r":[ \t]*(?:\n|\Z)")
_BULLET = _regex.compile(r"\s*(?:[-•*–—]|\d{1,2}[.)])[ \u00a0]+")
_LISTED_TITLE = _regex.compile(
    r":[ \u00a0]+(?:an?[ \u00a0]|the[ \u00a0])?[\"“]?" + _TITLE_WORDS, re.IGNORECASE
)


def _listed(ctx: Context, strong: list[Sentence], titled: list[Sentence]) -> dict[Sentence, "_Cue"]:
    """The lines of a list of postings, each with its cue: at the colon, with the title after it.

    Each line opens with a bullet and an employer, and names a title; the list follows a
    line with a word of hiring that ends with a colon.
    """
    if _LINE_COLON.search(ctx.text) is None:
        return {}  # the usual case: no line ends with a colon
    intros = [
        s for s in {*strong, *titled} if _ends_with_colon(ctx.text, s) and s.search(_LIST_INTRO)
    ]
    found: dict[Sentence, _Cue] = {}
    for intro in intros:
        line = ctx.sentence_after(intro)
        while line is not None and (bullet := _BULLET.match(ctx.text, line.start, line.end)):
            named = ctx.orgs_in(bullet.end(), line.end)
            if not named or named[0].start != bullet.end() or named[0].kind not in EMPLOYER_KINDS:
                break
            title = _LISTED_TITLE.match(ctx.text, named[0].end, line.end)
            if title is not None and (words := _clean_title(title.group("title"))) is not None:
                at = named[0].end - line.start
                found[line] = _Cue(at, title=words + (title.group("tail") or ""))
            line = ctx.sentence_after(line)
    return found


def _ends_with_colon(text: str, sentence: Sentence) -> bool:
    """Whether *sentence* ends with a colon (and perhaps white space): rare, and told without a regex."""
    colon = text.rfind(":", sentence.start, sentence.end)
    return colon >= 0 and (colon + 1 == sentence.end or text[colon + 1 : sentence.end].isspace())


def _paid_sentences(ctx: Context) -> set[Sentence]:
    """The sentences with an amount that may hold a cue of _PAID_CUE: a few, tested one by one."""
    return {s for s in ctx.sentences_at(m.start for m in ctx.money) if s.may_match(_PAID_CUE)}


class _Cue(NamedTuple):
    """Where a hiring cue is in its sentence, the title before it, and how far after it one may be read."""

    at: int
    title: str | None = None
    reach: int | None = None  # None: to the end of the sentence
    apart: bool = False  # "..., and a senior engineer": a posting of its own, unless by title


def _strong_cue(sentence: str, match: re.Match[str]) -> _Cue:
    """A cue of _CUE; "posted an AI product manager role" names its title in the cue.

    So does an apposition right after it: "posted the job, a product manager for ...".
    """
    if match.start("posted") < 0:
        return _Cue(match.start())
    at = match.end("posted")
    title = _title(sentence, at, _POSTED_TITLE, stop=match.end())
    if title is None and (apposed := _APPOSED_TITLE.match(sentence, match.end())) is not None:
        title = _clean_title(apposed.group("title"))
    return _Cue(match.start(), title=title)


def _one_a_run(ctx: Context, sentence: Sentence, cues: list[_Cue]) -> list[_Cue]:
    """The cues without those that only go on from the cue just before.

    "Realeyes placed a listing seeking actors for a study paying $300": one
    posting, not two; a cue a few words after another, with no employer or other
    capitalised word between and no title of its own, is the same posting. The pay
    of the first is then read up to the next posting's cue, not up to "seeking".
    """
    kept: list[_Cue] = []
    for cue in cues:
        if (
            kept
            and cue.title is None
            and cue.at - kept[-1].at <= _SAME_POSTING
            and not _CAPITAL.search(sentence.text, kept[-1].at + 1, cue.at)  # no new subject
            and not any(
                m.kind in EMPLOYER_KINDS
                for m in ctx.orgs_in(sentence.start + kept[-1].at, sentence.start + cue.at)
            )
        ):
            continue
        kept.append(cue)
    return kept


def _near_any(offsets: list[int], at: int) -> bool:
    """Whether one of the sorted *offsets* lies within _SAME_CUE of *at*."""
    index = bisect_left(offsets, at - _SAME_CUE)
    return index < len(offsets) and offsets[index] <= at + _SAME_CUE


def _weak_cues(sentence: Sentence, *, by_title: bool, by_pay: bool) -> tuple[list[_Cue], bool]:
    """The weak cues of a sentence, each with the title before it, and whether it has any cue at all.

    *by_title* and *by_pay* say which patterns may match (_TITLED_CUE, _PAID_CUE). A noun
    cue ("opening", "role") without a title before it is no posting, but an "opening" or
    a "listing" is still a cue (the next sentence may name the posting).
    """
    text, cued = sentence.text, False
    cues: list[_Cue] = []
    for match in _TITLED_CUE.finditer(text) if by_title else ():
        at, cued = match.start(), True
        # "Walt Disney Studios wants a machine learning engineer", "is looking for a $900k AI
        # product manager"
        if match.group("wants") or match.group("priced"):
            title = _clean_title(match.group("ahead"))
            # 'wants a "Product Manager - Machine Learning Platform"': the team too
            tail = _TAIL.match(text, match.end("ahead"))
            cues.append(_Cue(at, title=title + tail.group() if title and tail else title))
        elif not match.group("noun"):
            cues.append(_Cue(at))
        elif (titled := _title_before(text, at)) and titled[1]:
            cues.append(_Cue(*titled))
    for match in _PAID_CUE.finditer(text) if by_pay else ():
        if (cue := _paid_cue(text, match)) is not None:
            cues.append(cue)
            cued = True
    return cues, cued


def _paid_cue(text: str, match: re.Match[str]) -> _Cue | None:  # noqa: PLR0911 - a case a group
    """The cue a match of _PAID_CUE gives, with its title; None for a noun with no title before it."""
    at = match.start()
    if match.group("earns"):  # inside the group "paying": before it
        return _earner_cue(text, at)
    if match.group("paying"):
        # the title after the amount ("to pay $900,000 a year to a product manager"), or
        # before it ("wants an AI product manager, and will pay $900,000 for one")
        if match.group("one"):
            title = _title(text, max(0, at - _PAID_TITLE_REACH), _WANTED_TITLE, stop=at)
        else:
            title = _title(text, match.end(), _PAID_TITLE, stop=match.end() + _PAID_TITLE_REACH)
        return _Cue(at, title=title)
    if match.group("ai"):  # a title, if any, comes right after ("an AI role, a ...")
        return _Cue(at, reach=match.end() - at + _TITLE_REACH)
    if match.group("listing"):  # "Netflix's listing": no title of its own
        return _Cue(match.start("listing"), reach=match.end() - match.start("listing"))
    if (titled := _title_before(text, at)) and titled[1]:
        return _Cue(*titled)
    if (apposed := _APPOSED_TITLE.match(text, match.end())) is not None:
        # "The Netflix role, a product manager for its machine learning platform, pays ...", "The
        # role at Netflix, a product manager ..."
        return _Cue(at, title=_clean_title(apposed.group("title")))
    return None


def _earner_cue(text: str, at: int) -> _Cue | None:
    """The cue of "could earn" at *at*, with the title before it.

    Before the employer ("An AI product manager at Netflix could earn"), or right before
    the verb ("the product manager will earn").
    """
    if (modal := _MODAL.search(text, max(0, at - 7), at)) is None:
        return None
    prep = _EMPLOYER_AFTER_TITLE.search(
        text, max(0, modal.start() - _PAID_TITLE_REACH), modal.start()
    )
    titled = _title_before(text, prep.start() if prep else modal.start())
    if titled is None or titled[1] is None or not _one_hire(text, titled[0], titled[1]):
        return None
    return _Cue(*titled)


def _one_hire(text: str, start: int, title: str) -> bool:
    """Whether a title before "could earn" is one job to fill, not people in post.

    The sentence must name the listing ("An AI product manager at Netflix could make
    ..., a job listing shows", "According to a Netflix job posting, the product manager
    will earn ..."): not a salary survey's "An AI product manager at Google could earn
    ...", nor "The union's president could earn ...", nor "The engineers at Netflix can
    make ...".
    """
    last = title.rsplit(maxsplit=1)[-1].lower()
    if (last.endswith("s") and last not in _ROLE_NOUNS) or _LISTING_WORD.search(text) is None:
        return False  # engineers: people, not a post; or no listing named
    return _DETERMINER.search(text, max(0, start - 4), start) is not None


def _posting_in(
    ctx: Context,
    sentence: Sentence,
    found: _Cue,
    drafts: list[_Draft],
    *,
    window: tuple[int, int],
) -> _Draft | None:
    cue = sentence.start + found.at
    # what a cue reads lies near it: a sentence of a million characters costs no more a cue
    near = (max(sentence.start, cue - _NEAR), min(sentence.end, cue + _NEAR))
    employers = [m for m in ctx.orgs_in(*near) if m.kind in EMPLOYER_KINDS]
    before = [m for m in employers if m.end <= cue]
    # the last employer named before the cue, not in an aside; from the end, so that a
    # sentence of many names costs a look at the last few
    chosen = next((m for m in reversed(before) if not _aside(ctx, sentence, m, cue)), None)
    # an employer named after the cue; but none when all before it are in asides
    if chosen is None and not before:
        chosen = employers[0] if employers else None
    reach = near[1] if found.reach is None else min(near[1], cue + found.reach)
    title = (
        found.title
        or _title(ctx.text, cue, stop=reach)
        or _title(ctx.text, cue, _COLON_TITLE, stop=reach)
    )
    offer = _pay(ctx, sentence, cue, window, after=chosen.end if chosen else None)
    if (
        chosen is None
        and _APPOSED_CUE.match(ctx.text, cue)
        # "One posting, for a ...": one of the postings the sentence before speaks of
        and not (cue == sentence.start + len(_ONE) and ctx.folded.startswith(_ONE, sentence.start))
    ):
        return None  # "The posting, for a ...": a posting already named, not one of its own
    employer = (
        chosen.organization
        if chosen is not None
        else _unnamed_employer(ctx, sentence, found, near, drafts)
    )
    if employer is None or (title is None and offer is None):
        return None
    definite = _DEFINITE.search(ctx.text, max(sentence.start, cue - 12), cue) is not None
    draft = _take(drafts, employer, title, offer, definite=definite, apart=found.apart)
    draft.add(title, offer)
    # two cues of one sentence may name one posting; sentences come in order, so a
    # look at the last span is enough (a search of them all would be quadratic)
    if not draft.evidence or draft.evidence[-1] != sentence.span:
        draft.evidence.append(sentence.span)
        # once a sentence; the quotations from this cue to the next (from the start of the
        # sentence for the first cue)
        first = window[0] < sentence.start
        _add_duties(ctx, sentence, draft, (sentence.start if first else cue, window[1]))
    return draft


def _unnamed_employer(
    ctx: Context, sentence: Sentence, found: _Cue, near: tuple[int, int], drafts: list[_Draft]
) -> Organization | None:
    """The employer of a cue near which none is named: the one referred to, if any."""
    cue = sentence.start + found.at
    refers = _EMPLOYER_REFERENCE.search(ctx.text, near[0], cue)
    if named_before := _employer_before(ctx, sentence, cue, refers=refers):
        return named_before  # "Disney is hiring too. A posting for a ... went up."
    if refers is not None:
        return _referred(drafts, refers)  # "The same company is also hiring ..."
    if drafts and _BACK_REFERENCE.search(ctx.text, *near):
        return drafts[-1].employer
    return None


def _one_title(title: str, other: str) -> bool:
    """Whether two titles may name one job: the same, or one the other said more fully.

    "product manager", "AI product manager" and "artificial intelligence product
    manager" may; "product manager" and
    "technical director", or "AI product manager" and "machine learning product
    manager", may not.
    """
    title, other = (
        _ARTIFICIAL_INTELLIGENCE.sub("ai", title.casefold()),
        _ARTIFICIAL_INTELLIGENCE.sub("ai", other.casefold()),
    )
    shorter, longer = sorted((title, other), key=len)
    return shorter == longer or longer.endswith(" " + shorter)


def _without_employer(title: str | None, name: str) -> str | None:
    """*title* without the employer's name before it: "a Netflix product manager role".

    Not when a capital follows, as in a title that names a team ("Netflix Originals producer").
    """
    if title is None or not title.startswith(f"{name} "):
        return title
    rest = title[len(name) + 1 :]
    return rest if rest[:1].islower() or rest.startswith("AI ") else title


def _take(
    drafts: list[_Draft],
    employer: Organization,
    title: str | None,
    offer: _Offer | None,
    *,
    definite: bool = False,
    apart: bool = False,
) -> _Draft:
    """The posting a mention is of, moved to the end of *drafts* (the last spoken of), or a new one.

    A headline's "Netflix job ad paying $900K" and the body's "Netflix posted a job
    listing. The role pays $300,000 to $900,000 a year" are one posting. A mention
    *apart* from the one before it ("..., and a senior engineer") is one already
    named only under the same title, and so are the later mentions of its posting.

    Only the last _RECENT postings spoken of are tried: a list of a thousand postings
    costs no more a mention than a list of twenty.
    """
    for index in range(len(drafts) - 1, max(-1, len(drafts) - 1 - _RECENT), -1):
        draft = drafts[index]
        if draft.accepts(employer, title, offer, definite=definite, apart=apart):
            del drafts[index]
            drafts.append(draft)
            return draft
    drafts.append(_Draft(employer, None, None, {}, [], apart=apart))
    return drafts[-1]


_RECENT = 16
"""How many postings, the last spoken of, a mention may be of: "the role" means one of these."""


def _referred(drafts: list[_Draft], refers: re.Match[str]) -> Organization | None:
    """The employer of the last posting that a reference back may mean.

    "The streamer" or "the studio" means a streamer or a studio: after a posting
    by Realeyes, a company, "The streamer's listing for a ..." is not Realeyes'.
    """
    return next(
        (
            draft.employer
            for draft in itertools.islice(reversed(drafts), _RECENT)
            if _may_mean(refers, draft.employer)
        ),
        None,
    )


def _may_mean(refers: re.Match[str], employer: Organization) -> bool:
    """Whether a reference back may mean *employer*: "the streamer" is no company like Realeyes."""
    return _MEDIA_REFERENCE.search(refers.group()) is None or employer.kind in _MEDIA


def _aside(ctx: Context, sentence: Sentence, mention: OrgMention, cue: int) -> bool:
    """Whether *mention* lies in an aside that closes before *cue*.

    "Realeyes, whose clients include Netflix and Hulu, placed a listing" is
    Realeyes hiring, not Hulu: the last comma before the name opens an aside,
    and another closes it before the cue.
    """
    text = ctx.text
    opening = text.rfind(",", max(sentence.start, mention.start - _ASIDE_REACH), mention.start)
    return (
        opening >= 0
        and _ASIDE.match(text, opening) is not None
        and text.find(",", mention.end, min(cue, mention.end + _ASIDE_REACH)) >= 0
    )


def _before_quotation(ctx: Context, at: int, stop: int) -> int:
    """Where the first quotation mark after *at* stands, past whole quotations that open and close before *stop*.

    'The role — "Product Manager, ..." — carries total compensation of ...' reads on
    past the title; 'said of the role "So $900k/yr ...' stops at the quotation.
    """
    while (mark := QUOTE_MARKS.search(ctx.text, at, stop)) is not None:
        quoted = ctx.quote_around(mark.start() + 1, mark.start() + 1)
        if quoted is None or quoted.start != mark.start() + 1 or quoted.end >= stop:
            return mark.start()
        at = quoted.end + 1  # past its closing mark
    return stop


def _employer_before(
    ctx: Context, sentence: Sentence, cue: int, *, refers: re.Match[str] | None
) -> Organization | None:
    """The one employer the sentence before names, when this one refers to it or opens with its cue.

    "Netflix wants an AI boss. The streamer's listing for a ...", "Disney is hiring
    too. A posting for a senior AI engineer went up last week.", "Netflix is
    spending on AI. A job listing for a ... offers ...". A cue further in is
    someone else's: "Netflix listed an opening for .... Recruiters say most media
    groups are hiring specialists" is not Netflix hiring them.
    """
    before = ctx.sentence_before(sentence)
    if before is None:
        return None
    opening = ctx.text[sentence.start : cue] if cue - sentence.start <= _LONGEST_OPENING else "-"
    if refers is None and opening.strip().lower() not in _OPENING:
        return None  # the cue must open the sentence: "Most groups are hiring ..." is no one's
    employer = _only_employer(ctx, before)
    if employer is None or (refers is not None and not _may_mean(refers, employer)):
        return None
    return employer


def _title(
    sentence: str, cue: int, pattern: _regex.Pattern = _TITLE, *, stop: int | None = None
) -> str | None:
    """The first job title after *cue*: "for a senior AI engineer".

    A match that is no title ("including one for a senior AI engineer" holds small
    words) is tried again one character on, so that the title inside it is found.
    """
    end = len(sentence) if stop is None else stop
    at = cue
    while (match := pattern.search(sentence, at, end)) is not None:
        title = _clean_title(match.group("title"))
        # "what comes next for the writers": people the text knows, not a role on offer
        if title is not None and match.group("title").split(None, 1)[0].lower() not in _KNOWN:
            return _quoted_title(sentence, match.start("title")) or title + (
                match.group("tail") or ""
            )
        at = match.start() + 1
    return None


_CLOSING = _regex.compile(r"[\"”]")
_QUOTED_TITLE_REACH = 80


def _quoted_title(sentence: str, at: int) -> str | None:
    """The whole title in quotation marks that opens at *at*, when it ends with a role noun.

    'advertised for a "Lead AI Product Designer"' is the designer, not the lead that
    a title read word by word ends at first.
    """
    if at == 0 or sentence[at - 1] not in '"“':
        return None
    close = _CLOSING.search(sentence, at, at + _QUOTED_TITLE_REACH)
    if close is None:
        return None
    words = sentence[at : close.start()].rstrip(" ,.;:").split()
    if not words or len(words) > _MAX_TITLE_WORDS or not _is_role_noun(words[-1]):
        return None
    return _clean_title(" ".join(words))


def _title_before(sentence: str, at: int) -> tuple[int, str | None] | None:
    """The job title that ends just before *at* ("product manager opening"), and where it starts.

    Up to six words, the last a role noun ("job" may follow it); read word by word
    from the end, not by a regex tried at every place before.
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(sentence, max(0, at - 80), at)]
    if words and words[-1][1].lower() == "job":
        words.pop()
    if not words or not _is_role_noun(words[-1][1]):
        return None
    title: list[tuple[int, str]] = []
    for word in reversed(words[-_MAX_TITLE_WORDS:]):
        # "Netflix posted an AI product manager role": the title starts after "an"
        if not _TITLE_WORD.fullmatch(word[1]) or word[1].lower() in _TITLE_STOP:
            break
        title.insert(0, word)
    if not title:
        return None
    return title[0][0], _clean_title(" ".join(word for _, word in title))


def _is_role_noun(word: str) -> bool:
    word = word.lower()
    return word in _ROLE_NOUNS or (word.endswith("s") and word[:-1] in _ROLE_NOUNS)


def _clean_title(words: str) -> str | None:
    """The title without the article or other small words before it; None if one is inside it."""
    kept = words.split()
    while kept and (kept[0].lower() in _TITLE_STOP or kept[0] in _NOT_TITLE_OPENERS):
        kept.pop(0)
    if not kept or any(word.lower() in _TITLE_STOP for word in kept):
        return None
    return " ".join(kept)


def _pay(
    ctx: Context,
    sentence: Sentence,
    cue: int,
    window: tuple[int, int],
    *,
    after: int | None = None,
) -> _Offer | None:
    """The first amount of the sentence that is the posting's pay, between the cues around it.

    One named after *after* (where the employer is named) comes first: in
    "£698,900 (Photo: Reuters) Realeyes listed a gig paying $300", Realeyes pays $300.
    After another cue of the sentence, only amounts from this cue on: in "Besides the
    role that pays up to $900,000, the streamer is hiring a technical director for
    $650,000", the $900,000 is the first role's.
    """
    floor, stop = window
    first = None
    low = max(sentence.start, floor + 1, cue - 200)
    if floor >= sentence.start:
        low = max(low, cue)
    for mention in ctx.money_in(low, min(sentence.end, stop + _LONGEST_AMOUNT)):
        if mention.start >= stop:
            break  # another cue's amount
        if ctx.quote_around(mention.start, mention.end) is not None:
            continue  # a figure inside someone's quotation is their claim, not the advertised pay
        if _COMPARED.match(ctx.text, mention.end, mention.end + 12) or _THAN.search(
            ctx.text, max(0, mention.start - 12), mention.start
        ):
            continue  # "$100 more than the day rate", "less than the $2 million": comparisons
        if not isinstance(mention.value, MoneyRange) and ctx.folded.endswith(
            _ROUNDED, max(0, mention.start - 16), mention.start
        ):
            continue  # "nearly $1m a year", "starts at $300,000": not the stated pay
        if ctx.business_figure(sentence, mention):
            continue  # "said revenue rose to $8 billion": no one's pay
        if after is None or mention.start >= after:
            first = mention
            break
        first = first or mention
    if first is None:
        return None
    return _Offer(ctx.pay(sentence, first), frozenset(map(_ceiling, first.conversions)))


def _add_duties(
    ctx: Context, sentence: Sentence, draft: _Draft, window: tuple[int, int] | None = None
) -> None:
    """Give the posting the unattributed quotations of the sentence (within its cue's *window*).

    "Sony advertised for a "Senior Manager, AI Strategy", while Amazon is looking
    for ...": the quotation is Sony's, not Amazon's. A quoted title ('under the
    title "Product Manager - ..."') is no duty.
    """
    start, end = window if window is not None else (sentence.start, sentence.end)
    for quoted in ctx.quoted_in(max(start, sentence.start), min(end, sentence.end)):
        if quoted.speaker is not None:
            continue
        phrase = ctx.text[quoted.start : quoted.end].strip().rstrip(",.;:")
        if draft.title and phrase.startswith(draft.title):
            continue  # the title in quotation marks: "Product Manager, Machine Learning Platform"
        if _NAMES_TITLE.search(ctx.text, max(sentence.start, quoted.start - 16), quoted.start):
            continue  # 'under the title "..."', 'a role called "..."': a title, not a duty
        if _A_TITLE.fullmatch(phrase):
            continue  # 'a "Product Manager - Machine Learning Platform"': a title by its shape
        if ctx.text[quoted.end - 1] != "." and _SAID_AFTER.match(
            ctx.text, quoted.end, quoted.end + _SAID_REACH
        ):
            # '"...," one welder said': someone's words, though no one named; after '."' a
            # new sentence begins ('"..." The Intercept notes that ...')
            continue
        if len(phrase.split()) >= 2:  # noqa: PLR2004 - one word is a scare quote
            draft.duties.setdefault(phrase)
