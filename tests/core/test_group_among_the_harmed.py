"""The people "are among the injured" names before its verb ("Two resort employees, a lift
operator and a piste patroller, are among the injured"): the group a denial of harm to
"the ski area's employees" is about."""

from __future__ import annotations

import pytest
from core_support import claims_of, flagged


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Two resort employees, a lift operator and a piste patroller, are among the injured.", "worker"),
        ("A performer was among those hurt.", "performer"),
        ("Among the dead were two firefighters.", "firefighter"),
        ("Several people are among the injured.", "person"),
    ],
)
def test_who_is_among_the_harmed(sentence: str, target: str) -> None:
    frames = [f for c in claims_of(sentence, "2026-02-14") for f in c.frames if f.kind == "harm"]
    assert [f.target for f in frames] == [target]


LEDE = "An avalanche swept the Gamskar run at the Lattach ski resort on Saturday, February 14, 2026. "


def test_staff_among_the_injured_against_no_staff_hurt() -> None:
    assert flagged(
        "negation",
        LEDE,
        "None of the ski area's employees were injured, police said.",
        "Two resort employees, a lift operator and a piste patroller, are among the injured, a spokeswoman said.",
        "2026-02-14",
    )


def test_guests_among_the_injured_against_no_staff_hurt() -> None:
    assert not flagged(
        "negation",
        LEDE,
        "None of the ski area's employees were injured, police said.",
        "Two British guests are among the injured, a spokeswoman said.",
        "2026-02-14",
    )
