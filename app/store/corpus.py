"""The stored corpus as the core's `claims.incremental.Store`: it reads only what one new
article needs, through the database's indexes, so no process holds the corpus in memory.

One `SqlCorpus` serves one ingest, inside the transaction that holds the write lock: nothing
can change the store meanwhile, so each claim and article is read and decoded once per ingest
however often the analysis asks for it (it asks for the same neighbours several times)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import func, literal, union_all
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClaimKeyRow, ClaimRow, ShingleRow
from app.store import chunked
from app.store.codec import load_article, load_claim
from claims.linking import MAX_POSTING
from claims.model import Article, Claim
from claims.reuse import MAX_SPREAD

PROBES = 250  # values probed per query: SQLite allows at most 500 terms in a compound SELECT


def _posted_at_most(column: Any, values: list[Any], most: int) -> Any:
    """Those of the values the index holds for at most `most` rows. Each value is probed for a
    row past the `most`-th (reading at most `most + 1` index entries), not counted: a common key
    of a large store has tens of thousands of rows, and counting them all on every ingest took
    seconds."""
    # (a UNION of one-row selects: SQLite takes no column names for a VALUES list)
    given = union_all(*(select(literal(v, column.type).label("value")) for v in values)).subquery("given")
    beyond = select(literal(1)).where(column == given.c.value).limit(1).offset(most)
    return select(given.c.value).where(~beyond.exists())


class SqlCorpus:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._claims: dict[str, Claim] = {}
        self._articles: dict[str, Article] = {}

    def claims_with_keys(self, keys: set[str]) -> list[Claim]:
        """Claims under any of the keys, skipping keys too common to block on (as the batch does)."""
        ids: set[str] = set()
        for part in chunked(sorted(keys), PROBES):
            usable = _posted_at_most(ClaimKeyRow.key, part, MAX_POSTING)
            ids.update(self.session.exec(select(ClaimKeyRow.claim_id).where(col(ClaimKeyRow.key).in_(usable))))
        return self._load_claims(sorted(ids))

    def claims_by_key(self, keys: set[str]) -> dict[str, list[Claim]]:
        """The stored claims under each usable key: the index already holds each claim's keys,
        so the analysis need not recompute them for every neighbour."""
        members: dict[str, list[str]] = {}
        for part in chunked(sorted(keys), PROBES):
            usable = _posted_at_most(ClaimKeyRow.key, part, MAX_POSTING)
            rows: Any = self.session.exec(
                select(ClaimKeyRow.key, ClaimKeyRow.claim_id).where(col(ClaimKeyRow.key).in_(usable))
            )
            for key, claim_id in rows:
                members.setdefault(key, []).append(claim_id)
        loaded = {c.id: c for c in self._load_claims(sorted({i for ids in members.values() for i in ids}))}
        return {key: [loaded[i] for i in sorted(ids) if i in loaded] for key, ids in members.items()}

    def claims_by_id(self, ids: set[str]) -> list[Claim]:
        return self._load_claims(sorted(ids))

    def claims_of(self, article_ids: set[str]) -> list[Claim]:
        ids: list[str] = []
        for part in chunked(sorted(article_ids)):
            ids += self.session.exec(
                select(ClaimRow.id).where(col(ClaimRow.article_id).in_(part)).order_by(col(ClaimRow.seq))
            )
        return self._load_claims(ids)

    def articles(self, article_ids: set[str]) -> list[Article]:
        missing = sorted(set(article_ids) - set(self._articles))
        for part in chunked(missing):
            rows: Any = self.session.exec(select(ArticleRow.id, ArticleRow.data).where(col(ArticleRow.id).in_(part)))
            for article_id, data in rows:
                self._articles[article_id] = load_article(data)
        return [self._articles[i] for i in sorted(article_ids) if i in self._articles]

    def articles_with_shingles(self, hashes: set[int]) -> dict[str, int]:
        """Stored articles sharing shingles with the given ones. A shingle that the new article
        would share with more than MAX_SPREAD articles is boilerplate and does not count, as in
        `claims.reuse.detect_reuse`."""
        shared: Counter[str] = Counter()
        for part in chunked(sorted(hashes), PROBES):
            usable = _posted_at_most(ShingleRow.hash, part, MAX_SPREAD - 1)
            rows = self.session.exec(
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
            rows: Any = self.session.exec(select(ClaimRow.id, ClaimRow.data).where(col(ClaimRow.id).in_(part)))
            for claim_id, data in rows:
                self._claims[claim_id] = load_claim(data)
        return [self._claims[i] for i in ids if i in self._claims]
