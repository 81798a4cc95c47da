"""The stored corpus as the core's `claims.incremental.Store`: it reads only what one new
article needs, through the database's indexes, so no process holds the corpus in memory.

One `SqlCorpus` serves one ingest, or a batch of them, inside the transaction that holds the
write lock: nothing else can change the store meanwhile, so each claim and article is read and
decoded once however often the analysis asks for it (it asks for the same neighbours several
times); what an ingest of the batch rewrites is forgotten (`forget`)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import orjson
from sqlmodel import Session

from app.store import backend, chunked, driver_rows, json_of, one_of
from app.store.codec import load_article, load_claim
from claims.linking import MAX_POSTING
from claims.model import Article, Claim
from claims.reuse import MAX_SPREAD

KEPT_CLAIMS = 50_000  # decoded claims a batch of ingests keeps, at most (some 4 KB each)
PROBES = 2000  # values probed per query (one parameter: a JSON list on SQLite, an array on PostgreSQL)


def _posted_at_most(session: Session, table: str, column: str, kind: str, most: int) -> str:
    """A subquery of those of the values given as its one parameter that the index holds for at
    most `most` rows. Each value is probed for a row past the `most`-th (reading at most
    `most + 1` index entries), not counted: a common key of a large store has tens of thousands
    of rows, and counting them all on every ingest took seconds. The values go in as one
    parameter: a UNION of one-row selects, one per value, took 40 ms per 250 values to build and
    compile, on every query. `kind`: the column's type on PostgreSQL."""
    if backend(session) == "sqlite":
        given = "SELECT value FROM json_each(?)"
    else:
        given = f"SELECT unnest(CAST(? AS {kind}[])) AS value"
    return (
        f"SELECT given.value FROM ({given}) AS given WHERE NOT EXISTS "
        f"(SELECT 1 FROM {table} WHERE {table}.{column} = given.value LIMIT 1 OFFSET {int(most)})"
    )


def _values(session: Session, values: list[Any]) -> Any:
    """The parameter of `_posted_at_most`."""
    return orjson.dumps(values).decode() if backend(session) == "sqlite" else values


class SqlCorpus:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.backend = backend(session)
        self._claims: dict[str, Claim] = {}
        self._claims_of: dict[str, list[str]] = {}  # article -> its claims among those kept
        self._articles: dict[str, Article] = {}

    def forget(self, article_ids: set[str]) -> None:
        """The articles were written (stored, or re-dated with their claims): read them again
        when asked, as they now are in the store."""
        if len(self._claims) > KEPT_CLAIMS:  # (a long batch: memory, not correctness)
            self._claims.clear()
            self._claims_of.clear()
        for article_id in article_ids:
            self._articles.pop(article_id, None)
            for claim_id in self._claims_of.pop(article_id, ()):
                self._claims.pop(claim_id, None)

    def claims_with_keys(self, keys: set[str]) -> list[Claim]:
        """Claims under any of the keys, skipping keys too common to block on (as the batch does)."""
        return self._load_claims(sorted({i for ids in self.postings(keys).values() for i in ids}))

    def claims_by_key(self, keys: set[str]) -> dict[str, list[Claim]]:
        """The stored claims under each usable key: the index already holds each claim's keys,
        so the analysis need not recompute them for every neighbour."""
        members = self.postings(keys)
        loaded = {c.id: c for c in self._load_claims(sorted({i for ids in members.values() for i in ids}))}
        return {key: [loaded[i] for i in ids if i in loaded] for key, ids in members.items()}

    def postings(self, keys: set[str]) -> dict[str, list[str]]:
        """The ids of the claims `claims_by_key` gives, in its order: enough for the analysis to
        pick the candidates, which alone it then loads. Read from the index alone (joining the
        claims for their sources cost four times as much)."""
        found: dict[str, list[str]] = {}
        usable = _posted_at_most(self.session, "claim_keys", "key", "TEXT", MAX_POSTING)
        sql = f'SELECT "key", claim_id FROM claim_keys WHERE "key" IN ({usable})'
        for part in chunked(sorted(keys), PROBES):
            for key, claim_id in driver_rows(self.session, sql, _values(self.session, part)):
                found.setdefault(key, []).append(claim_id)
        return {key: sorted(members) for key, members in found.items()}

    def lemmas_of(self, ids: set[str]) -> dict[str, list[str]]:
        """The claims' lemmas, read out of their JSON by the database (decoding whole claims to
        look at their words cost more than the rest of a check)."""
        found = {i: self._claims[i].lemmas for i in ids if i in self._claims}
        missing = sorted(ids - set(found))
        if missing:
            lemmas = "json_extract(data, '$.lemmas')" if self.backend == "sqlite" else "data -> 'lemmas'"
            condition, values = one_of(self.session, missing)
            rows = driver_rows(self.session, f"SELECT id, {lemmas} FROM claims WHERE id {condition}", values)
            found.update((claim_id, list(json_of(words))) for claim_id, words in rows)
        return found

    def claims_by_id(self, ids: set[str]) -> list[Claim]:
        return self._load_claims(sorted(ids))

    def claims_of(self, article_ids: set[str]) -> list[Claim]:
        if not article_ids:
            return []
        condition, values = one_of(self.session, sorted(article_ids))
        sql = f"SELECT id FROM claims WHERE article_id {condition} ORDER BY seq"
        return self._load_claims([i for (i,) in driver_rows(self.session, sql, values)])

    def articles(self, article_ids: set[str]) -> list[Article]:
        missing = sorted(set(article_ids) - set(self._articles))
        if missing:
            condition, values = one_of(self.session, missing)
            for article_id, data in driver_rows(
                self.session, f"SELECT id, data FROM articles WHERE id {condition}", values
            ):
                self._articles[article_id] = load_article(json_of(data))
        return [self._articles[i] for i in sorted(article_ids) if i in self._articles]

    def articles_with_shingles(self, hashes: set[int]) -> dict[str, int]:
        """Stored articles sharing shingles with the given ones. A shingle that the new article
        would share with more than MAX_SPREAD articles is boilerplate and does not count, as in
        `claims.reuse.detect_reuse`."""
        shared: Counter[str] = Counter()
        usable = _posted_at_most(self.session, "shingles", "hash", "BIGINT", MAX_SPREAD - 1)
        sql = f"SELECT article_id, count(*) FROM shingles WHERE hash IN ({usable}) GROUP BY article_id"
        for part in chunked(sorted(hashes), PROBES):
            for article_id, count in driver_rows(self.session, sql, _values(self.session, part)):
                shared[article_id] += count
        return dict(shared)

    def _load_claims(self, ids: list[str]) -> list[Claim]:
        missing = [i for i in ids if i not in self._claims]
        if missing:
            condition, values = one_of(self.session, missing)
            for claim_id, data in driver_rows(
                self.session, f"SELECT id, data FROM claims WHERE id {condition}", values
            ):
                claim = self._claims[claim_id] = load_claim(json_of(data))
                self._claims_of.setdefault(claim.article_id, []).append(claim_id)
        return [self._claims[i] for i in ids if i in self._claims]
