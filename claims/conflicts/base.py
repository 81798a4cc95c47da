"""The interface every conflict detector shares, and how severity and timing are decided.

A detector looks at one pair of claims that answer the same question (see `claims.linking`)
and returns a `Finding` or None. Severity is decided here, once, for all detectors:
  high    a direct, unhedged contradiction about the same event at the same time;
  medium  one side hedged, second-hand (quoted or credited), from an embedded post, or the
          timing unknown;
  low     the two sides concern different times or events: context, not contradiction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from claims.dates import describe
from claims.events import told_time
from claims.model import Article, Claim, Source


@lru_cache(maxsize=512)
def _designators_of(body: str) -> list[tuple[str, str]]:
    from claims.entities import find_designators

    return find_designators(body)


PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "them", "him", "her", "us"}


@dataclass
class Side:
    """What an explanation needs to know about one side of a pair."""

    claim: Claim
    article: Article
    source: Source

    @property
    def article_designators(self) -> list[tuple[str, str]]:
        """Every designator the source names ("Gate 4", "the left engine"): the whole article, or
        for an embedded post only the post (a source of its own)."""
        if self.source.kind == "post" and self.source.start is not None and self.source.end is not None:
            return _designators_of(self.article.body[self.source.start : self.source.end])
        return _designators_of(self.article.body)

    @property
    def article_name(self) -> str:
        """The report itself, with its date: "North Wire (2025-04-01)", or the embedded post."""
        outlet = self.article.outlet or self.article.title or self.article.path or self.article.id
        if self.source.kind == "post":
            by = f"{self.source.name} ({self.source.handle})" if self.source.handle else self.source.name
            when = f" of {self.source.published_at.isoformat()}" if self.source.published_at else ""
            return f"a post by {by}{when} embedded in {outlet}"
        when = self.article.published_at.isoformat() if self.article.published_at else "undated"
        return f"{outlet} ({when})"

    @property
    def who(self) -> str:
        """The report, and whom it quotes or cites for the claim."""
        base = self.article_name
        if (
            self.claim.speaker
            and self.claim.speaker_kind in ("quoted", "credited")
            and self.claim.speaker.lower() not in PRONOUNS  # ("citing they" names no one)
        ):
            verb = "quoting" if self.claim.speaker_kind == "quoted" else "citing"
            return f"{base}, {verb} {self.claim.speaker}"
        return base

    @property
    def subject(self) -> str:
        """`who` as the subject of a verb: "North Wire (2025-04-01), citing the police, reports"."""
        who = self.who
        return who + "," if who != self.article_name else who

    @property
    def quote(self) -> str:
        text = self.claim.text if len(self.claim.text) <= 160 else self.claim.text[:157] + "..."
        return f'"{text}"'

    @property
    def reported(self) -> date | None:
        return self.claim.reported_at


@dataclass
class Pair:
    a: Side
    b: Side
    time: str  # same | near | different | unknown (claims.events.time_relation)
    topic: float
    lexical: float
    entity: float
    slots: set[str]


@dataclass
class Finding:
    kind: str
    explanation: str
    temporal: str | None = None  # overrides the pair's timing (running totals, statements)
    low: bool = False  # informational whatever the timing (a total that grew)
    strength: float = 1.0  # how clear-cut, for ordering duplicates
    signature: str = ""  # what disagrees ("237|187"): repeats of one disagreement fold into one conflict
    urgent: bool = False  # needs a reviewer even across dates (a running total that shrank)


class Detector(Protocol):
    kind: str

    def detect(self, pair: Pair) -> Finding | None: ...


def temporal_of(pair: Pair, finding: Finding) -> str:
    """The pair's timing. Events dated a day or three apart are one event misdated only where
    that is the question (the date detector says so itself); for counts, outcomes and harm they
    are different days, and so different times."""
    if _of_another_event(pair.a.claim) != _of_another_event(pair.b.claim):
        # one side tells of an earlier event, as background to its story: whatever the detector
        # made of the two reports' days ("In 2017, a collision spilled about 3,000 litres", in a
        # report of the same day as the other's figure), the figures are of two events
        return "different_times"
    if finding.temporal:
        return finding.temporal
    if pair.time == "near" and _misdated_story(pair):
        return "unknown"
    return {"same": "same_time", "near": "different_times", "different": "different_times"}.get(
        pair.time, "unknown"
    )


def earlier_event_note(pair: Pair) -> str:
    """What a reviewer must know of a pair one side of which tells of an earlier event: which
    side, and the two times."""
    a_past = _set_in_the_past(pair.a.claim)
    if a_past == _set_in_the_past(pair.b.claim):
        return ""
    past, now = (pair.a, pair.b) if a_past else (pair.b, pair.a)
    then = told_time(past.claim).text  # type: ignore[union-attr]  # (set in the past: it has one)
    t = now.claim.time
    current = t.date if t is not None and t.date else now.reported
    return (
        f" {past.subject} tells of an earlier event ({then}), as background; {now.who} of this story"
        f" ({when(current)}): different events, not one contradicted."
    )


def _set_in_the_past(claim: Claim) -> bool:
    """A background claim that opens on its own earlier time ("In 2018, an ice storm left about
    150,000 customers without power")."""
    return claim.background and told_time(claim) is not None


def _of_another_event(claim: Claim) -> bool:
    """A background claim that opens on its own earlier time, or that its article ties to another
    event it told of before ("These attacks ceased in late January. A strike on a base killed
    three soldiers."; "... slid off a taxiway at Strathkeld. No one was hurt in that incident.")."""
    t = claim.time
    # (a background claim with no time of another event, "owned by Kallvik since 2017", is a
    # standing fact of the story's, not another event)
    told = t is not None and t.source == "background" and (t.date or t.month or t.weekday is not None)
    return _set_in_the_past(claim) or (claim.background and bool(told))


def _misdated_story(pair: Pair) -> bool:
    """Each claim is dated by its report's date for the story (inherited, or the lede that
    gives it), and the two reports, out the same day (or one undated), put the story on days a
    day or so apart. That is one story misdated by one of them (the date detector asks which),
    not two days' figures."""
    a, b = pair.a, pair.b
    if a.reported and b.reported and a.reported != b.reported:
        return False
    if not any(s.claim.time is not None and s.claim.time.source == "inherited" for s in (a, b)):
        return False  # both state their own days ("312 on Monday", "328 on Tuesday alone")
    return all(_story_dated(s) for s in (a, b))


def _story_dated(side: Side) -> bool:
    t, main = side.claim.time, side.article.main_event
    if t is None or t.date is None:
        return False
    # (or the claim is the lede that gave its report the story's day; a claim that dates itself
    # otherwise says when its own figure holds)
    return t.source == "inherited" or (main is not None and main.time.date == t.date)


def severity_of(pair: Pair, finding: Finding, temporal: str) -> str:
    if finding.low or (temporal == "different_times" and not finding.urgent):
        return "low"
    sides = (pair.a, pair.b)
    hedged = any(s.claim.hedges for s in sides)
    second_hand = any(s.claim.speaker_kind in ("quoted", "credited") for s in sides)
    post = any(s.source.kind == "post" for s in sides)
    if hedged or second_hand or post or temporal == "unknown":
        return "medium"
    return "high"


def when(d: date | None) -> str:
    return describe(d) if d else "an unknown date"
