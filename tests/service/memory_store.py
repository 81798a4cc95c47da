"""The core's incremental analysis with the corpus in memory: the reference the SQL store must
equal, and the way to tell a difference of the store from a difference of the core."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from claims.conflicts import deduplicate
from claims.incremental import Delta, analyse_new, index_keys, shingle_hashes
from claims.linking import MAX_POSTING, PairScore, clusters
from claims.model import Article, Claim, Conflict
from claims.readers import read_articles
from claims.reuse import MAX_SPREAD


class MemoryStore:
    """`claims.incremental.Store` over dicts, updated from each `Delta` as the SQL store is."""

    def __init__(self) -> None:
        self.arts: dict[str, Article] = {}
        self.claims: dict[str, Claim] = {}
        self.pairs: dict[tuple[str, str], PairScore] = {}
        self.findings: list[Conflict] = []
        self.shingles: dict[int, set[str]] = defaultdict(set)

    def claims_with_keys(self, keys: set[str]) -> list[Claim]:
        postings: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims.values():
            for key in index_keys(claim) & keys:
                postings[key].append(claim)
        found = {c.id: c for members in postings.values() if len(members) <= MAX_POSTING for c in members}
        return list(found.values())

    def claims_of(self, article_ids: set[str]) -> list[Claim]:
        return [c for c in self.claims.values() if c.article_id in article_ids]

    def articles(self, article_ids: set[str]) -> list[Article]:
        return [self.arts[a] for a in sorted(article_ids) if a in self.arts]

    def articles_with_shingles(self, hashes: set[int]) -> dict[str, int]:
        shared: dict[str, int] = defaultdict(int)
        for h in hashes:
            if len(self.shingles.get(h, ())) < MAX_SPREAD:
                for article_id in self.shingles.get(h, ()):
                    shared[article_id] += 1
        return shared

    def apply(self, delta: Delta) -> None:
        ids = delta.claim_ids | {c.id for c in self.claims.values() if c.article_id in delta.claims}
        for article in delta.articles:
            self.arts[article.id] = article
        self.claims = {i: c for i, c in self.claims.items() if c.article_id not in delta.claims}
        self.claims.update({c.id: c for cs in delta.claims.values() for c in cs})
        self.pairs = {k: p for k, p in self.pairs.items() if p.a not in ids and p.b not in ids}
        self.pairs.update({(p.a, p.b): p for p in delta.pairs})
        self.findings = [f for f in self.findings if not set(f.claim_ids) & ids] + delta.findings
        for h in shingle_hashes(delta.articles[0]):
            self.shingles[h].add(delta.articles[0].id)


def ingested_in_memory(files: list[Path]) -> tuple[MemoryStore, list[Conflict], list[list[str]]]:
    """Ingest the files one by one, in the order given: the store, its conflicts, its clusters.
    Findings of equal rank are decided as the batch decides them (the first in file order)."""
    store = MemoryStore()
    for n, path in enumerate(files, start=1):
        article = read_articles([path])[0]
        article.id = f"m{n}"
        store.apply(analyse_new(article, store))

    def position(f: Conflict) -> list[tuple[str, int]]:
        return sorted((store.arts[store.claims[i].article_id].path or "", store.claims[i].start) for i in f.claim_ids)

    conflicts = deduplicate(sorted(store.findings, key=position))
    order = sorted(store.claims, key=lambda i: (store.arts[store.claims[i].article_id].path or "", store.claims[i].start))
    groups = clusters(order, [(p.a, p.b) for p in store.pairs.values() if p.confirmed])
    return store, conflicts, groups
