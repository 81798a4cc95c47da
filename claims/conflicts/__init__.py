"""Conflict detection: run every detector on the pairs the linker found comparable, decide
severity and timing once, and keep one finding per question and pair of sources."""

from __future__ import annotations

from claims.conflicts.attribution import AttributionDetector
from claims.conflicts.base import Detector, Finding, Pair, Side, severity_of, temporal_of
from claims.conflicts.date import DateDetector
from claims.conflicts.entity import EntityDetector
from claims.conflicts.negation import NegationDetector
from claims.conflicts.numeric import NumericDetector
from claims.conflicts.outcome import OutcomeDetector
from claims.conflicts.unit import UnitDetector
from claims.events import places_match
from claims.linking import COMPARABLE, PairScore, place_keys
from claims.model import Article, Claim, Conflict, Source

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

__all__ = ["DETECTORS", "Detector", "Finding", "Pair", "compare_pair", "find_conflicts"]


def compare_pair(pair: Pair) -> list[tuple[Finding, str, str]]:
    """Every detector's finding on one pair, with its (severity, temporal)."""
    out = []
    for detector in DETECTORS:
        finding = detector.detect(pair)
        if finding:
            temporal = temporal_of(pair, finding)
            out.append((finding, severity_of(pair, finding, temporal), temporal))
    return out


def find_conflicts(
    claims: list[Claim], pairs: list[PairScore], articles: dict[str, Article], sources: dict[str, Source]
) -> list[Conflict]:
    found: list[tuple[Conflict, tuple[int, int, float, int]]] = []
    for p in pairs:
        a, b = claims[p.a], claims[p.b]
        if p.topic < COMPARABLE or a.modality not in CHECKABLE or b.modality not in CHECKABLE:
            continue
        if a.article_id == b.article_id and a.source_id == b.source_id:
            continue
        if p.time == "unknown" and not _same_event_evidence(a, b, p):
            continue
        pair = Pair(
            Side(a, articles[a.article_id], sources[a.source_id]),
            Side(b, articles[b.article_id], sources[b.source_id]),
            p.time,
            p.topic,
            p.lexical,
            p.entity,
            p.shared,
        )
        for finding, severity, temporal in compare_pair(pair):
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
            rank = (
                SEVERITY_RANK[severity],
                int(not a.derived) + int(not b.derived),
                finding.strength + p.topic,
                -p.a - p.b,
            )
            found.append((conflict, rank))
    return _deduplicate(found, claims)


TIME_BOUND = ("occ:", "out:", "harm", "dmg", "first", "resp")


def _same_event_evidence(a: Claim, b: Claim, p: PairScore) -> bool:
    """Claims about events whose times cannot be compared must show they are about the same
    event some other way: the same specific place, or close wording. Figures and statements
    that are not tied to one event need no such evidence."""
    bound = [s for s in p.shared if s.startswith(TIME_BOUND)] or [
        s
        for s in p.shared
        if s.startswith("qty:")
        and not any(q.cumulative for q in a.quantities + b.quantities)
        and (a.frames or b.frames)
    ]
    if not bound:
        return True
    return places_match(place_keys(a), place_keys(b)) is True or p.topic >= 0.65


def _deduplicate(
    found: list[tuple[Conflict, tuple[int, int, float, int]]], claims: list[Claim]
) -> list[Conflict]:
    """One conflict of a kind between two sources on one question: the clearest one. Several
    sentences of one article repeating the same figure do not make several conflicts."""
    by_id = {c.id: c for c in claims}
    best: dict[tuple[str, ...], tuple[Conflict, tuple[int, int, float, int]]] = {}
    for conflict, rank in found:
        a, b = (by_id[i] for i in conflict.claim_ids)
        if conflict.severity == "low":  # context: one per pair of sentences, nothing folded away
            key = (conflict.kind, *sorted((str(a.start) + a.article_id, str(b.start) + b.article_id)))
        else:
            sources = tuple(sorted((a.source_id, b.source_id)))
            question = sorted(a.slots & b.slots)[:1] or [conflict.kind]
            key = (conflict.kind, *sources, question[0], conflict.temporal)
        if key not in best or rank > best[key][1]:
            best[key] = (conflict, rank)
    kept = sorted(best.values(), key=lambda cr: (-cr[1][0], -cr[1][1]))
    return [c for c, _ in kept]
