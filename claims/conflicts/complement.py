"""One act of one subject told with different complements (`claims.complements`): where it
happened ("started in the battery bay at the rear" / "in a loading dock at the front"), where to
or from ("airlifted to Mercy Medical Center" / "flown to University of Iowa Hospitals"), or on
which day ("was last inspected on May 11" / "on May 7"). The entity and date detectors ask these."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from claims.complements import CALENDAR_WORDS, CASUALTY, OPPOSITE_SIDES, Complement, complements, named_roles
from claims.conflicts.base import Finding, Pair, Side
from claims.dates import describe
from claims.entities import entity_key, same_entity
from claims.lexicon import PERSON_CLASSES, PLACE_HEADS
from claims.model import Claim
from claims.quantities import noun_class

# words of a complement that do not say where: times and vague degrees ("late on Tuesday")
NOT_PLACE = CALENDAR_WORDS | {"late", "early", "about", "around", "approximately", "morning", "evening", "night",
                              "afternoon", "noon", "midnight", "dawn", "dusk", "p", "m", "a"}  # fmt: skip
# words many names of one kind share ("Carsegate General Hospital" / "St Columba's Hospital"):
# no sign that two names are one place
NAME_HEADS = PLACE_HEADS | {"hospital", "hospitals", "infirmary", "clinic", "medical", "center", "centre", "general",
                            "regional", "royal", "university", "st", "saint", "memorial", "children", "community",
                            "national", "central", "unit", "burns", "burn"}  # fmt: skip


def _readings(pair: Pair) -> Iterator[tuple[Complement, Complement]]:
    """Complements of the two claims that answer one question of one subject."""
    if pair.a.claim.negated or pair.b.claim.negated or pair.time == "different":
        return
    for ca in complements(pair.a.claim.text):
        for cb in complements(pair.b.claim.text):
            if ca.slot != cb.slot:
                continue
            if ca.subject and cb.subject and ca.subject != cb.subject and CASUALTY not in (ca.subject, cb.subject):
                continue  # (but "the injured" were all taken where any of them were)
            if not (ca.subject and cb.subject) and pair.lexical < 0.35:
                continue  # an unread subject may be another: the wording must say more in common
            yield ca, cb


def _dates_in(claim: Claim, phrase: str) -> set[date]:
    return {m.value for m in claim.dates if m.value is not None and m.granularity == "day" and m.text in phrase}


def day_apart(pair: Pair) -> Finding | None:
    """The same act put on two days by its own complement."""
    for ca, cb in _readings(pair):
        da, db = _dates_in(pair.a.claim, ca.phrase), _dates_in(pair.b.claim, cb.phrase)
        if da and db and not da & db:
            return Finding(
                "date",
                f"{pair.a.subject} says the {ca.subject or cb.subject or 'act'} {ca.verb_text} {ca.phrase} "
                f"({pair.a.quote}), that is {describe(min(da))}; {pair.b.subject} says {cb.verb_text} "
                f"{cb.phrase} ({pair.b.quote}), that is {describe(min(db))}. It cannot have been both.",
                temporal="same_time",
                strength=0.7,
                signature=f"{ca.slot}|{min(da).isoformat()}|{min(db).isoformat()}",
            )
    return None


def _mentioned(side: Side, name: str) -> bool:
    """The report names the other's place anywhere (then it knows both, and both may be right).
    The first name a complement gives is its place; the rest say where that is ("Mercy Medical
    Center in Des Moines"), which the other report may well name too."""
    body = side.article.body.replace("'s", "").replace("\u2019s", "").replace(".", "").lower()
    return name.replace(".", "").lower() in body  # ("St. Brendan's" is the run "St Brendan")


def _one_group(ca: Complement, cb: Complement) -> bool:
    """Both name the same group of people ("the two children" / "The children, a boy of seven
    and his sister"): a report that sends them to one place and others elsewhere disagrees with
    one that sends them to the other, though each names both places."""
    return ca.subject is not None and ca.subject == cb.subject and noun_class(ca.subject) in PERSON_CLASSES


def _opposite(x: frozenset[str], y: frozenset[str]) -> bool:
    return not x & y and any({p, q} in OPPOSITE_SIDES for p in x for q in y)


def place_apart(pair: Pair) -> Finding | None:
    """The same act placed at (or sent to, or taken from) two places: opposite sides of one thing,
    or two names, neither of which the other report mentions."""
    for ca, cb in _readings(pair):
        if _dates_in(pair.a.claim, ca.phrase) or _dates_in(pair.b.claim, cb.phrase):
            continue
        if _opposite(ca.sides, cb.sides):
            differ = f"{' and '.join(sorted(ca.sides))} against {' and '.join(sorted(cb.sides))}"
        elif (
            ca.runs
            and cb.runs
            and not (ca.names - NOT_PLACE - NAME_HEADS) & (cb.names - NOT_PLACE - NAME_HEADS)
            and not _same_name(ca.runs[0], cb.runs[0])
            and (_one_group(ca, cb) or not (_mentioned(pair.a, cb.runs[0]) or _mentioned(pair.b, ca.runs[0])))
        ):
            differ = f"{', '.join(ca.runs)} against {', '.join(cb.runs)}"
        else:
            continue
        return Finding(
            "entity",
            f"{pair.a.subject} says the {ca.subject or cb.subject or 'act'} {ca.verb_text} {ca.phrase} "
            f"({pair.a.quote}); {pair.b.subject} says {cb.verb_text} {cb.phrase} ({pair.b.quote}): {differ}.",
            strength=0.7,
            signature=f"{ca.slot}|{differ}",
        )
    return None


def _same_name(x: str, y: str) -> bool:
    return same_entity(entity_key(x), entity_key(y))


def roles_swapped(pair: Pair) -> Finding | None:
    """One act with its doer and undergoer the other way round: "the Maren Solace struck the
    Tasman Heron" / "the Tasman Heron struck the Maren Solace"."""
    if pair.a.claim.negated or pair.b.claim.negated or pair.time == "different":
        return None
    for ra in named_roles(pair.a.claim.text):
        for rb in named_roles(pair.b.claim.text):
            if (
                ra.verb == rb.verb
                and not _same_name(ra.agent, ra.patient)
                and _same_name(ra.agent, rb.patient)
                and _same_name(ra.patient, rb.agent)
            ):
                return Finding(
                    "entity",
                    f"{pair.a.subject} says {ra.agent} did it to {ra.patient} ({pair.a.quote}); "
                    f"{pair.b.subject} has it the other way round, {rb.agent} to {rb.patient} ({pair.b.quote}).",
                    strength=0.8,
                    signature=f"roles|{ra.verb}",
                )
    return None
