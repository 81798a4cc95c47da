"""- "It was not immediately clear whether either vessel had been damaged" asks; it asserts no
  damage and denies none.
- "The driver was not hurt" spares one person: a count of the hurt that does not name the driver
  says nothing of him, while "the driver is among the injured" contradicts it.
- "Survivors who did not need hospital care were taken to the hall" picks out those survivors.
- ", which is why boiling is essential": the "which" stands for the clause before it.
- Killing that befalls no person ("chlorine does not kill the parasite") is no harm.
- A denial with an exception ("no weapon other than the officers' own") is not contradicted by
  what it excepts; a denial said of a named subject ("Ashcombe itself is not covered") is not
  contradicted by the act befalling others."""

from __future__ import annotations

from core_support import Spec, between, claim_with, claims_of, run

from claims.clauses import split_clauses

FERRY = "A ferry struck rocks off Esk Harbour late on Sunday, 14 March 2026. "


def test_an_open_question_asserts_nothing() -> None:
    claims = claims_of("It was not immediately clear whether either vessel had been damaged.")
    assert claim_with(claims, "either vessel").modality == "question"
    later = claims_of("Two people died, and it remains unclear how many were aboard.")
    assert claim_with(later, "Two people died").modality == "assertion"
    assert claim_with(later, "how many were aboard").modality == "question"


def test_an_open_question_is_not_set_against_a_denial() -> None:
    result = run(
        Spec(FERRY + "It was not immediately clear whether either tug had been damaged.", "Wire", "2026-03-15"),
        Spec(FERRY + "No vessels were damaged, the operator said.", "Operator", "2026-03-15"),
    )
    assert not between(result, "outcome", "either tug", "No vessels")
    assert not between(result, "negation", "either tug", "No vessels")


COACH = "A tour coach overturned on the exit ramp of the A9 near Brennick on Sunday, 15 March 2026. "


def test_a_role_spared_is_not_set_against_a_count_of_the_hurt() -> None:
    result = run(
        Spec(COACH + "The driver was not hurt, the coach company said.", "Wire", "2026-03-15"),
        Spec(COACH + "Twenty-nine people were taken to hospital, six of them with serious injuries.", "Police",
             "2026-03-15"),
    )  # fmt: skip
    assert not between(result, "negation", "driver was not hurt", "Twenty-nine")


def test_the_same_role_hurt_contradicts_it() -> None:
    result = run(
        Spec(COACH + "The driver was not hurt, the coach company said.", "Wire", "2026-03-15"),
        Spec(COACH + "The driver, named locally as Tomas Ferlund, is among the injured.", "Live", "2026-03-15"),
    )
    found = between(result, "negation", "driver was not hurt", "among the injured")
    assert found and found[0].severity in ("high", "medium"), found


def test_a_relative_clause_that_denies_care_picks_out_a_group() -> None:
    claim = claim_with(claims_of("Survivors who did not need hospital care were taken to the community hall."), "hall")
    assert not [f for f in claim.frames if f.kind == "harm" and f.count == 0 and f.target != "subgroup"]
    result = run(
        Spec(FERRY + "Survivors who did not need hospital care were taken to the community hall.", "Coastguard",
             "2026-03-15"),
        Spec(FERRY + "Thirty-one people were in hospital this afternoon.", "Live", "2026-03-15"),
    )  # fmt: skip
    assert not between(result, "negation", "did not need hospital care", "Thirty-one")


def test_which_is_why_stands_for_the_clause_before() -> None:
    text = "The parasite is not killed by chlorine, which is why boiling is essential."
    assert [c.text(text) for c in split_clauses(text, 0, len(text))] == [
        "The parasite is not killed by chlorine",
        "boiling is essential",
    ]
    kept = "The fire reached the depot, which held 40 buses."
    assert any("which held 40 buses" in c.text(kept) or c.prefix for c in split_clauses(kept, 0, len(kept)))


def test_killing_germs_is_no_harm_to_people() -> None:
    for text in ("Chlorine does not kill the parasite.", "The bacteria are killed by boiling the water."):
        assert not [f for c in claims_of(text) for f in c.frames if f.kind == "harm"], text
    killed = claims_of("The blast killed two workers.")
    assert [f.count for c in killed for f in c.frames if f.kind == "harm"] == [2.0]


OUTBREAK = "A boil-water notice was issued for Quenby on Thursday, 9 April 2026, after parasites were found. "


def test_two_denials_of_a_germ_dying_agree_with_no_one_dying() -> None:
    result = run(
        Spec(OUTBREAK + "The parasite is not killed by chlorine, which is why boiling is essential.", "Water",
             "2026-04-10"),
        Spec(OUTBREAK + "Chlorine does not kill the parasite. No one has died.", "Weekly", "2026-04-20"),
    )  # fmt: skip
    assert not [x for x in result.conflicts if x.kind == "negation"]


PROTEST = "Police fired on protesters in Tessaly Square in Valcester on Tuesday, 8 September 2026. "


def test_a_denial_is_not_contradicted_by_what_it_excepts() -> None:
    result = run(
        Spec(PROTEST + "The investigators say that no weapon has been handed to them other than the officers' own.",
             "Observer", "2026-09-20"),
        Spec(PROTEST + "All weapons used by our officers have been secured and handed to the investigators.",
             "Police", "2026-09-09"),
    )  # fmt: skip
    assert not between(result, "negation", "other than the officers", "All weapons used")


def test_a_denial_of_the_whole_is_still_contradicted() -> None:
    result = run(
        Spec(PROTEST + "The investigators say that no weapon has been handed to them.", "Observer", "2026-09-20"),
        Spec(PROTEST + "All weapons used by our officers have been secured and handed to the investigators.",
             "Police", "2026-09-09"),
    )  # fmt: skip
    assert between(result, "negation", "no weapon has been handed", "All weapons used")


def test_a_denial_said_of_a_named_place_is_not_contradicted_by_others() -> None:
    result = run(
        Spec(OUTBREAK + "Ashcombe itself, which draws its water from another works, is not covered by the notice.",
             "Gazetteer", "2026-04-14"),
        Spec(OUTBREAK + "The notice covers some 42,000 homes, the council said.", "Radio", "2026-04-11"),
    )  # fmt: skip
    assert not between(result, "negation", "Ashcombe itself", "42,000 homes")
