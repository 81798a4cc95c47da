"""Named entities without a statistical model: capitalised spans, a small alias table and fuzzy
keys, so that "Ain al-Asad", "Ain Al Asad airbase", "Al Asad Airbase" and "Ain al-Assad base"
are one place."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex  # \p{Lu}: capitals of every alphabet ("Łukasz", "Šimon"); re for the rest (faster)
import simplemma
from rapidfuzz import fuzz

from claims.lexicon import ALIASES, COUNTRY_NAMES, DEMONYMS, ORG_HEADS, PERSON_TITLES, PLACE_HEADS
from claims.model import Claim, Entity
from claims.text import QUOTES, STOPWORDS

_CAP = r"(?:\p{Lu}[\w'’.&-]*[\w.]|\p{Lu})"
_CONNECT = r"(?:al|el|Al|El|of|the|de|du|da|bin|ibn|van|von|der|la|le)"
SPAN = regex.compile(rf"#?{_CAP}(?:(?:\s+|-)(?:{_CONNECT}(?:\s+|-))*#?{_CAP})*")
TRAILING_CONNECT = re.compile(rf"(?:\s+{_CONNECT})+$")
AFFILIATION = re.compile(
    r"-(?:backed|linked|based|led|funded|aligned|allied|sponsored|affiliated|made|born)$", re.I
)
INITIAL_STOP = {w.capitalize() for w in STOPWORDS} | {
    "The", "A", "An", "In", "On", "At", "But", "And", "However", "Since", "After", "Before", "Although",
    "While", "Despite", "Meanwhile", "Moving", "Such", "Another", "This", "That", "These", "Those", "It",
    "Its", "Their", "There", "Here", "What", "Why", "How", "When", "Where", "Who", "Which", "Similar",
    "Unlike", "Any", "Each", "Every", "Some", "Many", "Most", "Two", "Three", "One", "New", "Analysis",
    "Top", "Read", "Updated", "Disclaimer", "Photo", "Also", "Over", "From", "With", "Without", "As",
    "Authorities", "Officials", "Police", "Residents", "Witnesses", "Experts", "Analysts", "Government",
    "According", "Though", "Even", "Still", "Yet", "Then", "Now", "Later", "Earlier", "Last",
    "Next", "Early", "Late", "Mid", "Strengthening", "Identifying", "Looking", "Historical", "Decades",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "Mr", "Mrs", "Ms", "Dr", "NEW", "BREAKING", "UPDATE", "Whether", "Among", "Because",
}  # fmt: skip
MONTH_OR_DAY = {w.lower() for w in INITIAL_STOP if w.endswith(("day", "ber", "ary", "uary"))} | {
    "march", "april", "may", "june", "july", "august", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
    "oct.", "nov.", "dec."}  # fmt: skip
TIME_ZONES = {"gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst",
              "pdt", "ist", "jst", "aest", "aedt", "sast", "eat", "wat", "msk"}  # fmt: skip
# capitalised, never a place
NOT_NAMES = MONTH_OR_DAY | TIME_ZONES | {"fahrenheit", "celsius", "centigrade", "richter"}
KEY_DROP = PLACE_HEADS | {"the", "al", "el", "of", "and", "de", "province", "region", "governorate", "area",
                          "western", "eastern", "northern", "southern", "central", "north", "south", "east",
                          "west", "air", "military", "international", "s"}  # fmt: skip
PLACE_PREPOSITIONS = {
    "in",
    "near",
    "at",
    "from",
    "over",
    "outside",
    "inside",
    "across",
    "into",
    "to",
    "toward",
}


def _strip_initial(span: str, at_sentence_start: bool) -> str:
    words = span.split()
    while words and (
        _bare(words[0]) in INITIAL_STOP or (at_sentence_start and _bare(words[0]) in INITIAL_STOP)
    ) and not (_saint(words[0]) and len(words) > 1):  # ("St. Brendan's": a name's first word)
        words = words[1:]
    if (
        at_sentence_start
        and len(words) == 1
        and all(simplemma.is_known(part, lang="en") for part in words[0].lower().split("-") if part)
    ):
        return ""  # "Ambulances were diverted", "Wind-driven flames": a capital for the sentence
    return " ".join(words)


POSSESSIVE_END = re.compile(r"['’]s$")


def _bare(word: str) -> str:
    return POSSESSIVE_END.sub("", word.lstrip("#").rstrip(".,;:"))


LETTERED_FIGURE = regex.compile(r"\p{Lu}{1,2}\d{1,3}$")
FIGURE_GOES_ON = regex.compile(r"[,.]\d")


def find_entities(text: str, offset: int = 0) -> list[Entity]:
    """Entities in a sentence or clause; offsets shifted by `offset`."""
    found: list[Entity] = []
    for m in SPAN.finditer(text):
        raw = TRAILING_CONNECT.sub("", m.group())
        stripped = _strip_initial(raw, m.start() == 0)
        if not stripped or stripped.lower() in NOT_NAMES or stripped.lower().rstrip(".") in NOT_NAMES:
            continue
        if LETTERED_FIGURE.match(stripped) and FIGURE_GOES_ON.match(text, m.end()):
            continue  # "R50,000": a sum with its currency letter, not a road or a unit
        start = m.start() + raw.find(stripped)
        for piece, p_start in _split_possessive(stripped, start):
            for part, part_start, kind in _split_title(piece, p_start):
                entity = _entity(part, text, part_start, offset, kind)
                if entity:
                    found.append(entity)
    return found


def _saint(word: str) -> bool:
    """ "St", "St." or "Saint": the first word of a name, not a title to strip."""
    return word.rstrip(".").lower() in ("st", "saint", "ste")


# what an institution's name may hold after a possessive ("King's College Hospital", "Guy's
# Hospital", "St Agathe Children's Hospital"): one name, not an owner and its thing
INSTITUTION_WORDS = {"hospital", "hospitals", "medical", "center", "centre", "clinic", "infirmary", "college",
                     "school", "church", "cathedral", "university", "health", "general", "memorial"}  # fmt: skip
INSTITUTION_POSSESSORS = {"children", "women", "men", "mothers"}


def _one_institution(span: str) -> bool:
    """A name with a possessive inside that is one institution: after a saint ("St. Brendan's
    Medical Center"), of those it serves ("Children's Hospital"), or with only an institution's
    words after it ("King's College Hospital")."""
    parts = re.split(r"['’]s\b", span, maxsplit=1)
    if len(parts) < 2:
        return False
    possessor, tail = parts
    words = possessor.split()
    return bool(words and tail.split()) and (
        _saint(words[0])
        or words[-1].lower() in INSTITUTION_POSSESSORS
        or all(w.lower().strip(".,") in INSTITUTION_WORDS for w in tail.split())
    )


def _split_possessive(span: str, start: int) -> list[tuple[str, int]]:
    """ "Iraq's Prime Minister X": the possessor and what follows are two entities (but "St
    Mary's Hospital" is one)."""
    if _one_institution(span):
        return [(span.strip(), start)]
    out = []
    pos = 0
    for m in re.finditer(r"['’]s\b", span):
        out.append((span[pos : m.start()], start + pos))
        pos = m.end() + 1
    out.append((span[pos:], start + pos))
    return [(p.strip(), s) for p, s in out if p.strip()]


# Words that only make part of a title ("Prime" Minister, "Deputy" Mayor).
TITLE_PARTS = PERSON_TITLES | {
    "prime",
    "vice",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "health",
    "finance",
    "acting",
    "former",
    "chief",
    "senior",
    "assistant",
    "associate",
    "press",
}


def _split_title(span: str, start: int) -> list[tuple[str, int, str | None]]:
    """ "Pentagon Spokesperson Sabrina Singh": an organisation, then a titled person."""
    words = span.split()
    if words and words[-1].lower().strip(".,") in ORG_HEADS | PLACE_HEADS:
        return [(span, start, None)]  # "Benguet General Hospital", "St Aldric's Hospital": no titled person
    for i in range(len(words) - 2, -1, -1):
        if words[i].lower().rstrip(".") in PERSON_TITLES and words[i + 1][:1].isupper():
            person = " ".join(words[i + 1 :])
            place = ""
            if " of " in person:  # "Mayor Ruth Alder of Carrow Springs": a person, then a place
                person, _, place = person.partition(" of ")
            p_start = start + span.rfind(person)
            parts: list[tuple[str, int, str | None]] = []
            prefix = words[:i]
            if prefix and not all(w.lower().rstrip(".") in TITLE_PARTS for w in prefix):
                parts.append((" ".join(prefix), start, None))  # "Pentagon" of "Pentagon Spokesperson X"
            parts.append((person, p_start, "person"))
            if place:
                parts.append((place, start + span.rfind(place), None))
            return parts
    return [(span, start, None)]


# kinds of place that are no name on their own
FACILITY_WORDS = {"hospital", "clinic", "school", "hotel", "airport", "station", "church", "stadium", "university"}


def _entity(piece: str, text: str, start: int, offset: int, kind: str | None = None) -> Entity | None:
    clean = AFFILIATION.sub("", piece.lstrip("#").rstrip("."))
    if len(clean) < 2 or clean.isdigit():
        return None
    low = clean.lower().translate(QUOTES)
    key = entity_key(clean)
    if not key or key in FACILITY_WORDS:
        return None  # "Hospital" cut from "St Aldric's Hospital" names no hospital in particular
    return Entity(
        text=clean,
        key=key,
        kind=kind or _kind(clean, low, text, start),
        start=start + offset,
        end=start + offset + len(piece),
    )


def _kind(clean: str, low: str, text: str, start: int) -> str:
    words = low.split()
    if low in DEMONYMS or words[-1] in PLACE_HEADS:
        return "place"
    if any(w in ORG_HEADS for w in words):
        return "org"
    after = text[start + len(clean) : start + len(clean) + 20].lower().split()
    if after and after[0].strip(".,;") in PLACE_HEADS:
        return "place"
    before = text[max(0, start - 30) : start].lower().split()
    if before and before[-1].rstrip(".") in PERSON_TITLES:
        return "person"
    if before and before[-1] in PLACE_PREPOSITIONS:
        return "place"
    return "other"


# Letters NFKD does not decompose ("Łódź" -> "lodz", "Øresund" -> "oresund").
UNDECOMPOSED = str.maketrans(
    {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ħ": "h"}
)


def fold_accents(text: str) -> str:
    """Lower-case text without diacritics: sources spell "San Bartolomé" and "San Bartolome",
    "Jastrzębie-Zdrój" and "Jastrzebie-Zdroj"."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)
def entity_key(text: str) -> str:
    """A canonical key: aliases and demonyms mapped, articles, "al-" prefixes and facility words
    dropped, doubled letters collapsed ("Assad" ~ "Asad")."""
    low = fold_accents(text.lower().translate(QUOTES)).strip(" #")
    low = re.sub(r"['’]s\b", "", low)  # ("St Mary's Hospital": "st mary hospital")
    if re.fullmatch(r"(?:[a-z]\.){2,4}|[a-z](?:\.[a-z]){1,3}", low):
        low = low.replace(".", "")  # U.S. -> us
    low = low.strip(" .")
    if low in ALIASES:
        return ALIASES[low]
    if low in DEMONYMS:
        return DEMONYMS[low]
    words = re.split(r"[\s-]+", low)
    kept = []
    for w in words:
        w = w.strip(".,")
        if w in DEMONYMS and len(words) > 1:
            kept.append(DEMONYMS[w])
            continue
        if w in KEY_DROP or not w:
            continue
        kept.append(re.sub(r"(.)\1+", r"\1", w))
    return " ".join(kept)


# every country's name as an entity's key is made of it ("Greece" -> "grece", "South Korea" ->
# "korea"), so that a place's key can be looked up; and the countries demonyms name
COUNTRIES = frozenset(entity_key(name) for name in COUNTRY_NAMES) | frozenset(DEMONYMS.values())


@lru_cache(maxsize=262144)
def same_entity(a: str, b: str) -> bool:
    """Whether two keys name the same thing (or one names a part of the other's name). Cached:
    linking asks about the same few names of a story for every pair of its claims."""
    if not a or not b:
        return False
    if a == b:
        return True
    ta, tb = set(a.split()), set(b.split())
    small, large = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if small <= large and any(len(w) >= 4 for w in small):
        return True
    return len(a) >= 5 and len(b) >= 5 and fuzz.ratio(a, b) >= 88


# Things told apart by a number or a side: "Gate 4", "Precinct 41", "longwall N-6", "the left
# engine", "the dam's eastern end". Two sources naming the same thing with different
# designators for one act disagree about where it happened.
DESIGNATED_HEADS = {
    "gate", "precinct", "route", "platform", "terminal", "runway", "flight", "line", "bus", "building", "block",
    "unit", "ward", "district", "pier", "sector", "zone", "room", "level", "floor", "phase", "stage", "lane",
    "exit", "highway", "road", "shaft", "longwall", "well", "reactor", "tank", "berth", "dock", "train", "tower",
    "hangar", "bay", "section", "car", "carriage", "coach", "deck", "cell", "pumping", "substation", "station",
}  # fmt: skip
SIDES = {
    "left": "left",
    "right": "right",
    "port": "left",
    "starboard": "right",
    "north": "north",
    "northern": "north",
    "south": "south",
    "southern": "south",
    "east": "east",
    "eastern": "east",
    "west": "west",
    "western": "west",
    # the way something was travelling: "the northbound train", "the inbound flight"
    "northbound": "north",
    "southbound": "south",
    "eastbound": "east",
    "westbound": "west",
    "inbound": "inbound",
    "outbound": "outbound",
    "upper": "upper",
    "lower": "lower",
    "front": "front",
    "rear": "rear",
}
NUMBERED = regex.compile(r"\b(?P<head>\p{L}+)\s+(?:No\.\s*)?(?P<val>\p{Lu}{0,3}-?\d+[\p{Lu}a-z]?)\b")
# a thing picked out by its ordinal: "the fourth floor", "the 3rd carriage" (one of a row of
# floors, decks, carriages); not "the second drone" (a count of events)
ORDINALS = {w: n for n, w in enumerate(
    ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
     "twelfth"), start=1)}  # fmt: skip
ORDINAL = regex.compile(
    r"\bthe\s+(?P<nth>" + "|".join(ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th))\s+(?P<head>floor|storey|story|deck|"
    r"carriage|coach|car|level|lane|platform|basement|row)\b",
    regex.I,
)
# only where something began: "the fire started on the fourth floor" places it; "residents on the
# seventh floor were evacuated" and "it spread to the seventh floor" do not contradict that
_ONSET_VERBS = r"\b(?:started|starts|began|begins|broke\s+out|erupted|originated|ignited|caught\s+fire)\b"
ORDINAL_ONSET = regex.compile(_ONSET_VERBS, regex.I)
# the onset right before the ordinal, in one phrase: "broke out on the fourth floor", "started in
# a flat on the fourth floor"
ORDINAL_PLACED = regex.compile(_ONSET_VERBS + r"[^,;.]{0,30}$", regex.I)
ORDINAL_CUE = regex.compile(r"\b(?:floor|storey|story|deck|carriage|coach|car|level|lane|platform|basement|row)\b", regex.I)
# a maker's model, named by a code of letters and digits: "a Corvan RX-4 train", "an Airbus A320"
# (two reports naming different models of one maker for one vehicle disagree about it)
MODEL = regex.compile(r"\b(?P<maker>\p{Lu}\p{Ll}+)\s+(?P<code>\p{Lu}{1,3}-?\d{1,4}\p{Lu}?)\b")
NOT_MAKERS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "The", "A", "An", "In", "On", "At", "By", "Of", "And", "Since", "From", "To", "Channel", "Covid",
}  # fmt: skip
# an aircraft type, whatever its maker: "an Airbus A321neo", "a Boeing 737 MAX 8", "an Embraer
# E190" (one flight has one aircraft: two reports naming different types disagree about it)
AIRCRAFT = regex.compile(
    r"\b(?P<maker>Airbus|Boeing|Embraer|Bombardier|ATR|Cessna|Antonov|Tupolev|Sukhoi|Ilyushin|Comac|Fokker|Saab|"
    r"Beechcraft|Pilatus|Gulfstream|Learjet|Piper|Sikorsky|Eurocopter|Robinson|AgustaWestland|Leonardo|"
    r"De\s+Havilland|Dash)\s+(?P<model>\p{Lu}{0,3}-?\d[\p{L}\d-]*(?:\s+(?:MAX|NG|ER|LR|XLR|neo)\b)?(?:\s+\d{1,2}\b)?)"
)
# a scheduled run named by its departure time: "the 07:42 service", "the 7.42 train", "the 07:42 from Talbach"
DEPARTURE = regex.compile(
    r"\b[Tt]he\s+(?P<val>\d{1,2}[:.]\d{2})\s+(?:(?:service|train|bus|coach|flight|ferry|sailing|departure)\b|from\s+\p{Lu})"
)
SIDED = regex.compile(  # lower case (or shouted): "the Eastern Liberation Army" is a name, not a side
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Aa]n?|\p{L}+['’]s)\s+"
    # ("the right-hand engine", "the left-side door": the same side)
    r"(?P<val>" + "|".join(list(SIDES) + [s.upper() for s in SIDES]) + r")(?:-hand|-side)?\s+(?P<head>[a-z]{3,})\b"
)


# Things that come as named instances: "the Mesquite Road substation", "a Dash 8-400 turboprop",
# "Tinago Island", "U.S. District Judge Helena Quarrie". Two reports naming different instances
# for one act disagree about which one it was.
NAMED_HEADS = {
    "substation", "plant", "factory", "refinery", "mine", "bridge", "dam", "church", "school", "hospital",
    "stadium", "island", "terminal", "turboprop", "jet", "airliner", "helicopter", "ferry", "tanker",
    "vessel", "warehouse", "reservoir", "pipeline", "prison", "market", "mosque", "temple", "cathedral",
    "crossing", "clinic", "intersection", "junction", "depot", "yard", "shelter", "camp", "interchange",
    "shaft", "tunnel", "airport", "harbour", "harbor", "hotel",
}  # fmt: skip
# Heads that end a proper name written in capitals ("the Maple Street Family Clinic", "Tinago
# Island"); other capitalised heads belong to an organisation's name ("Fire Department").
CAPITAL_HEADS = {"island", "clinic", "hospital", "church", "school", "airport", "shaft", "mine", "bridge", "dam", "hotel"}
FLAGGED = regex.compile(r"\b(?P<val>(?:\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+)-flag(?:ged)?\b")
WORD = regex.compile(r"[\p{L}\d][\p{L}\d'’.-]*")
TITLED = regex.compile(
    r"\b(?:Judge|Justice|Magistrate|Coroner)\s+(?P<val>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2})"
)
NAMED_CUES = NAMED_HEADS | {"judge", "justice", "magistrate", "coroner", "flagged", "flag"}
NOT_NAME_STARTS = {"The", "A", "An", "Its", "Their", "His", "Her", "This", "That", "Both", "Each", "Every", "No", "Some",
                   "All", "Any", "Many", "Most", "Several", "These", "Those", "Our", "Neither"}  # fmt: skip


def _named(text: str) -> list[tuple[str, str]]:
    """("substation", "dos palmas") for "Sonoran Valley Electric's Dos Palmas substation": the run
    of capitalised words (or model numbers) just before a head of NAMED_HEADS, after any owner's
    name ("Electric's")."""
    found: list[tuple[str, str]] = []
    if NAMED_CUES.isdisjoint(LOWER_WORD.findall(text.lower())):
        return found  # a cheap test first: most clauses name no such thing
    words = list(WORD.finditer(text))
    for k, w in enumerate(words):
        head = w.group().lower()
        if head not in NAMED_HEADS or (w.group()[:1].isupper() and head not in CAPITAL_HEADS):
            continue
        if w.group()[:1].isupper() and k + 1 < len(words) and words[k + 1].group()[:1].isupper():
            continue  # "the Walk-In Clinic Foundation": the head does not end the name
        name: list[str] = []
        for j in range(k - 1, max(-1, k - 5), -1):  # back over the name, at most four words
            t = words[j].group()
            joined = not text[words[j].end() : words[j + 1].start()].strip()  # no comma or dash between
            if not joined or not (t[:1].isupper() or t[:1].isdigit()) or t in NOT_NAME_STARTS or "-flag" in t:
                break
            if t.endswith(("'s", "’s")):
                break  # the owner's name: "Sonoran Valley Electric's"
            name.insert(0, t)
        if name and not (len(name) == 1 and name[0][:1].isdigit()):
            found.append((head, entity_key(" ".join(name))))
    for m in TITLED.finditer(text):
        found.append(("judge", entity_key(m["val"])))
    for m in FLAGGED.finditer(text):  # "the Liberian-flagged tanker": the state it sails under
        found.append(("flag", entity_key(m["val"])))
    return found


# Cheap tests first: a numbered thing needs a digit, a sided one a side word (written in lower or
# upper case, between spaces, so it is one of the text's lower-cased words).
DIGIT = re.compile(r"\d")
LOWER_WORD = re.compile(r"[a-z]+")


def find_designators(text: str) -> list[tuple[str, str]]:
    """(thing, designator) pairs: ("gate", "4"), ("engine", "left"), ("end", "east"),
    ("substation", "mesquite road")."""
    from claims.text import lemma

    found = _named(text)
    numbered = DIGIT.search(text) is not None
    sided = not SIDES.keys().isdisjoint(LOWER_WORD.findall(text.lower()))
    for m in NUMBERED.finditer(text) if numbered else ():
        head = m["head"].lower()
        if head in DESIGNATED_HEADS:
            found.append((head, m["val"].upper()))
    for m in MODEL.finditer(text) if numbered else ():
        if m["maker"] not in NOT_MAKERS and m["maker"].lower() not in DESIGNATED_HEADS:
            found.append((m["maker"].lower(), m["code"].replace("-", "").upper()))
    for m in AIRCRAFT.finditer(text) if numbered else ():
        found.append(("aircraft", f"{m['maker']} {m['model']}".upper()))
    for m in DEPARTURE.finditer(text) if numbered else ():
        found.append(("service", m["val"].replace(".", ":").zfill(5)))
    for m in ORDINAL.finditer(text) if ORDINAL_CUE.search(text) and ORDINAL_ONSET.search(text) else ():
        if not ORDINAL_PLACED.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # ("started in a kitchen, and residents on the seventh floor were trapped")
        count = m["nth"].lower()
        found.append((m["head"].lower(), str(ORDINALS.get(count) or int(count[:-2]))))  # "the fourth floor": floor 4
    for m in SIDED.finditer(text) if sided else ():
        head = m["head"].lower()
        if head not in STOPWORDS and not head.endswith("ly"):  # "from the east shortly after": no thing
            found.append((lemma(head), SIDES[m["val"].lower()]))
    return found


TITLE_WORDS = {"spokesperson", "spokesman", "spokeswoman", "director", "chief", "officer", "official", "minister",
               "president", "head", "board", "executive", "lt", "ensign", "capt", "gen", "col", "mr", "mrs", "ms",
               "dr", "its", "the", "of", "for", "and"}  # fmt: skip


def speaker_names(claim: Claim) -> frozenset[str]:
    """The distinctive words of who is speaking: names, not titles."""
    return _speaker_names(claim.speaker, claim.speaker_description)


POSSESSIVE_END = re.compile(r"['’]s$")


@lru_cache(maxsize=16384)
def _speaker_names(speaker: str | None, description: str | None) -> frozenset[str]:
    """Cached on the two strings: linking and the detectors ask it for every pair of a claim."""
    text = " ".join(filter(None, (speaker, description)))
    words = (POSSESSIVE_END.sub("", w) for w in entity_key(text).split())
    return frozenset(w for w in words if len(w) > 2 and w not in TITLE_WORDS)


def same_speaker(a: Claim, b: Claim) -> bool:
    """The same person or institution, or a person speaking for it: "Board director Sharon
    Kaminski" and "Sharon Kaminski", "coast guard spokeswoman Ana Tagle" and "the coast guard"."""
    if not a.speaker or not b.speaker:
        return False
    if same_entity(entity_key(a.speaker), entity_key(b.speaker)):
        return True
    return bool(speaker_names(a) & speaker_names(b))


def same_named_speaker(a: Claim, b: Claim) -> bool:
    """`same_speaker` by a name: the same name, or a name-like word both speakers' descriptions
    hold ("Valais police"). Two people named apart who speak for a kind of body any story has
    ("police spokeswoman Hana Dvorakova", "police spokesman Stefan Zurbriggen") are no evidence
    that two claims tell one story."""
    if not a.speaker or not b.speaker:
        return False
    if same_entity(entity_key(a.speaker), entity_key(b.speaker)):
        return True
    return bool((speaker_names(a) & speaker_names(b)) - ORG_HEADS - GENERIC_BODY_WORDS)


# words of bodies' names that every place has ("the fire service", "coast guard")
GENERIC_BODY_WORDS = {"fire", "coast", "rescue", "emergency", "health", "public", "city", "county", "state",
                      "regional", "national", "local", "mountain", "transport", "officials", "prosecutors",
                      "spokespeople", "company", "operator", "airline", "hospital"}  # fmt: skip


GROUP_TAIL = re.compile(
    r"(?<=\S)(?:\s+(?:ransomware|hacking|hacker|cybercrime|criminal|militant|armed|extortion))?"
    r"\s+(?:gang|group|collective|crew|faction|militia|network|cell|syndicate)$"
)


def same_agent(x: str | None, y: str | None) -> bool | None:
    """Whether two agents said to be behind an act are the same group: a group and its short
    form in brackets are one ("the Eastern Liberation Army (ELA)", "the ELA"). None when one of
    them names no one ("the group")."""
    xs, ys = _agent_names(x), _agent_names(y)
    if not xs or not ys:
        return None
    return any(same_entity(n, m) for n in xs for m in ys)


def _agent_names(agent: str | None) -> list[str]:
    if not agent:
        return []
    if not any(ch.isupper() for ch in agent[1:]):
        return []  # ("Militants", "the group": no one named; "the Nullfire gang" names Nullfire)
    agent = GROUP_TAIL.sub("", agent) or agent  # ("the Black Wren gang" is Black Wren)
    m = re.match(r"(.*?)\s*\(([^()]+)\)\s*$", agent)
    return [entity_key(m.group(1)), entity_key(m.group(2))] if m else [entity_key(agent)]
