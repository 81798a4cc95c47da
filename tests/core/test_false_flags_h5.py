"""False flags and misses found on heldout5 (written blind, then used for development), each
turned into a general rule and tested here on sentences of our own: a trap the rule must keep
quiet, and a case it must still flag."""

from __future__ import annotations

import pytest
from core_support import Spec, claims_of, only_quantity, review_worthy, run

from claims.model import Analysis

DAY = "2025-09-14"
NEXT = "2025-09-15"
LATER = "2025-09-17"
BLAST = "A gas explosion tore through an apartment block in Terrowick on Saturday. "


def pair(first: str, second: str, later: str = DAY) -> Analysis:
    """Two reports of one event, the second published on `later`."""
    return run(Spec(first + "\n", "Valley Echo", DAY), Spec(second + "\n", "Coast Daily", later))


def numeric_flags(result: Analysis) -> list[str]:
    return [x.explanation for x in review_worthy(result) if x.kind == "numeric"]


class TestPeopleInCare:
    @pytest.mark.parametrize(
        ("sentence", "role"),
        [
            ("Eleven people remain in hospital.", "care"),
            ("Two residents are still in hospital.", "care"),
            ("Four of the tenants remained in critical condition.", "care"),
            ("Six children were being treated in hospital on Friday.", "care"),
            # hurt, or taken to hospital: a toll that only grows
            ("Four people were taken to hospital.", "injury"),
            ("Seven people were treated in hospital.", "injury"),
            ("Seven people are in a serious condition.", "injury"),
        ],
    )
    def test_a_count_still_in_care_is_its_own_role(self, sentence: str, role: str) -> None:
        assert only_quantity(sentence).role == role

    def test_fewer_in_hospital_days_later_is_no_shrunken_toll(self) -> None:
        result = pair(
            BLAST + "Twenty-three people remained in hospital on Sunday.",
            BLAST + "Nine people remain in hospital.",
            later=LATER,
        )
        assert numeric_flags(result) == []

    def test_those_in_hospital_are_not_all_the_hurt(self) -> None:
        result = pair(
            BLAST + "Forty people were injured in the blast.",
            BLAST + "Twelve people remained in hospital on Sunday.",
            later=NEXT,
        )
        assert numeric_flags(result) == []

    def test_two_counts_in_care_the_same_day_still_clash(self) -> None:
        result = pair(
            BLAST + "Twelve people remain in hospital, officials said.",
            BLAST + "Five people remain in hospital, officials said.",
        )
        assert numeric_flags(result)


class TestUpdatedFigures:
    def test_a_qualified_figure_updated_the_next_day_is_no_conflict(self) -> None:
        # the second report also gives a toll that "rose": its injured figure is an update,
        # and "more than 60" is what "at least 40" admits
        result = pair(
            BLAST + "Seven people were killed and at least 40 injured on Saturday.",
            "The number of people killed in Saturday's blast in Terrowick rose to nine overnight, "
            "and more than 60 people were injured.",
            later=NEXT,
        )
        assert numeric_flags(result) == []

    def test_the_number_of_people_killed_is_a_toll(self) -> None:
        q = only_quantity("The number of people killed in the blast rose to nine overnight.")
        assert (q.unit, q.role) == ("people", "death")

    @pytest.mark.parametrize("word", ["overnight", "today", "yesterday", "apiece"])
    def test_an_adverb_after_a_figure_is_no_counted_noun(self, word: str) -> None:
        q = only_quantity(f"The toll rose to nine {word}.")
        assert q.unit != word


FERRY = "The ferry Laut Jaya capsized off Karimun on Saturday. "


class TestMissedFigures:
    def test_vehicles_on_board_are_one_count(self) -> None:
        q = only_quantity("Thirty-five vehicles were also on board.")
        assert q.role == "aboard"
        result = pair(FERRY + "Thirty-five vehicles were also on board.", FERRY + "The ferry was also carrying 23 vehicles.")
        assert numeric_flags(result)

    def test_attacks_carried_out_are_not_aboard(self) -> None:
        assert only_quantity("The militia carried out 52 attacks.").role is None

    @pytest.mark.parametrize(
        ("other", "review"),
        [
            # a distance from one landmark, its name given with its kind or without
            ("It sank approximately 3.7 kilometres from Karimun Port.", True),
            # a distance from another place is another measure
            ("It sank approximately 3.7 kilometres from Tanjung Balai.", False),
        ],
    )
    def test_distances_from_one_landmark(self, other: str, review: bool) -> None:
        result = pair(FERRY + "It went down about two kilometres from Karimun port.", FERRY + other)
        found = [x for x in review_worthy(result) if x.kind in ("numeric", "unit")]
        assert bool(found) is review


class TestSpeakers:
    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("The operator, Laut Jaya Lines, acknowledged that the ferry was overloaded.", "Laut Jaya Lines"),
            ("The mayor, Anne Holt, said the roads were closed.", "Anne Holt"),
            # an aside that is no name leaves the role as the speaker
            ("The mayor, who was visiting the site, said the roads were closed.", "The mayor"),
        ],
    )
    def test_a_role_then_a_name_credits_the_name(self, sentence: str, speaker: str) -> None:
        (claim,) = [c for c in claims_of(sentence) if "roads" in c.text or "ferry" in c.text]
        assert claim.speaker == speaker


class TestMissedDisagreements:
    @pytest.mark.parametrize(
        ("other", "review"),
        [
            ("The gate opens onto a passage about 4 metres wide.", True),  # four feet is 1.2 m
            ("The gate opens onto a passage about 1.2 metres wide.", False),
        ],
    )
    def test_a_compound_width_is_a_width(self, other: str, review: bool) -> None:
        stand = "A crush at the Velodrome Arena in Corvo killed three fans on Sunday. "
        result = pair(stand + "Fans were funnelled into a four-foot-wide passage.", stand + other)
        assert bool([x for x in review_worthy(result) if x.kind == "unit"]) is review

    @pytest.mark.parametrize(
        ("confirmed", "review"),
        [
            # the negation is about the manifest, not about boarding without a ticket
            ("acknowledged that several passengers had boarded without tickets and were not on the manifest", True),
            # confirming that no one did agrees with the denial
            ("confirmed that no passenger had boarded without a ticket", False),
        ],
    )
    def test_a_negation_kept_to_another_conjunct(self, confirmed: str, review: bool) -> None:
        result = pair(
            FERRY + f"The operator, Laut Jaya Lines, {confirmed}.",
            FERRY + "A spokesman for Laut Jaya Lines, Budi Hartono, denied that any passenger had boarded without a ticket.",
        )
        assert bool([x for x in review_worthy(result) if x.kind == "attribution"]) is review


class TestAllBut:
    def test_all_but_a_figure_counts_the_rest(self) -> None:
        q = only_quantity("The utility said all but 8,000 customers had their power back by Saturday.")
        assert q.partial

    def test_all_but_starts_no_clause(self) -> None:
        texts = [c.text for c in claims_of("All but two of the passengers survived the crossing.")]
        assert texts == ["All but two of the passengers survived the crossing"]

    def test_restored_and_still_out_are_no_conflict(self) -> None:
        storm = "An ice storm cut power across Dunmore on Thursday. "
        result = pair(
            storm + "Power had been restored to about 300,000 customers by Friday morning.",
            storm + "The utility said all but 8,000 customers had their power back by Saturday evening.",
            later=LATER,
        )
        assert numeric_flags(result) == []
