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
from claims.entities import same_entity
from claims.lexicon import PERSON_CLASSES
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
