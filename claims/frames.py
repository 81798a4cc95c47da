"""Small predicate-argument readings of a clause, enough to compare what sources say happened.

- outcome: a projectile was intercepted, hit its target, or missed ("the second one hit the
  base"; "rather than directly hitting the air base" is a hit with negative polarity);
- damage: none, minor, some or heavy damage;
- harm: people killed, injured, or casualties of either kind, with a count (0 for "no injuries
  were reported") and who was harmed;
- responsibility: who is said to be behind an act, or that nobody has claimed it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex  # \p{Lu}: capitals of every alphabet ("Łukasz", "Šimon"); re for the rest (faster)

from claims.all_safe import all_safe_frames
from claims.clauses import AUXILIARIES, is_finite
from claims.lexicon import (
    CREW_ROLES,
    DAMAGE_LEVEL,
    DESTRUCTION_WORDS,
    HARM_WORDS,
    MINOR_DAMAGE_WORDS,
    NOUN_CLASS,
    OUTCOME_WORDS,
    PERSON_CLASSES,
)
from claims.modality import Negation, generic, in_scope
from claims.model import Frame, Quantity
from claims.quantities import SMALL_NUMBERS, infinitive_harm, noun_class
from claims.states import state_frames
from claims.status import status_frames
from claims.text import STOPWORDS, Token, contains_any, folded, lemma, tokenize

HARM_ROLES = {"death", "injury", "any", "missing", "ill", "care"}
HARM_OF_ROLE = {"care": "injury"}  # people still in hospital were hurt
IRREALIS = {"try", "trying", "tried", "tries", "attempt", "attempting", "attempted", "aim", "aimed", "aiming",
            "plan", "planned", "planning", "want", "wanted", "seek", "sought", "seeking", "threaten", "threatened",
            "vowed", "vow", "intend", "intended", "could", "would", "might", "may"}  # fmt: skip
TWO_WORD_OUTCOMES = {k for k in OUTCOME_WORDS if " " in k}
# Single words that state an outcome only in these forms ("down" alone is usually an adverb).
OUTCOME_FORMS = {
    "intercepted", "intercept", "intercepts", "intercepting", "interception", "downed", "downing",
    "neutralised", "neutralized", "thwarted", "foiled", "repelled", "jammed", "hit", "hits", "hitting",
    "struck", "striking", "landed", "impacted", "slammed", "smashed", "missed",
}  # fmt: skip
# Words without which a clause has no outcome, damage or harm word: the token scans below are
# skipped for a clause that has none of them (most have none).
OUTCOME_TRIGGERS = OUTCOME_FORMS | {k.split(" ")[0] for k in TWO_WORD_OUTCOMES}
# ("largely undamaged" admits some damage: no such word before it makes it none)
PREDICATIVE = {"was", "were", "is", "are", "be", "been", "remained", "remains", "left", "appeared", "appears",
               "escaped", "completely", "entirely"}  # fmt: skip
DAMAGE_TRIGGERS = (
    {"damage", "damages", "damaged", "undamaged", "swept", "washed", "blown", "standing", "intact", "burned", "burnt",
     "razed"}
    | MINOR_DAMAGE_WORDS
    | DESTRUCTION_WORDS
)
# "suffered second-degree burns", "sustained minor injuries", "treated for smoke inhalation": an
# injury told by what was suffered or treated
SUFFERED = {"suffered", "sustained", "treated"}
# said of people, no harm of that kind: "the two crew members were unhurt"
UNHARMED = {"unhurt": "injury", "uninjured": "injury", "unharmed": "any", "unscathed": "any"}
INJURY_NOUNS = {"burns", "injuries", "injury", "wounds", "wound", "fractures", "fracture", "concussion",
                "cuts", "bruises", "bruising", "lacerations", "inhalation", "broken", "fractured",
                "hypothermia"}  # fmt: skip
# "a neighbour was taken to hospital": hurt, told by where they were taken (not "as a precaution")
TAKEN = {"taken", "rushed", "airlifted", "flown", "brought", "admitted"}
MOVED_NOT_HURT = {"patient", "baby", "newborn", "body", "sample"}  # "patients were taken to other hospitals"
PRONOUN_SUBJECTS = {"he", "she", "they", "who", "it", "i", "we"}
PRECAUTION = {"precaution", "precautionary", "checks", "checked", "check-up", "assessment", "observation"}
HARM_TRIGGERS = {k.split(" ")[0] for k in HARM_WORDS} | SUFFERED | UNHARMED.keys() | TAKEN | {"life", "lives"}
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "one", "two",
               "both", "all", "each", "every", "some", "several", "main", "same", "nearby", "directly",
               "military", "air", "us", "u.s.", "american", "key", "other"}  # fmt: skip
TARGET_CANON = {"airbase": "base", "air base": "base", "installation": "base", "compound": "base",
                "facility": "base", "garrison": "base", "outpost": "base", "camp": "base"}  # fmt: skip
QUANTIFIERS = {
    "many",
    "most",
    "few",
    "several",
    "none",
    "any",
    "much",
    "more",
    "less",
    "one",
    "two",
    "three",
    "second",
    "first",
    "third",
    "other",
    "another",
    "such",
    "only",
    "directly",
}
ALL_WORDS = {"all", "both", "every", "each", "entire"}
RESPONSIBILITY = regex.compile(
    r"(?P<claimed>claimed\s+(?:responsibility|credit|the\s+(?:attack|strike|bombing|raid|assault|hack|intrusion)))|(?P<by>(?:was|were|been)\s+(?:claimed|carried\s+out|"
    r"launched|conducted|orchestrated|perpetrated)\s+by\s+(?P<by_agent>[^,.;]{3,80}))|"
    r"(?P<behind>(?P<behind_agent>\p{Lu}[^,.;]{2,60}?)\s+(?:was|were|is|are)\s+behind\s+the\s+(?:attack|strike|"
    r"blast|assault|bombing))|(?P<blamed>blam(?:ed|ing)\s+(?:the\s+\w+\s+)?on\s+(?P<blamed_agent>[^,.;]{3,80}))|"
    r"(?P<behindq>which\s+group\s+was\s+behind)|"
    r"(?P<attributed>attribut(?:ed|es|ing)\s+(?:it|them|the\s+(?:attack|strike|assault|bombing|raid|blast|"
    r"explosion|hack|intrusion))\s+to\s+(?P<attributed_agent>[^,.;]{3,80}))|"
    r"(?P<work>(?:the\s+)?work\s+of\s+(?P<work_agent>\p{Lu}[^,.;]{1,60}))|"
    # a ransomware group names its victim on its leak site: it claims the attack
    r"(?P<listed>(?:listed|added|posted|named)\s+(?:the\s+[\w-]+|\p{Lu}[\w-]+)(?:\s+[\w-]+){0,2}\s+(?:on|to)\s+"
    r"(?:its|their)\s+(?:[\w-]+\s+){0,3}(?:leak|extortion|data)\s+(?:site|website|page|blog|portal))|"
    r"(?P<did>(?:(?:is|are|was|were)\s+(?:believed|said|thought|reported|suspected)\s+to\s+have\s+|has\s+|have\s+|had\s+)?"
    r"(?:carried\s+out|staged|conducted|perpetrated|orchestrated)\s+the\s+(?:attack|strike|assault|bombing|raid|hack|"
    r"intrusion))"
)
FIRST_SINCE = re.compile(
    r"\bfirst\b(?:\s+\w+){0,3}?\s+since\b|\bfirst\s+such\s+\w+|\bfirst\s+(?:attack|strike|incident)"
)


def _next_noun(tokens: Sequence[Token], i: int, limit: int = 6) -> str | None:
    """The head noun of the noun phrase starting at token i: determiners and quantifiers
    skipped ("one of the drones" -> drone), the last word before a preposition, verb or
    punctuation taken ("an armed drone over ..." -> drone)."""
    j = i
    words: list[str] = []
    while j < len(tokens) and j < i + limit:
        w = tokens[j].lower
        if not w[:1].isalnum():
            break
        if w in DETERMINERS or w in QUANTIFIERS:
            j += 1
            continue
        if w == "of" and not words:
            j += 1
            continue
        if w in STOPWORDS or (words and (is_finite(w) or w.endswith(("ed", "ing")))):
            break  # "a base used by ...": the participle starts a new phrase
        words.append(w)
        j += 1
        if len(words) == 3:
            break
    if not words:
        return None
    head = TARGET_CANON.get(words[-1], words[-1])
    return lemma(head)


def _outcome_frames(
    tokens: Sequence[Token], text: str, neg: Negation, quantities: list[Quantity]
) -> list[Frame]:
    frames: list[Frame] = []
    if OUTCOME_TRIGGERS.isdisjoint(t.lower for t in tokens):
        return frames
    i = 0
    while i < len(tokens):
        w = tokens[i].lower
        pair = f"{w} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
        value = None
        span = 1
        if pair in TWO_WORD_OUTCOMES:
            value, span = OUTCOME_WORDS[pair], 2
        elif w in OUTCOME_FORMS:
            value = OUTCOME_WORDS.get(lemma(w)) or OUTCOME_WORDS.get(w)
        elif w == "destroyed" and _destroyed_in_flight(tokens, i):
            value = "intercepted"  # "all the drones had been destroyed", "destroyed over the sea"
        if value is None:
            i += 1
            continue
        if any(t.lower in IRREALIS for t in tokens[max(0, i - 3) : i]):
            i += span
            continue  # "trying to hit the bridge", "aimed to strike": an attempt, not an outcome
        if value in ("hit", "missed") and _by_a_span_or_weather(tokens, i + span):
            i += span
            continue  # "missed it by two minutes", "hit by two days of heavy rain": no strike
        polarity = not in_scope(neg, tokens[i].start)
        target = _next_noun(tokens, i + span)
        if value in ("hit", "missed") and target in (None, "by"):
            # "No military facilities were hit": a passive's subject is what was (not) struck
            target = _subject_noun(tokens, i) if _passive(tokens, i) else None
        count, qualifier, scope = _count_near(tokens, i, quantities)
        if value == "intercepted" and target is None:
            target = _subject_noun(tokens, i)
        frames.append(
            Frame(
                kind="outcome",
                value=value,
                polarity=polarity,
                target=target,
                count=count,
                count_qualifier=qualifier,
                scope=scope,
                cue=" ".join(t.text for t in tokens[i : i + span]),
            )
        )
        i += span
    return frames


PASSIVE_AUX = {"was", "were", "been", "be", "being"}
PASSIVE_AUXILIARIES = PASSIVE_AUX | {"is", "are"}  # (a passive in the present too: "is not killed")


def _passive(tokens: Sequence[Token], i: int) -> bool:
    """The verb at `i` is a passive participle: "were hit", "was not struck", "had been hit"."""
    before = [
        t.lower
        for t in tokens[max(0, i - 4) : i]
        if t.lower not in ("not", "n't", "never", "reportedly", "also") and not t.lower.endswith("ly")
    ]
    return bool(before) and before[-1] in PASSIVE_AUXILIARIES


SPAN_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
SPAN_COUNTS = {"a", "an", "several", "few", "just", "only", "barely", "mere", "couple", *SMALL_NUMBERS}
WEATHER = {"rain", "rains", "rainfall", "downpour", "downpours", "storm", "storms", "snow", "snowfall", "flood",
           "floods", "flooding", "drought", "heatwave", "heat", "wind", "winds", "gale", "gales", "hail", "frost",
           "blizzard", "cyclone", "hurricane", "typhoon", "tornado"}  # fmt: skip
INTENSITY = {"heavy", "severe", "torrential", "strong", "high", "freezing", "extreme"}


def _by_a_span_or_weather(tokens: Sequence[Token], j: int) -> bool:
    """ "Missed" or "hit" with a "by" phrase, a word or two after the verb, that gives a span of
    time ("missed the bus by two minutes", "hit by two days of rain") or weather ("hit by heavy
    storms"): a margin or a spell of weather, not a projectile striking or missing. A span or a
    "hail" of something is what the noun after "of" is ("two days of shelling", "a hail of
    gunfire": strikes)."""
    words = [t.lower for t in tokens[j : j + 10]]
    if "by" not in words[:3]:
        return False
    phrase = _past_counts(words[words.index("by") + 1 :])  # "by two", "by a few", "by heavy"
    if not phrase or not (phrase[0] in WEATHER or lemma(phrase[0]) in SPAN_UNITS):
        return False
    if phrase[1:2] == ["of"]:
        of = _past_counts(phrase[2:])
        return bool(of) and of[0] in WEATHER
    return True


def _past_counts(words: list[str]) -> list[str]:
    while words and (words[0] in SPAN_COUNTS or words[0] in INTENSITY or words[0].isdigit()):
        words = words[1:]
    return words


def _subject_noun(tokens: Sequence[Token], i: int) -> str | None:
    """For passives ("two drones were intercepted"), the noun before the verb."""
    for j in range(i - 1, max(-1, i - 5), -1):
        w = tokens[j].lower
        if w in ("was", "were", "is", "are", "been", "be", "being", "has", "have", "had", "reportedly", "successfully",
                 "later", "also", "not", "never", "n't"):
            continue
        if w in ("but", "and", "or", "then"):
            return None  # "... was pulled from the rubble but died": the subject is the clause's before
        if w[:1].isalpha() and w not in DETERMINERS:
            return lemma(_past_relative_clause(tokens, j))
    return None


RELATIVE_WORDS = {"that", "which", "who"}


def _past_relative_clause(tokens: Sequence[Token], j: int) -> str:
    """The head of the noun phrase a relative clause ending at `j` belongs to: "The pilot of the
    water bomber that came down on the reservoir was taken ...": the pilot (else the word at `j`)."""
    r = next((k for k in range(j - 1, max(0, j - 8), -1) if tokens[k].lower in RELATIVE_WORDS), None)
    if r is not None and r > 1 and tokens[r - 1].lower == ",":
        r -= 1  # "The man, who was pulled from the river, was taken ..."
    if r is None or r < 1 or not tokens[r - 1].lower.isalpha() or tokens[r - 1].lower in STOPWORDS:
        return tokens[j].lower
    k = r - 1
    while k > 0 and tokens[k - 1].lower.isalpha() and (
        tokens[k - 1].lower not in STOPWORDS or tokens[k - 1].lower in ("of", "the", "a", "an")
    ):
        k -= 1
    phrase = [t.lower for t in tokens[k:r] if t.lower not in DETERMINERS]
    return phrase[phrase.index("of") - 1] if "of" in phrase[1:] else phrase[-1]


def _count_near(
    tokens: Sequence[Token], i: int, quantities: list[Quantity]
) -> tuple[float | None, str | None, str]:
    """The count of things an outcome verb speaks of: the closest quantity within a few words,
    "an"/"a" as one, "both"/"all" as the whole."""
    here = tokens[i].start
    best: Quantity | None = None
    for q in quantities:
        if q.dimension not in (None, "count"):
            continue
        distance = min(abs(q.start - here), abs(q.end - here))
        if distance <= 40 and (best is None or distance < min(abs(best.start - here), abs(best.end - here))):
            best = q
    window = [t.lower for t in tokens[max(0, i - 4) : i + 4]]
    scope = "all" if any(w in ALL_WORDS for w in window) else "some"
    if best is not None:
        return best.value, best.qualifier, scope
    if any(w in ("a", "an", "single") for w in window):
        return 1.0, "exact", scope
    return None, None, scope


_STILL = {"still", "remained", "remains", "remain", "stayed", "stays", "left"}
# "still standing" (a man "was standing" near the gate says nothing of it), "the dam is intact"
STILL_WORDS = {"standing": _STILL, "intact": _STILL | {"largely", "structurally", "otherwise", "was", "were", "is",
                                                        "are"}}  # fmt: skip
# Things that "collapse" without anything physical falling down.
ABSTRACT_COLLAPSE = {"talks", "negotiations", "deal", "agreement", "ceasefire", "truce", "coalition", "government",
                     "market", "markets", "prices", "shares", "case", "plan", "bid", "economy", "currency",
                     "support", "demand", "sales", "business", "company", "firm", "bank", "effort", "efforts"}  # fmt: skip


def _damage_frames(tokens: Sequence[Token], neg: Negation) -> list[Frame]:
    frames: list[Frame] = []
    if DAMAGE_TRIGGERS.isdisjoint(t.lower for t in tokens):
        return frames
    for i, tok in enumerate(tokens):
        w = tok.lower
        if w in ("damage", "damages"):
            level = None
            for j in range(max(0, i - 3), i):
                if tokens[j].lower in DAMAGE_LEVEL:
                    level = DAMAGE_LEVEL[tokens[j].lower]
            denied = in_scope(neg, tok.start) or (i > 0 and tokens[i - 1].lower in ("no", "without"))
            if denied and level == 3:
                # "caused no significant damage": at most minor damage, not none
                frames.append(Frame(kind="damage", value="1", count_qualifier="at_most", cue=w))
                continue
            if denied:
                level = 0
            if level is None:
                level = 2  # "caused damage": some, unspecified
                frames.append(Frame(kind="damage", value=str(level), count_qualifier="at_least", cue=w))
                continue
            frames.append(Frame(kind="damage", value=str(level), cue=w))
        elif w in MINOR_DAMAGE_WORDS:  # "reported cracks in the dam wall"
            negated = in_scope(neg, tok.start)
            frames.append(
                Frame(
                    kind="damage",
                    value="0" if negated else "1",
                    count_qualifier=None if negated else "at_least",
                    cue=w,
                )
            )
        elif w in ("burned", "burnt", "razed") and (
            [t.lower for t in tokens[i + 1 : i + 4]] == ["to", "the", "ground"]
            or (w != "razed" and i + 1 < len(tokens) and tokens[i + 1].lower == "down")
        ):
            # "the hall burned to the ground", "three barns burned down": destroyed
            cue = f"{w} down" if tokens[i + 1].lower == "down" else f"{w} to the ground"
            frames.append(Frame(kind="damage", value="0" if in_scope(neg, tok.start) else "3", cue=cue))
        elif w == "undamaged" and i > 0 and tokens[i - 1].lower in PREDICATIVE:
            # "the hull was undamaged": no damage (not "through the undamaged span": another thing)
            frames.append(Frame(kind="damage", value="1" if in_scope(neg, tok.start) else "0", cue=w))
        elif w in ("swept", "washed", "blown") and i + 1 < len(tokens) and tokens[i + 1].lower == "away":
            frames.append(
                Frame(kind="damage", value="0" if in_scope(neg, tok.start) else "3", cue=f"{w} away")
            )
        elif w in ("standing", "intact") and i > 0 and tokens[i - 1].lower in STILL_WORDS[w]:
            # "damaged but still standing", "the dam remained intact": at most some damage
            polarity = not in_scope(neg, tok.start)
            frames.append(
                Frame(
                    kind="damage",
                    value=("2" if w == "standing" else "1") if polarity else "3",
                    count_qualifier="at_most" if polarity else None,
                    cue=f"{tokens[i - 1].lower} {w}",
                )
            )
        elif w in ("damaged",) or w in DESTRUCTION_WORDS:
            if w == "collapsed" and any(t.lower in ABSTRACT_COLLAPSE for t in tokens[max(0, i - 3) : i]):
                continue  # "talks collapsed": nothing physical fell
            if w == "destroyed" and (
                (i + 1 < len(tokens) and tokens[i + 1].lower == "before") or _destroyed_in_flight(tokens, i)
            ):
                continue  # "a cruise missile was destroyed over the sea": intercepted, no damage done
            level = (
                3
                if w in DESTRUCTION_WORDS
                or (i > 0 and tokens[i - 1].lower in ("heavily", "badly", "severely"))
                else 1
            )
            polarity = not in_scope(neg, tok.start) or _attributive_under_another_verb(tokens, i)
            frames.append(
                Frame(
                    kind="damage",
                    value=str(level if polarity else 0),
                    count_qualifier="at_least" if polarity and level == 1 else None,
                    cue=w,
                    target=_damaged_thing(tokens, i),
                )
            )
    return frames


ARTICLES_BEFORE = {"the", "a", "an", "its", "their"}
# what stands between a passive's subject and "damaged": "was not badly damaged", "had been damaged"
BEFORE_DAMAGED = PASSIVE_AUXILIARIES | {"not", "n't", "never", "also", "badly", "heavily", "severely", "slightly",
                                       "partly", "been", "had", "has"}  # fmt: skip
# what flies and is destroyed in the air rather than damaged where it lands
FLYING = {"drone", "missile", "rocket", "shell", "projectile", "bomb", "uav", "aircraft"}


def _destroyed_in_flight(tokens: Sequence[Token], i: int) -> bool:
    """ "Destroyed" at `i` tells of a projectile brought down: what was destroyed flies ("all the
    drones had been destroyed"), or it was destroyed in the air ("destroyed over the sea")."""
    if i + 1 < len(tokens) and tokens[i + 1].lower in ("mid-air", "midair", "over", "above"):
        return True
    return _passive(tokens, i) and _subject_noun(tokens, i) in FLYING


def _damaged_thing(tokens: Sequence[Token], i: int) -> str | None:
    """What a passive "damaged" is said of: its subject ("the control building was not damaged":
    building), or the noun a relative clause hangs on ("a rural line that was damaged": line)."""
    if i > 0 and tokens[i - 1].lower in ARTICLES_BEFORE:
        return _next_noun(tokens, i + 1)  # "pump foam into the damaged cells": cells
    if not _passive(tokens, i):
        return None
    k = i - 1
    while k >= 0 and tokens[k].lower in BEFORE_DAMAGED:
        k -= 1
    if k >= 1 and tokens[k].lower in RELATIVE_WORDS:
        k -= 1
    while k >= 1 and tokens[k].text[:1].isupper() and tokens[k - 1].text[:1].isupper():
        k -= 1  # ("The tanker Selva Crown was damaged": the kind of thing before its name)
    if k >= 1 and tokens[k].text[:1].isupper() and tokens[k - 1].lower.isalpha() and tokens[k - 1].lower not in STOPWORDS:
        k -= 1
    if k < 0 or not tokens[k].lower.isalpha() or tokens[k].lower in STOPWORDS:
        return None
    return lemma(tokens[k].lower)


NEGATIVE_QUALIFIER = re.compile(r"(?:no|not)\b", re.I)


def _attributive_under_another_verb(tokens: Sequence[Token], i: int) -> bool:
    """A damage word before the noun it describes, under a negation of another verb ("told not to
    enter damaged buildings"): the damage is taken as known, not denied ("no damaged buildings"
    is a denial)."""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    return nxt.isalpha() and nxt not in STOPWORDS and i > 0 and tokens[i - 1].lower not in ("no", "not", "never")


# what a denial is of, when it is a level or a change of harm rather than the harm itself
# ("no significant injuries" is left to the severity reading: minor ones admitted)
LEVEL_WORDS = {"level", "levels", "rate", "rates", "rise", "increase", "spike", "surge", "unusual", "abnormal",
               "excess", "widespread"}  # fmt: skip


def _taken_to_hospital(tokens: Sequence[Token], i: int, frames: list[Frame]) -> bool:
    """ "was taken to hospital", "were rushed to a nearby hospital" (no injury of the clause's
    own counted already, and not "as a precaution" or "for checks")."""
    after = [t.lower for t in tokens[i + 1 : i + 6]]
    return (
        bool(after)
        and after[0] in ("to", "into")
        and "hospital" in after
        and not any(f.kind == "harm" and f.value == "injury" for f in frames)
        and PRECAUTION.isdisjoint(t.lower for t in tokens)
        and "other" not in after[1:] and "another" not in after[1:]  # moved from one hospital to another
    )


def _harm_frames(tokens: Sequence[Token], neg: Negation, quantities: list[Quantity]) -> list[Frame]:
    frames = []
    used: set[int] = set()
    for q in quantities:
        if q.role in HARM_ROLES and (q.canonical_unit in PERSON_CLASSES or q.canonical_unit is None):
            # "nothing suggests any of the seven has been killed": none of them (but "no fewer
            # than 12 died" is a qualifier, inside the figure)
            denied = (
                (in_scope(neg, q.start) or _predicate_denied(tokens, neg, q))
                and not NEGATIVE_QUALIFIER.match(q.text)
                and not _group_of_none(tokens, q)
            )
            frames.append(
                Frame(
                    kind="harm",
                    value=HARM_OF_ROLE.get(q.role, q.role),
                    count=0 if denied else q.value,
                    count_qualifier="exact" if denied else q.qualifier,
                    target=q.canonical_unit or "person",
                    cue=q.text,
                )
            )
            used.add(q.start)
    if HARM_TRIGGERS.isdisjoint(t.lower for t in tokens):
        return frames
    for i, tok in enumerate(tokens):
        w = tok.lower
        if w in SUFFERED:
            if _suffered_injury(tokens, i, neg) and not any(f.kind == "harm" and f.value == "injury" for f in frames):
                frames.append(
                    Frame(kind="harm", value="injury", count=None, count_qualifier="at_least",
                          target=_sufferer(tokens, i), cue=w)
                )  # fmt: skip
            continue
        if w in TAKEN:
            if not _taken_to_hospital(tokens, i, frames):
                continue
            if in_scope(neg, tok.start):  # "nobody was taken to hospital": no harm that needed one
                frames.append(Frame(kind="harm", value="hospital", count=0, count_qualifier="exact",
                                    target=_negated_group(tokens, i), cue=_cue(tokens, i)))  # fmt: skip
                continue
            victim = _subject_noun(tokens, i)
            if victim not in MOVED_NOT_HURT:
                frames.append(Frame(kind="harm", value="injury", count=None, count_qualifier="at_least",
                                    target=noun_class(victim) if victim and victim not in PRONOUN_SUBJECTS else "person",
                                    cue=w))  # fmt: skip
            continue
        if w in UNHARMED:
            unharmed = _unharmed_people(tokens, i)
            if unharmed and not in_scope(neg, tok.start):
                frames.append(Frame(kind="harm", value=UNHARMED[w], count=0, count_qualifier="exact",
                                    target=unharmed, cue=_cue(tokens, i)))  # fmt: skip
            continue
        pair = f"{w} {tokens[i + 1].lower}" if i + 1 < len(tokens) else ""
        kind = HARM_WORDS.get(pair) or HARM_WORDS.get(w) or _loss_of_life(tokens, i)
        if kind is None or (i > 0 and f"{tokens[i - 1].lower} {w}" in HARM_WORDS):
            continue  # (the second word of a pair read with the first: "hospital treatment")
        if w == "treatment" and i + 1 < len(tokens) and tokens[i + 1].lower.isalpha() and tokens[i + 1].lower not in STOPWORDS:
            continue  # a "water treatment plant" is no treatment of people
        if infinitive_harm(tokens, i):
            continue  # "you do not need tear gas to kill anyone": no harm that happened
        if w in KILL_FORMS and _kills_no_people(tokens, i):
            continue  # "chlorine does not kill the parasite", "the bacteria are killed by boiling"
        if in_scope(neg, tok.start):
            if _presupposed(tokens, i):
                continue  # "no evidence the drug caused the death": a death it takes as known
            if LEVEL_WORDS & {t.lower for t in tokens[max(0, i - 4) : i]}:
                continue  # "no unusual level of illness", "no rise in injuries": illness at the usual level
            if _severe_only(tokens, i):
                kind = "severe"  # "no one was seriously hurt" admits minor injuries: no harm it denies
            elif pair in HOSPITAL_LEVEL or w in HOSPITAL_LEVEL:
                kind = "hospital"  # "none required hospital treatment" admits injuries treated at the scene
            if not any(f.kind == "harm" and f.value == kind and f.count == 0 for f in frames):
                frames.append(
                    Frame(
                        kind="harm",
                        value=kind,
                        count=0,
                        count_qualifier="exact",
                        target=_negated_group(tokens, i),
                        cue=_cue(tokens, i),
                    )
                )
            continue
        is_verb = w in (
            "killed",
            "injured",
            "wounded",
            "hurt",
            "died",
            "dead",
            "perished",
            "hospitalised",
            "hospitalized",
            "stabbed",
        ) or _lives_lost(tokens, i)
        if is_verb and not any(f.kind == "harm" and f.value == kind for f in frames):
            victim = _among_the_harmed(tokens, i) or (
                _next_noun(tokens, i + 1)
                if w in ("killed", "injured", "wounded")
                else _subject_noun(tokens, _before_the_harm(tokens, i))
            )
            count = 1.0 if i + 1 < len(tokens) and tokens[i + 1].lower in ("a", "an") else None
            frames.append(
                Frame(
                    kind="harm",
                    value=kind,
                    count=count,
                    count_qualifier="at_least" if count is None else "exact",
                    target=noun_class(victim) if victim else "person",
                    cue=w,
                )
            )
    return frames


KILL_FORMS = {"kill", "kills", "killed", "killing"}
# what is killed that is no person: germs, pests, animals and plants
NOT_PEOPLE = {"parasite", "bacterium", "bacteria", "virus", "germ", "pathogen", "microbe", "organism", "spore",
              "larva", "larvae", "weed", "pest", "insect", "mosquito", "fish", "bird", "animal", "livestock", "cattle",
              "sheep", "cow", "tree", "plant", "crop", "cryptosporidium", "legionella", "salmonella", "algae", "mould",
              "mold", "fungus", "bug"}  # fmt: skip


def _kills_no_people(tokens: Sequence[Token], i: int) -> bool:
    """The killing at `i` befalls something that is not a person: the object of an active verb
    ("does not kill the parasite"), the subject of a passive one ("Cryptosporidium is not
    killed by chlorine")."""
    victim = _subject_noun(tokens, i) if _passive(tokens, i) else _next_noun(tokens, i + 1)
    return victim is not None and (victim in NOT_PEOPLE or lemma(victim) in NOT_PEOPLE)


# Harm denied at the level of hospital care: "none of the passengers required hospital treatment",
# "no one was hospitalised". Injuries treated on the spot are no such harm.
HOSPITAL_LEVEL = {
    "hospital treatment", "hospital care", "hospitalised", "hospitalized", "hospitalisation",
    "hospitalisations", "hospitalization", "hospitalizations",
}  # fmt: skip




def harmed_noun(text: str, cue: str) -> str | None:
    """The noun a harm told by its verb (`cue`) befalls, as `_harm_frames` reads it: the subject of
    a passive or intransitive verb ("residents were injured"), the object of an active one ("the
    fire injured residents")."""
    tokens = tokenize(text)
    for i, t in enumerate(tokens):
        if t.lower != cue:
            continue
        passive = any(x.lower in PASSIVE_AUX for x in tokens[max(0, i - 3) : i])
        if cue in ("killed", "injured", "wounded") and not passive:
            return _next_noun(tokens, i + 1)
        return _subject_noun(tokens, i)
    return None


def _group_of_none(tokens: Sequence[Token], q: Quantity) -> bool:
    """ "None of the 27 people who fell ill has died", "none of the 27 injured needed surgery":
    the figure is the group the denial picks from, and the harm its relative clause or its noun
    gives it is not denied ("none of the 300 passengers was hurt" denies the harm itself)."""
    before = [t.lower for t in tokens if t.end <= q.start][-3:]
    if before[-1:] and before[-1] in DEFINITE:
        before = before[:-1]
    if before[-2:] != ["none", "of"]:
        return False
    after = [t.lower for t in tokens if t.start >= q.end][:3]
    noun = q.text.split()[-1].lower()  # "the 27 injured"
    return noun in HARM_WORDS or any(w in ("who", "that", "which") for w in after)


def _among_the_harmed(tokens: Sequence[Token], i: int) -> str | None:
    """Who "among those killed was ..." names: "Among those killed was a 12-year-old schoolgirl"
    (a child), "Among the dead were two firefighters"."""
    if i < 2 or tokens[i - 2].lower != "among" or tokens[i - 1].lower not in ("those", "the"):
        return None
    if i >= 3 and tokens[i - 3].lower in ("is", "are", "was", "were"):
        # "Two resort employees, a lift operator and a piste patroller, are among the injured":
        # the subject before the verb
        for t in tokens[max(0, i - 20) : i - 3]:
            if (cls := noun_class(t.lower)) in PERSON_CLASSES and cls != "person":
                return t.lower
        return None
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in ("was", "were"):
        return None
    for t in tokens[i + 2 : i + 8]:
        if (cls := noun_class(t.lower)) in PERSON_CLASSES and cls != "person":
            return t.lower
    return None


def _suffered_injury(tokens: Sequence[Token], i: int, neg: Negation) -> bool:
    # ("treated at the scene for smoke inhalation": the injury a few words on)
    return not in_scope(neg, tokens[i].start) and any(t.lower in INJURY_NOUNS for t in tokens[i + 1 : i + 8])


def _unharmed_people(tokens: Sequence[Token], i: int) -> str | None:
    """The people "unhurt" is said of, a few words before it in its clause ("the two crew members
    were unhurt", "the driver escaped unharmed"); None for a thing ("the church was unscathed")."""
    for j in range(i - 1, max(-1, i - 7), -1):
        w = tokens[j].lower
        if not w[:1].isalnum():
            return None
        if (cls := noun_class(w)) in PERSON_CLASSES or w in ("everyone", "all", "both"):
            return cls if cls in PERSON_CLASSES else "person"
    return None


# whom a crew or an agency named in the subject makes the person: "an engineer with the
# Coldwater Rural Fire District" is a firefighter
AFFILIATION = [
    (re.compile(r"\bfire\s+(?:district|department|service|brigade|rescue|authority|crew)\b|\bfirefight", re.I),
     "firefighter"),
    (re.compile(r"\bpolice\b|\bsheriff", re.I), "officer"),
]  # fmt: skip


def _sufferer(tokens: Sequence[Token], i: int) -> str:
    """The class of person the subject of "suffered ..." is."""
    subject = " ".join(t.text for t in tokens[:i])
    for pattern, cls in AFFILIATION:
        if pattern.search(subject):
            return cls
    classes = [c for t in tokens[:i] if (c := noun_class(t.lower)) in PERSON_CLASSES and c != "person"]
    return classes[0] if classes else "person"


def _predicate_denied(tokens: Sequence[Token], neg: Negation, q: Quantity) -> bool:
    """ "The train's two crew members were not hurt": the figure is the subject of a denied harm
    (the first harm word after it lies in a negation's scope), so it counts no one hurt."""
    after = [t for t in tokens if t.start >= q.end][:6]
    for t in after:
        if t.lower in HARM_WORDS:
            return in_scope(neg, t.start)
    return False


DEFINITE = {"the", "this", "that", "these", "those", "his", "her", "their", "its"}


def _presupposed(tokens: Sequence[Token], i: int) -> bool:
    """A harm named as a known thing ("the death", "this patient's death") under a negation that
    denies something about it (its cause, a link to it), not that it happened."""
    if _the_harmed(tokens, i):
        return True
    if i == 0 or tokens[i].lower not in GROUP_NOUNS_OF_HARM or _lives_lost(tokens, i):
        return False  # ("no staff lost their lives": their lives are no known harm)
    before = tokens[i - 1].lower
    if any(t.lower in NAMING_VERBS for t in tokens[max(0, i - 6) : i]):
        return True  # "we are not naming any of the victims", "police have not identified the dead"
    if i >= 2 and tokens[i - 2].lower == "among":
        return False  # "no foreigners among the victims": about them
    if i >= 3 and tokens[i - 2].lower == "of" and not _a_thing_of(tokens[i - 3]):
        return False  # "none of the injuries was serious": about them
    return before in DEFINITE or before.endswith(("'s", "’s"))


HARMED_AS_NOUN = {"dead", "deceased", "injured", "wounded", "hurt"}


def _the_harmed(tokens: Sequence[Token], i: int) -> bool:
    """ "The dead", "the injured": people already harmed. A negation about them ("none of the
    dead had been identified", "none of the injured is in a serious condition") takes their
    harm as known; only one saying who they were not ("none of the dead were children") denies
    a group's harm, and that group is read elsewhere (`_negated_group`)."""
    if i == 0 or tokens[i].lower not in HARMED_AS_NOUN or tokens[i - 1].lower != "the":
        return False
    if i >= 2 and tokens[i - 2].lower == "among":
        return False  # "no children were among the dead": a group's harm denied
    after = [t.lower for t in tokens[i + 1 : i + 3]]
    return not (len(after) == 2 and after[0] in ("was", "were") and after[1][:1].isalpha()
                and after[1] not in STOPWORDS)  # fmt: skip


# Telling who the harmed are: a negation of it takes the harm as known
NAMING_VERBS = {"name", "names", "named", "naming", "identify", "identified", "identifying", "identifies",
                "release", "released", "releasing", "disclose", "disclosed", "disclosing", "reveal", "revealed",
                "revealing", "publish", "published", "publishing"}  # fmt: skip


def _a_thing_of(token: Token) -> bool:
    """A common noun a harm is "of" ("the names of the victims", "the families of the dead"),
    not a quantity of it ("none of the injuries", "two of the dead")."""
    word = token.lower
    if not word.isalpha() or word in SMALL_NUMBERS:
        return False
    return word not in STOPWORDS and word not in GROUP_NOUNS_OF_HARM


SEVERITY_WORDS = {"seriously", "serious", "badly", "critically", "critical", "severely", "severe", "gravely",
                  "life-threatening", "major", "grave", "significant", "significantly"}  # fmt: skip


def _severe_only(tokens: Sequence[Token], i: int) -> bool:
    """A negated harm that denies only severe harm: "nobody was badly hurt", "no serious
    injuries", "none of the injuries was life-threatening"."""
    window = tokens[max(0, i - 3) : i + 4]
    return any(t.lower in SEVERITY_WORDS for t in window)


GROUP_NOUNS_OF_HARM = {
    "one",
    "nobody",
    "none",
    "people",
    "person",
    "casualty",
    "casualties",
    "injury",
    "injuries",
    "death",
    "deaths",
    "fatality",
    "fatalities",
    "victim",
    "victims",
    "life",
    "lives",
    "loss",
}


def _neither_the(tokens: Sequence[Token], j: int, i: int) -> bool:
    return (
        tokens[j].lower == "neither"
        and j + 2 < i
        and tokens[j + 1].lower in ("the", "his", "her", "its", "their")
    )


SUBGROUP = "subgroup"  # those a relative clause picks out: no other group's harm is denied
NEITHER = "neither"  # two people named before ("Neither needed hospital treatment")
ANAPHORIC_OBJECTS = {"them", "us", "these", "those"}


def _neither_noun(tokens: Sequence[Token], j: int, i: int) -> str | None:
    """ "Neither driver was hurt": the class of the noun "neither" qualifies."""
    if tokens[j].lower != "neither" or j + 1 >= i:
        return None
    after = tokens[j + 1].lower
    return noun_class(after) if after in NOUN_CLASS or lemma(after) in NOUN_CLASS else None


def _anaphoric_neither(tokens: Sequence[Token], j: int) -> bool:
    """ "Neither needed hospital treatment", "neither of them was hurt": a pronoun for two people
    named before; a denial about them alone, not about everyone."""
    if tokens[j].lower != "neither" or j + 1 >= len(tokens):
        return False
    after = tokens[j + 1].lower
    if after == "of":
        return j + 2 < len(tokens) and tokens[j + 2].lower in ANAPHORIC_OBJECTS
    return after[:1].isalpha() and after not in DEFINITE and after not in ("a", "an")


RELATIVE_PRONOUNS = {"who", "that", "which"}
# what may stand between a relative pronoun and the harm it denies: "who were not hurt", "that
# had never been injured", "who weren't seriously hurt"
DENIED_PREDICATE = {"was", "were", "had", "have", "has", "been", "not", "never", "wasn't", "weren't", "hadn't",
                    "haven't", "hasn't", "seriously", "badly", "even", "did", "do", "does", "didn't", "don't",
                    "doesn't", "need", "needed", "require", "required", "receive", "received"}  # fmt: skip
NEGATORS = {"not", "never", "wasn't", "weren't", "hadn't", "haven't", "hasn't", "didn't", "don't", "doesn't"}


def _picked_out_by_relative(tokens: Sequence[Token], i: int) -> bool:
    """ "They opened the hall to passengers who were not hurt": a restrictive relative clause (no
    comma before it) picks out those spared, and so implies others were hurt; it denies nobody's
    harm. (", who was not hurt," said of one named person is a denial about that person.)"""
    j = i - 1
    while j >= 0 and tokens[j].lower in DENIED_PREDICATE:
        j -= 1
    if j < 1 or tokens[j].lower not in RELATIVE_PRONOUNS:
        return False
    if not any(t.lower in NEGATORS for t in tokens[j + 1 : i]):
        return False
    return tokens[j - 1].lower[:1].isalpha()


def _negated_group(tokens: Sequence[Token], i: int) -> str:
    """Who a negated harm speaks of: everyone ("no injuries", "no one was hurt"), or a group
    ("no foreigners were among the victims", "no civilians were killed")."""
    if _picked_out_by_relative(tokens, i):
        return SUBGROUP
    for j in range(max(0, i - 14), i):
        if (
            tokens[j].lower == "none"
            and j + 1 < i
            and tokens[j + 1].lower == "of"
            and any(t.lower in ("who", "that", "which") for t in tokens[j + 2 : i])
        ):
            return SUBGROUP  # "none of the workers who were taken to hospital has died": only they
    for j in range(max(0, i - 8), i):
        if _neither_the(tokens, j, i):
            return noun_class(tokens[j + 2].lower) or tokens[j + 2].lower  # "neither the engineer nor ..."
        if noun := _neither_noun(tokens, j, i):
            return noun  # "neither driver was hurt": the drivers
        if _anaphoric_neither(tokens, j):
            return NEITHER  # whom it points back at is settled with the paragraph (claims.extract)
        if tokens[j].lower == "none" and i + 2 < len(tokens) and tokens[i + 1].lower in ("was", "were"):
            named = tokens[i + 2].lower  # "none of those killed were civilians": the dead were others
            if named[:1].isalpha() and named not in ("a", "an", "the", "not", "among", "in", "at"):
                return noun_class(named) or named
        if tokens[j].lower == "none" and (group := _none_of(tokens, j + 1, i)):
            return group  # "none of our employees or contractors were injured": they only
        if tokens[j].lower in ("nobody", "none", "no-one") or (
            tokens[j].lower == "no" and j + 1 < i and tokens[j + 1].lower == "one"
        ):
            return "person"  # "nobody was hurt", "no one was injured"
        if tokens[j].lower == "no":
            head = tokens[j + 1].lower if j + 1 < i else ""
            if head in ("member", "members") and (group := _members_of(tokens, j + 2, i)):
                return group  # "no members of the rescue teams were hurt": rescuers
            if head and head[:1].isalpha() and head not in GROUP_NOUNS_OF_HARM and head not in HARM_WORDS:
                return _denied_group(_compound_after_no(tokens, j + 1, i) or head)
    return _one_person_spared(tokens, i) or "person"


SINGULAR_AUX = {"was", "is", "has"}
ROLE_DETERMINERS = {"the", "our", "its", "their", "his", "her"}  # "the driver", "our captain"


def _one_person_spared(tokens: Sequence[Token], i: int) -> str | None:
    """ "The driver was not hurt": one person, named by role, said to be unhurt; the role, which
    others' counts of the hurt ("29 people were taken to hospital") do not speak of."""
    k = i - 1
    while k >= 0 and tokens[k].lower in ("not", "n't", "never", "seriously", "badly", "been"):
        k -= 1
    if k < 2 or tokens[k].lower not in SINGULAR_AUX:
        return None
    noun, before = tokens[k - 1].lower, tokens[k - 2].lower
    if before not in ROLE_DETERMINERS or (noun not in CREW_ROLES and noun_class(noun) not in PERSON_CLASSES) or noun in GROUP_NOUNS_OF_HARM:
        return None
    return noun


def _compound_after_no(tokens: Sequence[Token], k: int, end: int) -> str | None:
    """The group a denial names in two or three words when the class table knows it ("no first
    responders", "no intervention personnel": responders, though "first" and "intervention"
    name none; "no foreign tourists": tourists), or None when the group is the word after "no"
    ("no passengers were hurt")."""
    words: list[str] = []
    for t in tokens[k : min(end, k + 3)]:
        if not t.lower.isalpha() or t.lower in AUXILIARIES or (words and is_finite(t.lower)):
            break
        words.append(t.lower)
    if len(words) < 2:
        return None
    pair = f"{words[-2]} {lemma(words[-1])}"
    if pair in NOUN_CLASS:
        return pair
    return words[-1] if lemma(words[-1]) in NOUN_CLASS else None  # "no foreign tourists": tourists


NONE_OF_DETERMINERS = {"the", "our", "its", "their", "his", "her", "your", "those", "these"}
NONE_OF_ENDS = AUXILIARIES | {"or", "and", "in", "at", "on", "aboard", "who", "that", "which", "had", "have", "has"}


def _none_of(tokens: Sequence[Token], k: int, end: int) -> str | None:
    """The group "none of the X" names ("none of the hotel staff": staff; "none of our
    employees or contractors": employees), or None when it names none ("none of them")."""
    if k + 1 >= end or tokens[k].lower != "of" or tokens[k + 1].lower not in NONE_OF_DETERMINERS:
        return None
    words: list[str] = []
    for t in tokens[k + 2 : end]:
        if t.lower in NONE_OF_ENDS or not t.lower[:1].isalpha() or (words and is_finite(t.lower)):
            break  # (the group ends at its verb: "none of the passengers required treatment")
        words.append(t.lower)
    if not words:
        return None
    head = lemma(words[-1])
    if head in ("person", "people", "one"):
        return None
    if len(words) > 1 and (pair := noun_class(f"{words[-2]} {words[-1]}")) in NOUN_CLASS.values():
        return pair  # "none of the rescued crew members": the crew
    group = noun_class(head) or head
    return head if group == "person" else group  # ("guests": the guests, not everyone)


# teams named by what they do ("rescue teams", "fire crews"): the people in them
TEAM_WORK = {"rescue": "rescuer", "search": "rescuer", "fire": "firefighter", "firefighting": "firefighter"}
TEAMS = {"team", "teams", "crew", "crews", "squad", "squads", "unit", "units", "service", "services"}


def _members_of(tokens: Sequence[Token], k: int, end: int) -> str | None:
    """The group "members of ..." names: "of the rescue teams" (rescuers), "of the crew" (crew)."""
    if k >= end or tokens[k].lower != "of":
        return None
    words = [t.lower for t in tokens[k + 1 : min(end, k + 5)] if t.lower not in ("the", "its", "their", "his", "her")]
    phrase = []
    for w in words:
        if not w.isalpha() or w in AUXILIARIES:
            break
        phrase.append(w)
    if not phrase:
        return None
    if phrase[-1] in TEAMS and len(phrase) > 1 and phrase[-2] in TEAM_WORK:
        return TEAM_WORK[phrase[-2]]
    return _denied_group(phrase[-1])


# nouns the class table counts as people at large that still name no group of their own
ANYONE = {"people", "person", "individual", "adult", "man", "men", "woman", "women", "victim", "survivor",
          "other", "others"}  # fmt: skip


def _denied_group(head: str) -> str:
    """The group "no <noun> was hurt" denies harm of: its class ("no firefighters": firefighter),
    but a group the class table folds into people ("no residents", "no spectators") is kept as
    itself, since a denial of their harm says nothing of workers or passengers hurt."""
    cls = noun_class(head) or head
    base = lemma(head)
    return base if cls == "person" and base not in ANYONE else cls


def _cue(tokens: Sequence[Token], i: int) -> str:
    return " ".join(t.text for t in tokens[max(0, i - 2) : i + 1])


APPOSITIVE_END = re.compile(r",[^,]{3,160},\s*$")


def _subject_before(prefix: str) -> str | None:
    """The named subject of a verb, skipping an appositive between them."""
    prefix = APPOSITIVE_END.sub(" ", prefix).rstrip()
    m = regex.search(r"((?:\p{Lu}[\w'’-]*\s+){0,5}\p{Lu}[\w'’-]*(?:\s*\(\p{Lu}+\))?)\s*$", prefix)
    return m.group(1) if m else None


NAMED_GROUP = regex.compile(
    r"(?:^|(?<=\b(?:[Tt]he)\s))(?!The\s)(\p{Lu}[\w'’]*(?:\s+\p{Lu}[\w'’]*){0,3})\s+(?:[a-z-]+\s+){0,2}"
    r"(?P<kind>group|gang|collective|crew|operation|cartel|syndicate|faction|militia)\s*$"
)


def _named_group(prefix: str) -> str | None:
    """The name inside a subject that describes its group after it ("The Nullfire ransomware
    gang": "the Nullfire gang"); not a description ("A Russian-speaking group", "a Kremlin-linked
    group": no name, and no definite article)."""
    m = NAMED_GROUP.search(prefix.rstrip())
    return f"the {m.group(1)} {m['kind']}" if m else None


# Words without which RESPONSIBILITY cannot match: a cheap test before the costly pattern.
RESPONSIBILITY_CUES = re.compile(
    r"claimed|carried\s+out|launched|conducted|orchestrated|perpetrated|behind|blam|work\s+of|staged|attribut|"
    r"(?:leak|extortion|data)\s+(?:site|website|page|blog|portal)",
    re.I,
)


RESPONSIBILITY_WORDS = ("claimed", "carried", "launched", "conducted", "orchestrated", "perpetrated", "behind",
                        "blam", "work", "staged", "attribut", "leak", "extortion", "data")  # fmt: skip


CLAIMANT_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|reportedly|itself|that|which|who|later|swiftly|quickly))+\s*$", re.I)


NAMING = re.compile(r"\b(?:calling\s+itself|calls\s+itself|known\s+as|called|named)\b", re.I)


def _claimant(prefix: str) -> str | None:
    """Who "claimed" the act, from the words before the verb: "The ELA has" -> "The ELA";
    "Lockgrid, the group that has" -> "Lockgrid" (a description points back to its name)."""
    raw = [p for p in prefix.strip().split(",") if p.strip()]
    if not raw:
        return None
    last = CLAIMANT_TAIL.sub("", raw[-1]).strip()
    relative = re.search(r"\b(?:that|which|who)\b", raw[-1], re.I) is not None
    if relative and not any(ch.isupper() for ch in last) and len(raw) > 1:
        return raw[-2].strip()
    if (
        len(raw) > 1
        and re.match(r"(?:a|an)\s", last, re.I)
        and not NAMING.search(last)
        and not re.match(r"\s*(?:on|in|at|by|during|after|before|last|earlier|later|late|early)\b", raw[-2], re.I)
    ):
        return raw[-2].strip()  # "Black Wren, a Russian-speaking ransomware group,": the name before
    return last or None


def _responsibility_frames(text: str, neg: Negation) -> list[Frame]:
    if not contains_any(folded(text), RESPONSIBILITY_WORDS) or not RESPONSIBILITY_CUES.search(text):
        return []
    frames = []
    for m in RESPONSIBILITY.finditer(text):
        agent = (
            m["by_agent"] or m["behind_agent"] or m["blamed_agent"] or m["work_agent"] or m["attributed_agent"]
        )
        if m["did"] or m["listed"]:
            # "the X Brigades, a splinter faction, carried out the attack"; "the Nullfire
            # ransomware gang listed the trust on its leak site"
            agent = _subject_before(text[: m.start()]) or _named_group(text[: m.start()])
        negated = in_scope(neg, m.start()) or bool(m["behindq"])
        if m["claimed"]:
            prefix = text[: m.start()].lower()
            negated = negated or bool(re.search(r"\b(?:no one|nobody|no group|none)\b[^,.;]*$", prefix))
            agent = None if negated else _claimant(text[: m.start()])
        frames.append(
            Frame(
                kind="responsibility",
                value="claimed" if not negated else "unclaimed",
                polarity=not negated,
                target=agent.strip() if agent else None,
                cue=m.group(),
            )
        )
    return frames


def extract_frames(text: str, offset: int, neg: Negation, quantities: list[Quantity]) -> list[Frame]:
    """Frames of one clause. `offset` is the clause's position in the body (token offsets);
    negation spans are relative to the clause text."""
    text = _without_generic_parts(text)
    tokens = tokenize(text)
    local_quantities = [_shift(q, -offset) for q in quantities]
    local_quantities = [q for q in local_quantities if text[q.start : q.end].strip()]
    frames = _outcome_frames(tokens, text, neg, local_quantities)
    frames += _damage_frames(tokens, neg)
    frames += _harm_frames(tokens, neg, local_quantities)
    harms = {f.value for f in frames if f.kind == "harm"}
    frames += [f for f in all_safe_frames(text) if f.value not in harms]
    frames += _responsibility_frames(text, neg)
    frames += state_frames(text, neg)
    frames += status_frames(text, neg)
    if FIRST_SINCE.search(text.lower()):
        frames.append(Frame(kind="first", value="first", cue="first"))
    return frames


COORDINATED = re.compile(r",?\s+and\s+|;\s+|,\s+but\s+")


def _without_generic_parts(text: str) -> str:
    """The clause with blanks (of the same length, so offsets hold) for the coordinated parts that
    say what events of a kind usually do ("Diversions are uncommon, and most end without
    injuries"): such a part tells nothing of this event's outcome or harm."""
    seams = list(COORDINATED.finditer(text))
    for n, seam in enumerate(seams):
        end = seams[n + 1].start() if n + 1 < len(seams) else len(text)
        if generic(text[seam.end() : end]):
            text = text[: seam.end()] + " " * (end - seam.end()) + text[end:]
    return text


def _shift(q: Quantity, delta: int) -> Quantity:
    from dataclasses import replace

    return replace(q, start=q.start + delta, end=q.end + delta)


def _loss_of_life(tokens: Sequence[Token], i: int) -> str | None:
    """ "no loss of life has been reported": deaths denied, named by what was lost (not "nothing
    can justify the loss of life", which takes the deaths as known)."""
    words = [t.lower for t in tokens[max(0, i - 3) : i + 1]]
    if words in (["no", "loss", "of", "life"], ["any", "loss", "of", "life"]):
        return "death"
    return "death" if _lives_lost(tokens, i) else None


LOST = {"lost", "lose", "loses", "losing"}
# how the dead were killed or found: "a guard was shot dead", "was found dead"
DEAD_BY = {"shot", "stabbed", "beaten", "found", "pronounced", "declared", "confirmed", "crushed", "burned", "burnt"}


def _before_the_harm(tokens: Sequence[Token], i: int) -> int:
    """Where the words naming the harmed end: before "lost their lives", before "shot dead"."""
    if tokens[i].lower in ("life", "lives"):
        return i - 2
    if i >= 2 and tokens[i - 2].lower == "among" and tokens[i - 1].lower in ("the", "those"):
        return i - 2  # "a child was among the dead"
    return i - 1 if tokens[i].lower == "dead" and i > 0 and tokens[i - 1].lower in DEAD_BY else i


def _lives_lost(tokens: Sequence[Token], i: int) -> bool:
    """ "three workers lost their lives", "no prison staff lost their lives": deaths."""
    return (
        tokens[i].lower in ("life", "lives")
        and i >= 2
        and tokens[i - 2].lower in LOST
        and tokens[i - 1].lower in ("their", "his", "her", "its", "our", "your", "my")
    )
