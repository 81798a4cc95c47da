"""One structure said to have been built (opened, founded) in two different years."""

from __future__ import annotations

from claims.built import built_years
from claims.conflicts.base import Finding, Pair


def built_apart(pair: Pair) -> Finding | None:
    years_b: dict[tuple[str, str], set[int]] = {}
    for thing, step, year in built_years(pair.b.claim.text):
        years_b.setdefault((thing, step), set()).add(year)
    years_a: dict[tuple[str, str], set[int]] = {}
    for thing, step, year in built_years(pair.a.claim.text):
        years_a.setdefault((thing, step), set()).add(year)
    for (thing, step), years in years_a.items():
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
