"""Events, as far as the store can tell. The store keeps articles and claims, not stories, so the
event of an article is read from what articles share: two articles report the same event when
they state at least `MIN_SHARED` of the same claims (share clusters), when one copies the
other, or when the detectors found a conflict between them that is not about different times
(a conflict compares claims close in topic; "different times" may be another event). The event
is every article reached that way in a few steps, named after its earliest.

Claims stated very often ("the cause is under investigation") are common to many events and
would merge them, so clusters larger than `MAX_CLUSTER_CLAIMS` do not count. The walk is
bounded (`MAX_STEPS`, and no step from `MAX_ARTICLES` articles on), so its cost does not grow
with the store. It is a heuristic: on the example corpus it never merges two events and finds
nearly all of each; on corpora whose events share much wording (generated ones) an event takes
in some of its neighbours."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClusterMemberRow, ClusterRow, ConflictRow, ReuseRow
from app.store import chunked

MIN_SHARED = 2
MAX_CLUSTER_CLAIMS = 60
MAX_STEPS = 3
MAX_ARTICLES = 20  # an event this large is not walked further: each step costs more than the last


@dataclass
class Event:
    id: str  # the earliest article's id, which also names the event in URLs
    title: str | None
    outlet: str | None
    published_at: date | None
    article_ids: set[str] = field(default_factory=set)

    @property
    def label(self) -> str:
        return self.title or " · ".join(str(x) for x in (self.outlet, self.published_at) if x) or self.id


def _neighbours(session: Session, frontier: set[str]) -> set[str]:
    """The articles that report the same event as an article of the frontier."""
    members = ClusterMemberRow.__table__  # type: ignore[attr-defined]
    mine, theirs = members.alias("mine"), members.alias("theirs")
    found: set[str] = set()
    for part in chunked(sorted(frontier)):
        found.update(
            session.scalars(
                select(theirs.c.article_id)
                .select_from(mine)
                .join(theirs, theirs.c.cluster_id == mine.c.cluster_id)
                .join(ClusterRow, col(ClusterRow.id) == mine.c.cluster_id)
                .where(
                    mine.c.article_id.in_(part),
                    theirs.c.article_id != mine.c.article_id,
                    col(ClusterRow.size) <= MAX_CLUSTER_CLAIMS,
                )
                .group_by(mine.c.article_id, theirs.c.article_id)
                .having(func.count(func.distinct(mine.c.cluster_id)) >= MIN_SHARED)
            )
        )
        for copy, source in session.execute(
            select(ReuseRow.copy_id, ReuseRow.source_id).where(
                or_(col(ReuseRow.copy_id).in_(part), col(ReuseRow.source_id).in_(part))
            )
        ):
            found |= {copy, source}
        for a, b in session.execute(
            select(ConflictRow.article_a, ConflictRow.article_b).where(
                or_(col(ConflictRow.article_a).in_(part), col(ConflictRow.article_b).in_(part)),
                col(ConflictRow.temporal) != "different_times",
            )
        ):
            found |= {a, b}
    return found


def event_of(session: Session, article_id: str) -> Event | None:
    """The event the article reports, or None when there is no such article."""
    reached, frontier = {article_id}, {article_id}
    for _ in range(MAX_STEPS):
        if not frontier or len(reached) >= MAX_ARTICLES:
            break
        frontier = _neighbours(session, frontier) - reached
        reached |= frontier
    rows: dict[str, tuple[str | None, str | None, date | None, int]] = {}
    for part in chunked(sorted(reached)):
        for aid, title, outlet, published, seq in session.execute(
            sa_select(
                col(ArticleRow.id),
                col(ArticleRow.title),
                col(ArticleRow.outlet),
                col(ArticleRow.published_at),
                col(ArticleRow.seq),
            ).where(col(ArticleRow.id).in_(part))
        ):
            rows[aid] = (title, outlet, published, seq)
    if article_id not in rows:
        return None
    first = min(rows, key=lambda a: (rows[a][2] or date.max, rows[a][3]))
    title, outlet, published, _ = rows[first]
    return Event(first, title, outlet, published, set(rows))
