"""Quoted words and who they are credited to: the same quotation credited to two different
people in two reports ("... had enough," said union secretary Jodie Marr / "... had enough,"
said cabin manager Trent Ollivier) is a misattribution a fact-checker must settle."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from claims.entities import same_speaker
from claims.model import Claim
from claims.text import as_double_quotes

# a passage between quotation marks, straight or curly, within one sentence
QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
WORD = re.compile(r"[a-z0-9']+")
MIN_WORDS = 6  # shorter passages ("a tragedy", "we are investigating") are said by many
SAME_WORDS = 90  # rapidfuzz ratio of two passages that are one quotation, give or take a word


def quoted_words(claim: Claim) -> str:
    """The words the claim's sentence puts between quotation marks, normalised (lowercase,
    punctuation dropped); "" when it quotes nothing."""
    passages = [m.group(1) for m in QUOTED.finditer(as_double_quotes(claim.sentence).replace("’", "'"))]
    return " ".join(w for p in passages for w in WORD.findall(p.lower()))


def proper_name(speaker: str | None) -> bool:
    """ "Sharon Kaminski", "Pentagon spokesperson Sabrina Singh": two capitalised words; not
    "The coast guard" or "Insurers", which name no one in particular."""
    return (
        bool(speaker)
        and sum(1 for w in (speaker or "").split() if w[:1].isupper() and w.lower() != "the") >= 2
    )


def misattributed(a: Claim, b: Claim) -> bool:
    """The same quotation, of some length, credited to two differently named people."""
    if (
        a.speaker_kind != "quoted"
        or b.speaker_kind != "quoted"
        or not (proper_name(a.speaker) and proper_name(b.speaker))
    ):
        return False
    if same_speaker(a, b):
        return False
    qa, qb = quoted_words(a), quoted_words(b)
    if min(len(qa.split()), len(qb.split())) < MIN_WORDS:
        return False
    return fuzz.ratio(qa, qb) >= SAME_WORDS
