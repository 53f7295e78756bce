"""Dates in news text, resolved against the publication date with python-dateutil.

"May 7" in an article published 2023-07-26 is 2023-05-07; "on Tuesday" is the
last Tuesday up to publication (the day itself, when it is a Tuesday); "since May"
stays a month (:class:`~aistrike.YearMonth`), never a guessed day. Without a
publication date, a day and month with no year stay unresolved.
"""

import functools
import re

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import attrs

from dateutil import parser as date_parser
from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta

from aistrike.extract import _regex
from aistrike.extract.numbers import number_value
from aistrike.model import YearMonth


_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# Three shapes, each a fixed sequence of bounded tokens: linear.
_DATE = _regex.compile(
    # "Thursday 27 July 2023", "the 14th of July"
    rf"(?<![\w])(?:(?P<wd1>{_WEEKDAYS}),?[ \u00a0]|the[ \u00a0])?(?P<d1>{_DAY})[ \u00a0](?:of[ \u00a0])?(?P<m1>{_MONTHS})(?:,?[ \u00a0](?P<y1>{_YEAR}))?(?![\w])"
    rf"|(?<![\w])(?:(?P<wd2>{_WEEKDAYS}),?[ \u00a0])?(?P<m2>{_MONTHS})[ \u00a0](?P<d2>{_DAY})(?![\w]|:\d)(?:,?[ \u00a0](?P<y2>{_YEAR}))?(?![\w])"
    # "since May", "since mid-July", "in late June", "early May"
    rf"|(?<![\w])(?:(?:in|since|from|until|by|of|and)[ \u00a0](?:(?:early|late|mid)[ \u00a0-])?"
    rf"|(?:early|late|mid)[ \u00a0-])(?P<m3>{_MONTHS})(?:[ \u00a0](?P<y3>{_YEAR}))?(?![\w])(?![ \u00a0]\d)"
    # "on Tuesday", but not "since Friday, July 14": the date after it is the day
    rf"|(?<![\w])(?:on|last|this|since)[ \u00a0](?P<wd4>{_WEEKDAYS})(?![\w])(?!,?[ \u00a0]+(?:\d|{_MONTHS}[ \u00a0]\d))"
)
# Every date names a month or a weekday: a text without one of these has none. The
# words open the pattern, so re skips ahead to their capitals.
_MONTH_OR_WEEKDAY = _regex.compile(
    "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
)
# What follows a date that heads a line of a timeline: "- July 14: Actors join ...", "May 2 – ..."
_HEAD_AFTER = _regex.compile(r"[ \u00a0]*(?::|[–—-][ \u00a0])")
_BULLETS = " \u00a0\t-–—•*·"
_AHEAD = timedelta(days=7)
"""How far after publication a day and month with no year may fall: "on July 14", a day ahead."""
_WEEKDAY_RULES = {
    "monday": MO,
    "tuesday": TU,
    "wednesday": WE,
    "thursday": TH,
    "friday": FR,
    "saturday": SA,
    "sunday": SU,
}


@attrs.frozen
class DateMention:
    """A date found in a text.

    Attributes:
        start: Offset of the first character.
        end: Offset one past the last character.
        day: The resolved day, when the text gives (or implies) one.
        month: The month, when the text gives only a month.
    """

    start: int
    end: int
    day: date | None
    month: YearMonth | None


def find_dates(
    text: str, start: int = 0, end: int | None = None, *, published: date | None = None
) -> list[DateMention]:
    """Find dates between *start* and *end*, resolved against *published*.

    A day and month with no year take the latest such date up to a week after
    *published* (news reports what has happened, or is about to); a weekday given
    with them picks the year it fits ("Friday, July 14" in 2024 is 2023's). Without
    *published* they stay unresolved (``day`` and ``month`` both None).

    Examples:
        >>> import datetime
        >>> pub = datetime.date(2023, 7, 26)
        >>> [m.day for m in find_dates("on strike since May 7", published=pub)]
        [datetime.date(2023, 5, 7)]
        >>> [str(m.month) for m in find_dates("on strike since May", published=pub)]
        ['2023-05']
        >>> [m.day for m in find_dates("it was first reported on Tuesday", published=pub)]
        [datetime.date(2023, 7, 25)]
        >>> [m.day for m in find_dates("on Wednesday, not last Wednesday", published=pub)]
        [datetime.date(2023, 7, 26), datetime.date(2023, 7, 19)]
    """
    stop = len(text) if end is None else end
    if not _MONTH_OR_WEEKDAY.search(text, start, stop):
        return []
    mentions = []
    for match in _DATE.finditer(text, start, stop):
        day, month = _resolve(match, published)
        mentions.append(DateMention(match.start(), match.end(), day, month))
    return mentions


@functools.lru_cache(maxsize=1024)
def _parse_day(day_text: str, month_text: str, year: int) -> date | None:
    """Parse "7 May 2023" with dateutil; cached, as news repeats its dates."""
    anchor = datetime(year, 1, 1, tzinfo=UTC)
    try:
        return date_parser.parse(f"{day_text} {month_text} {year}", default=anchor).date()
    except (date_parser.ParserError, ValueError, OverflowError):
        return None


def _resolve(match: re.Match[str], published: date | None) -> tuple[date | None, YearMonth | None]:
    groups = match.groupdict()
    if groups["wd4"]:
        last = match.group().startswith(("last", "Last"))
        return _weekday_before(groups["wd4"], published, last=last), None
    month_text = groups["m1"] or groups["m2"] or groups["m3"]
    day_text = groups["d1"] or groups["d2"]
    year_text = groups["y1"] or groups["y2"] or groups["y3"]
    if year_text is None and published is None:
        return None, None
    if day_text is None:
        return None, _month(month_text, year_text, published)
    if year_text is None:
        return _nearest(day_text, month_text, published, groups["wd1"] or groups["wd2"]), None
    return _parse_day(day_text, month_text, int(year_text)), None  # None for "31 February 2023"


def _weekday_before(weekday: str, published: date | None, *, last: bool) -> date | None:
    """The latest such weekday up to publication, for "on Tuesday"; before it, for "last Tuesday".

    News names the day it is published by its weekday: "went on strike on Friday" in
    an article of Friday 2024-07-26 is that day, not a week before.
    """
    if published is None:
        return None
    rule = _WEEKDAY_RULES[weekday.lower()]
    return published + relativedelta(days=-1 if last else 0, weekday=rule(-1))


def _month(month_text: str, year_text: str | None, published: date | None) -> YearMonth | None:
    """The month of "since May": of the year given, else the latest such month up to publication."""
    year = int(year_text) if year_text else published.year  # type: ignore[union-attr]
    parsed = _parse_day("1", month_text, year)
    if parsed is None:
        return None
    if year_text is None and published is not None and parsed.month > published.month:
        return YearMonth(year - 1, parsed.month)
    return YearMonth(year, parsed.month)


@functools.lru_cache(maxsize=1024)
def _nearest(day_text: str, month_text: str, published: date, weekday: str | None) -> date | None:
    """The day and month with no year as the text means it, around *published*.

    The latest such day up to a week after publication ("will go on strike on July
    14", a day ahead); of those, one whose weekday the text gives, when one of the
    year before, of publication or after has it ("Friday, July 14" in 2024 is 2023's).
    Cached, as news repeats its dates.
    """
    latest = published + _AHEAD
    fallback = None
    for year in (published.year + 1, published.year, published.year - 1):
        day = _parse_day(day_text, month_text, year)
        if day is None or day > latest:
            continue
        if weekday is None or day.weekday() == _WEEKDAY_RULES[weekday.lower()].weekday:
            return day
        fallback = fallback or day
    return fallback


def heads_line(text: str, start: int, mention: DateMention) -> bool:
    """Whether *mention* heads a line of a timeline: only a bullet before it, a colon or dash after.

    The line is the one that holds the date, from *start* (where its sentence
    starts) on. Such a date is the day of what the line reports: "- May 2: The
    WGA goes on strike."

    Examples:
        >>> text = "- July 14: Actors join writers on the picket lines."
        >>> heads_line(text, 0, find_dates(text, published=date(2023, 8, 2))[0])
        True
        >>> text = "Actors struck on July 14: a Friday."
        >>> heads_line(text, 0, find_dates(text, published=date(2023, 8, 2))[0])
        False
    """
    if _HEAD_AFTER.match(text, mention.end) is None:
        return False  # the usual case: no colon or dash after the date
    line = max(start, text.rfind("\n", start, mention.start) + 1)
    return not text[line : mention.start].strip(_BULLETS)


# "A year ago today", "two years ago today": a span of time back from the day of publication
_AGO_TODAY = _regex.compile(
    r"\b(?P<count>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[ \u00a0]+"
    r"(?P<unit>year|month|week|day)s?[ \u00a0]+ago[ \u00a0]+\Z",
    re.IGNORECASE,
)
_SPANS: dict[str, Callable[[int], relativedelta]] = {
    "year": lambda count: relativedelta(years=count),
    "month": lambda count: relativedelta(months=count),
    "week": lambda count: relativedelta(weeks=count),
    "day": lambda count: relativedelta(days=count),
}


def ago_today(text: str, today: int, published: date) -> date | None:
    """The day "a year ago today" names, when those words end at *today* (where "today" begins).

    Examples:
        >>> text = "A year ago today, the actors went on strike."
        >>> ago_today(text, text.find("today"), date(2024, 7, 14))
        datetime.date(2023, 7, 14)
        >>> ago_today("Two weeks ago today", 14, date(2023, 7, 28))
        datetime.date(2023, 7, 14)
        >>> ago_today("Today", 0, date(2023, 7, 28)) is None
        True
    """
    match = _AGO_TODAY.search(text, max(0, today - 30), today)
    if match is None:
        return None
    written = match.group("count").lower()
    count = 1 if written in ("a", "an") else int(number_value(written) or 1)
    return published - _SPANS[match.group("unit").lower()](count)
