"""Job postings: who is hiring, for what, at what pay, to do what.

A sentence describes a posting when it has a hiring cue ("job opening",
"hiring for", "is offering") and an employer; later sentences that refer back
("the role", "the job listing") add evidence and quoted duties to it.
"""

import re

import attrs

from aistrike.extract import _regex
from aistrike.extract.context import Context
from aistrike.extract.text import Sentence
from aistrike.extract.vocabulary import EMPLOYER_KINDS, ROLE_NOUNS
from aistrike.model import JobPosting, Organization, Pay, Span


_CUE = _regex.compile(
    r"\bjob[ \u00a0](?:opening|posting|listing|advert(?:isement)?|ad|offer)s?\b|\bhiring\b|\brecruiting\b"
    r"|\badvertis(?:ed|es|ing)\b|\b(?:is|are|was|were)[ \u00a0]offering\b|\bvacanc(?:y|ies)\b"
    r"|\b(?:posted|listed|advertised)[ \u00a0](?:a|an)[ \u00a0](?:job|role|position|listing|opening)\b",
    re.IGNORECASE,
)
# A sentence with no employer named may still be about the last one: "The same company is also
# hiring ...", "It is also recruiting ...". Without such a reference it is about someone else.
_EMPLOYER_REFERENCE = _regex.compile(
    r"\b(?:the[ \u00a0](?:same[ \u00a0])?(?:company|firm|streamer|studio|platform|service|group)"
    r"|it|its|it's|it’s)\b",
    re.IGNORECASE,
)
_BACK_REFERENCE = _regex.compile(
    r"\bthe[ \u00a0](?:role|job|position|listing|job[ \u00a0]listing|job[ \u00a0]description|"
    r"job[ \u00a0]posting|posting|advert|job[ \u00a0]ad|opening)\b",
    re.IGNORECASE,
)
_ROLES = "|".join(ROLE_NOUNS)
_TITLE = _regex.compile(
    r"\b(?:for|as|hiring|seeking|recruiting|of|titled|called|named)[ \u00a0](?:an?[ \u00a0]|the[ \u00a0](?:role|position)[ \u00a0]of[ \u00a0](?:an?[ \u00a0])?)?"
    rf"(?P<title>(?:[\w+/&.-]+[ \u00a0]){{0,5}}?(?:{_ROLES})s?)\b"
    r"(?P<tail>[ \u00a0][–—-][ \u00a0][A-Z][\w-]*(?:[ \u00a0][A-Z][\w-]*){0,3})?",
    re.IGNORECASE,
)
_TITLE_STOP = frozenset(
    {"a", "an", "the", "and", "or", "to", "with", "for", "of", "is", "are", "job", "opening"}
)
_COMPARED = _regex.compile(
    r"[ \u00a0]*(?:more|less|higher|lower|above|below|over|under)\b", re.IGNORECASE
)


@attrs.define
class _Draft:
    employer: Organization
    title: str | None
    pay: Pay | None
    duties: list[str]
    evidence: list[Span]

    def accepts(self, employer: Organization, title: str | None, pay: Pay | None) -> bool:
        same_title = (
            title is None or self.title is None or title.casefold() == self.title.casefold()
        )
        same_pay = pay is None or self.pay is None or pay == self.pay
        return employer.name == self.employer.name and same_title and same_pay


def find_job_postings(ctx: Context) -> tuple[JobPosting, ...]:
    """Find the job postings a text describes, one object per posting.

    Examples:
        >>> from aistrike import extract
        >>> story = extract("Netflix is hiring an AI product manager for up to $900,000 a year.")
        >>> [(p.employer.name, p.title, str(p.pay)) for p in story.job_postings]
        [('Netflix', 'AI product manager', '$900,000 a year')]
    """
    cued = ctx.sentences_with(_CUE)
    if not cued:
        return ()
    later = [s for s in ctx.sentences_with(_BACK_REFERENCE) if s.start > cued[0].start]
    drafts: list[_Draft] = []
    has_cue = set(cued)  # a sentence that sentences_with left out cannot match the cue
    for sentence in sorted({*cued, *later}, key=lambda s: s.start):
        cue = sentence.search(_CUE) if sentence in has_cue else None
        if cue is not None:
            draft = _posting_in(ctx, sentence, sentence.start + cue.start(), drafts)
            if draft is not None:
                continue
        if drafts and sentence.search(_BACK_REFERENCE):
            last = drafts[-1]
            last.evidence.append(sentence.span)
            _add_duties(ctx, sentence, last)
    return tuple(
        JobPosting(
            employer=d.employer,
            title=d.title,
            pay=d.pay,
            duties=tuple(d.duties),
            evidence=tuple(d.evidence),
        )
        for d in drafts
    )


def _posting_in(ctx: Context, sentence: Sentence, cue: int, drafts: list[_Draft]) -> _Draft | None:
    employers = [m for m in ctx.orgs_in(sentence.start, sentence.end) if m.kind in EMPLOYER_KINDS]
    before = [m for m in employers if m.end <= cue]
    chosen = before[-1] if before else (employers[0] if employers else None)
    title = _title(sentence.text, cue - sentence.start)
    pay = _pay(ctx, sentence, cue)
    if chosen is None:
        refers = _EMPLOYER_REFERENCE.search(sentence.text, 0, cue - sentence.start)
        if not drafts or (refers is None and not sentence.search(_BACK_REFERENCE)):
            return None
        employer = drafts[-1].employer
    else:
        employer = chosen.organization
    if title is None and pay is None:
        return None
    for draft in reversed(drafts):
        if draft.accepts(employer, title, pay):
            draft.title = draft.title or title
            draft.pay = draft.pay or pay
            break
    else:
        draft = _Draft(employer, title, pay, [], [])
        drafts.append(draft)
    draft.evidence.append(sentence.span)
    _add_duties(ctx, sentence, draft)
    return draft


def _title(sentence: str, cue: int) -> str | None:
    for match in _TITLE.finditer(sentence, cue):
        words = match.group("title").split()
        while words and words[0].lower() in _TITLE_STOP:
            words.pop(0)
        if not words or any(word.lower() in _TITLE_STOP for word in words):
            continue
        title = " ".join(words)
        if match.group("tail"):
            title += match.group("tail")
        return title
    return None


def _pay(ctx: Context, sentence: Sentence, cue: int) -> Pay | None:
    for mention in ctx.money_in(sentence.start, sentence.end):
        if ctx.quote_around(mention.start, mention.end) is not None:
            continue  # a figure inside someone's quotation is their claim, not the advertised pay
        if _COMPARED.match(ctx.text, mention.end, mention.end + 12):
            continue  # "$100 more than the day rate" is a comparison
        if mention.start < cue - 200:
            continue
        return ctx.pay(sentence, mention)
    return None


def _add_duties(ctx: Context, sentence: Sentence, draft: _Draft) -> None:
    for quoted in ctx.quoted_in(sentence.start, sentence.end):
        if quoted.speaker is not None:
            continue
        phrase = ctx.text[quoted.start : quoted.end].strip().rstrip(",.;:")
        if len(phrase.split()) >= 2 and phrase not in draft.duties:  # noqa: PLR2004 - one word is a scare quote
            draft.duties.append(phrase)
