"""Attribution conflicts: one speaker or institution reported as confirming in one source and
denying (or declining to confirm) in another. Statements are dated by the days the texts give
them, else by their reports. Declining to confirm on Monday and confirming on Tuesday is context,
not contradiction; denying a past fact and confirming it days later is a reversal a reviewer
must see."""

from __future__ import annotations

import re
from typing import ClassVar

from claims.conflicts.base import Finding, Pair
from claims.conflicts.own_voice import voiced_denial
from claims.entities import COUNTRIES, entity_key, same_speaker, speaker_names
from claims.events import main_verb
from claims.lexicon import PLACE_HEADS, SYNONYMS
from claims.linking import COMPARABLE
from claims.modality import NEGATION_RE
from claims.model import Claim
from claims.quotes import misattributed
from claims.speakers import opposed_positions
from claims.text import lemma


def _content(claim: Claim) -> set[str]:
    """What the statement says happened: its content words, without the speaker's name, the
    names and places it mentions and the place nouns ("base"), which say where, not what."""
    names = {w for e in claim.entities for w in entity_key(e.text).split()} | {
        lemma(w) for e in claim.entities for w in e.text.lower().split()
    }
    return (
        set(claim.lemmas)
        - speaker_names(claim)
        - names
        - PLACE_HEADS
        - {"say", "confirm", "deny", "report", "statement"}
    )


OPPOSED = {("confirm", "deny"), ("say", "deny"), ("confirm", "decline")}
# a speaker described by the kind of body they speak for ("company spokesman Erik Lunde")
BODY_VOICE = re.compile(
    r"\b(company|firm|operator|airline|carrier|agency|ministry|department|utility|authority|council|trust)"
    r"(?:['’]s)?\s+(?:spokes(?:man|woman|person)|representative|official|executive|director)\b",
    re.I,
)


def stance_of(claim: Claim) -> str:
    """What a speaker does with a statement; saying that something did not happen is denying it
    ("said the ship had not lost power"), when the negation is of the statement's own act, and
    not of a clause inside it ("the attack was detected when staff found they could not open
    charts", "the ship, which had not been inspected since 2019, lost power")."""
    stance = claim.stance or "say"
    return "deny" if stance == "say" and denied_act(claim) else stance


def denied_act(claim: Claim) -> str | None:
    """The act a speaker's statement says did not happen: its own verb, under its negation."""
    if not claim.negated or not claim.speaker or RELATIVE_OPENING.match(claim.text):
        return None
    cue = NEGATION_RE.search(claim.text.lower().replace("’", "'"))
    if cue is None or SUBORDINATE.search(claim.text[: cue.start()]):
        return None
    verb = main_verb(claim.text)  # (synonyms folded: "shut" is "close")
    return verb if verb and verb not in LIGHT and verb in _folded(claim.negated_terms) else None


def _other_act(a: Claim, b: Claim) -> bool:
    """One side's denial, read from a statement that a thing did not happen, is of an act the
    other does not tell ("had not decided whether to send investigators" / "was deploying")."""
    for x, y in ((a, b), (b, a)):
        if x.stance in (None, "say") and (act := denied_act(x)) and act not in _folded(y.lemmas):
            return True
    return False


STANCES = {"confirm", "deny", "decline"}


def positions_of_a_speaker(a: Claim, b: Claim) -> bool:
    """Two claims that state positions (confirming, denying, declining) on one act: the
    attribution detector's to compare, when one speaker takes both."""
    return stance_of(a) in STANCES and stance_of(b) in STANCES and not _other_act(a, b)


def _folded(lemmas: list[str]) -> set[str]:
    return {SYNONYMS.get(w, w) for w in lemmas}


RELATIVE_OPENING = re.compile(r"^\s*(?:which|who|whose|that)\b", re.I)
LIGHT = {"be", "have", "do", "make", "take", "get", "go", "say"}


SUBORDINATE = re.compile(r"\b(?:when|after|before|because|while|although|though|if|since|until|whether)\b", re.I)


def _spokesperson_of(body: Claim, voice: Claim) -> bool:
    """`voice` is credited to a spokesperson of a body of the kind `body`'s speaker is, and its
    sentence names that body by a name of its own ("company spokesman Erik Lunde denied ... and
    that Halvorsen was 'looking closely' ..." against "Halvorsen Maritime confirmed ..."): one
    body speaking. (A country or a word any body's name may hold does not name it: "Norwegian
    Maritime Authority" is not the company whose ship left Bergen, Norway.)"""
    if not body.speaker or not voice.speaker_description:
        return False
    kind = BODY_VOICE.search(voice.speaker_description)
    if kind is None or _public_body(body.speaker) != (kind.group(1).lower() in PUBLIC_KINDS):
        return False
    names = speaker_names(body) - COUNTRIES - BODY_WORDS
    sentence = {entity_key(w) for w in re.findall(r"[\w'’-]+", voice.sentence)}  # (as names are keyed)
    return bool(names & sentence)


# the kinds of body BODY_VOICE names that are public ones, and the words that end their names
PUBLIC_KINDS = {"agency", "ministry", "department", "authority", "council"}
BODY_WORDS = {"authority", "ministry", "department", "agency", "council", "company", "group", "service",
              "maritime", "national", "regional", "state", "county", "city", "trust", "board"}  # fmt: skip


def _public_body(name: str) -> bool:
    return name.split()[-1].lower() in PUBLIC_KINDS | {"police", "service", "services", "office"}


class AttributionDetector:
    kind = "attribution"
    modalities: ClassVar[set[str]] = {
        "assertion",
        "unasserted",
    }  # "did not confirm" is exactly what this detector compares

    def detect(self, pair: Pair) -> Finding | None:
        a, b = pair.a, pair.b
        if misattributed(a.claim, b.claim):
            return Finding(
                self.kind,
                f"{a.article_name} credits the same quotation to {a.claim.speaker} ({a.quote}); "
                f"{b.article_name} credits it to {b.claim.speaker} ({b.quote}). Check who said it.",
                temporal="same_time",  # the words were said once, by one of them
                strength=0.9,
            )
        stances = (stance_of(a.claim), stance_of(b.claim))
        speakers = (a.claim.speaker, b.claim.speaker)
        # a body's own statement denying what a report credits it with confirming
        voiced = False
        if voice := voiced_denial(a, b):
            stances, speakers, voiced = ("deny", stances[1]), (voice, speakers[1]), True
        elif voice := voiced_denial(b, a):
            stances, speakers, voiced = (stances[0], "deny"), (speakers[0], voice), True
        if stances not in OPPOSED and stances[::-1] not in OPPOSED:
            return None
        if not opposed_positions(a.claim, b.claim):
            return None  # "said it was not overloaded" and "denied it was overloaded" agree
        same = (
            voiced
            or same_speaker(a.claim, b.claim)
            or _spokesperson_of(a.claim, b.claim)
            or _spokesperson_of(b.claim, a.claim)
        )
        shared = _content(a.claim) & _content(b.claim)
        # a pair whose topics are far apart must share more of what was confirmed and denied
        # (and a plain statement against a denial is a weaker opposition than a confirmation
        # against one: "patients are being contacted" / "denied that patient records were taken")
        needed = 1 if same and (pair.topic >= COMPARABLE or pair.lexical >= 0.3) and "confirm" in stances else 2
        if pair.lexical < (0.15 if same else 0.3) or len(shared) < needed:
            return None  # confirming one thing and denying another is no contradiction
        if _other_act(a.claim, b.claim):
            return None  # saying one act did not happen denies nothing of another act
        temporal = _statement_timing(pair, stances)
        # one speaker denying a past fact and confirming it days apart: a reversal (or one
        # report is wrong); only a refusal to confirm followed by a confirmation is progress
        reversal = same and temporal == "different_times" and "decline" not in stances
        verbs = {
            "confirm": "confirming",
            "say": "stating",
            "deny": "denying",
            "decline": "declining to confirm",
        }
        return Finding(
            self.kind,
            f"{a.subject} reports {speakers[0]} {verbs[stances[0]]} ({a.quote}); "
            f"{b.subject} reports {speakers[1]} {verbs[stances[1]]} ({b.quote}). "
            + (
                "The statements are days apart: the speaker reversed, or one report is wrong."
                if reversal
                else "Check what the speaker actually said, and when."
            ),
            temporal=temporal,
            urgent=reversal,
            strength=0.9,
        )


def _statement_timing(pair: Pair, stances: tuple[str, str]) -> str | None:
    """Statements are compared by the days the texts give them ("denied on Wednesday"), else by
    their reports. A day apart, a confirmation and a denial are a reversal a reviewer must see
    (or one report is wrong, or retells the other day's statement); only statements further
    apart, or a refusal to confirm followed by a confirmation, read as a change of position over
    time."""
    a, b = pair.a, pair.b
    said_a, said_b = a.claim.stated_at or a.reported, b.claim.stated_at or b.reported
    if not said_a or not said_b:
        return None
    if said_a == said_b:
        return "same_time"
    earlier, later = stances if said_a < said_b else stances[::-1]
    if abs((said_a - said_b).days) > 1 or (earlier == "decline" and later in ("confirm", "say")):
        return "different_times"
    return None
