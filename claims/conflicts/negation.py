"""Negation conflicts: one source says something did not happen, the other that it did.

Casualties: "no one was injured" vs "two workers were hurt". Agreeing forms stay agreeing:
"no casualties", "no injuries were reported", "no one was killed", "there were no fatalities".
Kinds of harm nest: casualties cover deaths and injuries, so "no casualties" contradicts
"two killed", while "no one was killed" does not contradict "two injured". The harmed groups
must overlap too ("no civilian casualties" vs "two soldiers killed" agree).
"""

from __future__ import annotations

from claims.conflicts.base import Finding, Pair
from claims.lexicon import GENERIC_CLASS
from claims.model import Frame

HARM_NAME = {"death": "deaths", "injury": "injuries", "any": "casualties"}


def _types_clash(zero: str, positive: str) -> bool:
    return zero == "any" or zero == positive


def _groups_overlap(x: str | None, y: str | None) -> bool:
    if not x or not y or x == y:
        return True
    generic = GENERIC_CLASS["person"]
    return (x == "person" and y in generic) or (y == "person" and x in generic)


def _zero(f: Frame) -> bool:
    return f.kind == "harm" and f.count == 0


def _positive(f: Frame) -> bool:
    return f.kind == "harm" and (f.count is None or f.count > 0)


class NegationDetector:
    kind = "negation"

    def detect(self, pair: Pair) -> Finding | None:
        if "harm" not in pair.slots:
            return None
        for x, y in ((pair.a, pair.b), (pair.b, pair.a)):
            for fz in x.claim.frames:
                if not _zero(fz):
                    continue
                for fp in y.claim.frames:
                    if (
                        _positive(fp)
                        and _types_clash(fz.value, fp.value)
                        and _groups_overlap(fz.target, fp.target)
                    ):
                        count = "" if fp.count is None else f"{fp.count:g} "
                        return Finding(
                            self.kind,
                            f"{x.who} reports no {HARM_NAME[fz.value]} ({x.quote}); "
                            f"{y.who} reports {count}{HARM_NAME[fp.value]} ({y.quote}).",
                            strength=1.0,
                        )
        return None
