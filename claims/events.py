"""Which event a claim is about, and what question it answers.

Every claim gets *slots*: the questions it answers ("did the attack happen, and when?",
"was the drone intercepted?", "how many were hurt?", "how many attacks since October?").
Claims can only be linked or compared when they share a slot.

Every article gets a *main event*: the event its own voice dates most often. Claims that
describe an event without a date of their own inherit it; claims whose sentence names another
time ("In March, a missile of the same type was intercepted") are background. An article that
only says "on Tuesday" learns its date from linked reports of the same event (see
`adopt_dates`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from itertools import pairwise

from claims.built import built_years
from claims.clauses import AUXILIARIES, is_finite
from claims.complements import complements
from claims.dates import DATE_RE, EVENT_NOUN_PATTERN, YEAR_PATTERN, weekday_on_or_before
from claims.entities import COUNTRIES, find_entities, same_entity
from claims.extract import BEEN_SINCE, CONSEQUENCE, START_CUES
from claims.lexicon import EVENT_NOUNS, ORG_HEADS, PLACE_HEADS, SYNONYMS
from claims.model import Article, Claim, DateMention, Entity, Quantity
from claims.owners import causes, owners
from claims.states import STATE_GROUPS
from claims.text import STOPWORDS, Token, lemma, tokenize

EVENT_CLASS = {
    "attack": "attack", "strike": "attack", "assault": "attack", "raid": "attack", "bombing": "attack",
    "shelling": "attack", "ambush": "attack", "airstrike": "attack", "cyberattack": "attack",
    "hack": "attack", "intrusion": "attack", "overturning": "accident", "meeting": "meeting",
    "certification": "meeting", "hearing": "meeting", "summit": "meeting", "recount": "count", "count": "count", "fire": "fire", "blaze": "fire", "inferno": "fire", "wildfire": "fire",
    "explosion": "explosion", "blast": "explosion", "earthquake": "earthquake", "quake": "earthquake",
    "tremor": "earthquake", "crash": "accident", "collision": "accident", "derailment": "accident",
    "capsizing": "accident", "sinking": "accident", "accident": "accident", "flood": "flood",
    "flooding": "flood", "storm": "storm", "outbreak": "outbreak", "protest": "protest", "clash": "clash",
    "collapse": "collapse", "breach": "attack", "stampede": "stampede", "landslide": "landslide",
    "eruption": "eruption", "leak": "leak", "spill": "leak", "outage": "outage", "shooting": "attack",
    "incident": "incident", "disaster": "incident", "emergency": "incident", "diversion": "emergency",
    "landing": "emergency", "crush": "stampede", "verdict": "verdict", "conviction": "verdict",
    "acquittal": "verdict", "sentencing": "sentencing", "ruling": "ruling", "recall": "recall",
    "walkout": "walkout", "stoppage": "walkout", "heatwave": "heatwave", "blackout": "outage",
    "excursion": "accident", "overrun": "accident", "rupture": "incident", "avalanche": "avalanche",
    "tornado": "tornado", "twister": "tornado", "hurricane": "storm", "typhoon": "storm", "cyclone": "storm",
    "pile-up": "accident", "pileup": "accident", "mudslide": "landslide",
    "tsunami": "tsunami", "riot": "riot", "mutiny": "riot", "uprising": "riot", "massacre": "attack",
    "jailbreak": "escape",
}  # fmt: skip
# Verbs that report an event happening; their lemma maps to the event class they imply.
EVENT_VERBS = {
    "attack": "attack", "target": "attack", "launch": "attack", "fire": "attack", "shell": "attack",
    "bomb": "attack", "occur": None, "happen": None, "erupt": None, "strike": None, "hit": None,
    "explode": "explosion", "collapse": "collapse", "capsize": "accident", "sink": "accident",
    "crash": "accident", "derail": "accident", "burn": "fire", "flood": "flood", "breach": "breach",
    "start": None, "begin": None, "ignite": "fire", "spark": None, "detect": None, "discover": None,
    "overturn": "accident", "flip": "accident", "meet": "meeting", "convene": "meeting",
    "approach": "attack", "fly": None, "break": None, "catch": "fire", "flare": "fire", "engulf": "fire",
    "fail": None, "burst": None, "convict": "verdict", "acquit": "verdict", "sentence": "sentencing",
    "overrun": "accident", "skid": "accident", "collide": "accident", "plough": "accident", "plow": "accident",
}  # fmt: skip
PROJECTILES = {"drone", "missile", "rocket", "shell", "projectile", "bomb", "attack", "strike"}
BACKGROUND_TIME = re.compile(
    r"\b(?:in|during|by|last|early|late|mid|earlier)\s+(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d{4}|year|month|spring|summer|fall|autumn|winter)\b|"
    r"\b(?:last|a)\s+(?:year|month|decade)\b|\byears?\s+ago\b|\bpreviously\b|\bin\s+the\s+past\b"
)
# A clause cut out of "... since the mill fire of 2019, which destroyed the mill" keeps its
# antecedent as subject ("the mill fire of 2019 destroyed the mill") but not the year's date: a
# subject, an event dated to another year, is another event ("the 1911 mill building" is no event)
DATED_SUBJECT = re.compile(
    rf"^\s*(?:the|a|an|its|their|that)\s+(?:(?P<before>{YEAR_PATTERN})\s+(?:[\w'’-]+\s+){{0,3}}?(?:{EVENT_NOUN_PATTERN})\b|"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{EVENT_NOUN_PATTERN})\s+of\s+(?P<after>{YEAR_PATTERN})\b)",
    re.I,
)
RELATIVE_CUT = re.compile(r",\s*which\s*$", re.I)


def _dated_to_another_year(claim: Claim, main: EventTime) -> bool:
    """The claim is a relative clause cut out after an event dated to a year not the main event's."""
    if not RELATIVE_CUT.search(claim.sentence[: claim.clause_start - claim.start]):
        return False
    m = DATED_SUBJECT.match(claim.text)
    if m is None:
        return False
    year = int(m.group("before") or m.group("after"))
    known = main.date or main.around
    return known is None or known.year != year


MODIFIER_SLOT = {
    "a",
    "an",
    "the",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "one",
    "several",
    "many",
    "some",
    "its",
    "their",
    "his",
    "her",
    "our",
    "these",
    "those",
    "both",
}
END_CUES = re.compile(
    # (a participle after an article is an adjective: "it looked like a contained accident")
    r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b(?:put out|extinguished|doused|contained|under control|died down|subsided|ended|ends|lifted|reopened|"
    r"resumed|restored|called off|wound down|were rescued|was rescued|expanded|extended|widened|broadened|"
    # ("suspended over the gorge" hangs there: no service stopped)
    r"narrowed|suspended(?!\s+(?:over|above|from|high|in\s+mid|mid-?air))|halted|withdrew|withdrawn|updated|"
    r"(?:due|scheduled|set|expected)\s+to\s+end)\b"
    # (a later step of the event, not its start)
    r"(?!\s+up\b)",  # ("a vehicle that ends up upside down": where it came to rest, not an end)
    re.I,
)
Day = date  # the field "date" of EventTime shadows the type inside its class body
NEAR_DAYS = 3  # an event placed within three days is the same event misdated, not another event
RECENT_DAYS = 30  # a report's undated news is of the last weeks: an event dated further back is another


@dataclass
class EventTime:
    date: date | None = None
    weekday: int | None = None
    month: tuple[int, int] | None = None  # (year, month) when only the month is known
    source: str = "none"  # own | inherited | adopted | background | none
    around: Day | None = None  # no date, but reported on this day (the event is recent news)


@dataclass
class MainEvent:
    kind: str | None = None
    time: EventTime = field(default_factory=EventTime)
    places: list[str] = field(default_factory=list)  # entity keys


# Words of industrial action: in an article that has one, a "strike" is a walkout, not an attack.
LABOUR_CUES = re.compile(
    r"\b(?:walk-?outs?|(?:workers|staff|employees|dockers|drivers|nurses|doctors|teachers|miners|pilots|crews?|members|"
    r"cleaners|guards|porters|controllers|attendants)\s+(?:have\s+|had\s+)?walk(?:ed|ing)?\s+out(?!\s+of)|"
    r"industrial action|picket(?:s|ing|ers)?|strikers|on strike|strike action|"
    r"general strike|striking (?:workers|staff|employees|dockers|miners|nurses|doctors|teachers|drivers|pilots|crews?)|"
    r"[a-z]+s' strike|(?:went|go|goes|going) on strike|joined the strike|staged a strike|"
    r"(?:trade|labou?r|teachers'?|workers'?|pilots'?|nurses'?|doctors'?|staff|crew|employees'?) unions?|union (?:members|leaders?|officials?|"
    r"representing|said|says|secretary|president|spokesman|spokeswoman)|pay (?:dispute|deal|talks|offer|claim))\b",
    re.I,
)


PHRASAL_COLLAPSE = re.compile(
    r"\b(?:gave|give|gives|giving|given) way\b|\bcaved in\b|"
    # a dam or a levee that burst or failed ("the dam burst on Wednesday"; not "the dam failed a
    # safety inspection", "talks on the dam failed", "a reservoir pipe burst")
    r"(?<!\bon\sthe\s)(?<!\bof\sthe\s)\b(?:dam|levee|dyke|dike|embankment|reservoir|sea\s*wall)s?\s+"
    r"(?:(?:had|has|was|then|finally|partially|completely)\s+)?(?:burst|breached|failed|collapsed)\b"
    r"(?!\s+(?:a|an|the|its|their|to|in\s+its)\b)",
    re.I,
)
# a vessel or an aircraft that "went down" sank or crashed
WENT_DOWN = re.compile(
    r"(?:\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+)?(?:ferry|ship|boat|vessel|tanker|trawler|barge|yacht|plane|aircraft|jet|"
    r"helicopter|airliner)"
    # (or a ship by its name: "The MT Dona Lucila went down on the night of Friday")
    r"|\b(?-i:MT|MV|MS|SS|FV|RMS|HMS|USS)\s+(?:[A-Z][\w'-]+\s+){1,3}?)"
    r"\s*(?:went|had\s+gone|has\s+gone)\s+down\b(?!\s+(?:to|by|\d))",
    re.I,
)
# A vehicle leaving its way: "came off a mountain pass", "plunged off the road", "left the road"
# (an accident; "shares plunged" is not one, nor "the order came off the table")
LEFT_THE_WAY = re.compile(
    r"\b(?:came|went|ran|veered|careered|careened|plunged|skidded|slid|tumbled|rolled)\s+(?:off|down|over)\s+"
    r"(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:road|roadway|pass|bridge|cliff|embankment|ravine|gorge|slope|bank|"
    r"track|tracks|rails|runway|taxiway|highway|motorway|mountainside|hillside)\b"
    # (a vehicle that fell into a ravine or a river, not a toll that fell into single figures)
    r"|\b(?:plunged|fell|tumbled|rolled|careered|careened|veered|crashed)\s+into\s+(?:the|a|an)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:ravine|gorge|river|canal|ditch|valley|abyss|precipice|sea|lake|reservoir)\b"
    r"|\bleft\s+the\s+(?:road|roadway|highway|motorway|tracks|rails|runway)\b",
    re.I,
)


# A ship running aground: "ran aground", "went aground", "grounded on the Pendarrow Ledges" (not
# "flights were grounded on Monday": a date after the preposition)
AGROUND = re.compile(
    r"\b(?:ran|run|runs|running|went|gone|goes|driven|drove)\s+aground\b|\bgrounded\s+(?:on|onto|off|near)\s+",
    re.I,
)


def _aground(text: str) -> bool:
    return any(
        m.group().lower().endswith("aground") or not DATE_RE.match(text, m.end()) for m in AGROUND.finditer(text)
    )


# Someone or something hit by a vehicle: "the cyclist was hit by a lorry", "knocked down by a
# van" (a road accident; "hit by a missile" and "hit by falling debris" are not)
HIT_BY_A_VEHICLE = re.compile(
    r"\b(?:hit|struck|run\s+over|knocked\s+(?:down|over)|mown\s+down|rammed|crushed)\s+by\s+(?:a|an|the)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:car|lorry|truck|bus|coach|van|train|tram|vehicle|motorist|driver|motorcycle|"
    r"motorbike|taxi|suv|tractor|4x4)\b(?![\s-]*(?:bomb|borne))",
    re.I,
)


def _left_the_way(text: str) -> bool:
    low = text.lower()
    if ("aground" in low or "grounded" in low) and _aground(text):
        return True
    if " by " in low and HIT_BY_A_VEHICLE.search(text):
        return True
    if " down" in low and WENT_DOWN.search(text):
        return True
    return ("off " in low or "left the" in low or " down " in low or " over " in low or " into " in low) and bool(
        LEFT_THE_WAY.search(text)
    )


def _modifies_a_noun(nxt: Token) -> bool:
    w = nxt.lower
    return w.isalpha() and w not in STOPWORDS and w not in EVENT_NOUNS and not is_finite(w)


STRIKING = re.compile(r"\bstrik(?:e|es|ing|ers?)\b", re.I)


def labour_dispute(body: str) -> bool:
    """The article is about industrial action (see LABOUR_CUES). Only a strike needs telling
    apart, so an article without the word is not searched."""
    return ("strike" in body or "Strike" in body or "STRIKE" in body) and LABOUR_CUES.search(body) is not None


# People and bodies named after the events they deal with ("fire chief", "flood wardens")
EVENT_AGENTS = {
    "chief", "chiefs", "marshal", "marshals", "official", "officials", "department", "service", "services",
    "brigade", "crew", "crews", "commissioner", "captain", "inspector", "inspectors", "investigator",
    "investigators", "officer", "officers", "warden", "wardens", "spokesman", "spokeswoman", "spokesperson",
    "authority", "authorities", "agency", "engine", "engines", "station", "chaplain",
}  # fmt: skip
PARTICIPLE_OBJECTS = {"the", "a", "an", "its", "their", "his", "her", "homes", "streets", "roads", "parts"}
ANOTHER_TRIAL = re.compile(r"\b(?:second|another|separate|co-defendant|other)\b", re.I)
OPENED_FIRE = re.compile(r"\b(?:open|opens|opened|opening)\s+fire\b", re.I)


def event_class(claim: Claim, labour: bool = False) -> str | None:
    """The kind of event a clause speaks of, from its nouns or its verbs. In an article about
    industrial action (`labour`), a strike is a walkout."""
    tokens = tokenize(claim.text)
    for i, token in enumerate(tokens):
        if lemma(token.lower) == "find" and any(t.lower == "guilty" for t in tokens[i + 1 : i + 5]):
            return "verdict"  # "a jury found him guilty on Aug. 14 ... after a two-week trial"
    if OPENED_FIRE.search(claim.text):
        return "attack"  # "the gunman opened fire": no fire
    for i, token in enumerate(tokens):
        w = token.lower
        lem = w if w in EVENT_CLASS and w in EVENT_NOUNS else lemma(w)  # ("shooting": not "shoot")
        if w == "counts":
            continue  # "guilty on all 14 counts": charges; a vote count is one
        if lem in EVENT_CLASS and (w in EVENT_NOUNS or (lem in EVENT_NOUNS and not w.endswith(("ing", "ed")))):
            # (a verb form is not the noun: "oil was leaking" tells of a leak along the way of what
            # the clause reports, "ran aground")
            if _in_an_organisations_name(tokens, i):
                continue  # "the Winnipeg Fire Paramedic Service said": no fire
            if w in ("emergency", "disaster") and i + 1 < len(tokens) and _modifies_a_noun(tokens[i + 1]):
                continue  # "an emergency session", "a disaster proclamation": not the event itself
            if w == "emergency" and i >= 2 and [t.lower for t in tokens[i - 2 : i]] == ["state", "of"]:
                continue  # "declared a state of emergency": a measure taken, not the event
            if i + 1 < len(tokens) and tokens[i + 1].lower in EVENT_AGENTS:
                continue  # "Fire Chief Dana Pruitt", "flood officials": who deal with such events
            if w.endswith("ing") and i + 1 < len(tokens) and tokens[i + 1].lower in PARTICIPLE_OBJECTS:
                continue  # "collapsed early on Sunday, flooding the valley": a participle, not the event
            if lem == "strike" and not w.startswith("strike"):
                continue  # "struck" is an outcome, not an event noun
            if _looked_back_on(claim, tokens, i):
                continue  # "has been absconding since the incident ... on Thursday": a later day's act
            if lem == "strike" and labour:
                return "walkout"
            return EVENT_CLASS[lem]
    if PHRASAL_COLLAPSE.search(claim.text):
        return "collapse"  # "the dam gave way early Sunday"
    if _left_the_way(claim.text):
        return "accident"  # "a coach came off a mountain pass on Saturday"
    for token in tokens:
        lem = SYNONYMS.get(lemma(token.lower), lemma(token.lower))
        if lem in EVENT_VERBS and is_finite(token.text) and EVENT_VERBS[lem]:
            return EVENT_VERBS[lem]
    return None


LOOKING_BACK = {"since", "after", "following"}


def _looked_back_on(claim: Claim, tokens: Sequence[Token], i: int) -> bool:
    """The event noun is what the clause's act came after ("since the incident", "following the
    explosion"), and the clause dates something else: no day given right after the noun ("after
    the blast on Tuesday" dates the blast)."""
    if i < 2 or tokens[i - 1].lower not in ("the", "this", "that") or tokens[i - 2].lower not in LOOKING_BACK:
        return False
    if i + 1 < len(tokens) and (tokens[i + 1].lower in AUXILIARIES or is_finite(tokens[i + 1].text)):
        return False  # "since the attack was detected early on Sunday": a clause of its own, which dates it
    after = claim.text[tokens[i].end : tokens[i].end + 60]
    return bool(claim.dates) and not any(0 <= after.find(m.text) <= 4 for m in claim.dates)


def _in_an_organisations_name(tokens: Sequence[Token], i: int) -> bool:
    """A capitalised event noun inside a name that ends in an organisation's head word ("Fire
    Department", "Flood Control Authority"); "Storm Eunice" and "Hurricane Helene" stay events."""
    if i == 0 or not tokens[i].text[:1].isupper():
        return False
    for t in tokens[i + 1 : i + 4]:
        if not t.text[:1].isupper():
            return False
        if t.lower in ORG_HEADS:
            return True
    return False


SUBJECT_STARTS = {"a", "an", "the", "this", "that", "these", "those", "it", "they", "he", "she", "we", "its",
                  "their", "his", "her", "our", "some", "one", "two", "three", "several"}  # fmt: skip
# prepositions after an opening participle ("Based on", "Speaking to"); see speakers.OPENING_PREPOSITIONS
# for phrases that open with a preposition
PARTICIPLE_PREPOSITIONS = {"on", "in", "after", "from", "by", "with", "at", "to", "for", "upon"}


def _after_opening_participle(tokens: Sequence[Token]) -> int:
    """Where the clause proper starts after an opening participial phrase ("Based on statements
    from the administration, a swarm of drones approached ..."; "Speaking to reporters, ...")."""
    if (
        len(tokens) > 2
        and tokens[0].lower.endswith(("ed", "ing"))
        and tokens[1].lower in PARTICIPLE_PREPOSITIONS
    ):
        commas = [i for i, tok in enumerate(tokens[:-1]) if tok.text == ","]
        # the phrase may list several things ("statements from X, accounts from Y and imagery
        # shared online, a swarm ..."): the subject starts with a determiner or a pronoun
        subject = [i for i in commas if tokens[i + 1].lower in SUBJECT_STARTS]
        return (subject or commas or [-1])[0] + 1
    return 0


@lru_cache(maxsize=16384)  # the linker asks it of a claim for its keys, in each pass that indexes it
def main_verb(text: str) -> str | None:
    """The lemma of a clause's first content verb ("have faced" -> face)."""
    tokens = tokenize(text)
    start = _after_opening_participle(tokens)
    for i, tok in enumerate(tokens):
        if i < start:
            continue
        w = tok.lower
        if w in AUXILIARIES or w in (
            "been",
            "be",
            "being",
            "not",
            "n't",
            "also",
            "reportedly",
            "successfully",
        ):
            continue
        if i > 0 and (tokens[i - 1].lower in MODIFIER_SLOT or tokens[i - 1].text[:1].isdigit()):
            continue  # "two armed drones", "the injured workers": an adjective, not the verb
        negated_base = (
            i > 1
            and tokens[i - 1].lower in ("not", "n't", "never")
            and tokens[i - 2].lower in AUXILIARIES
            and tok.text.isalpha()
            and tok.text.islower()
            and w not in STOPWORDS
        )  # "did not declare", not "is not Castellan's first fire"
        if (
            is_finite(w)
            or (i > 0 and tokens[i - 1].lower in AUXILIARIES and w.endswith(("ed", "ing", "en")))
            or negated_base  # "did not declare"
        ):
            if i + 1 < len(tokens) and PHRASAL_COLLAPSE.match(f"{w} {tokens[i + 1].lower}"):
                return "collapse"  # "gave way", "caved in"
            lem = lemma(w)
            return SYNONYMS.get(lem, lem)
    return None


def assign_slots(claim: Claim, labour: bool = False) -> list[Claim]:
    """Set the claim's slots. A clause that dates an event while saying something else about it
    ("Wednesday's drone attack marked the end of a ceasefire") also yields a derived claim that
    only states when the event happened; that derived claim is returned."""
    slots: set[str] = set()
    kinds = {f.kind for f in claim.frames}
    for frame in claim.frames:
        if frame.kind == "outcome" and labour and frame.value == "hit" and STRIKING.search(claim.text):
            continue  # "striking dockers walked out": industrial action, no hit
        if frame.kind == "outcome":
            slots.add(f"out:{frame.value if frame.value != 'missed' else 'hit'}")
            slots.add("out")  # compare-only: an interception and a hit are compared, not linked
        elif frame.kind.startswith("status:"):
            # "status:leak", "status:care:driver": one question per process, and per person
            # (by the kind of thing only: "the coastal road" and "the road" are one question)
            kind_of_thing = (frame.target or "").rpartition(" ")[2]
            if kind_of_thing.startswith(("all-", "some-")):
                kind_of_thing = kind_of_thing.partition("-")[2]  # all of the escapees, most of them: one question
            own = kind_of_thing == frame.kind.split(":")[1]
            slots.add(frame.kind if own else f"{frame.kind}:{kind_of_thing}")
        elif frame.kind in ("harm", "damage", "first", "responsibility", *STATE_GROUPS):
            slots.add({"damage": "dmg", "responsibility": "resp"}.get(frame.kind, frame.kind))
    for head, _ in claim.designators:
        slots.add(f"des:{head}")  # compare-only: which gate, which engine
    if claim.stance in ("confirm", "deny", "decline") and claim.speaker:
        slots.add("stance")  # compare-only: who confirmed or denied what
    if owners(claim.text) or causes(claim.text):
        slots.add("own")  # compare-only: who owns or runs the thing, or what caused the event
    slots.update(f"built:{thing}:{step}" for thing, step, _ in built_years(claim.text))  # when it was built
    if not claim.negated:
        slots.update(c.slot for c in complements(claim.text))  # compare-only: where, when it was done
    verb = main_verb(claim.text)
    if verb == "open" and OPENED_FIRE.search(claim.text):
        verb = "fire"  # "the gunman opened fire at 3:15 p.m.": the attack began
    for q in claim.quantities:
        q.slot = quantity_slot(q, claim, verb)
        slots.add(q.slot)
    dated = (
        claim.event_date is not None
        or claim.event_weekday is not None
        or any(m.granularity == "time" for m in claim.dates)  # "started shortly before 6 a.m."
    )
    kind = event_class(claim, labour)
    counted = any(q.canonical_unit in PROJECTILES and not q.period_total for q in claim.quantities)
    derived: list[Claim] = []
    if (
        kind
        and (dated or counted)
        and (not _ending(claim.text) or _event_noun_day(claim))
        and not _along_a_lasting_event(claim, kind)
        and not any(q.period_total for q in claim.quantities)
    ):
        if kinds & {"first", "outcome", "harm", "damage", "responsibility"} or (
            verb and verb not in EVENT_VERBS
        ):
            when = dated_event_mention(claim)
            if when is not None:
                derived.append(_occurrence_claim(claim, kind, when))
        else:
            slots.add(f"occ:{kind}")
    elif kind is None and not _framed(claim) and (claim.event_date or claim.event_weekday is not None):
        # the clause dates an action the lexicon does not know (not what was left somewhere:
        # "Flowers were left at the gate on Sunday"; a boat that "left Ras Halim" departed)
        kind = None if LEFT_THERE.search(claim.text) else _dated_action(verb)
        if kind:
            slots.add(f"{ACTION_SLOT}{kind}")
        elif _misdated(claim):
            # "the events on Sunday, June 14" when June 14 was a Saturday: whatever it dates, the
            # day is wrong, and the story's occurrence is where a reader meets it
            kind = "incident"
            slots.add("occ:incident")
    claim.event_kind = kind
    claim.slots = slots
    return derived


def _framed(claim: Claim) -> bool:
    """The clause says something the frames compare, besides a status it changes ("lifted the
    shelter-in-place order early Wednesday" still dates an act, as "it was lifted on Wednesday"
    does)."""
    return any(not f.kind.startswith("status:") for f in claim.frames)


def _misdated(claim: Claim) -> bool:
    """The clause names a weekday and a calendar date that do not fall together, in one mention
    ("Sunday, June 14" when June 14 was a Saturday)."""
    return any(
        m.value is not None
        and m.weekday is not None
        and m.month is not None
        and m.value.weekday() != m.weekday
        for m in claim.dates
    )


# Events that last for days: a wildfire burns a hall on Wednesday and is fought on Thursday,
# long after it broke out on Tuesday.
DURATIVE = {"fire", "flood", "heatwave", "leak", "outage", "outbreak", "protest", "walkout", "storm"}


# A day dates a lasting event only if it starts it, or owns it ("Tuesday's flood"). A fire may
# also be short (a warehouse in an hour): a day dates it too when the fire is what the clause
# is about ("A fire tore through a warehouse on Tuesday"), not when something else burned
# ("the Grange Hall burned to the ground Wednesday night") or was done to it.
OWNED_DAY = re.compile(r"(?:day|night|morning|evening|afternoon)['’]s\b", re.I)
FIRE_NOUNS = {"fire", "blaze", "wildfire", "bushfire", "inferno", "flames"}


def _along_a_lasting_event(claim: Claim, kind: str) -> bool:
    if kind not in DURATIVE or START_CUES.search(claim.text) or OWNED_DAY.search(claim.text):
        return False
    if any(m.relation == "since" and BEEN_SINCE.search(claim.sentence[: m.start - claim.start]) for m in claim.dates):
        return False  # "have been on strike since Monday": the day it began
    if kind == "fire" and any(_told_of_the_event(claim.sentence[: m.start - claim.start]) for m in claim.dates):
        return False  # "after a fire tore through a warehouse late on Monday": the fire's own clause
    if kind in ("fire", "leak") and any(_headed_by_the_event(_clause_before(claim, m)) for m in claim.dates):
        return False  # "A leak of ammonia at a plant killed two workers early on Wednesday": so may a leak
    return kind != "fire" or not _fire_is_the_subject(claim.text)


def _fire_is_the_subject(text: str) -> bool:
    for token in tokenize(text):
        if token.lower in FIRE_NOUNS:
            return True
        if is_finite(token.text) and token.text[:1].islower():
            return False  # the clause's verb came first
    return False


def along_the_way(told: list[tuple[Claim, list[Claim]]]) -> list[tuple[Claim, list[Claim]]]:
    """An article's clauses with their derived claims, less the dates of things that happened
    during a lasting event whose start the article dates itself ("The Ridgeback Fire broke out
    Tuesday" ... "the Grange Hall burned to the ground Wednesday night"): those days are not
    the event's, so they neither derive its occurrence nor answer when it happened."""
    starts: dict[str, set[date]] = {}
    for claim, _ in told:
        if claim.event_kind in DURATIVE and claim.event_date and START_CUES.search(claim.text):
            starts.setdefault(claim.event_kind, set()).add(claim.event_date)
    if not starts:
        return told
    kept: list[tuple[Claim, list[Claim]]] = []
    for claim, derived in told:
        if START_CUES.search(claim.text) is None:
            derived = [d for d in derived if not _a_later_day(d, starts)]
            if _a_later_day(claim, starts):
                claim.slots.discard(f"occ:{claim.event_kind}")
        kept.append((claim, derived))
    return kept


def _a_later_day(claim: Claim, starts: dict[str, set[date]]) -> bool:
    days = starts.get(claim.event_kind or "", set())
    return bool(days) and claim.event_date is not None and claim.event_date not in days


# an event noun right before the day it owns: "the collapse on the evening of Friday, July 17"
NOUN_ON_DAY = re.compile(
    r"\b(?P<noun>[a-z-]+)\s+(?:(?:early|late)\s+)?"
    r"(?:on|(?:on|in)\s+the\s+(?:early\s+|late\s+)?(?:hours|morning|afternoon|evening|night)\s+of)\s*$",
    re.I,
)


def _event_noun_day(claim: Claim) -> bool:
    """A day the event's noun owns ("The collapse on the evening of Friday, July 17 has
    reopened an argument"): it dates the event whatever else the clause says ended."""
    for m in claim.dates:
        if m.granularity == "day" and (found := NOUN_ON_DAY.search(claim.sentence[: m.start - claim.start])):
            noun = found["noun"].lower()
            if noun in EVENT_NOUNS and lemma(noun) in EVENT_CLASS:
                return True
    return False


def _ending(text: str) -> bool:
    """The clause says an event ended ("the fire was put out on Tuesday"), not that it began."""
    return END_CUES.search(text) is not None and START_CUES.search(text) is None


ACTION_SLOT = "occ:act:"  # an occurrence named by its verb alone ("occ:act:recall")


def known_occurrence(slot: str) -> bool:
    """An occurrence of a kind of event the lexicon knows. A dated action known only by its verb
    is compared across sources but says too little to decide what an article reports or when
    its claims happened."""
    return slot.startswith("occ:") and not slot.startswith(ACTION_SLOT)


# Verbs too general to name what happened on a date ("officials were in the town on Monday").
GENERAL_VERBS = {"be", "have", "do", "make", "take", "get", "go", "come", "remain", "continue", "expect",
                 "plan", "seem", "appear", "become", "keep", "need", "want", "try", "see", "know", "think",
                 "give", "put", "use", "include", "show", "leave", "find", "call", "ask", "work", "hold"}  # fmt: skip


LEFT_THERE = re.compile(r"\b(?:was|were|been|being)\s+left\b", re.I)


def _dated_action(verb: str | None) -> str | None:
    """What a dated clause whose event the lexicon does not know says happened: its main verb
    ("the company recalled the jars on March 3" -> recall), so that two sources dating the same
    action differently can be compared."""
    from claims.lexicon import COMMUNICATION_VERBS

    # a statement is made again and again ("posted this on Sunday", "posted this on Monday"); a
    # recall is an act ("recalled 40,000 jars")
    speech = verb in COMMUNICATION_VERBS and verb != "recall"
    if not verb or verb in GENERAL_VERBS or speech or len(verb) < 3:
        return None
    return verb


# A figure a party asks for or offers ("the union is demanding an 18 percent pay rise", "the
# company's offer of six per cent", "prosecutors had asked for nine years") is a position in a
# negotiation or a hearing, not what was agreed or decided: a demand and an offer differ by design.
POSITION_CUES = (
    ("demand", re.compile(
        r"\b(?:demand(?:s|ed|ing)?|seek(?:s|ing)?|sought|wants?|wanted|wanting|"
        r"(?:ask|call|push|press)(?:s|ed|ing)?\s+for|request(?:s|ed|ing)?|claim(?:s|ed|ing)?\s+for)\b[^.;]{0,30}$",
        re.I)),
    ("offer", re.compile(r"\b(?:offer(?:s|ed|ing)?|propos(?:e|es|ed|ing|al|als)|bid|tabled)\b[^.;]{0,30}$", re.I)),
)  # fmt: skip
# or the noun after the figure ("a 9 per cent, three-year offer"), or a passive ("R50,000 is offered")
POSITION_AFTER = (
    ("demand", re.compile(r"^[^.;]{0,25}?\b(?:demand(?:s|ed)?|claims?|requests?)\b(?!\s*,)", re.I)),
    ("offer", re.compile(r"^[^.;]{0,25}?\b(?:offer(?:s|ed)?|proposals?|bids?)\b", re.I)),
)
POSITION_DIMENSIONS = {"percent", "money", "time"}


# where a clause of its own ends before a figure: a cue past it is another clause's ("Police are
# seeking witnesses after $2 million was stolen"; "The union, which wants talks, accepted 6 percent")
CLAUSE_BEFORE = re.compile(r"[,;]|\b(?:after|before|when|while|which|who|but|and|because|since)\b", re.I)


def _position(q: Quantity, claim: Claim) -> str | None:
    before = claim.sentence[max(0, q.start - claim.start - 60) : max(0, q.start - claim.start)]
    cuts = list(CLAUSE_BEFORE.finditer(before))
    before = before[cuts[-1].end() :] if cuts else before
    after = claim.sentence[q.end - claim.start : q.end - claim.start + 40]
    return next((name for name, cue in POSITION_CUES if cue.search(before)), None) or next(
        (name for name, cue in POSITION_AFTER if cue.search(after)), None
    )


# A figure per period ("about 4 million zloty a day", "7,000 machines a day", "1.8 million a
# year") is a rate: compared with rates over the same period only, never with a total.
RATE = re.compile(
    r"\s*(?:a|an|per|each|every)\s+(?P<period>day|week|month|year|hour|minute|second|night|shift)\b"
    r"(?!\s+(?:later|earlier|ago|before|after|on|old|since|or\s+two)\b)",  # ("two bodies a day later")
    re.I,
)


def rate_period(q: Quantity, claim: Claim) -> str | None:
    """The period a figure is per ("50 litres per second": second), if it is a rate."""
    if q.end <= claim.start:
        return None
    m = RATE.match(claim.sentence, q.end - claim.start)
    return m["period"].lower() if m else None


def _plural(noun: str) -> str:
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


# A figure over many events or a long period ("the number of people killed in avalanches in
# Switzerland this winter"; "the long-term average is around 20 deaths") is a statistic, not what
# the story's event did. (Not "in the two blasts", "in both attacks": the story's own events.)
OVER_MANY = re.compile(
    r"\b(?:in|from|by)\s+(?:(?!the\b|these\b|those\b|both\b|two\b|three\b|its\b|their\b)[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(_plural(n) for n in EVENT_NOUNS))})\b"
    r"|\b(?:this|last|the\s+(?:whole|entire|full))\s+(?:winter|summer|season|year|decade)\b"
    r"|\bover\s+(?:a|the)\s+(?:full\s+|whole\s+|entire\s+)?(?:season|year|winter|decade)\b"
    r"|\b(?:in|during)\s+an?\s+(?:average|typical|normal|ordinary)\s+(?:winter|summer|season|year|month|week)\b"
    r"|\bannually\b",
    re.I,
)
AVERAGE = re.compile(r"\baverage\b", re.I)


# "the deadliest avalanche this year killed five": the year ranks the event, the figure is its own
RANKED = re.compile(r"\b(?:\w+est|worst|first|second|third|only)\s+(?:[\w-]+\s+){0,2}$", re.I)


APPARENT = re.compile(r"(?:feels?|felt)\s+like\s+(?:about\s+|around\s+|nearly\s+|almost\s+)?$|\b(?:heat\s+index|real\s+feel|"
                      r"feels-like|apparent\s+temperature)\b[^.;]{0,25}$", re.I)


def _apparent(q: Quantity, claim: Claim) -> bool:
    rel = q.start - claim.start
    return 0 <= rel <= len(claim.sentence) and APPARENT.search(claim.sentence[max(0, rel - 50) : rel]) is not None


def statistic(q: Quantity, claim: Claim) -> str | None:
    """ "average" for an average named before the figure ("... to 5, above the average": 5 is
    the toll); "aggregate" for a figure over many events or a long period (see OVER_MANY) said
    in its clause; None for the story's own figure."""
    if not 0 <= q.start - claim.start <= len(claim.sentence):
        return None
    cut = max(0, claim.clause_start - claim.start)
    clause = claim.sentence[cut : max(q.end, claim.clause_end) - claim.start]
    if AVERAGE.search(clause, 0, max(0, q.start - claim.start - cut)):
        return "average"
    if any(not RANKED.search(clause, 0, m.start()) for m in OVER_MANY.finditer(clause)):
        return "aggregate"
    return None


def quantity_slot(q: Quantity, claim: Claim, verb: str | None) -> str:
    """What a figure counts (see `_counted`), per what period if it is a rate, and whether it is
    a statistic of many events (see `statistic`)."""
    slot = _counted(q, claim, verb)
    if q.dimension == "temperature" and _apparent(q, claim):
        return f"{slot}:apparent"  # "felt like 52 C": the heat index, not the air's temperature
    if q.dimension not in (None, "count", "money", "percent"):
        return slot  # (a magnitude or a length "every year" is no rate: the events are counted)
    period = rate_period(q, claim)
    if period:
        return f"{slot}:per-{period}"
    kind = statistic(q, claim)
    return f"{slot}:{kind}" if kind else slot


# people (and things) counted aboard whether the words say so or not ("52 passengers", "a crew
# of six"); pupils, children or workers are counted aboard only where the words say so
# ("carrying 31 pupils"), not by a school's roll ("the academy has 640 pupils")
ABOARD_BY_NAME = {"passenger", "crew", "vehicle"}


def _counted(q: Quantity, claim: Claim, verb: str | None) -> str:
    """What a figure counts: the noun's class, and for things (not events) what happened to them."""
    cls = q.canonical_unit or "?"
    if q.dimension in POSITION_DIMENSIONS and (position := _position(q, claim)):
        return f"qty:{q.dimension}:{position}"
    if q.dimension not in (None, "count"):
        return f"qty:{q.dimension}"
    if q.role == "aboard" and cls in ABOARD_BY_NAME:
        return f"qty:{cls}"  # passengers and crew are counted aboard, whether the words say so or not
    if q.role:
        return f"qty:{'person' if cls in ('?', 'person') else cls}:{q.role}"
    if cls not in PROJECTILES or cls in ("attack", "strike"):
        return f"qty:{cls}"
    # for projectiles what happened to them matters: two launched, one intercepted
    outcome = next((f.value for f in claim.frames if f.kind == "outcome"), None)
    return f"qty:{cls}:{outcome or ('occ' if verb in EVENT_VERBS else verb or '')}"


# A day right after a verb of saying dates the statement ("said Friday", "told reporters on
# Monday", "confirmed late on Thursday"); "reported" is left out: "a fire was reported on Tuesday".
SAID_ON = re.compile(
    r"\b(?:said|says|told|tells|added|stated|confirmed|denied|noted|announced|"
    r"(?:claimed|denied|accepted|rejected|admitted)\s+(?:responsibility|involvement)|(?:claimed|denied)\s+it)"
    r"(?:\s+(?:reporters|journalists|the\s+media|[a-z]+\s+news))?(?:\s+again)?(?:\s+(?:late|early|on|late\s+on|early\s+on))?\s*$"
)


LATER_THAN = {"after", "following", "since"}
# The hour before a day belongs to the same time ("a collision in the inner harbour at
# approximately 4.20am today, 3 March"): what the day dates comes before it.
HOUR_BEFORE = re.compile(
    r"(?:\b(?:at|around|about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
    r"(?:approximately\s+|about\s+|around\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|h)?"
    r"(?:\s+local\s+time)?(?:\s+(?:today|yesterday|tonight|this\s+morning|last\s+night))?[,\s]*$"
)


def _after_another_verb(words: list[str]) -> list[str]:
    """The words before a day, from the last verb of another action on: "survived the crash and
    was questioned by prosecutors on Sunday" dates the questioning, not the crash."""
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if lemma(w) in EVENT_CLASS or lemma(w) in EVENT_VERBS:
            return words
        if i > 0 and words[i - 1] in AUXILIARIES and w.endswith("ed") and not START_CUES.search(w):
            return words[i + 1 :]  # (a passive or perfect of its own: "was questioned", "had been told")
    return words


# nouns an event word only modifies ("its leak site", "the fire station"), and words that make
# the event the object of another act ("claimed responsibility for the attack", "an inquiry into
# the crash"): the day is of that act or thing
MODIFIED_BY_EVENT = {"site", "sites", "station", "stations", "alarm", "alarms", "exit", "exits", "escape", "door",
                     "doors", "truck", "trucks", "safety", "risk", "insurance", "drill", "drills", "barrier", "warning",
                     "warnings", "helicopter", "helicopters", "victims", "survivors", "page", "pages", "team", "teams",
                     "room", "response", "report", "reports", "plan", "log", "hotline", "helpline", "centre", "center"}  # fmt: skip
ACT_ON_THE_EVENT = {"responsibility", "into", "investigation", "inquiry", "probe", "condolences", "compensation"}


def _names_the_event(words: list[str], wider: list[str], act_dated: bool = False) -> bool:
    """Some word near a day names the event itself (or its verb). `wider` is the sentence
    before the day, where the act an event is the object of may stand; `act_dated`, that act
    has a day of its own before ("a report published on Monday into the collision on
    Wednesday, March 10": the second day is the collision's)."""
    for k, w in enumerate(words):
        lem = lemma(w)
        if lem not in EVENT_CLASS and lem not in EVENT_VERBS:
            continue
        if k + 1 < len(words) and words[k + 1] in MODIFIED_BY_EVENT:
            continue
        at = max((i for i, x in enumerate(wider) if x == w), default=-1)
        if at >= 0 and not act_dated and ACT_ON_THE_EVENT.intersection(wider[max(0, at - 4) : at]):
            continue
        return True
    return False


def dated_event_mention(claim: Claim) -> DateMention | None:
    """The day-level date that belongs to the event itself ("Wednesday's drone attack", "the
    attack on Tuesday", "the intrusion was detected early on Monday"), not another day the
    clause mentions ("hospitals stayed on paper on Monday")."""
    days = [m for m in claim.dates if m.granularity == "day" and (m.value or m.weekday is not None)]
    for m in days:  # a day that owns the event names it, wherever else the clause dates things
        after = claim.sentence[m.end - claim.start : m.end - claim.start + 40].lower()
        possessive = m.text.endswith(("'s", "’s")) or after.startswith(("'s", "’s"))  # "last night's"
        if possessive and any(lemma(w) in EVENT_CLASS for w in re.findall(r"[a-z-]+", after)[:3]):
            return m
    for m in days:
        rel = m.start - claim.start
        before = claim.sentence[max(0, rel - 90) : rel].lower()
        before = HOUR_BEFORE.sub("", before)[-60:]
        after = claim.sentence[m.end - claim.start : m.end - claim.start + 40].lower()
        if SAID_ON.search(before):
            continue  # "the fire service said Friday": the day of the statement, not of the event
        later = re.findall(r"[a-z-]+", after)[:5]
        if later and later[0] in LATER_THAN:
            later = []  # "trapped on Wednesday after a tremor": a day after the event, not its day
        elif later and later[0] == "when":
            # "nine injured on Saturday when a hot-air balloon ... struck a power line": the day
            # of what the when-clause tells, however far on its verb stands
            clause = claim.sentence[m.end - claim.start : m.end - claim.start + 120].split(",")[0]
            later = re.findall(r"[a-z-]+", clause.lower())[:16]
        earlier = _after_another_verb(re.findall(r"[a-z-]+", before)[-9:])
        words = earlier + later
        phrase = " ".join(words)
        wider = re.findall(r"[a-z-]+", claim.sentence[max(0, rel - 120) : rel].lower())
        act_dated = any(d is not m and m.start - 120 <= d.start and d.end <= m.start for d in days)
        if (
            _names_the_event(words, wider, act_dated)
            or PHRASAL_COLLAPSE.search(phrase)
            or _left_the_way(phrase)
            or _left_the_way(claim.sentence[max(0, rel - 90) : rel])  # (in its case: "The MT Dona Lucila went down on")
            or ("guilty" in words and not ANOTHER_TRIAL.search(claim.text))  # "a jury found Dixon guilty on Thursday"
        ):
            return m  # "the attack on Tuesday", "On Tuesday, a fire destroyed ..."
    for m in days:
        before = claim.sentence[: m.start - claim.start]
        if _told_of_the_event(before) or _headed_by_the_event(_clause_before(claim, m)) or _after_the_event(before):
            return m
    verb = main_verb(claim.text)
    told = (
        bool(verb and EVENT_VERBS.get(verb))
        or _event_as_subject(claim.text)
        or bool(PHRASAL_COLLAPSE.search(claim.text))
        or _left_the_way(claim.text)  # "On Tuesday, ..., a bus left the road and fell into a ravine"
    )
    if told and (opening := _opening_day(claim, days)):
        return opening  # "On 10 February 2026, at about 9:20am, Nurjahan Tower ... collapsed"
    return None


def _event_as_subject(text: str) -> bool:
    """An event noun comes before the clause's first verb: the event is what the clause tells of
    ("..., a tornado struck the town"), not what its act came after ("rescuers pulled 14 people
    from the rubble of the collapse")."""
    for token in tokenize(text):
        if token.lower in EVENT_CLASS and token.lower in EVENT_NOUNS:
            return True
        if is_finite(token.text) and token.text[:1].islower():
            return False
    return False


# what may stand before a day that opens a sentence: "On", "Early on", "In the early hours of"
# (after an hour: "At approximately 11:40 p.m. on Tuesday, 19 May 2026, a bus left the road")
OPENING_DAY = re.compile(
    r"^\W*(?:(?:(?:shortly|just|soon)\s+(?:after|before)\s+|at\s+)?(?:approximately\s+|about\s+|around\s+)?"
    r"\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|hrs|h)?(?:\s+local\s+time)?,?\s+)?"
    r"(?:(?:early|late)\s+)?"
    r"(?:on|(?:on|in)\s+the\s+(?:early\s+|late\s+)?(?:hours|morning|afternoon|evening|night)\s+of)?\s*$",
    re.I,
)  # (and "Shortly after 5:15 on the evening of Tuesday, March 10, the bridge collapsed")


def _opening_day(claim: Claim, days: list[DateMention]) -> DateMention | None:
    """The day a sentence opens with, when the claim is its main clause: it dates the clause's
    verb, however far the verb stands from it."""
    if claim.clause_start > claim.start:
        return None
    for m in days:
        if OPENING_DAY.match(claim.sentence[: m.start - claim.start]):
            return m
    return None


SPREAD_VERBS = {"swept", "spread", "sweeps", "spreads", "tore", "tears", "rips", "ripped", "hits", "engulfs"}
CLAUSE_BREAKS = {"which", "who", "when", "after", "before", "and", "while", "as", "but", "said", "says", "where"}


APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s[^,]{3,120},", re.I)


def _told_of_the_event(before: str) -> bool:
    """The day closes the clause whose subject is the event, however long its object ("after a
    fire tore through a Castellan Freight warehouse on the Harrow Road industrial estate in
    Brennick late on Monday"): the event noun, its own verb, and no other verb or clause after.
    An appositive inside the object is skipped ("through Club Vega, a basement venue in the
    city, on Friday night")."""
    tokens = tokenize(APPOSITIVE.sub(" ", before))
    for k in range(len(tokens) - 2, -1, -1):
        word = tokens[k].lower
        if word in CLAUSE_BREAKS or not tokens[k].text[:1].isalnum():
            return False
        verb = tokens[k + 1].lower
        if _event_noun(word) and (is_finite(verb) or verb in SPREAD_VERBS):
            rest = tokens[k + 2 :]
            # (a participle after an article is an adjective: "through a crowded nightclub")
            previous = ["", *(t.lower for t in rest)]
            return not any(
                (is_finite(t.text) and previous[n] not in ARTICLES) or t.lower in CLAUSE_BREAKS
                for n, t in enumerate(rest)
            )
    return False


ARTICLES = {"a", "an", "the", "its", "their", "this", "that"}
AFTER_THE = {"following", "after", "in", "during"}


def _event_noun(word: str) -> bool:
    """A noun that names an event of a known class ("fire", "crush"; not "burning")."""
    return word in EVENT_NOUNS and lemma(word) in EVENT_CLASS


def _after_the_event(before: str) -> bool:
    """The day closes a phrase naming the event that the clause's act came with or after, and
    no verb stands between: "14 people died following a crush on a stairway behind Gate 7 on
    the evening of Saturday 7 March" (not "... after the crash, and police arrived on Sunday")."""
    tokens = tokenize(before)
    for k in range(len(tokens) - 1, 1, -1):
        t = tokens[k]
        if t.lower in CLAUSE_BREAKS or not t.text[:1].isalnum() or (is_finite(t.text) and tokens[k - 1].lower not in ARTICLES):
            return False
        if _event_noun(t.lower):
            return tokens[k - 1].lower in ARTICLES and tokens[k - 2].lower in AFTER_THE
    return False


def _clause_before(claim: Claim, m: DateMention) -> str:
    """The claim's clause up to a date it mentions."""
    return claim.sentence[max(0, claim.clause_start - claim.start) : max(0, m.start - claim.start)]


# what may stand before an event noun that heads its clause's subject: "A massive gas leak"
SUBJECT_ONSET = re.compile(r"^\W*(?:(?:a|an|the|this|that|its|their)\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
NOT_IN_SUBJECT = {"of", "at", "in", "on", "from", "near", "by", "with", "after", "since", "following", "for", "to"}
# an aside inside the clause: "buried seven vehicles, including a passenger bus, on the highway"
INSERTED = re.compile(r",\s+(?:including|among\s+them|mostly|many\s+of\s+them)\b[^,;]{0,80},", re.I)


def _headed_by_the_event(before: str) -> bool:
    """The event noun heads the subject of the clause the day closes, and its verb is the
    clause's only one: "A leak of toxic ammonia gas at a fertiliser plant in Gujarat killed at
    least two workers early on Wednesday" (not "The toll from the explosion rose to 12 on
    Monday", nor "Rescuers searching the rubble of the collapse found two survivors on Monday",
    where the event sits in a phrase of the subject)."""
    tokens = tokenize(INSERTED.sub(" ", before))
    # (a participle after an article is an adjective: "A crush at a packed football stadium"; one
    # with its agent qualifies the noun: "A landslide triggered by days of rain buried ...")
    verbs = [
        k
        for k, t in enumerate(tokens)
        if is_finite(t.text)
        and t.text[:1].islower()
        and not (k > 0 and tokens[k - 1].lower in ARTICLES)
        and not (k + 1 < len(tokens) and tokens[k + 1].lower == "by")
    ]
    if len(verbs) != 1 or any(t.lower in CLAUSE_BREAKS or not t.text[:1].isalnum() for t in tokens[verbs[0] :]):
        return False
    for k, t in enumerate(tokens[: verbs[0]]):
        if _event_noun(t.lower):
            onset = before[: t.start]
            return bool(SUBJECT_ONSET.match(onset)) and not any(w.lower in NOT_IN_SUBJECT or w.lower.endswith("ing") for w in tokens[:k])
    return False


DEICTIC_DAY = re.compile(r"(?:yesterday|today|tonight|last\s|this\s)", re.I)


def _occurrence_claim(claim: Claim, kind: str, when: DateMention) -> Claim:
    day = re.sub(r"['’]s$", "", when.text)
    text = f"{kind} {day}" if DEICTIC_DAY.match(day) else f"{kind} on {day}"  # ("incident yesterday")
    derived = replace(
        claim,
        id=claim.id + "d",
        text=text,
        quantities=[q for q in claim.quantities if q.canonical_unit in PROJECTILES],
        frames=[],
        designators=[],  # (what the sentence calls the thing is its own claim's question)
        hedges=list(claim.hedges),
        negated=False,
        negation_cues=[],
        negated_terms=[],
        lemmas=[kind, *(f"date:{when.value}" for _ in [0] if when and when.value)],
    )
    derived.slots = {f"occ:{kind}"}
    derived.derived = True
    derived.event_date, derived.event_weekday = when.value, when.weekday
    derived.event_kind = kind
    return derived


def own_time(claim: Claim) -> EventTime:
    """The time a claim's own words give its event (not a time inside an appositive or a
    relative clause: "a faction that broke with the ELA last year")."""
    if claim.event_date or claim.event_weekday is not None:
        return EventTime(claim.event_date, claim.event_weekday, source="own")
    if not claim.dates:
        return EventTime()
    main = main_clause(claim.text)
    # (a consequence split off its cause, ", killing 12 people", carries the cause's dates)
    # (and a time the sentence opens on before a speaker, outside the clause: see claims.extract)
    dates = claim.dates if CONSEQUENCE.match(claim.text) else [
        m for m in claim.dates if m.text in main or (m.start - claim.start <= 8 and m.end <= claim.clause_start)
    ]
    months = [m for m in dates if m.granularity == "month" and m.relation == "on" and m.month]
    if months:
        m = months[0]
        assert m.month is not None
        return EventTime(month=(m.value.year if m.value else 0, m.month), source="own")
    years = [m for m in dates if m.granularity == "year" and m.relation == "on" and m.value]
    if years:  # "In 2021, ...": a year, compared by year
        assert years[0].value is not None
        return EventTime(month=(years[0].value.year, 0), source="own")
    return EventTime()


def describes_event(claim: Claim) -> bool:
    """Frames, an occurrence, or a count of things that happen (not a stock such as troops
    stationed somewhere, which holds whatever the event)."""
    if claim.frames or any(known_occurrence(s) for s in claim.slots):
        return True
    return any((q.role or q.canonical_unit in PROJECTILES) and not q.period_total for q in claim.quantities)


def _cumulative(claim: Claim) -> bool:
    return any(q.period_total for q in claim.quantities)


# A sentence that turns to another matter ("Separately, baggage handlers staged a stoppage on
# Friday"): its event is not the article's.
ANOTHER_MATTER = re.compile(
    r"\s*(?:Separately|Elsewhere|In (?:a|another) separate \w+|In other news)\b", re.I
)


def main_event(article: Article, claims: list[Claim]) -> MainEvent:
    """The event the article's own voice dates most often (ties: the earliest mentioned), with
    its anchors: the dateline's place and the places and names of the lead and of the
    dated reports of the event."""
    lead = _lead(claims)
    own = [
        c
        for c in claims
        if c.source_id.endswith(".s0")
        and any(known_occurrence(s) for s in c.slots)
        and not ANOTHER_MATTER.match(c.sentence)
    ]  # (a weekday and a date that do not fall together still date the event within days)
    undated = EventTime(
        source="inherited", around=article.published_at if article.published_at_source == "metadata" else None
    )
    if not own:
        return MainEvent(None, undated, _anchors(article, lead, claims))
    votes: Counter[tuple[date | None, int | None]] = Counter()
    first_seen: dict[tuple[date | None, int | None], int] = {}
    voted: set[tuple[int, tuple[date | None, int | None]]] = set()
    for i, c in enumerate(own):
        key = (c.event_date, c.event_weekday if c.event_date is None else None)
        if key == (None, None) or (c.start, key) in voted:
            continue  # a sentence votes once for a day, however many clauses it splits into
        voted.add((c.start, key))
        votes[key] += 1
        first_seen.setdefault(key, i)
    kinds = Counter(c.event_kind for c in own if c.event_kind)
    kind = kinds.most_common(1)[0][0] if kinds else None
    if not votes:
        return MainEvent(kind, undated, _anchors(article, lead + own[:3], claims))
    best = max(votes, key=lambda k: (votes[k], -first_seen[k]))
    dated = [c for c in own if (c.event_date, c.event_weekday if c.event_date is None else None) == best]
    return MainEvent(
        kind, EventTime(best[0], best[1], source="inherited"), _anchors(article, lead + dated, claims)
    )


def _anchors(article: Article, focus: list[Claim], everything: list[Claim]) -> list[str]:
    """Keys of what identifies the article's story: names in its title, its dateline place, the
    places and names of its lead and of the dated reports of its event (`focus`), and any
    name the article repeats or place it names. People and whole countries are left out (too
    common)."""
    keys: list[str] = []

    def add(entities: list[Entity]) -> None:
        for e in entities:
            if e.kind != "person" and e.key not in COUNTRIES and e.key not in keys and len(e.key) > 2:
                keys.append(e.key)

    add(find_entities(article.title or ""))
    if article.dateline:
        add(find_entities(article.dateline.split(",")[0].title()))
    sentences: dict[int, str] = {}
    for c in focus:
        sentences.setdefault(c.start, c.sentence)
    for sentence in sentences.values():  # whole sentences: "Northvale chief executive X said that ..."
        add(find_entities(sentence))
    counts: Counter[str] = Counter()
    for c in everything:
        counts.update({e.key for e in c.entities})
    add([e for c in everything for e in c.entities if counts[e.key] >= 2 or e.kind == "place"])
    return keys


def _lead(claims: list[Claim]) -> list[Claim]:
    """Claims of the article's first two sentences in its own voice: where news puts the event."""
    sentences: list[int] = []
    lead = []
    for c in claims:
        if not c.source_id.endswith(".s0") or c.derived:
            continue
        if c.start not in sentences:
            if len(sentences) == 2:
                break
            sentences.append(c.start)
        lead.append(c)
    return lead


def _places(claims: list[Claim]) -> list[str]:
    keys: list[str] = []
    for c in claims:
        for e in c.entities:
            if is_place(e) and e.key not in keys:
                keys.append(e.key)
    return keys


def is_place(e: Entity) -> bool:
    return e.kind == "place" or e.text.split()[-1].lower() in PLACE_HEADS


def specific_places(claim: Claim) -> list[str]:
    """Places a claim names itself, countries aside (too coarse to tell events apart)."""
    return [e.key for e in claim.entities if is_place(e) and e.key not in COUNTRIES]


def assign_times(claims: list[Claim], main: MainEvent) -> None:
    """Give each claim the time (and places) of the event it is about: its own date; another
    time its sentence names (background); else, when it describes an event and names no other
    place, the article's main event."""
    block_time: tuple[int, int, EventTime] | None = (
        None  # (paragraph, sentence, time): a past time set earlier
    )
    opened_by: int | None = None  # the sentence that opens on that past time: all its clauses are of it
    that_told: tuple[int, EventTime, list[str]] | None = None  # a sentence about "that wreck", its time and places
    sentence: list[Claim] = []  # the claims of the sentence at hand, and of the one before it
    previous: list[Claim] = []
    for c in claims:
        if sentence and sentence[0].start != c.start:
            previous = sentence if sentence[0].block_start == c.block_start else []
            sentence = []
        sentence.append(c)
        t = own_time(c)
        c.places = []
        c.background = False
        if block_time and block_time[0] != c.block_start:
            block_time = None
        if (
            t.source == "own" and t.date is None and t.weekday is not None and main.time.date
            and main.time.date.weekday() == t.weekday
        ):  # fmt: skip
            t = replace(t, date=main.time.date)  # "on Tuesday" of an event dated elsewhere
        if t.source == "own":
            c.time = t
            told_then = told_time(c) is not None
            c.background = _is_background(t, main.time) or (told_then and _long_before(t, main.time, c.reported_at))
            block_time = (c.block_start, c.start, t) if c.background else None
            opened_by = c.start if c.background and told_then else None
            # (a claim that opens on its own earlier time keeps the story's anchors: "In 2019, 16
            # inmates broke out of a facility in the Eastern Cape" is the story's background,
            # compared with it as another time; so does one that tells of its time, "... came in
            # April 2019, when a crush at the Vessa Arena killed nine")
            if (not c.background or told_then) and not _elsewhere(c, main):
                c.places = list(main.places)
        elif block_time and (
            (block_time[1] != c.start and describes_event(c) and not _cumulative(c)) or opened_by == c.start
        ):
            # "These attacks ceased in late January. A strike on a base killed three soldiers."
            # (a later sentence of the paragraph; another clause of the same sentence is bound
            # only when the sentence opens on that time: "In March 2019, a plane slid off a
            # taxiway; no one was hurt")
            c.time = replace(block_time[2], source="background")
            c.background = True
        elif (BACKGROUND_TIME.search(main_clause(c.text)) and not _cumulative(c)) or _dated_to_another_year(
            c, main.time
        ):  # (the "since" of the sentence it was cut from makes no running total of its figures)
            c.time = EventTime(source="background")
            c.background = True
        elif describes_event(c) and not _cumulative(c) and not _elsewhere(c, main):
            c.time = replace(main.time, source="inherited")
            c.places = list(main.places)
        else:
            c.time = EventTime()
            if not _elsewhere(c, main) and not BACKGROUND_TIME.search(c.text):
                c.places = list(main.places)  # same story, same anchors, even without a time
        year_only = t.source == "own" and t.date is None and t.weekday is None and (t.month or (0, 0))[1] == 0
        if (t.source != "own" or year_only) and previous and previous[0] is not claims[0] and THAT_EVENT.search(c.text):
            # "Earlier, a cargo plane slid off a taxiway at Strathkeld. No one was hurt in that
            # incident.": the event the sentence before told of, which "that" sets apart from the
            # story's own ("the incident", "this crash"); the lede tells of the story's. (A year
            # it is compared with does not date it: "peaked at 43.5 C during that spell, lower
            # than this year's maximum".)
            told = previous[0]
            c.time = replace(told.time or EventTime(), source="background")
            c.background, c.places = True, specific_places(told)
            that_told = (c.start, c.time, c.places)
        elif t.source != "own" and that_told and that_told[0] == c.start:
            # (the sentence's other clauses are of that event too: "Oil from that wreck fouled 40
            # km of coastline, and about 120,000 litres were never recovered")
            c.time, c.background, c.places = that_told[1], True, list(that_told[2])


# "in that incident", "after that crash": the event just told of
# ("Oil from that wreck fouled 40 km of coastline", "Temperatures during that spell peaked at 43.5")
THAT_EVENT = re.compile(
    r"\bthat\s+(?:[a-z-]+\s+)?(?:"
    + "|".join(sorted(EVENT_NOUNS | {"wreck", "spell", "tragedy", "episode", "event", "wreckage"}))
    + r")\b",
    re.I,
)


WHEN_THEN = re.compile(r",?\s+when\s")


def told_time(claim: Claim) -> DateMention | None:
    """The time a claim's sentence is set in: one it opens on ("In 2018, an ice storm left
    ..."), or one it goes on to tell of ("revived memories of March 2019, when police broke up
    a rally in the same square"); all it says is of that time, and what follows in its
    paragraph may be too. Another time further on may be of one part only ("a stadium that
    holds 18,000, built in 1974")."""
    return next(
        (
            m
            for m in claim.dates
            if 0 <= m.start - claim.start <= 8 or WHEN_THEN.match(claim.sentence, m.end - claim.start)
        ),
        None,
    )


def _elsewhere(claim: Claim, main: MainEvent) -> bool:
    """The claim names places, none of them the main event's: it is about something else."""
    named = specific_places(claim)
    return bool(named and main.places) and not any(same_entity(x, y) for x in named for y in main.places)


PARENTHETICAL = re.compile(
    r",\s*(?:a|an|the|which|who|whose|that|where|when|its|his|her)\b[^,]{2,160}(?:,|$)"
)


def main_clause(text: str) -> str:
    """The clause without its appositives and relative clauses ("the Red Ridge Brigades, a faction
    that broke with the ELA last year, carried out the attack": last year is the faction's)."""
    return PARENTHETICAL.sub(_aside_or_clause, text)


# "a faction based in Syria", "the man arrested on Monday": a participle before its preposition
PARTICIPLE_NEXT = re.compile(r"^(?:by|in|at|on|from|to|with|as|for|into|near|after|over|under|during|since)$", re.I)
RELATIVE = {"that", "which", "who", "whose", "where", "when"}


def _aside_or_clause(match: re.Match[str]) -> str:
    """An appositive goes; a clause after an opening phrase stays ("For many in Solvar, the
    crackdown revived memories of March 2019, when ...": the crackdown is no aside, its verb
    "revived" takes an object)."""
    words = match.group(0).strip(", ").split()
    if words[0].lower() in RELATIVE:
        return " "
    for word, following in pairwise(words[1:6]):
        if word.lower() in RELATIVE:
            break
        if is_finite(word) and not PARTICIPLE_NEXT.match(following):
            return match.group(0)
    return " "


def _is_background(t: EventTime, main: EventTime) -> bool:
    """Another, earlier event: a day after the main event's is a later step of the story ("The
    search ... ended on June 16", in a report on a June 12 sinking), not its background."""
    if time_relation(t, main) != "different":
        return False
    return not (t.date and main.date and t.date > main.date)


def _long_before(t: EventTime, main: EventTime, reported: date | None) -> bool:
    """A time long before its report, where the report's main event has no date of its own to
    compare it with: news is of the last weeks (`RECENT_DAYS`), so a claim opening on "In 2021,
    a strike at its plant in Hungary lasted 11 days" or "In March, ..." in a September report
    tells of an earlier event. (Asked only of a claim that opens on its time: a time further on
    may date one part only, "The 320-metre bridge opened in 1998" still gives its length.)"""
    if time_relation(t, main) != "unknown":
        return False  # the main event's time settles it
    day = main.date or main.around or reported
    end = _last_day(t, day) if day else None
    return end is not None and day is not None and (day - end).days > RECENT_DAYS


def _last_day(t: EventTime, reference: date) -> date | None:
    """The last day of the time a claim names (a day, a month or a year); a month without its
    year is the last such month up to `reference`."""
    if t.date:
        return t.date
    if t.month is None:
        return None
    year, month = t.month
    if month == 0:
        return date(year, 12, 31) if year else None
    if not year:
        year = reference.year if month <= reference.month else reference.year - 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


def time_relation(a: EventTime, b: EventTime) -> str:
    """same | near (1..3 days apart: one event, misdated) | different | unknown."""
    if a.date and b.date:
        gap = abs((a.date - b.date).days)
        return "same" if gap == 0 else "near" if gap <= NEAR_DAYS else "different"
    for x, y in ((a, b), (b, a)):
        if x.date and y.around and not y.date and y.weekday is None:
            # a report filed on `around` about an event it does not date: the same event if it
            # happened shortly before; otherwise nothing can be said
            # (a report filed months after the day is about something else)
            gap = (y.around - x.date).days
            return "same" if 0 <= gap <= 2 else "different" if gap > RECENT_DAYS else "unknown"
    if a.date and b.weekday is not None:
        return "same" if a.date.weekday() == b.weekday else "near"
    if b.date and a.weekday is not None:
        return "same" if b.date.weekday() == a.weekday else "near"
    if a.weekday is not None and b.weekday is not None:
        return "same" if a.weekday == b.weekday else "near"
    am, bm = _month_of(a), _month_of(b)
    if am and bm:
        if 0 in (am[0], bm[0]):  # a month whose year the text leaves open
            am, bm = (0, am[1]), (0, bm[1])
        if 0 in (am[1], bm[1]):  # a year without a month: compare years
            return (
                "same"
                if am[0] == bm[0] and not (a.date or b.date)
                else ("unknown" if am[0] == bm[0] else "different")
            )
        months = abs((am[0] - bm[0]) * 12 + am[1] - bm[1])
        if months == 0:
            return "same" if not (a.date or b.date) else "unknown"  # January vs January 1: maybe
        return "near" if months == 1 and (a.date or b.date) else "different"
    return "unknown"


def same_month(a: EventTime, b: EventTime) -> bool:
    """Both times fall in one month, at least one of them known only to the month ("in
    August" and August 21)."""
    am, bm = _month_of(a), _month_of(b)
    return bool(am and bm and (a.month or b.month) and am == bm and 0 not in am)


def _month_of(t: EventTime) -> tuple[int, int] | None:
    """(year, month) of a time known to the month or the day."""
    return t.month or ((t.date.year, t.date.month) if t.date else None)


def adopt_date(main: MainEvent, linked_dates: list[date]) -> MainEvent:
    """An article whose main event has no date takes the date that linked reports of the same
    event agree on, if it fits the weekday the article gives."""
    if main.time.date is not None or not linked_dates:
        return main
    fitting = [d for d in linked_dates if main.time.weekday is None or d.weekday() == main.time.weekday]
    if not fitting:
        return main
    best, _ = Counter(fitting).most_common(1)[0]
    return replace(main, time=EventTime(best, main.time.weekday, source="adopted"))


def places_match(a: list[str], b: list[str]) -> bool | None:
    """True when two place lists share a place, False when both name places and none match,
    None when either names none."""
    if not a or not b:
        return None
    return _any_same_place(tuple(a), tuple(b))


@lru_cache(maxsize=65536)
def _any_same_place(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Cached on the places: linking and the detectors ask it for every pair of claims, and the
    claims of one story carry the same few places (their main event's)."""
    return any(same_entity(x, y) for x in a for y in b)


def resolve_weekday(mention: DateMention, ref: date) -> date | None:
    """A weekday-only mention resolved once a reference date is known."""
    if mention.weekday is None:
        return None
    return weekday_on_or_before(ref, mention.weekday)
