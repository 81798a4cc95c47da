"""Outcome conflicts: what happened to an attack's projectiles and its target.

hit / struck / landed vs "did not hit", "rather than hitting", "missed", or every projectile
intercepted ("both drones were shot down"). Intercepting one of two drones does not
contradict the other hitting. Damage on a scale: none < minor < some < heavy; "no damage"
vs "minor damage" conflicts, "minor" vs "some" does not.
"""

from __future__ import annotations

from claims.conflicts.base import Finding, Pair, Side
from claims.lexicon import DAMAGE_NAMES
from claims.model import Frame


def _hits(frames: list[Frame]) -> list[Frame]:
    return [f for f in frames if f.kind == "outcome" and f.value in ("hit", "missed")]


def _said_hit(f: Frame) -> bool:
    return f.value == "hit" and f.polarity


def _said_not_hit(f: Frame) -> bool:
    return (f.value == "hit" and not f.polarity) or (f.value == "missed" and f.polarity)


def _targets_match(x: Frame, y: Frame) -> bool:
    return x.target is None or y.target is None or x.target == y.target


class OutcomeDetector:
    kind = "outcome"

    def detect(self, pair: Pair) -> Finding | None:
        a, b = pair.a, pair.b
        for x, y, sx, sy in ((a.claim.frames, b.claim.frames, a, b), (b.claim.frames, a.claim.frames, b, a)):
            for fx in _hits(x):
                if not _said_hit(fx):
                    continue
                for fy in y:
                    if fy.kind != "outcome":
                        continue
                    if _said_not_hit(fy) and _targets_match(fx, fy):
                        return Finding(
                            self.kind,
                            f"{sx.who} says it hit the {fx.target or 'target'} ({sx.quote}); "
                            f"{sy.who} says it did not ({sy.quote}).",
                            strength=1.0,
                        )
                    # every projectile intercepted ("shot down all six drones"), whatever the
                    # hit side says was struck: the interception's target is the projectile
                    if fy.value == "intercepted" and fy.polarity and fy.scope == "all":
                        return Finding(
                            self.kind,
                            f"{sx.who} says it hit the {fx.target or 'target'} ({sx.quote}); "
                            f"{sy.who} says every one was intercepted ({sy.quote}).",
                            strength=0.9,
                        )
        return self._damage(pair) or self._held(pair)

    def _held(self, pair: Pair) -> Finding | None:
        def said(side: Side) -> set[str]:
            return {
                f.value if f.polarity else ("held" if f.value == "cancelled" else "cancelled")
                for f in side.claim.frames
                if f.kind == "held"
            }

        sa, sb = said(pair.a), said(pair.b)
        if len(sa) == 1 and len(sb) == 1 and sa != sb:
            return Finding(
                self.kind,
                f"{pair.a.who} says it was {next(iter(sa))} ({pair.a.quote}); {pair.b.who} "
                f"says it was {next(iter(sb))} ({pair.b.quote}).",
                strength=0.9,
            )
        return None

    def _damage(self, pair: Pair) -> Finding | None:
        da = [f for f in pair.a.claim.frames if f.kind == "damage"]
        db = [f for f in pair.b.claim.frames if f.kind == "damage"]
        for fa in da:
            for fb in db:
                la, lb = int(fa.value), int(fb.value)
                if la == lb:
                    continue
                at_least = {x for x, f in ((la, fa), (lb, fb)) if f.count_qualifier == "at_least"}
                if (0 in (la, lb) and max(la, lb) >= 1) or (abs(la - lb) >= 2 and not at_least):
                    return Finding(
                        self.kind,
                        f"{pair.a.who} reports {DAMAGE_NAMES[la]} ({pair.a.quote}); "
                        f"{pair.b.who} reports {DAMAGE_NAMES[lb]} ({pair.b.quote}).",
                        strength=0.8,
                    )
        return None
