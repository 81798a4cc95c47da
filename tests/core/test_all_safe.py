"""A whole group said to be safe ("all 40 passengers survived", "everyone on board was rescued")
denies harm to it as "no one died" does; "not all" and groups of things deny nothing."""

from __future__ import annotations

import pytest
from core_support import flagged

from claims.all_safe import all_safe_frames

THURSDAY = "2025-03-14"
FERRY = "A ferry sank off the island of Tolbury on Thursday. "


@pytest.mark.parametrize(
    ("text", "values", "target"),
    [
        ("All 40 passengers survived", {"death", "missing"}, "passenger"),
        ("Everyone on board was rescued", {"death", "missing"}, "person"),
        ("All the miners have been brought to safety", {"death", "missing"}, "worker"),
        # the dead may be among those accounted for
        ("All the crew were accounted for", {"missing"}, "crew"),
        ("Not all passengers survived", set(), None),
        ("All flights were cancelled", set(), None),
        ("All the buildings survived the storm", set(), None),
    ],
)
def test_a_group_said_to_be_safe(text: str, values: set[str], target: str | None) -> None:
    frames = all_safe_frames(text)
    assert {f.value for f in frames} == values
    assert all(f.count == 0 and f.target == target for f in frames)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("All passengers were rescued.", "Four passengers are still missing.", True),
        ("All 40 passengers survived.", "Two passengers died.", True),
        # "on board" before the verb is the story's own ferry: its passengers are aboard
        ("Everyone on board survived.", "Two passengers died.", True),
        ("All 40 passengers survived.", "No one was killed.", False),
        ("Everyone on board survived.", "Two fishermen on a nearby boat died.", False),
        ("All 12 crew were rescued.", "Two rescuers died during the operation.", False),
    ],
)
def test_a_safe_group_against_its_harm(first: str, second: str, expected: bool) -> None:
    assert bool(flagged("negation", FERRY, first, second, THURSDAY)) is expected
