"""PostgreSQL reads that do not leave the event loop, on asynchronous psycopg connections in
autocommit (each statement sees the last commit, in a snapshot of its own): per process, one for
the store's version every GET reads (`app.api.cache`), and two for pages of conflicts
(`app.store.listing`), so that a kept answer does not wait behind a page. Handed to a thread,
such reads waited behind the reads computed there (at 50 clients, the conflicts' p99 fell from
338 to 167 ms on a loaded machine). Requests take turns on a connection (psycopg's own lock),
one round trip each; callers fall back to the engine's pool in a thread when it cannot be had or
fails (`psycopg.Error`, `OSError`)."""

from __future__ import annotations

import asyncio
from typing import Any

import psycopg

from app.db.engine import Database


class AsyncReader:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.connection: Any = None
        self.loop: asyncio.AbstractEventLoop | None = None  # the event loop it belongs to
        self.lock = asyncio.Lock()  # one connects at a time

    async def fetchone(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        try:
            loop = asyncio.get_running_loop()
            if self.loop is not loop:  # a new event loop (tests start one per client)
                if self.connection is not None:
                    self.connection.pgconn.finish()  # the old loop's connection, closed without it
                self.connection, self.loop, self.lock = None, loop, asyncio.Lock()
            async with self.lock:
                if self.connection is None or self.connection.closed:
                    url = self.db.engine.url.set(drivername="postgresql")
                    self.connection = await psycopg.AsyncConnection.connect(
                        url.render_as_string(hide_password=False), autocommit=True, connect_timeout=5
                    )
            cursor = await self.connection.execute(sql, params)
            row: tuple[Any, ...] | None = await cursor.fetchone()
            return row
        except (psycopg.Error, OSError):
            if self.connection is not None:
                self.connection.pgconn.finish()
                self.connection = None
            raise


class AsyncReaders:
    """A few `AsyncReader`s taken in turn, so that statements that take a while (pages) do not
    all queue on one connection."""

    def __init__(self, db: Database, size: int) -> None:
        self.readers = [AsyncReader(db) for _ in range(size)]
        self.turn = 0

    async def fetchone(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        self.turn = (self.turn + 1) % len(self.readers)
        return await self.readers[self.turn].fetchone(sql, params)
