"""The data the analysis core passes around. Plain dataclasses: no I/O, no framework."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class BlockKind(StrEnum):
    """What a line (paragraph) of an article body is, as far as cleaning can tell."""

    BODY = "body"
    HEADLINE = "headline"
    HEADING = "heading"
    CAPTION = "caption"
    POST = "post"  # text of an embedded social-media post
    POST_CREDIT = "post_credit"  # "— Name (@handle) July 18, 2024"
    UPDATED = "updated"  # "Updated: January 01, 2024, 1:35 PM"
    BYLINE = "byline"
    DISCLAIMER = "disclaimer"
    BOILERPLATE = "boilerplate"  # "Powered by automated translation", separators, "Read more"
    DATELINE = "dateline"  # "PORT MERIDIAN, La. (GCW) —" before the first sentence


# Blocks whose sentences are claims of a source (the article itself or an embedded post).
CLAIM_BLOCKS = {BlockKind.BODY, BlockKind.POST}


@dataclass
class Block:
    start: int
    end: int
    kind: BlockKind
    source_id: str | None = None  # set for POST blocks: the embedded post's source


@dataclass
class Source:
    """Who speaks in a stretch of text: the article itself, or a post embedded in it."""

    id: str
    article_id: str
    kind: str  # "article" | "post"
    name: str | None = None  # outlet, or the post's author
    handle: str | None = None
    published_at: date | None = None
    start: int | None = None  # the post's span in the body
    end: int | None = None


@dataclass
class Article:
    id: str
    body: str
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published_at: date | None = None
    published_at_source: str = "none"  # "metadata" | "inferred" | "none"
    published_at_basis: str | None = None  # metadata | updated line | dateline | latest date in text
    # filled by cleaning
    blocks: list[Block] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # decoding and cleaning notes for people
    main_event: Any = None  # claims.events.MainEvent
    dateline: str | None = None  # the place of the dateline ("PORT MERIDIAN, La.")
    names: list[str] = field(default_factory=list)  # specific names its claims mention (entity keys)


@dataclass
class Quantity:
    value: float
    unit: str | None  # the counted noun ("drones") or a measurement unit ("km")
    qualifier: str  # exact | at_least | at_most | about | more_than | less_than
    value_max: float | None = None  # upper end of a range ("between 20 and 25")
    text: str = ""  # the verbatim span
    start: int = 0  # offsets into the body
    end: int = 0
    canonical_unit: str | None = None  # noun class ("person", "drone") or pint unit name
    dimension: str | None = None  # "count" | "length" | "mass" | ... | "percent" | "money"
    cumulative: bool = False  # a running total ("since October 17", "so far")
    role: str | None = None  # harm the figure counts: "death" | "injury" | "any"
    detail: str | None = None  # finer qualifier: "nearly", "only", "estimated"
    slot: str | None = None  # the question the figure answers (set by claims.events)
    partial: bool = False  # counts part of a whole ("three neighboring departments", "other", "more")

    @property
    def period_total(self) -> bool:
        """A running total over a period ("176 attacks since October 17"), not tied to one
        event, unlike a death toll, which grows but belongs to its event."""
        return self.cumulative and self.role is None

    def interval(self) -> tuple[float, float]:
        """The values this quantity admits, as a closed interval."""
        from claims.quantities import admitted_interval

        return admitted_interval(self)


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    value: date | None  # resolved calendar date, None when unresolvable
    weekday: int | None = None  # 0 = Monday, as stated in the text
    granularity: str = "day"  # day | month | year
    relation: str = "on"  # on | since | until | before | after
    relative: bool = False  # resolved against a reference date ("on Tuesday")
    month: int | None = None  # the month stated, kept when the year is unknown ("in late January")


@dataclass
class Entity:
    text: str
    key: str  # canonical key shared by aliases
    kind: str  # place | org | person | group | other
    start: int = 0
    end: int = 0


@dataclass
class Claim:
    id: str
    article_id: str
    source_id: str
    sentence: str
    start: int
    end: int
    text: str  # normalised clause text
    clause_start: int = 0
    clause_end: int = 0
    block_start: int = 0  # the paragraph the sentence belongs to
    speaker: str | None = None
    speaker_kind: str | None = None  # quoted | credited | post | None (the outlet's own voice)
    speaker_description: str | None = None  # "coast guard spokeswoman Lt. Ana Tagle"
    hedges: list[str] = field(default_factory=list)
    negated: bool = False
    negation_cues: list[str] = field(default_factory=list)
    negated_terms: list[str] = field(default_factory=list)  # content words inside a negation's scope
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    designators: list[tuple[str, str]] = field(default_factory=list)  # ("gate", "4"), ("engine", "left")
    event_date: date | None = None
    event_weekday: int | None = None
    reported_at: date | None = None  # publication date of its source
    stated_at: date | None = None  # when the speaker said it, if the sentence says ("denied on Tuesday")
    # derived features used by linking and the detectors
    lemmas: list[str] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    stance: str | None = None  # confirm | deny (of the speaker), for attribution
    background: bool = False  # about another, earlier event than the article's main one
    modality: str = "assertion"  # assertion | question | prescriptive | conditional | future
    # set by event resolution (claims.events)
    slots: set[str] = field(default_factory=set)  # the questions the claim answers
    event_kind: str | None = None  # attack | fire | earthquake | ...
    time: Any = None  # claims.events.EventTime of the event the claim is about
    places: list[str] = field(default_factory=list)  # places of that event, when inherited
    derived: bool = False  # decomposed from another claim of the same clause


@dataclass
class Frame:
    """A small predicate-argument reading of a claim, enough to compare outcomes.

    kind: "outcome" (intercepted / hit / missed), "damage" (none .. heavy),
    "harm" (casualties: death / injury / any), "responsibility" (who did it),
    "place" (where it happened), "first" (first event since ...).
    """

    kind: str
    value: str  # e.g. "hit", "intercepted", "none", "minimal", "death"
    polarity: bool = True  # False when negated ("did not hit")
    target: str | None = None  # what was hit / the harmed group / the responsible party
    count: float | None = None  # how many (drones intercepted, people killed)
    count_qualifier: str | None = None
    scope: str = "some"  # some | all  ("both drones were intercepted" is all)
    cue: str = ""


@dataclass
class Cluster:
    id: str
    claim_ids: list[str]
    independent_sources: int = 0
    first_claim_id: str | None = None


@dataclass
class Conflict:
    id: str
    kind: str
    severity: str  # high | medium | low
    temporal: str  # same_time | different_times | unknown
    claim_ids: list[str]
    explanation: str
    detector: str = ""
    score: float = 0.0
    key: str = ""  # deduplication key: one conflict per key (claims.conflicts.conflict_key)
    rank: tuple[int, int, float, str] = (0, 0, 0.0, "")  # which finding of a key to keep


@dataclass
class Reuse:
    copy: str
    source: str
    overlap: float
    direction_known: bool = False
    shared_chars: int = 0


@dataclass
class Analysis:
    articles: list[Article]
    claims: list[Claim]
    clusters: list[Cluster]
    conflicts: list[Conflict]
    reuse: list[Reuse]
    suggested_links: list[tuple[str, str, float]] = field(default_factory=list)
