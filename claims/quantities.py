"""Quantities in a sentence: the value, what is counted or measured, and how exact it is.

"at least 176 attacks" -> 176, attacks, at_least; "tens of others" -> 20..99, others, about;
"between 20 and 25 people" -> 20..25, people; "3 km" -> 3, km (a length). Number words go
through text2num. Each quantity also says which values it admits (`admitted_interval`), which is
how "over 100" is found compatible with 106 and "about 2,500" with 2,480.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import text2num

from claims.clauses import is_finite
from claims.dates import MONTHS, WEEKDAYS
from claims.lexicon import CUMULATIVE_CUES, EVENT_NOUNS, HARM_WORDS, NOUN_CLASS, PERSON_CLASSES, PERSON_ROLES
from claims.model import Quantity
from claims.text import STOPWORDS, Token, lemma, tokenize
from claims.units import pint_unit

SMALL_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 10**12,
    "lakh": 100_000,  # (South Asian copy: "two lakh taka", "Rs 3 crore")
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
}
SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000}
# Vague amounts: (low, high) admitted values.
VAGUE = {
    ("a", "dozen"): (12, 12), ("half", "a", "dozen"): (6, 6), ("dozens", "of"): (24, 144),
    ("tens", "of"): (20, 99), ("scores", "of"): (40, 200), ("hundreds", "of"): (200, 999),
    ("thousands", "of"): (2_000, 9_999), ("millions", "of"): (2_000_000, 9_999_999),
    ("a", "couple", "of"): (2, 2), ("a", "few"): (2, 5), ("several",): (3, 9), ("a", "handful", "of"): (2, 6),
    ("both",): (2, 2), ("a", "single"): (1, 1), ("single",): (1, 1), ("a", "pair", "of"): (2, 2),
    ("dozen",): (12, 12), ("a", "hundred"): (100, 100), ("a", "thousand"): (1_000, 1_000),
}  # fmt: skip
VAGUE_MAX_LEN = 3
# Modifiers that make a figure count part of a whole ("three neighboring departments" besides
# the town's own): such a figure does not contradict a total.
PARTIAL_MODIFIERS = {
    "other",
    "neighboring",
    "neighbouring",
    "nearby",
    "additional",
    "more",
    "further",
    "extra",
    "remaining",
    "outside",
    "another",
    "separate",
    "new",
    "fresh",
    "surrounding",
    "visiting",
    "secondary",  # ("a handful of secondary cases" among the contacts of those first ill)
}
# Words a number can start with: number words, scale words, vague amounts, "a mile".
NUMBER_STARTS = set(SMALL_NUMBERS) | set(SCALES) | {k[0] for k in VAGUE} | {"a", "an"}
VAGUE_NOUNS = {"scores", "dozens", "hundreds", "thousands", "millions", "tens", "dozen"}

QUALIFIERS = [
    (("at", "least"), "at_least", None), (("no", "fewer", "than"), "at_least", None),
    (("no", "less", "than"), "at_least", None), (("a", "minimum", "of"), "at_least", None),
    (("more", "than"), "more_than", None), (("over",), "more_than", None), (("upwards", "of"), "more_than", None),
    (("in", "excess", "of"), "more_than", None), (("above",), "more_than", None),
    (("exceeding",), "more_than", None), (("exceed",), "more_than", None), (("exceeds",), "more_than", None),
    (("exceeded",), "more_than", None), (("topped",), "more_than", None), (("surpassed",), "more_than", None), (("just", "over"), "more_than", None),
    (("about",), "about", None), (("around",), "about", None), (("approximately",), "about", None),
    (("roughly",), "about", None), (("some",), "about", None), (("an", "estimated"), "about", "estimated"),
    (("estimated",), "about", "estimated"), (("circa",), "about", None), (("close", "to"), "about", "nearly"),
    (("nearly",), "about", "nearly"), (("almost",), "about", "nearly"), (("just", "under"), "about", "nearly"),
    (("just", "shy", "of"), "about", "nearly"), (("up", "to"), "at_most", "ceiling"),
    (("as", "many", "as"), "at_most", "ceiling"), (("at", "most"), "at_most", None),
    (("no", "more", "than"), "at_most", None), (("a", "maximum", "of"), "at_most", None),
    (("fewer", "than"), "less_than", None), (("less", "than"), "less_than", None),
    (("under",), "less_than", None), (("below",), "less_than", None), (("only",), "exact", "only"),
    (("just",), "exact", "only"), (("exactly",), "exact", None), (("precisely",), "exact", None),
    (("a", "mere"), "exact", "only"), (("a", "total", "of"), "exact", None),
    (("not", "more", "than"), "at_most", None), (("not", "less", "than"), "at_least", None),
    (("not", "fewer", "than"), "at_least", None),
]  # fmt: skip
# the longest phrase first: "no more than" is not "more than"
QUALIFIERS.sort(key=lambda entry: -len(entry[0]))
# The same, by last word: only the phrases ending with the word before a figure can qualify it.
QUALIFIERS_BY_LAST: dict[str, list[tuple[tuple[str, ...], str, str | None]]] = {}
for _entry in QUALIFIERS:
    QUALIFIERS_BY_LAST.setdefault(_entry[0][-1], []).append(_entry)

# Measurement units: surface form -> (pint unit name, dimension).
UNITS = {
    "km": ("kilometer", "length"), "kilometre": ("kilometer", "length"), "kilometres": ("kilometer", "length"),
    "kilometer": ("kilometer", "length"), "kilometers": ("kilometer", "length"), "mile": ("mile", "length"),
    "miles": ("mile", "length"), "mi": ("mile", "length"), "m": ("meter", "length"), "metre": ("meter", "length"),
    "metres": ("meter", "length"), "meter": ("meter", "length"), "meters": ("meter", "length"),
    "feet": ("foot", "length"), "foot": ("foot", "length"), "ft": ("foot", "length"), "yards": ("yard", "length"),
    "yard": ("yard", "length"), "cm": ("centimeter", "length"), "inches": ("inch", "length"),
    "inch": ("inch", "length"), "nautical": ("nautical_mile", "length"),
    "kg": ("kilogram", "mass"), "kilogram": ("kilogram", "mass"), "kilograms": ("kilogram", "mass"),
    "kilos": ("kilogram", "mass"), "kilo": ("kilogram", "mass"), "tonnes": ("metric_ton", "mass"), "tonne": ("metric_ton", "mass"),
    "tons": ("metric_ton", "mass"), "ton": ("metric_ton", "mass"), "pounds": ("pound", "mass"),
    "pound": ("pound", "mass"), "lbs": ("pound", "mass"), "lb": ("pound", "mass"),
    "litres": ("liter", "volume"), "liters": ("liter", "volume"), "litre": ("liter", "volume"),
    "liter": ("liter", "volume"), "gallons": ("gallon", "volume"), "gallon": ("gallon", "volume"),
    "barrels": ("oil_barrel", "volume"), "cubic": ("meter ** 3", "volume"),
    "hectares": ("hectare", "area"), "hectare": ("hectare", "area"), "acres": ("acre", "area"),
    "acre": ("acre", "area"),
    "mph": ("mile / hour", "speed"), "km/h": ("kilometer / hour", "speed"), "kph": ("kilometer / hour", "speed"),
    "knots": ("knot", "speed"), "knot": ("knot", "speed"), "kt": ("knot", "speed"), "kts": ("knot", "speed"),
    "°c": ("degC", "temperature"), "celsius": ("degC", "temperature"), "°f": ("degF", "temperature"),
    "fahrenheit": ("degF", "temperature"), "millimetres": ("millimeter", "length"),
    "millimeters": ("millimeter", "length"), "mm": ("millimeter", "length"), "centimetres": ("centimeter", "length"),
    "centimeters": ("centimeter", "length"), "acre-feet": ("acre_foot", "volume"), "acre-foot": ("acre_foot", "volume"),
    "cubic metres": ("meter ** 3", "volume"), "cubic meters": ("meter ** 3", "volume"),
    "cubic feet": ("foot ** 3", "volume"), "metric tons": ("metric_ton", "mass"),
    "bytes": ("byte", "data"), "kilobytes": ("kilobyte", "data"), "megabytes": ("megabyte", "data"),
    "gigabytes": ("gigabyte", "data"), "terabytes": ("terabyte", "data"), "petabytes": ("petabyte", "data"),
    "kb": ("kilobyte", "data"), "mb": ("megabyte", "data"), "gb": ("gigabyte", "data"), "tb": ("terabyte", "data"),
    "seconds": ("second", "time"), "second": ("second", "time"), "hours": ("hour", "time"), "hour": ("hour", "time"), "minutes": ("minute", "time"),
    "minute": ("minute", "time"), "days": ("day", "time"), "day": ("day", "time"), "weeks": ("week", "time"),
    "week": ("week", "time"), "months": ("month", "time"), "month": ("month", "time"),
    "years": ("year", "time"), "year": ("year", "time"),
}  # fmt: skip
SQUARE_UNITS = {"kilometres": "kilometer ** 2", "kilometers": "kilometer ** 2", "km": "kilometer ** 2",
                "kilometre": "kilometer ** 2", "kilometer": "kilometer ** 2", "mile": "mile ** 2",
                "miles": "mile ** 2", "metres": "meter ** 2", "meters": "meter ** 2", "metre": "meter ** 2",
                "meter": "meter ** 2", "m": "meter ** 2", "feet": "foot ** 2", "foot": "foot ** 2",
                "ft": "foot ** 2", "yards": "yard ** 2", "yard": "yard ** 2"}  # fmt: skip
CURRENCY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₦": "NGN", "₱": "PHP", "₩": "KRW",
                    "₺": "TRY", "₽": "RUB", "₴": "UAH", "₪": "ILS"}  # fmt: skip
# dollars of other countries ("A$5 million", "HK$10m"), and codes and signs written before a figure
# ("CHF 3 million", "Rs 500", "R50,000": rand, as South African copy writes it)
DOLLAR_PREFIXES = {"US": "USD", "A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "NZ": "NZD", "HK": "HKD",
                   "S": "SGD", "R": "BRL"}  # fmt: skip
CURRENCY_CODES = {"USD", "EUR", "GBP", "JPY", "CHF", "CNY", "INR", "ZAR", "AUD", "CAD", "NZD", "HKD", "SGD", "SEK",
                  "NOK", "DKK", "PLN", "BRL", "MXN", "KES", "NGN", "RUB", "TRY", "UAH", "ILS", "BDT", "IDR"}  # fmt: skip
WORD_SIGNS = {"Rs": "INR", "R": "ZAR", "Tk": "BDT", "Ksh": "KES", "KSh": "KES", "Rp": "IDR"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
                  "usd": "USD", "eur": "EUR", "gbp": "GBP",
                  # others a story may count in ("4 million zloty a day", "50,000 rand")
                  "zloty": "PLN", "złoty": "PLN", "rand": "ZAR", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
                  "rupees": "INR", "rupee": "INR", "pesos": "MXN", "naira": "NGN", "shillings": "KES",
                  "francs": "CHF", "kronor": "SEK", "kroner": "NOK", "roubles": "RUB", "rubles": "RUB",
                  "reais": "BRL", "lira": "TRY", "dinars": "DZD", "rupiah": "IDR", "ringgit": "MYR",
                  "baht": "THB", "hryvnias": "UAH", "hryvnia": "UAH", "forint": "HUF", "taka": "BDT", "lari": "GEL"}  # fmt: skip
PERCENT_WORDS = {"percent", "per cent", "%", "percentage points"}

# Numbers that name something rather than count it.
IDENTIFIER_BEFORE = {"no", "no.", "number", "route", "article", "resolution", "highway", "flight", "gate",
                     "platform", "room", "building", "block", "unit", "section", "chapter", "page", "level",
                     "phase", "stage", "category", "grade", "class", "line", "bus", "apartment", "pier",
                     "terminal", "runway", "sector", "zone", "ward", "district", "precinct", "#", "pavilion",
                     "wing", "cellblock", "kilometre", "kilometer", "km", "shaft", "berth", "pad", "reactor", "exit",
                     "junction", "lane", "bay", "track", "hangar", "stand", "cabin", "car", "carriage", "coach", "wagon"}  # fmt: skip
NOUN_MODIFIERS = {
    "american", "us", "u.s.", "iraqi", "iranian", "syrian", "israeli", "british", "other", "more", "additional",
    "new", "armed", "suspected", "unmanned", "separate", "small", "large", "big", "heavy", "light", "ballistic",
    "cruise", "explosive", "explosive-laden", "attack", "one-way", "kamikaze", "suicide", "civilian", "foreign",
    "international", "local", "military", "police", "confirmed", "reported", "known", "documented", "registered",
    "major", "minor", "serious", "fatal", "deadly", "distinct", "injured", "dead", "wounded",
    "missing", "critically", "seriously", "slightly", "total", "eligible", "valid", "invalid",
    "further", "fresh", "previous", "recent", "young", "elderly", "adult", "female", "male", "rescue",
}  # fmt: skip
NOT_NOUNS = STOPWORDS | {"remain", "remained", "remains", "died", "killed", "injured", "wounded", "dead",
                         "left", "were", "was", "are", "is", "have", "had", "has", "will", "would", "percent",
                         "times", "per", "against", "later", "earlier", "ago", "apart", "away", "each",
                         "people's", "overnight", "today", "tonight", "yesterday", "tomorrow", "overall",
                         "altogether", "apiece"}  # fmt: skip
YEAR_RANGE = (1800, 2100)


DECIMAL = re.compile(r"\d+(?:\.\d+)?")


def _number_token(tok: Token) -> float | None:
    text = tok.text.replace(",", "")
    if text.endswith("%"):
        text = text[:-1]
    if DECIMAL.fullmatch(text):
        return float(text)
    return None


@lru_cache(maxsize=4096)
def _words_value(words: tuple[str, ...]) -> float | None:
    if len(words) == 1 and words[0] in SMALL_NUMBERS:
        return float(SMALL_NUMBERS[words[0]])
    try:
        return float(text2num(" ".join(words), "en"))
    except (ValueError, IndexError):
        return None


def _is_number_word(word: str) -> bool:
    parts = word.split("-")
    return all(p in SMALL_NUMBERS or p in SCALES for p in parts)


@dataclass
class _Num:
    start_index: int
    end_index: int  # exclusive, token index after the number
    low: float
    high: float | None = None
    vague: bool = False


FRACTIONS = {"half": 0.5, "halves": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25}


def _fraction(tokens: Sequence[Token], i: int) -> _Num | None:
    """A fraction of one unit: "half an inch", "a quarter of a mile", "three-quarters of an
    inch" (the unit follows: the figure ends before it)."""
    words = [t.lower for t in tokens[i : i + 5]]
    k, value = 0, None
    if words[0] in FRACTIONS:
        value = FRACTIONS[words[0]]  # "half an inch"
    elif words[0] in ("a", "an", "one") and len(words) > 1 and words[1] in FRACTIONS:
        value, k = FRACTIONS[words[1]], 1  # "a quarter of a mile"
    elif "-" in words[0]:
        count, _, part = words[0].partition("-")
        whole = _words_value((count,))
        if whole is not None and part in FRACTIONS:
            value = whole * FRACTIONS[part]  # "three-quarters of an inch"
    if value is None:
        return None
    k += 1
    if k < len(words) and words[k] == "of":
        k += 1
    if k + 1 < len(words) and words[k] in ("a", "an") and words[k + 1] in UNITS:
        return _Num(i, i + k + 1, value)
    if k + 1 < len(words) and words[k] in ("a", "an") and words[k + 1] in SCALES:
        return _Num(i, i + k + 2, value * SCALES[words[k + 1]])  # "half a million people"
    return None


def _read_number(tokens: Sequence[Token], i: int) -> _Num | None:
    """A number starting at token i: digits (with a scale word), number words, or a vague amount."""
    fraction = _fraction(tokens, i)
    if fraction is not None:
        return fraction
    words = [t.lower for t in tokens[i : i + VAGUE_MAX_LEN]]
    for size in range(VAGUE_MAX_LEN, 0, -1):
        key = tuple(words[:size])
        if key in VAGUE and len(key) == size:
            low, high = VAGUE[key]
            nxt = tokens[i + size].lower if i + size < len(tokens) else ""
            if nxt in SCALES and key[-1] != "of":  # "several thousand troops"
                return _Num(i, i + size + 1, float(low * SCALES[nxt]), float(high * SCALES[nxt]), vague=True)
            # "a dozen drones" / "both drones": only counts when a noun-ish word follows
            if not nxt or not nxt[0].isalpha():
                return None
            return _Num(i, i + size, float(low), float(high) if high != low else None, vague=high != low)
    if words[0] in ("a", "an") and len(words) > 1 and words[1] in UNITS and UNITS[words[1]][1] != "time":
        return _Num(i, i + 1, 1.0)  # "within a mile of the plant"
    value = _number_token(tokens[i])
    if value is not None:
        j = i + 1
        if j < len(tokens):
            scale = tokens[j].lower
            if scale in SCALES and scale != "hundred":
                value *= SCALES[scale]
                j += 1
            elif scale in SHORT_SCALES and tokens[j].start == tokens[i].end and not _metres(tokens, i, j):
                value *= SHORT_SCALES[scale]
                j += 1
        if j < len(tokens) and tokens[j].lower == "dozen":
            return _Num(i, j + 1, value * 12)
        return _and_a_half(tokens, _Num(i, j, value))
    if not _is_number_word(tokens[i].lower):
        return None
    j = i
    seq: list[str] = []
    while j < len(tokens):
        w = tokens[j].lower
        if _is_number_word(w):
            seq.extend(w.split("-"))
            j += 1
        elif w == "and" and seq and j + 1 < len(tokens) and _is_number_word(tokens[j + 1].lower):
            j += 1
        else:
            break
    number = _words_value(tuple(seq))
    if number is None:
        return None
    if j < len(tokens) and tokens[j].lower == "dozen":  # "two dozen"
        return _Num(i, j + 1, number * 12)
    return _and_a_half(tokens, _Num(i, j, number))


def _metres(tokens: Sequence[Token], i: int, j: int) -> bool:
    """ "fell 100m down a gully": the "m" after a number is metres, not millions, where a word
    that follows a distance follows it and no currency sign comes before ("$5m from the fund")."""
    after = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    return tokens[j].lower == "m" and after in AFTER_A_DISTANCE and not _currency_sign(tokens, i)[0]


def _and_a_half(tokens: Sequence[Token], num: _Num) -> _Num:
    """ "one and a half inches", "2 and a half hours": the half belongs to the figure."""
    j = num.end_index
    if [t.lower for t in tokens[j : j + 3]] != ["and", "a", "half"]:
        return num
    scale = tokens[j + 3].lower if j + 3 < len(tokens) else ""
    if scale in SCALES:  # "two and a half thousand"
        return _Num(num.start_index, j + 4, (num.low + 0.5) * SCALES[scale])
    return _Num(num.start_index, j + 3, num.low + 0.5)


def _qualifier(tokens: Sequence[Token], i: int) -> tuple[str, str | None, int]:
    """The qualifier in front of token i: (qualifier, detail, index where it starts); a currency
    sign or "magnitude" between them is part of the figure ("more than $2 million", "about
    magnitude 3")."""
    sign = _currency_sign(tokens, i)[1]
    if sign or (i > 0 and tokens[i - 1].lower in ("magnitude", "minus", "-", "−")):
        before = i - max(sign, 1)
        qualifier, detail, start = _qualifier(tokens, before)
        return (qualifier, detail, start) if start < before else ("exact", None, i)
    if i == 0:
        return "exact", None, i
    for words, qualifier, detail in QUALIFIERS_BY_LAST.get(tokens[i - 1].lower, ()):
        n = len(words)
        if i - n >= 0 and tuple(t.lower for t in tokens[i - n : i]) == words:
            return qualifier, detail, i - n
    return "exact", None, i


def _range_end(tokens: Sequence[Token], num: _Num) -> tuple[float, int] | None:
    """ "20 to 25", "20-25", "between 20 and 25": the upper end and the index after it."""
    j = num.end_index
    if j + 1 < len(tokens) and tokens[j].lower in ("to", "-", "–", "and", "or"):
        other = _read_number(tokens, j + 1)
        if other and not other.vague and other.low > num.low:
            return other.low, other.end_index
    return None


VERB_FOLLOWERS = {"to", "from", "the", "a", "an", "on", "in", "into", "out", "after", "before", "with", "by",
                  "their", "his", "her", "its", ",", ".", ";"}  # fmt: skip


def _past_verb(tokens: Sequence[Token], j: int) -> bool:
    """The word after a figure is a past-tense verb, not a noun: "four managed to", "two escaped
    from", "six fled"."""
    w = tokens[j].lower
    if not w.endswith("ed") or w in NOUN_CLASS or lemma(w) in NOUN_CLASS or len(w) < 5:
        return False
    return j + 1 >= len(tokens) or tokens[j + 1].lower in VERB_FOLLOWERS


def _counted(tokens: Sequence[Token], j: int) -> tuple[str | None, int]:
    """The counted noun after a number (skipping modifiers), and the index after it."""
    if j < len(tokens) and tokens[j].lower == "of" and j + 1 < len(tokens):
        if tokens[j + 1].lower in ("the", "those", "these", "its", "their", "our"):
            j += 2
            if j + 1 < len(tokens) and tokens[j].lower.endswith(("'s", "’s")):
                j += 1  # "four of the network's six hospitals": the owner is not the counted noun
            if j < len(tokens) and (tokens[j].lower in SMALL_NUMBERS or tokens[j].text[:1].isdigit()):
                j += 1  # "one of the two drones": the whole is not a second count
        elif tokens[j + 1].lower in ("them", "us", "it"):
            return None, j
        else:
            j += 1
    skipped = 0
    while j < len(tokens) and skipped < 3:
        w = tokens[j].lower
        if j + 2 < len(tokens):
            triple = f"{w} {tokens[j + 1].lower} {lemma(tokens[j + 2].lower)}"
            if triple in NOUN_CLASS:  # "unmanned aerial vehicles"
                return triple, j + 3
        if j + 1 < len(tokens):
            pair = f"{w} {tokens[j + 1].lower}"
            if pair in NOUN_CLASS or f"{w} {lemma(tokens[j + 1].lower)}" in NOUN_CLASS or (
                lemma(tokens[j + 1].lower) in ("member", "officer", "strike")
                and w in ("crew", "police", "air", "service")
            ):
                return pair, j + 2
        if not w[:1].isalpha():
            return None, j
        if w in NOUN_MODIFIERS or (
            tokens[j].text[:1].isupper()
            and j + 1 < len(tokens)
            and tokens[j + 1].text[:1].isalpha()
            and lemma(w) not in NOUN_CLASS
        ):
            j += 1
            skipped += 1
            continue
        if "-" in w and w.endswith(("ed", "led")):
            j += 1  # "government-funded militias"
            skipped += 1
            continue
        if w in NOT_NOUNS or w in SMALL_NUMBERS or w.endswith("ly") or w.endswith(("-long", "-old")):
            return None, j
        if _past_verb(tokens, j):
            return None, j  # "Four managed to reach safety": the noun is left out
        if _participle_compound(tokens, j):
            return tokens[j + 2].lower, j + 3  # "four bottled water stations": the head is two words on
        if _modifies_next(tokens, j):
            j += 1  # "three neighboring departments", "two plant workers", "five chemical facilities"
            skipped += 1
            continue
        if w in PAIRED_MODIFIERS and j + 2 < len(tokens) and tokens[j + 1].lower in ("and", "or"):
            j += 2  # "6.3 million current and former customers", "past and present staff"
            skipped += 1
            continue
        return w, j + 1
    return None, j


# Modifiers often paired before the counted noun ("current and former customers")
PAIRED_MODIFIERS = {"current", "former", "past", "present", "existing", "new", "full-time", "part-time",
                    "permanent", "temporary", "local", "foreign", "domestic", "international"}  # fmt: skip


CUMULATIVE_RE = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in CUMULATIVE_CUES) + r")\b")
GROWN_RE = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|grown|swelled)\s+to\b|\bso far\b|\bto date\b|"
    r"\bthus far\b|\bup to now\b|\bover the (?:two|three|four|five|six|seven|past|last|\d+) (?:days|weeks|months)\b"
)
# What can pile up over time: events and harm, not stocks such as troops stationed somewhere.
ACCUMULATING = EVENT_NOUNS | {
    "aftershock",
    "arrest",
    "death",
    "evacuation",
    "complaint",
    "call",
    "attack",
    "strike",
    "drone",
    "missile",
    "rocket",
    "shell",
    "projectile",
    "bomb",
    "round",
    "case",
    "vote",
    "ballot",
    "incident",
}


CONTAINED = re.compile(r"\b(?:contained|containment)\b")
# Property a disaster takes as it goes: counted again and again while it lasts.
LOSSES = {"home", "building", "structure", "house", "business", "vehicle"}
LOSS_VERBS = re.compile(
    r"\b(?:burn(?:ed|t|ing)?|scorch(?:ed|ing)?|charred|blackened|consumed|destroy(?:ed|ing)?|damag(?:ed|ing)|"
    r"razed|flattened|levelled|leveled|lost|swept away|flooded|inundated)\b"
)


# A figure counted over years ("hundreds killed at football grounds over the past three decades",
# "about 40 die on the river each year"): a statistic of many events, not one event's toll.
MULTI_YEAR = re.compile(
    r"\b(?:(?:over|in|during)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:years?|decades?)|"
    r"(?:every|each|a|per)\s+year|annually|a\s+decade)\b",
    re.I,
)


def is_period_statistic(q: Quantity, sentence: str, sentence_start: int) -> bool:
    """A harm figure given as a statistic over years: near the figure, after it or just
    before."""
    at, end = q.start - sentence_start, q.end - sentence_start
    return q.role is not None and MULTI_YEAR.search(sentence[max(0, at - 30) : end + 90]) is not None


def disaster_loss(q: Quantity) -> bool:
    """A count of property or an area, which a lasting disaster takes as it goes."""
    return q.canonical_unit in LOSSES or (q.dimension == "area" and q.canonical_unit != "percent")


def taken_so_far(q: Quantity) -> bool:
    """What a lasting disaster has taken so far ("had burned 8,400 acres"): a total that grows."""
    return q.cumulative and disaster_loss(q)


def is_running_total(q: Quantity, sentence: str, sentence_start: int) -> bool:
    """A figure that counts events or harm "since" a date, "so far", "in total"... The cue must
    stand near the figure: another figure's "total" in the same sentence does not count."""
    at, end = q.start - sentence_start, q.end - sentence_start
    near = sentence[max(0, at - 40) : end + 70].lower()
    if q.role in ("death", "injury", "any"):
        # a toll of dead or injured only grows as it is counted (the missing do not); those in a
        # grave condition now are a state that eases ("several were in a serious condition")
        return q.role == "death" or not CONDITION_NOW.search(sentence[at : end + 50].lower())
    if q.canonical_unit == "percent" and CONTAINED.search(near):
        return True  # "5% contained": containment only grows while crews work
    if q.canonical_unit == "outage" and q.role == "restored":
        return True  # "power restored to 60,000 customers": so do reconnections
    if disaster_loss(q):
        # "had burned 8,400 acres", "47 homes destroyed": what a lasting disaster has taken so far
        return LOSS_VERBS.search(near) is not None or _cumulative_cue(near)
    if q.canonical_unit not in ACCUMULATING:
        # any count said to have grown, or told over days ("the total cancelled over the two days
        # rose to 640"), counts more than one moment; a stock named once with "a total of" does not
        return q.dimension in (None, "count") and GROWN_RE.search(near) is not None
    return _cumulative_cue(near)


CONDITION_NOW = re.compile(
    r"\bin\s+(?:a\s+)?(?:serious|critical|stable|grave|life-threatening|poor|fair)\s+(?:but\s+stable\s+)?condition"
    r"|\b(?:remain|remains|remained|still)\s+in\s+(?:hospital|intensive\s+care)|\bin\s+intensive\s+care"
)


def _cumulative_cue(near: str) -> bool:
    return any(not _a_participles_so_far(near, m) for m in CUMULATIVE_RE.finditer(near))


def _a_participles_so_far(near: str, m: re.Match[str]) -> bool:
    """ "so far" of a participle in a phrase of its own before the figure ("Based on the recovery
    work completed so far, investigators believe nine vehicles went into the river"): the
    work's, not the count's."""
    if m.group() != "so far" or not near.startswith(",", m.end()):
        return False
    before = near[: m.start()].split()
    return bool(before) and before[-1].endswith("ed")


def _verbish(word: str) -> bool:
    """A word that reads as a finite verb ("sent", "reported", "fired")."""
    return word.endswith("ed") or (
        lemma(word) != word and lemma(word) + "s" != word and not word.endswith("s")
    )


ADJECTIVE_ENDINGS = (
    "ing",
    "ed",
    "al",
    "ic",
    "ous",
    "ive",
    "ful",
    "ary",
    "ian",
    "ese",
    "ible",
    "able",
    "less",
)


def _modifies_next(tokens: Sequence[Token], j: int) -> bool:
    """Whether the word at j modifies a head noun after it: an adjective-shaped word, or a noun
    in a compound ending in a known noun ("plant workers", "railway maintenance workers")."""
    if j + 1 >= len(tokens):
        return False
    nxt = tokens[j + 1].lower
    if not nxt[:1].isalpha() or nxt in NOT_NOUNS or nxt in STOPWORDS:
        return False
    w = tokens[j].lower
    if (lemma(nxt) in NOUN_CLASS or nxt in NOUN_CLASS) and not (
        lemma(nxt) != nxt and _verbish(nxt) and (w.endswith("s") or lemma(w) != w)
    ):
        return True  # ("drones struck", "men attacked": a plural noun and a past verb, not "drone strikes")
    after = tokens[j + 2].lower if j + 2 < len(tokens) else ""
    # (a word in "-ing" whose lemma the class table counts is an adjective: "neighboring")
    counted = lemma(w) in NOUN_CLASS and not w.endswith("ing")
    if not counted and (lemma(after) in NOUN_CLASS or after in NOUN_CLASS) and not _verbish(nxt):
        return True  # the head is two words on ("railway maintenance workers"), not past a verb
    if counted and _plural_head(w, nxt):
        return True  # "two commuter trains", "three passenger jets": the trains, not commuters
    if "-" in w and _compound_before_plural(w, nxt):
        return True  # "six bottled-water stations" (a bare noun before a plural is often the head: left as it was)
    return w.endswith(ADJECTIVE_ENDINGS) and nxt.endswith("s") and not counted


def _participle_compound(tokens: Sequence[Token], j: int) -> bool:
    """A participle, a noun and a plural noun ("bottled water stations"): the plural is the head."""
    if j + 2 >= len(tokens) or not tokens[j].lower.endswith("ed"):
        return False
    nxt, after = tokens[j + 1].lower, tokens[j + 2].lower
    return (
        nxt.isalpha()
        and nxt not in STOPWORDS
        and nxt not in NOT_NOUNS
        and not nxt.endswith("s")
        and after.endswith("s")
        and lemma(after) != after
        and after not in PRESENT_VERBS
        and not _verbish(after)
    )


def _compound_before_plural(w: str, nxt: str) -> bool:
    """A singular word before a plural noun modifies it ("bottled-water stations"), unless the
    plural is a verb in the present ("one man dies")."""
    return (
        w.replace("-", "").isalpha()
        and not w.endswith("s")
        and nxt.endswith("s")
        and lemma(nxt) != nxt
        and nxt not in PRESENT_VERBS
        and not _verbish(nxt)
    )


# a verb in the present after a singular noun ("one man says"), not a plural head noun (the
# auxiliaries, "is", "has", "does", `is_finite` knows)
PRESENT_VERBS = {
    "says", "remains", "seems", "appears", "goes", "gets", "dies", "lives",
    "works", "stays", "tells", "claims", "adds", "recalls", "explains", "hopes", "faces", "needs", "wants",
    "believes", "thinks", "knows", "lies", "runs", "leads", "owns", "sits", "stands",
}  # fmt: skip


def _plural_head(word: str, nxt: str) -> bool:
    """A singular noun before a plural one is its modifier: "commuter trains" (whose plural is
    not "commuters"), "passenger jets"."""
    return (
        not word.endswith("s")
        and nxt.endswith("s")
        and not nxt.endswith("ss")
        and nxt not in PRESENT_VERBS
        and not is_finite(nxt)
        and lemma(nxt) != nxt
    )


def noun_class(noun: str | None) -> str | None:
    if not noun:
        return None
    if noun in NOUN_CLASS:
        return NOUN_CLASS[noun]
    words = noun.split()
    base = lemma(words[-1])
    if words[-1].endswith("ing") and not base.endswith("ing"):
        return base  # (an adjective made from a verb is no noun of the class table: "neighboring")
    singular = " ".join([*words[:-1], base])
    if singular in NOUN_CLASS:  # "crew members"
        return NOUN_CLASS[singular]
    return NOUN_CLASS.get(base, base)


TOLL_ROLES = frozenset({"death", "injury", "ill", "missing", "any"})
TOLL_CEILING_FLOOR = 0.75
JUST_UNDER = re.compile(r"\b(?:nearly|almost|close to|just under|just shy of)\b")


def admitted_interval(q: Quantity) -> tuple[float, float]:
    """The closed interval of values a quantity admits, given its qualifier."""
    v = q.value
    hi = q.value_max if q.value_max is not None else v
    detail = q.text.lower()
    if q.qualifier == "at_least":
        return v, math.inf
    # "more than 40 injured" is at least 41, but "more than 6 inches of rain" admits 6.2: only
    # counts step by whole units
    whole = q.dimension in (None, "count")
    if q.qualifier == "more_than":
        return v + (1 if whole and v == int(v) and v >= 1 else 1e-9), math.inf
    if q.qualifier == "at_most":
        if q.detail == "ceiling" and whole and q.role in TOLL_ROLES:
            # "as many as 130 children fell ill": a toll put high, near the figure (a report of
            # 87 disagrees), where "up to 800 patients may have been exposed" is a ceiling
            return TOLL_CEILING_FLOOR * hi, hi
        return 0.0, hi
    if q.qualifier == "less_than":
        return 0.0, hi - (1 if whole and hi == int(hi) and hi >= 1 else 1e-9)
    if q.qualifier == "about":
        if JUST_UNDER.search(detail) and v >= 0:
            return v * 0.85, v
        size = max(abs(v), abs(hi))  # ("around minus 18 C": below zero, measured the same way)
        margin = max(1.0, 0.1 * size) if size >= 5 else 0.5
        return (max(0.0, v - margin) if v >= 0 else v - margin), hi + margin
    if q.value_max is not None:
        return v, hi
    return v - _rounding_slack(v), v + _rounding_slack(v)


def _rounding_slack(v: float) -> float:
    """Reporters round: "2,500" may stand for 2,480. Half the rounding unit, at most 2% of v."""
    if v != int(v) or v < 100:
        return 0.0
    unit = 1
    n = int(v)
    while n % 10 == 0 and n:
        unit *= 10
        n //= 10
    return min(unit / 2, 0.02 * v)


CAPACITY_BEFORE = re.compile(
    r"\b(?:licensed|certified|rated|designed|built|allowed|permitted|approved|authori[sz]ed)\s+(?:to\s+(?:carry|hold|seat|take)|for)\s*$|"
    r"\b(?:capacity|capacity\s+of|can\s+(?:hold|carry|seat|take|accommodate)|holds|seats|able\s+to\s+hold)\s*$",
    re.I,
)


def _capacity(tokens: Sequence[Token], start: int, end: int) -> bool:
    before = " ".join(t.text for t in tokens[max(0, start - 4) : start])
    if CAPACITY_BEFORE.search(before):
        return True
    # "a 20,000-seat stadium", "a 350-bed hospital"
    return any(t.lower in ("-seat", "seat", "-bed", "bed", "-capacity") for t in tokens[start + 1 : end])


POWER_WORDS = {"power", "electricity", "outage", "outages"}
# what a power cut is counted in (not "two hospitals lost power" among them)
OUTAGE_COUNTED = PERSON_CLASSES | {None, "home", "household", "business", "property", "premises", "customer",
                                   "meter", "account", "power", "outage"}  # fmt: skip
POWER_LOST = {"without", "lost", "lose", "losing", "loses", "no", "cut", "outage", "outages", "dark"}
POWER_BACK = {"restored", "restore", "restoring", "reconnected", "back"}
POWER_STILL = {"remain", "remains", "remained", "remaining", "still"}


def _power_outage(tokens: Sequence[Token], start: int, end: int) -> str | None:
    """A count of those a power cut left in the dark, however the report counts them
    ("140,000 customers without power", "183,400 homes and businesses lost power", "outages
    peaked at 140,000", "140,000 power outages"): "out", or "restored" for those whose power is
    back ("power was restored to 90,000 customers") and "current" for those still without it,
    figures of their own. None otherwise."""
    before = _run(tokens, range(start - 1, max(-1, start - 7), -1), frozenset({";", "."}))
    after = _run(tokens, range(start, min(len(tokens), end + 8)), frozenset({";", ".", "but"}))
    window = {tokens[k].lower for k in before + after}
    if POWER_WORDS.isdisjoint(window):
        return None
    if not POWER_BACK.isdisjoint(window):
        return "restored"
    if POWER_LOST.isdisjoint(window):
        return None
    # those still in the dark when the report was written, fewer as power comes back: not the
    # count of all who lost it ("280,000 lost power at the peak" / "110,000 remain without power")
    return "current" if not POWER_STILL.isdisjoint(window) else "out"


def _subject_harm(tokens: Sequence[Token], start: int) -> str | None:
    """ "The number of deceased ... rose to 23": the harm the figure's subject names, further
    back in the clause; a toll may be named further back than other harm words ("The death toll
    from the crush at Estadio El Porvenir in Trujillo, Peru, has risen to 12")."""
    for k in range(start - 1, max(-1, start - 32), -1):
        w = tokens[k].lower
        if w in (";", ".", "and", "but"):
            break
        toll = k + 1 < start and tokens[k + 1].lower == "toll"
        if w in HARM_WORDS and (start - k < 14 or toll):
            return HARM_WORDS[w]
    return None


TALLY_NOUNS = {"number", "count", "tally", "total", "figure", "toll"}
VALUE_LINKS = {"to", "at", "is", "was", "reached", "hit", "stands", "stood", "topped", "passed", "exceeded"}


def _subject_noun(tokens: Sequence[Token], start: int) -> tuple[str | None, str | None]:
    """ "The number of postponed appointments has risen to 2,600": a bare figure given as the
    value of "the number of <noun>" earlier in its clause counts that noun; "the number of
    deceased for the earthquake that shook the province ... rose to 23" is a toll. Returns
    (noun, harm role)."""
    if start == 0 or tokens[start - 1].lower not in VALUE_LINKS:
        return None, None
    for k in range(start - 2, max(-1, start - 32), -1):
        w = tokens[k].lower
        if w in (";", ".", "but", ","):
            return None, None
        # "the number of", "the ministry's figure for", "the toll among"
        if w in TALLY_NOUNS and k + 1 < start and tokens[k + 1].lower in ("of", "for", "among"):
            noun, after = _counted(tokens, k + 1 if tokens[k + 1].lower == "of" else k + 2)
            if not noun or after > start:
                return None, None
            if noun in HARM_WORDS:
                return None, HARM_WORDS[noun]
            # the harm before the noun ("the figure for injured police officers") or after it
            before = tokens[k + 2].lower if k + 2 < after else ""
            harm = HARM_WORDS.get(before) if before.endswith("ed") or before == "dead" else None
            if harm and _verbish(noun):
                return None, harm  # "the number of injured rose to 52": the injured, no noun
            return noun, harm or _harm_after(tokens, after, start) or ("death" if w == "toll" else None)
    return None, None


def _harm_after(tokens: Sequence[Token], at: int, stop: int) -> str | None:
    """ "the number of people killed", "... of people who died": what befell the counted
    noun, said right after it."""
    for k in range(at, min(stop, at + 3)):
        w = tokens[k].lower
        if w in HARM_WORDS:
            return HARM_WORDS[w]
        if w not in ("who", "were", "was", "have", "had", "been", "being"):
            return None
    return None


CLAUSE_END = frozenset({",", ";", "and", "but", "."})
RELATIVE = frozenset({"who", "which", "that"})
# where the words about what happened to a figure's people stop, a little further on
SUBORDINATE = frozenset({"when", "while", "after", "before", "because"})
LATER_END = CLAUSE_END | RELATIVE | SUBORDINATE | {"as"}


def _run(tokens: Sequence[Token], indices: range, stops: frozenset[str]) -> list[int]:
    """The token indices in `indices` up to the first stop word."""
    out = []
    for k in indices:
        if tokens[k].lower in stops:
            break
        out.append(k)
    return out


HARM_INFINITIVES = {"kill", "injure", "wound", "hurt", "harm", "die"}


def infinitive_harm(tokens: Sequence[Token], k: int) -> bool:
    """ "you do not need tear gas to kill twelve people", "enough to kill": harm as a purpose or
    a possibility, not harm that happened."""
    return k > 0 and tokens[k].lower in HARM_INFINITIVES and tokens[k - 1].lower == "to"


def _harm_role(tokens: Sequence[Token], a: int, b: int) -> str | None:
    """Death or injury, when a harm word stands next to the number or its noun."""
    n = len(tokens)
    # (not back past "when" either: "hundreds injured when two trains collided" hurt no train)
    before = _run(tokens, range(a - 1, max(-1, a - 5), -1), CLAUSE_END | SUBORDINATE)
    # "nine of the people who fell ill needed hospital care": the relative clause says which
    # people the nine are taken from, not what happened to the nine
    subset = a + 2 < n and tokens[a + 1].lower == "of" and tokens[a + 2].lower in SUBSET_DETERMINERS
    # (not past a subordinate clause: "has risen to 12 after three more people died in hospital")
    after = _run(tokens, range(b, min(n, b + 4)), (CLAUSE_END | RELATIVE if subset else CLAUSE_END) | SUBORDINATE)
    if subset and b < n and tokens[b].lower in HARM_WORDS:
        # "one of the two residents hospitalized after the blast remains in hospital": the
        # participle says which people the one is taken from; the clause's verb, what befell it
        rest = _run(tokens, range(b + 1, min(n, b + 12)), frozenset({",", ";", "."}))
        if any(tokens[k].lower in CARE_STATE for k in rest):
            return "care"
        if verb := next((tokens[k].lower for k in rest if tokens[k].lower in HARM_WORDS), None):
            return HARM_WORDS[verb]  # "two of the workers injured in the blast died on Friday"
    if subset and (whole := _harmed_whole(tokens, a + 3)) is not None and (state := _state_of_part(tokens, whole)):
        return state  # "three of the injured are in critical condition", "two of them remain in hospital"
    for k in before + after:
        w = tokens[k].lower
        if w == "treatment" and [t.lower for t in tokens[max(0, k - 2) : k]] in (["still", "receiving"], ["are", "receiving"]):
            return "care"  # "31 people are still receiving treatment": patients as the report found them
        if w in HARM_WORDS and not infinitive_harm(tokens, k):
            return HARM_WORDS[w]
    # what happened to them may come after a place and a compound verb ("27 people in England
    # have fallen ill"), but not past the end of the clause
    clause_went_on = len(after) == min(4, n - b)
    named_end = _past_affiliation(tokens, b)
    reach = max(b + 7, named_end + 6)
    later = after + (_run(tokens, range(max(b + len(after), named_end), min(n, reach)), LATER_END) if clause_went_on else [])
    if _forced_out(tokens, a, b):
        return "evacuated"
    on_board = False
    for k in before + later:
        if k >= b + len(after) and tokens[k].lower in HARM_WORDS and tokens[k - 1].lower in PASSIVE_AUXILIARIES:
            return HARM_WORDS[tokens[k].lower]  # "two members of the family were killed"
        if tokens[k].lower in SYMPTOM_VERBS and SYMPTOMS & {t.lower for t in tokens[k + 1 : k + 5]}:
            return "ill"  # "87 students complained of nausea", "312 passengers had reported vomiting"
        if tokens[k].lower == "treated" and tokens[k - 1].lower == "being":
            return "care"  # "six were being treated in hospital": patients as the report found them
        if tokens[k].lower == "aboard" and any(t.lower in PULLED for t in tokens[max(0, k - 6) : k]):
            return "rescued"  # "pulled seven people aboard" his boat: aboard the rescuer's boat
        if tokens[k].lower in DUG_OUT and k < b:
            return "rescued"  # "rescuers pulled 14 survivors from the mud" (of people only: see below)
        if tokens[k].lower == "underground" and tokens[k - 1].lower in ("remain", "remains", "remained") and not (
            {t.lower for t in tokens[k + 1 : k + 4]} & {"when", "while", "as", "in"}
        ):
            return "trapped"  # "twelve miners remain underground" (not "when the blast hit", "in the shelter")
        if tokens[k].lower == "safety" and tokens[k - 1].lower == "to" and k > b and not DRILL & {t.lower for t in tokens}:
            return "evacuated"  # "staff led 350 guests to safety" (not in a fire drill)
        if _fell_ill(tokens, k):
            return "ill"  # "hundreds of people aboard the ship have come down with a stomach bug"
        if tokens[k].lower in ("aboard", "onboard") and k + 1 < n and tokens[k + 1].lower in ("a", "an", "the"):
            on_board = True  # "people aboard a cruise ship", unless the clause says what befell them
            continue
        if tokens[k].lower in PERSON_ROLES:  # "243 rescued", "1,200 residents were evacuated"
            return PERSON_ROLES[tokens[k].lower]
        if _sent_away(tokens, k):
            return "evacuated"  # "8,000 people were ordered to leave their homes", "ordered out"
        if tokens[k].lower == "board" and tokens[k - 1].lower == "on":
            return "aboard"  # "41 people on board"
        if tokens[k].lower == "on" and [t.lower for t in tokens[k + 1 : k + 2]] in (["the"], ["a"]) and (
            k + 2 < n and tokens[k + 2].lower in VEHICLES
        ):
            on_board = True  # "31 people on the bus", unless the clause says what befell them
        if tokens[k].lower == "condition" and tokens[k - 1].lower in CONDITION_WORDS:
            return _in_care(tokens, before + later)  # "7 are in a serious condition"
        if tokens[k].lower == "hospital" and (to := _hospital_preposition(tokens, k)):
            # "four were taken to hospital", "to Carrick Base Hospital" (not a nurse "at the hospital")
            return "injury" if to == "to" else _in_care(tokens, before + later, hospital=True)
    if on_board:  # (what befell the people on the bus, if the clause goes on to say it)
        # (the vehicle's name may take the words the clause had: "aboard a Caribbean cruise ship")
        further = _run(tokens, range(later[-1] + 1, min(n, b + 12)), LATER_END) if later and clause_went_on else []
        befell = ("ill" if _fell_ill(tokens, k) else HARM_WORDS.get(tokens[k].lower) for k in later + further)
        return next((role for role in befell if role), "aboard")
    if subset:  # past the relative clause, the last role word is the main predicate's
        rest = _run(tokens, range(b, min(n, b + 12)), frozenset({",", ";", "."}))
        roles = [PERSON_ROLES[tokens[k].lower] for k in rest if tokens[k].lower in PERSON_ROLES]
        if len(roles) >= 2:
            return roles[-1]
    return None


def _harmed_whole(tokens: Sequence[Token], k: int) -> int | None:
    """The index of the harm word naming the whole a part is taken from ("of the injured",
    "of the 27 wounded"), k being the word after "of the"."""
    if k < len(tokens) and (tokens[k].text[:1].isdigit() or tokens[k].lower in SMALL_NUMBERS):
        k += 1
    return k if k < len(tokens) and HARM_WORDS.get(tokens[k].lower) == "injury" else None


# How badly people are hurt: "in critical condition", "seriously ill", "gravely wounded"
SEVERE_STATE = {"critical", "critically", "serious", "seriously", "severe", "severely", "gravely", "life-threatening"}


def _state_of_part(tokens: Sequence[Token], whole: int) -> str | None:
    """What the clause says of some of the hurt, past the whole they are taken from: still in
    care ("remain in hospital") or in a grave state ("are in critical condition"), a count of
    its own (see `_counts_a_state`); or a harm that befell them later ("two of the injured died")."""
    rest = _run(tokens, range(whole + 1, min(len(tokens), whole + 10)), frozenset({",", ";", "."}))
    words = [tokens[k].lower for k in rest]
    if CARE_STATE & set(words) or ("treated" in words and "being" in words):
        return "care"
    if SEVERE_STATE & set(words):
        return "injury"
    return next((HARM_WORDS[w] for w in words if w in HARM_WORDS and HARM_WORDS[w] == "death"), None)


def _counts_a_state(tokens: Sequence[Token], start: int, role: str | None) -> bool:
    """A part of the hurt counted by their state ("three of the injured are in critical
    condition", "11 of whom remain in hospital"): the whole count of people in that state,
    which another report may give as "five people are in critical condition"."""
    if role not in ("care", "injury"):
        return False
    return _state_of_part(tokens, start) in ("care", "injury") and (
        role == "care" or bool(SEVERE_STATE & {t.lower for t in tokens[start : start + 12]})
    )


def _fell_ill(tokens: Sequence[Token], k: int) -> bool:
    """ "came down with a stomach bug", "have come down with norovirus": illness."""
    return (
        tokens[k].lower == "down"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].lower in ("come", "came", "comes", "coming")
        and tokens[k + 1].lower == "with"
    )


SYMPTOM_VERBS = frozenset({"complained", "complaining", "reported", "reporting", "suffered", "suffering", "developed"})
SYMPTOMS = frozenset({"nausea", "vomiting", "diarrhoea", "diarrhea", "dizziness", "headache", "headaches",
                      "stomach", "abdominal", "breathlessness", "fever", "cramps", "giddiness", "uneasiness"})
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "are", "is", "have", "has", "had"})
AFFILIATION = frozenset({"from", "of", "with", "at"})
NAME_JOINERS = frozenset({"of", "and", "&", "the"})


def _past_affiliation(tokens: Sequence[Token], b: int) -> int:
    """Where a named affiliation after the counted noun ends ("two rescuers from the Bureau of
    Fire Protection were injured", "three workers at Halden Steel Ltd were hurt"): what befell
    the people comes after the name, however long it is. `b` itself when there is none."""
    n = len(tokens)
    if b >= n or tokens[b].lower not in AFFILIATION:
        return b
    k = b + 1
    if k < n and tokens[k].lower == "the":
        k += 1
    end = b
    while k < n and (tokens[k].text[:1].isupper() or (tokens[k].lower in NAME_JOINERS and end > b)):
        if tokens[k].text[:1].isupper():
            end = k + 1
        k += 1
    # and the place it is in, set off by a comma ("of Government Middle School, Keshavpur complained")
    k = end + 1
    if end > b and k < n and tokens[end].lower == "," and tokens[k].text[:1].isupper():
        while k < n and tokens[k].text[:1].isupper():
            k += 1
        if k < n and tokens[k].lower == ",":
            k += 1  # ("of Halden Steel, Pune, were hurt")
        if k < n and tokens[k].lower.isalpha():
            return k
    return end


def _hospital_preposition(tokens: Sequence[Token], k: int) -> str | None:
    """ "to" or "in" right before "hospital" or before the name it ends ("to Carrick Base
    Hospital", "in Sadar Hospital"), else None."""
    j = k - 1
    if tokens[k].text[:1].isupper():
        while j > 0 and tokens[j].text[:1].isupper() and k - j < 4:
            j -= 1
    return tokens[j].lower if j >= 0 and tokens[j].lower in ("to", "in") else None


SENT = {"ordered", "told", "forced", "urged", "asked"}


def _lives(tokens: Sequence[Token], start: int, end: int) -> tuple[str | None, str | None]:
    """ "The crash claimed 11 lives" (or "cost", "took"; "11 lives were lost") are deaths, and
    "saved 11 lives" are rescues, when said of what happened; "put 300 lives at risk", "could
    have saved 12 lives" and "saves 50 lives a year" are no count of people."""
    before = [t.lower for t in tokens[max(0, start - 4) : start]]
    after = [t.lower for t in tokens[end : end + 3]]
    if any(w in ("could", "would", "may", "might", "will", "can") for w in before) or after[:2] in (["a", "year"], ["each", "year"]):
        return None, None
    if before[-1:] in (["claimed"], ["cost"], ["took"], ["claiming"], ["costing"]) or after[:2] in (["were", "lost"], ["lost"]):
        return "person", "death"
    if before[-1:] in (["saved"], ["saving"]):
        return "person", "rescued"
    return None, None


def _sent_away(tokens: Sequence[Token], k: int) -> bool:
    """People ordered, told or forced to leave ("ordered to leave", "told to flee", "ordered
    out"): evacuated."""
    w = tokens[k].lower
    if w in ("leave", "flee") and k >= 2 and tokens[k - 1].lower == "to":
        if tokens[k - 2].lower in ("had", "have", "has"):  # "had to leave their homes", not "the pitch"
            return any(t.lower in ("home", "homes", "house", "houses") for t in tokens[k + 1 : k + 4])
        return tokens[k - 2].lower in SENT
    if w in ("fled", "forced", "driven") and k + 2 < len(tokens) and tokens[k + 1].lower in ("from", "out"):
        return any(t.lower in ("home", "homes", "house", "houses") for t in tokens[k + 1 : k + 5])  # "forced from their homes"
    return w == "out" and k >= 1 and tokens[k - 1].lower in SENT


FORCING = {"forcing", "forced", "ordering", "ordered", "prompting", "sending"}


def _forced_out(tokens: Sequence[Token], a: int, b: int) -> bool:
    """The people are the object of a verb that makes them leave, however far its "to flee"
    comes ("forcing about 260 guests, many of them holidaymakers, to flee onto the beach")."""
    if not any(t.lower in FORCING for t in tokens[max(0, a - 3) : a]):
        return False
    words = [t.lower for t in tokens[b : b + 14]]
    return any(
        words[k] == "to" and words[k + 1] in ("flee", "leave", "evacuate", "abandon", "run")
        for k in range(len(words) - 1)
    )


# what a ferry, a train or a plane carries besides people ("23 vehicles on board")
CARRIED = {"vehicle"}


# Words that give a count of people in care as it stands ("two remain in hospital", "11 are
# still in critical condition"): not everyone hurt, and it falls as patients go home. Of a
# hospital, the present tense says so too ("nine patients are in hospital"); of a condition it
# tells the harm ("seven people are in a serious condition": seriously hurt).
CARE_STATE = {"remain", "remains", "remained", "still"}


def _in_care(tokens: Sequence[Token], window: list[int], hospital: bool = False) -> str:
    """ "care" for people still in hospital or in some condition at the time of the report, a
    count that shrinks as they are discharged or die; "injury" for people who were hurt."""
    state = CARE_STATE | {"are", "is"} if hospital else CARE_STATE
    return "care" if any(tokens[k].lower in state for k in window) else "injury"


# Words without which a sentence states no figure (besides digits): a cheap test first.
NUMBER_WORDS = (
    NUMBER_STARTS | {w for k in VAGUE for w in k} | set(SCALES) | {w for u in UNITS for w in u.split()}
) - {"a", "an", "of", "half"}  # (with the units: "within a mile")
DIGIT = re.compile(r"\d")
LOWER_WORD = re.compile(r"[a-z]+")


# what a building or a venue has so many of ("an eight-storey building", "a 300-seat hall")
BUILT_COUNTS = {"storey", "story", "seat", "bed", "room", "berth"}


def _number_words_apart(tokens: Sequence[Token]) -> Sequence[Token]:
    """ "a two-mile zone", "a three-kilometre stretch": the number word apart from its unit, as
    "a 2-mile zone" is tokenized, so the unit is read after it the same way."""
    if not any("-" in t.lower and t.lower.split("-", 1)[0] in SMALL_NUMBERS for t in tokens):
        return tokens
    out: list[Token] = []
    for t in tokens:
        parts = t.lower.split("-")
        k = next((n for n in range(1, len(parts)) if parts[n] in UNITS or parts[n] in BUILT_COUNTS), 0)  # the unit
        if k and all(_is_number_word(p) for p in parts[:k]):
            cut = t.start + len("-".join(parts[:k]))
            out += [
                Token(t.text[: cut - t.start], t.start, cut, t.lower[: cut - t.start]),
                Token("-", cut, cut + 1, "-"),
                Token(t.text[cut - t.start + 1 :], cut + 1, t.end, t.lower[cut - t.start + 1 :]),
            ]
        else:
            out.append(t)
    return out


def _clock_part(tokens: Sequence[Token], i: int) -> bool:
    """The hours or minutes of a time of day ("at 02:30", "22:07"): no count of anything."""

    def clock_at(k: int) -> bool:  # tokens k..k+2 are "digits:digits", written without spaces
        if k < 0 or k + 2 >= len(tokens):
            return False
        h, colon, m = tokens[k : k + 3]
        clock = h.text.isdigit() and int(h.text) <= 24 and len(m.text) == 2 and m.text.isdigit() and int(m.text) < 60
        return clock and colon.text == ":" and h.end == colon.start == m.start - 1  # (not a ratio, "1:1")

    return clock_at(i) or clock_at(i - 2)


# A telephone number is digits of no count: a trunk prefix ("0800 600 247", "(020) 7946 0958",
# "07 700 900 123"), a country code ("+44 20 7946 0958") or the ten digits of a North American
# number in groups ("1-800-555-0199"). A decimal ("0.5") or a lone "0800 hours" is none.
PHONE_HINT = re.compile(r"(?<![\d.,])(?:0\d|\+\d|\d{3}[-.]\d{3}[-.]\d{4})")
PHONE_NUMBER = re.compile(
    r"(?<![\w.,])(?:"
    r"\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}"
    r"|\(?0\d{1,4}\)?(?:[ .-]\d{2,4}){1,4}"
    r"|(?:1[ .-])?\(?\d{3}\)?[ .-]\d{3}[.-]\d{4}"
    r")(?!\w|[.,]\d)"
)


HARM_ROLES_OF_PEOPLE = {"death", "injury", "any", "care"}
CARE_PLACES = {"hospital", "clinic", "ward", "facility", "centre", "center"}


def phone_numbers(text: str) -> list[str]:
    """The telephone numbers a text gives, as words ("tel:08004172177"): no quantity, but two
    reports that give one helpline's number say the same thing."""
    if not PHONE_HINT.search(text):
        return []
    return ["tel:" + re.sub(r"\D", "", m.group()) for m in PHONE_NUMBER.finditer(text)]


def find_quantities(text: str, offset: int, skip_spans: list[tuple[int, int]]) -> list[Quantity]:
    """Quantities in `text` (found at `offset` in the body). Spans in `skip_spans` (dates,
    times) are not numbers of anything."""
    if not DIGIT.search(text) and NUMBER_WORDS.isdisjoint(LOWER_WORD.findall(text.lower())):
        return []
    tokens = _number_words_apart(tokenize(text))  # offsets within `text`; `offset` is added to what is returned
    skip_spans = [(a - offset, b - offset) for a, b in skip_spans]
    if PHONE_HINT.search(text):
        skip_spans += [m.span() for m in PHONE_NUMBER.finditer(text)]  # "a claims line on 0800 600 247"
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if skip_spans and any(a <= tok.start < b for a, b in skip_spans):
            i += 1
            continue
        first = tok.lower
        if not (first[:1].isdigit() or first in NUMBER_STARTS or first.split("-")[0] in SMALL_NUMBERS):
            i += 1
            continue
        if _clock_part(tokens, i):
            i += 1
            continue
        num = _read_number(tokens, i)
        if num is None or _pronoun_one(tokens, i):
            i += 1
            continue
        if _is_identifier(tokens, i, num):
            i = num.end_index
            continue
        age_end = _age_end(tokens, i, num)
        if age_end is not None:
            found.append(_age(text, offset, tokens, i, age_end, num.low))
            i = age_end
            continue
        qualifier, detail, q_start = _qualifier(tokens, i)
        low, high = num.low, num.high
        end = num.end_index
        rng = _range_end(tokens, num) if high is None else None
        if rng:
            high, end = rng
            if q_start >= 1 and tokens[q_start - 1].lower in ("between", "from"):
                q_start -= 1
        if num.vague and qualifier == "exact":
            qualifier = "about"
        if (
            _is_year(low, tok)
            and (high is None or _is_year(high, tok))
            and not _is_count_of_years(tokens, end)
        ):
            i = end
            continue  # a year or a span of years ("the 2014-2018 war")
        unit, dimension, canonical, end = _unit_after(tokens, end, text)
        if dimension not in (None, "count", "percent") and [t.lower for t in tokens[end : end + 3]] == ["and", "a", "half"]:
            low, high, end = low + 0.5, None if high is None else high + 0.5, end + 3  # "a mile and a half"
        if dimension is None and (below := _below_zero(tokens, end)) is not None:
            unit, dimension, canonical, end = below  # "18 below zero Fahrenheit"
            # ("between 5 and 10 below zero": from -10 to -5)
            low, high = (-high, -low) if high is not None else (-low, None)
        elif dimension == "temperature" and _minus_before(tokens, i, text):
            low = -low  # "minus 18 C", "-18C" ("minus 5 to 10 C" goes from -5 to 10)
        if unit is None:
            noun, end2 = _counted(tokens, end)
            if noun in VAGUE_NOUNS:
                i = end2
                continue  # "one of scores of drones" counts nothing
            if noun and _membership(tokens, q_start, end, end2):
                i = end2
                continue  # "Malatya was one of the provinces hardest hit": which kind, not how many
            unit, canonical, dimension = noun, noun_class(noun), "count" if noun else None
            end = end2 if noun else end
        subject_role = None
        if unit is None:
            unit, subject_role = _subject_noun(tokens, q_start)
            unit = unit or _fronted_whole_noun(tokens, q_start) or _body_of(tokens, q_start)
            canonical, dimension = (noun_class(unit), "count") if unit else (None, None)
        role = (
            _harm_role(tokens, q_start, end)
            or subject_role
            or (_subject_harm(tokens, q_start) if unit is None else None)
        )
        if role == "aboard" and canonical not in PERSON_CLASSES | CARRIED and canonical is not None:
            role = None  # "carried out 52 attacks": only people and vehicles are aboard
        if role in HARM_ROLES_OF_PEOPLE and canonical in CARE_PLACES:
            # "the injured were taken to three hospitals": a count of the hospitals they were
            # taken to, not of the hurt (nor of "medical staff at two hospitals")
            role = "treated_at"
        if role == "rescued" and canonical not in PERSON_CLASSES and canonical is not None:
            role = None  # "pulled 14 bodies from the rubble", "pulled two cars from the river"
        if (unit or "").lower() in ("lives", "life"):
            canonical, role = _lives(tokens, q_start, end)
        if _capacity(tokens, q_start, end) and dimension in (None, "count"):
            # "licensed to carry 350 passengers", "a 20,000-seat stadium": what it can hold, not
            # how many there were; a capacity is compared with capacities only
            canonical, dimension, role = "capacity", "count", None
        # customers, homes, households or people without power are one count of a power cut
        power = _power_outage(tokens, q_start, end) if role is None and canonical in OUTAGE_COUNTED else None
        if power is not None and dimension in (None, "count"):
            canonical, dimension, role = "outage", "count", None if power == "out" else power
        partial = (
            any(t.lower in PARTIAL_MODIFIERS for t in tokens[num.end_index : max(end, num.end_index + 1)])
            or (_of_the(tokens, num.end_index) and not _counts_a_state(tokens, q_start, role))
            or (low == 1 and _one_of_them(tokens, num.end_index) and not _counts_a_state(tokens, q_start, role))
            or _increment(tokens, q_start)
            or [t.lower for t in tokens[max(0, q_start - 2) : q_start]] == ["all", "but"]  # the rest
            or _fronted_whole(tokens, q_start, end)
            or _part_of_a_whole(tokens, q_start, role)
            or (q_start > 0 and tokens[q_start - 1].lower in ("first", "initial"))  # "the first five cases"
            or (q_start > 0 and tokens[q_start - 1].lower == "including")  # "17 people died, including three"
            or (_of_whom_before(tokens, q_start) and not _counts_a_state(tokens, q_start, role))
            or _said_after(DIED_APART, text, tokens, end)  # ("five died of their wounds in hospital")
            or _said_after(AMONG_THE, text, tokens, end)
            or _kin_of_someone(tokens, q_start, unit)
        )
        if unit is not None and (harm := HARM_NOUNS.get(unit.lower())):
            # "2 deaths", "14 injuries", "three fatalities": harm counted by its noun is a count of
            # the people it befell, the figure "two people were killed" gives
            canonical, role = "person", harm
        if canonical is None and role in ("death", "injury", "any", "care"):
            canonical, dimension = "person", "count"  # "the death toll rose to 31"
        if canonical == "case" and role is None:
            canonical, role = "person", "ill"  # "34 confirmed cases" of an outbreak: people who fell ill
        q = Quantity(
            value=low,
            value_max=high,
            unit=unit,
            qualifier=qualifier,
            text=text[tokens[q_start].start : tokens[end - 1].end],
            start=tokens[q_start].start + offset,
            end=tokens[end - 1].end + offset,
            canonical_unit=canonical,
            dimension=dimension,
            role=role,
            detail=detail,
            partial=partial,
        )
        if not (unit is None and q.text.lower() == "both" and any(p.value == 2 for p in found)):
            found.append(q)  # (a bare "both" after a pair is that pair again: "... adding that both were stable")
        i = max(end, i + 1)
    return found


def _age(text: str, offset: int, tokens: Sequence[Token], start: int, end: int, value: float) -> Quantity:
    return Quantity(
        value=value,
        unit="year",
        qualifier="exact",
        text=text[tokens[start].start : tokens[end - 1].end],
        start=tokens[start].start + offset,
        end=tokens[end - 1].end + offset,
        canonical_unit="age",
        dimension="age",
    )


CONDITION_WORDS = {
    "serious",
    "critical",
    "stable",
    "grave",
    "life-threatening",
    "satisfactory",
    "fair",
    "poor",
}
# harm named by a noun that can be counted ("2 deaths"); its kind is the one HARM_WORDS gives
HARM_NOUNS = {w: HARM_WORDS[w] for w in ("death", "deaths", "fatality", "fatalities", "injury", "injuries",
                                          "casualty", "casualties")}  # fmt: skip

COPULAS = {"is", "was", "are", "were", "be", "been", "being", "remains", "remained", "became", "becomes", "as"}


def _membership(tokens: Sequence[Token], start: int, number_end: int, noun_end: int) -> bool:
    """ "was one of the provinces", "is one of its busiest airports": a thing said to belong to a
    kind, after a copula, with no figure for the whole (not "one of the two drones was hit")."""
    if tokens[start].lower != "one" or start == 0 or tokens[start - 1].lower not in COPULAS:
        return False
    between = [t.lower for t in tokens[number_end:noun_end]]
    return between[:1] == ["of"] and not any(w in SMALL_NUMBERS or w[:1].isdigit() for w in between)


SUBSET_DETERMINERS = {"the", "those", "these", "them", "its", "their", "his", "her"}


def _fronted_whole(tokens: Sequence[Token], start: int, end: int) -> bool:
    """ "Of the train's 96 cars, 14 left the tracks": the whole a part is taken from, set before
    the part; the clause counts the 14, not the 96 (which other reports give as the same whole)."""
    opening = any(_opens_with_of(tokens, k) for k in range(max(0, start - 4), start))
    return (
        opening
        and end + 1 < len(tokens)
        and tokens[end].text == ","
        and (tokens[end + 1].text[:1].isdigit() or tokens[end + 1].lower in NUMBER_STARTS)
    )


BODIES_OF_PEOPLE = {"crew", "staff", "workforce"}


def _body_of(tokens: Sequence[Token], start: int) -> str | None:
    """ "a crew of 22", "a workforce of 300": the figure counts the body of people named
    before it."""
    if start >= 3 and tokens[start - 1].lower == "of" and tokens[start - 2].lower in BODIES_OF_PEOPLE:
        return tokens[start - 2].lower if tokens[start - 3].lower in ("a", "an", "its", "their", "the") else None
    return None


def _fronted_whole_noun(tokens: Sequence[Token], start: int) -> str | None:
    """ "Of the train's 96 cars, 14 left the tracks": a bare figure after a counted whole set
    before it counts the whole's noun (14 cars)."""
    if start < 4:
        return None
    k = next((k for k in _ofs_before(tokens, start) if _opens_with_of(tokens, k)), None)
    if k is None:
        return None
    numbers = [j for j in range(k + 1, start - 1) if tokens[j].text[:1].isdigit()]
    return _counted(tokens, numbers[-1] + 1)[0] if numbers else None


REST_OF = {"remaining", "other"}
COPULAS = {"was", "were", "is", "are", "numbered", "totalled", "totaled"}


def _part_of_a_whole(tokens: Sequence[Token], i: int, role: str | None) -> bool:
    """A figure that counts part of a whole the report gives elsewhere: "of the deaths, two
    were ...", "the remaining two", "the other three", "the remaining deaths were two by
    falling trees": an item of a breakdown, not the total. (A part that says what happened to
    it, unlike the whole, is the whole count of that: "Of the 27 people confirmed ill, 19 have
    been treated in hospital" counts those treated.)"""
    before = [t.lower for t in tokens[max(0, i - 5) : i]]
    if before[-1:] and before[-1] in REST_OF:
        return True  # "the remaining two", "the other three"
    if len(before) >= 3 and before[-1] in COPULAS and before[-3] in REST_OF:
        return True  # "the remaining deaths were two"
    # "Of the deaths, two ...", "Of the train's 96 cars, 14 ...": a part of the whole set before it
    k = next(_ofs_before(tokens, i), None)
    if k is None:
        return False
    whole = {_word_role(t.lower) for t in tokens[k : i - 1]} - {None}
    return _opens_with_of(tokens, k) and (role is None or role in whole)


def _ofs_before(tokens: Sequence[Token], i: int) -> Iterator[int]:
    """The "of"s of the phrase set off by a comma just before token i ("Of the train's 96 cars,
    14"), nearest first, up to the clause's start."""
    if i == 0 or tokens[i - 1].text != ",":
        return
    for k in range(i - 2, max(-1, i - 10), -1):
        if tokens[k].text in (",", ";", ":"):
            return
        if tokens[k].lower == "of":
            yield k


def _opens_with_of(tokens: Sequence[Token], k: int) -> bool:
    """Token k is an "of" that opens its clause ("Of the train's 96 cars, ...")."""
    return tokens[k].lower == "of" and (k == 0 or tokens[k - 1].text in (",", ";", ":"))


def _word_role(word: str) -> str | None:
    return HARM_WORDS.get(word) or PERSON_ROLES.get(word)


def _increment(tokens: Sequence[Token], i: int) -> bool:
    """ "a further 43 people", "another 12", "an additional 300 homes": more on top of a figure
    given elsewhere, not the whole count."""
    before = [t.lower for t in tokens[max(0, i - 2) : i]]
    return before[-1:] == ["another"] or (
        len(before) == 2 and before[0] in ("a", "an") and before[1] in ("further", "additional", "extra")
    )


# deaths set apart by where or when they came: "five inmates died of their wounds in hospital",
# "two died while being transferred", "two women died in hospital in the week after the blast"
DIED_APART = re.compile(
    r"^\W*(?:[\w-]+\s+){0,2}?(?:died|succumbed)\b[^,.;]{0,30}?\b(?:in\s+hospital|on\s+the\s+way|"
    r"en\s+route|while\s+being|after\s+being\s+(?:taken|transferred|admitted|rushed|flown)|"
    r"in\s+the\s+(?:days|week|weeks)\s+(?:after|since|that\s+followed))",
    re.I,
)


# people counted among a whole reported elsewhere: "Four children are among the injured", "Two
# Bolivian tourists, a couple from La Paz, were among the injured"
AMONG_THE = re.compile(r"^[^.;]{0,60}?\b(?:was|were|are|is)\s+(?:also\s+|reportedly\s+)?among\s+(?:the|those)\b", re.I)


def _said_after(pattern: re.Pattern[str], text: str, tokens: Sequence[Token], end: int) -> bool:
    """Whether the words right after a figure (up to `end`) match `pattern`."""
    return end < len(tokens) and pattern.match(text[tokens[end - 1].end : tokens[end - 1].end + 90]) is not None


KIN = {"boys", "girls", "children", "sons", "daughters", "brothers", "sisters", "grandchildren", "relatives",
       "cousins", "nephews", "nieces", "kids", "colleagues", "friends"}  # fmt: skip
POSSESSIVE_WORDS = {"my", "his", "her", "their", "our", "your"}


def _kin_of_someone(tokens: Sequence[Token], i: int, unit: str | None) -> bool:
    """Someone's own people ("My neighbour's two boys are still missing", "her three children"):
    a few among those a toll counts, not the toll."""
    if i == 0 or (unit or "").lower() not in KIN:
        return False
    before = tokens[i - 1].lower
    return before in POSSESSIVE_WORDS or before.endswith(("'s", "’s"))


def _of_whom_before(tokens: Sequence[Token], i: int) -> bool:
    """ "63 persons were injured, of whom 58 were taken to hospital"; "Of those, 12 are in a
    critical condition": a part of the count before."""
    before = [t.lower for t in tokens[max(0, i - 3) : i] if t.text not in (",", ":")]
    return before[-2:] in (["of", "whom"], ["of", "which"], ["of", "those"], ["of", "them"])


def _one_of_them(tokens: Sequence[Token], j: int) -> bool:
    """ "one of the riders who was in the car": one person of a group counted elsewhere."""
    return j + 1 < len(tokens) and tokens[j].lower == "of" and tokens[j + 1].lower in SUBSET_DETERMINERS


def _of_the(tokens: Sequence[Token], j: int) -> bool:
    """ "Eight of the dead", "two of the victims": part of a toll counted elsewhere. (Not "312
    of its 540 flights were cancelled" or "nine of the people who fell ill needed hospital
    care": there the figure is the whole count of what the clause says happened.)"""
    if j + 1 < len(tokens) and tokens[j].lower == "of" and tokens[j + 1].lower in ("whom", "which", "them", "those"):
        return True  # "43 were hurt, 11 of whom (of them) are still in hospital": part of the 43
    if not (j + 2 < len(tokens) and tokens[j].lower == "of" and tokens[j + 1].lower in SUBSET_DETERMINERS):
        return False
    word = tokens[j + 2].lower
    if (word[:1].isdigit() or word in SMALL_NUMBERS) and j + 3 < len(tokens) and tokens[j + 3].lower in HARM_WORDS:
        return True  # "Nine of the 27 injured remain in hospital": some of the injured
    # or of things a participle picks out, as the whole was counted ("about 400 of the flooded
    # homes", "60 of the evacuated residents"): a share of that count
    return word in HARM_WORDS or (
        word.endswith("ed") and len(word) > 4 and j + 3 < len(tokens) and tokens[j + 3].text.isalpha()
    )


PRONOUN_ONE_BEFORE = {
    "the",
    "second",
    "first",
    "third",
    "last",
    "this",
    "that",
    "each",
    "every",
    "no",
    "any",
    "which",
    "another",
    "only",
    "latest",
    "other",
    "such",
    "no-one",
    "someone",
}


VAGUE_MANY = {"scores", "dozens", "hundreds", "thousands", "many", "several"}


def _pronoun_one(tokens: Sequence[Token], i: int) -> bool:
    """ "the second one hit the base", "one of five plants": "one" stands for a noun."""
    if tokens[i].lower != "one":
        return False
    if i > 0 and tokens[i - 1].lower in PRONOUN_ONE_BEFORE:
        return True
    if i + 2 < len(tokens) and tokens[i + 1].lower == "of":
        after = tokens[i + 2]
        return after.text[:1].isdigit() or after.lower in SMALL_NUMBERS or after.lower in VAGUE_MANY
    return False


def _is_year(value: float, tok: Token) -> bool:
    return value == int(value) and YEAR_RANGE[0] <= value <= YEAR_RANGE[1] and "," not in tok.text


def _is_count_of_years(tokens: Sequence[Token], j: int) -> bool:
    """ "2014 people" is a count; "2014 war" or "in 2014." is a year."""
    if j >= len(tokens):
        return False
    w = tokens[j].lower
    return noun_class(w) in NOUN_CLASS.values() and w not in ("attack", "war", "election", "vote")


def _named_thing_before(tokens: Sequence[Token], i: int) -> bool:
    """A number right after a capitalised word inside a sentence names the thing ("Pavilion 2",
    "Sector 4"), unless the word is a month or a day ("July 15", "Friday 12 June")."""
    if i < 2 or not tokens[i].text[:1].isdigit():
        return False
    prev, before = tokens[i - 1], tokens[i - 2]
    return (
        prev.text[:1].isupper()
        and prev.text[1:2].islower()
        and prev.text.isalpha()
        and prev.lower not in MONTHS
        and prev.lower not in WEEKDAYS
        and prev.text not in WORD_SIGNS  # ("Rs 500": rupees)
        and before.text not in (".", "!", "?", ":", '"', "“")
        and prev.end < tokens[i].start
        # (not a count of what follows: "in Kharkiv 3 people were killed")
        and (i + 1 >= len(tokens) or not tokens[i + 1].text[:1].isalpha() or tokens[i + 1].lower in STOPWORDS)
    )


def _is_identifier(tokens: Sequence[Token], i: int, num: _Num) -> bool:
    tok = tokens[i]
    if i > 0:
        prev = tokens[i - 1]
        if prev.lower in IDENTIFIER_BEFORE:
            return True
        if _named_thing_before(tokens, i):
            return True  # "Module 3 of the station": a name the list above lacks
        if _code_before(prev, tok):
            return True  # "the driver of KA 1047", "flight BA 283": a service's designation
        if prev.text == "." and i > 1 and tokens[i - 2].lower in ("no", "nos", "vol", "art", "sec", "pt"):
            return True  # "Reactor No. 2"
        if (
            prev.end == tok.start
            and prev.text in ("-", "/", "#", "+")
            and i > 1
            and tokens[i - 2].end == prev.start
        ):
            return True  # F-16, 9/11, COVID-19
    nxt = tokens[num.end_index] if num.end_index < len(tokens) else None
    if nxt and nxt.start == tokens[num.end_index - 1].end and nxt.text in ("/", ":"):
        return True  # 9/11, 1:35
    if nxt and nxt.lower in ("am", "pm", "a.m.", "p.m.", "gmt", "utc", "o'clock"):
        return True
    return bool(tok.text.endswith(("st", "nd", "rd", "th")) and tok.text[0].isdigit())


def _code_before(prev: Token, tok: Token) -> bool:
    """A code of two or three capitals before a bare whole number of two or more digits names a
    train, a flight or a road ("KA 1047", "BA 283", "NH 48"), unless it is a currency's."""
    return (
        2 <= len(prev.text) <= 3
        and prev.text.isalpha()
        and prev.text.isupper()
        and prev.text not in CURRENCY_CODES
        and tok.text.isdigit()
        and len(tok.text) >= 2
    )


def _age_end(tokens: Sequence[Token], i: int, num: _Num) -> int | None:
    """Where a person's age ends, if the number is one: "Anton Res, 52, and ...", "aged 52",
    "a 7-year-old girl", "52 years old". An age is not a count of anything."""
    if num.high is not None or not (0 < num.low < 120) or num.low != int(num.low):
        return None
    j = num.end_index
    nxt = tokens[j] if j < len(tokens) else None
    words = [t.lower for t in tokens[j : j + 3]]
    if words[:2] == ["-", "year-old"] or words[:1] == ["year-old"]:
        return j + words.index("year-old") + 1
    if len(words) >= 2 and words[0] in ("years", "year") and words[1] == "old":
        return j + 2
    if i > 0 and tokens[i - 1].lower == "aged":
        return j
    after_name = i >= 2 and tokens[i - 1].text == "," and tokens[i - 2].text[:1].isupper()
    if after_name and (nxt is None or nxt.text in (",", ".", ";", ")") or nxt.lower == "and"):
        return j
    return None


TEMPERATURE_WORDS = re.compile(r"\b(?:temperatures?|degrees?|minus|below zero|cold|heat|chill|freez\w*|warm\w*)\b", re.I)


def _scale_letter(tokens: Sequence[Token], j: int, text: str) -> bool:
    """A "C" or "F" standing apart after a number is a temperature scale when the clause speaks
    of temperature and no name goes on ("minus 18 C in Halifax", not "Gate 4 C Block")."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1].isdigit()):
        return False
    return TEMPERATURE_WORDS.search(text) is not None


def _below_zero(tokens: Sequence[Token], j: int) -> tuple[str, str, str, int] | None:
    """ "18 below zero Fahrenheit", "5 degrees below zero Celsius": a temperature under zero, in
    the scale named after it (none named: not known which)."""
    k = j + 1 if j < len(tokens) and tokens[j].lower in ("degrees", "degree") else j
    if not (k + 1 < len(tokens) and tokens[k].lower == "below" and tokens[k + 1].lower == "zero"):
        return None
    scale = tokens[k + 2].lower if k + 2 < len(tokens) else ""
    if scale in ("fahrenheit", "f"):
        return "°F", "temperature", "degF", k + 3
    if scale in ("celsius", "c", "centigrade"):
        return "°C", "temperature", "degC", k + 3
    return None


def _minus_before(tokens: Sequence[Token], i: int, text: str) -> bool:
    """ "minus 18", or a minus sign set against the number ("-18C", "to -5 degrees")."""
    if i > 0 and tokens[i - 1].lower == "minus":
        return True
    start = tokens[i].start
    return start > 0 and text[start - 1] in "-−" and (start < 2 or not text[start - 2].isalnum())


def _per_hour(tokens: Sequence[Token], k: int) -> bool:
    return (
        k + 1 < len(tokens)
        and tokens[k].lower in ("an", "a", "per")
        and tokens[k + 1].lower in ("hour", "hr")
    )


def _unit_after(tokens: Sequence[Token], j: int, text: str) -> tuple[str | None, str | None, str | None, int]:
    """A measurement unit, percentage or currency right after a number."""
    if j > 0 and tokens[j - 1].text.endswith("%"):
        return "%", "percent", "percent", j
    if j < len(tokens) and tokens[j].text in ("C", "F") and (
        tokens[j].start == tokens[j - 1].end or _scale_letter(tokens, j, text)
    ):
        scale = "degC" if tokens[j].text == "C" else "degF"  # "47.8C", "98F", "minus 18 C in Halifax"
        return f"°{tokens[j].text}", "temperature", scale, j + 1
    # "magnitude 6.2", "a magnitude of 6.2", "6.2 magnitude", "6.2 on the Richter scale"
    before = [t.lower for t in tokens[max(0, j - 3) : j - 1]]
    if (
        before[-1:] == ["magnitude"]
        or before[-2:] == ["magnitude", "of"]
        or (j < len(tokens) and tokens[j].lower == "magnitude")
        or [t.lower for t in tokens[j : j + 3]] == ["on", "the", "richter"]
    ):
        return (
            "magnitude",
            "magnitude",
            "magnitude",
            j + (1 if j < len(tokens) and tokens[j].lower == "magnitude" else 0),
        )
    if j + 1 < len(tokens) and tokens[j].text == "-" and tokens[j].start == tokens[j - 1].end:
        w = tokens[j + 1].lower  # "86-day", "5-kilometre", "6.1-magnitude", "12-metre-high"
        square = w.split("-")
        if len(square) == 2 and square[0] in ("square", "sq") and square[1] in SQUARE_UNITS:
            return w, "area", SQUARE_UNITS[square[1]], j + 2  # "a 2,000-square-metre hall"
        if w.split("-")[0] in UNITS and (
            w in UNITS or w.split("-")[-1] in EXTENTS
        ):
            unit = w.split("-")[0]
            return unit, UNITS[unit][1], UNITS[unit][0], j + 2
        if w == "magnitude":
            return "magnitude", "magnitude", "magnitude", j + 2
        found = pint_unit(tokens[j + 1].text)
        if found:  # "a 120-microgram dose"
            return tokens[j + 1].text, found[1], found[0], j + 2
        if w in BUILT_COUNTS - {"storey", "story"}:  # "a 20,000-seat stadium": a capacity
            return w, "count", "capacity", j + 2
        if w in ("storey", "story"):  # "the 15-storey tower": the storeys it has
            return w, "count", "storey", j + 2
    if j < len(tokens):
        w = tokens[j].lower
        if w in ("percent", "%"):
            return "%", "percent", "percent", j + 1
        if w == "per" and j + 1 < len(tokens) and tokens[j + 1].lower == "cent":
            return "%", "percent", "percent", j + 2
        if w == "nautical" and j + 1 < len(tokens) and tokens[j + 1].lower in ("mile", "miles"):
            return "nautical miles", "length", "nautical_mile", j + 2
        pair = f"{w} {tokens[j + 1].lower}" if j + 1 < len(tokens) else ""
        if pair in UNITS:  # "cubic metres", "metric tons"
            return pair, UNITS[pair][1], UNITS[pair][0], j + 2
        if w in ("degrees", "degree", "°") and j + 1 < len(tokens):
            scale = tokens[j + 1].lower  # "35 degrees Celsius", "35 °C"
            if scale in ("celsius", "c", "centigrade"):
                return "°C", "temperature", "degC", j + 2
            if scale in ("fahrenheit", "f"):
                return "°F", "temperature", "degF", j + 2
        if (
            "-" in w
            and w.split("-")[0] in UNITS
            and w.split("-")[-1] in EXTENTS
        ):
            unit = w.split("-")[0]  # "a 12-metre-high embankment"
            return unit, UNITS[unit][1], UNITS[unit][0], j + 1
        if w in ("square", "sq") and j + 1 < len(tokens):
            k = j + 2 if tokens[j + 1].text == "." and j + 2 < len(tokens) else j + 1  # "sq. ft."
            unit = tokens[k].lower.rstrip(".")
            if unit in SQUARE_UNITS:
                return f"square {unit}", "area", SQUARE_UNITS[unit], k + 1
        if w == "km" and j + 2 < len(tokens) and tokens[j + 1].text == "/" and tokens[j + 2].lower == "h":
            return "km/h", "speed", "kilometer / hour", j + 3
        if w in UNITS:
            name, dim = UNITS[w]
            if dim == "length" and _per_hour(tokens, j + 1):
                per = f"{w} {tokens[j + 1].lower} {tokens[j + 2].lower}"  # "26 kilometres an hour"
                return per, "speed", f"{name} / hour", j + 3
            # "5 m people", "$5 m in aid": millions; "fell 100 m down a gully": metres
            if (
                w == "m"
                and (j + 1 < len(tokens) and tokens[j + 1].text[:1].isalpha())
                and (tokens[j + 1].lower not in AFTER_A_DISTANCE or _currency_before(tokens, j, text))
            ):
                return None, None, None, j
            return w, dim, name, j + 1
        if w in CURRENCY_WORDS:
            return CURRENCY_WORDS[w], "money", CURRENCY_WORDS[w], j + 1
        found = pint_unit(tokens[j].text)
        if found:  # "1.2 milligrams", "450 MW", "980 hectopascals"
            return tokens[j].text, found[1], found[0], j + 1
    currency = _currency_before(tokens, j, text)
    if currency:
        return currency, "money", currency, j
    return None, None, None, j


EXTENTS = ("high", "long", "wide", "deep", "tall")
DUG_OUT = {"pulled", "dug", "plucked", "hauled", "winched"}  # verbs of rescue, before the people rescued
PULLED = {"pulled", "hauled", "plucked", "lifted", "winched", "dragged"}
DRILL = {"drill", "exercise", "practice", "rehearsal"}
# what people travel aboard ("31 people on the bus")
VEHICLES = {"bus", "coach", "minibus", "train", "tram", "plane", "aircraft", "jet", "flight", "ferry", "boat", "ship",
            "vessel", "helicopter", "lorry", "truck", "van"}  # fmt: skip
# words that follow a distance or depth in metres, and never a count in millions ("fell 100 m
# down a gully", "40 m below the surface")
AFTER_A_DISTANCE = {"down", "into", "above", "below", "beneath", "under", "away", "high", "long", "wide", "deep",
                    "tall", "across", "along", "underground", "offshore", "inland"}  # fmt: skip


def _currency_before(tokens: Sequence[Token], j: int, text: str) -> str | None:
    """The currency whose sign stands before the number that ends at token `j` ("$5", "€5
    million", "£40m", "A$5m", "CHF 3 million")."""
    if j <= 0:
        return None
    k = j - 1
    while k > 0 and tokens[k].text[0].isdigit() is False and (tokens[k].lower in SCALES or tokens[k].lower in SHORT_SCALES):
        k -= 1
    return _currency_sign(tokens, k)[0]


def _currency_sign(tokens: Sequence[Token], i: int) -> tuple[str | None, int]:
    """The currency of the sign right before token `i` (a number), and how many tokens it takes:
    "$" (1), "A" "$" (2), "CHF" (1), "R" glued to the figure (1); (None, 0) when there is none."""
    if i <= 0:
        return None, 0
    sign = tokens[i - 1]
    if sign.text in CURRENCY_SYMBOLS:
        prefix = tokens[i - 2] if i >= 2 and tokens[i - 2].end == sign.start else None
        if sign.text == "$" and prefix is not None and prefix.text in DOLLAR_PREFIXES:
            return DOLLAR_PREFIXES[prefix.text], 2
        return CURRENCY_SYMBOLS[sign.text], 1
    if sign.text in CURRENCY_CODES:
        return sign.text, 1
    if sign.text in WORD_SIGNS and (sign.text != "R" or sign.end == tokens[i].start):
        return WORD_SIGNS[sign.text], 1
    return None, 0
