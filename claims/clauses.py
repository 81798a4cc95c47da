"""Split a sentence into atomic clauses, each stating one thing.

"Air defences shot down one drone, but the second one hit the base, causing minimal damage"
gives three: the interception, the hit, and the damage. Splits happen only at clear seams: a
semicolon; "but", "while", "whereas", "although" after a comma; "and" when a new subject with its
own verb follows; a consequence introduced by a participle (", causing ...", ", killing ...");
a non-restrictive relative clause (", which ..."); and a leading subordinate clause
("Although X, Y"; "Since X happened, Y").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex  # \p{Lu}: capitals of every alphabet ("Łukasz", "Šimon"); re for the rest (faster)

from claims.lexicon import EVENT_NOUNS
from claims.text import tokenize

AUXILIARIES = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did", "does", "do",
    "must", "should", "may", "might", "shall", "remains", "remain", "remained", "'s", "’s", "cannot", "can't",
    "won't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't",
}  # fmt: skip
IRREGULAR_PAST = {
    "hit", "struck", "shot", "took", "made", "said", "told", "began", "came", "went", "saw", "fell", "left",
    "kept", "held", "brought", "built", "caught", "fought", "found", "gave", "got", "knew", "led", "lost",
    "met", "paid", "put", "ran", "rose", "sent", "set", "sold", "spoke", "stood", "thought", "threw", "won",
    "wrote", "hurt", "burned", "burnt", "spread", "broke", "drove", "flew", "sank", "shook", "blew", "tore",
    "became", "remains", "says", "shows", "seems", "appears", "died", "killed", "injured", "stands", "cut", "shut",
}  # fmt: skip
PARTICIPLES = (
    "causing|killing|injuring|wounding|leaving|damaging|destroying|forcing|prompting|sparking|triggering|"
    "marking|ending|blaming|bringing|raising|sending|setting|cutting|displacing|trapping|igniting|hitting|reaching"
)
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a comma inside a date ends nothing: "When the cabin fell on Sunday, May 24, it took ..."
_DATE_GOES_ON = rf"\s+(?:{_MONTH}\b|\d{{1,2}}\s+{_MONTH}\b|\d{{4}}\b)"
LEADING_SUB = re.compile(
    # ("As many as 130 children fell ill", "As of Monday, ...": a figure's qualifier and a time,
    # no subordinate clause)
    r"^(?P<word>Although|Though|While|Whereas|Even though|Even as|After|Since|Because|When|"
    r"As(?!\s+(?:many|much|few|little|of|part|well|a\s+result|such)\b)|Once)\b\s+"
    rf"(?P<sub>(?:[^,]|,(?={_DATE_GOES_ON})){{6,200}}?),(?!{_DATE_GOES_ON})\s+(?=\S)"
)
SEAMS = re.compile(
    rf"(?P<semi>;\s+)|(?P<conj>(?<!\b[Aa]ll)(?<!\b[Nn]othing)(?<!\b[Aa]nything),?\s+(?:but|while|whereas|although|though|yet)\s+|,\s+so\s+(?!far\b|much\b|many\b)"
    rf"|,\s+as\s+(?=(?:a|an|the|its|their)\s))"
    rf"|(?P<and>,?\s+and\s+)"
    rf"|(?P<part>,\s+(?:{PARTICIPLES})\b)|(?P<rel>,\s+which\s+)"
)
SUBJECT_START = regex.compile(
    r"^(?:no|none|nobody|no one|neither|either|each|both|all|there|it|they|he|she|we|you|our|your|my|"
    r"anyone|anybody|everyone|everybody|someone|somebody|nothing|everything|something|the|a|an|this|that|these|those|its|their|his|her|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|\p{Lu}[\w'’-]*)\b"
)
STRIP = " ,;:"


def is_finite(word: str) -> bool:
    w = word.lower()
    if "-" in w:
        return False  # "Iran-backed", "government-funded": adjectives
    if w in AUXILIARIES or w in IRREGULAR_PAST:
        return True
    return len(w) > 4 and w.endswith("ed") and not w.endswith("eed")


def has_verb(text: str) -> bool:
    return any(is_finite(t.text) for t in tokenize(text))


def starts_clause(text: str, loose: bool = False) -> bool:
    """Whether text opens a clause of its own: a subject, then a finite verb soon after. After
    "but" or "so" (`loose`) the subject may be any noun ("so patients often cannot remember")."""
    first = re.match(r"[a-z']+", text)
    noun_first = (
        loose and first is not None and not is_finite(first.group()) and first.group() not in ("not", "also")
    )
    if not SUBJECT_START.match(text) and not noun_first:
        return False  # ("but has not launched any strikes": the same subject goes on, no new clause)
    # the verb must come before the next "and"/"or": in "the FDA and its committee and would give",
    # "would" is the verb of the next coordinated part, not of "its committee"
    head = re.split(r"[,;]|\s(?:and|or)\s", text, maxsplit=1)[0]
    words = head.split()[:9]
    return any(is_finite(w.strip(".,\"'”“")) for w in words[1:]) or bool(
        re.match(r"^(?:no|none|nobody|neither)\b", text)
    )


@dataclass
class Clause:
    """One atomic clause: its span in the sentence (for highlighting) and the pieces of the
    sentence that make up its text (a relative clause is cut out of its main clause and given
    its antecedent instead of "which")."""

    start: int
    end: int
    pieces: list[tuple[int, int]]
    prefix: str = ""

    def text(self, sentence: str) -> str:
        body = " ".join(sentence[a:b].strip(STRIP) for a, b in self.pieces if sentence[a:b].strip(STRIP))
        return f"{self.prefix} {body}".strip() if self.prefix else body


def split_clauses(sentence: str, start: int, end: int) -> list[Clause]:
    """Atomic clauses inside the content span [start, end) of a sentence."""
    clauses: list[Clause] = []
    text = sentence[start:end]
    m = LEADING_SUB.match(text)
    if m and has_verb(m["sub"]):
        clauses.extend(_split_main(sentence, start + m.start("sub"), start + m.end("sub")))
        start += m.end()
    clauses.extend(_split_main(sentence, start, end))
    out = []
    for clause in clauses:
        pieces = [p for p in (_trim(sentence, a, b) for a, b in clause.pieces) if p]
        if not pieces:
            continue
        out.append(Clause(pieces[0][0], pieces[-1][1], pieces, clause.prefix))
    return sorted(out, key=lambda c: c.pieces[-1][0])  # reading order of what each clause says


def _split_main(sentence: str, start: int, end: int) -> list[Clause]:
    out: list[Clause] = []
    cursor = start
    pos = start
    holes: list[tuple[int, int]] = []  # relative clauses cut out of the current main clause

    def close(until: int) -> None:
        pieces, a = [], cursor
        for h0, h1 in holes:
            pieces.append((a, h0))
            a = h1
        pieces.append((a, until))
        out.append(Clause(cursor, until, pieces))
        holes.clear()

    while True:
        m = SEAMS.search(sentence, pos, end)
        if not m:
            break
        kind = m.lastgroup
        after = sentence[m.end() : end]
        if kind == "rel":
            comma_match = re.compile(r",\s").search(sentence, m.end(), end)
            comma = comma_match.start() if comma_match else -1
            rel_end = comma if comma != -1 else end
            if has_verb(sentence[m.end() : rel_end]):
                # (", which is why boiling is essential": the "which" is the clause before, and
                # what follows "is why" is a statement of its own)
                sentential = SENTENTIAL_WHICH.match(sentence, m.end(), rel_end)
                if sentential:
                    out.append(Clause(sentential.end(), rel_end, [(sentential.end(), rel_end)]))
                else:
                    antecedent = _antecedent(sentence[cursor : m.start()])
                    out.append(Clause(m.start() + 2, rel_end, [(m.end(), rel_end)], prefix=antecedent))
                holes.append((m.start(), rel_end))
                pos = rel_end
                continue
            pos = m.end()
            continue
        if kind == "part":
            close(m.start())
            cursor = m.start() + 1
            pos = m.end()
            continue
        if (
            kind == "semi"
            or (kind == "conj" and starts_clause(after, loose=True))
            or (kind == "and" and starts_clause(after) and has_verb(sentence[cursor : m.start()]))
        ):
            close(m.start())
            cursor = m.end()
        pos = m.end()
    close(end)
    return out


SENTENTIAL_WHICH = re.compile(r"(?:is|was)\s+(?:why|because)\s+|(?:means|meant)\s+(?:that\s+)?", re.I)


def _antecedent(text: str) -> str:
    """The noun phrase a "which" refers to: the last few words before it, from a determiner;
    but a subject that names an event, followed by where it is ("The Ridgeback Fire in the US
    state of Oregon, which broke out on August 11"), is what the clause tells of, not the place."""
    words = text.strip(STRIP).split()
    subject = _event_subject(words)
    if subject:
        return subject
    tail = words[-6:]
    for i in range(len(tail) - 1, -1, -1):  # the nearest noun phrase: "near the harbour, which ..."
        if tail[i].lower() in ("the", "a", "an", "these", "those", "this", "that", "its", "their"):
            return " ".join(tail[i:])
    return " ".join(tail[-3:])


EVENT_SUBJECT_WORDS = 12
PLACE_PREPOSITIONS = {"in", "at", "near", "on", "off", "outside"}


def _event_subject(words: list[str]) -> str | None:
    """The whole of a verbless subject "<event> <place preposition> <place>", or None."""
    if len(words) > EVENT_SUBJECT_WORDS or has_verb(" ".join(words)):
        return None
    lowered = [w.lower().strip(",") for w in words]
    for i, w in enumerate(lowered[:-1]):
        if w in PLACE_PREPOSITIONS:
            head = lowered[:i]
            return " ".join(words) if any(h in EVENT_NOUNS for h in head) else None
    return None


def _trim(sentence: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and sentence[a] in STRIP + "\"“”'":
        a += 1
    while b > a and sentence[b - 1] in STRIP + ".\"“”'":
        b -= 1
    if b - a < 3:
        return None
    return a, b
