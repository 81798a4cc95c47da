"""Who owns or runs a thing: "The bus, operated by Transportes Sol del Valle", "The vehicle
belonged to Expreso Machu Wasi", "the plant, owned by the Swedish group Kallvik since 2017",
"the march, organised by the Green Future party".
Two reports that name different owners or operators of the same thing disagree about who is
answerable for it, which a fact-checker must settle.

Shallow on purpose, like `claims.complements`: the verb and its "by" or "to", the capitalised
name after it, and the noun before it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from claims.lexicon import EVENT_NOUNS
from claims.text import STOPWORDS, lemma, tokenize

OWNED_BY = re.compile(
    r"\b(?:(?P<verb>owned|operated|run|managed|chartered|leased|organi[sz]ed|staged|called|built|erected|"
    r"constructed|manufactured|installed|supplied|employed|serviced|maintained)"
    r"(?:\s+in\s+(?:\d{4}|[A-Z][a-z]+))?\s+by|"  # ("built in 2017 by", "serviced in March by")
    r"belong(?:s|ed|ing)?\s+to)\s+"
    r"(?P<phrase>[^;.()]{2,120})"
)
# who holds a thing and who runs it answer one question (who is answerable for it); who hired
# it is another ("The tanker, chartered by Trafigura" / "owned by Avra Shipping": both may hold),
# who organised a protest or a strike another, who built or supplied a thing ("built in 2017 by
# Austrian manufacturer Hollerbach" / "installed by the Italian firm Ventaglia") another, and
# whom people work for ("two workers employed by Kellby Engineering") another still
ROLES = {"chartered": "hired", "leased": "hired", "organised": "organised", "organized": "organised",
         "staged": "organised", "called": "organised", "built": "made", "erected": "made", "constructed": "made",
         "manufactured": "made", "installed": "made", "supplied": "made", "employed": "employer",
         "serviced": "maintained", "maintained": "maintained"}  # fmt: skip
ROLE_NAMES = {"held": "owned or run", "hired": "chartered or leased", "organised": "organised", "cause": "caused",
              "made": "built or supplied", "employer": "employed", "maintained": "serviced"}  # fmt: skip
# "Mtkvari Ropeways, the operator of the Sololaki Ridge cable car", "Corvane Rail, the private
# company that operates Line 3": the name before, the thing after
NAMED_OPERATOR = re.compile(
    r"(?P<name>(?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*),\s+(?:the|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:operator|owner)\s+of|(?:company|firm|operator)\s+that\s+(?:operates|owns|runs))\s+"
    r"(?P<thing>[^,;.()]{2,60})"
    # "Brightwell Heating, which had serviced the boiler since 2021"
    r"|(?P<name2>(?:[A-Z][\w&'-]*\s+){0,4}[A-Z][\w&'-]*),\s+(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?"
    r"(?P<verb2>serviced|maintained|built|installed|operates|operated|owns|owned|runs|ran)\s+"
    r"(?P<thing2>(?:the|a|an|its|their)\s+[^,;.()]{2,60})"
)
# the active verb of an owner named before it, by role
ACTIVE_ROLES = {"serviced": "maintained", "maintained": "maintained", "built": "made", "installed": "made"}
# where the owner's name must have begun: a verb, preposition or conjunction ends the phrase
# ("operated by a local firm had left from Huancayo": no owner named)
PHRASE_END = {"had", "has", "have", "was", "were", "is", "are", "since", "for", "from", "in", "on", "at",
              "and", "which", "who", "that", "until", "after", "before", "when", "with", "to", "into"}  # fmt: skip
# words that may join the parts of a name ("Transportes Sol del Valle", "Marks & Spencer")
NAME_LINKS = {"de", "del", "la", "of", "&", "and", "van", "von", "da", "do", "dos", "das"}
# nationalities and the like, capitalised but no owner ("the Swedish group Kallvik")
NOT_NAMES = {"swedish", "dutch", "german", "french", "british", "american", "chinese", "japanese", "polish",
             "spanish", "italian", "canadian", "australian", "indian", "russian", "korean", "greek", "state",
             "the"}  # fmt: skip
# things of one kind, one of which may be called by the other's name ("the bus" / "the vehicle")
FAMILIES = [
    {"bus", "coach", "minibus", "vehicle", "truck", "lorry", "car", "van", "train"},
    {"plant", "factory", "site", "facility", "works", "mine", "refinery", "warehouse", "depot", "mill"},
    {"ship", "vessel", "ferry", "boat", "tanker", "freighter", "barge", "trawler"},
    {"aircraft", "plane", "jet", "airliner", "helicopter", "flight"},
    {"company", "firm", "operator", "business", "carrier", "airline", "maker", "manufacturer"},
    {"hospital", "clinic", "trust"},
    {"dam", "reservoir", "pipeline", "line", "substation", "grid"},
    # a line and what runs on it: one operator, one maker ("the aerial tramway" / "the line" / "the cable car")
    {"line", "route", "network", "railway", "metro", "tramway", "ropeway", "cableway", "gondola", "train", "tram", "car"},
    {"campsite", "site", "camp", "park"},
    {"stage", "roof", "structure", "rig", "canopy", "scaffold", "scaffolding", "grandstand", "stand"},
    {"protest", "march", "rally", "demonstration", "sit-in", "blockade"},
    {"strike", "walkout", "stoppage"},
    {"fire", "blaze", "wildfire", "bushfire", "inferno"},
    {"explosion", "blast"},
    {"outage", "blackout"},
    {"leak", "spill", "release"},
]


@dataclass(frozen=True)
class Owner:
    thing: str  # the noun before the verb ("bus"), lemmatised
    name: str  # the owner or operator as written ("Transportes Sol del Valle")
    role: str = "held"  # held (owned or run) | hired (chartered or leased) | organised (a protest, a strike)


# words without which no owner pattern matches (a cheap test first)
OWNER_CUES = ("by", "belong", " of ", " that ", " which ")


@lru_cache(maxsize=16384)
def owners(text: str) -> tuple[Owner, ...]:
    """Every owner or operator a clause names, with the thing it owns or runs."""
    if not any(cue in text for cue in OWNER_CUES):
        return ()
    found = []
    for m in OWNED_BY.finditer(text):
        # the phrase up to its comma, or the appositive after it when the phrase names no one
        # ("employed by our maintenance contractor, Tarrant Industrial Services")
        head, _, rest = m["phrase"].partition(",")
        name = _name(head) or (_name(rest.partition(",")[0]) if _nameless(head) else None)
        role = ROLES.get((m["verb"] or "").lower(), "held")
        # (whoever is employed, people: "three of them", "three of the four dead")
        thing = "person" if role == "employer" else _thing(text[: m.start()])
        if name and thing:
            found.append(Owner(thing, name, role))
    for m in NAMED_OPERATOR.finditer(text):
        name = _name(m["name"] or m["name2"])
        thing = _last_noun(m["thing"] or m["thing2"])
        if name and thing:
            found.append(Owner(thing, name, ACTIVE_ROLES.get(m["verb2"] or "", "held")))
    return tuple(found)


def _nameless(phrase: str) -> bool:
    """A phrase that says what the one who did it is but not who: "our maintenance contractor"."""
    return not any(t.text[:1].isupper() for t in tokenize(phrase)) and len(phrase.split()) <= 5


def _last_noun(phrase: str) -> str | None:
    """The noun a thing's phrase ends in ("the Sololaki Ridge cable car": car), before a verb or
    preposition."""
    words = []
    for token in tokenize(phrase):
        if token.lower in PHRASE_END or not token.text[:1].isalpha():
            break
        words.append(token)
    common = [t for t in words if t.text[:1].islower() and t.lower not in STOPWORDS]
    return lemma(common[-1].lower) if common and common[-1] is words[-1] else None


def _name(phrase: str) -> str | None:
    """The last run of capitalised words in the phrase, before a verb, preposition or
    conjunction ends it ("the Swedish group Kallvik since 2017": Kallvik; "Dutch investment fund
    Veldhaven Capital": Veldhaven Capital; "a Greek company since March": none)."""
    runs: list[list[str]] = []
    current: list[str] = []
    for token in tokenize(phrase):
        word = token.text
        if word.lower() in PHRASE_END:
            break
        named = word[:1].isupper() and word.lower() not in NOT_NAMES
        if named or (current and word.lower() in NAME_LINKS):
            current.append(word)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    while runs and runs[-1] and runs[-1][-1].lower() in NAME_LINKS:
        runs[-1].pop()
    runs = [r for r in runs if r]
    return " ".join(runs[-1]) if runs else None


COPULA_END = re.compile(r"(?:\s+(?:is|was|are|were|been|has|had|have|now|still))+\s*$")


def _thing(before: str) -> str | None:
    """The noun the owner is said of: the last common word before the verb, past a comma or a
    copula ("The bus, operated by", "The Wroclaw plant is owned by"), or before an aside set off
    by commas ("The tram, a VarioStar T6 with fleet number 1942, was manufactured by")."""
    core = COPULA_END.sub("", before).rstrip()
    # (only before "was": "the 36-inch line, owned by" is said of the line)
    aside = core != before.rstrip() and core.endswith(",") and (k := core[:-1].rfind(", ")) > 0
    if aside and (found := _last_word(core[:k])):
        return found
    return _last_word(before)


def _last_word(before: str) -> str | None:
    tokens = tokenize(before)
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        word = token.lower
        if word in {"is", "was", "are", "were", "been", "has", "had", "have", "which", "that", "now", "still"}:
            continue
        if not word.isalpha():
            continue
        if token.text[:1].isupper() and k == 1 and tokens[0].lower == "the" and word not in STOPWORDS:
            return word  # "The Riptide was manufactured by": the thing by its name
        if word in STOPWORDS or token.text[:1].isupper():
            return None  # a name or a function word: no common noun to say what is owned
        return lemma(word)
    return None


# What set an event off, by the noun its cause phrase ends in: "The fire was started by a downed
# power line" / "by a discarded cigarette" (two causes for one fire, which a reviewer must settle)
CAUSED_BY = re.compile(
    r"\b(?:started|sparked|caused|triggered|ignited|set\s+off)\s+by\s+(?:a|an|the)\s+(?P<phrase>[^,;.()]{2,60})",
    re.I,
)
CAUSE_END = PHRASE_END | {"near", "by", "during", "while", "as", "but", "or", "of"}


@lru_cache(maxsize=16384)
def causes(text: str) -> tuple[Owner, ...]:
    """What a clause says caused its event, with the event ("fire"), as `Owner`s of role "cause"."""
    if " by " not in text:
        return ()
    found = []
    for m in CAUSED_BY.finditer(text):
        words = []
        for token in tokenize(m["phrase"]):
            if token.lower in CAUSE_END or not token.text[:1].isalpha():
                break
            words.append(token.lower)
        thing = _thing(text[: m.start()])
        if words and thing in EVENT_NOUNS:  # (an event's cause, not "damage caused by a falling tree")
            found.append(Owner(thing, " ".join(words), "cause"))
    return tuple(found)


def same_role(x: Owner, y: Owner) -> bool:
    return x.role == y.role


def same_thing(x: str, y: str) -> bool:
    return x == y or any(x in family and y in family for family in FAMILIES)
