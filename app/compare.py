"""Compare two statements without the store: are they the same claim, and do they conflict?

Each statement becomes a tiny article; its claims are extracted as for any article and every
pair across the two is scored by the linker. The answer's score is the best pair's; the
conflict is the most urgent finding on any comparable pair, ranked as the core ranks findings
(severity, then non-derived claims, then strength), because the best-scoring pair is often
two short derived claims ("fire on Monday") while the figures differ in the full clauses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from claims.analysis import extract_all
from claims.conflicts import CHECKABLE, SEVERITY_RANK, compare_pair
from claims.conflicts.base import Pair, Side
from claims.linking import COMPARABLE, score_pair
from claims.model import Article
from claims.readers import article_from_text


@dataclass
class Comparison:
    same_claim: bool
    score: float
    conflict: dict[str, Any] | None
    pair: list[str] | None  # the claims (as extracted) of the best-scoring pair

    def as_json(self) -> dict[str, Any]:
        return {
            "same_claim": self.same_claim,
            "score": self.score,
            "conflict": self.conflict,
            "pair": self.pair,
        }


def _statement(text: str, side: str, reported: date | None) -> Article:
    article = article_from_text(text, article_id=side, kind="txt", name=f"statement {side}")
    if reported:
        article.published_at, article.published_at_source = reported, "metadata"
    return article


def compare_statements(a: str, b: str, a_date: date | None = None, b_date: date | None = None) -> Comparison:
    left, right = _statement(a, "a", a_date), _statement(b, "b", b_date)
    claims = extract_all([left, right])
    sources = {s.id: s for s in left.sources + right.sources}
    best_pair, best_conflict, conflict_rank = None, None, None
    for x in claims["a"]:
        for y in claims["b"]:
            pair = score_pair(x, y)
            if best_pair is None or pair.score > best_pair[0].score:
                best_pair = (pair, x, y)
            if pair.topic < COMPARABLE or x.modality not in CHECKABLE or y.modality not in CHECKABLE:
                continue
            sides = Pair(
                Side(x, left, sources[x.source_id]), Side(y, right, sources[y.source_id]),
                pair.time, pair.topic, pair.lexical, pair.entity, pair.shared,
            )  # fmt: skip
            for finding, severity, temporal in compare_pair(sides):
                rank = (
                    SEVERITY_RANK[severity],
                    int(not x.derived) + int(not y.derived),
                    finding.strength + pair.topic,
                )
                if conflict_rank is None or rank > conflict_rank:
                    conflict_rank = rank
                    best_conflict = {
                        "kind": finding.kind, "severity": severity, "temporal": temporal,
                        "explanation": finding.explanation,
                    }  # fmt: skip
    if best_pair is None:
        return Comparison(False, 0.0, None, None)
    pair, x, y = best_pair
    return Comparison(
        pair.confirmed, round(min(max(pair.score, 0.0), 1.0), 3), best_conflict, [x.text, y.text]
    )
