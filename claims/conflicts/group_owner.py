"""Whose people a claim counts: "The Maren Solace's twenty-two crew were not hurt" and "Two crew
members from the Tasman Heron were taken to hospital" speak of the crews of two ships. A class of
people ("crew", "staff", "students") is otherwise compared as a class, whoever it belongs to; when
both claims tell whose people they speak of, and the two differ, they are different groups, and
no count or denial of one tells anything of the other.

A body may be named ("the Tasman Heron") or described ("the tanker", "no one on the container
ship"). A description counts only where one of the two reports puts it beside a name ("the
product tanker Tasman Heron", "The Tasman Heron is a 183-metre tanker"): it then stands for that
name. A description no report ties to a name is left out, since it may be either body."""

from __future__ import annotations

from functools import lru_cache

import regex

from claims.conflicts.base import Side
from claims.entities import find_entities, same_entity
from claims.lexicon import PERSON_CLASSES
from claims.model import Quantity
from claims.quantities import noun_class
from claims.text import STOPWORDS, lemma

NAME = r"\p{Lu}[\w-]*(?:\s+(?:of\s+|de\s+)?\p{Lu}[\w-]*){0,4}"
# "The Maren Solace's twenty-two crew", "Halden Steel's 40 workers"
POSSESSIVE = regex.compile(rf"(?P<owner>{NAME})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>[a-z]+)(?![\w-])")
# "crew members from the Tasman Heron", "passengers aboard the Lindholm", "no one on the container ship"
AFFILIATED = regex.compile(
    r"\b(?P<noun>[a-z]+)(?:\s+members?)?\s+(?:from|of|aboard|on\s+board|on|at)\s+(?:the\s+)?"
    rf"(?:(?P<owner>{NAME})|(?P<described>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)\b)"
)
ANYONE = {"one", "anyone", "everyone", "nobody", "none", "people"}  # "no one on the ferry"


def _people(noun: str) -> bool:
    return noun in ANYONE or noun_class(lemma(noun)) in PERSON_CLASSES


def _key(name: str) -> str:
    return regex.sub(r"^the\s+", "", name.lower())


def group_owners(side: Side, other: Side) -> set[str]:
    """The names of the bodies whose people the claim speaks of (lower case, no article); a
    description stands for the names either report gives it."""
    text = side.claim.text
    found = {_key(m["owner"]) for m in POSSESSIVE.finditer(text) if _people(m["noun"])}
    for m in AFFILIATED.finditer(text):
        if not _people(m["noun"]):
            continue
        if m["owner"]:
            found.add(_key(m["owner"]))
        elif head := _head(m["described"]):
            found |= _named_as(side.article.body, head) | _named_as(other.article.body, head)
    return found


def _head(described: str) -> str | None:
    """The noun of a short description: its last word before a function word ("tanker were":
    tanker; "container ship": ship)."""
    words = []
    for word in described.split():
        if word in STOPWORDS:
            break
        words.append(word)
    return words[-1] if words else None


@lru_cache(maxsize=256)
def _named_as(body: str, head: str) -> set[str]:
    """The names a report gives a thing it also calls by `head` ("the product tanker Tasman
    Heron", "the Tasman Heron, a tanker", "The Tasman Heron is a 183-metre tanker")."""
    h = regex.escape(head)
    before = regex.compile(rf"\b{h}\s+(?:the\s+)?(?P<name>{NAME})")
    after = regex.compile(rf"(?P<name>{NAME}),?\s+(?:is\s+|was\s+)?(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{h}\b")
    return {_key(m["name"]) for pattern in (before, after) for m in pattern.finditer(body)}


def owned_apart(a: Side, b: Side) -> bool:
    """Both claims tell whose people they speak of, and no body of one is a body of the other."""
    ours, theirs = group_owners(a, b), group_owners(b, a)
    return bool(ours and theirs) and not any(same_entity(x, y) for x in ours for y in theirs)


# A body's own share of a count: "Aer Lingus said 58 of its departures had been cancelled",
# "Ryanair cancelled 31 Dublin departures". Against a count nobody's share ("a total of 97
# departing flights were cancelled") it is a part of the whole, which may be smaller.
OF_ITS = regex.compile(r"^\S+\s+(?:of|among)\s+(?:its|their)\s+[a-z]")
NAMED_ACTOR = regex.compile(
    rf"^(?P<owner>{NAME})(?:,\s+which(?:\s+has|\s+had)?)?\s+(?:[a-z]+ed|made|ran|flew|sent|sold|took)\s+"
    r"(?:[a-z]+\s+)?(?P<figure>\d[\d,.]*)\b"
)
# public bodies act for everyone: "Police arrested 12 people" is the count, not police's share
PUBLIC_HEADS = {"police", "authorities", "officials", "government", "army", "military", "ministry", "council",
                "department", "agency", "service", "services", "guard", "court", "prosecutors", "rescuers"}  # fmt: skip


def share_owner(side: Side, q: Quantity) -> str | None:
    """Whose own share the figure counts: the speaker of "58 of its departures" (or "its", when no
    name speaks), or a named company that acts on its own things ("Ryanair cancelled 31 ..."),
    unless the other report's story is that body's (its title or lead names it: one airline's
    strike, where its flights are all the flights)."""
    claim = side.claim
    if OF_ITS.match(q.text):
        speaker = claim.speaker or ""
        return _key(speaker) if speaker[:1].isupper() and not _public(speaker) else "its"
    m = NAMED_ACTOR.match(claim.text) or NAMED_ACTOR.match(claim.sentence)  # ("Ryanair, which cancelled 31 ...")
    if not m or not q.text.startswith(m["figure"]) or _public(m["owner"]):
        return None
    return _key(m["owner"]) if any(e.text == m["owner"] for e in find_entities(claim.sentence)) else None


def story_of(owner: str, side: Side) -> bool:
    """The report's title or lead names the body (a share of its own things is then all of them)."""
    if owner == "its":
        return False
    lead = f"{side.article.title or ''} {side.article.body[:400]}".lower()
    # (by its first word: "Coralwing strike day two" is the story of Coralwing Airlines)
    return regex.search(rf"\b{regex.escape(owner.split()[0])}\b", lead) is not None


def _public(name: str) -> bool:
    return bool(set(name.lower().split()) & PUBLIC_HEADS)
