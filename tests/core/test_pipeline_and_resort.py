"""A pipeline rupture and a resort fire: people forced to flee, a contractor among a company's
people, a crater "45 metres across", a rupture as the story's event, and "one of the two
residents hospitalized ... remains in hospital" (a count in care, taken from the hurt)."""

from __future__ import annotations

import pytest
from core_support import article, flagged, quantities

from claims.analysis import extract_all

RUPTURE = "A gas pipeline ruptured near Kindersley early on Wednesday, November 4, 2026. "
DAY = "2026-11-04"


class TestReading:
    @pytest.mark.parametrize(
        ("sentence", "role"),
        [
            ("The fire spread fast, forcing about 260 guests, many of them holidaymakers, to flee onto the beach.", "evacuated"),
            ("The blaze forced 300 residents to leave their homes.", "evacuated"),
            ("The storm forced 12 flights to divert to Shannon.", None),  # flights are no people sent away
            ("One of the two residents hospitalized after the blast remains in a Saskatoon hospital.", "care"),
            ("Two of the workers injured in the blast died on Friday.", "death"),
        ],
    )
    def test_role(self, sentence: str, role: str | None) -> None:
        assert [q.role for q in quantities(sentence)] == [role]

    def test_a_rupture_is_the_story_event(self) -> None:
        claims = extract_all([article("The rupture early on Wednesday, Nov. 4, cut gas to the town.\n", published=DAY)])["a1"]
        assert "occ:incident" in {s for c in claims for s in c.slots}


class TestConflicts:
    def test_a_contractor_treated_for_burns_against_no_contractor_hurt(self) -> None:
        found = flagged(
            "negation",
            RUPTURE,
            "None of our employees or contractors were injured, Northline Gas said.",
            "A contractor working for Northline Gas was treated at the scene for burns to his hands.",
            DAY,
        )
        assert len(found) == 1

    @pytest.mark.parametrize(("across", "conflicts"), [(45, 1), (20, 0)])  # ("20 metres wide": the same)
    def test_a_crater_across_is_its_width(self, across: int, conflicts: int) -> None:
        found = flagged(
            "numeric",
            RUPTURE,
            "The explosion left a crater about 20 metres wide near Kindersley, fire officials said.",
            f"Video shows a crater near Kindersley roughly {across} metres across where the line ruptured.",
            DAY,
        )
        assert len(found) == conflicts

    def test_guests_forced_to_flee_are_the_evacuated(self) -> None:
        fire = "Fire swept through the Coral Palms Beach Resort in Mnarani Bay early on Wednesday. "
        found = flagged(
            "numeric",
            fire,
            "The fire broke out at the Coral Palms, forcing about 260 guests, many of them tourists, to flee onto the beach.",
            "More than 400 guests were evacuated from the Coral Palms, police said.",
            "2026-04-22",
        )
        assert len(found) == 1

    def test_alarms_placed_in_a_wing_that_did_not_sound_against_no_sign_they_failed(self) -> None:
        fire = "Fire swept through the Coral Palms Beach Resort in Mnarani Bay early on Wednesday. "
        found = [
            x
            for kind in ("outcome", "attribution")
            for x in flagged(
                kind,
                fire,
                "Fire chief Hamisi Chengo confirmed that the fire alarms in the guest wing had not sounded.",
                "The fire chief, Hamisi Chengo, said there was no evidence the fire alarms had failed.",
                "2026-04-22",
            )
        ]
        assert len(found) == 1

    def test_the_owner_of_a_line_named_past_a_relative_clause(self) -> None:
        found = flagged(
            "entity",
            RUPTURE,
            "The blast happened at about 6:15 a.m. on a 36-inch line operated by Northline Gas Transmission Ltd.",
            "Flames could be seen from town after the blast, which happened on the 36-inch line, owned by "
            "Prairie Crest Midstream, that runs through the municipality.",
            DAY,
        )
        assert len(found) == 1 and "Prairie Crest Midstream" in found[0].explanation
