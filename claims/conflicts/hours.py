"""One event put at two times of the same day ("opened fire at 3:15 p.m." / "the shooting began
at about 5 p.m."), that no rounding or "about" reconciles (see claims.clock)."""

from __future__ import annotations

import re

from claims.clock import clock_span, zone
from claims.conflicts.base import Finding, Pair
from claims.model import Claim


def _times(claim: Claim) -> list[tuple[tuple[int, int], str, str]]:
    """The clock times the claim gives its event: (span of minutes, as written, time zone)."""
    found = []
    for m in claim.dates:
        if m.granularity != "time" or m.relation != "on":
            continue
        start, end = m.start - claim.start, m.end - claim.start
        span = clock_span(claim.sentence, start, end)
        if span is not None and _onset(claim, start):
            found.append((span, m.text, zone(claim.sentence, end)))
    return found


# what tells of an event's onset or its happening ("broke out at 2 a.m.", "the gunman opened fire
# at 3:15 p.m.", "the blast occurred at about 4 a.m."), not of a later moment of it ("smoke was
# visible at 9 a.m.", "still burning at 9 a.m.")
ONSET = re.compile(
    r"\b(?:broke\s+out|began|begun|started|erupted|occurred|happened|took\s+place|struck|hit|opened\s+fire|exploded|"
    r"collapsed|crashed|derailed|capsized|sank|ignited|went\s+off|was\s+reported|were\s+reported)\b",
    re.I,
)
ANOTHER = re.compile(r"\b(?:a\s+second|another|an\s+earlier|a\s+later|a\s+separate|a\s+new|nearby|neighbouring)\b", re.I)
# the time right after its onset verb, in one phrase ("broke out at 5 a.m. and is now under
# control"; not "broke out, and was still burning at 9 a.m.")
NEAR = 40


def _onset(claim: Claim, start: int) -> bool:
    """The time at sentence offset `start` dates the onset its clause tells of."""
    if ANOTHER.search(claim.text):
        return False
    before = claim.sentence[max(0, start - NEAR) : start]
    return any(not re.search(r"[,;]|\band\b", before[m.end() :]) for m in ONSET.finditer(before))


def hours_apart(pair: Pair) -> Finding | None:
    kind = pair.a.claim.event_kind
    # one occurrence, or what one named event did ("the earthquake struck at 2:15 a.m.")
    struck = any(s.startswith("out:") for s in pair.slots) and kind is not None and kind == pair.b.claim.event_kind
    if not (any(s.startswith("occ:") for s in pair.slots) or struck) or pair.time not in ("same", "unknown"):
        return None
    ta, tb = _times(pair.a.claim), _times(pair.b.claim)
    if len(ta) != 1 or len(tb) != 1:
        return None  # ("from 2 p.m. to 6 p.m.": a period, not the time it happened)
    (sa, wa, za), (sb, wb, zb) = ta[0], tb[0]
    if za != zb or not (sa[1] < sb[0] or sb[1] < sa[0]):
        return None
    kind = pair.a.claim.event_kind or "event"
    return Finding(
        "date",
        f"{pair.a.subject} puts the {kind} at {wa} ({pair.a.quote}); {pair.b.subject} puts it at {wb} "
        f"({pair.b.quote}). One event cannot have happened at both times of the day.",
        temporal="same_time",
        strength=0.9,
    )
