"""How sure a claim is, and what it denies: hedges and negation with its scope."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from claims.clauses import IRREGULAR_PAST
from claims.lexicon import HEDGES, NEGATION_CUES
from claims.text import STOPWORDS, contains_any, content_lemmas, folded, lemma, word_pairs

HEDGE_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True)) + r")\b", re.I
)
NEGATION_RE = re.compile(
    r"(?:\b(?:"
    + "|".join(re.escape(c) for c in sorted(NEGATION_CUES, key=len, reverse=True) if c != "n't")
    + r")\b|n['’]t\b)"
)
# Where a negation's scope ends: the clause's next boundary, or a predicate of its own joined by
# "and" ("did not release his name and said charges would follow": the saying is not denied, while
# "did not open the gates and release the water" denies both)
SCOPE_END = re.compile(
    r"[,;:.!?]|\b(?:but|while|whereas|although|though|because|which|who|and then)\b|"
    r"\band\s+(?:said|says|added|told|noted|stated|announced|was|were|is|are|has|have|had|will|would)\b"
)
NOT_NEGATION = re.compile(
    r"\bnot\s+only\b|\bno\s+longer\b|\bnothing\s+but\b|\bno\.\s*\d|\bno\s+doubt\b|"
    r"\bnot\s+least\b|\bnot\s+(?:just|merely)\b|\bno\s+sooner\b|"
    # a possibility left open: "would not rule out suspending the licence" denies nothing
    r"(?:\bnot|n't)\s+(?:rule|ruled|ruling)\s+out\b|"
    # litotes: "this is not the first fatal rockfall" says there were others
    r"\bnot\s+(?:the|its|their)\s+(?:first|only)\b|\bnot\s+for\s+the\s+first\s+time\b|"
    # qualifiers of a figure: "no fewer than 12 died" says 12 or more died
    r"\b(?:no|not)\s+(?:fewer|less|more|greater|lower|higher)\s+than\b|"
    # information withheld: "it gave no figures for its losses" denies nothing about the losses
    r"\b(?:gave|give|gives|giving|given|provided|provide|provides|offered|offer|offers|released|disclosed)\s+"
    r"no\s+(?:further\s+|other\s+|immediate\s+|official\s+)?(?:figures?|details?|information|breakdown|"
    r"estimates?|timeline|explanation|reasons?|comment|names?|numbers?|tally)\b|"
    # what a figure leaves out: "estimated at PHP 49 million, not including the cost of slope works"
    r"\bnot\s+(?:including|counting|included|counted)\b|"
    # a manner denied, not the act: "Heat does not kill evenly"
    r"\b(?:does|do|did)\s+not\s+[a-z]+\s+(?:evenly|equally|uniformly|always|only)\b"
)


@dataclass
class Negation:
    cues: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)  # content lemmas inside the scopes
    spans: list[tuple[int, int]] = field(default_factory=list)  # scope spans, relative to the text
    # the same for the cues that deny the clause's predicate ("did not", "never", "no one"), not a
    # thing along the way ("fans who had arrived without tickets", "rather than by road")
    predicate_cues: list[str] = field(default_factory=list)
    predicate_terms: list[str] = field(default_factory=list)
    predicate_spans: list[tuple[int, int]] = field(default_factory=list)


# Negations of a thing, not of what the clause says happened.
PREPOSITIONAL_NEGATIONS = {"without", "rather than", "instead of", "free of"}


def hedges(text: str) -> list[str]:
    """Hedge expressions in a clause ("reportedly", "is believed to", "likely")."""
    found: list[str] = []
    if not contains_any(folded(text), HEDGES):
        return found  # most clauses have none, and the pattern is slow to say so
    for m in HEDGE_RE.finditer(text):
        word = m.group()
        if word in ("May", "MAY"):
            continue  # the month (a capital modal "May" opening a sentence is rare in news)
        if word.lower() == "could" and re.match(r"\s*(?:not|n't)\b", text[m.end() :]):
            continue  # "could not open": a fact about what failed, not a hedge
        found.append(word.lower())
    return found


def negation(text: str) -> Negation:
    """Negation cues and their scopes: from the cue to the end of its clause."""
    out = Negation()
    low = text.lower().replace("’", "'")
    masked = NOT_NEGATION.sub(lambda m: " " * len(m.group()), low)
    for m in NEGATION_RE.finditer(masked):
        cue = m.group()
        if cue in ("no", "not") and is_fixed_phrase(masked, m.end()):
            continue
        if SPEECH_NEGATED.match(masked, m.end()):
            continue  # "did not say how the workers were injured": nothing about the injuries is denied
        end_match = SCOPE_END.search(masked, m.end())
        end = end_match.start() if end_match else len(masked)
        if cue == "nor":
            start = m.start()
        else:
            start = m.end()
        terms = content_lemmas(text[start:end])
        out.cues.append(cue.strip())
        first_span = len(out.spans)
        out.spans.append((m.start(), end))
        if cue.strip() == "none" and end_match and end_match.group() in ("who", "that", "which"):
            # "none of the 27 people who fell ill has died": what is denied is the predicate after
            # the relative clause, not what the clause says of the group
            verb = NEXT_WORD.match(masked, end_match.end())  # the relative clause's own verb
            main = MAIN_AFTER_RELATIVE.search(masked, verb.end() if verb else end_match.end())
            if main and not CLAUSE_PUNCTUATION.search(masked, end_match.end(), main.start()):
                tail = SCOPE_END.search(masked, main.end())
                main_end = tail.start() if tail else len(masked)
                out.spans.append((main.start(), main_end))
                terms += content_lemmas(text[main.start() : main_end])
        out.terms.extend(terms)
        if cue.strip() not in PREPOSITIONAL_NEGATIONS:
            out.predicate_cues.append(cue.strip())
            out.predicate_terms.extend(terms)
            out.predicate_spans.extend(out.spans[first_span:])
    return out


NEXT_WORD = re.compile(r"\s*\S+")
CLAUSE_PUNCTUATION = re.compile(r"[,;:.!?]")
MAIN_AFTER_RELATIVE = re.compile(r"\b(?:has|have|had|was|were|is|are|needed|required|remains|remained)\b")
SPEECH_NEGATED = re.compile(
    r"\s*(?:immediately\s+|yet\s+|publicly\s+)?(?:say|said|says|specify|specified|disclose|disclosed|comment|"
    r"commented|indicate|indicated|explain|explained|reveal|revealed|know|known|clear|elaborate|identify|"
    r"identified|name|named|give|gave|provide|provided|respond|responded|return)\b"
)


def is_fixed_phrase(text: str, end: int) -> bool:
    """ "no matter", "not to mention": idioms, not negations of the clause."""
    rest = text[end : end + 12]
    return bool(re.match(r"\s+(?:matter|to mention|wonder)\b", rest))


def in_scope(neg: Negation, position: int) -> bool:
    """Whether a character position of the text lies inside a negation's scope."""
    return any(a <= position < b for a, b in neg.spans)


# Generic statements about a kind of event, not about this one ("Most cause no damage
# underground", "Such fires typically burn for days"): habitual present, said of a quantified
# or typical subject. A past, perfect or progressive form makes the clause about what happened
# ("Most were shot down", "Many have fled"), so it is not generic.
HABITUAL = re.compile(r"\b(?:usually|typically|generally|rarely|seldom|as a rule|tends? to|on average)\b", re.I)
# a past form that is not a passive participle ("are usually detected")
PAST = re.compile(
    r"\b(?:was|were|had|did)\b|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!, )\b[a-z]{3,}ed\b(?!\s+by\b)", re.I
)  # ("followed by a rash", ", followed days later by a rash": a participle)
QUANTIFIED_SUBJECT = re.compile(r"^(?:most|many|few|some|such\s+[a-z]+)\s+(?!of\b)([a-z]+)\b", re.I)
NOT_HABITUAL = re.compile(
    r"\b(?:was|were|had|did|has|have|is|are|been|being|will|would|remain|remains|remained|"
    r"[a-z]{3,}ed|[a-z]{3,}ing)\b",
    re.I,
)

PRESENT_FORMS = {"remains", "says", "shows", "seems", "appears", "stands"}
MORE_PAST_FORMS = {"fled", "fought", "sought", "drew", "grew", "knew", "wore", "rode", "dug", "hid", "stuck", "sat",
                   "slept", "woke", "bought", "felt", "heard", "meant", "swam", "froze", "chose"}  # fmt: skip
PAST_FORMS = (IRREGULAR_PAST - PRESENT_FORMS) | MORE_PAST_FORMS


def generic(text: str) -> bool:
    """A statement about what events of a kind usually do, not what this one did."""
    words = text.strip()
    habitual = HABITUAL.search(words)
    if not habitual and not QUANTIFIED_SUBJECT.match(words):
        return False  # (most clauses: neither a habitual word nor a quantified subject)
    if NOT_HABITUAL.search(words) and not habitual:
        return False
    if any(w in PAST_FORMS for w in re.findall(r"[a-z]+", words.lower())):
        return False  # "Many fled", "Most left"
    if habitual:
        return not PAST.search(words)
    return QUANTIFIED_SUBJECT.match(words) is not None


# "no tear gas had been used", "There was no fire": the thing whose existence a clause denies
# names the words right after its "no" (not "no one", "no longer": those are no things)
DENIED_THING = re.compile(r"\bno\s+(?!one\b|longer\b|more\b|less\b)(?P<thing>[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)", re.I)


@lru_cache(maxsize=4096)
def denied_thing(text: str) -> tuple[str, ...]:
    """The lemmas of the thing a clause denies by its "no": one common word ("fire"), or two
    when they name it together ("tear gas"); () when it denies no thing by name."""
    neg = negation(text)
    for m in DENIED_THING.finditer(text):
        if not any(start <= m.start() < end for start, end in neg.predicate_spans):
            continue
        words = [lemma(w) for w in m["thing"].lower().split()]
        if not words or words[0] in STOPWORDS:
            return ()
        if len(words) == 2 and words[1] not in STOPWORDS and (words[0], words[1]) in word_pairs(m["thing"]):
            return (words[0], words[1])
        return (words[0],)
    return ()
