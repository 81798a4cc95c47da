"""Request parameters shared by the routers: pagination, identifiers and text that is safe to
store (no NUL characters, which PostgreSQL refuses, and no other control characters)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import orjson
from fastapi import HTTPException
from fastapi.responses import JSONResponse
from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from sqlalchemy import func
from sqlmodel import Session, col, select

from app.db.models import StoreState
from app.store import Kept

ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")  # anchored: pydantic patterns search
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_PAGE = 500


def _clean(value: str) -> str:
    if CONTROL.search(value):
        raise ValueError("must not contain control characters")
    return value


def _clean_text(value: str) -> str:
    """Article text may hold form feeds and the like, but never NUL."""
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


SafeStr = Annotated[str, AfterValidator(_clean)]
SafeText = Annotated[str, AfterValidator(_clean_text)]


T = TypeVar("T")


def found(row: T | None, what: str, value: str) -> T:
    """The row looked up by id, or a 404 naming what was not found."""
    if row is None:
        raise HTTPException(404, f"no {what} {value!r}")
    return row


def known_id(value: str, what: str) -> str:
    """An id from a path: anything that cannot be an id is simply not found."""
    if not ID.fullmatch(value):
        raise HTTPException(404, f"no {what} {value!r}")
    return value


class Page(BaseModel):
    """Pagination; list endpoints extend it with their filters (unknown parameters are refused,
    so a misspelt filter is not silently ignored)."""

    model_config = ConfigDict(extra="forbid")
    limit: int = Field(default=50, ge=1, le=MAX_PAGE, description="Items per page.")
    offset: int = Field(default=0, ge=0, le=10_000_000, description="Items to skip.")


def page_of(items: list[Any], total: int, page: Page) -> dict[str, Any]:
    return {"items": items, "total": total, "limit": page.limit, "offset": page.offset}


class Totals:
    """How many items a filtered list has, kept per store version: counting scans every
    matching row, and all the pages of a list share one total."""

    def __init__(self, entries: int = 1024) -> None:
        self.kept: Kept[int] = Kept(entries)

    def count(self, session: Session, model: Any, conditions: list[Any], page: Page) -> int:
        # read in the request's snapshot, so the version matches the rows counted
        version = session.scalar(select(StoreState.version).where(col(StoreState.id) == 1))
        return self.total(
            session, version, model, page, lambda: session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0
        )

    def total(self, session: Session, version: int | None, model: Any, page: Page, count: Callable[[], int]) -> int:
        """The kept total of the list `page` filters at `version` (read in the session's
        snapshot), else `count()`, kept. The store's URL is part of the key, as one process may
        serve (or test) several stores."""
        return self.kept.get(self.key(str(session.get_bind().engine.url), version, model, page), count)

    @staticmethod
    def key(store: str, version: int | None, model: Any, page: Page) -> tuple[Any, ...]:
        return (store, version, model.__tablename__, tuple(sorted(page.model_dump(exclude={"limit", "offset"}).items())))


TOTALS = Totals()


class Answer(JSONResponse):
    """A JSON answer rendered as it is: the views build plain JSON values, so FastAPI's generic
    encoder, which took most of a list request's time, is not needed."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content)
