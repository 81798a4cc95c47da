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
from claims.text import lemma

ALL_SAFE = re.compile(
    r"\b(?P<all>all|everyone|everybody)\b(?P<group>(?:\s+(?:of\s+)?(?:the\s+|those\s+)?[\w-]+){0,4}?)"
    r"(?:\s+(?:on\s+board|aboard|onboard|inside|involved))?\s+"
    r"(?:(?:have\s+|had\s+)?(?P<survived>survived|escaped|made\s+it\s+out|got\s+out)|"
    r"(?:were|was|have\s+been|had\s+been|are)\s+(?:safely\s+|successfully\s+)?"
    r"(?:(?P<rescued>rescued|brought\s+(?:out\s+)?(?:alive|to\s+safety)|found\s+(?:alive|safe)|pulled\s+out\s+alive|"
    r"evacuated\s+safely|safe)|(?P<accounted>accounted\s+for)))\b",
    re.I,
)
# not the whole group, or not said to be so: "not all", "almost all", "in all 38", "all but two",
# "all the other passengers", "unclear whether all", "praying that all"
NOT_ALL = re.compile(r"\b(?:not|almost|nearly|virtually|practically|in)\s+(?:quite\s+)?$", re.I)
PART_OF_IT = re.compile(r"\b(?:but|except|other|others|else|remaining|surviving|rest)\b", re.I)
UNSURE = re.compile(
    r"\b(?:whether|if|unclear|unknown|not\s+(?:yet\s+)?(?:clear|known|know)|hope[sd]?|hoping|pray(?:ing|ed)?|fear(?:s|ed)?|"
    r"wish|expect(?:s|ed)?|could|may|might|will|would)\b",
    re.I,
)
# who escapes is at large, not safe
AT_LARGE = {"prisoner", "inmate", "suspect", "escapee", "convict", "detainee", "fugitive", "gunman"}


def all_safe_frames(text: str) -> list[Frame]:
    """The harm a clause denies to a whole group of people it says is safe."""
    low = text.lower()
    if "all" not in low and "every" not in low:
        return []
    m = ALL_SAFE.search(text)
    if m is None or NOT_ALL.search(text[: m.start()]) or UNSURE.search(text[: m.start()]):
        return []
    if PART_OF_IT.search(m["group"]) or PART_OF_IT.match(text, m.end("all")) or UNSURE.search(m.group()):
        return []
    group = _group(m["all"], m["group"])
    if group is None or (m["survived"] and m["survived"].lower() == "escaped" and group in AT_LARGE):
        return []
    values = ("missing",) if m["accounted"] else ("death", "missing")
    return [Frame(kind="harm", value=v, count=0, count_qualifier="exact", target=group, cue=m.group()) for v in values]


def _group(head: str, words: str) -> str | None:
    """The class of people a group is ("all 40 passengers": passenger), "person" for everyone;
    None when the group is of things."""
    found = [(noun_class(w.lower()), lemma(w.lower())) for w in words.split() if w.isalpha() and w.lower() not in ("of", "the", "those")]
    # (a group the class table folds into people, "residents", "guests", stays itself: its safety
    # says nothing of firefighters or rescuers)
    people = [base if cls == "person" else cls for cls, base in found if cls in PERSON_CLASSES]
    if people:
        return people[-1]
    if head.lower() in ("everyone", "everybody") and not words.strip():
        return "person"
    return None
