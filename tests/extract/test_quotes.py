"""Quotation pairing: find_quoted must pair marks as a plain mark-by-mark reading does."""

from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from aistrike.extract import quotes
from aistrike.extract.quotes import find_quoted


def paired_mark_by_mark(text: str, start: int, longest: int) -> list[tuple[int, int]]:
    """The pairing rules read one mark at a time, line breaks included: the reference."""
    pairs = []
    opened = None
    previous = ""
    for where in range(start, len(text)):
        mark = text[where]
        if mark == "\n":
            if previous == "\n" or (opened is not None and where - opened > longest):
                opened = None  # a paragraph break, or a line break too far from the opening
            previous = "\n"
            continue
        if mark not in '"“”':
            continue
        previous = mark
        if mark == "“" or (mark == '"' and opened is None):
            opened = where + 1
        elif opened is not None:
            if where > opened and where - opened <= longest:
                pairs.append((opened, where))
            opened = None
    return pairs


MARKS = st.text(alphabet=st.sampled_from(list('ab "“”\n\n  x')), max_size=40)


@given(MARKS, st.integers(0, 3))
def test_pairs_as_read_mark_by_mark(text, start):
    assert find_quoted(text, start) == paired_mark_by_mark(text, start, quotes._MAX_QUOTE)


@given(MARKS, st.integers(0, 3))
def test_pairs_as_read_mark_by_mark_with_a_short_limit(text, start):
    with patch.object(quotes, "_MAX_QUOTE", 7):  # long quotations, on short texts
        assert find_quoted(text, start) == paired_mark_by_mark(text, start, 7)


def test_a_paragraph_break_resets_the_pairing():
    text = '"one\n\ntwo" and "three"'
    # the mark after "two" opens anew, so the straight marks pair out of step from there
    assert [text[a:b] for a, b in find_quoted(text)] == [" and "]
