"""Ages: one person given two ages ("the victim, a 17-year-old boy" / "the 19-year-old victim").

An age is a figure of one person, not a count, so it is compared only where both sides name the
same person: the same name, or the same role word ("victim", "driver") in claims that say the same
happened to that person (a 17-year-old boy killed and a 19-year-old boy injured are two boys)."""

from __future__ import annotations

from collections.abc import Sequence

from claims.conflicts.base import Finding, Pair, Side
from claims.model import Claim, Quantity
from claims.status import PERSON_NOUNS
from claims.text import Token, tokenize

REACH_BEFORE, REACH_AFTER = 5, 2  # words around an age that may name its person
PEOPLE = PERSON_NOUNS | {"youth", "pensioner", "motorist", "attacker", "shooter", "rider", "jockey", "player"}
SAME = {"teenager": "teen", "youngster": "teen", "youth": "teen"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}
NOT_NAMES = {"the", "a", "an", "he", "she", "his", "her", "police", "officers", "detectives", "on", "in", "at",
             "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}  # fmt: skip
PLACED = {"in", "at", "from", "near", "of", "to"}


def _person_words(claim: Claim, q: Quantity) -> set[str]:
    """Who an age is of, from the words around it in its own stretch of the sentence: names
    ("name:anna berg", "name:mrs berg") and role words of a definite person ("The victim, a
    17-year-old boy," -> role:victim; "a 17-year-old boy" is anyone's boy)."""
    tokens = tokenize(claim.sentence, claim.start)
    inside = [n for n, t in enumerate(tokens) if q.start <= t.start < q.end]
    if not inside:
        return set()
    lo, hi = max(0, inside[0] - REACH_BEFORE), inside[-1] + 1 + REACH_AFTER
    found = set()
    for n in range(lo, min(hi, len(tokens))):
        if inside[0] <= n <= inside[-1]:
            continue
        low = tokens[n].lower
        definite = "the" in (t.lower for t in tokens[max(0, n - 4) : n]) or (
            n > inside[-1] and tokens[max(0, inside[0] - 1)].lower == "the"  # "the 19-year-old victim"
        )
        if low in PEOPLE and definite:
            found.add(f"role:{SAME.get(low, low)}")
    if any(t.lower in ("other", "second", "another") for t in tokens[lo : min(hi + 3, len(tokens))]):
        found = set()  # "the 19-year-old driver of the other car": another driver
    after = inside[-1] + 1
    if after + 1 < len(tokens) and tokens[after].lower in PEOPLE and tokens[after + 1].text == ",":
        hi = after + 5  # "The 47-year-old pilot, Henrique Sobral, who ...": the name in apposition
    found |= _names(tokens, max(0, inside[0] - 4), min(hi, len(tokens)), inside[0])
    return found


def _names(tokens: Sequence[Token], lo: int, hi: int, age: int) -> set[str]:
    """Runs of capitalised words within [lo, hi) that name the person whose age starts at token
    `age`: right before it ("Anna Berg, 34," / "Pensioner Tom Berg, 81,"), or right after it ("the
    34-year-old Anna Berg"); not a speaker ("Inspector Jane Cole said a 34-year-old woman")."""
    names, run = set(), []
    for n in range(lo, hi + 1):
        t = tokens[n] if n < hi else None
        if t is not None and t.text[:1].isupper() and t.text.isalpha() and t.lower not in NOT_NAMES:
            run.append(n)
            continue
        if run:
            before = tokens[run[0] - 1].lower if run[0] > 0 else ""
            title = before if before in TITLES else ""
            then_comma = run[-1] + 1 < len(tokens) and tokens[run[-1] + 1].text == ","
            # (a sentence's first words are capitalised whatever they are: a name there stands
            # before its appositive, "Berg, 36," / "Tom Berg, 45,")
            opening = run[0] == 0 and not then_comma
            # ("Anna Berg, 34,", "Anna Berg, a 34-year-old nurse", "the 34-year-old nurse, Anna Berg")
            article_between = run[-1] + 3 == age and tokens[run[-1] + 2].lower in ("a", "an")
            beside = (then_comma and (run[-1] + 2 == age or article_between)) or run[0] > age
            words = [tokens[k].lower for k in run if tokens[k].lower not in PEOPLE]  # ("Pensioner Tom Berg")
            if beside and words and not opening and before not in PLACED and (len(run) >= 2 or title or then_comma):
                names.add("name:" + " ".join([title, *words]).strip())
        run = []
    return names


def _same_person(x: str, y: str) -> bool:
    """Two names of one person: the same, or a surname alone against a full name without title."""
    if x == y:
        return True
    a, b = x.removeprefix("name:").split(), y.removeprefix("name:").split()
    if not (x.startswith("name:") and y.startswith("name:")) or a[-1] != b[-1]:
        return False
    short = a if len(a) < len(b) else b
    return len(short) == 1  # ("Berg" and "Anna Berg"; "Mr Berg" and "Mrs Berg" are two people)


def _ages(side: Side) -> list[tuple[Quantity, set[str]]]:
    return [
        (q, words)
        for q in side.claim.quantities
        if q.dimension == "age" and q.qualifier == "exact" and (words := _person_words(side.claim, q))
    ]


def _befell(claim: Claim) -> set[str]:
    """What the claim says befell its people: harm kinds and statuses."""
    return {f"{f.kind}:{f.value}" for f in claim.frames if f.kind == "harm" or f.kind.startswith("status:")}


def _names_apart(wa: set[str], wb: set[str]) -> bool:
    """Both sides name their person, and not the same person."""
    xs, ys = [w for w in wa if w.startswith("name:")], [w for w in wb if w.startswith("name:")]
    return bool(xs and ys) and not any(_same_person(x, y) for x in xs for y in ys)


def age_conflict(pair: Pair) -> Finding | None:
    a, b = pair.a, pair.b
    for qa, wa in _ages(a):
        for qb, wb in _ages(b):
            if qa.value == qb.value:
                continue
            named = [(x, y) for x in wa for y in wb if x.startswith("name:") and _same_person(x, y)]
            roles = wa & wb - {w for w in wa | wb if w.startswith("name:")}
            if named:
                person = named[0][0].removeprefix("name:").title()
            elif roles and _befell(a.claim) == _befell(b.claim) and not _names_apart(wa, wb):
                person = f"the {min(roles).removeprefix('role:')}"
            else:
                continue  # "a 17-year-old boy died" / "a 19-year-old boy was hurt": two boys
            return Finding(
                "numeric",
                f"{a.subject} gives {person}'s age as {qa.value:g} ({a.quote}); {b.subject} gives {qb.value:g} "
                f"({b.quote}). One person has one age.",
                strength=0.8,
            )
    return None
