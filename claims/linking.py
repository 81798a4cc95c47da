"""Link claims that state the same thing across sources.

Candidates come from an inverted index of blocking keys (a slot combined with an entity, a
content word or an event date), so the cost grows with the number of claims that share
something, never with all pairs. Each candidate pair is scored on what it shares:

  slot      the same question answered (same counted noun, same outcome, same harm...), and
            whether the answers agree;
  wording   lemma overlap (Dice) and rapidfuzz's token-sort ratio;
  entities  shared specific entities (aliases and fuzzy keys), shared countries count less;
  time      the same event time, or times far apart (then not the same claim, but the pair is
            still compared for conflicts, as context).

Two levels, as claim-matching systems use: `confirmed` links (score >= CONFIRM) form
clusters; `suggested` links (>= SUGGEST) are offered to a reviewer. A short claim is never
confirmed on wording alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter, neg

from rapidfuzz import fuzz

from claims.entities import COUNTRIES, entity_key, same_agent, same_entity, same_named_speaker, same_speaker
from claims.events import EventTime, main_verb, places_match, specific_places, time_relation
from claims.lexicon import PERSON_CLASSES, SYNONYMS
from claims.modality import denied_thing
from claims.model import Claim
from claims.owners import owners, same_role, same_thing
from claims.quantities import noun_class
from claims.quotes import misattributed, proper_name
from claims.speakers import opposed_positions
from claims.status import PERSON_NOUNS
from claims.text import STOPWORDS, lemma, tokenize
from claims.units import MEASURES, converted_interval

CONFIRM = 0.6
SUGGEST = 0.45
COMPARABLE = 0.42
NEGATION_LEXICAL = 0.35  # wording this close, one side negated: compared for a negation conflict  # pairs at least this close in topic are handed to the conflict detectors
WORD_KEY = "txt|"  # a key on one word of the claim's wording
NAMED_LEXICAL = 0.6  # wording this close links slotless claims that name the same thing
MAX_POSTING = 400  # a blocking key shared by more claims than this is too common to block on
MAX_CANDIDATES = 50  # claims compared with one claim at most, the closest by their shared keys first
GENERIC_LEMMAS = {
    "say", "report", "also", "new", "year", "day", "time", "people", "official", "one", "two", "first",
    "would", "could", "make", "take", "include", "accord", "tell", "add", "state", "group", "force",
}  # fmt: skip
TIME_BOUND = ("occ:", "out", "harm", "dmg", "first", "resp")
INHERITED = {"inherited", "adopted"}
# Slots that make two claims worth comparing but not, by themselves, the same claim.
COMPARE_ONLY = {"out", "stance", "own"}
# Where or when an act was done ("pc:start:at", claims.complements): a reason to compare two
# claims, never to link them; a pair that shares nothing else is scored on its wording alone.
COMPLEMENT = "pc:"
COMPLEMENT_SLOT = 0.6  # as compare-only slots agree


@dataclass
class PairScore:
    a: str  # claim ids, a < b
    b: str
    score: float  # link score, time-aware
    topic: float  # how close in topic, ignoring time
    lexical: float
    entity: float
    slot: float
    time: str
    shared: set[str] = field(default_factory=set)
    negation_candidate: bool = False

    @property
    def confirmed(self) -> bool:
        return self.score >= CONFIRM

    @property
    def suggested(self) -> bool:
        return SUGGEST <= self.score < CONFIRM


_KEY = attrgetter("key")


def _entity_keys(claim: Claim) -> tuple[frozenset[str], frozenset[str]]:
    """(specific entity keys, country keys) of a claim, places of its event included."""
    return _split_countries(tuple(map(_KEY, claim.entities)), tuple(claim.places))


@lru_cache(maxsize=16384)
def _split_countries(keys: tuple[str, ...], places: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """Cached on the names themselves: every pair a claim is scored in asks for its keys, and the
    claims of one story carry the same few names."""
    specific: set[str] = set()
    countries: set[str] = set()
    for key in (*keys, *places):
        (countries if key in COUNTRIES else specific).add(key)
    return frozenset(specific), frozenset(countries)


def blocking_keys(claim: Claim) -> set[str]:
    """Keys under which a claim is indexed: each slot paired with what could identify it."""
    specific, countries = _entity_keys(claim)
    features = {f"e:{k}" for k in specific | countries}
    features |= {f"w:{w}" for w in claim.lemmas if len(w) > 3 and w not in GENERIC_LEMMAS}
    t = claim.time
    if isinstance(t, EventTime) and t.date:
        features.add(f"d:{t.date.isoformat()[:7]}")
    slots = set(claim.slots)
    if any(s.startswith("occ:") and not s.startswith("occ:act:") for s in claim.slots):
        slots.add("occ:*")  # "the incident" meets whatever occurrence another report names
    slots |= {key for s in claim.slots if (key := _by_role(s))}  # "23 people arrested" meets "60 rioters detained"
    keys = {f"{slot}|{f}" for slot in slots for f in features}
    # the same uncommon figure ("2,500") is worth a look whatever noun it counts
    keys |= {f"n:{q.value:g}" for q in claim.quantities if q.value >= 50 and q.dimension in (None, "count")}
    # and so is the same figure of a measure in any unit ("40 metres" / "40 feet": a mixed-up unit)
    keys |= {f"n:{q.value:g}:{q.dimension}" for q in claim.quantities if q.dimension in MEASURES}
    keys |= set(claim.slots) if len(claim.slots) and not features else set()
    # wording: its three longest content words (a denial and the statement it denies may share
    # no slot, only words), and, within one story (its anchors), its six longest
    words = sorted(
        {w for w in claim.lemmas if w not in GENERIC_LEMMAS and len(w) > 3}, key=lambda w: (-len(w), w)
    )
    keys |= {f"{WORD_KEY}{w}" for w in words[:3]}
    # a denial and the statement it denies meet on the denied words ("did not declare a mayday" /
    # "declared a mayday"): the denied words of a negated claim, and every claim's main verb
    keys |= {f"{WORD_KEY}{w}" for w in claim.negated_terms if w not in GENERIC_LEMMAS and len(w) > 3}
    verb = main_verb(claim.text)
    if verb and verb not in GENERIC_LEMMAS and len(verb) > 3:
        keys.add(f"{WORD_KEY}{verb}")
    keys |= {f"story|{anchor}|{w}" for anchor in claim.places[:3] for w in words[:6]}
    return keys | denial_keys(claim)


def key_weight(posted: int) -> int:
    """What sharing a key posted for `posted` claims says of two claims, for ranking candidates:
    the rarer the key, the more (an inverse document frequency). A whole number, so that a
    candidate's sum does not depend on the order the keys are met in (set order varies between
    processes, and the service must rank as the batch does)."""
    return MAX_POSTING // posted


class KeyIndex:
    """An inverted index of blocking keys over claims, built up one claim at a time (the same
    keys are what the service stores in its database)."""

    def __init__(self) -> None:
        self.postings: dict[str, list[Claim]] = defaultdict(list)
        # each added claim's keys, by id: `met` asks for them again (claims do not change while
        # an index of them is in use; one re-timed is indexed anew)
        self._keys: dict[str, tuple[Claim, set[str]]] = {}

    def add(self, claim: Claim) -> None:
        if claim.modality == "question":
            return
        keys = blocking_keys(claim)
        self._keys[claim.id] = (claim, keys)
        for key in keys:
            self.postings[key].append(claim)

    def keys_of(self, claim: Claim) -> set[str]:
        """`blocking_keys` of a claim, as worked out when it was added."""
        added = self._keys.get(claim.id)
        return added[1] if added is not None and added[0] is claim else blocking_keys(claim)

    def candidates(self, claim: Claim) -> list[Claim]:
        """Claims of other sources sharing a key with `claim` (keys too common are skipped). A
        claim met only through single words must share two of them: one common word alone
        ("ferry", "hospital") pairs every report of every story of a kind. At most
        MAX_CANDIDATES, the closest first by `key_weight`."""
        return self.chosen(claim, self.met(claim))

    def met(self, claim: Claim) -> Met:
        """The first half of `candidates`: the claims met through keys, and their weights. The
        lemmas of those met only through words (`Met.through_words`) decide the rest."""
        met = Met()
        weights, postings = met.weights, self.postings
        source_id, claim_id = claim.source_id, claim.id
        for key in self.keys_of(claim):
            # (a denial key is looked up under the other polarity; the test first spares the
            # other keys a call)
            members = postings.get(lookup_key(key) if key.startswith(DENIAL_KEY) else key)
            if not members or len(members) > MAX_POSTING:
                continue
            found = met.through_words if key.startswith(WORD_KEY) else met.through_keys
            weight = key_weight(len(members))
            # (the hot loop of a large store's ingest: tens of thousands of postings an article)
            for other in members:
                if other.source_id != source_id and other.id != claim_id:
                    other_id = other.id
                    if other_id not in found:
                        found[other_id] = other
                    weights[other_id] = weights.get(other_id, 0) + weight
        return met

    def chosen(self, claim: Claim, met: Met) -> list[Claim]:
        """The second half of `candidates`."""
        seen = met.through_keys
        own, _ = _wording(tuple(claim.lemmas))
        for other_id, other in met.through_words.items():
            if other_id not in seen and len(own.intersection(other.lemmas)) >= 2:
                seen[other_id] = other
        if len(seen) > MAX_CANDIDATES:
            # a large corpus retells a stock phrase in hundreds of stories: compare with the
            # claims closest to this one by the keys they share (its own story's come first),
            # as a retrieval system ranks documents by the rare terms they share with a query
            # (sorted as (-weight, id) pairs: ids are unique, so the order is the same as by that
            # key, and no Python function runs per candidate)
            closeness = map(neg, map(met.weights.__getitem__, seen))
            ranked = sorted(zip(closeness, seen, strict=True))[:MAX_CANDIDATES]
            return [seen[i] for _, i in ranked]
        return list(seen.values())


@dataclass
class Met:
    """The claims one claim meets in a `KeyIndex`, by id: through a key other than a single word,
    only through single words, and the summed `key_weight` of the keys each shares with it."""

    through_keys: dict[str, Claim] = field(default_factory=dict)
    through_words: dict[str, Claim] = field(default_factory=dict)
    weights: Counter[str] = field(default_factory=Counter)

    def words_only(self) -> set[str]:
        return self.through_words.keys() - self.through_keys.keys()


def candidate_pairs(claims: list[Claim]) -> Iterable[tuple[Claim, Claim]]:
    """Pairs of claims from different sources that share a blocking key, each pair once."""
    index = KeyIndex()
    for claim in claims:
        index.add(claim)
    order = {c.id: n for n, c in enumerate(claims)}
    for claim in claims:
        if claim.modality == "question":
            continue
        later = [other for other in index.candidates(claim) if order[other.id] > order[claim.id]]
        for other in sorted(later, key=lambda o: order[o.id]):
            yield claim, other


def lexical_similarity(a: Claim, b: Claim) -> float:
    la, sorted_a = _wording(tuple(a.lemmas))
    lb, sorted_b = _wording(tuple(b.lemmas))
    if not la or not lb:
        return 0.0
    dice = 2 * len(la & lb) / (len(la) + len(lb))
    ratio = fuzz.token_sort_ratio(sorted_a, sorted_b) / 100
    return 0.6 * dice + 0.4 * ratio


CONTAINED_WORDS = 4  # a shorter statement must say this much for its containment to count
RESTATED = 0.85  # the share of its words the longer must repeat
CONTAINED_WEIGHT = 0.85  # with shared slots, the wording a restatement counts as


def contained_wording(a: Claim, b: Claim) -> float:
    """The share of the shorter claim's content words the other repeats, when the shorter says
    enough: "the line remains closed between A and B" inside "the line between A and B will
    remain closed while investigators carry out their work" (the longer says it too, and
    more, which its plain similarity counts against it)."""
    la, _ = _wording(tuple(a.lemmas))
    lb, _ = _wording(tuple(b.lemmas))
    shorter = min(len(la), len(lb))
    return len(la & lb) / shorter if shorter >= CONTAINED_WORDS else 0.0


@lru_cache(maxsize=16384)
def _wording(lemmas: tuple[str, ...]) -> tuple[frozenset[str], str]:
    """A claim's content words as the linker compares them (generic ones left out), and the same
    sorted and joined. Cached on the lemmas: a claim is compared with dozens of candidates."""
    words = frozenset(w for w in lemmas if w not in GENERIC_LEMMAS)
    return words, " ".join(sorted(words))


@lru_cache(maxsize=65536)
def _names_match(sa: frozenset[str], sb: frozenset[str]) -> bool:
    """Whether any name of one set is the same entity as one of the other. Cached: the claims of
    one article mostly carry the same names (their story's anchors)."""
    return any(same_entity(x, y) for x in sa for y in sb)


def shares_a_name(a: Claim, b: Claim) -> bool:
    """Whether two claims name the same entity, or the same named speaker, so that they may be
    one story's even where the places they are set in differ."""
    sa, _ = _entity_keys(a)
    sb, _ = _entity_keys(b)
    if sa & sb or _names_match(sa, sb):
        return True
    # the very same name: a surname or an institution alone ("Sato", "the port authority") is
    # another story's other person or body as often as it is the same one
    return bool(
        a.speaker
        and b.speaker
        and proper_name(a.speaker)
        and same_entity(entity_key(a.speaker), entity_key(b.speaker))
    )


def entity_similarity(a: Claim, b: Claim) -> float:
    sa, ca = _entity_keys(a)
    sb, cb = _entity_keys(b)
    if sa & sb or _names_match(sa, sb):
        return 1.0
    if a.speaker and b.speaker and a.speaker[:1].isupper() and same_named_speaker(a, b):
        return 1.0  # the same named speaker ("Sharon Kaminski confirmed" / "Kaminski denied")
    if ca & cb:
        return 0.4
    return 0.0


HARM_QTY = ("death", "injury", "any", "missing", "ill")
PERSON_FAMILY = PERSON_CLASSES | {"?"}


@lru_cache(maxsize=4096)
def _family(slot: str) -> str:
    """A count's slot without what happened to the people ("qty:person:evacuated" ->
    "qty:person"), except harm, which is a different count."""
    parts = slot.split(":")
    if len(parts) == 3 and parts[0] == "qty" and parts[2] not in HARM_QTY and parts[1] in PERSON_FAMILY:
        return ":".join(parts[:2])
    return slot


# Occurrences named by a word that fits any event ("the incident", "the emergency"): the same
# occurrence as one a report names more precisely ("the diversion", "the crash").
GENERIC_OCCURRENCES = {"occ:incident"}


def shared_slots(a: Claim, b: Claim) -> set[str]:
    shared = a.slots & b.slots
    for x, y in ((a, b), (b, a)):
        if x.slots & GENERIC_OCCURRENCES:
            shared |= {s for s in y.slots if s.startswith("occ:") and not s.startswith("occ:act:")}
    families = {_family(s) for s in b.slots}
    shared |= {s for s in a.slots if s.startswith("qty:") and _family(s) in families}
    shared |= _people_by_role(a.slots, b.slots)
    # a figure whose noun is elided ("About 2,500 have been in Iraq") may count anything
    for x, y in ((a, b), (b, a)):
        if "qty:?" in x.slots:
            for slot in y.slots:
                if slot.startswith("qty:") and _same_figure(x, y):
                    shared.add(slot)
    return shared


# what befalls only people: a count with such a role counts people, whatever its noun says
PEOPLE_ROLES = {"rescued", "evacuated", "displaced", "arrested", "trapped", "stranded", "aboard"}


@lru_cache(maxsize=4096)  # (asked of every slot pair of every candidate pair)
def people_by_role(slot_a: str, slot_b: str) -> bool:
    """ "23 people arrested" and "more than 60 rioters detained": one count of people by what
    befell them, when one of the two nouns is only "people"; and "31 people on the bus" against
    "carrying 52 passengers" (which the numeric detector compares one way only)."""
    if {slot_a, slot_b} == {"qty:person:aboard", "qty:passenger"}:
        return True  # everyone aboard, and the passengers among them
    pa, pb = slot_a.split(":"), slot_b.split(":")
    return (
        len(pa) == len(pb) == 3 and pa[0] == pb[0] == "qty" and pa[2] == pb[2]
        and ({pa[1], pb[1]} in ONE_GROUP or (
            pa[2] in PEOPLE_ROLES and bool({"person", *RELATIONAL} & {pa[1], pb[1]})
            and _people_noun(pa[1]) and _people_noun(pb[1])
        ))
    )  # fmt: skip


# classes of people one report may call by the other's name ("130 children of the school fell
# ill" / "87 students of the school"; "1,240 patients have been treated for heatstroke" / "2,100
# people treated for heatstroke")
ONE_GROUP = [{"child", "student"}, {"patient", "person"}]


# people a report may count by what befell them, besides the classes the lexicon knows
PEOPLE_NOUNS = {"rioter", "protester", "demonstrator", "looter", "fan", "spectator", "migrant", "refugee", "tourist",
                "visitor", "pilgrim", "supporter", "villager", "holidaymaker", "commuter", "shopper", "guest"}  # fmt: skip


# people named by whom they work beside: any people, as "people" is
RELATIONAL = {"colleague"}


def _people_noun(cls: str) -> bool:
    """Whether a counted noun's class is people ("homes", "families", "dogs", "cars" are not)."""
    return cls in PERSON_CLASSES or cls in PEOPLE_NOUNS or cls in RELATIONAL or cls == "?"  # ("243 rescued": the noun left out)


def _by_role(slot: str) -> str:
    """The key a count of people is met under whatever its noun (see `people_by_role`)."""
    if slot == "qty:passenger":
        return "qty:*:aboard"
    parts = slot.split(":")
    return f"qty:*:{parts[2]}" if len(parts) == 3 and parts[0] == "qty" and parts[2] in PEOPLE_ROLES else ""


def _people_by_role(slots_a: set[str], slots_b: set[str]) -> set[str]:
    return {x for x in slots_a for y in slots_b if x != y and people_by_role(x, y)}


def _same_figure(a: Claim, b: Claim) -> bool:
    for qa in a.quantities:
        for qb in b.quantities:
            if qa.value >= 50 and _overlap(qa.interval(), qb.interval()):
                return True
    return False


def _overlap(x: tuple[float, float], y: tuple[float, float]) -> bool:
    return x[0] <= y[1] and y[0] <= x[1]


def slot_agreement(a: Claim, b: Claim, slots: set[str]) -> float:
    """1.0 when the claims answer a shared question alike; 0.7 when they answer it differently
    (still the same question: a candidate conflict)."""
    best = 0.0
    for slot in slots:
        if slot.startswith("qty:"):
            best = max(best, _quantity_agreement(a, b))
        elif slot.startswith("out:"):
            pa = {f.polarity for f in a.frames if f.kind == "outcome"}
            pb = {f.polarity for f in b.frames if f.kind == "outcome"}
            best = max(best, 1.0 if pa & pb else 0.7)
        elif slot.startswith("status:"):
            # a leak still going and a leak sealed: the same question, answered differently
            group = slot.split(":")[1]
            va = {f.value for f in a.frames if f.kind == f"status:{group}"}
            vb = {f.value for f in b.frames if f.kind == f"status:{group}"}
            # one person's status ("status:alive:driver") is a narrower question than a process's
            best = max(best, 1.0 if va & vb else 0.85 if slot.count(":") == 2 else 0.7)
        elif slot == "harm":
            za = {f.count == 0 for f in a.frames if f.kind == "harm"}
            zb = {f.count == 0 for f in b.frames if f.kind == "harm"}
            best = max(best, 1.0 if za & zb else 0.7)
        elif slot == "resp":
            best = max(best, 1.0 if _same_agents(a, b) else 0.7)  # who claimed or is blamed
        elif slot in COMPARE_ONLY or slot.startswith("des:"):
            best = max(best, 0.6)
        elif slot == "dmg":
            da = {f.value for f in a.frames if f.kind == "damage"}
            db = {f.value for f in b.frames if f.kind == "damage"}
            best = max(best, 1.0 if da & db else 0.7)
        else:
            best = max(best, 0.9)
    return best


def _opposite_statuses(a: Claim, b: Claim, slots: set[str]) -> bool:
    """A status both claims give, one as going and the other as ended: answers to one question
    that differ, not one claim."""
    for slot in slots:
        if slot.startswith("status:"):
            kind = ":".join(slot.split(":")[:2])
            va = {f.value for f in a.frames if f.kind == kind}
            vb = {f.value for f in b.frames if f.kind == kind}
            if va and vb and not va & vb:
                return True
    return False


def _same_agents(a: Claim, b: Claim) -> bool:
    """Both say the same group is behind the act (or both that nobody has claimed it)."""

    def agents(c: Claim) -> list[tuple[bool, str | None]]:
        return [(f.polarity, f.target) for f in c.frames if f.kind == "responsibility"]

    def agree(x: tuple[bool, str | None], y: tuple[bool, str | None]) -> bool:
        return x[0] == y[0] and same_agent(x[1], y[1]) is not False

    return any(agree(x, y) for x in agents(a) for y in agents(b))


def _quantity_agreement(a: Claim, b: Claim) -> float:
    best = 0.0
    for qa in a.quantities:
        for qb in b.quantities:
            if qa.dimension in MEASURES and qa.dimension == qb.dimension:
                ia, ib = converted_interval(qa), converted_interval(qb)  # 6 inches and 150 mm agree
                if ia is not None and ib is not None:
                    same_figure = qa.value == qb.value and qa.canonical_unit != qb.canonical_unit
                    # "40 metres" and "40 feet": one measurement, its unit mixed up on one side
                    best = max(best, 1.0 if _overlap(ia, ib) else 0.9 if same_figure else 0.7)
                continue
            if qa.canonical_unit != qb.canonical_unit and None not in (qa.canonical_unit, qb.canonical_unit):
                continue
            if _overlap(qa.interval(), qb.interval()):
                best = max(best, 1.0)
            elif qa.cumulative and qb.cumulative:
                best = max(best, 0.9)  # a running total reported at two dates
            else:
                best = max(best, 0.7)
    return best or 0.6


def time_between(a: Claim, b: Claim) -> str:
    ta = a.time if isinstance(a.time, EventTime) else EventTime()
    tb = b.time if isinstance(b.time, EventTime) else EventTime()
    relation = time_relation(ta, tb)
    # both claims take the time of their article's main event; two stories on the same place a
    # day apart report one event, one of them misdated (the date detector says so)
    inherited = ta.source in INHERITED and tb.source in INHERITED
    if relation == "near" and inherited and places_match(place_keys(a), place_keys(b)) is True:
        return "same"
    if relation == "unknown" and "harm" in a.slots and "harm" in b.slots and (_year_before(ta, tb) or _year_before(tb, ta)):
        return "different"
    return relation


def _year_before(x: EventTime, y: EventTime) -> bool:
    """Harm told of a year before the year another report was filed in, about an event it does
    not date: "In 2017, two trains collided ..., killing six" is an earlier event's toll."""
    return bool(x.month and x.month[0] and y.around and not y.date and x.month[0] < y.around.year)


def of_some_length(a: Claim, b: Claim) -> bool:
    """Both claims say enough (four content words or more) for their wording alone to count."""
    return min(len(set(a.lemmas)), len(set(b.lemmas))) >= 4


def _same_designated(a: Claim, b: Claim, slots: set[str]) -> bool:
    heads = {s.removeprefix("des:") for s in slots if s.startswith("des:")}
    if not heads:
        return False
    mine, theirs = dict(a.designators), dict(b.designators)
    return all(mine.get(h) is not None and mine.get(h) == theirs.get(h) for h in heads)


def score_pair(a: Claim, b: Claim, slots: set[str] | None = None, lexical: float | None = None) -> PairScore:
    """The pair's scores; `slots` and `lexical`, when given, are its `shared_slots` and
    `lexical_similarity` (`scored` has them already)."""
    slots = shared_slots(a, b) if slots is None else slots
    lexical = lexical_similarity(a, b) if lexical is None else lexical
    acts = {s for s in slots if s.startswith(COMPLEMENT)}
    if acts:
        pair = score_pair(a, b, slots - acts, lexical)
        pair.shared = slots
        # as close in topic as a compare-only slot makes a pair, to be compared
        pair.topic = round(max(pair.topic, 0.45 * COMPLEMENT_SLOT + 0.35 * lexical + 0.2 * pair.entity), 3)
        return pair
    entity = entity_similarity(a, b)
    relation = time_between(a, b)
    restated = 0.0  # what one claim saying all the other says adds to the link (not to the topic)
    if slots:
        slot = slot_agreement(a, b, slots)
        topic = 0.45 * slot + 0.35 * lexical + 0.2 * entity
        if of_some_length(a, b):
            restated = 0.35 * max(0.0, CONTAINED_WEIGHT * contained_wording(a, b) - lexical)
    else:
        slot = 0.0
        # wording alone: only near-identical statements of some length
        long_enough = of_some_length(a, b)
        # (or, a little less alike, about the same named thing: a name both give besides the story's)
        alike = lexical >= 0.72 or (lexical >= NAMED_LEXICAL and entity >= 1.0 and shares_a_name(a, b))
        topic = lexical + 0.1 * entity if long_enough and alike else lexical * 0.6
        contained = contained_wording(a, b) if long_enough else 0.0
        if contained >= RESTATED:  # one says all the other says, and more
            topic = max(topic, 0.7 * contained + 0.1 * entity)
    score = topic + restated + (0.1 if relation == "same" else 0.0)
    compare_only = bool(slots) and all(s in COMPARE_ONLY or s.startswith("des:") for s in slots)
    # two statements worded alike that share only a slot to compare ("the operator confirmed that
    # the edge lighting failed" twice) are linked on their wording, as slotless ones are
    worded_alike = compare_only and lexical >= 0.72 and of_some_length(a, b)
    # or, in fewer words alike, that name the same designated thing ("just east of the Depot Street
    # crossing" twice): the same place or thing said of the same story
    worded_alike = worded_alike or (compare_only and lexical >= SUGGEST and _same_designated(a, b, slots))
    if slots and slot <= 0.7 and not any(s.startswith(("qty:", "occ:")) for s in slots) and not worded_alike:
        score = min(score, CONFIRM - 0.01)  # "no injuries" and "two hurt" answer alike only in topic
    if compare_only and not worded_alike:
        score = min(score, CONFIRM - 0.01)  # worth comparing, never the same claim on that alone
    if _opposite_statuses(a, b, slots):
        score = min(score, CONFIRM - 0.01)  # "remains closed" / "reopened": one question, two answers
    if worded_alike:
        score = max(score, lexical + 0.1 * entity)
    if lexical >= SUGGEST and _same_phone_number(a, b):
        score = max(score, CONFIRM + 0.05)  # "a helpline on 0800 417 417" / "call our bureau on 0800 417 417"
    places = places_match(place_keys(a), place_keys(b))
    if places is False and (entity < 1.0 or not shares_a_name(a, b)):
        # a fire in Dunmore and a fire in Kelmet: two events, unless something else names the same
        # story (the same ferry reported off two different islands is one event misplaced); and
        # "no injuries were reported" in two stories set in different places is not one claim
        score = min(score, CONFIRM - 0.01)
    time_bound = any(s.startswith(TIME_BOUND) for s in slots) or any(
        s.startswith("qty:") and not _cumulative(a) and not _cumulative(b) for s in slots
    )
    occurrence = any(s.startswith("occ:") for s in slots)
    next_day = relation == "near" and (not occurrence or daily_tallies(a, b, slots))
    if (relation == "different" or next_day) and time_bound:
        score = min(score, SUGGEST - 0.01)  # another event (or another day's tally): compared, never merged
    elif relation in ("same", "near") and any(s.startswith("occ:") for s in slots) and places is not False:
        # two reports of one event: the same kind of event, at compatible times and places
        score = max(score, CONFIRM + (0.1 if relation == "same" else 0.02))
    if "own" in slots and topic < COMPARABLE and _held_alike(a, b):
        topic = COMPARABLE  # two owners named for one thing share no name by nature: compared all the same
    return PairScore(
        a.id,
        b.id,
        round(min(score, 1.0), 3),
        round(topic, 3),
        lexical,
        entity,
        slot,
        relation,
        slots,
        negation_candidate(a, b, lexical),
    )


def _same_phone_number(a: Claim, b: Claim) -> bool:
    """Both claims give one telephone number (see claims.quantities.phone_numbers)."""
    return any(w.startswith("tel:") and w in b.lemmas for w in a.lemmas)


def _held_alike(a: Claim, b: Claim) -> bool:
    """Both claims say who owns, runs or built the same kind of thing ("The dam is owned by
    Sunvale Horticulture" / "the dam belongs to Tembea Agri Ventures")."""
    return any(
        same_thing(x.thing, y.thing) and same_role(x, y) for x in owners(a.text) for y in owners(b.text)
    )


def daily_tallies(a: Claim, b: Claim, slots: set[str]) -> bool:
    """An act done over and over ("cancelled", "arrested"), counted in each claim with figures
    that differ ("scrapped 231 services on Monday" / "cancelled 328 flights on Tuesday"): two
    days' tallies of it, if their days differ, not one act put on two days."""
    occurrences = [s for s in slots if s.startswith("occ:")]
    if not occurrences or not all(s.startswith("occ:act:") for s in occurrences):
        return False
    for slot in slots:
        if slot.startswith("qty:"):
            qa = [q for q in a.quantities if q.slot == slot]
            qb = [q for q in b.quantities if q.slot == slot]
            if qa and qb and not any(_overlap(x.interval(), y.interval()) for x in qa for y in qb):
                return True
    return False


def place_keys(claim: Claim) -> list[str]:
    """The specific places a claim's event happened at: named in it, or inherited."""
    return specific_places(claim) or [p for p in claim.places if p not in COUNTRIES]


def _cumulative(claim: Claim) -> bool:
    return any(q.period_total for q in claim.quantities)


def worth_keeping(pair: PairScore) -> bool:
    return pair.topic >= COMPARABLE or pair.score >= SUGGEST or pair.negation_candidate


SAME_SPEAKER_LEXICAL = 0.2  # one speaker's two statements on a point share few words besides it


# "no evidence that the valve failed" denies that the valve failed: the word for knowing it is
# not part of what is denied
EVIDENCE_WORDS = {"evidence", "sign", "indication", "proof", "suggestion", "trace"}


def denial_covered(a: Claim, b: Claim) -> bool:
    """What the negated claim denies is, word for word, what the other says: "the gates had not
    been opened at the scheduled time" against "the gates were opened at the scheduled time of
    1 p.m. and [more]" (the other clause may say more, which lowers their plain similarity)."""
    neg, pos = (a, b) if a.negated else (b, a)
    denied = {w for w in neg.negated_terms if w not in GENERIC_LEMMAS | EVIDENCE_WORDS and not w.isdigit()}
    if len(denied) >= 2 and len(denied & set(pos.lemmas)) >= 0.75 * len(denied):
        return True
    return denied_by_name(neg, pos) or denied_of_anyone(neg, pos)


# an act denied of anyone, in the passive ("Nobody was arrested", "No one has been evacuated")
ANYONE_DENIED = re.compile(
    r"^\s*(?:nobody|no\s+one|no-one)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<verb>[a-z]+(?:ed|en))\b",
    re.I,
)


def denied_of_anyone(neg: Claim, pos: Claim) -> bool:
    """The act one claim tells is denied of anyone at all by the other ("Nobody was arrested" /
    "Police detained 12 protesters"). What follows the act must be the other's too: "Nobody was
    evacuated from the school" denies nothing of homes evacuated on Harlow Street."""
    m = ANYONE_DENIED.match(neg.text)
    if pos.negated or m is None:
        return False
    verb = lemma(m["verb"].lower())
    if (SYNONYMS.get(verb, verb),) != _act(pos.text):
        return False
    rest = {lemma(w) for w in WORD_RE.findall(neg.text[m.end() :].lower())} - STOPWORDS - TIME_WORDS
    return rest <= set(pos.lemmas)


WORD_RE = re.compile(r"[a-z][a-z'-]*")
TIME_WORDS = {"yesterday", "today", "overnight", "monday", "tuesday", "wednesday", "thursday", "friday",
              "saturday", "sunday", "morning", "afternoon", "evening", "night", "time", "far"}  # fmt: skip


def denied_by_name(neg: Claim, pos: Claim) -> bool:
    """The thing one claim denies is named by the other, which does not deny it: "no tear gas
    had been used" / "police fired tear gas", "There was no fire" / "a small fire broke out"."""
    thing = _denied(neg)
    if thing is None or pos.negated:
        return False
    act = _act(pos.text)
    if len(thing) == 1 and _people(thing[0]):
        # "No protesters were arrested" denies an arrest, not the protesters: only the act counts
        return act is not None and act == (main_verb(neg.text),)
    return thing in named_things(pos.text) or (
        act is not None and len(thing) == 1 and _acts_denied(neg.text, thing[0], act[0])
    )


def _people(word: str) -> bool:
    return noun_class(word) in PERSON_CLASSES or word in PERSON_NOUNS


def _act(text: str) -> tuple[str, ...] | None:
    """The act a clause tells of by its verb, as a thing a denial may name: "no arrests were
    made" denies what "police detained three picketers" tells (its verb's lemma, synonyms folded)."""
    verb = main_verb(text)
    return (verb,) if verb and verb not in GENERIC_LEMMAS else None


def _acts_denied(text: str, thing: str, verb: str) -> bool:
    """The denial names the act the other claim's verb tells, counted or by a noun made from the
    verb ("no arrests were made" / "police arrested three"; "no complaints" / "had complained";
    "no evacuation was ordered" / "evacuated 40 homes"), not a relation or a quality the verb's
    own form names ("no link between the two clusters" / "cases linked to a cheese")."""
    derived = thing != verb and verb.rstrip("e") in _verb_stems(thing)  # (not "protesters" / "protested")
    if not derived and thing != verb:
        return False
    return any(
        lemma(w) == thing and (derived or w.endswith("s")) for w in re.findall(r"\bno\s+([a-z-]+)", text.lower())
    )


def _denied(claim: Claim) -> tuple[str, ...] | None:
    """The thing a negated claim denies by name, unless it denies harm or damage ("No
    firefighters have been injured", "found no damage"): the harm frames compare those, with
    whose harm and what damage."""
    thing = denied_thing(claim.text) if claim.negated and not claim.frames else ()
    return thing if thing and thing[0] not in GENERIC_LEMMAS | EVIDENCE_WORDS else None


@lru_cache(maxsize=4096)
def named_things(text: str) -> frozenset[tuple[str, ...]]:
    """What a clause's verb tells of, by name: the words just before it ("a small fire broke
    out") and the word or two after it ("police fired tear gas"). A thing named elsewhere in the
    clause ("to understand the full impact of the incident") is not said to be there or to
    have happened."""
    verb = main_verb(text)
    if verb is None:
        return frozenset()
    lemmas = [lemma(t.text) if t.text.islower() else "" for t in tokenize(text)]
    at = [i for i, w in enumerate(lemmas) if w == verb]
    if not at:
        return frozenset()
    window = range(max(0, at[0] - 3), min(len(lemmas), at[0] + 3))
    found: set[tuple[str, ...]] = set()
    for i in window:
        w = lemmas[i]
        if not w or w in STOPWORDS or i == at[0]:
            continue
        found.add((w,))
        if i + 1 < len(lemmas) and lemmas[i + 1] and lemmas[i + 1] not in STOPWORDS:
            found.add((w, lemmas[i + 1]))
    return frozenset(found)


DENIAL_KEY = "not|"  # a thing denied ("not|-|fire") meets the same thing named by a verb ("not|+|fire")


def denial_keys(claim: Claim) -> set[str]:
    thing = _denied(claim)
    if thing is not None:
        keys = {f"{DENIAL_KEY}-|{' '.join(thing)}"}
        if len(thing) == 1:  # (an act denied by a noun made from its verb: "no evacuation")
            keys |= {f"{DENIAL_KEY}-|act:{stem}" for stem in _verb_stems(thing[0])}
        return keys
    if claim.negated:
        return set()
    keys = {f"{DENIAL_KEY}+|{' '.join(t)}" for t in named_things(claim.text) if t[0] not in GENERIC_LEMMAS}
    if act := _act(claim.text):
        keys |= {f"{DENIAL_KEY}+|{act[0]}", f"{DENIAL_KEY}+|act:{act[0].rstrip('e')}"}
    return keys


# nouns made from verbs, and the stem of the verb each leaves ("evacuation": evacuat(e),
# "inspection": inspect, "complaint": complain, "warning": warn, "payment": pay)
NOUN_ENDINGS = (("ation", "at"), ("ition", "it"), ("tion", "t"), ("ment", ""), ("ing", ""), ("al", ""), ("t", ""))


def _verb_stems(noun: str) -> set[str]:
    stems = {noun.rstrip("e")}
    for ending, left in NOUN_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            stems.add(noun[: -len(ending)] + left)
    return stems


def lookup_key(key: str) -> str:
    """The key a claim looks its candidates up under: its own, but for a denial key, the other
    polarity's (a denial looks for the thing named, a statement for its denial)."""
    if not key.startswith(DENIAL_KEY):
        return key
    sign = "+" if key[len(DENIAL_KEY)] == "-" else "-"
    return f"{DENIAL_KEY}{sign}{key[len(DENIAL_KEY) + 1 :]}"


def negation_candidate(a: Claim, b: Claim, lexical: float) -> bool:
    """One side says something did not happen, the other says it did, in much the same words;
    or one speaker is reported confirming a thing and denying it (whatever the topic score:
    a denial is worded unlike the claim it denies). Also the same quotation credited to two
    different people: the attribution detector compares them, whatever else their clauses say."""
    if a.negated != b.negated and (lexical >= NEGATION_LEXICAL or denial_covered(a, b)):
        return True
    if opposed_positions(a, b) and lexical >= SAME_SPEAKER_LEXICAL and same_speaker(a, b):
        return True
    return misattributed(a, b)


# Below this wording similarity a pair without a shared slot cannot be worth keeping (its topic
# is at most 0.6 x lexical, plus 0.1 for the same time: under SUGGEST) unless it is a denial.
WORDING_FLOOR = (SUGGEST - 0.1) / 0.6 - 0.01  # (scores are rounded to three places)


def scored(a: Claim, b: Claim) -> PairScore | None:
    """`score_pair` of the pair if it is `worth_keeping`, else None. A cheap test first lets
    through every pair `worth_keeping` would keep (most candidate pairs share no slot and few
    words, and need not be scored in full); the slots and wording it looks at are worked out
    once for both."""
    slots = shared_slots(a, b)
    lexical = lexical_similarity(a, b)
    if (
        not slots
        and lexical < WORDING_FLOOR
        and not negation_candidate(a, b, lexical)
        and (not of_some_length(a, b) or contained_wording(a, b) < RESTATED)
    ):
        return None
    pair = score_pair(a, b, slots, lexical)
    return pair if worth_keeping(pair) else None


def score_candidates(claims: list[Claim]) -> list[PairScore]:
    """Scores of every candidate pair close enough in topic to matter."""
    return [p for a, b in candidate_pairs(claims) if (p := scored(a, b))]


def rescore(claims: list[Claim], pairs: list[PairScore], articles: set[str]) -> list[PairScore]:
    """`score_candidates` again after the claims of `articles` changed (their event took a
    date): pairs of other claims keep their scores, the changed claims are paired anew. The
    result is what `score_candidates` would give, in the same order."""
    order = {c.id: n for n, c in enumerate(claims)}
    kept = {(p.a, p.b): p for p in pairs if _article(p.a, claims, order) not in articles
            and _article(p.b, claims, order) not in articles}  # fmt: skip
    index = KeyIndex()
    for claim in claims:
        index.add(claim)
    for claim in claims:
        if claim.article_id not in articles or claim.modality == "question":
            continue
        for other in index.candidates(claim):
            a, b = (claim, other) if order[claim.id] < order[other.id] else (other, claim)
            if (a.id, b.id) not in kept and (p := scored(a, b)):
                kept[(a.id, b.id)] = p
    return sorted(kept.values(), key=lambda p: (order[p.a], order[p.b]))


def _article(claim_id: str, claims: list[Claim], order: dict[str, int]) -> str:
    return claims[order[claim_id]].article_id


def clusters(claim_ids: list[str], links: Iterable[tuple[str, str]]) -> list[list[str]]:
    """Connected components of confirmed links (each claim in at most one cluster), members in
    the order of `claim_ids`."""
    order = {cid: n for n, cid in enumerate(claim_ids)}
    parent = {cid: cid for cid in claim_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        ra, rb = find(a), find(b)
        if ra != rb:
            keep, drop = (ra, rb) if order[ra] < order[rb] else (rb, ra)
            parent[drop] = keep
    groups: dict[str, list[str]] = defaultdict(list)
    for cid in claim_ids:
        groups[find(cid)].append(cid)
    return [g for g in groups.values() if len(g) > 1]
