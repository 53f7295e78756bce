"""aistrike: typed, citable, checkable data from news about AI and labour in the screen industry.

Examples:
    >>> import aistrike
    >>> story = aistrike.load_seed()
    >>> story.article.published
    datetime.date(2023, 7, 26)
"""

from typing import Any

from aistrike import compute, exceptions, reference
from aistrike.claims import check_claims
from aistrike.compute import HealthPlanQualifications, health_plan_qualifications, implied_threshold
from aistrike.exceptions import (
    AistrikeError,
    ArticleFormatError,
    CurrencyMismatchError,
    DeserializationError,
    HeaderError,
    LoadError,
    ReferenceDataError,
    UnknownAmountError,
)
from aistrike.extract import extract
from aistrike.loaders import decode, load, load_seed
from aistrike.model import (
    AIProduction,
    Article,
    Benchmark,
    ClaimCheck,
    ComparisonKind,
    CompensationComparison,
    Confidence,
    Demand,
    Document,
    DocumentKind,
    JobPosting,
    LabourAction,
    LabourActionKind,
    LikenessScanProposal,
    Money,
    MoneyRange,
    Organization,
    OrganizationKind,
    Pay,
    PayUnit,
    Person,
    Precedent,
    Quote,
    Source,
    Span,
    Story,
    Verdict,
    YearMonth,
)
from aistrike.serialization import from_json, to_json
from aistrike.tables import ClaimChecks, records


__all__ = [
    "AIProduction",
    "AistrikeError",
    "Article",
    "ArticleFormatError",
    "Benchmark",
    "ClaimCheck",
    "ClaimChecks",
    "ComparisonKind",
    "CompensationComparison",
    "Confidence",
    "CurrencyMismatchError",
    "Demand",
    "DeserializationError",
    "Document",
    "DocumentKind",
    "HeaderError",
    "HealthPlanQualifications",
    "JobPosting",
    "LabourAction",
    "LabourActionKind",
    "LikenessScanProposal",
    "LoadError",
    "Money",
    "MoneyRange",
    "Organization",
    "OrganizationKind",
    "Pay",
    "PayUnit",
    "Person",
    "Precedent",
    "Quote",
    "ReferenceDataError",
    "Source",
    "Span",
    "Story",
    "UnknownAmountError",
    "Verdict",
    "YearMonth",
    "check_claims",
    "compute",
    "decode",
    "exceptions",
    "extract",
    "from_json",
    "health_plan_qualifications",
    "implied_threshold",
    "load",
    "load_seed",
    "records",
    "reference",
    "to_json",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("aistrike")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
