"""The analysed corpus in SQL: what incremental analysis reads (`corpus`), how its results are
written (`write`), and the derived conflicts (`conflicts`) and clusters (`clusters`)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator
from datetime import date
from typing import Any, Generic, TypeVar

import orjson
from sqlmodel import Session

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list: far below every backend's limit on bound parameters
MARK = {"sqlite": "?", "postgresql": "%s"}  # the drivers' placeholders (sqlite3, psycopg)


def chunked(items: Iterable[T], size: int = CHUNK) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class Kept(Generic[T]):
    """Values computed from the store, kept under keys that name the store's version (so a
    write makes them unused), the most recently used `entries` of them; shared by threads."""

    def __init__(self, entries: int) -> None:
        self.entries = entries
        self.kept: OrderedDict[Hashable, T] = OrderedDict()
        self.lock = threading.Lock()

    def peek(self, key: Hashable) -> T | None:
        with self.lock:
            return self.kept.get(key)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        with self.lock:
            if key in self.kept:
                self.kept.move_to_end(key)
                return self.kept[key]
        value = compute()
        with self.lock:
            self.kept[key] = value
            if len(self.kept) > self.entries:
                self.kept.popitem(last=False)
        return value


def rows(session: Session, statement: Any) -> Any:
    """Run a statement on the session's connection (so in its transaction), its rows as the
    driver gives them: the ORM's session would first look at every row, or match an update
    against the objects it holds, which cost more than the database's own work for the tens of
    thousands of rows an ingest reads (a cluster's members, the candidates' postings)."""
    return session.connection().execute(statement)


def insert_rows(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows as one statement executed for all of them, through the connection: the
    ORM's bulk insert looks at every row in Python first, which cost more than the database's
    own work for the thousands of rows of an ingest."""
    if rows:
        session.connection().execute(model.__table__.insert(), rows)


def driver_cursor(session: Session) -> Any:
    """A cursor of the driver's connection under the session's transaction (its snapshot)."""
    return session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]


def backend(session: Session) -> str:
    return session.get_bind().dialect.name


def driver_rows(session: Session, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """The rows of a fixed query (`?` placeholders), straight from the driver's cursor, in the
    session's transaction. The reads an ingest makes return tens of thousands of rows (postings,
    candidates, cluster members): SQLAlchemy's result wraps and hands them over one by one, and
    renders an expanding `IN` list anew for every execution, which cost more CPU than the
    database's own work. Values are as the driver gives them: see `json_of` and `date_of`."""
    if backend(session) != "sqlite":
        sql = sql.replace("?", MARK["postgresql"])
    cursor = driver_cursor(session)
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall()) if cursor.description is not None else []  # (none of a write)
    finally:
        cursor.close()


def one_of(session: Session, values: Collection[Any]) -> tuple[str, Any]:
    """A condition `<column> ...` matching any of the values, and its one parameter: a JSON list
    read by `json_each` on SQLite, an array on PostgreSQL (one statement whatever their number)."""
    if backend(session) == "sqlite":
        return "IN (SELECT value FROM json_each(?))", orjson.dumps(list(values)).decode()
    return "= ANY(?)", list(values)


def json_of(value: Any) -> Any:
    """A JSON column's value as the driver gave it: text on SQLite, decoded by psycopg (with the
    engine's deserialiser) on PostgreSQL."""
    return orjson.loads(value) if isinstance(value, str | bytes) else value


def date_of(value: Any) -> Any:
    """A DATE column's value as the driver gave it: ISO text on SQLite, a date on PostgreSQL."""
    return date.fromisoformat(value) if isinstance(value, str) else value
