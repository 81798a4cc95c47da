"""Conflict detectors, through the real pipeline: two or three tiny reports of one event are
analysed together and the conflicts a fact-checker would see are checked (kind, severity,
timing, the two claims). Each detector has cases that must fire and traps that must not."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import Seen, Spec, article, clustered_together, conflicts, of_kind, review_worthy, run

from claims.analysis import extract_all
from claims.conflicts import Pair, compare_pair, shares_names
from claims.conflicts.base import Side
from claims.linking import score_pair
from claims.model import Claim


def only(found: list[Seen]) -> Seen:
    assert len(found) == 1, f"expected one conflict, got {found}"
    return found[0]


def assert_no_review_worthy(result_conflicts: list[Seen]) -> None:
    assert [x for x in result_conflicts if x.severity in ("high", "medium")] == []


def with_kind(found: list[Seen], kind: str) -> list[Seen]:
    return [x for x in found if x.kind == kind]


# Two outlets reporting the same day about one event.
DAY = "2024-03-13"
FIRE = "An explosion and fire broke out at a chemical plant in Kelmet on Sunday. "
DRONES = "Two drones attacked the Harrow Point base on Tuesday. "


def pair(first: str, second: str, *, published: tuple[str, str] = (DAY, DAY)):  # type: ignore[no-untyped-def]
    return run(
        Spec(first + "\n", "Gulf Monitor", published[0]), Spec(second + "\n", "Desert Post", published[1])
    )


# --- numeric ----------------------------------------------------------------------------


class TestNumeric:
    @pytest.mark.parametrize(
        ("second", "conflict"),
        [
            ("Ratepayer Ana Voss said her quarterly water bill rose to about $160 during his tenure.", False),
            ("The judge ordered Ostrow to repay $3.2 billion to the water authority.", True),
        ],
        ids=["hundredfold-apart-count-different-things", "same-digits-at-another-scale-are-a-slip"],
    )
    def test_figures_far_apart(self, second: str, conflict: bool) -> None:
        trial = "Former Dunmere water chief Ray Ostrow was sentenced in Calder County Court on Friday. "
        result = pair(
            trial + "The judge ordered Ostrow to repay $3.2 million to the water authority.", trial + second
        )
        found = [x for x in review_worthy(result) if x.kind in ("numeric", "unit")]
        assert len(found) == int(conflict)

    def test_a_figure_does_not_take_the_words_of_the_next_phrase(self) -> None:
        heat = "A heat wave gripped Tamford on Wednesday, the weather service said. "
        result = pair(
            heat + "Highs are forecast to stay above 110 degrees, and overnight lows in the mid-90s.",
            heat + "The overnight low was 96 degrees, the warmest night on record.",
        )
        assert of_kind(result, "numeric") == []

    def test_different_counts_of_the_injured_in_the_outlets_own_voice(self) -> None:
        result = pair(
            FIRE + "Fourteen workers were injured in the blast.",
            FIRE + "Forty-one workers were injured in the blast.",
        )
        x = only(review_worthy(result))
        assert x.kind == "numeric"
        assert x.severity == "high"
        assert x.temporal == "same_time"
        assert x.texts == {
            "Fourteen workers were injured in the blast",
            "Forty-one workers were injured in the blast",
        }
        assert "14" in x.explanation and "41" in x.explanation
        assert "Gulf Monitor" in x.explanation and "Desert Post" in x.explanation

    def test_a_credited_figure_makes_the_conflict_medium(self) -> None:
        result = pair(
            FIRE + "The fire service said 14 workers were injured in the blast.",
            FIRE + "Forty-one workers were injured in the blast.",
        )
        x = only(with_kind(review_worthy(result), "numeric"))
        assert x.severity == "medium"
        assert x.temporal == "same_time"

    def test_a_hedged_figure_makes_the_conflict_medium(self) -> None:
        result = pair(
            FIRE + "Fourteen workers were reportedly injured in the blast.",
            FIRE + "Forty-one workers were injured in the blast.",
        )
        assert only(with_kind(review_worthy(result), "numeric")).severity == "medium"

    @pytest.mark.parametrize(
        ("first", "second"),
        [
            (
                "More than 100 workers were evacuated from the plant.",
                "Exactly 106 workers were evacuated from the plant.",
            ),
            (
                "About 2,500 residents were evacuated from Kelmet.",
                "Some 2,480 residents were evacuated from Kelmet.",
            ),
            ("Three workers were injured in the blast.", "3 workers were injured in the blast."),
            (
                "At least 14 workers were injured in the blast.",
                "Seventeen workers were injured in the blast.",
            ),
            (
                "Between 20 and 25 workers were injured in the blast.",
                "Twenty-two workers were injured in the blast.",
            ),
        ],
    )
    def test_compatible_qualifiers_do_not_conflict(self, first: str, second: str) -> None:
        result = pair(FIRE + first, FIRE + second)
        assert of_kind(result, "numeric") == []

    def test_counts_of_different_things_do_not_conflict(self) -> None:
        result = pair(
            FIRE + "Fourteen workers were injured in the blast.",
            FIRE + "Forty-one firefighters fought the blaze for six hours.",
        )
        assert of_kind(result, "numeric") == []

    def test_running_total_that_grew_is_context(self) -> None:
        result = pair(
            "Rebels have carried out at least 40 attacks on the pipeline since March 3, 2023, the energy ministry said.",
            "Rebels have carried out 52 attacks on the pipeline since March 3, 2023, the energy ministry said.",
            published=("2023-06-07", "2023-07-20"),
        )
        x = only(of_kind(result, "numeric"))
        assert x.severity == "low"
        assert x.temporal == "different_times"
        assert "2023-06-07" in x.explanation and "2023-07-20" in x.explanation
        assert_no_review_worthy(conflicts(result))

    def test_running_total_that_shrank_needs_review(self) -> None:
        result = pair(
            "Rebels have carried out 52 attacks on the pipeline since March 3, 2023, the energy ministry said.",
            "Rebels have carried out 40 attacks on the pipeline since March 3, 2023, the energy ministry said.",
            published=("2023-06-07", "2023-07-20"),
        )
        x = only(of_kind(result, "numeric"))
        assert "2023-06-07" in x.explanation and "2023-07-20" in x.explanation
        assert x.severity in ("high", "medium")

    def test_a_current_figure_given_on_two_days_is_context(self) -> None:
        result = pair(
            "The Cedar Gap wildfire in Lorne County has burned about 8,000 acres, fire officials said.",
            "The Cedar Gap wildfire in Lorne County now covers 8,300 acres, fire officials said.",
            published=("2025-08-04", "2025-08-05"),
        )
        found = of_kind(result, "numeric")
        assert found, "an updated figure is shown as context"
        assert {(x.severity, x.temporal) for x in found} == {("low", "different_times")}

    def test_the_same_current_figure_differing_on_one_day_needs_review(self) -> None:
        result = pair(
            "The Cedar Gap wildfire in Lorne County has burned 8,000 acres, fire officials said.",
            "The Cedar Gap wildfire in Lorne County has burned 12,000 acres, fire officials said.",
        )
        assert only(with_kind(review_worthy(result), "numeric")).temporal != "different_times"

    def test_a_toll_over_a_wider_group_reported_later_is_context(self) -> None:
        result = pair(
            FIRE + "Two workers were hurt in the first minutes of the fire.",
            FIRE + "The number of people treated for injuries rose to five on Monday.",
            published=("2024-03-11", "2024-03-12"),
        )
        assert_no_review_worthy(conflicts(result))
        found = of_kind(result, "numeric")
        assert found and all((x.severity, x.temporal) == ("low", "different_times") for x in found)

    def test_a_local_report_on_the_same_trial_compares_its_figures(self) -> None:
        result = run(
            Spec(
                "The FDA halted Corvane's ANCHOR-2 trial of CVN-401 in FSHD on Monday. The trial had enrolled "
                "64 patients at 11 sites in the United States and Canada.\n",
                "Capital Wire",
                "2025-09-15",
            ),
            Spec(
                "LAKEMONT - Kyle Ortman of Lakemont was told on Monday that his infusions would stop. The study "
                "enrolled 46 patients with FSHD across the U.S. and Canada.\n",
                "Lakemont Tribune",
                "2025-09-16",
            ),
        )
        x = only(of_kind(result, "numeric"))
        assert x.severity in ("high", "medium") and "46" in x.explanation and "64" in x.explanation

    def test_ages_of_the_dead_are_not_a_toll(self) -> None:
        result = pair(
            DRONES + "Two soldiers were killed in the attack.",
            DRONES + "The dead were named as Anton Res, 52, and Vasil Korin, 34.",
        )
        assert of_kind(result, "numeric") == []

    def test_the_same_range_in_a_copy_is_no_conflict(self) -> None:
        body = "Arlene Voss said her quarterly water bill in Ashcombe rose from about $160 to more than $210."
        result = pair(body, body)
        assert of_kind(result, "numeric") == []

    def test_sums_for_different_things_in_alike_sentences_do_not_conflict(self) -> None:
        result = pair(
            "Raymond Keele of the Ashcombe water authority was sentenced to seven years for taking $2.3 million in kickbacks.",
            "Raymond Keele of the Ashcombe water authority was sentenced to 84 months for steering $41 million in contracts.",
        )
        assert of_kind(result, "numeric") == []

    def test_counts_of_two_days_each_dated_are_not_one_count(self) -> None:
        result = pair(
            "Coralwing Airlines cancelled 312 flights on Monday as cabin crew walked off the job.",
            "Coralwing Airlines cancelled 328 flights on Tuesday alone as cabin crew walked off the job.",
            published=("2025-07-22", "2025-07-22"),
        )
        assert [x for x in of_kind(result, "numeric") if x.temporal == "same_time"] == []

    def test_casualties_of_an_earlier_attack_are_not_a_shrinking_toll(self) -> None:
        result = pair(
            "Drones attacked the Harrow Point base on June 4. Three soldiers were wounded in the attack.",
            "Drones attacked the Harrow Point base on Tuesday. Two soldiers were wounded in the attack.",
            published=("2024-06-05", "2024-07-18"),
        )
        assert_no_review_worthy(conflicts(result))

    def test_figures_of_another_event_are_context_not_contradiction(self) -> None:
        result = pair(
            "Drones attacked the Harrow Point base on Tuesday. Two soldiers were wounded in the attack.",
            "Drones attacked the Harrow Point base on March 2. Five soldiers were wounded in the attack.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert_no_review_worthy(conflicts(result))
        for x in of_kind(result, "numeric"):
            assert (x.severity, x.temporal) == ("low", "different_times")


@pytest.mark.parametrize(
    "lede",
    [
        "A fire broke out at a warehouse in Dunmore on Tuesday.",
        "A warehouse in Dunmore caught fire on Tuesday.",
        pytest.param(
            "A fire tore through a warehouse in Dunmore on Tuesday.",
        ),
        pytest.param(
            "On Tuesday, a fire destroyed a warehouse in Dunmore.",
        ),
        pytest.param(
            "A gas explosion hit a chemical plant in Dunmore on Tuesday.",
        ),
    ],
)
def test_the_lede_dates_the_event_so_the_figures_are_same_time(lede: str) -> None:
    result = pair(
        lede + " Fourteen workers were injured.",
        lede + " Forty-one workers were injured.",
        published=("2023-06-07", "2023-06-07"),
    )
    x = only(review_worthy(result))
    assert (x.kind, x.severity, x.temporal) == ("numeric", "high", "same_time")


# --- outcome ----------------------------------------------------------------------------


FLOOD = "Floodwater from the failed Harlow Dam reached the town of Edley on Sunday. "
WALKOUT = "Cabin crew at Tasman Air began a 48-hour strike on Monday, the crew union said. "
FIRE_DEPOT = "A fire broke out at the Orlen Street fuel depot in Varna Bay on Sunday. "
TRIAL = "The trial of former Dunmere mayor Ray Ostrow ended in Calder County Court on Friday. "
SPLIT = "The jury acquitted Ostrow on two fraud counts and convicted him on the other seven counts."


class TestOutcome:
    def test_hit_versus_did_not_hit(self) -> None:
        result = pair(DRONES + "One drone hit the base.", DRONES + "The drones did not hit the base.")
        x = only(of_kind(result, "outcome"))
        assert (x.severity, x.temporal) == ("high", "same_time")
        assert x.texts == {"One drone hit the base", "The drones did not hit the base"}

    def test_all_intercepted_versus_hit(self) -> None:
        result = pair(
            DRONES + "A drone hit the base.",
            DRONES + "Both drones were intercepted before reaching the base.",
        )
        x = only(of_kind(result, "outcome"))
        assert x.severity == "high"
        assert x.texts == {"A drone hit the base", "Both drones were intercepted before reaching the base"}
        assert "intercepted" in x.explanation

    def test_one_of_two_intercepted_and_the_other_hit_agree(self) -> None:
        result = pair(
            DRONES + "One of the two drones was intercepted.", DRONES + "The other drone hit the base."
        )
        assert_no_review_worthy(conflicts(result))

    def test_one_of_two_intercepted_agrees_with_one_shot_down_and_one_hit(self) -> None:
        result = pair(
            DRONES + "One of the two drones was intercepted, and the other hit the base.",
            DRONES + "Air defences shot down one drone, but the second one hit the base.",
        )
        assert_no_review_worthy(conflicts(result))

    def test_no_damage_versus_minor_damage(self) -> None:
        result = pair(
            DRONES + "The attack caused minor damage to a hangar.", DRONES + "The attack caused no damage."
        )
        x = only(of_kind(result, "outcome"))
        assert x.severity == "high"
        assert "minor damage" in x.explanation and "no damage" in x.explanation

    def test_minor_and_some_damage_do_not_conflict(self) -> None:
        result = pair(
            DRONES + "The attack caused minor damage to a hangar.",
            DRONES + "The attack caused some damage to a hangar.",
        )
        assert_no_review_worthy(conflicts(result))

    def test_damage_in_words_without_a_level(self) -> None:
        result = pair(DRONES + "The attack damaged a hangar.", DRONES + "The attack caused no damage.")
        assert with_kind(review_worthy(result), "outcome") or with_kind(review_worthy(result), "negation")

    @pytest.mark.parametrize(
        ("lead", "first", "second", "said"),
        [
            (FLOOD, "The Mill Lane bridge over the Edley River was swept away.",
             "The Mill Lane bridge over the Edley River is damaged but still standing.", "still standing"),
            (FLOOD, "Officials counted 40 homes with flood damage, 12 of them destroyed.",
             "The Mill Lane bridge over the Edley River is damaged but still standing.", None),
            (WALKOUT, "The strike went ahead after talks collapsed late on Sunday.",
             "The walkout caused no damage to the airline's reputation, its chief said.", None),
            (TRIAL, "The jury convicted Ostrow of bribery.", "The jury acquitted Ostrow of bribery.", "acquitted"),
            (TRIAL, "The jury convicted Ostrow on all nine counts of bribery and fraud.", SPLIT, "all of them"),
            (TRIAL, "The jury convicted Ostrow of bribery and fraud.", SPLIT, None),
            (FIRE_DEPOT, "The fire was confined to a single storage tank, the fire chief said.",
             "Flames spread to an adjacent storage tank within an hour.", "confined"),
            (WALKOUT, "The union called off the second day of the strike.",
             "Tuesday's strike went ahead after talks failed late on Monday.", "called off"),
            (WALKOUT, "Tasman Air cancelled 312 flights on Tuesday.",
             "Tuesday's strike went ahead after talks failed late on Monday.", None),
        ],
        ids=["swept-away-vs-standing", "standing-vs-other-things-destroyed", "talks-collapsed-is-no-damage",
             "convicted-vs-acquitted", "split-verdict-vs-all-counts", "split-verdict-vs-some-counts",
             "spread-vs-confined", "called-off-vs-went-ahead", "cancelled-flights-vs-strike-went-ahead"],
    )  # fmt: skip
    def test_opposite_states(self, lead: str, first: str, second: str, said: str | None) -> None:
        """Opposite states of one thing conflict (the explanation names the state); states of
        different things, or a split against a part, do not."""
        found = with_kind(review_worthy(pair(lead + first, lead + second)), "outcome")
        if said is None:
            assert found == []
        else:
            assert said in only(found).explanation


class TestStatus:
    """A status that changes one way: going after it ended is a contradiction, ended after the
    other report saw it going is a change between two reports."""

    LEAK = "A freight train derailed in Hollins Ford on Thursday, puncturing a tank car of ammonia. "

    def test_still_leaking_after_it_was_sealed(self) -> None:
        result = pair(
            self.LEAK + "Ammonia is still leaking from the damaged tank car.",
            self.LEAK + "A contractor sealed the puncture in the tank car late Thursday afternoon.",
            published=("2025-09-18", "2025-09-19"),
        )
        x = only(of_kind(result, "outcome"))
        assert x.severity == "medium"  # the same day: which came first is unknown
        assert "still leaking" in x.explanation and "stopped" in x.explanation

    def test_sealed_before_the_day_the_other_says_leaking(self) -> None:
        result = pair(
            self.LEAK + "Ammonia is still leaking from the damaged tank car.",
            self.LEAK + "A contractor sealed the puncture in the tank car on Thursday.",
            published=("2025-09-20", "2025-09-19"),
        )
        x = only(of_kind(result, "outcome"))
        assert (x.severity, x.temporal) == ("high", "same_time")

    def test_sealed_later_is_a_change_not_a_contradiction(self) -> None:
        result = pair(
            self.LEAK + "Ammonia is still leaking from the damaged tank car.",
            self.LEAK + "The puncture in the tank car has been sealed.",
            published=("2025-09-18", "2025-09-20"),
        )
        x = only(of_kind(result, "outcome"))
        assert (x.severity, x.temporal) == ("low", "different_times")
        assert "may have changed" in x.explanation

    def test_one_person_dead_and_alive(self) -> None:
        crash = "A coach carrying British tourists came off the Passo del Cornale in Italy on Saturday. "
        result = pair(
            crash + "Among the dead was the coach driver, police said.",
            crash + "The driver, Keith Holroyd, survived the crash with a broken collarbone.",
            published=("2025-10-25", "2025-10-27"),
        )
        x = only(of_kind(result, "outcome"))
        assert (x.severity, x.temporal) == ("medium", "same_time")

    def test_still_standing_days_after_it_burned_to_the_ground(self) -> None:
        fire = "The Ridgeback Fire broke out near Lark Hollow, Oregon, on Tuesday. "
        result = pair(
            fire + "The Sabin Valley Grange Hall burned to the ground Wednesday night.",
            fire + "One piece of good news: the 1911 Sabin Valley Grange Hall is still standing.",
            published=("2025-08-15", "2025-08-16"),
        )
        x = only(of_kind(result, "outcome"))
        assert (x.severity, x.temporal) == ("high", "same_time")

    def test_two_people_each_with_a_status_of_their_own(self) -> None:
        crash = "A coach carrying British tourists came off the Passo del Cornale in Italy on Saturday. "
        result = pair(
            crash + "Among the dead was the coach driver, police said.",
            crash + "A woman sitting behind the driver survived the crash with a broken collarbone.",
            published=("2025-10-25", "2025-10-27"),
        )
        assert of_kind(result, "outcome") == []

    SLIDE = "A landslide buried the Cerro Negro road near Aldama on Friday night. "

    def test_still_closed_the_day_the_other_says_it_reopened(self) -> None:
        result = pair(
            self.SLIDE + "The highway is still closed at the slide, police said.",
            self.SLIDE + "The road reopened to traffic on Saturday afternoon.",
            published=("2026-04-18", "2026-04-18"),
        )
        x = only(of_kind(result, "outcome"))
        assert x.severity in ("high", "medium")
        assert "still closed" in x.explanation and "reopened" in x.explanation

    def test_reopened_a_day_after_it_was_still_closed_is_a_change(self) -> None:
        result = pair(
            self.SLIDE + "The highway is still closed at the slide, police said.",
            self.SLIDE + "The road has reopened to traffic.",
            published=("2026-04-18", "2026-04-20"),
        )
        x = only(of_kind(result, "outcome"))
        assert (x.severity, x.temporal) == ("low", "different_times")

    def test_two_roads_closed_and_reopened_are_two_questions(self) -> None:
        result = pair(
            self.SLIDE + "The coastal road remains closed at the slide, police said.",
            self.SLIDE + "The harbour road reopened to traffic on Saturday afternoon.",
            published=("2026-04-18", "2026-04-18"),
        )
        assert of_kind(result, "outcome") == []

    def test_a_road_named_by_its_kind_alone_is_the_named_road(self) -> None:
        result = pair(
            self.SLIDE + "The coastal road is still closed at the slide, police said.",
            self.SLIDE + "The road reopened to traffic on Saturday afternoon.",
            published=("2026-04-18", "2026-04-18"),
        )
        assert only(of_kind(result, "outcome")).severity in ("high", "medium")

    def test_still_at_large_after_the_arrest(self) -> None:
        escape = "Four inmates escaped from Harlan prison on Sunday. "
        result = pair(
            escape + "The gunman who led the escape, Ivo Brandt, was arrested at a roadblock on Monday.",
            escape + "The gunman who led the escape, Ivo Brandt, is still at large, police said.",
            published=("2026-07-13", "2026-07-15"),
        )
        x = only(of_kind(result, "outcome"))
        assert (x.severity, x.temporal) in (("high", "same_time"), ("medium", "same_time"))

    def test_an_order_lifted_and_an_order_in_place_on_one_day(self) -> None:
        leak = "Ammonia leaked from a tank at the Halvor plant in Ostby on Tuesday. "
        result = pair(
            leak + "The evacuation order was lifted at 6 p.m., and residents were allowed to return home.",
            leak + "The evacuation order remained in place overnight.",
            published=("2026-04-21", "2026-04-21"),
        )
        assert only(of_kind(result, "outcome")).severity in ("high", "medium")

    def test_work_halted_and_a_line_kept_running(self) -> None:
        lockout = "Workers at the Kessel appliance plant in Brno were locked out on Monday. "
        result = pair(
            lockout + "Production at the Brno plant has been completely halted, the company said.",
            lockout + "One assembly line at the Brno plant kept running on Monday, staffed by managers.",
            published=("2026-09-14", "2026-09-14"),
        )
        assert only(of_kind(result, "outcome")).severity in ("high", "medium")

    def test_found_later_after_missing_is_a_change(self) -> None:
        fire = "A fire gutted the Harrow Road warehouse in Brennick on Monday night. "
        result = pair(
            fire + "A further worker was unaccounted for on Tuesday morning, police said.",
            fire + "The worker who had been reported missing was later found safe and well, police said.",
            published=("2026-03-10", "2026-03-11"),
        )
        for x in of_kind(result, "outcome"):
            assert (x.severity, x.temporal) == ("low", "different_times")

    def test_the_day_of_a_status_is_not_sure_when_the_clause_names_several(self) -> None:
        """Lifted on Wednesday, in a clause that also names the day the fire started: the day the
        order was lifted is not sure, so the live page's "still in place" of that day is no
        contradiction."""
        fire = "A storage tank caught fire at the Castor Chemical plant in Port Bray on March 4. "
        result = pair(
            fire + "The evacuation order is still in place.",
            fire + "Firefighters put out the last flames Wednesday afternoon, more than 30 hours after the tank "
            "caught fire on March 4, and parish officials lifted the evacuation order shortly after 5 p.m.",
            published=("2025-03-04", "2025-03-05"),
        )
        assert_no_review_worthy(of_kind(result, "outcome"))


class TestLastingEvents:
    """A wildfire burns for days: what happens along the way is not its start, and what it
    has taken so far grows."""

    FIRE = "The Ridgeback Fire broke out Tuesday afternoon near Lark Hollow, Oregon. "

    def test_a_hall_burning_on_wednesday_does_not_redate_the_fire(self) -> None:
        result = pair(
            self.FIRE + "The Sabin Valley Grange Hall burned to the ground Wednesday night.",
            "The Ridgeback Fire near Lark Hollow, Oregon, started Tuesday. About 400 firefighters were assigned "
            "to the fire Wednesday.",
            published=("2025-08-15", "2025-08-15"),
        )
        assert with_kind(review_worthy(result), "date") == []

    def test_the_start_on_another_day_is_still_a_date_conflict(self) -> None:
        result = pair(
            self.FIRE + "Evacuations began at night.",
            "The Ridgeback Fire broke out Monday afternoon near Lark Hollow, Oregon.",
            published=("2025-08-15", "2025-08-15"),
        )
        assert only(with_kind(review_worthy(result), "date"))

    def test_acres_burned_and_containment_grow_between_reports(self) -> None:
        result = pair(
            self.FIRE + "By Wednesday morning it had burned 8,400 acres and was 5% contained.",
            self.FIRE + "The fire had burned 21,000 acres by Friday morning and was 30% contained.",
            published=("2025-08-13", "2025-08-15"),
        )
        assert review_worthy(result) == []
        assert {x.temporal for x in of_kind(result, "numeric")} == {"different_times"}

    def test_acres_then_hectares_reported_days_apart_may_have_grown(self) -> None:
        result = pair(
            self.FIRE + "By Wednesday morning it had burned 8,400 acres.",
            self.FIRE + "By Friday it had already burned through 21,000 hectares.",
            published=("2025-08-13", "2025-08-18"),
        )
        assert review_worthy(result) == []

    def test_another_years_fire_is_not_a_total_that_shrank(self) -> None:
        ca, side_a = claims_for("The Ridgeback Fire has now destroyed at least 74 homes in and around Lark Hollow.", "a1", "2025-08-16")
        cb, side_b = claims_for(
            "The Sabin Valley last saw a fire of this scale in 2014, when the Bolan Ridge Fire destroyed 19 homes.",
            "a2",
            "2025-08-18",
        )
        x, y = ca[0], next(c for c in cb if "19 homes" in c.text)
        score = score_pair(x, y)
        p = Pair(Side(x, side_a.article, side_a.source), Side(y, side_b.article, side_b.source), score.time,
                 score.topic, score.lexical, score.entity, score.shared)  # fmt: skip
        assert [(f.kind, severity) for f, severity, _ in compare_pair(p)] == [("numeric", "low")]

    def test_a_digest_item_that_names_its_own_place_is_not_about_the_digests_other_stories(self) -> None:
        from claims.conflicts import _names_the_others_story

        ours, _ = claims_for("The Ridgeback Fire has destroyed at least 74 homes in and around Lark Hollow.", "a1", DAY)
        items, digest = claims_for(
            "The Tessier Lake wildfire in British Columbia has destroyed 31 homes and cabins. The fire has "
            "destroyed 31 homes.",
            "a2",
            DAY,
        )
        elsewhere, here = items[0], items[-1]
        for item in (elsewhere, here):
            item.places = ["ridgeback fire", "lark holow"]  # the digest's anchors: its first story's
        assert not _names_the_others_story(ours[0], elsewhere, digest.article)
        assert _names_the_others_story(ours[0], here, digest.article)


ATTACK = "Gunmen attacked the Tin-Oussef border post in northern Mebara at dawn on Tuesday. "


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # litotes: "not the first" says there were others
        (
            "A fall of ground trapped miners at Chalwe's Mwalunda mine on Tuesday. The rescuers recovered the "
            "body of shift boss Joseph Mwansa, 47, a father of five.",
            "A fall of ground trapped miners at Chalwe's Mwalunda mine on Tuesday. This is not the first fatal "
            "fall of ground at a Chalwe property.",
        ),
        # the dead were others than civilians: no death denied
        (ATTACK + "Nine soldiers were killed.", ATTACK + "None of those killed were civilians, the army said."),
    ],
    ids=["not-the-first", "none-of-the-dead-were-civilians"],
)
def test_no_contradiction(first: str, second: str) -> None:
    assert review_worthy(pair(first, second)) == []


def test_a_ships_cargo_is_not_the_same_measure_as_the_oil_it_lost() -> None:
    from claims.conflicts.numeric import same_measure

    (cargo, *_), _ = claims_for("An oil tanker carrying 31,000 tonnes of crude ran aground on Sunday.", "a1", DAY)
    (spill,), _ = claims_for("Around 350 tonnes of crude oil were released on Sunday.", "a2", DAY)
    (other,), _ = claims_for("Some 3,500 tonnes of crude oil were released on Sunday.", "a3", DAY)
    qc, qs, qo = cargo.quantities[0], spill.quantities[0], other.quantities[0]
    assert not same_measure(cargo, qc, spill, qs, lexical=0.5)
    assert same_measure(other, qo, spill, qs, lexical=0.5)


@pytest.mark.parametrize(
    ("first", "second", "published"),
    [
        # the same digits tenfold apart: a slip, not a spill that grew
        (
            "The Aurelia Star ran aground off Cornwall on Sunday. Our latest estimate is that around 350 tonnes of crude oil were released "
            "between Sunday morning and this evening.",
            "The Aurelia Star ran aground off Cornwall on Sunday. An estimated 3,500 tonnes of crude has escaped.",
            ("2025-11-09", "2025-11-11"),
        ),
        # a whole crew, airlifted or evacuated, does not grow between reports
        (
            "The Aurelia Star ran aground off Cornwall on Sunday. All 23 crew members were airlifted from the "
            "Aurelia Star.",
            "The Aurelia Star ran aground off Cornwall on Sunday. The tanker's 25 crew were evacuated by helicopter.",
            ("2025-11-09", "2025-11-11"),
        ),
        # one distance from one town ("near Dutchman Grade" is another place)
        (
            "The Ridgeback Fire broke out Tuesday about 12 miles north of Lark Hollow near Dutchman Grade.",
            "The Ridgeback Fire broke out Tuesday about four miles north of Lark Hollow.",
            ("2025-08-13", "2025-08-13"),
        ),
        # how many were trapped when the rock fell is one number, whichever day it is told
        (
            "A rockfall hit the Mwalunda copper mine late on Tuesday. Fifteen miners were trapped when the rock "
            "gave way.",
            "A rockfall hit the Mwalunda copper mine late on Tuesday. The company said 12 miners were trapped "
            "behind the fallen rock.",
            ("2026-02-11", "2026-02-13"),
        ),
    ],
    ids=["scale-slip", "a-whole-crew", "distance-from-one-town", "trapped-when-it-happened"],
)
def test_figures_that_disagree(first: str, second: str, published: tuple[str, str]) -> None:
    found = [x for x in review_worthy(pair(first, second, published=published)) if x.kind in ("numeric", "unit")]
    assert len(found) == 1


def test_a_ship_sails_under_one_flag() -> None:
    result = pair(
        "The tanker Aurelia Star ran aground off Cornwall on Sunday. The Liberian-flagged tanker, owned by "
        "Thessaly Maritime of Piraeus, Greece, struck the Pendarrow Ledges, a reef off the Lizard peninsula.",
        "The tanker Aurelia Star ran aground off Cornwall on Sunday. The Marshall Islands-flagged ship grounded on "
        "the Pendarrow Ledges, off Cornwall, late on Saturday, November 8.",
        published=("2025-11-09", "2025-11-11"),
    )
    x = only(with_kind(review_worthy(result), "entity"))
    assert "liberian" in x.explanation.lower() and "marshal" in x.explanation.lower()


def test_the_day_of_a_claim_of_responsibility_is_not_the_attacks() -> None:
    result = pair(
        ATTACK + "Nine soldiers were killed.",
        "The group Katibat al-Nasr claimed responsibility on Wednesday for the dawn attack on the Tin-Oussef "
        "border post.",
        published=("2026-04-15", "2026-04-15"),
    )
    assert with_kind(review_worthy(result), "date") == []

# --- negation ---------------------------------------------------------------------------


class TestNegation:
    def test_taken_to_hospital_versus_no_hospital_treatment(self) -> None:
        mine = "A rockfall trapped miners at the Bzie colliery on Tuesday. "
        result = pair(
            mine + "All four rescued miners were taken to hospital with bruises.",
            mine + "None of the rescued miners needed hospital treatment.",
        )
        assert only(with_kind(review_worthy(result), "negation"))

    @pytest.mark.parametrize(
        ("denial", "review"),
        [
            ("No one was on the loading dock at the time of the explosion.", True),
            ("No one was reported hurt at the time, the port said.", False),  # then: a not-yet
        ],
    )
    def test_at_the_time_of_the_event_is_no_hedge(self, denial: str, review: bool) -> None:
        blast = "A blast hit the Kelso grain terminal on Monday. "
        result = pair(blast + denial, blast + "Two workers on the loading dock were hurt in the explosion.")
        assert bool(with_kind(review_worthy(result), "negation")) is review

    @pytest.mark.parametrize(
        ("spared", "review"),
        [
            ("The van driver escaped unhurt, police said.", True),
            ("The van driver was uninjured, police said.", True),
            ("The church beside the line was unscathed, police said.", False),  # a thing, not people
        ],
    )
    def test_unhurt_people_against_one_treated_for_an_injury(self, spared: str, review: bool) -> None:
        crash = "A delivery van hit a tram in Kelso on Monday. "
        result = pair(crash + spared, crash + "The van driver was treated for a broken leg at Kelso General, police said.")
        assert bool(with_kind(review_worthy(result), "negation")) is review

    @pytest.mark.parametrize(
        ("denial", "review"),
        [
            ("None of the 300 passengers was hurt, the operator said.", True),
            # only those the relative clause picks out: the dead were never among them
            ("None of the passengers who were taken to hospital has died, the operator said.", False),
        ],
    )
    def test_none_of_a_group_picked_out_by_a_relative_clause(self, denial: str, review: bool) -> None:
        crash = "A ferry hit the Kelso pier on Sunday. "
        result = pair(crash + denial, crash + "Three passengers were hurt and two died, the operator said.")
        assert bool(with_kind(review_worthy(result), "negation")) is review

    def test_a_treatment_plant_is_no_treatment(self) -> None:
        flood = "Floodwater from the failed Harlow Dam reached the town of Edley on Sunday. "
        result = pair(
            flood + "Two people were taken to hospital.",
            flood + "The flood never reached the town's water treatment plant.",
        )
        assert of_kind(result, "negation") == []

    def test_a_denied_act_against_the_act(self) -> None:
        result = pair(
            "The pilots of Borealis flight 2207 declared a mayday over eastern Saskatchewan and diverted to Winnipeg.",
            "The crew of Borealis flight 2207 did not declare a mayday but asked air traffic control for priority.",
        )
        assert only(with_kind(review_worthy(result), "negation")).severity in ("high", "medium")

    def test_a_group_spared_says_nothing_of_everyone_else(self) -> None:
        train = "A freight train derailed in Hollins Ford on Thursday, releasing ammonia. "
        result = pair(
            train + "The train's two crew members were not hurt, the railroad said.",
            train + "The hospital treated six people for breathing problems.",
        )
        assert with_kind(review_worthy(result), "negation") == []

    def test_neither_of_two_named_crew_is_everyone(self) -> None:
        (claim,) = extract_all([article("Neither the engineer nor the conductor was injured.\n")])["a1"]
        assert [(f.value, f.count, f.target) for f in claim.frames if f.kind == "harm"] == [
            (
                "injury",
                0,
                "engineer",
            )
        ]

    def test_denied_words_recurring_in_other_words(self) -> None:
        train = "A freight train derailed in Hollins Ford on Thursday, releasing ammonia. "
        result = pair(
            train + "County spokeswoman Amy Tesar said none of the ammonia made it into Little Sandy Creek, "
            "which runs along the south edge of town.",
            train
            + "Runoff carrying ammonia flowed into Little Sandy Creek on Thursday morning and killed fish "
            "along about a mile of the stream, according to the state's environment department.",
        )
        assert only(with_kind(review_worthy(result), "negation"))

    def test_an_open_question_denies_nothing_and_states_nothing(self) -> None:
        train = "A freight train derailed in Hollins Ford on Thursday, releasing ammonia. "
        result = pair(
            train + "County spokeswoman Amy Tesar said none of the ammonia made it into Little Sandy Creek.",
            train + "Whether the state sets a cleanup standard for Little Sandy Creek remains open.",
        )
        assert with_kind(review_worthy(result), "negation") == []

    def test_a_group_spared_against_the_same_group_hurt(self) -> None:
        train = "A freight train derailed in Hollins Ford on Thursday, releasing ammonia. "
        result = pair(
            train + "The train's two crew members were not hurt, the railroad said.",
            train + "Two crew members were injured in the derailment.",
        )
        assert only(with_kind(review_worthy(result), "negation"))

    def test_short_statements_of_two_stories_are_not_compared(self) -> None:
        result = run(
            Spec(
                "A freight train derailed in Hollins Ford, Nebraska, on Thursday. There have been no deaths, "
                "the county hospital said.\n",
                "KNBT",
                "2025-09-18",
            ),
            Spec(
                "A coach came off the Passo del Cornale in Italy on Saturday. Two people were killed, "
                "according to the fire service.\n",
                "Transalpine Press",
                "2025-10-25",
            ),
        )
        assert review_worthy(result) == []

    def test_a_thing_named_alike_denied_in_other_words(self) -> None:
        flood = "Floodwater from the failed Harlow Dam reached the town of Edley before dawn on Sunday. "
        result = pair(
            flood + "The county's outdoor warning sirens never sounded before the water arrived.",
            flood + "The outdoor warning sirens in Edley were activated at 4:52 a.m., the county said.",
        )
        assert only(with_kind(review_worthy(result), "negation"))

    def test_a_thing_named_alike_with_something_else_denied_is_no_conflict(self) -> None:
        flood = "Floodwater from the failed Harlow Dam reached the town of Edley before dawn on Sunday. "
        result = pair(
            flood + "The county's outdoor warning sirens had not been tested since March.",
            flood + "Residents said the outdoor warning sirens were hard to hear over the rain.",
        )
        assert with_kind(review_worthy(result), "negation") == []

    def test_a_denial_covered_by_a_longer_statement(self) -> None:
        result = pair(
            "At Karundu stadium, officials said the gates were opened at the scheduled time of 1 p.m. and "
            "blamed fans who had arrived without tickets for forcing their way in.",
            "At Karundu stadium, fans said the gates had not been opened at the scheduled time of 1 p.m.",
        )
        assert with_kind(review_worthy(result), "negation"), "the denial is compared with what it denies"

    def test_without_in_a_relative_clause_does_not_negate_the_statement(self) -> None:
        result = pair(
            "At Karundu stadium, officials said the gates were opened at 1 p.m. and blamed fans who had arrived without tickets.",
            "At Karundu stadium, officials said the gates were opened at 1 p.m.",
        )
        assert with_kind(review_worthy(result), "negation") == []

    def test_no_injuries_versus_two_hurt(self) -> None:
        result = pair(FIRE + "No injuries were reported.", FIRE + "Two workers were hurt in the explosion.")
        x = only(review_worthy(result))
        assert (x.kind, x.severity, x.temporal) == ("negation", "high", "same_time")
        assert x.texts == {"No injuries were reported", "Two workers were hurt in the explosion"}

    def test_no_casualties_versus_two_killed(self) -> None:
        result = pair(FIRE + "There were no casualties.", FIRE + "Two workers were killed in the blast.")
        assert only(review_worthy(result)).kind == "negation"

    @pytest.mark.parametrize(
        ("first", "second"),
        [
            ("No injuries were reported.", "There were no casualties."),
            ("Nobody was hurt.", "No one was injured in the blast."),
            ("No one was killed.", "There were no fatalities."),
        ],
    )
    def test_agreeing_negations_in_different_words(self, first: str, second: str) -> None:
        assert conflicts(pair(FIRE + first, FIRE + second)) == []

    def test_no_one_killed_and_two_injured_agree(self) -> None:
        assert_no_review_worthy(
            conflicts(pair(FIRE + "No one was killed.", FIRE + "Two workers were injured."))
        )

    def test_no_civilian_casualties_and_soldiers_killed_agree(self) -> None:
        result = pair(
            DRONES + "There were no civilian casualties.", DRONES + "Two soldiers were killed in the attack."
        )
        assert with_kind(review_worthy(result), "negation") == []

    def test_nobody_hurt_versus_three_injured(self) -> None:
        result = pair(
            FIRE + "Nobody was hurt in the blast.", FIRE + "Three workers were injured in the blast."
        )
        assert only(review_worthy(result)).kind == "negation"

    @pytest.mark.parametrize(
        "denial",
        [
            "Nobody was badly hurt in the blast.",
            "No one was seriously injured in the blast.",
            "There were no serious injuries.",
            "None of the injuries was life-threatening, the hospital said.",
        ],
    )
    def test_denying_only_severe_harm_agrees_with_a_count_of_injured(self, denial: str) -> None:
        result = pair(FIRE + denial, FIRE + "Three workers were injured in the blast.")
        assert with_kind(review_worthy(result), "negation") == []

    def test_no_serious_injuries_still_links_with_its_like(self) -> None:
        result = pair(
            FIRE + "No one was seriously hurt in the blast.",
            FIRE + "Nobody was seriously injured in the blast.",
        )
        assert conflicts(result) == []
        assert clustered_together(result, "seriously hurt", "seriously injured")

    @pytest.mark.parametrize(
        "doubt",
        [
            "The plant's owner said there was no evidence that a faulty valve had caused the death.",
            "Investigators have not established what caused this worker's death.",
        ],
    )
    def test_doubting_the_cause_of_a_known_death_denies_no_death(self, doubt: str) -> None:
        result = pair(FIRE + doubt, FIRE + "One worker died in the blast.")
        assert with_kind(review_worthy(result), "negation") == []

    def test_no_deaths_still_denies_a_death(self) -> None:
        result = pair(
            FIRE + "There were no deaths, the fire service said.", FIRE + "One worker died in the blast."
        )
        assert only(review_worthy(result)).kind == "negation"

    def test_a_count_of_deaths_links_with_people_killed(self) -> None:
        result = pair(
            FIRE + "Two people were killed in the blast.", FIRE + "The coroner has confirmed 2 deaths."
        )
        assert conflicts(result) == []
        assert clustered_together(result, "Two people were killed", "2 deaths")

    def test_harm_as_a_purpose_is_no_harm_reported(self) -> None:
        result = pair(
            FIRE
            + '"You do not need a spark to kill twelve people in a plant like this," a union official said.',
            FIRE + "Twelve workers were killed in the blast.",
        )
        assert with_kind(review_worthy(result), "negation") == []

    def test_a_toll_over_decades_is_not_the_events_toll(self) -> None:
        result = pair(
            FIRE + "Chemical fires have killed hundreds of people in the region over the past three decades.",
            FIRE + "Nine people were killed in the blast.",
        )
        assert review_worthy(result) == []

    def test_declining_to_say_how_is_not_a_denial(self) -> None:
        result = pair(
            FIRE + "The plant manager did not say how the workers were injured.",
            FIRE + "Two workers were injured in the explosion.",
        )
        assert with_kind(conflicts(result), "negation") == []


# --- date -------------------------------------------------------------------------------


def test_a_verdict_dated_to_its_month_in_a_later_story_meets_the_verdicts_report() -> None:
    """The sentencing report recalls the verdict "in August"; the verdict's own report (of
    August 21) gives it in part: one verdict, though the two stories are months apart."""
    result = run(
        Spec(
            "Former Ashcombe water chief Raymond Keele was sentenced in Harrisburg on Tuesday to seven years "
            "in prison. A jury convicted him on all 14 counts in August.\n",
            "Keystone Wire",
            "2025-11-04",
        ),
        Spec(
            "Raymond Keele, the former Ashcombe water chief, heard the jury's verdict in Harrisburg on Aug. 21. "
            "The jury acquitted him on two wire fraud counts and convicted him on the remaining 12.\n",
            "Courtside Law Journal",
            "2025-08-22",
        ),
    )
    x = only(with_kind(review_worthy(result), "outcome"))
    assert "all of them" in x.explanation


def test_a_verdict_is_the_event_not_the_counts_or_the_trial() -> None:
    result = run(
        Spec(
            "A jury found him guilty on Aug. 14 of all 14 counts after a two-week trial.\n",
            "Ledger",
            "2025-11-04",
        )
    )
    assert {c.text for c in result.claims if c.derived} == {"verdict on Aug. 14"}


def test_a_denied_act_and_two_denied_things_recurring_need_no_shared_name() -> None:
    """The two claims name no place or person in common (the police's town, the operator's),
    but the act denied and what it is denied of recur."""
    found = direct(
        "Traffic police in Valdena said most of the passengers were not wearing seat belts when the coach left the road.",
        "Pennine Star of Aldersby said every passenger had been wearing a seat belt, and that its drivers check "
        "belts before each departure.",
        "not wearing",
        "every passenger",
    )
    assert [kind for kind, _, _ in found] == ["negation"]


def test_a_local_papers_figure_meets_the_wire_story_that_names_its_place() -> None:
    """The home-town paper gives the depth of the fall on the pass that the wire names only
    further down, after five other places; the wire's figure names no place of its own."""
    result = run(
        Spec(
            "VALDENA, Italy (TP) - A coach carrying British tourists crashed near Valdena in the Italian Alps on "
            "Saturday, killing five people. The injured were taken to San Rocco hospital in Verano and to a clinic "
            "in Sorezzo. The group from Yorkshire had been touring the Dolomites. The Pennine Star coach was "
            "descending the Passo del Cornale when it crashed. The vehicle broke through a metal barrier and "
            "plunged about 40 metres down a wooded slope, police said.\n",
            "Transalpine Press",
            "2025-10-25",
        ),
        Spec(
            "Aldersby is in mourning. The Pennine Star coach fell about 40 feet down a steep bank after leaving "
            "the road on the Passo del Cornale on Saturday afternoon, the Aldersby Chronicle has learned.\n",
            "Aldersby Chronicle",
            "2025-10-27",
        ),
    )
    assert only(with_kind(review_worthy(result), "unit"))


def test_reports_naming_the_same_people_and_places_tell_one_story() -> None:
    wire = article(
        "A coach carrying British tourists crashed on the Passo del Cornale in Italy on Saturday. The Pennine "
        "Star Travel coach from Aldersby left the road near Valdena.\n",
        "a1",
        published="2025-10-25",
    )
    local = article(
        "Aldersby is in mourning after the crash of a Pennine Star Travel coach near Valdena on the Passo "
        "del Cornale.\n",
        "a2",
        published="2025-10-27",
    )
    other = article(
        "A minibus carrying German hikers crashed near Lake Orta in Italy on Saturday.\n",
        "a3",
        published="2025-10-25",
    )
    extract_all([wire, local, other])
    assert shares_names(wire, local)
    assert not shares_names(wire, other)


def test_names_given_more_or_less_fully_are_shared_once_each() -> None:
    wire, local = article("x", "a1"), article("y", "a2")
    wire.names = ["cornale", "paso", "penine star travel aldersby", "valdena"]
    local.names = ["aldersby", "cornale", "paso", "penine star travel"]
    assert shares_names(wire, local)  # the pass (two keys) and the operator
    local.names = ["cornale", "paso"]
    assert not shares_names(wire, local)
    # one name of the other side does not count for several of this side's
    wire.names, local.names = (
        ["cornale", "paso", "penine star", "penine star travel"],
        ["cornale", "penine star"],
    )
    assert not shares_names(wire, local)


def test_people_on_board_and_people_carried_are_one_count() -> None:
    crash = "A coach came off the Passo del Cornale in Italy on Saturday afternoon. "
    result = pair(crash + "The coach had 41 people on board.", crash + "The coach was carrying 48 people.")
    assert only(review_worthy(result)).kind == "numeric"


def test_the_badly_hurt_are_a_count_of_their_own() -> None:
    crash = "A coach came off the Passo del Cornale in Italy on Saturday afternoon. "
    result = pair(
        crash + "More than 30 people were taken to hospital.", crash + "Seven were seriously injured."
    )
    assert review_worthy(result) == []


def test_the_first_cases_are_not_the_count() -> None:
    outbreak = "Health officials in Rennick Falls declared a measles outbreak on April 7. "
    result = pair(
        outbreak + "The outbreak was declared after the first five cases were confirmed.",
        outbreak + "The health unit now has 9 confirmed cases.",
    )
    assert review_worthy(result) == []


def test_the_whole_a_part_is_taken_from_is_not_the_count() -> None:
    train = "A freight train derailed in Hollins Ford on Thursday. "
    result = pair(
        train + "Of the train's 96 cars, 14 left the tracks.",
        train + "The railroad says 14 cars came off the track.",
    )
    assert review_worthy(result) == []


class TestDate:
    def test_tuesday_versus_wednesday_for_one_event(self) -> None:
        result = pair(
            "Drones attacked the Harrow Point base on Tuesday.",
            "Drones attacked the Harrow Point base on Wednesday.",
            published=("2024-07-18", "2024-07-18"),
        )
        x = only(of_kind(result, "date"))
        assert (x.severity, x.temporal) == ("high", "same_time")
        assert "2024-07-16" in x.explanation and "2024-07-17" in x.explanation

    def test_weekday_not_matching_its_date(self) -> None:
        result = pair(
            "Drones attacked the Harrow Point base on Thursday, July 16, 2024.",
            "Drones attacked the Harrow Point base on July 16, 2024.",
            published=("2024-07-18", "2024-07-18"),
        )
        x = only(of_kind(result, "date"))
        assert x.severity == "high"
        assert "Thursday" in x.explanation and "Tuesday" in x.explanation

    def test_a_weekday_put_on_the_wrong_date_against_the_date_it_falls_on(self) -> None:
        # the two reports call the occurrence differently (a collapse, an incident), so only the
        # weekday the misdated report gives ties the two dates together
        result = pair(
            "The footbridge over the Lenne collapsed on the morning of Saturday, October 11, 2025.",
            "The incident happened on Saturday, 10 October 2025, shortly after 9 a.m.",
            published=("2025-10-12", "2025-10-12"),
        )
        x = only(of_kind(result, "date"))
        assert x.severity in ("high", "medium")
        assert "2025-10-10 was a Friday" in x.explanation and "2025-10-11 (Saturday)" in x.explanation

    def test_two_reports_misdating_nothing_give_no_weekday_conflict(self) -> None:
        result = pair(
            "The footbridge over the Lenne collapsed on the morning of Saturday, October 11, 2025.",
            "The incident happened on Friday, 10 October 2025, shortly after 9 a.m.",
            published=("2025-10-12", "2025-10-12"),
        )
        assert not any("was a" in x.explanation for x in of_kind(result, "date"))

    def test_a_day_in_an_opening_phrase_dates_the_event(self) -> None:
        result = pair(
            "A Borelli Air flight made an emergency landing in Tamford on Thursday. The incident on "
            "Thursday delayed 40 flights.",
            "Within a day of Wednesday's diversion to Tamford, the airline had told reporters that a "
            "bird strike was to blame.",
            published=("2025-07-11", "2025-07-12"),
        )
        x = only(of_kind(result, "date"))
        assert x.severity in ("high", "medium")
        assert "2025-07-09" in x.explanation and "2025-07-10" in x.explanation

    def test_the_day_a_statement_was_made_does_not_date_the_event(self) -> None:
        result = pair(
            "A Borelli Air flight made an emergency landing in Tamford on Thursday night after an "
            "engine fire.",
            "Nine people from the Borelli Air flight to Tamford were treated in hospital after the "
            "fire, the airline said Friday.",
            published=("2025-07-11", "2025-07-11"),
        )
        assert of_kind(result, "date") == []

    def test_a_day_after_the_event_is_not_its_day(self) -> None:
        result = pair(
            "Seven miners remained trapped at the Orlov colliery on Wednesday after a tremor collapsed a tunnel.",
            "Tuesday night's tremor at the Orlov colliery had a magnitude of 3.1.",
            published=("2025-09-17", "2025-09-18"),
        )
        assert of_kind(result, "date") == []

    def test_an_event_noun_in_an_organisations_name_is_no_event(self) -> None:
        result = pair(
            "A Borelli Air flight made an emergency landing in Tamford on Thursday.",
            "Borelli Air flight passengers were treated on Friday by the Tamford Fire Rescue Service.",
            published=("2025-07-11", "2025-07-12"),
        )
        assert of_kind(result, "date") == []

    def test_a_day_of_another_passive_verb_does_not_date_the_event(self) -> None:
        result = pair(
            "A coach crashed on the Passo del Cornale in Italy on Saturday afternoon.",
            "The driver survived the crash on the Passo del Cornale and was questioned by prosecutors on Sunday.",
            published=("2025-10-25", "2025-10-27"),
        )
        assert of_kind(result, "date") == []

    def test_another_matter_does_not_date_the_story(self) -> None:
        result = pair(
            "Coralwing cabin crew walked out on Tuesday. Separately, baggage handlers at Cairns Airport "
            "staged a four-hour stoppage on Friday. Tuesday's strike grounded 328 Coralwing flights.",
            "The Coralwing cabin crew strike on Tuesday grounded 328 flights.",
            published=("2025-07-22", "2025-07-22"),
        )
        assert of_kind(result, "date") == []

    def test_last_nights_incident_is_dated_the_night_before(self) -> None:
        result = pair(
            "A plane skidded off the runway at Tamford Airport on Monday evening.",
            "Tamford Airport remains closed today, Tuesday 28 January, following last night's incident.",
            published=("2025-01-28", "2025-01-28"),
        )
        assert of_kind(result, "date") == []

    def test_an_event_lasting_days_is_on_each_of_them(self) -> None:
        result = pair(
            "The 48-hour strike by Coralwing cabin crew began at 4 a.m. on Monday.",
            "Tuesday's strike by Coralwing cabin crew went ahead after talks collapsed.",
            published=("2025-07-22", "2025-07-22"),
        )
        assert of_kind(result, "date") == []

    def test_a_story_misdated_by_one_report_keeps_its_counts_comparable(self) -> None:
        """Two reports out the same day put one fire on Sunday and on Monday: their counts of
        the hurt, dated only by the story, are one count that differs (and the day a question),
        not two days' figures."""
        result = pair(
            "A fire swept through the Dunmore paper mill late on Monday, and twelve workers were taken to hospital.",
            "A fire swept through the Dunmore paper mill on Sunday evening. Nine workers were taken to hospital.",
            published=("2025-03-04", "2025-03-04"),
        )
        counts = of_kind(result, "numeric")
        assert len(counts) == 1 and counts[0].severity in ("high", "medium")

    def test_a_figure_dated_to_its_own_day_is_not_the_story_misdated(self) -> None:
        result = pair(
            "A storm hit the coast at Arden on Monday. Officials said 312 people were evacuated.",
            "A second night of gales hit Arden. Officials said 420 people were evacuated on Tuesday.",
            published=("2025-02-12", "2025-02-12"),
        )
        assert not [x for x in of_kind(result, "numeric") if x.severity in ("high", "medium")]

    def test_a_duration_of_another_thing_does_not_make_the_event_last_days(self) -> None:
        """ "The raid on Friday ... in the two-year insurgency": the insurgency lasts years, the
        raid was on one day, so Thursday against Friday is still a question."""
        result = pair(
            "Police said gunmen raided the customs post at Tarvik early on Thursday.",
            "The raid early on Friday on the customs post at Tarvik marks a turning point in the two-year insurgency.",
            published=("2025-06-14", "2025-06-14"),
        )
        assert len(of_kind(result, "date")) == 1

    def test_a_duration_of_the_event_named_by_another_word_for_it(self) -> None:
        """ "a three-day blaze": the fire lasts days, whatever noun the duration is given to."""
        result = pair(
            "A four-day blaze broke out at the Ostrava timber yard on Thursday, July 3.",
            "A fire raged at the Ostrava timber yard on Friday, July 4.",
            published=("2025-07-07", "2025-07-07"),
        )
        assert of_kind(result, "date") == []

    def test_a_day_of_an_event_the_report_says_lasts_days(self) -> None:
        result = pair(
            "Tasman Air cabin crew began a 72-hour strike over pay. The walkout began on Sunday, July 20.",
            "Tasman Air cabin crew walked out over pay. Tuesday's strike grounded 200 flights.",
            published=("2025-07-23", "2025-07-23"),
        )
        assert of_kind(result, "date") == []

    def test_a_misdated_day_meets_the_day_another_report_gives(self) -> None:
        result = pair(
            "Nine people were killed in a crush at Tamford Stadium on Saturday, June 14.",
            "The basic sequence of events on Sunday, June 14, at Tamford Stadium is no longer in dispute.",
            published=("2025-06-15", "2025-06-17"),
        )
        x = only(of_kind(result, "date"))
        assert "Sunday" in x.explanation and "Saturday" in x.explanation

    def test_an_event_lasting_days_began_on_one_day(self) -> None:
        result = pair(
            "Tasman Air cabin crew, members of the crew union, walked out. The walkout began on Sunday, July 20.",
            "Tasman Air cabin crew, members of the crew union, walked out. The 48-hour strike began at 4 a.m. "
            "on Monday.",
            published=("2025-07-22", "2025-07-22"),
        )
        x = only(of_kind(result, "date"))
        assert "2025-07-20" in x.explanation and "2025-07-21" in x.explanation

    def test_an_action_the_lexicon_does_not_know_dated_differently(self) -> None:
        result = pair(
            "Hollis Foods recalled 40,000 jars of its Brightplate peanut butter on March 3.",
            "Hollis Foods recalled 40,000 jars of its Brightplate peanut butter on March 5.",
            published=("2025-03-07", "2025-03-07"),
        )
        x = only(of_kind(result, "date"))
        assert x.severity in ("high", "medium")
        assert "2025-03-03" in x.explanation and "2025-03-05" in x.explanation

    def test_different_actions_on_different_days_are_no_date_conflict(self) -> None:
        result = pair(
            "Hollis Foods recalled 40,000 jars of its Brightplate peanut butter on March 3.",
            "Hollis Foods expanded the Brightplate peanut butter recall to 90,000 jars on March 5.",
            published=("2025-03-07", "2025-03-07"),
        )
        assert of_kind(result, "date") == []

    def test_a_weekday_and_the_date_it_falls_on_agree(self) -> None:
        result = pair(
            "Drones attacked the Harrow Point base on Tuesday.",
            "Drones attacked the Harrow Point base on July 16.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert of_kind(result, "date") == []

    def test_different_events_weeks_apart_are_not_a_date_conflict(self) -> None:
        result = pair(
            "Drones attacked the Harrow Point base on Tuesday.",
            "Drones attacked the Harrow Point base on June 4.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert with_kind(review_worthy(result), "date") == []


# --- attribution ------------------------------------------------------------------------


class TestAttribution:
    def test_same_speaker_confirms_and_denies(self) -> None:
        result = pair(
            "Defence ministry spokesman Omar Haddad confirmed that the Harrow Point base was hit by a drone.",
            "Defence ministry spokesman Omar Haddad denied that the Harrow Point base was hit by a drone.",
            published=("2024-07-18", "2024-07-18"),
        )
        x = only(of_kind(result, "attribution"))
        assert x.severity in ("high", "medium")
        assert x.temporal == "same_time"
        assert "Omar Haddad" in x.explanation
        assert "confirming" in x.explanation and "denying" in x.explanation

    def test_confirming_one_thing_and_denying_another_is_no_conflict(self) -> None:
        result = pair(
            "Defence ministry spokesman Omar Haddad confirmed that the Harrow Point base was hit by a drone.",
            "Defence ministry spokesman Omar Haddad denied that any soldiers were killed at the Harrow Point base.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert of_kind(result, "attribution") == []
        assert result.clusters == []

    DENIED_THEN_CONFIRMED = (
        "Defence ministry spokesman Omar Haddad denied that the Harrow Point base was hit by a drone.",
        "Defence ministry spokesman Omar Haddad confirmed that the Harrow Point base was hit by a drone.",
    )

    def test_one_speaker_denying_then_confirming_days_apart_is_a_reversal(self) -> None:
        # the past fact did not change between the statements: one of them was wrong
        result = pair(*self.DENIED_THEN_CONFIRMED, published=("2024-07-16", "2024-07-19"))
        x = only(of_kind(result, "attribution"))
        assert (x.severity, x.temporal) == ("medium", "different_times")
        assert "2024-07-16" in x.explanation and "2024-07-19" in x.explanation
        assert "reversed" in x.explanation

    def test_two_speakers_confirming_and_denying_days_apart_are_context(self) -> None:
        result = pair(
            "Defence ministry spokesman Omar Haddad denied that the Harrow Point base was hit by a drone.",
            "Base commander Lt. Col. Sami Rahal confirmed that the Harrow Point base was hit by a drone.",
            published=("2024-07-16", "2024-07-19"),
        )
        assert_no_review_worthy(of_kind(result, "attribution"))

    def test_undated_statements_in_reports_a_day_apart_need_review(self) -> None:
        result = pair(*self.DENIED_THEN_CONFIRMED, published=("2024-07-18", "2024-07-19"))
        assert only(of_kind(result, "attribution")).severity in ("high", "medium")

    def test_statements_dated_a_day_apart_need_review(self) -> None:
        result = pair(
            "Speaking later on Tuesday, army spokesman Souleymane Darra confirmed that the attackers had made "
            "off with two armoured vehicles from the post.",
            "Army spokesman Souleymane Darra denied on Wednesday that any vehicles had been taken from the post.",
            published=("2026-04-14", "2026-04-15"),
        )
        assert only(of_kind(result, "attribution")).severity in ("high", "medium")

    def test_declining_to_confirm_then_confirming_is_context(self) -> None:
        result = pair(
            "The Harrow Point base was hit by a drone, according to a local official. "
            "Defence ministry spokesman Omar Haddad declined to confirm that the base was hit.",
            "Defence ministry spokesman Omar Haddad confirmed that the Harrow Point base was hit by a drone.",
            published=("2024-07-18", "2024-07-19"),
        )
        assert_no_review_worthy(of_kind(result, "attribution"))

    def test_saying_it_did_not_happen_agrees_with_denying_it(self) -> None:
        result = pair(
            "Coast guard spokeswoman Ana Tagle said the ferry Santa Lucia Star was not overloaded.",
            "Coast guard spokeswoman Ana Tagle denied that the ferry Santa Lucia Star was overloaded.",
        )
        assert of_kind(result, "attribution") == []

    def test_a_statement_and_a_denial_sharing_one_word_are_two_matters(self) -> None:
        """The chief executive says patients will be written to, and denies that patient data
        left the network: one shared word ("patient") is not one matter."""
        result = pair(
            "Harlow Health Network chief executive Dr. Ines Vale said the network would notify every affected "
            "patient in writing and offer two years of credit monitoring.",
            "Harlow Health Network chief executive Dr. Ines Vale denied on Tuesday that any patient information "
            'had left the network, describing the stolen material as "administrative."',
        )
        assert of_kind(result, "attribution") == []

    def test_a_statement_and_a_denial_of_the_same_matter_conflict(self) -> None:
        result = pair(
            "Harlow trust spokesperson Mina Ortiz said patient records had been taken in the attack.",
            "Harlow trust spokesperson Mina Ortiz denied that patient records had been taken in the attack.",
        )
        assert only(of_kind(result, "attribution")).severity in ("high", "medium")

    def test_a_denial_worded_unlike_the_confirmation_is_still_compared(self) -> None:
        result = pair(
            "County elections director Sharon Kaminski confirmed that the county would conduct a full hand "
            "recount of the mayor's race once provisional ballots are counted.",
            "Sharon Kaminski denied on Thursday that any hand recount had been ordered.",
            published=("2024-03-15", "2024-03-15"),  # a Friday: Thursday is the day before
        )
        x = only(of_kind(result, "attribution"))
        assert x.severity in ("high", "medium")
        assert "Kaminski" in x.explanation


# --- unit -------------------------------------------------------------------------------


class TestUnit:
    def test_kilometres_versus_miles(self) -> None:
        result = pair(
            "A drone crashed 3 km north of the Harrow Point base on Tuesday.",
            "A drone crashed 3 miles north of the Harrow Point base on Tuesday.",
            published=("2024-07-18", "2024-07-18"),
        )
        x = only(of_kind(result, "unit"))
        assert x.severity == "high"
        assert "3" in x.explanation and "mile" in x.explanation and "km" in x.explanation

    def test_a_level_given_to_a_tenth_admits_no_other_tenth(self) -> None:
        """ "4.3 metres" is measured to a tenth: "4.8 metres" is another reading, although the
        two are within the slack a rounded conversion needs ("5 km" as "3 miles")."""
        lake = "The Lorne reservoir overtopped its spillway on Friday. "
        result = pair(lake + "The water level at the dam peaked at 4.3 metres.",
                      lake + "The water at the dam rose to a peak of 4.5 metres.")  # fmt: skip
        x = only(review_worthy(result))
        assert "4.3 metres" in x.explanation and "4.5 metres" in x.explanation
        agree = pair(lake + "The water level at the dam peaked at 4.3 metres.",
                     lake + "The water at the dam rose to a peak of about 4.5 metres.")  # fmt: skip
        assert not review_worthy(agree)

    def test_a_measure_in_a_sentence_of_its_own_meets_the_events(self) -> None:
        result = pair(
            "A magnitude 6.1 earthquake hit the town of Orcana on Sunday. The quake hit at 3:42 a.m. local "
            "time (0842 GMT) at a depth of 10 kilometers, with its epicenter 35 kilometers north of the "
            "town of Lurin in Tambo province.",
            "A magnitude 6.1 earthquake hit the Andean highlands north of Lurin on Sunday. Its focus lay "
            "at a depth of 10 miles.",
            published=("2025-08-17", "2025-08-17"),
        )
        x = only(review_worthy(result))
        assert x.kind == "unit" and "10 miles" in x.explanation and "10 kilometers" in x.explanation

    def test_the_same_figure_in_another_unit_worded_differently(self) -> None:
        crash = "A coach carrying tourists came off the Passo del Cornale in Italy on Saturday afternoon. "
        result = pair(
            crash
            + "The vehicle broke through a crash barrier and plunged about 40 metres down a wooded slope.",
            crash + "The coach fell about 40 feet down a steep, tree-covered bank after leaving the road.",
            published=("2025-10-25", "2025-10-26"),
        )
        x = only(review_worthy(result))
        assert x.kind == "unit" and "40 metres" in x.explanation and "40 feet" in x.explanation

    def test_one_tanks_size_given_twice(self) -> None:
        fire = "A fire broke out at the Orlen Street fuel depot in Varna Bay on Sunday. "
        result = pair(
            fire + "The fire started in a 420,000-gallon tank holding diesel.",
            fire + "The blaze began in a 240,000-gallon (about 900 cubic metre) atmospheric storage tank, "
            "the company told customers.",
        )
        x = only(review_worthy(result))
        assert "420,000" in x.explanation and "240,000" in x.explanation

    def test_sizes_of_different_things_do_not_meet(self) -> None:
        fire = "A fire broke out at the Orlen Street fuel depot in Varna Bay on Sunday. "
        result = pair(
            fire + "The fire started in a 420,000-gallon tank holding diesel.",
            fire + "Crews pumped foam from a 2,000-gallon truck parked by the gate.",
        )
        assert review_worthy(result) == []

    def test_the_same_number_with_a_swapped_prefix(self) -> None:
        result = pair(
            "Demand on the Tamford grid hit a record 7.4 megawatts on Wednesday evening, the operator said.",
            "Demand on the Tamford grid hit a record 7.4 gigawatts on Wednesday evening, the operator said.",
            published=("2025-08-07", "2025-08-07"),
        )
        assert only(of_kind(result, "unit")).severity in ("high", "medium")

    def test_durations_a_thousandfold_apart_measure_different_things(self) -> None:
        result = pair(
            "The Tamford Star capsized on Saturday night, and survivors spent four hours in the cold water.",
            "The Tamford Star is the second ferry to capsize in the same waters in little more than two years.",
            published=("2025-06-16", "2025-06-17"),
        )
        assert of_kind(result, "unit") == []

    def test_a_rounded_conversion_agrees(self) -> None:
        result = pair(
            "A drone crashed 5 km north of the Harrow Point base on Tuesday.",
            "A drone crashed about 3 miles north of the Harrow Point base on Tuesday.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert of_kind(result, "unit") == []
        assert of_kind(result, "numeric") == []

    def test_different_measures_are_not_compared(self) -> None:
        result = pair(
            "A drone crashed 3 km north of the Harrow Point base on Tuesday.",
            "The Harrow Point base runway is 3 miles long.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert of_kind(result, "unit") == []


# --- entity -----------------------------------------------------------------------------


BOMB = "A bomb exploded at the central market in Dalvik on Monday. "


class TestEntity:
    def test_an_embedded_post_names_the_other_engine(self) -> None:
        """The post is a source of its own: the body of its article naming the right engine does
        not make the post's "LEFT engine" agree with another outlet's right engine."""
        liveblog = (
            "Tamford Air flight 207 diverted to Halridge on Thursday after an engine failure.\n"
            "Huge bang and then flames out of the LEFT engine, cabin filling with smoke\n"
            "— Dana Whit (@danawhit) July 10, 2025\n"
            "The crew shut down the right engine as a precaution, the airline said.\n"
        )
        wire = (
            "Tamford Air flight 207 diverted to Halridge on Thursday after an engine failure.\n"
            "Tamford Air confirmed that a bird strike had damaged the right engine of flight 207, its operations chief "
            "said at a news conference.\n"
        )
        result = pair(liveblog, wire, published=("2025-07-11", "2025-07-11"))
        found = [x for x in of_kind(result, "entity") if any("LEFT" in t for t in x.texts)]
        assert found and all("left" in x.explanation.lower() for x in found)

    def test_two_models_of_one_maker(self) -> None:
        crash = "A tram left the rails at the Brisk Lane junction in Orrow on Friday. "
        result = pair(
            crash + "The tram, a two-car Tarsen LX-7, was carrying 40 passengers.",
            crash + "The Tarsen LX-9 tram had been serviced a week earlier.",
            published=("2025-07-12", "2025-07-12"),
        )
        x = only(of_kind(result, "entity"))
        assert "LX7" in x.explanation.upper().replace("-", "") or "LX-7" in x.explanation

    def test_a_train_travelling_two_ways(self) -> None:
        crash = "A freight train hit a stalled lorry at the Amberley crossing on Friday. "
        result = pair(
            crash + "The northbound train was carrying grain, the operator said.",
            crash + "The southbound train was carrying grain, the operator said.",
            published=("2025-07-12", "2025-07-12"),
        )
        x = only(of_kind(result, "entity"))
        assert "northbound" in x.explanation and "southbound" in x.explanation

    def test_two_different_groups_claimed_responsibility(self) -> None:
        result = pair(
            BOMB + "The Northern Front claimed responsibility for the bombing.",
            BOMB + "The Crimson Brigade claimed responsibility for the bombing.",
            published=("2024-07-18", "2024-07-18"),
        )
        x = only(of_kind(result, "entity"))
        assert (x.severity, x.temporal) == ("high", "same_time")
        assert "Northern Front" in x.explanation and "Crimson Brigade" in x.explanation

    def test_the_same_group_named_twice_agrees(self) -> None:
        result = pair(
            BOMB + "The Northern Front claimed responsibility for the bombing.",
            BOMB + "The Northern Front group claimed responsibility for the bombing.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert conflicts(result) == []

    def test_nobody_claiming_it_is_not_a_perpetrator(self) -> None:
        result = pair(
            BOMB + "No group has claimed responsibility for the bombing.",
            BOMB + "The Crimson Brigade claimed responsibility for the bombing.",
            published=("2024-07-18", "2024-07-18"),
        )
        assert of_kind(result, "entity") == []

    OUTAGE = "A fire knocked out power to 40,000 homes in Tamford on Tuesday. "

    def test_two_named_substations_for_one_fire(self) -> None:
        result = pair(
            self.OUTAGE + "The fire started at the Mesquite Road substation, the utility said.",
            self.OUTAGE + "The fire started at Vantor Electric's Dos Palmas substation, the utility said.",
            published=("2025-07-16", "2025-07-16"),
        )
        x = only(of_kind(result, "entity"))
        assert x.severity in ("high", "medium")
        assert "mesquite" in x.explanation.lower() and "dos palmas" in x.explanation.lower()

    def test_two_judges_named_for_one_sentence(self) -> None:
        result = pair(
            "U.S. District Judge Robert Danforth imposed the sentence of seven years on Nov. 4 in Harrisburg.",
            "U.S. District Judge Helena Quarrie imposed the sentence of seven years on Nov. 4 in Harrisburg.",
            published=("2025-11-05", "2025-11-05"),
        )
        assert only(of_kind(result, "entity")).severity in ("high", "medium")

    def test_a_report_naming_both_substations_is_no_conflict(self) -> None:
        result = pair(
            self.OUTAGE + "The fire started at the Mesquite Road substation and spread to lines near the "
            "Dos Palmas substation.",
            self.OUTAGE + "The fire started at the Dos Palmas substation, the utility said.",
            published=("2025-07-16", "2025-07-16"),
        )
        assert of_kind(result, "entity") == []

    def test_a_name_spelled_two_ways_is_one_substation(self) -> None:
        result = pair(
            self.OUTAGE + "The fire started at the San Bartolomé substation, the utility said.",
            self.OUTAGE + "The fire started at the San Bartolome substation, the utility said.",
            published=("2025-07-16", "2025-07-16"),
        )
        assert of_kind(result, "entity") == []


# --- a pair compared directly -----------------------------------------------------------


def claims_for(body: str, aid: str, published: str) -> tuple[list[Claim], Side]:
    a = article(body + "\n", aid, outlet=f"Outlet {aid}", published=published)
    claims = extract_all([a])[aid]
    for n, c in enumerate(claims, 1):
        c.id = f"{aid}.c{n}"
    return claims, Side(claims[0], a, a.sources[0])


def direct(first: str, second: str, fragment_a: str, fragment_b: str) -> list[tuple[str, str, str]]:
    """compare_pair on one claim of each text, as the conflict finder would call it."""
    ca, side_a = claims_for(first, "a1", DAY)
    cb, side_b = claims_for(second, "a2", DAY)
    x = next(c for c in ca if fragment_a in c.text)
    y = next(c for c in cb if fragment_b in c.text)
    return compared(x, side_a, y, side_b)


def compared(x: Claim, side_a: Side, y: Claim, side_b: Side) -> list[tuple[str, str, str]]:
    score = score_pair(x, y)
    p = Pair(Side(x, side_a.article, side_a.source), Side(y, side_b.article, side_b.source), score.time,
             score.topic, score.lexical, score.entity, score.shared)  # fmt: skip
    return [(f.kind, severity, temporal) for f, severity, temporal in compare_pair(p)]


def test_compare_pair_finds_the_contradiction_whichever_side_comes_first() -> None:
    a = DRONES + "One drone hit the base."
    b = DRONES + "The drones did not hit the base."
    forward = direct(a, b, "hit the base", "did not hit")
    backward = direct(b, a, "did not hit", "hit the base")
    assert ("outcome", "high", "same_time") in forward
    assert sorted(forward) == sorted(backward)


def test_compare_pair_on_agreeing_claims_finds_nothing() -> None:
    a = DRONES + "Both drones were shot down."
    b = DRONES + "Air defences intercepted the two drones."
    assert direct(a, b, "shot down", "intercepted") == []


def test_every_conflict_names_two_claims_of_different_sources() -> None:
    result = pair(FIRE + "No injuries were reported.", FIRE + "Two workers were hurt in the explosion.")
    by_id = {c.id: c for c in result.claims}
    assert result.conflicts
    for x in result.conflicts:
        assert len(x.claim_ids) == 2
        a, b = (by_id[i] for i in x.claim_ids)
        assert a.source_id != b.source_id
        assert x.explanation.strip()
    assert {c.reported_at for c in result.claims} == {date(2024, 3, 13)}


def test_a_place_the_story_names_once_is_one_of_its_anchors() -> None:
    local = article(
        "Aldersby is in mourning after a coach from the town crashed on Saturday. Frank Whitworth, 74, died "
        "in hospital. The coach left the road on a hairpin bend near Valdena.\n",
        "a1",
        published="2025-10-27",
    )
    extract_all([local])
    assert local.main_event is not None and "valdena" in local.main_event.places


STRIKE_DAY = "Cabin crew at Tasman Air walked off the job on Monday over pay. "


def test_flights_and_services_a_carrier_cancels_are_one_count() -> None:
    # "scrapped" is "cancelled", and a carrier's services are its flights
    result = pair(
        STRIKE_DAY + "Tasman Air cancelled 312 of its 540 scheduled flights on Monday.",
        STRIKE_DAY + "On Monday alone the airline scrapped 231 services, the union said.",
    )
    assert [x.kind for x in review_worthy(result)] == ["numeric"]


def test_two_days_tallies_of_a_repeated_act_are_not_one_act_misdated() -> None:
    result = pair(
        STRIKE_DAY + "On Monday alone the airline scrapped 231 services.",
        STRIKE_DAY + "The airline cancelled 328 flights on Tuesday alone.",
        published=("2025-07-22", "2025-07-22"),
    )
    assert not with_kind(review_worthy(result), "date")
    assert not clustered_together(result, "231 services", "328 flights")


def test_the_same_tally_put_on_two_days_is_a_date_conflict() -> None:
    result = pair(
        STRIKE_DAY + "The airline cancelled 312 flights on Monday.",
        STRIKE_DAY + "The airline cancelled 312 flights on Tuesday.",
        published=("2025-07-22", "2025-07-22"),
    )
    assert len(with_kind(review_worthy(result), "date")) == 1



MARCH = "Riot police broke up a march of dock workers outside the Harbour Court in Velmora on Friday. "


@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # the two-word name of the thing denied, used under another verb
        (
            "Officers fired tear gas at the crowd near the court steps, witnesses said.",
            "No tear gas was used at any point, the police chief said.",
            ["negation"],
        ),
        # "there was no fire" against a fire that broke out
        (
            "A small fire broke out in a parked van during the clashes, witnesses said.",
            "There was no fire at the scene, a police spokeswoman said.",
            ["negation"],
        ),
        # no one of a group hurt is the harm detector's question, not that the group was there
        (
            "More than 300 officers are now deployed around the port, the ministry said.",
            "No officers have been injured, the ministry said.",
            [],
        ),
        # a thing named outside what the verb tells of is not said to be there
        (
            "The union is still assessing the full impact of the march on shipping.",
            "There has been no impact on shipping, the port authority said.",
            [],
        ),
    ],
    ids=["tear-gas", "no-fire", "group-not-hurt", "impact-not-told"],
)
def test_a_thing_denied_against_the_same_thing_named(first: str, second: str, kinds: list[str]) -> None:
    found = review_worthy(pair(MARCH + first, MARCH + second))
    assert [c.kind for c in found if c.kind == "negation"] == kinds


STORM = "A winter storm struck Marlow County on Tuesday. "


@pytest.mark.parametrize(
    ("now", "then"),
    [
        (
            "About 25,000 homes lost power at the height of the storm, the utility said.",
            "In 2019, an ice storm left about 9,000 homes without power for three days.",
        ),
        # a measure reported the same day is one measurement, unless one side is of another event
        (
            "About 40,000 litres of heating oil leaked from a depot in the storm.",
            "In 2019, an ice storm split a tank at the same depot and spilled about 9,000 litres of heating oil.",
        ),
    ],
    ids=["count", "measure"],
)
def test_a_figure_of_an_earlier_event_told_as_background_is_low_and_says_so(now: str, then: str) -> None:
    result = pair(STORM + now, STORM + then)
    found = of_kind(result, "numeric")
    assert [(c.severity, c.temporal) for c in found] == [("low", "different_times")]
    assert "earlier event (2019)" in found[0].explanation


def test_a_year_further_on_in_a_background_claim_leaves_its_figure_of_now() -> None:
    """Only a time the claim opens on sets all of it in the past: "The arena, which holds 12,000,
    was built in 1981" gives the arena's capacity now, though its sentence is marked background."""
    lede = "Crowds crushed at the gates of the Marlow Arena on Tuesday. "
    ca, side_a = claims_for(lede + "The arena holds 15,000 spectators.\n", "a1", DAY)
    cb, side_b = claims_for(lede + "The arena, which holds 12,000 spectators, was built in 1981.\n", "a2", DAY)
    cb[-1].background = True
    assert [(kind, severity) for kind, severity, _ in compared(ca[-1], side_a, cb[-1], side_b)] == [
        ("numeric", "medium")
    ]
