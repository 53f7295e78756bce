"""Exceptions raised by aistrike.

Every exception derives from :class:`AistrikeError` *and* from the builtin that
fits it, so ``except ValueError`` and ``except OSError`` keep working.
"""


class AistrikeError(Exception):
    """Base class of every error aistrike raises on purpose."""


class CurrencyMismatchError(AistrikeError, ValueError):
    """Arithmetic or comparison between amounts in different currencies."""


class UnknownAmountError(AistrikeError, ValueError):
    """A computation needed an amount the text did not state (``Pay.amount is None``)."""


class HeaderError(AistrikeError, ValueError):
    """The leading `` date YYYY-MM-DD`` header names a date that does not exist."""


class LoadError(AistrikeError, OSError):
    """A file could not be read as an article (missing, a directory, too large)."""


class ArticleFormatError(LoadError, ValueError):
    """A file was read but is not an article: not UTF-8 text, or a bad header."""


class DeserializationError(AistrikeError, ValueError):
    """JSON that is not valid, or that does not describe the requested class.

    Attributes:
        errors: One line per problem, each ending with the JSON path at fault,
            such as ``invalid value for type, expected str @ $.article.text``.
    """

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors


class ReferenceDataError(AistrikeError, LookupError):
    """A reference figure was asked for that the shipped data does not hold."""
