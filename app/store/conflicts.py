"""One conflict row per finding key: the key's best-ranked finding (as
`claims.conflicts.deduplicate` picks it) beside its review. Recomputed for the keys an ingest
touched; a key left without findings keeps its row only when someone reviewed it (`stale`)."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import bindparam, delete, union, update
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClaimRow, ConflictRow, FindingRow, StoreState
from app.store import chunked
from app.store.views import appearances, rendered_conflict
from claims.conflicts import SEVERITY_RANK

Position = tuple[str, int, int]  # (article path, sentence start, claim row)


def _positions(session: Session, claim_ids: set[str]) -> dict[str, tuple[str, Position]]:
    """Each claim's article and its place in the corpus read as files are (path, then offset)."""
    found: dict[str, tuple[str, Position]] = {}
    for part in chunked(sorted(claim_ids)):
        rows = session.execute(
            sa_select(*(col(c) for c in (ClaimRow.id, ClaimRow.article_id, ArticleRow.path, ClaimRow.start, ClaimRow.seq)))
            .join(ArticleRow, col(ArticleRow.id) == col(ClaimRow.article_id))
            .where(col(ClaimRow.id).in_(part))
        )
        for claim_id, article_id, path, start, seq in rows:
            found[claim_id] = (article_id, (path or "", start, seq or 0))
    return found


def _best_findings(session: Session, keys: set[str]) -> tuple[dict[str, FindingRow], dict[str, str]]:
    """The best-ranked finding of each key, and the article of each claim of those findings.

    Findings of equal rank (two articles that copy each other give mirror-image pairs) are
    decided as `deduplicate` decides them in the batch analysis, which keeps the first it meets:
    the pair whose claims come first in the corpus read in path order."""
    findings: list[FindingRow] = []
    for part in chunked(sorted(keys)):
        findings += session.exec(select(FindingRow).where(col(FindingRow.key).in_(part)))
    where = _positions(session, {i for f in findings for i in (f.claim_a, f.claim_b)})
    findings.sort(key=lambda f: sorted((where[f.claim_a][1], where[f.claim_b][1])))
    best: dict[str, FindingRow] = {}
    for f in findings:
        if f.key not in best or tuple(f.rank) > tuple(best[f.key].rank):
            best[f.key] = f
    return best, {claim_id: article_id for claim_id, (article_id, _) in where.items()}


def _finding_columns(f: FindingRow, articles: dict[str, str]) -> dict[str, object]:
    return {
        "kind": f.kind, "severity": f.severity, "severity_rank": SEVERITY_RANK[f.severity],
        "strength": float(f.rank[2]), "temporal": f.temporal, "claim_a": f.claim_a, "claim_b": f.claim_b,
        "article_a": articles[f.claim_a], "article_b": articles[f.claim_b], "explanation": f.explanation,
        "detector": f.detector, "stale": False,
    }  # fmt: skip


def _rows_of_articles(session: Session, article_ids: Collection[str]) -> list[ConflictRow]:
    """The conflict rows with a side in one of the articles (two index lookups, not an OR)."""
    found: list[ConflictRow] = []
    for part in chunked(sorted(article_ids)):
        nums = union(
            select(ConflictRow.num).where(col(ConflictRow.article_a).in_(part)),
            select(ConflictRow.num).where(col(ConflictRow.article_b).in_(part)),
        )
        found += session.scalars(select(ConflictRow).where(col(ConflictRow.num).in_(nums)))
    return found


def refresh_conflicts(
    session: Session, state: StoreState, keys: set[str], at: datetime, rewritten: Collection[str] = ()
) -> set[str]:
    """Bring the conflict rows of `keys` up to date; returns the ids created or changed.

    Every row kept is rendered again (`item`): those of `keys`, and every row with a side in
    the `rewritten` articles (stored or re-dated: their claims were written again, so a side's
    date can change while the row's finding, or a reviewed stale row, stays as it was)."""
    best, articles = _best_findings(session, keys)
    rows: dict[str, ConflictRow] = {}
    for part in chunked(sorted(keys)):
        rows.update(
            (r.key, r) for r in session.scalars(select(ConflictRow).where(col(ConflictRow.key).in_(part)))
        )
    kept = [r for r in _rows_of_articles(session, rewritten) if r.key not in rows]
    found = appearances(
        session,
        [i for f in best.values() for i in (f.claim_a, f.claim_b)]
        + [i for r in (*rows.values(), *kept) for i in (r.claim_a, r.claim_b)],
    )
    changed: set[str] = set()
    for key in sorted(keys):
        finding, row = best.get(key), rows.get(key)
        if finding is None:
            if row is not None and row.reviewed_at is None:
                session.execute(delete(ConflictRow).where(col(ConflictRow.num) == row.num))
                continue
            if row is not None and not row.stale:
                row.stale, row.updated_at = True, at
                changed.add(row.id)
        else:
            columns = _finding_columns(finding, articles)
            if row is None:
                num = state.next_conflict
                state.next_conflict += 1
                row = ConflictRow(num=num, id=f"x{num}", key=key, created_at=at, updated_at=at, **columns)  # type: ignore[arg-type]
                row.item = rendered_conflict(row, found)  # before anything flushes it
                session.add(row)
                changed.add(row.id)
            elif any(getattr(row, name) != value for name, value in columns.items()):
                for name, value in columns.items():
                    setattr(row, name, value)
                row.updated_at = at
                changed.add(row.id)
        if row is not None:
            kept.append(row)
    for row in kept:
        if (item := rendered_conflict(row, found)) != row.item:
            row.item = item
    session.flush()
    return changed


RENDERED = ("num", "id", "key", "kind", "severity", "temporal", "claim_a", "claim_b", "article_a", "article_b",
            "explanation", "status", "note", "reviewer", "reviewed_at", "stale", "updated_at")  # fmt: skip


def render_every_conflict(session: Session, batch: int = 2000) -> None:
    """Render every conflict row again (`item`): a migration's work, or a copied store's. Only
    the columns the rendering reads are named, so later migrations' columns are not needed."""
    table = ConflictRow.__table__  # type: ignore[attr-defined]
    columns = [table.c[name] for name in RENDERED]
    last = -1
    while rows := session.execute(sa_select(*columns).where(table.c.num > last).order_by(table.c.num).limit(batch)).all():
        found = appearances(session, [i for r in rows for i in (r.claim_a, r.claim_b)])
        session.execute(
            update(table).where(table.c.num == bindparam("n")),
            [{"n": r.num, "item": rendered_conflict(r, found)} for r in rows],
        )
        last = rows[-1].num
