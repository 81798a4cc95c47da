"""Whose people a claim speaks of: a named affiliation after the counted noun ("two rescuers from
the Bureau of Fire Protection were injured"), and two bodies' people told apart (one ship's crew,
another's)."""

from __future__ import annotations

import pytest
from core_support import review_worthy
from test_false_flags import harm_frames, pair

from claims.quantities import find_quantities


def roles(sentence: str) -> list[tuple[float, str | None, str | None]]:
    return [(q.value, q.canonical_unit, q.role) for q in find_quantities(sentence, 0, [])]


class TestHarmAfterANamedAffiliation:
    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            ("Two rescuers from the Bureau of Fire Protection were injured when a slide hit.", (2.0, "rescuer", "injury")),
            ("Three workers at Halden Steel Ltd were hurt in the blast.", (3.0, "worker", "injury")),
            ("Two members of the family were killed.", (2.0, "member", "death")),
            # a hospital named in full is a hospital all the same
            ("Two crew members from the Tasman Heron were taken to Carrick Base Hospital.", (2.0, "crew", "injury")),
            # an affiliation with nothing befalling the people is no harm
            ("Four officers from the city were praised by the mayor.", (4.0, "officer", None)),
        ],
    )
    def test_role(self, sentence: str, expected: tuple[float, str, str | None]) -> None:
        assert roles(sentence) == [expected]

    def test_frame_names_the_people_not_their_ship(self) -> None:
        frames = harm_frames("Two crew members from the Tasman Heron were taken to hospital.")
        assert frames and {target for _, _, target in frames} == {"crew"}

    def test_denial_meets_harm_said_past_the_affiliation(self) -> None:
        slide = "A landslide buried a stretch of the Halsema Highway in Atok on Thursday. "
        result = pair(
            slide + "No rescuers were hurt during the operations.",
            slide + "Two rescuers from the Bureau of Fire Protection were injured when a second slide hit.",
        )
        assert [c.kind for c in review_worthy(result)].count("negation") == 1


COLLISION = "The container ship Maren Solace struck the tanker Tasman Heron in Port Carrick on Tuesday. "


class TestPeopleOfTwoBodies:
    @pytest.mark.parametrize(
        ("denial", "review"),
        [
            ("The Maren Solace's twenty-two crew were not hurt, the port said.", False),  # the other ship
            ("No one on the container ship was hurt.", False),  # described, and named in the lead
            ("The Tasman Heron's crew were not hurt, the port said.", True),  # the same ship
            ("No one on the tanker was hurt.", True),
            ("No one was hurt, the port said.", True),  # everyone
        ],
    )
    def test_denial(self, denial: str, review: bool) -> None:
        result = pair(COLLISION + denial, COLLISION + "Two crew members from the Tasman Heron were injured.")
        assert bool([c for c in review_worthy(result) if c.kind == "negation"]) is review

    def test_a_spared_crew_is_no_count_of_the_injured(self) -> None:
        result = pair(
            COLLISION + "The Maren Solace's twenty-two crew were not hurt.",
            COLLISION + "Four crew members from the tanker were injured.",
        )
        assert [c for c in review_worthy(result) if c.kind in ("numeric", "negation")] == []

    def test_counts_of_two_ships_crews_do_not_clash(self) -> None:
        result = pair(
            COLLISION + "The Maren Solace's 22 crew were taken off by launch.",
            COLLISION + "The 14 crew of the Tasman Heron were taken off by launch.",
        )
        assert [c for c in review_worthy(result) if c.kind == "numeric"] == []

