"""The stored corpus as the core's `claims.incremental.Store`: it reads only what one new
article needs, through the database's indexes, so no process holds the corpus in memory.

One `SqlCorpus` serves one ingest, inside the transaction that holds the write lock: nothing
can change the store meanwhile, so each claim and article is read and decoded once per ingest
however often the analysis asks for it (it asks for the same neighbours several times)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import BigInteger, func, text
from sqlalchemy import column as sa_column
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClaimKeyRow, ClaimRow, ShingleRow
from app.store import chunked, rows
from app.store.codec import load_article, load_claim
from claims.linking import MAX_POSTING
from claims.model import Article, Claim
from claims.reuse import MAX_SPREAD

PROBES = 2000  # values probed per query (one parameter: a JSON list on SQLite, an array on PostgreSQL)


def _posted_at_most(backend: str, column: Any, values: list[Any], most: int) -> Any:
    """Those of the values the index holds for at most `most` rows. Each value is probed for a
    row past the `most`-th (reading at most `most + 1` index entries), not counted: a common key
    of a large store has tens of thousands of rows, and counting them all on every ingest took
    seconds. The values go in as one parameter: a UNION of one-row selects, one per value, took
    40 ms per 250 values to build and compile, on every query (its size varies, so no cache held
    it)."""
    column = column.expression
    table, name = column.table.name, column.name
    if backend == "sqlite":
        given, values_param = "SELECT value FROM json_each(:values)", json.dumps(values)
    else:
        kind = "BIGINT" if isinstance(column.type, BigInteger) else "TEXT"
        given, values_param = f"SELECT unnest(CAST(:values AS {kind}[])) AS value", list(values)  # type: ignore[assignment]
    sql = (
        f"SELECT given.value FROM ({given}) AS given WHERE NOT EXISTS "
        f"(SELECT 1 FROM {table} WHERE {table}.{name} = given.value LIMIT 1 OFFSET {int(most)})"
    )
    return text(sql).bindparams(values=values_param).columns(sa_column("value", column.type))


class SqlCorpus:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.backend = session.get_bind().dialect.name
        self._claims: dict[str, Claim] = {}
        self._articles: dict[str, Article] = {}

    def _rows(self, statement: Any) -> Any:
        return rows(self.session, statement)

    def claims_with_keys(self, keys: set[str]) -> list[Claim]:
        """Claims under any of the keys, skipping keys too common to block on (as the batch does)."""
        ids: set[str] = set()
        for part in chunked(sorted(keys), PROBES):
            usable = _posted_at_most(self.backend, ClaimKeyRow.key, part, MAX_POSTING)
            ids.update(self._rows(select(ClaimKeyRow.claim_id).where(col(ClaimKeyRow.key).in_(usable))).scalars())
        return self._load_claims(sorted(ids))

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
        for part in chunked(sorted(keys), PROBES):
            usable = _posted_at_most(self.backend, ClaimKeyRow.key, part, MAX_POSTING)
            rows = self._rows(select(ClaimKeyRow.key, ClaimKeyRow.claim_id).where(col(ClaimKeyRow.key).in_(usable)))
            for key, claim_id in rows:
                found.setdefault(key, []).append(claim_id)
        return {key: sorted(members) for key, members in found.items()}

    def lemmas_of(self, ids: set[str]) -> dict[str, list[str]]:
        """The claims' lemmas, read out of their JSON by the database (decoding whole claims to
        look at their words cost more than the rest of a check)."""
        found = {i: self._claims[i].lemmas for i in ids if i in self._claims}
        for part in chunked(sorted(ids - set(found))):
            rows = self._rows(select(ClaimRow.id, col(ClaimRow.data)["lemmas"]).where(col(ClaimRow.id).in_(part)))
            found.update((claim_id, list(lemmas)) for claim_id, lemmas in rows)
        return found

    def claims_by_id(self, ids: set[str]) -> list[Claim]:
        return self._load_claims(sorted(ids))

    def claims_of(self, article_ids: set[str]) -> list[Claim]:
        ids: list[str] = []
        for part in chunked(sorted(article_ids)):
            ids += self._rows(
                select(ClaimRow.id).where(col(ClaimRow.article_id).in_(part)).order_by(col(ClaimRow.seq))
            ).scalars()
        return self._load_claims(ids)

    def articles(self, article_ids: set[str]) -> list[Article]:
        missing = sorted(set(article_ids) - set(self._articles))
        for part in chunked(missing):
            for article_id, data in self._rows(select(ArticleRow.id, ArticleRow.data).where(col(ArticleRow.id).in_(part))):
                self._articles[article_id] = load_article(data)
        return [self._articles[i] for i in sorted(article_ids) if i in self._articles]

    def articles_with_shingles(self, hashes: set[int]) -> dict[str, int]:
        """Stored articles sharing shingles with the given ones. A shingle that the new article
        would share with more than MAX_SPREAD articles is boilerplate and does not count, as in
        `claims.reuse.detect_reuse`."""
        shared: Counter[str] = Counter()
        for part in chunked(sorted(hashes), PROBES):
            usable = _posted_at_most(self.backend, ShingleRow.hash, part, MAX_SPREAD - 1)
            rows = self._rows(
                select(ShingleRow.article_id, func.count())
                .where(col(ShingleRow.hash).in_(usable))
                .group_by(col(ShingleRow.article_id))
            )
            for article_id, count in rows:
                shared[article_id] += count
        return dict(shared)

    def _load_claims(self, ids: list[str]) -> list[Claim]:
        missing = [i for i in ids if i not in self._claims]
        for part in chunked(missing):
            for claim_id, data in self._rows(select(ClaimRow.id, ClaimRow.data).where(col(ClaimRow.id).in_(part))):
                self._claims[claim_id] = load_claim(data)
        return [self._claims[i] for i in ids if i in self._claims]
