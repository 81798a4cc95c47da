"""Helpers shared by the core tests: build small articles from text, run the real pipeline,
and look at its output by sentence and claim text rather than by ids."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from claims.analysis import analyze
from claims.dates import find_dates
from claims.extract import extract_claims, prepare
from claims.model import Analysis, Article, Claim, Conflict, Quantity
from claims.quantities import find_quantities
from claims.readers import article_from_text
from claims.sentences import Sentence


def article(
    body: str,
    aid: str = "a1",
    *,
    outlet: str | None = None,
    published: str | date | None = None,
    title: str | None = None,
    kind: str = "txt",
) -> Article:
    """An article from text, as `claims.readers` builds it, with optional metadata."""
    meta: dict[str, Any] = {}
    if outlet:
        meta["outlet"] = outlet
    if published:
        meta["published_at"] = published
    if title:
        meta["title"] = title
    return article_from_text(body, article_id=aid, kind=kind, name=f"{aid}.{kind}", meta=meta)


@dataclass(frozen=True)
class Spec:
    """A tiny article to analyse: its text, outlet and publication date."""

    body: str
    outlet: str
    published: str | None = None


def build(specs: Iterable[Spec]) -> list[Article]:
    return [article(s.body, f"a{n}", outlet=s.outlet, published=s.published) for n, s in enumerate(specs, 1)]


def run(*specs: Spec) -> Analysis:
    return analyze(build(specs))


def sentences(body: str) -> list[Sentence]:
    return prepare(article(body))


def sentence_texts(body: str) -> list[str]:
    return [s.text for s in sentences(body)]


def claims_of(body: str, published: str | None = None) -> list[Claim]:
    return extract_claims(article(body, published=published))


def claim_with(claims: list[Claim], fragment: str) -> Claim:
    """The (first) claim whose clause text contains `fragment`."""
    found = [c for c in claims if fragment in c.text]
    assert found, f"no claim contains {fragment!r}: {[c.text for c in claims]}"
    return found[0]


def quantities(sentence: str) -> list[Quantity]:
    """The quantities of one sentence, with date and time spans left out as the pipeline does."""
    skip = [(d.start, d.end) for d in find_dates(sentence)]
    return find_quantities(sentence, 0, skip)


def only_quantity(sentence: str) -> Quantity:
    found = quantities(sentence)
    assert len(found) == 1, f"expected one quantity in {sentence!r}, got {[q.text for q in found]}"
    return found[0]


@dataclass(frozen=True)
class Seen:
    """A conflict as a fact-checker reads it: kind, severity, timing and the two claims."""

    kind: str
    severity: str
    temporal: str
    texts: frozenset[str]
    sentences: frozenset[str]
    explanation: str


def conflicts(result: Analysis) -> list[Seen]:
    by_id = {c.id: c for c in result.claims}
    return [_seen(x, by_id) for x in result.conflicts]


def between(result: Analysis, kind: str, first: str, second: str) -> list[Seen]:
    """The conflicts of one kind, at any severity, between a claim whose sentence holds `first`
    and one whose sentence holds `second`."""
    return [
        x
        for x in conflicts(result)
        if x.kind == kind and any(first in s for s in x.sentences) and any(second in s for s in x.sentences)
    ]


def _seen(x: Conflict, by_id: dict[str, Claim]) -> Seen:
    members = [by_id[i] for i in x.claim_ids]
    return Seen(
        x.kind,
        x.severity,
        x.temporal,
        frozenset(c.text for c in members),
        frozenset(c.sentence for c in members),
        x.explanation,
    )


def review_worthy(result: Analysis) -> list[Seen]:
    """Conflicts a reviewer must look at (severity high or medium)."""
    return [x for x in conflicts(result) if x.severity in ("high", "medium")]


def of_kind(result: Analysis, kind: str) -> list[Seen]:
    return [x for x in conflicts(result) if x.kind == kind]


def clusters_by_text(result: Analysis) -> list[set[tuple[str, str]]]:
    """Clusters as sets of (article id, claim text)."""
    by_id = {c.id: c for c in result.claims}
    return [{(by_id[i].article_id, by_id[i].text) for i in k.claim_ids} for k in result.clusters]


def clustered_together(result: Analysis, first: str, second: str) -> bool:
    """Whether a claim containing `first` and one containing `second` (in different
    articles) are in one cluster."""
    for members in clusters_by_text(result):
        a = {aid for aid, text in members if first in text}
        b = {aid for aid, text in members if second in text}
        if any(x != y for x in a for y in b):
            return True
    return False


def flagged(kind: str, lede: str, first: str, second: str, day: str) -> list[Seen]:
    """The high and medium conflicts of one kind between two reports of one event (the same
    lede, then each report's own sentence), both published on `day`."""
    result = run(Spec(lede + first + "\n", "First Wire", day), Spec(lede + second + "\n", "Second Post", day))
    return [x for x in review_worthy(result) if x.kind == kind]
