"""A request not to do something, events dated in a phrase ("following a crush ... on
Saturday"), denials kept to the people in a place, acts only asked for ("seven days to pay"),
"that wreck" of a story told before, and the temperature it "felt like". All sentences are
invented."""

from __future__ import annotations

import pytest
from core_support import Spec, article, claims_of, flagged, review_worthy, run

from claims.analysis import extract_all
from claims.extract import UPDATE_CUES

CRUSH = "A crush at Brannock Park stadium in Elvar killed 14 people on Saturday, March 7, 2026. "
CABLE = "A cable car cabin fell near Sololaki station in Tbilisi on Saturday, May 23, 2026. "
HACK = "A ransomware attack hit the Wenmoor hospitals on Monday, May 11, 2026. "


def claims_of_article(body: str, day: str) -> list:
    return extract_all([article(body, "a1", published=day)])["a1"]


def occurrences(body: str, day: str) -> list[tuple[str, str]]:
    return [
        (c.text, str(c.event_date))
        for c in claims_of_article(body, day)
        if any(s.startswith("occ:") and not s.startswith("occ:act:") for s in c.slots)
    ]


# a request not to do something tells nothing that happened


@pytest.mark.parametrize(
    "sentence",
    [
        "We ask members of the public not to speculate about the causes of the incident and not to share images of the injured.",
        "Police asked members of the public not to speculate about the causes of the incident.",
        "Officials warned residents not to drink tap water.",
    ],
)
def test_a_request_not_to_act_is_no_assertion(sentence: str) -> None:
    assert {c.modality for c in claims_of(sentence)} == {"prescriptive"}


def test_what_a_speaker_says_was_not_done_is_still_told() -> None:
    [claim] = claims_of("Police said the steward did not open the gate.")
    assert claim.modality == "assertion"


def test_a_request_not_to_speculate_is_no_denial_of_the_injured() -> None:
    assert not flagged(
        "negation",
        CRUSH,
        "Police asked members of the public not to speculate about the causes of the incident and not to share images of the injured.",
        "Fourteen people have died and 62 were injured in the incident, police said.",
        "2026-03-08",
    )


# the event's day, named in a phrase


def test_an_event_after_a_packed_venue_is_dated_by_its_day() -> None:
    found = occurrences(
        "A crush at a packed football stadium in the port city of Elvar killed at least 17 people late on Saturday, "
        "officials said.",
        "2026-03-08",
    )
    assert ("stampede on Saturday", "2026-03-07") in found


def test_deaths_following_the_event_on_a_day_date_the_event() -> None:
    found = occurrences(
        "Elvar police can confirm that 14 people died following a crush on a stairway behind Gate 7 of the North "
        "Stand at Brannock Park on the evening of Saturday 7 March 2026.",
        "2026-03-08",
    )
    assert ("stampede on Saturday 7 March 2026", "2026-03-07") in found


def test_a_day_after_a_clause_break_does_not_date_the_event() -> None:
    assert occurrences("The driver was questioned after the crash, and police arrived on Sunday.", "2026-03-08") == []


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("the North Stand at Brannock Park", False),
        ("as it stood at the entry signal", False),
        ("the death toll now stands at 31", True),
        ("the toll stood at about forty", True),
    ],
)
def test_a_stand_at_a_place_is_no_count_that_stands_at_a_figure(text: str, update: bool) -> None:
    assert (UPDATE_CUES.search(text) is not None) == update


def test_flowers_left_on_another_day_are_no_date_of_the_event() -> None:
    assert not flagged(
        "date",
        CABLE,
        "At about 15:40 on Saturday, May 23, cabin 4 of the line left its normal position near the lower station.",
        "Flowers and candles were left on Sunday morning at the gate of the lower station.",
        "2026-05-24",
    )


# a denial kept to the people in a place


def test_no_one_in_the_stranded_cabins_says_nothing_of_the_cabin_that_fell() -> None:
    assert not flagged(
        "negation",
        CABLE,
        "No one in the stranded cabins was hurt, the emergency service said.",
        "Two people were killed and six were injured when a cabin of the line fell.",
        "2026-05-23",
    )


def test_no_one_in_the_building_meets_harm_in_the_building() -> None:
    assert flagged(
        "negation",
        "A fire gutted a warehouse in Arvel on Monday, June 1, 2026. ",
        "No one in the building was hurt.",
        "Two firefighters were hurt when the roof of the building collapsed.",
        "2026-06-01",
    )


# an act only asked for is not done


def test_a_ransom_demanded_is_not_a_ransom_paid() -> None:
    assert not flagged(
        "negation",
        HACK,
        "No ransom has been paid.",
        "The group's leak site post demands a ransom of $12 million and gives the trust seven days to pay.",
        "2026-05-12",
    )


def test_a_ransom_paid_meets_its_denial() -> None:
    assert flagged("negation", HACK, "No ransom has been paid.", "The trust paid a ransom of $2 million to the group.", "2026-05-12")


# what "that wreck" tells of is the earlier event told just before


def test_that_wreck_and_that_spell_are_the_earlier_events() -> None:
    body = (
        "A tanker sank off Lazi on Saturday, June 13, 2026, and oil reached 25 kilometres of coastline.\n\n"
        "In March 2021, the MT Bayan Star capsized in a storm off Masbate. All 14 of its crew were rescued. "
        "Oil from that wreck fouled some 40 kilometres of coastline, and about 120,000 litres were never recovered.\n\n"
        "In June 2021, a heatwave in Karachi killed at least 180 people. "
        "Temperatures during that spell peaked at 43.5 degrees Celsius, lower than this year's maximum.\n"
    )
    claims = claims_of_article(body, "2026-07-02")

    def background(words: str) -> set[bool]:
        return {c.background for c in claims if words in c.text}

    assert background("that wreck fouled") == {True}
    assert background("were never recovered") == {True}
    assert background("that spell peaked") == {True}
    assert background("oil reached 25 kilometres") == {False}


def test_the_coastline_fouled_by_that_wreck_is_no_conflict_with_this_spill() -> None:
    lede = "The tanker Dona Luz sank off Lazi, Siquijor, on Saturday, June 13, 2026. "
    result = run(
        Spec(lede + "About 25 kilometres of coastline are considered affected, the coast guard said.\n", "Courier", "2026-06-14"),
        Spec(
            lede + "\n\nIn March 2021, the MT Bayan Star capsized in a storm off Masbate. All 14 of its crew were rescued. "
            "Oil from that wreck fouled some 40 kilometres of coastline, according to the coast guard.\n",
            "Ledger",
            "2026-07-02",
        ),
    )
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]


# the temperature it felt like


def test_the_temperature_it_felt_like_is_another_measure() -> None:
    [felt] = claims_of_article("Because of high humidity, the temperature felt like 52 degrees Celsius in coastal areas.", "2026-06-17")
    [read] = claims_of_article("The Met Office recorded a maximum temperature of 44.8 degrees Celsius at Karachi airport.", "2026-06-17")
    assert felt.slots == {"qty:temperature:apparent"}
    assert "qty:temperature" in read.slots
    assert not flagged(
        "numeric",
        "A heatwave hit Karachi on Sunday, June 14, 2026. ",
        "Because of high humidity, the temperature felt like 52 degrees Celsius in coastal areas.",
        "The Met Office recorded a maximum temperature of 44.8 degrees Celsius at Karachi airport.",
        "2026-06-17",
    )
