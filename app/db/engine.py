"""Connections to the store: SQLite (WAL, real transactions) or PostgreSQL (psycopg 3).

Writers serialise on the `store_state` row (see `Database.write`); readers get a consistent
snapshot for the whole request (REPEATABLE READ on PostgreSQL, a WAL read transaction on SQLite).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event, update
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlmodel import Session, col

from app.db.models import StoreState

SQLITE_BUSY_MS = 60_000  # a writer waits this long for another writer (one ingest is well under a second)


class StoreError(Exception):
    """The store cannot be used (bad URL, unreachable server): a message for a person."""


def parse_url(raw: str) -> URL:
    """A SQLAlchemy URL; bare `postgresql://` URLs use psycopg 3, the driver this project installs."""
    try:
        url = make_url(raw)
    except ArgumentError:
        raise StoreError(
            f"{raw!r} is not a database URL (expected sqlite:///file.db or postgresql://...)"
        ) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(f"{raw!r}: only SQLite and PostgreSQL stores are supported")
    return url


def to_json(value: Any) -> str:
    """JSON for the documents the store keeps (orjson: ingest reads and writes thousands of
    them); dates the core's serialiser left as dates become ISO strings (read back by
    `app.store.codec`)."""
    return orjson.dumps(value).decode()


JSON_ENGINE_OPTIONS: dict[str, Any] = {"json_serializer": to_json, "json_deserializer": orjson.loads}


def _sqlite_engine(url: URL) -> Engine:
    engine = create_engine(
        url, **JSON_ENGINE_OPTIONS, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000}
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        # SQLAlchemy, not the sqlite3 module, decides where transactions begin (the module's own
        # handling starts them only at the first write, so a request's reads saw no snapshot)
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "journal_mode=WAL",
            "synchronous=NORMAL",
            "foreign_keys=ON",
            f"busy_timeout={SQLITE_BUSY_MS}",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        # a writer takes the write lock at once: upgrading a read snapshot later could fail
        immediate = connection.get_execution_options().get("claims_writer")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


class Database:
    """The store's engine and its two kinds of transaction."""

    def __init__(self, raw_url: str) -> None:
        url = parse_url(raw_url)
        self.backend = url.get_backend_name()
        if self.backend == "sqlite":
            self.engine = _sqlite_engine(url)
            self._reader = self.engine
        else:
            self.engine = create_engine(
                url, **JSON_ENGINE_OPTIONS, pool_pre_ping=True, pool_size=10, max_overflow=20
            )
            self._reader = self.engine.execution_options(isolation_level="REPEATABLE READ")
        self._writer = self.engine.execution_options(claims_writer=True)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self._reader) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[tuple[Session, StoreState]]:
        """A transaction that holds the store's write lock until it commits (or rolls back on
        any error: a write is all or nothing). Yields the session and the store's counters,
        which the caller may advance."""
        with Session(self._writer) as session, session.begin():
            row = session.execute(
                update(StoreState)
                .where(StoreState.id == 1)  # type: ignore[arg-type]
                .values(version=StoreState.version + 1)
                .returning(
                    col(StoreState.version), col(StoreState.next_article), col(StoreState.next_conflict)
                )
            ).one()
            state = StoreState(id=1, version=row[0], next_article=row[1], next_conflict=row[2])
            yield session, state
            session.execute(
                update(StoreState)
                .where(StoreState.id == 1)  # type: ignore[arg-type]
                .values(next_article=state.next_article, next_conflict=state.next_conflict)
            )

    def dispose(self) -> None:
        self.engine.dispose()
