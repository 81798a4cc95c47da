"""Attribution conflicts: one speaker or institution reported as confirming in one source and
denying (or declining to confirm) in another. Statements are dated by their reports: a denial
on Monday and a confirmation on Tuesday is context, not contradiction."""

from __future__ import annotations

from claims.conflicts.base import Finding, Pair
from claims.entities import entity_key, same_entity

OPPOSED = {("confirm", "deny"), ("say", "deny"), ("confirm", "decline")}


def same_speaker(x: str | None, y: str | None) -> bool:
    if not x or not y:
        return False
    return same_entity(entity_key(x), entity_key(y))


class AttributionDetector:
    kind = "attribution"

    def detect(self, pair: Pair) -> Finding | None:
        a, b = pair.a, pair.b
        if not same_speaker(a.claim.speaker, b.claim.speaker) or pair.lexical < 0.25:
            return None
        stances = (a.claim.stance or "say", b.claim.stance or "say")
        if stances not in OPPOSED and stances[::-1] not in OPPOSED:
            return None
        temporal = "same_time" if a.reported == b.reported else "different_times"
        verbs = {
            "confirm": "confirming",
            "say": "stating",
            "deny": "denying",
            "decline": "declining to confirm",
        }
        return Finding(
            self.kind,
            f"{a.who} reports {a.claim.speaker} {verbs[stances[0]]} ({a.quote}); "
            f"{b.who} reports {b.claim.speaker} {verbs[stances[1]]} ({b.quote}). Check what the "
            "speaker actually said, and when.",
            temporal=temporal if a.reported and b.reported else None,
            strength=0.9,
        )
