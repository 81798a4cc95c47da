"""Numeric conflicts: the same count reported with values no qualifier reconciles.

"over 100" admits 106 and 176; "about 2,500" admits 2,480; "three" equals 3. A running total
("since October 17", "so far") reported at two dates may have grown: that is context (low,
different_times), unless the later figure is the smaller one, which a running total cannot be.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from claims.conflicts.age import age_conflict
from claims.conflicts.base import Finding, Pair, Side
from claims.conflicts.group_owner import owned_apart, share_owner, story_of
from claims.entities import same_entity
from claims.lexicon import PERSON_CLASSES, PERSON_ROLES, PLACE_HEADS, SYNONYMS
from claims.linking import ONE_GROUP, RELATIONAL, people_by_role
from claims.model import Claim, Quantity
from claims.quantities import SEVERE_STATE, VEHICLES
from claims.text import STOPWORDS, Token, content_lemmas, lemma, tokenize
from claims.units import measure_role

PHRASE = {"exact": "", "at_least": "at least ", "more_than": "more than ", "about": "about ",
          "at_most": "at most ", "less_than": "fewer than "}  # fmt: skip


def figure(q: Quantity) -> str:
    phrase = "up to " if q.detail == "ceiling" else PHRASE.get(q.qualifier, "")
    value = f"{q.value:,.0f}" if q.value == int(q.value) else f"{q.value:,}"
    if q.value_max is not None:
        high = f"{q.value_max:,.0f}" if q.value_max == int(q.value_max) else f"{q.value_max:,}"
        value = f"{value}-{high}"
    unit = f" {q.unit}" if q.unit else ""
    return f"{phrase}{value}{unit}".strip()


def comparable(qa: Quantity, qb: Quantity) -> bool:
    """The same figure: the same slot (counted noun class, harm role or what happened to the
    things counted), in a dimension that is not a measurement (those go to the unit detector)."""
    if qa.slot is not None and qb.slot is not None and people_by_role(qa.slot, qb.slot):
        return True  # "23 people arrested" / "60 rioters detained"
    if qa.slot is None or qa.slot != qb.slot or qa.dimension != qb.dimension:
        return False
    if qa.dimension not in ("count", "percent", "magnitude", "money"):
        return False
    return qa.canonical_unit is not None and qa.canonical_unit == qb.canonical_unit


ABOARD = "qty:person:aboard"


def _statistic(q: Quantity) -> str | None:
    """What kind of statistic a figure is (see claims.events.statistic), from its slot."""
    last = (q.slot or "").rsplit(":", 1)[-1]
    return last if last in ("average", "aggregate") else None


def _aboard_and_passengers(qa: Quantity, qb: Quantity) -> bool:
    """Everyone aboard against the passengers aboard: the one counts the other and the crew."""
    return {qa.slot, qb.slot} == {ABOARD, "qty:passenger"}


def _group_within_people(qa: Quantity, qb: Quantity) -> bool:
    """A group counted by what befell it, against "people" the same befell: the group may be some
    of them ("twelve children were rescued" of "40 people"), so only a group larger than all is
    a conflict ("60 rioters detained" / "23 people arrested")."""
    if qa.slot is None or qb.slot is None or qa.slot == qb.slot or _aboard_and_passengers(qa, qb):
        return False
    if not people_by_role(qa.slot, qb.slot) or {qa.canonical_unit, qb.canonical_unit} in ONE_GROUP:
        return False  # (children and students of one school: one group, by two names)
    people, group = (qa, qb) if qa.canonical_unit in ("person", *RELATIONAL) else (qb, qa)
    return _within(group, people)


def _within(part: Quantity, whole: Quantity) -> bool:
    """A part of a whole may be as large as the whole, never larger."""
    return part.interval()[0] <= whole.interval()[1]


# events that strike a whole area, whose toll is the sum of many sites' tolls
AREA_EVENTS = {"earthquake", "flood", "storm", "wildfire", "eruption", "heatwave", "landslide"}
# one building's collapse (or fire) before a figure: "the five-storey apartment building collapsed,
# killing three residents", "the collapse of the apartment block, in which three people died" (not
# "destroyed 200 homes and killed 12 people": homes, many, and no collapse of one)
SITE_WORDS = (
    r"(?:building|block|house|apartment|tower|hotel|school|mosque|church|hospital|mall|dormitory|factory|warehouse"
    r"|wall|roof|balcony|minaret)"
)
SITE = re.compile(
    rf"\b(?:collapse|fire)\s+(?:of|at|in)\s+(?:the|a)\s+(?:[\w-]+\s+){{0,4}}?{SITE_WORDS}\b"
    rf"|\b{SITE_WORDS}\s+(?:collapsed|caved\s+in|came\s+down|burned|pancaked)\b",
    re.I,
)
SITE_WORD = re.compile(rf"\b{SITE_WORDS}\b", re.I)
# "Two people were killed when a garden wall collapsed onto their car": the site after the toll
SITE_AFTER = re.compile(
    rf"^[^.;]*?\b(?:when|after|as)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?{SITE_WORDS}\s+"
    r"(?:collapsed|caved\s+in|came\s+down|fell)\b",
    re.I,
)


def _at_one_site(side: Side, q: Quantity) -> str | None:
    """The site (its word: "building", "wall") of a toll of one building in a report of an
    area-wide event (an earthquake, a flood)."""
    main = side.article.main_event
    if main is None or main.kind not in AREA_EVENTS or q.role not in HARM_TOLLS:
        return None  # (a count of buildings is no toll: "27 buildings had collapsed")
    at = max(0, q.start - side.claim.start)
    found = SITE.search(side.claim.sentence, 0, at) or SITE_AFTER.search(side.claim.sentence[at:])
    return SITE_WORD.findall(found.group(0))[-1].lower() if found else None


def _part_at_one_site(a: Side, qa: Quantity, b: Side, qb: Quantity) -> bool:
    """One figure counts one site's toll, the other the whole event's, which is not smaller; or
    the two count two sites ("when a garden wall collapsed", "the apartment building collapsed,
    killing three")."""
    site_a, site_b = _at_one_site(a, qa), _at_one_site(b, qb)
    if site_a and site_b:
        return site_a != site_b
    if site_a == site_b:
        return False
    return _within(qa, qb) if site_a else _within(qb, qa)


def _share_apart(a: Side, qa: Quantity, b: Side, qb: Quantity) -> bool:
    """Counts of two bodies' own shares ("58 of its departures", "Ryanair cancelled 31"), or one
    body's share against a count of everyone's that is not smaller than it (a share larger than
    the whole is a conflict)."""
    if qa.dimension != "count" or qb.dimension != "count":
        return False
    own_a, own_b = share_owner(a, qa), share_owner(b, qb)
    if own_a and own_b:
        return "its" not in (own_a, own_b) and not same_entity(own_a, own_b)
    if own_a:
        return not story_of(own_a, b) and _within(qa, qb)
    if own_b:
        return not story_of(own_b, a) and _within(qb, qa)
    return False


# vehicles (claims.quantities.VEHICLES, and craft that carry people aside from the story's own), by
# what they are: an aircraft however named, a vessel however named (a lifeboat or a raft is another
# craft)
CRAFT = VEHICLES | {"airliner", "lifeboat", "dinghy", "raft", "ambulance", "car", "taxi", "yacht", "trawler"}
VEHICLE_CLASS = {"plane": "aircraft", "jet": "aircraft", "flight": "aircraft", "airliner": "aircraft", "ferry": "vessel",
                 "boat": "vessel", "ship": "vessel", "yacht": "vessel", "trawler": "vessel", "lorry": "truck"}  # fmt: skip


def _same_vehicle(a: Claim, b: Claim) -> bool:
    """Both claims speak of one vehicle, or one of them names none ("31 people on the bus" is
    not "the coach was carrying 52 passengers", nor "the lifeboat had 6 people on board")."""
    va = {VEHICLE_CLASS.get(w, w) for w in a.lemmas if w in CRAFT}
    vb = {VEHICLE_CLASS.get(w, w) for w in b.lemmas if w in CRAFT}
    return not va or not vb or bool(va & vb)


def _fewer_aboard_than_passengers(qa: Quantity, qb: Quantity) -> bool:
    everyone, passengers = (qa, qb) if qa.slot == ABOARD else (qb, qa)
    return everyone.interval()[1] < passengers.interval()[0]


EVENTFUL = {"drone", "missile", "rocket", "shell", "projectile", "bomb", "attack", "strike", "aftershock"}
# (prepositions say how a figure stands, not what it counts: "within 48 hours" of a notice and
# "within six weeks" of an injection share "within" and nothing else)
# (nor does the verb that reports a figure: "confirms that nine inmates escaped" and "confirmed
# that four officials had been suspended" share the confirming only)
GENERIC_CONTEXT = {"say", "also", "report", "official", "people", "about", "least", "more", "than", "some",
                   "within", "past", "across", "throughout", "around", "confirm", "deny", "announce", "tell",
                   "state", "add", "note"}  # fmt: skip


PHRASE_BREAKS = {"and", "but", "while", "whereas", ";", ","}
WALKED_OUT = {"walked", "walkout", "strike", "striking"}  # ways of saying people joined a strike


def _phrase(claim: Claim, q: Quantity, reach: int = 4) -> tuple[Sequence[Token], int, int]:
    """The sentence's tokens and the window of the figure's own phrase: up to `reach` words on
    each side, not past a comma or a conjunction ("highs above 110 degrees and overnight lows in
    the mid-90s" gives "overnight" and "low" to the lows, not to the 110). (-1, -1) when the
    figure is not in the sentence."""
    tokens = tokenize(claim.sentence, claim.start)
    inside = [i for i, t in enumerate(tokens) if q.start <= t.start < q.end]
    if not inside:
        return tokens, -1, -1
    lo, hi = max(0, inside[0] - reach), min(len(tokens), inside[-1] + 1 + reach)
    for k in range(inside[-1] + 1, hi):
        if tokens[k].lower in PHRASE_BREAKS:
            hi = k
            break
    for k in range(inside[0] - 1, lo - 1, -1):
        if tokens[k].lower in PHRASE_BREAKS:
            lo = k + 1
            break
    return tokens, lo, hi


def context_words(claim: Claim, q: Quantity, reach: int = 4) -> set[str]:
    """Content lemmas of the few words around a figure in its sentence (the figure itself and its
    unit left out): what it is a figure of ("depth of 10 km" vs "35 km north of the town")."""
    tokens, lo, hi = _phrase(claim, q, reach)
    if lo < 0:
        return set()
    others = [(o.start, o.end) for o in claim.quantities if o is not q]
    words = {
        PERSON_ROLES.get(t.lower) or _folded(lemma(t.text)) for t in tokens[lo:hi]  # ("airlifted" is "evacuated")
        # names say who, not what is counted; but a place name's head says what is measured
        # ("3.7 km from Pamatata Port" / "two kilometres from the port")
        if (t.text[:1].islower() or t.lower in PLACE_HEADS) and t.lower not in STOPWORDS
        and not any(a <= t.start < b for a, b in others)  # nor does another figure ("over three years")
    }  # fmt: skip
    noise = {lemma(w) for w in content_lemmas(q.text)} | {"magnitude"}
    if q.unit:
        noise |= {q.unit, lemma(q.unit)}
    if {"take", "part"} <= words or any(t.lower in WALKED_OUT for t in tokens[lo:hi]):
        words |= {"join"}  # "took part in the protest" / "joined the protest"; "walked out" / "joined the strike"
    if any(t.lower in ("jailed", "imprisoned") for t in tokens[lo:hi]):
        words |= {"sentence"}  # "jailed for five years" / "sentenced to seven years" (not "in jail")
    if measure_role(q, claim.sentence, claim.start) == "depth":
        words.add("depth")  # "at a depth of 420 metres" / "some 420 feet below surface" / "1,400 feet underground"
    if any(t.lower in PRESENT for t in tokens[lo:hi]):
        words.add("present")  # "were present in the venue" / "were packed into the venue" / "were on duty"
    return words - noise - GENERIC_CONTEXT


# words that count the people at a place when the event struck: how many were there
PRESENT = {"present", "inside", "packed", "crammed", "crowded", "duty", "attendance"}


def _folded(word: str) -> str:
    """A lemma with its synonyms folded, as claims' own lemmas are ("scrapped" is "cancelled")."""
    return SYNONYMS.get(word, word)


EXTREMES = {"high": "high", "highs": "high", "maximum": "high", "peak": "high", "low": "low", "lows": "low",
            "minimum": "low", "overnight": "low"}  # fmt: skip


def _severe(claim: Claim, q: Quantity) -> bool:
    """A count of the badly hurt, a measure of its own beside the count of all the hurt: a
    severity word by the figure ("seven were seriously injured"), or a grave condition the clause
    goes on to give ("four of the injured are in a critical condition")."""
    tokens, lo, far = _phrase(claim, q, reach=10)  # (the wider window: the clause goes on)
    if lo < 0:
        return False
    inside = [k for k in range(lo, far) if q.start <= tokens[k].start < q.end]
    near_lo, near_hi = max(lo, inside[0] - 5), min(far, inside[-1] + 6)  # (the figure's own phrase)
    if any(t.lower in SEVERE_STATE for t in tokens[near_lo:near_hi]):
        return True
    return any(tokens[k].lower == "condition" and tokens[k - 1].lower in SEVERE_STATE for k in range(near_hi, far))


def extreme(claim: Claim, q: Quantity) -> str | None:
    """Whether a figure is a high or a low ("highs above 110 degrees", "the overnight low was
    96"): a day's high and a night's low are two measures, not one given twice."""
    tokens, lo, hi = _phrase(claim, q, reach=6)
    found = {EXTREMES[t.lower] for t in tokens[max(lo, 0) : hi] if t.lower in EXTREMES}
    return found.pop() if len(found) == 1 else None


# Units a story uses for many different things: alike wording around two such figures is no sign
# that they measure the same thing; the words next to them must agree.
OPEN_UNITS = {"USD", "EUR", "GBP", "JPY", "percent", "year", "month", "week", "day", "hour", "minute"}
GENERIC_COUNTED = {"person", None, "?", "home", "building", "vehicle", "case", "attack"}


def same_measure(a: Claim, qa: Quantity, b: Claim, qb: Quantity, lexical: float, topic: float = 0.0) -> bool:
    """Two figures of one kind measure the same thing when the words around them agree: a
    town's population and the number of its evacuees are both people, not the same count."""
    if _severe(a, qa) != _severe(b, qb):
        return False  # "seven were seriously injured" counts some of "more than 30 taken to hospital"
    if qa.dimension == "time":
        return same_span(a, qa, b, qb)
    if qa.role and qa.role == qb.role:
        return True  # deaths are deaths, however the sentence puts it
    if qa.dimension not in (None, "count") and _measures_apart(a, qa, b, qb):
        return False  # a ship's cargo and the oil it lost; a slide's width and the height it began at
    ends = {extreme(a, qa), extreme(b, qb)}
    if ends == {"high", "low"}:
        return False
    shared = context_words(a, qa) & context_words(b, qb)
    if shared or _slipped_large(qa, qb):
        return True
    if lexical >= 0.45 and qa.canonical_unit not in OPEN_UNITS:
        return True  # (sums and shares are many in one story: "$41 million in contracts", "$2 million in kickbacks")
    if qa.cumulative and qb.cumulative and qa.slot == qb.slot and topic >= 0.65:
        return True  # two running totals of one thing in claims on one topic ("cases so far")
    # "14,200 participants" and "more than 24,000 participants" in claims on one topic
    specific = (
        qa.canonical_unit == qb.canonical_unit and qa.canonical_unit not in GENERIC_COUNTED | OPEN_UNITS
    )
    precise = qa.value_max is None and qb.value_max is None  # not "scores of drones"
    # (the crews and aircraft sent to one emergency are one count, however the sentences around
    # them differ: "supported by nine aircraft" / "683 firefighters, 212 vehicles and 14 aircraft")
    if qa.canonical_unit in RESPONDERS and _one_body(a, qa) and _one_body(b, qb):
        return specific and precise and topic >= RESPONDER_TOPIC
    return specific and precise and topic >= 0.65


# who and what an emergency service sends
RESPONDERS = {"firefighter", "aircraft", "helicopter", "rescuer", "paramedic", "ambulance", "lifeboat", "fire engine"}
RESPONDER_TOPIC = 0.55
# a figure of some of a whole ("Two of the aircraft are Canadair planes") or of a group listed with
# others ("More than 140 rescuers, soldiers and medics took part")
PART_OR_LIST = re.compile(
    r"^\s+of\s+(?:the|its|their|them|those)\b"
    r"|^\s*(?:,\s*[a-z-]+)*\s*(?:,|and|or)\s+[a-z-]+s\b(?!\s+(?:of|to|at|in|on|were|are|was|is|have|had)\b)"
)


def _one_body(claim: Claim, q: Quantity) -> bool:
    """The figure counts one body of responders in whole, not part of it or it with others."""
    if re.search(r"\bof\s+(?:the|its|their|them|those)\b", q.text, re.I):
        return False  # ("Two of the aircraft": the figure's own words)
    return PART_OR_LIST.match(claim.sentence[q.end - claim.start :]) is None


FORESEEN = re.compile(
    r"\b(?:could|would|may|might|will|expected|expects|likely|estimated|forecast|predicted|plans?|hopes?)\b",
    re.I,
)


def same_span(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """A story has many spans ("within 20 minutes" of one act, "could reopen within 48 hours",
    "over three years"): two are one only when the words around them say what they span alike,
    and both are measured or both foreseen."""
    return _foreseen(a, qa) == _foreseen(b, qb) and bool(context_words(a, qa) & context_words(b, qb))


def _foreseen(claim: Claim, q: Quantity) -> bool:
    """A span foreseen, not measured: "could reopen within 48 hours", "is expected to take weeks"."""
    at = q.start - claim.start
    return FORESEEN.search(claim.sentence[max(0, at - 60) : at]) is not None


def _measures_apart(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """Two measurements the words say are of different things: a cargo and anything else, or two
    known measures ("250 metres wide" / "ran 500 metres down the slope" / "above 2,400 metres")."""
    roles = {measure_role(qa, a.sentence, a.start), measure_role(qb, b.sentence, b.start)}
    return len(roles) == 2 and ("load" in roles or None not in roles)


def overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


UPDATED_NEAR = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|grown|reached|cut|widened|narrowed|narrowing|shrank|fell|"
    r"dropped|revised|updated|now)\b[^.;]{0,90}$",
    re.I,
)


def _toll_of_people(qa: Quantity, qb: Quantity, a: Side, b: Side) -> bool:
    """Two tolls of one harm over different groups of people ("two workers hurt", "five people
    treated"): comparable only as context, across reporting dates."""
    from claims.lexicon import PERSON_CLASSES

    return (
        qa.role in HARM_TOLLS and _same_harm(qa.role, qb.role) and qa.canonical_unit in PERSON_CLASSES
        and qb.canonical_unit in PERSON_CLASSES and a.reported is not None and b.reported is not None
        and a.reported != b.reported
    )  # fmt: skip


HARM_TOLLS = {"death", "injury", "care", "any", "missing", "ill"}  # (not "aboard": no toll that grows)


def _same_harm(x: str, y: str | None) -> bool:
    """The same role, or the hurt and those of them still in care ("four were admitted to
    hospital" on Monday, "nine remained in hospital" on Wednesday: the toll of hurt grew)."""
    return x == y or {x, y} == {"injury", "care"}


# Words that give a figure as the state of things when the report was written ("now covers",
# "as of Tuesday evening", "the latest count", "has grown to"): such a figure may differ from one
# given on another day without either being wrong.
STATUS_CUE = re.compile(
    r"\b(?:now|as of|so far|to date|thus far|currently|latest|as it stands|at last count|"
    r"grew|grown|rose|risen|climbed|swelled|expanded|increased|jumped|updated|revised)\b",
    re.I,
)


# roles of counts as the report found them: "11 remain in hospital", "110,000 remain without power"
AS_FOUND = ("care", "current")


def updated(side: Side, q: Quantity) -> bool:
    """A figure given as an update ("cut her lead to 187 votes", "has risen to 2,600") or as the
    state of things at the time of the report ("the fire now covers 12,000 acres")."""
    if q.role in AS_FOUND:
        return True
    return _update_before(side.claim, q) or STATUS_CUE.search(side.claim.sentence) is not None


def _update_before(claim: Claim, q: Quantity) -> bool:
    """An update verb shortly before the figure ("has risen to 2,600", "cut her lead to 187")."""
    at = q.start - claim.start
    return UPDATED_NEAR.search(claim.sentence[max(0, at - 100) : at]) is not None


def _signature(qa: Quantity, qb: Quantity) -> str:
    return "|".join(sorted((f"{qa.value:g}", f"{qb.value:g}")))


def updated_total(a: Side, qa: Quantity, b: Side, qb: Quantity) -> bool:
    """A running total or a current state given with different values on different days ("at
    least 14 killed" on Sunday, "the toll rose to 31" on Tuesday; "about 8,000 acres", then "now
    8,300 acres"): worth showing as context even though the qualifiers admit both."""
    evolving = (qa.cumulative and qb.cumulative) or updated(a, qa) or updated(b, qb)
    return evolving and qa.value != qb.value and _reported_apart(a, b)


WEEK = 6  # days: "on Thursday" in a report names a day of the week it was written in


def _reported_apart(a: Side, b: Side) -> bool:
    """The two reports were written on different days. A report without a date of its own that
    names its event's day by the weekday alone ("killed five people on Thursday") was written
    within the week after that day: apart from a report dated later than that."""
    if a.reported is not None and b.reported is not None:
        return a.reported != b.reported
    for undated, dated in ((a, b), (b, a)):
        if undated.reported is None and dated.reported is not None and (day := _weekday_event(undated)):
            return (dated.reported - day).days > WEEK
    return False


def _weekday_event(side: Side) -> date | None:
    """The day of the event an undated report names by its weekday, once linked reports date it."""
    main = side.article.main_event
    t = side.claim.time
    if main is None or main.time.date is None or t is None or t.weekday is None:
        return None
    return main.time.date if main.time.date.weekday() == t.weekday else None


PER_DAY = re.compile(
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+alone\b|"
    r"\balone\s+on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.I,
)


def _own_days(pair: Pair) -> bool:
    """Both sides date what they say themselves and one counts a single day ("328 flights on
    Tuesday alone"): counts of two days, not one count given twice."""
    dated = all(s.claim.time is not None and s.claim.time.source == "own" for s in (pair.a, pair.b))
    return dated and any(PER_DAY.search(s.claim.sentence) for s in (pair.a, pair.b))


def _agreeing(xs: list[Quantity], ys: list[Quantity]) -> set[int]:
    """Figures (by identity) that a figure of the same slot on the other side agrees with: "$160
    to $210" on both sides is no conflict between the $160 and the $210."""
    out: set[int] = set()
    for qa in xs:
        for qb in ys:
            if comparable(qa, qb) and qa.value == qb.value and qa.value_max == qb.value_max:
                out |= {id(qa), id(qb)}
    return out


# A figure misreported is off by a digit, a rounding, a misread scale word or a swapped unit;
# two figures of one kind a hundredfold apart with different digits ("$3.2 million" to repay,
# a "$160" water bill) are figures of different things. The same digits at another scale
# ("3.2 million" vs "3.2 billion") are a slip worth showing.
FIGURES_APART = 100.0


def _mantissa(value: float) -> str:
    return f"{value:e}".split("e")[0].rstrip("0").rstrip(".")


def _worlds_apart(qa: Quantity, qb: Quantity) -> bool:
    low, high = sorted((qa.interval()[0] or qa.value, qb.interval()[0] or qb.value))
    return low > 0 and high / low > FIGURES_APART and _mantissa(qa.value) != _mantissa(qb.value)


# Counts that change as a story goes on: tolls and the rescued grow; how many remain trapped or
# missing changes too. How many were trapped (or aboard) when it happened is one number.
AT_THE_TIME = {"trapped", "stranded", "aboard"}
REMAIN = re.compile(r"\b(?:remain|remains|remained|still|now)\b", re.I)


def _changes(claim: Claim, q: Quantity) -> bool:
    if not q.role:
        return False
    return q.role not in AT_THE_TIME or REMAIN.search(claim.text) is not None


ALL_OF = re.compile(r"(?:\ball|\bits|\btheir|['’]s)\s*$", re.I)


def _all_of(claim: Claim, q: Quantity) -> bool:
    """A figure said of a whole ("All 23 crew members", "the tanker's 25 crew"): everyone there
    was, not a count that grows as more are rescued or evacuated."""
    at = q.start - claim.start
    return at > 0 and ALL_OF.search(claim.sentence[max(0, at - 12) : at]) is not None


def estimates_apart(qa: Quantity, qb: Quantity) -> bool:
    """An estimate's ceiling ("as many as 800", "up to 800") and another estimate of the same
    thing ("about 350") under half of it: a reporter who thought 350 would not write "as many as
    800". A firm count under the ceiling ("87 confirmed dead" against "up to 300 feared") is no
    estimate, and is left to agree."""
    for ceiling, other in ((qa, qb), (qb, qa)):
        if ceiling.detail == "ceiling" and other.qualifier == "about" and other.value_max is None:
            return other.value < 0.5 * ceiling.value
    return False


def _slipped_large(qa: Quantity, qb: Quantity) -> bool:
    """One large figure with its scale slipped ("2.3 million customers" / "230,000 customers"),
    in one slot: the same figure, however each sentence words it (small figures and ranges
    with the same digits are too often two different counts)."""
    exact = qa.value_max is None and qb.value_max is None
    counted = qa.dimension in (None, "count") and bool(qa.unit) and lemma(qa.unit or "") == lemma(qb.unit or "")
    return exact and counted and min(qa.value, qb.value) >= 1000 and _scale_slip(qa, qb)


def _dated_by_guess(side: Side) -> bool:
    """The report's day is only the latest date its text names (it carries none of its own): a
    weekly that tells of "Tuesday 21 April" and then of a death "on Friday" came out days
    later, so which of two reports is the later one is not known."""
    return side.claim.stated_at is None and side.article.published_at_basis == "latest date in text"


def _scale_slip(qa: Quantity, qb: Quantity) -> bool:
    """The same digits tenfold or more apart ("3,500 tonnes" / "350 tonnes"): a slip of a
    digit or a scale word, not a figure that grew."""
    low, high = sorted((qa.value, qb.value))
    return low > 0 and high / low >= 10 and _mantissa(qa.value) == _mantissa(qb.value)


def _harm_denied(claim: Claim, q: Quantity) -> bool:
    """The figure counts people a harm is denied of ("the twenty-two crew were not hurt")."""
    return any(f.kind == "harm" and f.count == 0 and f.cue == q.text for f in claim.frames)


class NumericDetector:
    kind = "numeric"

    def detect(self, pair: Pair) -> Finding | None:
        if not any(s.startswith("qty:") or s == "harm" for s in pair.slots):
            return None  # (a shared harm slot: tolls of one harm counted over different groups)
        if "qty:age" in pair.slots and (aged := age_conflict(pair)):
            return aged
        a, b = pair.a, pair.b
        best: Finding | None = None
        agreed = _agreeing(a.claim.quantities, b.claim.quantities)
        other_peoples = owned_apart(a, b)  # one ship's crew and another's
        for qa in a.claim.quantities:
            for qb in b.claim.quantities:
                if id(qa) in agreed or id(qb) in agreed:
                    continue  # the other side gives this very figure: the rest count other things
                if not comparable(qa, qb) and not _toll_of_people(qa, qb, a, b):
                    continue
                if _statistic(qa) != _statistic(qb):
                    continue  # "two people were killed" / "the long-term average is around 20 deaths"
                if _aboard_and_passengers(qa, qb) and (
                    not _fewer_aboard_than_passengers(qa, qb) or not _same_vehicle(a.claim, b.claim)
                ):
                    continue  # ("52 passengers" and "55 people on board": the crew besides)
                if other_peoples and {qa.canonical_unit, qb.canonical_unit} <= PERSON_CLASSES:
                    continue
                if _part_at_one_site(a, qa, b, qb):
                    continue  # "the apartment building collapsed, killing three" of a quake's six dead
                if _share_apart(a, qa, b, qb):
                    continue  # one airline's cancellations against another's, or against all of them
                if _harm_denied(a.claim, qa) or _harm_denied(b.claim, qb):
                    continue  # "the twenty-two crew were not hurt": 22 is how many were spared
                if _group_within_people(qa, qb):
                    continue  # ("40 people rescued" / "twelve children were rescued": some of them)
                if (
                    overlap(qa.interval(), qb.interval())
                    and not updated_total(a, qa, b, qb)
                    and not estimates_apart(qa, qb)
                ):
                    continue
                if _worlds_apart(qa, qb):
                    continue
                if (
                    qa.partial
                    or qb.partial
                    or not same_measure(a.claim, qa, b.claim, qb, pair.lexical, pair.topic)
                ):
                    continue
                finding = self.explain(pair, qa, qb)
                if best is None or finding.strength > best.strength:
                    best = finding
        return best

    def explain(self, pair: Pair, qa: Quantity, qb: Quantity) -> Finding:
        a, b = pair.a, pair.b
        if qa.period_total != qb.period_total:
            total = qa if qa.period_total else qb
            return Finding(
                self.kind,
                f"{a.subject} gives {figure(qa)} ({a.quote}); {b.subject} gives {figure(qb)} "
                f"({b.quote}). One is a running total ({total.text}), the other counts a shorter "
                "period, so they need not agree.",
                temporal="different_times",
                low=True,
                strength=0.3,
            )
        said_a, said_b = a.claim.stated_at or a.reported, b.claim.stated_at or b.reported
        evolving = (
            qa.cumulative
            or qb.cumulative
            or (
                (_changes(a.claim, qa) or _changes(b.claim, qb))
                and not (_all_of(a.claim, qa) or _all_of(b.claim, qb))
            )
            or updated(a, qa)
            or updated(b, qb)
        )
        same_event_day = (
            pair.time == "same"
            and a.claim.time is not None
            and b.claim.time is not None
            and (a.claim.time.source == b.claim.time.source == "own")
        ) and not (
            _toll_as_of_report(a.claim, qa) or _toll_as_of_report(b.claim, qb)
        )  # "Thursday's hand count widened the lead to 237" / "... cut it to 187": one update, two figures
        if (
            evolving
            and said_a
            and said_b
            and said_a != said_b
            and not same_event_day
            and not _scale_slip(qa, qb)
        ):
            (early, qe, de), (late, ql, dl) = sorted(((a, qa, said_a), (b, qb, said_b)), key=lambda s: s[2])
            text = f"{figure(qe)} as of {de} ({early.who}) vs {figure(ql)} as of {dl} ({late.who}): "
            if (
                qe.cumulative
                and ql.cumulative
                and not (_dated_by_guess(early) or _dated_by_guess(late))
                and ql.interval()[1] < qe.interval()[0]
                and _covers(ql, qe)
                and pair.time != "different"
                and not _of_another_year(pair)
            ):
                return Finding(
                    self.kind,
                    text + "the later report gives the smaller running total, which cannot "
                    "shrink; one of the figures is wrong or counts something else.",
                    temporal="different_times",
                    urgent=True,
                    strength=0.9,
                    signature=_signature(qa, qb),
                )
            return Finding(
                self.kind,
                text + "the figure changed between the two reports (a toll or count that "
                "was updated); check that both count the same thing.",
                temporal="different_times",
                low=True,
                strength=0.5,
                signature=_signature(qa, qb),
            )
        if (
            (said_a is None) != (said_b is None)
            and (_as_it_stands(a.claim, qa) or _as_it_stands(b.claim, qb))
            and not same_event_day
            and not _scale_slip(qa, qb)
        ):
            # a count given as it stood at its report ("have now died"), the other report undated:
            # the two may be two days' counts
            return Finding(
                self.kind,
                f"{a.subject} gives {figure(qa)} ({a.quote}); {b.subject} gives {figure(qb)} ({b.quote}). "
                "The figure is given as it stood at the report (a toll, a running count), and one "
                "report is undated, so the two may be counts of different days; check when each "
                "was reported.",
                temporal="different_times",
                low=True,
                strength=0.4,
                signature=_signature(qa, qb),
            )
        if overlap(qa.interval(), qb.interval()) and not estimates_apart(qa, qb):
            # an update of one day's event ("at least 40 injured" on Sunday, "more than 60" on
            # Monday) that the qualifiers reconcile: context, never a contradiction
            return Finding(
                self.kind,
                f"{a.subject} says {figure(qa)} ({a.quote}); {b.subject} says {figure(qb)} ({b.quote}). "
                "The qualifiers admit both; the later report updates the figure.",
                temporal="different_times",
                low=True,
                strength=0.3,
                signature=_signature(qa, qb),
            )
        gap = abs(qa.value - qb.value) / max(qa.value, qb.value, 1)
        # a plain count (votes, people evacuated) reported a day or so apart is the same count;
        # only events and their harm are told apart by their day, and counts each text itself
        # dates to another day ("312 flights on Monday", "328 on Tuesday")
        temporal = (
            "same_time"
            if pair.time == "near"
            and (
                (not qa.role and qa.canonical_unit not in EVENTFUL and not _own_days(pair))
                or _counted_on_report_day(a, b)
            )
            else None
        )
        why = (
            "The two estimates are far apart: the lower is under half the other's ceiling."
            if estimates_apart(qa, qb)
            else "No qualifier reconciles the two figures."
        )
        return Finding(
            self.kind,
            f"{a.subject} says {figure(qa)} ({a.quote}); {b.subject} says {figure(qb)} ({b.quote}). {why}",
            temporal=temporal,
            strength=0.6 + min(gap, 0.4),
            signature=_signature(qa, qb),
        )


def _counted_on_report_day(a: Side, b: Side) -> bool:
    """Two reports of one day, one dating its count by that very day ("As of this morning, four
    people have been confirmed dead"), the other giving its figure for the event of the day
    before ("Six people were killed"): two counts told on the same day, not two days' events."""
    if a.reported is None or a.reported != b.reported:
        return False
    for own, other in ((a, b), (b, a)):
        t, u = own.claim.time, other.claim.time
        if (
            t is not None and t.source == "own" and t.date == own.reported
            and u is not None and u.source == "inherited" and u.date is not None and u.date < t.date
        ):  # fmt: skip
            return True
    return False


# "Five people have now died after the train derailed on Thursday": the day is the event's, the
# toll is as of the report
TOLL_NOW = re.compile(r"\b(?:now|so far|to date|thus far|at last count)\b", re.I)


def _toll_as_of_report(claim: Claim, q: Quantity) -> bool:
    """A toll of harm given as it stands at the report ("have now died", "so far"): the day the
    claim names dates the event, not the count, so two such counts may differ a day apart."""
    # ("the number killed in Saturday's blast rose to nine": the day is the blast's, the nine the
    # report's)
    # (so is a count that "remains" or is "still" so: "seven remain trapped after a fall of rock
    # late Tuesday", "four were still trapped" a day later)
    return q.role is not None and (
        TOLL_NOW.search(claim.text) is not None or REMAIN.search(claim.text) is not None or _update_before(claim, q)
    )


# "By 7 a.m., rescue teams had cleared about 18 metres": progress as it stood at a time
BY_THEN = re.compile(
    r"\bby (?:\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b|p\.?m\b|o'clock)|noon|midday|midnight|dawn|dusk|nightfall|daybreak|"
    r"(?:this|that|late|early|mid-?)\s?(?:morning|afternoon|evening|night)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.I,
)


def _as_it_stands(claim: Claim, q: Quantity) -> bool:
    """A count the words give as it stood when the report was written ("two people have now
    died", "57 residents have been seen so far", "110,000 remain without power"), or as it stood
    at a time they name ("by this evening, rescuers had cleared about 60 metres")."""
    return q.role in AS_FOUND or TOLL_NOW.search(claim.text) is not None or BY_THEN.search(claim.sentence) is not None


def _covers(later: Quantity, earlier: Quantity) -> bool:
    """The later figure counts everyone the earlier one did, so that being smaller it shrank:
    the same things, or people at large after a group of them ("11 workers" then "9 people"),
    not another group ("11 workers taken to hospital", then "two firefighters treated")."""
    return later.canonical_unit == earlier.canonical_unit or later.canonical_unit == "person"


def _of_another_year(pair: Pair) -> bool:
    """One side dates its own figure to a year other than the one the other side reports in
    ("the last fire of this scale, in 2014, destroyed 19 homes" against this fire's 74): two
    events' figures, not one total that shrank."""
    for side, other in ((pair.a, pair.b), (pair.b, pair.a)):
        t = side.claim.time
        if t is None or t.source != "own" or other.reported is None:
            continue
        year = t.date.year if t.date else t.month[0] if t.month else 0
        if year and year != other.reported.year:
            return True
    return False
