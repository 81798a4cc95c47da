"""Store new articles: analysed against the stored corpus, all or nothing, one writer at a
time, and idempotent: a text already stored is not stored again."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from app.db.engine import Database
from app.db.models import ArticleRow
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


def ingest_article(db: Database, article: Article) -> Ingested:
    """Analyse the article against the store and store it with everything it changes. Its id
    is assigned here (`a<n>`); whatever id it had is replaced."""
    _refuse_nul(article)
    digest = content_hash(article.body)
    with db.read() as session:
        if existing := _stored_as(session, digest):
            return Ingested(existing, created=False)
    with cycle_collection_paused(), db.write() as (session, state):
        if existing := _stored_as(session, digest):  # stored while this request waited for the lock
            return Ingested(existing, created=False)
        article.id = f"a{state.next_article}"
        state.next_article += 1
        try:
            delta = analyse_new(article, SqlCorpus(session))
        except SQLAlchemyError:
            raise
        except Exception as err:
            raise AnalysisError(
                f"{article.path or 'the article'} could not be analysed ({type(err).__name__})"
            ) from err
        changed = store_delta(session, state, delta, digest)
        return Ingested(article.id, True, len(delta.claims[article.id]), sorted(changed, key=lambda x: int(x[1:])))
