"""- A telephone number ("a claims line on 0800 600 247", "+44 20 7946 0958") is no count of
  anything: it is set against no figure, and two reports that give one helpline's number say the
  same thing.
- A passive denial names what was not struck ("No military facilities were hit"): strikes on
  something else ("one struck the sports hall") do not contradict it, and neither do projectiles
  said to have landed somewhere unnamed.
- A denial kept to the people at one place ("No one was hurt at the school") is not set against
  the story's casualties told elsewhere; the harm told at that place still is.
- A day after "rejected responsibility" dates the rejection, not the attack."""

from __future__ import annotations

import pytest
from core_support import (
    Spec,
    between,
    claim_with,
    claims_of,
    clusters_by_text,
    quantities,
    review_worthy,
    run,
)

from claims.quantities import phone_numbers


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        ("We have opened a claims line for residents on 0800 600 247, and 3 buses are waiting.", [3.0]),
        ("Relatives can call +44 20 7946 0958 from abroad; 12 volunteers staff it.", [12.0]),
        ("The bureau on (020) 7946 0958 has taken 400 calls.", [400.0]),
        ("Ring 1-800-555-0199 if any of the 40 cars was yours.", [40.0]),
        ("The zone reaches 0.5 km past the 2,000 metre mark.", [0.5, 2000.0]),
    ],
)
def test_a_phone_number_is_no_quantity(sentence: str, numbers: list[float]) -> None:
    assert [q.value for q in quantities(sentence)] == numbers


def test_a_phone_number_is_kept_as_a_word_for_linking() -> None:
    assert phone_numbers("call our bureau on 0800 417 417, or +44 20 7946 0958.") == [
        "tel:0800417417",
        "tel:442079460958",
    ]
    assert phone_numbers("about 0.5 km from 2,000 homes") == []


LEDE = "A tanker lorry overturned and leaked diesel on the Corrib bypass in Ashgrove on Tuesday, 12 May 2026. "


def test_a_phone_number_is_not_set_against_a_count() -> None:
    result = run(
        Spec(LEDE + "Roughly 6,000 people were ordered out of their homes by police.", "Ashgrove Echo", "2026-05-12"),
        Spec(LEDE + "We have opened a claims line for residents affected by the evacuation on 0800 600 247.",
             "Corrib Haulage", "2026-05-12"),
    )  # fmt: skip
    assert not [x for x in review_worthy(result) if any("0800 600 247" in s for s in x.sentences)]


def test_one_helpline_number_in_two_reports_is_one_claim() -> None:
    result = run(
        Spec(LEDE + "A helpline for worried families has been set up at 0800 318 318, the council said.",
             "Ashgrove Echo", "2026-05-12"),
        Spec(LEDE + "Families with questions can call our incident line on 0800 318 318.", "Corrib Haulage",
             "2026-05-12"),
    )  # fmt: skip
    assert any(
        any("0800 318 318" in t and a == "a1" for a, t in k) and any("0800 318 318" in t and a == "a2" for a, t in k)
        for k in clusters_by_text(result)
    )


STRIKE = "Rockets struck the border town of Velmar on Thursday night, 16 April 2026. "


def test_a_passive_denial_names_what_was_not_struck() -> None:
    denied = claim_with(claims_of("No military facilities were hit, the ministry said."), "military facilities")
    frame = next(f for f in denied.frames if f.kind == "outcome")
    assert (frame.value, frame.polarity, frame.target) == ("hit", False, "facility")
    spared = claim_with(claims_of("The Velmar substation was not hit."), "substation")
    assert next(f for f in spared.frames if f.kind == "outcome").target == "substation"


def test_a_strike_on_another_thing_does_not_contradict_it() -> None:
    result = run(
        Spec(STRIKE + "No military facilities were hit, and no soldiers were harmed.", "Ministry", "2026-04-17"),
        Spec(STRIKE + "Several rockets hit the town centre, and one struck the sports hall of School No. 2.",
             "Velmar Live", "2026-04-17"),
        Spec(STRIKE + "Five rockets landed in the town, the army said.", "Axon Wire", "2026-04-17"),
    )  # fmt: skip
    assert not between(result, "outcome", "No military facilities", "sports hall")
    assert not between(result, "outcome", "No military facilities", "Five rockets landed")


def test_a_strike_on_the_same_thing_still_contradicts_it() -> None:
    result = run(
        Spec(STRIKE + "The Velmar substation was not hit, the ministry said.", "Ministry", "2026-04-17"),
        Spec(STRIKE + "One rocket hit the substation, cutting power to the east of the town.", "Velmar Live",
             "2026-04-17"),
    )  # fmt: skip
    found = between(result, "outcome", "substation was not hit", "hit the substation")
    assert found and found[0].severity in ("high", "medium"), found


def test_a_denial_at_one_place_is_not_set_against_harm_elsewhere() -> None:
    result = run(
        Spec(STRIKE + "Four civilians were killed and 19 injured.", "Velmar Live", "2026-04-17"),
        Spec(STRIKE + "No one was hurt at the school, caretaker Ivo Brandt said; the building had been locked.",
             "Velmar Courier", "2026-04-17"),
    )  # fmt: skip
    assert not between(result, "negation", "No one was hurt at the school", "Four civilians")


def test_harm_told_at_that_place_still_contradicts_it() -> None:
    result = run(
        Spec(STRIKE + "Two pupils were injured when a rocket hit the school.", "Velmar Live", "2026-04-17"),
        Spec(STRIKE + "No one was hurt at the school, caretaker Ivo Brandt said.", "Velmar Courier", "2026-04-17"),
    )
    assert between(result, "negation", "No one was hurt at the school", "Two pupils")


def test_a_denial_at_the_scene_is_the_whole_story() -> None:
    result = run(
        Spec(STRIKE + "Four civilians were killed and 19 injured.", "Velmar Live", "2026-04-17"),
        Spec(STRIKE + "No one was hurt at the scene, a police spokesman said.", "Velmar Courier", "2026-04-17"),
    )
    assert between(result, "negation", "No one was hurt at the scene", "Four civilians")


def test_the_day_a_ministry_rejected_responsibility_does_not_date_the_attack() -> None:
    result = run(
        Spec(STRIKE + "Thursday's attack was the first in months to cause deaths.", "Axon Wire", "2026-04-16"),
        Spec("Velmar's neighbour rejected responsibility again on Friday, saying the rockets were fired by "
             "rebels from positions around Ulmin.", "Velmar Live", "2026-04-17"),
    )  # fmt: skip
    assert not between(result, "date", "Thursday's attack", "rejected responsibility")
