"""POST /api/articles (text, raw file body or URL), GET /api/articles, GET /api/articles/{id}."""

from __future__ import annotations

import logging
from datetime import date, datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError
from sqlmodel import col, select

from app.api.deps import Config, PageFetcher, Store, in_analysis_thread, in_fetch_thread
from app.api.errors import validation_detail
from app.api.params import TOTALS, Answer, Page, SafeStr, SafeText, found, known_id, page_of
from app.db.models import ArticleRow, ReuseRow
from app.fetch import FetchError
from app.ingest import AnalysisError, Ingested, guess_kind, ingest_articles
from app.store.views import article_detail, article_item, reuse_item
from claims.model import Article
from claims.readers import InputError, article_from_text, decode_text

router = APIRouter(prefix="/api", tags=["articles"])
log = logging.getLogger("claims.api")
RAW_KINDS = {"text/plain": "txt", "text/markdown": "md", "text/x-markdown": "md", "text/html": "html"}


class ArticleMeta(BaseModel):
    """Metadata of a posted article; what is given here wins over what the text itself says."""

    model_config = ConfigDict(extra="forbid")
    title: SafeStr | None = Field(default=None, max_length=1000)
    outlet: SafeStr | None = Field(default=None, max_length=300)
    author: SafeStr | None = Field(default=None, max_length=500)
    url: SafeStr | None = Field(
        default=None, max_length=2048, description="The article's address; alone, it is fetched."
    )
    published_at: datetime | date | None = Field(
        default=None, description="YYYY-MM-DD or an ISO date and time."
    )
    path: SafeStr | None = Field(
        default=None, max_length=1000, description="Where the text came from (a file name)."
    )


class ArticleIn(ArticleMeta):
    text: SafeText | None = Field(
        default=None, description="The article: plain text, Markdown with front matter, or HTML."
    )
    format: Literal["txt", "md", "html"] | None = Field(
        default=None, description="The text's kind; guessed when left out."
    )


def _parse(media: str, body: bytes, query: dict[str, str]) -> tuple[ArticleIn, str | None]:
    """The posted article, and how its bytes were decoded when they were not UTF-8."""
    try:
        if media == "application/json":
            return ArticleIn.model_validate_json(body), None
        meta = ArticleMeta.model_validate(query)
    except ValidationError as err:
        raise HTTPException(422, validation_detail(err.errors())) from None
    text, note = decode_text(body, meta.path or "the posted file")
    return ArticleIn(**meta.model_dump(), text=text, format=RAW_KINDS[media]), note  # type: ignore[arg-type]


def article_from_input(payload: ArticleIn, note: str | None, settings: Config, fetcher: PageFetcher) -> Article:
    """The article posted, or fetched from its URL."""
    meta: dict[str, Any] = payload.model_dump(include={"title", "outlet", "author", "url", "published_at"})
    if payload.text is not None:
        text, kind = payload.text, payload.format or guess_kind(payload.text)
        name = payload.path or "the posted text"
    elif payload.url:
        page = fetcher.fetch(payload.url)
        text, kind, name, note = page.text, page.kind, page.url, page.note
        meta["url"] = page.url  # where the page was found, after redirects
    else:
        raise HTTPException(422, "give the article's text, or a url to fetch it from")
    if len(text) > settings.max_article_chars:
        raise HTTPException(413, f"the article is longer than {settings.max_article_chars} characters")
    article = article_from_text(text, article_id="new", kind=kind, name=name, path=payload.path, meta=meta)
    article.notes += [note] if note else []
    return article


def store_articles(articles: list[Article], db: Store) -> list[tuple[ArticleRow, Ingested]]:
    """Store the articles (one transaction), with their rows as stored."""
    try:
        done = ingest_articles(db, articles)
    except AnalysisError as err:
        log.error("%s", err, exc_info=err.__cause__)
        raise HTTPException(422, str(err)) from None
    with db.read() as session:
        stored = select(ArticleRow).where(col(ArticleRow.id).in_({d.article_id for d in done}))
        rows = {r.id: r for r in session.scalars(stored)}
        return [(rows[d.article_id], d) for d in done]


def store_article(article: Article, db: Store) -> tuple[ArticleRow, Ingested]:
    [(row, done)] = store_articles([article], db)
    return row, done


def answer(row: ArticleRow, done: Ingested) -> dict[str, Any]:
    if not done.created:
        return {**article_item(row), "created": False, "duplicate_of": row.id}
    return {**article_item(row), "created": True, "claim_count": done.claims, "conflict_ids": done.conflicts}


@router.post(
    "/articles",
    status_code=201,
    summary="Store an article (JSON, a raw text/markdown/html body, or a URL to fetch)",
    responses={
        200: {"description": "The same text was already stored: its article, `created: false`."},
        413: {"description": "Body or article too large."},
        415: {"description": "Unsupported body type."},
        422: {"description": "Unusable article or URL, with the reason."},
    },
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {"schema": ArticleIn.model_json_schema()},
                "text/markdown": {"schema": {"type": "string"}},
                "text/plain": {"schema": {"type": "string"}},
                "text/html": {"schema": {"type": "string"}},
            }
        }
    },
)
async def post_article(request: Request, db: Store, settings: Config, fetcher: PageFetcher) -> Answer:
    media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if media != "application/json" and media not in RAW_KINDS:
        raise HTTPException(
            415, f"send JSON, or the article as text/plain, text/markdown or text/html, not {media}"
        )
    payload, note = _parse(media, await request.body(), dict(request.query_params))
    article = await in_fetch_thread(article_from_input, payload, note, settings, fetcher)  # may wait on the network
    row, done = await in_analysis_thread(store_article, article, db)
    if not done.created:
        return Answer(answer(row, done))
    return Answer(answer(row, done), status_code=201, headers={"Location": f"/api/articles/{row.id}"})


MAX_BATCH = 200  # articles in one batch request
BATCH = TypeAdapter(list[ArticleIn])


def articles_from_inputs(payloads: list[ArticleIn], settings: Config, fetcher: PageFetcher) -> list[Article]:
    """The articles posted (or fetched), each refused with its place in the list."""
    articles = []
    for n, payload in enumerate(payloads):
        try:
            articles.append(article_from_input(payload, None, settings, fetcher))
        except HTTPException as err:
            raise HTTPException(err.status_code, f"article {n}: {err.detail}") from None
        except (InputError, FetchError) as err:
            raise HTTPException(422, f"article {n}: {err}") from None
    return articles


@router.post(
    "/articles/batch",
    summary="Store several articles in one transaction (a JSON array of what POST /api/articles takes)",
    responses={
        200: {"description": "`items`: each article as POST /api/articles answers it, in the order posted."},
        413: {"description": "Body or an article too large."},
        422: {"description": "An unusable article or URL (named by its place in the list): nothing is stored."},
    },
    openapi_extra={"requestBody": {"content": {"application/json": {"schema": BATCH.json_schema()}}}},
)
async def post_articles(request: Request, db: Store, settings: Config, fetcher: PageFetcher) -> Answer:
    """The articles are analysed and stored one after the other in one transaction, exactly as
    posting them one by one in this order would store them, at a lower cost per article. All
    or nothing: when one is refused, none is stored."""
    media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if media != "application/json":
        raise HTTPException(415, f"send a JSON array of articles, not {media}")
    try:
        payloads = BATCH.validate_json(await request.body())
    except ValidationError as err:
        raise HTTPException(422, validation_detail(err.errors())) from None
    if not 1 <= len(payloads) <= MAX_BATCH:
        raise HTTPException(422, f"send from 1 to {MAX_BATCH} articles, not {len(payloads)}")
    articles = await in_fetch_thread(articles_from_inputs, payloads, settings, fetcher)
    stored = await in_analysis_thread(store_articles, articles, db)
    return Answer({"items": [answer(row, done) for row, done in stored]})


class ArticleFilters(Page):
    outlet: SafeStr | None = Field(default=None, max_length=300)
    published_from: date | None = None
    published_to: date | None = None


@router.get("/articles", summary="Stored articles, newest first")
def list_articles(db: Store, page: Annotated[ArticleFilters, Query()]) -> Answer:
    conditions = []
    if page.outlet is not None:
        conditions.append(col(ArticleRow.outlet) == page.outlet)
    if page.published_from:
        conditions.append(col(ArticleRow.published_at) >= page.published_from)
    if page.published_to:
        conditions.append(col(ArticleRow.published_at) <= page.published_to)
    with db.read() as session:
        total = TOTALS.count(session, ArticleRow, conditions, page)
        rows = session.scalars(
            select(ArticleRow)
            .where(*conditions)
            .order_by(col(ArticleRow.seq).desc())
            .limit(page.limit)
            .offset(page.offset)
        )
        return Answer(page_of([article_item(r) for r in rows], total, page))


@router.get("/articles/{article_id}", summary="An article with its body, sources, claims and reuse")
def get_article(article_id: str, db: Store) -> Answer:
    with db.read() as session:
        row = found(session.get(ArticleRow, known_id(article_id, "article")), "article", article_id)
        return Answer(article_detail(session, row))


@router.get("/reuse", summary="Article pairs where one is a near-verbatim copy of (part of) the other")
def list_reuse(db: Store) -> Answer:
    with db.read() as session:
        rows = session.scalars(select(ReuseRow).order_by(col(ReuseRow.copy_id), col(ReuseRow.source_id)))
        return Answer([reuse_item(r) for r in rows])
