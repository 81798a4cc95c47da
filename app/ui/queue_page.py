"""GET /: the review queue."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from sqlmodel import col, select

from app.api.deps import Store
from app.db.models import ArticleRow
from app.store.views import conflict_items
from app.ui.events import Event
from app.ui.queue import KINDS, PAGE_SIZE, SEVERITIES, STATUSES, Queue, QueueFilters
from app.ui.render import PageRoute, page

router = APIRouter(route_class=PageRoute, include_in_schema=False)
MAX_OUTLETS = 500  # the outlet menu; a store with more is filtered by typing the name in the URL


@router.get("/")
def queue_page(request: Request, db: Store) -> Response:
    filters = QueueFilters.parse(request.query_params)
    with db.read() as session:
        queue = Queue(session, db.backend, filters)
        counts = queue.counts()
        items = conflict_items(queue.rows(counts))
        outlets = list(
            session.scalars(
                select(ArticleRow.outlet)
                .where(col(ArticleRow.outlet).is_not(None))
                .distinct()
                .order_by(col(ArticleRow.outlet))
                .limit(MAX_OUTLETS)
            )
        )
    if filters.outlet and filters.outlet not in outlets:
        outlets.append(filters.outlet)
    return page(
        request,
        "queue.html",
        filters=filters,
        items=items,
        counts=counts,
        first=(filters.page - 1) * PAGE_SIZE + 1,
        last_page=max(1, -(-counts.total // PAGE_SIZE)),
        statuses=STATUSES,
        severities=SEVERITIES,
        kinds=KINDS,
        outlets=outlets,
        event=queue.event,
        stories=_stories(items, queue.event),
    )


def _stories(items: list[dict[str, Any]], event: Event | None) -> dict[str, str]:
    """The event menu: the events of the articles on this page, each named by its article (an
    event is only known around an article; finding all of them would read the whole store)."""
    stories = {event.id: event.label} if event else {}
    for item in items:
        for side in item["sides"]:
            stories.setdefault(side["article_id"], side["title"] or side["outlet"] or side["article_id"])
    return stories
