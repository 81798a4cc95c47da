"""Denials that are not of the story's harm: a record over years before it, the rest of a group
besides those hurt, illness at its usual level, and damage taken as known under an advisory
("told not to enter damaged buildings"). Each beside the denial that must still meet the harm."""

from __future__ import annotations

import pytest
from core_support import flagged

TRAM = "A tram derailed and crashed into a tram stop in Brno on Wednesday, March 11. "
ROPE = "An avalanche buried a group of ski tourers above Zermatt on Tuesday. "
QUAKE = "A magnitude 6.1 earthquake struck Malatya province early on Wednesday. "
DAY = "2026-03-12"


@pytest.mark.parametrize(
    ("lede", "denial", "harm", "review"),
    [
        (TRAM, "Until last week, the Brno network had not seen a fatal derailment in more than two decades.",
         "One person was killed when the tram hit the shelter.", False),
        (TRAM, "No one was killed when the tram derailed in Brno, the transport company said.",
         "One person was killed when the tram hit the shelter.", True),
        (ROPE, "The four other members of the group escaped unhurt.",
         "Three members of the group were injured, police said.", False),
        (ROPE, "All members of the group escaped unhurt.", "Three members of the group were injured, police said.", True),
        (TRAM, "No unusual level of illness had been recorded among the tram staff.",
         "Twelve tram staff fell ill after the crash.", False),
    ],
)
def test_denial(lede: str, denial: str, harm: str, review: bool) -> None:
    assert bool(flagged("negation", lede, denial, harm, DAY)) is review


@pytest.mark.parametrize(
    ("advice", "review"),
    [
        ("Residents have been told not to return to damaged buildings in Malatya.", False),
        ("No buildings were damaged in Malatya, the governor said.", True),
    ],
)
def test_damage_taken_as_known_is_no_denial(advice: str, review: bool) -> None:
    found = flagged(
        "outcome", QUAKE, advice, "In Malatya, the five-storey Cinar apartment building collapsed, officials said.", DAY
    )
    assert bool(found) is review
