"""Deaths told as lives lost, a denial "so far" of harm already done, a lack told by "un-",
events dated by an hour and a day or by their own subject, parts of a toll ("among the
injured", "three more"), and numbers that name a thing ("Pavilion 2"). All sentences are
invented."""

from __future__ import annotations

import pytest
from core_support import Spec, article, claims_of, flagged, quantities, review_worthy, run

from claims.analysis import extract_all
from claims.events import event_class

RIOT = "A riot broke out at the Marlow Road prison in Casterby on Tuesday, 14 July 2026. "
FLOOD = "Floods swept through Kirrin valley on Sunday, April 19, 2026. "


def harm_frames(sentence: str) -> list[tuple[str, str | None, float | None]]:
    return [(f.value, f.target, f.count) for c in claims_of(sentence) for f in c.frames if f.kind == "harm"]


# deaths told as lives lost


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("No prison staff lost their lives.", "worker"),
        ("No passengers lost their lives.", "passenger"),
        ("Nobody lost their life.", "person"),
    ],
)
def test_a_denial_that_lives_were_lost_denies_deaths(sentence: str, group: str) -> None:
    assert ("death", group, 0) in harm_frames(sentence)


def test_a_guard_shot_dead_is_a_death_of_staff() -> None:
    assert ("death", "worker", None) in harm_frames("A prison guard was shot dead during the riot.")


def test_no_staff_lost_their_lives_against_a_guard_shot_dead() -> None:
    assert flagged("negation", RIOT, "No prison staff lost their lives.", "A prison guard was shot dead during the riot.", "2026-07-14")


def test_no_inmates_lost_their_lives_says_nothing_of_a_guard() -> None:
    assert not flagged("negation", RIOT, "No inmates lost their lives.", "A prison guard was shot dead during the riot.", "2026-07-14")


# "rescue volunteers" are rescuers, as "rescue workers" are


@pytest.mark.parametrize("sentence", ["Two rescue volunteers were injured.", "Two rescue workers were injured."])
def test_rescue_volunteers_and_workers_are_rescuers(sentence: str) -> None:
    assert ("injury", "rescuer", 2.0) in harm_frames(sentence)


# a denial "so far" of the harm itself


def so_far(denial: str, harm: str, denial_day: str, harm_day: str) -> list[str]:
    result = run(Spec(FLOOD + denial + "\n", "County Statement", denial_day), Spec(FLOOD + harm + "\n", "Valley Live", harm_day))
    return [x.kind for x in review_worthy(result) if x.kind == "negation"]


def test_no_one_injured_so_far_covers_harm_dated_that_morning() -> None:
    assert so_far(
        "No rescue personnel have been injured in the operation so far.",
        "Two rescue volunteers were injured on Sunday morning when their boat capsized near Kirrin.",
        "2026-04-19",
        "2026-04-19",
    )


def test_no_injuries_reported_so_far_is_what_was_known_then() -> None:
    # (a denial of what was reported is no denial of what a later report learns the same day)
    assert not so_far(
        "No injuries among rescue personnel have been reported so far.",
        "Two rescue volunteers were injured on Sunday morning when their boat capsized near Kirrin.",
        "2026-04-19",
        "2026-04-19",
    )


def test_no_one_injured_so_far_says_nothing_of_undated_harm_reported_later() -> None:
    assert not so_far(
        "No rescue personnel have been injured in the operation so far.",
        "Two rescue volunteers were injured when their boat capsized near Kirrin.",
        "2026-04-19",
        "2026-04-20",
    )


# a lack told by "un-"


def test_denying_the_dam_was_unregistered_opposes_confirming_it_was_not_registered() -> None:
    assert flagged(
        "attribution",
        FLOOD,
        "County Commissioner Joseph Arap confirmed that the dam had not been registered with the water regulator.",
        "County Commissioner Joseph Arap denied that the dam was unregistered with the water regulator.",
        "2026-04-19",
    )


def test_confirming_it_was_unregistered_agrees_with_not_registered() -> None:
    assert not flagged(
        "attribution",
        FLOOD,
        "County Commissioner Joseph Arap confirmed that the dam had not been registered with the water regulator.",
        "County Commissioner Joseph Arap confirmed that the dam was unregistered with the water regulator.",
        "2026-04-19",
    )


# the event's day


def occurrences(body: str, day: str) -> list[tuple[str, str]]:
    claims = extract_all([article(body, "a1", published=day)])["a1"]
    return [(c.text, str(c.event_date)) for c in claims if any(s.startswith("occ:") for s in c.slots)]


def test_an_hour_before_the_opening_day_still_dates_the_crash() -> None:
    found = occurrences(
        "At approximately 11:40 p.m. on Tuesday, 19 May 2026, a passenger bus travelling from Lima left the road "
        "at the Ccorca curve and fell about 200 metres into a ravine.",
        "2026-05-20",
    )
    assert ("accident on Tuesday, 19 May 2026", "2026-05-19") in found


def test_a_bus_off_the_road_on_another_night_is_a_date_conflict() -> None:
    lede = "A bus carrying 40 passengers crashed near Ccorca, Peru. "
    assert flagged(
        "date",
        lede,
        "At approximately 11:40 p.m. on Tuesday, 19 May 2026, the bus left the road and fell into a ravine.",
        "The bus fell into a ravine late on Monday night, at around 11:40 pm.",
        "2026-05-20",
    )


def test_an_event_heading_its_clause_is_dated_by_the_day_that_closes_it() -> None:
    found = occurrences(
        "A leak of toxic ammonia gas at a fertiliser plant in the state of Gujarat killed at least two workers "
        "early on Wednesday, officials said.",
        "2026-08-13",
    )
    assert ("leak on Wednesday", "2026-08-12") in found


def test_an_event_inside_a_phrase_of_the_subject_is_not_dated() -> None:
    assert occurrences("The toll from the explosion at the depot rose to 12 on Monday.", "2026-08-13") == []


def test_a_riot_is_an_event_and_a_state_of_emergency_is_not() -> None:
    [riot] = claims_of("The riot broke out in the early hours of Tuesday in Pavilion 2.")
    [measure] = claims_of("The president declared a state of emergency in the prison system on Tuesday.")
    assert event_class(riot) == "riot"
    assert event_class(measure) is None


# parts of a toll


@pytest.mark.parametrize(
    "sentence",
    [
        "Four children are among the injured.",
        "Two Bolivian tourists, a couple from La Paz, were among the injured.",
        "The bodies of three more were found on Saturday.",
    ],
)
def test_people_among_the_harmed_or_more_of_them_are_a_part(sentence: str) -> None:
    [q] = quantities(sentence)
    assert q.partial


def test_those_injured_are_a_whole() -> None:
    [q] = quantities("Four children were injured.")
    assert not q.partial


def test_a_bare_both_after_a_pair_is_that_pair_again() -> None:
    found = quantities("Two tourists were among the injured, adding that both were in stable condition.")
    assert [q.text for q in found] == ["Two tourists"]


def test_the_subgroup_among_the_injured_is_no_numeric_conflict() -> None:
    assert not flagged(
        "numeric",
        "A bus plunged into a ravine near Ccorca on Tuesday, 19 May 2026. ",
        "A total of 27 people were injured.",
        "Two Bolivian tourists, a couple from La Paz, were among the injured, adding that both were stable.",
        "2026-05-20",
    )


# numbers that name a thing, and money written the South Asian way


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting broke out in Pavilion 2 of the prison.",
        "The bus left the road at kilometre 214 of the highway.",
        "Guards retook Sector 4.",
    ],
)
def test_a_number_that_names_a_thing_counts_nothing(sentence: str) -> None:
    assert quantities(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "value", "unit"),
    [
        ("In Kharkiv 3 people were killed.", 3, "people"),
        ("The family received Rs 5,000 in aid.", 5000, "INR"),
        ("The government promised Tk 200,000 to each family.", 200_000, "BDT"),
        ("The state paid Rs 3 crore in compensation.", 30_000_000, "INR"),
        ("Each family will get Rs 3.5 lakh.", 350_000, "INR"),
    ],
)
def test_counts_and_sums_after_a_capitalised_word_stay(sentence: str, value: float, unit: str) -> None:
    [q] = quantities(sentence)
    assert (q.value, q.canonical_unit if unit.isupper() else q.unit) == (value, unit)
