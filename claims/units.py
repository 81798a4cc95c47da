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


# What pint 0.25 multiplies a value in each of the lexicon's units by to give it in its base
# unit, as pint computes the factor (tests/core/test_unit_names.py derives them from pint again
# and compares the products): the figures of most articles are converted without building
# pint's registry. Units with an offset (degC, degF) and those only pint reads (`pint_unit`)
# are converted by pint.
BASE_FACTORS = {
    "acre": 4046.8726098742513, "acre_foot": 1233.4892384681489, "byte": 8.0, "centimeter": 0.01, "day": 86400.0,
    "foot": 0.30479999999999996, "foot ** 2": 0.09290303999999999, "foot ** 3": 0.028316846591999994,
    "gallon": 0.0037854117839999993,
    "gigabyte": 8000000000.0, "hectare": 10000.0, "hour": 3600.0, "inch": 0.0254, "kilobyte": 8000.0,
    "kilogram": 1.0, "kilometer": 1000.0, "kilometer ** 2": 1000000.0, "kilometer / hour": 0.2777777777777778,
    "knot": 0.5144444444444445, "liter": 0.0010000000000000002, "megabyte": 8000000.0, "meter": 1.0,
    "meter ** 2": 1.0, "meter ** 3": 1.0, "metric_ton": 1000.0, "mile": 1609.344, "mile ** 2": 2589988.110336,
    "mile / hour": 0.44704, "millimeter": 0.001, "minute": 60.0, "month": 2629800.0, "nautical_mile": 1852.0,
    "oil_barrel": 0.15898729492799996, "petabyte": 8000000000000000.0, "pound": 0.4535923700000001, "second": 1.0,
    "terabyte": 8000000000000.0, "week": 604800.0, "yard": 0.9144, "yard ** 2": 0.83612736, "year": 31557600.0,
}  # fmt: skip


@lru_cache(maxsize=4096)
def to_base(value: float, unit: str) -> float:
    """`value` `unit` in the base unit of its dimension."""
    factor = BASE_FACTORS.get(unit)
    if factor is not None:
        return float(value * factor)
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


# pint's names, symbols and aliases of the units that can give one of PLAIN_UNITS (with a prefix
# or not), and its prefixes, as pint 0.25 defines them (tests/core/test_unit_names.py derives
# both from pint again). A word that is none of those names, after a prefix and before a plural
# "s", cannot be a plain unit, and is answered without building pint's registry: a fifth of a
# second in a check of one article, where most figures count people, not metres.
PLAIN_UNIT_NAMES = frozenset({
    "J", "K", "KPH", "L", "MPH", "Pa", "US_liquid_gallon", "US_liquid_quart", "US_pint", "V", "W", "Wh", "atm",
    "atmosphere", "avdp_ounce", "avoirdupois_ounce", "bar", "cal", "cal_th", "calorie", "celsius", "centimeter",
    "decimeter", "degC", "degF", "degK", "degreeC", "degreeF", "degreeK", "degree_Celsius", "degree_Fahrenheit",
    "degree_Kelvin", "fahrenheit", "g", "gal", "gallon", "gram", "joule", "kelvin", "kilogram", "kilometer",
    "kilometer_per_hour", "kilometer_per_second", "kph", "kps", "l", "liquid_gallon", "liquid_pint", "liquid_quart",
    "liter", "litre", "m", "meter", "meter_per_second", "metre", "microgram", "microliter", "micrometer",
    "mile_per_hour", "milligram", "mph", "mps", "ounce", "oz", "pascal", "pint", "pound_force_per_square_inch",
    "psi", "pt", "qt", "quart", "standard_atmosphere", "thermochemical_calorie", "volt", "watt", "watt_hour",
    "watthour", "°C", "°F", "°K", "ℓ",
})  # fmt: skip
UNIT_PREFIXES = (
    "", "E", "Ei", "G", "Gi", "Ki", "M", "Mi", "P", "Pi", "Q", "R", "T", "Ti", "Y", "Yi", "Z", "Zi", "a", "atto", "c",
    "centi", "d", "da", "deca", "deci", "deka", "demi", "exa", "exbi", "f", "femto", "gibi", "giga", "h", "hecto",
    "k", "kibi", "kilo", "m", "mc", "mebi", "mega", "micro", "milli", "mu", "n", "nano", "p", "pebi", "peta", "pico",
    "q", "quecto", "quetta", "r", "ronna", "ronto", "semi", "sesqui", "tebi", "tera", "u", "y", "yobi", "yocto",
    "yotta", "z", "zebi", "zepto", "zetta", "µ", "μ",
)  # fmt: skip


def may_be_plain_unit(word: str) -> bool:
    """Whether pint could read `word` as one of PLAIN_UNITS: a prefix, one of their names, and
    perhaps a plural "s" (how pint reads a unit's name)."""
    stems = (word, word[:-1]) if word.endswith("s") else (word,)
    return any(
        stem.startswith(p) and stem[len(p) :] in PLAIN_UNIT_NAMES for stem in stems for p in UNIT_PREFIXES
    )


@lru_cache(maxsize=4096)
def pint_unit(word: str) -> tuple[str, str] | None:
    """A unit pint knows that the lexicon does not ("120-microgram", "MW", "hectopascals"), as
    (pint name, dimension); None for words that are not measurement units in news copy."""
    from claims.text import STOPWORDS

    word = word.strip("-")
    if len(word) < 2 or word.lower() in STOPWORDS or not word.replace("_", "").isalpha():
        return None
    if not may_be_plain_unit(word):
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


DECIMALS = re.compile(r"\d\.(\d+)")


def converted_interval(q: Quantity) -> tuple[float, float] | None:
    """The values a measurement admits, in base units; None when it cannot be converted."""
    if q.dimension not in MEASURES or not q.canonical_unit:
        return None
    low, high = q.interval()
    if q.qualifier == "exact" and q.value_max is None:
        slack = abs(high) * CONVERTED_ROUND_SLACK  # in the unit the text uses, before conversion
        decimals = DECIMALS.search(q.text)
        if decimals:  # "11.2 metres" is given to a tenth: it does not admit 12.1
            slack = min(slack, 0.5 * 10 ** -len(decimals.group(1)))
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


GROUND_WORDS = {"surface", "ground", "seabed", "sea"}
ACROSS_OBJECTS = {"the", "a", "an", "this", "that", "its", "their", "his", "her"}
DIMENSION_SUFFIX = re.compile(r"-(deep|high|tall|long|wide)$", re.I)
COMPASS = {"n", "s", "e", "w", "ne", "nw", "se", "sw", "nne", "ene", "ese", "sse", "ssw", "wsw", "wnw", "nnw"}


def _landmark(tokens: Sequence[Any], start: int) -> str:
    """The place a distance is measured from: the last word of the first run of capitalised
    words in the few words after ("north of Lark Hollow near Dutchman Grade": Hollow)."""
    from claims.entities import entity_key

    names: list[str] = []
    for t in tokens[start : start + 6]:
        if t.text[:1].isupper():
            names.append(t.text)
        elif names:
            break  # the run ended ("near Dutchman Grade" is another place)
    if not names:
        return "?"
    # (a last word that is only a place's kind, "Pamatata Port", leaves the rest of the name)
    return entity_key(names[-1]) or entity_key(" ".join(names)) or "?"


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


# verbs that give a thing's extent: "the slick stretches 12 nautical miles" is a length
EXTENT_VERBS = {"stretch", "stretches", "stretched", "stretching", "extend", "extends", "extended", "extending",
                "span", "spans", "spanned", "spanning"}  # fmt: skip
# verbs of a thing moving some way: "ran 500 metres", "slid 40 feet", "plunged about 40 metres"
MOVED_VERBS = {"ran", "run", "runs", "travelled", "traveled", "slid", "fell", "dropped", "plunged", "swept",
               "flowed", "drifted", "rolled", "tumbled", "skidded"}  # fmt: skip
LOAD_WORDS = {"carrying", "carried", "carries", "laden", "loaded", "cargo", "hold", "holding", "holds", "capacity"}


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
    if (compound := DIMENSION_SUFFIX.search(q.text)) is not None:
        return DIMENSION_WORDS[compound.group(1).lower()]  # "a four-foot-wide passage": a width
    if re.search(r"\d\s*-\s*[a-z]", q.text):  # "a 320-metre bridge": the size of the thing named next
        head = _head_after(tokens, last + 1)
        if head:
            return f"size:{lemma(head)}"
    if after[:1] == ["underground"] or (
        after[:1] and after[0] in ("below", "beneath", "under") and set(after[1:3]) & GROUND_WORDS
    ):
        return "depth"  # "420 feet below surface", "1,400 feet underground"
    for k, word in enumerate(after[:2]):
        if word in DIRECTIONS or word in COMPASS:
            return f"distance:{_landmark(tokens, last + 2 + k)}"  # "5 km south of Kelmet" vs "140 km east of the capital"
        if word in DIMENSION_WORDS:
            return DIMENSION_WORDS[word]
        if word == "across" and (after[k + 1 : k + 2] or [""])[0] not in ACROSS_OBJECTS:
            return "width"  # "a crater 45 metres across" (not "5 km across the bay": a way over it)
        if word == "in" and after[k + 1 : k + 2] == ["diameter"]:
            return "width"  # "a crater 20 metres in diameter"
    if before and before[-1] == "of" and len(before) > 1 and before[-2] in DIMENSION_WORDS:
        return DIMENSION_WORDS[before[-2]]  # "at a depth of 10 km"
    if before and before[-1] in ("within", "radius"):
        return "radius"
    if EXTENT_VERBS & set(before[-2:]):
        return "length"  # "stretches 12 nautical miles", "extending for 3 km"
    if MOVED_VERBS & set(before[-2:]) and q.dimension == "length" and before[-1] not in ("to", "by"):
        return "travel"  # "the slide ran some 500 metres down the slope" (not "the river fell to 2 metres")
    if re.match(r"(?:above|below)\b", q.text, re.I) and q.dimension == "length":
        return "elevation"  # "weak layers on slopes above 2,400 metres": a level, not a size
    if LOAD_WORDS & set(before):
        return "load"  # "a tanker carrying 31,000 tonnes of crude": its cargo, not what it spilled
    return None
