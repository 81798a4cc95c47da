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


CRASH = "A hot-air balloon hit a power line and crashed near Ribamonte on Saturday. "


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the name in apposition after the age and its role, or after "a": still the person named
        ("The pilot, Henrique Sobral, 52, survived with burns.", "The 47-year-old pilot, Henrique Sobral, was questioned.", True),
        ("A passenger, Julio Sant, 34, was killed.", "The first victim, Julio Sant, a 43-year-old contractor, was killed.", True),
        # two people named, one role: two people
        ("The pilot, Henrique Sobral, 52, survived.", "The 47-year-old pilot, Rui Matos, was questioned.", False),
        # the driver of the other car is another person whatever follows
        ("The driver, Tom Berg, 45, was hurt.", "The 19-year-old driver of the other car, Tom Berg, was hurt.", False),
    ],
)
def test_a_name_in_apposition_names_whose_age_it_is(first: str, second: str, expected: bool) -> None:
    found = flagged("numeric", CRASH, first, second, THURSDAY)
    assert bool([x for x in found if "age as" in x.explanation]) is expected
