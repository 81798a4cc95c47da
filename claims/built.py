"""The year a structure was built, opened or founded ("the bridge, built in 1967," / "completed in
1972"): a fact of the thing, not of the story's event, that two reports may give differently.

The thing is the structure named before the verb (claims.status.STRUCTURES, by head word), so
"the bridge was built in 1967" and "the hospital opened in 1972" are about two things."""

from __future__ import annotations

import re

from claims.status import structure

BUILT = re.compile(
    r"\b(?P<verb>built|constructed|completed|erected|opened|inaugurated|founded|established|dating\s+from|dates\s+from)"
    r"\s+(?:back\s+)?(?:in\s+)?(?P<year>1[5-9]\d\d|20\d\d)\b",
    re.I,
)
# verbs of one step in a structure's life: built in 1967 and opened in 1972 may both be right
STEPS = {"opened": "opened", "inaugurated": "opened", "founded": "founded", "established": "founded"}
WORD = re.compile(r"[A-Za-z][\w'-]*")


# what may stand between a structure and the verb: "the bridge was originally built in", "the
# bridge, completed in"
BETWEEN = {"was", "were", "is", "had", "has", "been", "originally", "first", "only", "finally", "which", "that"}
# another structure than the one standing: an earlier one, or one it replaced
ANOTHER_ONE = {"old", "original", "first", "previous", "earlier", "second", "new", "former", "replacing", "replaced",
               "wooden", "temporary"}  # fmt: skip
PREPOSITIONS = {"to", "into", "of", "on", "for", "at", "in", "over", "near", "under", "across", "beside", "by"}


def built_years(text: str) -> list[tuple[str, str, int]]:
    """(structure, step, year) for each structure the text says was built, opened or founded in a
    year ("built", "opened" or "founded"): the structure is the verb's subject ("repairs to the
    tunnel were completed in 2019" says nothing of when the tunnel was built)."""
    found = []
    for m in BUILT.finditer(text):
        before = [w.lower() for w in WORD.findall(text[: m.start()])]
        while before and before[-1] in BETWEEN:
            before.pop()
        thing = structure(before[-1]) if before else None
        if thing is None or PREPOSITIONS.intersection(before[-4:-1]) or ANOTHER_ONE.intersection(before[-3:-1]):
            continue  # ("the original bridge was built in 1890", "replacing a bridge built in 1890")
        found.append((thing, STEPS.get(m["verb"].lower(), "built"), int(m["year"])))
    return found
