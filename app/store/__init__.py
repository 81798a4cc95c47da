"""The analysed corpus in SQL: what incremental analysis reads (`corpus`), how its results are
written (`write`), and the derived conflicts (`conflicts`) and clusters (`clusters`)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, Generic, TypeVar

from sqlmodel import Session

T = TypeVar("T")
CHUNK = 500  # ids per IN (...) list: far below every backend's limit on bound parameters


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
