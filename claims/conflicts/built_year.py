"""One structure said to have been built (opened, founded) in two different years."""

from __future__ import annotations

from claims.built import built_years
from claims.conflicts.base import Finding, Pair


def _years(text: str) -> dict[tuple[str, str], set[int]]:
    """The years a text gives, by structure and step."""
    found: dict[tuple[str, str], set[int]] = {}
    for thing, step, year in built_years(text):
        found.setdefault((thing, step), set()).add(year)
    return found


def built_apart(pair: Pair) -> Finding | None:
    years_b = _years(pair.b.claim.text)
    for (thing, step), years in _years(pair.a.claim.text).items():
        others = years_b.get((thing, step), set())
        if others and not years & others:  # (years each side gives, none in common)
            year, other = min(years), min(others)
            return Finding(
                "date",
                f"{pair.a.subject} says the {thing} was {step} in {year} ({pair.a.quote}); {pair.b.subject} says "
                f"{other} ({pair.b.quote}). One {thing} was {step} in one year.",
                temporal="same_time",  # (the two years are the question, not two times)
                strength=0.7,
            )
    return None
