"""The year a structure was built, opened or founded, and one structure given two such years."""

from __future__ import annotations

import pytest
from core_support import flagged

from claims.built import built_years

THURSDAY = "2025-03-14"
COLLAPSE = "A bridge collapsed in Genoa on Thursday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge was built in 1967", [("bridge", "built", 1967)]),
        ("The bridge, completed in 1972, had been due for repairs", [("bridge", "built", 1972)]),
        ("The dam, dating from 1958, failed", [("dam", "built", 1958)]),
        ("The hospital opened in 1990 and the bridge collapsed", [("hospital", "opened", 1990)]),
        ("The company was founded in 1950", []),  # no structure
    ],
)
def test_built_years(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert built_years(text) == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The bridge, completed in 1972, had been due for repairs.", True),
        ("The bridge, built in 1967, had been due for repairs.", False),
        # built in one year and opened in another may both be right; another structure is another
        ("The bridge, opened in 1972, had been due for repairs.", False),
        ("The town hall was built in 1972.", False),
    ],
)
def test_one_structure_built_in_two_years(second: str, expected: bool) -> None:
    assert bool(flagged("date", COLLAPSE, "The bridge was built in 1967.", second, THURSDAY)) is expected
