"""The check's report as text for people, as JSON, and as GitHub workflow commands (which
GitHub Actions turns into annotations on the article's line). SARIF and JUnit are in their own
modules."""

from __future__ import annotations

from typing import Any

from app.check.run import BASELINED, BELOW, DISMISSED, FAILING, CheckedArticle, Finding, Report, Side

STATUS_WORDS = {
    FAILING: "FAIL",
    DISMISSED: "dismissed by a reviewer",
    BASELINED: "in the baseline",
    BELOW: "below --fail-on",
}


def where(side: Side) -> str:
    """`path:line:column`, or the stored article's label."""
    if side.region is None:
        return side.label
    return f"{side.label}:{side.region.line}:{side.region.column}"


def side_text(side: Side) -> str:
    mark = "checked" if side.checked else "known"
    return f"[{mark}] {side.source} — {where(side)}\n    \u201c{side.sentence}\u201d"


def finding_title(f: Finding) -> str:
    return f"{f.severity} {f.kind} conflict ({f.temporal.replace('_', ' ')})"


def finding_text(f: Finding, other_than: Side | None = None) -> str:
    """The explanation, then each side (or only the side other than `other_than`)."""
    sides = sorted((s for s in f.sides if s is not other_than), key=lambda s: not s.checked)
    return "\n".join([f.explanation, *(side_text(s) for s in sides)])


def to_text(report: Report) -> str:
    against = {"store": f"the store {report.against} ({report.corpus} articles)",
               "folder": f"the folder {report.against} ({report.corpus} articles)"}  # fmt: skip
    lines = [
        f"claims check: {len(report.checked)} article(s) checked against "
        + against.get(report.against_kind, "each other only"),
    ]
    for a in report.checked:
        stored = f", stored as {a.stored_as}" if a.stored_as else ""
        lines.append(f"  {a.path} ({a.outlet or a.title or 'no outlet'}, {a.claims} claims{stored})")
    lines.append("")
    for f in report.findings:
        review = f" [store: {f.review.conflict_id} {f.review.status}]" if f.review else ""
        lines.append(f"{f.id} {STATUS_WORDS[f.status]}: {f.severity.upper()} {f.kind} ({f.temporal}){review}")
        lines.append("  " + finding_text(f).replace("\n", "\n  "))
        if f.review and f.review.note:
            lines.append(f"  reviewer's note: {f.review.note}")
        lines.append("")
    if not report.findings:
        lines += ["No conflicts involve the checked articles.", ""]
    lines.append(verdict(report))
    return "\n".join(lines) + "\n"


def verdict(report: Report) -> str:
    counts = report.counts()
    ignored = ", ".join(f"{counts[s]} {STATUS_WORDS[s]}" for s in (DISMISSED, BASELINED, BELOW) if counts[s])
    result = (
        f"{counts[FAILING]} conflict(s) of severity {report.fail_on} or higher need a reviewer"
        if report.failing
        else f"no conflict of severity {report.fail_on} or higher needs a reviewer"
    )
    return f"Result: {result}" + (f" ({ignored})" if ignored else "") + "."


def to_json(report: Report) -> dict[str, Any]:
    return {
        "tool": "claims check",
        "against": {"kind": report.against_kind, "location": report.against, "articles": report.corpus},
        "fail_on": report.fail_on,
        "exit_code": report.exit_code,
        "summary": {"checked": len(report.checked), "conflicts": len(report.findings), **report.counts()},
        "checked": [checked_json(a, report) for a in report.checked],
        "conflicts": [finding_json(f) for f in report.findings],
    }


def checked_json(a: CheckedArticle, report: Report) -> dict[str, Any]:
    return {
        "article_id": a.article_id, "path": a.path, "title": a.title, "outlet": a.outlet,
        "claims": a.claims, "stored_as": a.stored_as,
        "failing": sum(any(s.article_id == a.article_id for s in f.sides) for f in report.failing),
    }  # fmt: skip


def finding_json(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id, "kind": f.kind, "severity": f.severity, "temporal": f.temporal,
        "claim_ids": f.claim_ids, "explanation": f.explanation, "status": f.status,
        "key": f.key, "baseline_key": f.baseline_key,
        "review": None if f.review is None else {
            "conflict_id": f.review.conflict_id, "status": f.review.status,
            "note": f.review.note, "reviewer": f.review.reviewer,
        },
        "sides": [side_json(s) for s in f.sides],
    }  # fmt: skip


def side_json(s: Side) -> dict[str, Any]:
    r = s.region
    return {
        "claim_id": s.claim_id, "article_id": s.article_id, "checked": s.checked, "path": s.path,
        "label": s.label, "source": s.source, "outlet": s.outlet, "title": s.title,
        "published_at": s.published_at, "url": s.url, "speaker": s.speaker, "sentence": s.sentence,
        "start": s.start, "end": s.end,
        "line": r.line if r else None, "column": r.column if r else None,
        "end_line": r.end_line if r else None, "end_column": r.end_column if r else None,
        "location_exact": r.exact if r else None,
    }  # fmt: skip


# GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def to_github(report: Report) -> str:
    """One `::error` per failing conflict and checked side (on the sentence's line), a
    `::notice` for the other conflicts that are not dismissed or baselined; then a summary."""
    lines: list[str] = []
    for f in report.findings:
        if f.status in (DISMISSED, BASELINED):
            continue
        command = "error" if f.status == FAILING else "notice"
        for side in f.checked_sides:
            props = [f"file={_property(side.path or side.label)}"]
            if side.region:
                r = side.region
                props += [f"line={r.line}", f"col={r.column}"]
                if r.end_line is not None and r.end_column is not None:
                    props += [f"endLine={r.end_line}", f"endColumn={r.end_column}"]
            props.append(f"title={_property('claims: ' + finding_title(f))}")
            lines.append(f"::{command} {','.join(props)}::{_data(finding_text(f, other_than=side))}")
    lines.append(verdict(report))
    return "\n".join(lines) + "\n"
