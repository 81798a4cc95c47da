"""The analysed corpus in SQL: what incremental analysis reads (`corpus`), how its results are
written (`write`), and the derived conflicts (`conflicts`) and clusters (`clusters`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

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


def insert_rows(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows as one statement executed for all of them, through the connection: the
    ORM's bulk insert looks at every row in Python first, which cost more than the database's
    own work for the thousands of rows of an ingest."""
    if rows:
        session.connection().execute(model.__table__.insert(), rows)
