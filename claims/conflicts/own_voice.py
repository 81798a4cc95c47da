"""A body's own statement: a company's or an agency's release speaks in the first person ("our
Kestrel Lake substation", "we are working with investigators"), so what it says in its own voice
is the body's position, as much as what a report credits to it. "No maintenance work was
underway at the substation", in the utility's own update, denies what a newspaper reports the
utility confirming."""

from __future__ import annotations

import re

from claims.conflicts.base import Side
from claims.entities import entity_key, same_entity
from claims.speakers import position

FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|us)\b")  # (not "US officials")
QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
FIRST_PERSON_LEAST = 2  # one "we" may be a quoted remark the quotation marks left out
# "Coastal Hydro - Outage Update No. 4", "Northfield Nitrogen: statement on ...": the body first
TITLE_BODY = re.compile(r"^\s*(?P<body>[^:|–—-]{3,60}?)\s+(?:[-–—|]|:)\s+")


def own_voice(side: Side) -> str | None:
    """The body whose own statement the claim is: no speaker is credited, and its report speaks
    for the body in the first person (outside quotations); the body is the report's outlet, else
    the name its title opens with."""
    if side.claim.speaker or side.source.kind == "post":
        return None
    body = QUOTED.sub(" ", side.article.body)
    if len(FIRST_PERSON.findall(body)) < FIRST_PERSON_LEAST:
        return None
    if side.article.outlet:
        return side.article.outlet
    m = TITLE_BODY.match(side.article.title or "")
    return m["body"].strip() if m else None


def voiced_denial(own: Side, other: Side) -> str | None:
    """The body's name, when `own` is its own statement denying something (a negated statement)
    and `other` credits that body with a position."""
    if not other.claim.speaker or position(own.claim) != "deny":
        return None  # (asked first: reading the report's voice scans its whole body)
    voice = own_voice(own)
    return voice if voice and same_entity(entity_key(voice), entity_key(other.claim.speaker)) else None
