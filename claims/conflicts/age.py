"""Ages: one person given two ages ("the victim, a 17-year-old boy" / "the 19-year-old victim").

An age is a figure of one person, not a count, so it is compared only where both sides name the
same person: the same name, or the same role word ("victim", "driver") in claims that say the same
happened to that person (a 17-year-old boy killed and a 19-year-old boy injured are two boys)."""

from __future__ import annotations

from claims.conflicts.base import Finding, Pair, Side
from claims.model import Claim, Quantity
from claims.status import PERSON_NOUNS
from claims.text import Token, tokenize

REACH_BEFORE, REACH_AFTER = 5, 2  # words around an age that may name its person
PEOPLE = PERSON_NOUNS | {"youth", "pensioner", "motorist", "attacker", "shooter", "rider", "jockey", "player"}
SAME = {"teenager": "teen", "youngster": "teen", "youth": "teen"}
NOT_NAMES = {"The", "A", "An", "He", "She", "His", "Her", "Police", "Officers"}


def _person_words(claim: Claim, q: Quantity) -> set[str]:
    """The role words and names within a few words of an age, in its own stretch of the
    sentence ("The victim, a 17-year-old boy," -> victim, boy; "Anna Berg, 34," -> berg)."""
    tokens = tokenize(claim.sentence, claim.start)
    inside = [n for n, t in enumerate(tokens) if q.start <= t.start < q.end]
    if not inside:
        return set()
    near: list[Token] = [*tokens[max(0, inside[0] - REACH_BEFORE) : inside[0]]]
    near += tokens[inside[-1] + 1 : inside[-1] + 1 + REACH_AFTER]
    found = set()
    for t in near:
        low = t.lower
        if low in PEOPLE:
            found.add(SAME.get(low, low))
        elif t.text[:1].isupper() and t.text.isalpha() and t.text not in NOT_NAMES and len(t.text) > 2:
            found.add(f"name:{low}")
    return found


def _ages(side: Side) -> list[tuple[Quantity, set[str]]]:
    return [
        (q, words)
        for q in side.claim.quantities
        if q.dimension == "age" and q.qualifier == "exact" and (words := _person_words(side.claim, q))
    ]


def _befell(claim: Claim) -> set[str]:
    """What the claim says befell its people: harm kinds and statuses."""
    return {f"{f.kind}:{f.value}" for f in claim.frames if f.kind == "harm" or f.kind.startswith("status:")}


def age_conflict(pair: Pair) -> Finding | None:
    a, b = pair.a, pair.b
    for qa, wa in _ages(a):
        for qb, wb in _ages(b):
            shared = wa & wb
            if qa.value == qb.value or not shared:
                continue
            named = any(w.startswith("name:") for w in shared)
            if not named and _befell(a.claim) != _befell(b.claim):
                continue  # "a 17-year-old boy died" / "a 19-year-old boy was hurt": two boys
            who = next(w for w in sorted(shared, key=lambda w: w.startswith("name:")))
            person = who.removeprefix("name:").title() if who.startswith("name:") else f"the {who}"
            return Finding(
                "numeric",
                f"{a.who} gives {person}'s age as {qa.value:g} ({a.quote}); {b.who} gives {qb.value:g} "
                f"({b.quote}). One person has one age.",
                strength=0.8,
            )
    return None
