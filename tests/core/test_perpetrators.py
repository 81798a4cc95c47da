"""Who is behind an attack: a ransomware group that lists its victim on its leak site claims the
attack, a group is known by its name with its kind after it ("the Nullfire gang"), and "added the
trust to its leak website" says nothing. The traps a review found are in test_review_traps."""

from __future__ import annotations

import pytest
from core_support import claims_of, flagged

from claims.entities import same_agent

LEDE = "A ransomware attack hit the Brenmoor health authority last week. "
DAY = "2026-03-11"


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # two groups each said to have put the victim on their leak site
        (
            "A ransomware group calling itself Black Wren added the authority to its leak website on Tuesday.",
            "The Ashfall ransomware gang listed the authority on its dark web leak site on Tuesday.",
            True,
        ),
        (
            "The Ashfall gang listed the authority on its leak site on Tuesday.",
            "A group calling itself Black Wren has claimed responsibility for the attack.",
            True,
        ),
        # one group, named with and without its kind
        (
            "A ransomware group calling itself Black Wren added the authority to its leak website on Tuesday.",
            "The Black Wren gang listed the authority on its leak site on Tuesday.",
            False,
        ),
        ("The Black Wren gang claimed responsibility.", "Black Wren, a Russian-speaking ransomware group, claimed responsibility.", False),
        # a common noun names no one
        ("The Nullfire gang listed the authority on its leak site.", "Hackers listed the authority on their leak site.", False),
    ],
)
def test_groups_named_for_one_attack(first: str, second: str, expected: bool) -> None:
    assert bool(flagged("entity", LEDE, first, second, DAY)) is expected


@pytest.mark.parametrize(
    ("x", "y", "expected"),
    [
        ("the Nullfire gang", "BlackVesper", False),
        ("the Nullfire ransomware gang", "the Nullfire group", True),
        # a word that may be a name or a noun names no one: "Militants", "Separatists", "Russia"
        # against "the Kremlin" (a country and its government)
        ("Militants", "BlackVesper", None),
        ("Separatists", "the Red Dawn Front", None),
        ("Russia", "Kremlin", None),
    ],
)
def test_a_group_is_named_with_its_kind_after_its_name(x: str, y: str, expected: bool | None) -> None:
    assert same_agent(x, y) is expected


def test_a_thing_added_to_a_place_is_nothing_said() -> None:
    (claim,) = claims_of("A ransomware group calling itself Black Wren added the trust to its leak website on Tuesday.")
    assert claim.speaker is None
    assert [(f.kind, f.target) for f in claim.frames] == [("responsibility", "Black Wren")]
    (said,) = claims_of("The spokesman added that the trust had informed the police.")
    assert said.speaker == "The spokesman"
