"""The whole pipeline in memory: articles in, claims, clusters, conflicts and reuse out."""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from claims.conflicts import find_conflicts
from claims.entities import COUNTRIES
from claims.events import (
    adopt_date,
    along_the_way,
    assign_slots,
    assign_times,
    known_occurrence,
    labour_dispute,
    main_event,
)
from claims.extract import extract_claims
from claims.linking import PairScore, clusters, rescore, score_candidates
from claims.model import Analysis, Article, Claim, Cluster, Reuse
from claims.pubdate import date_by_event
from claims.reuse import detect_reuse


@contextmanager
def cycle_collection_paused() -> Iterator[None]:
    """Extraction makes hundreds of small objects per sentence and keeps most of them (the
    claims), but next to no reference cycles (34 objects in 1,000 articles). The growth starts
    the cycle collector's full passes, each over every object the process holds: a fifth of
    the time of a batch of 1,000 articles, for nothing. They wait until extraction is done.
    The switch is process-wide: a collector the caller had turned off stays off, and another
    thread that starts extracting meanwhile finds it off and leaves it to the first."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract_all(articles: list[Article]) -> dict[str, list[Claim]]:
    """Claims per article, with derived claims, slots, the article's main event and times."""
    by_article: dict[str, list[Claim]] = {}
    with cycle_collection_paused():
        for article in articles:
            claims: list[Claim] = []
            labour = labour_dispute(article.body)
            told = [(claim, assign_slots(claim, labour)) for claim in extract_claims(article)]
            for claim, derived in along_the_way(told):
                claims.append(claim)
                claims.extend(derived)
            article.main_event = main_event(article, claims)
            article.names = sorted(
                {e.key for c in claims for e in c.entities if e.key not in COUNTRIES and len(e.key) > 3}
            )
            assign_times(claims, article.main_event)
            by_article[article.id] = claims
    return by_article


def number_claims(by_article: dict[str, list[Claim]]) -> list[Claim]:
    claims = [c for cs in by_article.values() for c in cs]
    for n, claim in enumerate(claims, start=1):
        claim.id = f"c{n}"
    return claims


def adopt_event_dates(
    articles: list[Article], by_article: dict[str, list[Claim]], claims: list[Claim], pairs: list[PairScore]
) -> set[str]:
    """Articles that give their event only a weekday (or no date) take the date that linked
    reports of the same event give. Returns the articles that changed."""
    by_id = {c.id: c for c in claims}
    dates: dict[str, list[date]] = defaultdict(list)
    for p in pairs:
        if not any(known_occurrence(s) for s in p.shared) or p.topic < 0.55:
            continue
        for x, y in ((by_id[p.a], by_id[p.b]), (by_id[p.b], by_id[p.a])):
            if x.article_id != y.article_id and y.time is not None and y.time.source == "own" and y.time.date:
                dates[x.article_id].append(y.time.date)
    changed: set[str] = set()
    for article in articles:
        main = article.main_event
        if main is None or main.time.date is not None or article.id not in dates:
            continue
        adopted = adopt_date(main, dates[article.id])
        if adopted is not main:
            article.main_event = adopted
            date_by_event(article, by_article[article.id])
            assign_times(by_article[article.id], adopted)
            changed.add(article.id)
    return changed


def analyze(articles: list[Article]) -> Analysis:
    # Scoring and comparing the claims make as many objects as extracting them, and as few cycles
    # (69 objects in the 86 example articles): the collector's full passes over the growing
    # claims, pairs and caches took a fifth of the time. They wait for the whole analysis.
    with cycle_collection_paused():
        return _analyze(articles)


def _analyze(articles: list[Article]) -> Analysis:
    by_article = extract_all(articles)
    claims = number_claims(by_article)
    pairs = score_candidates(claims)
    changed = adopt_event_dates(articles, by_article, claims, pairs)
    if changed:
        pairs = rescore(claims, pairs, changed)
    groups = clusters([c.id for c in claims], [(p.a, p.b) for p in pairs if p.confirmed])
    reuse = detect_reuse(articles)
    article_map = {a.id: a for a in articles}
    sources = {s.id: s for a in articles for s in a.sources}
    by_id = {c.id: c for c in claims}
    conflicts = find_conflicts(by_id, pairs, article_map, sources)
    for n, conflict in enumerate(conflicts, start=1):
        conflict.id = f"x{n}"
    cluster_list = [
        _cluster(f"k{n}", [by_id[i] for i in g], article_map, reuse) for n, g in enumerate(groups, start=1)
    ]
    suggested = [(p.a, p.b, p.score) for p in pairs if p.suggested]
    return Analysis(articles, claims, cluster_list, conflicts, reuse, suggested)


def _cluster(cid: str, members: list[Claim], articles: dict[str, Article], reuse: list[Reuse]) -> Cluster:
    """A cluster with its first appearance and its number of independent sources: copies of
    one another count once, and so do several articles of one outlet."""
    # Each claim joins the first group holding its source, a copy of (or copied by) its article,
    # or another article of its outlet; the maps below find that group without scanning them all.
    partners: dict[str, set[str]] = {}
    for r in reuse:
        partners.setdefault(r.copy, set()).add(r.source)
        partners.setdefault(r.source, set()).add(r.copy)
    groups = 0
    group_of_key: dict[str, int] = {}
    group_of_outlet: dict[str, int] = {}
    for claim in members:
        key = claim.source_id if claim.source_id.split(".")[1].startswith("p") else claim.article_id
        outlet = articles[claim.article_id].outlet
        found = [group_of_key.get(key), group_of_outlet.get(outlet) if outlet else None]
        found += [group_of_key.get(other) for other in partners.get(claim.article_id, ())]
        joined = min((g for g in found if g is not None), default=None)
        if joined is None:
            joined, groups = groups, groups + 1
        group_of_key.setdefault(key, joined)
        if key in articles and (keyed_outlet := articles[key].outlet):
            group_of_outlet[keyed_outlet] = min(group_of_outlet.get(keyed_outlet, joined), joined)

    def published(c: Claim) -> tuple[int, str]:
        d = c.reported_at
        return (d.toordinal() if d else 10**7, c.id)

    first = min(members, key=published)
    return Cluster(cid, [c.id for c in members], independent_sources=groups, first_claim_id=first.id)
