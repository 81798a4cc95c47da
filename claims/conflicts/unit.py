"""Unit conflicts: the same measure given in different units that disagree once converted
("3 km" vs "3 miles"); "5 km" and "about 3 miles" agree. Conversion by pint."""

from __future__ import annotations

from functools import lru_cache

from claims.conflicts.base import Finding, Pair
from claims.conflicts.numeric import figure, overlap, same_measure
from claims.model import Quantity

MEASURES = {"length", "mass", "volume", "area", "speed", "temperature"}


@lru_cache(maxsize=1)
def _registry():  # type: ignore[no-untyped-def]
    import pint  # imported on first use: it takes a moment to build its registry

    return pint.UnitRegistry()


@lru_cache(maxsize=1024)
def to_base(value: float, unit: str, dimension: str) -> float:
    """The value in the dimension's base unit (metres, kilograms, ...)."""
    ureg = _registry()
    quantity = ureg.Quantity(value, unit)
    return float(quantity.to_base_units().magnitude)


def converted_interval(q: Quantity) -> tuple[float, float]:
    low, high = q.interval()
    unit = q.canonical_unit or ""
    lo = to_base(low, unit, q.dimension or "") if low != float("-inf") else low
    hi = to_base(high, unit, q.dimension or "") if high != float("inf") else high
    if q.qualifier == "exact" and q.value_max is None:  # a converted round figure: allow 5%
        lo, hi = lo * 0.95, hi * 1.05
    return lo, hi


class UnitDetector:
    kind = "unit"

    def detect(self, pair: Pair) -> Finding | None:
        a, b = pair.a, pair.b
        if pair.lexical < 0.2 and pair.entity < 0.4:
            return None  # two distances in two unrelated sentences are not the same measure
        for qa in a.claim.quantities:
            for qb in b.claim.quantities:
                if qa.dimension not in MEASURES or qa.dimension != qb.dimension or not qa.canonical_unit:
                    continue
                if not qb.canonical_unit or not same_measure(a.claim, qa, b.claim, qb, pair.lexical):
                    continue
                try:
                    ia, ib = converted_interval(qa), converted_interval(qb)
                except Exception:  # pint rejects an odd unit: nothing to compare
                    continue
                if overlap(ia, ib):
                    continue
                kind = self.kind if qa.canonical_unit != qb.canonical_unit else "numeric"
                return Finding(
                    kind,
                    f"{a.who} gives {figure(qa)} ({a.quote}); {b.who} gives {figure(qb)} "
                    f"({b.quote}). Converted to the same unit the two do not agree; one source may "
                    "have mixed up the units.",
                    strength=0.8,
                )
        return None
