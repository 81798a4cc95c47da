"""Clock times of day as spans of minutes, for telling whether two reports put one event at the
same time: "3:15 p.m." is 15:15 give or take a few minutes (reports round), "about 5 p.m."
16:30 to 17:30, "shortly after 6 a.m." 6:00 to 7:00.

Only times with a.m./p.m. (or noon) are read: "at 5 o'clock" could be either half of the day, and
midnight sits on both sides of a date."""

from __future__ import annotations

import re

CLOCK = re.compile(r"^(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*(?P<half>a\.?\s?m\.?|p\.?\s?m\.?)$", re.I)
NOON = re.compile(r"^(?:noon|midday)$", re.I)
ROUNDING = 10  # minutes either side of a time stated exactly
ABOUT = 30  # either side of "about 5 p.m."
SHORTLY = 60  # "shortly after 6 a.m.": within the hour after
QUALIFIER = re.compile(
    r"(?:(?P<about>about|around|approximately|roughly|some\s?time\s+around|circa)|"
    r"(?P<after>(?:shortly|just|soon|not\s+long)\s+after)|(?P<before>(?:shortly|just)\s+before))\s+(?:at\s+)?$",
    re.I,
)
ZONE = re.compile(r"\s*\(?\s*(?:local\s+time|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|[ECMP]T)\b", re.I)


def minutes(text: str) -> int | None:
    """Minutes after midnight of a clock time as written ("3:15 p.m." -> 915), or None."""
    text = text.strip()
    if NOON.match(text):
        return 12 * 60
    m = CLOCK.match(text)
    if m is None:
        return None
    hour, minute = int(m["h"]), int(m["m"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    afternoon = m["half"].lower().startswith("p")
    return (hour % 12 + (12 if afternoon else 0)) * 60 + minute


def clock_span(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of minutes a time of day written at sentence[start:end] admits, with the words
    right before it ("about", "shortly after"); None when it is no clock time."""
    at = minutes(sentence[start:end])
    if at is None or (start > 0 and sentence[start - 1] in ".:"):
        return None  # (a time read in part: "2.10am" cut to "10am")
    q = QUALIFIER.search(sentence, 0, start)
    if q is None:
        return at - ROUNDING, at + ROUNDING
    if q["about"]:
        return at - ABOUT, at + ABOUT
    if q["after"]:
        return at, at + SHORTLY
    return at - SHORTLY, at


def zone(sentence: str, end: int) -> str:
    """The time zone written right after a time ("14:00 GMT", "2 p.m. local time"), lower case."""
    m = ZONE.match(sentence, end)
    return m.group().strip(" (").lower() if m else ""
