"""Store new articles: analysed against the stored corpus, all or nothing, one writer at a
time, and idempotent: a text already stored is not stored again."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from app.db.engine import Database
from app.db.models import ArticleRow
from app.store import chunked
from app.store.clusters import PendingMerges
from app.store.corpus import SqlCorpus
from app.store.write import store_delta
from claims.analysis import cycle_collection_paused
from claims.incremental import analyse_new
from claims.model import Article
from claims.readers import FRONT_MATTER, InputError


class AnalysisError(Exception):
    """The analysis failed on this article: a bug in the core that this input reveals. The
    store is left as it was; the caller reports it as unusable input and logs the cause."""


@dataclass
class Ingested:
    article_id: str
    created: bool  # False: the same text was already stored, as `article_id`
    claims: int = 0
    conflicts: list[str] = field(default_factory=list)  # conflicts the article created or changed


def content_hash(body: str) -> str:
    """The same words are the same article, whatever the white space around them."""
    return hashlib.sha256(" ".join(body.split()).encode()).hexdigest()


def guess_kind(text: str) -> str:
    """The kind of a posted text that does not say: Markdown with front matter, a web page, or
    plain text."""
    if FRONT_MATTER.match(text):
        return "md"
    head = text.lstrip()[:2000].lower()
    return "html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "txt"


def _refuse_nul(article: Article) -> None:
    """PostgreSQL cannot store NUL characters in text, and no article has them: refuse such
    input on every backend (files are checked only in their first 8 KB by the reader)."""
    for value in (article.body, article.title, article.outlet, article.url, article.author, article.path):
        if value and "\x00" in value:
            raise InputError(
                f"{article.path or 'the article'}: contains NUL characters; is it a binary file?"
            )


def _stored_as(session: Session, digest: str) -> str | None:
    return session.scalar(select(ArticleRow.id).where(col(ArticleRow.content_hash) == digest))


def _stored_among(session: Session, digests: list[str]) -> dict[str, str]:
    """The digests already stored, with their articles' ids (one query)."""
    found: dict[str, str] = {}
    for part in chunked(sorted(set(digests))):
        statement = select(ArticleRow.content_hash, ArticleRow.id).where(col(ArticleRow.content_hash).in_(part))
        found.update(session.execute(statement).all())
    return found


def ingest_article(db: Database, article: Article) -> Ingested:
    """Analyse the article against the store and store it with everything it changes. Its id
    is assigned here (`a<n>`); whatever id it had is replaced."""
    return ingest_articles(db, [article])[0]


def ingest_articles(db: Database, articles: list[Article]) -> list[Ingested]:
    """Ingest several articles in one transaction, one after the other, as `ingest_article`
    would one by one in this order, with the same results (ids included): each is analysed
    against the store as the ones before it left it. What one transaction saves: the commit
    per article, the claims and articles read for several analyses decoded once, and the
    clusters merged once for the whole batch, so a claim whose cluster is taken in by one
    ingest and that cluster's by the next is written once (`PendingMerges`). All or nothing:
    when one article cannot be analysed, nothing is stored (AnalysisError names it)."""
    for article in articles:
        _refuse_nul(article)
    digests = [content_hash(a.body) for a in articles]
    with db.read() as session:
        known = _stored_among(session, digests)
    if all(d in known for d in digests):
        return [Ingested(known[d], created=False) for d in digests]
    with cycle_collection_paused(), db.write() as (session, state):
        known = _stored_among(session, digests)  # stored while this request waited for the lock
        corpus = SqlCorpus(session)
        merges = PendingMerges()
        done: list[Ingested] = []
        for article, digest in zip(articles, digests, strict=True):
            if existing := known.get(digest):
                done.append(Ingested(existing, created=False))
                continue
            article.id = f"a{state.next_article}"
            state.next_article += 1
            try:
                delta = analyse_new(article, corpus)
            except SQLAlchemyError:
                raise
            except Exception as err:
                raise AnalysisError(
                    f"{article.path or 'the article'} could not be analysed ({type(err).__name__})"
                ) from err
            changed = store_delta(session, state, delta, digest, merges)
            corpus.forget(set(delta.claims))
            known[digest] = article.id
            done.append(
                Ingested(article.id, True, len(delta.claims[article.id]), sorted(changed, key=lambda x: int(x[1:])))
            )
        merges.flush(session)
        return done
