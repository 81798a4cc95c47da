"""GET /conflicts/{id}: both sides of a conflict, its review and the rest of its clusters;
POST /conflicts/{id}/review: confirm, dismiss or reopen it, with a note.

Reviews go through the API's own review function, so a decision made here shows in the API and
the other way round, with the same validation and the same history."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import RedirectResponse
from pydantic import ValidationError
from sqlmodel import Session, col, select

from app.api.conflicts import ReviewIn, apply_review
from app.api.deps import Config, Store, in_write_thread
from app.api.params import CONTROL, found, known_id
from app.db.models import ArticleRow, ClaimRow, ClusterRow, ConflictRow
from app.store.codec import load_article, load_claim
from app.store.views import clusters_of, conflict_detail
from app.ui.queue import Queue, QueueFilters
from app.ui.reads import Timeline, timeline
from app.ui.render import PageError, PageRoute, page
from app.ui.security import posted_from_our_pages
from app.ui.text import Piece, sentence_in_paragraph
from claims.report import speaker_label

router = APIRouter(route_class=PageRoute, include_in_schema=False)
CLUSTER_SOURCES_SHOWN = 12  # per cluster on the conflict page; the cluster page has them all
REVIEWER_COOKIE = "claims_reviewer"
REVIEW_ACTIONS = {"confirmed": "Confirm", "dismissed": "Dismiss", "open": "Reopen"}


@dataclass
class Side:
    label: str  # "A" or "B"
    appearance: dict[str, Any]  # app.store.views.appearances: source, outlet, date, sentence
    speaker: str | None
    hedges: list[str]
    modality: str
    paragraph: list[Piece]
    cluster_id: str | None


def _sides(session: Session, detail: dict[str, Any]) -> list[Side]:
    ids = [a["claim_id"] for a in detail["sides"]]
    claims = {r.id: r for r in session.scalars(select(ClaimRow).where(col(ClaimRow.id).in_(ids)))}
    clustered = clusters_of(session, [r.seq for r in claims.values() if r.seq is not None])
    article_ids = {a["article_id"] for a in detail["sides"]}
    bodies = {
        r.id: load_article(r.data).body
        for r in session.scalars(select(ArticleRow).where(col(ArticleRow.id).in_(article_ids)))
    }
    sides = []
    for label, appearance in zip("AB", detail["sides"], strict=False):
        row = claims[appearance["claim_id"]]
        claim = load_claim(row.data)
        sides.append(
            Side(
                label,
                appearance,
                speaker_label(claim),
                claim.hedges,
                claim.modality,
                sentence_in_paragraph(bodies[row.article_id], row.start, row.end),
                clustered.get(row.seq or 0),
            )
        )
    return sides


def _timelines(session: Session, sides: list[Side]) -> list[Timeline]:
    """The clusters of the two sides (once when both are in the same one)."""
    ids = list(dict.fromkeys(s.cluster_id for s in sides if s.cluster_id))
    clusters = {c.id: c for c in session.scalars(select(ClusterRow).where(col(ClusterRow.id).in_(ids)))}
    return [timeline(session, clusters[i], CLUSTER_SOURCES_SHOWN) for i in ids if i in clusters]


def _reviewer(request: Request) -> str:
    """The reviewer's name from the last review made in this browser, when it is still usable."""
    name = unquote(request.cookies.get(REVIEWER_COOKIE, ""))
    return "" if len(name) > 200 or CONTROL.search(name) else name


def conflict_page(
    request: Request, db: Store, conflict_id: str, filters: QueueFilters, status_code: int = 200, **form: Any
) -> Response:
    with db.read() as session:
        row = session.scalar(
            select(ConflictRow).where(col(ConflictRow.id) == known_id(conflict_id, "conflict"))
        )
        row = found(row, "conflict", conflict_id)
        detail = conflict_detail(session, row)
        sides = _sides(session, detail)
        position = Queue(session, db.backend, filters).position(row)
        timelines = _timelines(session, sides)
    return page(
        request,
        "conflict.html",
        status_code=status_code,
        conflict=detail,
        sides=sides,
        side_of={s.appearance["claim_id"]: s.label for s in sides},
        timelines=timelines,
        position=position,
        filters=filters,
        actions=REVIEW_ACTIONS,
        review_error=form.get("error"),
        note=form.get("note", detail["note"] or ""),
        reviewer=form.get("reviewer", _reviewer(request)),
    )


@router.get("/conflicts/{conflict_id}")
def show_conflict(conflict_id: str, request: Request, db: Store) -> Response:
    return conflict_page(request, db, conflict_id, QueueFilters.parse(request.query_params))


def _text_field(form: Any, name: str) -> str:
    value = form.get(name, "")
    if not isinstance(value, str):  # a file sent in place of a text field
        raise PageError(422, f"The field {name!r} must be text.")
    return value.strip()


def _review_of(form: Any) -> tuple[ReviewIn | None, str | None]:
    """The review the form asks for, or why it cannot be made. A form always sends its note:
    an empty one clears the note, as `null` does in the API."""
    fields: dict[str, Any] = {"note": _text_field(form, "note") or None}
    if status := _text_field(form, "status"):
        fields["status"] = status
    if reviewer := _text_field(form, "reviewer"):
        fields["reviewer"] = reviewer
    try:
        return ReviewIn.model_validate(fields), None
    except ValidationError as err:
        problem = err.errors()[0]
        name = ".".join(str(x) for x in problem["loc"])
        return None, f"{name}: {problem['msg']}" if name else str(problem["msg"]).removeprefix(
            "Value error, "
        )


@router.post("/conflicts/{conflict_id}/review")
async def review_conflict(conflict_id: str, request: Request, db: Store, settings: Config) -> Response:
    if not posted_from_our_pages(request, settings.public_url):
        raise PageError(403, "This review was not sent from this site's own page, so it was not recorded.")
    filters = QueueFilters.parse(request.query_params)
    form = await request.form()
    review, problem = _review_of(form)
    if review is None:
        typed = {"note": _text_field(form, "note"), "reviewer": _text_field(form, "reviewer")}
        return await run_in_threadpool(
            conflict_page, request, db, conflict_id, filters, 422, error=f"Not recorded: {problem}.", **typed
        )
    done = await in_write_thread(apply_review, db, known_id(conflict_id, "conflict"), review)
    response = RedirectResponse(filters.url(f"/conflicts/{quote(done['id'])}", page=None), status_code=303)
    if review.reviewer:
        response.set_cookie(
            REVIEWER_COOKIE,
            quote(review.reviewer),
            max_age=365 * 24 * 3600,
            httponly=True,
            samesite="strict",
            secure=request.url.scheme == "https",
        )
    return response
