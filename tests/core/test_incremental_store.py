"""Incremental analysis: ingesting articles one at a time into a store, in any order, gives
the same conflicts, clusters and reuse as analysing all of them at once. The store here is a
small in-memory implementation of `claims.incremental.Store` that keeps articles and claims
in their serialised form, as a database would."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import pytest
from core_support import Spec, build

from claims.analysis import analyze, extract_all
from claims.conflicts import deduplicate
from claims.incremental import Delta, analyse_new, index_keys, shingle_hashes
from claims.linking import MAX_POSTING, PairScore, clusters
from claims.model import Article, Claim, Conflict, Reuse
from claims.serialize import article_from_dict, article_to_dict, claim_from_dict, claim_to_dict


@dataclass
class MemoryStore:
    """Articles, claims, their blocking keys and shingles, pairs and findings, in dicts."""

    article_rows: dict[str, dict[str, Any]] = field(default_factory=dict)
    claim_rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # by article id
    keys: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # key -> claim ids
    shingle_index: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    pairs: dict[tuple[str, str], PairScore] = field(default_factory=dict)
    findings: list[Conflict] = field(default_factory=list)
    reuse: dict[tuple[str, str], Reuse] = field(default_factory=dict)

    # --- the Store protocol ---

    def claims_with_keys(self, keys: set[str]) -> list[Claim]:
        wanted: set[str] = set()
        for key in keys:
            members = self.keys.get(key, set())
            if len(members) <= MAX_POSTING:
                wanted |= members
        return [c for c in self._all_claims() if c.id in wanted]

    def claims_of(self, article_ids: set[str]) -> list[Claim]:
        return [claim_from_dict(d) for aid in sorted(article_ids) for d in self.claim_rows.get(aid, [])]

    def articles(self, article_ids: set[str]) -> list[Article]:
        return [
            article_from_dict(self.article_rows[a]) for a in sorted(article_ids) if a in self.article_rows
        ]

    def articles_with_shingles(self, hashes: set[int]) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for h in hashes:
            for aid in self.shingle_index.get(h, ()):
                counts[aid] += 1
        return dict(counts)

    # --- writing a delta, as the service does ---

    def _all_claims(self) -> list[Claim]:
        return self.claims_of(set(self.claim_rows))

    def apply(self, delta: Delta) -> None:
        new = delta.articles[0]
        for a in delta.articles:
            self.article_rows[a.id] = article_to_dict(a)
        touched = delta.claim_ids | {d["id"] for aid in delta.claims for d in self.claim_rows.get(aid, [])}
        self.pairs = {k: p for k, p in self.pairs.items() if p.a not in touched and p.b not in touched}
        self.findings = [f for f in self.findings if not set(f.claim_ids) & touched]
        for members in self.keys.values():
            members -= touched
        for aid, claims in delta.claims.items():
            self.claim_rows[aid] = [claim_to_dict(c) for c in claims]
            for c in claims:
                for key in index_keys(c):
                    self.keys[key].add(c.id)
        for p in delta.pairs:
            self.pairs[(p.a, p.b)] = p
        self.findings.extend(delta.findings)
        for h in shingle_hashes(new):
            self.shingle_index[h].add(new.id)
        for r in delta.reuse:
            self.reuse[(r.copy, r.source)] = r

    def ingest(self, article: Article) -> None:
        self.apply(analyse_new(article, self))

    # --- what a reader of the store sees ---

    def conflicts(self) -> list[Conflict]:
        return deduplicate(self.findings)

    def clusters(self) -> list[list[str]]:
        ids = [c.id for c in self._all_claims()]
        return clusters(ids, [(p.a, p.b) for p in self.pairs.values() if p.confirmed])


# Five short reports: one drone attack told four ways (one a copy of another, one giving
# only a weekday), and an earlier attack on the same base.
REPORTS = [
    Spec(
        "Drone attack wounds two soldiers at Harrow Point\n"
        "Two drones attacked the Harrow Point base on Tuesday, the defence ministry said.\n"
        "Air defences shot down one drone, but the second one hit the base, causing minor damage to a hangar.\n"
        "Two soldiers were wounded in the attack.\n"
        "About 900 troops are stationed at the base.\n",
        "Original Wire",
        "2024-07-17",
    ),
    Spec(
        "Harrow Point attack: no damage, says militia\n"
        "Two drones attacked the Harrow Point base on Tuesday.\n"
        "The attack caused no damage, a militia statement said.\n"
        "No injuries were reported.\n"
        "Roughly 900 soldiers are stationed at the base.\n",
        "Desert Post",
        "2024-07-18",
    ),
    Spec(
        "Base attacked again\n"
        "Drones attacked the Harrow Point base on Tuesday.\n"
        "Five soldiers were wounded in the attack, a security source said.\n",
        "Valley News",
        None,
    ),
    Spec(
        "Drone attack wounds two soldiers at Harrow Point\n"
        "Two drones attacked the Harrow Point base on Tuesday, the defence ministry said.\n"
        "Air defences shot down one drone, but the second one hit the base, causing minor damage to a hangar.\n"
        "Two soldiers were wounded in the attack.\n"
        "About 900 troops are stationed at the base.\n"
        "The provincial governor called for calm.\n",
        "Copy Site",
        "2024-07-19",
    ),
    Spec(
        "Earlier attack recalled\n"
        "Drones attacked the Harrow Point base on June 4.\n"
        "Three soldiers were wounded in that attack.\n",
        "Gulf Monitor",
        "2024-06-05",
    ),
]

Named = tuple[str, str, str]  # (article id, sentence, claim text)


def signatures(
    claims: list[Claim], found: list[Conflict], groups: list[list[str]], reuse: list[Reuse]
) -> tuple[set[Any], set[Any], set[Any]]:
    named: dict[str, Named] = {c.id: (c.article_id, c.sentence, c.text) for c in claims}
    return (
        {(x.kind, x.severity, x.temporal, frozenset(named[i] for i in x.claim_ids)) for x in found},
        {frozenset(named[i] for i in g) for g in groups},
        {(r.copy, r.source, r.direction_known) for r in reuse},
    )


def batch() -> tuple[set[Any], set[Any], set[Any]]:
    result = analyze(build(REPORTS))
    return signatures(result.claims, result.conflicts, [k.claim_ids for k in result.clusters], result.reuse)


def ingested(order: list[int]) -> tuple[set[Any], set[Any], set[Any]]:
    articles = build(REPORTS)  # ids a1..a5 as in the batch
    store = MemoryStore()
    for n in order:
        store.ingest(articles[n])
    return signatures(store._all_claims(), store.conflicts(), store.clusters(), list(store.reuse.values()))


@pytest.fixture(scope="module")
def expected() -> tuple[set[Any], set[Any], set[Any]]:
    found = batch()
    conflicts, groups, reuse = found
    assert conflicts, "the reports should disagree somewhere"
    assert groups, "the reports should agree somewhere"
    assert reuse == {("a4", "a1", True)}
    return found


@pytest.mark.parametrize(
    "order", [[0, 1, 2, 3, 4], [4, 2, 3, 1, 0], [2, 0, 4, 1, 3]], ids=["in-order", "reversed", "mixed"]
)
def test_one_by_one_equals_batch(order: list[int], expected: tuple[set[Any], set[Any], set[Any]]) -> None:
    conflicts, groups, reuse = ingested(order)
    want_conflicts, want_groups, want_reuse = expected
    assert conflicts == want_conflicts, (
        f"only ingested: {conflicts - want_conflicts}\nonly batch: {want_conflicts - conflicts}"
    )
    assert groups == want_groups, f"only ingested: {groups - want_groups}\nonly batch: {want_groups - groups}"
    assert reuse == want_reuse


def test_batch_finds_what_a_fact_checker_expects(expected: tuple[set[Any], set[Any], set[Any]]) -> None:
    conflicts, groups, _ = expected
    kinds = {(kind, severity) for kind, severity, _, _ in conflicts}
    # "minor damage to a hangar" against "caused no damage"
    assert any(kind == "outcome" for kind, _ in kinds)
    # the attack in June is another event: nothing it says is merged with the July attack
    for g in groups:
        assert not any(aid == "a5" for aid, _, _ in g)
    # troops and soldiers stationed at the base: one claim
    assert any(
        {text for _, _, text in g}
        >= {"About 900 troops are stationed at the base", "Roughly 900 soldiers are stationed at the base"}
        for g in groups
    )


def test_an_article_with_only_a_weekday_takes_the_date_of_linked_reports() -> None:
    articles = build(REPORTS)
    store = MemoryStore()
    store.ingest(articles[2])  # "on Tuesday", no publication date
    assert store.articles({"a3"})[0].main_event.time.date is None
    store.ingest(articles[0])  # dates the attack: Tuesday, July 16, 2024
    main = store.articles({"a3"})[0].main_event
    assert main.time.date is not None
    assert main.time.date.isoformat() == "2024-07-16"


def test_serialised_claims_come_back_unchanged() -> None:
    articles = build(REPORTS[:1])
    claims = extract_all(articles)["a1"]
    assert claims
    for c in claims:
        assert claim_from_dict(claim_to_dict(c)) == c
    again = article_from_dict(article_to_dict(articles[0]))
    assert again == articles[0]
