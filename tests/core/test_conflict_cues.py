"""Cues that decide whether two reports conflict: an estimate's ceiling, a measure's role given by
its verb, who is said to be behind an act, an injury told by what was suffered, a denial
published after the harm, information withheld, and the day of a story whose lead misdates it.
Each case runs the real pipeline on small reports; traps sit beside the cases that must fire."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import Spec, article, claim_with, claims_of, of_kind, review_worthy, run

from claims.analysis import extract_all
from claims.clauses import split_clauses
from claims.frames import _responsibility_frames
from claims.modality import negation

OUTBREAK = "Health officials in Rennick Falls confirmed a measles outbreak on Monday. "
SPILL = "The tanker Aurelia Star ran aground off Tremorow on Sunday, the coastguard said. "
ATTACK = "Gunmen attacked the Tin-Oussef border post in Azagor province on Tuesday, April 14. "


def two(first: str, second: str, days: tuple[str, str] = ("2025-04-01", "2025-04-01")):  # type: ignore[no-untyped-def]
    return run(Spec(first + "\n", "North Wire", days[0]), Spec(second + "\n", "South Gazette", days[1]))


class TestEstimateCeiling:
    def test_an_estimate_under_half_the_others_ceiling_conflicts(self) -> None:
        result = two(
            OUTBREAK + "Officials are trying to reach as many as 800 patients who may have been exposed.",
            OUTBREAK + "Officials are trying to reach about 350 patients who may have been exposed.",
        )
        found = [x for x in review_worthy(result) if x.kind == "numeric"]
        assert len(found) == 1
        assert "up to 800" in found[0].explanation and "far apart" in found[0].explanation

    @pytest.mark.parametrize(
        "second",
        [
            "Officials are trying to reach about 700 patients who may have been exposed.",  # near the ceiling
            "Officials have reached 350 patients who may have been exposed.",  # a firm count under it
        ],
        ids=["estimate-near-the-ceiling", "firm-count-under-the-ceiling"],
    )
    def test_figures_a_ceiling_admits_do_not_conflict(self, second: str) -> None:
        result = two(
            OUTBREAK + "Officials are trying to reach as many as 800 patients who may have been exposed.",
            OUTBREAK + second,
        )
        assert [x for x in review_worthy(result) if x.kind == "numeric"] == []


class TestExtentVerbs:
    def test_a_length_given_by_its_verb_meets_a_length_in_another_unit(self) -> None:
        result = two(
            SPILL + "The slick now stretches 12 nautical miles along the coast.",
            SPILL + "The slick was 12 kilometres long.",
        )
        found = [x for x in review_worthy(result) if x.kind == "unit"]
        assert len(found) == 1
        assert "12 nautical miles" in found[0].explanation and "12 kilometres" in found[0].explanation

    def test_a_slick_that_now_stretches_further_days_later_has_grown(self) -> None:
        result = two(
            SPILL + "The slick was about 4 km long.",
            SPILL + "The slick now stretches 12 nautical miles along the coast.",
            days=("2025-11-09", "2025-11-11"),
        )
        assert [x for x in review_worthy(result) if x.kind == "unit"] == []
        assert [x.temporal for x in of_kind(result, "unit")] == ["different_times"]


class TestEventSubjectOfARelativeClause:
    def test_which_after_an_event_and_its_place_tells_of_the_event(self) -> None:
        sentence = (
            "The Ridgeback Fire in the US state of Oregon, which broke out on August 11, was contained."
        )
        texts = [c.text(sentence) for c in split_clauses(sentence, 0, len(sentence))]
        assert "The Ridgeback Fire in the US state of Oregon broke out on August 11" in texts

    def test_which_after_a_place_alone_tells_of_the_place(self) -> None:
        sentence = "Officials met in the town of Lark Hollow, which has 900 residents, on Monday."
        texts = [c.text(sentence) for c in split_clauses(sentence, 0, len(sentence))]
        assert "the town of Lark Hollow has 900 residents" in texts

    def test_the_fire_dated_in_such_a_clause_conflicts_with_another_day(self) -> None:
        result = two(
            "The Ridgeback Fire in the US state of Oregon, which broke out on the afternoon of August 11 "
            "near Lark Hollow, was 65 per cent contained on Monday.",
            "The Ridgeback Fire broke out Tuesday afternoon near Lark Hollow.",
            days=("2025-08-13", "2025-08-13"),
        )
        assert [x.kind for x in review_worthy(result)] == ["date"]


class TestMainEventOfAMisdatedLead:
    def test_a_lead_whose_weekday_and_date_disagree_still_dates_the_story(self) -> None:
        body = (
            "The attack on Tuesday, April 15 on the Tin-Oussef border post killed 11 soldiers.\n\n"
            "The March 17 attack on the Tadek police post, which killed six gendarmes, also targeted "
            "a fixed position.\n"
        )
        a = article(body, published="2026-04-20")
        extract_all([a])
        assert a.main_event is not None and a.main_event.time.date == date(2026, 4, 15)

    def test_a_sentence_votes_once_however_many_clauses_it_splits_into(self) -> None:
        body = (
            "Gunmen attacked the border post on April 14.\n\n"
            "The March 17 attack, which killed six, and the March 17 raid, which wounded two, came first.\n"
        )
        a = article(body, published="2026-04-20")
        extract_all([a])
        assert a.main_event is not None and a.main_event.time.date == date(2026, 4, 14)


class TestResponsibility:
    @pytest.mark.parametrize(
        ("text", "agent"),
        [
            ("Officials have privately attributed it to the Azagor Liberation Movement (MLA)",
             "the Azagor Liberation Movement (MLA)"),
            ("The ELA has claimed the attack", "The ELA"),
            ("Lockgrid, the group that has claimed the attack, said it took data", "Lockgrid"),
            ("In a statement, the group claimed responsibility", "the group"),
        ],
    )  # fmt: skip
    def test_who_is_said_to_be_behind_it(self, text: str, agent: str) -> None:
        frames = _responsibility_frames(text, negation(text))
        assert [(f.value, f.target) for f in frames] == [("claimed", agent)]

    def test_an_attribution_to_another_group_is_an_entity_conflict_not_one_claim(self) -> None:
        result = two(
            ATTACK + "Officials have privately attributed it to the Azagor Liberation Movement.",
            ATTACK + "The jihadist group Katibat al-Nasr claimed responsibility for the attack.",
        )
        found = [x for x in review_worthy(result) if x.kind == "entity"]
        assert len(found) == 1 and "Katibat al-Nasr" in found[0].explanation
        cluster_of = {i: k.id for k in result.clusters for i in k.claim_ids}
        pair = [
            c.id for c in result.claims if "attributed it" in c.text or "claimed responsibility" in c.text
        ]
        assert len({cluster_of.get(i, i) for i in pair}) == 2

    def test_a_group_and_its_initials_are_one_claimant(self) -> None:
        result = two(
            ATTACK + "The Eastern Liberation Army (ELA) claimed responsibility for the attack.",
            ATTACK + "The ELA has claimed the attack.",
        )
        assert [x for x in review_worthy(result) if x.kind == "entity"] == []


class TestInjuries:
    def test_an_injury_told_by_what_was_suffered(self) -> None:
        claims = claims_of(
            "Cody Marsh, 29, an engineer with the Coldwater Rural Fire District, suffered second-degree "
            "burns to both hands on Thursday."
        )
        harm = [f for c in claims for f in c.frames if f.kind == "harm"]
        assert [(f.value, f.target) for f in harm] == [("injury", "firefighter")]

    def test_suffering_a_loss_is_no_injury(self) -> None:
        claims = claims_of("The airline suffered heavy losses on Monday.")
        assert [f for c in claims for f in c.frames if f.kind == "harm"] == []

    def test_no_injuries_published_after_the_injury_contradicts_it(self) -> None:
        fire = "The Ridgeback Fire broke out near Lark Hollow on Tuesday, August 12. "
        result = two(
            fire + "Cody Marsh, an engineer with the Coldwater Rural Fire District, suffered burns to both "
            "hands on Thursday.",
            fire + "No firefighters have been injured, fire officials said.",
            days=("2025-08-15", "2025-08-16"),
        )
        found = [x for x in review_worthy(result) if x.kind == "negation"]
        assert len(found) == 1
        assert found[0].temporal == "same_time" and "published after" in found[0].explanation

    def test_no_injuries_published_before_the_injury_is_context(self) -> None:
        fire = "The Ridgeback Fire broke out near Lark Hollow on Tuesday, August 12. "
        result = two(
            fire + "No firefighters have been injured, fire officials said.",
            fire + "Cody Marsh, an engineer with the Coldwater Rural Fire District, suffered burns to both "
            "hands on Thursday.",
            days=("2025-08-13", "2025-08-15"),
        )
        assert [x for x in review_worthy(result) if x.kind == "negation"] == []


class TestInformationWithheld:
    def test_giving_no_figures_denies_nothing(self) -> None:
        assert negation("It gave no figures for the group's own losses.").cues == []
        assert negation("The army provided no further details.").cues == []
        assert negation("No figures were lost.").cues == ["no"]

    def test_no_figures_against_figures_is_no_negation_conflict(self) -> None:
        result = two(
            ATTACK + "The army said it held the post. It gave no figures for the attackers' losses.",
            ATTACK + "Local sources have given higher figures for the attackers' losses.",
        )
        assert [x for x in review_worthy(result) if x.kind == "negation"] == []
        claim = claim_with(claims_of("It gave no figures for the attackers' losses."), "gave no figures")
        assert not claim.negated


class TestGroundings:
    @pytest.mark.parametrize(
        ("text", "kind"),
        [
            ("The tanker ran aground on rocks off the Cornish coast early on Sunday.", "accident"),
            ("The ship grounded on the Pendarrow Ledges late on Saturday.", "accident"),
            ("All flights were grounded on Monday.", None),
            ("The tanker was towed into port on Monday, and oil was leaking from its hull.", None),
            # people named after the events they deal with tell of no such event
            ("Fire Chief Dana Pruitt closed the school on Monday.", None),
            ("Flood wardens checked the levee on Monday.", None),
            ("A fire broke out at the depot on Monday.", "fire"),
        ],
        ids=[
            "ran-aground", "grounded-on-a-reef", "flights-grounded-on-a-day", "leaking-is-no-leak-event",
            "fire-chief", "flood-wardens", "a-fire",
        ],
    )
    def test_the_event_a_clause_tells(self, text: str, kind: str | None) -> None:
        from claims.events import event_class

        claim = claims_of(text, published="2025-11-10")[0]
        assert event_class(claim) == kind

    def test_a_ship_aground_on_two_days_is_a_date_conflict_and_its_flag_is_one_question(self) -> None:
        result = two(
            "The Liberian-flagged tanker Aurelia Star ran aground off Cornwall early on Sunday.",
            "The Marshall Islands-flagged tanker Aurelia Star grounded on the Pendarrow Ledges, off Cornwall, "
            "late on Saturday, November 8.",
            days=("2025-11-09", "2025-11-11"),
        )
        kinds = sorted(x.kind for x in review_worthy(result))
        assert kinds == ["date", "entity"]
        assert [x.temporal for x in review_worthy(result) if x.kind == "entity"] == ["same_time"]


class TestMeasuresOfOneThing:
    BRIDGE = "A barge struck the Harlan Point bridge on Tuesday. "

    def test_a_things_size_and_a_dimension_given_of_it(self) -> None:
        result = two(
            self.BRIDGE + "The 320-metre bridge opened to traffic in 1998.",
            self.BRIDGE + "Divers inspected the piers of the bridge, which is 2,000 feet long.",
        )
        found = [x for x in review_worthy(result) if x.kind == "unit"]
        assert len(found) == 1 and "320" in found[0].explanation

    def test_a_size_agrees_with_the_same_length_in_another_unit(self) -> None:
        result = two(
            self.BRIDGE + "The 320-metre bridge opened to traffic in 1998.",
            self.BRIDGE + "Divers inspected the piers of the bridge, which is 1,050 feet long.",
        )
        assert [x for x in review_worthy(result) if x.kind == "unit"] == []

    def test_a_burned_area_in_acres_and_hectares_is_one_measure(self) -> None:
        fire = "The Cinder Creek fire broke out near Halden on Monday. "
        result = two(
            fire + "Crews said on Tuesday that the fire had burned 8,000 acres so far.",
            fire + "About 1,200 hectares of pine forest have been scorched so far.",
        )
        found = [x for x in review_worthy(result) if x.kind == "unit"]
        assert len(found) == 1 and "8,000 acres" in found[0].explanation

    def test_two_running_totals_of_one_thing_on_one_topic(self) -> None:
        strike = "A drone struck the Harrow Point base in Iraq on Tuesday. "
        result = two(
            strike
            + "Militias have launched about 106 attacks on U.S. forces in Iraq and Syria since October 17.",
            strike + "The Pentagon has counted 150 attacks against American troops in Iraq and Syria so far.",
        )
        found = [x for x in review_worthy(result) if x.kind == "numeric"]
        assert len(found) == 1 and "106" in found[0].explanation and "150" in found[0].explanation


class TestTotalsAndDaysOfWhatBefellAThing:
    def test_a_burned_area_that_shrank_in_a_later_report_conflicts(self) -> None:
        fire = "The Cinder Creek fire broke out near Halden on Monday. "
        result = two(
            fire + "Crews said on Tuesday that the fire had burned 8,000 acres so far.",
            fire + "About 1,200 hectares of pine forest have been scorched so far.",
            days=("2025-07-08", "2025-07-09"),
        )
        found = [x for x in review_worthy(result) if x.kind == "unit"]
        assert len(found) == 1 and "cannot shrink" in found[0].explanation

    def test_a_burned_area_that_grew_in_a_later_report_is_context(self) -> None:
        fire = "The Cinder Creek fire broke out near Halden on Monday. "
        result = two(
            fire + "Crews said on Tuesday that the fire had burned 2,000 acres so far.",
            fire + "About 1,200 hectares of pine forest have been scorched so far.",
            days=("2025-07-08", "2025-07-09"),
        )
        assert [x for x in review_worthy(result) if x.kind == "unit"] == []
        assert [x.temporal for x in of_kind(result, "unit")] == ["different_times"]

    def test_a_weekday_that_does_not_fall_on_the_date_of_a_hit(self) -> None:
        result = two(
            "A drone hit the Harrow Point base on Tuesday, July 17, officials said.",
            "A drone hit the Harrow Point base on July 17, the ministry said.",
            days=("2024-07-18", "2024-07-18"),
        )
        found = [x for x in review_worthy(result) if x.kind == "date"]
        assert len(found) == 1 and "Wednesday" in found[0].explanation

    def test_hits_on_two_days_are_not_one_event_misdated(self) -> None:
        result = two(
            "A drone hit the Harrow Point base on Tuesday, July 16, officials said.",
            "A drone hit the Harrow Point base on Wednesday, July 17, the ministry said.",
            days=("2024-07-18", "2024-07-18"),
        )
        assert [x for x in review_worthy(result) if x.kind == "date"] == []


def test_an_explanation_does_not_cite_a_bare_pronoun() -> None:
    result = two(
        SPILL + "The slick now stretches 12 nautical miles along the coast, they said.",
        SPILL + "The slick was 12 kilometres long.",
    )
    found = [x for x in review_worthy(result) if x.kind == "unit"]
    assert len(found) == 1 and "citing they" not in found[0].explanation
    assert "North Wire (2025-04-01)" in found[0].explanation


FOOD = "Health officials traced the outbreak to the Larkspur Diner in Ostwick, they said on Friday. "


class TestIllnessIsHarm:
    @pytest.mark.parametrize(
        "denial",
        [
            "No illnesses have been reported among the diner's customers.",
            "Nobody got sick after eating there.",
        ],
        ids=["no-illnesses", "nobody-got-sick"],
    )
    def test_no_illness_against_people_who_fell_ill(self, denial: str) -> None:
        result = two(FOOD + denial, FOOD + "Two customers fell ill after eating at the diner.")
        found = [x for x in review_worthy(result) if x.kind == "negation"]
        assert len(found) == 1
        assert "no illnesses" in found[0].explanation

    @pytest.mark.parametrize(
        ("first", "second"),
        [
            ("No one has died in the outbreak.", "Two customers fell ill after eating at the diner."),
            (
                "No illnesses have been reported among the diner's customers.",
                "Two cooks were injured in a kitchen fire at the diner.",
            ),
            (
                "No illnesses have been reported among the diner's customers.",
                "Nobody got sick after eating there.",
            ),
        ],
        ids=["no-deaths-two-ill", "no-illness-two-injured", "both-deny-illness"],
    )
    def test_other_harm_and_agreeing_denials_do_not_conflict(self, first: str, second: str) -> None:
        result = two(FOOD + first, FOOD + second)
        assert [x for x in review_worthy(result) if x.kind == "negation"] == []


STRIKE = "Cabin crew at Coralwing Airlines walked out on Monday, grounding most flights. "
QUOTE = "“We have been pushed to the brink, and our members have had enough,”"


class TestMisattributedQuotation:
    def test_the_same_quotation_credited_to_two_people_conflicts(self) -> None:
        result = two(
            STRIKE + QUOTE + " said union national secretary Jodie Marr.",
            STRIKE
            + QUOTE
            + " said cabin manager Trent Ollivier, who has flown with the airline for 22 years.",
        )
        found = of_kind(result, "attribution")
        assert len(found) == 1 and found[0].severity == "medium"
        assert "Jodie Marr" in found[0].explanation and "Trent Ollivier" in found[0].explanation

    @pytest.mark.parametrize(
        "second",
        [
            QUOTE + " said Marr, the union's national secretary.",  # the same person, named shorter
            "“Nobody takes this step lightly, and we regret the disruption,” said cabin manager Trent Ollivier.",
            "“We are sorry,” said cabin manager Trent Ollivier.",  # another quotation
        ],
        ids=["same-speaker", "other-words", "short-quotation"],
    )
    def test_one_speaker_or_other_words_are_no_misattribution(self, second: str) -> None:
        result = two(STRIKE + QUOTE + " said union national secretary Jodie Marr.", STRIKE + second)
        assert of_kind(result, "attribution") == []


RUNWAY = "A turboprop skidded off the runway at Ardmorven airport on Sunday evening, officials said. "


class TestModelCodes:
    def test_two_model_codes_for_the_one_aircraft_conflict(self) -> None:
        result = two(
            RUNWAY + "The aircraft, understood to be a Dash 8-400 turboprop, came in to land in heavy rain.",
            RUNWAY + "The ATR 72-600 turboprop had 68 people on board when it left the runway.",
        )
        found = of_kind(result, "entity")
        assert len(found) == 1
        assert "Dash 8-400" in found[0].explanation and "ATR 72-600" in found[0].explanation

    def test_a_report_that_names_both_models_does_not_conflict(self) -> None:
        result = two(
            RUNWAY + "The aircraft, understood to be a Dash 8-400 turboprop, came in to land in heavy rain.",
            RUNWAY
            + "The ATR 72-600 turboprop had 68 people on board. A Dash 8-400 turboprop landed safely before it.",
        )
        assert of_kind(result, "entity") == []


class TestPlacesOneInsideTheOther:
    A = "An explosion tore through the Veltrane plant on Monday, September 8, officials said."
    B = "The explosion in Harwick happened on Tuesday, September 9, the fire service said."

    def test_two_days_for_one_event_placed_at_a_site_and_its_district_conflict(self) -> None:
        both = "The Veltrane plant lies in the Harwick industrial park. "  # each report names both places
        result = two(both + self.A, both + self.B, days=("2025-09-10", "2025-09-10"))
        assert [x.kind for x in review_worthy(result)] == ["date"]

    def test_reports_that_each_name_one_place_only_are_two_events(self) -> None:
        result = two(self.A, self.B, days=("2025-09-10", "2025-09-10"))
        assert [x.kind for x in review_worthy(result) if x.kind == "date"] == []


BLAST = "An explosion tore through the Veltrane plant in Ostley on Monday, officials said. "


class TestScopedDenials:
    @pytest.mark.parametrize(
        ("denial", "harm"),
        [
            (
                "No injuries were reported among residents of the town.",
                "Fourteen workers were injured in the explosion.",
            ),
            ("No one aboard the tug was hurt.", "Two crew members of the freighter were injured."),
            ("No deaths have been reported in Cressville.", "Three people died in the explosion."),
        ],
        ids=["among-residents", "aboard-the-tug", "in-another-place"],
    )
    def test_a_denial_kept_to_part_of_the_story_does_not_conflict(self, denial: str, harm: str) -> None:
        result = two(BLAST + denial, BLAST + harm)
        assert of_kind(result, "negation") == []

    def test_a_denial_of_the_same_part_still_conflicts(self) -> None:
        result = two(
            BLAST + "No injuries were reported among residents of the town.",
            BLAST + "Two residents of the town were injured by flying glass.",
        )
        assert len([x for x in review_worthy(result) if x.kind == "negation"]) == 1


HACK = "A ransomware attack shut down computer systems at Redvale General Hospital on Sunday. "


class TestInabilityAndNotAtThisTime:
    @pytest.mark.parametrize(
        ("first", "second"),
        [
            (
                "Staff could not access patient records after the attack.",
                "Staff lost access to patient records after the attack.",
            ),
            (
                "The hospital is not diverting ambulances at this time.",
                "The hospital said it would divert ambulances if the outage continued.",
            ),
        ],
        ids=["inability-vs-loss", "not-at-this-time-vs-plan"],
    )
    def test_statements_that_agree_are_no_negation_conflict(self, first: str, second: str) -> None:
        result = two(HACK + first, HACK + second)
        assert of_kind(result, "negation") == []

    def test_could_not_against_did_the_same_still_conflicts(self) -> None:
        result = two(
            HACK + "Staff could not access patient records after the attack.",
            HACK + "Staff accessed patient records after the attack, the hospital said.",
        )
        assert len(of_kind(result, "negation")) == 1


COLLISION = "The container ship Halden Star struck the tanker Meriva in Port Carrick harbour on Tuesday. "


class TestSpans:
    def test_a_foreseen_span_does_not_meet_a_measured_one(self) -> None:
        result = two(
            COLLISION + "The harbour master said the channel could reopen within 48 hours.",
            COLLISION + "The channel reopened within 2 hours, the harbour master said.",
        )
        assert [x for x in review_worthy(result) if x.kind in ("numeric", "unit")] == []

    def test_two_measured_spans_of_one_act_still_conflict(self) -> None:
        result = two(
            COLLISION + "The channel reopened within 2 hours, the harbour master said.",
            COLLISION + "The channel reopened within 9 hours, the harbour master said.",
        )
        assert len([x for x in review_worthy(result) if x.kind == "numeric"]) == 1
