"""Attribution conflicts: one speaker or institution reported as confirming in one source and
denying (or declining to confirm) in another. Statements are dated by their reports: a denial
on Monday and a confirmation on Tuesday is context, not contradiction."""

from __future__ import annotations

import re
from typing import ClassVar

from claims.conflicts.base import Finding, Pair
from claims.entities import entity_key, same_entity
from claims.lexicon import PLACE_HEADS
from claims.model import Claim
from claims.text import lemma

OPPOSED = {("confirm", "deny"), ("say", "deny"), ("confirm", "decline")}


TITLE_WORDS = {"spokesperson", "spokesman", "spokeswoman", "director", "chief", "officer", "official", "minister",
               "president", "head", "board", "executive", "lt", "ensign", "capt", "gen", "col", "mr", "mrs", "ms",
               "dr", "its", "the", "of", "for", "and"}  # fmt: skip


def _names(claim: Claim) -> set[str]:
    text = " ".join(filter(None, (claim.speaker, claim.speaker_description)))
    words = (re.sub(r"['’]s$", "", w) for w in entity_key(text).split())
    return {w for w in words if len(w) > 2 and w not in TITLE_WORDS}


def _content(claim: Claim) -> set[str]:
    """What the statement says happened: its content words, without the speaker's name, the
    names and places it mentions and the place nouns ("base"), which say where, not what."""
    names = {w for e in claim.entities for w in entity_key(e.text).split()} | {
        lemma(w) for e in claim.entities for w in e.text.lower().split()
    }
    return (
        set(claim.lemmas)
        - _names(claim)
        - names
        - PLACE_HEADS
        - {"say", "confirm", "deny", "report", "statement"}
    )


def same_speaker(a: Claim, b: Claim) -> bool:
    """The same person or institution, or a person speaking for it: "Board director Sharon
    Kaminski" and "Sharon Kaminski", "coast guard spokeswoman Ana Tagle" and "the coast guard"."""
    if not a.speaker or not b.speaker:
        return False
    if same_entity(entity_key(a.speaker), entity_key(b.speaker)):
        return True
    return bool(_names(a) & _names(b))


class AttributionDetector:
    kind = "attribution"
    modalities: ClassVar[set[str]] = {
        "assertion",
        "unasserted",
    }  # "did not confirm" is exactly what this detector compares

    def detect(self, pair: Pair) -> Finding | None:
        a, b = pair.a, pair.b
        same = same_speaker(a.claim, b.claim)
        shared = _content(a.claim) & _content(b.claim)
        if pair.lexical < (0.15 if same else 0.3) or not shared or (not same and len(shared) < 2):
            return None  # confirming one thing and denying another is no contradiction
        stances = (a.claim.stance or "say", b.claim.stance or "say")
        if stances not in OPPOSED and stances[::-1] not in OPPOSED:
            return None
        said_a = a.claim.stated_at or a.reported
        said_b = b.claim.stated_at or b.reported
        temporal = "same_time" if said_a == said_b else "different_times"
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
            temporal=temporal if said_a and said_b else None,
            strength=0.9,
        )
