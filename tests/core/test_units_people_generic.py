"""One figure in two units across reports a week apart, a sum written with its currency letter,
colleagues counted as people, the verb that reports a figure, and a generic remark coordinated
with a clause about the event."""

from __future__ import annotations

import pytest
from core_support import Spec, flagged, review_worthy, run

from claims.entities import find_entities

DAY = "2026-03-10"
MINE = "A roof fall trapped workers at the Velda copper mine near Orsk on Tuesday. "
PRISON = "Inmates escaped from Marrow Hill prison near Tessin on Tuesday. "
FLIGHT = "A Tarn Air flight from Oslo diverted to Tessin airport on Tuesday after smoke was reported in the cabin. "


def _kinds_between(first: Spec, second: Spec) -> set[tuple[str, str]]:
    return {(x.kind, x.severity) for x in review_worthy(run(first, second))}


def test_one_depth_in_two_units_is_a_mix_up_in_reports_a_week_apart() -> None:
    # (the two reports put the collapse a day apart: a depth is no running total that a day
    # could change, so the mix-up is not a matter of different times)
    early = Spec(MINE + "The collapse on Tuesday happened at a depth of 380 metres, officials said.\n", "Orsk Wire", DAY)
    late = Spec(
        "A week after the 9 March collapse at the Velda copper mine near Orsk, inspectors are on site. "
        "The failure on 9 March took place some 380 feet below the surface.\n",
        "Mining Weekly",
        "2026-03-17",
    )
    assert ("unit", "medium") in _kinds_between(early, late)  # (medium: "officials said")


def test_two_depths_in_two_units_that_agree_are_no_conflict() -> None:
    early = Spec(MINE + "The collapse on Tuesday happened at a depth of 380 metres, officials said.\n", "Orsk Wire", DAY)
    late = Spec(
        "A week after the 10 March collapse at the Velda copper mine near Orsk, inspectors are on site. "
        "The failure on 9 March took place some 1,250 feet below the surface.\n",
        "Mining Weekly",
        "2026-03-17",
    )
    assert not {k for k, _ in _kinds_between(early, late)} & {"unit", "numeric"}


def test_a_sum_with_its_currency_letter_is_no_place() -> None:
    names = [e.text for e in find_entities("A reward of up to R50,000 is offered near the R50 road.")]
    assert names == ["R50"]  # the road, not the sum


def test_the_same_reward_in_rand_and_in_dollars_is_a_unit_conflict() -> None:
    found = flagged(
        "unit",
        PRISON,
        "A reward of up to R50,000 is offered for information leading to an arrest.",
        "The department says a $50,000 reward is on offer for information leading to an arrest.",
        DAY,
    )
    assert found


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("Fourteen miners were still trapped underground.", "Nine of our colleagues remain trapped, the company said.", True),
        ("Fourteen miners were still trapped underground.", "Nine of our co-workers remain trapped, a miner said.", True),
        ("Fourteen miners were still trapped underground.", "Fourteen of our colleagues remain trapped, the company said.", False),
    ],
)
def test_colleagues_are_people_counted_by_what_befell_them(first: str, second: str, expected: bool) -> None:
    assert bool(flagged("numeric", MINE, first, second, DAY)) is expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the confirming is all the two figures share
        ("The prison service confirms that nine inmates escaped.", "A spokesperson confirmed that four officials had been suspended.", False),
        ("The prison service announced that nine inmates escaped.", "A spokesperson announced that four guards had been suspended.", False),
        # the same count, confirmed twice
        ("The prison service confirms that nine inmates escaped.", "A spokesperson confirmed that twelve inmates escaped.", True),
    ],
)
def test_the_verb_that_reports_a_figure_says_nothing_of_what_it_counts(first: str, second: str, expected: bool) -> None:
    assert bool(flagged("numeric", PRISON, first, second, DAY)) is expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("Such diversions are uncommon, and most end without injuries.", False),
        ("Diversions are rare; most end without injuries.", False),
        # about this flight: the clause after "and" is its own, not what diversions usually do
        ("The diversion was calm, and no one was injured.", True),
        ("Diversions are uncommon, and no one on this flight was injured.", True),
    ],
)
def test_what_events_of_a_kind_usually_do_denies_no_harm_of_this_one(second: str, expected: bool) -> None:
    first = "Four passengers were treated for minor injuries on the tarmac."
    assert bool(flagged("negation", FLIGHT, first, second, DAY)) is expected


def test_a_count_that_remains_is_as_of_its_report_whatever_day_dates_the_event() -> None:
    first = Spec(
        "One miner was killed and seven remain trapped after a fall of rock at the Velda copper mine "
        "near Orsk late Tuesday, the operator said.\n",
        "Orsk Wire",
        "2026-03-11",
    )
    second = Spec(
        "A fall of rock at the Velda copper mine near Orsk trapped a dozen miners late on Tuesday. "
        "Seven miners were rescued by Thursday morning, while four were still trapped late on Tuesday's shift.\n",
        "Copper Times",
        "2026-03-12",
    )
    assert ("numeric", "medium") not in _kinds_between(first, second)
    assert ("numeric", "high") not in _kinds_between(first, second)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("The tanker lost 300 tonnes of crude oil.", "The tanker lost 300 barrels of crude oil.", True),
        # another figure (a conversion needs a density, never assumed), or another substance
        ("The tanker lost 300 tonnes of crude oil.", "The tanker lost 2,100 barrels of crude oil.", False),
        ("The tanker was carrying 300 tonnes of fuel.", "Crews recovered 300 litres of water from the hold.", False),
        ("The tanker lost 300 tonnes of crude oil.", "About 300 barrels of dispersant were sprayed on the slick.", False),
    ],
)
def test_one_figure_as_a_weight_and_as_a_volume_is_a_unit_mixed_up(first: str, second: str, expected: bool) -> None:
    lede = "A tanker spilled oil after running aground off Tellin Point on Tuesday. "
    assert bool(flagged("unit", lede, first, second, DAY)) is expected


def test_one_figure_in_two_units_on_two_days_each_report_states_is_two_measures() -> None:
    first = Spec("A wildfire near Harlan Ridge spread 10 kilometres on Monday, fire officials said.\n", "Ridge Wire", "2026-03-10")
    second = Spec("The wildfire near Harlan Ridge spread 10 miles on Wednesday, fire officials said.\n", "Valley Post", "2026-03-12")
    assert not {k for k, _ in _kinds_between(first, second)} & {"unit"}
