"""Conflict detection: run every detector on the pairs the linker found comparable, decide
severity and timing once, and keep one finding per question and pair of sources."""

from __future__ import annotations

from dataclasses import replace

from claims.conflicts.attribution import AttributionDetector
from claims.conflicts.base import Detector, Finding, Pair, Side, earlier_event_note, severity_of, temporal_of
from claims.conflicts.date import DateDetector
from claims.conflicts.entity import EntityDetector
from claims.conflicts.negation import NegationDetector
from claims.conflicts.numeric import NumericDetector
from claims.conflicts.outcome import OutcomeDetector
from claims.conflicts.unit import UnitDetector
from claims.entities import COUNTRIES, same_entity, same_named_speaker
from claims.events import places_match, same_month, specific_places, time_relation
from claims.linking import COMPARABLE, PairScore, of_some_length, place_keys
from claims.model import Article, Claim, Conflict, Source
from claims.quantities import disaster_loss

DETECTORS: list[Detector] = [
    DateDetector(),
    OutcomeDetector(),
    NegationDetector(),
    NumericDetector(),
    UnitDetector(),
    AttributionDetector(),
    EntityDetector(),
]
SEVERITY_RANK = {"high": 2, "medium": 1, "low": 0}
CHECKABLE = {"assertion"}
# detectors that judge a pair by its wording and speakers, so also run on pairs whose topic
# score is low (a denial is worded unlike what it denies)
WORDING_DETECTORS = {"negation", "attribution"}

__all__ = ["DETECTORS", "Detector", "Finding", "Pair", "compare_pair", "find_conflicts"]


def compare_pair(
    pair: Pair, close: bool = True, kinds: set[str] | None = None
) -> list[tuple[Finding, str, str]]:
    """Every detector's finding on one pair, with its (severity, temporal). A pair that is not
    close in topic (`close=False`) only goes to the negation detector, which checks wording.
    The two sides are put in a fixed order first, so the answer does not depend on which claim
    the store or the batch happened to list first."""
    if _side_key(pair.b) < _side_key(pair.a):
        pair = Pair(pair.b, pair.a, pair.time, pair.topic, pair.lexical, pair.entity, pair.slots)
    out = []
    for detector in DETECTORS:
        modalities = getattr(detector, "modalities", CHECKABLE)
        if pair.a.claim.modality not in modalities or pair.b.claim.modality not in modalities:
            continue
        if (not close and detector.kind not in WORDING_DETECTORS) or (
            kinds is not None and detector.kind not in kinds
        ):
            continue
        finding = detector.detect(pair)
        if finding:
            temporal = temporal_of(pair, finding)
            if temporal == "different_times" and (note := earlier_event_note(pair)):
                finding = replace(finding, explanation=finding.explanation + note)
            out.append((finding, severity_of(pair, finding, temporal), temporal))
    return out


def _side_key(side: Side) -> tuple[str, str, int]:
    return (side.claim.sentence, side.claim.text, side.claim.clause_start)


def find_conflicts(
    claims: dict[str, Claim], pairs: list[PairScore], articles: dict[str, Article], sources: dict[str, Source]
) -> list[Conflict]:
    """Conflicts among the given pairs, one per deduplication key (see `conflict_key`), most
    urgent first."""
    return deduplicate(detect_all(claims, pairs, articles, sources))


def detect_all(
    claims: dict[str, Claim], pairs: list[PairScore], articles: dict[str, Article], sources: dict[str, Source]
) -> list[Conflict]:
    """Every finding on every comparable pair, before deduplication; each conflict carries its
    deduplication key and rank."""
    found: list[Conflict] = []
    told_together = same_story(claims, pairs)
    named: dict[tuple[str, str], bool] = {}  # shares_names of an article pair, asked for many claim pairs
    for p in pairs:
        a, b = claims[p.a], claims[p.b]
        if p.topic < COMPARABLE and not p.negation_candidate:
            continue
        if a.source_id == b.source_id:
            continue
        x, y = articles[a.article_id], articles[b.article_id]
        together = _dated_together(a, b)
        apart = not _running_totals(a, b) and not together
        if p.time == "unknown" and (
            not _same_event_evidence(a, b, p) or (_different_stories(x, y) and apart)
        ):
            continue
        if _unrelated_stories(x, y) and apart:
            continue  # another event at another place: nothing one report can tell about the other
        if (
            p.entity < 1.0
            and not _worded_alike(a, b, p)
            and not same_named_speaker(a, b)
            and frozenset((x.id, y.id)) not in told_together
            and not (_shares_names_once(named, x, y) and (together or not _different_stories(x, y)))
        ):
            continue  # no shared name, place, story anchor or speaker (a country is not enough): likely two stories
        pair = Pair(
            Side(a, articles[a.article_id], sources[a.source_id]),
            Side(b, articles[b.article_id], sources[b.source_id]),
            p.time,
            p.topic,
            p.lexical,
            p.entity,
            p.shared,
        )
        kinds = _questions(a, b, p, x, y)
        for finding, severity, temporal in compare_pair(pair, close=p.topic >= COMPARABLE, kinds=kinds):
            conflict = Conflict(
                id="",
                kind=finding.kind,
                severity=severity,
                temporal=temporal,
                claim_ids=[a.id, b.id],
                explanation=finding.explanation,
                detector=type(finding).__name__,
                score=round(p.topic, 3),
            )
            conflict.key = conflict_key(conflict, a, b, finding.signature)
            conflict.rank = (
                SEVERITY_RANK[severity],
                int(not a.derived) + int(not b.derived),
                round(finding.strength + p.topic, 4),
                "\x00".join(sorted((a.sentence + a.text, b.sentence + b.text))),
            )
            found.append(conflict)
    return found


def _shares_names_once(seen: dict[tuple[str, str], bool], x: Article, y: Article) -> bool:
    """`shares_names`, worked out once per pair of articles (their claims ask it many times)."""
    if (x.id, y.id) not in seen:
        seen[(x.id, y.id)] = shares_names(x, y)
    return seen[(x.id, y.id)]


TIME_BOUND = ("occ:", "out", "harm", "dmg", "first", "resp")


def same_story(claims: dict[str, Claim], pairs: list[PairScore]) -> set[frozenset[str]]:
    """Pairs of articles that report one event: a confirmed link between their occurrences
    (the same kind of event at compatible times and places). Their claims may be compared
    without a name in common ("the coach fell about 40 feet" / "plunged about 40 metres")."""
    return {
        frozenset((claims[p.a].article_id, claims[p.b].article_id))
        for p in pairs
        if p.confirmed and p.time in ("same", "near") and any(s.startswith("occ:") for s in p.shared)
    }


SHARED_NAMES = 3  # specific names two reports of one event share; reports of two events rarely share one


def shares_names(x: Article, y: Article) -> bool:
    """Two articles that name the same people, places and organisations tell one story (a
    home-town paper's angle on a crash abroad and the wire's report), if their claims are
    about events not days apart."""
    exact = set(x.names) & set(y.names)
    if len(exact) >= SHARED_NAMES:
        return True
    # names given more or less fully ("Pennine Star Travel" / "Pennine Star Travel of Aldersby"),
    # each name matched once
    left = [n for n in y.names if n not in exact]
    shared = len(exact)
    for name in x.names:
        if name in exact:
            continue
        match = next((n for n in left if same_entity(name, n)), None)
        if match is not None:
            left.remove(match)
            shared += 1
            if shared >= SHARED_NAMES:
                return True
    return False


def _worded_alike(a: Claim, b: Claim, p: PairScore) -> bool:
    """Two statements worded alike at some length ("There have been no deaths" and "Two people
    were killed" share their one content word, which tells nothing of their story)."""
    return p.lexical >= 0.8 and of_some_length(a, b)


def _same_event_evidence(a: Claim, b: Claim, p: PairScore) -> bool:
    """Claims about events whose times cannot be compared must show they are about the same
    event some other way: the same specific place, or close wording. Figures and statements
    that are not tied to one event need no such evidence."""
    bound = [s for s in p.shared if s.startswith(TIME_BOUND)] or [
        s
        for s in p.shared
        if s.startswith("qty:")
        and not any(q.period_total for q in a.quantities + b.quantities)
        and (a.frames or b.frames)
        and any(q.slot == s and q.dimension in (None, "count") for q in a.quantities + b.quantities)
    ]  # (a measure, "a depth of 10 km", is a property of the story, not a count of what happened)
    if not bound:
        return True
    return places_match(place_keys(a), place_keys(b)) is True or p.topic >= 0.65


def _different_stories(x: Article, y: Article) -> bool:
    """Two articles whose main events are dated days apart report different events: their
    claims that no time of their own ties to an event (a town's population, how long recovery
    may take) are about different stories, whatever names the two share."""
    if x.id == y.id or x.main_event is None or y.main_event is None:
        return False
    return time_relation(x.main_event.time, y.main_event.time) == "different"


ALL_KINDS = {d.kind for d in DETECTORS}


def _questions(a: Claim, b: Claim, p: PairScore, x: Article, y: Article) -> set[str] | None:
    """Which detectors may compare the pair. Claims that put what they say at different places
    ("the nearest hospital is in Halridge" / "... in Dunport") are about different things,
    unless one act is placed apart (the entity detector's question, which needs the same time).
    A figure of a place other than the story of the other claim ("Vorola had 166,000 residents"
    against a report on Lake Tamford) is another figure."""
    if p.time == "same":
        return None
    if places_match(specific_places(a), specific_places(b)) is False and not (
        (_names_places_of(y, a) and _names_places_of(x, b, every=False))
        or (_names_places_of(x, b) and _names_places_of(y, a, every=False))
    ):
        return {"entity"}
    if places_match(place_keys(a), place_keys(b)) is False and not (
        _share_main_place(a, b) or _names_the_others_story(a, b, y) or _names_the_others_story(b, a, x)
    ):
        return ALL_KINDS - {"numeric", "unit"}
    return None


def _names_places_of(article: Article, claim: Claim, every: bool = True) -> bool:
    """The article names every place the claim puts its event at (or one of them, `every` False):
    where two claims place one event differently but each report names the other's place too,
    the places are likely one inside the other (the plant and its town), not two events apart.
    One of the places is enough on one side, as a report may give a road or a place a name of its
    own ("the Baguio-Bontoc Road in Paoay" against a report on the Halsema Highway at Paoay)."""
    body = article.body.lower()
    places = set(specific_places(claim))
    named = [e.text.lower() in body for e in claim.entities if e.key in places]
    return all(named) if every else any(named)


def _names_the_others_story(a: Claim, b: Claim, b_article: Article) -> bool:
    """The claim itself names something the other claim's story is about ("The study enrolled
    46 patients with FSHD" against a report whose story is the FSHD trial; "the coach fell
    about 40 feet ... on the Passo del Cornale" against a report that names the pass): the same
    story told from another place (a local paper's angle), not a figure of another place."""
    own = {e.key for e in a.entities if e.key not in COUNTRIES and len(e.key) > 2}
    theirs = {e.key for e in b.entities}
    if not specific_places(b):
        # a claim that names no place is about its article's story, all of it (but a digest's
        # item that names its own place is about that place, not the digest's other stories)
        theirs |= set(b.places) | set(b_article.names)
    return any(same_entity(x, y) for x in own for y in theirs)


def _share_main_place(a: Claim, b: Claim) -> bool:
    """The two claims' stories have the same first anchor (title, dateline or lead place): one
    story, where a claim may name a part of the place ("the mine's Bzie section")."""
    return bool(a.places and b.places) and same_entity(a.places[0], b.places[0])


def _unrelated_stories(x: Article, y: Article) -> bool:
    """Different stories (main events days apart) whose first anchors (where each story is:
    title, dateline or lead place) differ too."""
    if not _different_stories(x, y):
        return False
    assert x.main_event is not None and y.main_event is not None
    px, py = x.main_event.places, y.main_event.places
    return bool(px and py) and not same_entity(px[0], py[0])


def _dated_together(a: Claim, b: Claim) -> bool:
    """One claim dates what it tells itself, in the month the other claim's event took place
    ("A jury convicted him on all 14 counts in August", in a report on the November
    sentencing, against the report of the August 21 verdict): the two articles' main events
    are apart, but these two claims are about one."""
    if a.time is None or b.time is None or "own" not in (a.time.source, b.time.source):
        return False
    return same_month(a.time, b.time)


def _running_totals(a: Claim, b: Claim) -> bool:
    """Both claims give a running total ("106 attacks since October 17"): a figure of a long
    situation, which reports of different events may both update. What one disaster has taken
    so far (acres burned, homes destroyed) is that disaster's own figure."""

    def situation(c: Claim) -> bool:
        return any(q.cumulative and not disaster_loss(q) for q in c.quantities)

    return situation(a) and situation(b)


def conflict_key(conflict: Conflict, a: Claim, b: Claim, signature: str = "") -> str:
    """What makes two findings the same conflict: the same kind between the same two sources on
    the same question (several sentences of one article repeating a figure make one conflict).
    Context (low) findings are kept per pair of sentences. The key is stable across
    re-analysis, so a reviewer's decision stays attached to it."""
    if conflict.severity == "low":
        sides = sorted((f"{a.article_id}@{a.start}", f"{b.article_id}@{b.start}"))
        return "|".join((conflict.kind, "low", *sides))
    sources = sorted((a.source_id, b.source_id))
    # (what an act's complement answers is told by the complement's findings in their signature;
    # other findings on a pair that shares one ask the question they would ask without it)
    question = sorted(s for s in a.slots & b.slots if not s.startswith("pc:"))[:1] or [conflict.kind]
    return "|".join((conflict.kind, *sources, question[0], conflict.temporal, signature))


def deduplicate(found: list[Conflict]) -> list[Conflict]:
    """The best-ranked conflict of each key, most urgent first."""
    best: dict[str, Conflict] = {}
    for conflict in found:
        if conflict.key not in best or conflict.rank > best[conflict.key].rank:
            best[conflict.key] = conflict
    return sorted(best.values(), key=lambda c: (-c.rank[0], -c.rank[2], c.key))
