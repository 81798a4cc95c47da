"""- What was (not) damaged is read: a passive's subject ("the control building was not damaged"),
  the noun a relative clause hangs on ("a rural line that was damaged"), the kind before a name
  ("The tanker Selva Crown was damaged"), the noun after an attributive "the damaged cells".
  Damage to one thing does not contradict another thing spared; a tanker is a vessel.
- "Caused no significant damage" admits minor damage.
- A projectile "destroyed" in the air, or said of drones, was intercepted, not damage done.
- Those "in a serious condition" now are a state that eases, not a running total.
- "The injured were taken to three hospitals" counts hospitals, not the hurt."""

from __future__ import annotations

from core_support import Spec, between, claim_with, claims_of, quantities, review_worthy, run


def _damage(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.value, f.target, f.count_qualifier) for c in claims_of(text) for f in c.frames if f.kind == "damage"]


def test_what_was_damaged_is_read() -> None:
    assert _damage("The adjoining transformers and the control building were not damaged.") == [("0", "building", None)]
    assert _damage("Customers supplied by a rural line that was damaged overnight were reconnected.")[0][1] == "line"
    assert _damage("The tanker Selva Crown, which was loading at berth 2, was damaged by shrapnel.")[0][1] == "tanker"
    assert _damage("Crews pumped foam into the damaged cells.")[0][1] == "cell"
    assert _damage("Two houses were badly damaged.") == [("3", "house", None)]


def test_no_significant_damage_admits_minor_damage() -> None:
    assert _damage("Debris fell on an access road but caused no significant damage.") == [("1", None, "at_most")]
    assert _damage("There was no damage.") == [("0", None, None)]


SUBSTATION = "A fire broke out at the Ebbinford substation on Monday, 18 May 2026, cutting power to 600,000 homes. "


def test_damage_to_one_thing_does_not_contradict_another_spared() -> None:
    result = run(
        Spec(SUBSTATION + "The adjoining transformers and the control building were not damaged.", "Grid",
             "2026-05-19"),
        Spec(SUBSTATION + "Some 1,900 customers supplied by a rural line that was damaged when it was re-energised "
             "were not reconnected until Friday.", "Review", "2026-06-02"),
    )  # fmt: skip
    assert not between(result, "outcome", "control building", "rural line")


TERMINAL = "Drones struck the Saraband oil terminal on Tuesday, 19 May 2026, setting a storage tank ablaze. "


def test_a_denial_of_one_thing_is_not_met_by_damage_of_nothing_named() -> None:
    result = run(
        Spec(TERMINAL + "No vessels were damaged, the operator said.", "Operator", "2026-05-19"),
        Spec(TERMINAL + "The full extent of the damage from the attack was still emerging last night.", "Beacon",
             "2026-05-20"),
    )  # fmt: skip
    assert not between(result, "outcome", "No vessels", "full extent")


def test_a_tanker_damaged_contradicts_no_vessels_damaged() -> None:
    result = run(
        Spec(TERMINAL + "No vessels were damaged, the operator said.", "Operator", "2026-05-19"),
        Spec(TERMINAL + "The tanker Selva Crown, which was loading at berth 2, was damaged by shrapnel.", "Beacon",
             "2026-05-20"),
    )  # fmt: skip
    found = between(result, "outcome", "No vessels", "Selva Crown")
    assert found and found[0].severity in ("high", "medium"), found


def test_a_projectile_destroyed_in_the_air_was_intercepted() -> None:
    for text in ("A cruise missile was destroyed over the sea.", "The ministry said all the drones had been destroyed."):
        claim = claims_of(text)[0]
        assert [f.value for f in claim.frames if f.kind == "outcome"] == ["intercepted"], text
        assert not [f for f in claim.frames if f.kind == "damage"], text
    assert _damage("The warehouse was destroyed.")[0][0] == "3"


def test_a_missile_destroyed_in_the_air_is_no_damage_to_vessels() -> None:
    result = run(
        Spec(TERMINAL + "No vessels were damaged, the operator said.", "Operator", "2026-05-19"),
        Spec(TERMINAL + "A cruise missile was destroyed over the sea.", "Live", "2026-05-19"),
    )
    assert not between(result, "outcome", "No vessels", "cruise missile")


COACH = "A tour coach overturned on the A9 near Brennick on Sunday, 15 March 2026. "


def test_those_in_a_serious_condition_are_no_running_total() -> None:
    sentence = "The injured were taken to three hospitals in the region, adding that several were in a serious condition."
    claim = claim_with(claims_of(COACH + sentence, "2026-03-15"), "three hospitals")
    several = next(q for q in claim.quantities if q.text == "several")
    assert several.role == "injury" and not several.cumulative
    toll = claim_with(claims_of(COACH + "At least 27 people were injured.", "2026-03-15"), "27 people")
    assert toll.quantities[0].cumulative


def test_fewer_in_a_serious_condition_later_is_no_contradiction() -> None:
    result = run(
        Spec(COACH + "The injured were taken to hospital, and several were in a serious condition.", "Lamplighter",
             "2026-03-15"),
        Spec(COACH + "Five remain in hospital, one of them in a critical condition.", "Dispatch", "2026-03-24"),
    )  # fmt: skip
    assert not [x for x in review_worthy(result) if x.kind == "numeric"]


def test_hospitals_the_hurt_were_taken_to_are_counted_apart() -> None:
    [hospitals] = quantities("The injured were taken to three hospitals in the region.")
    assert (hospitals.value, hospitals.role) == (3.0, "treated_at")
    result = run(
        Spec(COACH + "The injured were taken to four hospitals in the city.", "Police", "2026-03-15"),
        Spec(COACH + "Radio Brennick reports that two people have died, citing staff at two hospitals.", "Live",
             "2026-03-15"),
    )  # fmt: skip
    assert not between(result, "numeric", "four hospitals", "two hospitals")
    told = run(
        Spec(COACH + "The injured were taken to four hospitals in the city.", "Police", "2026-03-15"),
        Spec(COACH + "The injured were taken to five hospitals across the region.", "Wire", "2026-03-15"),
    )
    assert between(told, "numeric", "four hospitals", "five hospitals")
