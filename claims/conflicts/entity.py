"""Entity conflicts: different perpetrators, places or targets named for the same act."""

from __future__ import annotations

from claims.complements import OPPOSITE_SIDES
from claims.conflicts.base import Finding, Pair, Side
from claims.conflicts.complement import place_apart, roles_swapped
from claims.entities import same_agent, same_entity
from claims.lexicon import EVENT_NOUNS, PLACE_HEADS
from claims.model import Claim, Entity
from claims.owners import ROLE_NAMES, Owner, causes, owners, same_role, same_thing
from claims.text import lemma

TIMELESS_ROLES = {"made", "employer"}
COUNTRY_LIKE = {"united states", "iraq", "iran", "syria", "israel", "russia", "ukraine", "china"}


def _places(side: Side) -> list[Entity]:
    return [
        e
        for e in side.claim.entities
        if (e.kind == "place" or e.text.split()[-1].lower() in PLACE_HEADS)
        and e.key not in COUNTRY_LIKE
        and len(e.key) > 2
    ]


def _mentions(side: Side, entity: Entity) -> bool:
    """Whether the article names the place anywhere (then both places may well be right)."""
    body = side.article.body.lower()
    return entity.text.lower() in body or any(w in body for w in entity.key.split() if len(w) > 4)




def _named_in(side: Side, name: str) -> bool:
    """The side's article names it (a cause by the noun its phrase ends in: "a power line")."""
    return name.split()[-1].lower() in side.article.body.lower() if name.islower() else name.lower() in side.article.body.lower()


def _same_cause(x: str, y: str) -> bool:
    """Two cause phrases that end in one noun ("a downed power line" / "a power line")."""
    return lemma(x.split()[-1]) == lemma(y.split()[-1])


def _same_designator(x: str, y: str) -> bool:
    # (a type named more or less fully is one type: "BOEING 737" and "BOEING 737-800")
    shorter, longer = sorted((x, y), key=len)
    if longer.startswith((shorter + "-", shorter + " ")):
        return True
    return x == y or (not x[:1].isdigit() and not y[:1].isdigit() and same_entity(x, y))


def _coded(value: str) -> bool:
    return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


def _names(side: Side, head: str, value: str) -> bool:
    """Whether the side's article names this designator anywhere ("Gate 7" in a report that
    puts the crush at Gate 4: then it knows both)."""
    return any(h == head and _same_designator(v, value) for h, v in side.article_designators)


def _shown(head: str, value: str) -> str:
    return f"{head} {value}" if value[:1].isdigit() or value.isupper() else f"{value} {head}"


def _owned(claim: Claim) -> tuple[Owner, ...]:
    """Who owns or runs what, in the clause; an event is owned or run by no one, so where the clause
    gives an event as what is owned, the sentence is read ("after the blast, which happened on
    the 36-inch line, owned by Prairie Crest", whose clause lost the line to the relative clause)."""
    said = owners(claim.text)
    found = tuple(o for o in said if _ownable(o))
    if said and not found:
        found = tuple(o for o in owners(claim.sentence) if _ownable(o))
    return found


def _ownable(owner: Owner) -> bool:
    """An event is organised or called by someone ("the protest was organised by"), never held."""
    return owner.role != "held" or owner.thing not in EVENT_NOUNS


class EntityDetector:
    kind = "entity"

    def detect(self, pair: Pair) -> Finding | None:
        return (
            self._perpetrator(pair)
            or self._place(pair)
            or self._designator(pair)
            or place_apart(pair)
            or roles_swapped(pair)
            or self._owner(pair)
        )

    def _owner(self, pair: Pair) -> Finding | None:
        """The same thing said to be owned or run by two different bodies ("The bus, operated by
        Transportes Sol del Valle" / "The vehicle belonged to Expreso Machu Wasi"), neither report
        naming the other's."""
        if "own" not in pair.slots:
            return None
        a_text, b_text = pair.a.claim.text, pair.b.claim.text
        for x in _owned(pair.a.claim) + causes(a_text):
            for y in _owned(pair.b.claim) + causes(b_text):
                if not same_thing(x.thing, y.thing) or not same_role(x, y) or same_entity(x.name, y.name):
                    continue
                if x.role == "cause" and _same_cause(x.name, y.name):
                    continue
                if _named_in(pair.a, y.name) or _named_in(pair.b, x.name):
                    continue  # a report that names both (a parent and its subsidiary) knows of both
                held = ROLE_NAMES[x.role]
                said_of = "the people it names were" if x.thing == "person" else f"the {x.thing} is"
                return Finding(
                    self.kind,
                    f"{pair.a.subject} says {said_of} {held} by {x.name} ({pair.a.quote}); "
                    f"{pair.b.subject} names {y.name} ({pair.b.quote}).",
                    # who built a thing, or employed the dead, does not change from one report's
                    # day to another's (whoever runs it may): the days the claims tell of are others'
                    temporal="unknown" if x.role in TIMELESS_ROLES and pair.time != "same" else None,
                    strength=0.8,
                )
        return None

    def _designator(self, pair: Pair) -> Finding | None:
        """The same thing named with different designators: "Gate 4" vs "Gate 7", "the left
        engine" vs "the right engine", "the Mesquite Road substation" vs "the Dos Palmas
        substation". Not when a report names both (two gates, two substations may be in the story)."""
        mine = {head: value for head, value in pair.a.claim.designators}
        theirs = {head: value for head, value in pair.b.claim.designators}
        for head, value in theirs.items():
            other = mine.get(head)
            if other is None or _same_designator(other, value):
                continue
            # two sides of one thing ("the left engine" / "the right engine") need no more
            # wording in common than the thing; other designators do
            # (and a ship sails under one flag, however differently the two sentences go on)
            # and so does a model or code of letters and digits ("Dash 8-400" / "ATR 72-600",
            # "flight KS418" / "flight KS481"): one thing has one
            sides = (
                {other.lower(), value.lower()} in OPPOSITE_SIDES
                or head == "flag"
                or (_coded(other) and _coded(value))
            )
            if pair.lexical < 0.3 and not (sides and pair.topic >= 0.5):
                continue
            if _names(pair.a, head, value) or _names(pair.b, head, other):
                continue
            return Finding(
                self.kind,
                f"{pair.a.subject} names {_shown(head, other)} ({pair.a.quote}); {pair.b.subject} "
                f"names {_shown(head, value)} ({pair.b.quote}).",
                # the same thing named twice in reports a day or so apart: what it is called (its
                # gate, its flag) does not change from one day to the next
                temporal="same_time" if pair.time == "near" else None,
                strength=0.8,
            )
        return None

    def _perpetrator(self, pair: Pair) -> Finding | None:
        ra = [f for f in pair.a.claim.frames if f.kind == "responsibility" and f.polarity and f.target]
        rb = [f for f in pair.b.claim.frames if f.kind == "responsibility" and f.polarity and f.target]
        for fa in ra:
            for fb in rb:
                assert fa.target and fb.target
                if same_agent(fa.target, fb.target) is False:
                    return Finding(
                        self.kind,
                        f"{pair.a.subject} names {fa.target} as responsible ({pair.a.quote}); "
                        f"{pair.b.subject} names {fb.target} ({pair.b.quote}).",
                        strength=0.9,
                    )
        return None

    def _place(self, pair: Pair) -> Finding | None:
        if not any(s.startswith("occ:") for s in pair.slots) or pair.time not in ("same", "near"):
            return None
        pa, pb = _places(pair.a), _places(pair.b)
        if not pa or not pb or any(same_entity(x.key, y.key) for x in pa for y in pb):
            return None
        if any(_mentions(pair.b, x) for x in pa) or any(_mentions(pair.a, y) for y in pb):
            return None
        return Finding(
            self.kind,
            f"{pair.a.subject} places it at {pa[0].text} ({pair.a.quote}); {pair.b.subject} "
            f"at {pb[0].text} ({pair.b.quote}), and neither source names the other place.",
            strength=0.8,
        )
