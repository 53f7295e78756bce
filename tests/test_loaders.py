import datetime

from pathlib import Path

import pytest

import aistrike

from aistrike import ArticleFormatError, HeaderError, LoadError, load
from aistrike.loaders import MAX_BYTES, SEED_NAME, seed_text


ROOT = Path(__file__).parent.parent


class TestSeed:
    def test_package_copy_is_byte_identical(self):
        """The packaged seed is the repository's seeds/ file, byte for byte."""
        assert seed_text().encode() == (ROOT / "seeds" / SEED_NAME).read_bytes()

    def test_published_from_header(self):
        """The header gives the publication date; the text is kept exactly."""
        story = aistrike.load_seed()
        assert story.article.published == datetime.date(2023, 7, 26)
        assert story.article.text == seed_text()


class TestLoad:
    def test_header_and_override(self, tmp_path):
        """published= overrides the header."""
        path = tmp_path / "a.txt"
        path.write_text(" date 2023-07-14\nSAG-AFTRA actors are on strike.", encoding="utf-8")
        assert load(path).article.published == datetime.date(2023, 7, 14)
        assert load(path, published=datetime.date(2023, 8, 1)).article.published == datetime.date(
            2023, 8, 1
        )
        assert load(path).article.source == "a.txt"

    def test_bom_accepted(self, tmp_path):
        """A UTF-8 byte-order mark is dropped."""
        path = tmp_path / "bom.txt"
        path.write_bytes("\ufeff date 2023-07-14 Hello".encode())
        assert load(path).article.published == datetime.date(2023, 7, 14)

    def test_missing(self, tmp_path):
        """A missing file is a LoadError (an OSError) naming the path."""
        with pytest.raises(LoadError, match=r"nope\.txt: no such file"):
            load(tmp_path / "nope.txt")
        with pytest.raises(OSError, match="no such file"):
            load(tmp_path / "nope.txt")

    def test_directory(self, tmp_path):
        """A directory is refused by name."""
        with pytest.raises(LoadError, match="is a directory"):
            load(tmp_path)

    def test_not_utf8(self, tmp_path):
        """Bytes that are not UTF-8 give the line and column."""
        path = tmp_path / "latin.txt"
        path.write_bytes(b"line one\ncaf\xe9")
        with pytest.raises(ArticleFormatError, match=r"latin\.txt: line 2, column 4: byte 0xe9"):
            load(path)

    def test_utf16(self, tmp_path):
        """UTF-16 text is named as such."""
        path = tmp_path / "u16.txt"
        path.write_bytes("hello".encode("utf-16"))
        with pytest.raises(ValueError, match="UTF-16"):
            load(path)

    def test_too_large(self, tmp_path):
        """Files over the limit are refused."""
        path = tmp_path / "big.txt"
        path.write_bytes(b"a" * (MAX_BYTES + 1))
        with pytest.raises(LoadError, match="larger than the 16 MiB limit"):
            load(path)

    def test_impossible_header_date(self, tmp_path):
        """A header date that does not exist is named, with the file and line."""
        path = tmp_path / "bad.txt"
        path.write_text(" date 2023-13-45 Text", encoding="utf-8")
        with pytest.raises(
            ArticleFormatError, match=r"bad\.txt: line 1: the date header gives 2023-13-45"
        ):
            load(path)

    @pytest.mark.parametrize("content", ["", "  \n\t\n", "\ufeff"])
    def test_empty_file(self, tmp_path, content):
        """An empty file is an error (most likely a failed download), not an empty story."""
        path = tmp_path / "empty.txt"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(aistrike.ArticleFormatError, match=r"empty\.txt: is empty"):
            load(path)


class TestExtractArguments:
    @pytest.mark.parametrize("bad", [None, b"bytes", 42])
    def test_not_str(self, bad):
        """extract() needs a str."""
        with pytest.raises(TypeError, match="needs the article as str"):
            aistrike.extract(bad)

    def test_published_type(self):
        """published= must be a date."""
        with pytest.raises(TypeError, match="published"):
            aistrike.extract("x", published="2023-07-26")  # type: ignore[arg-type]

    def test_header_error(self):
        """An impossible header date raises HeaderError."""
        with pytest.raises(HeaderError, match="2023-02-30"):
            aistrike.extract(" date 2023-02-30 text")
