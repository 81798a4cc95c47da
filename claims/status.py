"""Statuses that change one way: a leak goes on until it is sealed, a fire burns until it is put
out, a patient stays in hospital until discharged, a person alive may die but not come back.

Updates on one event disagree about these as often as about figures: a live page says "ammonia
is still leaking", the next day's paper says the puncture "was sealed late Thursday afternoon".
Whether that is a contradiction depends on time: still going at 9 p.m. on Thursday against
sealed on Thursday afternoon is one; still going on Thursday against sealed on Friday is a
status that changed between two reports (see `claims.conflicts.outcome`).

Each group has an earlier pole (`going`) and a later one (`ended`). A negated pole counts as
the other ("has not been sealed" is still leaking, "did not survive" is dead). A person's
status carries the person it is about (`target`: "the driver", "the infant"), and is read only
of one person, not of a group ("two passengers survived" says nothing of the driver).

Only general English is listed here: what any report on a leak, a fire, a patient or a
casualty would say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claims.clauses import AUXILIARIES, is_finite
from claims.modality import Negation, in_scope
from claims.model import Frame
from claims.states import real_matches
from claims.text import STOPWORDS, contains_any, folded

GOING, ENDED = "going", "ended"

_BREACH = r"(?:leaks?|punctures?|breach(?:es)?|holes?|cracks?|ruptures?|gash(?:es)?)"
_STOPPED = r"(?:sealed|plugged|capped|patched|stopped|stemmed|isolated)"
_DET = r"(?:(?:the|a|an|its|their)\s+)?"
_PASSIVE = (
    r"(?:was|were|has|had|have|is|are)(?:\s+not|n't)?\s+(?:(?:since|now|already|finally|also)\s+)?(?:been\s+)?"
    r"(?:now\s+|finally\s+|successfully\s+)?"
)


@dataclass(frozen=True)
class StatusPole:
    group: str
    value: str  # GOING | ENDED
    pattern: re.Pattern[str]
    person: bool = False  # said of one person, named after (`after`) or before the cue
    after: bool = False
    fixed: bool = False  # the phrase holds its own negation ("did not survive"): never turned
    thing: bool = False  # said of one building or structure, named before the cue
    adjacent: bool = False  # ... and named right before it ("the bridge held", not "the bridge's owner held")
    named: dict[str, str] | None = None  # said of one of these things, named before the cue or in it


def _pole(
    group: str,
    value: str,
    pattern: str,
    person: bool = False,
    after: bool = False,
    fixed: bool = False,
    thing: bool = False,
    adjacent: bool = False,
    named: dict[str, str] | None = None,
) -> StatusPole:
    return StatusPole(group, value, re.compile(pattern, re.I), person, after, fixed, thing, adjacent, named)


# A way or a place that is closed until it reopens, by its head word; several names of one way
CLOSABLE = {
    "road": "road", "highway": "road", "motorway": "road", "freeway": "road", "route": "road", "pass": "road",
    "street": "road", "bridge": "bridge", "tunnel": "tunnel", "airport": "airport", "runway": "airport",
    "port": "port", "harbour": "port", "harbor": "port", "railway": "railway", "rail": "railway",
    "border": "border", "crossing": "border", "school": "school", "beach": "beach", "park": "park",
    "station": "station", "terminal": "terminal", "plant": "plant", "mine": "mine", "factory": "factory",
}  # fmt: skip
# An order that stays in force until it is lifted, by its head word
ORDERS = {
    "order": "order", "advisory": "advisory", "warning": "warning", "curfew": "curfew", "lockdown": "lockdown",
    "ban": "ban", "alert": "alert", "emergency": "emergency", "restrictions": "restrictions",
}  # fmt: skip
# What stops and starts again at a workplace: work, production, a plant's lines. All are one
# question, whether work goes on there.
WORK = {w: "work" for w in (
    "production", "operations", "work", "output", "mining", "activity", "activities", "plant", "factory",
    "mine", "line", "lines", "section", "sections", "site", "works", "shift", "shifts", "mill", "refinery",
    "smelter", "assembly", "tower", "reactor", "furnace", "kiln", "boiler", "turbine", "pipeline",
)}  # fmt: skip
_STILL = r"(?:(?:is|are|was|were)\s+still|still|remains?|remained|stays?|stayed|(?:has|have|had)\s+been)"
_BEEN = r"(?:was|were|has\s+been|have\s+been|had\s+been)"  # a passive that tells a thing was done
# Computer systems down until restored (a cyberattack, an outage)
SYSTEMS = {w: "system" for w in (
    "system", "systems", "website", "network", "networks", "email", "server", "servers", "portal", "app",
    "computers", "database",
)}  # fmt: skip
# What spreads until it is contained (not "rumours are spreading")
SPREADING = {
    "fire": "fire", "blaze": "fire", "flames": "fire", "wildfire": "fire", "bushfire": "fire", "inferno": "fire",
    "slick": "slick", "spill": "slick", "oil": "slick", "outbreak": "outbreak", "virus": "outbreak",
    "disease": "outbreak", "infection": "outbreak", "front": "fire",  # (a fire's front: "the front ... has been contained")
    "malware": "malware", "ransomware": "malware",
}  # fmt: skip
# A vessel aground until it is refloated
VESSELS = {w: "vessel" for w in (
    "ship", "vessel", "ferry", "tanker", "boat", "barge", "freighter", "trawler", "yacht", "liner", "carrier",
    "dredger", "tug", "catamaran",
)}  # fmt: skip


POLES = [
    _pole("leak", GOING, r"\bstill\s+(?:\w+\s+)?leak(?:s|ing)\b|\b(?:is|are)\s+leaking\b|"
          r"\bcontinu(?:es|e|ing|ed) to leak\b|\bleak(?:s|ing)?\s+(?:\w+\s+){0,3}?(?:continues|persists|is continuing)\b"),
    _pole("leak", ENDED, rf"\b{_STOPPED}\s+{_DET}(?:[\w-]+\s+){{0,2}}?{_BREACH}\b|"
          rf"\b{_BREACH}\s+(?:[\w-]+\s+){{0,4}}?{_PASSIVE}{_STOPPED}\b"),
    _pole("leak", ENDED, r"\b(?:stopped|no longer)\s+leaking\b", fixed=True),
    # what leaked, mended ("the damaged section of the main was repaired on 28 August")
    _pole("leak", ENDED, rf"\b(?:pipe|pipeline|main|valve|section)\s+(?:[\w-]+\s+){{0,3}}?{_PASSIVE}(?:fully\s+)?"
          r"repaired\b"),
    _pole("fire", GOING, r"\bstill\s+(?:\w+\s+)?(?:burning|ablaze)\b|\b(?:is|are)\s+burning\b|\bcontinu(?:es|e|ing|ed) to burn\b"),
    _pole("fire", ENDED, r"\b(?:extinguished|put out|doused)\b|\bburn(?:ed|t) (?:itself )?out\b"),
    # a fire spreading until it is contained ("is still spreading" / "has been fully contained")
    # (a fire "still raging" or "out of control" is not under control)
    _pole("spread", GOING, r"\b(?:is|are|was|were)\s+still\s+(?:spreading|raging)\b|\bcontinu(?:es|e|ing|ed)\s+to\s+"
          r"(?:spread|rage)\b|\b(?:is|are)\s+(?:spreading|raging)\b|\b(?:raging|burning|still|is|are|was|were)\s+out\s+of\s+"
          r"control\b", thing=True, named=SPREADING),
    _pole("spread", ENDED, r"\b(?:fully|completely|100\s*(?:%|per\s*cent|percent))\s+contained\b|"
          rf"\b{_BEEN}\s+brought\s+under\s+control\b|\b{_BEEN}\s+(?:now\s+)?contained\b|\b(?:is|are|was|were)\s+(?:now\s+)?under\s+control\b|\b(?<!to\s)(?:brought|(?:has|have|had)\s+brought)\s+(?:the\s+)?(?:\w+\s+)?"
          r"(?:fire|blaze|flames|wildfire|inferno|outbreak|spill|slick)\s+under\s+control\b",
          thing=True, named=SPREADING),
    _pole("standing", GOING, r"\b(?:is|are|was|were|remains?|remained)\s+still\s+standing\b|"
          r"\b(?:still|remains?|remained)\s+standing\b|\bsurvived (?:the (?:fire|flood|blaze|storm) )?intact\b", thing=True),
    _pole("standing", ENDED, r"\bburn(?:ed|t) to the ground\b|\b(?:was|were|has been|have been)\s+(?:\w+\s+)?"
          r"(?:destroyed|razed|gutted|flattened|levelled|leveled|demolished)\b|\bcollapsed\b|"
          r"\b(?:did|does|do|has|had|have)(?:\s+not|n't)\s+collapse\b", thing=True),
    # said right after the structure it is about ("the pier gave way", "the bridge was washed
    # away"; not "a man fishing from the pier was swept away", "the school held a vigil")
    _pole("standing", ENDED, r"\b(?:washed|swept)\s+away\b|\bgave\s+way\b|\bcaved\s+in\b", thing=True, adjacent=True),
    _pole("standing", GOING, r"\bheld(?:\s+(?:firm|up))?(?=\s*(?:[,.;]|and\b|but\b|$))|\bstood\s+firm\b|\bwithstood\b|"
          r"\b(?:remained|was|is)\s+intact\b", thing=True, adjacent=True),
    _pole("care", GOING, r"\b(?:remains?|remained|is still|was still|stays?|stayed)\s+(?:\w+\s+){0,2}?in\s+"
          r"(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:intensive care|icu|hospital|critical condition)\b", person=True),
    _pole("care", ENDED, rf"\b{_PASSIVE}(?:\w+\s+)?(?:discharged|released from (?:the\s+)?hospital|sent home)\b|"
          r"\brecovering at home\b|\b(?:left|leave|leaving)\s+(?:the\s+)?hospital\b", person=True),
    _pole("alive", GOING, r"\bsurvived\b", person=True),
    _pole("alive", ENDED, r"\b(?:was|were)\s+(?:\w+\s+)?killed\b|\b(?:died|perished)\b", person=True),
    _pole("alive", ENDED, r"\b(?:did not|didn't|failed to) survive\b", person=True, fixed=True),
    _pole("alive", ENDED, r"\b(?:the\s+)?(?:dead|victims|those killed|fatalities)\s+(?:include|included|includes)\b",
          person=True, after=True),
    # someone in a condition, discharged or recovering is alive ("remains in a critical but stable condition")
    _pole("alive", GOING, r"\bin\s+(?:a\s+)?(?:[\w-]+\s+){0,3}?condition\b|\b(?:discharged|recovering)\b", person=True),
    _pole("alive", ENDED, r"\bamong (?:the )?(?:dead|killed|victims) (?:was|were|is|are)\b", person=True, after=True),
    _pole("alive", ENDED, r"\b(?:was|is)\s+among\s+(?:the\s+|those\s+)?(?:dead|killed|victims|fatalities|who died)\b",
          person=True),
    _pole("alive", ENDED, r"\b(?:recovered|found|retrieved|identified)\s+the\s+body\s+of\b", person=True, after=True),
    _pole("alive", GOING, r"\bamong (?:those|the (?:miners|men|workers|people|survivors)) (?:brought|pulled|carried|"
          r"rescued|found|dug)\b[^,;]{0,40}?\balive\b[^,;]{0,30}?\b(?:was|were)\b", person=True, after=True),
    _pole("alive", ENDED, r"\b(?:shot|found|stabbed|beaten)\s+dead\b", person=True),
    # "police shot the gunman dead": the person between
    _pole("alive", ENDED, r"\b(?:shot|stabbed|beat|beaten)\b(?=\s+(?:the\s+|a\s+|an\s+)?[\w-]+(?:\s+[\w-]+)?\s+dead\b)",
          person=True, after=True),
    # a body found: "the climber's body was recovered", "the body of the climber was found"
    _pole("alive", ENDED, r"(?:'s|’s)\s+body\s+(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:recovered|found|"
          r"retrieved|pulled|discovered|located|identified|washed)\b", person=True),
    _pole("alive", ENDED, r"\bbody\s+of\b(?=[^.;]{0,60}?\b(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:recovered|"
          r"found|retrieved|pulled|discovered|located|identified)\b)", person=True, after=True),
    # found or taken without harm: alive ("was arrested unharmed", "was found safe and well")
    _pole("alive", GOING, r"\b(?:found|rescued|pulled\s+out|brought\s+out|recovered)\s+(?:safe|alive|unharmed)\b|"
          r"\bsafe\s+and\s+well\b|\b(?:arrested|released|freed|recaptured|detained|found)\s+unharmed\b", person=True),
    # "rescuers pulled 14-year-old Ana Ruiz alive from the rubble": the person between
    _pole("alive", GOING, r"\b(?:pulled|dug|rescued|brought|carried|plucked)\b(?=\s+(?:[\w-]+\s+){1,4}?alive\b)",
          person=True, after=True),
    # missing until found, dead or alive
    _pole("missing", GOING, r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:missing|unaccounted\s+for)\b|"
          r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?among\s+(?:the\s+)?missing\b", person=True),
    # (not "was found guilty", "was found to have", "was found liable")
    _pole("missing", ENDED, r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:found|rescued|located|"
          r"recovered|pulled\s+(?:alive\s+)?from)\b(?!\s+(?:guilty|not\b|liable|responsible|in\s+breach|to\b|that\b))|\bamong\s+those\s+(?:pulled|rescued|found|brought|plucked)\b",
          person=True),
    # at large until caught; in custody until released
    _pole("caught", GOING, r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:at\s+large|on\s+the\s+(?:run|loose))\b|"
          r"\bstill\s+(?:at\s+large|on\s+the\s+loose)\b", person=True),
    _pole("caught", ENDED, r"\b(?:was|were|been|has\s+been|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:arrested|captured|recaptured|"
          r"caught|apprehended|detained|taken\s+into\s+custody|placed\s+under\s+arrest)\b(?!\s+(?:on\s+(?:camera|video|film|tape)|up\b|off\b|"
          r"in\s+(?:the\s+|a\s+)?(?:fire|blaze|flames|crossfire|traffic|rain|storm|crush|floods?|blast|explosion|middle|act|"
          r"open|snow|fog|rubble|wreckage)\b))|\b(?:turned\s+(?:himself|herself|themselves)\s+in|surrendered)\b",
          person=True),
    # (the arrest told with its agent first: "Police arrested the building's owner")
    _pole("caught", ENDED, r"\b(?:police|officers|detectives|investigators|authorities|troops|soldiers)\s+(?:\w+\s+)?"
          r"(?:arrested|captured|recaptured|detained|apprehended)\b", person=True, after=True),
    _pole("custody", GOING, r"\b(?:remains?|remained|is\s+still|was\s+still)\s+in\s+(?:police\s+)?custody\b|"
          r"\b(?:was|were)\s+remanded\s+in\s+custody\b", person=True),
    _pole("custody", ENDED, r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:released|freed)\s+(?:on\s+bail|"
          r"without\s+charge|from\s+custody)\b|\bgranted\s+bail\b", person=True),
    # a search goes on until it is called off
    _pole("search", GOING, r"\bsearch\s+(?:\w+\s+){0,4}?(?:continues|is\s+continuing|went\s+on|goes\s+on|"
          r"(?:is|was)\s+still\s+under\s*way)\b|\b(?:are|were)\s+still\s+searching\b"),
    _pole("search", ENDED, r"\bsearch\s+(?:\w+\s+){0,4}?(?:was|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:called\s+off|"
          r"suspended|ended|abandoned|stood\s+down)\b|\b(?:called\s+off|suspended|ended|abandoned)\s+the\s+search\b"),
    # without power until it is restored to all
    _pole("power", GOING, r"\b(?:remains?|remained|(?:are|were|is|was)\s+still|still)\s+without\s+(?:power|electricity)\b",
          fixed=True),
    _pole("power", ENDED, r"\b(?:power|electricity)\s+(?:(?:has|had)(?:\s+not|n't)?\s+been|was(?:\s+not|n't)?)\s+(?:fully\s+)?restored\s+to\s+"
          r"(?:all|every|everyone)\b|\brestored\s+(?:power|electricity)\s+to\s+(?:all|every|everyone)\b"),
    # a way closed until it reopens ("the highway is still closed", "the road reopened to traffic")
    _pole("closure", GOING, rf"\b{_STILL}\s+(?:closed|shut)\b(?!\s+for\b)", thing=True, named=CLOSABLE),
    _pole("closure", ENDED, r"\bre-?opened\b|\b(?:is|are|was|were)\s+(?:open\s+again|back\s+open)\b",
          thing=True, named=CLOSABLE),
    # an order in force until it is lifted
    _pole("order", GOING, rf"\b{_STILL}\s+in\s+(?:place|force|effect)\b|"
          rf"\b{_BEEN}\s+extended\b", thing=True, named=ORDERS),
    _pole("order", ENDED, rf"\b{_BEEN}\s+(?:\w+\s+)?(?:lifted|rescinded|revoked|"
          r"withdrawn|called\s+off)\b|\blifted\s+(?:the|its|an?)\s+(?:[\w-]+\s+){0,3}?(?:order|advisory|warning|curfew|"
          r"lockdown|ban|alert)s?\b", thing=True, named=ORDERS),
    # systems down until restored ("the website remains offline" / "was restored on Tuesday")
    _pole("offline", GOING, rf"\b{_STILL}\s+(?:offline|down|unavailable|out\s+of\s+action)\b",
          thing=True, named=SYSTEMS),
    _pole("offline", ENDED, r"\b(?:back\s+online|back\s+up\s+and\s+running|came\s+back\s+online|"
          rf"{_BEEN}\s+(?:fully\s+)?restored)\b", thing=True, named=SYSTEMS),
    # a vessel aground until refloated ("remains stuck on the rocks" / "was refloated on Sunday")
    _pole("aground", GOING, r"\b(?:(?:is|are|was|were)\s+still|still|remains?|remained)\s+(?:stuck\s+|firmly\s+|hard\s+)?"
          r"(?:aground|(?:stuck|grounded)\s+on\s+(?:the\s+)?(?:rocks|reef|sandbank|shoal|ledges?))\b",
          thing=True, named=VESSELS),
    _pole("aground", ENDED, r"\bre-?floated\b|\b(?:pulled|towed|hauled)\s+(?:free|off)\b|\bfreed\s+from\s+the\s+"
          r"(?:rocks|reef|sandbank|shoal)\b", thing=True, named=VESSELS),
    # work stopped at a site, or going on there
    _pole("work", GOING, rf"\b{_STILL}\s+(?:completely\s+|fully\s+|entirely\s+)?(?:halted|suspended|stopped|shut\s+down|"
          r"idled)\b|\bground\s+to\s+a\s+halt\b", thing=True, named=WORK),
    _pole("work", ENDED, r"\b(?:kept|keeps|continued|continues)\s+(?:running|working|operating|producing|to\s+(?:run|work|"
          r"operate))\b|\b(?:resumed|restarted)\b|\b(?:is|are|was|were|remained|remains)\s+(?:still\s+)?(?:running|"
          r"operating|working)\b", thing=True, named=WORK),
]  # fmt: skip
STATUS_GROUPS = tuple(dict.fromkeys(p.group for p in POLES))
STATUS_WORDS = (
    "standing", "intact", "ground", "destroyed", "razed", "gutted", "flattened", "levelled", "leveled",
    "demolished", "collapse", "away", "gave way", "caved", "held", "stood firm", "withstood", "leak", "seal", "plug", "capped", "patched", "stopped", "stemmed", "burn", "extinguish", "put out",
    "doused", "intensive care", "icu", "hospital", "critical condition", "discharged", "sent home",
    "recovering", "surviv", "killed", "body of", "alive", "died", "perished", "among", "condition", "include",
    "dead", "safe", "unharmed", "missing", "unaccounted", "found", "rescued", "located", "recovered", "pulled",
    "closed", "shut", "open", "in place", "in force", "in effect", "extended", "lifted", "rescinded", "revoked",
    "withdrawn", "called off", "halt", "suspended", "idled", "running", "working", "operating", "producing",
    "to run", "to work", "to operate", "resumed", "restarted", "at large", "on the run", "arrested", "captured",
    "detained", "caught", "apprehended", "custody", "turned", "surrendered", "loose", "remanded", "released", "freed", "bail",
    "under arrest",
    "search", "without power", "without electricity", "restored", "aground", "stuck", "grounded", "floated",
    "pulled free", "pulled off", "towed free", "towed off", "hauled free", "hauled off", "freed from",
    "offline", "down", "unavailable", "out of action", "online", "up and running", "spread", "contained",
    "under control", "raging", "out of control", "ablaze", "isolated", "repaired",
)  # fmt: skip
OPPOSITE = {GOING: ENDED, ENDED: GOING}

# One person, named by a role or kinship word; a few words that name one person differently
PERSON_NOUNS = {
    "driver", "pilot", "captain", "conductor", "engineer", "guard", "officer", "nurse", "doctor", "teacher",
    "patient", "victim", "suspect", "gunman", "man", "woman", "boy", "girl", "child", "baby", "infant",
    "newborn", "toddler", "teen", "teenager", "student", "worker", "miner", "firefighter", "soldier",
    "passenger", "mother", "father", "son", "daughter", "husband", "wife", "owner", "operator", "skipper",
    "participant", "volunteer", "resident", "climber", "hiker", "swimmer", "diver", "cyclist", "pedestrian",
    "cook", "deckhand", "mechanic", "technician", "farmer", "fisherman", "journalist", "photographer", "inmate",
    "prisoner", "escapee", "fugitive", "hostage", "warder", "lineman", "linesman", "ranger", "guide",
    "member", "crewman", "crewmember", "sailor", "seafarer", "master",
    "cashier", "clerk", "teller", "pharmacist", "shopkeeper", "bystander", "neighbour", "neighbor",
}  # fmt: skip
# One building or structure, by its head word ("the 1911 Sabin Valley Grange Hall")
STRUCTURES = {
    "hall", "church", "chapel", "cathedral", "mosque", "temple", "school", "house", "home", "bridge", "building",
    "station", "hospital", "dam", "tower", "barn", "store", "shop", "library", "museum", "theatre", "theater",
    "mill", "factory", "plant", "warehouse", "hotel", "lodge", "market", "office", "levee", "wall", "roof",
    "pier", "jetty", "causeway", "embankment", "tunnel", "span", "stand", "grandstand", "terminal",
}  # fmt: skip
SAME_PERSON = {"baby": "infant", "newborn": "infant", "teenager": "teen", "master": "captain", "skipper": "captain"}
ANOTHER = {"another", "second", "third", "fourth", "other", "fellow", "relief", "assistant", "backup", "reserve", "deputy"}
WORD = re.compile(r"[A-Za-z][\w'-]*")
CLAUSE_BREAK = re.compile(r"[;:]|\b(?:but|while|whereas|although)\b", re.I)


WHOLE_GROUP_WORDS = {"both", "all"}
GROUP_SIZES = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def _whole_group(words: list[str]) -> str | None:
    """A whole group the words name as one ("both men", "all three", "the two inmates", "all the
    passengers"): "all-man", "all-three"; None for any other words. Said to be free and still
    at large, the whole group cannot be both."""
    low = [w.lower() for w in words]
    for n, w in enumerate(low):
        if w in PERSON_NOUNS:
            return None  # "a guard who helped both men escape": the guard
        whole = w in WHOLE_GROUP_WORDS or (w in GROUP_SIZES and n > 0 and low[n - 1] == "the")
        if not whole:
            continue
        if "of" in low[max(0, n - 2) : n]:
            return None  # "one of the two men", "none of the three": some of the group
        if {"who", "that", "which"} & set(low[n + 1 : n + 5]):
            return None  # "the two men who drove the van": a group picked out, maybe another
        rest = [x for x in low[n + 1 : n + 4] if x not in ("the", "of")]  # ("all of the escapees")
        nxt = rest[0] if rest else ""
        if nxt in GROUP_SIZES:
            nxt = rest[1] if len(rest) > 1 else ""
        noun = nxt[:-1] if nxt.endswith("s") and nxt[:-1] in PERSON_NOUNS else ("man" if nxt == "men" else "")
        if noun or (w == "all" and rest and rest[0] in GROUP_SIZES):
            return f"all-{noun or rest[0]}"
    return None


PART_WORDS = {"most", "some", "many", "several", "dozens", "scores", "half"}


def _part_of_group(words: list[str]) -> str | None:
    """Some of a group ("Most of the escapees", "eight of the 41 escapees"): "some-escapee",
    which a status said of the whole group ("all of the escapees") contradicts; two parts may
    be two sets of people."""
    low = [w.lower() for w in words]
    for n, w in enumerate(low[:-2]):
        if (w in PART_WORDS or w.isdigit() or w in GROUP_SIZES) and low[n + 1] == "of":
            rest = [x for x in low[n + 2 : n + 5] if x not in ("the", "its", "their") and not x.isdigit() and x not in GROUP_SIZES]
            if rest and rest[0].endswith("s") and rest[0][:-1] in PERSON_NOUNS:
                return f"some-{rest[0][:-1]}"
    return None


def _person(words: list[str]) -> str | None:
    """The one person the words name: the first singular role word ("The driver, Keith
    Holroyd, 57,"), else a personal name ("shift boss Joseph Mwansa": mwansa), or None when
    they name a group or nobody; or a whole group named as one (see `_whole_group`)."""
    if (group := _whole_group(words) or _part_of_group(words)) is not None:
        return group
    for n, w in enumerate(words):
        low = w.lower()
        if low in PERSON_NOUNS:
            if n and words[n - 1].lower() in ANOTHER:
                return None  # "the body of a second climber": not the climber the story follows
            return SAME_PERSON.get(low, low)
        if low.endswith("s") and low[:-1] in PERSON_NOUNS:
            if "of" in (x.lower() for x in words[max(0, n - 2) : n]):
                continue  # "Thabo Nkuna, one of the escapees,": one of a group, named
            return None  # "the passengers": a group
    names = [w for w in words if w[:1].isupper()]  # a clause crowded with names names no one in particular
    run: list[str] = []
    for w in words:
        if w[:1].isupper():
            run.append(w)
        elif len(run) >= 2:
            break
        else:
            run = []
    return run[-1].lower() if len(run) >= 2 and len(names) <= 3 else None


def person_named(text: str) -> str | None:
    """The one person the last stretch of `text` names (see `_person`)."""
    return _person(WORD.findall(CLAUSE_BREAK.split(text)[-1]))


# what may stand between a structure and what befell it ("the bridge was later washed away")
BETWEEN_SUBJECT_AND_VERB = AUXILIARIES | {"been", "be", "being", "then", "later", "finally"}
PREPOSITIONS = {"from", "on", "at", "in", "near", "off", "of", "by", "under", "over", "onto", "into", "across"}
COMPOUND_HEADS = ("bridge", "wall", "tower", "house", "hall")  # a footbridge, a seawall, a farmhouse


def structure(word: str) -> str | None:
    """The structure a word names, by its head ("footbridge": bridge), or None."""
    w = word.lower()
    if w in STRUCTURES:
        return w
    if not word[:1].islower():
        return None  # "Cornwall", "Marshall": names, not a seawall or a town hall
    return next((h for h in COMPOUND_HEADS if w.endswith(h) and len(w) > len(h) + 2), None)


def _named(text: str, pole: StatusPole, start: int, end: int) -> str | None:
    """The last thing of the pole's kind named before the cue in its clause, else the first in
    the cue ("lifted the evacuation order"): the order a cue is about, with the word that tells
    it from others of its kind ("the coastal road" is not "the harbour road"). Work at a site is
    one question, whatever part of the site is named."""
    things = pole.named or {}
    before = WORD.findall(CLAUSE_BREAK.split(text[:start])[-1])
    for n in range(len(before) - 1, -1, -1):
        if things is CLOSABLE and ROAD_CODE.match(before[n]):
            return f"{before[n].lower()} road"  # "The N7 remains closed", "I-95 reopened"
        if (kind := things.get(before[n].lower())) is not None:
            if any(w.lower() in PREPOSITIONS | {"to", "for", "with", "about"} for w in before[max(0, n - 3) : n]):
                continue  # "power to the company's network has been restored": the network is not the subject
            return _with_modifier(kind, before[n - 1] if n > 0 else None, pole)
    inside = WORD.findall(text[start:end])
    for n, w in enumerate(inside):
        if (kind := things.get(w.lower())) is not None:
            return _with_modifier(kind, inside[n - 1] if n > 0 else None, pole)
    return None


# a road by its number: "N7", "A1", "M25", "I-95", "US-101"
ROAD_CODE = re.compile(r"^(?:[A-Z]{1,2}|I|US|SR)-?\d{1,4}$")


def _with_modifier(kind: str, word: str | None, pole: StatusPole) -> str:
    """ "coastal road", "evacuation order"; a bare kind after a determiner or a verb."""
    if pole.named is WORK or word is None:
        return kind
    w = word.lower()
    if w in STOPWORDS or w in AUXILIARIES or w.endswith("ly") or is_finite(w):
        return kind
    return f"{w} {kind}"


def _target(text: str, pole: StatusPole, start: int, end: int) -> str | None:
    if pole.named is not None:
        return _named(text, pole, start, end)
    if pole.thing:
        head = CLAUSE_BREAK.split(text[:start])[-1]
        if pole.adjacent:  # the last word before the cue, past any auxiliary ("was washed away")
            words = [w for w in WORD.findall(head) if w.lower() not in BETWEEN_SUBJECT_AND_VERB]
            if any(w.lower() in PREPOSITIONS for w in words[-3:-1]):
                return None  # "a man fishing from the pier was swept away": the pier is not the subject
            return next((structure(w) for w in words[-1:]), None)
        return next((t for w in WORD.findall(head) if (t := structure(w))), None)
    if pole.after:
        words = WORD.findall(CLAUSE_BREAK.split(text[end:], 1)[0])[:5]
    elif rel := RELATIVE_WHO.search(text[:start]):
        # "eight passengers and the driver of the train, who died at the scene": the driver
        words = WORD.findall(re.split(r"\band\b", rel["np"])[-1])
    else:
        pieces = CLAUSE_BREAK.split(text[:start])
        words = WORD.findall(pieces[-1])
        if len(pieces) > 1 and all(w.lower() in SUBJECT_CARRIED for w in words):
            # "Hernan Tapia was pulled from the rubble but died before reaching hospital": the
            # verb after "but" has the subject of the clause before it
            words = WORD.findall(pieces[-2])
    return _person(words)


# a relative clause whose verb is the pole: its subject is the noun phrase before ", who"
RELATIVE_WHO = re.compile(
    r"(?P<np>[^,;:]+),\s*who\s+(?:(?:later|subsequently|also|had|has|have|was|were|reportedly)\s+)*$", re.I
)


# what may stand between "but" and a verb that shares the clause before's subject
SUBJECT_CARRIED = BETWEEN_SUBJECT_AND_VERB | {"later", "subsequently", "tragically", "sadly", "also"}


def status_frames(text: str, neg: Negation) -> list[Frame]:
    """The changing statuses a clause asserts (see POLES)."""
    if not contains_any(folded(text), STATUS_WORDS):
        return []
    frames: list[Frame] = []
    for pole, m in real_matches(text, POLES):
        target = _target(text, pole, m.start(), m.end()) if pole.person or pole.thing else pole.group
        if target is None:
            continue
        # the pole's verb is its last word ("the leak has not been stopped")
        negated = not pole.fixed and in_scope(neg, m.end() - 1)
        value = OPPOSITE[pole.value] if negated else pole.value
        frames.append(Frame(kind=f"status:{pole.group}", value=value, target=target, cue=m.group()))
    return frames
