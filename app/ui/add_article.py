"""GET /articles/new and POST /articles: add an article by pasting its text with metadata, or by
giving its URL. Stored exactly as `POST /api/articles` stores it (the same function, so the same
limits, the fetcher's address checks and the same idempotency); a refused article leaves the
store as it was and the form comes back with the reason and what was typed."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import RedirectResponse
from pydantic import ValidationError

from app.api.articles import ArticleIn, article_from_input, store_article
from app.api.deps import Config, PageFetcher, Store, in_analysis_thread, in_fetch_thread
from app.fetch import FetchError
from app.ui.render import PageError, PageRoute, page
from app.ui.security import posted_from_our_pages
from claims.readers import InputError

router = APIRouter(route_class=PageRoute, include_in_schema=False)
FIELDS = ("text", "title", "outlet", "author", "url", "published_at", "format")
FORMATS = {
    "": "guess from the text",
    "txt": "plain text",
    "md": "Markdown (front matter allowed)",
    "html": "HTML page",
}


def form_page(request: Request, status_code: int = 200, error: str | None = None, **typed: str) -> Response:
    return page(
        request,
        "add_article.html",
        status_code=status_code,
        error=error,
        typed={name: typed.get(name, "") for name in FIELDS},
        formats=FORMATS,
    )


@router.get("/articles/new")
def new_article(request: Request) -> Response:
    return form_page(request)


def _typed(form: Any) -> dict[str, str]:
    typed = {}
    for name in FIELDS:
        value = form.get(name, "")
        if not isinstance(value, str):  # a file sent in place of a text field
            raise PageError(422, f"The field {name!r} must be text.")
        # browsers send a textarea's line breaks as CRLF; a body's newlines are "\n"
        typed[name] = value.replace("\r\n", "\n") if name == "text" else value.strip()
    return typed


def _why_invalid(err: ValidationError) -> str:
    problem = err.errors()[0]
    name = ".".join(str(x) for x in problem["loc"]).replace("_", " ")
    return f"{name}: {problem['msg']}" if name else str(problem["msg"])


@router.post("/articles")
async def add_article(request: Request, db: Store, settings: Config, fetcher: PageFetcher) -> Response:
    if not posted_from_our_pages(request, settings.public_url):
        raise PageError(403, "This article was not sent from this site's own form, so it was not stored.")
    typed = _typed(await request.form())
    fields = {k: v for k, v in typed.items() if v.strip()}
    if not fields.get("text") and not fields.get("url"):
        return form_page(request, 422, "Paste the article's text, or give a URL to fetch it from.", **typed)
    try:
        payload = ArticleIn.model_validate(fields)
        article = await in_fetch_thread(article_from_input, payload, None, settings, fetcher)
        row, done = await in_analysis_thread(store_article, article, db)
    except ValidationError as err:
        return form_page(request, 422, f"Not stored: {_why_invalid(err)}.", **typed)
    except HTTPException as err:
        return form_page(request, err.status_code, f"Not stored: {err.detail}", **typed)
    except FetchError as err:
        return form_page(request, 422, f"Not stored: the URL cannot be fetched: {err}", **typed)
    except InputError as err:
        return form_page(request, 422, f"Not stored: {err}", **typed)
    stored = "new" if done.created else "again"
    return RedirectResponse(f"/articles/{quote(row.id)}?stored={stored}", status_code=303)
