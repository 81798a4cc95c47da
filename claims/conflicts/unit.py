"""Unit conflicts: the same measure given in different units that disagree once converted
("3 km" vs "3 miles"); "5 km" and "about 3 miles" agree. Conversion by pint."""

from __future__ import annotations

from claims.conflicts.base import Finding, Pair
from claims.conflicts.numeric import figure, overlap, same_measure
from claims.units import MEASURES, converted_interval, measure_role


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
                role_a = measure_role(qa, a.claim.sentence, a.claim.start)
                role_b = measure_role(qb, b.claim.sentence, b.claim.start)
                if role_a != role_b and None not in (role_a, role_b):
                    continue  # a bridge's length and its distance from town are different measures
                ia, ib = converted_interval(qa), converted_interval(qb)
                if ia is None or ib is None or overlap(ia, ib):
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
