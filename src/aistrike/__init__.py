"""aistrike: typed, citable, checkable data from news about AI and labour in the screen industry.

Examples:
    >>> import aistrike
    >>> story = aistrike.load_seed()
    >>> story.article.published
    datetime.date(2023, 7, 26)

Importing the package is cheap: apart from the exceptions and ``extract``, each
name loads from its module the first time it is used (PEP 562), and the
recognisers compile their patterns on the first call of ``extract``.
"""

import importlib

from typing import TYPE_CHECKING, Any

from aistrike import exceptions
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
from aistrike.extract import extract  # light: the recognisers load on the first call


if TYPE_CHECKING:
    from aistrike import compute, reference
    from aistrike.claims import check_claims
    from aistrike.compute import (
        HealthPlanQualifications,
        health_plan_qualifications,
        implied_threshold,
    )
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

_LAZY: dict[str, str] = {
    "AIProduction": "aistrike.model",
    "Article": "aistrike.model",
    "Benchmark": "aistrike.model",
    "ClaimCheck": "aistrike.model",
    "ClaimChecks": "aistrike.tables",
    "ComparisonKind": "aistrike.model",
    "CompensationComparison": "aistrike.model",
    "Confidence": "aistrike.model",
    "Demand": "aistrike.model",
    "Document": "aistrike.model",
    "DocumentKind": "aistrike.model",
    "HealthPlanQualifications": "aistrike.compute",
    "JobPosting": "aistrike.model",
    "LabourAction": "aistrike.model",
    "LabourActionKind": "aistrike.model",
    "LikenessScanProposal": "aistrike.model",
    "Money": "aistrike.model",
    "MoneyRange": "aistrike.model",
    "Organization": "aistrike.model",
    "OrganizationKind": "aistrike.model",
    "Pay": "aistrike.model",
    "PayUnit": "aistrike.model",
    "Person": "aistrike.model",
    "Precedent": "aistrike.model",
    "Quote": "aistrike.model",
    "Source": "aistrike.model",
    "Span": "aistrike.model",
    "Story": "aistrike.model",
    "Verdict": "aistrike.model",
    "YearMonth": "aistrike.model",
    "check_claims": "aistrike.claims",
    "compute": "aistrike.compute",
    "decode": "aistrike.loaders",
    "from_json": "aistrike.serialization",
    "health_plan_qualifications": "aistrike.compute",
    "implied_threshold": "aistrike.compute",
    "load": "aistrike.loaders",
    "load_seed": "aistrike.loaders",
    "records": "aistrike.tables",
    "reference": "aistrike.reference",
    "to_json": "aistrike.serialization",
}
"""Where each name not imported above lives; loaded on first use (PEP 562)."""


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("aistrike")
    home = _LAZY.get(name)
    if home is None:
        msg = f"module {__name__!r} has no attribute {name!r}"
        raise AttributeError(msg)
    module = importlib.import_module(home)
    value = module if home == f"{__name__}.{name}" else getattr(module, name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
