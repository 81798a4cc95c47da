"""A sentence that opens with a clause in the outlet's own voice and goes on ", and police said
...": the first clause is the outlet's claim, the second the speaker's (the speaker is not "and
police", nor "Two people died")."""

from __future__ import annotations

import pytest
from core_support import claims_of


def voices(sentence: str) -> list[tuple[str, str | None]]:
    return [(c.text, c.speaker) for c in claims_of(sentence, "2026-03-10")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In total two people died, and police said the family of the boy had asked for privacy.",
            [("In total two people died", None), ("the family of the boy had asked for privacy", "police")],
        ),
        (
            "Two people died, and officials said the road would reopen on Friday.",
            [("Two people died", None), ("the road would reopen on Friday", "officials")],
        ),
        (
            "The fire was put out by noon, but the mayor said schools would stay shut.",
            [("The fire was put out by noon", None), ("schools would stay shut", "the mayor")],
        ),
    ],
)
def test_own_clause_then_a_credited_one(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert voices(sentence) == expected


def test_a_first_clause_that_credits_someone_keeps_its_speaker() -> None:
    found = voices(
        "The Transportation Safety Board has not confirmed a bird strike, and a TSB spokesperson said "
        "on Friday that no bird remains had been found."
    )
    assert found[0][0].startswith("a bird strike") and found[0][1] == "The Transportation Safety Board"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb before the verb of saying
        ("The director of Emergency Hospital No. 2, Dr Nikolai Sevrin, has publicly denied that any "
         "patient was admitted with gunshot wounds.",
         [("any patient was admitted with gunshot wounds", "Dr Nikolai Sevrin")]),
        ("The mayor repeatedly said the dam was safe.", [("the dam was safe", "The mayor")]),
        # a role at a named body, then the person's name: the name
        ("The head of the Kasama Water Board, Peter Banda, said the main was repaired.",
         [("the main was repaired", "Peter Banda")]),
    ],
)
def test_speakers_by_adverb_and_named_role(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert voices(sentence) == expected
