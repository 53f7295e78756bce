"""The typed domain model: frozen attrs classes, validated at construction, no I/O."""

from aistrike.model.checks import ClaimCheck, Confidence, Source, Verdict
from aistrike.model.evidence import Article, Span
from aistrike.model.facts import (
    AIProduction,
    Benchmark,
    ComparisonKind,
    CompensationComparison,
    Demand,
    JobPosting,
    LabourAction,
    LabourActionKind,
    LikenessScanProposal,
    Precedent,
    Quote,
    YearMonth,
)
from aistrike.model.money import Money, MoneyRange, Pay, PayUnit
from aistrike.model.parties import Document, DocumentKind, Organization, OrganizationKind, Person
from aistrike.model.story import FACT_FIELDS, Story


__all__ = [
    "FACT_FIELDS",
    "AIProduction",
    "Article",
    "Benchmark",
    "ClaimCheck",
    "ComparisonKind",
    "CompensationComparison",
    "Confidence",
    "Demand",
    "Document",
    "DocumentKind",
    "JobPosting",
    "LabourAction",
    "LabourActionKind",
    "LikenessScanProposal",
    "Money",
    "MoneyRange",
    "Organization",
    "OrganizationKind",
    "Pay",
    "PayUnit",
    "Person",
    "Precedent",
    "Quote",
    "Source",
    "Span",
    "Story",
    "Verdict",
    "YearMonth",
]
