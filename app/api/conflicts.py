"""GET /api/conflicts (filters), GET /api/conflicts/{id} (with review history),
PATCH /api/conflicts/{id} (review: status, note, reviewer)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import psycopg
from fastapi import APIRouter, Query, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy import func, union
from sqlmodel import col, select

from app.api.deps import Store, in_write_thread
from app.api.params import ID, TOTALS, Answer, Page, SafeStr, found, known_id
from app.db.engine import Database
from app.db.models import ConflictRow, ReviewRow
from app.store.listing import FILTERS, conflict_page, conflict_page_async, store_version
from app.store.views import appearances, conflict_detail, rendered_conflict
from app.store.write import now

router = APIRouter(prefix="/api", tags=["conflicts"])
Status = Literal["open", "confirmed", "dismissed"]
Kind = Literal["numeric", "outcome", "date", "negation", "attribution", "unit", "entity", "other"]
Severity = Literal["high", "medium", "low"]
Temporal = Literal["same_time", "different_times", "unknown"]


class ConflictFilters(Page):
    status: Status | None = None
    kind: Kind | None = None
    severity: Severity | None = None
    temporal: Temporal | None = None
    article_id: str | None = Field(default=None, pattern=ID.pattern, max_length=100)
    include_stale: bool = Field(
        default=False, description="Also list reviewed conflicts that later analysis no longer finds."
    )

    def conditions(self) -> list[Any]:
        found: list[Any] = [] if self.include_stale else [col(ConflictRow.stale).is_(False)]
        for name in FILTERS:
            if (value := getattr(self, name)) is not None:
                found.append(getattr(ConflictRow, name) == value)
        if self.article_id:
            # a union of two index lookups: with OR, planners would walk the list's order instead
            either = union(
                select(ConflictRow.num).where(col(ConflictRow.article_a) == self.article_id),
                select(ConflictRow.num).where(col(ConflictRow.article_b) == self.article_id),
            )
            found.append(col(ConflictRow.num).in_(either))
        return found


ORDER = (col(ConflictRow.severity_rank).desc(), col(ConflictRow.strength).desc(), col(ConflictRow.num).desc())


@router.get("/conflicts", summary="Conflicts, most urgent first")
async def list_conflicts(request: Request, db: Store, filters: Annotated[ConflictFilters, Query()]) -> Response:
    # On SQLite a page is computed in the event loop, like the version a kept answer is checked
    # against (`app.api.cache`): it is a few index reads of a local file and well under a
    # millisecond of Python, less than the trip through the read threads cost it in waiting
    # for them and for the interpreter's lock (at 50 clients, p99 fell by a third to a half).
    # On PostgreSQL it is one statement on the process' asynchronous connection when what it
    # needs beside is kept, else it is read in a thread (and what it needs is kept).
    if db.backend == "sqlite":
        return conflicts_page(db, filters)
    if (reader := request.app.state.reader) is not None:
        equal = {name: value for name in FILTERS if (value := getattr(filters, name)) is not None}
        store = str(db.engine.url)
        try:
            found = await conflict_page_async(
                reader, store, equal, filters.include_stale, filters.article_id, filters.limit, filters.offset,
                getattr(request.state, "store_version", None),
                lambda version: TOTALS.kept.peek(TOTALS.key(store, version, ConflictRow, filters)),
            )  # fmt: skip
        except (psycopg.Error, OSError):
            found = None
        if found is not None:
            return _answer(*found, filters)
    return await run_in_threadpool(conflicts_page, db, filters)


def _answer(items: str, total: int, page: Page) -> Response:
    # the items are stored as JSON: the answer is joined from them, as orjson would write it
    body = f'{{"items":[{items}],"total":{total},"limit":{page.limit},"offset":{page.offset}}}'
    return Response(body, media_type="application/json")


def conflicts_page(db: Database, filters: ConflictFilters) -> Response:
    """A page of conflicts, joined from the items stored in their rows (`app.store.listing`)."""
    equal = {name: value for name in FILTERS if (value := getattr(filters, name)) is not None}
    with db.read() as session:

        def count() -> int:
            return TOTALS.total(
                session, store_version(session), ConflictRow, filters,
                lambda: session.scalar(select(func.count()).select_from(ConflictRow).where(*filters.conditions())) or 0,
            )  # fmt: skip

        items, total = conflict_page(
            session, equal, filters.include_stale, filters.article_id, filters.limit, filters.offset, count
        )
    return _answer(",".join(items), total, filters)


@router.get("/conflicts/{conflict_id}", summary="A conflict with both sides and its review history")
def get_conflict(conflict_id: str, db: Store) -> Answer:
    with db.read() as session:
        row = session.scalar(select(ConflictRow).where(col(ConflictRow.id) == known_id(conflict_id, "conflict")))
        return Answer(conflict_detail(session, found(row, "conflict", conflict_id)))


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Status | None = None
    note: SafeStr | None = Field(
        default=None, max_length=5000, description="Replaces the note; null clears it."
    )
    reviewer: SafeStr | None = Field(default=None, max_length=200)

    @model_validator(mode="after")
    def _something_to_record(self) -> ReviewIn:
        if "status" not in self.model_fields_set and "note" not in self.model_fields_set:
            raise ValueError("give a status (open, confirmed, dismissed) or a note")
        if "status" in self.model_fields_set and self.status is None:
            raise ValueError("status cannot be null")
        return self


def apply_review(db: Store, conflict_id: str, review: ReviewIn) -> dict[str, Any]:
    with db.write() as (session, _state):
        row = found(session.scalar(select(ConflictRow).where(col(ConflictRow.id) == conflict_id)), "conflict", conflict_id)
        at = now()
        if review.status is not None:
            row.status = review.status
        if "note" in review.model_fields_set:
            row.note = review.note
        row.reviewer, row.reviewed_at = review.reviewer, at
        row.item = rendered_conflict(row, appearances(session, [row.claim_a, row.claim_b]))
        session.add(
            ReviewRow(
                conflict_id=row.id,
                key=row.key,
                status=row.status,
                note=row.note,
                reviewer=row.reviewer,
                created_at=at,
            )
        )
        session.flush()
        return conflict_detail(session, row)


@router.patch(
    "/conflicts/{conflict_id}", summary="Review a conflict: its status and a note, kept with history"
)
async def review_conflict(conflict_id: str, review: ReviewIn, db: Store) -> Answer:
    return Answer(await in_write_thread(apply_review, db, known_id(conflict_id, "conflict"), review))
