"""Date conflicts: one event placed on different days ("Tuesday, July 16" vs "Wednesday's drone
attack"), and a weekday that does not fall on its calendar date ("Sunday, June 14" in a year
when June 14 is a Saturday)."""

from __future__ import annotations

import re
from typing import ClassVar

from claims.conflicts.base import Finding, Pair, Side
from claims.conflicts.built_year import built_apart
from claims.conflicts.complement import day_apart
from claims.conflicts.hours import hours_apart
from claims.dates import WEEKDAY_NAMES, describe
from claims.events import EVENT_CLASS, EventTime
from claims.linking import daily_tallies
from claims.model import Quantity
from claims.text import lemma
from claims.units import converted_interval


def _stated(t: EventTime) -> str:
    if t.date is not None:
        return describe(t.date)
    if t.weekday is not None:
        return f"a {WEEKDAY_NAMES[t.weekday]} (no calendar date given)"
    return "an unknown date"


def _occurrences(side: Side) -> bool:
    return any(s.startswith("occ:") for s in side.claim.slots)


def _mismatch(t: EventTime) -> bool:
    return t.date is not None and t.weekday is not None and t.date.weekday() != t.weekday


DAY_SECONDS = 86_400


MULTI_DAY = re.compile(
    r"\b(?:(?:48|72|96)-hour|(?:two|three|four|five|six|seven|ten|\d+)-(?:day|week|month)|days-long|week-long|"
    r"weeklong|multi-day)\s+(?:strike|walkout|stoppage|festival|event|protest|siege|operation|shutdown|conference|"
    r"summit|tournament|blockade|outage|search)\b",
    re.I,
)
BEGAN = re.compile(r"\b(?:began|begun|started|kicked off|got under ?way)\b", re.I)


def _spans_days(pair: Pair) -> bool:
    """An event said to last days ("the 48-hour strike", "a three-day festival") is on each of
    them: Monday's strike and Tuesday's strike may be one. But it began on one day only: "began on
    Sunday" and "began on Monday" cannot both be right."""
    if all(BEGAN.search(side.claim.text) for side in (pair.a, pair.b)):
        return False
    if any(MULTI_DAY.search(side.article.body) for side in (pair.a, pair.b)):
        return True  # the report says elsewhere that the event lasts days ("the 48-hour strike")
    for side in (pair.a, pair.b):
        for q in side.claim.quantities:
            # only a duration modifying a noun ("48-hour strike"), not one of the sentence's spans
            span = converted_interval(q) if q.dimension == "time" and "-" in q.text else None
            if span is not None and span[0] >= 1.5 * DAY_SECONDS and _of_the_event(side, q):
                return True
    return False


def _of_the_event(side: Side, q: Quantity) -> bool:
    """The duration is the event's own ("a 48-hour strike"), not another thing's ("the attack
    ... marks a turning point in the four-year conflict")."""
    kind = side.claim.event_kind
    if not kind:
        return True
    after = side.claim.sentence[q.end - side.claim.start :].split()[:3]
    # the word's event class, as the claim's kind was worked out ("a four-day blaze": a fire)
    return any(EVENT_CLASS.get(lemma(w.strip(".,;:").lower())) == kind for w in after)


class DateDetector:
    kind = "date"
    modalities: ClassVar[set[str]] = {
        "assertion",
        "future",
    }  # a meeting "will" be held on Tuesday can be misdated too

    def detect(self, pair: Pair) -> Finding | None:
        return self._occurrence(pair) or hours_apart(pair) or day_apart(pair) or built_apart(pair)

    def _occurrence(self, pair: Pair) -> Finding | None:
        occurrence = any(s.startswith("occ:") for s in pair.slots)
        # what befell a thing ("the drone hit the base on Tuesday, July 17") is dated like an
        # occurrence, but two outcomes a day apart may be two events: only a weekday that does
        # not fall on the date both give is a question then
        if not occurrence and not any(s.startswith("out:") for s in pair.slots):
            return self._misdated_against(pair)
        if (pair.a.claim.modality == "future") != (pair.b.claim.modality == "future"):
            return None  # "expected to begin Wednesday" and "Thursday's count" may be two steps
        ta, tb = pair.a.claim.time, pair.b.claim.time
        if not isinstance(ta, EventTime) or not isinstance(tb, EventTime):
            return None
        if ta.source != "own" or tb.source != "own":
            return None  # only dates the two texts state themselves
        kind = pair.a.claim.event_kind or "event"
        for x, y, tx, ty in ((pair.a, pair.b, ta, tb), (pair.b, pair.a, tb, ta)):
            if _mismatch(tx) and ty.date == tx.date:
                return self._wrong_weekday(x, tx, y, ty, kind)
        if found := self._misdated_against(pair):
            return found
        if not occurrence or pair.time != "near" or _spans_days(pair) or daily_tallies(pair.a.claim, pair.b.claim, pair.slots):
            return None
        return Finding(
            self.kind,
            f"{pair.a.subject} places the {kind} on {_stated(ta)} ({pair.a.quote}); "
            f"{pair.b.subject} places it on {_stated(tb)} ({pair.b.quote}). One event cannot have "
            "happened on both days.",
            temporal="same_time",
            strength=1.0,
        )

    def _misdated_against(self, pair: Pair) -> Finding | None:
        """One report of the story's occurrences names a weekday and a date it does not fall on
        ("Sunday, May 18" in a year when May 18 is a Monday), the other a date that is that
        weekday ("Sunday, 17 May"): the weekday says which date is wrong, whatever each report
        calls the event."""
        ta, tb = pair.a.claim.time, pair.b.claim.time
        if not isinstance(ta, EventTime) or not isinstance(tb, EventTime) or ta.source != "own" or tb.source != "own":
            return None
        if not (_occurrences(pair.a) and _occurrences(pair.b)) or pair.time not in ("same", "near"):
            return None
        for x, y, tx, ty in ((pair.a, pair.b, ta, tb), (pair.b, pair.a, tb, ta)):
            if _mismatch(tx) and not _mismatch(ty) and ty.date is not None and ty.date.weekday() == tx.weekday:
                return self._wrong_weekday(x, tx, y, ty, "event", f", which was a {WEEKDAY_NAMES[ty.date.weekday()]}")
        return None

    def _wrong_weekday(self, x: Side, tx: EventTime, y: Side, ty: EventTime, kind: str, after: str = "") -> Finding:
        """`x` names a weekday its date does not fall on; `y` gives the date `ty`."""
        assert tx.date is not None and tx.weekday is not None
        return Finding(
            self.kind,
            f'{x.subject} dates the {kind} "{WEEKDAY_NAMES[tx.weekday]}" {tx.date.isoformat()} ({x.quote}), '
            f"but {tx.date.isoformat()} was a {WEEKDAY_NAMES[tx.date.weekday()]}; {y.subject} gives {_stated(ty)} "
            f"({y.quote}){after}.",
            temporal="same_time",
            strength=0.9,
        )
