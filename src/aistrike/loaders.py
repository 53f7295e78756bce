"""Reading articles from files and from the bundled seed."""

import os

from datetime import date
from importlib import resources
from pathlib import Path

from aistrike.exceptions import ArticleFormatError, HeaderError, LoadError
from aistrike.extract import extract
from aistrike.model import Story


MAX_BYTES = 16 * 1024 * 1024
"""The largest file :func:`load` reads: 16 MiB, far beyond any news article."""

SEED_NAME = "000_4ed3bd9d7c78b517.txt"
"""The file name of the seed article, in the package and in the repository's ``seeds/``."""


def load(path: str | os.PathLike[str], *, published: date | None = None) -> Story:
    r"""Read an article from a UTF-8 text file and extract its story.

    The file may start with a `` date YYYY-MM-DD`` header giving the
    publication date, and with a UTF-8 byte-order mark.

    Args:
        path: The file to read.
        published: The publication date; overrides the header when given.

    Returns:
        The story, with ``article.source`` set to the file name.

    Raises:
        LoadError: The file is missing, is a directory, cannot be read, or is
            larger than :data:`MAX_BYTES` (an ``OSError``).
        ArticleFormatError: The file is empty, is not UTF-8 text, or its header
            gives an impossible date (a ``LoadError`` and a ``ValueError``).

    Examples:
        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
        >>> _ = path.write_text(" date 2023-07-14\nSAG-AFTRA went on strike today.")
        >>> load(path).article.published
        datetime.date(2023, 7, 14)
    """
    file = Path(path)
    text = _read_text(file)
    if not text.strip():
        msg = f"{file}: is empty; there is no article text to read"
        raise ArticleFormatError(msg)
    try:
        return extract(text, published=published, source=file.name)
    except HeaderError as exc:
        msg = f"{file}: {exc}"
        raise ArticleFormatError(msg) from None


def _read_text(file: Path) -> str:
    try:
        with file.open("rb") as stream:
            data = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        msg = f"{file}: no such file"
        raise LoadError(msg) from None
    except IsADirectoryError:
        msg = f"{file}: is a directory, not an article file"
        raise LoadError(msg) from None
    except OSError as exc:
        msg = f"{file}: cannot be read ({exc.strerror or exc})"
        raise LoadError(msg) from None
    if len(data) > MAX_BYTES:
        msg = f"{file}: larger than the {MAX_BYTES // (1024 * 1024)} MiB limit for one article"
        raise LoadError(msg)
    return decode(data, str(file))


def decode(data: bytes, name: str = "<bytes>") -> str:
    r"""Decode the bytes of an article as UTF-8, dropping a leading byte-order mark.

    Args:
        data: The raw bytes.
        name: A name for error messages, such as the file path.

    Raises:
        ArticleFormatError: The bytes are not UTF-8 text; the message names the
            line and column of the first bad byte.

    Examples:
        >>> decode("\ufeffSAG-AFTRA".encode())
        'SAG-AFTRA'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        msg = f"{name}: looks like UTF-16 text; save it as UTF-8"
        raise ArticleFormatError(msg)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        msg = f"{name}: line {line}, column {column}: byte {data[exc.start]:#04x} is not UTF-8 text"
        raise ArticleFormatError(msg) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        msg = f"{name}: line {line}: contains NUL characters; not a text file"
        raise ArticleFormatError(msg)
    return text.removeprefix("\ufeff")


def seed_text() -> str:
    """Return the text of the bundled seed article, exactly as shipped."""
    return (resources.files("aistrike") / "seeds" / SEED_NAME).read_bytes().decode("utf-8")


def load_seed() -> Story:
    """Load the bundled seed article (published 2023-07-26) and extract its story.

    Examples:
        >>> load_seed().article.published
        datetime.date(2023, 7, 26)
    """
    return extract(seed_text(), source=SEED_NAME)
