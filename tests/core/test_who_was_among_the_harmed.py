"""Whom a harm or an arrest befell when the sentence names them after it ("Among those killed
was a schoolgirl", "Police arrested the owner") or in a relative clause ("the driver, who died
at the scene"). All sentences are invented."""

from __future__ import annotations

import pytest
from core_support import claims_of, flagged

CRASH = "Two commuter trains collided near Halden station on Tuesday, May 19, 2026. "


def harmed(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.kind, f.target) for c in claims_of(sentence) for f in c.frames if f.kind == "harm"]


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Among those killed was a 12-year-old schoolgirl travelling with her mother.", "child"),
        ("Among the dead were two firefighters.", "firefighter"),
    ],
)
def test_among_the_harmed_names_whom(sentence: str, target: str) -> None:
    assert harmed(sentence)[0] == ("harm", target)


def test_a_child_among_the_dead_meets_a_denial_of_children_among_them() -> None:
    assert flagged(
        "negation",
        CRASH,
        "Among those killed was a 12-year-old schoolgirl travelling with her mother.",
        "Police said no children were among the dead.",
        "2026-05-19",
    )


def test_a_denial_for_a_group_among_the_dead_says_nothing_of_adults() -> None:
    assert not flagged(
        "negation",
        CRASH,
        "Nine adults were killed in the collision.",
        "Police said no children were among the dead.",
        "2026-05-19",
    )


@pytest.mark.parametrize(
    ("sentence", "target", "value"),
    [
        ("Nine people died: eight passengers and the driver of the train, who died at the scene.", "driver", "ended"),
        ("Rescuers reached the pilot, who had survived the crash.", "pilot", "going"),
    ],
)
def test_a_relative_clause_tells_of_the_noun_before_it(sentence: str, target: str, value: str) -> None:
    statuses = [(f.target, f.value) for c in claims_of(sentence) for f in c.frames if f.kind == "status:alive"]
    assert statuses == [(target, value)]


def test_the_driver_who_died_and_the_driver_who_survived_clash() -> None:
    assert flagged(
        "outcome",
        CRASH,
        "Nine people died: eight passengers and the driver of the first train, who died at the scene.",
        "The driver of the first train survived with head injuries, police said.",
        "2026-05-19",
    )


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("Police arrested the building's owner at a relative's house on Wednesday.", "owner"),
        ("Officers detained the driver at the scene.", "driver"),
        ("The driver was detained at the scene.", "driver"),
    ],
)
def test_an_arrest_ends_the_time_at_large(sentence: str, target: str) -> None:
    caught = [(f.target, f.value) for c in claims_of(sentence) for f in c.frames if f.kind == "status:caught"]
    assert caught == [(target, "ended")]


def test_arrested_and_at_large_clash() -> None:
    assert flagged(
        "outcome",
        "A garment factory building collapsed in Kashpur on Tuesday, February 10, 2026. ",
        "Police arrested the building's owner, Anwar Hossain, at a relative's house on Wednesday night.",
        "Police say the building's owner, Anwar Hossain, has fled and remains at large.",
        "2026-02-12",
    )
