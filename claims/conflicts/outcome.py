"""Outcome conflicts: what happened to an attack's projectiles and its target.

hit / struck / landed vs "did not hit", "rather than hitting", "missed", or every projectile
intercepted ("both drones were shot down"). Intercepting one of two drones does not
contradict the other hitting. Damage on a scale: none < minor < some < heavy; "no damage"
vs "minor damage" conflicts, "minor" vs "some" does not.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import combinations

from claims.conflicts.base import Finding, Pair, Side, when
from claims.holders import compatible
from claims.lexicon import DAMAGE_NAMES
from claims.linking import GENERIC_LEMMAS
from claims.model import Claim, Frame
from claims.quantities import SMALL_NUMBERS, noun_class
from claims.states import STATE_GROUPS
from claims.status import GOING, VESSELS, structure
from claims.text import lemma


def _hits(frames: list[Frame]) -> list[Frame]:
    return [f for f in frames if f.kind == "outcome" and f.value in ("hit", "missed")]


def _said_hit(f: Frame) -> bool:
    return f.value == "hit" and f.polarity


def _said_not_hit(f: Frame) -> bool:
    return (f.value == "hit" and not f.polarity) or (f.value == "missed" and f.polarity)


STATE_WORDS = {"guilty": "found guilty", "not guilty": "acquitted", "spread": "spread further",
               "confined": "confined", "cancelled": "called off", "held": "held", "repelled": "repelled",
               "overrun": "overrun", "worked": "working", "failed": "not working", "resigned": "a resignation",
               "removed": "a dismissal", "safe": "a safe landing", "crashed": "a crash landing",
               "agreed": "a deal reached", "failed talks": "talks that failed"}  # fmt: skip
# states a reader takes in better as a sentence of their own than after "it was"
SAYS = {"accepted": "responsibility was accepted", "rejected": "responsibility was rejected",
        "deliberate": "it was started on purpose", "accidental": "it was an accident",
        "passed": "the check was passed", "failed check": "the check was failed",
        "valid": "the document was valid", "invalid": "the document was missing or not valid",
        "charged": "a charge was brought", "uncharged": "no charge was brought"}  # fmt: skip


def _one_target(targets: set[str]) -> bool:
    """The sides speak of one thing. Targets "holder|thing" (claims.states) are one when their
    holders and things can be one (claims.holders.compatible: "it had passed its inspection" /
    "the firm failed its inspection"; not "the lorry driver" / "the van driver")."""
    if len(targets) <= 1:
        return True
    if not all("|" in t for t in targets):
        return False
    split = [t.split("|") for t in targets]
    return all(compatible(x[0], y[0]) and compatible(x[1], y[1]) for x, y in combinations(split, 2))


def _days_apart(pair: Pair) -> bool:
    """Each side names a day, and not the same one."""
    da, db = ({m.value for m in s.claim.dates if m.granularity == "day" and m.value} for s in (pair.a, pair.b))
    return bool(da and db) and not da & db


# states that may follow one another within days
SEQUENCES = {"talks", "charge", "departure"}


def _said(f: Frame) -> str:
    return STATE_WORDS.get(f.value, f.value)


def _says(f: Frame) -> str:
    if f.kind == "contest" and f.target:
        return f"{f.target.title()} {f.value}"  # "Berg won" / "Berg lost"
    return SAYS.get(f.value) or f"it was {_said(f)}"


def _ceiling(f: Frame) -> str:
    return f' at most ("{f.cue}")' if f.count_qualifier == "at_most" else ""


def _about_the_same(pair: Pair, group: str) -> bool:
    """Besides the state's own words, the two claims share a content word (the tank the fire
    spread to or was confined to, the counts a jury decided on) or the linker found them close."""
    if pair.topic >= 0.5:
        return True
    cue_words = {
        w for f in pair.a.claim.frames + pair.b.claim.frames if f.kind == group for w in f.cue.lower().split()
    }
    shared = (set(pair.a.claim.lemmas) & set(pair.b.claim.lemmas)) - cue_words - GENERIC_LEMMAS
    return bool(shared)


def _split_against_whole(pair: Pair, fa: list[Frame], fb: list[Frame]) -> tuple[Side, Frame, Side] | None:
    """A split ("acquitted on two counts and convicted on the remaining 12") against one pole
    said of the whole ("convicted him on all 14 counts"): (the whole's side, its frame, the
    split's side)."""
    for side, frames, other, other_frames in ((pair.a, fa, pair.b, fb), (pair.b, fb, pair.a, fa)):
        one_pole = len({f.value for f in frames}) == 1
        if one_pole and len({f.value for f in other_frames}) > 1:
            whole = next((f for f in frames if f.scope == "all"), None)
            if whole is not None:
                return side, whole, other
    return None


def _targets_match(x: Frame, y: Frame) -> bool:
    return x.target is None or y.target is None or x.target == y.target


def _other_thing_spared(hit: Frame, spared: Frame, hit_side: Side) -> bool:
    """The denial names what was not struck ("The substation was not hit") and the other side
    says its projectiles struck without naming it ("Five rockets landed in the town"): some
    things were hit and that one was not, no contradiction."""
    return bool(spared.target) and not hit.target and spared.target not in hit_side.claim.lemmas


KIND = "outcome"
# a negation of every one ("not a single rocket was shot down", "none were intercepted"), not of
# one ("the drone was not shot down" may be the one of two that got through)
NONE_AT_ALL = re.compile(r"\b(?:no|none|not\s+a\s+single|not\s+one|neither|nothing)\b", re.I)


def _one_kind_of_projectile(x: Frame, y: Frame) -> bool:
    """Both frames' targets may be the same projectiles: the same word, one left unnamed or
    named by its count alone ("Seven were intercepted")."""
    targets = {t for t in (x.target, y.target) if t and t not in SMALL_NUMBERS}
    return len(targets) <= 1


def _interceptions_denied(pair: Pair) -> Finding | None:
    """Some projectiles intercepted ("Seven were intercepted") against none at all ("Not a
    single rocket was shot down over Tarnovel")."""
    for sx, sy in ((pair.a, pair.b), (pair.b, pair.a)):
        said = [f for f in sx.claim.frames if f.kind == KIND and f.value == "intercepted" and f.polarity
                and f.count != 0 and not sx.claim.negated]  # fmt: skip
        denied = [f for f in sy.claim.frames if f.kind == KIND and f.value == "intercepted" and not f.polarity]
        if not said or not denied or not NONE_AT_ALL.search(sy.claim.text):
            continue
        if any(_one_kind_of_projectile(fx, fy) for fx in said for fy in denied):
            return Finding(
                KIND,
                f"{sx.subject} says some were intercepted ({sx.quote}); {sy.subject} says none was ({sy.quote}).",
                strength=1.0,
            )
    return None


class OutcomeDetector:
    kind = KIND

    def detect(self, pair: Pair) -> Finding | None:
        a, b = pair.a, pair.b
        for x, y, sx, sy in ((a.claim.frames, b.claim.frames, a, b), (b.claim.frames, a.claim.frames, b, a)):
            for fx in _hits(x):
                if not _said_hit(fx):
                    continue
                for fy in y:
                    if fy.kind != "outcome":
                        continue
                    if _said_not_hit(fy) and _targets_match(fx, fy) and not _other_thing_spared(fx, fy, sx):
                        return Finding(
                            self.kind,
                            f"{sx.subject} says it hit the {fx.target or 'target'} ({sx.quote}); "
                            f"{sy.subject} says it did not ({sy.quote}).",
                            strength=1.0,
                        )
                    # every projectile intercepted ("shot down all six drones"), whatever the
                    # hit side says was struck: the interception's target is the projectile
                    if fy.value == "intercepted" and fy.polarity and fy.scope == "all":
                        return Finding(
                            self.kind,
                            f"{sx.subject} says it hit the {fx.target or 'target'} ({sx.quote}); "
                            f"{sy.subject} says every one was intercepted ({sy.quote}).",
                            strength=0.9,
                        )
        return _statuses(pair) or _interceptions_denied(pair) or self._damage(pair) or self._states(pair)

    def _states(self, pair: Pair) -> Finding | None:
        """Opposite states of one thing (claims.states): "the jury convicted him" vs "the jury
        acquitted him", "the strike went ahead" vs "calling off the strike". A side that
        asserts both poles of a group ("convicted on three counts, acquitted on two") says
        nothing clear-cut, and the two sides must be about the same thing when both name it."""
        for group in STATE_GROUPS:
            fa = [f for f in pair.a.claim.frames if f.kind == group]
            fb = [f for f in pair.b.claim.frames if f.kind == group]
            va, vb = {f.value for f in fa}, {f.value for f in fb}
            if not va or not vb or va == vb:
                continue
            if len(va) > 1 or len(vb) > 1:
                split = _split_against_whole(pair, fa, fb)
                if split is None or not _about_the_same(pair, group):
                    continue
                side, whole, part = split
                return Finding(
                    self.kind,
                    f"{side.subject} says it was {_said(whole)} on all of them ({side.quote}); {part.subject} "
                    f"says only in part ({part.quote}).",
                    strength=0.8,
                    signature=f"{group}|split",
                )
            targets = {f.target for f in fa + fb if f.target}
            if not _one_target(targets) or not _about_the_same(pair, group):
                continue
            if group == "held" and not all(f.target for f in fa + fb):
                continue  # "the evacuation was completed" / "services were suspended": no one thing scheduled
            if group in SEQUENCES and (pair.time in ("near", "different") or _days_apart(pair)):
                continue  # "talks collapsed on Thursday" / "a deal was reached on Friday": one after the other
            return Finding(
                self.kind,
                f"{pair.a.subject} says {_says(fa[0])} ({pair.a.quote}); {pair.b.subject} "
                f"says {_says(fb[0])} ({pair.b.quote}).",
                strength=0.9,
                signature=f"{group}|{next(iter(targets), '')}",
                # a calling-off is dated by its announcement, the event by its schedule: days
                # apart, they are still about one event
                temporal="unknown" if group == "held" and pair.time == "near" else None,
            )
        return None

    def _damage(self, pair: Pair) -> Finding | None:
        da = [f for f in pair.a.claim.frames if f.kind == "damage"]
        db = [f for f in pair.b.claim.frames if f.kind == "damage"]
        if da and db and _other_structures(pair.a.claim, pair.b.claim):
            return None  # "found no structural damage" at the dam, "schools were damaged"
        for fa in da:
            for fb in db:
                la, lb = int(fa.value), int(fb.value)
                if la == lb or _damage_of_other_things(fa, fb, pair):
                    continue
                ceilings = [(x, y) for x, y in ((fa, fb), (fb, fa)) if x.count_qualifier == "at_most"]
                if ceilings:
                    # "still standing" (at most some damage) against "swept away" (heavy)
                    top, other = ceilings[0]
                    same_thing = pair.lexical >= 0.5 or any(s.startswith("des:") for s in pair.slots)
                    if len(ceilings) == 1 and int(other.value) > int(top.value) and same_thing:
                        return Finding(
                            self.kind,
                            f"{pair.a.subject} reports {DAMAGE_NAMES[la]}{_ceiling(fa)} ({pair.a.quote}); "
                            f"{pair.b.subject} reports {DAMAGE_NAMES[lb]}{_ceiling(fb)} ({pair.b.quote}).",
                            strength=0.8,
                        )
                    continue
                at_least = {x for x, f in ((la, fa), (lb, fb)) if f.count_qualifier == "at_least"}
                if (0 in (la, lb) and max(la, lb) >= 1) or (abs(la - lb) >= 2 and not at_least):
                    return Finding(
                        self.kind,
                        f"{pair.a.subject} reports {DAMAGE_NAMES[la]} ({pair.a.quote}); "
                        f"{pair.b.subject} reports {DAMAGE_NAMES[lb]} ({pair.b.quote}).",
                        strength=0.8,
                    )
        return None


def _damage_of_other_things(fa: Frame, fb: Frame, pair: Pair) -> bool:
    """Each side says what was (not) damaged, and each names a different thing that the other
    does not mention ("a rural line that was damaged" / "the control building was not damaged");
    or a denial names what was spared and the other side's damage, of nothing named, does not
    mention it ("No vessels were damaged" / "the full extent of the damage was still emerging")."""
    if fa.target == fb.target:
        return False
    if fa.target and fb.target and {fa.target, fb.target} & ANY_STRUCTURE and structure(fa.target) and structure(fb.target):
        return False  # ("no other buildings were damaged" / "two houses were": a house is a building)
    if fa.target and fb.target and _kind_of_thing(fa.target) == _kind_of_thing(fb.target):
        return False
    if fa.target and fb.target:
        return fa.target not in pair.b.claim.lemmas and fb.target not in pair.a.claim.lemmas
    spared, other = (fa, pair.b.claim) if fa.target else (fb, pair.a.claim)
    # ("No structures were damaged" spares every building: "three barns burned down" is among them)
    return spared.value == "0" and spared.target not in ANY_STRUCTURE and spared.target not in other.lemmas


ANY_STRUCTURE = {"building", "structure", "property", "premises"}


def _kind_of_thing(word: str) -> str:
    """A thing's kind: a tanker is a vessel, a lorry a vehicle."""
    return VESSELS.get(word) or noun_class(word) or word


def _structures(claim: Claim) -> set[str]:
    # (by their heads, as statuses read them: "footbridge" is a bridge, "Marshall" no hall)
    return {s for w in re.findall(r"[A-Za-z]+", claim.text) if (s := structure(lemma(w) if w.islower() else w))}


def _other_structures(a: Claim, b: Claim) -> bool:
    """Each claim names the buildings or works its damage is of, and they are not the same (a
    building is any of them: "no other buildings were damaged" / "two houses were")."""
    sa, sb = _structures(a), _structures(b)
    return bool(sa and sb) and not sa & sb and "building" not in sa | sb


STATUS_SAID = {
    "leak": ("still leaking", "stopped"), "fire": ("still burning", "put out"),
    "care": ("still in hospital", "discharged"), "alive": ("survived", "dead"),
    "standing": ("still standing", "destroyed"), "missing": ("still missing", "found"),
    "closure": ("still closed", "reopened"), "order": ("still in force", "lifted"),
    "work": ("halted", "working"), "caught": ("still at large", "caught"),
    "custody": ("still in custody", "released"), "search": ("still searching", "search called off"),
    "power": ("still without power", "power restored to all"), "aground": ("still aground", "refloated"),
    "offline": ("still down", "restored"), "spread": ("still spreading", "contained"),
}  # fmt: skip


def _own_day(side: Side) -> date | None:
    """The day the claim gives its status, if it names one day only ("put out the last flames
    Wednesday afternoon, more than 30 hours after a tank caught fire on March 4, and officials
    lifted the order": which day the order was lifted is not sure)."""
    t = side.claim.time
    days = {m.value for m in side.claim.dates if m.value is not None}
    return t.date if t is not None and t.source == "own" and len(days) <= 1 else None


# "was later found safe", "has since been discharged": the status ended after an earlier report
LATER = re.compile(r"\b(?:later|since|subsequently|eventually|afterwards|afterward|finally)\b", re.I)


def _ended_later(claim: Claim, frame: Frame) -> bool:
    """The words just before the cue, or the cue itself ("was later found"), say it ended after
    an earlier state."""
    at = claim.text.find(frame.cue)
    return at >= 0 and LATER.search(claim.text, max(0, at - 30), at + len(frame.cue)) is not None


def _same_thing(x: str | None, y: str | None) -> bool:
    """The same target, or one named only by its kind ("the road" / "the coastal road"); not two
    of one kind told apart ("the coastal road" / "the harbour road")."""
    if x == y:
        return not (x or "").startswith("some-")  # (two parts of a group may be two sets of people)
    if x is None or y is None:
        return False
    if {x.partition("-")[0], y.partition("-")[0]} == {"all", "some"}:
        return x.partition("-")[2] == y.partition("-")[2]  # all of the escapees, most of them
    return (" " not in x and y.endswith(" " + x)) or (" " not in y and x.endswith(" " + y))


def _statuses(pair: Pair) -> Finding | None:
    """A status that changes one way (claims.status), said to be still going on one side and
    ended on the other. Going after it ended is a contradiction; ended after the other report
    said it was going is a change between two reports (context); on one day, the order is
    unknown."""
    for fa in pair.a.claim.frames:
        if not fa.kind.startswith("status:"):
            continue
        for fb in pair.b.claim.frames:
            if fb.kind != fa.kind or not _same_thing(fa.target, fb.target) or fb.value == fa.value:
                continue
            going, ended = (pair.a, pair.b) if fa.value == GOING else (pair.b, pair.a)
            group = fa.kind.split(":")[1]
            still, over = STATUS_SAID[group]
            ended_on = _own_day(ended)
            going_day = _own_day(going) or going.reported
            ended_day = ended_on or ended.reported
            said = (
                f"{going.subject} says {still} ({going.quote}); {ended.subject} says {over}"
                f"{' on ' + when(ended_on) if ended_on else ''} ({ended.quote})"
            )
            if going_day is None or ended_day is None or going_day == ended_day:
                if not _ended_later(ended.claim, fa if ended is pair.a else fb):
                    return Finding(KIND, said + ".", temporal="unknown", strength=0.8, signature=fa.kind)
                return Finding(
                    KIND,
                    f"{said}: the second says it ended later, so both may be right at their times.",
                    temporal="different_times",
                    low=True,
                    strength=0.5,
                    signature=fa.kind,
                )
            if ended_day < going_day:
                return Finding(
                    KIND,
                    f"{said}: it was {over} before {when(going_day)}, when the other says {still}.",
                    temporal="same_time",
                    strength=0.9,
                    signature=fa.kind,
                )
            return Finding(
                KIND,
                f"{said}: {still} as of {when(going_day)}, {over} by {when(ended_day)}; the status may have changed.",
                temporal="different_times",
                low=True,
                strength=0.5,
                signature=fa.kind,
            )
    return None
