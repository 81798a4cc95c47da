"""Unit conflicts: the same measure given in different units that disagree once converted
("3 km" vs "3 miles"); "5 km" and "about 3 miles" agree. Conversion by pint."""

from __future__ import annotations

import re

from claims.conflicts.base import Finding, Pair, Side
from claims.conflicts.numeric import (
    FIGURES_APART,
    NumericDetector,
    context_words,
    figure,
    overlap,
    same_measure,
    same_span,
    updated,
    updated_total,
)
from claims.events import rate_period
from claims.model import Claim, Quantity
from claims.quantities import taken_so_far
from claims.units import MEASURES, converted_interval, measure_role, to_base


def _comparable_roles(role_a: str | None, role_b: str | None) -> bool:
    """A bridge's length and its distance from town are different measures; a measure whose
    role the words do not give is compared only with another such."""
    if role_a == role_b:
        return True
    if {role_a, role_b} & {UNKNOWN_LANDMARK} and all((r or "").startswith("distance:") for r in (role_a, role_b)):
        return True  # "1.5 km upstream of the intake" / "1.5 miles upstream of the Hollins Beck intake"
    sizes = {r for r in (role_a, role_b) if r and (r.startswith("size:") or r == "length")}
    return len(sizes) == 2 or (role_a is not None and role_a == role_b)


UNKNOWN_LANDMARK = "distance:?"  # a distance from a landmark the words name by no name


def _radius_and_distance(role_a: str | None, role_b: str | None) -> bool:
    """ "within 300 metres of the square" / "a cordon about 300 feet from the square": a zone's
    reach told two ways (compared only when the figure is the same: see `_mixed_up`)."""
    return {(role_a or "").split(":")[0], (role_b or "").split(":")[0]} == {"radius", "distance"}


# Mixed-up units put a figure off by their ratio (1.6 for miles, 3.3 for feet, 24 for hours and
# days), or keep the number and swap a prefix ("7.4 MW" for "7.4 GW"); two different numbers a
# hundredfold apart once converted measure different things ("four hours in the water", "the
# second sinking in two years").
WORLDS_APART = FIGURES_APART
PREFIX_APART = 1000.5  # the most a mixed-up prefix puts one number off ("7.4 MW" / "7.4 GW")


def _worlds_apart(x: tuple[float, float], y: tuple[float, float], ratio: float = WORLDS_APART) -> bool:
    def size(i: tuple[float, float]) -> float:
        return i[0] if i[0] > 0 else i[1]  # "more than a kilometre": 1 km; "up to 5 km": 5 km

    low, high = sorted((size(x), size(y)))
    return 0 < low < float("inf") and high / low > ratio


def _prefix_swapped(qa: Quantity, ia: tuple[float, float], qb: Quantity, ib: tuple[float, float]) -> bool:
    """The same number in two units no more than a prefix apart ("1.2 terabytes" / "1.2
    gigabytes"); "several hours" and "three years" share a number, not a measure."""
    return qa.value == qb.value and not _worlds_apart(ia, ib, PREFIX_APART)


def _same_figure_other_unit(qa: Quantity, qb: Quantity) -> bool:
    """ "Plunged about 40 metres" and "fell about 40 feet", in claims close enough to compare:
    the same figure in another unit of the same measure is one measurement whose unit was mixed
    up, however differently the words around it put it."""
    return qa.value == qb.value and qa.value_max == qb.value_max and qa.canonical_unit != qb.canonical_unit


def _mixed_up(qa: Quantity, qb: Quantity) -> bool:
    """The same figure, given alike (see `_given_as`), in two units that are not near equal ("a
    500-metre cordon" / "a 500-yard exclusion zone", "up to 1,000C" / "up to 1,000F"): a unit
    mixed up, whatever the slack of rounding or an "up to" admits."""
    if not _same_figure_other_unit(qa, qb) or _given_as(qa) != _given_as(qb) or qa.value == 0:
        return False
    try:
        x, y = to_base(qa.value, qa.canonical_unit or ""), to_base(qb.value, qb.canonical_unit or "")
    except Exception:  # pint rejects an odd unit name: not comparable
        return False
    return abs(x - y) > 0.03 * max(abs(x), abs(y))


def _given_as(q: Quantity) -> str:
    """How a figure is given, for a mix-up: a figure rounded with "about" is the figure given
    ("800,000 gallons" / "about 800,000 litres"); a bound ("up to", "more than") is not."""
    # (not of durations, which abound: "within two hours" / "about two minutes before")
    return "figure" if q.qualifier in ("exact", "about") and q.dimension != "time" else q.qualifier


DIMENSIONS = {"length", "height", "width", "depth"}


def _size_and_dimension(role_a: str | None, a: Claim, role_b: str | None, b: Claim) -> bool:
    """ "a 320-metre bridge" and "the bridge is 1,050 feet long": the size of a thing and a
    dimension given of the same thing in the other claim."""
    for size, other, claim in ((role_a, role_b, b), (role_b, role_a, a)):
        if size and size.startswith("size:") and other in DIMENSIONS and size[5:] in claim.lemmas:
            return True
    return False


def _one_disaster_extent(qa: Quantity, qb: Quantity) -> bool:
    """The area a lasting disaster has taken so far, in acres and in hectares: one measure."""
    return qa.dimension == qb.dimension == "area" and taken_so_far(qa) and taken_so_far(qb)


def _total_shrank(
    a: Side, qa: Quantity, ia: tuple[float, float], b: Side, qb: Quantity, ib: tuple[float, float]
) -> bool:
    """Two reports of what a lasting disaster has taken so far, the later one smaller once
    converted ("8,000 acres" on Tuesday, "1,200 hectares", under 3,000 acres, on Wednesday)."""
    if not (taken_so_far(qa) and taken_so_far(qb)):
        return False
    if not a.reported or not b.reported or a.reported == b.reported:
        return False
    early, late = (ia, ib) if a.reported < b.reported else (ib, ia)
    return late[1] < early[0]


DOLLARS = {"USD", "AUD", "CAD", "NZD", "HKD", "SGD"}


def _currencies(claim: Claim) -> set[str | None]:
    return {q.canonical_unit for q in claim.quantities if q.dimension == "money"}


def _other_currency(pair: Pair) -> Finding | None:
    """The same sum of money in two currencies for one thing ("demanded $5 million" / "demanded
    €5 million"): one source has the currency wrong. Sums in two currencies that differ are not
    compared (no exchange rate is known offline, and rates change), nor is a side that gives
    the sum in both currencies (a conversion)."""
    a, b = pair.a, pair.b
    ca, cb = _currencies(a.claim), _currencies(b.claim)
    if len(ca) != 1 or len(cb) != 1 or ca == cb or (ca | cb) <= DOLLARS:
        return None  # (a bare "$" in a local paper may well be the local dollar: "$5 million" / "A$5 million")
    for qa in a.claim.quantities:
        for qb in b.claim.quantities:
            if (
                qa.dimension == qb.dimension == "money"
                and qa.slot is not None
                and qa.slot == qb.slot
                and qa.value > 0
                and (qa.value, qa.value_max) == (qb.value, qb.value_max)
                and rate_period(qa, a.claim) == rate_period(qb, b.claim)
                and bool(context_words(a.claim, qa) & context_words(b.claim, qb))
            ):  # ("£1 million of damage" / "the EU pledged €1 million in aid": two sums)
                return _one_figure_two_units(pair, qa, qb, "The same sum in two currencies: one source has the currency wrong.")
    return None


def _one_figure_two_units(pair: Pair, qa: Quantity, qb: Quantity, why: str) -> Finding:
    a, b = pair.a, pair.b
    return Finding(
        "unit",
        f"{a.subject} gives {figure(qa)} ({a.quote}); {b.subject} gives {figure(qb)} ({b.quote}). {why}",
        temporal="same_time" if a.reported and a.reported == b.reported else None,
        strength=0.7,
    )


OF_SUBSTANCE = re.compile(r"\s*of\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\b")
SUBSTANCE_STOP = {"the", "a", "an", "its", "their", "from", "into", "on", "in", "at", "and", "was", "were", "had"}


def _substance(claim: Claim, q: Quantity) -> str | None:
    """What a weight or volume is of: the word after "of" ("300 tonnes of crude oil": "oil"; the
    last word of up to three before any other word)."""
    m = OF_SUBSTANCE.match(claim.sentence, q.end - claim.start)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w not in SUBSTANCE_STOP]
    return words[-1] if words else None


def _one_substance(a: Claim, qa: Quantity, b: Claim, qb: Quantity) -> bool:
    """A weight or volume of a substance ("about 1.5 tonnes of chlorine escaped") and one the
    other claim gives of the same substance, named anywhere in it ("the total amount of chlorine
    released so far at roughly 1,500 pounds"): one quantity released, spilled or carried."""
    if qa.dimension not in ("mass", "volume"):
        return False
    for x, qx, y in ((a, qa, b), (b, qb, a)):
        substance = _substance(x, qx)
        if substance and len(substance) > 3 and substance in y.text.lower().split():
            return True
    return False


def _own_other_days(pair: Pair) -> bool:
    """Both claims give their own days, and days apart ("spread 10 kilometres on Monday" /
    "spread 10 miles on Wednesday"): two days' measures, not one measurement. (A day's
    difference is one event misdated as often: "the collapse on Tuesday" / "on 9 March".)"""
    ta, tb = pair.a.claim.time, pair.b.claim.time
    if ta is None or tb is None or ta.source != "own" or tb.source != "own":
        return False
    if ta.date is not None and tb.date is not None:
        return abs((ta.date - tb.date).days) > 1
    if ta.weekday is not None and tb.weekday is not None:
        return (ta.weekday - tb.weekday) % 7 not in (0, 1, 6)
    return False


def _mass_for_volume(pair: Pair) -> Finding | None:
    """One figure of one substance as a weight in one report and a volume in the other ("lost
    300 tonnes of crude oil" / "lost 300 barrels of crude oil"): the same number in units of
    two measures is a unit mixed up (no density is assumed to convert them)."""
    a, b = pair.a, pair.b
    for qa in a.claim.quantities:
        for qb in b.claim.quantities:
            if (
                {qa.dimension, qb.dimension} == {"mass", "volume"}
                and qa.value == qb.value
                and qa.value >= 10
                and qa.slot is not None
                and (substance := _substance(a.claim, qa)) is not None
                and substance == _substance(b.claim, qb)
                and "water" not in substance  # (a tonne of water is a cubic metre: no mix-up)
            ):
                why = "The same figure as a weight and as a volume: one source has the unit wrong."
                return _one_figure_two_units(pair, qa, qb, why)
    return None


class UnitDetector:
    kind = "unit"

    def detect(self, pair: Pair) -> Finding | None:
        a, b = pair.a, pair.b
        if pair.lexical < 0.2 and pair.entity < 0.4:
            return None  # two distances in two unrelated sentences are not the same measure
        if found := _other_currency(pair) or _mass_for_volume(pair):
            return found
        measures_b = [
            (qb, measure_role(qb, b.claim.sentence, b.claim.start))
            for qb in b.claim.quantities
            if qb.dimension in MEASURES and qb.canonical_unit
        ]
        for qa in a.claim.quantities:
            if qa.dimension not in MEASURES or not qa.canonical_unit:
                continue
            role_a = measure_role(qa, a.claim.sentence, a.claim.start)
            ia = converted_interval(qa)
            rivals = [
                (qb, converted_interval(qb))
                for qb, role_b in measures_b
                if qb.dimension == qa.dimension
                and (
                    _comparable_roles(role_a, role_b)
                    # (the same figure in two units: "covers 1,200 square metres" / "the
                    # 1,200-square-foot warehouse", whatever the words around say it measures)
                    or (_mixed_up(qa, qb) and (None in (role_a, role_b) or _radius_and_distance(role_a, role_b)))
                )
                # (a flow, "50 litres per second", is no volume; rates only over one period)
                and rate_period(qa, a.claim) == rate_period(qb, b.claim)
                and (
                    (role_a is not None and role_a.startswith("size:") and role_a == role_b)
                    or same_measure(a.claim, qa, b.claim, qb, pair.lexical, pair.topic)
                    or _same_figure_other_unit(qa, qb)
                    or _size_and_dimension(role_a, a.claim, role_b, b.claim)
                    or _one_disaster_extent(qa, qb)
                    or _one_substance(a.claim, qa, b.claim, qb)
                )  # "a 420,000-gallon tank" and "a 240,000-gallon storage tank": one tank's size
                and (qa.dimension != "time" or same_span(a.claim, qa, b.claim, qb))
            ]  # durations abound ("over three years", "for nine years"): the words around must agree
            rivals = [
                (qb, ib)
                for qb, ib in rivals
                if ia is not None
                and ib is not None
                and (
                    _prefix_swapped(qa, ia, qb, ib)
                    or (_mixed_up(qa, qb) and qa.dimension != "time")  # ("30 hours" / "30 seconds": two spans)
                    or not _worlds_apart(ia, ib)
                )
            ]  # (the same number in units a thousandfold apart, "7.4 MW" and "7.4 GW", or "40,000
            # tonnes" and "40,000 pounds", over two thousandfold, is a mix-up)
            if not rivals or any(
                overlap(ia, ib) and not updated_total(a, qa, b, qb) and not _mixed_up(qa, qb)
                for qb, ib in rivals
                if ia and ib
            ):
                continue  # some measure on the other side agrees: the rest measure other things
            qb = rivals[0][0]
            if qa.canonical_unit == qb.canonical_unit:
                return _same_unit(pair, qa, qb)
            # acres burned so far, or a state of things "now" (a slick that "now stretches")
            grows = taken_so_far(qa) or taken_so_far(qb) or updated(a, qa) or updated(b, qb)
            ib = rivals[0][1]
            if ia is not None and ib is not None and _total_shrank(a, qa, ia, b, qb, ib):
                return Finding(
                    self.kind,
                    f"{a.subject} gives {figure(qa)} ({a.quote}); {b.subject} gives {figure(qb)} ({b.quote}). "
                    "Converted to one unit, the later report gives the smaller total of what the "
                    "disaster has taken so far, which cannot shrink; one of the figures is wrong.",
                    temporal="different_times",
                    urgent=True,
                    strength=0.9,
                )
            if grows and a.reported != b.reported and not _same_figure_other_unit(qa, qb):
                return Finding(
                    self.kind,
                    f"{a.subject} gives {figure(qa)} ({a.quote}); {b.subject} gives {figure(qb)} ({b.quote}). "
                    "Converted to one unit they differ, but the total may have grown between the two reports.",
                    temporal="different_times",
                    low=True,
                    strength=0.4,
                )
            return Finding(
                self.kind,
                f"{a.subject} gives {figure(qa)} ({a.quote}); {b.subject} gives {figure(qb)} "
                f"({b.quote}). Converted to the same unit the two do not agree; one source may "
                "have mixed up the units.",
                # a measurement reported the same day is one measurement, whatever day each
                # source gives its event; so is one figure in two units, when the two reports
                # put their events no more than a few days apart (a depth does not change its
                # unit between reports: "at a depth of 420 metres" / "some 420 feet below")
                temporal="same_time"
                if (a.reported and a.reported == b.reported)
                or (_same_figure_other_unit(qa, qb) and pair.time in ("same", "near") and not _own_other_days(pair))
                else None,
                strength=0.8,
            )
        return None


def _same_unit(pair: Pair, qa: Quantity, qb: Quantity) -> Finding:
    """Two measures in one unit ("12,000 acres" vs "8,500 acres") differ as counts do: a fire's
    size given on two days may have grown. Only a measurement reported the same day is
    necessarily one measurement."""
    finding = NumericDetector().explain(pair, qa, qb)
    if (
        not finding.low
        and finding.temporal is None
        and pair.a.reported
        and pair.a.reported == pair.b.reported
    ):
        finding.temporal = "same_time"
    return finding
