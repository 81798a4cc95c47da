"""One structure said to have been built (opened, founded) in two different years."""

from __future__ import annotations

from claims.built import built_years
from claims.conflicts.base import Finding, Pair


def built_apart(pair: Pair) -> Finding | None:
    years_b = {(thing, step): year for thing, step, year in built_years(pair.b.claim.text)}
    for thing, step, year in built_years(pair.a.claim.text):
        other = years_b.get((thing, step))
        if other is not None and other != year:
            return Finding(
                "date",
                f"{pair.a.who} says the {thing} was {step} in {year} ({pair.a.quote}); {pair.b.who} says "
                f"{other} ({pair.b.quote}). One {thing} was {step} in one year.",
                temporal="same_time",  # (the two years are the question, not two times)
                strength=0.7,
            )
    return None
