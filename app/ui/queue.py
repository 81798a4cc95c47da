"""The review queue: which conflicts a reviewer sees, in which order, with which counts, and where
a conflict stands in that order (for next and previous)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import BigInteger, case, func, literal, or_, union
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlalchemy.sql.util import ClauseAdapter
from sqlmodel import Session, col, select
from starlette.datastructures import QueryParams

from app.api.conflicts import Kind, Severity
from app.api.params import ID, SafeStr
from app.db.models import ArticleRow, ClaimRow, ConflictRow
from app.store.search import sentence_matches
from app.ui.events import Event, event_of
from app.ui.render import PageError
from claims.conflicts import SEVERITY_RANK

PAGE_SIZE = 50
MAX_LISTED = 20_000  # matching conflicts of a search passed by number; more are re-queried each time
STATUSES = ("open", "confirmed", "dismissed")
SEVERITIES = ("high", "medium", "low")
KINDS = ("numeric", "outcome", "date", "negation", "attribution", "unit", "entity", "other")
DEFAULTS: dict[str, Any] = {"status": "open", "page": 1}
SEVERITY_OF_RANK = {rank: severity for severity, rank in SEVERITY_RANK.items()}

# The queue's order: open conflicts first (in a queue of every status), then the most severe,
# then the newest. `Queue.rows` reads pages in it; `place` is the same order as one number,
# largest first, with which a single scan finds a conflict's neighbours and position.
IS_OPEN = col(ConflictRow.status) == "open"
NUM_SPAN = 10**9  # conflict numbers stay below it
OPEN_BONUS = 10**11  # above every severity rank times NUM_SPAN


def place(any_status: bool) -> Any:
    """The order as an SQL number (BIGINT: it does not fit PostgreSQL's INTEGER)."""
    key = col(ConflictRow.severity_rank) * literal(NUM_SPAN, BigInteger) + col(ConflictRow.num)
    return key + case((IS_OPEN, literal(OPEN_BONUS, BigInteger)), else_=0) if any_status else key


def place_of(row: ConflictRow, any_status: bool) -> int:
    """`place` of one row, computed here."""
    return row.severity_rank * NUM_SPAN + row.num + (OPEN_BONUS if any_status and row.status == "open" else 0)


class QueueFilters(BaseModel):
    """The queue's filters, from the query string. Empty fields (a form's "any") are no filter."""

    model_config = ConfigDict(extra="forbid")
    status: Literal["open", "confirmed", "dismissed", "any"] = "open"
    kind: Kind | None = None
    severity: Severity | None = None
    outlet: SafeStr | None = Field(default=None, max_length=300)
    event: str | None = Field(default=None, pattern=ID.pattern, max_length=100)
    q: SafeStr | None = Field(default=None, max_length=300)
    page: int = Field(default=1, ge=1, le=100_000)

    @field_validator("*", mode="before")
    @classmethod
    def _blank_is_default(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @classmethod
    def parse(cls, params: QueryParams) -> QueueFilters:
        if len(params.keys()) != len(params.multi_items()):
            raise PageError(422, "Give each filter once.")
        fields = {k: v for k, v in params.items() if v.strip() or k not in DEFAULTS}
        try:
            return cls.model_validate(fields)
        except ValidationError as err:
            problem = err.errors()[0]
            name = ".".join(str(x) for x in problem["loc"]) or "query"
            raise PageError(422, f"The filter {name!r} is not valid: {problem['msg']}.") from None

    def url(self, path: str = "/", **changes: Any) -> str:
        """`path` with this queue's filters, some changed (None removes one), for links that keep
        the reviewer in the same queue. Back to page 1 unless a page is given: other filters make
        other pages."""
        values = {**self.model_dump(), "page": 1, **changes}
        query = urlencode({k: v for k, v in values.items() if v is not None and DEFAULTS.get(k) != v})
        return f"{path}?{query}" if query else path


def _touching(articles: Any) -> Any:
    """Conflicts with a side in these articles, found through each side's index (SQLite answers
    an OR of the two sides by reading the whole table)."""
    return col(ConflictRow.num).in_(
        union(
            select(ConflictRow.num).where(col(ConflictRow.article_a).in_(articles)),
            select(ConflictRow.num).where(col(ConflictRow.article_b).in_(articles)),
        )
    )


@dataclass
class Position:
    """Where a conflict stands in a queue: its neighbours, and its place when it is in it."""

    previous: str | None
    next: str | None
    number: int | None  # 1-based; None when the conflict no longer matches the filters
    total: int


@dataclass
class Counts:
    total: int  # what the filters show
    by_status: dict[str, int]  # what each status would show, the other filters kept
    by_severity: dict[str, int]  # what each severity would show, the other filters kept


class Queue:
    """The conflicts matching some filters, read from one session."""

    def __init__(self, session: Session, backend: str, filters: QueueFilters) -> None:
        self.session = session
        self.filters = filters
        self.event: Event | None = None
        if filters.event:
            self.event = event_of(session, filters.event)
            if self.event is None:
                raise PageError(404, f"There is no article {filters.event!r} to take the event from.")
        self._found = self._search(backend, filters.q) if filters.q else None

    def _search(self, backend: str, q: str) -> Any:
        """A condition on the conflicts with a side whose sentence has every word of `q`. The
        matching conflicts are read once: the full-text query is the slow part, and the page
        needs it in several queries."""
        try:
            matches = sentence_matches(backend, q)
        except ValueError:
            raise PageError(422, "The search has no words to look for.") from None
        if backend == "sqlite":
            # SQLite probes `claim_a IN (subquery)` badly; joining each side's claim is several
            # times faster (the condition is moved onto each side's alias)
            claims = ClaimRow.__table__  # type: ignore[attr-defined]
            side_a, side_b = claims.alias("side_a"), claims.alias("side_b")
            found = (
                select(ConflictRow.num)
                .join(side_a, side_a.c.id == col(ConflictRow.claim_a))
                .join(side_b, side_b.c.id == col(ConflictRow.claim_b))
                .where(or_(ClauseAdapter(side_a).traverse(matches), ClauseAdapter(side_b).traverse(matches)))
            )
        else:  # one common table, so the full-text search runs once for both sides
            ids = select(ClaimRow.id).where(matches).cte("matching_claims")
            found = select(ConflictRow.num).where(
                or_(
                    col(ConflictRow.claim_a).in_(select(ids.c.id)),
                    col(ConflictRow.claim_b).in_(select(ids.c.id)),
                )
            )
        nums = list(self.session.scalars(found))
        return col(ConflictRow.num).in_(nums if len(nums) <= MAX_LISTED else found)

    def conditions(self, without: frozenset[str] = frozenset()) -> list[Any]:
        f = self.filters
        found: list[Any] = [col(ConflictRow.stale).is_(False)]
        if f.status != "any" and "status" not in without:
            found.append(col(ConflictRow.status) == f.status)
        if f.kind:
            found.append(col(ConflictRow.kind) == f.kind)
        if f.severity and "severity" not in without:
            found.append(col(ConflictRow.severity) == f.severity)
        if f.outlet:
            found.append(_touching(select(ArticleRow.id).where(col(ArticleRow.outlet) == f.outlet)))
        if self.event:
            found.append(_touching(sorted(self.event.article_ids)))
        if self._found is not None:
            found.append(self._found)
        return found

    def counts(self) -> Counts:
        """The counts of the queue, from one grouped query (on the severity's rank, which the
        listing indexes hold, so the count can be read from an index alone)."""
        f = self.filters
        cells = self.session.execute(
            select(col(ConflictRow.status), col(ConflictRow.severity_rank), func.count())
            .where(*self.conditions(without=frozenset({"status", "severity"})))
            .group_by(col(ConflictRow.status), col(ConflictRow.severity_rank))
        ).all()
        counts = Counts(0, {}, {})
        for status, rank, n in cells:
            severity = SEVERITY_OF_RANK[rank]
            status_shown = f.status in ("any", status)
            severity_shown = f.severity in (None, severity)
            if severity_shown:
                counts.by_status[status] = counts.by_status.get(status, 0) + n
            if status_shown:
                counts.by_severity[severity] = counts.by_severity.get(severity, 0) + n
            if status_shown and severity_shown:
                counts.total += n
        return counts

    def rows(self, counts: Counts) -> list[ConflictRow]:
        """The conflicts of the page. Numbers are sorted first and rows read whole after: sorting
        narrow rows is much cheaper than sorting whole ones, explanations and all. A queue of
        every status is read as its two parts, open ones then the others, each in the order of
        the listing indexes (sorting on "open first" would read the whole table)."""
        offset = (self.filters.page - 1) * PAGE_SIZE
        if self.filters.status != "any":
            nums = self._nums(self.conditions(), offset, PAGE_SIZE)
        else:
            opened = counts.by_status.get("open", 0)
            nums = self._nums([*self.conditions(), IS_OPEN], offset, PAGE_SIZE) if offset < opened else []
            if len(nums) < PAGE_SIZE:
                others = [*self.conditions(), col(ConflictRow.status).in_(STATUSES[1:])]
                nums += self._nums(others, max(0, offset - opened), PAGE_SIZE - len(nums))
        found = {
            r.num: r for r in self.session.scalars(select(ConflictRow).where(col(ConflictRow.num).in_(nums)))
        }
        return [found[n] for n in nums]

    def _nums(self, conditions: list[Any], offset: int, limit: int) -> list[int]:
        return list(
            self.session.scalars(
                select(ConflictRow.num)
                .where(*conditions)
                .order_by(col(ConflictRow.severity_rank).desc(), col(ConflictRow.num).desc())
                .limit(limit)
                .offset(offset)
            )
        )

    def position(self, row: ConflictRow) -> Position:
        """The previous and next conflicts of the queue around `row`, and its number in it, from
        one scan. The row may no longer match (it was just reviewed): its neighbours are then
        those of its place."""
        any_status = self.filters.status == "any"
        key, mine = place(any_status), place_of(row, any_status)
        total, before, previous, following, listed = self.session.execute(
            sa_select(
                func.count(),
                func.coalesce(func.sum(case((key > mine, 1), else_=0)), 0),
                func.min(case((key > mine, key))),  # the nearest place above: the previous one
                func.max(case((key < mine, key))),  # the nearest place below: the next one
                func.coalesce(func.sum(case((col(ConflictRow.num) == row.num, 1), else_=0)), 0),
            ).where(*self.conditions())
        ).one()
        nums = {k: int(k) % NUM_SPAN for k in (previous, following) if k is not None}
        ids = dict(
            self.session.execute(
                select(ConflictRow.num, ConflictRow.id).where(col(ConflictRow.num).in_(nums.values()))
            ).all()
        )
        return Position(
            ids.get(nums.get(previous, -1)),
            ids.get(nums.get(following, -1)),
            int(before) + 1 if listed else None,
            int(total),
        )
