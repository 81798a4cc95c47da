"""Measurements in comparable form: a measured quantity's admitted interval in its dimension's
base unit (metres, kilograms, cubic metres, kelvin, bytes...), by pint."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from claims.model import Quantity
from claims.text import STOPWORDS, Token

MEASURES = {
    "length",
    "mass",
    "volume",
    "area",
    "speed",
    "temperature",
    "data",
    "power",
    "energy",
    "pressure",
    "time",
}
CONVERTED_ROUND_SLACK = 0.05  # "5 km" reported as "3 miles": allow for the rounding of a conversion


@lru_cache(maxsize=1)
def _registry() -> Any:
    import pint  # imported on first use: building its registry takes a moment

    return pint.UnitRegistry()


@lru_cache(maxsize=4096)
def to_base(value: float, unit: str) -> float:
    """`value` `unit` in the base unit of its dimension."""
    ureg = _registry()
    return float(ureg.Quantity(value, unit).to_base_units().magnitude)


# pint's dimensionalities, by the names this package gives measures
DIMENSIONS = {
    "[mass]": "mass", "[length]": "length", "[length] ** 2": "area", "[length] ** 3": "volume",
    "[length] / [time]": "speed", "[temperature]": "temperature",
    "[mass] * [length] ** 2 / [time] ** 3": "power", "[mass] * [length] ** 2 / [time] ** 2": "energy",
    "[mass] / [length] / [time] ** 2": "pressure",
}  # fmt: skip
SI_PREFIXES = ("nano", "micro", "milli", "centi", "deci", "hecto", "kilo", "mega", "giga", "tera")
# Units read from pint only when they are these (or these with an SI prefix): pint also knows
# "point", "hand", "stone", "grain", "cup" and "barn" as units, which in news copy they are not.
PLAIN_UNITS = {
    "gram", "liter", "meter", "watt", "joule", "pascal", "bar", "calorie", "ounce", "pint", "quart",
    "gallon", "volt", "watt_hour", "pound_force_per_square_inch", "standard_atmosphere", "degree_Celsius",
    "degree_Fahrenheit", "kelvin", "mile_per_hour", "kilometer_per_hour", "meter_per_second",
}  # fmt: skip


@lru_cache(maxsize=4096)
def pint_unit(word: str) -> tuple[str, str] | None:
    """A unit pint knows that the lexicon does not ("120-microgram", "MW", "hectopascals"), as
    (pint name, dimension); None for words that are not measurement units in news copy."""
    from claims.text import STOPWORDS

    word = word.strip("-")
    if len(word) < 2 or word.lower() in STOPWORDS or not word.replace("_", "").isalpha():
        return None
    try:
        unit = _registry().parse_units(word)
    except Exception:  # not a unit pint knows (or not one it can parse)
        return None
    name, dimension = str(unit), DIMENSIONS.get(str(unit.dimensionality))
    base = next((name[len(p) :] for p in SI_PREFIXES if name.startswith(p)), name)
    if dimension is None or (name not in PLAIN_UNITS and base not in PLAIN_UNITS):
        return None
    return name, dimension


def converted_interval(q: Quantity) -> tuple[float, float] | None:
    """The values a measurement admits, in base units; None when it cannot be converted."""
    if q.dimension not in MEASURES or not q.canonical_unit:
        return None
    low, high = q.interval()
    if q.qualifier == "exact" and q.value_max is None:
        slack = abs(high) * CONVERTED_ROUND_SLACK  # in the unit the text uses, before conversion
        low, high = low - slack, high + slack
    try:
        lo = to_base(low, q.canonical_unit) if low != float("-inf") else low
        hi = to_base(high, q.canonical_unit) if high != float("inf") else high
    except Exception:  # pint rejects an odd unit name: not comparable
        return None
    return lo, hi


DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "from", "away",
              "off", "outside", "inland", "offshore", "upstream", "downstream", "northwards", "southwards"}  # fmt: skip
DIMENSION_WORDS = {"deep": "depth", "depth": "depth", "high": "height", "tall": "height", "height": "height",
                   "long": "length", "length": "length", "wide": "width", "width": "width"}  # fmt: skip


COMPASS = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw"}


def _landmark(tokens: Sequence[Any], start: int) -> str:
    """The place a distance is measured from: the last capitalised word in the few words after."""
    from claims.entities import entity_key

    names = [t.text for t in tokens[start : start + 6] if t.text[:1].isupper()]
    return entity_key(names[-1]) if names else "?"


def _head_after(tokens: Sequence[Token], i: int) -> str | None:
    """The head of the noun phrase from token i, an aside in brackets skipped: "a 240,000-gallon
    (900 cubic metre) atmospheric storage tank holding styrene" -> tank."""
    words: list[str] = []
    depth = 0
    while i < len(tokens) and len(words) < 3:
        w = tokens[i].lower
        i += 1
        if w in ("(", "["):
            depth += 1
        elif w in (")", "]"):
            depth -= 1
        elif depth > 0:
            continue
        elif not w[:1].isalpha() or w in STOPWORDS or (words and w.endswith(("ing", "ed"))):
            break
        else:
            words.append(w)
    return words[-1] if words else None


def measure_role(q: Quantity, sentence: str, sentence_start: int) -> str | None:
    """What a measurement measures, from the words around it: "a 320-metre bridge" (the size of a
    bridge), "5 km south of Kelmet" (a distance), "within a mile of the plant" (a radius), "a
    depth of 10 km" (a depth). None when the words do not say."""
    from claims.text import lemma, tokenize

    tokens = tokenize(sentence, sentence_start)
    inside = [i for i, t in enumerate(tokens) if q.start <= t.start < q.end]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    before = [t.lower for t in tokens[max(0, first - 3) : first]]
    after = [t.lower for t in tokens[last + 1 : last + 4]]
    if re.search(r"\d\s*-\s*[a-z]", q.text):  # "a 320-metre bridge": the size of the thing named next
        head = _head_after(tokens, last + 1)
        if head:
            return f"size:{lemma(head)}"
    for k, word in enumerate(after[:2]):
        if word in DIRECTIONS or word in COMPASS:
            return f"distance:{_landmark(tokens, last + 2 + k)}"  # "5 km south of Kelmet" vs "140 km east of the capital"
        if word in DIMENSION_WORDS:
            return DIMENSION_WORDS[word]
    if before and before[-1] == "of" and len(before) > 1 and before[-2] in DIMENSION_WORDS:
        return DIMENSION_WORDS[before[-2]]  # "at a depth of 10 km"
    if before and before[-1] in ("within", "radius"):
        return "radius"
    return None
