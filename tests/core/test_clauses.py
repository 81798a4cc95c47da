"""Clauses: a sentence that says several things is split into atomic claims at clear seams
only; a number, a list or a single predicate is never cut."""

from __future__ import annotations

import pytest
from core_support import claims_of

from claims.clauses import split_clauses


def clause_texts(sentence: str) -> list[str]:
    return [c.text(sentence) for c in split_clauses(sentence, 0, len(sentence))]


def test_interception_hit_and_damage_are_three_claims() -> None:
    s = "Air defences shot down one drone, but the second one hit the base, causing minimal damage."
    assert clause_texts(s) == [
        "Air defences shot down one drone",
        "the second one hit the base",
        "causing minimal damage",
    ]


def test_clause_spans_point_into_the_sentence() -> None:
    s = "Air defences shot down one drone, but the second one hit the base, causing minimal damage."
    for c in split_clauses(s, 0, len(s)):
        assert s[c.start : c.end] == c.text(s)


def test_the_three_claims_reach_the_pipeline_with_their_frames() -> None:
    claims = claims_of(
        "Air defences shot down one drone, but the second one hit the base, causing minimal damage.\n"
    )
    own = [c for c in claims if not c.derived]
    assert [c.text for c in own] == [
        "Air defences shot down one drone",
        "the second one hit the base",
        "causing minimal damage",
    ]
    assert all(c.sentence == own[0].sentence for c in own)
    outcomes = [[(f.value, f.polarity) for f in c.frames if f.kind == "outcome"] for c in own]
    assert outcomes[0] == [("intercepted", True)]
    assert outcomes[1] == [("hit", True)]
    assert [f.value for f in own[2].frames if f.kind == "damage"] == ["1"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Although the levee held, the lower town flooded.", ["the levee held", "the lower town flooded"]),
        (
            "Although rain had stopped by noon, the river kept rising.",
            ["rain had stopped by noon", "the river kept rising"],
        ),
        (
            "When the alarm sounded, workers left the building.",
            ["the alarm sounded", "workers left the building"],
        ),
    ],
)
def test_leading_subordinate_clause(sentence: str, expected: list[str]) -> None:
    assert clause_texts(sentence) == expected


def test_non_restrictive_relative_clause_gets_its_antecedent() -> None:
    s = "The ferry, which was carrying 212 passengers, capsized near the harbour."
    assert clause_texts(s) == ["The ferry was carrying 212 passengers", "The ferry capsized near the harbour"]


def test_trailing_relative_clause_refers_to_the_nearest_noun_phrase() -> None:
    s = "The ferry capsized near the harbour, which was closed to traffic afterwards."
    assert clause_texts(s) == [
        "The ferry capsized near the harbour",
        "the harbour was closed to traffic afterwards",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three people died and 14 were injured.", ["Three people died", "14 were injured"]),
        (
            "The fire started at 6 a.m.; it was contained by noon.",
            ["The fire started at 6 a.m", "it was contained by noon"],
        ),
        ("The plant reopened while the inquiry continued.", ["The plant reopened", "the inquiry continued"]),
    ],
)
def test_coordinated_and_contrasted_clauses(sentence: str, expected: list[str]) -> None:
    assert clause_texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2,500 troops are stationed at the base.",
        "The tank held 3.5 million litres of fuel.",
        "The storm damaged roads, bridges and power lines.",
        "Crews from Dover, Elm Park and Ridgeway fought the fire for six hours.",
        "Police arrested three men and seized two cars.",
        "Iran-backed militias and government-funded groups were blamed.",
    ],
)
def test_no_split_inside_numbers_lists_or_one_predicate(sentence: str) -> None:
    assert clause_texts(sentence) == [sentence.rstrip(".")]


def test_split_respects_the_content_span() -> None:
    # only the attributed content is split: "officials said" is not a clause
    s = "Officials said two drones were launched, but the second one was jammed."
    start = s.index("two drones")
    texts = [c.text(s) for c in split_clauses(s, start, len(s))]
    assert texts == ["two drones were launched", "the second one was jammed"]


def test_neither_opens_a_clause_of_its_own() -> None:
    s = "Two drones were launched at the base, but neither reached it."
    assert clause_texts(s) == ["Two drones were launched at the base", "neither reached it"]


def test_a_consequence_after_so_is_its_own_clause() -> None:
    s = "Symptoms can take as long as ten weeks to appear, so patients often cannot remember what they ate."
    assert [c.text(s) for c in split_clauses(s, 0, len(s))] == [
        "Symptoms can take as long as ten weeks to appear",
        "patients often cannot remember what they ate",
    ]


def test_so_far_is_no_seam_and_but_without_subject_stays_whole() -> None:
    for s in [
        "The toll rose, so far without end.",
        "The army struck 12 times, but has not struck since May.",
    ]:
        assert len(split_clauses(s, 0, len(s))) == 1


def test_an_indefinite_or_second_person_subject_opens_a_clause() -> None:
    s = "The pharmacy remains open, and anyone who needs a refill should call ahead."
    assert clause_texts(s) == ["The pharmacy remains open", "anyone who needs a refill should call ahead"]


def test_advice_in_one_clause_leaves_the_other_an_assertion() -> None:
    found = {c.text: c.modality for c in claims_of("The pharmacy remains open, and you should call ahead.\n")}
    assert found == {"The pharmacy remains open": "assertion", "you should call ahead": "prescriptive"}


def test_a_denial_of_one_thing_is_a_claim_however_short() -> None:
    texts = [c.text for c in claims_of("There was no fire, and the tug stayed afloat, the harbour master said.\n")]
    assert "There was no fire" in texts
