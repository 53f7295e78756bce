"""The vocabulary the recognisers use, kept as data: organisations, aliases, cue words.

To teach aistrike a new organisation or alias, add a row to :data:`ORGANIZATIONS`.
"""

from aistrike.model import Demand, OrganizationKind


ORGANIZATIONS: tuple[tuple[str, OrganizationKind, tuple[str, ...]], ...] = (
    # canonical name, kind, other names it is written as (case-sensitive)
    (
        "SAG-AFTRA",
        OrganizationKind.UNION,
        (
            "Sag-Aftra",
            "SAG–AFTRA",
            "SAG AFTRA",
            "SAG",
            "Screen Actors Guild",
            "Screen Actors Guild-American Federation of Television and Radio Artists",
            "Screen Actors Guild – American Federation of Television and Radio Artists",
            "Screen Actors Guild–American Federation of Television and Radio Artists",
            "Screen Actors Guild - American Federation of Television and Radio Artists",
            "actors' union",
            "actors’ union",
            "actors union",
        ),
    ),
    (
        "WGA",
        OrganizationKind.UNION,
        (
            "Writers Guild of America",
            "Writers Guild",
            "Writers' Guild",
            "Writers’ Guild",
            "WGA East",
            "WGA West",
            "Writers Guild of America West",
            "Writers Guild of America East",
            "writers' union",
            "writers’ union",
            "writers union",
        ),
    ),
    (
        "AMPTP",
        OrganizationKind.TRADE_ASSOCIATION,
        (
            "Alliance of Motion Picture and Television Producers",
            "Alliance of Motion Picture & Television Producers",
        ),
    ),
    ("Netflix", OrganizationKind.STREAMER, ("Netflix Games Studio",)),
    (
        "Disney",
        OrganizationKind.STUDIO,
        ("Walt Disney", "The Walt Disney Company", "Walt Disney Co", "Disney Streaming"),
    ),
    ("Hulu", OrganizationKind.STREAMER, ()),
    ("Amazon", OrganizationKind.STREAMER, ("Amazon Studios", "Prime Video")),
    ("Apple", OrganizationKind.COMPANY, ("Apple TV+",)),
    ("Warner Bros. Discovery", OrganizationKind.STUDIO, ("Warner Bros", "Warner Bros.", "WBD")),
    ("Paramount", OrganizationKind.STUDIO, ("Paramount Global", "Paramount Pictures")),
    ("Sony", OrganizationKind.STUDIO, ("Sony Pictures",)),
    ("NBCUniversal", OrganizationKind.STUDIO, ("NBCU", "Universal Pictures")),
    ("HBO", OrganizationKind.STREAMER, ()),
    ("Realeyes", OrganizationKind.COMPANY, ()),
    ("Meta", OrganizationKind.COMPANY, ("Facebook",)),
    ("OpenAI", OrganizationKind.COMPANY, ()),
    ("Google", OrganizationKind.COMPANY, ()),
    ("Microsoft", OrganizationKind.COMPANY, ()),
    ("Banijay", OrganizationKind.COMPANY, ("Banijay Iberia", "Cuarzo Producciones")),
    ("The Intercept", OrganizationKind.PUBLISHER, ("the Intercept",)),
    ("The Hollywood Reporter", OrganizationKind.PUBLISHER, ("Hollywood Reporter", "THR")),
    ("Business Insider", OrganizationKind.PUBLISHER, ()),
    ("MarketWatch", OrganizationKind.PUBLISHER, ()),
    ("MIT Technology Review", OrganizationKind.PUBLISHER, ()),
    ("Variety", OrganizationKind.PUBLISHER, ()),
    ("Deadline", OrganizationKind.PUBLISHER, ()),
    ("CNN", OrganizationKind.PUBLISHER, ()),
    ("NBC News", OrganizationKind.PUBLISHER, ()),
    ("BBC", OrganizationKind.PUBLISHER, ()),
    ("Collider", OrganizationKind.PUBLISHER, ()),
    ("The Guardian", OrganizationKind.PUBLISHER, ("the Guardian",)),
    ("Reuters", OrganizationKind.PUBLISHER, ()),
    ("Associated Press", OrganizationKind.PUBLISHER, ("the Associated Press",)),
    ("The New York Times", OrganizationKind.PUBLISHER, ("New York Times",)),
    ("Los Angeles Times", OrganizationKind.PUBLISHER, ("LA Times", "L.A. Times")),
    ("The Washington Post", OrganizationKind.PUBLISHER, ("Washington Post",)),
    ("The Wall Street Journal", OrganizationKind.PUBLISHER, ("Wall Street Journal",)),
    ("The Verge", OrganizationKind.PUBLISHER, ("the Verge",)),
    ("Forbes", OrganizationKind.PUBLISHER, ()),
    ("Bloomberg", OrganizationKind.PUBLISHER, ()),
    ("Axios", OrganizationKind.PUBLISHER, ()),
    ("IndieWire", OrganizationKind.PUBLISHER, ()),
    ("TheWrap", OrganizationKind.PUBLISHER, ()),
    ("NPR", OrganizationKind.PUBLISHER, ()),
    ("TechCrunch", OrganizationKind.PUBLISHER, ()),
)

SCREEN_UNIONS = frozenset({"SAG-AFTRA", "WGA"})
"""Canonical names of the unions whose strikes this library reports."""

UNION_MEMBERS: dict[str, tuple[str, ...]] = {
    "WGA": ("writers", "screenwriters"),
    "SAG-AFTRA": ("actors", "performers"),
}
"""Plural nouns that stand for a union's members ("writers and actors strike")."""

UNION_REFERENCES = (
    "union", "guild", "union leaders", "union negotiators", "union members", "its members",
)  # fmt: skip
"""Words that stand for the union when an article names only one ("Union leaders say ...")."""

UNIONS_TOGETHER = ("both unions", "both guilds", "the two unions", "the two guilds")
"""Words that stand for every union an article names, when it names more than one."""

EMPLOYER_KINDS = frozenset(
    {OrganizationKind.STUDIO, OrganizationKind.STREAMER, OrganizationKind.COMPANY}
)
"""Kinds of organisation that post jobs in this story."""

DEMAND_WORDS: tuple[tuple[Demand, tuple[str, ...]], ...] = (
    (
        Demand.AI_PROTECTION,
        (
            "protection against ai",
            "protections against ai",
            "ai protection",
            "protection from ai",
            "artificial intelligence",
            "ai safeguards",
            "digital replicas",
            "digital replica",
            "digital doubles",
            "digital double",
            "ai",
            "a.i.",
        ),
    ),
    (
        Demand.PAY,
        (
            "fairer pay",
            "fair pay",
            "fair compensation",
            "higher pay",
            "base pay",
            "better pay",
            "wages",
            "pay rise",
            "pay increase",
            "minimum pay",
        ),
    ),
    (Demand.RESIDUALS, ("residual", "residuals")),
    (Demand.HEALTH_AND_PENSION, ("health and pension", "pension", "pensions", "health care")),
    (Demand.STAFFING, ("staffing", "writers' rooms", "minimum staff")),
    (Demand.TRANSPARENCY, ("transparency", "viewership data")),
)
"""Whole words or phrases (lower case) that name each demand, in a sentence about a
union's strike or negotiations; list plural forms too ("residual", "residuals")."""

NEGATED = r"(?:\b(?:not|never|no[ \u00a0]longer)|n['’]t)[ \u00a0]+\Z"
"""A regex (folding case) for a negation just before a word: "is not hiring", "couldn't
cover", "did not propose", "no longer recruiting"; searched in the few characters before it."""

BUSINESS_WORDS = (
    r"revenues?|profits?|sales|valuation|loss(?:es)?|spend(?:s|ing)?|spent|costs?|sav(?:e|es|ed|ing)"
    r"|invest(?:s|ed|ing|ments?)?|funding|acquisition|deal|budgets?|damages|fine|economy|market"
)
"""A regex alternation (folding case) of words that make an amount near them a business figure,
not pay: "said revenue rose to $8 billion", "the $17 billion the company will spend"."""

SPEECH_VERBS = (
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "tweeted",
    "posted",
    "noted",
    "notes",
    "explained",
    "explains",
    "argued",
    "argues",
    "commented",
    "stated",
    "warned",
    "warns",
    "remarked",
    "asked",
    "claimed",
    "claims",
    "insisted",
    "insists",
    "replied",
    "responded",
    # the livelier verbs of tabloids and trade papers; not slammed nor blasted, which are
    # passive in headlines: Netflix slammed for its AI job ad
    "fumed",
    "joked",
    "quipped",
    "admitted",
    "admits",
    "recalled",
    "recalls",
    "conceded",
    "countered",
    "stressed",
    "lamented",
)
"""Verbs that attribute a quotation to its speaker."""

LISTENER_VERBS = ("told", "tells")
"""Speech verbs whose object is the listener: in "'...', told The Intercept" the
name after the verb is not the speaker."""

ROLE_NOUNS = (
    "manager",
    "engineer",
    "director",
    "scientist",
    "researcher",
    "designer",
    "developer",
    "lead",
    "head",
    "architect",
    "analyst",
    "specialist",
    "imagineer",
    "producer",
    "writer",
    "officer",
    "president",  # "Senior Vice President, AI Strategy"
    "strategist",
    "programmer",
    "technologist",
    "participants",
    "participant",
)
"""Nouns that end a job title ("AI product manager", "senior AI engineer")."""
