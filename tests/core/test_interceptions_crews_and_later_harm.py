"""Three ways two reports disagree (or do not) about what befell people and projectiles:
- some projectiles intercepted against none at all ("Seven were intercepted" / "Not a single
  rocket was shot down"), but not against one that was not ("the drone was not shot down");
- a crew said unhurt against its pilot or driver taken to hospital, the harmed person read past
  a relative clause ("The pilot of the water bomber that came down on the reservoir was taken
  to hospital");
- a denial of deaths against a death that came days after the denial was published: a count
  that grew (low, different times), not a contradiction."""

from __future__ import annotations

import pytest
from core_support import Spec, between, claims_of, run


def _outcome(first: str, second: str) -> list:
    lede = "Nine rockets were fired at the border town of Tarnovel on Thursday, April 16, 2026. "
    result = run(Spec(lede + first, "Ministry", "2026-04-17"), Spec(lede + second, "Courier", "2026-04-17"))
    return [x for x in between(result, "outcome", first[:20], second[:20]) if x.severity in ("high", "medium")]


def test_some_intercepted_against_none_at_all_disagree() -> None:
    assert _outcome("Seven were intercepted.", "Not a single rocket was shot down over Tarnovel.")


def test_some_intercepted_against_one_that_was_not_do_not_disagree() -> None:
    assert not _outcome("Seven were intercepted.", "The last rocket was not shot down and hit a school.")


@pytest.mark.parametrize(
    ("sentence", "target"),
    [
        ("The pilot of the water bomber that came down on the reservoir was taken to hospital with back injuries.",
         "pilot"),
        ("A worker who fell from the scaffold was taken to hospital.", "worker"),
        ("The man, who was pulled from the river, was taken to hospital.", "person"),
    ],
)  # fmt: skip
def test_the_harmed_read_past_a_relative_clause(sentence: str, target: str) -> None:
    harmed = [f.target for c in claims_of(sentence, "2026-08-03") for f in c.frames if f.kind == "harm"]
    assert harmed == [target]


@pytest.mark.parametrize(
    ("unhurt", "hurt"),
    [
        ("Both crew members were unhurt and were brought ashore by boat.",
         "The pilot of the water bomber that came down on the reservoir was taken to hospital with back injuries."),
        ("Both members of the train crew were unhurt.", "The train's driver was taken to hospital with a head injury."),
    ],
)  # fmt: skip
def test_a_crew_unhurt_against_its_pilot_or_driver_hurt_disagree(unhurt: str, hurt: str) -> None:
    lede = "A water bomber fighting the Valdorna wildfire came down on the Pedralva reservoir on Sunday, August 2, 2026. "
    result = run(Spec(lede + unhurt, "Civil Protection", "2026-08-02"), Spec(lede + hurt, "LTV", "2026-08-02"))
    found = between(result, "negation", unhurt[:20], hurt[:20])
    assert found and found[0].severity in ("high", "medium"), found


def test_a_crew_unhurt_against_a_bystander_hurt_do_not_disagree() -> None:
    lede = "A water bomber came down on the Pedralva reservoir on Sunday, August 2, 2026. "
    result = run(
        Spec(lede + "Both crew members were unhurt.", "Civil Protection", "2026-08-02"),
        Spec(lede + "A fisherman was taken to hospital with cuts.", "LTV", "2026-08-02"),
    )
    assert not [x for x in between(result, "negation", "Both crew", "A fisherman") if x.severity != "low"]


def test_a_death_after_the_denial_was_published_is_a_count_that_grew() -> None:
    result = run(
        Spec(
            "A tram derailed in Brno on Wednesday, March 11, 2026, injuring 23 people. "
            "None of the passengers on board was killed.",
            "Herald",
            "2026-03-12",
        ),
        Spec(
            "A tram derailed in Brno on Wednesday, March 11. "
            "A 74-year-old passenger who had been seriously injured died in hospital on Sunday, March 15.",
            "Weekly",
            "2026-03-19",
        ),
    )
    found = between(result, "negation", "None of the passengers", "died in hospital")
    assert found and all(x.severity == "low" and x.temporal == "different_times" for x in found), found
    assert "after the denial was published" in found[0].explanation
