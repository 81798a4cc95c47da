"""What the routers take from the application: the store, the settings, the page fetcher."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import anyio
from fastapi import Depends, Request

from app.db.engine import Database
from app.fetch import Fetcher
from app.settings import Settings

T = TypeVar("T")
# The analysis (ingest, compare) is CPU-bound Python that lets go of the GIL and takes it back
# very often (the regex module releases it while matching). Run in many threads at once, each
# job waits for the GIL again at every step (a convoy: 2 ms of work took seconds under 50
# clients), so each process runs analysis in one thread, one job at a time.
ANALYSIS = anyio.CapacityLimiter(1)
# Reads (the synchronous endpoints and pages, run by FastAPI in the default thread pool) are
# short and CPU-bound too: the same convoy made 40 threads answer 50 clients slower, and later,
# than a few (`set_read_threads`, at start). What waits on something else than the CPU has a
# pool of its own, so it never holds up reads: writes wait for the store's write lock (one at a
# time anyway), fetches for remote hosts.
READ_THREADS = 2
WRITES = anyio.CapacityLimiter(1)
FETCHES = anyio.CapacityLimiter(8)


async def in_analysis_thread(func: Callable[..., T], *args: Any) -> T:
    return await anyio.to_thread.run_sync(functools.partial(func, *args), limiter=ANALYSIS)


async def in_write_thread(func: Callable[..., T], *args: Any) -> T:
    return await anyio.to_thread.run_sync(functools.partial(func, *args), limiter=WRITES)


async def in_fetch_thread(func: Callable[..., T], *args: Any) -> T:
    return await anyio.to_thread.run_sync(functools.partial(func, *args), limiter=FETCHES)


def set_read_threads() -> None:
    """Give the running event loop's default thread pool (FastAPI's, for synchronous
    endpoints) `READ_THREADS` threads."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = READ_THREADS


# The dependencies are coroutines although they only read the application's state: FastAPI runs
# a plain function in the thread pool, so each would cost a request a trip through the pool's
# few threads, behind the reads being computed there.
async def _db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def _fetcher(request: Request) -> Fetcher:
    fetcher: Fetcher = request.app.state.fetcher
    return fetcher


Store = Annotated[Database, Depends(_db)]
Config = Annotated[Settings, Depends(_settings)]
PageFetcher = Annotated[Fetcher, Depends(_fetcher)]
