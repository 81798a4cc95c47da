"""The REST API (FastAPI). `create_app(settings)` builds it with the review UI mounted at `/`
(`app.ui`); the API keeps to `/api`, `/healthz`, `/docs` and `/openapi.json`."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app.api import articles, claims, compare, conflicts, exports, health
from app.api.cache import ResponseCache
from app.api.deps import set_read_threads
from app.api.errors import BodyLimit, CrossSiteWrites, install_error_handlers
from app.db.aio import AsyncReaders
from app.db.engine import Database
from app.db.migrate import upgrade
from app.fetch import Fetcher
from app.settings import Settings

PAGE_CONNECTIONS = 2


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    set_read_threads()
    yield


def create_app(settings: Settings | None = None) -> FastAPI:
    """The API on the store `settings.database_url`, migrated to the current schema first."""
    settings = settings or Settings()
    db = Database(settings.database_url)
    upgrade(db)
    app = FastAPI(
        lifespan=_lifespan,
        title="claims",
        version="0.1.0",
        summary="Claim provenance and source comparison for fact-checkers",
    )
    app.state.settings = settings
    app.state.db = db
    app.state.fetcher = Fetcher(settings)
    # PostgreSQL: pages read in the event loop, on connections of their own (`app.db.aio`)
    app.state.reader = AsyncReaders(db, PAGE_CONNECTIONS) if db.backend == "postgresql" else None
    if settings.response_cache:
        app.add_middleware(ResponseCache, db=db, entries=settings.response_cache)
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(CrossSiteWrites, public_url=settings.public_url)
    install_error_handlers(app)
    for module in (health, articles, claims, conflicts, compare, exports):
        app.include_router(module.router)
    from app.ui import install  # the UI imports the API's routers: imported here, not at the top

    install(app)
    return app
