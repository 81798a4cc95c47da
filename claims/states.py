"""States that exclude each other, read off a clause as frames of kind "state".

A fact-checker's reports disagree not only on figures but on which of two opposite things
happened: a jury convicted or acquitted; a fire spread to a neighbouring tank or was confined to
one; a scheduled event went ahead or was called off. Each pair of opposites is a group with two
poles; a negated pole counts as the other ("was not convicted" is the acquittal pole, "did not
spread" the confined pole). Frames carry the thing the state is about (`target`: "the strike
went ahead" -> strike) when the clause names one, so that "the airline cancelled 312 flights"
does not contradict "the strike went ahead".

Only general English is listed here: verbs and phrases any news report on a trial, a fire, a
strike or a match would use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol, TypeVar

from claims.holders import OTHER, definite_person, named_person, subject_head
from claims.modality import NEGATION_RE, Negation, in_scope
from claims.model import Frame
from claims.text import contains_any, folded, lemma


@dataclass(frozen=True)
class Pole:
    group: str
    value: str
    pattern: re.Pattern[str]


def _pole(group: str, value: str, pattern: str) -> Pole:
    return Pole(group, value, re.compile(pattern, re.I))


# The thing a scheduled event is: what "went ahead" or "was called off" is about.
SCHEDULED = {
    "strike", "walkout", "match", "game", "event", "vote", "race", "meeting", "concert", "final", "hearing",
    "session", "protest", "march", "rally", "election", "launch", "ceremony", "festival", "trial", "talks",
    "sale", "flight", "service", "tour", "show", "parade", "fixture", "performance", "operation", "search",
    "sailing", "departure", "exam", "conference", "summit", "auction", "debate", "celebration", "fair",
    "marathon", "opening", "visit", "stoppage", "shutdown", "count", "recount", "certification", "sitting",
}  # fmt: skip
_DET = r"(?:the|a|an|its|their|his|her|this|that|these|those|all|[\w-]+'s)"
_HELD = r"(?:post|outpost|base|town|village|position|checkpoint|garrison|camp|barracks)"
_NP = rf"{_DET}\s+(?:[\w-]+\s+){{0,6}}?(?P<obj>{'|'.join(sorted(SCHEDULED))})s?\b"
# Where a pole's phrase is only wished, feared or prevented, it states nothing.
UNREAL_BEFORE = re.compile(
    r"\b(?:to stop|to prevent|prevent(?:ed|ing)?|stop(?:ped|ping)?|keep|kept|avoid|could|might|may|would|"
    r"threaten(?:ed|s)?|risk(?:ed|s)?|feared|fears?|if|unless|before it)\s+(?:\w+\s+){0,3}$",
    re.I,
)

_CONTEST = (r"(?:(?:(?:the|a|an|her|his|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:election|race|vote|match|game|final|"
            r"contest|case|seat|ballot|runoff|run-off)\b|\d+-\d+\b)")

POLES = [
    _pole("verdict", "guilty", r"\bconvicted\b|\bfound\s+(?:(?!not\b)\w+\s+)?guilty\b|\bguilty verdicts?\b|"
          r"\bpl(?:ea)?d(?:ed)?\s+guilty\b"),
    # (in a civil case, held liable or ordered to pay damages; the case thrown out)
    _pole("verdict", "guilty", r"\b(?:found|held)\s+(?:\w+\s+)?liable\b|\bordered\s+(?:\w+\s+){0,2}?to\s+pay\s+"
          r"(?:\S+\s+){0,4}?(?:damages|compensation)\b"),
    _pole("verdict", "not guilty", r"\b(?:dismissed|threw\s+out|thrown\s+out)\s+(?:the\s+)?(?:case|lawsuit|suit|charges?|claim)\b|"
          r"\bfound\s+(?:\w+\s+)?not\s+liable\b"),
    _pole("verdict", "not guilty", r"\bacquitt(?:ed|al)\b|\bfound\s+(?:\w+\s+)?not\s+guilty\b|"
          r"\bnot[- ]guilty verdicts?\b|\bcleared\s+(?:\w+\s+)?of\s+(?:all\s+)?(?:the\s+)?charges?\b"),
    # ("spread from the polymerization building to an adjacent warehouse": where it started first)
    _pole("spread", "spread", r"\b(?:spread|spreading|jumped|leapt|leaped|extended)\s+(?:from\s+(?:[\w-]+\s+){1,5}?)?(?:\w+\s+){0,2}?"
          r"(?:to|into|across|through)\s+(?:an?|the|two|three|several|other|neighbou?ring|nearby|adjacent)\b"),
    _pole("spread", "confined", r"\b(?:confined|contained|limited|restricted|kept|isolated)\s+to\s+(?:an?|one|the|a "
          r"single|just|only)\b"),
    _pole("held", "cancelled", rf"\b(?:call(?:ed|ing|s)?\s+off|cancell?(?:ed|ing|s)|scrapp(?:ed|ing)|scraps|"
          rf"abandon(?:ed|ing|s)?|postpon(?:ed|ing|es)|suspend(?:ed|ing|s)|scrub(?:bed|bing)|abort(?:ed|ing))\s+{_NP}"),
    _pole("held", "cancelled", r"\b(?:was|were|has been|had been|have been|is being|been)\s+(?:abandoned|"
          r"cancell?ed|called off|scrapped|postponed|suspended|scrubbed|aborted)\b"),
    _pole("defence", "repelled", r"\b(?:repelled|repulsed|fought off|beat back|beaten back|driven off|drove off|"
          r"drove back|driven back)\b|\b(?:held|holds|kept control of)\s+the\s+(?:post|base|town|position|line|"
          r"checkpoint|garrison)\b|\bthe\s+(?:post|base|position|garrison|checkpoint)\s+held\b"),
    _pole("defence", "overrun", rf"\b(?:overran|overrun|stormed|seized|seized control of|captured|took control of)\s+"
          rf"(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?{_HELD}\b|\b{_HELD}\s+(?:was|were|had been|has been)\s+overrun\b|"
          r"\bfell to the (?:attackers|militants|rebels|insurgents|gunmen)\b"),
    # a place that serves the public, open or closed ("the airport remained open", "the A&E was
    # forced to close"); reopening is a change, not a pole
    _pole("open", "open", r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|kept|(?:is|are|was|were)\s+still)\s+open\b|"
          r"\b(?:continu(?:es|ed|e)|carried on)\s+to\s+(?:operate|function)\b|"
          r"\b(?:was|were|is|are)\s+(?:still\s+|fully\s+)?(?:operating|operational|in\s+operation)\b"),
    _pole("open", "closed", r"\b(?:(?:was|were|is|are|has been|have been|had been)\s+(?:\w+\s+)?"
          r"(?:closed|shut(?:\s+down)?)|(?:forced|had|ordered)\s+to\s+(?:close|shut)|closed\s+(?:its|their)\s+doors|"
          r"(?:closed|shut)\s+for\s+(?:about\s+|more than\s+|nearly\s+)?(?:\w+\s+)?(?:hours?|days?|weeks?))\b"
          # (closed since or after the event is its consequence: no answer to "operating at the time")
          r"(?!\s+(?:since|after|following|in\s+the\s+wake\s+of)\s+(?:the\s+|a\s+)?(?:blast|explosion|fire|collapse|"
          r"accident|attack|disaster|incident|flood(?:ing)?|quake|earthquake|storm|crash|leak|spill|outbreak)\b)"),
    # equipment that did its job or failed ("the flood barriers worked as planned" / "had failed",
    # "the alarm sounded" / "failed to sound"), said of a device named before (see DEVICES)
    _pole("function", "worked", r"\b(?:worked|functioned|performed|operated|activated|deployed|(?:was|were)\s+(?:working|"
          r"functioning|operating))\s+(?:as\s+(?:planned|designed|intended|expected)|properly|correctly|normally|"
          r"successfully)\b|\b(?:sounded|went\s+off)\b"),
    _pole("function", "failed", r"\b(?:fail(?:s|ed)?|malfunction(?:s|ed)?|broke\s+down|(?:did\s+not|didn't)\s+(?:work|function|activate|"
          r"sound|go\s+off|deploy))\b"),
    # how a fire or a blast was started: on purpose or by accident
    _pole("intent", "deliberate", r"\b(?:started|set|lit|caused)\s+(?:\w+\s+)?(?:deliberately|on\s+purpose|intentionally)\b|"
          r"\b(?:deliberately|intentionally)\s+(?:started|set|lit|caused)\b|\b(?:was|were)\s+(?:an?\s+)?(?:act\s+of\s+)?arson\b|"
          r"\bcaused\s+by\s+arson\b|\btreat(?:ed|ing|s)?\s+(?:the\s+\w+|it)\s+as\s+arson\b"),
    _pole("intent", "accidental", r"\b(?:started|caused|sparked|began)\s+(?:\w+\s+)?(?:accidentally|by\s+accident)\b|"
          r"\b(?:was|were|been|ruled|deemed|declared)\s+(?:\w+\s+){0,2}?accidental\b|\b(?:caused|started|sparked)\s+by\s+"
          r"(?:an?\s+)?(?:electrical\s+fault|faulty\s+wiring)\b|\bcause\s+(?:of\s+the\s+\w+\s+)?(?:was|is)\s+(?:an?\s+)?"
          r"(?:electrical\s+fault|faulty\s+wiring)\b|\b(?:an?\s+)?(?:electrical\s+fault|faulty\s+wiring)\s+caused\b"),
    # blame for what happened, accepted or rejected ("accepted responsibility for the spill")
    _pole("blame", "accepted", r"\b(?:accept(?:ed|s)?|admit(?:ted|s)?|acknowledg(?:ed|es)|t(?:ook|akes))\s+(?:full\s+|some\s+)?"
          r"(?:responsibility|liability|the\s+blame)\b"),
    _pole("blame", "rejected", r"\b(?:reject(?:ed|s)?|den(?:ied|ies)|disclaim(?:ed|s)?|refus(?:ed|es)\s+to\s+accept)\s+"
          r"(?:any\s+|all\s+)?(?:responsibility|liability|blame)\b"),
    # a check passed or failed ("passed its last safety inspection" / "failed its last safety inspection")
    _pole("check", "passed", r"\bpass(?:ed|es)?\s+(?:(?:its|their|his|her|the|a|an|every|all)\s+)?(?:[\w-]+\s+){0,3}?"
          r"(?P<obj>inspection|test|audit|check|exam|assessment)s?\b"),
    _pole("check", "failed check", r"\bfail(?:ed|s)?\s+(?:(?:its|their|his|her|the|a|an)\s+)?(?:[\w-]+\s+){0,3}?"
          r"(?P<obj>inspection|test|audit|check|exam|assessment)s?\b"),
    # a document in force or not ("had a valid licence" / "was driving without a licence", "a
    # certificate that expired in January")
    _pole("papers", "valid", r"\b(?:had|has|have|holds?|held|with)\s+(?:a\s+|an\s+)?(?:current\s+|full\s+)?valid\s+"
          r"(?:[\w-]+\s+){0,2}?(?P<obj>licen[cs]e|permit|certificate|insurance|visa|registration)\b|"
          r"\b(?P<obj2>licen[cs]e|permit|certificate|insurance|visa|registration)\s+(?:was|is|had\s+been|remained)\s+"
          r"valid\b"),
    _pole("papers", "invalid", r"\bwithout\s+(?:a\s+|an\s+|any\s+)?(?:valid\s+)?(?:[\w-]+\s+){0,2}?(?P<obj>licen[cs]e|permit|"
          r"certificate|insurance|visa|registration)\b|\b(?P<obj2>licen[cs]e|permit|certificate|insurance|visa|"
          r"registration)\s+(?:that\s+|which\s+|had\s+)?(?:had\s+)?expired\b|\bexpired\s+(?:[\w-]+\s+){0,2}?"
          r"(?P<obj3>licen[cs]e|permit|certificate|insurance|visa|registration)\b"),
    # a contest won or lost by one named side ("Anna Berg won the election" / "lost the election")
    _pole("contest", "won", rf"\b(?:won|wins)\s+{_CONTEST}"),
    _pole("contest", "lost", rf"\b(?:lost|loses)\s+{_CONTEST}"),
    # someone charged, or let go without charge
    _pole("charge", "charged", r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?charged\s+with\b"),
    _pole("charge", "uncharged", r"\breleased\s+(?:\w+\s+)?without\s+(?:being\s+)?charged?\b|\bno\s+charges?\s+(?:were|was|have\s+been|"
          r"has\s+been|had\s+been|would\s+be|will\s+be)\s+(?:filed|brought|laid|pressed)\b"),
    # how someone left a post: of their own accord, or removed
    _pole("departure", "resigned", r"(?<!\bto\s)\b(?:resign(?:ed|s)|stepped\s+down|steps\s+down|quit)\b"),
    _pole("departure", "removed", r"\b(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:fired|sacked|dismissed|ousted|"
          r"removed|forced\s+out)\b"),
    # how a flight ended: a safe landing or a crash
    _pole("landing", "safe", r"\blanded\s+(?:\w+\s+)?safely\b|\bsafe(?:ly)?\s+land(?:ed|ing)\b|\blanded\s+without\s+incident\b|"
          r"\blanded\s+normally\b"),
    _pole("landing", "crashed", r"\bcrash[- ]land(?:ed|ing|s)?\b|\bcrashed\s+(?:on|while|during)\s+landing\b"),
    # talks that ended in a deal, or without one
    _pole("talks", "agreed", r"\b(?:reached|struck|agreed|signed|sealed)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|settlement)\b|"
          r"\b(?:deal|agreement|settlement)\s+(?:was|has\s+been|had\s+been)\s+(?:reached|struck|agreed|signed)\b"),
    _pole("talks", "failed talks", r"\b(?:talks|negotiations)\s+(?:\w+\s+){0,6}?(?:collapsed|broke\s+down|failed|ended\s+without|"
          r"stalled)\b"),
    _pole("held", "held", r"\b(?:went ahead|go(?:es)? ahead|going ahead|gone ahead|took place|was held|were held|"
          r"was played|were played|was completed|was staged|were staged|proceeded|ended \d+-\d+|finished \d+-\d+)\b"),
]  # fmt: skip
STATE_GROUPS = tuple(dict.fromkeys(p.group for p in POLES))
# What no pole can match without (a cheap test first, see `folded`).
POLE_WORDS = (
    "convicted", "guilty", "acquitt", "cleared", "spread", "jumped", "leapt", "leaped", "extended", "confined",
    "contained", "limited", "restricted", "kept to", "isolated", "call", "cancel", "scrap", "abandon",
    "postpon", "suspend", "scrub", "abort", "ahead", "took place", "held", "played", "completed", "staged",
    "proceeded", "ended ", "finished ", "repelled", "repulsed", "fought off", "beat back", "beaten back",
    "driven off", "drove off", "drove back", "driven back", "holds", "kept control", "overran", "overrun",
    "stormed", "seized", "captured", "took control", "fell to", "open", "operate", "operating", "operational",
    "in operation", "function", "close", "shut",
    "worked", "working", "performed", "activated", "deployed", "sounded", "went off", "fail", "malfunction", "broke down",
    "not work", "n't work", "not sound", "not go off", "deliberately", "on purpose", "intentionally", "arson",
    "accident", "electrical fault", "faulty wiring", "resign", "step", "quit", "fired", "sacked", "dismissed",
    "ousted", "removed", "forced out", "land", "deal", "agreement", "settlement", "talks", "negotiations",
    "responsibility", "liability", "blame", "inspection", "test", "audit", "check", "exam", "assessment",
    "licence", "license", "permit", "certificate", "insurance", "visa", "registration", "won", "win", "lost",
    "lose", "charged", "charge", "liable", "damages", "compensation", "dismissed", "threw out", "thrown out",
)  # fmt: skip
OPPOSITE = {"guilty": "not guilty", "not guilty": "guilty", "spread": "confined", "confined": "spread",
            "cancelled": "held", "held": "cancelled", "repelled": "overrun", "overrun": "repelled",
            "open": "closed", "closed": "open", "worked": "failed", "failed": "worked",
            "deliberate": "accidental", "accidental": "deliberate", "resigned": "removed", "removed": "resigned",
            "safe": "crashed", "crashed": "safe", "agreed": "failed talks", "failed talks": "agreed",
            "accepted": "rejected", "rejected": "accepted", "passed": "failed check", "failed check": "passed",
            "valid": "invalid", "invalid": "valid", "won": "lost", "lost": "won", "charged": "uncharged",
            "uncharged": "charged"}  # fmt: skip
# "convicted him on all 14 counts", "acquitted of every charge": the state covers the whole
ALL_OF = re.compile(r"(?:\s+\w+)?\s+(?:on|of)\s+(?:all|every|each|both)\b", re.I)
PHRASE_END = re.compile(r"[,;:.()]")
WORD = re.compile(r"[\w-]+")


def _subject(text: str, end: int) -> str | None:
    """The last scheduled thing named before `end` in the clause ("Tuesday's strike went ahead")."""
    found = None
    for m in WORD.finditer(text, 0, end):
        w = lemma(m.group().lower())
        if w in SCHEDULED:
            found = w
    return found


# A place that opens to the public, by the head word that names it; several names of one kind
FACILITIES = {
    "airport", "port", "terminal", "hospital", "clinic", "school", "university", "campus", "station", "bridge",
    "tunnel", "highway", "motorway", "crossing", "border", "store", "shop", "cafe", "restaurant", "hotel",
    "mall", "market", "office", "embassy", "museum", "library", "stadium", "court", "courthouse", "park",
    "beach", "plant", "mine", "factory", "refinery", "shelter", "pharmacy", "ward", "department", "unit",
}  # fmt: skip
FACILITY_NAMES = {"a&e": "emergency", "er": "emergency", "emergency": "emergency"}
# "the emergency department at St Aldric's Hospital": the first place named is the one meant
FACILITY_WORD = re.compile(r"[\w&-]+")


def _facility(text: str, end: int) -> str | None:
    """The first place that serves the public named before `end` ("Redvale's A&E was forced to
    close" -> emergency; "The emergency department at Redvale General Hospital" -> emergency)."""
    for m in FACILITY_WORD.finditer(text, 0, end):
        w = m.group().lower()
        if w in FACILITY_NAMES:
            return FACILITY_NAMES[w]
        w = lemma(w)
        if w in FACILITIES:
            return w
    return None


# Equipment that works or fails, by its head word; several names of one kind
DEVICES = {
    "barrier": "barrier", "defence": "barrier", "defense": "barrier", "floodgate": "barrier", "alarm": "alarm",
    "siren": "alarm", "sprinkler": "sprinkler", "brake": "brake", "valve": "valve", "pump": "pump",
    "generator": "generator", "signal": "signal", "sensor": "sensor", "detector": "detector",
    "parachute": "parachute", "airbag": "airbag", "lock": "lock", "switch": "switch", "transformer": "transformer",
}  # fmt: skip


BEFORE_THE_VERB = {"had", "has", "have", "was", "were", "is", "are", "been", "did", "does", "do", "not", "also",
                   "all", "both", "then", "later", "reportedly", "apparently", "never", "each"}  # fmt: skip
PREPOSITIONS = {"on", "of", "for", "about", "over", "to", "with", "into", "from"}


def _device(text: str, end: int) -> str | None:
    """The piece of equipment that is the subject of the verb at `end` ("the flood barriers had
    failed" -> barrier); not one inside a phrase of another subject ("talks on new flood
    defences broke down")."""
    words = [w.lower() for w in WORD.findall(text, 0, end)]
    while words and words[-1] in BEFORE_THE_VERB:
        words.pop()
    if words and DEVICES.get(lemma(words[-1])) is None:
        # "the fire alarms in the guest wing had not sounded": the alarms, before where they were
        placed = next((k for k in range(len(words) - 2, max(0, len(words) - 5), -1) if words[k] in PLACING), None)
        words = words if placed is None else words[:placed]
    if words and words[-1] in ("system", "systems") and len(words) > 1 and DEVICES.get(lemma(words[-2])):
        words = words[:-1]  # "the signalling system", "the sprinkler system": the device
    if words and DEVICES.get(lemma(words[-1])) is None:
        # "the signal protecting the stationary train had malfunctioned": the device before its participle
        named = next((k for k in range(len(words) - 2, max(-1, len(words) - 7), -1)
                      if DEVICES.get(lemma(words[k])) and words[k + 1].endswith("ing")), None)  # fmt: skip
        words = words if named is None else words[: named + 1]
    if not words or (device := DEVICES.get(lemma(words[-1]))) is None:
        return None
    return None if PREPOSITIONS.intersection(words[-4:-1]) else device


PLACING = {"in", "on", "at", "inside"}


FILLER = {"its", "their", "his", "her", "the", "a", "an", "last", "latest", "every", "all", "any", "valid", "current",
          "full", "recent", "previous", "pass", "passed", "fail", "failed"}  # fmt: skip
DOCUMENT_GROUPS = ("obj2", "obj3")  # patterns that name the document first ("a certificate that expired")


def _holder_and_thing(text: str, m: re.Match[str], group: str) -> str | None:
    """What a state is said of, as "holder|thing" (claims.holders): who holds the document or
    passed the check and which one; who accepted the blame; which plane landed. Talks are of
    both sides: only what they were on tells them apart. None for another of its kind ("a
    second plane crash-landed in Harwick")."""
    if group == "talks":
        on = TOPIC.search(text)
        return on["topic"].lower() if on else ""
    named = m.groupdict()
    first = next((k for k in DOCUMENT_GROUPS if named.get(k)), None)
    # (a document named first is held by someone named before it: who is left open)
    holder = "" if first else subject_head(text, m.start())
    if holder == OTHER:
        return None
    key = first or ("obj" if named.get("obj") else None)
    thing = ""
    if key:
        words = [w.lower() for w in WORD.findall(text, 0, m.start(key))]
        kind = words[-1] if words and words[-1] not in FILLER else ""
        thing = f"{kind} {lemma(named[key].lower())}".strip()
    return f"{holder or ''}|{thing}"


# what talks were on ("talks on pensions", "a deal over pay"), not when ("on Thursday")
TOPIC = re.compile(
    r"\b(?:talks|negotiations|deal|agreement|settlement)\s+(?:[\w-]+\s+){0,2}?(?:on|over)\s+(?:(?:the|a|an|new)\s+)*"
    r"(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the|a|an)\b)(?P<topic>[a-z-]+)",
    re.I,
)


def _person(text: str, end: int, group: str) -> str | None:
    """The one person a departure, contest or charge is of: named, or (for a charge) a role word
    of a known person ("the suspect")."""
    return named_person(text, end) or (definite_person(text, end) if group == "charge" else None)


class Patterned(Protocol):
    @property
    def group(self) -> str: ...
    @property
    def pattern(self) -> re.Pattern[str]: ...


P = TypeVar("P", bound=Patterned)


# a scheduled event named as a point in time, in a "before"/"until" clause just before the phrase
TIME_CLAUSE = re.compile(
    r"\b(?:before|until|till|ahead of)\s+(?:the\s+|it\s+|its\s+)?(?:[\w'-]+\s+){0,3}$", re.I
)


def real_matches(text: str, poles: list[P]) -> Iterator[tuple[P, re.Match[str]]]:
    """Each pole's phrases in the text, once per group and place, except those only wished,
    feared or prevented (UNREAL_BEFORE)."""
    seen: set[tuple[str, int]] = set()
    for pole in poles:
        for m in pole.pattern.finditer(text):
            if (pole.group, m.start()) in seen or UNREAL_BEFORE.search(text, 0, m.start()):
                continue
            if pole.group == "held" and TIME_CLAUSE.search(text, 0, m.start()):
                continue  # "20 minutes before the match was played": the plan, not that it was
            seen.add((pole.group, m.start()))
            yield pole, m


# a cause not asserted, or of another fire
UNASSERTED = re.compile(r"\b(?:no\s+(?:evidence|sign|indication|suggestion)|not\s+(?:yet\s+)?(?:ruled\s+out|known|clear|"
                        r"established)|could|may|might|possibly|whether)\b", re.I)
ANOTHER_FIRE = re.compile(r"\b(?:nearby|neighbouring|neighboring|another|earlier|previous|second|separate)\s+(?:\w+\s+)?"
                          r"(?:fire|blaze|shop|building|house|site|home|warehouse)\b|\blast\s+(?:week|month|year)\b|\bin\s+(?:19|20)\d\d\b",
                          re.I)

# groups whose poles are not all there is: not sacked is not resigned, not won is not lost
NOT_TURNED = {"departure", "contest", "landing"}
# a pole that holds its own negation is not turned by it: one opening on it ("without a
# licence", "failed to sound", "no charges were brought") or saying it ("did not work")
OWN_NEGATION = re.compile(r"\b(?:did\s+not|didn't|without|not[\s-]+(?:guilty|liable))\b", re.I)


def _negated(text: str, m: re.Match[str], neg: Negation) -> bool:
    """Whether a pole's phrase is negated: in a negation's scope, or with a negation inside
    its own words ("was not accidental"), unless the pole holds its own negation."""
    inside = [c.start() for c in NEGATION_RE.finditer(text.lower()) if m.start() <= c.start() < m.end()]
    if (inside and inside[0] == m.start()) or OWN_NEGATION.search(m.group()):
        return False
    return bool(inside) or in_scope(neg, m.start())


def state_frames(text: str, neg: Negation) -> list[Frame]:
    """The opposed states a clause asserts (see POLES)."""
    frames: list[Frame] = []
    if not contains_any(folded(text), POLE_WORDS):
        return frames
    for pole, m in real_matches(text, POLES):
        if pole.value == "confined" and " and " in PHRASE_END.split(text[m.end() :], 1)[0]:
            continue  # "confined to the tank where it started and one next to it": two places
        named = m.groupdict()
        obj = named.get("obj") or named.get("obj2") or named.get("obj3")
        if pole.group in ("landing", "blame", "check", "papers", "talks"):
            target = _holder_and_thing(text, m, pole.group)
            if target is None:
                continue  # ("a second plane crash-landed in Harwick": another one)
            target = target or None  # (talks on nothing named)
        elif obj:
            target = lemma(obj.lower())
        elif pole.group == "held":
            target = _subject(text, m.start())
        elif pole.group == "open":
            target = _facility(text, m.start())
            if target is None:
                continue  # ("the roads were closed", "shops stayed open": not one place the story is about)
        elif pole.group == "function":
            target = _device(text, m.start())
            if target is None:
                continue  # ("the company failed to act", "talks broke down": no equipment)
        elif pole.group == "intent" and (UNASSERTED.search(text[: m.start()]) or subject_head(text, m.start()) == OTHER
                                          or ANOTHER_FIRE.search(text)):
            continue  # ("no evidence the fire was started deliberately", "a fire at a nearby shop was accidental")
        elif pole.group in ("departure", "contest", "charge"):
            target = _person(text, m.start(), pole.group)
            if target is None:
                continue  # ("staff quit in protest": no one person)
        else:
            target = None
        negated = _negated(text, m, neg)
        if negated and pole.group in NOT_TURNED:
            continue  # "Maria Kell was not sacked" says nothing of a resignation
        value = OPPOSITE[pole.value] if negated else pole.value
        scope = "all" if ALL_OF.match(text, m.end()) else "some"
        frames.append(Frame(kind=pole.group, value=value, target=target, cue=m.group(), scope=scope))
    return frames
