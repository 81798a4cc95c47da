"""Date and time expressions: find them in text, then resolve them against a reference date.

Finding is regex work over the forms news prose uses ("Tuesday, July 16", "on Monday",
"since October 17, 2023", "last month", "in late January", "2014-2018"); parsing of free-form
relative phrases ("three days ago") and of "Updated:" stamps is left to dateparser.

Resolution rules (what a reader assumes):
- a weekday alone is the one on or before the reference date ("on Tuesday" in a Thursday paper);
  with "next" or in a future-tense sentence, the one after;
- a month and day without a year fall in the year before the reference date (AP style), unless
  the sentence speaks of the future;
- a weekday with a month and day but no year pins the year: the one nearest the reference in
  which that day falls on that weekday;
- a month alone is the latest such month on or before the reference.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

from claims.lexicon import EVENT_NOUNS
from claims.model import DateMention
from claims.text import contains_any, folded

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_PATTERN = r"(?:1[89]\d\d|20\d\d)"
_NUM_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
# "lasted six days before police stormed", "for 3 days before": a span, not a date
_AFTER_NO_SPAN = "".join(rf"(?<!\b{w}\s)" for w in ("lasted", "lasting", "for", "spent", "took", "taking"))

# "the 2019 blast", "a 2021 chemical leak": a year that dates an event named after it
EVENT_NOUN_PATTERN = "|".join(sorted({w for n in EVENT_NOUNS for w in (n, n + "s")}, key=len, reverse=True))

SINCE_WHEN = re.compile(r",?\s+when\b", re.I)
# "the worst since the 2016 fire", "since the mill fire of 2019": the year dates the event the
# clause is measured against, not the clause's own
SINCE_EVENT = re.compile(r"\bsince\s+(?:(?:the|a|an|its|their|that)\b[^,.;:]{0,40})?$", re.I)


def _event_year(text: str, start: int, otherwise: str) -> str:
    """The relation of a year that dates a thing named with it ("the 2016 fire", "the fire of
    2019"): "since" when that thing is what "since" measures from."""
    return "since" if SINCE_EVENT.search(text[max(0, start - 60) : start]) else otherwise

# Every form starts at a word boundary: testing it once, before the alternatives, lets the
# matcher leave the inside of a word at once instead of trying all nine forms there.
DATE_RE = re.compile(
    rf"""
    \b(?:
    (?P<iso>(?P<iso_y>{YEAR_PATTERN})-(?P<iso_m>0[1-9]|1[0-2])-(?P<iso_d>0[1-9]|[12]\d|3[01])\b)
  | (?P<mdy>(?:(?P<mdy_wd>{_WD}),?\s+)?(?P<mdy_m>{_MONTH})\s+(?P<mdy_d>{_DAY})\b
        (?:\s*(?:-|–|and|to|through)\s*(?P<mdy_d2>{_DAY})\b)?(?:,?\s+(?P<mdy_y>{YEAR_PATTERN})\b)?)
  | (?P<dmy>(?:(?P<dmy_wd>{_WD}),?\s+)?(?P<dmy_d>{_DAY})\s+(?:of\s+)?(?P<dmy_m>{_MONTH})(?![a-z])
        (?:,?\s+(?P<dmy_y>{YEAR_PATTERN})\b)?)
  | (?P<my>(?P<my_m>{_MONTH})\s+(?P<my_y>{YEAR_PATTERN})\b)
  | (?P<tod>(?:(?<![\d.:])\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|\bnoon\b|\bmidnight\b|\bmidmorning\b|\bmidday\b|\bdawn\b))
  | (?P<rel>(?:(?:this|last|next)\s+(?:week(?:end)?|month|year|fall|autumn|spring|summer|winter)
        |earlier\s+this\s+(?:week|month|year)|later\s+this\s+(?:week|month|year)
        |{_AFTER_NO_SPAN}{_NUM_WORD}\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)
        |yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b)
  | (?P<wd>(?:(?P<wd_mod>last|next|this|on|since|by|until|early|late)\s+)?(?P<wd_name>{_WD})(?P<wd_pos>'s|’s)?
        (?:\s+(?:morning|afternoon|evening|night))?\b(?!,?\s+(?:{_MONTH}\s+\d|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH})))
  | (?P<mon>(?P<mon_mod>in|since|from|until|till|through|by|during|early|late|mid|mid-|end\s+of|
        beginning\s+of|start\s+of|last|this|next|to|and)\s*(?:-\s*)?(?P<mon_m>January|February|March|April|May|June|July
        |August|September|October|November|December)\b(?!\s+\d))
  | (?P<yr>(?P<yr_mod>in|since|from|until|by|during|of|early|late|mid|mid-|before|after|between)\s*(?P<yr_y>{YEAR_PATTERN})
        (?:\s*[-–]\s*(?P<yr_y2>{YEAR_PATTERN}))?\b)
  | (?P<yrn>(?:the|a|an|its|their|that)\s+(?P<yrn_y>{YEAR_PATTERN})(?=\s+(?:[a-z]+\s+)?(?:{EVENT_NOUN_PATTERN})\b))
    )
    """,
    re.X | re.I,
)

_BE = r"(?:is|are|was|were|be|been|being|'s|’s)\s+(?:now\s+|still\s+|originally\s+|also\s+)?"
FUTURE_CUES = re.compile(
    r"\b(?:will|would be|is expected to|are expected to|was expected to|is scheduled|are scheduled|"
    r"was scheduled|upcoming|plans? to|set to|"
    # only as a predicate: "operations scheduled for Monday were called off" and "closed due to
    # the storm" say what happened
    rf"{_BE}(?:scheduled\s+for|due\s+to)|"
    r"next(?!\s+to\b))\b",  # not "a gymnasium next to the mine"
    re.I,
)
# A date a thing was planned for lies ahead of when it was planned, though the clause may be about
# the past ("the final, originally set for 28 June, has been postponed")
PLANNED_FOR = re.compile(r"\b(?:set for|slated for|planned for|due on)\b", re.I)
RELATION_BEFORE = re.compile(r"\b(since|until|till|through|before|after|by|from|as of)\s*$", re.I)


@dataclass(frozen=True)
class RawDate:
    """A date expression as written, before resolution."""

    text: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    granularity: str = "day"
    relative: str | None = None  # "weekday", "weekday-last", "weekday-next", or a phrase for dateparser
    relation: str = "on"


def _month(text: str) -> int:
    # folded as the case-blind pattern matched it: "Auguſt" is August to re.IGNORECASE
    return MONTHS[folded(text).rstrip(".")]


def _day(text: str) -> int:
    return int(re.sub(r"\D", "", text))


def _relation(text: str, start: int, modifier: str | None = None) -> str:
    mod = (modifier or "").lower()
    if mod in ("since", "until", "till", "through", "by", "from"):
        return {"till": "until", "through": "until", "by": "until"}.get(mod, mod)
    found = RELATION_BEFORE.search(text[max(0, start - 12) : start])
    if not found:
        return "on"
    word = found.group(1).lower()
    if word == "from" and not re.match(r"[^.;]{0,40}\b(?:to|until|till|through)\b", text[start:]):
        return "on"  # "the toll from Sunday's quake": a source, not the start of a range
    return {"till": "until", "through": "until", "by": "until", "as of": "on"}.get(word, word)


# Cheap test first: most sentences have no date expression at all.
# Words without which a text holds no date (digits aside): a cheap test before DATE_RE.
DATE_WORDS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
        "ago",
        "last",
        "next",
        "this",
        "earlier",
        "later",
        "noon",
        "midnight",
        "midmorning",
        "midday",
        "dawn",
    ]
)
DIGIT = re.compile(r"\d")
LOWER_WORD = re.compile(r"[a-z]+")
# A figure is no date: a text with digits but none of the words above holds a date only with a
# four-digit year, a clock time, or one of these pieces of the forms' words (tested on `folded`
# text, which also catches the words in spellings the test above misses).
DIGIT_FORMS = re.compile(r"\d\d\d\d|\d\s*[ap]\.?m")
DATE_PARTS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "day", "before",
              "ago", "earlier", "this", "last", "next", "tonight", "noon", "mid", "dawn")  # fmt: skip


def _may_have_date(text: str) -> bool:
    if not DATE_WORDS.isdisjoint(LOWER_WORD.findall(text.lower())):
        return True
    if not DIGIT.search(text):
        return False
    low = folded(text)
    return DIGIT_FORMS.search(low) is not None or contains_any(low, DATE_PARTS)


def find_dates(text: str, offset: int = 0) -> list[RawDate]:
    """Date expressions in `text`; offsets are shifted by `offset` (the text's place in the body)."""
    found: list[RawDate] = []
    if not _may_have_date(text):
        return found
    for m in DATE_RE.finditer(text):
        g = m.groupdict()
        s, e = m.start(), m.end()
        raw: RawDate | None = None
        if g["iso"]:
            raw = RawDate(m.group(), s, e, int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"]))
        elif g["mdy"] or g["dmy"]:
            p = "mdy" if g["mdy"] else "dmy"
            wd = g[f"{p}_wd"]
            year = g[f"{p}_y"]
            raw = RawDate(
                m.group(),
                s,
                e,
                int(year) if year else None,
                _month(g[f"{p}_m"]),
                _day(g[f"{p}_d"]),
                WEEKDAYS[folded(wd)] if wd else None,
            )
        elif g["my"]:
            raw = RawDate(m.group(), s, e, int(g["my_y"]), _month(g["my_m"]), None, granularity="month")
        elif g["tod"]:
            raw = RawDate(m.group(), s, e, granularity="time")
        elif g["rel"]:
            raw = RawDate(
                m.group(), s, e, relative=m.group().lower(), granularity=_rel_granularity(m.group())
            )
        elif g["wd"]:
            mod = (g["wd_mod"] or "").lower()
            kind = {"last": "weekday-last", "next": "weekday-next"}.get(mod, "weekday")
            text_start = s if mod in ("last", "next", "this") else m.start("wd_name")
            raw = RawDate(
                text[text_start:e],
                text_start,
                e,
                weekday=WEEKDAYS[folded(g["wd_name"])],
                relative=kind,
                # "Sunday's earthquake": a possessive date names the day of the thing itself
                relation="on" if g["wd_pos"] else _relation(text, s, mod),
            )
        elif g["mon"]:
            mod = re.sub(r"\s+", " ", g["mon_mod"].lower())
            if g["mon_m"].lower() == "may" and mod in ("to", "and", "this", "next", "last"):
                continue  # "to May" is usually the verb
            raw = RawDate(
                text[m.start("mon_m") : e],
                m.start("mon_m"),
                e,
                month=_month(g["mon_m"]),
                granularity="month",
                relative={"last": "month-last", "next": "month-next"}.get(mod, "month"),
                relation=_relation(text, s, mod),
            )
        elif g["yrn"]:
            yrn = int(g["yrn_y"])
            raw = RawDate(g["yrn_y"], m.start("yrn_y"), e, yrn, granularity="year", relation=_event_year(text, s, "on"))
        elif g["yr"]:
            raw = RawDate(
                text[m.start("yr_y") : e],
                m.start("yr_y"),
                e,
                int(g["yr_y"]),
                granularity="year",
                # "since 2019, when a fire injured six": the when-clause happened in that year
                relation="on"
                if SINCE_WHEN.match(text, e)
                else _event_year(text, s, _relation(text, s, g["yr_mod"])),
            )
        if raw is None or _time_zone_aside(text, s):
            continue
        if raw.relation == "on" and raw.relative is None and not SINCE_WHEN.match(text, raw.end):
            raw = replace(raw, relation=_relation(text, raw.start))
        # (RawDate is frozen: without an offset the found one is the answer, no copy needed)
        found.append(replace(raw, start=raw.start + offset, end=raw.end + offset) if offset else raw)
    return found


ZONE_ASIDE = re.compile(r"\b(?:GMT|UTC)\b")


def _time_zone_aside(text: str, at: int) -> bool:
    """Whether the date at `at` stands in brackets that give the time in another zone: "at 6:40
    a.m. local time (2340 GMT on Monday)" is Tuesday where it happened."""
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return False
    closed = text.find(")", at)
    return bool(ZONE_ASIDE.search(text, opened, closed if closed >= 0 else len(text)))


def _rel_granularity(phrase: str) -> str:
    p = phrase.lower()
    if "year" in p or p.split()[-1] in ("fall", "autumn", "spring", "summer", "winter"):
        return "year"
    if "month" in p:
        return "month"
    if "week" in p:
        return "week"
    return "day"


def weekday_on_or_before(ref: date, weekday: int) -> date:
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_after(ref: date, weekday: int) -> date:
    return ref + timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def year_for_weekday(month: int, day: int, weekday: int, near: date) -> int | None:
    """The year nearest `near` (ties: the earlier) in which month/day falls on `weekday`."""
    best: tuple[int, int] | None = None
    for year in range(near.year - 11, near.year + 12):
        candidate = _safe_date(year, month, day)
        if candidate is None or candidate.weekday() != weekday:
            continue
        distance = abs((candidate - near).days)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None


def yearless(
    month: int, day: int, ref: date, future: bool = False, period_start: date | None = None
) -> date | None:
    """Resolve a month/day without year: the latest on or before `ref` (the next one when the
    sentence is about the future), but not before the start of the period the text covers."""
    if future:
        for year in (ref.year, ref.year + 1):
            d = _safe_date(year, month, day)
            if d and d >= ref:
                return d
    for year in (ref.year, ref.year - 1, ref.year - 2, ref.year - 3):
        d = _safe_date(year, month, day)
        if d and d <= ref:
            if period_start and d < period_start:
                return _first_on_or_after(month, day, period_start)
            return d
    return None


COMING_DAYS = 60


def _coming_on_its_weekday(month: int, day: int, weekday: int, ref: date) -> date | None:
    """A day soon after the reporting date that falls on the weekday the text gives ("the
    deadline expires on Tuesday 29 September", reported on Tuesday 22 September): the text
    speaks of the coming one, though no word marks the future."""
    coming = yearless(month, day, ref, future=True)
    if coming is None or coming.weekday() != weekday or (coming - ref).days > COMING_DAYS:
        return None
    return coming


def _first_on_or_after(month: int, day: int, start: date) -> date | None:
    for year in (start.year, start.year + 1):
        d = _safe_date(year, month, day)
        if d and d >= start:
            return d
    return None


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, ref: date) -> date | None:
    import dateparser

    base = datetime(ref.year, ref.month, ref.day, 12, 0)
    parsed = dateparser.parse(
        phrase,
        languages=["en"],
        settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False},
    )
    return parsed.date() if parsed else None


SEASON_MONTH = {"spring": 4, "summer": 7, "fall": 10, "autumn": 10, "winter": 1}


def _resolve_relative(raw: RawDate, ref: date, future: bool) -> date | None:
    kind = raw.relative or ""
    if kind == "weekday" and raw.weekday is not None:
        return weekday_after(ref, raw.weekday) if future else weekday_on_or_before(ref, raw.weekday)
    if kind == "weekday-last" and raw.weekday is not None:
        return weekday_on_or_before(ref - timedelta(days=1), raw.weekday)
    if kind == "weekday-next" and raw.weekday is not None:
        return weekday_after(ref, raw.weekday)
    if kind.startswith("month") and raw.month is not None:
        if kind == "month-next" or (future and raw.month > ref.month):
            year = ref.year if raw.month > ref.month else ref.year + 1
        elif kind == "month-last":
            year = ref.year if raw.month < ref.month else ref.year - 1
        else:
            year = ref.year if raw.month <= ref.month else ref.year - 1
        return date(year, raw.month, 1)
    phrase = kind
    words = phrase.split()
    if words and words[-1] in SEASON_MONTH:
        month = SEASON_MONTH[words[-1]]
        year = ref.year - 1 if words[0] == "last" else ref.year + (1 if words[0] == "next" else 0)
        return date(year, month, 1)
    if phrase in ("today", "tonight") or phrase.startswith("this "):
        if phrase in ("this week", "this month", "this year", "this weekend"):
            return _period_start(phrase, ref)
        return ref
    if phrase in ("yesterday", "last night"):
        return ref - timedelta(days=1)
    if phrase.startswith(("earlier this", "later this")):
        return _period_start("this " + words[-1], ref)
    if phrase.startswith(("last ", "next ")):
        unit = words[-1].rstrip("s")
        step = -1 if words[0] == "last" else 1
        if unit == "week":
            return ref + timedelta(weeks=step) - timedelta(days=ref.weekday())
        if unit == "weekend":
            return weekday_on_or_before(ref, 5) if step < 0 else weekday_after(ref, 5)
        if unit == "month":
            y, m = divmod(ref.year * 12 + ref.month - 1 + step, 12)
            return date(y, m + 1, 1)
        if unit == "year":
            return date(ref.year + step, 1, 1)
    counted = _counted_back(words, ref)
    if counted is not None:
        return counted
    return _dateparser(phrase, ref) if phrase.strip() else None


_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


def _counted_back(words: list[str], ref: date) -> date | None:
    """ "three days ago", "4 weeks before": the date dateparser gives them (calendar months and
    years, the day cut to the month's length), without loading dateparser for the commonest
    phrase it is asked. None for anything else ("a few days ago", "two days earlier"), which
    is left to it."""
    if len(words) != 3 or words[2] not in ("ago", "before"):
        return None
    count = int(words[0]) if words[0].isascii() and words[0].isdigit() else _COUNT_WORDS.get(words[0])
    unit = words[1].removesuffix("s")
    if count is None or unit not in ("day", "week", "month", "year"):
        return None
    try:
        if unit in ("day", "week"):
            return ref - timedelta(days=count * (7 if unit == "week" else 1))
        year, month = divmod(ref.year * 12 + ref.month - 1 - count * (12 if unit == "year" else 1), 12)
        return date(year, month + 1, min(ref.day, calendar.monthrange(year, month + 1)[1]))
    except (ValueError, OverflowError):  # before the year 1: dateparser says what it says
        return None


def _period_start(phrase: str, ref: date) -> date:
    unit = phrase.split()[-1]
    if unit in ("week", "weekend"):
        return ref - timedelta(days=ref.weekday())
    if unit == "month":
        return ref.replace(day=1)
    return ref.replace(month=1, day=1)


def resolve(
    raw: RawDate,
    ref: date | None,
    future: bool = False,
    period_start: date | None = None,
    near: date | None = None,
) -> DateMention:
    """Resolve one expression. `ref` is the reporting date (None when unknown): expressions that
    need it stay unresolved but keep what they state (a weekday, a month). `near` is where to
    look for the year of a weekday-and-date without year when there is no reference date."""
    value: date | None = None
    relative = raw.relative is not None
    weekday = raw.weekday
    if raw.granularity == "year" and raw.year:
        value = date(raw.year, 1, 1)
    elif raw.year and raw.month:
        value = _safe_date(raw.year, raw.month, raw.day or 1)
    elif raw.month and raw.day and not relative:
        if ref is not None:
            # the reporting date decides the year; a weekday that then does not fit is the
            # text's error, for the date detector to report, not a reason to move years
            value = yearless(raw.month, raw.day, ref, future, period_start)
            if raw.weekday is not None and value is not None and value.weekday() != raw.weekday:
                value = _coming_on_its_weekday(raw.month, raw.day, raw.weekday, ref) or value
        elif raw.weekday is not None:
            year = year_for_weekday(raw.month, raw.day, raw.weekday, near or date.today())
            value = _safe_date(year, raw.month, raw.day) if year else None
        relative = True
    elif ref is not None:
        value = _resolve_relative(raw, ref, future)
    if value is not None and raw.weekday is None and raw.granularity == "day" and raw.relative is None:
        weekday = None
    return DateMention(
        text=raw.text,
        start=raw.start,
        end=raw.end,
        value=value,
        weekday=weekday,
        granularity=raw.granularity,
        relation=raw.relation,
        relative=relative,
        month=raw.month,
    )


def weekday_mismatch(mention: DateMention) -> bool:
    """A stated weekday that does not fall on the stated calendar date ("Thursday, March 5, 2025")."""
    return (
        mention.weekday is not None
        and mention.value is not None
        and mention.granularity == "day"
        and mention.value.weekday() != mention.weekday
    )


def is_future(sentence: str) -> bool:
    return FUTURE_CUES.search(sentence) is not None


def is_future_at(text: str, position: int) -> bool:
    """Whether the words leading up to `position` (back to the clause's start) speak of the
    future: "is expected to visit on July 25", not "occurred on Tuesday, just days before ...
    was expected to"."""
    window = text[max(0, position - 80) : position]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind(", "))
    if cut != -1 and not re.search(
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$", window[:cut]
    ):
        window = window[cut + 2 :]
    return FUTURE_CUES.search(window) is not None or PLANNED_FOR.search(window) is not None


@lru_cache(maxsize=1024)
def parse_stamp(text: str) -> date | None:
    """A publication stamp such as "January 01, 2024, 1:35 PM" or "2024-01-01T13:35"."""
    found = [r for r in find_dates(text) if r.year and r.month]
    if found:
        r = found[0]
        return _safe_date(r.year or 1, r.month or 1, r.day or 1)
    import dateparser

    parsed = dateparser.parse(text, languages=["en"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def describe(d: date | None, weekday: int | None = None) -> str:
    """A date for explanations: "2024-07-16 (Tuesday)"."""
    if d is None:
        return WEEKDAY_NAMES[weekday] + " (date unknown)" if weekday is not None else "an unknown date"
    return f"{d.isoformat()} ({WEEKDAY_NAMES[d.weekday()]})"
