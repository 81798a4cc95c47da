"""Figures that are not the story's own count: one company's share of a count ("58 of its
departures", "Ryanair cancelled 31"), a statistic over many events or a season ("killed in
avalanches in Switzerland this winter", "the long-term average"), and people aboard a ship who
fell ill (counted by their illness, not as everyone aboard)."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import Spec, claim_with, claims_of, review_worthy, run
from test_false_flags import harm_frames, pair

from claims.entities import same_named_speaker
from claims.quantities import find_quantities
from claims.units import measure_role

OUTAGE = "A computer failure grounded flights at Dublin Airport on Friday. "
SLIDE = "An avalanche buried five ski tourers above Zermatt on Tuesday. "


def numeric_flags(first: str, second: str) -> list[str]:
    return [c.kind for c in review_worthy(pair(first, second)) if c.kind == "numeric"]


class TestOneCompanysShare:
    @pytest.mark.parametrize(
        ("share", "review"),
        [
            ("Aer Lingus said 58 of its departures had been cancelled.", False),  # part of the 97
            ("Ryanair, which cancelled 31 departures on the day, criticised the airport.", False),
            ("Ryanair cancelled 31 departures on Friday.", False),
            # a share larger than the whole cannot be part of it
            ("Aer Lingus said 120 of its departures had been cancelled.", True),
            # public bodies act for everyone: not a share
            ("Police said 58 departures had been cancelled.", True),
        ],
    )
    def test_share_against_the_total(self, share: str, review: bool) -> None:
        total = OUTAGE + "A total of 97 departing flights were cancelled on Friday."
        assert bool(numeric_flags(OUTAGE + share, total)) is review

    def test_two_companies_shares_do_not_clash(self) -> None:
        assert numeric_flags(
            OUTAGE + "Aer Lingus said 58 of its departures had been cancelled.",
            OUTAGE + "Ryanair cancelled 31 departures on Friday.",
        ) == []

    def test_one_company_against_itself_clashes(self) -> None:
        assert numeric_flags(
            OUTAGE + "Aer Lingus said 58 of its departures had been cancelled.",
            OUTAGE + "Aer Lingus cancelled 31 departures on Friday.",
        ) == ["numeric"]

    def test_a_share_of_the_storys_own_company_is_all_of_it(self) -> None:
        strike = "Cabin crew at Coralwing Airlines walked out on Monday. "
        assert numeric_flags(
            strike + "Coralwing Airlines said 312 of its flights had been cancelled on Monday.",
            strike + "A total of 540 flights were cancelled on Monday.",
        ) == ["numeric"]


class TestStatisticsOfManyEvents:
    @pytest.mark.parametrize(
        "statistic",
        [
            "The deaths bring to 14 the number of people killed in avalanches in Switzerland this winter.",
            "The long-term average is around 20 deaths over a full season.",
            "Some 23 people died in road accidents in the canton last year.",
        ],
    )
    def test_statistic_is_no_toll_of_the_event(self, statistic: str) -> None:
        assert numeric_flags(SLIDE + "Two people were killed.", SLIDE + statistic) == []

    def test_the_storys_own_events_are_no_statistic(self) -> None:
        # "in the two avalanches" are the story's: the toll is its own, and 2 is not 5
        assert numeric_flags(
            SLIDE + "Two people were killed in the two avalanches.", SLIDE + "Five people were killed."
        ) == ["numeric"]

    def test_a_year_that_ranks_the_event_leaves_its_toll(self) -> None:
        assert numeric_flags(
            SLIDE + "The deadliest avalanche this year killed five people.", SLIDE + "Two people were killed."
        ) == ["numeric"]

    def test_two_statistics_are_compared(self) -> None:
        assert numeric_flags(
            SLIDE + "The toll of people killed in avalanches in Switzerland this winter is 14.",
            SLIDE + "The deaths bring to 19 the number of people killed in avalanches in Switzerland this winter.",
        ) == ["numeric"]


class TestIllAboard:
    @pytest.mark.parametrize(
        ("sentence", "role"),
        [
            ("Hundreds of people aboard a Caribbean cruise ship have come down with a stomach bug.", "ill"),
            ("More than 300 passengers aboard the ship fell ill.", "ill"),
            ("The 48 people aboard the bus were killed.", "death"),
            ("All 48 people aboard the bus were safe.", "aboard"),
            ("There are nearly 2,900 passengers on board.", "aboard"),
        ],
    )
    def test_role(self, sentence: str, role: str) -> None:
        assert [q.role for q in find_quantities(sentence, 0, [])] == [role]

    def test_the_ill_are_no_count_of_everyone_aboard(self) -> None:
        ship = "Norovirus broke out on the cruise ship Coral Meridian on Sunday. "
        assert numeric_flags(
            ship + "Hundreds of people aboard the ship have come down with a stomach bug.",
            ship + "There are nearly 2,900 passengers on board.",
        ) == []


class TestSpokespeopleOfTwoStories:
    """Two police spokespeople named apart, in reports of two events: "police" is no shared name."""

    def test_no_attribution_flag_across_stories(self) -> None:
        tram = (
            "A tram derailed in Brno on Wednesday, police spokeswoman Hana Dvorakova said. "
            "Dvorakova confirmed on Thursday that the driver had been detained and would be questioned by investigators.\n"
        )
        slide = (
            "An avalanche buried five ski tourers above Zermatt on Tuesday. Police spokesman Stefan Zurbriggen "
            "denied that the group had triggered the avalanche, telling reporters that investigators had not "
            "established the cause.\n"
        )
        result = run(Spec(tram, "Brno Herald", "2026-03-12"), Spec(slide, "Alpine Post", "2026-03-04"))
        assert [c.kind for c in review_worthy(result) if c.kind == "attribution"] == []

    def test_one_named_speaker_still_links(self) -> None:
        first = claim_with(claims_of("Police spokeswoman Hana Dvorakova said the tram was speeding.\n"), "tram")
        second = claim_with(claims_of("Dvorakova denied that the tram was speeding.\n"), "tram")
        other = claim_with(claims_of("Police spokesman Stefan Zurbriggen said the road was closed.\n"), "road")
        assert same_named_speaker(first, second) and not same_named_speaker(first, other)


class TestTwoKindsOfStatistic:
    def test_an_average_is_no_running_count_of_the_season(self) -> None:
        assert numeric_flags(
            SLIDE + "The deaths bring to 14 the number of people killed in avalanches in Switzerland this winter.",
            SLIDE + "The long-term average is around 20 deaths over a full season.",
        ) == []

    def test_an_average_is_no_toll(self) -> None:
        assert numeric_flags(
            SLIDE + "A man from Leeds was one of two people killed.",
            SLIDE + "The long-term average is around 20 deaths over a full season.",
        ) == []


class TestMeasuresOfDifferentThings:
    @pytest.mark.parametrize(
        ("sentence", "role"),
        [
            ("The slide ran some 500 metres down the slope.", "travel"),
            ("The coach plunged about 40 metres into the gorge.", "travel"),
            ("It warned of weak layers on shady slopes above 2,400 metres.", "elevation"),
            ("The slide was about 250 metres wide.", "width"),
            ("The river fell to 2 metres overnight.", None),  # a level, not a way travelled
        ],
    )
    def test_role(self, sentence: str, role: str | None) -> None:
        (q,) = [q for q in find_quantities(sentence, 0, []) if q.dimension == "length"]
        assert measure_role(q, sentence, 0) == role

    def test_how_far_a_slide_ran_is_not_the_height_it_began_at(self) -> None:
        assert numeric_flags(
            SLIDE + "The SLF warned of weak layers in the snowpack on shady slopes above 2,400 metres.",
            SLIDE + "The slide was about 250 metres wide and ran some 500 metres down the slope.",
        ) == []

    def test_one_measure_told_twice_still_clashes(self) -> None:
        assert numeric_flags(
            SLIDE + "The slide ran some 500 metres down the slope.",
            SLIDE + "The slide ran about 900 metres down the slope.",
        ) == ["numeric"]


class TestMembershipIsNoCount:
    @pytest.mark.parametrize(
        ("sentence", "values"),
        [
            ("Malatya was one of the provinces hardest hit by the earthquakes.", []),
            ("It is one of its busiest airports.", []),
            ("One of the two drones was intercepted.", [1.0]),  # a count of the intercepted
            ("One of the workers was injured.", [1.0]),
        ],
    )
    def test_values(self, sentence: str, values: list[float]) -> None:
        assert [q.value for q in find_quantities(sentence, 0, [])] == values


QUAKE = "A magnitude 6.1 earthquake struck Malatya province on Tuesday. "


class TestOneSitesToll:
    def test_a_buildings_toll_is_part_of_a_quakes(self) -> None:
        assert numeric_flags(
            QUAKE + "In Puturge, the five-storey Cinar apartment building collapsed, killing three residents.",
            QUAKE + "At least six people have been killed, officials said.",
        ) == []

    def test_a_buildings_toll_above_the_whole_clashes(self) -> None:
        assert numeric_flags(
            QUAKE + "In Puturge, the five-storey Cinar apartment building collapsed, killing nine residents.",
            QUAKE + "Six people have been killed, officials said.",
        ) == ["numeric"]

    def test_homes_destroyed_are_no_site_of_the_toll(self) -> None:
        assert numeric_flags(
            QUAKE + "The quake destroyed 200 homes and killed 12 people.",
            QUAKE + "Fifteen people have been killed, officials said.",
        ) == ["numeric"]

    def test_in_a_fire_at_one_building_the_toll_is_the_events(self) -> None:
        fire = "A fire swept through the Harlow Hotel in Dunmore on Tuesday. "
        assert numeric_flags(
            fire + "The hotel's upper floors collapsed, killing three guests.",
            fire + "Six people have been killed, officials said.",
        ) == ["numeric"]


class TestAYearlessDateline:
    """An undated wire report whose latest dated mention is a past event of another year: its
    "on Tuesday" takes the date linked reports give the event, not one in that other year."""

    WIRE = (
        "MALATYA, Turkey, March 3 (Transworld) - A magnitude 6.1 earthquake struck Malatya province "
        "before dawn on Tuesday, killing at least nine people, officials said. Two people were killed in "
        "the city of Malatya. Malatya was among 11 provinces devastated on Feb. 6, 2023, when a magnitude "
        "7.8 earthquake struck.\n"
    )
    DATED = (
        "A magnitude 6.1 earthquake struck Malatya province before dawn on Tuesday. No loss of life has "
        "been reported in the city of Malatya, the agency said.\n"
    )

    def test_the_events_day_comes_from_the_linked_report(self) -> None:
        result = run(Spec(self.WIRE, "Transworld"), Spec(self.DATED, "AFAD", "2026-03-03"))
        wire = [c for c in result.claims if c.article_id == "a1" and "struck Malatya" in c.text]
        assert wire and all(c.time is not None and c.time.date == date(2026, 3, 3) for c in wire)

    def test_the_denial_meets_the_wire(self) -> None:
        result = run(Spec(self.WIRE, "Transworld"), Spec(self.DATED, "AFAD", "2026-03-03"))
        assert "negation" in [c.kind for c in review_worthy(result)]


class TestLossOfLifeAndSymptoms:
    @pytest.mark.parametrize(
        ("sentence", "frames"),
        [
            ("No loss of life has been reported in the city centre.", [("death", 0, "person")]),
            ("Nothing can justify the loss of life.", []),
            ("Life in the town returned to normal.", []),
        ],
    )
    def test_frames(self, sentence: str, frames: list[tuple[str, float, str]]) -> None:
        assert harm_frames(sentence) == frames

    def test_no_loss_of_life_denies_deaths(self) -> None:
        result = pair(
            QUAKE + "No loss of life has been reported in the Malatya city centre, the agency said.",
            QUAKE + "Two people were killed in the Malatya city centre.",
        )
        assert "negation" in [c.kind for c in review_worthy(result)]

    def test_nothing_can_justify_the_loss_of_life_denies_nothing(self) -> None:
        crush = "A crush at a stadium gate in Trujillo killed nine fans on Sunday. "
        result = pair(
            crush + '"Nothing can justify the loss of life at a sporting event," she wrote.',
            crush + "Nine people died, according to the health directorate.",
        )
        assert [c.kind for c in review_worthy(result) if c.kind == "negation"] == []

    @pytest.mark.parametrize(
        "sentence",
        ["As of Thursday, 312 passengers had reported vomiting and diarrhoea.", "87 students complained of nausea."],
    )
    def test_people_reporting_symptoms_are_ill(self, sentence: str) -> None:
        assert [q.role for q in find_quantities(sentence, 0, [])] == ["ill"]
