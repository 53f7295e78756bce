"""Quotation pairing: find_quoted must pair marks as a plain mark-by-mark reading does."""

from unittest.mock import patch

from hypothesis import given
from hypothesis import strategies as st

from aistrike.extract import quotes
from aistrike.extract.quotes import double_marked, find_quoted


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


SINGLE = st.text(alphabet=st.sampled_from(list("ab '‘’\"\n s,.(")), max_size=40)


@given(SINGLE, st.integers(0, 3))
def test_double_marked_changes_single_marks_only_in_pairs(text, start):
    marked = double_marked(text, start)
    changed = [i for i, (a, b) in enumerate(zip(text, marked, strict=True)) if a != b]
    assert [marked[i] for i in changed] == ["“", "”"] * (len(changed) // 2)
    assert all(text[i] in "'‘’" and i >= start for i in changed)
    for opening, closing in zip(changed[::2], changed[1::2], strict=True):
        assert "\n" not in text[opening:closing]  # a pair never crosses a line
        line = text[max(start, text.rfind("\n", 0, opening) + 1) :].split("\n", 1)[0]
        assert not any(mark in line for mark in '"“”')  # a line with double marks keeps its own


def test_double_marked_reads_apostrophes_as_apostrophes():
    text = "The '90s, the actors' union, and 'rock' music: it's 'fine.'"
    assert double_marked(text) == "The '90s, the actors' union, and “rock” music: it's “fine.”"
