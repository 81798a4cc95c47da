"""One conflict row per finding key: the key's best-ranked finding (as
`claims.conflicts.deduplicate` picks it) beside its review. Recomputed for the keys an ingest
touched; a key left without findings keeps its row only when someone reviewed it (`stale`)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy import select as sa_select  # more columns than sqlmodel's select is typed for
from sqlmodel import Session, col, select

from app.db.models import ArticleRow, ClaimRow, ConflictRow, FindingRow, StoreState
from app.store import chunked
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


def refresh_conflicts(session: Session, state: StoreState, keys: set[str], at: datetime) -> set[str]:
    """Bring the conflict rows of `keys` up to date; returns the ids created or changed."""
    best, articles = _best_findings(session, keys)
    rows: dict[str, ConflictRow] = {}
    for part in chunked(sorted(keys)):
        rows.update(
            (r.key, r) for r in session.scalars(select(ConflictRow).where(col(ConflictRow.key).in_(part)))
        )
    changed: set[str] = set()
    for key in sorted(keys):
        finding, row = best.get(key), rows.get(key)
        if finding is None:
            if row is not None and row.reviewed_at is None:
                session.execute(delete(ConflictRow).where(col(ConflictRow.num) == row.num))
            elif row is not None and not row.stale:
                row.stale, row.updated_at = True, at
                changed.add(row.id)
            continue
        columns = _finding_columns(finding, articles)
        if row is None:
            num = state.next_conflict
            state.next_conflict += 1
            session.add(ConflictRow(num=num, id=f"x{num}", key=key, created_at=at, updated_at=at, **columns))  # type: ignore[arg-type]
            changed.add(f"x{num}")
        elif any(getattr(row, name) != value for name, value in columns.items()):
            for name, value in columns.items():
                setattr(row, name, value)
            row.updated_at = at
            changed.add(row.id)
    session.flush()
    return changed
