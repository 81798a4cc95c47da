"""Numeric conflicts: the same count reported with values no qualifier reconciles.

"over 100" admits 106 and 176; "about 2,500" admits 2,480; "three" equals 3. A running total
("since October 17", "so far") reported at two dates may have grown: that is context (low,
different_times), unless the later figure is the smaller one, which a running total cannot be.
"""

from __future__ import annotations

from claims.conflicts.base import Finding, Pair
from claims.model import Quantity

PHRASE = {"exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ",
          "at_most": "at most ", "less_than": "fewer than "}  # fmt: skip


def figure(q: Quantity) -> str:
    value = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,}"
    if q.value_max is not None:
        high = f"{q.value_max:,.0f}" if q.value_max == int(q.value_max) else f"{q.value_max:,}"
        value = f"{value}-{high}"
    unit = f" {q.unit}" if q.unit and q.dimension == "count" else (q.unit or "")
    return f"{PHRASE.get(q.qualifier, '')}{value}{unit if q.dimension != 'count' else unit}".strip()


def comparable(qa: Quantity, qb: Quantity) -> bool:
    """The same figure: the same slot (counted noun class, harm role or what happened to the
    things counted), in a dimension that is not a measurement (those go to the unit detector)."""
    if qa.slot is None or qa.slot != qb.slot or qa.dimension != qb.dimension:
        return False
    if qa.cumulative != qb.cumulative:
        return False  # a running total and the count of one episode measure different things
    if qa.dimension not in ("count", "percent", "magnitude", "money"):
        return False
    return qa.canonical_unit is not None and qa.canonical_unit == qb.canonical_unit


def overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


class NumericDetector:
    kind = "numeric"

    def detect(self, pair: Pair) -> Finding | None:
        if not any(s.startswith("qty:") for s in pair.slots):
            return None
        a, b = pair.a, pair.b
        best: Finding | None = None
        for qa in a.claim.quantities:
            for qb in b.claim.quantities:
                if not comparable(qa, qb) or overlap(qa.interval(), qb.interval()):
                    continue
                finding = self._explain(pair, qa, qb)
                if best is None or finding.strength > best.strength:
                    best = finding
        return best

    def _explain(self, pair: Pair, qa: Quantity, qb: Quantity) -> Finding:
        a, b = pair.a, pair.b
        if (qa.cumulative or qb.cumulative) and a.reported and b.reported and a.reported != b.reported:
            (early, qe), (late, ql) = sorted(((a, qa), (b, qb)), key=lambda s: s[0].reported)  # type: ignore[arg-type, return-value]
            grew = ql.interval()[1] >= qe.interval()[0] and ql.value >= qe.value
            text = (
                f"{figure(qe)} as of {early.reported} ({early.who}) vs {figure(ql)} as of {late.reported} "
                f"({late.who}): "
            )
            if grew:
                return Finding(
                    self.kind,
                    text + "a running total may have grown between the two reporting dates; "
                    "check that both count from the same start.",
                    temporal="different_times",
                    low=True,
                    strength=0.5,
                )
            return Finding(
                self.kind,
                text + "the later report gives the smaller running total, which cannot "
                "shrink; one of the figures is wrong or counts something else.",
                temporal="different_times",
                strength=0.9,
            )
        gap = abs(qa.value - qb.value) / max(qa.value, qb.value, 1)
        return Finding(
            self.kind,
            f"{a.who} says {figure(qa)} ({a.quote}); {b.who} says {figure(qb)} "
            f"({b.quote}). No qualifier reconciles the two figures.",
            strength=0.6 + min(gap, 0.4),
        )
