"""Answers to GET requests kept per version of the store.

Every write (an ingest, a review) bumps `store_state.version` in its transaction, so a stored
answer is right exactly as long as the version it was computed at is the current one. Each
GET reads the version (one indexed row) and, when the same request was answered at that
version, sends the kept answer. Lists of conflicts are read far more often than articles
arrive, by every reviewer polling them; this makes those reads cheap on every process and host
sharing the store, with nothing about the corpus held in memory but recent answers."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import psycopg
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import text
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.db.aio import AsyncReader
from app.db.engine import Database

MAX_BODY = 2_000_000  # larger answers (whole exports) are not kept
VERSION = "SELECT version FROM store_state WHERE id = 1"


class ResponseCache:
    def __init__(self, app: ASGIApp, db: Database, entries: int) -> None:
        self.app = app
        self.db = db
        self.entries = entries
        self.kept: OrderedDict[tuple[object, ...], list[Message]] = OrderedDict()
        self.raw: Any = None  # SQLite: the connection versions are read on
        self.reader = AsyncReader(db)  # PostgreSQL: what they are read with

    def _version(self) -> int:
        with self.db.engine.connect() as connection:
            return int(connection.execute(text(VERSION)).scalar_one())

    async def _current_version(self) -> int:
        """The store's version. On SQLite it is read at once, on a connection of its own kept
        for this (in autocommit: each read sees the last commit): a one-row read of a local
        file, which WAL lets go on while a writer writes, costs less than handing it to a
        thread, and a kept answer is then sent without leaving the event loop. On PostgreSQL
        too it is read without leaving the event loop (`_pg_version`)."""
        if self.db.backend != "sqlite":
            return await self._pg_version()
        if self.raw is None:
            self.raw = self.db.engine.raw_connection()
        try:
            cursor = self.raw.cursor()
            try:
                cursor.execute(VERSION)
                return int(cursor.fetchone()[0])
            finally:
                cursor.close()
        except Exception:
            self.raw.invalidate()  # a broken connection is not kept; the next request opens another
            self.raw = None
            raise

    async def _pg_version(self) -> int:
        """The version read on the process' asynchronous connection (`app.db.aio`), else, as
        before, in a thread through the engine's pool (which reconnects, and reports a store
        that is down)."""
        try:
            row = await self.reader.fetchone(VERSION)
            assert row is not None
            return int(row[0])
        except (psycopg.Error, OSError):
            return await run_in_threadpool(self._version)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET" or not scope["path"].startswith("/api/"):
            await self.app(scope, receive, send)
            return
        # the version is read before the answer is computed, so a kept answer is never older
        # than the version it is kept under
        version = await self._current_version()
        scope.setdefault("state", {})["store_version"] = version  # what the answer was checked against
        host = dict(scope["headers"]).get(b"host", b"")  # exports link to the host asked
        key = (version, scope["path"], scope["query_string"], host)
        if (messages := self.kept.get(key)) is not None:
            self.kept.move_to_end(key)
            for message in messages:
                await send(message)
            return
        sent: list[Message] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal size
            sent.append(message)
            size += len(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, keep)
        if sent and sent[0].get("status") == 200 and size <= MAX_BODY and not sent[-1].get("more_body"):
            self.kept[key] = sent
            if len(self.kept) > self.entries:
                self.kept.popitem(last=False)
