"""A spokesperson described by the kind of body they speak for ("company spokesman") speaks for
the body their sentence names: a confirmation by the body and a denial by its spokesperson are
one speaker's two positions."""

from __future__ import annotations

import pytest
from core_support import flagged

DAY = "2026-02-14"
LEDE = "The cargo ship Norden Star struck a pier at the port of Callard on Thursday. "
CONFIRMED = "Brekke Shipping confirmed the vessel had suffered a loss of propulsion before the impact."


@pytest.mark.parametrize(
    ("denial", "expected"),
    [
        # the company's spokesman, in a sentence that names the company
        (
            "Company spokesman Ola Vik denied that the ship had lost propulsion, and said Brekke was reviewing "
            "the crew's decisions.",
            True,
        ),
        # a spokesman of another body, or one whose sentence names no body
        (
            "Port spokesman Ola Vik denied that the ship had lost propulsion, and said Brekke was reviewing "
            "the crew's decisions.",
            False,
        ),
        ("Company spokesman Ola Vik denied that the ship had lost propulsion.", False),
        # a country named in the sentence is no body's own name
        ("Company spokesman Ola Vik denied that the ship had lost propulsion when it left Bergen, Norway.", False),
    ],
)
def test_a_company_spokesman_speaks_for_the_company_his_sentence_names(denial: str, expected: bool) -> None:
    assert bool(flagged("attribution", LEDE, CONFIRMED, denial, DAY)) is expected


def test_a_company_spokesman_does_not_speak_for_a_public_authority() -> None:
    confirmed = "The Callard Port Authority confirmed the vessel had suffered a loss of propulsion."
    denial = "Company spokesman Ola Vik denied that the ship had lost propulsion, the Callard Port Authority said."
    assert not flagged("attribution", LEDE, confirmed, denial, DAY)


OUTBREAK = "An outbreak of Legionnaires' disease was linked to a cooling tower in Garrowby on Monday. "


def test_saying_it_did_not_happen_is_denying_it() -> None:
    """One speaker's confirmation and their statement that it did not happen are one attribution
    conflict, not also a negation one."""
    first = "Health director Ruth Amsel confirmed the hotel's cooling tower had been shut down."
    second = "Health director Ruth Amsel said the hotel's cooling tower had not been shut down."
    assert flagged("attribution", OUTBREAK, first, second, DAY)
    assert not flagged("negation", OUTBREAK, first, second, DAY)


def test_a_negation_inside_a_clause_of_the_statement_is_no_denial() -> None:
    first = "Health director Ruth Amsel confirmed that staff at the hotel had been tested."
    second = (
        "The outbreak was detected on Friday, when staff at the hotel could not be tested, health director "
        "Ruth Amsel said."
    )
    assert not flagged("attribution", OUTBREAK, first, second, DAY)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # saying one thing did not happen denies nothing of another act
        ("Police said the suspect had no criminal record.", "Police confirmed the suspect was arrested at his home."),
        ("The council said the shopping centre would not reopen this week.", "The council confirmed the shopping centre was evacuated."),
        # a relative clause inside the statement is its own claim
        ("The company said the ship, which had not been inspected since 2019, lost power.", "The company confirmed the ship lost power."),
    ],
)
def test_a_negative_statement_of_another_act(first: str, second: str) -> None:
    assert not flagged("attribution", LEDE, first, second, DAY)
