"""Exports: schema.org ClaimReview (JSON-LD) for reviewed conflicts and CSV rows of conflicts.

A ClaimReview reviews one claim: here the first side of the conflict, with every report it
appears in (its cluster) as the Claim's `appearance` and the earliest as `firstAppearance`;
the rating says what the reviewer decided about the conflict."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

Json = dict[str, Any]
RATINGS = {
    "confirmed": "Conflicting reports",  # a reviewer confirmed that the sources disagree
    "dismissed": "No conflict found",  # a reviewer found that they do not
}
CSV_COLUMNS = [
    "id", "status", "severity", "kind", "temporal", "stale", "explanation", "note", "reviewer", "reviewed_at",
    "claim_a", "outlet_a", "published_a", "url_a", "sentence_a",
    "claim_b", "outlet_b", "published_b", "url_b", "sentence_b",
]  # fmt: skip


def _compact(values: Json) -> Json:
    return {k: v for k, v in values.items() if v not in (None, "", [])}


def creative_work(appearance: Json) -> Json:
    """Where a claim appeared: the article, or the social-media post embedded in it."""
    article = _compact(
        {
            "@type": "NewsArticle",
            "url": appearance.get("url"),
            "headline": appearance.get("title"),
            "publisher": {"@type": "Organization", "name": appearance["outlet"]} if appearance.get("outlet") else None,
        }
    )
    if appearance.get("source_kind") == "post":
        author = _compact(
            {
                "@type": "Person",
                "name": appearance.get("source_name"),
                "alternateName": appearance.get("handle"),
            }
        )
        return _compact(
            {"@type": "SocialMediaPosting", "author": author, "datePublished": appearance.get("published_at"),
             "sharedContent": article}
        )  # fmt: skip
    return (
        {**article, "datePublished": appearance.get("published_at")}
        if appearance.get("published_at")
        else article
    )


def claim_review(
    conflict: Json, sources: list[Json], first: Json | None, review_url: str, publisher: str
) -> Json:
    """The ClaimReview of a reviewed conflict; `sources` are where its first claim appears, in
    order of publication, and `first` the first of them by the core's reckoning."""
    side = conflict["sides"][0]
    works = [creative_work(s) for s in sources]
    explanation = conflict["explanation"] + (
        f" Reviewer's note: {conflict['note']}" if conflict.get("note") else ""
    )
    return _compact(
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": review_url,
            "datePublished": (conflict.get("reviewed_at") or "")[:10],
            "author": {"@type": "Organization", "name": publisher},
            "claimReviewed": side["sentence"],
            "reviewRating": {
                "@type": "Rating",
                "alternateName": RATINGS[conflict["status"]],
                "ratingExplanation": explanation,
            },
            "itemReviewed": _compact(
                {
                    "@type": "Claim",
                    "author": _compact({"@type": "Thing", "name": side.get("speaker")})
                    if side.get("speaker")
                    else None,
                    "appearance": works,
                    "firstAppearance": creative_work(first) if first else (works[0] if works else None),
                }
            ),
        }
    )


def _cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula is quoted (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def conflicts_csv(conflicts: Iterable[Json]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for c in conflicts:
        row = {k: c.get(k) for k in CSV_COLUMNS}
        for letter, side in zip("ab", c["sides"], strict=False):
            row |= {f"claim_{letter}": side["claim_id"], f"outlet_{letter}": side.get("outlet"),
                    f"published_{letter}": side.get("published_at"), f"url_{letter}": side.get("url"),
                    f"sentence_{letter}": side.get("sentence")}  # fmt: skip
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()
