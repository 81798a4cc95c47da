"""Whom or what a state is said of (claims.states): the subject of its verb, by a name or by the
head of its noun phrase, so that two reports compare a state only of one holder ("Maria Kell
resigned" / "Maria Kell was sacked"; not "Maria Kell's deputy resigned"), and of one thing ("a
breath test" is not "a drugs test", "a driving licence" is a licence).

Holders and things are kept as words and compared loosely: a holder left open (a pronoun, a
flight number) or named less fully ("the driver" / "the lorry driver") is the same one; two
different heads ("the lorry driver" / "the van driver", "the firm" / "the driver") are not."""

from __future__ import annotations

import re

from claims.lexicon import SYNONYMS
from claims.text import lemma

SUBJECT_WORD = re.compile(r"[\w'’-]+")
RELATIVE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,]*,")
APPOSITIVE = re.compile(r",\s*[^,]+,\s*$")
# another one of its kind: "a second plane", "another fire", "a nearby shop"
ANOTHER = re.compile(r"\b(?:second|another|other|earlier|separate|third|nearby|neighbouring|neighboring)\s+(?:[\w-]+\s*)?$", re.I)
# what may stand between a subject and its verb ("Maria Kell has since resigned", "the driver was
# driving without")
BETWEEN = {"has", "had", "have", "was", "were", "is", "are", "be", "been", "also", "then", "later", "since", "now",
           "just", "did", "does", "do", "not", "never", "n't", "didn't", "doesn't", "still", "already", "once",
           "would", "will", "could"}  # fmt: skip
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "one", "two"}
PRONOUNS = {"it", "they", "he", "she", "we", "i", "this", "that", "who", "which"}
NOT_NAMES = {"the", "a", "an", "chief", "he", "she", "his", "her", "they", "mr", "mrs", "ms", "dr", "minister", "it",
             "we", "i", "you", "this", "that", "there", "police", "officials"}  # fmt: skip
ROLE_CLASS = {"plane": "aircraft", "jet": "aircraft", "airliner": "aircraft", "flight": "aircraft"}
OTHER = "#other"  # a holder that is another one of its kind


def _subject_words(text: str, start: int) -> list[str]:
    """The words of the subject before the verb at `start`, past relative clauses, a trailing
    appositive and what stands between a subject and its verb."""
    before = RELATIVE.sub(" ", text[:start].rstrip())
    before = APPOSITIVE.sub("", before).rsplit(",", 1)[-1]
    words = SUBJECT_WORD.findall(before)
    while words and (words[-1].lower() in BETWEEN or words[-1].lower().endswith(("ly", "ing"))):
        words.pop()
    return words


def subject_head(text: str, start: int) -> str | None:
    """The subject of the verb at `start` as a head noun with at most one modifier ("the lorry
    driver" -> "lorry driver"); OTHER for another of its kind, "" when it is open (a pronoun, a
    name or a code), None when the clause names none."""
    if ANOTHER.search(text[:start].rstrip()):
        return OTHER
    words = _subject_words(text, start)
    if not words:
        return None
    head = words[-1]
    if head.lower() in PRONOUNS or any(ch.isdigit() for ch in head):
        return ""  # ("it", "Flight TB401": left open)
    base = lemma(head.lower())
    base = ROLE_CLASS.get(base) or SYNONYMS.get(base, base)
    modifier = words[-2].lower() if len(words) >= 2 and words[-2].lower() not in DETERMINERS and words[-2][:1].islower() else ""
    return f"{modifier} {base}".strip()


def named_person(text: str, end: int) -> str | None:
    """The surname of the person who is the subject of the verb at `end` ("Chief executive Maria
    Kell resigned": kell; "Maria Kell, the chief executive, resigned": kell); not a name in a
    possessive ("Maria Kell's deputy"), after a preposition ("after talks with Maria Kell, the
    director resigned") or in a relative clause."""
    words = _subject_words(text, end)
    if not words or not words[-1][:1].isupper() or words[-1].lower() in NOT_NAMES or words[-1].endswith(("'s", "’s")):
        return None
    return words[-1].lower()


def definite_person(text: str, end: int) -> str | None:
    """A person the subject names by a role word, when it is one known person ("the suspect"),
    not anyone ("a 45-year-old man") nor another ("a second suspect")."""
    from claims.status import person_named  # (claims.status reads states' matches: imported late)

    words = [w.lower() for w in _subject_words(text, end)]
    role = person_named(" ".join(words))
    if role is None or ANOTHER.search(" ".join(words[:-1]) + " "):
        return None
    return role if "the" in words[-4:-1] else None


def compatible(x: str, y: str) -> bool:
    """Two holders or things that can be one: the same words, one left open, or one named more
    fully than the other ("licence" / "driving licence")."""
    if x == OTHER or y == OTHER:
        return False
    if not x or not y or x == y:
        return True
    wx, wy = set(x.split()), set(y.split())
    return wx <= wy or wy <= wx
