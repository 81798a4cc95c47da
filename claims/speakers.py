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

import regex  # \p{Lu}: capitals of every alphabet ("Łukasz", "Šimon"); re for the rest (faster)

from claims.clauses import has_verb, starts_clause
from claims.lexicon import COMMUNICATION_VERBS, SPEECH_FORMS
from claims.model import Claim
from claims.quantities import NUMBER_STARTS
from claims.text import as_double_quotes, content_lemmas, lemma

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
# any speech verb's base form, after a negation ("did not specify", "declined to confirm")
BASE_ALT = "|".join(sorted((re.escape(v) for v in COMMUNICATION_VERBS), key=len, reverse=True))
VERB_ALT = "|".join(sorted((re.escape(v) for v in _VERB_FORMS), key=len, reverse=True))

# Nouns that can head a credited source without a capitalised name.
SOURCE_NOUNS = (
    r"officials?|sources?|spokes(?:person|man|woman)|authorit(?:y|ies)|government|ministry|police|military|army|"
    r"analysts?|experts?|witness(?:es)?|residents?|observers?|agency|agencies|office|officers?|statement|"
    r"report|reports|commander|spokesperson|diplomats?|investigators?|doctors?|medics?|paramedics?|"
    r"rescuers?|firefighters?|media|outlets?|newspaper|broadcaster|channel|pentagon|militias?|groups?|"
    r"administration|company|operator|department|council|committee|coalition|forces|sources|guard|coastguard|"
    r"navy|air\s+force|service|board|court|prosecutors?|hospital|airline|union|institute|utility|regulator|"
    r"authority|watchdog|inspectors?|commission|network|police\s+force|fire\s+brigade|directorate|bureau|"
    r"secretariat|inspectorate|cent(?:re|er)|team|governor|mayor|minister|president|chief|director|manager|"
    r"engineers?|chairman|chairwoman|chair|secretary|ambassador|prosecutor|judge|coroner|sheriff|captain|"
    r"superintendent|ceo|executive|lawyers?|attorneys?|scientists?|researchers?|teachers?|nurses?|staff|workers?|"
    r"survivors?|relatives?|families|neighbou?rs?|locals?|villagers?|passengers?|crew|campaigners?|activists?"
)
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "thing", "we": "group", "i": "person"}
QUOTE_CHARS = '"“”'
_Q_OPEN = '["“]'
_Q_CLOSE = '["”]'

# a title in lowercase before the name it belongs to: "said union national secretary Jodie Marr",
# "said fire chief Tomas Holm" (up to four words, then a capital)
LOWER_TITLE = r"(?:[a-z][\w'-]*\s+){1,4}(?=\p{Lu})"
PROPER_NAME = r"\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){1,3}"  # "Peter Lund", "Ana M. Ruiz"
AFTER_QUOTE = regex.compile(
    rf"{_Q_CLOSE}\s*,?\s*(?P<speaker>(?:\p{{Lu}}[^\"“”]{{0,120}}?|he|she|they|it|we|I|"
    # (a role, and the name of who holds it: "the mayor, Peter Lund, said")
    rf"(?:a|an|the|one|two|three|another|several|some)\s+[a-z][\w' -]{{1,60}}?(?:,\s*{PROPER_NAME},)?|"
    # a title in lowercase and a name ("union secretary Jodie Marr said"), or a body or group
    # named in lowercase ("police said", "county fire officials said")
    rf"{LOWER_TITLE}\p{{Lu}}[^\"“”]{{0,80}}?|(?!(?:and|but|or|so|then|which|who|as)\b)[a-z][\w'-]*(?:\s+[a-z][\w'-]*){{0,3}}?))\s+"
    rf"(?:(?:also|then|later|further|meanwhile|previously)\s+)?(?P<verb>{VERB_ALT})\b"
)
INVERTED = regex.compile(
    rf"{_Q_CLOSE}\s*,?\s*(?P<verb>said|says|added|wrote|told|noted)\s+"
    rf"(?P<speaker>(?:\p{{Lu}}|(?:the|a|an)\s+\w|{LOWER_TITLE})[^,.;\"“”]{{1,100}})"
)
# "Two people were hurt, said Fire Chief Tomas Holm[, the county's fire chief]."
FINAL_INVERTED = regex.compile(
    r",\s*(?P<verb>said|says|added|noted|wrote|confirmed|stated|reported|explained|insisted|warned|announced)\s+"
    r"(?P<speaker>(?:\p{Lu}|(?:the|a|an)\s+\w|" + LOWER_TITLE + r")[^,;\"“”]{1,80}?)"
    # its appositive: a description, or the name of the one named by a role ("said the mayor, Peter Lund")
    r"(?P<appositive>,\s*(?:(?:the|a|an|who|its|his|her|their)\b[^;\"“”]{2,140}?|" + PROPER_NAME + r"))?"
    r"(?P<rest>,\s*(?:while|whereas|as|and|but|although|adding(?:\s+that)?|saying(?:\s+that)?)\s[^\"“”]{2,300}?)?\s*\.?\s*$"
)
FINAL = regex.compile(
    r",\s*(?P<speaker>(?:[Tt]he\s+|[Aa]n?\s+)?[^,;\"“”]{2,90}?)\s+(?P<verb>said|says|told\s+\p{Lu}[\w ]{1,40}|"
    r"told\s+(?:reporters|journalists|the\s+press|the\s+media|lawmakers|a\s+news\s+conference|parliament)|"
    r"added|noted|reported|confirmed|stated|claimed|wrote|insisted|warned|explained)"
    # when and where it was said: "on Sunday", "in an interview with DZRB on Sunday morning"
    r"(?:\s+(?:on|in|at|during|late|early|last)\s+[\w ]{1,30}?){0,3}\s*\.?\s*$"
)
SUBJECT = re.compile(
    rf"^\s*(?:(?:NEW|BREAKING|UPDATE|JUST IN)\s*:\s*)?(?:(?:Meanwhile|However|But|And|Also|Separately|Later|Earlier|Still|Yet|Now),?\s+)?"
    rf"(?:(?:In|On|At|By|During|Last|This|Earlier|Later|Late|Early)\s+[^,]{{1,30}},\s+)?"
    rf"(?:(?:Speaking|Asked|Addressing|Writing|Testifying|Responding|Interviewed|Briefing)\s+[^,]{{1,80}},\s+)?"
    rf"(?P<speaker>[^\W\d_][^\"“”;:]{{1,160}}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e)\s+"
    rf"(?:(?:meanwhile|also|then|later|further|previously|had|has|have|on\s+\w+)\s+)?"
    rf"(?P<neg>did\s+not\s+|didn['’]t\s+|has\s+not\s+|hasn['’]t\s+|have\s+not\s+|haven['’]t\s+|would\s+not\s+|"
    rf"wouldn['’]t\s+|declined\s+to\s+|refused\s+to\s+)?"
    rf"(?:[a-z]{{3,}}ly\s+)?"  # "has publicly denied", "flatly rejected"
    rf"(?P<verb>{VERB_ALT}|(?<=not\s)(?:{BASE_ALT})|(?<=n't\s)(?:{BASE_ALT})|(?<=n’t\s)(?:{BASE_ALT})|(?<=to\s)(?:{BASE_ALT}))\b"
    rf"(?!\s+(?:responsibility|credit)\b)"
    # ("a group calling itself BlackVesper added the trust to its leak website": a thing added
    # to a place, nothing said)
    rf"(?!(?<=added)\s+(?:the|a|an|its|their|his|her)\s+[^.;,\"“”]{{1,60}}?\s+to\s+(?:its|their|his|her)\b)"
)
# "The order will stay in place overnight, Brandt said, and officials will review it": the speaker
# between two clauses, both of which they reported
MIDDLE = regex.compile(
    r"^(?P<content>[^;\"“”]{12,}?),\s*(?P<speaker>[^,;\"“”]{2,60}?)\s+(?P<verb>said|says|told\s+\p{Lu}[\w]*(?:\s+\p{Lu}[\w]*){0,3}|"
    r"added|noted|reported|confirmed|stated|warned|explained)(?:\s+(?:on|late|early|last)\s+\w+)?,\s*"
    r"(?P<conj>and|but|while|although)\s+(?P<rest>\S)"
)
# what may follow a source named inside a sentence: the rest of the clause or another clause
# (not a relative clause about the source: "according to the fire service, which said ...")
AFTER_SOURCE = re.compile(r"\s*(?:,\s*(?:and|but)\s+|;\s*|,\s*)(?!(?:which|who|whose|where|when)\b)(?=(?:\S+\s+){2}\S)")
# (the source ends at a word's end: a long one is cut before a word, not inside it)
ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<speaker>[^,.;:()]{1,119}[^,.;:()\s])(?![^,.;:()\s])")
CREDITED_TO = regex.compile(r"\b(?P<verb>told)\s+(?P<outlet>\p{Lu}[\w&.-]*(?:\s+\p{Lu}[\w&.-]*){0,3})")
NAME = regex.compile(
    r"(?!(?:A|An|The|This|That)\s)"
    r"(?P<name>(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)(?:\s+(?:(?:al|bin|de|van|von|el|Al|El)\s+)?(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.)){1,4})\b"
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
# "X confirmed A, but said B": a second act of speech by the same subject ends what was
# confirmed; B is said, not confirmed (a "not" in B is not a denial of A)
SECOND_SAYING = re.compile(
    r"(?:,\s*|\s+)(?:but|and)\s+(?:also\s+|later\s+)?(?P<verb>said|added|stressed|insisted|noted|warned|told\s+\w+)\s+(?:that\s+)?"
)
OPENING_QUOTE = re.compile(r"\s*:\s*(?P<mark>[\"“])")  # (a colon: 'said "several" people' is a scare quote)
QUOTE_CLOSING = {'"': '"', "“": "”"}
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
    opener: tuple[int, int] | None = (
        None  # words before the speaker, in the outlet's voice ("After Tuesday's blast, ")
    )
    described: str | None = None  # the speaker phrase in full ("coast guard spokeswoman Lt. Ana Tagle")
    more_stance: str | None = None  # the stance of `more` when a verb of its own introduces it
    own_clause: bool = False  # the opener is a clause of the outlet's own ("Two died, and police said ...")


@dataclass
class SpeakerMemory:
    """What earlier sentences of the article said about who is who."""

    last_person: str | None = None
    last_group: str | None = None
    by_surname: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)  # name -> fullest description seen

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


NOT_NAME_WORDS = {
    "the", "government", "ministry", "forces", "sources", "office", "department", "police", "army", "military",
    "authorities", "state", "house", "coast", "guard", "agency", "council", "board", "company", "institute",
}  # fmt: skip
RANKS = re.compile(
    r"\b(?:Commander|Cmdr\.|Lt\.|Lieutenant|Capt\.|Captain|Col\.|Colonel|Gen\.|General|Maj\.|Major|Sgt\.|"
    r"Ensign|Adm\.|Admiral|Dr\.|Mr\.?|Mrs\.?|Ms\.?|Prof\.|Rev\.|Father|Sister|Chief|Inspector|Superintendent|"
    r"Director|Spokesperson|Spokesman|Spokeswoman|President|Minister|Mayor|Governor|Senator|Sen\.|Rep\.)\s+"
)


ROLE_BEFORE_NAME = re.compile(
    r"\b(?:spokes(?:man|woman|person)|official|officer|director|chief|head|minister|secretary|president|"
    r"manager|commander|analyst|expert|researcher|professor|lawyer|attorney|mayor|governor|leader|chairman|"
    r"chairwoman|chair|coordinator|correspondent|editor|founder|owner|resident|witness|survivor|engineer|"
    r"executive|administrator|superintendent|inspector|investigator|captain|lieutenant|member|ceo|cfo)\s*$",
    re.I,
)


def person_name(text: str) -> str | None:
    """The personal name inside a speaker phrase: the run of capitalised words that ends it,
    ranks and titles left out ("Pentagon Spokesperson Sabrina Singh" -> "Sabrina Singh",
    "coast guard spokesman Commander Arnel Tagle" -> "Arnel Tagle")."""
    head = text.strip().split(",")[0]
    head = TITLE_WORDS.sub("", head)
    ranks = list(RANKS.finditer(head))
    if ranks and NAME.match(head[ranks[-1].end() :]):
        head = head[ranks[-1].end() :]  # "Fire Chief Tomas Holm": the name follows the last rank
    while RANKS.search(head):
        head = RANKS.sub("", head)
    first = NAME.match(head)
    names = list(NAME.finditer(head))
    if names and ROLE_BEFORE_NAME.search(head[: names[-1].start()]):
        name = names[-1].group("name")  # "coast guard spokesman Commander Arnel Tagle"
    elif first:
        name = first.group("name")
    else:
        return None
    words = name.split()
    if len(words) < 2 or any(w.lower() in NOT_NAME_WORDS for w in words):
        return None
    return name


# Words that open an adverbial phrase before the subject, never a speaker's name.
OPENING_PREPOSITIONS = {
    "within", "after", "before", "in", "on", "at", "following", "despite", "amid", "amidst", "since", "until",
    "during", "for", "by", "over", "under", "as", "when", "while", "once", "throughout", "earlier", "later",
}  # fmt: skip


TIME_SPANS = {"minute", "hour", "day", "week", "month", "year", "night"}


def _opening_phrase(segment: str) -> bool:
    """ "Within a day of the diversion", "After the ministry confirmed the blast"; not a figure
    with its qualifier ("At least 14 people were killed", "Over 100 homes burned")."""
    words = segment.lower().split()
    if len(words) < 2 or words[0] not in OPENING_PREPOSITIONS:
        return False
    figure = (
        words[1] in ("least", "most") or words[1][:1].isdigit() or words[1] in NUMBER_STARTS - {"a", "an"}
    )
    # "After two days of questions", "Within three hours of the blast": a span of time, not a figure
    span = words[0] in ("after", "within", "following", "before", "for") and (
        len(words) > 2 and lemma(words[2]) in TIME_SPANS
    )
    return not figure or span


# When or where it was said, before the speaker without a comma ("On Wednesday morning a trust
# spokesperson denied", "In a statement the company said")
TIME_OPENER = re.compile(
    r"^(?:(?:late|early)\s+(?:(?:on|last|this)\s+)?|(?:on|last|this|by)\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|today|yesterday|tonight)(?:\s+(?:morning|afternoon|evening|night))?\s+(?=\S)|"
    r"^in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|interview|post|letter|briefing|email|"
    r"e-mail|filing|release|update)\s+(?:on\s+\w+\s+)?(?=\S)",
    re.I,
)


def _without_opener(phrase: str) -> str:
    """The subject phrase without adverbial phrases before it ("Within a day of the diversion,
    the airline had told reporters": the airline; "On Wednesday morning a trust spokesperson")."""
    # (the phrases closed by a comma go first: "In an interview with the Observer this week,
    # Neil Hartigan" loses the whole phrase, not "In an interview" alone)
    phrase = TIME_OPENER.sub("", _without_opening_phrases(phrase.strip()), count=1)
    return _without_opening_phrases(phrase)


def _without_opening_phrases(phrase: str) -> str:
    """The phrase without the opening phrases closed by a comma ("In a statement on Monday, ")."""
    parts = phrase.split(",")
    while len(parts) > 1 and _opening_phrase(parts[0]):
        parts = parts[1:]
    return ",".join(parts).strip()


def _trim_speaker(raw: str) -> str:
    """The speaker phrase without its appositive or trailing time words."""
    text = _without_opener(LEADING_NOISE.sub("", raw.strip()))
    text = re.sub(
        r"\s+(?:on|in|late|early|last)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
        r"\w+day)\b.*$",
        "",
        text,
    )
    text = re.sub(r"\s+(?:meanwhile|also|then|later)$", "", text)
    parts = text.split(",")
    head = " ".join(parts[0].split())
    if len(parts) > 1 and ROLE_ONLY.match(head) and NAME_ONLY.match(parts[1].strip()):
        return " ".join(parts[1].split())  # "The operator, PT Bintang Lines," is PT Bintang Lines
    if len(parts) > 1 and ROLE_OF_PLACE.match(head) and NAME_ONLY.match(parts[1].strip()) and person_name(parts[1]):
        return " ".join(parts[1].split())  # "The director of Emergency Hospital No. 2, Dr Nikolai Sevrin"
    return head or " ".join(text.split())


# a speaker named by a role alone ("The operator", "the regional governor") and then by name
ROLE_ONLY = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][a-z' -]*$")
# ... or by a role at a named place or body ("The director of Emergency Hospital No. 2")
ROLE_OF_PLACE = re.compile(r"(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[a-z][a-z' -]*?\s+(?:of|at|for)\s+\S.*$")
NAME_ONLY = regex.compile(r"\p{Lu}[\w.&'’-]*(?:\s+(?:(?:of|for|and|de|del|la|van|von)\s+)?\p{Lu}[\w.&'’-]*){0,6}$")


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


# "Nobody has confirmed that the dam failed", "so far, nothing suggests any of them died": no
# one is credited; the sentence itself is the (negative) claim
NEGATIVE_SUBJECT = re.compile(r"(?:nobody|no one|no-one|nothing|none|neither|no)\b", re.I)


def _is_source_phrase(phrase: str) -> bool:
    words = phrase.split()
    if not words or len(words) > 14 or phrase.strip().lower() in NOT_SPEAKERS:
        return False
    if NEGATIVE_SUBJECT.match(phrase.split(",")[-1].strip()):
        return False  # (its head, after any opener: "so far, nothing"; not "officials, who gave no details")
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
        name = person_name(attribution.speaker)
        if name and name != attribution.speaker:
            attribution.speaker = (
                name  # "coast guard spokesman Commander Arnel Tagle": Arnel Tagle, described
            )
        resolved = memory.resolve(attribution.speaker)
        attribution.speaker = resolved
        memory.remember(resolved)
        known = memory.descriptions.get(resolved)
        fuller = attribution.described and (not known or len(attribution.described) > len(known))
        if fuller and resolved.split()[-1] in (attribution.described or ""):
            memory.descriptions[resolved] = attribution.described or ""
        attribution.described = memory.descriptions.get(resolved, attribution.described)
    return attribution


def _stance(verb: str, negated: bool) -> str:
    base = _VERB_FORMS.get(verb.split()[0].lower(), "say")
    stance = COMMUNICATION_VERBS.get(base, "say")
    if negated or base == "decline":
        return "deny" if stance == "deny" else "decline"
    return stance


def _credit(
    raw: str, kind: str, verb: str, start: int, end: int, negated: bool = False, via_text: str = ""
) -> Attribution:
    """An attribution: the speaker as a short name, its description kept for matching."""
    described = " ".join(LEADING_NOISE.sub("", raw.strip()).split())
    return Attribution(
        _trim_speaker(raw), kind, _stance(verb, negated), start, end,
        via=_via(via_text) if via_text else None, described=described,
    )  # fmt: skip


# Every word that can introduce a credit: a sentence with none of them (and no quote mark)
# credits no one, and the patterns below need not be tried.
CREDIT_WORDS = frozenset(_VERB_FORMS) | frozenset(COMMUNICATION_VERBS) | {"according"}
WORD_RE = re.compile(r"[a-z]+")


# What may stand between a subject's speech verb and what was said: "told Reuters on Monday that".
# (Compiled once: a call through the regex module's own cache costs some 10 us more.)
_ADDRESSEE = (
    r"(?:\s+{to}(?:the\s+)?\p{{Lu}}[\w&.-]*(?:\s+(?:\p{{Lu}}[\w&.-]*|\d{{1,3}}\b)){{0,3}}|\s+(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media|"
    r"lawmakers|a\s+news\s+conference|parliament|investigators|residents))?"
    # ("said late on Tuesday that", "told reporters early on Monday morning that")
    r"(?:\s+(?:(?:late|early)\s+(?:on\s+)?|on\s+|in\s+|last\s+)\w+(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"\s*(?:,\s*)?(?:that\s+)?"
)
SAID_TO = regex.compile(_ADDRESSEE.format(to=r"(?:to\s+)?"))
# after "said", "confirmed" and the like a name is whom it was said to only after "to": "said
# Central Hospital had been evacuated" says what befell the hospital
# (or a day, American style: "confirmed Wednesday that")
SAID_TO_NAME_AFTER_TO = regex.compile(
    _ADDRESSEE.format(to=r"(?:to\s+|(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))")
)
TELLING_VERBS = {"told", "tells", "tell", "telling", "informed", "informs", "assured", "assures", "briefed"}


STANCE_WORD = re.compile(r"\b(?:confirm|deni|deny|acknowledg|admit|reject|disput|declin|refus)", re.I)


def _inner_stance(sentence: str, end: int) -> Attribution | None:
    """ "Borealis confirmed that a bird strike had damaged the engine, its vice-president said":
    what the sentence reports is Borealis confirming, whoever said so."""
    if not STANCE_WORD.search(sentence, 0, end):
        return None  # (most sentences: no need to read the content again)
    inner = _find(sentence[:end])
    if inner.speaker and inner.kind == "credited" and inner.stance in ("confirm", "deny", "decline"):
        return inner
    return None


def _find(sentence: str) -> Attribution:
    # hashtags, and British quotation marks as double ones: same length, so offsets hold
    sentence = as_double_quotes(sentence.replace("#", " "))
    n = len(sentence)
    if not any(q in sentence for q in QUOTE_CHARS) and CREDIT_WORDS.isdisjoint(
        WORD_RE.findall(sentence.lower())
    ):
        return Attribution(content_start=0, content_end=n)
    starts_quoted = sentence[:1] in QUOTE_CHARS
    if starts_quoted or (quote_start := _first_quote(sentence)) is not None:
        m = AFTER_QUOTE.search(sentence)
        if m and _is_source_phrase(m["speaker"]):
            q0 = 1 if starts_quoted else (quote_start or 0) + 1
            return _credit(
                m["speaker"], "quoted", m["verb"], q0, m.start(), via_text=sentence[m.start("verb") :]
            )
        m2 = INVERTED.search(sentence)
        if m2:
            return _credit(m2["speaker"], "quoted", m2["verb"], 1, m2.start())
    m4 = FINAL.search(sentence)
    if (
        m4
        and len(m4["speaker"].split()) <= 8
        and _is_source_phrase(m4["speaker"])
        and not _has_finite_verb(m4["speaker"])
    ):  # "..., he said." / "..., the regional government said." closes the sentence: check it first
        inner = _inner_stance(sentence, m4.start())
        return inner or _credit(m4["speaker"], "credited", m4["verb"], 0, m4.start())
    m6 = FINAL_INVERTED.search(sentence)
    if (
        m6
        and len(m6["speaker"].split()) <= 8
        and _is_source_phrase(m6["speaker"])
        and not _has_finite_verb(m6["speaker"])  # ", said the bridge would reopen": what was said
    ):
        said_by = sentence[m6.start("speaker") : m6.start("rest") if m6["rest"] else m6.end()]
        credit = _credit(said_by.rstrip(" ."), "credited", m6["verb"], 0, m6.start())
        if m6["rest"]:  # ", while the injured exceed 150": more of what the credited source reported
            lead = re.match(r",\s*\w+\s+(?:that\s+)?", m6["rest"])
            credit.more = (m6.start("rest") + (lead.end() if lead else 0), len(sentence.rstrip(" .")))
        return credit
    middle = _middle(sentence)
    if middle:
        return middle
    if led := _led_by_own_clause(sentence):
        return led
    m3 = SUBJECT.match(sentence)
    if m3 and (_object_not_speech(m3["verb"], sentence[m3.end() :]) or not sentence[m3.end() :].strip(" .!")):
        m3 = None  # (nothing said after the verb: "... ran across four states.")
    subject = _without_opener(m3["speaker"]) if m3 else ""
    # ("Helena Varga, speaking to reporters before travelling to the scene, confirmed": the
    # speaker, less what she was doing as she spoke)
    aside = SPEAKING_ASIDE.search(subject)
    subject = subject[: aside.start()] if aside else subject
    # (after an opening phrase the subject reads as if it opened the sentence: "the union" as "The union")
    if m3 and _is_source_phrase(subject[:1].upper() + subject[1:]) and not _has_finite_verb(subject):
        rest = m3.end()
        addressed = SAID_TO if m3["verb"].split()[-1].lower() in TELLING_VERBS else SAID_TO_NAME_AFTER_TO
        that = addressed.match(sentence[rest:])
        start = rest + (that.end() if that else 0)
        speaker = m3["speaker"][: m3["speaker"].rfind(aside.group())] if aside else m3["speaker"]
        credit = _credit(
            speaker, "credited", m3["verb"], start, n, bool(m3["neg"]), sentence[m3.start("verb") :]
        )
        opening = OPENING_QUOTE.match(sentence, start)
        if opening:  # 'the chief executive said: "We had passed every inspection"': a quotation
            credit.kind, credit.content_start = "quoted", opening.end()
            closing = sentence.find(QUOTE_CLOSING.get(opening["mark"], '"'), opening.end())
            credit.content_end = closing if closing > opening.end() else n
            return credit
        second = SECOND_SAYING.search(sentence, start)
        if second and _has_finite_verb(sentence[start : second.start()]):
            credit.content_end = second.start()
            credit.more = (second.end(), n)
            credit.more_stance = _stance(second["verb"], False)
        if subject != speaker.strip():  # "Within a day of Wednesday's diversion, the airline said"
            opener_end = m3.start("speaker") + len(speaker) - len(subject)
            comma = sentence.rfind(",", m3.start("speaker"), opener_end)
            credit.opener = (m3.start("speaker"), comma if comma >= 0 else opener_end - 1)
        elif (
            credit.stance == "say"
            and (inner := _inner_stance(sentence[start:], n - start))
            and inner.speaker
            and inner.speaker.lower() not in ("he", "she", "it", "they", "we", "i")
        ):
            # "Pruett told KNBT that NTSB investigators had confirmed a cracked rail": what is
            # reported is the investigators' confirmation (second-hand)
            inner.content_start += start
            inner.content_end += start
            return inner
        return credit
    m5 = ACCORDING.search(sentence)
    if m5:
        before = len(sentence[: m5.start()].split())
        following = AFTER_SOURCE.match(sentence, m5.end())
        if before < 3 or (m5.start() > n / 3 and following is None):
            return (
                _credit(m5["speaker"], "credited", "say", 0, m5.start())
                if m5.start() > n / 3
                else _credit(m5["speaker"], "credited", "say", m5.end(), n)
            )
        # the source named inside the sentence: what comes before it and what follows are both
        # credited ("The ferry, carrying 130 passengers according to the manifest held by the
        # port authority, went down ...", "Seven were killed, according to police, and 20 were hurt")
        credit = _credit(m5["speaker"], "credited", "say", 0, m5.start())
        if following is not None or len(sentence[m5.end() :].split()) >= 3:
            credit.more = (following.end() if following else m5.end(), n)
        return credit
    return Attribution(content_start=0, content_end=n)


# "In total two people died, and police said the family had asked for privacy": a clause in the
# outlet's voice, then another that credits a speaker
LED_BY_CLAUSE = re.compile(r"^(?P<own>[^;\"“”]{8,}?),\s*(?:and|but)\s+(?P<said>(?=\S)[^;\"“”]{3,})$")


def _led_by_own_clause(sentence: str) -> Attribution | None:
    """A sentence whose first clause the outlet says itself, joined by "and" or "but" to one
    that credits a speaker: the speaker is credited with the second only, and the first is the
    outlet's (the `opener`, `own_clause`)."""
    m = LED_BY_CLAUSE.match(sentence.rstrip(" ."))
    if m is None or not has_verb(m["own"]) or _find(m["own"]).speaker is not None:
        return None  # (a first clause that credits someone itself: "The TSB has not confirmed it, and ...")
    inner = _find(m["said"])
    if inner.speaker is None or inner.kind != "credited" or inner.content_start == 0 or inner.more:
        return None  # (only a speaker the second clause opens with: "police said ...")
    shift = m.start("said")
    inner.content_start += shift
    inner.content_end += shift
    inner.opener, inner.own_clause = (0, m.end("own")), True
    return inner


def _middle(sentence: str) -> Attribution | None:
    """A speaker named between two clauses ("Nineteen were hospitalized, the agency said, and
    most are recovering"): both are credited to them. The first must be a clause (a verb of its
    own), not a speaker's name before an appositive ("Ana Ruiz, the agency's director, said");
    the speaker may be any short phrase without a verb ("the salvors"), as nothing else stands
    between a clause and "said," there."""
    m = MIDDLE.match(sentence)
    if (
        m is None
        or not has_verb(m["content"])
        or len(m["speaker"].split()) > 6
        or m["speaker"].lower() in NOT_SPEAKERS
        or NEGATIVE_SUBJECT.match(m["speaker"])
        or _has_finite_verb(m["speaker"])
        or has_verb(m["speaker"])
    ):
        return None
    if not starts_clause(sentence[m.start("rest") :], loose=m["conj"] != "and"):
        # ("..., the regional district said, and about 1,800 residents remain on alert"): one
        # statement, whose second part needs the first (which fire, which town)
        return _credit(m["speaker"], "credited", m["verb"], 0, len(sentence))
    credit = _credit(m["speaker"], "credited", m["verb"], 0, m.end("content"))
    credit.more = (m.start("rest"), len(sentence))
    return credit


# Verbs of speech that are as often plain transitive verbs: "recalled 40,000 jars", "rejected
# the bid", "posted a loss". They credit a statement only when one follows.
OBJECT_VERBS = {
    "recall",
    "reject",
    "dismiss",
    "dispute",
    "post",
    "maintain",
    "report",
    "estimate",
    "reveal",
    "claim",
    "declare",  # "declared a mayday", "declared a state of emergency"
}
STATEMENT_FOLLOWS = re.compile(
    r"\s*(?:,|:|that\b|[\"“]|how\b|what\b|whether\b|why\b|when\b|(?:the\s+|any\s+)?(?:reports?|claims?|"
    r"allegations?|accusations?|suggestions?|assertions?|charges?|rumou?rs?|speculation)\b)"
)


def _object_not_speech(verb: str, rest: str) -> bool:
    return lemma(verb.split()[-1].lower()) in OBJECT_VERBS and not STATEMENT_FOLLOWS.match(rest)


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


SPEAKING_ASIDE = re.compile(
    r",\s*(?:speaking|addressing|writing|responding|answering|appearing|testifying|visiting|talking)\b[^,;\"“”]{2,120},\s*$"
)
CLOSED_RELATIVE = re.compile(r",\s*(?:who|whose|which)\b[^,;]{2,120},\s*$")


CONTRACTED = {"it", "that", "there", "he", "she", "what", "here", "who", "this", "let", "where"}


def _has_finite_verb(phrase: str) -> bool:
    """A subject phrase with a verb of its own ("That is why he supports X, Howard") is a clause,
    not a speaker."""
    words = phrase.split()
    if not words or words[0].lower().strip(",") in SUBORDINATORS:
        return True  # "While no one has claimed ..., experts believe": a subordinate clause
    closed = CLOSED_RELATIVE.search(phrase)
    if closed:  # "Olga Mensah, who leads the police cybercrime unit, [said]": judge the name alone
        return _has_finite_verb(phrase[: closed.start()])
    if re.search(r",\s*(?:which|who|whom|whose|that)\b", phrase):
        return True  # "The attack, which the sources said ...": the speaker sits in a relative clause
    last = words[-1].lower().replace("’", "'")
    contraction = last.endswith("'s") and (not words[-1][:1].isupper() or last[:-2] in CONTRACTED)
    if last in AUXILIARIES or contraction:
        # "The attack was [claimed by]", "it's [believed]": passives, not speakers (but "St.
        # Brigid's" and "Sainsbury's" are names)
        return True
    for word in words[1:]:
        w = word.lower().strip("(),")
        if w in AUXILIARIES:
            return True
        if w.endswith("ed") and len(w) > 4 and w not in PARTICIPLE_ADJECTIVES and "-" not in w:
            return True
    return False


def position(claim: Claim) -> str:
    """What a claim's speaker is reported to hold: "assert" (says or confirms it happened),
    "deny" (denies it, or says it did not happen) or "decline" (would not confirm)."""
    if claim.stance in ("decline", "deny"):
        return claim.stance  # a negation inside what is denied is too often a side remark to count
    return "deny" if claim.negated else "assert"


STANCE_VERBS = {"confirm", "deny", "decline"}


def opposed_positions(a: Claim, b: Claim) -> bool:
    """One side is reported confirming, denying or declining to confirm, and the two positions
    oppose: one asserts what the other denies or will not confirm."""
    if a.stance not in STANCE_VERBS and b.stance not in STANCE_VERBS:
        return False  # two plain statements, one negated: the negation detector's question
    return {_position_on(a, b), _position_on(b, a)} in ({"assert", "deny"}, {"assert", "decline"})


CONJUNCT = re.compile(r",|;|\band\b|\bbut\b")
REASON_GIVEN = re.compile(r",\s*(?:saying|telling|adding|arguing|insisting|explaining|noting|citing|stressing)\b", re.I)
# words that deny a conjunct's predicate (not NEGATION_CUES: "boarded without tickets" is what
# was confirmed, not a denial)
NEGATING = re.compile(r"\b(?:not|never|no|none|nobody|nothing)\b|n['’]t\b", re.I)


# a lack in what is denied: "denied that the club had been operating without a permit"
LACKING = re.compile(r"\b(?:without|lacked|lacking|no)\b", re.I)
# or in a participle made negative: "denied that the dam was unregistered" (not registered)
UN_PARTICIPLE = re.compile(r"\bun([a-z]{4,}ed)\b", re.I)


def _denied_lack(claim: Claim, other: Claim) -> bool:
    """A denial that a thing was missing holds that it was there ("denied that the club had been
    operating without a fire-safety permit"), against a report that it was not ("confirmed that
    the club did not hold a fire-safety permit"), when the thing lacked is one the other claim
    speaks of. (Against "acknowledged that passengers boarded without tickets" it stays a
    denial of the same lack; the caller asks only when the other side is negated.) Only the
    denied clause counts, not the reason given after it ("denied that any recount had been
    ordered, saying the board could not act until ...")."""
    lacked = _lacked(claim)
    # (a lack both sides speak of is one thing, affirmed or denied: "had not been operating
    # without a permit" agrees with the denial)
    return bool(lacked) and not lacked & _lacked(other) and bool(lacked & set(content_lemmas(other.text)))


def _lacked(claim: Claim) -> set[str]:
    """What the first clause of a claim says was missing ("operating without a fire-safety
    permit": fire-safety, permit; "was unregistered": register)."""
    first = CONJUNCT.split(claim.text, maxsplit=1)[0]
    if m := LACKING.search(first):
        return set(content_lemmas(first[m.end() :]))
    if m := UN_PARTICIPLE.search(first):
        return set(content_lemmas(m.group(1)))
    return set()


def _position_on(claim: Claim, other: Claim) -> str:
    """`position`, as far as the other claim is concerned: a negation kept to a conjunct about
    something else ("confirmed that passengers boarded without tickets and were not on the
    manifest", against a denial that anyone boarded without a ticket) does not deny it."""
    held = position(claim)
    if held == "deny" and claim.stance == "deny" and _denied_lack(claim, other) and _stated(other, claim) == "deny":
        return "assert"
    return _stated(claim, other)


def _stated(claim: Claim, other: Claim) -> str:
    """`position`, with a negation kept to another conjunct read as no denial (see `_position_on`)."""
    held = position(claim)
    if held != "deny" or claim.stance in ("decline", "deny"):
        return held
    # (what the other side holds, not the reason it gives: "denied that the certificate had
    # expired, telling the Courier that it had been renewed in January")
    theirs = set(content_lemmas(REASON_GIVEN.split(other.text, maxsplit=1)[0]))
    parts = CONJUNCT.split(claim.text)
    negated = [p for p in parts if NEGATING.search(p)]
    plain = [p for p in parts if not NEGATING.search(p)]
    if any(theirs & set(content_lemmas(p)) for p in negated) or not any(
        theirs & set(content_lemmas(p)) for p in plain
    ):
        return held
    return "assert"
