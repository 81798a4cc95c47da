"""Who is "among the dead", an arrest denied in other words, a ship's sailors as its crew, a
ship that "went down" by its name, a later step of the story that is not its background, what
a figure leaves out, and what else is said of a group a denial names. All texts are invented."""

from __future__ import annotations

import pytest
from core_support import Spec, article, claims_of, conflicts, flagged, quantities, run

from claims.analysis import extract_all

CABLE = "A cable car cabin fell near Sololaki station in Tbilisi on Saturday, May 23, 2026. "
SPILL = "The tanker Dona Luz sank off Lazi, Siquijor, on Saturday, June 13, 2026. "


def frames(sentence: str) -> list[tuple[str, str, str | None]]:
    return [(f.kind, f.value, f.target) for c in claims_of(sentence) for f in c.frames]


def test_a_child_among_the_dead_is_a_dead_child() -> None:
    assert ("harm", "death", "child") in frames("A child was among the dead.")


def test_a_child_among_the_dead_meets_no_children_among_the_dead() -> None:
    assert flagged("negation", CABLE, "No children were among the dead.", "A child was among the dead, hospital sources said.", "2026-05-23")


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The captain has not been arrested.", "going"),
        ("The vessel's master has not been placed under arrest.", "going"),
        ("The captain was placed under arrest.", "ended"),
    ],
)
def test_an_arrest_told_or_denied_in_other_words(sentence: str, value: str) -> None:
    assert ("status:caught", value, "captain") in frames(sentence)


def test_a_master_not_under_arrest_against_a_captain_arrested() -> None:
    assert flagged(
        "outcome",
        SPILL,
        "The vessel's master, who was among those rescued, is cooperating with investigators and has not been placed under arrest.",
        "Local radio reported that the tanker's captain had been arrested by police in Lazi.",
        "2026-06-13",
    )


def test_a_ships_sailors_are_its_crew() -> None:
    assert flagged(
        "negation",
        SPILL,
        "None of the rescued crew members was hurt, the coast guard said.",
        "Two of the rescued sailors were treated for burns and cuts at the provincial hospital.",
        "2026-06-13",
    )


def test_a_ship_that_went_down_by_its_name_is_dated() -> None:
    claims = extract_all(
        [
            article(
                "The MT Dona Luz went down on the night of Friday, June 12, about 5 nautical miles off this fishing town, "
                "and for a few hours it looked like a contained accident.",
                published="2026-07-02",
            )
        ]
    )["a1"]
    assert [(c.text, str(c.event_date)) for c in claims if "occ:accident" in c.slots] == [
        ("accident on Friday, June 12", "2026-06-12")
    ]


def test_a_later_step_of_the_story_is_not_its_background() -> None:
    body = (
        "The MT Dona Luz sank off Lazi on Friday, June 12, 2026, after taking on water.\n\n"
        "The search for the two missing crew members ended on June 16, when navy divers recovered two bodies.\n\n"
        "In March 2021, the MT Bayan Star capsized off Masbate.\n"
    )
    claims = extract_all([article(body, published="2026-07-02")])["a1"]
    background = {c.text.split(",")[0]: c.background for c in claims if not c.derived}
    assert background["The search for the two missing crew members ended on June 16"] is False
    assert background["In March 2021"] is True


def test_what_a_figure_leaves_out_is_no_denial() -> None:
    [claim] = claims_of("Damage to the highway is estimated at nearly PHP 49 million, not including the cost of slope protection.")
    assert not claim.negated


def test_something_else_said_of_the_group_a_denial_names_is_no_contradiction() -> None:
    lede = "A garment factory collapsed in Gazipur on Tuesday, February 10, 2026. "
    assert not flagged(
        "negation",
        lede,
        "None of the three factory owners has been detained.",
        "A case has been filed against the building's owner and the owners of the three factories.",
        "2026-02-11",
    )
    assert flagged(
        "negation", lede, "None of the three factory owners has been detained.", "Police detained the owners of the three factories.", "2026-02-11"
    )


def test_an_event_with_its_cause_and_an_aside_is_dated() -> None:
    claims = extract_all(
        [
            article(
                "A landslide triggered by days of heavy rain buried at least seven vehicles, including a passenger bus, "
                "on the Halsema Highway in Atok town on Thursday afternoon, officials said.",
                published="2026-07-17",
            )
        ]
    )["a1"]
    assert [str(c.event_date) for c in claims if "occ:landslide" in c.slots] == ["2026-07-16"]


def test_a_toll_in_an_undated_report_of_the_week_and_a_later_toll_are_context() -> None:
    result = run(
        Spec(
            "A landslide buried seven vehicles on the Halsema Highway in Atok on Thursday afternoon, killing at least "
            "five people, disaster officials said.\n",
            "Luzon Wire",
            None,
        ),
        Spec(
            "A landslide buried seven vehicles on the Halsema Highway in Atok on Thursday, July 16, 2026.\n",
            "Civil Defense",
            "2026-07-17",
        ),
        Spec(
            "The landslide on the Halsema Highway in Atok on the afternoon of July 16 has now claimed 14 lives, "
            "civil defense officials said.\n",
            "Infrastructure Review",
            "2026-08-03",
        ),
    )
    grown = [x for x in conflicts(result) if x.kind == "numeric" and any("14 lives" in t for t in x.texts)]
    assert [(x.severity, x.temporal) for x in grown] == [("low", "different_times")]


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("All of the escapees had been recaptured by Wednesday.", ("ended", "all-escapee")),
        ("Most of the escapees were still at large late Tuesday.", ("going", "some-escapee")),
        ("Eight of the 41 escapees remain at large.", ("going", "some-escapee")),
        ("The escapees had been recaptured in raids on neighbourhoods near the prison.", None),
    ],
)
def test_a_status_said_of_a_whole_group_or_part_of_it(sentence: str, status: tuple[str, str] | None) -> None:
    found = [(value, target) for kind, value, target in frames(sentence) if kind == "status:caught"]
    assert found == ([status] if status else [])


def test_two_men_caught_in_the_fire_were_not_arrested() -> None:
    assert not [f for f in frames("Two men were caught in the fire.") if f[0] == "status:caught"]


RIOT = "Inmates rioted and escaped from the Marlow Road prison in Casterby on Tuesday, July 14, 2026. "


def test_all_recaptured_against_most_still_at_large() -> None:
    assert flagged(
        "outcome",
        RIOT,
        "Police said that all of the escapees had been recaptured in raids near the prison.",
        "Most of the escapees were still at large late Tuesday, and police set up checkpoints.",
        "2026-07-14",
    )


def test_some_recaptured_and_some_still_at_large_agree() -> None:
    assert not flagged(
        "outcome",
        RIOT,
        "Police said that two of the escapees had been recaptured in raids near the prison.",
        "Most of the escapees were still at large late Tuesday, and police set up checkpoints.",
        "2026-07-14",
    )


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        ("Nine of the 27 injured were children.", [("Nine", True), ("27", False)]),
        # (but nine "remain in hospital" is all those still in care: see test_counts_of_a_state)
        ("Nine of the 27 injured remain in hospital.", [("Nine", False), ("27", False)]),
        ("312 of its 540 flights were cancelled.", [("312 of its 540 flights", False)]),
        ("My neighbour's two boys are still missing.", [("two boys", True)]),
        ("Two boys are still missing.", [("Two boys", False)]),
    ],
)
def test_some_of_a_counted_toll_and_someones_own_are_parts(sentence: str, parts: list[tuple[str, bool]]) -> None:
    assert [(q.text, q.partial) for q in quantities(sentence)] == parts


def test_a_relief_driver_is_not_the_driver() -> None:
    lede = "A bus plunged into a ravine near Ccorca on Tuesday, 19 May 2026. "
    assert not flagged(
        "outcome",
        lede,
        "Police said that a relief driver was among the dead.",
        "The driver, Rolando Quispe, 44, survived with injuries and was arrested at the regional hospital.",
        "2026-05-20",
    )


def test_a_boat_that_left_port_on_a_day_is_an_act_and_flowers_left_are_not() -> None:
    def acts(sentence: str) -> list[str]:
        claims = extract_all([article(sentence, published="2026-05-16")])["a1"]
        return sorted(s for c in claims for s in c.slots if s.startswith("occ:act:"))

    assert acts("The boat left the port of Ras Halim on Thursday with about 60 people aboard.") == ["occ:act:left"]
    assert acts("Flowers and candles were left on Sunday morning at the gate of the lower station.") == []


def test_no_workers_on_the_bridge_against_workers_hurt_when_it_gave_way() -> None:
    assert flagged(
        "negation",
        "A road bridge over the Alder river collapsed under traffic on Monday, June 8, 2026. ",
        "No construction workers were on the bridge when it collapsed, the sheriff said.",
        "Two Brennan-Hollis workers were injured when the deck gave way.",
        "2026-06-09",
    )


def test_an_incident_page_updated_on_a_day_is_no_incident_that_day() -> None:
    claims = extract_all(
        [
            article(
                "About 340,000 customers had passport numbers taken, it said in an update to its incident page last Thursday.",
                published="2026-05-11",
            )
        ]
    )["a1"]
    assert not [c.text for c in claims if "occ:incident" in c.slots]
