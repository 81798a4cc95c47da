"""Spans of time and measures in other units: two figures are one measure only when the words
around them say what they measure alike, and a number kept while its unit changes is a mix-up
only when the units are a prefix apart. Sentences of our own."""

from __future__ import annotations

import pytest
from core_support import Spec, review_worthy, run

from claims.model import Analysis

DAY = "2025-04-08"
SPILL = "A tanker lorry spilled diesel into the Wend brook near the Arlow paper mill on Monday. "


def pair(first: str, second: str) -> Analysis:
    return run(Spec(SPILL + first + "\n", "Valley Echo", DAY), Spec(SPILL + second + "\n", "Coast Daily", DAY))


def measured(result: Analysis) -> list[str]:
    return [x.explanation for x in review_worthy(result) if x.kind in ("numeric", "unit")]


@pytest.mark.parametrize(
    ("first", "second", "review"),
    [
        # a vague span and a count of years share a number, not a measure
        (
            "Rail freight past the paper mill was halted for several hours as a precaution.",
            "It is the second spill at the paper mill in three years.",
            False,
        ),
        # the same number a prefix apart is a mixed-up unit
        (
            "The clean-up firm said the lorry carried 3 tonnes of diesel into the brook.",
            "The clean-up firm said the lorry carried 3 kilograms of diesel into the brook.",
            True,
        ),
    ],
)
def test_a_number_kept_across_units(first: str, second: str, review: bool) -> None:
    assert bool(measured(pair(first, second))) is review


@pytest.mark.parametrize(
    ("second", "review"),
    [
        # "within" says how a span stands, not what it spans
        ("Fish deaths were seen within six weeks of the spill, anglers said.", False),
        ("The mill alerted the river authority within five days.", True),
    ],
)
def test_a_preposition_is_no_context(second: str, review: bool) -> None:
    result = pair("The mill alerted the river authority within 48 hours.", second)
    assert bool(measured(result)) is review
