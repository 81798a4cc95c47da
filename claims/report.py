"""The `claims analyze` output: the contract's JSON, and a readable report for a person."""

from __future__ import annotations

from typing import Any

from claims.model import Analysis, Article, Claim, Conflict, Quantity, Source


def article_json(a: Article) -> dict[str, Any]:
    return {
        "id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": a.url, "author": a.author,
        "published_at": a.published_at.isoformat() if a.published_at else None,
        "published_at_source": a.published_at_source, "published_at_basis": a.published_at_basis,
        "notes": a.notes,
    }  # fmt: skip


def source_json(s: Source) -> dict[str, Any]:
    return {
        "id": s.id, "article_id": s.article_id, "kind": s.kind, "name": s.name, "handle": s.handle,
        "published_at": s.published_at.isoformat() if s.published_at else None, "start": s.start, "end": s.end,
    }  # fmt: skip


def quantity_json(q: Quantity) -> dict[str, Any]:
    return {
        "value": _num(q.value), "value_max": _num(q.value_max), "unit": q.unit, "qualifier": q.qualifier,
        "detail": q.detail, "text": q.text, "noun_class": q.canonical_unit, "dimension": q.dimension,
        "role": q.role, "cumulative": q.cumulative,
    }  # fmt: skip


def _num(v: float | None) -> float | int | None:
    if v is None:
        return None
    return int(v) if v == int(v) else v


def speaker_label(c: Claim) -> str | None:
    """Who is quoted or credited, with the title the text gives ("Pentagon Spokesperson Sabrina
    Singh"), without a long appositive."""
    if not c.speaker:
        return None
    head = (c.speaker_description or "").split(",")[0].strip()
    return head if c.speaker in head else c.speaker


def claim_json(c: Claim) -> dict[str, Any]:
    return {
        "id": c.id, "article_id": c.article_id, "source_id": c.source_id, "text": c.text,
        "sentence": c.sentence, "start": c.start, "end": c.end,
        "clause_start": c.clause_start, "clause_end": c.clause_end,
        "speaker": speaker_label(c), "speaker_name": c.speaker, "speaker_kind": c.speaker_kind,
        "speaker_description": c.speaker_description, "stance": c.stance,
        "stated_at": c.stated_at.isoformat() if c.stated_at else None,
        "hedges": c.hedges, "negated": c.negated, "negation_cues": c.negation_cues,
        "quantities": [quantity_json(q) for q in c.quantities],
        "dates": [{"text": d.text, "value": d.value.isoformat() if d.value else None, "granularity": d.granularity,
                   "relation": d.relation, "weekday": d.weekday} for d in c.dates],
        "event_date": c.event_date.isoformat() if c.event_date else None,
        "event_time": _time_json(c), "entities": [{"text": e.text, "key": e.key, "kind": e.kind} for e in c.entities],
        "frames": [{"kind": f.kind, "value": f.value, "polarity": f.polarity, "target": f.target, "count": f.count}
                   for f in c.frames],
        "slots": sorted(c.slots), "modality": c.modality, "background": c.background, "derived": c.derived,
    }  # fmt: skip


def _time_json(c: Claim) -> dict[str, Any] | None:
    t = c.time
    if t is None or (t.date is None and t.weekday is None and t.month is None):
        return None
    return {"date": t.date.isoformat() if t.date else None, "weekday": t.weekday, "source": t.source}


def conflict_json(x: Conflict) -> dict[str, Any]:
    return {
        "id": x.id,
        "kind": x.kind,
        "severity": x.severity,
        "temporal": x.temporal,
        "claim_ids": x.claim_ids,
        "explanation": x.explanation,
    }


def to_json(result: Analysis) -> dict[str, Any]:
    return {
        "articles": [article_json(a) for a in result.articles],
        "sources": [source_json(s) for a in result.articles for s in a.sources],
        "claims": [claim_json(c) for c in result.claims],
        "clusters": [
            {
                "id": k.id,
                "claim_ids": k.claim_ids,
                "independent_sources": k.independent_sources,
                "first_claim_id": k.first_claim_id,
            }
            for k in result.clusters
        ],
        "conflicts": [conflict_json(x) for x in result.conflicts],
        "reuse": [
            {"copy": r.copy, "source": r.source, "overlap": r.overlap, "direction_known": r.direction_known}
            for r in result.reuse
        ],
        "suggested_links": [{"claim_ids": [a, b], "score": s} for a, b, s in result.suggested_links],
    }


def to_text(result: Analysis) -> str:
    """A report for a person: articles, then conflicts by severity, then clusters and reuse."""
    claims = {c.id: c for c in result.claims}
    arts = {a.id: a for a in result.articles}
    lines = [
        f"{len(result.articles)} articles, {len(result.claims)} claims, {len(result.clusters)} clusters, "
        f"{len(result.conflicts)} conflicts, {len(result.reuse)} reuse pairs",
        "",
    ]
    for a in result.articles:
        when = f"{a.published_at} ({a.published_at_source})" if a.published_at else "date unknown"
        lines.append(f"[{a.id}] {a.outlet or '-'} | {when} | {a.title or a.path}")
    order = {"high": 0, "medium": 1, "low": 2}
    lines += ["", "CONFLICTS"]
    for x in sorted(result.conflicts, key=lambda x: (order[x.severity], x.id)):
        lines.append(f"  {x.id} {x.severity.upper()} {x.kind} ({x.temporal})")
        lines.append(f"     {x.explanation}")
        for cid in x.claim_ids:
            c = claims[cid]
            lines.append(
                f"     - [{c.article_id}] {arts[c.article_id].outlet or arts[c.article_id].path}: {c.sentence}"
            )
    lines += ["", "CLUSTERS"]
    for k in result.clusters:
        first = claims[k.first_claim_id] if k.first_claim_id else None
        lines.append(
            f"  {k.id}: {len(k.claim_ids)} claims, {k.independent_sources} independent sources"
            + (f"; first: {first.article_id}" if first else "")
        )
        for cid in k.claim_ids[:6]:
            lines.append(f"     - [{claims[cid].article_id}] {claims[cid].text[:120]}")
    if result.reuse:
        lines += ["", "REUSE"]
        for r in result.reuse:
            arrow = "copies" if r.direction_known else "overlaps with (direction unknown)"
            lines.append(f"  {r.copy} {arrow} {r.source}: {r.overlap:.0%} of its text")
    return "\n".join(lines) + "\n"
