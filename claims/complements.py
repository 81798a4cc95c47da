"""Where, whence, whither and when an act happened, read off the phrase that follows its verb.

"The fire started in the battery storage bay at the rear of the building" and "the fire started
in a loading dock at the front of the building" tell one act of one subject with different
complements; so do "his car was swept off the causeway at Pike's Crossing" and "his car was
swept from the Tannery Lane causeway", or "the track was last inspected on May 11" and "...
on May 7". Such claims share few words besides the act, so the linker would not compare them on
their wording; a reading of (subject, verb, kind of complement) names the question they answer.

The reading is shallow on purpose (no parser is installable here): a verb form (`is_finite`, or
a participle after an auxiliary), an optional adverb, a preposition, and the words up to the next
clause boundary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from claims.clauses import AUXILIARIES, is_finite
from claims.dates import MONTHS, WEEKDAYS
from claims.text import STOPWORDS, Token, lemma, tokenize

# preposition -> the question its phrase answers
RELATIONS = {
    "in": "at", "at": "at", "inside": "at", "near": "at", "outside": "at", "on": "at", "behind": "at",
    "beside": "at", "under": "at", "from": "from", "off": "from", "to": "to", "into": "to", "onto": "to",
    "toward": "to", "towards": "to", "through": "through", "via": "through",
}  # fmt: skip
# Verbs whose complement is not where the act happened: where a statement was made ("said in a
# statement", "told reporters at the scene"), a state ("was in critical condition"), a change of
# amount ("rose to 12 metres", "fell to five") or a reference ("according to").
NOT_ACTS = {
    "say", "tell", "report", "add", "state", "write", "post", "announce", "accord", "speak", "be", "have",
    "do", "remain", "rise", "fall", "increase", "decrease", "drop", "climb", "grow", "reach", "raise",
    "lower", "cut", "reduce", "bring", "confirm", "deny", "describe", "refer", "respond", "reply", "quote",
    "cite", "appear", "seem", "continue", "expect", "plan", "schedule", "compare", "belong", "relate",
    "lead", "result", "contribute", "link", "due", "go", "come", "return", "know", "believe",
}  # fmt: skip
# verbs of one act: a casualty "airlifted", "flown" or "rushed" to a hospital was taken there
VERB_FAMILIES = {
    "airlift": "take", "fly": "take", "rush": "take", "transport": "take", "transfer": "take", "carry": "take",
    "drive": "take", "ferry": "take", "begin": "start", "break": "start", "erupt": "start", "ignite": "start",
    "spark": "start", "wash": "sweep",
}  # fmt: skip
# words a complement ends before: the next clause, or another adjunct
BOUNDARY = {
    "where", "when", "which", "who", "whom", "that", "after", "before", "while", "as", "because", "but",
    "and", "since", "until", "according", "said", "says", "amid", "following", "during", "if", "though",
    "although", "for", "with", "by",
}  # fmt: skip
# a particle or adverb between the verb and its preposition ("swept away from", "was later taken to")
BETWEEN = {"away", "back", "out", "down", "up", "later", "then", "first", "last", "also", "shortly", "directly",
           "overnight", "initially", "subsequently"}  # fmt: skip
# how someone was taken somewhere, between the verb and where to ("flown by helicopter to",
# "taken by road and by helicopter to")
MEANS = {"road", "air", "helicopter", "ambulance", "boat", "car", "plane", "train", "bus", "lifeboat", "sea"}

# words between an auxiliary and its participle ("was last inspected", "had not been seen")
SKIPPED = {"been", "be", "being", "not", "never", "also", "last", "first", "reportedly", "later", "then", "since"}
MAX_PHRASE = 10
# a subject set apart from one told before ("a second worker", "the other driver")
ANOTHER = {"another", "other", "second", "third", "fourth", "fifth", "remaining", "latter", "former"}
# sides of a thing: "at the rear" and "at the front" of one building cannot both be where it began
OPPOSITE_SIDES = [
    {"left", "right"}, {"port", "starboard"}, {"front", "rear"}, {"front", "back"}, {"upper", "lower"},
    {"north", "south"}, {"east", "west"}, {"northern", "southern"}, {"eastern", "western"},
    {"inbound", "outbound"}, {"northbound", "southbound"}, {"eastbound", "westbound"}, {"top", "bottom"},
]  # fmt: skip
SIDE_WORDS = frozenset().union(*OPPOSITE_SIDES)
CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass(frozen=True)
class Complement:
    verb: str  # lemma of the act's verb
    relation: str  # at | from | to | through
    subject: str | None  # lemma of the subject's head noun, when the clause gives one
    phrase: str  # the complement as written, preposition included
    words: frozenset[str]  # its content words, lower case
    names: frozenset[str]  # its capitalised words, lower case ("pike's crossing" -> pike, crossing)
    runs: tuple[str, ...] = ()  # its names as written ("Mercy Medical Center", "Des Moines")
    verb_text: str = ""  # the verb as written ("airlifted")

    @property
    def slot(self) -> str:
        # (without the subject, which a relative clause or an appositive often hides from this
        # reading: the detector compares subjects where both are read)
        return f"pc:{self.verb}:{self.relation}"

    @property
    def sides(self) -> frozenset[str]:
        return self.words & SIDE_WORDS


def _verb_at(tokens: tuple[Token, ...], i: int) -> bool:
    w = tokens[i].lower
    if not w.isalpha() or w in AUXILIARIES or (w in STOPWORDS and w not in ("left", "set")):
        return False
    if is_finite(w) and tokens[i].text[:1].islower():
        return True
    j = i - 1
    while j >= 0 and tokens[j].lower in SKIPPED:
        j -= 1
    return j >= 0 and tokens[j].lower in AUXILIARIES and w.endswith(("ed", "en", "wn", "ept", "ung", "ught"))


def _past_means(tokens: Sequence[Token], k: int) -> int:
    """The index after "by <means>" phrases ("by road and by helicopter") at `k`, else `k`."""
    while k + 1 < len(tokens) and tokens[k].lower == "by" and tokens[k + 1].lower in MEANS:
        k += 2
        if k + 1 < len(tokens) and tokens[k].lower in ("and", "or") and tokens[k + 1].lower == "by":
            k += 1
    return k


# all who were hurt, named as such ("the injured", "the wounded"): a subject that takes in any
# group of them another report names ("four guests were taken to ...")
CASUALTY = "casualty"
CASUALTIES = {"injured", "wounded", "hurt", "casualties", "victims"}


def _subject(tokens: tuple[Token, ...], i: int, depth: int = 0) -> str | None:
    """The head noun before the verb at `i`, past auxiliaries and adverbs; across "and" to the
    first verb's subject ("One worker was in critical condition and was flown to ...")."""
    j = i - 1
    while j >= 0 and (tokens[j].lower in AUXILIARIES or tokens[j].lower in SKIPPED or tokens[j].lower.endswith("ly")):
        j -= 1
    if j < 0:
        return None
    w = tokens[j].lower
    if w == "," and depth == 0:
        # past an appositive: "One of the workers, a 38-year-old man, was airlifted"
        back = next((k for k in range(j - 1, max(j - 13, -1), -1) if tokens[k].lower == ","), None)
        return _subject(tokens, back, 1) if back else None
    if w == "and" and depth == 0:
        first = next((k for k in range(j) if _verb_at(tokens, k) or tokens[k].lower in AUXILIARIES), None)
        return _subject(tokens, first, 1) if first else None
    if w in CASUALTIES and j > 0 and tokens[j - 1].lower == "the":
        return CASUALTY  # "The injured were taken to ...": all of them
    if not w.isalpha() or w in STOPWORDS or is_finite(w):
        return None
    j = _before_participle_phrase(tokens, j)
    w = tokens[j].lower
    if j > 0 and tokens[j - 1].lower in ANOTHER:
        return None  # "another worker was flown to ...": not the one the other report took there
    return lemma(w)


PHRASE_PREPOSITIONS = {"in", "at", "on", "by", "during", "near", "from"}


def _before_participle_phrase(tokens: tuple[Token, ...], j: int) -> int:
    """The noun a participle phrase ending at `j` belongs to: "The two children injured in the
    slide were flown": the children, not the slide (else `j`)."""
    k = j - 1
    while k > 0 and tokens[k].lower in ("the", "a", "an", "this", "that"):
        k -= 1
    if k < 2 or tokens[k].lower not in PHRASE_PREPOSITIONS:
        return j
    participle = tokens[k - 1].lower
    if participle not in CASUALTIES and not participle.endswith(("ed", "en")):
        return j
    head = tokens[k - 2].lower
    return k - 2 if head.isalpha() and head not in STOPWORDS else j


def _phrase(tokens: tuple[Token, ...], k: int) -> int:
    """The index after the complement that starts with the preposition at `k`."""
    end = k + 1
    while end < len(tokens) and end - k <= MAX_PHRASE:
        w = tokens[end].lower
        if w in BOUNDARY or (not w[:1].isalnum() and w not in ("'", "'s", "-", ".")):
            break
        end += 1
    return end


@lru_cache(maxsize=16384)
def complements(text: str) -> tuple[Complement, ...]:
    """Every (verb, preposition, phrase) reading of a clause, in order."""
    tokens = tuple(tokenize(text))
    out: list[Complement] = []
    for i in range(len(tokens) - 2):
        if not _verb_at(tokens, i):
            continue
        verb = lemma(tokens[i].lower)
        verb = VERB_FAMILIES.get(verb, verb)
        if verb in NOT_ACTS:
            continue
        k = _past_means(tokens, i + 1)
        if k < len(tokens) and (tokens[k].lower in BETWEEN or tokens[k].lower.endswith("ly")):
            k += 1
        k = _past_means(tokens, k)
        if k >= len(tokens) or tokens[k].lower not in RELATIONS:
            continue
        if tokens[k].lower == "to" and k + 1 < len(tokens) and not _destination(tokens[k + 1]):
            continue  # "was forced to leave": an infinitive, not a destination
        end = _phrase(tokens, k)
        if end - k < 2:
            continue
        span = tokens[k:end]
        words = frozenset(
            t.lower for t in span[1:] if t.lower.isalnum() and (t.lower not in STOPWORDS or t.text[:1].isupper())
        )
        if not words:
            continue
        names = frozenset(
            t.lower.removesuffix("'s")
            for t in span[1:]
            if t.text[:1].isupper() and t.lower.removesuffix("'s").isalpha() and t.lower not in STOPWORDS | CALENDAR_WORDS
        )
        out.append(
            Complement(
                verb,
                RELATIONS[tokens[k].lower],
                _subject(tokens, i),
                text[span[0].start : span[-1].end],
                words,
                names,
                _runs(span[1:]),
                tokens[i].text,
            )
        )
    return tuple(out)


def _runs(span: tuple[Token, ...]) -> tuple[str, ...]:
    """Runs of capitalised words (calendar words apart): the names a complement gives."""
    runs: list[str] = []
    current: list[str] = []
    for n, t in enumerate((*span, None)):
        if t is not None and t.text[:1].isupper() and t.lower.removesuffix("'s") not in CALENDAR_WORDS:
            current.append(t.text.removesuffix("'s"))
            continue
        if t is not None and t.text == "." and _abbreviation_in_name(current, span[n + 1 : n + 2]):
            continue  # "St. Brendan's Medical Center": one name
        if current and not (len(current) == 1 and current[0].lower() in STOPWORDS):
            runs.append(" ".join(current))
        current = []
    return tuple(runs)


def _abbreviation_in_name(current: list[str], following: tuple[Token, ...]) -> bool:
    """A full stop closing a short capitalised word ("St.", "Mt.", "Ft.") inside a name."""
    return bool(current) and len(current[-1]) <= 3 and bool(following) and following[0].text[:1].isupper()


# what may follow "to" in a destination ("to the hospital", "to Mercy Medical Center", "to
# hospital"); anything else is likely an infinitive ("forced to leave")
DESTINATION_STARTS = {"the", "a", "an", "his", "her", "their", "its", "hospital", "safety", "shore", "land"}


def _destination(token: Token) -> bool:
    return token.lower in DESTINATION_STARTS or token.text[:1].isupper()


@dataclass(frozen=True)
class Roles:
    """Who did an act to whom, both named: "the tanker Tasman Heron struck the Maren Solace"."""

    verb: str
    agent: str  # the name just before the verb, as written
    patient: str  # the first name after it


ROLE_REACH = 8  # tokens from the verb to the patient's name ("struck the stern of the container ship X")


@lru_cache(maxsize=16384)
def named_roles(text: str) -> tuple[Roles, ...]:
    """Acts whose doer and undergoer are both named in the clause, in order."""
    tokens = tuple(tokenize(text))
    out: list[Roles] = []
    for i in range(1, len(tokens) - 1):
        if not _verb_at(tokens, i) or tokens[i - 1].lower in AUXILIARIES:
            continue  # (a passive's subject is what underwent the act)
        verb = lemma(tokens[i].lower)
        if verb in NOT_ACTS:
            continue
        agent = _runs(tokens[max(0, i - 4) : i])
        end = _phrase(tokens, i)
        patient = _runs(tokens[i + 1 : min(end, i + 1 + ROLE_REACH)])
        if agent and patient and tokens[i - 1].text[:1].isupper():
            out.append(Roles(VERB_FAMILIES.get(verb, verb), agent[-1], patient[0]))
    return tuple(out)
