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
