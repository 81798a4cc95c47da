"""Negation conflicts: one source says something did not happen, the other that it did.

Casualties: "no one was injured" vs "two workers were hurt". Agreeing forms stay agreeing:
"no casualties", "no injuries were reported", "no one was killed", "there were no fatalities".
Kinds of harm nest: casualties cover deaths and injuries, so "no casualties" contradicts
"two killed", while "no one was killed" does not contradict "two injured". The harmed groups
must overlap too ("no civilian casualties" vs "two soldiers killed" agree).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claims.clauses import AUXILIARIES, is_finite
from claims.conflicts.attribution import positions_of_a_speaker, same_speaker
from claims.conflicts.base import Finding, Pair, Side
from claims.conflicts.group_owner import owned_apart
from claims.events import EventTime, main_verb, places_match, specific_places
from claims.frames import harmed_noun
from claims.lexicon import CREW_ROLES, EVENT_NOUNS, GENERIC_CLASS, PERSON_CLASSES, SYNONYMS
from claims.linking import NEGATION_LEXICAL, denial_covered, denied_by_name, denied_of_anyone, place_keys
from claims.modality import NEGATION_RE, NOT_NEGATION, is_fixed_phrase
from claims.model import Claim, Frame
from claims.quantities import noun_class
from claims.status import PERSON_NOUNS
from claims.text import PAIR_WORD, STOPWORDS, lemma, tokenize, word_pairs

HARM_NAME = {
    "death": "deaths",
    "injury": "injuries",
    "any": "casualties",
    "missing": "people missing",
    "ill": "illnesses",
    "hospital": "hospital care",
    "severe": "serious injuries",
}


def _types_clash(zero: str, positive: str, positive_claim: Claim) -> bool:
    """Casualties cover deaths and injuries; the missing and the ill are counts of their own;
    "no serious injuries" ("severe") denies no harm a count of the injured reports; "none
    required hospital treatment" denies only injuries the other side puts in hospital."""
    if zero == "severe":  # denies only injuries the other side says are grave
        return positive in ("injury", "any") and _gravity(positive_claim.text) > 0
    if positive == "severe":
        return False
    if zero == "hospital":
        return positive in ("injury", "any") and _in_hospital(positive_claim)
    if {"missing", "ill"} & {zero, positive}:
        return zero == positive
    return zero == "any" or zero == positive


SEVERE_INJURY = re.compile(
    r"\b(?:seriously|critically|severely|gravely|badly)\s+(?:injured|hurt|wounded|burned|burnt)\b|"
    r"(?<![-\w])(?:serious|severe|life-threatening|critical|grave)\s+(?:[\w-]+\s+)?(?:injuries|injury|wounds|burns)\b|"
    r"\b(?:in\s+(?:a\s+)?critical(?:\s+but\s+stable)?\s+condition|critically\s+ill|fighting\s+for\s+(?:his|her|their)\s+lives?)\b",
    re.I,
)
# the graver words: "serious but not life-threatening" injuries are below them
GRAVEST = re.compile(r"life-threatening|critical|fighting\s+for", re.I)
NOT_BEFORE = re.compile(r"\b(?:not|no|non|nor)\b[\w\s-]{0,20}$", re.I)


def _gravity(text: str, denied: bool = False) -> int:
    """How grave the injuries a text reports (or, `denied`, denies): 2 for life-threatening or
    critical, 1 for serious, 0 for none said (or said not to be: "are not in a critical
    condition")."""
    found = [m for m in SEVERE_INJURY.finditer(text) if denied or not NOT_BEFORE.search(text[: m.start()])]
    if not found:
        return 0
    return 2 if any(GRAVEST.search(m.group()) for m in found) else 1


def _in_hospital(claim: Claim) -> bool:
    return "hospital" in claim.text.lower() or any(q.role == "care" for q in claim.quantities)


def _groups_overlap(x: str | None, y: str | None) -> bool:
    """Whether two harmed groups can overlap; a modifier that names no group of people ("No
    heat-related deaths") leaves the group open."""
    x, y = _group(x), _group(y)
    if not x or not y or x == y:
        return True
    # (everyone includes the guard, the cashier and the hostage: people the lexicon names)
    generic = GENERIC_CLASS["person"] | PERSON_NOUNS
    if (x == "person" and y in generic) or (y == "person" and x in generic):
        return True
    return y in GENERIC_CLASS.get(x, ()) or x in GENERIC_CLASS.get(y, ())  # responders and firefighters


def _spared_group_only(zero: str | None, positive: str | None) -> bool:
    """ "The two crew members were not hurt" against "six people were treated": a group spared
    says nothing of everyone else (while "nobody was hurt" against "two workers hurt" clashes)."""
    z, p = _group(zero), _group(positive)
    return bool(z) and z not in AFFECTED and p in (None, "person")


# groups that are the story's own casualties, not a group spared beside them: "none of the
# patients has died" speaks of everyone an outbreak made ill
AFFECTED = {"person", "patient", "victim"}


def _same_people(zero: Frame, positive: Frame, positive_claim: Claim) -> bool:
    """Whether the harm reported can be among the harm denied: the groups overlap, and the denial
    is not of a group spared alone; or the denied group is the one the other side's harm befell
    ("no residents were hurt" against "two residents were treated", though a resident counts as
    a person; not against "two firefighters were hurt helping residents")."""
    if zero.target is not None and zero.target not in PERSON_CLASSES and zero.target in _hurt(positive, positive_claim):
        return True  # (a class, "crew", is compared as a class: whose crew is not known)
    if zero.target == "crew" and CREW_ROLES & _hurt(positive, positive_claim):
        return True  # "both crew members were unhurt" / "the pilot was taken to hospital"
    if zero.target in CREW_ROLES and zero.target in positive_claim.lemmas:
        return True  # "the driver was not hurt" / "the driver ... is among the injured"
    return _names_group(positive_claim, zero.target) or (
        _groups_overlap(zero.target, positive.target) and not _spared_group_only(zero.target, positive.target)
    )


PARTITIVE = re.compile(r"\b(?:of|among)\s+(?:the|its|their|our)\s+(?P<words>(?:[a-z-]+\s+){0,2}[a-z-]+)", re.I)


def _names_group(claim: Claim, group: str | None) -> bool:
    """The claim counts its harmed as some of the group a denial spares ("none of the patients
    has died" / "two of the patients died"; "none of the rescuers" / "two members of the rescue
    brigade"), naming the group by its word or its stem. (Not "four crew members from the
    tanker" against another ship's crew: no part of the same group.)"""
    if not group or len(group) < 4:
        return False
    stem = group[:5]
    for m in PARTITIVE.finditer(claim.text):
        words = [lemma(w.lower()) for w in m["words"].split()]
        if any(w == group or (len(w) >= 5 and w[:5] == stem) for w in words):
            return True
    return False


NONE_OF = re.compile(r"\bnone\s+of\s+(?:the|our|its|their|his|her)\s+(?P<group>[a-z-]+)", re.I)


def _denial_of_them(zero: Frame, zero_claim: Claim, positive: Frame, positive_claim: Claim) -> bool:
    """A denial of grave harm to a group ("none of the children were seriously hurt") meets only
    grave harm said of that group, not "four of the injured are in a critical condition"."""
    if _gravity(positive_claim.text) < _gravity(zero_claim.text, denied=True):
        return False  # "no life-threatening injuries" admits serious ones
    m = NONE_OF.search(zero_claim.text)
    group = lemma(m["group"].lower()) if m else zero.target
    if group in (None, "person", "people", positive.target):
        return True
    hurt = _hurt(positive, positive_claim)
    return group in hurt or (noun_class(group) or group) in hurt


def _hurt(positive: Frame, claim: Claim) -> set[str]:
    """The words naming whom a harm befell: its group, the noun its figure counts ("two residents
    were treated"), or the noun its verb takes ("residents were injured")."""
    figures = [q for q in claim.quantities if q.text == positive.cue]
    if figures:
        words = {lemma(w) for q in figures for w in (q.unit or "").lower().split()}
    else:
        words = {noun} if (noun := harmed_noun(claim.text, positive.cue)) else set()
    return words | {positive.target} if positive.target else words


def _group(target: str | None) -> str | None:
    if target is None or target in PERSON_CLASSES:
        return target
    return None if "-" in target or target.endswith(("ed", "al", "ing", "relate")) else target


def _zero(f: Frame) -> bool:
    return f.kind == "harm" and f.count == 0


def _positive(f: Frame) -> bool:
    return f.kind == "harm" and (f.count is None or f.count > 0)


NOT_YET = re.compile(
    # ("at the time of the crash" dates what is denied; "at the time" alone means "then")
    r"\b(?:yet|so far|as yet|immediate|immediately|for now|at this stage|at the time(?! of)|at this time|at present)\b",
    re.I,
)
# "staff could not access patient records" tells what people were unable to do, which "staff
# lost access to records" says too; only a report that they could, or did (the same verb), does not
INABILITY = re.compile(r"\b(?:could\s+not|couldn['’]t|cannot|can['’]t|can\s+not|unable\s+to)\b", re.I)
ABILITY = re.compile(r"\b(?:could|can|able\s+to|managed\s+to|succeeded\s+in)\b", re.I)
LIGHT_VERBS = {"make", "have", "take", "get", "be", "do", "give", "go", "need", "yet"}
# "too fast to stop": what was too much for the act says it did not happen
TOO_MUCH_TO = re.compile(r"\btoo\s+\w+\s+to\s+\w+", re.I)
# "it was too early to say why the train had not stopped": a reason asked for takes the
# negation as given, and denies nothing another report says
ASKED_WHY = re.compile(r"\bwhy\b[^,;]*?\b(?:not|n['’]t|never)\b", re.I)
# "... two chairlifts were closed; neither was linked to the accident": denied of the things
# named before, which the other report does not speak of
NONE_OF_THOSE = re.compile(r"(?:neither|none)\s+(?:was|were|is|are|has|have|had)\b", re.I)
GENERIC = {"say", "report", "also", "people", "official", "time", "day", "one", "two"}


# a denial of harm over a long stretch before the event ("until last week, the network had not
# seen a fatal derailment in more than two decades"), or of the rest of a group besides those
# harmed ("the four other members of the group escaped unhurt", "the remaining passengers")
RECORD_OR_REST = re.compile(
    r"\b(?:until\s+(?:last|this)\b|in\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:\w+\s+)?(?:years|decades)\b|"
    r"for\s+(?:more\s+than\s+|over\s+)?(?:\w+\s+)?(?:years|decades)\b|other|others|remaining|rest\s+of)\b",
    re.I,
)


# what was known or reported, as against what happened
KNOWN = re.compile(r"\b(?:report\w*|known|confirm\w*|aware|record\w*|information)\b", re.I)


def _not_yet_known(neg: Side, pos: Side) -> bool:
    """The denial says only that nothing was known yet ("no one was reported hurt at the time",
    "no immediate reports of injuries"), and the other report is not older than it. A denial of
    the harm itself up to its day ("no rescue personnel have been injured in the operation so
    far") still covers harm the other report dates to that day or before."""
    cues = {m.group().lower() for m in NOT_YET.finditer(neg.claim.text)}
    if not cues or (neg.reported and pos.reported and pos.reported < neg.reported):
        return False
    return not (cues == {"so far"} and not KNOWN.search(neg.claim.text) and _dated_by(pos, neg.reported))


def _harmed_since(neg: Side, pos: Side) -> str | None:
    """The day the other side's own words date the harm to, when it is after the denial was
    published ("None of the passengers was killed", March 12 / "A passenger who had been
    seriously injured died in hospital on Sunday", March 15): the count grew, no one erred."""
    t, told = pos.claim.time, neg.reported
    if told is None and isinstance(neg.claim.time, EventTime) and neg.claim.time.date:
        told = neg.claim.time.date + timedelta(days=1)  # an undated wire is filed on the day or the next
    if told is None or t is None or t.source != "own" or t.date is None or t.date <= told:
        return None
    return t.date.isoformat()


def _dated_by(side: Side, day: date | None) -> bool:
    """The side's own words date what it tells to `day` or earlier ("on Sunday morning")."""
    t = side.claim.time
    return day is not None and t is not None and t.source == "own" and t.date is not None and t.date <= day


def _denies(side: Side) -> bool:
    """A claim says something did not happen: a negation in its words, or a speaker denying it
    ("Tagle denied that the ferry had been overloaded")."""
    return side.claim.negated != (side.claim.stance == "deny")


# a relative clause opened after the clause's own verb: "Some 410 ambulances were diverted over
# the twelve days in which the emergency departments could not receive ambulance patients"
RELATIVE_OPENING = re.compile(
    r"(?:,\s*|\b(?:in|on|at|during|for|of|by)\s+)(?:which|whom|whose)\b|,\s*(?:who|where|when)\b", re.I
)


def _denied_in_a_relative_clause(text: str) -> bool:
    """The clause's negation lies in a relative clause about one of its things, after its own
    verb: the clause itself denies nothing."""
    cue = NEGATION_RE.search(text)
    if cue is None:
        return False
    opening = RELATIVE_OPENING.search(text, 0, cue.start())
    return opening is not None and _has_own_verb(text[: opening.start()])


def _has_own_verb(text: str) -> bool:
    """A verb of the clause's own before the relative clause."""
    return any(is_finite(w.lower()) or w.lower() in AUXILIARIES for w in re.findall(r"[A-Za-z']+", text))


def _general(pair: Pair) -> Finding | None:
    """The same statement made by one side and denied by the other ("the coast guard received
    no distress call" vs "she received a distress call from the ferry"): the claims must be
    worded alike, be about the same story, and the denied verb and another word under the
    negation must recur on the other side."""
    if _denies(pair.a) == _denies(pair.b):
        return None
    if pair.lexical < 0.4 and not (
        pair.a.claim.negated != pair.b.claim.negated and denial_covered(pair.a.claim, pair.b.claim)
    ):
        return None
    if positions_of_a_speaker(pair.a.claim, pair.b.claim) and same_speaker(pair.a.claim, pair.b.claim):
        return None  # one speaker confirming, then denying: the attribution detector's to report
    neg, pos = (pair.a, pair.b) if _denies(pair.a) else (pair.b, pair.a)
    if any(_zero(f) for f in neg.claim.frames) and not any(f.kind == "harm" for f in pos.claim.frames):
        # a denial of harm ("none of the people held inside was hurt") is the harm frames' to
        # compare: it says nothing of what else befell them ("all four people held inside were freed")
        return None
    verb = main_verb(neg.claim.text)
    # (a place named under the negation is where something is denied, not what:
    # "failed to negotiate a hairpin bend near the Abra Malaga pass" denies nothing of another
    # report's bus "near the Abra Malaga pass")
    scoped = set(neg.claim.negated_terms) - GENERIC - {verb} - LIGHT_VERBS - _named_words(neg.claim.text)
    shared = scoped & set(pos.claim.lemmas)
    same_verb = bool(verb) and verb in pos.claim.lemmas and _done(verb, pos.claim)
    if ASKED_WHY.search(neg.claim.text) or TOO_MUCH_TO.search(pos.claim.text) or NONE_OF_THOSE.match(neg.claim.text):
        return None
    if neg.claim.negated and _denied_in_a_relative_clause(neg.claim.text):
        return None
    if _excepted(neg.claim, pos.claim) or _said_of_another_name(neg.claim, pos.claim):
        return None
    if (
        INABILITY.search(neg.claim.text)
        and main_verb(pos.claim.text) != verb
        and not ABILITY.search(pos.claim.text)
    ):
        return None
    if (
        pair.entity == 0
        and pair.lexical < 0.6
        and not (same_verb and len(shared) >= 2 and pair.lexical >= 0.5)
    ):
        # no shared name or place: likely another story, unless the denied act and two of the
        # things under the denial recur ("were not wearing seat belts" / "had been wearing a
        # seat belt")
        return None
    if _not_yet_known(neg, pos):
        return None  # "no one has claimed it yet", "no immediate claim": a later report may well know more
    # the same verb and something under the negation recur ("received no distress call" /
    # "received a distress call"); or, in other words, two or more of the negated things do
    # ("the sirens never sounded" / "the warning sirens were activated")
    # or what is denied of a thing named alike on both sides ("the outdoor warning sirens never
    # sounded" / "the outdoor warning sirens were activated": the verbs differ, the thing does not)
    subject = _subject_phrase(neg.claim)
    named_alike = bool(subject) and subject in word_pairs(pos.claim.text) and pair.lexical >= NEGATION_LEXICAL
    # or the thing denied is named on the other side ("no tear gas had been used" / "police fired
    # tear gas into the crowd")
    # (a denial by its words, not by a speaker's "denied"; a thing only asked for or offered is
    # not had: "No ransom has been paid" / "the group demanded a ransom of $4.5 million")
    thing_named = denied_by_name(neg.claim, pos.claim) and main_verb(pos.claim.text) not in ASKED_FOR
    # (a response denied is not the act it responds to: "the union would not accept the
    # company's offer of six per cent" against "the company has offered 6 percent")
    other_act = _another_act(verb, neg.claim, pos.claim)
    # or the same act denied of the thing or person the other says it befell ("The captain has
    # not been arrested" / "The captain was arrested"): what the denial is said of, before its cue
    # or denied of anyone at all ("Nobody was arrested" / "Police detained 12 protesters")
    said_of = (
        same_verb
        and verb not in GENERIC | LIGHT_VERBS
        and verb in neg.claim.negated_terms  # (the denied predicate is the clause's own)
        and (bool(_before_denial(neg.claim) & set(pos.claim.lemmas)) or denied_of_anyone(neg.claim, pos.claim))
    )
    if not (
        (same_verb and (shared or not neg.claim.negated or said_of))
        or (len(shared) >= 2 and pair.lexical >= 0.5 and not other_act)
        # or three of the denied words do ("none of the ammonia made it into Little Sandy Creek")
        or (len(shared) >= 3 and pair.lexical >= NEGATION_LEXICAL and not other_act)
        or named_alike
        or thing_named
    ):
        return None
    if _among_alternatives(pos.claim, shared) or _other_kind_named(neg.claim, pos.claim):
        return None
    if (
        not same_verb
        and not named_alike
        and not thing_named
        and not any(f.kind == "harm" for f in pos.claim.frames)  # ("no workers were on the bridge" / "two workers were injured")
        and shared <= _denied_group_words(neg.claim)
    ):
        return None  # "None of the three factory owners has been detained" / "a case was filed against the owners"
    if named_alike and subject:
        shared.add(" ".join(subject))
    planned = neg.claim.modality == "future"
    if planned and (NOT_UNTIL.search(neg.claim.text) or not _all_said(neg.claim, pos.claim)):
        return None  # "will not reopen until repairs are done", "will not reopen to lorries": a limit, not a denial
    return Finding(
        "negation",
        f"{neg.subject} says it {'will' if planned else 'did'} not happen ({neg.quote}); {pos.subject} says it "
        f"{'will' if planned else 'did'} ({pos.quote}).",
        strength=0.6 + 0.1 * min(len(shared), 4),
        # one source pair can deny several different things: each is its own conflict
        signature="|".join([verb or "", *sorted(shared)]),
    )


NOT_UNTIL = re.compile(r"\b(?:until|till|before|this\s+week|today|tonight|yet|for\s+now)\b", re.I)


ASKED_FOR = {"demand", "ask", "seek", "request", "want", "offer", "propose", "threaten", "expect", "plan", "call",
             "urge", "promise", "pledge"}  # fmt: skip


DENIED_GROUP = re.compile(r"^\W*(?:none\s+of\s+(?:the|its|their|our)\s+|no\s+)(?P<group>(?:[\w-]+\s+){0,4}?)(?:has|have|had|was|were|is|are)\b", re.I)


def _denied_group_words(claim: Claim) -> set[str]:
    """The words naming whom a denial is of ("None of the three factory owners has been
    detained": three, factory, owner): other things said of them are no contradiction."""
    m = DENIED_GROUP.match(claim.text)
    return {lemma(w.lower()) for w in m["group"].split()} if m else set()


# a denial of a kind of thing: "No chemotherapy or radiotherapy appointments have been cancelled"
DENIED_KIND = re.compile(r"^\W*no\s+(?P<kinds>(?:[a-z-]+\s+(?:or|and)\s+)?[a-z-]+)\s+(?P<noun>[a-z-]+)\b", re.I)


def _other_kind_named(negative: Claim, positive: Claim) -> bool:
    """The denial is of one kind of a thing, and the other side names another kind ("no
    chemotherapy appointments have been cancelled" / "9,800 outpatient appointments have been
    cancelled"): each speaks of its own. (Not "the sirens sounded": no kind named.)"""
    m = DENIED_KIND.match(negative.text)
    if m is None:
        return False
    kinds = {lemma(w) for w in m["kinds"].lower().split()} - {"or", "and"}
    noun = lemma(m["noun"].lower())
    if m["noun"].lower() in STOPWORDS or m["noun"].lower() in AUXILIARIES or is_finite(m["noun"]):
        return False  # ("No arrests have been made": no kind, the noun is "arrests")
    tokens = tokenize(positive.text)
    words = [t.lower for t in tokens]
    return any(
        lemma(w) == noun
        and k > 0
        and tokens[k - 1].text.islower()  # (a kind, not a name: "Brennan-Hollis workers" may be construction workers)
        and (before := words[k - 1]).isalpha()
        and before not in STOPWORDS
        and lemma(before) not in kinds
        and not before.endswith(("ed", "ly"))
        for k, w in enumerate(words)
    )


def _done(verb: str, claim: Claim) -> bool:
    """The claim tells the act as done, not only as asked or due ("gives the trust seven days
    to pay": no payment)."""
    words = [t.lower for t in tokenize(claim.text)]
    said = [k for k, w in enumerate(words) if verb in (lemma(w), SYNONYMS.get(lemma(w)))]
    # (a verb folded from a phrase, "gave way" for collapse, is told as done)
    return not said or any(k == 0 or words[k - 1] != "to" for k in said)


def _all_said(negative: Claim, positive: Claim) -> bool:
    """Every word under a plan's denial recurs on the other side ("will not reopen to lorries"
    denies no reopening "to cars")."""
    return set(negative.negated_terms) - GENERIC - LIGHT_VERBS <= set(positive.lemmas)


def _another_act(denied_verb: str | None, negative: Claim, positive: Claim) -> bool:
    """The denial is of a response to the other claim's act, named as its object ("the union
    would not accept the company's offer" against "the company has offered 6 percent"): it
    denies the response, not the act."""
    if denied_verb is None or denied_verb in LIGHT_VERBS:
        return False
    other = main_verb(positive.text)
    if other is None or other == denied_verb or other in LIGHT_VERBS or other not in negative.negated_terms:
        return False
    # named as a thing ("the company's offer"), not as an act still to come ("whether to send")
    tokens = tokenize(negative.text)
    return any(
        lemma(t.lower) == other and i > 0 and (tokens[i - 1].lower in NOUN_MARKERS or tokens[i - 1].lower.endswith(("'s", "’s")))
        for i, t in enumerate(tokens)
    )


NOUN_MARKERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "any"}


EITHER_OR = re.compile(r"\beither\b(?P<options>.+?\bor\b\s+(?:\w+\s+){0,3}\w+)", re.I)


def _among_alternatives(positive: Claim, shared: set[str]) -> bool:
    """The other side names the denied thing as one of two alternatives ("Participants receive
    either a single dose of CVB-217 or a placebo"): it says neither happened to anyone in
    particular, so it affirms nothing the denial denies."""
    m = EITHER_OR.search(positive.text)
    if m is None or not shared:
        return False
    options = {lemma(t.lower) for t in tokenize(m.group("options"))}
    return bool(shared & options)


# prepositions of where a thing is denied ("near the Abra Malaga pass"), not of where it went
# ("none of the ammonia made it into Little Sandy Creek": the creek is what is denied)
LOCATIVE = {"near", "in", "at", "outside", "inside", "off", "on"}
NAME_LINKS = {"the", "of", "a", "an", "de", "del", "la"}


def _named_words(text: str) -> set[str]:
    """The locative prepositions of a clause and the names they introduce, lemmatised."""
    found: set[str] = set()
    placing = False
    for token in tokenize(text):
        w = token.lower
        if w in LOCATIVE:
            found.add(w)
            placing = True
        elif placing and token.text[:1].isupper():
            found.add(lemma(w))
        elif w not in NAME_LINKS:
            placing = False
    return found


# a denial with an exception: "no weapon has been handed to them other than the officers' own"
EXCEPTION = re.compile(r"\b(?:other\s+than|except(?:\s+for)?|apart\s+from|besides|save\s+for)\s+(?P<what>[^,;.]{3,60})", re.I)


def _excepted(neg: Claim, pos: Claim) -> bool:
    """What the other side says is what the denial excepts ("other than the officers' own" /
    "All weapons used by our officers ... have been handed to the investigators")."""
    m = EXCEPTION.search(neg.text)
    if m is None:
        return False
    words = PAIR_WORD.findall(m.group("what").lower())
    excepted = {lemma(w.rstrip("'’").removesuffix("'s").removesuffix("’s")) for w in words} - STOPWORDS - GENERIC
    return bool(excepted) and excepted <= set(pos.lemmas)


def _said_of_another_name(neg: Claim, pos: Claim) -> bool:
    """The denial is said of a named place, person or body that heads it ("Ashcombe itself ...
    is not covered by the notice") and the other side does not name: it says the act befell
    others ("The notice covers some 42,000 homes"), not that one."""
    cue = _predicate_cue(neg)
    if cue is None:
        return False
    head = next((e for e in neg.entities if e.start - neg.clause_start <= 4), None)
    if head is None or head.end - neg.clause_start > cue.start():
        return False
    between = neg.text[head.end - neg.clause_start : cue.start()].strip().lower()
    # the name is the subject itself, not a word before its noun ("The Brenmoor line has not reopened")
    if not (between.startswith((",", "itself")) or set(between.split()) <= AUXILIARIES | {"also", "still", "yet"}):
        return False
    other = pos.text.lower()
    return not any(w in other for w in head.text.lower().split() if len(w) > 2)


EXISTENTIAL = ("no", "none", "nobody", "no one", "no-one", "without", "nothing")


def _predicate_cue(claim: Claim) -> re.Match[str] | None:
    """The clause's first negation cue that is not part of a fixed phrase ("no longer"), or None
    when it denies a thing's existence ("no one", "nobody", "none") rather than a predicate."""
    low = NOT_NEGATION.sub(lambda m: " " * len(m.group()), claim.text.lower().replace("’", "'"))
    for cue in NEGATION_RE.finditer(low):
        if is_fixed_phrase(low, cue.end()):
            continue
        return None if cue.group().strip() in EXISTENTIAL else cue
    return None


def _before_denial(claim: Claim) -> set[str]:
    """The head of what a predicate negation is said of, the last content word before it ("The
    captain has not been arrested": captain; "The ship's owner has not been charged": owner)."""
    cue = _predicate_cue(claim)
    if cue is None:
        return set()
    words = [lemma(w) for w in PAIR_WORD.findall(claim.text[: cue.start()])]
    heads = [w for w in words if w not in STOPWORDS | GENERIC | LIGHT_VERBS | AUXILIARIES]
    return {heads[-1]} - _named_words(claim.text) if heads else set()


def _subject_phrase(claim: Claim) -> tuple[str, str] | None:
    """The last two common words before a predicate negation, when they name a thing ("the
    outdoor warning sirens never sounded": warning sirens)."""
    cue = _predicate_cue(claim)
    if cue is None:
        return None
    before = word_pairs(claim.text[: cue.start()])
    words = [lemma(w) for w in PAIR_WORD.findall(claim.text[: cue.start()])]
    last = (words[-2], words[-1]) if len(words) >= 2 else None
    if last is None or last not in before or last[1] in AUXILIARIES or last[1] in GENERIC | LIGHT_VERBS:
        return None
    return last


def _denied_after(zero: Side, positive: Side) -> bool:
    """The report of no harm came out after the day the other report puts the harm on ("No
    firefighters have been injured", on Saturday, against a firefighter burned on Thursday):
    it covers that day, so the two contradict each other however their stories are dated."""
    t = positive.claim.time
    harmed_on = t.date if t is not None and t.source == "own" and t.date else positive.reported
    own = zero.claim.time
    if own is not None and own.source == "own" and own.date and own.date != harmed_on:
        return False  # no harm on another day it names ("no injuries in Tuesday's second surge")
    return zero.reported is not None and harmed_on is not None and zero.reported > harmed_on


# a denial kept to part of the story: "no injuries among residents", "no one aboard the tug was
# hurt", "no injuries outside the plant", "in the surrounding neighbourhood"
SCOPE = re.compile(r"\b(?P<word>among|aboard|on board|outside|beyond|off-site|offsite|in the surrounding|in surrounding)\s+"
                   r"(?:the\s+|its\s+|their\s+)?(?P<scope>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)", re.I)  # fmt: skip


# a denial kept to the people in a place: "No one in the stranded cabins was hurt"
IN_PLACE = re.compile(
    r"^\W*(?:no\s+one|nobody|none|no\s+[a-z]+)\s+(?:in|inside)\s+(?:the|its|their)\s+"
    r"(?P<scope>[a-z][a-z-]*(?:\s+(?!was\b|were\b|had\b|has\b|have\b)[a-z][a-z-]*)?)",
    re.I,
)


# a denial kept to the people at one place, told after the harm: "No one was hurt at the school"
# (a rocket's other strikes may have hurt others); not the event itself ("in the blast") nor the
# story's whole scene ("at the scene", "at the site")
AT_PLACE = re.compile(
    r"\b(?:hurt|injured|wounded|killed|harmed|died)\s+(?:at|inside)\s+(?:the|a|an|its|their)\s+"
    r"(?P<scope>(?:[a-z-]+\s+)?[a-z-]+)",
    re.I,
)
WHOLE_SCENE = {"scene", "site", "time", "moment", "location", "spot"}


def _harmed_at_a_place(zero: Claim) -> set[str] | None:
    """The place words of a denial kept to the people at one place, if it is one."""
    m = AT_PLACE.search(zero.text)
    if m is None:
        return None
    words = [w for w in m.group("scope").lower().split() if w not in STOPWORDS]
    if not words or any(w in WHOLE_SCENE or w in EVENT_NOUNS or lemma(w) in EVENT_NOUNS for w in words):
        return None
    return {lemma(w) for w in words}


# the harmed named as a set: "among the dead", "among the victims"
HARMED_SET = re.compile(r"(?:dead|killed|injured|wounded|victims?|casualties|fatalities|deceased)\b", re.I)


# "No one on the ground was hurt" (of a crash) speaks of people outside what crashed; a harm the
# other report places outside too (a bystander, someone nearby) is within it, while the
# casualties of the crash itself, named or not, are those aboard. A place alone ("came down in a
# field", "hit a house") is where what crashed came down; a person placed there is outside it
ON_THE_GROUND = re.compile(r"\bon the ground\b", re.I)
OUTSIDE_WORDS = {"ground", "nearby", "adjacent", "neighbouring", "neighboring", "bystander", "pedestrian",
                 "passer-by", "passerby", "resident", "neighbour", "neighbor", "motorist"}  # fmt: skip
# "a farm worker in an adjacent field", "a man was injured in his garden"
PERSON_PLACED = re.compile(
    r"\b(?P<who>[a-z][a-z-]*)\s+(?:(?:was|were)\s+(?:also\s+)?[a-z]+\s+)?(?:in|at|on)\s+"
    r"(?:his|her|their|a|an|the)\s+(?:[a-z-]+\s+)?(?:field|house|home|garden|yard|street|road|farm|building)s?\b",
    re.I,
)
ABOARD_CLASSES = {"passenger", "crew"}
OUTSIDE_SCOPES = {"outside", "beyond", "off-site", "offsite"}  # a denial of harm beyond the site itself
ELSEWHERE = re.compile(r"\belsewhere\b|\bin other (?:areas|parts|towns|districts|counties|regions)\b", re.I)
# a group picked out by its order ("the second cabin", "the other bus") from the one the story is about
ANOTHER_ONE = re.compile(r"\b(?:on|in|aboard|inside|of)\s+(?:the\s+)?(?P<which>second|third|fourth|other|another)\s+[a-z]+",
                         re.I)
# the people around the site, whom "no one in the surrounding community" speaks of: those the
# other report places outside it (a resident, a neighbour, a passer-by) are among them
NEIGHBOURHOOD = {"community", "neighbourhood", "neighborhood", "area", "town", "village", "district", "street"}


def _harmed_outside(claim: Claim) -> bool:
    if OUTSIDE_WORDS & set(claim.lemmas):
        return True
    return any(
        noun_class(m.group("who").lower()) in PERSON_CLASSES - ABOARD_CLASSES for m in PERSON_PLACED.finditer(claim.text)
    )


def _scoped_denial(zero: Claim, positive: Claim) -> bool:
    """The denial is kept to a part of the story the other report's harm is not placed in: a
    group or place named after "among", "aboard", "outside" ... that the other claim does not
    name, or a specific place of its own the other claim's event is not at ("no deaths have
    been reported in Cressville" against a storm's three deaths, wherever they were)."""
    if ON_THE_GROUND.search(zero.text):
        return not _harmed_outside(positive)
    if ELSEWHERE.search(zero.text):
        return True  # "No deaths were reported elsewhere in the outbreak": not where the harm was
    other = ANOTHER_ONE.search(zero.text)
    if other and other.group("which").lower() not in positive.text.lower().split():
        return True  # "no one aboard the second cabin was hurt": not the cabin the harm was in
    m = SCOPE.search(zero.text)
    if m is not None and is_finite(m.group("scope").split()[0]):
        # "everyone on board survived": a verb follows, so "on board" is the story's own craft,
        # whose occupants the other side's harm may be among, unless it places it outside
        return _harmed_outside(positive)
    if m is not None and HARMED_SET.match(m.group("scope")):
        return False  # "no children were among the dead": the harmed themselves, no part apart
    if m is not None:
        named = {lemma(w) for w in m.group("scope").lower().split()} - STOPWORDS
        if named & NEIGHBOURHOOD:  # "no one in the surrounding community": residents, bystanders
            return not _harmed_outside(positive)
        if m.group("word").lower() in OUTSIDE_SCOPES and _harmed_outside(positive):
            return False  # "no one outside the plant was hurt" / "a passing motorist suffered cuts"
        return not named & set(positive.lemmas)
    inside = IN_PLACE.search(zero.text)
    if inside is not None:
        # "no one in the stranded cabins was hurt": people in those, not in "a cabin" that fell;
        # the other report must name the place whole ("the building") to speak of them
        named = {lemma(w) for w in inside.group("scope").lower().split()} - STOPWORDS - {"one"}
        if named and not named <= set(positive.lemmas):
            return True
    at_place = _harmed_at_a_place(zero)
    if at_place and not at_place & set(positive.lemmas):
        return True
    own = specific_places(zero)
    return bool(own) and places_match(own, place_keys(positive)) is not True


class NegationDetector:
    kind = "negation"
    # a plan and its denial are compared too ("the bridge will reopen on Monday" / "will not
    # reopen"), but a plan is never set against what was done
    modalities = frozenset({"assertion", "future"})

    def detect(self, pair: Pair) -> Finding | None:
        if pair.a.claim.modality != pair.b.claim.modality:
            return None
        if "harm" not in pair.slots:
            return _general(pair)
        for x, y in ((pair.a, pair.b), (pair.b, pair.a)):
            if (
                not any(_zero(f) for f in x.claim.frames)
                or _not_yet_known(x, y)
                or RECORD_OR_REST.search(x.claim.text)
                or _scoped_denial(x.claim, y.claim)
                or owned_apart(x, y)  # the crew of one ship, the crew of another
            ):
                continue
            for fz in x.claim.frames:
                if not _zero(fz):
                    continue
                for fp in y.claim.frames:
                    if (
                        _positive(fp)
                        and _types_clash(fz.value, fp.value, y.claim)
                        and _same_people(fz, fp, y.claim)
                        and (fz.value != "severe" or _denial_of_them(fz, x.claim, fp, y.claim))
                    ):
                        count = "" if fp.count is None else f"{fp.count:g} "
                        later = pair.time == "near" and _denied_after(x, y)
                        since = _harmed_since(x, y)
                        return Finding(
                            self.kind,
                            f"{x.subject} reports no {HARM_NAME[fz.value]} ({x.quote}); "
                            f"{y.subject} reports {count}{HARM_NAME[fp.value]} ({y.quote})."
                            + (" The denial was published after the harm it denies." if later else "")
                            + (f" The harm came on {since}, after the denial was published." if since else ""),
                            temporal="same_time" if later else "different_times" if since else None,
                            strength=1.0,
                        )
        return None
