"""A whole group said to be safe: "all 40 passengers survived", "everyone on board was rescued",
"all the miners have been accounted for". Such a sentence denies harm to the group as plainly
as "no one died" does, so it is read as the same frames: no deaths (and no one missing), or no
one missing ("accounted for" may count the dead among those accounted for).

"Not all passengers survived" says the opposite and is left alone, as is a group that is not
people ("all flights were cancelled")."""

from __future__ import annotations

import re

from claims.lexicon import PERSON_CLASSES
from claims.model import Frame
from claims.quantities import noun_class

ALL_SAFE = re.compile(
    r"\b(?P<all>all|everyone|everybody)\b(?P<group>(?:\s+(?:of\s+)?(?:the\s+|those\s+)?[\w-]+){0,4}?)"
    r"(?:\s+(?:on\s+board|aboard|onboard|inside|involved))?\s+"
    r"(?:(?:have\s+|had\s+)?(?P<survived>survived|escaped|made\s+it\s+out|got\s+out)|"
    r"(?:were|was|have\s+been|had\s+been|are)\s+(?:safely\s+|successfully\s+)?"
    r"(?:(?P<rescued>rescued|brought\s+(?:out\s+)?(?:alive|to\s+safety)|found\s+(?:alive|safe)|pulled\s+out\s+alive|"
    r"evacuated\s+safely|safe)|(?P<accounted>accounted\s+for)))\b",
    re.I,
)
NOT_ALL = re.compile(r"\bnot\s+(?:quite\s+)?$", re.I)


def all_safe_frames(text: str) -> list[Frame]:
    """The harm a clause denies to a whole group of people it says is safe."""
    low = text.lower()
    if "all" not in low and "every" not in low:
        return []
    m = ALL_SAFE.search(text)
    if m is None or NOT_ALL.search(text[: m.start()]):
        return []
    group = _group(m["all"], m["group"])
    if group is None:
        return []
    values = ("missing",) if m["accounted"] else ("death", "missing")
    return [Frame(kind="harm", value=v, count=0, count_qualifier="exact", target=group, cue=m.group()) for v in values]


def _group(head: str, words: str) -> str | None:
    """The class of people a group is ("all 40 passengers": passenger), "person" for everyone;
    None when the group is of things."""
    found = [noun_class(w.lower()) for w in words.split() if w.isalpha() and w.lower() not in ("of", "the", "those")]
    people = [c for c in found if c in PERSON_CLASSES]
    if people:
        return people[-1]
    if head.lower() in ("everyone", "everybody") and not words.strip():
        return "person"
    return None
