"""One person given two ages is a numeric conflict; two people of one kind are not one person."""

from __future__ import annotations

import pytest
from core_support import flagged

THURSDAY = "2025-03-14"
STABBING = "A teenager was stabbed in Leeds on Thursday. "


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("The victim, a 17-year-old boy, died in hospital.", "The 19-year-old victim died in hospital.", True),
        ("Anna Berg, 34, was stabbed in the chest.", "Berg, 36, was stabbed in the chest.", True),
        ("The driver, aged 45, was arrested.", "The 52-year-old driver was arrested.", True),
        # the same age, or two boys to whom different things happened
        ("The victim, a 17-year-old boy, died in hospital.", "The 17-year-old victim died in hospital.", False),
        ("A 17-year-old boy died in hospital.", "A 19-year-old boy was treated for cuts.", False),
        # the victim's brother is another person
        ("The victim, a 17-year-old boy, died in hospital.", "The victim's 19-year-old brother was also hurt.", False),
    ],
)
def test_one_person_two_ages(first: str, second: str, expected: bool) -> None:
    found = flagged("numeric", STABBING, first, second, THURSDAY)
    assert bool(found) is expected
    if expected:
        assert "age as" in found[0].explanation
