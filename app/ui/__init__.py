"""The review UI: server-rendered pages at `/` on the same store as the API.

`install(app)` adds it to an app built by `app.api.create_app`: the pages, the static files at
`/static` (CSS, the small keyboard script and a vendored htmx; nothing is loaded from elsewhere)
and the security headers. Every page reads without JavaScript; scripts only add reviewing without
a reload, filters that apply as they change, and keyboard shortcuts."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from app.ui import add_article, article_pages, conflict_pages, queue_page
from app.ui.security import SecurityHeaders

STATIC = Path(__file__).parent / "static"


def install(app: FastAPI) -> None:
    """Mount the UI on `app`. Calling it again on the same app does nothing, so it works whether
    or not `create_app` already did it."""
    if getattr(app.state, "ui_installed", False):
        return
    app.state.ui_installed = True
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # add_article first: its /articles/new would otherwise be taken for an article's id
    for module in (queue_page, conflict_pages, add_article, article_pages):
        app.include_router(module.router)
