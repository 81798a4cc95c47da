"""Attribution conflicts: one speaker or institution reported as confirming in one source and
denying (or declining to confirm) in another. Statements are dated by the days the texts give
them, else by their reports. Declining to confirm on Monday and confirming on Tuesday is context,
not contradiction; denying a past fact and confirming it days later is a reversal a reviewer
must see."""

from __future__ import annotations

import re
from typing import ClassVar

from claims.conflicts.base import Finding, Pair
from claims.entities import COUNTRIES, entity_key, same_speaker, speaker_names
from claims.lexicon import PLACE_HEADS
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
    ("said the ship had not lost power"), when the negation is the statement's own and not a
    clause's inside it ("the attack was detected when staff found they could not open charts")."""
    stance = claim.stance or "say"
    if stance != "say" or not claim.negated or not claim.speaker:
        return stance
    cue = NEGATION_RE.search(claim.text.lower().replace("’", "'"))
    return "deny" if cue is not None and not SUBORDINATE.search(claim.text[: cue.start()]) else stance


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
        if stances not in OPPOSED and stances[::-1] not in OPPOSED:
            return None
        if not opposed_positions(a.claim, b.claim):
            return None  # "said it was not overloaded" and "denied it was overloaded" agree
        same = same_speaker(a.claim, b.claim) or _spokesperson_of(a.claim, b.claim) or _spokesperson_of(b.claim, a.claim)
        shared = _content(a.claim) & _content(b.claim)
        # a pair whose topics are far apart must share more of what was confirmed and denied
        # (and a plain statement against a denial is a weaker opposition than a confirmation
        # against one: "patients are being contacted" / "denied that patient records were taken")
        needed = 1 if same and (pair.topic >= COMPARABLE or pair.lexical >= 0.3) and "confirm" in stances else 2
        if pair.lexical < (0.15 if same else 0.3) or len(shared) < needed:
            return None  # confirming one thing and denying another is no contradiction
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
            f"{a.who} reports {a.claim.speaker} {verbs[stances[0]]} ({a.quote}); "
            f"{b.who} reports {b.claim.speaker} {verbs[stances[1]]} ({b.quote}). "
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
