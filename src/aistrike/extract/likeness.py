"""Proposals to scan performers and reuse their likeness.

Each account of a proposal is one object: the union's description and the
studios' rebuttal of the same proposal stay two, told apart by who gives them.
"""

import re

from decimal import Decimal

import attrs

from aistrike.extract import _regex
from aistrike.extract.context import Context
from aistrike.extract.numbers import number_value
from aistrike.extract.text import Sentence
from aistrike.extract.vocabulary import NEGATED, SPEECH_VERBS
from aistrike.model import (
    LikenessScanProposal,
    Organization,
    OrganizationKind,
    Pay,
    PayUnit,
    Person,
    Span,
)


_SCAN = _regex.compile(
    r"\bscan(?:s|ned|ning)?\b|\breplicas?\b|\bdigital[ \u00a0](?:likeness(?:es)?|doubles?)\b",
    re.IGNORECASE,
)
_PROPOSAL = _regex.compile(
    r"\bpropos\w*|\boffer\w*|\bwant\w*|\bplan\w*|\bshould\b|\bwould\b|\bask(?:ed|s|ing)?[ \u00a0]to\b"
    r"|\bsought\b|\bseek(?:s|ing)?[ \u00a0]to\b",
    re.IGNORECASE,
)
# "... and their likeness owned by the studio"
_OWNED_BY = _regex.compile(
    r"\bowned[ \u00a0]by[ \u00a0](?P<owner>(?:the|their|that|a)[ \u00a0](?:compan(?:y|ies)|studios?|producers))\b",
    re.IGNORECASE,
)
_DENIED = _regex.compile(NEGATED, re.IGNORECASE)
_AFFECTED = _regex.compile(
    r"\b(?:background[ \u00a0](?:performers?|actors?|artists?)|extras|performers|actors)\b"
    r"(?![’'][ \u00a0]union\b)",  # not "the actors' union"
    re.IGNORECASE,
)
# One performer for all, when no account before says who: "The AMPTP countered that its
# proposal requires consent for any use beyond the film the performer was hired for", "its
# offer would require a performer's consent before any digital replica is used"
_ONE_AFFECTED = _regex.compile(  # "the performer", "a performer's consent"
    r"(?:(?<=\bthe[ \u00a0])|(?<=\ba[ \u00a0]))(?:performer|actor)\b(?![’']s?[ \u00a0]union\b)",
    re.IGNORECASE,
)
# The terms of the contract that ended the strike, not a proposal: "Under the deal, ...",
# "The tentative agreement requires ...", "The new contract says ..."
_AGREED = _regex.compile(
    r"\b(?:under|in)[ \u00a0]the[ \u00a0](?:(?:new|tentative|final|ratified)[ \u00a0])?"
    r"(?:deal|agreement|contract)\b(?![ \u00a0](?:proposal|offer))"
    r"|\bthe[ \u00a0](?:(?:new|tentative|final|ratified)[ \u00a0])?(?:deal|agreement|contract)[ \u00a0]"
    r"(?:requires|required|says|said|includes|included|bars|gives|sets|provides|lets)\b",
    re.IGNORECASE,
)
_AGREEMENT = _regex.compile(r"\b(?:deal|agreement|contract)\b", re.IGNORECASE)
"""The rare words of _AGREED, looked for first."""
_ONE = frozenset({"performer", "actor"})
"""What _ONE_AFFECTED finds, in lower case: a group named later says more."""
_BACKGROUND = _regex.compile(
    r"\bbackground[ \u00a0](?:performers?|actors?|artists?)\b", re.IGNORECASE
)
# "one day's pay", "a single day's wage", "one day of pay", "paid them for just one day"
_DAY_PAY = _regex.compile(
    r"\b(?P<n>one|a|two|three|half[ \u00a0]a|\d+)(?:[ \u00a0]single)?[ \u00a0]days?(?:['’]?s?|[ \u00a0]of)[ \u00a0](?:pay|wages?)\b|\bpa(?:id|ying|y)[ \u00a0](?:(?:them|(?:background[ \u00a0])?(?:actors|performers|extras))[ \u00a0])?"
    r"for[ \u00a0](?:(?:just|only)[ \u00a0])?(?P<n2>one|a|half[ \u00a0]a)(?:[ \u00a0]single)?[ \u00a0]day\b",
    re.IGNORECASE,
)
_OWNER = _regex.compile(
    r"\b(?P<owner>(?:their|the|that|a)[ \u00a0]compan(?:y|ies)|(?:the[ \u00a0])?studios?|(?:the[ \u00a0])?producers)"
    r"[ \u00a0](?:should|would|will|could|can|to|gets?[ \u00a0]to|sought[ \u00a0]to)?[ \u00a0]?"
    r"(?:own(?:s|ing)?|keep(?:s|ing)?|retain(?:s|ing)?)\b",
    re.IGNORECASE,
)
# Keeping the scans as the last of what the studios would do: "the studios wanted to scan them,
# pay them for one day and keep the scans". The rare words come first; the subject is looked
# for in the 120 characters before them, in lower case (not the "Producers" of a name).
_AND_OWN = _regex.compile(
    r"\band[ \u00a0](?:then[ \u00a0])?(?:own|keep|retain)(?:ing)?[ \u00a0](?:the|those|their|that)[ \u00a0]"
    r"(?:digital[ \u00a0])?(?:scans?|images?|likeness(?:es)?|replicas?)\b",
    re.IGNORECASE,
)
_OWNING_SUBJECT = _regex.compile(
    r"\b(?P<subject>(?:[Tt]he[ \u00a0])?(?:studios|producers|companies))\b(?=[^.;!?]*\Z)"
)
_OWNER_REACH = 120
_PERPETUAL = _regex.compile(
    r"\bfor[ \u00a0]?ever\b|\brest[ \u00a0]of[ \u00a0]eternity\b|\bin[ \u00a0]perpetuity\b|\bperpetual\w*|\bfor[ \u00a0]all[ \u00a0]time\b|\bindefinitely\b",
    re.IGNORECASE,
)
_NO_CONSENT = _regex.compile(
    r"\bno[ \u00a0]consent\b"
    r"|\bwithout[ \u00a0](?:their[ \u00a0]|any[ \u00a0]|further[ \u00a0]|(?:the|an?)[ \u00a0](?:performer|actor)['’]s[ \u00a0])?consent\b",
    re.IGNORECASE,
)
_CONSENT = _regex.compile(
    r"\b(?:with|requir\w+|need\w*|obtain\w*|seek\w*|specific|informed|new)[ \u00a0]"
    r"(?:their[ \u00a0]|(?:the|an?)[ \u00a0](?:background[ \u00a0])?(?:performer|actor)['’]s[ \u00a0]"
    r"|(?:the[ \u00a0])?(?:background[ \u00a0])?(?:performers|actors)['’][ \u00a0])?consent\b"  # "performers' consent"
    r"|\bconsent[ \u00a0](?:is|was|would[ \u00a0]be|will[ \u00a0]be)[ \u00a0](?:required|needed)\b"
    r"|\b(?:have|has|had|need|needs)[ \u00a0]to[ \u00a0](?:give[ \u00a0](?:their[ \u00a0])?)?consent\b|\bmust[ \u00a0]consent\b",
    re.IGNORECASE,
)
_NO_PAY = _regex.compile(
    # "without further consent or compensation", "with no consent or pay"
    r"\bno[ \u00a0](?:consent[ \u00a0](?:or|and)[ \u00a0])?(?:compensation|payment|pay)\b"
    r"|\bwithout[ \u00a0](?:(?:any|further|additional)[ \u00a0])?"
    r"(?:consent[ \u00a0](?:or|and)[ \u00a0](?:(?:any|further|additional)[ \u00a0])?)?(?:compensation|payment|pay)\b"
    # "reuse their replicas without paying them again"
    r"|\bwithout[ \u00a0](?:paying|compensating)[ \u00a0](?:[\w'’-]{1,20}+[ \u00a0]){0,2}?(?:again|further|more)\b",
    re.IGNORECASE,
)
_PAY = _regex.compile(
    r"\b(?:with|additional|further|subject[ \u00a0]to[ \u00a0]a)[ \u00a0](?:minimum[ \u00a0])?(?:compensation|payment|pay)\b|\bpaid[ \u00a0]again\b"
    r"|\bbargain(?:ing|ed)?[ \u00a0](?:for|over)[ \u00a0](?:the[ \u00a0]|its[ \u00a0]|any[ \u00a0])?(?:use|reuse)\b"
    r"|\b(?:paid|pay|payment)[ \u00a0](?:for|per)[ \u00a0](?:each|every|any|the|its)[ \u00a0](?:use|reuse)\b"
    # "would require the actor's consent and bargained payment"
    r"|\brequir\w*[ \u00a0](?:(?:their|(?:the|an?)[ \u00a0](?:background[ \u00a0])?(?:performer|actor)['’]s)[ \u00a0])?"
    r"(?:consent[ \u00a0](?:and|or)[ \u00a0])?(?:(?:bargained|fair|additional|further|separate)[ \u00a0])?"
    r"(?:compensation|payment|pay)\b",
    re.IGNORECASE,
)
_SCOPE = _regex.compile(
    r"\b(?:in|on|for)[ \u00a0](?P<any>any[ \u00a0](?:project|film|production|show|purpose|work)s?)\b"
    r"|\b(?:only[ \u00a0])?(?:in|on|for|to|beyond|outside)[ \u00a0](?P<only>the[ \u00a0](?:motion[ \u00a0]picture|film|project|production|show)"
    # "for which the performer was employed", "the actor was hired for"
    r"[ \u00a0](?:for[ \u00a0]which[^,.;]{1,60}|(?:(?:the|an?)[ \u00a0](?:background[ \u00a0])?(?:actor|performer)|they|he|she)"
    r"[ \u00a0](?:was|is|were|are)"
    r"[ \u00a0](?:hired|employed|engaged|cast)[ \u00a0](?:for|on|in)\b))",
    re.IGNORECASE,
)
# A sentence that answers an account given just before: it refers back to it, or disputes it
_ANSWERS = _regex.compile(
    r"\b(?:the|its|that|this|their)[ \u00a0](?:proposal|offer|plan|account|claim|characteri[sz]ation"
    r"|description|version)\b|\bthat[ \u00a0](?:is|was)[ \u00a0](?:a[ \u00a0])?(?:mischaracteri[sz]ation"
    r"|false|untrue|inaccurate|wrong|misleading)\b|\bdisput(?:e|es|ed|ing)\b|\bden(?:y|ies|ied)\b"
    # "The AMPTP has said it would require consent for any use outside ...": its own terms
    r"|\b(?:it|they)[ \u00a0](?:would|will)[ \u00a0](?:require|limit|restrict)\b",
    re.IGNORECASE,
)
_UNION_SUBJECTS = frozenset(
    {"the union", "the guild", "the actors' union", "the actors’ union"}
    | {"union", "guild"}  # a headline's ("..., union says")
    # the union's side: its members ("Background actors, who earn ..., say the studios want")
    | {"actors", "performers", "background actors", "background performers", "extras"}
    | {"union members", "members", "union leaders", "union officials"}
)
_PRONOUN_SUBJECTS = frozenset({"it", "the group"})
# "A spokesman for the AMPTP disputed that account. He said ...": the spokesperson's party
_PERSON_PRONOUNS = frozenset({"he", "she"})
_SPOKESPERSON = _regex.compile(r"\b(?:spokes(?:person|man|woman)|representative)\b", re.IGNORECASE)
# the producers' alliance, never a union, though the sentence before names only the union
_ALLIANCE_SUBJECTS = frozenset({"the alliance", "the trade group", "the producers' alliance"})
# Who proposes for the studios, in common nouns ("The studios want to scan background actors")
_STUDIOS_SIDE = _regex.compile(
    r"\b(?:studios?|producers|compan(?:y|ies)|alliance)\b", re.IGNORECASE
)
_PROPOSER_KINDS = frozenset(
    {OrganizationKind.STUDIO, OrganizationKind.STREAMER, OrganizationKind.TRADE_ASSOCIATION}
)
_UNIONS = frozenset({OrganizationKind.UNION})
_ALLIANCES = frozenset({OrganizationKind.TRADE_ASSOCIATION})
_PARTIES = frozenset({OrganizationKind.UNION, OrganizationKind.TRADE_ASSOCIATION})
_PER = ("Per ", "Per\u00a0")  # opening a sentence, like "According to"
_REPORTS = _regex.compile(
    rf"\b(?:{'|'.join(SPEECH_VERBS)}|say|saying|counter(?:s|ed)|respond(?:s|ed)|disputes|disputed|denies|denied"
    r"|insist(?:s|ed)|maintain(?:s|ed)|reject(?:s|ed)|repeat(?:s|ed)|charges|charged|claim(?:s|ed)"
    r"|alleges|alleged|describe[sd]"
    r"|(?P<according>according[ \u00a0]to))\b",
    re.IGNORECASE,
)


@attrs.define
class _Draft:
    key: str | None
    proposer: Organization | None
    reported_by: Person | None
    values: dict[str, object] = attrs.Factory(dict)
    evidence: list[Span] = attrs.Factory(list)


class _Accounts(dict[str | None, _Draft]):
    """The accounts read so far, by party, in the order first read: one looked up, not searched for."""

    @property
    def last(self) -> _Draft:
        """The account whose party was read most recently for the first time."""
        return next(reversed(self.values()))


def find_likeness_proposals(ctx: Context) -> tuple[LikenessScanProposal, ...]:
    """Find proposals to scan performers, one object per account.

    Examples:
        >>> from aistrike import extract
        >>> text = ("The AMPTP wants background actors to be scanned for one day's pay, "
        ...         "with the studios to own the scan forever, without consent.")
        >>> p = extract(text).likeness_proposals[0]
        >>> p.affected, str(p.payment), p.perpetual, p.consent_required
        ('background actors', "one day's pay", True, False)
    """
    drafts = _Accounts()
    for sentence in ctx.sentences_with(_SCAN):
        scan = sentence.search(_SCAN)
        if scan is None:
            continue
        if (proposal := sentence.search(_PROPOSAL)) is None:
            # an answer to the account just before that names replicas itself: "An AMPTP
            # spokesman called the claim false and insisted any digital replica could only
            # be used in the film the actor was hired for"
            if drafts and _follows(ctx, sentence, drafts.last):
                _answer(ctx, sentence, drafts)
            continue
        if _DENIED.search(sentence.text, max(0, proposal.start() - 12), proposal.start()):
            continue  # "The studios did not propose scanning ...": a denial, no account of terms
        if sentence.search(_AGREEMENT) and sentence.search(_AGREED):
            continue  # "Under the deal, producers must obtain consent ...": terms agreed, not proposed
        if _account_of(ctx, sentence, scan, drafts):
            _answer_after(ctx, sentence, drafts)
    return tuple(
        LikenessScanProposal(
            proposer=d.proposer,
            reported_by=d.reported_by,
            evidence=tuple(d.evidence),
            **d.values,  # type: ignore[arg-type]
        )
        for d in drafts.values()
    )


def _account_of(ctx: Context, sentence: Sentence, scan: re.Match[str], drafts: _Accounts) -> bool:
    """Read an account of the proposal from a sentence that names a scan; whether it gave one."""
    scan_at = sentence.start + scan.start()
    # who would be scanned: background actors, else the group named first after the scan
    # ("The union representing Hollywood actors said ... scan extras"), else before it
    affected = (
        sentence.search(_BACKGROUND)
        or _AFFECTED.search(ctx.text, scan_at, sentence.end)
        or sentence.search(_AFFECTED)
    )
    key, reporter, named = _account(ctx, sentence, scan_at)
    if affected is not None:
        who = affected.group()
    elif drafts and key is not None:  # another party's account need not say again who
        who = str(drafts.last.values.get("affected"))  # would be scanned: "its proposal ..."
    elif (one := sentence.search(_ONE_AFFECTED)) is not None:
        who = one.group()
    else:
        return False
    terms = _read_terms(sentence, str(who))
    proposer = named or ctx.studios
    if len(terms) == 1 and (
        not scan.group().lower().startswith("scan")
        or proposer is None
        or (named is None and not _names_proposer(ctx, sentence))
    ):
        # "a proposal that protects performers' digital likenesses": replicas named, but
        # no scan and no term of one (only who), is no account; nor is a scan with no term
        # whose sentence names no one on the studios' side to propose it ("what it's like
        # to be asked to step into a scanning booth on set")
        return False
    draft = _draft_for(drafts, key, proposer, reporter)
    draft.evidence.append(sentence.span)
    _merge(draft.values, terms)
    return True


def _names_proposer(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence names the studios' side: "the studios", "producers", the AMPTP, a studio."""
    return sentence.search(_STUDIOS_SIDE) is not None or any(
        m.kind in _PROPOSER_KINDS for m in ctx.orgs_in(sentence.start, sentence.end)
    )


def _answer_after(ctx: Context, sentence: Sentence, drafts: _Accounts) -> None:
    """Read another party's answer to the account just read, in the next sentence that names no scan.

    The account may go on in its speaker's quotation first: the answer then comes after it.
    """
    after = ctx.sentence_after(sentence)
    if after is None or after.search(_SCAN) is not None:
        return
    if _goes_on(ctx, after, drafts.last):
        after = ctx.sentence_after(after)
        if after is None or after.search(_SCAN) is not None:
            return
    _answer(ctx, after, drafts)


def _follows(ctx: Context, sentence: Sentence, draft: _Draft) -> bool:
    """Whether *sentence* comes right after the last sentence of *draft*'s account.

    Or after a quotation of the account's own speaker that follows it: 'X said the
    studios want to scan .... "If you think that's groundbreaking, think again," he
    said. The AMPTP disputed this, ...'.
    """
    before = ctx.sentence_before(sentence)
    if before is None or not draft.evidence:
        return False
    if draft.evidence[-1] == before.span:
        return True
    earlier = ctx.sentence_before(before)
    return (
        earlier is not None
        and draft.evidence[-1] == earlier.span
        and _quoted_by(ctx, before, draft)
    )


def _quoted_by(ctx: Context, sentence: Sentence, draft: _Draft) -> bool:
    """Whether *sentence* opens with a quotation of the party whose account *draft* is."""
    quoted = ctx.quote_around(sentence.start + 1, sentence.start + 2)
    if quoted is None or quoted.start != sentence.start + 1 or draft.key is None:
        return False
    return quoted.speaker is not None and _party(ctx, quoted.speaker) == draft.key


def _goes_on(ctx: Context, sentence: Sentence, draft: _Draft) -> bool:
    """Read the terms of an account that goes on in its speaker's next quoted sentence; whether it did.

    '"... only in the motion picture for which the background actor is employed," the
    statement said. "Any other use requires the background actor's consent ..."'
    """
    if not _quoted_by(ctx, sentence, draft):
        return False
    known = dict(draft.values)
    _merge(draft.values, _read_terms(sentence, str(draft.values.get("affected"))))
    if draft.values != known:
        draft.evidence.append(sentence.span)
    return True


def _answer(ctx: Context, sentence: Sentence, drafts: _Accounts) -> None:
    """Another party's answer, in the sentence after an account, that names no scan itself.

    "The AMPTP says that is a mischaracterisation, and that consent would be
    required for any use beyond the original production." It must refer back or
    dispute ("that", "the proposal", "disputes"), be given by someone other than
    the account before it, and state a term of its own: "The AMPTP has disputed
    that characterisation" alone gives no account.
    """
    if sentence.search(_ANSWERS) is None:
        return
    key, reporter, named = _account(ctx, sentence, sentence.start)
    if key is None or key == drafts.last.key:
        return
    values = _read_terms(sentence, str(drafts.last.values.get("affected")))
    if len(values) == 1:  # only who would be scanned, from the account before
        return
    draft = _draft_for(drafts, key, named or ctx.studios, reporter)
    draft.evidence.append(sentence.span)
    for name, value in values.items():
        draft.values.setdefault(name, value)


def _draft_for(
    drafts: _Accounts,
    key: str | None,
    proposer: Organization | None,
    reporter: Person | None,
) -> _Draft:
    """The account given by *key*, or a new one: one object for each party's account."""
    draft = drafts.get(key)
    if draft is None:
        draft = drafts[key] = _Draft(key, proposer, reporter)
    elif draft.reported_by is None and reporter is not None:
        # "The union says ...", then its chief negotiator's account: his is the name to cite
        draft.reported_by = reporter
    return draft


def _account(
    ctx: Context, sentence: Sentence, at: int
) -> tuple[str | None, Person | None, Organization | None]:
    """Who gives this account: the speaker of the quotation around it, or a named reporter.

    The key is the party whose account it is: a person's organisation when the text
    gives it, else the person. An organisation that gives it (not a union) is also the
    proposer it speaks for.
    """
    quoted = ctx.quote_around(at, at + 1)
    who = quoted.speaker if quoted is not None else None
    if who is None:
        who = _reporter(ctx, sentence)
    if who is None:
        return None, None, None
    if isinstance(who, Person):
        return _party(ctx, who), who, None
    return who.name, None, who if who.kind is not OrganizationKind.UNION else None


def _party(ctx: Context, who: Person | Organization) -> str:
    """Whose account *who* gives: a person's organisation when the text gives it, else the person.

    The union's chief negotiator gives the union's account, one object with the union's
    own. The organisation is the one the article gives the person anywhere, so that
    every mention of one person is the same party.
    """
    if isinstance(who, Person):
        known = ctx.persons().get(who.name, who)
        return known.affiliation.name if known.affiliation is not None else who.name
    return who.name


def _reporter(ctx: Context, sentence: Sentence) -> Person | Organization | None:
    """The person (else the organisation) named before the sentence's reporting verb."""
    if sentence.text.startswith(_PER):  # "Per SAG-AFTRA's chief negotiator X, the offer ..."
        return _named_after(ctx, sentence, sentence.start)
    verb = sentence.search(_REPORTS)
    if verb is None:
        return None
    verb_at = sentence.start + verb.start()
    if verb.group("according") and (named := _named_after(ctx, sentence, verb_at)) is not None:
        return named  # "According to Duncan Crabtree-Ireland, ...": the one named after
    people = ctx.people_in(sentence.start, verb_at)
    if people:
        return people[-1].person
    orgs = ctx.orgs_in(sentence.start, verb_at)
    if orgs:
        return orgs[-1].organization
    return _referred(ctx, sentence, verb_at)


def _referred(ctx: Context, sentence: Sentence, verb_at: int) -> Organization | None:
    """Who "The union says" or "It says" stands for, when nothing else comes before the verb.

    "The union" is the union the article names most, and "The alliance" the producers'
    alliance it names most; "It" or "The group" the one organisation the sentence before
    names, when it is a party to the talks, a union or the producers' alliance ("The
    AMPTP calls that claim false. It says ..."). Two accounts whose givers are unnamed
    would otherwise be taken for one.
    """
    if verb_at - sentence.start > _SUBJECT_REACH:
        return None  # no subject of a few words
    said = ctx.text[sentence.start : verb_at].strip().lower()
    # the subject, the words before a relative clause ("Background actors, who earn ...,"), or
    # the speaker set off by commas ("Its proposal, the group said, would ...")
    subjects = {said, said.split(",", 1)[0].strip(), said.rsplit(",", 1)[-1].strip()}
    # "The union representing Hollywood actors said": the union, whatever words follow it
    if subjects & _UNION_SUBJECTS or said.startswith(("the union ", "the guild ")):
        return ctx.salient(_UNIONS)
    if subjects & _ALLIANCE_SUBJECTS:
        return ctx.salient(_ALLIANCES)
    before = ctx.sentence_before(sentence)
    if before is None or not (
        subjects & _PRONOUN_SUBJECTS
        # "He said" after a sentence about a spokesperson, who is named no more: their party
        or (
            subjects & _PERSON_PRONOUNS
            and not ctx.people_in(before.start, before.end)
            and before.search(_SPOKESPERSON)
        )
    ):
        return None
    named = {m.name: m.organization for m in ctx.orgs_in(before.start, before.end)}
    if len(named) != 1:
        return None
    (only,) = named.values()
    return only if only.kind in _PARTIES else None  # a party to the talks: not "Netflix says"


_SUBJECT_REACH = 120
"""How far into its sentence a reporting verb may come for the words before it to be its subject."""


def _named_after(ctx: Context, sentence: Sentence, at: int) -> Person | None:
    """The first person named soon after *at*: the X of "According to X," or "Per X,"."""
    named = ctx.first_person_in(at, min(sentence.end, at + 80))
    return named.person if named else None


def _owner(sentence: Sentence) -> str | None:
    """Who would own the scans: "their company should own that scan", "... and keep the scans"."""
    if (owner := sentence.search(_OWNER) or sentence.search(_OWNED_BY)) is not None:
        return _THE_OWNER.sub("the", owner.group("owner"))
    if (keeping := sentence.search(_AND_OWN)) is not None:
        start = max(0, keeping.start() - _OWNER_REACH)
        subject = _OWNING_SUBJECT.search(sentence.text, start, keeping.start())
        return _THE_OWNER.sub("the", subject.group("subject")) if subject is not None else None
    return None


# "their company", "that studio", "The studios" opening a sentence: "the company", "the studios"
_THE_OWNER = _regex.compile(r"^(?:their|that|a|the)\b", re.IGNORECASE)


def _read_terms(sentence: Sentence, affected: str) -> dict[str, object]:
    """The terms a sentence states, with who would be scanned.

    Each pattern is tried only where its opening words are (``Sentence.search``):
    a case-folding pattern tried at every character of a sentence costs ten times more.
    """
    terms: dict[str, object] = {"affected": affected}
    if (day_pay := sentence.search(_DAY_PAY)) is not None:
        word = (day_pay.group("n") or day_pay.group("n2")).lower()
        count = Decimal("0.5") if word.startswith("half") else number_value(word) or Decimal(1)
        terms["payment"] = Pay(None, PayUnit.DAY, count)
    if (owner := _owner(sentence)) is not None:
        terms["owner"] = owner
    if sentence.search(_PERPETUAL):
        terms["perpetual"] = True
    if sentence.search(_NO_CONSENT):
        terms["consent_required"] = False
    elif sentence.search(_CONSENT):
        terms["consent_required"] = True
    if sentence.search(_NO_PAY):
        terms["compensated_reuse"] = False
    elif sentence.search(_PAY):
        terms["compensated_reuse"] = True
    if (scope := sentence.search(_SCOPE)) is not None:
        terms["scope"] = (scope.group("any") or scope.group("only")).strip()
    return terms


def _says_more(affected: str, before: object) -> bool:
    """Whether *affected* names who would be scanned more closely than *before* did."""
    known = str(before).lower()
    return known in _ONE or (
        affected.lower().startswith("background")
        and not known.startswith(("background", "extras"))  # extras are background actors
    )


def _merge(values: dict[str, object], terms: dict[str, object]) -> None:
    """Add *terms* to an account's *values*: what it said first stands, but a "no" overrides.

    "without consent" said later overrides consent read before; "forever" and the
    rest are kept as first read. A group named later ("background performers") says
    more than "a performer" read before, and takes its place; so do background actors
    named after actors ("Studios want to own actors' likenesses, union says", then the
    account of background performers).
    """
    for name, value in terms.items():
        if value is False or (name == "affected" and _says_more(str(value), values.get(name))):
            values[name] = value
        else:
            values.setdefault(name, value)
