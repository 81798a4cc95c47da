"""Who a sentence credits: a quoted person, a credited source, or the outlet itself.

Patterns, in the order a reader checks them:
  "...," Glen E. Howard, the former head of X, told TRT World.     quoted, after the quote
  "...," said Howard.                                                quoted, inverted
  ..., the regional government said.                                 credited, at the end
  Authorities in X said on Sunday that ...                           credited, as the subject
  ... according to Iraqi military sources.                           credited
Pronouns ("he told TRT World") and surnames ("Duman added") are resolved to the last person
named in the article with that surname or, for a pronoun, the last person who spoke.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.lexicon import COMMUNICATION_VERBS, SPEECH_FORMS

_VERB_FORMS: dict[str, str] = {}
# Base forms are speech verbs only after plural subjects ("officials say", "experts warn"), and
# several are also common nouns or adjectives ("the state", "a report", "a claim"): only these
# few base forms are kept.
BASE_FORMS = {"say", "tell", "warn", "insist", "believe", "estimate", "deny", "confirm", "argue"}
for _lemma in COMMUNICATION_VERBS:
    for _form in (
        _lemma,
        _lemma + "s",
        _lemma + "d",
        _lemma + "ed",
        _lemma[:-1] + "ied" if _lemma.endswith("y") else "",
    ):
        if _form and (_form != _lemma or _lemma in BASE_FORMS):
            _VERB_FORMS[_form] = _lemma
_VERB_FORMS.update({"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write",
                    "writes": "write", "tweeted": "tweet", "denies": "deny", "specifies": "specify"})  # fmt: skip
_VERB_FORMS.update(SPEECH_FORMS)
VERB_ALT = "|".join(sorted((re.escape(v) for v in _VERB_FORMS), key=len, reverse=True))

# Nouns that can head a credited source without a capitalised name.
SOURCE_NOUNS = (
    r"officials?|sources?|spokes(?:person|man|woman)|authorit(?:y|ies)|government|ministry|police|military|army|"
    r"analysts?|experts?|witness(?:es)?|residents?|observers?|agency|agencies|office|officers?|statement|"
    r"report|reports|commander|spokesperson|diplomats?|investigators?|doctors?|medics?|paramedics?|"
    r"rescuers?|firefighters?|media|outlets?|newspaper|broadcaster|channel|pentagon|militias?|groups?|"
    r"administration|company|operator|department|council|committee|coalition|forces|sources"
)
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing", "we": "group", "i": "person"}
QUOTE_CHARS = '"“”'
_Q_OPEN = '["“]'
_Q_CLOSE = '["”]'

AFTER_QUOTE = re.compile(
    rf"{_Q_CLOSE}\s*,?\s*(?P<speaker>(?:[A-Z][^\"“”]{{0,120}}?|he|she|they|it|we|I))\s+"
    rf"(?:(?:also|then|later|further|meanwhile|previously)\s+)?(?P<verb>{VERB_ALT})\b"
)
INVERTED = re.compile(
    rf"{_Q_CLOSE}\s*,?\s*(?P<verb>said|says|added|wrote|told|noted)\s+(?P<speaker>[A-Z][^,.;\"“”]{{1,100}})"
)
FINAL = re.compile(
    r",\s*(?P<speaker>(?:[Tt]he\s+|[Aa]n?\s+)?[^,;\"“”]{2,90}?)\s+(?P<verb>said|says|told\s+[A-Z][\w ]{1,40}|"
    r"added|noted|reported|confirmed|stated|claimed|wrote|insisted|warned|explained)"
    r"(?:\s+(?:on|in|late|early|last)\s+[\w ]{1,30}?)?\s*\.?\s*$"
)
SUBJECT = re.compile(
    rf"^\s*(?:(?:NEW|BREAKING|UPDATE|JUST IN)\s*:\s*)?(?:(?:Meanwhile|However|But|And|Also|Separately|Later|Earlier|Still|Yet|Now),?\s+)?"
    rf"(?:(?:In|On|At|By|During|Last|This|Earlier|Later|Late|Early)\s+[^,]{{1,30}},\s+)?"
    rf"(?P<speaker>[A-Za-z][^\"“”;:]{{1,160}}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\s+"
    rf"(?:(?:meanwhile|also|then|later|further|previously|had|has|have|on\s+\w+)\s+)?"
    rf"(?P<neg>did\s+not\s+|didn['’]t\s+|has\s+not\s+|hasn['’]t\s+|have\s+not\s+|haven['’]t\s+|would\s+not\s+|"
    rf"wouldn['’]t\s+|declined\s+to\s+|refused\s+to\s+)?(?P<verb>{VERB_ALT})\b"
)
ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<speaker>[^,.;:()]{2,80})")
CREDITED_TO = re.compile(r"\b(?P<verb>told)\s+(?P<outlet>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})")
NAME = re.compile(
    r"(?P<name>(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.|al|bin|de|van|von|el|Al|El)){1,4})"
)
TITLE_WORDS = re.compile(
    r"^(?:(?:U\.S\.|US|UN|Iraqi|Pentagon|White House|State Department|Former|former|Deputy|Acting|Senior)\s+)*"
    r"(?:Spokesperson|Spokesman|Spokeswoman|President|Prime Minister|Minister|Secretary|Gen\.|General|Col\.|"
    r"Colonel|Lt\.|Maj\.|Capt\.|Sgt\.|Sen\.|Senator|Rep\.|Gov\.|Governor|Mayor|Chief|Director|Commander|"
    r"Ambassador|Dr\.|Mr\.?|Mrs\.?|Ms\.?|Analyst|Professor|Prof\.)\s+",
    re.I,
)
CONTINUATION = re.compile(
    r",\s*(?:adding|saying|noting|explaining|stressing|warning|arguing|insisting|claiming|"
    r"confirming|denying|acknowledging)\s+(?:that\s+)?"
)
LEADING_NOISE = re.compile(r"^(?:NEW|BREAKING|UPDATE|JUST IN|WATCH|Analysis from|Analysis by)\s*:?\s*", re.I)


@dataclass
class Attribution:
    speaker: str | None = None
    kind: str | None = None  # quoted | credited | post
    stance: str | None = None  # say | confirm | deny | decline
    content_start: int = 0  # where the attributed content starts and ends, within the sentence
    content_end: int = 0
    via: str | None = None  # the outlet a speaker told ("told TRT World")
    more: tuple[int, int] | None = None  # a second stretch said by the same speaker (", adding that ...")


@dataclass
class SpeakerMemory:
    """What earlier sentences of the article said about who is who."""

    last_person: str | None = None
    last_group: str | None = None
    by_surname: dict[str, str] = field(default_factory=dict)

    def remember(self, speaker: str) -> None:
        name = person_name(speaker)
        if name:
            self.last_person = name
            parts = name.split()
            if len(parts) >= 2:
                self.by_surname.setdefault(parts[-1].lower(), name)
        else:
            self.last_group = speaker

    def resolve(self, speaker: str) -> str:
        low = speaker.lower()
        if low in ("he", "she", "i"):
            return self.last_person or speaker
        if low in ("they", "we", "it"):
            return speaker  # a plural or impersonal pronoun is too loose to resolve safely
        words = speaker.split()
        key = words[-1].lower() if words else ""
        if key in self.by_surname and len(person_name(speaker) or "".join(words[-1:])) <= len(words[-1]) + 1:
            return self.by_surname[key]
        if (
            len(words) == 2
            and words[0].lower() in ("analyst", "expert", "mr", "mrs", "ms", "dr")
            and key in self.by_surname
        ):
            return self.by_surname[key]
        return speaker


def person_name(text: str) -> str | None:
    """The personal name inside a speaker phrase ("Pentagon Spokesperson Sabrina Singh" ->
    "Sabrina Singh"), when it has one."""
    stripped = TITLE_WORDS.sub("", text.strip())
    stripped = TITLE_WORDS.sub("", stripped)
    m = NAME.match(stripped)
    if not m:
        return None
    name = m.group("name")
    words = name.split()
    if any(
        w.lower()
        in (
            "the",
            "government",
            "ministry",
            "forces",
            "sources",
            "office",
            "department",
            "police",
            "army",
            "military",
            "authorities",
            "state",
            "house",
        )
        for w in words
    ):
        return None
    return name if len(words) >= 2 else None


def _trim_speaker(raw: str) -> str:
    """The speaker phrase without its appositive or trailing time words."""
    text = LEADING_NOISE.sub("", raw.strip())
    text = re.sub(
        r"\s+(?:on|in|late|early|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"\w+day)\b.*$",
        "",
        text,
    )
    text = re.sub(r"\s+(?:meanwhile|also|then|later)$", "", text)
    head = " ".join(text.split(",")[0].split())
    return head or " ".join(text.split())


NOT_SPEAKERS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "it",
    "still",
    "however",
    "also",
    "yet",
    "now",
    "so",
    "then",
    "there",
    "here",
    "such",
    "these",
    "those",
}


def _is_source_phrase(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > 14 or phrase.strip().lower() in NOT_SPEAKERS:
        return False
    if words[0].lower().strip(",") in ("still", "however", "yet", "so", "then", "also") and len(words) == 1:
        return False
    if phrase.lower() in PRONOUNS:
        return True
    if re.search(rf"\b(?:{SOURCE_NOUNS})\b", phrase, re.I):
        return True
    return any(w[:1].isupper() for w in words)


def attribute(sentence: str, memory: SpeakerMemory) -> Attribution:
    """The attribution of one sentence (offsets relative to the sentence)."""
    attribution = _find(sentence)
    if attribution.kind == "quoted" and attribution.content_end < len(sentence):
        tail = sentence[attribution.content_end :]
        m = CONTINUATION.search(tail)
        if m and m.start() < 100:
            attribution.more = (attribution.content_end + m.end(), len(sentence))
    if attribution.speaker:
        resolved = memory.resolve(attribution.speaker)
        attribution.speaker = resolved
        memory.remember(resolved)
    return attribution


def _stance(verb: str, negated: bool) -> str:
    base = _VERB_FORMS.get(verb.split()[0].lower(), "say")
    stance = COMMUNICATION_VERBS.get(base, "say")
    if negated or base == "decline":
        return "deny" if stance == "deny" else "decline"
    return stance


def _find(sentence: str) -> Attribution:
    sentence = sentence.replace("#", " ")  # hashtags: same length, so offsets hold
    n = len(sentence)
    starts_quoted = sentence[:1] in QUOTE_CHARS
    if starts_quoted or (quote_start := _first_quote(sentence)) is not None:
        m = AFTER_QUOTE.search(sentence)
        if m and _is_source_phrase(m["speaker"]):
            q0 = 1 if starts_quoted else (quote_start or 0) + 1
            return Attribution(
                _trim_speaker(m["speaker"]),
                "quoted",
                _stance(m["verb"], False),
                q0,
                m.start(),
                via=_via(sentence[m.start("verb") :]),
            )
        m2 = INVERTED.search(sentence)
        if m2:
            return Attribution(
                _trim_speaker(m2["speaker"]), "quoted", _stance(m2["verb"], False), 1, m2.start()
            )
    m4 = FINAL.search(sentence)
    if (
        m4
        and len(m4["speaker"].split()) <= 8
        and _is_source_phrase(m4["speaker"])
        and not _has_finite_verb(m4["speaker"])
    ):  # "..., he said." / "..., the regional government said." closes the sentence: check it first
        return Attribution(
            _trim_speaker(m4["speaker"]), "credited", _stance(m4["verb"], False), 0, m4.start()
        )
    m3 = SUBJECT.match(sentence)
    if m3 and _is_source_phrase(m3["speaker"]) and not _has_finite_verb(m3["speaker"]):
        rest = m3.end()
        that = re.match(
            r"(?:\s+[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})?(?:\s+(?:on|in|late|early|last)\s+\w+)?"
            r"\s*(?:,\s*)?(?:that\s+)?",
            sentence[rest:],
        )
        start = rest + (that.end() if that else 0)
        return Attribution(
            _trim_speaker(m3["speaker"]),
            "credited",
            _stance(m3["verb"], bool(m3["neg"])),
            start,
            n,
            via=_via(sentence[m3.start("verb") :]),
        )
    m4 = FINAL.search(sentence)
    if m4 and _is_source_phrase(m4["speaker"]) and not _has_finite_verb(m4["speaker"]):
        return Attribution(
            _trim_speaker(m4["speaker"]), "credited", _stance(m4["verb"], False), 0, m4.start()
        )
    m5 = ACCORDING.search(sentence)
    if m5:
        start, end = (0, m5.start()) if m5.start() > n / 3 else (m5.end(), n)
        return Attribution(_trim_speaker(m5["speaker"]), "credited", "say", start, end)
    return Attribution(content_start=0, content_end=n)


def _first_quote(sentence: str) -> int | None:
    for i, ch in enumerate(sentence):
        if ch in '"“':
            return i
    return None


def _via(text: str) -> str | None:
    m = CREDITED_TO.match(text)
    return m["outlet"] if m else None


AUXILIARIES = {
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "did",
    "does",
    "do",
    "must",
    "should",
    "shall",
    "be",
    "been",
    "being",
    "may",
    "might",
}
PARTICIPLE_ADJECTIVES = {
    "based",
    "backed",
    "funded",
    "linked",
    "aligned",
    "led",
    "named",
    "appointed",
    "elected",
    "affiliated",
    "armed",
    "united",
    "supported",
    "sponsored",
    "allied",
    "related",
    "retired",
    "unnamed",
    "concerned",
    "involved",
    "authorised",
    "authorized",
    "assigned",
    "embedded",
}


SUBORDINATORS = {
    "while", "since", "although", "though", "if", "when", "as", "after", "before", "because", "unless",
    "whereas", "despite", "once", "until", "however", "whether", "still", "yet",
}  # fmt: skip


def _has_finite_verb(phrase: str) -> bool:
    """A subject phrase with a verb of its own ("That is why he supports X, Howard") is a clause,
    not a speaker."""
    words = phrase.split()
    if not words or words[0].lower().strip(",") in SUBORDINATORS:
        return True  # "While no one has claimed ..., experts believe": a subordinate clause
    if re.search(r",\s*(?:which|who|whom|whose|that)\b", phrase):
        return True  # "The attack, which the sources said ...": the speaker sits in a relative clause
    last = words[-1].lower().replace("’", "'")
    if last in AUXILIARIES or last.endswith("'s"):
        return True  # "The attack was [claimed by]", "it's [believed]": passives, not speakers
    for word in words[1:]:
        w = word.lower().strip("(),")
        if w in AUXILIARIES:
            return True
        if w.endswith("ed") and len(w) > 4 and w not in PARTICIPLE_ADJECTIVES and "-" not in w:
            return True
    return False
