"""Groups named in two words ("first responders", "intervention personnel"), a denial that
something was missing, and "should have" told of the past. All sentences are invented."""

from __future__ import annotations

import pytest
from core_support import claims_of, flagged

from claims.lexicon import NOUN_CLASS

FIRE = "Fire swept through the Lantern Club in Arvel on Saturday, March 14, 2026. "


def denied_group(sentence: str) -> str | None:
    [frame] = [f for c in claims_of(sentence) for f in c.frames if f.kind == "harm" and f.count == 0]
    return frame.target


@pytest.mark.parametrize(
    ("sentence", "group"),
    [
        ("No first responders were injured during the operation.", "responder"),
        ("No intervention personnel were injured.", "responder"),
        ("No rescue workers were hurt.", "rescuer"),
        ("No firefighters were injured.", "firefighter"),
        ("No passengers were hurt.", "passenger"),
        ("No foreign tourists were hurt.", "tourist"),  # (no two-word class: the word after "no")
    ],
)
def test_the_group_a_denial_names_in_two_words(sentence: str, group: str) -> None:
    assert denied_group(sentence) == group


@pytest.mark.parametrize(
    "harm",
    [
        "Two firefighters were treated for smoke inhalation.",
        "Two volunteer firefighters suffered minor injuries when a wall gave way.",
        "A paramedic was hurt when the roof fell in.",
    ],
)
def test_a_denial_of_harm_to_responders_meets_harm_to_firefighters(harm: str) -> None:
    assert flagged("negation", FIRE, "No first responders were injured during the operation.", harm, "2026-03-15")


@pytest.mark.parametrize(
    ("denial", "harm"),
    [
        ("No first responders were injured during the operation.", "Two guests were treated for smoke inhalation."),
        ("No firefighters were injured.", "A paramedic was hurt when the roof fell in."),
    ],
)
def test_a_denial_for_one_group_says_nothing_of_another(denial: str, harm: str) -> None:
    assert not flagged("negation", FIRE, denial, harm, "2026-03-15")


def test_the_two_word_groups_are_in_the_class_table() -> None:
    # (the frames look the pair up there; a typo in the table would silently lose the group)
    assert NOUN_CLASS["first responder"] == NOUN_CLASS["intervention personnel"] == "responder"
    assert NOUN_CLASS["rescue worker"] == "rescuer"


def test_denying_a_lack_opposes_a_confirmed_lack() -> None:
    assert flagged(
        "attribution",
        FIRE,
        "Interior Minister Ana Pavel confirmed that the club did not hold a fire-safety permit.",
        "Interior Minister Ana Pavel denied that the club had been operating without a fire-safety permit.",
        "2026-03-15",
    )


def test_denying_a_lack_agrees_with_a_denied_lack() -> None:
    assert not flagged(
        "attribution",
        FIRE,
        "Interior Minister Ana Pavel said the club had not been operating without a fire-safety permit.",
        "Interior Minister Ana Pavel denied that the club had been operating without a fire-safety permit.",
        "2026-03-15",
    )


def test_denying_a_lack_still_opposes_a_confirmation_of_that_lack() -> None:
    assert flagged(
        "attribution",
        FIRE,
        "The owner acknowledged that some guests had entered without tickets.",
        "The owner denied that any guest had entered without a ticket.",
        "2026-03-15",
    )


def test_a_reason_after_a_denial_is_not_what_is_denied() -> None:
    # "no" in the reason given does not turn the denial of an act into a denial of a lack
    assert flagged(
        "attribution",
        FIRE,
        "Fire chief Ion Marin confirmed that welding had been under way in the kitchen.",
        "Fire chief Ion Marin denied that welding was under way, saying no hot work had been scheduled.",
        "2026-03-15",
    )


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        ("The alarm did not sound as it should have, the chief said.", "assertion"),
        ("The sprinklers must have failed early in the fire.", "assertion"),
        ("Clubs should install sprinklers, the chief said.", "prescriptive"),
        ("Owners must not lock fire exits.", "prescriptive"),
    ],
)
def test_should_have_tells_of_the_past(sentence: str, modality: str) -> None:
    assert claims_of(sentence)[0].modality == modality
