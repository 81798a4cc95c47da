"""How many were there when it happened, and how tall the building was: counts of people
present compared however the presence is worded, storeys written in words, and a number of
storeys a permit allowed. All sentences are invented."""

from __future__ import annotations

import pytest
from core_support import flagged, quantities

FIRE = "Fire swept through the Lantern Club in Arvel on Saturday, March 14, 2026. "
COLLAPSE = "A garment factory building collapsed in Kashpur on Tuesday, February 10, 2026. "


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Approximately 250 people were present in the venue when the fire broke out.",
         "Some 400 people were packed into the venue, witnesses said."),
        ("Around 1,100 workers were on duty in the factories at the time, officials said.",
         "More than 2,300 workers were inside the building when it collapsed."),
    ],
)
def test_counts_of_people_present_are_one_count(first: str, second: str) -> None:
    assert flagged("numeric", FIRE, first, second, "2026-03-15")


def test_people_present_and_people_hurt_are_two_counts() -> None:
    assert not flagged(
        "numeric",
        FIRE,
        "Approximately 250 people were present in the venue when the fire broke out.",
        "Some 60 people were injured, the ambulance service said.",
        "2026-03-15",
    )


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("an eight-storey building", 8), ("the six-story block", 6), ("a 12-storey tower", 12)],
)
def test_storeys_in_words_or_digits(phrase: str, value: float) -> None:
    assert [(q.value, q.canonical_unit) for q in quantities(f"It was {phrase}.")] == [(value, "storey")]


def test_buildings_of_different_heights_clash() -> None:
    assert flagged(
        "numeric",
        COLLAPSE,
        "An eight-storey building housing three factories collapsed, killing 31 workers.",
        "A six-storey building housing three factories collapsed, killing 31 workers.",
        "2026-02-11",
    )


def test_storeys_a_permit_allowed_are_no_height() -> None:
    assert [q.canonical_unit for q in quantities("The building was approved for five storeys.")] == ["capacity"]
    assert not flagged(
        "numeric",
        COLLAPSE,
        "An eight-storey building housing three factories collapsed, killing 31 workers.",
        "The building was approved for five storeys, but three more were added without permission.",
        "2026-02-11",
    )
