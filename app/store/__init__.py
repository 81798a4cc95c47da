"""The analysed corpus in SQL: what incremental analysis reads (`corpus`), how its results are
written (`write`), and the derived conflicts (`conflicts`) and clusters (`clusters`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

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
