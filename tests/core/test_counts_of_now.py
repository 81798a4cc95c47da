"""Counts of the state of things when a report was written ("remain without power") against
counts of all an event took (the peak). Sentences of our own."""

from __future__ import annotations

from core_support import Spec, review_worthy, run

DAY = "2025-01-13"


def test_a_peak_and_those_still_in_the_dark_are_two_figures() -> None:
    storm = "An ice storm knocked out power across Dunmore on Sunday. "
    result = run(
        Spec(storm + "Some 90,000 customers lost power at the height of the storm.\n", "Valley Echo", DAY),
        Spec(storm + "About 35,000 customers remain without power, the utility said.\n", "Coast Daily", DAY),
    )
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]


def test_two_counts_of_those_still_in_the_dark_the_same_day_clash() -> None:
    storm = "An ice storm knocked out power across Dunmore on Sunday. "
    result = run(
        Spec(storm + "Some 52,000 customers were still without power on Monday evening.\n", "Valley Echo", DAY),
        Spec(storm + "About 15,000 customers remained without power on Monday evening.\n", "Coast Daily", DAY),
    )
    assert [x for x in review_worthy(result) if x.kind == "numeric"]


QUAKE = "An earthquake struck the hill town of Dunmore on Sunday. "


def _numeric(result) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(x.severity, x.temporal) for x in result.conflicts if x.kind == "numeric"]


def test_a_toll_as_it_stands_against_an_undated_report_may_be_another_days() -> None:
    result = run(
        # (the whole toll: "died when a wall fell" would count one site's, a part of the five)
        Spec(QUAKE + "Two people died in the town.\n", "Hill Wire", None),
        Spec(QUAKE + "Five people have now died, the mayor said.\n", "Coast Daily", DAY),
    )
    assert _numeric(result) == [("low", "different_times")]
    (found,) = [x for x in result.conflicts if x.kind == "numeric"]
    assert "Hill Wire (undated)" in found.explanation and "one report is undated" in found.explanation


def test_two_tolls_neither_given_as_it_stands_still_clash_when_one_is_undated() -> None:
    result = run(
        Spec(QUAKE + "Two people died when a wall fell.\n", "Hill Wire", None),
        Spec(QUAKE + "Five people died when a wall fell, the mayor said.\n", "Coast Daily", DAY),
    )
    assert [s for s, _ in _numeric(result)] and all(s != "low" for s, _ in _numeric(result))


WALKOUT = "Baggage handlers at Tallow Airport walked out on Monday at the start of a two-day strike. "


def test_a_count_said_to_have_grown_over_days_is_a_running_total() -> None:
    result = run(
        # (a count of all departures: one airline's, "Skyreach cancelled 140", would be a share of the 310)
        Spec(WALKOUT + "Some 140 departures were cancelled on Monday.\n", "Hill Wire", None),  # undated
        Spec(
            WALKOUT + "The number of departures cancelled over the two days rose to 310 on Tuesday.\n",
            "Coast Daily",
            "2025-01-14",
        ),
    )
    assert _numeric(result) and all(s == "low" and t == "different_times" for s, t in _numeric(result))


def test_a_stock_counted_the_same_day_still_clashes() -> None:
    # "a total of" names a stock, not a count that grew: two figures of one day disagree
    result = run(
        Spec(WALKOUT + "A total of 140 departures were listed for Monday.\n", "Hill Wire", "2025-01-13"),
        Spec(WALKOUT + "Some 310 departures were listed for Monday.\n", "Coast Daily", "2025-01-13"),
    )
    assert [x for x in review_worthy(result) if x.kind == "numeric"]


SLIDE = "A landslide buried the mountain road above Dunmore on Sunday. "


def test_progress_as_it_stood_at_a_named_time_against_an_undated_report() -> None:
    result = run(
        Spec(SLIDE + "By 7 a.m., crews had cleared about 20 metres of the road.\n", "Hill Wire", None),
        Spec(SLIDE + "By this evening, crews had cleared about 75 metres of the road.\n", "Coast Daily", DAY),
    )
    assert _numeric(result) and all(s == "low" and t == "different_times" for s, t in _numeric(result))


def test_progress_without_a_time_against_an_undated_report_still_clashes() -> None:
    result = run(
        Spec(SLIDE + "Crews cleared about 20 metres of the road.\n", "Hill Wire", None),
        Spec(SLIDE + "Crews cleared about 75 metres of the road.\n", "Coast Daily", DAY),
    )
    assert [x for x in review_worthy(result) if x.kind == "numeric"]


def test_a_consequence_split_off_an_earlier_event_keeps_its_year() -> None:
    # ", killing 12 people" happened when the 2021 crash did: another event's toll
    result = run(
        Spec(SLIDE + "At least 17 people were killed when the slide buried a bus.\n", "Hill Wire", DAY),
        Spec(
            SLIDE + "In 2021 another bus was swept off the same road, killing 12 people.\n",
            "Coast Daily",
            DAY,
        ),
    )
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]
